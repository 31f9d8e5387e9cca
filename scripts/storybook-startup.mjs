// How long a newcomer waits in `npm run storybook` (issue #18): from the start of
// the dev server to "ready", then until the first page shows in Chromium: the
// landing entry the manager opens by itself, and a messenger form story.
// Usage: node scripts/storybook-startup.mjs [--cold]   (--cold clears Vite's
// pre-bundle cache first, as on a fresh clone). Uses port 6106 on 127.0.0.1.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 6106;
const base = `http://127.0.0.1:${PORT}`;
if (process.argv.includes('--cold')) {
  for (const dir of [
    'node_modules/.cache/storybook',
    'node_modules/.cache/sb-vite',
    'node_modules/.vite',
  ])
    fs.rmSync(dir, { recursive: true, force: true });
}

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
const server = spawn(
  'npx',
  ['storybook', 'dev', '-p', String(PORT), '--host', '127.0.0.1', '--ci', '--no-open'],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
let log = '';
const ready = new Promise((resolve, reject) => {
  const onData = (chunk) => {
    log += chunk;
    if (/Storybook ready|Local:\s+http/i.test(log)) resolve();
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (code) => reject(new Error(`storybook exited with ${code}\n${log}`)));
});

let browser;
try {
  await ready;
  const readyAt = performance.now();
  console.log(`dev server ready: ${seconds()} s`);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  // The landing entry: whatever the manager opens without a path.
  await page.goto(`${base}/`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame
    .locator('#storybook-root *, #storybook-docs .sbdocs-content *')
    .first()
    .waitFor({ timeout: 180_000 });
  const landing = (performance.now() - readyAt) / 1000;
  console.log(`landing page shown: ${landing.toFixed(1)} s after ready`);
  // A form story, as a newcomer clicks next.
  const t1 = performance.now();
  await page.goto(`${base}/?path=/story/messengers-telegram--default`);
  await frame.getByRole('form').first().waitFor({ timeout: 180_000 });
  console.log(`Telegram form story shown: ${((performance.now() - t1) / 1000).toFixed(1)} s later`);
  console.log(`console warnings/errors: ${warnings.length}`);
  for (const w of warnings.slice(0, 10)) console.log(`  ${w.slice(0, 200)}`);
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
