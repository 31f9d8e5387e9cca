import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';
import { formatMessage, lookup } from './format';
import { ja } from './ja';
import type { AnyMessengerDescriptor } from '../core/descriptor';
import { builtInRegistry, createRegistry, type MessengerRegistry } from '../core/registry';

/** Locales with a bundled catalogue. */
export type MessengerFormsLocale = 'en' | 'ja';

const catalogues: Readonly<Record<MessengerFormsLocale, Messages>> = { en, ja };

/** Props of {@link MessengerFormsProvider}. */
export interface MessengerFormsProviderProps {
  /**
   * Locale of the bundled catalogue to use: `'en'` (English) or `'ja'` (Japanese).
   * @default the locale of an enclosing provider, else "en"
   */
  locale?: MessengerFormsLocale;
  /**
   * Overrides of single messages, on top of the locale's catalogue; also
   * `result.<code>` messages, shown instead of a result's `message` when the
   * result has that `code` (e.g. `{ 'result.quota_exceeded': '…' }`).
   */
  messages?: MessageOverrides;
  /**
   * Custom messenger types (from `defineMessenger`), offered after the
   * built-in ones by the picker, the add button, the create dialog and
   * `MessengerAccountForm`. Define them once, outside components. Registering
   * a type id twice is a development-time error.
   */
  messengers?: ReadonlyArray<AnyMessengerDescriptor>;
  children?: ReactNode;
}

/** Overrides of catalogue messages, plus the host's own `result.<code>` messages. */
export type MessageOverrides = Partial<Messages> & {
  readonly [key: `result.${string}`]: string | undefined;
};

/** Translates a catalogue key, filling `{name}` placeholders. */
export type Translate = (
  key: MessageKey | (string & {}),
  params?: Readonly<Record<string, string | number>>,
) => string;

interface I18nValue {
  locale: MessengerFormsLocale;
  messages: Messages;
  t: Translate;
  /** Whether the catalogue (with overrides) has a message for `key`. */
  has: (key: string) => boolean;
}

function createI18n(
  locale: MessengerFormsLocale,
  overrides: MessageOverrides | undefined,
  registry: MessengerRegistry,
): I18nValue {
  // An unknown locale (e.g. from untyped JavaScript) falls back to English.
  const base: Messages = Object.prototype.hasOwnProperty.call(catalogues, locale)
    ? catalogues[locale]
    : en;
  let messages: Messages = base;
  const custom = registry.types
    .map((type) => registry.get(type)?.messages)
    .filter((m): m is NonNullable<typeof m> => Boolean(m));
  if (overrides || custom.length > 0) {
    messages = { ...base };
    // A custom messenger's texts: English first, then the locale's own.
    for (const own of custom) Object.assign(messages, own.en, own[locale]);
    // Only strings override: `{ key: undefined }` keeps the locale's message.
    for (const [key, value] of Object.entries(overrides ?? {}))
      if (typeof value === 'string') messages[key as MessageKey] = value;
  }
  return {
    locale,
    messages,
    t: (key, params) => formatMessage(lookup(messages, key), params),
    has: (key) => lookup(messages, key) !== key,
  };
}

const defaultI18n = createI18n('en', undefined, builtInRegistry);
const I18nContext = createContext<I18nValue>(defaultI18n);
const RegistryContext = createContext<MessengerRegistry>(builtInRegistry);

/**
 * Sets the language, message overrides and custom messenger types of every
 * component inside it. Without a provider, components use English and the
 * built-in types.
 * @example
 * <MessengerFormsProvider locale="ja" messages={{ 'form.save': '登録' }} messengers={[whatsapp]}>
 *   <AddMessengerAccountButton onSelect={open} />
 * </MessengerFormsProvider>
 */
export function MessengerFormsProvider({
  locale: ownLocale,
  messages,
  messengers,
  children,
}: MessengerFormsProviderProps) {
  const parent = useContext(RegistryContext);
  // A nested provider without `locale` keeps the language of the one around it.
  const parentLocale = useContext(I18nContext).locale;
  const locale = ownLocale ?? parentLocale;
  // Define custom descriptors once (module level) so this stays memoized.
  const registry = useMemo(
    () => (messengers ? createRegistry(messengers) : parent),
    [messengers, parent],
  );
  const value = useMemo(() => createI18n(locale, messages, registry), [locale, messages, registry]);
  return (
    <RegistryContext.Provider value={registry}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </RegistryContext.Provider>
  );
}

/**
 * The active catalogue and a translate function.
 * @internal
 */
export function useMessengerFormsI18n(): I18nValue {
  return useContext(I18nContext);
}

/**
 * The messenger types available here: built-in ones plus those registered
 * with `MessengerFormsProvider messengers`.
 * @internal
 */
export function useMessengerRegistry(): MessengerRegistry {
  return useContext(RegistryContext);
}
