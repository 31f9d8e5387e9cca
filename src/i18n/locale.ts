/** Locales with a bundled catalogue. */
export type MessengerFormsLocale = 'en' | 'ja';

/**
 * The bundled locale of a locale option or an `Accept-Language` value
 * (`'ja'`, `'ja-JP,ja;q=0.9'`); English otherwise, including for anything
 * that is not a string. The one locale resolver of the forms, the validation,
 * the connectors and the mocks.
 */
export function resolveLocale(value: unknown): MessengerFormsLocale {
  return typeof value === 'string' && /^\s*ja\b/i.test(value) ? 'ja' : 'en';
}
