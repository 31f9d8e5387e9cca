// @vitest-environment node
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { en } from '../../src/messengers/catalogues';
import { validateMessengerConfig } from '../../src/messengers/validation';
import { FIELDS, OPTIONAL, TYPES } from './fixtures';
import { inputFor, materialize } from './arbitraries';

const MESSAGES = new Set<string>(Object.values(en));
const RUNS = 10_000;

// Speed: yup builds an Error per failing field and capturing their stack traces
// is most of the cost of a run; nothing here reads them. Likewise the checks
// inside the properties use node:assert, which is much cheaper than expect().
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  Error.stackTraceLimit = 0;
});
afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
});

describe.each(TYPES)('validateMessengerConfig on %s-like input', (type) => {
  const allowedKeys = ['type', ...FIELDS[type]];

  it(`never throws and always returns a well-formed result (${RUNS} runs)`, () => {
    let ok = 0;
    let failed = 0;
    fc.assert(
      fc.property(inputFor(type, FIELDS[type]), (generated) => {
        const input = materialize(generated);
        let result: ReturnType<typeof validateMessengerConfig>;
        try {
          result = validateMessengerConfig(input);
        } catch (error) {
          throw new Error(`validateMessengerConfig threw: ${String(error)}`);
        }
        if (result.ok) {
          ok += 1;
          const { config } = result;
          // Only the type and its fields, all strings; optional fields only when non-empty.
          const keys = Object.keys(config);
          for (const key of allowedKeys)
            if (!OPTIONAL[type].includes(key)) assert.ok(keys.includes(key), `missing ${key}`);
          for (const key of keys) assert.ok(allowedKeys.includes(key), `unexpected key ${key}`);
          for (const key of OPTIONAL[type])
            if (key in config)
              assert.notEqual((config as unknown as Record<string, string>)[key], '');
          assert.equal(config.type, type);
          for (const value of Object.values(config)) assert.equal(typeof value, 'string');
          // A valid config is a fixed point of validation.
          assert.deepEqual(validateMessengerConfig(config), result);
          assert.deepEqual(validateMessengerConfig({ ...config }), result);
        } else {
          failed += 1;
          const keys = Object.keys(result.errors);
          assert.ok(keys.length > 0, 'errors is empty');
          for (const key of keys) assert.ok(allowedKeys.includes(key), `unexpected key ${key}`);
          if (keys.includes('type')) assert.deepEqual(keys, ['type']);
          for (const message of Object.values(result.errors))
            assert.ok(MESSAGES.has(message), `not a catalogue message: ${message}`);
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both outcomes, so the checks above are not vacuous.
    expect(ok + failed).toBe(RUNS);
    expect(ok).toBeGreaterThan(RUNS / 20);
    expect(failed).toBeGreaterThan(RUNS / 4);
  }, 30_000);
});
