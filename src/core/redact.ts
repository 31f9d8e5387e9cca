import { isObject } from './isObject';

/** What a secret value is replaced with, wherever a text is shown: forms, HTTP adapter, connectors. */
export const REDACTION_MASK = '•••';

/**
 * Secrets shorter than this are too common to cut out of a text cleanly
 * (`abc` would eat words): a text containing one is hidden as a whole.
 */
export const MIN_REDACTABLE_LENGTH = 4;

/** Shown instead of a result message that contained a secret too short to cut out. */
export const HIDDEN_MESSAGE =
  'The server answered with a message that contained a secret value, so it is hidden.';

/**
 * The secret values and the encodings a URL or a JSON string would carry them
 * in (`encodeURIComponent`, `encodeURI`, JSON string escapes), without empties,
 * longest first.
 */
function variants(secrets: ReadonlyArray<string | undefined>): string[] {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret === '') continue;
    values.add(secret);
    values.add(JSON.stringify(secret).slice(1, -1));
    try {
      values.add(encodeURIComponent(secret));
      values.add(encodeURI(secret));
    } catch {
      // A lone surrogate cannot be URL-encoded, so no URL carries it encoded.
    }
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * The one redaction rule: every occurrence of a secret (or of its URL-encoded
 * form) in `text` becomes {@link REDACTION_MASK}.
 * @returns the cleaned text, or `undefined` when a secret shorter than
 *   {@link MIN_REDACTABLE_LENGTH} occurs in it (the caller hides the text).
 * @internal
 */
export function redact(
  text: string,
  secrets: ReadonlyArray<string | undefined>,
): string | undefined {
  let out = text;
  for (const secret of variants(secrets)) {
    if (!out.includes(secret)) continue;
    if (secret.length < MIN_REDACTABLE_LENGTH) return undefined;
    out = out.split(secret).join(REDACTION_MASK);
  }
  return out;
}

/**
 * {@link redact} for a text that must stay a string: a text with a secret too
 * short to cut out becomes the mask alone.
 * @internal
 */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  return redact(text, secrets) ?? REDACTION_MASK;
}

/** Keys whose values identify something (a field, a code, a check): never altered, dropped instead. */
const IDENTIFIERS = new Set(['field', 'code', 'id', 'status']);

function redactValue(value: unknown, secrets: string[], key: string | undefined): unknown {
  if (typeof value === 'string') {
    const clean = redact(value, secrets);
    if (key !== undefined && IDENTIFIERS.has(key)) return clean === value ? value : undefined;
    if (clean === undefined) return key === 'message' ? HIDDEN_MESSAGE : undefined;
    return clean;
  }
  if (Array.isArray(value))
    return value
      .map((item) => redactValue(item, secrets, undefined))
      .filter((item) => item !== undefined);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleanKey = redact(k, secrets);
      if (cleanKey === undefined) continue;
      const cleanValue = redactValue(v, secrets, k);
      if (cleanValue !== undefined) out[cleanKey] = cleanValue;
    }
    return out;
  }
  return value;
}

/**
 * Redacts every text of a result (message, details keys and values, params,
 * warnings, checks…) with {@link redact}: a message that cannot be cleaned
 * becomes {@link HIDDEN_MESSAGE}, any other such text is dropped, and an
 * identifier (`field`, `code`) that contained a secret is dropped. The
 * forms, the HTTP adapter and the connectors all use it.
 * @internal
 */
export function redactResult<R>(result: R, secrets: ReadonlyArray<string | undefined>): R {
  const list = variants(secrets);
  if (list.length === 0) return result;
  return redactValue(result, list, undefined) as R;
}
