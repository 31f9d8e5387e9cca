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
