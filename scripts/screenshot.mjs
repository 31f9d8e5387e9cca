/* global document */
// Screenshots of built stories in headless Debian Chromium, for looking at changes.
// Usage: npm run build-storybook && node scripts/screenshot.mjs <story-id>[@globals] ...
// e.g. node scripts/screenshot.mjs messengers-facebook--default@theme:dark
// PNGs go to screenshots/ (git-ignored). Serves storybook-static on 127.0.0.1 only.
// BLOCK_WEB_FONTS=1 blocks the bundled web fonts (a control for the Japanese font).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = path.resolve('storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (err, buf) => {
    if (err) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(buf);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
fs.mkdirSync('screenshots', { recursive: true });
const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
// BLOCK_WEB_FONTS=1: the page gets none of the bundled web fonts (Noto Sans JP,
// Roboto), so the screenshot shows what the system fonts alone would render.
if (process.env.BLOCK_WEB_FONTS)
  await page.route(/\.(woff2?|ttf|otf)(\?|$)/, (route) => route.abort());
for (const arg of process.argv.slice(2)) {
  const [id, globals] = arg.split('@');
  const query = globals ? `&globals=${globals}` : '';
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${query}`);
  await page.waitForSelector('#storybook-root *', { timeout: 20000 });
  // Let play functions and transitions finish.
  await page.waitForTimeout(Number(process.env.SCREENSHOT_WAIT ?? 2500));
  // Web font slices (unicode-range) load as characters appear: wait for them.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const file = `screenshots/${arg.replace(/[^a-z0-9-]+/gi, '_')}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log('wrote', file);
}
await browser.close();
server.close();
