/* global module */
// Bundle-size budgets (npm run size, after npm run build): each entry is what a
// consumer imports, bundled from dist/ with esbuild (minified, tree-shaken,
// production) and gzipped. Peers are never counted; "own" entries leave formik
// and yup out too, so they measure this package's code alone. Budgets are the
// measured size + about 5 %. scripts/size-contents.mjs checks what each typed
// form carries (only its own messenger's texts).
const PEERS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@mui/material',
  '@emotion/react',
  '@emotion/styled',
  'msw',
];
const DEPS = ['formik', 'yup'];
const FORMS = [
  'FacebookAccountForm',
  'LineAccountForm',
  'NexmoAccountForm',
  'TelegramAccountForm',
  'ViberAccountForm',
];

/** limits in kB (gzip): measured + about 3 % on the merged 0.2 tree. */
// OPEN ITEM, not a new goal: "forms + picker (own code)" is 18.11 kB against the 15 kB goal
// of issues #9/#15 (v0.1: 14.66). Measured growth: delivery checks in the alert, the input
// rules (#17), the headless hook split and hardening (#14, #17 items 8-11, ~0.45 kB), the
// read-only Type styling and screen-reader-only action name (#18), App Secret / Channel
// Secret texts (#16); 18.97 kB with the picker's one-line hints and its item (mark, name,
// hint; #18), the brand marks themselves being a lazy chunk (not counted here).
const LIMITS = {
  index: 47.0,
  'index (own code)': 21.2,
  'forms + picker (own code)': 19.5,
  'brand marks (lazy chunk)': 1.85,
  FacebookAccountForm: 42.7,
  LineAccountForm: 41.4,
  NexmoAccountForm: 41.2,
  TelegramAccountForm: 42.1,
  ViberAccountForm: 41.7,
  'FacebookAccountForm (own code)': 16.2,
  'LineAccountForm (own code)': 14.8,
  'NexmoAccountForm (own code)': 14.7,
  'TelegramAccountForm (own code)': 15.5,
  'ViberAccountForm (own code)': 15.1,
  validateMessengerConfig: 25.0,
  mocks: 42.8,
  connectors: 33.4,
  http: 20.7,
};

/**
 * esbuild would bundle the chunks that dist/ loads with `import()` (the
 * brand marks of the picker and the add menu, dist/icons-<hash>.js) into the
 * entry and count them. Left external they stay a separate request, as in an
 * application, so each entry counts what loads up front; the chunk has its own
 * entry.
 */
const LAZY_CHUNKS = './icons-*.js';

const entry = (name, path, imported, own = false) => ({
  name,
  path,
  ...(imported ? { import: imported } : {}),
  ignore: own ? [...PEERS, ...DEPS] : PEERS,
  modifyEsbuildConfig: (config) => ({
    ...config,
    external: [...(config.external ?? []), LAZY_CHUNKS],
  }),
  gzip: true,
  limit: `${LIMITS[name]} kB`,
});

module.exports = [
  entry('index', 'dist/index.js', '*'),
  entry('index (own code)', 'dist/index.js', '*', true),
  entry(
    'forms + picker (own code)',
    'dist/index.js',
    `{ ${[...FORMS, 'MessengerAccountForm', 'MessengerTypePicker'].join(', ')} }`,
    true,
  ),
  // The chunk the picker and the add menu load when they first mount.
  entry('brand marks (lazy chunk)', 'dist/icons-*.js'),
  ...FORMS.map((form) => entry(form, 'dist/index.js', `{ ${form} }`)),
  ...FORMS.map((form) => entry(`${form} (own code)`, 'dist/index.js', `{ ${form} }`, true)),
  entry('validateMessengerConfig', 'dist/index.js', '{ validateMessengerConfig }'),
  entry('mocks', 'dist/mocks/index.js', '*'),
  entry('connectors', 'dist/connectors/index.js', '*'),
  entry('http', 'dist/http/index.js', '*'),
];
