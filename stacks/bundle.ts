/**
 * The functions bundled as `sst deploy` bundles them, for the bundle test and the bundle benchmark.
 * SST's Node builder (sst/sst `pkg/runtime/node/build.go`) runs esbuild once per handler: ESM,
 * platform node, target esnext, `module` before `main`, keepNames, minified (the component's
 * default), no source map, a banner giving bundled CommonJS `require`, `__filename` and
 * `__dirname`, and as externals its own `sharp` and `pg-native` plus the stack's
 * `nodejs.esbuild.external`, and the stack's `nodejs.plugins` (`esbuild-plugins.mjs`: built-in
 * modules loaded with `require`). Nothing else is external: the AWS SDK is bundled (SST does not
 * rely on the copy in the Lambda runtime, and the stack does not ask it to).
 */
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import plugins from './esbuild-plugins.mjs';
import { BUNDLE_EXTERNAL, FUNCTIONS, type FunctionName, type FunctionSpec } from './manifest.ts';

const SST_EXTERNAL = ['sharp', 'pg-native'];
const SST_BANNER = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  'const require = topLevelCreateRequire(import.meta.url);',
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  'const __filename = topLevelFileUrlToPath(import.meta.url)',
  'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
].join('\n');

export type FunctionBundle = {
  name: FunctionName;
  spec: FunctionSpec;
  /** The handler's file, absolute (`<outdir>/<name>.mjs`, or `<outdir>/<name>/<name>.mjs` when split). */
  file: string;
  /** Every file of the bundle: the handler's and, when split, its chunks. */
  files: string[];
  /** What the handler loads at cold start: its file and the chunks it imports statically. */
  bytes: number;
  /** The chunks only `import()` reaches (split functions), loaded on the path that needs them. */
  lazyBytes: number;
  /** Bytes each input (source file or package file) contributes to what loads at cold start, largest first. */
  inputs: { path: string; bytes: number }[];
};

/**
 * Bundles every function of the manifest into `outdir`, one esbuild run each, as SST does. Keep
 * `outdir` inside the repository so that externals resolve from `node_modules`, as in Lambda.
 */
export async function bundleFunctions(root: string, outdir: string): Promise<FunctionBundle[]> {
  const names = Object.keys(FUNCTIONS) as FunctionName[];
  return Promise.all(
    names.map(async (name) => {
      const spec: FunctionSpec = FUNCTIONS[name];
      const entry = join(root, spec.handler.replace(/\.handler$/, '.ts'));
      const file = spec.splitting ? join(outdir, name, `${name}.mjs`) : join(outdir, `${name}.mjs`);
      const result = await build({
        entryPoints: { [name]: entry },
        ...(spec.splitting
          ? { outdir: join(outdir, name), splitting: true, outExtension: { '.js': '.mjs' } }
          : { outfile: file }),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'esnext',
        mainFields: ['module', 'main'],
        keepNames: true,
        minify: true,
        banner: { js: SST_BANNER },
        external: [...SST_EXTERNAL, ...BUNDLE_EXTERNAL],
        plugins,
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: root,
      });
      const outputs = result.metafile.outputs;
      // What cold start loads: the entry and, transitively, the chunks it imports statically.
      const handlerEntry = relative(root, entry);
      const loaded = new Set(
        Object.keys(outputs).filter((path) => outputs[path]?.entryPoint === handlerEntry),
      );
      for (const path of loaded)
        for (const i of outputs[path]?.imports ?? [])
          if (i.kind === 'import-statement' && i.path in outputs) loaded.add(i.path);
      const total = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
      const bytes = [...loaded].reduce((sum, path) => sum + (outputs[path]?.bytes ?? 0), 0);
      const inputs = [...loaded]
        .flatMap((path) => Object.entries(outputs[path]?.inputs ?? {}))
        .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
        .sort((a, b) => b.bytes - a.bytes);
      const files = Object.keys(outputs).map((path) => join(root, path));
      return { name, spec, file, files, bytes, lazyBytes: total - bytes, inputs };
    }),
  );
}

/** What weighs most in a bundle, by npm package (or workspace directory), for messages and reports. */
export function heaviestPackages(bundle: FunctionBundle, count = 5): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const { path, bytes } of bundle.inputs) {
    const name =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
    totals.set(name, (totals.get(name) ?? 0) + bytes);
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
