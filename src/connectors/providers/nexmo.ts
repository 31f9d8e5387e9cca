import type { NexmoConfig } from '../../messengers/types';
import type { ProviderConnector } from '../types';
import { failure, httpFailure, success } from '../results';

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
 * the URL). A 401 is put on the Secret: the key may well be right. No Set
 * Webhook.
 * @internal
 */
export const nexmoConnector: ProviderConnector<NexmoConfig> = {
  provider: 'Nexmo',
  async testConnection(config, ctx) {
    const { provider } = ctx;
    const response = await ctx.request(`${NEXMO_API_BASE}/account/get-balance`, {
      headers: { authorization: basicAuthorization(config.key, config.secret) },
    });
    if (response.status === 401) return failure('invalid_credentials', { provider }, 'secret');
    if (response.status !== 200) return httpFailure(provider, response.status, response.retryAfter);
    const body = response.body as { value?: unknown } | undefined;
    const value = typeof body === 'object' && body !== null ? body.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return failure('unexpected_response', { provider });
    return success('connected', { account: config.name }, { balance: `${value.toFixed(2)} EUR` });
  },
};
