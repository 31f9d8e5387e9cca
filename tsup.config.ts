import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
  target: 'es2022',
  external: ['react', 'react-dom', /^@mui\//, /^@emotion\//, 'formik', 'yup', 'msw'],
};

/**
 * Puts `'use client';` first in the component bundles. The Rollup pass behind
 * `treeshake` drops a directive from esbuild's output, whether it comes from
 * the entry source or a `banner`, and warns that it did ("Module level
 * directives cause errors when bundled, "use client" in "dist/index.js" was
 * ignored"). So the sources carry none, and it is added here after the build
 * (the only place it is set); the source maps move down one line to match.
 * `test/consumers` checks that both bundles start with it. (`treeshake` stays:
 * without Rollup's interop the CJS build gets MUI's module objects instead of
 * its default exports.)
 */
async function prependUseClient(file: string): Promise<void> {
  const code = await readFile(file, 'utf8');
  if (code.startsWith("'use client';")) return;
  await writeFile(file, `'use client';\n${code}`);
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  await writeFile(`${file}.map`, JSON.stringify(map));
}

/**
 * The parts the forms load on demand (`import()` in MessengerFormEngine): each is
 * bundled on its own into `dist/parts/`, with its texts and rules, and the ESM
 * components bundle imports it from there. Not a chunk of the components build: an
 * app's bundler places whole files, and a chunk shared with the entry's public exports
 * (`parseWebhookUrl`, the `en` / `ja` catalogues) would be loaded up front. A part takes
 * the form's i18n as a prop and never imports the React context (a copy of it would be
 * a second context).
 */
const PARTS = {
  'parts/webhookUrlDialog': 'src/core/form/WebhookUrlDialog.tsx',
  'parts/discardDialog': 'src/core/form/DiscardDialog.tsx',
  'parts/actionResultAlert': 'src/core/form/ActionResultAlert.tsx',
  'parts/parseResult': 'src/core/parseResult.ts',
};

/** Points the components' `import('./<Part>')` at the part's own file in dist/parts/ (PARTS). */
const partsApart: Plugin = {
  name: 'parts-apart',
  setup(build) {
    build.onResolve(
      { filter: /^\.\.?\/(WebhookUrlDialog|DiscardDialog|ActionResultAlert|parseResult)$/ },
      (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const name = args.path.slice(args.path.lastIndexOf('/') + 1);
        return { path: `./parts/${name[0].toLowerCase()}${name.slice(1)}.js`, external: true };
      },
    );
  },
};

/** Fails the parts build if a part would carry a copy of the React context. */
const noContextInParts: Plugin = {
  name: 'no-context-in-parts',
  setup(build) {
    build.onResolve({ filter: /\/context$/ }, (args) => ({
      errors: [{ text: `${args.importer} imports the React context: pass the form's i18n` }],
    }));
  },
};

export default defineConfig([
  // The components: ESM importing the parts from dist/parts/ (see PARTS), which an app's
  // bundler keeps as chunks of their own; CJS in one file (the parts inlined).
  {
    ...shared,
    format: 'esm',
    // The brand marks (import() in the picker and the add menu) become a chunk of
    // their own (dist/icons-<hash>.js).
    splitting: true,
    clean: true,
    entry: { index: 'src/index.ts' },
    esbuildPlugins: [partsApart],
    onSuccess: () => prependUseClient('dist/index.js'),
  },
  {
    ...shared,
    format: 'esm',
    dts: false,
    entry: PARTS,
    esbuildPlugins: [noContextInParts],
  },
  {
    ...shared,
    format: 'cjs',
    entry: { index: 'src/index.ts' },
    onSuccess: () => prependUseClient('dist/index.cjs'),
  },
  {
    ...shared,
    entry: { 'mocks/index': 'src/mocks/index.ts' },
  },
  {
    ...shared,
    entry: { 'connectors/index': 'src/connectors/index.ts' },
  },
  {
    ...shared,
    entry: { 'http/index': 'src/http/index.ts' },
  },
]);
