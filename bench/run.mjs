// Size report and render benchmarks: FacebookAccountForm against a hand-written MUI
// form ("plain") and the same form in RJSF (@rjsf/mui + @rjsf/validator-ajv8).
// Not part of `npm test` or CI. Method and figures: bench/RESULTS.md.
//
// Usage: npm run bench [-- --json] [--rounds=40] [--warmup=5] [--only=bundle,render,validate]
//                       [--priority=-10]
//   --json      also writes bench/results.json
//   --only      runs some parts only (results.json then holds only those keys)
//   --lib-src   folder with another src/ to measure as "ours" (e.g. a `git worktree` of
//               an older commit), for before/after comparisons
//   --priority  nice value for this process and the Chromium it starts (negative needs
//               root): on a shared, busy machine it keeps other work from skewing timings
//
// Bench-only dependencies live in bench/package.json and are installed into
// bench/node_modules on first run. react, react-dom, @mui/* and @emotion/* always
// resolve to the root copies, so the three apps share one copy of each.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ENTRIES,
  ROOT,
  buildLibrary,
  gzipSize,
  libraryPlugin,
  measureEntry,
} from '../scripts/size.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const ROUNDS = Number(args.rounds ?? 40);
const WARMUP = Number(args.warmup ?? 5);
const ONLY = new Set(String(args.only ?? 'bundle,render,validate').split(','));
const KEYS = '1234567890';
const REMOUNTS = 3;

/** The compared apps; `entry` default-exports the component, `pageId` finds its Page ID input. */
export const APPS = {
  plain: { entry: './apps/plain.tsx', pageId: '#pageId' },
  rjsf: { entry: './apps/rjsf.jsx', pageId: '#root_pageId' },
  ours: { entry: './apps/ours.tsx', pageId: 'input[name="pageId"]' },
};

// ---------------------------------------------------------------- dependencies

function ensureBenchDeps() {
  if (fs.existsSync(path.join(BENCH, 'node_modules/@rjsf/mui/package.json'))) return;
  console.log('Installing bench-only dependencies into bench/node_modules …');
  const result = spawnSync(
    'npm',
    ['install', '--prefix', BENCH, '--no-audit', '--no-fund', '--legacy-peer-deps'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('npm install --prefix bench failed');
}

// ---------------------------------------------------------------- builds

/** Packages every app must share with the root (one React, one MUI, one Emotion). */
const SHARED =
  /^(react|react-dom|scheduler|@mui\/material|@mui\/system|@mui\/utils|@mui\/styled-engine|@mui\/private-theming|@emotion\/[^/]+)(\/.*)?$/;

const sharedCopiesPlugin = {
  name: 'shared-copies',
  setup(b) {
    b.onResolve({ filter: SHARED }, (a) =>
      a.pluginData?.shared
        ? undefined
        : b.resolve(a.path, { kind: a.kind, resolveDir: ROOT, pluginData: { shared: true } }),
    );
  },
};

/** `../../src/index` in bench/apps/ours.tsx → the library bundled like dist/. */
const oursPlugin = {
  name: 'ours',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/src\/index$/ }, () =>
      b.resolve('messenger-integration-forms', { kind: 'import-statement', resolveDir: ROOT }),
    );
  },
};

/** React's profiling build, so <Profiler> timings exist in a production bundle. */
const profilingPlugin = {
  name: 'react-profiling',
  setup(b) {
    b.onResolve({ filter: /^react-dom\/client$/ }, (a) =>
      b.resolve('react-dom/profiling', { kind: a.kind, resolveDir: ROOT }),
    );
  },
};

/**
 * Counts renders of MUI's TextField (each app renders each field as one TextField):
 * wraps the forwardRef render function. Bench build only; the same in every app.
 */
