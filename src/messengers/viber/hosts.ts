import type { UsernameLinks } from '../../core/normalize';

/**
 * Viber links pasted as a username: a profile URL (`viber.com/<name>`,
 * `chats.viber.com/<name>`) or the bot app link `viber://pa?chatURI=<name>`
 * yields the name.
 */
export const VIBER_LINKS: UsernameLinks = {
  hosts: ['viber\\.com', 'chats\\.viber\\.com'],
  appLinks: [['viber:\\/\\/pa', 'chatURI']],
};
