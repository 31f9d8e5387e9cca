import { usernameNormalizer } from '../core/normalize';
import { FACEBOOK_LINKS } from './facebook/hosts';
import { LINE_LINKS } from './line/hosts';
import { TELEGRAM_LINKS } from './telegram/hosts';
import { VIBER_LINKS } from './viber/hosts';

export { normalizeTelegramToken } from './telegram/token';
export { normalizeFacebookPageId } from './facebook/pageId';

/**
 * Normalizes a pasted username: compacts it, drops a profile URL prefix of
 * any built-in messenger (`https://t.me/`, `https://facebook.com/`, `m.me/`,
 * `chats.viber.com/`…), a trailing path or query, and leading `@`;
 * `viber://pa?chatURI=<name>` and `tg://resolve?domain=<name>` yield the
 * name. Facebook `profile.php?id=…`, `/people/…`, `/groups/…` and `/pages/…`
 * links are not usernames and stay whole (so validation refuses them). The
 * links come from the messenger folders (`<type>/hosts.ts`).
 */
export const normalizeUsername: (value: string) => string = /* @__PURE__ */ usernameNormalizer([
  TELEGRAM_LINKS,
  FACEBOOK_LINKS,
  LINE_LINKS,
  VIBER_LINKS,
]);
