// Finds English catalogue text left in a Japanese UI. The fragments and the quoted words come
// from the i18n tests (test/i18n/catalogues.ts), so stories and tests sweep alike.
import { MESSENGER_TYPES, en, ja, type MessageKey } from '../../src';
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

/**
 * Words the Japanese UI writes in Latin script on purpose: product and brand
 * names, technical terms, and the English labels of the providers' own
 * screens it points to (Facebook's "About" tab). Anything else in Latin
 * letters inside Japanese text is English left over. Keep this list short.
 */
export const LATIN_TERMS: ReadonlySet<string> = new Set([
  // Products and brands
  'Facebook',
  'Messenger',
  'LINE',
  'Nexmo',
  'Vonage',
  'Telegram',
  'Viber',
  'WhatsApp',
  'Twilio',
  'BotFather',
  // Technical terms
  'Webhook',
  'Webhooks',
  'Token',
  'URL',
  'API',
  'ID',
  'SID',
  'HTTPS',
  // Labels of the providers' screens, as they show them
  'About',
  'Verify',
  // The type ids, as code values ("facebook, line, …")
  ...MESSENGER_TYPES,
]);

/**
 * Names of the accounts the mocks answer with (src/mocks/providers/state.ts):
 * data the library puts into its Japanese sentences ("ACME Support に接続しました。";
 * ACME Admin is the Graph mock's user behind a user access token).
 */
export const SAMPLE_DATA: ReadonlyArray<string> = ['ACME Support', 'ACME Admin'];

/** Minimum length of a Latin-letter run to report (single letters are list markers, units…). */
const MIN_WORD = 2;

/**
 * English words mixed into Japanese `text`: runs of ASCII letters that are
 * not in {@link LATIN_TERMS}. Identifiers, addresses and sample values are not
 * words: a run joined to a digit, `_`, `@`, `/`, `:` or an inner dot
 * (`acme_support_bot`, `office.yourcompany.com:1234`, `123456789:AAH…`) is
 * skipped, and so is a literal quoted in 「」 (`末尾を「bot」に`).
 */
export function englishWordsIn(text: string): string[] {
  const found: string[] = [];
  const unquoted = SAMPLE_DATA.reduce(
    (t, data) => t.split(data).join(' '),
    text.replace(/「[\x20-\x7E]*」/g, ' '),
  );
  for (const [chunk] of unquoted.matchAll(/[A-Za-z0-9_@:/.+=%?&#~'’()-]+/g)) {
    const core = chunk.replace(/^[^A-Za-z0-9_@/]+|[^A-Za-z0-9_/]+$/g, '');
    // Identifiers: digits, `_`, `@`, `/`, `:`, an inner dot, or kebab-case (`whatsapp-twilio`).
    if (
      /[0-9_@/:]/.test(core) ||
      /[A-Za-z]\.[A-Za-z]/.test(core) ||
      /^[a-z]+(?:-[a-z]+)+$/.test(core)
    )
      continue;
    for (const [word] of core.matchAll(/[A-Za-z]+/g))
      if (word.length >= MIN_WORD && !LATIN_TERMS.has(word)) found.push(word);
  }
  return found;
}

// Not UI text: scripts and styles, code samples, and the values of a result's
// details (`<dd>`: what the provider or the host answered; their `<dt>` labels are swept).
const SKIPPED = 'script, style, noscript, template, code, pre, dd';

/**
 * English words mixed into the Japanese text of `root` (each text node and
 * labelling attribute on its own, so words of neighbouring elements never
 * run together), as `"word" in "text"`.
 */
export function englishWordsLeftIn(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    if (node.textContent?.trim()) texts.push(node.textContent);
  }
  for (const element of [root, ...root.querySelectorAll('*')])
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  const found = new Set<string>();
  for (const text of texts)
    for (const word of englishWordsIn(text))
      found.add(`${JSON.stringify(word)} in ${JSON.stringify(text.trim().slice(0, 80))}`);
  return [...found];
}
