/**
 * Paste sanitation shared by every messenger. Each normalizer is total (any
 * string in, a string out) and idempotent.
 */

// Zero-width space/non-joiner/joiner, word joiner and the invisible math
// operators, BOM, soft hyphen.
const INVISIBLE = '\\u200B-\\u200D\\u2060-\\u2064\\uFEFF\\u00AD';
// Bidirectional controls copied from right-to-left UIs: LRM, RLM, ALM,
// embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const BIDI = '\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069';
// C0 controls that are not whitespace (tab, line feed, vertical tab, form
// feed and carriage return are), DEL and the C1 controls.
const CONTROL = '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F';

/** Every character normalization removes outright (whitespace aside). */
const REMOVED_CHARACTERS = new RegExp(`[${INVISIBLE}${BIDI}${CONTROL}]`, 'g');
const WHITESPACE = /\s+/g;

/**
 * Removes invisible, bidirectional and control characters, and nothing else
 * (whitespace stays): for values where a space is an error, not a paste slip.
 */
export function removeInvisible(value: string): string {
  return value.replace(REMOVED_CHARACTERS, '');
}

/**
 * Removes the characters of {@link REMOVED_CHARACTERS}, then applies the
 * Unicode normalization `form`, until nothing changes (removing a character
 * can let a letter compose with the mark after it; NFKC can produce spaces).
 */
function clean(value: string, form: 'NFC' | 'NFKC', compact: boolean): string {
  let v = value;
  // A handful of rounds always suffices; the bound only guards against surprises.
  for (let round = 0; round < 8; round++) {
    let next = v.replace(REMOVED_CHARACTERS, '').normalize(form);
    next = compact ? next.replace(WHITESPACE, '') : next.replace(WHITESPACE, ' ').trim();
    if (next === v) break;
    v = next;
  }
  return v;
}

/**
 * For names: removes invisible, bidirectional and control characters, trims,
 * turns inner runs of whitespace into one space and composes the text (NFC);
 * full-width letters stay as typed.
 */
export function normalizeText(value: string): string {
  return clean(value, 'NFC', false);
}

/**
 * For tokens, keys, secrets and ids: removes invisible, bidirectional and
 * control characters and every whitespace, and applies NFKC (full-width digits
 * and letters from a Japanese IME become ASCII).
 */
export function normalizeCompact(value: string): string {
  return clean(value, 'NFKC', true);
}

const PROFILE_URL =
  /^(?:https?:\/\/)?(?:www\.|m\.|web\.)?(?:t\.me|telegram\.me|telegram\.dog|facebook\.com|fb\.com|fb\.me|m\.me|line\.me\/R\/ti\/p|viber\.com|chats\.viber\.com)\/+/i;
// Facebook links to a person, a group or an old-style Page: the path is not a username.
const NOT_A_USERNAME = /^(?:profile\.php|people|groups|pages)(?:[/?#]|$)/i;
// App links carrying the name in a query parameter:
// viber://pa?chatURI=<name> (Viber bots), tg://resolve?domain=<name> (Telegram).
const APP_LINK = /^(?:viber:\/\/pa|tg:\/\/resolve)\/?\?(?:[^#]*?&)?(?:chatURI|domain)=([^&#]*)/i;

/** One pass of {@link normalizeUsername}. */
function usernameOnce(value: string): string {
  // Drop `@` before looking for a URL too, so `@t.me/name` is handled in one pass.
  const v = normalizeCompact(value).replace(/^@+/, '');
  const app = APP_LINK.exec(v);
  if (app) return app[1].replace(/^@+/, '');
  if (!PROFILE_URL.test(v)) return v;
  const path = v.replace(PROFILE_URL, '');
  // A link that is not a username stays whole, so validation refuses it.
  if (NOT_A_USERNAME.test(path)) return v;
  return path.replace(/[/?#].*$/, '').replace(/^@+/, '');
}

/**
 * Normalizes a pasted username: compacts it, drops a profile URL prefix
 * (`https://t.me/`, `https://facebook.com/`, `m.me/`, `chats.viber.com/`…), a
 * trailing path or query, and leading `@`; `viber://pa?chatURI=<name>` and
 * `tg://resolve?domain=<name>` yield the name. Facebook `profile.php?id=…`,
 * `/people/…`, `/groups/…` and `/pages/…` links are not usernames and stay
 * whole (so validation refuses them).
 */
export function normalizeUsername(value: string): string {
  // What a link yields may itself look like a link: repeat until stable (idempotent).
  let v = value;
  for (let round = 0; round < 8; round++) {
    const next = usernameOnce(v);
    if (next === v) break;
    v = next;
  }
  return v;
}

const BOT_API_URL = /^(?:https?:\/\/)?api\.telegram\.org\/bot([^/?#]+)/i;
// The `bot` prefix of Bot API paths pasted with the token: `bot123:AA…`, `/bot123:AA…/getMe`.
const BOT_PREFIX = /^\/?bot([0-9]+:[^/?#]*)/i;

/**
 * Normalizes a Telegram token; a pasted Bot API URL
 * (`https://api.telegram.org/bot<token>/getMe`) or a token with the `bot`
 * prefix of such URLs (`bot123:AA…`) becomes the bare token.
 */
export function normalizeTelegramToken(value: string): string {
  const compact = normalizeCompact(value);
  const v = BOT_API_URL.exec(compact)?.[1] ?? compact;
  // Also after a Bot API URL: `…/botbot123:AA…` would otherwise lose its prefix on a second pass.
  return BOT_PREFIX.exec(v)?.[1] ?? v;
}
