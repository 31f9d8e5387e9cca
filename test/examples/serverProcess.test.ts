// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The reference server as a real process (its own event loop, Node's default
// "unhandled rejection exits" behaviour), driven over raw sockets, so a client
// that misbehaves at the TCP level is reproduced exactly.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'node_modules/.cache/contact-center-server-test/server.mjs');

let child: ChildProcess;
let port = 0;
let stderr = '';

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'test/examples/fixtures/startServer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'silent',
  });
  child = spawn(process.execPath, [bundle], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
    child.once('exit', () => reject(new Error(`server exited: ${stderr}`)));
  });
}, 30_000);
afterAll(() => {
  child.kill();
});

/** Sends raw bytes, then either closes the socket at once or waits for the answer. */
function raw(bytes: string, { hangUp = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => (answer += data.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.on('connect', () => {
      socket.write(bytes);
      if (hangUp) setTimeout(() => socket.destroy(), 50);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = () => child.exitCode === null && child.signalCode === null;
const headers = (path: string, length: number, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Authorization: Bearer FAKE-session-not-real\r\nContent-Length: ${length}\r\n${extra}\r\n`;

describe('reference server process', () => {
  it('survives uploads dropped half-way, on the API and on the webhook endpoints', async () => {
    for (const target of [
      '/api/messenger-accounts/test-connection',
      '/api/messenger-accounts/set-webhook',
      '/webhooks/line/line-1',
      '/webhooks/facebook/fb-1',
    ]) {
      await raw(`${headers(target, 1000)}{"type":"tele`, { hangUp: true });
    }
    await sleep(200);
    expect(alive(), stderr).toBe(true);
    // …and still serves.
    const answer = await raw(
      `GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 404/);
  });

  it('survives a client that hangs up before sending the body at all', async () => {
    await raw(headers('/api/messenger-accounts/test-connection', 10), { hangUp: true });
    await sleep(100);
    expect(alive(), stderr).toBe(true);
  });

  it('answers garbage and over-long bodies with an error, not a crash', async () => {
    const garbage = await raw(
      `${headers('/api/messenger-accounts/test-connection', 5, 'Connection: close\r\n')}{{{{{`,
    );
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
    const huge = await raw(
      headers('/api/messenger-accounts/test-connection', 10 * 1024 * 1024, 'Connection: close\r\n'),
    );
    expect(huge).toMatch(/^HTTP\/1\.1 413/);
    const malformed = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400/);
    expect(alive(), stderr).toBe(true);
  });

  it('logs nothing', () => {
    expect(stderr).toBe('');
  });
});
