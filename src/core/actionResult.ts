import type {
  ActionCheck,
  ActionResult,
  ActionWarning,
  ResultParams,
  WebhookResult,
} from './types';

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Checks the shape of what a Test Connection / Set Webhook callback resolved
 * with. Anything malformed is `null`, so the form shows a generic error.
 * @internal
 */
export function toWebhookResult(value: unknown): WebhookResult | null {
  const result = parseResult(value);
  return result && withChecks(result, parseChecks(value));
}

function parseResult(value: unknown): WebhookResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const webhookUrl = isString(r.webhookUrl) ? { webhookUrl: r.webhookUrl } : {};
  const coded = {
    ...(isString(r.code) && r.code ? { code: r.code } : {}),
    ...(paramsOf(r.params) ? { params: paramsOf(r.params) } : {}),
  };
  if (r.ok === true) {
    if (r.message !== undefined && !isString(r.message)) return null;
    let details: Record<string, string> | undefined;
    if (typeof r.details === 'object' && r.details !== null) {
      details = {};
      for (const [k, v] of Object.entries(r.details))
        if (isString(v) || typeof v === 'number') details[k] = String(v);
    }
    const warnings = Array.isArray(r.warnings)
      ? r.warnings.flatMap((w): ActionWarning[] => {
          if (typeof w !== 'object' || w === null) return [];
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

const STATUSES: ReadonlyArray<unknown> = ['pass', 'warn', 'fail'];

/** An own property of an object (never one inherited from its prototype). */
const own = (o: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/**
 * The well-formed checks of an untrusted result's `checks`, in order: objects
 * with a string `id` and `message`, a `status` of pass / warn / fail, and an
 * optional string `field` / `code` and `params`. Malformed entries are dropped.
 * @internal
 */
export function parseChecks(value: unknown): ActionCheck[] {
  const list = typeof value === 'object' && value !== null ? own(value, 'checks') : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c): ActionCheck[] => {
    if (typeof c !== 'object' || c === null) return [];
    const [id, status, message, field, code] = ['id', 'status', 'message', 'field', 'code'].map(
      (key) => own(c, key),
    );
    if (!isString(id) || !STATUSES.includes(status) || !isString(message) || !message.trim())
      return [];
    const params = paramsOf(own(c, 'params'));
    return [
      {
        id,
        status: status as ActionCheck['status'],
        message,
        ...(isString(field) && field ? { field } : {}),
        ...(isString(code) && code ? { code } : {}),
        ...(params ? { params } : {}),
      },
    ];
  });
}

/**
 * Adds `checks` to a result: `ok` becomes `false` when one fails (its text
 * becomes the result's), and the first failing check's `field` is the
 * result's when it has none.
 */
function withChecks(result: WebhookResult, checks: ActionCheck[]): WebhookResult {
  if (checks.length === 0) return result;
  const failed = checks.find((c) => c.status === 'fail');
  if (!failed) return { ...result, checks };
  const url = result.webhookUrl === undefined ? {} : { webhookUrl: result.webhookUrl };
  const { message, code, params } = result.ok ? failed : result;
  const field = (result.ok ? undefined : result.field) ?? failed.field;
  return {
    ok: false,
    message,
    ...(code ? { code } : {}),
    ...(params ? { params } : {}),
    ...(field ? { field } : {}),
    checks,
    ...url,
  };
}

/** A message shown on one field of the form. @internal */
export interface FieldFailure {
  field: string;
  message: string;
  code?: string;
  params?: ResultParams;
}

/**
 * What a failed result shows on fields: each failing check with a `field`
 * (the first per field), then the result's own `field`.
 * @internal
 */
export function fieldFailures(result: ActionResult): FieldFailure[] {
  if (result.ok) return [];
  const items = (result.checks ?? []).filter((c) => c.status === 'fail');
  return [...items, result].flatMap(({ field, message, code, params }) =>
    field ? [{ field, message, ...(code ? { code } : {}), ...(params ? { params } : {}) }] : [],
  );
}

/** Keeps the string and finite number values of a `params` object. */
function paramsOf(value: unknown): ResultParams | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
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

/** Shortest secret value that is redacted from messages (shorter ones are too common to match). */
const MIN_REDACTED = 4;

/**
 * Replaces every occurrence of a secret value in `text` with `•••`, so a
 * server that echoes a token never shows it on screen.
 * @internal
 */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_REDACTED) out = out.split(secret).join('•••');
  }
  return out;
}
