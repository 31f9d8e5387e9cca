/** Bytes of randomness in a generated verify token (256 bits). */
const TOKEN_BYTES = 32;

/**
 * Generates a random webhook verify token with the Web Crypto CSPRNG:
 * 256 bits, URL-safe base64 without padding (43 characters).
 * @throws Error if no cryptographically secure random source exists or it
 *   fails (throws, or fills nothing); it never falls back to `Math.random`.
 * @example
 * setFieldValue('webhookVerifyToken', generateVerifyToken());
 */
export function generateVerifyToken(): string {
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (!cryptoApi || typeof cryptoApi.getRandomValues !== 'function') {
    throw new Error(
      'messenger-integration-forms: no secure random number generator (Web Crypto) is available, so no verify token can be generated.',
    );
  }
  const bytes = new Uint8Array(TOKEN_BYTES);
  try {
    cryptoApi.getRandomValues(bytes);
  } catch (cause) {
    // Never fall back to a weaker source: no token is better than a guessable one.
    throw new Error(
      'messenger-integration-forms: the secure random number generator (Web Crypto) failed, so no verify token can be generated.',
      { cause },
    );
  }
  // 32 zero bytes from a real CSPRNG has probability 2^-256: a no-op polyfill left them untouched.
  if (bytes.every((byte) => byte === 0)) {
    throw new Error(
      'messenger-integration-forms: the secure random number generator (Web Crypto) returned no random bytes, so no verify token can be generated.',
    );
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
