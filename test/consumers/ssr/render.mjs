// Server rendering through `import` (the package's ESM build), in plain Node.
import assert from 'node:assert/strict';

assert.equal(typeof window, 'undefined', 'plain Node has no window');
assert.equal(typeof document, 'undefined', 'plain Node has no document');

// Importing must not touch window or document (a ReferenceError here means it does).
const lib = await import('messenger-integration-forms');
const mocks = await import('messenger-integration-forms/mocks');
const connectors = await import('messenger-integration-forms/connectors');
const http = await import('messenger-integration-forms/http');
const React = await import('react');
const { renderToString } = await import('react-dom/server');
const { setupServer } = await import('msw/node');
const { check } = await import('./cases.cjs');

const resolved = import.meta.resolve('messenger-integration-forms');
assert.match(resolved, /\/dist\/index\.js$/, `import resolved to ${resolved}`);
assert.match(import.meta.resolve('messenger-integration-forms/mocks'), /\/dist\/mocks\/index\.js$/);
assert.match(import.meta.resolve('messenger-integration-forms/http'), /\/dist\/http\/index\.js$/);
assert.equal(typeof http.createHttpCallbacks, 'function', './http exports createHttpCallbacks');
assert.match(
  import.meta.resolve('messenger-integration-forms/connectors'),
  /\/dist\/connectors\/index\.js$/,
);

const problems = await check({
  lib,
  mocks,
  connectors,
  React,
  renderToString,
  setupServer,
  label: 'esm',
});
if (problems.length) {
  console.error(`ESM server rendering failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`esm: every form rendered on the server (${resolved})`);
