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

export default defineConfig([
  {
    ...shared,
    clean: true,
    entry: { index: 'src/index.ts' },
    // esbuild drops directives from sources; the component bundle must start with it.
    banner: { js: "'use client';" },
  },
  {
    ...shared,
    entry: { 'mocks/index': 'src/mocks/index.ts' },
  },
]);
