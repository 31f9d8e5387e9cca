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

/**
 * Makes a username normalizer for the given profile URL prefixes (regular
 * expression sources, e.g. `'t\\.me'`): it compacts the value, drops such a
 * prefix (`https://`, `www.`, `m.`, `web.` optional), a trailing path or query,
 * and leading `@`. Each messenger passes its own hosts.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function usernameNormalizer(
  hosts: ReadonlyArray<string>,
): (value: string) => string {
  const profileUrl = new RegExp(
    `^(?:https?:\\/\\/)?(?:www\\.|m\\.|web\\.)?(?:${hosts.join('|')})\\/+`,
    'i',
  );
  return (value) => {
    // Drop `@` before looking for a URL too, so `@t.me/name` is handled in one pass
    // (otherwise a second pass would strip the URL: not idempotent).
    let v = normalizeCompact(value).replace(/^@+/, '');
    if (profileUrl.test(v)) {
      v = v.replace(profileUrl, '');
      v = v.replace(/[/?#].*$/, '');
    }
    return v.replace(/^@+/, '');
  };
}
