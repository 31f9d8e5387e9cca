// What each typed form carries (npm run size, after npm run build): bundled
// alone from dist/ as an app's bundler would (esbuild, minified, tree-shaken,
// peers, formik and yup external), a form must contain its own messenger's
// texts and none of another built-in messenger's (e.g. LineAccountForm alone
// has no Telegram or Facebook text). The texts are the catalogue entries of
// each messenger's folder (keys `<type>.*`, `error.<type>*`, `warning.<type>*`),
// read from the built package itself. The texts of the parts the forms load on
// demand (the dialogs and the result alert, dist/parts/) must not be in what a
// form loads up front. Exits 1 on any leak.
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONSUMER_BUILD, ROOT } from './size.mjs';

const DIST = path.join(ROOT, 'dist/index.js');
const { en, ja, MESSENGER_TYPES } = await import(pathToFileURL(DIST).href);

const FORMS = {
  facebook: 'FacebookAccountForm',
  line: 'LineAccountForm',
  nexmo: 'NexmoAccountForm',
  telegram: 'TelegramAccountForm',
  viber: 'ViberAccountForm',
};

/** The messenger a catalogue key belongs to, or `undefined` for the common texts. */
const ownerOf = (key) =>
  MESSENGER_TYPES.find(
    (type) =>
      key.startsWith(`${type}.`) ||
      key.startsWith(`error.${type}`) ||
      key.startsWith(`warning.${type}`),
  );

/** Who uses each text (a type, or 'common'): a text shared by two owners ("Token") proves nothing. */
const owners = new Map();
for (const catalogue of [en, ja])
  for (const [key, text] of Object.entries(catalogue)) {
    if (!owners.has(text)) owners.set(text, new Set());
    owners.get(text).add(ownerOf(key) ?? 'common');
  }

/** The texts of one messenger's folder that no other messenger nor the common catalogue uses. */
function textsOf(type) {
  return [...owners].filter(([, who]) => who.size === 1 && who.has(type)).map(([text]) => text);
}

/** Whether the code holds the text: as a string literal when short (a word like "Key" is in any code). */
const holds = (code, text) =>
  text.length < 12 ? code.includes(JSON.stringify(text)) : code.includes(text);

/** Texts only the parts loaded on demand show (one per part). */
const PART_TEXTS = ['webhookDialog.url.helper', 'discard.body', 'action.stale'];

async function bundle(form, upfront = false) {
  const result = await build({
    ...CONSUMER_BUILD,
    stdin: { contents: `export { ${form} } from ${JSON.stringify(DIST)};`, resolveDir: ROOT },
    plugins: [
      {
        name: 'external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
          // Up front: what loads with the page, without the chunks behind import().
          if (upfront)
            b.onResolve({ filter: /.*/ }, (args) =>
              args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
            );
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

let problems = 0;
for (const type of MESSENGER_TYPES) {
  const form = FORMS[type];
  if (!form) {
    console.error(`no typed form listed for "${type}" in scripts/size-contents.mjs`);
    problems++;
    continue;
  }
  const code = await bundle(form);
  const missing = textsOf(type).filter((text) => !holds(code, text));
  if (missing.length) {
    console.error(`${form} alone lacks its own texts, e.g. ${JSON.stringify(missing[0])}`);
    problems++;
  }
  const foreign = MESSENGER_TYPES.filter((other) => other !== type).flatMap((other) =>
    textsOf(other)
      .filter((text) => holds(code, text))
      .map((text) => `${other}: ${JSON.stringify(text.slice(0, 60))}`),
  );
  if (foreign.length) {
    console.error(`${form} alone carries another messenger's texts:\n  ${foreign.join('\n  ')}`);
    problems++;
  } else
    console.log(`${form} alone: its own texts only (${MESSENGER_TYPES.length - 1} others absent)`);
  const upfront = await bundle(form, true);
  const early = PART_TEXTS.filter((key) => [en, ja].some((c) => holds(upfront, c[key])));
  if (early.length) {
    console.error(`${form} loads texts of a part up front: ${early.join(', ')}`);
    problems++;
  } else if (!PART_TEXTS.every((key) => holds(code, en[key]))) {
    console.error(`${form}: a part's text is missing from the whole bundle`);
    problems++;
  } else console.log(`${form} up front: none of the parts' texts (${PART_TEXTS.length} checked)`);
}
if (problems) process.exit(1);
