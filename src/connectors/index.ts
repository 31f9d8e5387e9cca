// Connectors of messenger-integration-forms: server-side (Node >= 20) and test
// implementations of Test Connection and Set Webhook against the providers'
// public HTTP APIs. Never imports React or msw.
import { secretKeysOf } from '../core/defineMessenger';
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
} from './types';

export { DEFAULT_CONNECTOR_TIMEOUT_MS } from './http';
export type { ConnectorFetch, ConnectorOptions, SetWebhookOptions } from './types';
export type { ResultCode } from './results';
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
  return redactResult(localizeResult(result, localeOf(options.locale)), secretsOf(config));
}

/**
 * A supported locale from an option or an `Accept-Language` value
 * (`'ja'`, `'ja-JP,ja;q=0.9'`); English otherwise.
 */
export function localeOf(value: string | undefined): MessengerFormsLocale {
  return resolveLocale(value);
}

/** The values of the config's secret fields (token, secret, …). */
function secretsOf(config: MessengerConfig): string[] {
  const values = config as unknown as Record<string, string>;
  return secretKeysOf(messengerDescriptors[config.type]).map((key) => values[key] ?? '');
}

/**
 * Tests a messenger account against its provider's API (Telegram `getMe`,
 * Facebook Graph page lookup, LINE bot info, Viber `get_account_info`,
 * Vonage balance). Resolves with the `ActionResult` the forms show: on
 * success, `details` about the account and `warnings` when the provider's
 * answer disagrees with what was typed (e.g. the token belongs to another
 * bot); on failure a `code`, an English `message` and the `field` to show it
 * on. Never throws and never echoes a secret.
 * @param config The account's config (validated and normalized here first).
 * @param options `fetch`, `signal`, `timeoutMs` (10 s).
 * @example
 * const result = await testConnection(config, { signal: request.signal });
 */
export function testConnection(
  config: MessengerConfig,
  options: ConnectorOptions = {},
): Promise<ActionResult> {
  return run(config, options, (connector, valid, ctx) => connector.testConnection(valid, ctx));
}

/**
 * Registers the webhook URL with the provider (Telegram `setWebhook` then
 * `getWebhookInfo`; Viber `set_webhook`). Types without a webhook (Facebook,
 * LINE, Nexmo here) answer `{ ok: false, code: 'unsupported_action' }`.
 * Never throws and never echoes a secret.
 * @param config The account's config (validated and normalized here first).
 * @param options `webhookUrl`, plus `fetch`, `signal`, `timeoutMs` (10 s).
 */
export function setWebhook(
  config: MessengerConfig,
  options: SetWebhookOptions,
): Promise<WebhookResult> {
  return run(config, options, (connector, valid, ctx) => {
    if (!connector.setWebhook)
      return Promise.resolve(failure('unsupported_action', { provider: connector.provider }));
    return connector.setWebhook(valid, String(options.webhookUrl ?? ''), ctx);
  });
}

/** Whether a type has a Set Webhook connector. */
export function supportsSetWebhook(type: string): boolean {
  return isMessengerType(type) && Boolean(connectors[type].setWebhook);
}
