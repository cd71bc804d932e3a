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

/** One import or re-export statement: where from, which names (`*` for a namespace import) and whether only types. */
export type ImportStatement = { from: string; names: string[]; typeOnly: boolean };

// `import … from '…'`, `export … from '…'`, bare `import '…'`. Statements are short and end at the
// quote, so the lazy `[^;]*?` stays linear on our own sources.
const STATEMENT = /(?:^|[;\n])\s*(import|export)(\s+type)?\s*([^;'"]*?)\s*(from\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The import and re-export statements of one source text (comments are not stripped: keep imports out of them). */
export function importStatements(source: string): ImportStatement[] {
  const out: ImportStatement[] = [];
  for (const m of source.matchAll(STATEMENT)) {
    const [, keyword, typeKeyword, clause = '', fromKeyword, from = ''] = m;
    // Only `import '…'` goes without `from`; anything else is an export of a value or `import.meta`.
    if (!fromKeyword && (keyword === 'export' || clause !== '')) continue;
    const braces = clause.match(/\{([^}]*)\}/)?.[1];
    const names: string[] = [];
    for (const part of (braces ?? '').split(',')) {
      const spec = part.trim();
      if (!spec) continue;
      // `type Foo`, `Foo as Bar`: the name taken from the module is the first word after `type`.
      const name = spec
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name) names.push(name);
    }
    const outside = clause.replace(/\{[^}]*\}/, '').trim();
    if (outside.includes('*')) names.push('*');
    else if (keyword === 'import' && outside.replace(/,$/, '').trim() && !braces) names.push('default');
    const typeOnly =
      Boolean(typeKeyword) || braces?.split(',').every((p) => !p.trim() || /^\s*type\s/.test(p)) === true;
    out.push({ from, names, typeOnly });
  }
  for (const m of source.matchAll(DYNAMIC_IMPORT))
    out.push({ from: m[1] ?? '', names: ['*'], typeOnly: false });
  return out;
}

/** Every `.ts` file under `dir` (recursively), skipping `node_modules`. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
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
    .filter((file) => !file.endsWith('.test.ts'));
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
