// Verification of inbound webhook requests (server side, Node >= 20).
// Every comparison is constant time over equal-length buffers; nothing here
// throws or logs: a request that cannot be verified is refused.
//
// `node:crypto` is loaded when a function runs, not imported: the `./mocks`
// entry imports the connectors' index, and a static `node:crypto` import
// would break every browser bundle of it (Storybook, host apps using the
// mocks). `process.getBuiltinModule` (Node >= 20.16) loads it synchronously;
// where it is missing (a browser) every check fails closed.
import type * as NodeCrypto from 'node:crypto';

function nodeCrypto(): typeof NodeCrypto {
  const crypto = globalThis.process?.getBuiltinModule?.('node:crypto');
  if (!crypto) throw new Error('node:crypto is not available');
  return crypto;
}
const createHash: typeof NodeCrypto.createHash = (...args) => nodeCrypto().createHash(...args);
const createHmac: typeof NodeCrypto.createHmac = (...args) => nodeCrypto().createHmac(...args);
const timingSafeEqual: typeof NodeCrypto.timingSafeEqual = (...args) =>
  nodeCrypto().timingSafeEqual(...args);

/** The messenger types whose inbound webhooks {@link verifyWebhook} can verify. */
export type VerifiableMessengerType = 'facebook' | 'line' | 'telegram' | 'viber';

/**
 * Request headers: a `Headers` (Fetch API) or a plain object such as Node's
 * `IncomingMessage.headers` or Express's `req.headers`. Names are matched
 * case-insensitively; a header given more than once is refused.
 */
export type WebhookHeaders =
  Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What {@link verifyWebhook} checks. */
export interface VerifyWebhookInput {
  /** The request's headers. */
  headers: WebhookHeaders;
  /**
   * The request body exactly as received: the bytes (`Buffer`, `Uint8Array`)
   * or their UTF-8 text. Never `JSON.stringify(parsedBody)`: re-serialized
   * JSON differs from what the provider signed.
   */
  rawBody: string | Uint8Array;
  /**
   * The account's secret: Telegram the `secret_token` given to `setWebhook`,
   * Facebook the App Secret, LINE the Channel Secret, Viber the
   * authentication token. Empty refuses every request.
   */
  secret: string;
}

/**
 * Why a request was refused, as a stable code:
 * `unsupported_type`, `missing_secret`, `invalid_body`, `missing_signature`,
 * `duplicate_signature`, `malformed_signature`, `signature_mismatch`,
 * `invalid_input`.
 */
export type VerifyWebhookFailureReason =
  | 'unsupported_type'
  | 'missing_secret'
  | 'invalid_body'
  | 'missing_signature'
  | 'duplicate_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  | 'invalid_input';

/** The answer of {@link verifyWebhook}. */
export type VerifyWebhookResult = { ok: true } | { ok: false; reason: VerifyWebhookFailureReason };

type Failure = Extract<VerifyWebhookResult, { ok: false }>;
const refuse = (reason: VerifyWebhookFailureReason): Failure => ({ ok: false, reason });

