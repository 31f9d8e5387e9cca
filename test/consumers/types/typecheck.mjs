// Runs `tsc --noEmit -p tsconfig.<mode>.json` and checks which declaration files
// it used (--listFiles): ESM code must get the .d.ts files; under node16 the
// .cts file must get the .d.cts files too. The bundler run checks the package's
// declarations themselves (skipLibCheck off); node16 skips library checks (the
// .d.cts files are the same declarations, and msw's own CJS declarations do not
// pass node16 library checks).
// Usage: node typecheck.mjs bundler|node16
import { spawnSync } from 'node:child_process';

const mode = process.argv[2];
const expected = {
  bundler: ['index.d.ts', 'mocks/index.d.ts', 'http/index.d.ts'],
  node16: ['index.d.ts', 'mocks/index.d.ts', 'http/index.d.ts', 'index.d.cts', 'mocks/index.d.cts'],
}[mode];
if (!expected) throw new Error(`unknown mode ${mode}`);

const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '--noEmit', '-p', `tsconfig.${mode}.json`, '--listFiles'],
  { encoding: 'utf8' },
);
const lines = `${tsc.stdout}${tsc.stderr}`.split('\n').filter(Boolean);
const files = lines.filter((l) => l.startsWith('/'));
const errors = lines.filter((l) => !l.startsWith('/'));

if (tsc.status !== 0 || errors.length) {
  console.error(`${mode}: tsc exited ${tsc.status}:\n${errors.join('\n')}`);
  process.exit(1);
}
const pkg = '/node_modules/messenger-integration-forms/dist/';
const missing = expected.filter((f) => !files.some((l) => l.endsWith(`${pkg}${f}`)));
if (missing.length) {
  console.error(`${mode}: tsc did not load ${missing.join(', ')} from the package`);
  process.exit(1);
}
console.log(`${mode}: type tests passed with ${expected.join(', ')} (${files.length} files)`);
