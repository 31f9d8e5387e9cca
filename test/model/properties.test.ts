// @vitest-environment node
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { normalizeCompact, normalizeText } from '../../src/core/normalize';
import {
  normalizeFacebookPageId,
  normalizeTelegramToken,
  normalizeUsername,
} from '../../src/messengers/normalize';
import { validateMessengerConfig } from '../../src/messengers/validation';
import { messengerDescriptors } from '../../src/messengers/registry';
import { TYPES } from './fixtures';
import { INVISIBLE_CHARS, anyString, noisyString, validCase } from './arbitraries';

// Checks inside properties use node:assert: much cheaper than expect() per run.

type Normalizer = (value: string) => string;

const normalizers: Array<[string, Normalizer]> = [
  ['normalizeText', normalizeText],
  ['normalizeCompact', normalizeCompact],
  ['normalizeUsername', normalizeUsername],
  ['normalizeTelegramToken', normalizeTelegramToken],
  ['normalizeFacebookPageId', normalizeFacebookPageId],
];

const fieldNormalizers = TYPES.flatMap((type) =>
  messengerDescriptors[type].fields.map((field): [string, Normalizer] => [
    `${type}.${field.key}`,
    field.normalize,
  ]),
);

describe('normalizers', () => {
  // The properties below are checked on the shared normalizers; a field with a
  // normalizer of its own must be added to `normalizers`.
  it.each(fieldNormalizers)('%s uses a shared normalizer', (_name, normalize) => {
    assert.ok(normalizers.some(([, shared]) => shared === normalize));
  });

  it.each(normalizers)('%s is idempotent', (_name, normalize) => {
    fc.assert(
      fc.property(anyString, (value) => {
        const once = normalize(value);
        assert.equal(typeof once, 'string');
        assert.equal(normalize(once), once);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(normalizers)(
    '%s removes invisible characters and outer whitespace',
    (_name, normalize) => {
      fc.assert(
        fc.property(noisyString, (value) => {
          const once = normalize(value);
          for (const c of INVISIBLE_CHARS)
            assert.ok(!once.includes(c), `kept U+${c.charCodeAt(0).toString(16)}`);
          assert.equal(once, once.trim());
        }),
        { numRuns: 1000 },
      );
    },
  );

  it.each([
    ['normalizeCompact', normalizeCompact],
    ['normalizeUsername', normalizeUsername],
    ['normalizeTelegramToken', normalizeTelegramToken],
    ['normalizeFacebookPageId', normalizeFacebookPageId],
  ] as const)('%s leaves no whitespace at all', (_name, normalize) => {
    fc.assert(
      fc.property(noisyString, (value) => {
        assert.doesNotMatch(normalize(value), /\s/);
      }),
      { numRuns: 1000 },
    );
  });

  it('normalizeText leaves only single inner spaces', () => {
    fc.assert(
      fc.property(noisyString, (value) => {
        assert.doesNotMatch(normalizeText(value), /[^\S ]|\s\s/);
      }),
      { numRuns: 1000 },
    );
  });

  it('normalizeUsername never leaves a leading @', () => {
    fc.assert(
      fc.property(noisyString, (value) => {
        assert.ok(!normalizeUsername(value).startsWith('@'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe.each(TYPES)('%s: valid configs generated from the rules', (type) => {
  it('are accepted unchanged and survive a round trip', () => {
    fc.assert(
      fc.property(validCase(type), ({ clean }) => {
        const result = validateMessengerConfig(clean);
        assert.deepEqual(result, { ok: true, config: clean });
        assert.deepEqual(validateMessengerConfig(result.ok && result.config), result);
      }),
      { numRuns: 500 },
    );
  });

  it('are recovered from pasted values (spaces, invisibles, @, URLs)', () => {
    fc.assert(
      fc.property(validCase(type), ({ clean, pasted }) => {
        const result = validateMessengerConfig(pasted);
        assert.deepEqual(result, { ok: true, config: clean });
        assert.deepEqual(validateMessengerConfig(result.ok && result.config), result);
      }),
      { numRuns: 500 },
    );
  });
});
