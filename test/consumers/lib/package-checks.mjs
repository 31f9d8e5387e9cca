// Static checks of the packed package (the unpacked tarball), as consumers get it.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Files a consumer needs; anything else in the tarball is a mistake. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^dist\/(mocks\/|connectors\/|http\/)?index\.(js|cjs|d\.ts|d\.cts)(\.map)?$/,
  // The ESM build's lazy chunk: the brand marks of the picker and the add menu (tsup splitting).
  /^dist\/icons-[A-Z0-9]+\.js(\.map)?$/,
  // The parts the ESM components load on demand (tsup.config.ts PARTS).
  /^dist\/parts\/[A-Za-z]+\.js(\.map)?$/,
];

// The dist files behind each export are not listed: `publint --strict`
// (npm run check:package) fails on an export whose file is missing, and
// `attw --pack` resolves each entry's types under node10/node16/bundler.
const REQUIRED = ['package.json', 'README.md', 'CHANGELOG.md'];

/** Peers a consumer must provide, with a version each fixture installs that the range must admit. */
const REQUIRED_PEERS = ['react', 'react-dom', '@mui/material', '@emotion/react', '@emotion/styled'];

const REACT_LIKE = /^(react|react-dom|@mui\/|@emotion\/)/;

/** Bare module specifiers imported or required by a JS or declaration file. */
export function importedSpecifiers(source) {
  // Block comments (TSDoc `@example`s in the .d.ts files) import nothing.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const found = new Set();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) {
      const spec = match[1];
      if (!spec.startsWith('.') && !spec.startsWith('/')) found.add(spec);
    }
  return [...found];
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageNameOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Whether the file starts with a `"use client"` directive (comments and other directives aside). */
export function startsWithUseClient(code) {
  let rest = code.replace(/^#![^\n]*\n/, '');
  for (;;) {
    rest = rest.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '');
    const directive = /^(['"])([^'"]*)\1\s*;?/.exec(rest);
    if (!directive) return false;
    if (directive[2] === 'use client') return true;
    rest = rest.slice(directive[0].length);
  }
}

/**
 * @param dir the unpacked tarball
 * @param packedFiles paths listed by `npm pack --json`
 * @returns problems, empty when the package is clean
 */
export function checkPackedPackage(dir, packedFiles) {
  const problems = [];
  const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');

  // Files: only what consumers need, and all of it.
  for (const f of packedFiles)
    if (!ALLOWED.some((re) => re.test(f))) problems.push(`unexpected file in the tarball: ${f}`);
  for (const f of REQUIRED)
    if (!packedFiles.includes(f)) problems.push(`missing from the tarball: ${f}`);
  if (problems.length) return problems;

  const pkg = JSON.parse(read('package.json'));

  // Manifest fields consumers and tools rely on.
  if (!pkg.engines?.node) problems.push('package.json: engines.node is not stated');
  if (pkg.sideEffects !== false) problems.push('package.json: sideEffects should be false');
  for (const key of ['.', './mocks', './connectors', './http', './package.json'])
    if (!pkg.exports?.[key]) problems.push(`package.json: exports["${key}"] is missing`);
  const peers = pkg.peerDependencies ?? {};
  const deps = pkg.dependencies ?? {};
  for (const peer of REQUIRED_PEERS)
    if (!peers[peer]) problems.push(`package.json: peerDependencies lacks ${peer}`);
  for (const major of ['18', '19'])
    for (const name of ['react', 'react-dom'])
      if (!new RegExp(`\\^${major}\\.`).test(peers[name] ?? ''))
        problems.push(`package.json: peer ${name} "${peers[name]}" does not state React ${major}`);
  if (peers.msw && pkg.peerDependenciesMeta?.msw?.optional !== true)
    problems.push('package.json: msw is a peer but not optional (only ./mocks needs it)');
  for (const name of Object.keys(deps))
    if (REACT_LIKE.test(name))
      problems.push(`package.json: ${name} must be a peer, not a dependency`);

  // "use client" on the component bundles.
  for (const f of ['dist/index.js', 'dist/index.cjs'])
    if (!startsWithUseClient(read(f))) problems.push(`${f} does not start with "use client"`);

  // Every bare import is declared; only ./mocks imports msw; ./mocks, ./connectors and ./http no React.
  const declared = new Set([...Object.keys(deps), ...Object.keys(peers)]);
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const f of packedFiles.filter((p) => /\.(js|cjs|d\.ts|d\.cts)$/.test(p))) {
    const specs = importedSpecifiers(read(f));
    for (const spec of specs) {
      const name = packageNameOf(spec);
      if (builtins.has(spec) || builtins.has(name))
        problems.push(`${f} imports the Node built-in "${spec}" (breaks browser bundles)`);
      else if (!declared.has(name))
        problems.push(
          `${f} imports "${spec}" but ${name} is neither a dependency nor a peer dependency`,
        );
      if (f.startsWith('dist/mocks/') && REACT_LIKE.test(spec))
        problems.push(`${f} imports "${spec}": ./mocks must not import React, MUI or Emotion`);
      if (f.startsWith('dist/connectors/') && (REACT_LIKE.test(spec) || name === 'formik'))
        problems.push(`${f} imports "${spec}": ./connectors (server side) must not import React`);
      if (f.startsWith('dist/http/') && (REACT_LIKE.test(spec) || name === 'formik'))
        problems.push(`${f} imports "${spec}": ./http (the HTTP adapter) must not import React`);
      if (!f.startsWith('dist/mocks/') && name === 'msw')
        problems.push(`${f} imports "${spec}": only ./mocks may import msw`);
    }
  }
  return problems;
}
