// Serves a built app on 127.0.0.1 with node:http and opens it in Debian's Chromium
// (playwright-core from this repo; never a downloaded browser).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Static file server for `root` on 127.0.0.1 (random port); unknown paths get index.html. */
export async function serve(root) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(base, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Serves `root`, opens it in Chromium and runs `test(page, url)`. Fails when the
 * test throws or the page logged an uncaught error or a console error.
 * On failure a screenshot is written next to `root`.
 */
export async function withPage(root, test) {
  const server = await serve(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  try {
    await page.goto(server.url);
    await test(page, server.url);
    if (problems.length) throw new Error(`the page reported errors:\n${problems.join('\n')}`);
    console.log(`browser: Chromium ${browser.version()}`);
  } catch (error) {
    const shot = path.join(path.dirname(path.resolve(root)), 'failure.png');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    if (problems.length) console.error(problems.join('\n'));
    console.error(`screenshot: ${shot}`);
    throw error;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs `main` and exits 0/1 with a one-line verdict. */
export function runE2E(name, main) {
  const t = Date.now();
  main().then(
    () => {
      console.log(`${name}: ok in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      process.exit(0);
    },
    (error) => {
      console.error(`${name}: ${error.stack ?? error}`);
      process.exit(1);
    },
  );
}
