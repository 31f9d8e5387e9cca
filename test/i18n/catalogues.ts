import { en, type MessageKey } from '../../src/messengers/catalogues';

/** Keys of `en`, typed. */
export const KEYS = Object.keys(en) as MessageKey[];

/**
 * Keys whose Japanese message may be the same as the English one (pure
 * product names or codes). Empty today: every message has a Japanese text.
 */
export const SAME_AS_ENGLISH: ReadonlyArray<MessageKey> = [];

/**
 * English words the Japanese catalogues quote on purpose: names of fields in
 * other products' English UIs, and product names LINE's Japanese docs keep in
 * Latin script (the connectors' `webhook_inactive`). Removed from the DOM text
 * before the sweep.
 */
export const QUOTED_ENGLISH: ReadonlyArray<string> = [
  'Verify Token',
  'LINE Official Account Manager',
];

/** Placeholder names of a message, sorted and deduplicated. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Shortest English fragment the DOM sweep looks for (shorter ones match by chance). */
const MIN_FRAGMENT = 4;

/**
 * English catalogue texts that must not appear in a Japanese UI: the static
 * parts of every message (split around placeholders), except allowlisted keys.
 */
export function englishFragments(): Array<{ key: MessageKey; text: string }> {
  const out: Array<{ key: MessageKey; text: string }> = [];
  for (const key of KEYS) {
    if (SAME_AS_ENGLISH.includes(key)) continue;
    for (const part of en[key].split(/\{\w+\}/)) {
      const text = part.trim();
      if (text.length >= MIN_FRAGMENT) out.push({ key, text });
    }
  }
  return out;
}

const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];

/** Every English fragment found in the text or the labelling attributes of `root`. */
export function englishLeftIn(root: HTMLElement = document.body): string[] {
  const raw = [root.textContent ?? ''];
  for (const element of root.querySelectorAll('*'))
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) raw.push(value);
    }
  const texts = raw.map((text) => QUOTED_ENGLISH.reduce((t, q) => t.split(q).join(' '), text));
  const found = new Set<string>();
  for (const { key, text } of englishFragments())
    if (texts.some((t) => t.includes(text))) found.add(`${key}: ${JSON.stringify(text)}`);
  return [...found];
}
