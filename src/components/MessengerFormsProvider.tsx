import { useMemo, type ReactNode } from 'react';
import {
  createI18n,
  MessengerFormsContext,
  useMessengerFormsI18n,
  useMessengerRegistryContext,
  type MessengerFormsLocale,
} from '../core/context';
import type { AnyMessengerDescriptor } from '../core/descriptor';
import { createRegistry } from '../core/registry';
import { builtInMessengers } from '../messengers/builtIns';
import type { Messages } from '../messengers/catalogues';
import { builtInRegistry } from '../messengers/registry';

export type { MessengerFormsLocale } from '../core/context';

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
  const parent = useMessengerRegistryContext() ?? builtInRegistry;
  // A nested provider without `locale` keeps the language of the one around it.
  const parentLocale = useMessengerFormsI18n().locale;
  const locale = ownLocale ?? parentLocale;
  // Define custom descriptors once (module level) so this stays memoized.
  const registry = useMemo(
    () => (messengers ? createRegistry(builtInMessengers, messengers) : parent),
    [messengers, parent],
  );
  const i18n = useMemo(() => createI18n(locale, messages, registry), [locale, messages, registry]);
  return (
    <MessengerFormsContext i18n={i18n} registry={registry}>
      {children}
    </MessengerFormsContext>
  );
}
