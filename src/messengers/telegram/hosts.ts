import type { UsernameLinks } from '../../core/normalize';

/**
 * Telegram links pasted as a username: a profile URL (`t.me/<name>`…) or the
 * app link `tg://resolve?domain=<name>` yields the name.
 */
export const TELEGRAM_LINKS: UsernameLinks = {
  hosts: ['t\\.me', 'telegram\\.me', 'telegram\\.dog'],
  appLinks: [['tg:\\/\\/resolve', 'domain']],
};
