import type { MessengerFormsLocale } from '../i18n/locale';
import { resultMessages } from '../i18n/results';
import { formatMessage } from '../i18n/format';
import type { ActionResult, ActionWarning, ResultParams } from '../core/types';

/** Codes of the results the connectors return; each has a `result.<code>` catalogue message. */
export type ResultCode =
  | 'connected'
  | 'webhook_set'
  | 'invalid_config'
  | 'invalid_token'
  | 'invalid_credentials'
  | 'unknown_page'
  | 'permission_denied'
  | 'account_blocked'
  | 'webhook_https_required'
  | 'webhook_port_not_allowed'
  | 'webhook_rejected'
  | 'rate_limited'
  | 'rate_limited_unknown'
  | 'provider_unavailable'
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'unexpected_response'
  | 'unsupported_action'
  | 'identity_mismatch_bot'
  | 'identity_mismatch_page_id'
  | 'identity_mismatch_page_username'
  | 'webhook_last_error';

/** The message of a code in `locale` (English by default), filled with `params`. */
export function messageOf(
  code: ResultCode,
  params: ResultParams = {},
  locale: MessengerFormsLocale = 'en',
): string {
  const messages = resultMessages[locale] ?? resultMessages.en;
  return formatMessage(messages[`result.${code}`], params);
}

/** Whether `code` is one of the connectors' codes. */
function isResultCode(code: string | undefined): code is ResultCode {
  return (
    code !== undefined && Object.prototype.hasOwnProperty.call(resultMessages.en, `result.${code}`)
  );
}

/** Rewrites the messages of a result and its warnings in `locale`. */
export function localizeResult<R extends ActionResult>(result: R, locale: MessengerFormsLocale): R {
  if (locale === 'en') return result;
  const copy = { ...result };
  if (isResultCode(copy.code)) copy.message = messageOf(copy.code, copy.params, locale);
  if (copy.ok && copy.warnings) {
    copy.warnings = copy.warnings.map((w) =>
      isResultCode(w.code) ? { ...w, message: messageOf(w.code, w.params, locale) } : w,
    );
  }
  return copy;
}

/** A failed result with its English message; `field` puts it on that input. */
export function failure(
  code: ResultCode,
  params: ResultParams,
  field?: string,
): Extract<ActionResult, { ok: false }> {
  return {
    ok: false,
    code,
    message: messageOf(code, params),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(field ? { field } : {}),
  };
}

/** A warning on `field` with its English message. */
export function warning(field: string, code: ResultCode, params: ResultParams): ActionWarning {
  return { field, code, message: messageOf(code, params), params };
}

/** A successful result; empty `details` and `warnings` are left out. */
export function success(
  code: ResultCode,
  params: ResultParams,
  details: Record<string, string | number | undefined> = {},
  warnings: ReadonlyArray<ActionWarning | undefined> = [],
): Extract<ActionResult, { ok: true }> {
  const shown: Record<string, string> = {};
  for (const [key, value] of Object.entries(details))
    if (value !== undefined && value !== '') shown[key] = String(value);
  const listed = warnings.filter((w): w is ActionWarning => Boolean(w));
  return {
    ok: true,
    code,
    message: messageOf(code, params),
    params,
    ...(Object.keys(shown).length > 0 ? { details: shown } : {}),
    ...(listed.length > 0 ? { warnings: listed } : {}),
  };
}

/**
 * The result for an HTTP answer a provider module did not recognize:
 * 429 → rate limited (with `Retry-After` when given), 5xx → provider
 * unavailable, anything else → unexpected response.
 */
export function httpFailure(
  provider: string,
  status: number,
  retryAfter?: number,
): Extract<ActionResult, { ok: false }> {
  if (status === 429) {
    return retryAfter !== undefined
      ? failure('rate_limited', { provider, seconds: retryAfter })
      : failure('rate_limited_unknown', { provider });
  }
  if (status >= 500) return failure('provider_unavailable', { provider });
  return failure('unexpected_response', { provider });
}

/** Thrown inside a connector to end the operation with `result`; caught by the entry points. */
export class ConnectorStop extends Error {
  constructor(readonly result: Extract<ActionResult, { ok: false }>) {
    super(result.code);
    this.name = 'ConnectorStop';
  }
}

/** Case-insensitive comparison of two usernames, ignoring a leading `@`. */
export function sameName(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/^@/, '').toLowerCase();
  return clean(a) === clean(b);
}
