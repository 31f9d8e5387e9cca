// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  answerVerificationChallenge,
  verifyWebhook,
  type VerifiableMessengerType,
  type WebhookHeaders,
} from '../../src/connectors';

// Fixed vectors, computed outside this code with the providers' documented
// algorithms (openssl dgst -sha256 -hmac <secret>, hex or base64):
//   facebook: printf '%s' "$FB"    | openssl dgst -sha256 -hmac "$SECRET" -r
//   line:     printf '%s' "$LINE"  | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
//   viber:    printf '%s' "$VIBER" | openssl dgst -sha256 -hmac "$SECRET" -r
// The bodies carry \u escapes (Meta signs "an escaped unicode version of the
// payload"), so JSON.stringify(JSON.parse(body)) is not what was signed.
// Every secret is an obviously fake value.
const FB_BODY = String.raw`{"object":"page","entry":[{"id":"1234567890","time":1700000000000,"messaging":[{"sender":{"id":"2468"},"recipient":{"id":"1234567890"},"message":{"mid":"m_FAKE","text":"\u00e4\u00f6\u00e5"}}]}]}`;
const LINE_BODY = String.raw`{"destination":"U00000000000000000000000000000fake","events":[{"type":"message","message":{"type":"text","id":"1","text":"caf\u00e9"}}]}`;
const VIBER_BODY = String.raw`{"event":"message","timestamp":1700000000000,"message_token":4912661846655238145,"sender":{"id":"01234567890A=","name":"Test"},"message":{"type":"text","text":"caf\u00e9"}}`;
const TELEGRAM_BODY = String.raw`{"update_id":10000,"message":{"message_id":1,"date":1700000000,"chat":{"id":1111,"type":"private"},"text":"caf\u00e9"}}`;

interface Vector {
  type: VerifiableMessengerType;
  header: string;
  value: string;
  body: string;
  secret: string;
  /** The header value with one signature byte changed. */
  flipped: string;
  /** The same signature written in upper case, where the provider sends lower case (hex only). */
  upper?: string;
}

const FB_HEX = 'ac86c93f1f86114a567fba6892ca1b7fd209eafef0f75011bab58152b059ebe7';
const VIBER_HEX = 'c21788c89437b0856e48d7cf8be5a73220477788942f91db52265e3ecf962c8f';
const LINE_B64 = 'J3qs328gI4G+ORAvK32BJQnLCW/3dxKngTUfn1P4xZM=';
const TELEGRAM_SECRET = 'FAKE-secret_token-not-real-0123456789abcdef';

/** `hex` with its first byte changed. */
const flipHex = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);

const vectors: Vector[] = [
  {
    type: 'facebook',
    header: 'X-Hub-Signature-256',
    value: `sha256=${FB_HEX}`,
    body: FB_BODY,
    secret: 'fake-app-secret-not-real-0000',
    flipped: `sha256=${flipHex(FB_HEX)}`,
    upper: `sha256=${FB_HEX.toUpperCase()}`,
  },
  {
    type: 'line',
    header: 'X-Line-Signature',
    value: LINE_B64,
    body: LINE_BODY,
    secret: 'fake-channel-secret-not-real-00',
    flipped: `K${LINE_B64.slice(1)}`,
  },
  {
    type: 'viber',
    header: 'X-Viber-Content-Signature',
    value: VIBER_HEX,
    body: VIBER_BODY,
    secret: '445da6az1s345z78-dazcczb2542zv51a-FAKE',
    flipped: flipHex(VIBER_HEX),
    upper: VIBER_HEX.toUpperCase(),
  },
  {
    type: 'telegram',
    header: 'X-Telegram-Bot-Api-Secret-Token',
    value: TELEGRAM_SECRET,
    body: TELEGRAM_BODY,
    secret: TELEGRAM_SECRET,
    flipped: `G${TELEGRAM_SECRET.slice(1)}`,
  },
];

const reason = (result: ReturnType<typeof verifyWebhook>) => (result.ok ? 'ok' : result.reason);

