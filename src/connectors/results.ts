import type { MessengerFormsLocale } from '../i18n/locale';
import { resultMessages } from '../i18n/results';
import { formatMessage } from '../i18n/format';
import type { ActionCheck, ActionResult, ActionWarning, ResultParams } from '../core/types';

/**
 * Messages of the delivery checks (`ActionResult.checks`) and of the results
 * a failing check gives, by `code` (`result.<code>`), in English and
 * Japanese. Server side only, like the result messages: the connectors (and
 * the contract mock) write each check's `message` in the request's locale;
 * the form bundles do not carry these texts.
 */
const checkEn = {
  'result.token_valid': '{provider} accepted the token.',
  'result.credentials_valid': '{provider} accepted the key and secret.',
  'result.token_expired':
    'This {provider} token has expired. Generate a new Page Access Token of this Page and paste it.',
  'result.identity_confirmed': 'The token belongs to {account}, as entered.',
  'result.page_token_ok': 'The token is a Page Access Token of this Page.',
  'result.token_not_page':
    'This token belongs to {actual}, not to this Page (a user token or the token of another Page). Paste the Page Access Token of this Page.',
  'result.messaging_allowed': 'The token may read and send Messenger messages (pages_messaging).',
  'result.messaging_not_allowed':
    'This token lacks the pages_messaging permission, so no Messenger message can be sent. Generate the Page Access Token again with pages_messaging and paste it.',
  'result.page_subscribed': 'The Page is subscribed to the app for messages.',
  'result.page_not_subscribed':
    'The Page is not subscribed to the app for messages, so Facebook delivers none. Press Set Webhook.',
  'result.webhook_present': 'A webhook is set: {url}.',
  'result.webhook_not_set':
    'No webhook is set, so {provider} delivers no messages to this contact center. Press Set Webhook.',
  'result.webhook_ours': 'The webhook points at this contact center.',
  'result.webhook_elsewhere':
    'The webhook points at {url}, not at this contact center, so messages go there. Press Set Webhook to point it here.',
  'result.updates_include_messages': '{provider} sends messages to the webhook.',
  'result.updates_filtered':
    "{provider} only sends {updates} to the webhook: customers' messages are dropped. Press Set Webhook to receive them again.",
  'result.delivery_ok': '{provider} reported no delivery error in the last 24 hours.',
  'result.updates_pending_ok': '{count} updates are waiting for delivery.',
  'result.updates_pending':
    '{count} updates are waiting for delivery: check that the webhook answers quickly.',
  'result.webhook_active': 'Use webhook is on.',
  'result.webhook_inactive':
    'Use webhook is off, so LINE sends nothing. Turn on Use webhook in the LINE Official Account Manager.',
  'result.balance_ok': 'The balance is {balance}.',
  'result.balance_empty':
    'The balance is {balance}: no message can be sent until the account is topped up in the Vonage dashboard.',
  'result.webhook_registered': '{provider} registered the webhook {url}.',
  'result.secret_token_set': 'Telegram will send the secret token with every update.',
  'result.secret_token_required':
    'Set Webhook needs a secret token of 1 to 256 letters, digits, _ or -, kept by the contact center, so that only Telegram can post to the webhook.',
  'result.updates_requested': 'Telegram will send: {updates}.',
  'result.pending_dropped': 'Updates waiting for delivery were dropped.',
  'result.webhook_test_ok': 'LINE sent a test event to the webhook: it answered {statusCode}.',
  'result.webhook_test_failed':
    'LINE sent a test event to the webhook and it failed ({statusCode}): {reason} {detail}',
  'result.events_all': 'Viber will send every event type: {events}.',
  'result.events_missing':
    'Viber will not send {events}: delivery receipts may not reach the agents.',
} as const;

/** Key of a check message: `result.<code>`. */
export type CheckMessageKey = keyof typeof checkEn;

