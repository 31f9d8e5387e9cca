// Connectors of messenger-integration-forms: server-side (Node >= 20) and test
// implementations of Test Connection and Set Webhook against the providers'
// public HTTP APIs. Never imports React or msw.
import { secretValuesOf } from '../core/defineMessenger';
import { redactResult } from '../core/redact';
import { resolveLocale } from '../i18n/locale';
import { isMessengerType } from '../messengers/builtIns';
import type { ActionResult, WebhookResult } from '../core/types';
import type { MessengerConfig } from '../messengers/types';
import { validateMessengerConfig } from '../messengers/validation';
import { messengerDescriptors } from '../messengers/registry';
import type { MessengerFormsLocale } from '../i18n/locale';
import { createContext } from './http';
import { facebookConnector } from './providers/facebook';
import { lineConnector } from './providers/line';
import { nexmoConnector } from './providers/nexmo';
import { telegramConnector } from './providers/telegram';
import { viberConnector } from './providers/viber';
import { ConnectorStop, failure, localizeResult } from './results';
import type {
  ConnectorContext,
  ConnectorOptions,
  ProviderConnector,
  ProviderConnectors,
  SetWebhookOptions,
  TestConnectionOptions,
} from './types';

export { DEFAULT_CONNECTOR_TIMEOUT_MS } from './http';
export { answerVerificationChallenge, isVerifiableMessengerType, verifyWebhook } from './verify';
export type {
  VerifiableMessengerType,
  VerificationChallengeQuery,
  VerifyWebhookFailureReason,
  VerifyWebhookInput,
  VerifyWebhookResult,
  WebhookHeaders,
} from './verify';
export type {
  ConnectorFetch,
  ConnectorOptions,
  SetWebhookOptions,
  TestConnectionOptions,
} from './types';
export type { ResultCode, CheckCode, CheckMessageKey } from './results';
export { checkMessages } from './results';
export { resultMessages, type ResultMessageKey } from '../i18n/results';

const connectors: ProviderConnectors = {
  facebook: facebookConnector,
  line: lineConnector,
  nexmo: nexmoConnector,
  telegram: telegramConnector,
  viber: viberConnector,
};

type Operation<R extends ActionResult> = (
  connector: ProviderConnector<MessengerConfig>,
  config: MessengerConfig,
  ctx: ConnectorContext,
) => Promise<R>;

/** Validates the input, runs `operation` with a fresh context, never throws, never echoes a secret. */
async function run<R extends ActionResult>(
  input: unknown,
  options: ConnectorOptions,
  operation: Operation<R>,
): Promise<R | Extract<ActionResult, { ok: false }>> {
  const locale = localeOf(options.locale);
  const checked = validateMessengerConfig(input, { locale });
  if (!checked.ok) {
    const [field = 'type', message = ''] = Object.entries(checked.errors)[0] ?? [];
    return { ...failure('invalid_config', {}, field), message };
  }
  const config = checked.config;
  const connector = connectors[config.type] as ProviderConnector<MessengerConfig>;
  const { ctx, done } = createContext(connector.provider, options);
  let result: R | Extract<ActionResult, { ok: false }>;
  try {
    result = await operation(connector, config, ctx);
  } catch (error) {
    result =
      error instanceof ConnectorStop
        ? error.result
        : failure('unexpected_response', { provider: connector.provider });
  } finally {
    done();
  }
  const extra = (options as { secretToken?: unknown }).secretToken;
  return redactResult(localizeResult(result, localeOf(options.locale)), [
    ...secretsOf(config),
    ...(typeof extra === 'string' ? [extra] : []),
  ]);
}

/**
 * A supported locale from an option or an `Accept-Language` value
 * (`'ja'`, `'ja-JP,ja;q=0.9'`); English otherwise.
 */
export function localeOf(value: string | undefined): MessengerFormsLocale {
  return resolveLocale(value);
}

/** The values of the config's secret fields (token, secret, …) and their secret parts. */
function secretsOf(config: MessengerConfig): string[] {
  return secretValuesOf(
    messengerDescriptors[config.type],
    config as unknown as Record<string, unknown>,
  );
}

/**
 * Tests whether a messenger account will deliver messages to this contact
 * center. Resolves with the `ActionResult` the forms show, whose `checks`
 * list each step in order (`pass`, `warn` or `fail`, with a `code`, a
 * message in `options.locale` and the `field` to fix): Telegram token,
 * identity, webhook set, webhook ours, updates include messages, delivery
 * errors, pending updates; Facebook token, Page token of this Page,
 * messaging permission, Page subscribed, identity; LINE token, webhook set,
 * webhook ours, webhook active; Viber token, identity, webhook set, webhook
 * ours; Nexmo credentials, balance. `ok` is `false` when a check fails; the
 * result then carries the first failing check's code, message and field.
 * Checks stop at a failure that makes the later ones meaningless. Also
 * `details` about the account and `warnings` on fields. Never throws and
 * never echoes a secret.
 * @param config The account's config (validated and normalized here first).
 * @param options `expectedWebhookUrl` (the host's endpoint for this account;
 *   without it the "webhook is ours" checks are skipped), `locale`, `fetch`,
 *   `signal`, `timeoutMs` (10 s).
 * @example
 * const result = await testConnection(config, { expectedWebhookUrl, signal: request.signal });
 */
export function testConnection(
  config: MessengerConfig,
  options: TestConnectionOptions = {},
): Promise<ActionResult> {
  const expected = options.expectedWebhookUrl?.trim();
  return run(config, options, (connector, valid, ctx) =>
    connector.testConnection(valid, ctx, expected ? { expectedWebhookUrl: expected } : {}),
  );
}

/**
 * Sets up delivery with the provider, and says in `checks` what was set and
 * what the provider answered. Telegram: `setWebhook` with `url`,
 * `secret_token` (option `secretToken`, required), an explicit
 * `allowed_updates` that includes `message`, and `drop_pending_updates` when
 * `dropPendingUpdates` is `true`; then `getWebhookInfo`. Facebook: subscribes
 * the Page to the app (`POST /{page-id}/subscribed_apps` with `messages` and
 * `messaging_postbacks`; no URL). LINE: sets the webhook endpoint, then runs
 * LINE's webhook test and reports its outcome. Viber: `set_webhook` with
 * every event type. Nexmo answers `{ ok: false, code: 'unsupported_action' }`.
 * Never throws and never echoes a secret.
 * @param config The account's config (validated and normalized here first).
 * @param options `webhookUrl`, `secretToken`, `dropPendingUpdates`, plus
 *   `locale`, `fetch`, `signal`, `timeoutMs` (10 s).
 */
export function setWebhook(
  config: MessengerConfig,
  options: SetWebhookOptions,
): Promise<WebhookResult> {
  return run(config, options, (connector, valid, ctx) => {
    if (!connector.setWebhook)
      return Promise.resolve(failure('unsupported_action', { provider: connector.provider }));
    return connector.setWebhook(
      valid,
      {
        webhookUrl: String(options.webhookUrl ?? '').trim(),
        ...(options.secretToken !== undefined ? { secretToken: String(options.secretToken) } : {}),
        dropPendingUpdates: options.dropPendingUpdates === true,
      },
      ctx,
    );
  });
}

/** Whether a type has a Set Webhook connector. */
export function supportsSetWebhook(type: string): boolean {
  return isMessengerType(type) && Boolean(connectors[type].setWebhook);
}