describe.each(vectors)('verifyWebhook($type)', (v) => {
  const verify = (
    headers: WebhookHeaders,
    rawBody: string | Uint8Array = v.body,
    secret = v.secret,
  ) => verifyWebhook(v.type, { headers, rawBody, secret });
  const signed = { [v.header]: v.value };

  it('accepts the provider’s signature of the raw body (string, Buffer, Uint8Array)', () => {
    expect(verify(signed)).toEqual({ ok: true });
    expect(verify(signed, Buffer.from(v.body, 'utf8'))).toEqual({ ok: true });
    expect(verify(signed, new TextEncoder().encode(v.body))).toEqual({ ok: true });
    // A view into a larger buffer: only its own bytes count.
    const padded = Buffer.from(`xx${v.body}yy`, 'utf8');
    expect(verify(signed, padded.subarray(2, padded.length - 2))).toEqual({ ok: true });
  });

  it('matches the header name in any case, in a plain object or a Headers', () => {
    expect(verify({ [v.header.toLowerCase()]: v.value })).toEqual({ ok: true });
    expect(verify({ [v.header.toUpperCase()]: [v.value] })).toEqual({ ok: true });
    expect(verify(new Headers({ [v.header]: v.value }))).toEqual({ ok: true });
    // A Headers of another realm or a polyfill: anything with get().
    const foreign = new Map([[v.header.toLowerCase(), v.value]]);
    const headersLike = { get: (name: string) => foreign.get(name.toLowerCase()) ?? null };
    expect(verify(headersLike as unknown as Headers)).toEqual({ ok: true });
  });

  if (v.type === 'telegram')
    it('Telegram signs nothing: only the secret token is compared, whatever the body', () => {
      expect(verify(signed, `${v.body} `)).toEqual({ ok: true });
    });
  else
    it('refuses a body with one byte changed', () => {
      const bytes = Buffer.from(v.body, 'utf8');
      bytes[bytes.length - 2] ^= 0x01;
      expect(reason(verify(signed, bytes))).toBe('signature_mismatch');
      expect(reason(verify(signed, `${v.body} `))).toBe('signature_mismatch');
    });

  it('refuses a signature with one byte changed', () => {
    expect(reason(verify({ [v.header]: v.flipped }))).toBe('signature_mismatch');
  });

  it('refuses a wrong secret', () => {
    expect(reason(verify(signed, v.body, `${v.secret}x`))).toBe('signature_mismatch');
    expect(reason(verify(signed, v.body, v.secret.slice(1)))).toBe('signature_mismatch');
  });

  if (v.type !== 'telegram')
    it('refuses the signature of the re-serialized JSON', () => {
      const reserialized = JSON.stringify(JSON.parse(v.body) as unknown);
      expect(reserialized).not.toBe(v.body);
      expect(reason(verify(signed, reserialized))).toBe('signature_mismatch');
    });

  it('refuses an empty secret, whatever the header says', () => {
    expect(reason(verify(signed, v.body, ''))).toBe('missing_secret');
    expect(reason(verify({ [v.header]: '' }, v.body, ''))).toBe('missing_secret');
  });

  it('refuses a missing, empty or repeated header', () => {
    expect(reason(verify({}))).toBe('missing_signature');
    expect(reason(verify(new Headers()))).toBe('missing_signature');
    expect(reason(verify({ [v.header]: '' }))).toBe('missing_signature');
    expect(reason(verify({ [v.header]: undefined }))).toBe('missing_signature');
    expect(reason(verify({ [v.header]: [v.value, v.value] }))).toBe('duplicate_signature');
    expect(reason(verify({ [v.header]: v.value, [v.header.toLowerCase()]: v.value }))).toBe(
      'duplicate_signature',
    );
    // Headers joins repeated values with ", ": never a valid signature.
    const twice = new Headers();
    twice.append(v.header, v.value);
    twice.append(v.header, v.value);
    expect(verify(twice).ok).toBe(false);
  });

  it('refuses a malformed or wrong-length header', () => {
    for (const value of [
      `${v.value}0`,
      v.value.slice(0, -2),
      ` ${v.value}`,
      `${v.value}\n`,
      'not a signature',
      v.value.replace(/^./, '!'),
    ]) {
      expect(verify({ [v.header]: value }).ok, value).toBe(false);
    }
  });

  if (v.upper)
    it('refuses upper-case hex where the provider sends lower case', () => {
      expect(reason(verify({ [v.header]: v.upper ?? '' }))).toBe('malformed_signature');
    });

  it('refuses a signature meant for another provider’s header', () => {
    const other = vectors.find((o) => o.type !== v.type && o.header !== v.header);
    expect(reason(verify({ [other?.header ?? 'x-other']: v.value }))).toBe('missing_signature');
  });
});

