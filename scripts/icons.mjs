// Writes src/messengers/<type>/icon.ts from the simple-icons package (CC0-1.0,
// a dev dependency): the brand marks are taken at build time, path and colour
// only, so the library has no runtime dependency and carries no unused icon
// data. Run `node scripts/icons.mjs` after bumping simple-icons;
// test/forms/components.suite.tsx fails when a file no longer matches the package.
//
// Precision: the paths are drawn 24 px wide on a 24 × 24 view box, where the
// package's 3 decimals are 1/1000 of a pixel. `roundPath` keeps 2 (like SVGO's
// convertPathData with floatPrecision 2): every point of the path (end points
// and control points, in absolute coordinates) stays within 0.005 units
// (0.005 px) of the package's, also for relative commands, whose deltas are
// taken between the rounded absolute points so that the error never adds up.
// Still the simple-icons mark, a fifth smaller.
import { readFile, writeFile } from 'node:fs/promises';
import * as icons from 'simple-icons';

/** Messenger type → simple-icons export. Nexmo has no mark of its own: it is Vonage's API platform. */
export const ICONS = {
  facebook: 'siMessenger',
  line: 'siLine',
  nexmo: 'siVonage',
  telegram: 'siTelegram',
  viber: 'siViber',
};

/** Decimals kept in the generated paths. */
export const DECIMALS = 2;

/**
 * Argument kinds per command: x / y a coordinate, n a length or angle, f an
 * arc flag (a single 0 or 1, possibly written without a separator).
 */
const ARGS = {
  M: 'xy',
  L: 'xy',
  T: 'xy',
  H: 'x',
  V: 'y',
  C: 'xyxyxy',
  S: 'xyxy',
  Q: 'xyxy',
  A: 'nnnffxy',
  Z: '',
};

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/**
 * The segments of SVG path data: `{ command, args }` with one segment per
 * argument group (`M1 2 3 4` is M 1 2 then an implicit L 3 4, kept as `M`).
 * @param {string} d
 * @returns {Array<{ command: string, args: number[], implicit: boolean }>}
 */
export function parsePath(d) {
  const segments = [];
  let i = 0;
  const skip = () => {
    while (i < d.length && /[\s,]/.test(d[i])) i += 1;
  };
  let command = '';
  skip();
  while (i < d.length) {
    let implicit = true;
    if (/[a-zA-Z]/.test(d[i])) {
      command = d[i];
      i += 1;
      implicit = false;
    }
    const kinds = ARGS[command.toUpperCase()];
    if (kinds === undefined)
      throw new Error(`path data: unknown command at ${i}: ${d.slice(i, i + 10)}`);
    const args = [];
    for (const kind of kinds) {
      skip();
      if (kind === 'f') {
        if (d[i] !== '0' && d[i] !== '1') throw new Error(`path data: bad arc flag at ${i}`);
        args.push(Number(d[i]));
        i += 1;
      } else {
        const match = NUMBER.exec(d.slice(i));
        if (!match) throw new Error(`path data: number expected at ${i}: ${d.slice(i, i + 10)}`);
        args.push(Number(match[0]));
        i += match[0].length;
      }
    }
    segments.push({ command, args, implicit });
    skip();
    if (kinds === '' && i < d.length && !/[a-zA-Z]/.test(d[i])) {
      throw new Error(`path data: a command expected after Z at ${i}`);
    }
  }
  return segments;
}

/**
 * Every point of the path in absolute coordinates (end points and control
 * points; arc radii and rotation as they are), in order.
 * @param {string} d
 * @returns {number[]}
 */
export function absoluteValues(d) {
  const values = [];
  walk(parsePath(d), (value) => {
    values.push(value);
    return value;
  });
  return values;
}

const round = (value, decimals = DECIMALS) => {
  const r = Math.round(value * 10 ** decimals) / 10 ** decimals;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * Walks the segments with the current point, calling `map(absolute, kind)`
 * for each argument and returning the segments with the mapped arguments
 * (relative arguments become the delta between mapped absolute points).
 */
function walk(segments, map) {
  // Current point and subpath start, exact and mapped.
  let x = 0;
  let y = 0;
  let mx = 0;
  let my = 0;
  let startX = 0;
  let startY = 0;
  let startMx = 0;
  let startMy = 0;
  let first = true;
  return segments.map(({ command, args, implicit }) => {
    const upper = command.toUpperCase();
    const relative = command !== upper && !(first && upper === 'M');
    first = false;
    if (upper === 'Z') {
      x = startX;
      y = startY;
      mx = startMx;
      my = startMy;
      return { command, args: [], implicit };
    }
    const kinds = ARGS[upper];
    const out = [];
    let endX = x;
    let endY = y;
    let endMx = mx;
    let endMy = my;
    kinds.split('').forEach((kind, index) => {
      const value = args[index];
      if (kind === 'x' || kind === 'y') {
        const absolute = relative ? value + (kind === 'x' ? x : y) : value;
        const mapped = map(absolute, kind);
        out.push(relative ? round(mapped - (kind === 'x' ? mx : my), 6) : mapped);
        if (kind === 'x') {
          endX = absolute;
          endMx = mapped;
        } else {
          endY = absolute;
          endMy = mapped;
        }
      } else {
        out.push(kind === 'f' ? value : map(value, kind));
      }
    });
    x = endX;
    y = endY;
    mx = endMx;
    my = endMy;
    if (upper === 'M' && !implicit) {
      startX = x;
      startY = y;
      startMx = mx;
      startMy = my;
    }
    return { command, args: out, implicit };
  });
}

/** `0.5` → `.5`, `-0.5` → `-.5`. */
const formatNumber = (value) => String(value).replace(/^(-?)0\./, '$1.');

/**
 * Path data with every coordinate rounded to `DECIMALS` decimals (see the
 * top of this file), in the same commands, written compactly.
 * @param {string} d
 * @returns {string}
 */
export function roundPath(d) {
  const segments = walk(parsePath(d), (value) => round(value));
  let out = '';
  let previous = '';
  for (const { command, args, implicit } of segments) {
    if (!implicit) {
      out += command;
      previous = command;
    }
    for (const value of args) {
      const text = formatNumber(value);
      const glued =
        /[a-zA-Z]$/.test(previous) ||
        text.startsWith('-') ||
        (text.startsWith('.') && /[.eE]/.test(previous));
      out += glued ? text : ` ${text}`;
      previous = text;
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const { version } = JSON.parse(
    await readFile(new URL('../node_modules/simple-icons/package.json', import.meta.url), 'utf8'),
  );
  for (const [type, name] of Object.entries(ICONS)) {
    const icon = icons[name];
    const file = `src/messengers/${type}/icon.ts`;
    const path = roundPath(icon.path);
    await writeFile(
      file,
      `// Generated by scripts/icons.mjs from simple-icons ${version} (CC0-1.0): "${icon.title}",
// coordinates rounded to ${DECIMALS} decimals on the 24 × 24 view box. Do not edit.
import type { MessengerIcon } from '../../core/descriptor';

/** The ${icon.title} brand mark (simple-icons "${icon.slug}"). */
export const ${type}Icon: MessengerIcon = {
  path: '${path}',
  hex: '${icon.hex}',
};
`,
    );
    console.log(`${file}: ${icon.title}, ${icon.path.length} → ${path.length} characters`);
  }
}
