import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../manifest.ts';

const ROOT = join(import.meta.dirname, '../..');
// Inside the repository, so that externals resolve from node_modules as they would in Lambda's runtime.
const OUT = join(ROOT, 'node_modules', '.cache', 'sre-agent-stack-bundles');
/** What SST's Node builder puts on top of an ESM bundle, so that bundled CommonJS can `require`. */
const BANNER =
  "import { createRequire as topLevelCreateRequire } from 'module';const require = topLevelCreateRequire(import.meta.url);";
/** The stack's `nodejs.esbuild.external` (stacks/functions.ts). */
const EXTERNAL = ['dynalite'];

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

describe('Lambda bundles', () => {
  it('bundle every handler as SST does (ESM, Node 24, minified), under 20 MB, without the embedded server, and load', async () => {
    await mkdir(OUT, { recursive: true });
    const entries = Object.values(FUNCTIONS).map((spec) => ({
      id: spec.id,
      file: join(ROOT, spec.handler.replace(/\.handler$/, '.ts')),
    }));

    const result = await build({
      entryPoints: Object.fromEntries(entries.map((e) => [e.id, e.file])),
      outdir: OUT,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      mainFields: ['module', 'main'],
      banner: { js: BANNER },
      external: EXTERNAL,
      // One build for all handlers: shared code goes to chunks that load once, which keeps this test
      // fast; sizes below add each handler's chunks back up, as if it were bundled alone (as SST does).
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      minify: true,
      metafile: true,
      logLevel: 'silent',
    });

    expect(result.errors).toEqual([]);
    const outputs = result.metafile.outputs;
    const closure = (path: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(path)) return seen;
      seen.add(path);
      for (const imported of outputs[path]?.imports ?? []) {
        // Dynamic imports count: without splitting (as SST builds) they are inlined into the bundle.
        if (outputs[imported.path]) closure(imported.path, seen);
      }
      return seen;
    };
    for (const { id } of entries) {
      const key = `node_modules/.cache/sre-agent-stack-bundles/${id}.mjs`;
      const files = [...closure(key)];
      const bytes = files.reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
      const inputs = files.flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
      expect(bytes, id).toBeLessThan(20 * 1024 * 1024);
      expect(
        inputs.filter((i) => /node_modules\/(dynalite|classic-level|level)\//.test(i)),
        id,
      ).toEqual([]);
      const module = (await import(join(OUT, `${id}.mjs`))) as { handler?: unknown };
      expect(typeof module.handler, id).toBe('function');
    }
  }, 120_000);
});
