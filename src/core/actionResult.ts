import type { ActionResult, ResultParams } from './types';

// The one result parser lives in ./parseResult; re-exported under the names the
// connectors, the HTTP adapter and the mocks import.
export { parseActionResult, parseChecks, toWebhookResult } from './parseResult';

/** A message a failed result shows on a field. @internal */
export interface FieldFailure {
  field?: string;
  message: string;
  code?: string;
  params?: ResultParams;
}

/**
 * What a failed result shows on fields: each failing check with a `field`
 * (the first per field wins), then the result's own `field`.
 * @internal
 */
export function fieldFailures(result: ActionResult): FieldFailure[] {
  return result.ok ? [] : [...(result.checks ?? []).filter((c) => c.status === 'fail'), result];
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
