// The Japanese sweep's own checks: it finds what it must (#17 test gap 19).
import { describe, expect, it } from 'vitest';
import { en, ja } from '../../src';
import {
  englishLeftIn,
  englishWordsIn,
  englishWordsLeftIn,
} from '../../stories/support/englishSweep';

/** English catalogue text, and English words mixed into Japanese text, found in the page. */
const englishIn = (root: Element) => [...englishLeftIn(root), ...englishWordsLeftIn(root)];

describe('the sweep itself', () => {
  it('finds an English word planted in a Japanese sentence, and no allowed term', () => {
    document.body.innerHTML = `
      <p>Facebookページの数字のIDです。</p>
      <p>トークンを please コピーしてください。</p>
      <button aria-label="Webhookを設定 now">x</button>
      <p>@acme_support_bot、office.yourcompany.com:1234、123456789:AAH…、末尾を「bot」に</p>`;
    expect(englishIn(document.body)).toEqual([
      '"please" in "トークンを please コピーしてください。"',
      '"now" in "Webhookを設定 now"',
    ]);
    // The catalogue-fragment sweep alone misses them (#17 test gap 19).
    expect(englishLeftIn(document.body)).toEqual([]);
    document.body.innerHTML = '';
  });

  it('finds English words run on to Japanese, capitalized or in a sentence', () => {
    expect(englishWordsIn('保存Failed')).toEqual(['Failed']);
    expect(englishWordsIn('Token is invalid。')).toEqual(['is', 'invalid']);
    expect(englishWordsIn('Telegram の Bot Username')).toEqual(['Bot', 'Username']);
    expect(englishWordsIn('Webhook URL（ホストとポート）')).toEqual([]);
  });

  it('no Japanese catalogue message has English words in it (placeholders aside)', () => {
    const mixed = Object.entries(ja)
      .filter(([key, text]) => text !== en[key as keyof typeof en])
      .flatMap(([key, text]) =>
        englishWordsIn(text.replace(/\{\w+\}/g, ' ')).map((word) => `${key}: ${word}`),
      );
    expect(mixed).toEqual([]);
  });
});
