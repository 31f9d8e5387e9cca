import { formatMessage } from '../../i18n/format';
import type { I18nValue } from '../context';

/** The active locale and catalogue a part loaded on demand gets from its form. @internal */
export type PartI18n = Pick<I18nValue, 't' | 'has' | 'locale'>;

/** Texts of a part loaded on demand, by locale. @internal */
export type PartTexts = Readonly<Record<PartI18n['locale'], Readonly<Record<string, string>>>>;

/**
 * The translate function of a part that brings its own texts (a dialog loaded on
 * demand): the host's `messages` and the active catalogue first, then the part's
 * texts in the active locale, else in English. The part takes the form's i18n as a
 * prop rather than from the React context: it is bundled on its own (see
 * tsup.config.ts), without a copy of the context module.
 * @internal
 */
export function partTexts(i18n: PartI18n, texts: PartTexts): I18nValue['t'] {
  const { t, has, locale } = i18n;
  return (key, params) =>
    has(key) ? t(key, params) : formatMessage(texts[locale][key] ?? texts.en[key] ?? key, params);
}
