import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../src/connectors';
import type { NexmoConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure, expectNoSecret, spyFetch } from './helpers';
import { setupProviderMocks } from './providerMocks';

// Not a React hook: registers the msw server's beforeAll/afterAll (the name trips the lint rule).
const mocks = setupProviderMocks();

const KEY = 'FAKEKEY0';
const SECRET = 'FAKE-nexmo-secret-not-real-0000';
const BALANCE = 'https://rest.nexmo.com/account/get-balance';

function config(overrides: Partial<NexmoConfig> = {}): NexmoConfig {
  return { type: 'nexmo', name: 'SMS line', key: KEY, secret: SECRET, ...overrides };
}

describe('Nexmo testConnection', () => {
  it('connects and reports the balance', async () => {
    const result = await testConnection(config());
    expect(result).toEqual({
      ok: true,
      code: 'connected',
      message: 'Connected to SMS line.',
      params: { account: 'SMS line' },
      details: { balance: '10.28 EUR' },
      checks: [
        {
          id: 'credentials',
          status: 'pass',
          code: 'credentials_valid',
          message: 'Nexmo accepted the key and secret.',
          params: { provider: 'Nexmo' },
        },
        {
          id: 'balance',
          status: 'pass',
          code: 'balance_ok',
          message: 'The balance is 10.28 EUR.',
          params: { balance: '10.28 EUR' },
        },
      ],
    });
    expectNoSecret(result, SECRET);
  });

  it.each([0, -1.5])('warns (and still connects) with a balance of %d', async (balance) => {
    mocks.state().nexmo[0].balance = balance;
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(result.checks?.[1]).toMatchObject({
      id: 'balance',
      status: 'warn',
      code: 'balance_empty',
      params: { balance: `${balance.toFixed(2)} EUR` },
    });
  });

  it('fails the credentials check on the secret for a 401', async () => {
    const result = await testConnection(config({ secret: 'FAKE-wrong-secret-not-real-0000' }));
    expect(result.checks).toEqual([
      expect.objectContaining({
        id: 'credentials',
        status: 'fail',
        code: 'invalid_credentials',
        field: 'secret',
      }),
    ]);
  });

  it('formats the balance with two decimals', async () => {
    mocks.state().nexmo[0].balance = 3.5;
    const result = await testConnection(config());
    expect(result.ok && result.details?.balance).toBe('3.50 EUR');
  });

  it('sends key and secret with HTTP Basic auth, never in the URL', async () => {
    const { calls, fetch } = spyFetch();
    const result = await testConnection(config(), { fetch });
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('GET');
    expect(calls[0].url).toBe(BALANCE);
    expect(calls[0].url).not.toContain(SECRET);
    expect(calls[0].headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`,
    );
  });

  it('encodes a non-Latin-1 secret as UTF-8 instead of failing', async () => {
    const secret = 'FAKE-sécret-秘密-not-real';
    mocks.state().nexmo[0].secret = secret;
    const { calls, fetch } = spyFetch();
    const result = await testConnection(config({ secret }), { fetch });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(calls[0].headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`${KEY}:${secret}`, 'utf8').toString('base64')}`,
    );
  });

  it.each([
    {
      name: 'a wrong secret (401)',
      over: { secret: 'FAKE-wrong-secret-not-real-0000' },
      code: 'invalid_credentials',
      field: 'secret',
      message: 'Nexmo rejected this key and secret. Copy both again from the Nexmo dashboard.',
    },
    {
      name: 'an unknown key (401)',
      over: { key: 'FAKEKEY9' },
      code: 'invalid_credentials',
      field: 'secret',
      message: 'Nexmo rejected this key and secret. Copy both again from the Nexmo dashboard.',
    },
    {
      name: 'a rate limit (429 with Retry-After: 7)',
      over: { secret: 'FAKE-ratelimit-secret-not-real' },
      code: 'rate_limited',
      field: undefined,
      message: 'Too many requests to Nexmo. Wait 7 s and try again.',
    },
    {
      name: 'an outage (503)',
      over: { secret: 'FAKE-outage-secret-not-real' },
      code: 'provider_unavailable',
      field: undefined,
      message: 'Nexmo is not available right now. Try again later.',
    },
    {
      name: 'a network error',
      over: { secret: 'FAKE-netfail-secret-not-real' },
      code: 'network_error',
      field: undefined,
      message: "Could not reach Nexmo. Check the server's internet connection and proxy settings.",
    },
  ])('fails on $name', async ({ over, code, field, message }) => {
    const cfg = config(over);
    const result = await testConnection(cfg);
    expectFailure(result, code, field, cfg.secret);
    expect(result.message).toBe(message);
  });

  it('fails with rate_limited_unknown on a 429 without Retry-After', async () => {
    mocks.server.use(
      http.get(BALANCE, () => HttpResponse.json({ title: 'Throttled' }, { status: 429 })),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'rate_limited_unknown' });
  });

  it('fails with unexpected_response on a 200 without a numeric value', async () => {
    mocks.server.use(http.get(BALANCE, () => HttpResponse.json({ value: '10.28' })));
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });
});

describeConnectorBasics({
  type: 'nexmo',
  provider: 'Nexmo',
  config,
  slowConfig: config({ secret: 'FAKE-slow-secret-not-real' }),
  secrets: (cfg) => [cfg.secret],
  invalidCases: [
    { field: 'key', over: { key: 'FAKE-KEY!' } },
    { field: 'secret', over: { secret: '' } },
    { field: 'name', over: { name: '' } },
  ],
  setWebhook: false,
});
