import { composeStories } from '@storybook/react-vite';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { englishLeftIn, englishWordsLeftIn } from '../../stories/support/englishSweep';
import { withStyles } from '../setup-emotion';
import { storiesOfShard } from './shards';

interface ComposedStory {
  (): React.JSX.Element;
  load: () => Promise<void>;
  run: () => Promise<void>;
  parameters: {
    /** The play function reads its texts from the active locale's catalogue (messenger stories). */
    localeAware?: boolean;
    /** The play function makes the host show its own English text (see stories/support/i18n.ts). */
    hostEnglish?: { reason: string };
    /** The play function asserts computed styles: Emotion's rules are inserted (see setup-emotion.ts). */
    jsdomStyles?: boolean;
  };
}

/**
 * Every story in Japanese (the toolbar's 日本語): no English catalogue text may
 * remain in the page, nor English words mixed into Japanese text — here the stories of shard `shard` of `of` (see
 * `ja.*.test.tsx`). Stories whose play functions are locale-aware run whole
 * (loaders, render, play; axe ran on their English run) and are swept at the end; the others, and those
 * that make the host show English on purpose, are swept as rendered (after
 * their loaders, so MSW answers), before any interaction.
 */
/** English catalogue text, and English words mixed into Japanese text, found in the page. */
const englishIn = (root: Element) => [...englishLeftIn(root), ...englishWordsLeftIn(root)];

export function sweepJapanese(shard: number, of: number): void {
  afterEach(cleanup);

  for (const { file, module, names } of storiesOfShard(shard, of)) {
    if (names.length === 0) continue;
    describe(file, () => {
      // axe runs on the English run of every story (and on the stories that set
      // 日本語 themselves), not again here: same elements, other texts (see README).
      const composed = composeStories(module, {
        initialGlobals: { locale: 'ja' },
        parameters: { a11y: { test: 'off' } },
      }) as unknown as Record<string, ComposedStory>;
      for (const name of names) {
        const Story = composed[name]!;
        const { localeAware, hostEnglish, jsdomStyles } = Story.parameters;
        if (localeAware && !hostEnglish) {
          it(`${name} (with its play function)`, async () => {
            if (jsdomStyles) withStyles();
            await Story.run();
            // The page once settled: a dialog the play closed last may still be in its
            // exit transition (axe, when it ran here, used to give it that time).
            await waitFor(() => expect(englishIn(document.body)).toEqual([]));
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
}
