#!/usr/bin/env node
// Type-checks every ```ts / ```tsx block of README.md and stories/docs/**/*.mdx
// against the BUILT package (run `npm run build` first): each block becomes a
// module that imports 'messenger-integration-forms' by its name, which resolves
// through package.json "exports" to dist/ (a package may import itself by name).
//
// A block may use, without importing them:
// - the exports of the three entries ('messenger-integration-forms', '/mocks',
//   '/connectors') it does not import itself, as a fragment next to its
//   section's imports would;
// - the host placeholders declared in scripts/snippets/placeholders.d.ts (the
//   host's own API, e.g. `api.saveMessengerAccount`). None of them may be a
//   DOM global (`close`, `open`, `name`, `status`…): pasted, such a name would
//   silently bind to `window`;
// - the host files of scripts/snippets/app/ (`./App`, `./mocks/browser`).
// Markers after the language (```ts body):
// - `body`: the block is the inside of a function (a request handler): its
//   statements, after its imports, are compiled in an async function.
// - `continues`: the block goes on from the previous block of the file, whose
//   code is compiled in front of it.
// - `no-check`: not meant to compile (a signature excerpt); few, each with a reason
//   in the text around it.
//
// Usage: node scripts/check-snippets.mjs [files…]   (npm run check:snippets)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules/.cache/check-snippets');
const placeholders = path.join(root, 'scripts/snippets/placeholders.d.ts');
// window properties that read like a host's own function or value.
const WINDOW_NAMES = new Set([
  'close',
  'closed',
  'open',
  'opener',
  'name',
  'status',
  'stop',
  'print',
  'find',
  'focus',
  'blur',
  'event',
  'parent',
  'top',
  'self',
  'origin',
  'length',
  'frames',
  'scroll',
  'confirm',
]);
const ENTRIES = [
  'messenger-integration-forms',
  'messenger-integration-forms/mocks',
  'messenger-integration-forms/connectors',
];

function docFiles() {
  const mdx = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) mdx.push(path.relative(root, full));
    }
  };
  walk(path.join(root, 'stories/docs'));
  return ['README.md', ...mdx.sort()];
}

/** The ```ts / ```tsx blocks of a Markdown or MDX file, with the line each starts on. */
function extractBlocks(file) {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const blocks = [];
  let open = null;
  lines.forEach((line, i) => {
    const fence = /^(\s*)```(\S*)\s*(.*)$/.exec(line);
    if (!open && fence && /^(ts|tsx)$/.test(fence[2])) {
      open = {
        file,
        lang: fence[2],
        meta: fence[3],
        line: i + 2,
        indent: fence[1].length,
        code: [],
      };
    } else if (open && fence && fence[2] === '') {
      blocks.push(open);
      open = null;
    } else if (open) {
      open.code.push(line.slice(Math.min(open.indent, /^\s*/.exec(line)[0].length)));
    }
  });
  return blocks;
}

const compilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node', 'vite/client'],
  skipLibCheck: true,
  isolatedModules: true,
  allowImportingTsExtensions: false,
};

/** The names each entry of the built package exports (values and types). */
function exportsOfEntries() {
  const stub = path.join(outDir, '_entries.ts');
  writeFileSync(stub, ENTRIES.map((e, i) => `export * as e${i} from '${e}';`).join('\n'));
  const program = ts.createProgram([stub], compilerOptions);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(stub);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const names = new Map();
  ENTRIES.forEach((entry, i) => {
    const ns = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === `e${i}`);
    const target = ns && checker.getAliasedSymbol(ns);
    const exported = target ? checker.getExportsOfModule(target) : [];
    if (exported.length === 0)
      throw new Error(`${entry}: no exports — run \`npm run build\` first`);
    names.set(
      entry,
      exported.map((s) => s.name),
    );
  });
  return names;
}

/** Global value names of lib.dom (window's properties and friends). */
function domGlobals() {
  const stub = path.join(outDir, '_globals.ts');
  writeFileSync(stub, 'export {};\n');
  const program = ts.createProgram([stub], { ...compilerOptions, types: [] });
  const checker = program.getTypeChecker();
  const symbols = checker.getSymbolsInScope(program.getSourceFile(stub), ts.SymbolFlags.Value);
  return new Set(symbols.map((s) => s.name));
}

/** Names a block imports or declares at its top level. */
function ownNames(code) {
  const source = ts.createSourceFile(
    'x.tsx',
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TSX,
  );
  const names = new Set();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const { name, namedBindings } = statement.importClause;
      if (name) names.add(name.text);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) names.add(namedBindings.name.text);
      if (namedBindings && ts.isNamedImports(namedBindings))
        for (const el of namedBindings.elements) names.add(el.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations)
        if (ts.isIdentifier(decl.name)) names.add(decl.name.text);
    }
  }
  return names;
}

