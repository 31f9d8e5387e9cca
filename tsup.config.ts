import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

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
async function prependUseClient(): Promise<void> {
  for (const file of ['dist/index.js', 'dist/index.cjs']) {
    const code = await readFile(file, 'utf8');
    if (code.startsWith("'use client';")) continue;
    await writeFile(file, `'use client';\n${code}`);
    const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
    map.mappings = `;${map.mappings}`;
    await writeFile(`${file}.map`, JSON.stringify(map));
  }
}

export default defineConfig([
  {
    ...shared,
    clean: true,
    entry: { index: 'src/index.ts' },
    // ESM: the brand marks of the picker and the add menu, loaded with import(),
    // become their own chunk (dist/icons-<hash>.js), off the forms' initial
    // bundle; CJS (no splitting) keeps them inline behind the same promise.
    splitting: undefined,
    onSuccess: prependUseClient,
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
