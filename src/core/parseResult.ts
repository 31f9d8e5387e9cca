import { isObject } from './isObject';
import type {
  ActionCheck,
  ActionResult,
  ActionWarning,
  ResultParams,
  WebhookResult,
} from './types';

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The one result parser (its own module: the forms load it on demand, with the
 * action's call; see `useAction`): checks the shape of what a Test Connection / Set
 * Webhook callback resolved with (or a back end answered) and copies only its
 * known, well-formed keys; numeric `details` values become strings; the
 * well-formed `checks` are kept ({@link parseChecks}) and a failing one makes
 * the result fail. Anything malformed is `null`, so the form shows a generic
 * error. Used by the forms, the HTTP adapter and the connectors.
 * @internal
 */
export function toWebhookResult(value: unknown): WebhookResult | null {
  const result = parseResult(value);
  return result && withChecks(result, parseChecks(value));
}

function parseResult(value: unknown): WebhookResult | null {
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

/** An own property of a value (never one inherited from a prototype), else `false`. */
const own = (o: unknown, key: string): unknown =>
  Object.hasOwn(Object(o), key) && (o as Record<string, unknown>)[key];

/**
 * The well-formed checks of an untrusted result's `checks`, in order: objects
 * with a string `id` and `message`, a `status` of pass / warn / fail, and an
 * optional string `field` / `code` and `params`. Malformed entries are dropped.
 * @internal
 */
export function parseChecks(value: unknown): ActionCheck[] {
  const list = own(value, 'checks');
  return (Array.isArray(list) ? list : []).flatMap((c) => {
    const check: Record<string, unknown> = { params: paramsOf(own(c, 'params')) };
    for (const key of ['id', 'status', 'message', 'field', 'code']) {
      const v = own(c, key);
      if (isString(v) && v.trim()) check[key] = v;
    }
    return check.id && check.message && /^(pass|warn|fail)$/.test(`${check.status}`)
      ? [check as unknown as ActionCheck]
      : [];
  });
}

/**
 * Adds `checks` to a result: `ok` becomes `false` when one fails (its text
 * becomes the result's), and the first failing check's `field` is the
 * result's when it has none.
 */
function withChecks(result: WebhookResult, checks: ActionCheck[]): WebhookResult {
  const failed = checks.find((c) => c.status === 'fail');
  if (!failed) return checks.length ? { ...result, checks } : result;
  const { id: _id, status: _status, ...text } = failed;
  const base = result.ok ? text : result;
  return { ...base, ok: false, field: base.field ?? failed.field, checks };
}

/** Keeps the string and finite number values of a `params` object. */
function paramsOf(value: unknown): ResultParams | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(value))
    if (isString(v) || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}