/** How one provider signs its webhook requests. */
interface Scheme {
  /** The header carrying the signature or token (lower case). */
  header: string;
  /** The signature's bytes from the header value, or `undefined` when malformed. */
  decode(value: string): Buffer | undefined;
  /** The bytes the header must hold for this body and secret. */
  expected(secret: string, body: Buffer): Buffer;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const BASE64_SHA256 = /^[A-Za-z0-9+/]{43}=$/;
const TELEGRAM_SECRET = /^[A-Za-z0-9_-]{1,256}$/;

const hmacSha256 = (secret: string, body: Buffer) =>
  createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest();
/** A fixed-length digest of a token, so tokens of any length compare in constant time. */
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const schemes: Record<VerifiableMessengerType, Scheme> = {
  // Telegram sends the `secret_token` of setWebhook back verbatim in
  // X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -); it signs nothing.
  // https://core.telegram.org/bots/api#setwebhook
  telegram: {
    header: 'x-telegram-bot-api-secret-token',
    decode: (value) => (TELEGRAM_SECRET.test(value) ? sha256(value) : undefined),
    expected: (secret) => sha256(secret),
  },
  // Meta: X-Hub-Signature-256 is `sha256=` + the lower-case hex HMAC-SHA256 of
  // the payload keyed with the App Secret ("Validating Payloads").
  // https://developers.facebook.com/docs/graph-api/webhooks/getting-started/ (Validating Payloads)
  facebook: {
    header: 'x-hub-signature-256',
    decode: (value) =>
      value.startsWith('sha256=') && HEX_SHA256.test(value.slice(7))
        ? Buffer.from(value.slice(7), 'hex')
        : undefined,
    expected: hmacSha256,
  },
  // LINE: x-line-signature is the Base64 HMAC-SHA256 digest of the request
  // body keyed with the channel secret.
  // https://developers.line.biz/en/reference/messaging-api/#signature-validation
  // https://developers.line.biz/en/docs/messaging-api/verify-webhook-signature/
  line: {
    header: 'x-line-signature',
    decode: (value) => {
      if (!BASE64_SHA256.test(value)) return undefined;
      const bytes = Buffer.from(value, 'base64');
      // Canonical encoding only (no stray bits in the last character).
      return bytes.length === 32 && bytes.toString('base64') === value ? bytes : undefined;
    },
    expected: hmacSha256,
  },
  // Viber: every callback carries X-Viber-Content-Signature, the HMAC-SHA256
  // of the JSON body keyed with the account's authentication token, as
  // lower-case hex. https://developers.viber.com/docs/api/rest-bot-api/#callbacks
  // (https://developers.viber.com/rest/); the official viber-bot-node MessageValidator
  // compares with `createHmac("sha256", authToken).update(body).digest("hex")`.
  viber: {
    header: 'x-viber-content-signature',
    decode: (value) => (HEX_SHA256.test(value) ? Buffer.from(value, 'hex') : undefined),
    expected: hmacSha256,
  },
};

/** Whether `type` is one whose webhooks {@link verifyWebhook} can verify. */
export function isVerifiableMessengerType(type: unknown): type is VerifiableMessengerType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(schemes, type);
}

/** The single value of header `name`; `null` when absent, `false` when given more than once. */
function headerValue(headers: WebhookHeaders, name: string): string | null | false {
  // A Fetch `Headers` of any realm (undici's, a polyfill's): it has `get`.
  if (typeof (headers as Partial<Headers>).get === 'function')
    return (headers as Headers).get(name);
  let found: string | null = null;
  let count = 0;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue;
    const value = (headers as Record<string, unknown>)[key];
    const values = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of values) {
      if (item === undefined) continue;
      if (typeof item !== 'string') return false;
      count += 1;
      found = item;
    }
  }
  return count > 1 ? false : found;
}

function bodyBytes(rawBody: unknown): Buffer | undefined {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  // Any view on bytes (Buffer, Uint8Array), from any realm.
  if (ArrayBuffer.isView(rawBody))
    return Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  return undefined;
}

/**
 * Checks that an inbound webhook request comes from the provider:
 * - Telegram: `X-Telegram-Bot-Api-Secret-Token` equals the `secret_token`
 *   given to `setWebhook`;
 * - Facebook: `X-Hub-Signature-256` is `sha256=` + lower-case hex
 *   HMAC-SHA256(App Secret, raw body);
 * - LINE: `X-Line-Signature` is base64 HMAC-SHA256(Channel Secret, raw body);
 * - Viber: `X-Viber-Content-Signature` is lower-case hex
 *   HMAC-SHA256(authentication token, raw body).
 *
 * Comparisons are constant time (`timingSafeEqual` over fixed-length
 * digests). Never throws and never logs; fails closed: a missing, repeated,
 * empty, wrong-length or malformed header, an empty secret or a body that is
 * not a string or bytes all answer `{ ok: false, reason }`.
 * @param type The messenger type of the account.
 * @param input The request's `headers`, its `rawBody` as received, and the account's `secret`.
 * @example
 * app.post('/webhooks/line/:id', express.raw({ type: 'application/json' }), (req, res) => {
 *   const check = verifyWebhook('line', { headers: req.headers, rawBody: req.body, secret });
 *   if (!check.ok) return res.sendStatus(401);
 *   handle(JSON.parse(req.body.toString('utf8')));
 *   res.sendStatus(200);
 * });
 */
