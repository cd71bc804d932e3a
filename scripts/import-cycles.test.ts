import { describe, expect, it } from 'vitest';
import {
  findCycles,
  importStatements,
  packageSourceFiles,
  relativeImportGraph,
  repoPath,
} from './module-graph.ts';

describe('importStatements', () => {
  it('reads imports, type-only imports, re-exports and dynamic imports, multi-line ones too', () => {
    const source = [
      "import { a, type B } from './a.ts';",
      "import type {\n  C,\n  D as E,\n} from '../c.ts';",
      "import * as z from 'zod';",
      "import './side-effect.ts';",
      "export { f } from './f.ts';",
      "export type { G } from './g.ts';",
      'export const x = 1;',
      "export const y = { a: 'b' };",
      "import.meta.resolve('./not-an-import.ts');",
      "const lazy = await import('./lazy.ts');",
    ].join('\n');
    expect(importStatements(source)).toEqual([
      { kind: 'import', from: './a.ts', names: ['a', 'B'], locals: ['a', 'B'], typeOnly: false },
      { kind: 'import', from: '../c.ts', names: ['C', 'D'], locals: ['C', 'E'], typeOnly: true },
      { kind: 'import', from: 'zod', names: ['*'], locals: ['z'], typeOnly: false },
      { kind: 'import', from: './side-effect.ts', names: [], locals: [], typeOnly: false },
      { kind: 'export', from: './f.ts', names: ['f'], locals: ['f'], typeOnly: false },
      { kind: 'export', from: './g.ts', names: ['G'], locals: ['G'], typeOnly: true },
      { kind: 'import', from: './lazy.ts', names: ['*'], locals: ['*'], typeOnly: false },
    ]);
  });
});

describe('findCycles', () => {
  it('reports each cycle once, from its smallest file, and nothing for a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('package sources', () => {
  it('have no import cycle (type-only imports included: a cycle of types is a cycle of concepts)', () => {
    const cycles = findCycles(relativeImportGraph(packageSourceFiles())).map((cycle) =>
      cycle.map((file) => repoPath(file)).join(' → '),
    );
    expect(cycles).toEqual([]);
  });
});
