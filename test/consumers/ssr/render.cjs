// Server rendering through `require` (the package's CommonJS build), in plain Node.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require */
const assert = require('node:assert/strict');

assert.equal(typeof window, 'undefined', 'plain Node has no window');
assert.equal(typeof document, 'undefined', 'plain Node has no document');

// Requiring must not touch window or document (a ReferenceError here means it does).
const lib = require('messenger-integration-forms');
const mocks = require('messenger-integration-forms/mocks');
const connectors = require('messenger-integration-forms/connectors');
const http = require('messenger-integration-forms/http');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { setupServer } = require('msw/node');
const { check } = require('./cases.cjs');

const resolved = require.resolve('messenger-integration-forms');
assert.match(resolved, /\/dist\/index\.cjs$/, `require resolved to ${resolved}`);
assert.match(require.resolve('messenger-integration-forms/mocks'), /\/dist\/mocks\/index\.cjs$/);
assert.match(require.resolve('messenger-integration-forms/http'), /\/dist\/http\/index\.cjs$/);
assert.equal(typeof http.createHttpCallbacks, 'function', './http exports createHttpCallbacks');
assert.match(
  require.resolve('messenger-integration-forms/connectors'),
  /\/dist\/connectors\/index\.cjs$/,
);

check({ lib, mocks, connectors, React, renderToString, setupServer, label: 'cjs' }).then(
  (problems) => {
    if (problems.length) {
      console.error(`CJS server rendering failed:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`cjs: every form rendered on the server (${resolved})`);
  },
);