function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : docFiles();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The host's own files some snippets import (`./App`, `./mocks/browser`).
  cpSync(path.join(root, 'scripts/snippets/app'), outDir, { recursive: true });
  const problems = [];

  // Placeholders must not shadow DOM globals.
  const dom = domGlobals();
  const declared = ownNames(readFileSync(placeholders, 'utf8').replace(/^declare /gm, ''));
  for (const name of declared) {
    if (dom.has(name))
      problems.push(
        `${path.relative(root, placeholders)}: "${name}" is a DOM global; choose another placeholder name`,
      );
  }

  const exported = exportsOfEntries();
  const sources = [];
  const origin = new Map();
  let count = 0;
  let skipped = 0;
  for (const file of files) {
    let previous = null;
    for (const block of extractBlocks(file)) {
      if (/\bno-check\b/.test(block.meta)) {
        skipped++;
        continue;
      }
      let code = block.code.join('\n');
      if (/\bbody\b/.test(block.meta)) {
        const lines = block.code;
        let split = 0;
        const source = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.ES2022, true);
        for (const st of source.statements) {
          if (!ts.isImportDeclaration(st)) break;
          split = source.getLineAndCharacterOfPosition(st.getEnd()).line + 1;
        }
        code = [
          ...lines.slice(0, split),
          'export async function snippet() {',
          ...lines.slice(split),
          '}',
        ].join('\n');
        // Positions after the split are one line down: record it for messages.
        block.shiftAfter = split;
      }
      if (/\bcontinues\b/.test(block.meta) && previous?.file === file) {
        block.prefix = previous.code.length;
        code = `${previous.code.join('\n')}\n${code}`;
      }
      previous = block;
      const own = ownNames(code);
      const taken = new Set(own);
      const preamble = [];
      for (const [entry, names] of exported) {
        const free = names.filter((n) => !taken.has(n) && !declared.has(n));
        free.forEach((n) => taken.add(n));
        if (free.length) preamble.push(`import { ${free.join(', ')} } from '${entry}';`);
      }
      const header = `${preamble.join(' ')} // preamble\n`;
      const name = `${file.replace(/[^A-Za-z0-9]+/g, '_')}_${block.line}.${block.lang}`;
      const full = path.join(outDir, name);
      writeFileSync(full, `${header}${code}\nexport {};\n`);
      sources.push(full);
      origin.set(full, block);
      count++;
    }
  }

  const program = ts.createProgram([placeholders, ...sources], {
    ...compilerOptions,
    noUnusedLocals: false,
  });
  // `onCancel={close}` compiles, and binds window.close: window's properties
  // that read like placeholders may not be used as free names.
  const checker = program.getTypeChecker();
  for (const [full, block] of origin) {
    const source = program.getSourceFile(full);
    const visit = (node) => {
      if (ts.isIdentifier(node) && WINDOW_NAMES.has(node.text)) {
        const parent = node.parent;
        const isProperty =
          (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          ts.isPropertyAssignment(parent) ||
          ts.isJsxAttribute(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isBindingElement(parent);
        const symbol = !isProperty && checker.getSymbolAtLocation(node);
        const decls = (symbol && symbol.declarations) || [];
        if (
          decls.length &&
          decls.every((d) => /lib\.dom\.d\.ts$/.test(d.getSourceFile().fileName))
        ) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
          const at =
            line -
            1 -
            (block.prefix ?? 0) -
            (block.shiftAfter !== undefined && line - 1 > block.shiftAfter ? 1 : 0);
          problems.push(
            `${block.file}:${block.line + at}:${character + 1 + block.indent} (\`\`\`${block.lang} block at line ${block.line - 1}): "${node.text}" is window.${node.text}; use a placeholder name of your own`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const block = d.file && origin.get(path.resolve(d.file.fileName));
    if (block && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      // Preamble imports nobody uses are fine (isolatedModules may flag types).
      if (line === 0) continue;
      let at = line - 1 - (block.prefix ?? 0);
      if (block.shiftAfter !== undefined && at > block.shiftAfter) at -= 1;
      const where =
        at < 0 ? `(the block it continues)` : `${block.line + at}:${character + 1 + block.indent}`;
      problems.push(
        `${block.file}:${where} (\`\`\`${block.lang} block at line ${block.line - 1}): TS${d.code} ${message}`,
      );
    } else {
      const where = d.file ? path.relative(root, d.file.fileName) : 'tsc';
      problems.push(`${where}: TS${d.code} ${message}`);
    }
  }

  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.length} problem(s) in ${count} checked snippet(s).`);
    process.exit(1);
  }
  console.log(
    `${count} snippets type-check against the built package (${skipped} marked no-check).`,
  );
}

main();
