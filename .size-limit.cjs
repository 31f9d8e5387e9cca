/* global module */
// Bundle-size budgets (npm run size, after npm run build): each entry is what a
// consumer imports, bundled from dist/ with esbuild (minified, tree-shaken,
// production) and gzipped. Peers are never counted; "own" entries leave formik
// and yup out too, so they measure this package's code alone. Budgets are the
// measured size + at most 3 %. scripts/size-contents.mjs checks what each typed
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

/**
 * limits in kB (gzip): measured + at most 3 %. Entries on the main entry count what loads
 * up front (see `split`); the parts the forms load on demand are counted apart. Goal of
 * issues #9 / #15: forms + picker own code <= 15 kB (v0.1: 14.66; 18.11 before the parts
 * moved out).
 */
const LIMITS = {
  index: 47.1,
  'index (own code)': 20.2,
  'forms + picker (own code)': 15.0,
  'forms + picker, on demand (own code)': 9.2,
  'brand marks (lazy chunk)': 1.8,
  FacebookAccountForm: 38.8,
  LineAccountForm: 37.5,
  NexmoAccountForm: 37.3,
  TelegramAccountForm: 38.2,
  ViberAccountForm: 37.8,
  'FacebookAccountForm (own code)': 11.8,
  'LineAccountForm (own code)': 10.5,
  'NexmoAccountForm (own code)': 10.3,
  'TelegramAccountForm (own code)': 11.2,
  'ViberAccountForm (own code)': 10.8,
  validateMessengerConfig: 23.8,
  mocks: 43.4,
  connectors: 32.2,
  http: 20.9,
};

/**
 * Bundles with code splitting, as an app's bundler does with the components' `import()`s,
 * then counts only the `upfront` outputs (the entry and the chunks it imports statically:
 * what loads with the page) or only the `onDemand` ones (the chunks behind a dynamic
 * import: the dialogs and other parts the forms load when they are about to be needed).
 * Each output is gzipped on its own, as it is fetched.
 */
const split = (part) => (config) => ({
  ...config,
  format: 'esm',
  splitting: true,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: `count-${part}`,
      setup(build) {
        build.onEnd(({ metafile }) => {
          if (!metafile) return;
          const { outputs } = metafile;
          // The bundle's own entry (a dynamic import's target is an entry point too);
          // the metafile names it relative to the working directory.
          const isEntry = (input) =>
            Boolean(input) &&
            build.initialOptions.entryPoints.some((file) =>
              file.endsWith(input.replace(/^(\.\.\/)+/, '/')),
            );
          const upfront = new Set(
            Object.keys(outputs).filter((file) => isEntry(outputs[file].entryPoint)),
          );
          for (const file of upfront)
            for (const { path, kind, external } of outputs[file].imports)
              if (kind === 'import-statement' && !external) upfront.add(path);
          for (const file of Object.keys(outputs))
            if (upfront.has(file) !== (part === 'upfront')) delete outputs[file];
        });
      },
    },
  ],
});

const entry = (name, path, imported, own = false, part = 'upfront') => ({
  name,
  path,
  ...(imported ? { import: imported } : {}),
  ignore: own ? [...PEERS, ...DEPS] : PEERS,
  gzip: true,
  limit: `${LIMITS[name]} kB`,
  ...(path === 'dist/index.js' ? { modifyEsbuildConfig: split(part) } : {}),
});
const FORMS_AND_PICKER = `{ ${[...FORMS, 'MessengerAccountForm', 'MessengerTypePicker'].join(', ')} }`;

module.exports = [
  entry('index', 'dist/index.js', '*'),
  entry('index (own code)', 'dist/index.js', '*', true),
  entry('forms + picker (own code)', 'dist/index.js', FORMS_AND_PICKER, true),
  // The chunk the picker and the add menu load when they first mount.
  entry('brand marks (lazy chunk)', 'dist/icons-*.js'),
  entry(
    'forms + picker, on demand (own code)',
    'dist/index.js',
    FORMS_AND_PICKER,
    true,
    'onDemand',
  ),
  ...FORMS.map((form) => entry(form, 'dist/index.js', `{ ${form} }`)),
  ...FORMS.map((form) => entry(`${form} (own code)`, 'dist/index.js', `{ ${form} }`, true)),
  entry('validateMessengerConfig', 'dist/index.js', '{ validateMessengerConfig }'),
  entry('mocks', 'dist/mocks/index.js', '*'),
  entry('connectors', 'dist/connectors/index.js', '*'),
  entry('http', 'dist/http/index.js', '*'),
];
