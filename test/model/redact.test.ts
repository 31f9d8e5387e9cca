import { describe, expect, it } from 'vitest';
import { redact, redactResult } from '../../src/core/redact';

// #17 item 7: a secret reaches a message not only as typed but in the encodings a
// URL or a JSON string carries it in. Fake values only.
describe('redact: encoded secrets', () => {
  const token = '123456789:AAfake/token+with=signs"and\\slash';
  it.each([
    ['URL component', encodeURIComponent(token)],
    ['URL (encodeURI)', encodeURI(token)],
    ['JSON string', JSON.stringify(token).slice(1, -1)],
    ['as typed', token],
  ])('cuts the %s form out of a text', (_name, form) => {
    const text = `Webhook https://example.test/bot${form}/hook failed`;
    expect(redact(text, [token])).toBe('Webhook https://example.test/bot•••/hook failed');
  });

  it('cuts encoded forms out of result details too', () => {
    const result = redactResult(
      { ok: true, details: { webhook: `https://example.test/${encodeURIComponent(token)}` } },
      [token],
    );
    expect(JSON.stringify(result)).not.toContain(encodeURIComponent(token));
    expect(result.details.webhook).toBe('https://example.test/•••');
  });

  it('never throws on a secret that cannot be URL-encoded (lone surrogate)', () => {
    const odd = 'abcd\uD800efgh';
    expect(redact(`x ${odd} y`, [odd])).toBe('x ••• y');
  });
});
