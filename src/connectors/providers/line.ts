import type { LineConfig } from '../../messengers/types';
import type { ProviderConnector } from '../types';
import { failure, httpFailure, success } from '../results';

/** Base URL of the LINE Messaging API. */
export const LINE_API_BASE = 'https://api.line.me';

/** The fields of `GET /v2/bot/info` the connector shows. */
interface LineBotInfo {
  displayName: string;
  basicId?: string;
  chatMode?: string;
}

function botInfoOf(body: unknown): LineBotInfo | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const info = body as Record<string, unknown>;
  if (typeof info.displayName !== 'string') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    displayName: info.displayName,
    basicId: text(info.basicId),
    chatMode: text(info.chatMode),
  };
}

/**
 * LINE connector: Test Connection reads the bot info of the channel access
 * token (`GET /v2/bot/info`), then its webhook endpoint
 * (`GET /v2/bot/channel/webhook/endpoint`, shown when it answers; its
 * failure does not fail the test). The token goes in a Bearer header. No
 * identity cross-check: the form's Name is free text. No Set Webhook.
 * @internal
 */
export const lineConnector: ProviderConnector<LineConfig> = {
  provider: 'LINE',
  async testConnection(config, ctx) {
    const { provider } = ctx;
    const headers = { authorization: `Bearer ${config.token}` };
    const response = await ctx.request(`${LINE_API_BASE}/v2/bot/info`, { headers });
    if (response.status === 401) return failure('invalid_token', { provider }, 'token');
    if (response.status === 403) return failure('permission_denied', { provider }, 'token');
    if (response.status !== 200) return httpFailure(provider, response.status, response.retryAfter);
    const info = botInfoOf(response.body);
    if (!info) return failure('unexpected_response', { provider });

    const webhook = await ctx.request(`${LINE_API_BASE}/v2/bot/channel/webhook/endpoint`, {
      headers,
    });
    const endpoint =
      webhook.status === 200 && typeof webhook.body === 'object' && webhook.body !== null
        ? (webhook.body as { endpoint?: unknown }).endpoint
        : undefined;

    return success(
      'connected',
      { account: info.displayName },
      {
        botName: info.displayName,
        basicId: info.basicId,
        chatMode: info.chatMode,
        webhookUrl: typeof endpoint === 'string' ? endpoint : undefined,
      },
    );
  },
};
