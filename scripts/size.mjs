// Bundle-size budgets of messenger-integration-forms.
//
// Usage: node scripts/size.mjs [--json] [--update]
//   (no flag)  prints each entry's minified + gzipped size against its budget in
//              scripts/size-budgets.json and exits 1 if any entry is over budget.
//   --json     prints the measurements as JSON instead of a table.
//   --update   rewrites the budgets as measured + 5 % (always within 10 % of the figure).
//
// Method: the library is bundled from src/ the way tsup builds dist/ (one ESM file per
// entry, dependencies and peers external), in memory, so the figures never depend on
// a stale dist/. Then each consumer entry below is bundled from that file as an app's
// bundler would (esbuild, minified, production, tree-shaken) and gzipped (level 9).
// "Peers external" means react, react-dom, @mui/*, @emotion/* and msw are not counted;
// formik and yup are dependencies, so they are counted unless an entry says "own".
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Hard goals (gzipped bytes) a budget never exceeds: issue #9, own code of the forms ≤ 15 kB. */
const GOALS = { 'forms + picker (own code)': 15000 };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS_FILE = path.join(ROOT, 'scripts/size-budgets.json');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const PKG = pkg.name;

const peers = Object.keys(pkg.peerDependencies ?? {});
const deps = Object.keys(pkg.dependencies ?? {});
/** Matches a package name or any of its subpaths. */
const matcher = (names) => (id) => names.some((n) => id === n || id.startsWith(`${n}/`));
const isPeer = matcher(peers);
const isDepOrPeer = matcher([...peers, ...deps]);

const TYPED_FORMS = [
  'FacebookAccountForm',
  'LineAccountForm',
  'NexmoAccountForm',
  'TelegramAccountForm',
  'ViberAccountForm',
];

/**
 * The measured entries. `code` is what a consumer writes; `own: true` also leaves
 * formik and yup out, so only this package's own code is counted.
 */
export const ENTRIES = [
  { name: 'index', code: `export * from '${PKG}';`, what: 'whole main entry, peers external' },
  {
    name: 'index (own code)',
    code: `export * from '${PKG}';`,
    own: true,
    what: 'whole main entry, formik + yup external too',
  },
  {
    name: 'forms + picker (own code)',
    code: `export { ${[...TYPED_FORMS, 'MessengerAccountForm', 'MessengerTypePicker'].join(', ')} } from '${PKG}';`,
    own: true,
    what: 'all typed forms, MessengerAccountForm and the picker; formik + yup external',
  },
  ...TYPED_FORMS.map((form) => ({
    name: form,
    code: `export { ${form} } from '${PKG}';`,
    what: `${form} imported alone, peers external`,
  })),
  {
    name: 'validateMessengerConfig',
    code: `export { validateMessengerConfig } from '${PKG}';`,
    what: 'server-side validation alone (yup included)',
  },
  { name: 'mocks', code: `export * from '${PKG}/mocks';`, what: './mocks, msw external' },
  {
    name: 'connectors',
    code: `export * from '${PKG}/connectors';`,
    what: './connectors (server side), yup included',
  },
];

/**
 * Bundles the library from src/ like tsup does for dist/: ESM, es2022, not minified,
 * dependencies and peers external. Returns `{ index, mocks, connectors }` as source text.
 * `root` is the folder holding src/ (another checkout, for before/after comparisons).
 */
export async function buildLibrary(root = ROOT) {
  const out = {};
  for (const [name, entry] of [
    ['index', 'src/index.ts'],
    ['mocks', 'src/mocks/index.ts'],
    ['connectors', 'src/connectors/index.ts'],
  ]) {
    // An older checkout (before/after comparisons) may not have every entry.
    if (!fs.existsSync(path.join(root, entry))) continue;
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      jsx: 'automatic',
      write: false,
      logLevel: 'silent',
      plugins: [externalPlugin(isDepOrPeer)],
    });
    out[name] = result.outputFiles[0].text;
  }
  return out;
}

