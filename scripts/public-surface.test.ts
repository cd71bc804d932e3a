import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPointUses, entrySpecifier, exportedNames, workspacePackages } from './module-graph.ts';

/**
 * Names an index may export although nothing imports them yet, each rule with its reason.
 * Everything else a package index names must be imported from outside that package (other
 * packages, functions/, stacks/, scripts/, bin/, their tests and benches) or by a usage example in
 * the documentation, so that the public surface cannot grow unused again.
 */
const ALLOWED_UNUSED: readonly { test: (specifier: string, name: string) => boolean; reason: string }[] = [
  {
    test: (specifier, name) => specifier.endsWith('/testing') && /^describe\w+Contract$/.test(name),
    reason:
      'a port’s contract suite is published so that every implementation of the port, in any package, runs it (STYLE: one contract suite per port)',
  },
];

describe('package entry points', () => {
  const uses = entryPointUses();
  const entries = workspacePackages().flatMap((pkg) =>
    Object.entries(pkg.exports)
      .filter(([, file]) => file.endsWith('/index.ts'))
      .map(([subPath, file]) => ({ specifier: entrySpecifier(pkg, subPath), path: join(pkg.dir, file) })),
  );

  it('are found: every package has an index, the test is not vacuous', () => {
    expect(entries.map((e) => e.specifier)).toContain('@sre-agent/healing');
    expect(entries.map((e) => e.specifier)).toContain('@sre-agent/healing/testing');
  });

  it.each(entries)(
    '$specifier exports only names used outside its package (or documented)',
    ({ specifier, path }) => {
      const used = uses.get(specifier);
      // A `./testing` index serves tests, the package's own ones included (through the index).
      const testing = specifier.endsWith('/testing');
      const unused = exportedNames(readFileSync(path, 'utf8')).filter(
        (name) =>
          !used?.outside.has(name) &&
          !used?.documented.has(name) &&
          !(testing && used?.inside.has(name)) &&
          !ALLOWED_UNUSED.some((rule) => rule.test(specifier, name)),
      );
      expect(unused, `remove these from ${specifier}'s index, or import them where they are needed`).toEqual(
        [],
      );
    },
  );
});
