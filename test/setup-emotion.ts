// Emotion's style rules in jsdom: none, unless a test asks for them.
//
// jsdom has no layout and no rendering: what the styles look like is checked in
// real Chromium (`npm run test:browser`, light and dark, with axe's colour
// contrast). In jsdom every style rule only costs time: jsdom matches each rule
// against each element on every getComputedStyle, and Testing Library's role
// queries and axe call it for every element and its ancestors. Without the rules
// `npm test` needs about a quarter less CPU (244 → 188 CPU-seconds on the
// 2-core machine). Inline styles (transitions, `style=`) stay, so visibility
// driven by them still counts.
//
// A test that asserts a computed style calls `withStyles()` first (a story sets
// `parameters: { jsdomStyles: true }`; the stories runner calls it). Each test
// starts again without rules and with an empty sheet, as a freshly loaded page.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { __unsafe_useEmotionCache, type EmotionCache } from '@emotion/react';
import { afterEach } from 'vitest';

let cache: EmotionCache | null = null;
function Probe() {
  // The default cache MUI's styled components use when no CacheProvider is given.
  cache = __unsafe_useEmotionCache() as EmotionCache | null;
  return null;
}
renderToStaticMarkup(createElement(Probe));

// The switch lives on the sheet itself: with `isolate: false` this file runs once
// per test file while Emotion (a dependency, loaded once per worker) keeps its cache.
type Sheet = EmotionCache['sheet'] & { stylesOn?: boolean; realInsert?: (rule: string) => void };
const sheet = (cache as EmotionCache | null)?.sheet as Sheet | undefined;
if (sheet && !sheet.realInsert) {
  sheet.realInsert = sheet.insert.bind(sheet);
  sheet.insert = (rule) => {
    if (sheet.stylesOn) sheet.realInsert!(rule);
  };
}

/** Emotion inserts its style rules for the rest of the current test. */
export function withStyles(): void {
  if (!sheet || !cache) return;
  sheet.stylesOn = true;
  cache.inserted = {};
}

afterEach(() => {
  if (sheet) sheet.stylesOn = false;
  if (!cache) return;
  cache.sheet.flush();
  cache.inserted = {};
  cache.registered = {};
});
