/** Bytes of randomness in a generated verify token (256 bits). */
const TOKEN_BYTES = 32;

/**
 * Generates a random webhook verify token with the Web Crypto CSPRNG:
 * 256 bits, URL-safe base64 without padding (43 characters).
 * @throws Error if no cryptographically secure random source exists; it
 *   never falls back to `Math.random`.
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
  cryptoApi.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
