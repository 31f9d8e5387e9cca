import type { NexmoConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ProviderConnector } from '../types';
import { Checklist, failure, httpFailure, success } from '../results';

// Vonage Account API, get balance (`value` in EUR, `autoReload`; 401 on bad credentials):
// https://developer.vonage.com/en/api/account#getAccountBalance

/** Base URL of the Vonage (Nexmo) REST API. */
export const NEXMO_API_BASE = 'https://rest.nexmo.com';

/** `Basic base64(key:secret)`, UTF-8 encoded (plain `btoa` throws beyond Latin-1). */
export function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Nexmo (Vonage) connector: Test Connection reads the account balance
 * (`GET /account/get-balance`) with HTTP Basic auth (key and secret never in
 * the URL). Checks: `credentials` (a 401 fails on the Secret: the key may
 * well be right), `balance` (≤ 0 warns). No Set Webhook.
 * @internal
 */
export const nexmoConnector: ProviderConnector<NexmoConfig> = {
  provider: 'Nexmo',
  async testConnection(config, ctx) {
    const { provider } = ctx;
    const response = await ctx.request(`${NEXMO_API_BASE}/account/get-balance`, {
      headers: { authorization: basicAuthorization(config.key, config.secret) },
    });
    const list = new Checklist();
    if (response.status === 401)
      list.stop('credentials', 'invalid_credentials', { provider }, 'secret');
    if (response.status !== 200) return httpFailure(provider, response.status, response.retryAfter);
    const value = isObject(response.body) ? response.body.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return failure('unexpected_response', { provider });
    list.pass('credentials', 'credentials_valid', { provider });
    const balance = `${value.toFixed(2)} EUR`;
    if (value <= 0) list.warn('balance', 'balance_empty', { balance });
    else list.pass('balance', 'balance_ok', { balance });
    return list.result(success('connected', { account: config.name }, { balance }));
  },
};
