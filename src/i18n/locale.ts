/** Locales with a bundled catalogue. */
export type MessengerFormsLocale = 'en' | 'ja';