const checkJa: Record<CheckMessageKey, string> = {
  'result.token_valid': '{provider} がトークンを受け付けました。',
  'result.credentials_valid': '{provider} がキーとシークレットを受け付けました。',
  'result.token_expired':
    'この {provider} のトークンは有効期限が切れています。このページのページアクセストークンを新しく生成して貼り付けてください。',
  'result.identity_confirmed': 'トークンは入力どおり {account} のものです。',
  'result.page_token_ok': 'トークンはこのページのページアクセストークンです。',
  'result.token_not_page':
    'このトークンは {actual} のもので、このページのものではありません（ユーザーのトークンか、別のページのトークンです）。このページのページアクセストークンを貼り付けてください。',
  'result.messaging_allowed':
    'トークンで Messenger のメッセージを読み取り・送信できます（pages_messaging）。',
  'result.messaging_not_allowed':
    'このトークンには pages_messaging 権限がないため、Messenger のメッセージを送信できません。pages_messaging を付けてページアクセストークンを生成し直し、貼り付けてください。',
  'result.page_subscribed': 'ページはメッセージについてアプリに登録されています。',
  'result.page_not_subscribed':
    'ページがメッセージについてアプリに登録されていないため、Facebook はメッセージを届けません。「Webhook を設定」を押してください。',
  'result.webhook_present': 'Webhook が設定されています: {url}',
  'result.webhook_not_set':
    'Webhook が設定されていないため、{provider} はこのコンタクトセンターにメッセージを届けません。「Webhook を設定」を押してください。',
  'result.webhook_ours': 'Webhook はこのコンタクトセンターを指しています。',
  'result.webhook_elsewhere':
    'Webhook はこのコンタクトセンターではなく {url} を指しているため、メッセージはそちらに届きます。「Webhook を設定」を押して、こちらに向けてください。',
  'result.updates_include_messages': '{provider} はメッセージを Webhook に送信します。',
  'result.updates_filtered':
    '{provider} が Webhook に送信するのは {updates} のみで、お客様のメッセージは破棄されます。「Webhook を設定」を押して、再び受信できるようにしてください。',
  'result.delivery_ok': '{provider} から過去24時間に配信エラーの報告はありません。',
  'result.updates_pending_ok': '配信待ちの更新は {count} 件です。',
  'result.updates_pending':
    '配信待ちの更新が {count} 件あります。Webhook がすぐに応答しているかを確認してください。',
  'result.webhook_active': '「Webhook の利用」はオンです。',
  'result.webhook_inactive':
    '「Webhook の利用」がオフのため、LINE は何も送信しません。「LINE Official Account Manager」で「Webhook の利用」をオンにしてください。',
  'result.balance_ok': '残高は {balance} です。',
  'result.balance_empty':
    '残高は {balance} です。Vonage のダッシュボードでチャージするまで、メッセージを送信できません。',
  'result.webhook_registered': '{provider} が Webhook {url} を登録しました。',
  'result.secret_token_set': 'Telegram はすべての更新にシークレットトークンを付けて送信します。',
  'result.secret_token_required':
    'Webhook の設定には、Telegram だけが Webhook に送信できるよう、コンタクトセンターが保管する 1〜256 文字（英数字、_、-）のシークレットトークンが必要です。',
  'result.updates_requested': 'Telegram が送信する更新: 「{updates}」',
  'result.pending_dropped': '配信待ちの更新を破棄しました。',
  'result.webhook_test_ok':
    'LINE が Webhook にテストイベントを送信し、{statusCode} の応答がありました。',
  'result.webhook_test_failed':
    'LINE が Webhook にテストイベントを送信しましたが、失敗しました（{statusCode}）: {reason} {detail}',
  'result.events_all': 'Viber はすべての種類のイベントを送信します: {events}',
  'result.events_missing':
    'Viber は {events} を送信しません。配信通知がエージェントに届かない可能性があります。',
};

/** The check messages of every bundled locale (server side). */
export const checkMessages: Readonly<
  Record<MessengerFormsLocale, Readonly<Record<CheckMessageKey, string>>>
> = { en: checkEn, ja: checkJa };

/** Codes of the delivery checks; each has a `result.<code>` message in {@link checkMessages}. */
export type CheckCode = CheckMessageKey extends `result.${infer C}` ? C : never;

/** Codes of the results the connectors return; each has a `result.<code>` catalogue message. */
export type ResultCode =
  | CheckCode
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
  const key = `result.${code}`;
  const messages: Readonly<Record<string, string>> = Object.prototype.hasOwnProperty.call(
    checkEn,
    key,
  )
    ? (checkMessages[locale] ?? checkEn)
    : (resultMessages[locale] ?? resultMessages.en);
  return formatMessage(messages[key] ?? key, params);
}

/** Whether `code` is one of the connectors' codes (results and checks). */
export function isResultCode(code: string | undefined): code is ResultCode {
  if (code === undefined) return false;
  const key = `result.${code}`;
  const has = (o: object) => Object.prototype.hasOwnProperty.call(o, key);
  return has(resultMessages.en) || has(checkEn);
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
  if (copy.checks) copy.checks = localizeChecks(copy.checks, locale);
  return copy;
}

