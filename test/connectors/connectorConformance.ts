import { describe, expect, it } from 'vitest';
import {
  setWebhook,
  supportsSetWebhook,
  testConnection,
  type ConnectorFetch,
} from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';
import type { MessengerConfig } from '../../src/messengers/types';
import { expectNoSecret, spyFetch } from './helpers';

/** What {@link describeConnectorBasics} needs to know about one messenger type. */
export interface ConnectorBasics<C extends MessengerConfig> {
  /** The messenger type, e.g. `'line'`. */
  type: C['type'];
  /** The provider's display name in messages, e.g. `'LINE'`. */
  provider: string;
  /** A valid config the provider mocks accept, with `overrides` applied. */
  config: (overrides?: Partial<C>) => C;
  /** A valid config whose secret holds the mocks' `slow` keyword (the provider never answers in time). */
  slowConfig: C;
  /** The secret values of a config (token, secret, …): none may appear in any result. */
  secrets: (config: C) => string[];
  /** Configs the validation refuses, the field it must name, and why when a field has several. */
  invalidCases: { field: string; over: Partial<C>; why?: string }[];
  /** `false` when the type has no Set Webhook action; otherwise options the mocks accept. */
  setWebhook: false | { webhookUrl: string; secretToken?: string };
}

type Action<C> = (
  config: C,
  options: { fetch?: ConnectorFetch; signal?: AbortSignal; timeoutMs?: number },
) => Promise<ActionResult>;

const OTHER_URL = 'https://example.com/hook';
const ABORTED = { ok: false, code: 'aborted', message: 'The request was cancelled.' };

/**
 * Registers the behaviour every connector shares, for one messenger type:
 * the timeout, cancellation by the caller (while waiting and before the
 * start), validation before any request, Set Webhook when the type has none,
 * and never a secret in a result. Call it in the type's test file, after
 * `setupProviderMocks()`.
 */
export function describeConnectorBasics<C extends MessengerConfig>(basics: ConnectorBasics<C>) {
  const { type, provider, config, slowConfig, secrets, invalidCases } = basics;
  const webhook = basics.setWebhook;
  const actions: { name: string; run: Action<C>; callsProvider: boolean }[] = [
    {
      name: 'testConnection',
      run: (cfg, options) => testConnection(cfg, options),
      callsProvider: true,
    },
    {
      name: 'setWebhook',
      run: (cfg, options) =>
        setWebhook(cfg, { ...(webhook || { webhookUrl: OTHER_URL }), ...options }),
      callsProvider: Boolean(webhook),
    },
  ];

  describe(`${provider} connector basics`, () => {
    it(`${webhook ? 'has' : 'has no'} Set Webhook action`, () => {
      expect(config().type).toBe(type);
      expect(supportsSetWebhook(type)).toBe(Boolean(webhook));
    });

    for (const { name, run, callsProvider } of actions)
      describe(name, () => {
        if (callsProvider) {
          it(`times out when ${provider} does not answer in time`, async () => {
            const started = Date.now();
            const result = await run(slowConfig, { timeoutMs: 50 });
            expect(result).toEqual({
              ok: false,
              code: 'timeout',
              message: `${provider} did not answer within 0.05 s. Try again later.`,
              params: { provider, seconds: 0.05 },
            });
            expect(Date.now() - started).toBeLessThan(5_000);
            expectNoSecret(result, secrets(slowConfig));
          });

          it('is aborted by the caller while waiting', async () => {
            const controller = new AbortController();
            const pending = run(slowConfig, { signal: controller.signal });
            setTimeout(() => controller.abort(), 20);
            const result = await pending;
            expect(result).toEqual(ABORTED);
            expectNoSecret(result, secrets(slowConfig));
          });

          it(`is aborted without calling ${provider} when the signal is already aborted`, async () => {
            const { calls, fetch } = spyFetch();
            const result = await run(config(), { fetch, signal: AbortSignal.abort() });
            expect(result).toEqual(ABORTED);
            expect(calls).toHaveLength(0);
            expectNoSecret(result, secrets(config()));
          });
        } else {
          it(`answers unsupported_action without calling ${provider}`, async () => {
            const { calls, fetch } = spyFetch();
            const result = await run(config(), { fetch });
            expect(result).toEqual({
              ok: false,
              code: 'unsupported_action',
              message: `${provider} accounts have no Set Webhook action.`,
              params: { provider },
            });
            expect(calls).toHaveLength(0);
            expectNoSecret(result, secrets(config()));
          });
        }

        // Validation comes first, even for an action the type does not have.
        for (const { field, over, why } of invalidCases) {
          const title = `answers invalid_config on ${field}${why ? ` (${why})` : ''}`;
          it(`${title} without calling ${provider}`, async () => {
            const { calls, fetch } = spyFetch();
            const cfg = config(over);
            const result = await run(cfg, { fetch });
            expect(result).toMatchObject({ ok: false, code: 'invalid_config', field });
            expect(result.message).toEqual(expect.any(String));
            expect(result.message).not.toBe('');
            expect(calls).toHaveLength(0);
            expectNoSecret(result, secrets(cfg));
          });
        }
      });
  });
}
