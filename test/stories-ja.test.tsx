/// <reference types="vite/client" />
import { composeStories } from '@storybook/react-vite';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en, ja } from '../src';
import { englishLeftIn, englishWordsIn, englishWordsLeftIn } from '../stories/support/englishSweep';

type StoriesModule = Parameters<typeof composeStories>[0];
interface ComposedStory {
  (): React.JSX.Element;
  load: () => Promise<void>;
  run: () => Promise<void>;
  parameters: {
    /** The play function reads its texts from the active locale's catalogue (messenger stories). */
    localeAware?: boolean;
    /** The play function makes the host show its own English text (see stories/support/i18n.ts). */
    hostEnglish?: { reason: string };
  };
}

// Every story in Japanese (the toolbar's 日本語): no English catalogue text may remain in the page.
// Stories whose play functions are locale-aware run whole (loaders, render, play, axe) and are
// swept at the end; the others, and those that make the host show English on purpose, are swept
// as rendered (after their loaders, so MSW answers), before any interaction.
const modules = import.meta.glob<StoriesModule>('../stories/**/*.stories.tsx', { eager: true });

afterEach(cleanup);

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

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('../stories/', ''), () => {
    const composed = composeStories(module, {
      initialGlobals: { locale: 'ja' },
    }) as unknown as Record<string, ComposedStory>;
    for (const [name, Story] of Object.entries(composed)) {
      const { localeAware, hostEnglish } = Story.parameters;
      if (localeAware && !hostEnglish) {
        it(`${name} (with its play function)`, async () => {
          await Story.run();
          expect(englishIn(document.body)).toEqual([]);
        });
      } else {
        const why = hostEnglish ? `host text: ${hostEnglish.reason}` : 'play asserts English';
        it(`${name} (as rendered; ${why})`, async () => {
          await Story.load();
          render(<Story />);
          // Let effects, portals and opening transitions settle.
          await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
          expect(englishIn(document.body)).toEqual([]);
        });
      }
    }
  });
}