export function verifyWebhook(
  type: VerifiableMessengerType,
  input: VerifyWebhookInput,
): VerifyWebhookResult {
  try {
    if (!isVerifiableMessengerType(type)) return refuse('unsupported_type');
    const scheme = schemes[type];
    const { headers, rawBody, secret } = input;
    if (typeof secret !== 'string' || secret === '') return refuse('missing_secret');
    const body = bodyBytes(rawBody);
    if (!body) return refuse('invalid_body');
    if (typeof headers !== 'object' || headers === null) return refuse('missing_signature');
    const value = headerValue(headers, scheme.header);
    if (value === false) return refuse('duplicate_signature');
    if (value === null || value === '') return refuse('missing_signature');
    const received = scheme.decode(value);
    const expected = scheme.expected(secret, body);
    // Both are 32-byte digests here; the length check only guards the call.
    if (!received || received.length !== expected.length) return refuse('malformed_signature');
    return timingSafeEqual(received, expected) ? { ok: true } : refuse('signature_mismatch');
  } catch {
    return refuse('invalid_input');
  }
}

/**
 * The query of Facebook's subscription handshake: a `URLSearchParams`, a
 * query object (`req.query` in Express), a query string (`?hub.mode=…`) or a
 * whole URL.
 */
export type VerificationChallengeQuery =
  URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What Facebook may send as `hub.challenge` (documented as an integer). */
const CHALLENGE = /^[A-Za-z0-9._~-]{1,256}$/;

function queryParam(query: VerificationChallengeQuery, name: string): string | undefined {
  if (typeof query === 'string') {
    let params: URLSearchParams;
    if (/^[a-z][a-z0-9+.-]*:/i.test(query)) params = new URL(query).searchParams;
    else params = new URLSearchParams(query.slice(query.indexOf('?') + 1));
    return queryParam(params, name);
  }
  if (query instanceof URLSearchParams) {
    const all = query.getAll(name);
    return all.length === 1 ? all[0] : undefined;
  }
  if (!Object.prototype.hasOwnProperty.call(query, name)) return undefined;
  const value = (query as Record<string, unknown>)[name];
  if (Array.isArray(value))
    return value.length === 1 ? queryParam({ [name]: value[0] }, name) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Answers Facebook's webhook subscription handshake
 * (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`): the
 * `hub.challenge` to send back with HTTP 200 when the mode is `subscribe`
 * and the token equals `verifyToken` (constant-time comparison), `null`
 * otherwise (answer 403). Never throws; an empty `verifyToken` answers `null`.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started/ (Verification Requests)
 * @param query The request's query (see {@link VerificationChallengeQuery}).
 * @param verifyToken The account's Webhook Verify Token.
 * @example
 * const challenge = answerVerificationChallenge(req.url, account.webhookVerifyToken);
 * if (challenge === null) res.writeHead(403).end();
 * else res.writeHead(200, { 'content-type': 'text/plain' }).end(challenge);
 */
export function answerVerificationChallenge(
  query: VerificationChallengeQuery,
  verifyToken: string,
): string | null {
  try {
    if (typeof verifyToken !== 'string' || verifyToken === '') return null;
    const mode = queryParam(query, 'hub.mode');
    const token = queryParam(query, 'hub.verify_token');
    const challenge = queryParam(query, 'hub.challenge');
    if (token === undefined || challenge === undefined || !CHALLENGE.test(challenge)) return null;
    const tokenMatches = timingSafeEqual(sha256(token), sha256(verifyToken));
    return tokenMatches && mode === 'subscribe' ? challenge : null;
  } catch {
    return null;
  }
}
