import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';
import { formatMessage } from './format';
import { ja } from './ja';

/** Locales with a bundled catalogue. */
export type MessengerFormsLocale = 'en' | 'ja';

const catalogues: Readonly<Record<MessengerFormsLocale, Messages>> = { en, ja };

/** Props of {@link MessengerFormsProvider}. */
export interface MessengerFormsProviderProps {
  /**
   * Locale of the bundled catalogue to use: `'en'` (English) or `'ja'` (Japanese).
   * @default "en"
   */
  locale?: MessengerFormsLocale;
  /** Overrides of single messages, on top of the locale's catalogue. */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/** Translates a catalogue key, filling `{name}` placeholders. */
export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

interface I18nValue {
  locale: MessengerFormsLocale;
  messages: Messages;
  t: Translate;
}

function createI18n(locale: MessengerFormsLocale, overrides?: Partial<Messages>): I18nValue {
  // An unknown locale (e.g. from untyped JavaScript) falls back to English.
  const base: Messages = Object.prototype.hasOwnProperty.call(catalogues, locale)
    ? catalogues[locale]
    : en;
  let messages = base;
  if (overrides) {
    messages = { ...base };
    // Only strings override: `{ key: undefined }` keeps the locale's message.
    for (const [key, value] of Object.entries(overrides))
      if (typeof value === 'string') messages[key as MessageKey] = value;
  }
  return { locale, messages, t: (key, params) => formatMessage(messages[key] ?? en[key], params) };
}

const defaultI18n = createI18n('en');
const I18nContext = createContext<I18nValue>(defaultI18n);

/**
 * Sets the language and message overrides of every form inside it.
 * Without a provider, forms use English.
 * @example
 * <MessengerFormsProvider messages={{ 'form.save': 'Save account' }}>
 *   <TelegramAccountForm onSubmit={save} />
 * </MessengerFormsProvider>
 */
export function MessengerFormsProvider({
  locale = 'en',
  messages,
  children,
}: MessengerFormsProviderProps) {
  const value = useMemo(() => createI18n(locale, messages), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The active catalogue and a translate function.
 * @internal
 */
export function useMessengerFormsI18n(): I18nValue {
  return useContext(I18nContext);
}