describe('verifyWebhook input it cannot trust', () => {
  const fb = vectors[0];

  it('never throws: odd headers, bodies, secrets and types fail closed', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      'x-hub-signature-256',
      { 'x-hub-signature-256': 42 },
      { 'x-hub-signature-256': [42] },
      Object.defineProperty({}, 'x-hub-signature-256', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ];
    for (const headers of hostile)
      expect(
        verifyWebhook('facebook', {
          headers: headers as WebhookHeaders,
          rawBody: fb.body,
          secret: fb.secret,
        }).ok,
      ).toBe(false);
    const signed = { [fb.header]: fb.value };
    for (const rawBody of [null, undefined, 42, { a: 1 }, JSON.parse(fb.body) as unknown])
      expect(
        reason(
          verifyWebhook('facebook', {
            headers: signed,
            rawBody: rawBody as string,
            secret: fb.secret,
          }),
        ),
      ).toBe('invalid_body');
    for (const secret of [null, undefined, 42, ['x']])
      expect(
        reason(
          verifyWebhook('facebook', {
            headers: signed,
            rawBody: fb.body,
            secret: secret as unknown as string,
          }),
        ),
      ).toBe('missing_secret');
    for (const type of ['nexmo', 'toString', '__proto__', ''])
      expect(
        reason(
          verifyWebhook(type as VerifiableMessengerType, {
            headers: signed,
            rawBody: fb.body,
            secret: fb.secret,
          }),
        ),
      ).toBe('unsupported_type');
    expect(reason(verifyWebhook('facebook', null as unknown as never))).toBe('invalid_input');
  });

  it('LINE: refuses a non-canonical base64 signature of the right digest', () => {
    const line = vectors[1];
    // Same 32 bytes, but the last character carries stray low bits.
    const last = line.value.at(-2) ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const stray = alphabet[alphabet.indexOf(last) + 1];
    const value = `${line.value.slice(0, -2)}${stray}=`;
    expect(Buffer.from(value, 'base64').equals(Buffer.from(line.value, 'base64'))).toBe(true);
    expect(
      reason(
        verifyWebhook('line', {
          headers: { 'x-line-signature': value },
          rawBody: line.body,
          secret: line.secret,
        }),
      ),
    ).toBe('malformed_signature');
  });
});

