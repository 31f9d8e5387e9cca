#!/usr/bin/env node
// Consumer checks: the package as consumers install it.
//
//   npm run check:consumers            # all fixtures
//   npm run check:consumers -- ssr     # only the named fixtures (plus nothing else)
//   KEEP_CONSUMERS_TMP=1 npm run check:consumers   # keep the temp dir even on success
//
// 1. Builds dist/ when it is missing or older than the sources (CI builds before).
// 2. `npm pack` into a temp dir under os.tmpdir(); checks the packed package
//    (files, "use client", mocks without React, imports declared as
//    dependencies or peers, publint --strict, attw).
// 3. Copies each fixture to the temp dir (node_modules never land in the repo),
//    `npm install`s the tarball plus the fixture's pinned dependencies (at most
//    two installs at once, one npm cache) and runs its checks.
// Prints one PASS/FAIL line per fixture and `consumers: N passed, M failed`;
// exits 1 when anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { checkPackedPackage } from './lib/package-checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bin = (name) => path.join(repo, 'node_modules/.bin', name);

const INSTALL_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 180_000;
const CONCURRENCY = 2;

/**
 * The fixtures. `scripts` are npm scripts of the fixture run in its temp copy;
 * `e2e` is a script in this repo run with the temp copy as argument (it uses
 * the repo's playwright-core and Debian's Chromium).
 */
const FIXTURES = [
  {
    name: 'vite-react19',
    what: 'Vite + React 19 production build; Telegram account created in Chromium with MSW',
    scripts: ['build'],
    e2e: 'vite-react19/e2e.mjs',
  },
  {
    name: 'react18',
    what: 'React 18.3 app (tsc with @types/react 18, Vite build) renders every form in Chromium',
    scripts: ['typecheck', 'build'],
    e2e: 'react18/e2e.mjs',
  },
  {
    name: 'types',
    what: 'tsc --noEmit under moduleResolution bundler and node16 (ESM and CJS), type tests',
    scripts: ['typecheck:bundler', 'typecheck:node16'],
  },
  {
    name: 'ssr',
    what: 'renderToString of every form in plain Node via import (ESM) and require (CJS)',
    scripts: ['ssr:esm', 'ssr:cjs'],
  },
];

/**
 * The environment of every command: this process's, less what `npm run`
 * puts there for the repo's own package (its prefix, `-s` log level, package
 * and lifecycle fields), so npm in a fixture treats the fixture as its project.
 */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(package|lifecycle)_/i.test(key) &&
      !/^npm_config_(local_prefix|loglevel|user_agent|npm_version|node_gyp)$/i.test(key) &&
      !/^(INIT_CWD|npm_command|npm_execpath|npm_node_execpath)$/i.test(key),
  ),
);

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs a command; its output goes to `log`. Resolves with the exit code
 * (or 124 on timeout). The command runs in its own process group so a
 * timeout ends everything it started.
 */
