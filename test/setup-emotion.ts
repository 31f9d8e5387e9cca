// Each test starts with an empty Emotion sheet, as a freshly loaded page does.
// Without this, every style rule of every earlier test of the file stays in the
// document, and jsdom matches each one against each element on every
// getComputedStyle (Testing Library's role queries and axe call it per
// element): the stories file got about 30 % slower towards its end.
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

afterEach(() => {
  if (!cache) return;
  cache.sheet.flush();
  cache.inserted = {};
  cache.registered = {};
});
