import { usernameNormalizer } from '../core/normalize';
import { FACEBOOK_PROFILE_HOSTS } from './facebook/hosts';
import { LINE_PROFILE_HOSTS } from './line/hosts';
import { TELEGRAM_PROFILE_HOSTS } from './telegram/hosts';
import { VIBER_PROFILE_HOSTS } from './viber/hosts';

export { normalizeTelegramToken } from './telegram/token';

/**
 * Normalizes a pasted username: compacts it, drops a profile URL prefix of
 * any built-in messenger (`https://t.me/`, `https://facebook.com/`, `fb.me/`…),
 * a trailing path or query, and leading `@`. The hosts come from the
 * messenger folders (`<type>/hosts.ts`).
 */
export const normalizeUsername: (value: string) => string = /* @__PURE__ */ usernameNormalizer(
  // `concat`, not spreads, and marked pure: a form that does not use this normalizer drops it.
  /* @__PURE__ */ ([] as string[]).concat(
    TELEGRAM_PROFILE_HOSTS,
    FACEBOOK_PROFILE_HOSTS,
    LINE_PROFILE_HOSTS,
    VIBER_PROFILE_HOSTS,
  ),
);