function run(cmd, args, { cwd, log, output = log, env = {}, timeoutMs = STEP_TIMEOUT_MS }) {
  return new Promise((resolve) => {
    const t = Date.now();
    fs.appendFileSync(log, `\n$ ${[cmd, ...args].join(' ')}    (in ${cwd})\n`);
    if (output !== log) fs.appendFileSync(log, `(output in ${output})\n`);
    const fd = fs.openSync(output, 'a');
    const child = spawn(cmd, args, {
      cwd,
      env: { ...childEnv, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const timer = setTimeout(() => {
      fs.appendFileSync(log, `\n!!! timed out after ${timeoutMs / 1000} s\n`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (error) => {
      fs.appendFileSync(log, `\n!!! ${error.message}\n`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(fd);
      const status = signal ? 124 : (code ?? 1);
      fs.appendFileSync(log, `[exit ${status} after ${seconds(t)}]\n`);
      resolve(status);
    });
  });
}

function tail(file, lines = 40) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when an entry is missing or older than src/, tsup.config.ts or package.json. */
async function ensureBuilt(tmp) {
  const outputs = [
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/mocks/index.js',
    'dist/mocks/index.cjs',
    'dist/mocks/index.d.ts',
    'dist/mocks/index.d.cts',
  ].map((f) => path.join(repo, f));
  let reason = null;
  if (!outputs.every((f) => fs.existsSync(f))) reason = 'dist is missing';
  else {
    const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
    const sources = Math.max(
      newestMtime(path.join(repo, 'src')),
      fs.statSync(path.join(repo, 'tsup.config.ts')).mtimeMs,
      fs.statSync(path.join(repo, 'package.json')).mtimeMs,
    );
    if (sources > built) reason = 'dist is older than the sources';
  }
  if (!reason) return true;
  const t = Date.now();
  const log = path.join(tmp, 'logs', 'build.log');
  console.log(`${reason}: npm run build`);
  const code = await run('npm', ['run', 'build'], { cwd: repo, log });
  if (code !== 0) {
    console.log(`FAIL build (${seconds(t)}): npm run build exited ${code}\n${tail(log)}`);
    return false;
  }
  console.log(`built dist in ${seconds(t)}`);
  return true;
}

async function pack(tmp) {
  const dest = path.join(tmp, 'pack');
  fs.mkdirSync(dest, { recursive: true });
  const log = path.join(tmp, 'logs', 'pack.log');
  const json = path.join(tmp, 'pack.json');
  const code = await new Promise((resolve) => {
    const out = fs.openSync(json, 'w');
    const errFd = fs.openSync(log, 'a');
    const child = spawn('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], {
      cwd: repo,
      env: childEnv,
      stdio: ['ignore', out, errFd],
    });
    child.on('close', (c) => {
      fs.closeSync(out);
      fs.closeSync(errFd);
      resolve(c ?? 1);
    });
  });
  if (code !== 0) throw new Error(`npm pack exited ${code}\n${tail(log)}`);
  const [info] = JSON.parse(fs.readFileSync(json, 'utf8'));
  const tarball = path.join(dest, info.filename);
  const unpacked = path.join(tmp, 'package');
  fs.mkdirSync(unpacked);
  const untar = await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], {
    cwd: tmp,
    log,
  });
  if (untar !== 0) throw new Error(`tar exited ${untar}\n${tail(log)}`);
  return { tarball, unpacked, info };
}

/** Package hygiene on the packed tarball. Throws with every problem found. */
async function packageTask(ctx) {
  const log = path.join(ctx.tmp, 'logs', 'package.log');
  const problems = checkPackedPackage(
    ctx.unpacked,
    ctx.info.files.map((f) => f.path),
  );
  fs.appendFileSync(log, `static checks: ${problems.length} problem(s)\n${problems.join('\n')}\n`);
  const publint = await run(bin('publint'), ['run', '--strict', ctx.tarball], {
    cwd: ctx.tmp,
    log,
  });
  if (publint !== 0) problems.push(`publint --strict exited ${publint}`);
  const attw = await run(bin('attw'), ['--format', 'table-flipped', ctx.tarball], {
    cwd: ctx.tmp,
    log,
  });
  if (attw !== 0) problems.push(`attw exited ${attw}`);
  if (problems.length) {
    const err = new Error(problems.join('\n'));
    err.log = log;
    throw err;
  }
}

async function fixtureTask(ctx, fixture) {
  const dir = path.join(ctx.tmp, 'fixtures', fixture.name);
  const log = path.join(ctx.tmp, 'logs', `${fixture.name}.log`);
  fs.cpSync(path.join(here, fixture.name), dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist|public)$/.test(src) && !src.endsWith('.log'),
  });
  const fail = (message) => Object.assign(new Error(message), { log });

  const install = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=warn', ctx.tarball],
    { cwd: dir, log, timeoutMs: INSTALL_TIMEOUT_MS },
  );
  if (install !== 0) throw fail(`npm install exited ${install}`);
  // npm refuses peers outside a range (ERESOLVE); it must not have overridden one either.
  const overridden = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => /ERESOLVE|overriding peer|invalid peer/i.test(l));
  if (overridden.length)
    throw fail(`npm install reported peer problems:\n${overridden.join('\n')}`);
  const installed = JSON.parse(
    fs.readFileSync(
      path.join(dir, 'node_modules/messenger-integration-forms/package.json'),
      'utf8',
    ),
  );
  if (fs.lstatSync(path.join(dir, 'node_modules/messenger-integration-forms')).isSymbolicLink())
    throw fail('messenger-integration-forms is a link, not the packed tarball');
  fs.appendFileSync(log, `\ninstalled messenger-integration-forms@${installed.version}\n`);

  // Every script runs (e.g. both ssr:esm and ssr:cjs report); the e2e needs all of them.
  const failures = [];
  for (const script of fixture.scripts) {
    const code = await run('npm', ['run', script], { cwd: dir, log });
    if (code !== 0) failures.push(`npm run ${script} exited ${code}`);
  }
  if (failures.length) throw fail(failures.join('; '));
  if (fixture.e2e) {
    const code = await run(process.execPath, [path.join(here, fixture.e2e), dir], {
      cwd: repo,
      log,
    });
    if (code !== 0) throw fail(`${fixture.e2e} exited ${code}`);
  }
}

async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const task = tasks[next++];
      const t = Date.now();
      try {
        await task.run();
        results.push({ name: task.name, ok: true });
        console.log(`PASS ${task.name} (${seconds(t)}) — ${task.what}`);
      } catch (error) {
        results.push({ name: task.name, ok: false });
        const detail = error.log ? `\n--- last lines of ${error.log}\n${tail(error.log)}\n---` : '';
        console.log(`FAIL ${task.name} (${seconds(t)}) — ${error.message}${detail}`);
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => n !== 'package' && !FIXTURES.some((f) => f.name === n));
  if (unknown.length) {
    console.error(`unknown fixture(s): ${unknown.join(', ')}`);
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mif-consumers-'));
  fs.mkdirSync(path.join(tmp, 'logs'));
  console.log(`consumer checks in ${tmp} (node ${process.version})`);

  if (!(await ensureBuilt(tmp))) {
    console.log('consumers: 0 passed, 1 failed');
    process.exit(1);
  }
  const packed = await pack(tmp);
  console.log(
    `packed ${packed.info.filename}: ${packed.info.entryCount} files, ` +
      `${(packed.info.size / 1024).toFixed(1)} kB (${seconds(started)})`,
  );
  const ctx = { tmp, ...packed };

  const tasks = [
    {
      name: 'package',
      what: 'files, "use client", mocks without React, declared imports, publint, attw',
      run: () => packageTask(ctx),
    },
    ...FIXTURES.map((f) => ({ name: f.name, what: f.what, run: () => fixtureTask(ctx, f) })),
  ].filter((t) => only.length === 0 || only.includes(t.name));

  const results = await pool(tasks, CONCURRENCY);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (failed === 0 && !process.env.KEEP_CONSUMERS_TMP) {
    fs.rmSync(tmp, { recursive: true, force: true });
  } else {
    console.log(`temp dir kept: ${tmp}`);
  }
  console.log(`total ${seconds(started)}`);
  console.log(`consumers: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log('consumers: 0 passed, 1 failed');
  process.exit(1);
});
