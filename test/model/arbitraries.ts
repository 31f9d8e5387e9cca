import fc from 'fast-check';
import type { MessengerType } from '../../src/messengers/builtIns';
import { BOM, NBSP, WORD_JOINER, ZWJ, ZWNJ, ZWSP } from './fixtures';

/** Characters a paste adds without the administrator seeing them. */
export const INVISIBLE_CHARS = [ZWSP, ZWNJ, ZWJ, WORD_JOINER, BOM, '\u00AD'] as const;
export const WHITESPACE_CHARS = [' ', '\n', '\r', '\t', NBSP, '\u2028', '\u3000', '\v'] as const;

/** Pieces that exercise every branch of the normalizers. */
const FRAGMENTS = [
  ...INVISIBLE_CHARS,
  ...WHITESPACE_CHARS,
  '\r\n',
  '@',
  '@@',
  '/',
  '//',
  '?',
  '#',
  ':',
  '.',
  'https://',
  'http://',
  'HTTPS://',
  'www.',
  'm.',
  'web.',
  't.me/',
  'T.ME/',
  'telegram.me/',
  'telegram.dog/',
  'facebook.com/',
  'fb.com/',
  'fb.me/',
  'm.me/',
  'viber.com/',
  'line.me/R/ti/p/',
  'chats.viber.com/',
  'viber://pa?chatURI=',
  'tg://resolve?domain=',
  '&',
  'profile.php?id=',
  'people/',
  'groups/',
  'bot123:',
  'api.telegram.org/bot',
  'api.telegram.org/',
  'bot',
  '123456:',
  'AAH',
  'acme_bot',
  'EAA',
];

/** Arbitrary strings biased towards whitespace, invisible characters, `@` and URL prefixes. */
export const noisyString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Any string at all: noisy, full unicode (lone surrogates too), or plain. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  noisyString,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-ascii' }),
);

const noiseChar = fc.constantFrom<string>(...INVISIBLE_CHARS, ...WHITESPACE_CHARS);
const padding = fc.array(noiseChar, { maxLength: 3 }).map((a) => a.join(''));

/** Inserts whitespace and invisible characters anywhere in `value` (for compacted fields). */
export function sprinkled(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(value, fc.array(fc.tuple(fc.nat(), noiseChar), { maxLength: 4 }))
    .map(([v, inserts]) => {
      let out = v;
      for (const [at, c] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + c + out.slice(i);
      }
      return out;
    });
}

/** Pads `value` with whitespace/invisibles and puts invisibles or whitespace runs between words. */
function messyText(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      value,
      padding,
      padding,
      fc.constantFrom(' ', '  ', '\t', NBSP, ` ${ZWSP}`, '\n '),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom<string>(...INVISIBLE_CHARS)), { maxLength: 3 }),
    )
    .map(([v, before, after, space, inserts]) => {
      let out = v.split(' ').join(space);
      for (const [at, c] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + c + out.slice(i);
      }
      return before + out + after;
    });
}

const PROFILE_PREFIXES = [
  '',
  '@',
  '@@',
  'https://t.me/',
  'http://t.me/@',
  't.me/',
  'https://telegram.me/',
  'https://www.facebook.com/',
  'facebook.com/',
  'fb.me/',
  'https://m.me/',
  'https://viber.com/',
  'chats.viber.com/',
  'https://chats.viber.com/',
  '@https://t.me/',
];

/** Facebook paths that are not usernames: a pasted link to them is kept whole. */
const notAUsername = (u: string) => /^(?:profile\.php|people|groups|pages)$/i.test(u);

/** A username as pasted: `@`, profile URL prefixes and suffixes, spaces, invisibles. */
function pastedUsername(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...PROFILE_PREFIXES),
      value,
      fc.constantFrom('', '/', '?start=1', '/about', '#x'),
    )
    .chain(([prefix, v, suffix]) =>
      // A path or query only goes with a URL prefix.
      sprinkled(fc.constant(prefix + v + (prefix.includes('/') ? suffix : ''))),
    );
}