describe('answerVerificationChallenge', () => {
  const TOKEN = 'FAKE-verify-token-not-real-000';
  const query = `hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${TOKEN}`;

  it('answers the challenge for a URLSearchParams, a query string, a URL or a query object', () => {
    expect(answerVerificationChallenge(new URLSearchParams(query), TOKEN)).toBe('1158201444');
    expect(answerVerificationChallenge(`?${query}`, TOKEN)).toBe('1158201444');
    expect(answerVerificationChallenge(query, TOKEN)).toBe('1158201444');
    expect(answerVerificationChallenge(`/webhooks/facebook/7?${query}`, TOKEN)).toBe('1158201444');
    expect(
      answerVerificationChallenge(`https://cc.example/webhooks/facebook/7?${query}`, TOKEN),
    ).toBe('1158201444');
    expect(
      answerVerificationChallenge(
        { 'hub.mode': 'subscribe', 'hub.challenge': '1158201444', 'hub.verify_token': TOKEN },
        TOKEN,
      ),
    ).toBe('1158201444');
  });

  it('answers null to a wrong token, another mode or a missing part', () => {
    const params = (over: Record<string, string | undefined>) => {
      const p: Record<string, string> = {
        'hub.mode': 'subscribe',
        'hub.challenge': '1158201444',
        'hub.verify_token': TOKEN,
      };
      for (const [k, val] of Object.entries(over)) {
        if (val === undefined) delete p[k];
        else p[k] = val;
      }
      return new URLSearchParams(p);
    };
    expect(
      answerVerificationChallenge(params({ 'hub.verify_token': `${TOKEN}x` }), TOKEN),
    ).toBeNull();
    expect(
      answerVerificationChallenge(params({ 'hub.verify_token': TOKEN.slice(1) }), TOKEN),
    ).toBeNull();
    expect(
      answerVerificationChallenge(params({ 'hub.verify_token': TOKEN.toUpperCase() }), TOKEN),
    ).toBeNull();
    expect(answerVerificationChallenge(params({ 'hub.verify_token': '' }), TOKEN)).toBeNull();
    expect(
      answerVerificationChallenge(params({ 'hub.verify_token': undefined }), TOKEN),
    ).toBeNull();
    expect(answerVerificationChallenge(params({ 'hub.mode': 'unsubscribe' }), TOKEN)).toBeNull();
    expect(answerVerificationChallenge(params({ 'hub.mode': undefined }), TOKEN)).toBeNull();
    expect(answerVerificationChallenge(params({ 'hub.challenge': undefined }), TOKEN)).toBeNull();
    expect(answerVerificationChallenge(params({ 'hub.challenge': '' }), TOKEN)).toBeNull();
  });

  it('answers null with an empty stored token, even to an empty one sent', () => {
    expect(answerVerificationChallenge(query, '')).toBeNull();
    expect(
      answerVerificationChallenge('hub.mode=subscribe&hub.challenge=1&hub.verify_token=', ''),
    ).toBeNull();
  });

  it('never reflects markup, and refuses repeated parameters', () => {
    expect(
      answerVerificationChallenge(
        {
          'hub.mode': 'subscribe',
          'hub.challenge': '<script>x</script>',
          'hub.verify_token': TOKEN,
        },
        TOKEN,
      ),
    ).toBeNull();
    expect(answerVerificationChallenge(`${query}&hub.verify_token=other`, TOKEN)).toBeNull();
    expect(
      answerVerificationChallenge(
        { 'hub.mode': 'subscribe', 'hub.challenge': ['1', '2'], 'hub.verify_token': TOKEN },
        TOKEN,
      ),
    ).toBeNull();
  });

  it('never throws on input it cannot read', () => {
    for (const q of [null, undefined, 42, 'http://[bad', { 'hub.mode': 42 }])
      expect(answerVerificationChallenge(q as string, TOKEN)).toBeNull();
    expect(answerVerificationChallenge(query, null as unknown as string)).toBeNull();
  });
});

describe('verification outside Node', () => {
  // Vite's dev server (Storybook) loads every module the mocks import, untree-shaken.
  it('the connectors’ index (which ./mocks imports) has no static node: import, so it loads in a browser', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['src/connectors/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from ["']node:/);
  });

  it('fails closed, without throwing, where node:crypto cannot be loaded', () => {
    const spy = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    try {
      const [fb] = vectors;
      expect(
        verifyWebhook('facebook', {
          headers: { [fb.header]: fb.value },
          rawBody: fb.body,
          secret: fb.secret,
        }),
      ).toEqual({ ok: false, reason: 'invalid_input' });
      expect(
        answerVerificationChallenge('hub.mode=subscribe&hub.challenge=1&hub.verify_token=t', 't'),
      ).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});