/** Rewrites the messages of checks in `locale` (checks with an unknown code keep theirs). */
export function localizeChecks(
  checks: readonly ActionCheck[],
  locale: MessengerFormsLocale,
): ActionCheck[] {
  return checks.map((c) =>
    isResultCode(c.code) ? { ...c, message: messageOf(c.code, c.params, locale) } : { ...c },
  );
}

/** One check with its English message; empty params and no field are left out. */
export function check(
  id: string,
  status: ActionCheck['status'],
  code: ResultCode,
  params: ResultParams = {},
  field?: string,
): ActionCheck {
  return {
    id,
    status,
    code,
    message: messageOf(code, params),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(field ? { field } : {}),
  };
}

/** Failures that say nothing about the account: no failing check is made of them. */
const OPERATIONAL = new Set([
  'network_error',
  'timeout',
  'aborted',
  'rate_limited',
  'rate_limited_unknown',
  'provider_unavailable',
  'unexpected_response',
]);

/**
 * The checks of one operation, in order. A provider module adds a check
 * per step; {@link Checklist.stop} ends the operation at a failing check
 * that makes the later ones meaningless; {@link Checklist.result} turns the
 * list into the `ActionResult` (`ok` follows the checks; a failure takes the
 * first failing check's code, message, params and field).
 */
export class Checklist {
  readonly checks: ActionCheck[] = [];

  add(
    id: string,
    status: ActionCheck['status'],
    code: ResultCode,
    params: ResultParams = {},
    field?: string,
  ): ActionCheck {
    const added = check(id, status, code, params, field);
    this.checks.push(added);
    return added;
  }

  pass(id: string, code: ResultCode, params: ResultParams = {}): ActionCheck {
    return this.add(id, 'pass', code, params);
  }

  warn(id: string, code: ResultCode, params: ResultParams = {}, field?: string): ActionCheck {
    return this.add(id, 'warn', code, params, field);
  }

  fail(id: string, code: ResultCode, params: ResultParams = {}, field?: string): ActionCheck {
    return this.add(id, 'fail', code, params, field);
  }

  /** Adds a failing check and ends the operation with the checklist's result. */
  stop(id: string, code: ResultCode, params: ResultParams = {}, field?: string): never {
    this.fail(id, code, params, field);
    throw new ConnectorStop(this.failed());
  }

  /**
   * Runs a step that calls the provider. A failure the provider answered
   * (a refused token, URL…) becomes a failing check `id`; an operational one
   * (network, timeout, abort, rate limit, outage, unreadable answer) ends the
   * operation with its own result, keeping the checks made so far.
   */
  async step<T>(id: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof ConnectorStop)) throw error;
      const stopped = error.result;
      if (!stopped.checks && !OPERATIONAL.has(stopped.code ?? '')) {
        this.checks.push({
          id,
          status: 'fail',
          message: stopped.message,
          ...(stopped.code ? { code: stopped.code } : {}),
          ...(stopped.field ? { field: stopped.field } : {}),
          ...(stopped.params ? { params: stopped.params } : {}),
        });
        throw new ConnectorStop(this.failed());
      }
      throw new ConnectorStop(
        this.checks.length > 0 ? { ...stopped, checks: [...this.checks] } : stopped,
      );
    }
  }

  /** The first failing check, if any. */
  firstFailure(): ActionCheck | undefined {
    return this.checks.find((c) => c.status === 'fail');
  }

  /** The failed result of the first failing check, with all checks. */
  failed(): Extract<ActionResult, { ok: false }> {
    const first = this.firstFailure();
    if (!first) throw new Error('Checklist.failed() without a failing check');
    return {
      ok: false,
      ...(first.code ? { code: first.code } : {}),
      message: first.message,
      ...(first.params ? { params: first.params } : {}),
      ...(first.field ? { field: first.field } : {}),
      checks: [...this.checks],
    };
  }

  /** `ok` follows the checks: the failed result when one failed, else `success` with the checks. */
  result<R extends Extract<ActionResult, { ok: true }>>(
    success: R,
  ): R | Extract<ActionResult, { ok: false }> {
    if (this.firstFailure()) return this.failed();
    return this.checks.length > 0 ? { ...success, checks: [...this.checks] } : success;
  }
}

/**
 * Whether two webhook URLs are the same endpoint (scheme and host case,
 * default port and an empty path ignored); plain comparison for non-URLs.
 */
export function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a.trim()).href === new URL(b.trim()).href;
  } catch {
    return a.trim() === b.trim();
  }
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
