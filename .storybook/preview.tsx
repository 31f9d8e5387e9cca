import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { MessengerFormsProvider, type MessengerFormsLocale } from '../src';
import { setupMsw } from './msw-setup';
// The catalogue's Japanese font, so 日本語 renders on machines without a CJK
// system font (most Linux CI and containers). Preview only: the library ships
// no fonts. Regular and medium (buttons, titles), the Japanese subset: one file
// per weight (~1 MB woff2 each), loaded by the Japanese stories only (below).
import '@fontsource/noto-sans-jp/japanese-400.css';
import '@fontsource/noto-sans-jp/japanese-500.css';

/**
 * Japanese stories wait for Noto Sans JP (regular and medium) before they render.
 * Without it, Chromium laid out the first texts while the font was still loading
 * and kept the fallback's empty boxes for them.
 */
let japaneseFonts: Promise<unknown> | undefined;
const loadJapaneseFonts = () =>
  (japaneseFonts ??= Promise.all(
    ['400', '500'].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans JP"`, '日本語')),
  ).catch(() => undefined));

// MUI's default stack, then Noto Sans JP for the characters the others lack.
const fontFamily = '"Roboto", "Helvetica", "Arial", "Noto Sans JP", sans-serif';

const themes = {
  light: createTheme({ palette: { mode: 'light' }, typography: { fontFamily } }),
  dark: createTheme({ palette: { mode: 'dark' }, typography: { fontFamily } }),
};

const withProviders: Decorator = (Story, context) => {
  const mode = (context.globals.theme as 'light' | 'dark' | undefined) ?? 'light';
  const locale = (context.globals.locale as MessengerFormsLocale | undefined) ?? 'en';
  return (
    <ThemeProvider theme={themes[mode] ?? themes.light}>
      <CssBaseline />
      <MessengerFormsProvider locale={locale}>
        {/* A padded frame in the theme's background, filling the canvas of a story
            (layout "fullscreen"), so dark stories are dark to the edge. */}
        <div
          style={{
            padding: 24,
            minHeight: context.viewMode === 'story' ? '100vh' : undefined,
            boxSizing: 'border-box',
            background: themes[mode]?.palette.background.default,
          }}
        >
          <div style={{ maxWidth: 560 }}>
            <Story />
          </div>
        </div>
      </MessengerFormsProvider>
    </ThemeProvider>
  );
};

const preview: Preview = {
  loaders: [
    mswLoader(setupMsw),
    async ({ globals }) => {
      if (globals.locale === 'ja' && typeof document !== 'undefined' && document.fonts)
        await loadJapaneseFonts();
    },
  ],
  decorators: [withProviders],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'MUI colour mode',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the forms',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // VITE_STORY_THEME=dark runs every story (and its axe checks) in the dark theme:
  // `npm run test:browser:dark`. Stories that set their own theme keep it.
  initialGlobals: {
    theme: import.meta.env.VITE_STORY_THEME === 'dark' ? 'dark' : 'light',
    locale: 'en',
  },
  parameters: {
    layout: 'fullscreen',
    // Violations fail the story tests (jsdom and Chromium).
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Introduction',
            'Getting started',
            'Callback contract',
            'Mocks',
            'Connecting to providers',
            'Securing webhooks',
            'Custom messengers',
            'Theming',
          ],
          'Messengers',
          'Components',
          'Examples',
        ],
      },
    },
  },
};
export default preview;
