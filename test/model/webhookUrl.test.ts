// @vitest-environment node
import assert from 'node:assert/strict';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { en, type MessageKey } from '../../src/messengers/catalogues';
import { parseWebhookUrl } from '../../src/core/webhookUrl';
import { NBSP, ZWSP } from './fixtures';

describe('parseWebhookUrl accepts', () => {
  it.each([
    ['host:port', 'office.yourcompany.com:1234', 'https://office.yourcompany.com:1234'],
    [
      'https://host:port',
      'https://office.yourcompany.com:1234',
      'https://office.yourcompany.com:1234',
    ],
    [
      'https://host:port/path',
      'https://office.yourcompany.com:8443/viber/webhook',
      'https://office.yourcompany.com:8443/viber/webhook',
    ],
    ['host:port/path', 'office.example.com:443/hook', 'https://office.example.com:443/hook'],
    ['path keeps its case', 'example.com:443/Hook/ABC', 'https://example.com:443/Hook/ABC'],
    ['path with query', 'example.com:443/hook?tenant=7', 'https://example.com:443/hook?tenant=7'],
    ['trailing slash dropped', 'https://example.com:443/', 'https://example.com:443'],
    [
      'uppercase host lowercased',
      'OFFICE.YourCompany.COM:1234',
      'https://office.yourcompany.com:1234',
    ],
    ['uppercase scheme', 'HTTPS://Example.com:1234', 'https://example.com:1234'],
    ['single label host', 'localhost:8080', 'https://localhost:8080'],
    ['IPv4 address', '192.168.0.10:8443', 'https://192.168.0.10:8443'],
    ['hyphen inside label', 'my-office.example-corp.com:1', 'https://my-office.example-corp.com:1'],
    ['digits in labels', 'a1.b2.c3:65535', 'https://a1.b2.c3:65535'],
    ['port 1', 'example.com:1', 'https://example.com:1'],
    ['port 65535', 'example.com:65535', 'https://example.com:65535'],
    ['leading zeros in port', 'example.com:0443', 'https://example.com:443'],
    ['63-character label', `${'a'.repeat(63)}.com:443`, `https://${'a'.repeat(63)}.com:443`],
    ['trailing newline', 'example.com:1234\n', 'https://example.com:1234'],
    ['surrounding spaces', '  example.com:1234  ', 'https://example.com:1234'],
    ['NBSP and zero-width space', `${NBSP}example.com${ZWSP}:1234`, 'https://example.com:1234'],
  ])('%s: %j → %j', (_name, input, url) => {
    expect(parseWebhookUrl(input)).toEqual({ ok: true, url });
  });
});

describe('parseWebhookUrl rejects', () => {
  it.each<[string, string, MessageKey]>([
    ['empty', '', 'error.webhookUrl.required'],
    ['whitespace only', ` \n${NBSP}`, 'error.webhookUrl.required'],
    ['invisible only', ZWSP, 'error.webhookUrl.required'],
    ['http://', 'http://example.com:1234', 'error.webhookUrl.http'],
    ['HTTP:// uppercase', 'HTTP://example.com:1234', 'error.webhookUrl.http'],
    ['ftp://', 'ftp://example.com:21', 'error.webhookUrl.http'],
    ['ws://', 'ws://example.com:80', 'error.webhookUrl.http'],
    ['missing port', 'example.com', 'error.webhookUrl.port'],
    ['missing port with https', 'https://example.com', 'error.webhookUrl.port'],
    ['missing port with path', 'https://example.com/hook', 'error.webhookUrl.port'],
    ['empty port', 'example.com:', 'error.webhookUrl.port'],
    ['port 0', 'example.com:0', 'error.webhookUrl.portRange'],
    ['port 65536', 'example.com:65536', 'error.webhookUrl.portRange'],
    ['port 99999', 'example.com:99999', 'error.webhookUrl.portRange'],
    ['port 100000', 'example.com:100000', 'error.webhookUrl.portRange'],
    ['port with many leading zeros', 'example.com:000080', 'error.webhookUrl.portRange'],
    ['leading hyphen', '-bad.com:443', 'error.webhookUrl.host'],
    ['trailing hyphen in label', 'bad-.com:443', 'error.webhookUrl.host'],
    ['underscore', 'under_score.com:443', 'error.webhookUrl.host'],
    ['empty label', 'a..b:443', 'error.webhookUrl.host'],
    ['leading dot', '.example.com:443', 'error.webhookUrl.host'],
    ['trailing dot', 'example.com.:443', 'error.webhookUrl.host'],
    ['64-character label', `${'a'.repeat(64)}.com:443`, 'error.webhookUrl.host'],
    ['host longer than 253', `${'abcdefghi.'.repeat(26)}com:443`, 'error.webhookUrl.host'],
    ['missing host', ':443', 'error.webhookUrl.host'],
    ['missing host with https', 'https://:443', 'error.webhookUrl.host'],
    ['invalid IPv4', '999.1.1.1:443', 'error.webhookUrl.host'],
    ['all-numeric host', '12345:443', 'error.webhookUrl.host'],
    ['userinfo', 'user@example.com:443', 'error.webhookUrl.host'],
    ['userinfo with password', 'https://user:pw@example.com:443', 'error.webhookUrl.host'],
    ['IPv6 literal', '[::1]:443', 'error.webhookUrl.host'],
    ['non-ASCII host', 'exämple.com:443', 'error.webhookUrl.host'],
    ['non-numeric port', 'example.com:https', 'error.webhookUrl.host'],
    ['two ports', 'example.com:443:80', 'error.webhookUrl.host'],
  ])('%s: %j → %s', (_name, input, error) => {
    const result = parseWebhookUrl(input);
    expect(result).toEqual({ ok: false, error });
    // Every error key is a catalogue message.
    expect(en[error]).toEqual(expect.any(String));
  });
});

describe('parseWebhookUrl properties', () => {
  it('never throws, and its output parses to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc
            .tuple(fc.domain(), fc.integer({ min: -10, max: 70000 }), fc.webPath())
            .map(([host, port, path]) => `${host}:${port}${path}`),
        ),
        (input) => {
          const result = parseWebhookUrl(input);
          if (result.ok) {
            assert.ok(result.url.startsWith('https://'));
            assert.deepEqual(parseWebhookUrl(result.url), result);
          } else {
            assert.ok(result.error in en, result.error);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts every generated domain with a port in range', () => {
    fc.assert(
      fc.property(fc.domain(), fc.integer({ min: 1, max: 65535 }), (host, port) => {
        assert.deepEqual(parseWebhookUrl(`${host}:${port}`), {
          ok: true,
          url: `https://${host.toLowerCase()}:${port}`,
        });
      }),
      { numRuns: 300 },
    );
  });
});
