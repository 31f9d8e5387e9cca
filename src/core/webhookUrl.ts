import type { MessageKey } from '../i18n/en';
import { removeInvisible } from './normalize';

/** Result of {@link parseWebhookUrl}. */
export type WebhookUrlResult =
  | {
      ok: true;
      /** The URL to send, as `https://host:port[/path]` (an IDN host as punycode). */
      url: string;
      /**
       * Catalogue key of a non-blocking warning: the host is a loopback,
       * private or link-local address that Viber cannot reach from the internet.
       */
      warning?: MessageKey;
    }
  | { ok: false; error: MessageKey };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
// A last label the URL standard reads as a number, making the host an IPv4
// address in another notation ("127.1", "0x7f000001", "example.123").
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;

/** A lowercase ASCII host name (LDH labels) or a dotted-decimal IPv4 address. */
function isHostname(host: string): boolean {
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  if (host.length > 253 || NUMERIC_LABEL.test(labels[labels.length - 1])) return false;
  return labels.every((label) => LABEL.test(label));
}

/** The warning for a host Viber cannot reach from the internet, if any. */
function reachabilityWarning(host: string): MessageKey | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'warning.webhookUrl.loopback';
  if (host.endsWith('.local')) return 'warning.webhookUrl.linkLocal';
  if (!IPV4.test(host)) return undefined;
  const [a, b] = host.split('.').map(Number);
  if (a === 127) return 'warning.webhookUrl.loopback';
  if (a === 169 && b === 254) return 'warning.webhookUrl.linkLocal';
  if (
    a === 0 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  )
    return 'warning.webhookUrl.private';
  return undefined;
}

/**
 * Parses what an administrator typed into "Webhook url (host and port)".
 * Accepts `host[:port][/path]` or `https://host[:port][/path]`; no port means
 * 443. The address is checked with the URL standard's parser (`new URL`):
 * internationalized domain names are accepted and sent as punycode; `http://`,
 * out-of-range ports, whitespace inside the address, numeric or hex "host
 * names" that are not a dotted IPv4 address and anything `new URL()` refuses
 * are rejected. Loopback, private and link-local hosts get a non-blocking
 * `warning`.
 * @returns the URL as `https://host:port[/path]`, or a catalogue key.
 */
export function parseWebhookUrl(input: string): WebhookUrlResult {
  // Invisible and bidirectional marks go; full-width text from an IME becomes ASCII.
  const value = removeInvisible(input).normalize('NFKC').trim();
  if (!value) return { ok: false, error: 'error.webhookUrl.required' };
  // Never delete a space the administrator can see: "bad host:12" is not "badhost:12".
  if (/\s/.test(value)) return { ok: false, error: 'error.webhookUrl.whitespace' };

  let rest = value;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') return { ok: false, error: 'error.webhookUrl.http' };
    rest = rest.slice(scheme[0].length);
  }
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const path = end === -1 ? '' : rest.slice(end);
  const match = /^([^:]*)(?::(\d*))?$/.exec(authority);
  // Userinfo, IPv6 literals, a second colon or a named port are not a host[:port].
  if (!match || !match[1] || /[@[\]\\%]/.test(match[1]))
    return { ok: false, error: 'error.webhookUrl.host' };
  const [, rawHost, rawPort] = match;
  let port = 443;
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!rawPort || rawPort.length > 5 || port < 1 || port > 65535)
      return { ok: false, error: 'error.webhookUrl.portRange' };
  }
  // The URL standard would read a numeric last label as an IPv4 address in another notation.
  if (!IPV4.test(rawHost) && NUMERIC_LABEL.test(rawHost.split('.').pop() ?? ''))
    return { ok: false, error: 'error.webhookUrl.host' };

  let url: URL;
  try {
    url = new URL(`https://${rawHost}${path.startsWith('/') ? '' : '/'}${path}`);
  } catch {
    return { ok: false, error: 'error.webhookUrl.host' };
  }
  // An ASCII host must come out as typed (lowercased); an IDN comes out as punycode.
  const host = url.hostname;
  const ascii = !/[^\x20-\x7E]/.test(rawHost);
  if (!isHostname(host) || (ascii && host !== rawHost.toLowerCase()))
    return { ok: false, error: 'error.webhookUrl.host' };

  const tail = `${url.pathname}${url.search}${url.hash}`;
  const result = `https://${host}:${port}${tail === '/' ? '' : tail}`;
  const warning = reachabilityWarning(host);
  return warning ? { ok: true, url: result, warning } : { ok: true, url: result };
}
