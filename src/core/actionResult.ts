import type { ActionResult, WebhookResult } from './types';

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Checks the shape of what a Test Connection / Set Webhook callback resolved
 * with. Anything malformed is `null`, so the form shows a generic error.
 * @internal
 */
export function toWebhookResult(value: unknown): WebhookResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const webhookUrl = isString(r.webhookUrl) ? { webhookUrl: r.webhookUrl } : {};
  if (r.ok === true) {
    if (r.message !== undefined && !isString(r.message)) return null;
    let details: Record<string, string> | undefined;
    if (typeof r.details === 'object' && r.details !== null) {
      details = {};
      for (const [k, v] of Object.entries(r.details))
        if (isString(v) || typeof v === 'number') details[k] = String(v);
    }
    return {
      ok: true,
      ...(r.message ? { message: r.message } : {}),
      ...(details ? { details } : {}),
      ...webhookUrl,
    };
  }
  if (r.ok === false && isString(r.message) && r.message.trim()) {
    const result: ActionResult = { ok: false, message: r.message };
    if (isString(r.field)) result.field = r.field;
    if (isString(r.code)) result.code = r.code;
    return { ...result, ...webhookUrl };
  }
  return null;
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
