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
    ['single label host', 'office:8080', 'https://office:8080'],
    ['IPv4 address', '198.51.100.10:8443', 'https://198.51.100.10:8443'],
    ['hyphen inside label', 'my-office.example-corp.com:1', 'https://my-office.example-corp.com:1'],
    ['digits in labels', 'a1.b2.c3:65535', 'https://a1.b2.c3:65535'],
    ['port 1', 'example.com:1', 'https://example.com:1'],
    ['port 65535', 'example.com:65535', 'https://example.com:65535'],
    ['leading zeros in port', 'example.com:0443', 'https://example.com:443'],
    ['63-character label', `${'a'.repeat(63)}.com:443`, `https://${'a'.repeat(63)}.com:443`],
    ['trailing newline', 'example.com:1234\n', 'https://example.com:1234'],
    ['surrounding spaces', '  example.com:1234  ', 'https://example.com:1234'],
    ['NBSP and zero-width space', `${NBSP}example.com${ZWSP}:1234`, 'https://example.com:1234'],
    // No port means 443: Viber does not need one.
    ['host without port', 'example.com', 'https://example.com:443'],
    ['https://host without port', 'https://example.com', 'https://example.com:443'],
    ['https://host/path without port', 'https://example.com/hook', 'https://example.com:443/hook'],
    ['host/path without port', 'office.example.com/viber', 'https://office.example.com:443/viber'],
    // Internationalized domain names are sent as punycode.
    ['IDN', 'exämple.com:443', 'https://xn--exmple-cua.com:443'],
    ['Japanese IDN without port', 'https://日本語.jp/hook', 'https://xn--wgv71a119e.jp:443/hook'],
    ['punycode as typed', 'xn--exmple-cua.com:8443', 'https://xn--exmple-cua.com:8443'],
    // Typed with a Japanese IME: full-width letters, digits and colon.
    ['full-width host and port', 'ｅｘａｍｐｌｅ．ｃｏｍ：１２３４', 'https://example.com:1234'],
    [
      'bidi marks around a pasted URL',
      '\u200Fhttps://example.com:8443/hook\u200E',
      'https://example.com:8443/hook',
    ],
    ['non-ASCII path percent-encoded', 'example.com:443/café', 'https://example.com:443/caf%C3%A9'],
    ['dot segments resolved', 'example.com:443/a/../hook', 'https://example.com:443/hook'],
    ['public IPv4', '203.0.113.7:8443', 'https://203.0.113.7:8443'],
  ])('%s: %j → %j', (_name, input, url) => {
    expect(parseWebhookUrl(input)).toEqual({ ok: true, url });
  });
});

