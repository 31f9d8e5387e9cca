/* global module */
// Import boundaries of the library (checked by `npm run lint`).
// Layers, each importing only those after it:
//   entry (src/index.ts) → components → messengers → core → i18n
// Beside them: connectors (server side), http (the HTTP adapter) and mocks
// (MSW), which may use messengers/core/i18n but are never imported by the
// layers. Type-only imports count (`tsPreCompilationDeps`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules of the library form no import cycle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'i18n-is-a-leaf',
      severity: 'error',
      comment: 'i18n holds catalogues and formatting only: it imports no other layer.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(?!i18n/)' },
    },
    {
      name: 'core-knows-no-messenger',
      severity: 'error',
      comment:
        'core (engine, validation, registry) takes the descriptors it works on: it imports only core and i18n.',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/|i18n/)' },
    },
    {
      name: 'messengers-below-components',
      severity: 'error',
      comment:
        'A messenger folder uses core and i18n, never components, the entry or the side entries.',
      from: { path: '^src/messengers/' },
      to: { path: '^src/(components|mocks|connectors|http)/|^src/index\\.ts$' },
    },
    {
      name: 'components-below-entry',
      severity: 'error',
      comment: 'Components use messengers, core and i18n, never the side entries or the entry.',
      from: { path: '^src/components/' },
      to: { path: '^src/(mocks|connectors|http)/|^src/index\\.ts$' },
    },
    {
      name: 'side-entries-beside',
      severity: 'error',
      comment:
        'connectors, http and mocks sit beside the layers: they use messengers, core and i18n but no components; connectors and http need no mocks.',
      from: { path: '^src/(connectors|http|mocks)/' },
      to: { path: '^src/components/|^src/index\\.ts$' },
    },
    {
      name: 'server-side-without-mocks',
      severity: 'error',
      from: { path: '^src/(connectors|http)/' },
      to: { path: '^src/mocks/' },
    },
    {
      name: 'layers-never-import-side-entries',
      severity: 'error',
      comment: 'Only the side entries themselves import connectors, http and mocks.',
      from: { path: '^src/(core|i18n|messengers|components)/|^src/index\\.ts$' },
      to: { path: '^src/(mocks|connectors|http)/' },
    },
    {
      name: 'main-entry-never-reaches-msw',
      severity: 'error',
      comment: 'msw is an optional peer dependency of ./mocks only.',
      from: { path: '^src/index\\.ts$' },
      to: { path: 'node_modules/msw/', reachable: true },
    },
    {
      name: 'server-side-needs-no-react',
      severity: 'error',
      comment:
        './connectors and ./http run in Node and in any front end: no React, no MUI, no msw.',
      from: { path: '^src/(connectors|http)/index\\.ts$' },
      to: { path: 'node_modules/(react|react-dom|@mui|@emotion|msw|formik)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