const fieldCounterPlugin = {
  name: 'field-counter',
  setup(b) {
    b.onLoad({ filter: /[\\/]@mui[\\/]material[\\/]TextField[\\/]TextField\.mjs$/ }, (a) => {
      const source = fs.readFileSync(a.path, 'utf8');
      const marker = 'export default TextField;';
      if (!source.includes(marker)) throw new Error(`unexpected ${a.path}`);
      const patch = `const __benchRender = TextField.render;
TextField.render = function (props, ref) {
  globalThis.__benchFieldRender?.(props);
  return __benchRender(props, ref);
};
${marker}`;
      return { contents: source.replace(marker, patch), loader: 'js' };
    });
  },
};

export async function bundle(code, { lib, bench, minify = true }) {
  const result = await build({
    absWorkingDir: BENCH,
    stdin: { contents: code, resolveDir: BENCH, loader: 'tsx', sourcefile: 'main.tsx' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    charset: 'utf8',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
    plugins: [
      ...(bench ? [profilingPlugin, fieldCounterPlugin] : []),
      sharedCopiesPlugin,
      oursPlugin,
      libraryPlugin(lib),
    ],
  });
  return result.outputFiles[0].text;
}

const plainEntry = (app) => `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import App from '${app.entry}';
createRoot(document.getElementById('root')).render(createElement(App));`;
const REACT_ONLY = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('div', null, 'React only'));`;
export const benchEntry = (app) => `import App from '${app.entry}';
import { startHarness } from './apps/harness.tsx';
startHarness(App, ${JSON.stringify(app.pageId)});`;

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Quantile with linear interpolation between closest ranks. */
function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs) => quantile(xs, 0.5);
const p90 = (xs) => quantile(xs, 0.9);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x, digits = 3) => Number(x.toFixed(digits));
const summary = (xs) => ({ median: round(median(xs)), p90: round(p90(xs)), n: xs.length });

// ---------------------------------------------------------------- bundle report

async function bundleReport(lib) {
  const out = {};
  out.reactOnly = gzipSize(await bundle(REACT_ONLY, { lib }));
  for (const [name, app] of Object.entries(APPS)) {
    const text = await bundle(plainEntry(app), { lib });
    out[name] = { bytes: Buffer.byteLength(text), gz: gzipSize(text) };
  }
  const over = (name) => out[name].gz - out.reactOnly;
  const sizes = {};
  for (const entry of ENTRIES) sizes[entry.name] = await measureEntry(lib, entry);
  const forms = ENTRIES.filter(
    (e) => /AccountForm$/.test(e.name) && e.name !== 'MessengerAccountForm',
  );
  const largestForm = Math.max(...forms.map((e) => sizes[e.name].gz));
  return {
    apps: out,
    overReactOnly: { plain: over('plain'), rjsf: over('rjsf'), ours: over('ours') },
    sizes,
    ownGz: sizes['forms + picker (own code)'].gz,
    ownWholeEntryGz: sizes['index (own code)'].gz,
    vsRjsf: round(over('ours') / over('rjsf')),
    vsPlain: round(over('ours') / over('plain')),
    rjsfVsPlain: round(over('rjsf') / over('plain')),
    singleFormShare: round(largestForm / sizes.index.gz),
  };
}

// ---------------------------------------------------------------- render benchmarks

export async function serve(pages) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<meta name="viewport" content="width=device-width"></head>
<body><div id="root"></div><script type="module" src="app.js"></script></body></html>`;
  const server = http.createServer((req, res) => {
    const [, name, file] = (req.url ?? '/').split('/');
    const headers = { 'cache-control': 'no-store' };
    if (!pages[name]) return void res.writeHead(404, headers).end();
    if (file === '' || file === undefined)
      return void res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(html);
    if (file === 'app.js')
      return void res
        .writeHead(200, { ...headers, 'content-type': 'text/javascript' })
        .end(pages[name]);
    res.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

async function measureApp(context, base, name) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${base}/${name}/`);
    await page.waitForFunction('globalThis.__bench?.ready === true');
    const first = await page.evaluate('__bench.mount()');
    const remounts = [];
    for (let i = 0; i < REMOUNTS; i++) {
      await page.evaluate('__bench.unmount()');
      remounts.push(await page.evaluate('__bench.mount()'));
    }
    await page.click(APPS[name].pageId);
    await page.evaluate('__bench.startTyping()');
    const keys = [];
    for (const ch of KEYS) {
      await page.keyboard.press(ch);
      keys.push(await page.evaluate('__bench.keyDone()'));
    }
    // Chromium reports paint entries once the frame is presented; fetch it last.
    const fcp = await page
      .waitForFunction(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime",
        null,
        { timeout: 5000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    first.fcp = typeof fcp === 'number' ? fcp - first.start : null;
    const value = await page.inputValue(APPS[name].pageId);
    if (value !== KEYS) throw new Error(`${name}: Page ID is "${value}" after typing ${KEYS}`);
    if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
    return { first, remounts, keys };
  } finally {
    await page.close();
  }
}

async function renderBench(lib) {
  const pages = {};
  for (const [name, app] of Object.entries(APPS))
    pages[name] = await bundle(benchEntry(app), { lib, bench: true });
  const { server, base } = await serve(pages);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // One context; every measurement still gets a new page (a new document and JS realm).
  const context = await browser.newContext({ viewport: { width: 800, height: 1200 } });
  const names = Object.keys(APPS);
  const raw = Object.fromEntries(names.map((n) => [n, { first: [], remounts: [], keys: [] }]));
  try {
    const total = WARMUP + ROUNDS;
    for (let r = 0; r < total; r++) {
      // Round-robin, rotating who goes first, one fresh page per app and round.
      const order = names.map((_, i) => names[(i + r) % names.length]);
      for (const name of order) {
        const result = await measureApp(context, base, name);
        if (r < WARMUP) continue;
        raw[name].first.push(result.first);
        raw[name].remounts.push(...result.remounts);
        raw[name].keys.push(...result.keys);
      }
      process.stdout.write(`\rround ${r + 1}/${total}${r < WARMUP ? ' (warm-up)' : ''}   `);
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
    server.close();
  }
  const version = browser.version();
  const apps = {};
  for (const name of names) {
    const { first, remounts, keys } = raw[name];
    const fcp = first.map((m) => m.fcp).filter((x) => typeof x === 'number');
    apps[name] = {
      mountPaint: summary(first.map((m) => m.paint)),
      mountCommit: summary(first.map((m) => m.commit)),
      mountFcp: fcp.length ? summary(fcp) : null,
      mountRender: summary(first.map((m) => m.render)),
      mountCommits: round(mean(first.map((m) => m.commits))),
      mountFieldRenders: round(mean(first.map((m) => m.fieldRenders))),
      remountRender: summary(remounts.map((m) => m.render)),
      keyHandled: summary(keys.map((k) => k.handled)),
      keyPainted: summary(keys.map((k) => k.painted)),
      lateCommits: keys.reduce((n, k) => n + k.lateCommits, 0),
      keyRender: summary(keys.map((k) => k.render)),
      commitsPerKey: median(keys.map((k) => k.commits)),
      commitsPerKeyMean: round(mean(keys.map((k) => k.commits))),
      commitsPerKeyMax: Math.max(...keys.map((k) => k.commits)),
      // The first key into an empty MUI TextField also flips its FormControl to "filled".
      commitsFirstKey: round(
        mean(keys.filter((_, j) => j % KEYS.length === 0).map((k) => k.commits)),
      ),
      commitsLaterKeys: round(
        mean(keys.filter((_, j) => j % KEYS.length !== 0).map((k) => k.commits)),
      ),
      ownRendersPerKey: round(mean(keys.map((k) => k.ownRenders))),
      extraRendersPerKey: median(keys.map((k) => k.extraRenders)),
      extraRendersMean: round(mean(keys.map((k) => k.extraRenders))),
      extraRendersMax: Math.max(...keys.map((k) => k.extraRenders)),
    };
  }
  const ratio = (metric, a, b = 'plain') => round(apps[a][metric].median / apps[b][metric].median);
  return {
    chromium: version,
    rounds: ROUNDS,
    warmup: WARMUP,
    apps,
    ratios: {
      ours: {
        mountPaint: ratio('mountPaint', 'ours'),
        remountRender: ratio('remountRender', 'ours'),
        keyRender: ratio('keyRender', 'ours'),
        keyHandled: ratio('keyHandled', 'ours'),
        keyPainted: ratio('keyPainted', 'ours'),
      },
      rjsf: {
        mountPaint: ratio('mountPaint', 'rjsf'),
        remountRender: ratio('remountRender', 'rjsf'),
        keyRender: ratio('keyRender', 'rjsf'),
        keyHandled: ratio('keyHandled', 'rjsf'),
        keyPainted: ratio('keyPainted', 'rjsf'),
      },
    },
  };
}

// ---------------------------------------------------------------- validation in Node

async function validateBench(libRoot) {
  const result = await build({
    absWorkingDir: libRoot,
    stdin: {
      contents: `export { validateMessengerConfig } from './src/index.ts';`,
      resolveDir: libRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
    // Only the config model is reachable; React and MUI are never loaded.
    external: ['react', 'react-dom', '@mui/*', '@emotion/*', 'msw'],
    nodePaths: [path.join(ROOT, 'node_modules')], // yup, also for a --lib-src outside the repo
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  const { validateMessengerConfig } = await import(url);
  const configs = {
    valid: {
      type: 'facebook',
      pageUsername: ' https://facebook.com/acme.support ',
      pageId: '123456789012345',
      token: 'EAAGm0PX4ZCpsBAMZCZAZD',
      webhookVerifyToken: 'c2VjcmV0LXZlcmlmeS10b2tlbi0xMjM0NTY3ODkw',
    },
    invalid: {
      type: 'facebook',
      pageUsername: 'ab',
      pageId: '12x',
      token: '',
      webhookVerifyToken: 'has space',
    },
  };
  if (!validateMessengerConfig(configs.valid).ok) throw new Error('valid config rejected');
  if (validateMessengerConfig(configs.invalid).ok) throw new Error('invalid config accepted');
  const out = {};
  for (const [name, config] of Object.entries(configs)) {
    for (let i = 0; i < 5000; i++) validateMessengerConfig(config); // warm-up (JIT)
    const samples = [];
    const batch = 50;
    for (let s = 0; s < 400; s++) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) validateMessengerConfig(config);
      samples.push(((performance.now() - t0) * 1000) / batch);
    }
    out[name] = summary(samples);
  }
  return { node: process.version, medianUs: out.valid.median, ...out };
}

// ---------------------------------------------------------------- report

const ms = (s) => `${s.median.toFixed(2).padStart(7)} / ${s.p90.toFixed(2).padStart(7)}`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function print(results) {
  const { bundle: b, render: r, validate: v } = results;
  if (b) {
    console.log('\nBundle: production JS, minified + gzipped, over a React-only app');
    console.log(`  React-only app     ${kib(b.apps.reactOnly)}`);
    for (const name of Object.keys(APPS))
      console.log(`  ${name.padEnd(6)} app +${kib(b.overReactOnly[name]).padStart(10)}`);
    console.log(
      `  ours / RJSF ${b.vsRjsf}   ours / plain ${b.vsPlain}   RJSF / plain ${b.rjsfVsPlain}`,
    );
    console.log(
      `  own code: all forms + picker ${b.ownGz} B gz, whole entry ${b.ownWholeEntryGz} B gz; ` +
        `one typed form alone / whole entry ${(b.singleFormShare * 100).toFixed(1)} %`,
    );
  }
  if (r) {
    console.log(
      `\nRender (${r.chromium}; ${r.rounds} rounds after ${r.warmup} warm-up; median / p90 ms)`,
    );
    const rows = [
      ['first mount → paint', 'mountPaint'],
      ['first mount → commit', 'mountCommit'],
      ['first mount → FCP', 'mountFcp'],
      ['first mount render', 'mountRender'],
      ['remount render', 'remountRender'],
      ['key: keydown → handled', 'keyHandled'],
      ['key: keydown → paint', 'keyPainted'],
      ['key: render', 'keyRender'],
    ];
    console.log(
      `  ${''.padEnd(24)}${Object.keys(APPS)
        .map((n) => n.padStart(19))
        .join('')}   ours/plain  RJSF/plain`,
    );
    for (const [label, key] of rows) {
      if (Object.keys(APPS).some((n) => !r.apps[n][key])) continue;
      const ratio = (n) => (r.apps[n][key].median / r.apps.plain[key].median).toFixed(2);
      console.log(
        `  ${label.padEnd(24)}${Object.keys(APPS)
          .map((n) => ms(r.apps[n][key]).padStart(19))
          .join('')}` + `   ${ratio('ours').padStart(10)}  ${ratio('rjsf').padStart(10)}`,
      );
    }
    for (const [label, key] of [
      ['commits per key: median', 'commitsPerKey'],
      ['commits per key: mean', 'commitsPerKeyMean'],
      ['commits: first key', 'commitsFirstKey'],
      ['commits: keys 2-10', 'commitsLaterKeys'],
      ['other fields: median', 'extraRendersPerKey'],
      ['other fields: mean', 'extraRendersMean'],
      ['mount: field renders', 'mountFieldRenders'],
      ['commits after handled', 'lateCommits'],
    ])
      console.log(
        `  ${label.padEnd(24)}${Object.keys(APPS)
          .map((n) => String(r.apps[n][key]).padStart(19))
          .join('')}`,
      );
  }
  if (v) {
    console.log(
      `\nValidation in Node ${v.node} (validateMessengerConfig, one Facebook config; µs)`,
    );
    console.log(`  valid   median ${v.valid.median.toFixed(1)}  p90 ${v.valid.p90.toFixed(1)}`);
    console.log(`  invalid median ${v.invalid.median.toFixed(1)}  p90 ${v.invalid.p90.toFixed(1)}`);
  }
}

function flatten(results) {
  const out = {};
  if (results.bundle) {
    out.bundle = {
      ownGz: results.bundle.ownGz,
      ownWholeEntryGz: results.bundle.ownWholeEntryGz,
      vsRjsf: results.bundle.vsRjsf,
      singleFormShare: results.bundle.singleFormShare,
      overReactOnlyGz: results.bundle.overReactOnly,
    };
  }
  if (results.render) {
    const o = results.render.apps.ours;
    out.mount = {
      vsPlain: results.render.ratios.ours.mountPaint,
      renderVsPlain: results.render.ratios.ours.remountRender,
    };
    out.keystroke = {
      renderVsPlain: results.render.ratios.ours.keyRender,
      handledVsPlain: results.render.ratios.ours.keyHandled,
      commitsPerKey: o.commitsPerKey,
      commitsPerKeyMean: o.commitsPerKeyMean,
      extraRenders: o.extraRendersPerKey,
      extraRendersMean: o.extraRendersMean,
    };
  }
  if (results.validate) out.validate = { medianUs: results.validate.medianUs };
  return { ...out, details: results };
}

async function main() {
  const started = performance.now();
  if (args.priority !== undefined) os.setPriority(Number(args.priority));
  ensureBenchDeps();
  const libRoot = args['lib-src'] ? path.resolve(String(args['lib-src'])) : ROOT;
  const lib = await buildLibrary(libRoot);
  const results = {
    machine: {
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      nice: os.getPriority(),
      libSrc: args['lib-src'] ? String(args['lib-src']) : 'src',
    },
  };
  if (ONLY.has('bundle')) results.bundle = await bundleReport(lib);
  if (ONLY.has('validate')) results.validate = await validateBench(libRoot);
  if (ONLY.has('render')) results.render = await renderBench(lib);
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
  print(results);
  console.log(
    `\nload average (1, 5, 15 min) at start ${results.machine.loadAverageAtStart.join(', ')},` +
      ` at end ${results.machine.loadAverageAtEnd.join(', ')} on ${os.cpus().length} cores`,
  );
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) {
    const file = path.join(BENCH, 'results.json');
    fs.writeFileSync(file, `${JSON.stringify(flatten(results), null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
