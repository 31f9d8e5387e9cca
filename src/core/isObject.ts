/**
 * Whether `value` is a plain object record (not `null`, not an array): the
 * one guard the parsers, the connectors and the HTTP adapter share.
 * @internal
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