/** A Facebook Page ID as pasted: possibly inside the Page's profile.php link. */
function pastedPageId(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      value,
      fc.constantFrom(
        (id: string) => id,
        (id: string) => `https://www.facebook.com/profile.php?id=${id}`,
        (id: string) => `facebook.com/profile.php?id=${id}&sk=about`,
        (id: string) => `HTTPS://M.FACEBOOK.COM/profile.php?ref=bookmarks&id=${id}#top`,
      ),
    )
    .chain(([id, wrap]) => sprinkled(fc.constant(wrap(id))));
}

/** A Telegram token as pasted: possibly inside a Bot API URL. */
function pastedTelegramToken(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      value,
      fc.constantFrom(
        (t: string) => t,
        (t: string) => `https://api.telegram.org/bot${t}/getMe`,
        (t: string) => `api.telegram.org/bot${t}`,
        (t: string) => `HTTPS://API.TELEGRAM.ORG/bot${t}/getUpdates?offset=1`,
      ),
    )
    .chain(([t, wrap]) => sprinkled(fc.constant(wrap(t))));
}

// Clean values: what the rules accept and the normalizers leave as they are.
// Normalization applies NFKC to credentials and NFC to names, so clean values are already in that form.
const isNfkc = (s: string) => s === s.normalize('NFKC');
const cleanCredential = fc
  .stringMatching(/^[!-~\u00C0-\u024F\u0400-\u04FF\u4E00-\u4E2F]{1,200}$/)
  .filter(isNfkc);
const cleanName = fc
  .array(
    fc
      // No whitespace, invisible, bidirectional or control character.
      .stringMatching(
        // eslint-disable-next-line no-control-regex -- control characters are what is excluded
        /^[^\s\u200B-\u200F\u2060-\u2069\u202A-\u202E\u061C\uFEFF\u00AD\u0000-\u001F\u007F-\u009F]{1,20}$/,
      )
      .filter((w) => w === w.normalize('NFC')),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((words) => words.join(' '))
  .filter((name) => name.length <= 100);
const cleanViberUsername = fc
  // No `/`, `?` or `#`: after a pasted profile URL those start the part that is dropped.
  .stringMatching(
    // eslint-disable-next-line no-control-regex -- control characters are what is excluded
    /^[^\s@/?#\u200B-\u200F\u2060-\u2069\u202A-\u202E\u061C\uFEFF\u00AD\u0000-\u001F\u007F-\u009F][^\s/?#\u200B-\u200F\u2060-\u2069\u202A-\u202E\u061C\uFEFF\u00AD\u0000-\u001F\u007F-\u009F]{0,60}$/,
  )
  // NFKC must not make a leading @ or a URL of it either (e.g. U+FF20 FULLWIDTH COMMERCIAL AT).
  .filter((u) => u.length <= 100 && isNfkc(u) && !notAUsername(u));

export interface ValidCase {
  /** A valid, normalized config: a fixed point of validation. */
  clean: Record<string, string>;
  /** The same config as an administrator might paste it. */
  pasted: Record<string, string>;
}

type FieldArbs = Record<
  string,
  { clean: fc.Arbitrary<string>; paste: (a: fc.Arbitrary<string>) => fc.Arbitrary<string> }
>;

const FIELD_ARBS: { readonly [T in MessengerType]: FieldArbs } = {
  facebook: {
    pageUsername: {
      clean: fc.stringMatching(/^[A-Za-z0-9.]{5,50}$/).filter((u) => !notAUsername(u)),
      paste: pastedUsername,
    },
    pageId: { clean: fc.stringMatching(/^[0-9]{1,25}$/), paste: pastedPageId },
    token: { clean: cleanCredential, paste: sprinkled },
    webhookVerifyToken: { clean: cleanCredential, paste: sprinkled },
  },
  line: {
    name: { clean: cleanName, paste: messyText },
    token: { clean: cleanCredential, paste: sprinkled },
  },
  nexmo: {
    name: { clean: cleanName, paste: messyText },
    key: { clean: fc.stringMatching(/^[A-Za-z0-9]{1,40}$/), paste: sprinkled },
    secret: { clean: cleanCredential, paste: sprinkled },
  },
  telegram: {
    botUsername: {
      clean: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{1,28}[Bb][Oo][Tt]$/),
      paste: pastedUsername,
    },
    token: {
      clean: fc.stringMatching(/^[0-9]{1,16}:[A-Za-z0-9_-]{20,80}$/),
      paste: pastedTelegramToken,
    },
  },
  viber: {
    botUsername: { clean: cleanViberUsername, paste: pastedUsername },
    token: { clean: cleanCredential, paste: sprinkled },
  },
};

/** A valid config built from the hard rules, with a pasted variant of it. */
export function validCase(type: MessengerType): fc.Arbitrary<ValidCase> {
  const entries = Object.entries(FIELD_ARBS[type]);
  return fc
    .tuple(
      ...entries.map(([, { clean, paste }]) =>
        clean.chain((c) => paste(fc.constant(c)).map((p) => [c, p] as const)),
      ),
    )
    .map((pairs) => ({
      clean: Object.fromEntries([
        ['type', type],
        ...pairs.map(([c], i) => [entries[i][0], c]),
      ]) as Record<string, string>,
      pasted: Object.fromEntries([
        ['type', type],
        ...pairs.map(([, p], i) => [entries[i][0], p]),
      ]) as Record<string, string>,
    }));
}

/** Any value for a field: strings of every kind, numbers, and anything else. */
const anyFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()) },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 1, withBoxedValues: true, withMap: true, withSet: true }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
);

