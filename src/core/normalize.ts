/**
 * Paste sanitation shared by every messenger. Each normalizer is total (any
 * string in, a string out) and idempotent.
 */

// Zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;

/** Removes invisible characters and trims; inner runs of whitespace become one space. */
export function normalizeText(value: string): string {
  return value.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/** Removes invisible characters and every whitespace: for tokens, keys, secrets and ids. */
export function normalizeCompact(value: string): string {
  return value.replace(INVISIBLE, '').replace(WHITESPACE, '');
}

const PROFILE_URL =
  /^(?:https?:\/\/)?(?:www\.|m\.|web\.)?(?:t\.me|telegram\.me|telegram\.dog|facebook\.com|fb\.com|fb\.me|m\.me|line\.me\/R\/ti\/p|viber\.com)\/+/i;

/**
 * Normalizes a pasted username: compacts it, drops a profile URL prefix
 * (`https://t.me/`, `https://facebook.com/`, `fb.me/`…), a trailing path or
 * query, and leading `@`.
 */
export function normalizeUsername(value: string): string {
  // Drop `@` before looking for a URL too, so `@t.me/name` is handled in one pass
  // (otherwise a second pass would strip the URL: not idempotent).
  let v = normalizeCompact(value).replace(/^@+/, '');
  if (PROFILE_URL.test(v)) {
    v = v.replace(PROFILE_URL, '');
    v = v.replace(/[/?#].*$/, '');
  }
  return v.replace(/^@+/, '');
}

const BOT_API_URL = /^(?:https?:\/\/)?api\.telegram\.org\/bot([^/?#]+)/i;

/**
 * Normalizes a Telegram token; a pasted Bot API URL
 * (`https://api.telegram.org/bot<token>/getMe`) becomes the bare token.
 */
export function normalizeTelegramToken(value: string): string {
  const v = normalizeCompact(value);
  const match = BOT_API_URL.exec(v);
  return match ? match[1] : v;
}
