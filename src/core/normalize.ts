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

/**
 * How one messenger's links carry a username. Each entry is a regular
 * expression source (e.g. `'t\\.me'`); each messenger folder exports its own
 * (`<type>/hosts.ts`).
 * @internal
 */
export interface UsernameLinks {
  /**
   * Prefixes of a profile URL (`https://`, `www.`, `m.`, `web.` optional): the
   * name is the path after it, without a trailing path or query.
   */
  readonly hosts: ReadonlyArray<string>;
  /**
   * First path segments after a profile host that are not a username (a link
   * to a person or a group): such a value stays whole, so validation refuses it.
   */
  readonly notUsernames?: ReadonlyArray<string>;
  /**
   * App links carrying the name in a query parameter, as `[link, parameter]`,
   * e.g. `['tg:\\/\\/resolve', 'domain']` for `tg://resolve?domain=<name>`.
   */
  readonly appLinks?: ReadonlyArray<readonly [link: string, parameter: string]>;
}

/**
 * Makes a username normalizer from the links of some messengers: it compacts
 * the value, drops leading `@`, takes the name out of an app link, drops a
 * profile URL prefix with a trailing path or query, and leaves a link that is
 * not a username whole. It repeats until the value is stable, so it is
 * idempotent even when what a link yields looks like a link again.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function usernameNormalizer(
  links: ReadonlyArray<UsernameLinks>,
): (value: string) => string {
  const all = (pick: (l: UsernameLinks) => ReadonlyArray<string> | undefined): string =>
    links.flatMap((l) => pick(l) ?? []).join('|');
  const profileUrl = new RegExp(
    `^(?:https?:\\/\\/)?(?:www\\.|m\\.|web\\.)?(?:${all((l) => l.hosts)})\\/+`,
    'i',
  );
  const notUsernames = all((l) => l.notUsernames);
  const notUsername = notUsernames && new RegExp(`^(?:${notUsernames})(?:[/?#]|$)`, 'i');
  const appLinks = all((l) =>
    l.appLinks?.map(([link, param]) => `${link}\\/?\\?(?:[^#]*?&)?${param}`),
  );
  const appLink = appLinks && new RegExp(`^(?:${appLinks})=([^&#]*)`, 'i');

  const once = (value: string): string => {
    // Drop `@` before looking for a URL too, so `@t.me/name` is handled in one pass.
    const v = normalizeCompact(value).replace(/^@+/, '');
    const app = appLink && appLink.exec(v);
    if (app) return app[1].replace(/^@+/, '');
    if (!profileUrl.test(v)) return v;
    const path = v.replace(profileUrl, '');
    if (notUsername && notUsername.test(path)) return v;
    return path.replace(/[/?#].*$/, '').replace(/^@+/, '');
  };
  return (value) => {
    // What a link yields may itself look like a link: repeat until stable (idempotent).
    let v = value;
    for (let round = 0; round < 8; round++) {
      const next = once(v);
      if (next === v) break;
      v = next;
    }
    return v;
  };
}
