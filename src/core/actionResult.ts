import { isObject } from './isObject';
import type { ActionResult, ActionWarning, ResultParams, WebhookResult } from './types';

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The one result parser: checks the shape of what a Test Connection / Set
 * Webhook callback resolved with (or a back end answered) and copies only its
 * known, well-formed keys; numeric `details` values become strings. Anything
 * malformed is `null`, so the form shows a generic error. Used by the forms
 * and the HTTP adapter.
 * @internal
 */
export function toWebhookResult(value: unknown): WebhookResult | null {
  if (!isObject(value)) return null;
  const r = value as Record<string, unknown>;
  const webhookUrl = isString(r.webhookUrl) ? { webhookUrl: r.webhookUrl } : {};
  const coded = {
    ...(isString(r.code) && r.code ? { code: r.code } : {}),
    ...(paramsOf(r.params) ? { params: paramsOf(r.params) } : {}),
  };
  if (r.ok === true) {
    if (r.message !== undefined && !isString(r.message)) return null;
    let details: Record<string, string> | undefined;
    if (isObject(r.details)) {
      details = {};
      for (const [k, v] of Object.entries(r.details))
        if (isString(v) || typeof v === 'number') details[k] = String(v);
    }
    const warnings = Array.isArray(r.warnings)
      ? r.warnings.flatMap((w): ActionWarning[] => {
          if (!isObject(w)) return [];
          const { field, message, code, params } = w as Record<string, unknown>;
          if (!isString(field) || !isString(message) || !message.trim()) return [];
          const p = paramsOf(params);
          return [
            { field, message, ...(isString(code) ? { code } : {}), ...(p ? { params: p } : {}) },
          ];
        })
      : [];
    return {
      ok: true,
      ...(r.message ? { message: r.message } : {}),
      ...coded,
      ...(details ? { details } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...webhookUrl,
    };
  }
  if (r.ok === false && isString(r.message) && r.message.trim()) {
    const result: ActionResult = { ok: false, message: r.message, ...coded };
    if (isString(r.field)) result.field = r.field;
    return { ...result, ...webhookUrl };
  }
  return null;
}

/** The one result parser, by its descriptive name (see {@link toWebhookResult}). @internal */
export const parseActionResult: (value: unknown) => WebhookResult | null = toWebhookResult;

/** Keeps the string and finite number values of a `params` object. */
function paramsOf(value: unknown): ResultParams | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(value))
    if (isString(v) || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The text of a result, warning or error: the active catalogue's
 * `result.<code>` message filled with `params` when there is one, else `message`.
 * @internal
 */
export function resultText(
  t: (key: string, params?: ResultParams) => string,
  has: (key: string) => boolean,
  item: { message?: string; code?: string; params?: ResultParams },
): string | undefined {
  if (item.code && has(`result.${item.code}`)) return t(`result.${item.code}`, item.params);
  return item.message;
}

// The one redaction of the library lives in ./redact; re-exported under the
// name the form engine imports.
export { redact, redactResult, redactSecrets } from './redact';
