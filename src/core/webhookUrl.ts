import type { MessageKey } from '../i18n/en';
import { normalizeCompact } from './normalize';

/** Result of {@link parseWebhookUrl}. */
export type WebhookUrlResult = { ok: true; url: string } | { ok: false; error: MessageKey };

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isHostname(host: string): boolean {
  if (IPV4.test(host)) return true;
  if (host.length > 253 || /^[\d.]+$/.test(host)) return false;
  return host.split('.').every((label) => LABEL.test(label));
}

/**
 * Parses what an administrator typed into "Webhook url (host and port)".
 * Accepts `host:port` or `https://host:port[/path]`; rejects `http://`, a
 * missing or out-of-range port and bad host names.
 * @returns the URL as `https://host:port[/path]`, or a catalogue key.
 */
export function parseWebhookUrl(input: string): WebhookUrlResult {
  let rest = normalizeCompact(input);
  if (!rest) return { ok: false, error: 'error.webhookUrl.required' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') return { ok: false, error: 'error.webhookUrl.http' };
    rest = rest.slice(scheme[0].length);
  }
  const slash = rest.search(/[/?#]/);
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);
  const match = /^([^:@]*)(?::(\d*))?$/.exec(authority);
  if (!match || !isHostname(match[1])) return { ok: false, error: 'error.webhookUrl.host' };
  if (match[2] === undefined || match[2] === '')
    return { ok: false, error: 'error.webhookUrl.port' };
  const port = Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535 || match[2].length > 5) {
    return { ok: false, error: 'error.webhookUrl.portRange' };
  }
  return { ok: true, url: `https://${match[1].toLowerCase()}:${port}${path === '/' ? '' : path}` };
}
