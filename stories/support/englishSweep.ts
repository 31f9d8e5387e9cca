// Finds English catalogue text left in a Japanese UI. The fragments and the quoted words come
// from the i18n tests (test/i18n/catalogues.ts), so stories and tests sweep alike.
import { en, ja, type MessageKey } from '../../src';
import { QUOTED_ENGLISH, englishFragments } from '../../test/i18n/catalogues';

/**
 * Product and brand names, and terms the Japanese UI writes in Latin script
 * on purpose: they are not English left over.
 */
export const BRAND_TERMS: ReadonlyArray<string> = [
  'Facebook Messenger',
  'Facebook',
  'LINE',
  'Nexmo',
  'Telegram',
  'Viber',
  'Webhook',
  'Page ID',
  '@BotFather',
];

const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];

/** Catalogue keys whose Japanese text is the English one (names kept in Latin script). */
function sameInJapanese(key: MessageKey): boolean {
  return ja[key] === en[key];
}

/**
 * Every English catalogue fragment found in the text or labelling attributes
 * of `root`, as `key: "fragment"`. Brand terms, quoted English and messages
 * that Japanese writes the same way are not reported.
 */
export function englishLeftIn(root: Element): string[] {
  const raw = [root.textContent ?? ''];
  for (const element of root.querySelectorAll('*'))
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) raw.push(value);
    }
  // Brand terms are skipped as fragments, not cut from the text: "Set Webhook" must still be found.
  const texts = raw.map((text) => QUOTED_ENGLISH.reduce((t, q) => t.split(q).join(' '), text));
  const found = new Set<string>();
  for (const { key, text } of englishFragments()) {
    if (sameInJapanese(key) || BRAND_TERMS.includes(text)) continue;
    if (texts.some((t) => t.includes(text))) found.add(`${key}: ${JSON.stringify(text)}`);
  }
  return [...found];
}
