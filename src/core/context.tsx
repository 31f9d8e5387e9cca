import { createContext, useContext, type ReactNode } from 'react';
import { en, type MessageKey } from '../i18n/en';
import { formatMessage, lookup } from '../i18n/format';
import { ja } from '../i18n/ja';
import { resolveLocale, type MessengerFormsLocale } from '../i18n/locale';
import type { AnyMessengerDescriptor } from './descriptor';
import { emptyRegistry, type MessengerRegistry } from './registry';

export type { MessengerFormsLocale } from '../i18n/locale';

const catalogues: Readonly<Record<MessengerFormsLocale, Readonly<Record<string, string>>>> = {
  en,
  ja,
};

/** Translates a catalogue key, filling `{name}` placeholders. */
export type Translate = (
  key: MessageKey | (string & {}),
  params?: Readonly<Record<string, string | number>>,
) => string;

/** Overrides of single messages by key (`undefined` keeps the catalogue's). @internal */
export type MessageOverrideRecord = Readonly<Record<string, string | undefined>>;

/** The active catalogue and a translate function. @internal */
export interface I18nValue {
  locale: MessengerFormsLocale;
  messages: Readonly<Record<string, string>>;
  t: Translate;
  /** Whether the catalogue (with overrides) has a message for `key`. */
  has: (key: string) => boolean;
}

interface I18nState extends I18nValue {
  overrides: MessageOverrideRecord | undefined;
  /** The catalogue with one descriptor's own texts, per descriptor. */
  scoped: WeakMap<object, I18nValue>;
}

function withMessages(
  locale: MessengerFormsLocale,
  messages: Readonly<Record<string, string>>,
): I18nValue {
  return {
    locale,
    messages,
    t: (key, params) => formatMessage(lookup(messages, key), params),
    has: (key) => lookup(messages, key) !== key,
  };
}

function applyOverrides(messages: Record<string, string>, overrides: MessageOverrideRecord) {
  // Only strings override: `{ key: undefined }` keeps the locale's message.
  for (const [key, value] of Object.entries(overrides))
    if (typeof value === 'string') messages[key] = value;
}

/**
 * The i18n value of a locale, message overrides and registry: the common
 * catalogue, the texts of every registered descriptor, then the overrides.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function createI18n(
  locale: MessengerFormsLocale,
  overrides: MessageOverrideRecord | undefined,
  registry: MessengerRegistry,
): I18nState {
  // An unknown locale (e.g. from untyped JavaScript) falls back to English.
  const safeLocale = resolveLocale(locale);
  const base = catalogues[safeLocale];
  let messages: Readonly<Record<string, string>> = base;
  const own = registry.types
    .map((type) => registry.get(type)?.messages)
    .filter((m): m is NonNullable<typeof m> => Boolean(m));
  if (overrides || own.length > 0) {
    const merged: Record<string, string> = { ...base };
    // A messenger's texts: English first, then the locale's own.
    for (const texts of own) Object.assign(merged, texts.en, texts[safeLocale]);
    if (overrides) applyOverrides(merged, overrides);
    messages = merged;
  }
  return { ...withMessages(safeLocale, messages), overrides, scoped: new WeakMap() };
}

const I18nContext = /* @__PURE__ */ createContext<I18nState>(
  /* @__PURE__ */ createI18n('en', undefined, emptyRegistry),
);
/** `null`: no provider, the entry point's built-in registry applies. */
const RegistryContext = /* @__PURE__ */ createContext<MessengerRegistry | null>(null);

/** Props of {@link MessengerFormsContext}. @internal */
export interface MessengerFormsContextProps {
  i18n: I18nValue;
  registry: MessengerRegistry;
  children?: ReactNode;
}

/**
 * Provides an i18n value (from {@link createI18n}) and a registry to the
 * components inside. The public `MessengerFormsProvider` binds the built-ins.
 * @internal
 */
export function MessengerFormsContext({ i18n, registry, children }: MessengerFormsContextProps) {
  return (
    <RegistryContext.Provider value={registry}>
      <I18nContext.Provider value={i18n as I18nState}>{children}</I18nContext.Provider>
    </RegistryContext.Provider>
  );
}

/**
 * The active catalogue and a translate function. With a descriptor, its own
 * texts (`messages`) are included, under the host's overrides: a form
 * carries its messenger's texts without a provider, and without the others'.
 * @internal
 */
export function useMessengerFormsI18n(
  descriptor?: Pick<AnyMessengerDescriptor, 'messages'>,
): I18nValue {
  const state = useContext(I18nContext);
  const own = descriptor?.messages;
  if (!descriptor || !own) return state;
  let scoped = state.scoped.get(descriptor);
  if (!scoped) {
    const merged: Record<string, string> = { ...state.messages, ...own.en, ...own[state.locale] };
    if (state.overrides) applyOverrides(merged, state.overrides);
    scoped = withMessages(state.locale, merged);
    state.scoped.set(descriptor, scoped);
  }
  return scoped;
}

/**
 * The registry of the nearest provider, or `null` outside any provider (the
 * entry point then uses its built-in registry).
 * @internal
 */
export function useMessengerRegistryContext(): MessengerRegistry | null {
  return useContext(RegistryContext);
}
