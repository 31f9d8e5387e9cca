// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateVerifyToken } from '../../src/core/generateVerifyToken';
import { validateMessengerConfig } from '../../src/messengers/validation';
import { VALID } from './fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function base64UrlToBytes(token: string): Uint8Array {
  const b64 = token.replace(/-/g, '+').replace(/_/g, '/') + '=';
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

describe('generateVerifyToken', () => {
  it('is 43 URL-safe base64 characters without padding (256 bits)', () => {
    for (let i = 0; i < 200; i++) {
      const token = generateVerifyToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(base64UrlToBytes(token)).toHaveLength(32);
    }
  });

  it('is unique over 1,000 calls', () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 1000; i++) tokens.add(generateVerifyToken());
    expect(tokens.size).toBe(1000);
  });

  it('uses every URL-safe base64 character and no other', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) for (const c of generateVerifyToken()) seen.add(c);
    expect([...seen].sort().join('')).toBe(
      [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].sort().join(''),
    );
  });

  it('encodes the bytes of crypto.getRandomValues', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
      const bytes = array as Uint8Array;
      bytes.forEach((_, i) => (bytes[i] = i === 0 ? 0xfb : i === 1 ? 0xff : i));
      return array;
    });
    const token = generateVerifyToken();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(token.startsWith('-_')).toBe(true); // 0xfb 0xff → "+/" in standard base64
    expect(Array.from(base64UrlToBytes(token))).toEqual([
      0xfb,
      0xff,
      ...Array.from({ length: 30 }, (_, i) => i + 2),
    ]);
  });

  it('gives a valid Facebook Webhook Verify Token without warnings', () => {
    const token = generateVerifyToken();
    expect(validateMessengerConfig({ ...VALID.facebook, webhookVerifyToken: token })).toEqual({
      ok: true,
      config: { ...VALID.facebook, webhookVerifyToken: token },
    });
  });

  it('never uses Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    for (let i = 0; i < 50; i++) generateVerifyToken();
    expect(random).not.toHaveBeenCalled();
  });

  it('throws a clear error without Web Crypto, without falling back to Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    vi.stubGlobal('crypto', undefined);
    expect(globalThis.crypto).toBeUndefined();
    expect(() => generateVerifyToken()).toThrow(Error);
    expect(() => generateVerifyToken()).toThrow(/secure random/i);
    expect(random).not.toHaveBeenCalled();
  });

  it('throws when crypto has no getRandomValues', () => {
    const random = vi.spyOn(Math, 'random');
    vi.stubGlobal('crypto', {});
    expect(() => generateVerifyToken()).toThrow(/secure random/i);
    expect(random).not.toHaveBeenCalled();
  });

  it.each([
    ['QuotaExceededError', () => new DOMException('quota', 'QuotaExceededError')],
    ['TypeError', () => new TypeError('Illegal invocation')],
    ['a non-Error value', () => 'entropy source unavailable'],
  ])(
    'throws a clear error when getRandomValues throws (%s), never falling back to Math.random',
    (_name, makeError) => {
      const random = vi.spyOn(Math, 'random');
      const failure = makeError();
      const getRandomValues = vi
        .spyOn(globalThis.crypto, 'getRandomValues')
        .mockImplementation(() => {
          throw failure;
        });
      let thrown: unknown;
      let token: string | undefined;
      try {
        token = generateVerifyToken();
      } catch (error) {
        thrown = error;
      }
      expect(token).toBeUndefined();
      expect(getRandomValues).toHaveBeenCalledTimes(1);
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).message).toMatch(/secure random/i);
      expect((thrown as Error).cause).toBe(failure);
      expect(random).not.toHaveBeenCalled();
    },
  );

  it('throws when getRandomValues returns without filling the bytes', () => {
    // A broken polyfill: returns the array untouched (all zeros) — never a token.
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => array);
    const random = vi.spyOn(Math, 'random');
    expect(() => generateVerifyToken()).toThrow(/secure random/i);
    expect(random).not.toHaveBeenCalled();
  });

  it('works again once crypto is restored', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => generateVerifyToken()).toThrow();
    vi.unstubAllGlobals();
    expect(globalThis.crypto).toBeDefined();
    expect(generateVerifyToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
