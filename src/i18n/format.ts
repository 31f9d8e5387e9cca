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
