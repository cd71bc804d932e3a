import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** A benchmark module: `packages/<name>/bench/<topic>.bench.ts` exporting `runBench`. */
export type BenchModule = { runBench(io: CliIo): Promise<void> };

export function findBenchFiles(root = ROOT): string[] {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(packages, entry.name, 'bench');
      try {
        return readdirSync(dir)
          .filter((file) => file.endsWith('.bench.ts'))
          .map((file) => join(dir, file));
      } catch {
        return [];
      }
    })
    .sort();
}

export function registerBenchCommand(bench: Command, io: CliIo): void {
  bench
    .argument('[filters...]', 'substrings of benchmark paths, e.g. memory or sandbox')
    .action(async (filters: string[]) => {
      const files = findBenchFiles().filter(
        // Matched against the path inside the repository, so the checkout's own directory name
        // (a worktree called `cost-usage`, say) does not match every benchmark.
        (f) => filters.length === 0 || filters.some((x) => relative(ROOT, f).includes(x)),
      );
      if (files.length === 0) {
        io.err('no benchmark matched');
        return;
      }
      for (const file of files) {
        io.out(`\n== ${relative(ROOT, file)}`);
        const mod = (await import(file)) as BenchModule;
        await mod.runBench(io);
      }
    });
}