describe('parseWebhookUrl warns, without blocking, about addresses Viber cannot reach', () => {
  it.each<[string, string, string, MessageKey]>([
    ['localhost', 'localhost:8080', 'https://localhost:8080', 'warning.webhookUrl.loopback'],
    ['*.localhost', 'api.localhost', 'https://api.localhost:443', 'warning.webhookUrl.loopback'],
    ['127.0.0.1', '127.0.0.1:8443', 'https://127.0.0.1:8443', 'warning.webhookUrl.loopback'],
    [
      '127.x.y.z',
      'https://127.1.2.3/hook',
      'https://127.1.2.3:443/hook',
      'warning.webhookUrl.loopback',
    ],
    ['10/8', '10.0.0.5:443', 'https://10.0.0.5:443', 'warning.webhookUrl.private'],
    ['172.16/12', '172.16.0.1:443', 'https://172.16.0.1:443', 'warning.webhookUrl.private'],
    ['172.31', '172.31.255.255:443', 'https://172.31.255.255:443', 'warning.webhookUrl.private'],
    ['192.168/16', '192.168.0.10:8443', 'https://192.168.0.10:8443', 'warning.webhookUrl.private'],
    [
      '100.64/10 (carrier-grade NAT)',
      '100.64.1.1',
      'https://100.64.1.1:443',
      'warning.webhookUrl.private',
    ],
    ['0.0.0.0', '0.0.0.0:443', 'https://0.0.0.0:443', 'warning.webhookUrl.private'],
    [
      '169.254/16',
      '169.254.169.254:443',
      'https://169.254.169.254:443',
      'warning.webhookUrl.linkLocal',
    ],
    [
      '.local (mDNS)',
      'printer.local:443',
      'https://printer.local:443',
      'warning.webhookUrl.linkLocal',
    ],
  ])('%s: %j', (_name, input, url, warning) => {
    expect(parseWebhookUrl(input)).toEqual({ ok: true, url, warning });
    expect(en[warning]).toEqual(expect.any(String));
  });

  it.each([
    ['172.32 is public', '172.32.0.1:443'],
    ['172.15 is public', '172.15.0.1:443'],
    ['100.128 is public', '100.128.0.1:443'],
    ['a name containing "localhost"', 'mylocalhost.example.com:443'],
    ['a public name', 'office.yourcompany.com:1234'],
  ])('no warning: %s', (_name, input) => {
    const result = parseWebhookUrl(input);
    expect(result.ok).toBe(true);
    expect(result).not.toHaveProperty('warning');
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
    ['empty port', 'example.com:', 'error.webhookUrl.portRange'],
    ['empty port with path', 'https://example.com:/hook', 'error.webhookUrl.portRange'],
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
    // Whitespace inside the address is an error, never silently deleted.
    ['space inside host', 'bad host:12', 'error.webhookUrl.whitespace'],
    ['space before port', 'example.com :443', 'error.webhookUrl.whitespace'],
    ['tab inside host', 'exam\tple.com', 'error.webhookUrl.whitespace'],
    ['newline inside path', 'example.com:443/ho\nok', 'error.webhookUrl.whitespace'],
    ['space inside path', 'https://example.com:443/my hook', 'error.webhookUrl.whitespace'],
    ['NBSP inside path', `https://example.com/my${NBSP}hook`, 'error.webhookUrl.whitespace'],
    ['ideographic space inside host', 'example\u3000com', 'error.webhookUrl.whitespace'],
    // Numeric and hex "host names" that new URL() reads as IPv4 addresses.
    ['all-numeric last label', 'example.123:443', 'error.webhookUrl.host'],
    ['all-numeric last label, no port', 'office.2024', 'error.webhookUrl.host'],
    ['three-part IPv4 shorthand', '127.1:443', 'error.webhookUrl.host'],
    ['two-part IPv4 shorthand', '10.1:443', 'error.webhookUrl.host'],
    ['hex IPv4', '0x7f000001:443', 'error.webhookUrl.host'],
    ['hex label IPv4', '0x7f.0.0.1:443', 'error.webhookUrl.host'],
    ['hex last label', 'example.0x1f:443', 'error.webhookUrl.host'],
    ['octal IPv4', '0177.0.0.1:443', 'error.webhookUrl.host'],
    ['leading zero in IPv4', '192.168.01.1:443', 'error.webhookUrl.host'],
    ['five-part dotted number', '1.2.3.4.5:443', 'error.webhookUrl.host'],
    ['decimal IPv4', '2130706433', 'error.webhookUrl.host'],
    // What new URL() refuses, or rewrites into something else.
    ['percent-encoded host', 'exa%6dple.com:443', 'error.webhookUrl.host'],
    ['forbidden host code point', 'exa<mple.com:443', 'error.webhookUrl.host'],
    ['backslash in host', 'exa\\mple.com:443', 'error.webhookUrl.host'],
    ['invalid punycode', 'xn--a.com:443', 'error.webhookUrl.host'],
    ['IDN with a forbidden character', 'exä_mple.com:443', 'error.webhookUrl.host'],
    ['scheme without slashes', 'https:example.com', 'error.webhookUrl.host'],
    ['three slashes', 'https:///example.com', 'error.webhookUrl.host'],
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

  it('an accepted URL is what new URL() reads, with an ASCII host and an explicit port', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
          fc.tuple(fc.domain(), fc.webPath()).map(([host, path]) => `${host}${path}`),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
        (input) => {
          const result = parseWebhookUrl(input);
          if (!result.ok) return;
          const url = new URL(result.url);
          assert.match(result.url, /^https:\/\/[a-z0-9.-]+:\d{1,5}(?:[/?#]|$)/);
          assert.equal(url.protocol, 'https:');
          assert.equal(result.url.startsWith(`https://${url.hostname}:`), true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('whitespace inside the address is never accepted (nor deleted)', () => {
    fc.assert(
      fc.property(
        fc.domain(),
        fc.integer({ min: 1, max: 65535 }),
        fc.nat(),
        fc.constantFrom(' ', '\t', '\n', NBSP, '\u3000'),
        (host, port, at, space) => {
          const typed = `${host}:${port}`;
          const i = 1 + (at % (typed.length - 1));
          const withSpace = typed.slice(0, i) + space + typed.slice(i);
          assert.deepEqual(parseWebhookUrl(withSpace), {
            ok: false,
            error: 'error.webhookUrl.whitespace',
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts every generated domain with a port in range', () => {
    fc.assert(
      fc.property(fc.domain(), fc.integer({ min: 1, max: 65535 }), (host, port) => {
        const result = parseWebhookUrl(`${host}:${port}`);
        assert.ok(result.ok);
        // A generated ".local" or ".localhost" name is accepted with a warning.
        assert.equal(result.url, `https://${host.toLowerCase()}:${port}`);
      }),
      { numRuns: 300 },
    );
  });
});
