/**
 * The import graph of the workspace's TypeScript sources, read from the import and export
 * statements of each file (no compiler: the graph checks must stay fast and deterministic).
 * Used by the tests that keep the packages free of import cycles and their entry points free of
 * unused names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One import or re-export statement: where from, the names it takes from that module (`*` for a
 * namespace import or `export *`), the names they get here (after `as`; for a re-export, the
 * exported names) and whether only types are taken.
 */
export type ImportStatement = {
  kind: 'import' | 'export';
  from: string;
  names: string[];
  locals: string[];
  typeOnly: boolean;
};

// `import … from '…'`, `export … from '…'`, bare `import '…'`. Statements are short and end at the
// quote, so the lazy `[^;]*?` stays linear on our own sources.
const STATEMENT = /(?:^|[;\n])\s*(import|export)(\s+type)?\s*([^;'"]*?)\s*(from\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** `Foo`, `type Foo`, `Foo as Bar`: the name taken from the module and its name here. */
function specifier(text: string): [string, string] | undefined {
  const [name, local = name] = text
    .trim()
    .replace(/^type\s+/, '')
    .split(/\s+as\s+/)
    .map((x) => x.trim());
  return name && local ? [name, local] : undefined;
}

/** The import and re-export statements of one source text (comments are not stripped: keep imports out of them). */
export function importStatements(source: string): ImportStatement[] {
  const out: ImportStatement[] = [];
  for (const m of source.matchAll(STATEMENT)) {
    const [, keyword, typeKeyword, clause = '', fromKeyword, from = ''] = m;
    // Only `import '…'` goes without `from`; anything else is an export of a value or `import.meta`.
    if (!fromKeyword && (keyword === 'export' || clause !== '')) continue;
    const kind = keyword === 'export' ? 'export' : 'import';
    const braces = clause.match(/\{([^}]*)\}/)?.[1];
    const pairs = (braces ?? '').split(',').flatMap((part) => {
      const pair = specifier(part);
      return pair ? [pair] : [];
    });
    const outside = clause
      .replace(/\{[^}]*\}/, '')
      .replace(/,$/, '')
      .trim();
    if (outside.startsWith('*')) pairs.push(['*', outside.split(/\s+as\s+/)[1]?.trim() ?? '*']);
    else if (kind === 'import' && outside) pairs.push(['default', outside]);
    const typeOnly =
      Boolean(typeKeyword) || braces?.split(',').every((p) => !p.trim() || /^\s*type\s/.test(p)) === true;
    out.push({ kind, from, names: pairs.map(([n]) => n), locals: pairs.map(([, l]) => l), typeOnly });
  }
  for (const m of source.matchAll(DYNAMIC_IMPORT)) {
    out.push({ kind: 'import', from: m[1] ?? '', names: ['*'], locals: ['*'], typeOnly: false });
  }
  return out;
}

/** Every `.ts` and `.mjs` file under `dir` (recursively), skipping `node_modules` and dot-directories. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (/\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** The source files of every package (`packages/<name>/src`), test files excluded. */
export function packageSourceFiles(root = ROOT): string[] {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      try {
        return tsFiles(join(packages, e.name, 'src'));
      } catch {
        return [];
      }
    })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
}

/** Relative imports of each file, resolved to absolute paths (runtime and type-only alike). */
export function relativeImportGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importStatements(readFileSync(file, 'utf8'))
      .filter((s) => s.from.startsWith('.'))
      .map((s) => resolve(dirname(file), s.from));
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * Every elementary cycle found by a depth-first search, each reported once, as the files on it
 * in import order starting from its smallest path (so the report is deterministic).
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join('\n'), rotated);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

/** A path relative to the repository root, with forward slashes, for messages. */
export function repoPath(file: string, root = ROOT): string {
  return relative(root, file).split(sep).join('/');
}

/** A workspace package: its name, directory and `exports` map (sub-path → file, relative to `dir`). */
export type WorkspacePackage = { name: string; dir: string; exports: Record<string, string> };

export function workspacePackages(root = ROOT): WorkspacePackage[] {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(packages, e.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        exports?: Record<string, string>;
      };
      return { name: manifest.name, dir, exports: manifest.exports ?? {} };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The names a module exports: its re-exports and its own `export` declarations. */
export function exportedNames(source: string): string[] {
  const names = importStatements(source)
    .filter((s) => s.kind === 'export')
    .flatMap((s) => s.locals);
  const DECLARATION =
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|class|type|interface)\s+(\w+)/gm;
  for (const m of source.matchAll(DECLARATION)) if (m[1]) names.push(m[1]);
  return [...new Set(names)].sort();
}

/**
 * Who imports a name from an entry point: code of other packages (or functions/, stacks/,
 * scripts/, bin/), the package's own code, or a usage example in the documentation (`*.md`).
 */
export type EntryPointUses = { outside: Set<string>; inside: Set<string>; documented: Set<string> };

/** The specifier other code imports an entry point by: `@sre-agent/kube`, `@sre-agent/kube/testing`. */
export function entrySpecifier(pkg: WorkspacePackage, subPath: string): string {
  return subPath === '.' ? pkg.name : `${pkg.name}/${subPath.replace(/^\.\//, '')}`;
}

/**
 * The names imported from each entry point of the workspace packages, by specifier. Imports by
 * package name from another package count as outside uses; a package's own files importing one of
 * its entry files by relative path count as inside uses; imports in Markdown code blocks count as
 * documented uses. A namespace import (`import * as`, or a
 * dynamic import not destructured at once) names no export and counts for none.
 */
export function entryPointUses(root = ROOT): Map<string, EntryPointUses> {
  const packages = workspacePackages(root);
  const entryFiles = new Map<string, string>();
  const uses = new Map<string, EntryPointUses>();
  for (const pkg of packages) {
    for (const [subPath, file] of Object.entries(pkg.exports)) {
      const specifier = entrySpecifier(pkg, subPath);
      entryFiles.set(resolve(pkg.dir, file), specifier);
      uses.set(specifier, { outside: new Set(), inside: new Set(), documented: new Set() });
    }
  }
  for (const file of [...tsFiles(root), ...markdownFiles(root)]) {
    const home = packages.find((p) => file.startsWith(p.dir + sep));
    const documentation = file.endsWith('.md');
    const source = readFileSync(file, 'utf8');
    const statements = [...importStatements(source), ...destructuredDynamicImports(source)];
    for (const statement of statements) {
      const relativeEntry = statement.from.startsWith('.')
        ? entryFiles.get(resolve(dirname(file), statement.from))
        : undefined;
      const specifier = relativeEntry ?? statement.from;
      const entry = uses.get(specifier);
      if (!entry) continue;
      const inside = relativeEntry !== undefined || (home !== undefined && specifier.startsWith(home.name));
      const into = documentation ? entry.documented : inside ? entry.inside : entry.outside;
      for (const name of statement.names) if (name !== '*') into.add(name);
    }
  }
  return uses;
}

/** Every Markdown file of the repository (READMEs, docs/), skipping `node_modules` and dot-directories. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

/** `const { a, b } = await import('x')`: the names taken from a dynamic import. */
function destructuredDynamicImports(source: string): ImportStatement[] {
  const out: ImportStatement[] = [];
  for (const m of source.matchAll(/\{([^{}]*)\}\s*=\s*await\s+import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const names = (m[1] ?? '').split(',').flatMap((part) => {
      const name = part.split(':')[0]?.trim();
      return name ? [name] : [];
    });
    out.push({ kind: 'import', from: m[2] ?? '', names, locals: names, typeOnly: false });
  }
  return out;
}
