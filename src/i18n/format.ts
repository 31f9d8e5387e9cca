import { en } from './en';

/**
 * Fills `{name}` placeholders of a message. Unknown placeholders stay as they are.
 * @param template A catalogue message.
 * @param params Values for the placeholders.
 */
export function formatMessage(
  template: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

/**
 * A message by key: the catalogue's, else English, else the key itself (so a
 * custom messenger may use literal text where a key is expected).
 * @internal
 */
export function lookup(messages: Readonly<Record<string, string>>, key: string): string {
  const own = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
  if (typeof own === 'string') return own;
  return Object.prototype.hasOwnProperty.call(en, key) ? en[key as keyof typeof en] : key;
}