function externalPlugin(isExternal) {
  return {
    name: 'external',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) =>
        isExternal(args.path) ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/** Resolves `messenger-integration-forms[/mocks|/connectors]` to the in-memory library build. */
export function libraryPlugin(lib) {
  return {
    name: 'library',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${PKG}(/mocks|/connectors)?$`) }, (args) => ({
        path: args.path.slice(PKG.length + 1) || 'index',
        namespace: 'library',
      }));
      b.onLoad({ filter: /.*/, namespace: 'library' }, (args) => ({
        contents: lib[args.path],
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** esbuild options of an application's production bundle (minified, tree-shaken, in memory). */
export const CONSUMER_BUILD = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  charset: 'utf8',
  treeShaking: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'silent',
};

/** Minified, production bundle of one consumer entry; returns raw and gzipped bytes. */
export async function measureEntry(lib, entry) {
  const result = await build({
    ...CONSUMER_BUILD,
    stdin: { contents: entry.code, resolveDir: ROOT, loader: 'js', sourcefile: 'entry.js' },
    target: 'es2022',
    plugins: [libraryPlugin(lib), externalPlugin(entry.own ? isDepOrPeer : isPeer)],
  });
  const text = result.outputFiles[0].text;
  return { bytes: Buffer.byteLength(text), gz: gzipSize(text) };
}

/** Measures every entry; `{ [name]: { bytes, gz, what } }`. */
export async function measureAll() {
  const lib = await buildLibrary();
  const sizes = {};
  for (const entry of ENTRIES)
    sizes[entry.name] = { ...(await measureEntry(lib, entry)), what: entry.what };
  return sizes;
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

async function main() {
  const args = new Set(process.argv.slice(2));
  const sizes = await measureAll();
  const whole = sizes.index.gz;
  const largestForm = Math.max(...TYPED_FORMS.map((f) => sizes[f].gz));
  const summary = {
    ownGz: sizes['index (own code)'].gz,
    formsAndPickerOwnGz: sizes['forms + picker (own code)'].gz,
    singleFormShare: Number((largestForm / whole).toFixed(3)),
  };

  if (args.has('--update')) {
    const budgets = {};
    for (const [name, s] of Object.entries(sizes))
      budgets[name] = Math.min(Math.ceil((s.gz * 1.05) / 10) * 10, GOALS[name] ?? Infinity);
    const $comment = 'Gzipped bytes; see scripts/size.mjs. Measured + 5 %, never above a goal.';
    fs.writeFileSync(BUDGETS_FILE, `${JSON.stringify({ $comment, ...budgets }, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, BUDGETS_FILE)}`);
  }

  const budgets = JSON.parse(fs.readFileSync(BUDGETS_FILE, 'utf8'));
  if (args.has('--json')) {
    console.log(JSON.stringify({ sizes, budgets, summary }, null, 2));
  }

  let failed = 0;
  const rows = [];
  for (const [name, s] of Object.entries(sizes)) {
    const budget = budgets[name];
    const over = typeof budget === 'number' && s.gz > budget;
    if (over) failed++;
    rows.push([
      name,
      `${s.bytes}`,
      `${s.gz}`,
      typeof budget === 'number' ? `${budget}` : '-',
      typeof budget === 'number' ? `${((s.gz / budget) * 100).toFixed(1)} %` : '-',
      typeof budget !== 'number' ? 'no budget' : over ? 'OVER BUDGET' : 'ok',
    ]);
  }
  for (const name of Object.keys(budgets)) {
    if (name.startsWith('$') || sizes[name]) continue;
    failed++;
    rows.push([name, '-', '-', `${budgets[name]}`, '-', 'entry no longer measured']);
  }
  if (!args.has('--json')) {
    const head = ['entry', 'min bytes', 'gz bytes', 'budget gz', 'of budget', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(head));
    for (const r of rows) console.log(line(r));
    console.log(
      `\nown code, whole entry: ${kB(summary.ownGz)} gz; all forms + picker: ${kB(summary.formsAndPickerOwnGz)} gz` +
        `\nlargest typed form alone / whole entry: ${(summary.singleFormShare * 100).toFixed(1)} %` +
        ` (${kB(largestForm)} of ${kB(whole)}, formik + yup included in both)`,
    );
  }
  if (failed) {
    console.error(`\n${failed} size budget(s) exceeded (scripts/size-budgets.json).`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
