// @vitest-environment node
// #17 "Done when": random strings with bidirectional, control, full-width and
// invisible characters go to every normalizer and schema. Normalizers stay
// idempotent, nothing throws, no output contains a removed character class.
// FC_RUNS=20000 npx vitest run --project unit test/model/properties.hostile.test.ts
// runs more inputs than the default.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { normalizeCompact, normalizeText } from '../../src/core/normalize';
import {
  normalizeFacebookPageId,
  normalizeTelegramToken,
  normalizeUsername,
} from '../../src/messengers/normalize';
import { getMessengerWarnings, validateMessengerConfig } from '../../src/messengers/validation';
import { parseWebhookUrl } from '../../src/core/webhookUrl';
import { messengerSchemas } from '../../src/messengers/schemas';
import { messengerDescriptors } from '../../src/messengers/registry';
import type { MessengerConfig } from '../../src/messengers/types';
import { BIDI_CONTROLS, CONTROL_CHARS, FIELDS, TYPES } from './fixtures';
import { INVISIBLE_CHARS, WHITESPACE_CHARS } from './arbitraries';

const RUNS = Number(process.env.FC_RUNS) || 1000;

/**
 * What no normalized value may contain, written out independently of the
 * code: C0 controls (tab, line feed, vertical tab, form feed, carriage return
 * aside: they are whitespace), DEL, C1, the bidirectional controls, and the
 * invisible characters.
 */
const REMOVED =
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/u;

const FULL_WIDTH = [
  '１',
  '２',
  '９',
  '０',
  'ａ',
  'Ｚ',
  '：',
  '／',
  '＠',
  '．',
  '＿',
  '－',
  '？',
  '＃',
  '\u3000',
];
// Compatibility and composition cases: ligatures, circled digits, half-width
// katakana with its voiced mark, combining marks, an NFKC expansion with a space.
const COMPATIBILITY = ['ﬁ', 'ﬃ', '①', '㍿', 'ﾊ', 'ﾟ', '\u0301', '\u0308', 'e', '¨', '\uFDFA', 'Å'];
const PIECES = [
  'https://',
  't.me/',
  'm.me/',
  'facebook.com/',
  'profile.php?id=',
  'chats.viber.com/',
  'viber://pa?chatURI=',
  'api.telegram.org/bot',
  'bot',
  '123456:',
  'AAH',
  '@',
  ':',
  '/',
  '?',
  '&',
  '.',
  'acme',
];

/** Strings built from every character class the normalizers deal with. */
const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<string>(...BIDI_CONTROLS, ...CONTROL_CHARS) },
      { weight: 2, arbitrary: fc.constantFrom<string>(...INVISIBLE_CHARS, ...WHITESPACE_CHARS) },
      { weight: 3, arbitrary: fc.constantFrom(...FULL_WIDTH, ...COMPATIBILITY) },
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

type Normalizer = (value: string) => string;

const shared: Array<[string, Normalizer]> = [
  ['normalizeText', normalizeText],
  ['normalizeCompact', normalizeCompact],
  ['normalizeUsername', normalizeUsername],
  ['normalizeTelegramToken', normalizeTelegramToken],
  ['normalizeFacebookPageId', normalizeFacebookPageId],
];
// Every field's own normalizer too, wherever it lives.
const perField: Array<[string, Normalizer]> = TYPES.flatMap((type) =>
  messengerDescriptors[type].fields.map((field): [string, Normalizer] => [
    `${type}.${field.key}`,
    field.normalize,
  ]),
);
const compacting = new Set<Normalizer>([
  normalizeCompact,
  normalizeUsername,
  normalizeTelegramToken,
  normalizeFacebookPageId,
]);

// yup builds an Error per failing field; nothing here reads their stacks.
const stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  Error.stackTraceLimit = 0;
});
afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
});

const show = (s: string) =>
  [...s].map((c) => `U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}`).join(' ');

describe(`normalizers on hostile strings (${RUNS} runs each)`, () => {
  it.each([...shared, ...perField])('%s', (_name, normalize) => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const once = normalize(value);
        assert.equal(typeof once, 'string');
        assert.equal(normalize(once), once, `not idempotent: ${show(value)}`);
        assert.ok(!REMOVED.test(once), `kept a removed character: ${show(once)}`);
        assert.equal(once, once.trim());
        if (compacting.has(normalize)) {
          assert.doesNotMatch(once, /\s/);
          assert.equal(once, once.normalize('NFKC'), `not NFKC: ${show(once)}`);
        } else if (normalize === normalizeText) {
          assert.doesNotMatch(once, /[^\S ]|\s\s/);
          assert.equal(once, once.normalize('NFC'), `not NFC: ${show(once)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe(`schemas on hostile strings (${RUNS} runs each)`, () => {
  it.each(TYPES)('%s: validation never throws and never accepts a removed character', (type) => {
    const record = fc.record(Object.fromEntries(FIELDS[type].map((f) => [f, hostileString])));
    fc.assert(
      fc.property(record, (fields) => {
        const input = { type, ...fields };
        const result = validateMessengerConfig(input);
        // The soft rules run on whatever the host passes.
        getMessengerWarnings(input as unknown as MessengerConfig);
        // The raw Yup schema too, on the raw strings: it may refuse, never throw.
        try {
          messengerSchemas[type].validateSync(fields, { abortEarly: false });
        } catch (error) {
          assert.equal((error as Error).name, 'ValidationError');
        }
        if (!result.ok) return;
        for (const [key, value] of Object.entries(result.config))
          assert.ok(!REMOVED.test(value), `${key} kept a removed character: ${show(value)}`);
        assert.deepEqual(validateMessengerConfig(result.config), result);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseWebhookUrl never throws, and never sends whitespace or a removed character', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const result = parseWebhookUrl(value);
        if (!result.ok) return;
        assert.doesNotMatch(result.url, /\s/);
        assert.ok(!REMOVED.test(result.url), show(result.url));
        assert.deepEqual(parseWebhookUrl(result.url), result);
      }),
      { numRuns: RUNS },
    );
  });
});