type HostileKind = 'getter' | 'proxy-get' | 'proxy-has' | 'revoked';

/**
 * Recipe of an object throwing from a getter or a Proxy trap. Built only
 * inside the property (fast-check itself inspects generated values).
 */
export class Hostile {
  constructor(
    readonly base: Readonly<Record<string, unknown>>,
    readonly kind: HostileKind,
    readonly extraKey: string,
  ) {}

  build(): unknown {
    const target: Record<string, unknown> = { ...this.base };
    const boom = () => {
      throw new Error(`boom ${this.kind}`);
    };
    switch (this.kind) {
      case 'getter':
        for (const k of [...Object.keys(target), this.extraKey]) {
          if (k === 'type') continue;
          Object.defineProperty(target, k, { get: boom, enumerable: true, configurable: true });
        }
        return target;
      case 'proxy-get':
        return new Proxy(target, {
          get: (t, p, r) => (p === 'type' ? Reflect.get(t, p, r) : boom()),
        });
      case 'proxy-has':
        return new Proxy(target, { has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
      case 'revoked': {
        const { proxy, revoke } = Proxy.revocable(target, {});
        revoke();
        return proxy;
      }
    }
  }
}

/** The value to validate: builds {@link Hostile} recipes, passes anything else through. */
export const materialize = (input: unknown): unknown =>
  input instanceof Hostile ? input.build() : input;

const hostile = (base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Hostile> =>
  fc
    .tuple(
      base,
      fc.constantFrom<HostileKind>('getter', 'proxy-get', 'proxy-has', 'revoked'),
      fc.string(),
    )
    .map(([obj, kind, key]) => new Hostile(obj, kind, key));

/** Random inputs aimed at the schema of `type`, plus anything at all (pass through {@link materialize}). */
export function inputFor(type: MessengerType, fields: readonly string[]): fc.Arbitrary<unknown> {
  const typed = fc
    .record(Object.fromEntries(fields.map((f) => [f, anyFieldValue])), { requiredKeys: [] })
    .map((r) => ({ ...r, type }) as Record<string, unknown>);
  const withExtraKeys = fc
    .tuple(
      fc.dictionary(
        fc.string({ maxLength: 10 }),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        {
          maxKeys: 5,
        },
      ),
      typed,
    )
    .map(([extra, r]) => ({ ...extra, ...r }));
  return fc.oneof(
    { weight: 5, arbitrary: typed },
    { weight: 2, arbitrary: withExtraKeys },
    { weight: 2, arbitrary: validCase(type).map((c) => c.pasted) },
    { weight: 1, arbitrary: hostile(typed) },
    {
      weight: 1,
      arbitrary: fc.anything({ maxDepth: 2, withBoxedValues: true, withNullPrototype: true }),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.anything())),
    },
  );
}
