/**
 * The functions bundled as `sst deploy` bundles them, for the bundle test and the bundle benchmark.
 * SST's Node builder (sst/sst `pkg/runtime/node/build.go`) runs esbuild once per handler: ESM,
 * platform node, target esnext, `module` before `main`, keepNames, minified (the component's
 * default), no source map, a banner giving bundled CommonJS `require`, `__filename` and
 * `__dirname`, and as externals its own `sharp` and `pg-native` plus the stack's
 * `nodejs.esbuild.external`, and the stack's `nodejs.plugins` (`esbuild-plugins.mjs`: built-in
 * modules loaded with `require`). Nothing else is external: the AWS SDK is bundled (SST does not
 * rely on the copy in the Lambda runtime, and the stack does not ask it to).
 *
 * With the stack's `nodejs.splitting` (SST then writes to the handler's directory with `.mjs`
 * chunks), every `import()` becomes a chunk of its own that is read and compiled only when that
 * path runs: the SDK's SSO, STS and sign-in credential clients (Lambda's credentials are in the
 * environment), the event-stream codecs, and the heavy adapters a handler loads on use.
 */
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import plugins from './esbuild-plugins.mjs';
import {
  BUNDLE_EXTERNAL,
  BUNDLE_SPLITTING,
  FUNCTIONS,
  type FunctionName,
  type FunctionSpec,
} from './manifest.ts';

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
  /** The handler module's absolute path (`<outdir>/<name>/<handler file>.mjs`). */
  file: string;
  /** Every file of the function's package: the handler module and all its chunks. */
  files: string[];
  /** What is deployed: the handler module and every chunk. */
  bytes: number;
  /** What a cold start reads and compiles: the handler module and the chunks it imports statically. */
  initialBytes: number;
  /** Bytes each input (source file or package file) contributes to the bundle, largest first. */
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
      const entry = spec.handler.replace(/\.handler$/, '.ts');
      const dir = join(outdir, name);
      const result = await build({
        entryPoints: [join(root, entry)],
        outdir: dir,
        outExtension: { '.js': '.mjs' },
        splitting: BUNDLE_SPLITTING,
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
      // SST names the handler module after the handler file; chunks of `import()`s are entry points too.
      const handlerOutput = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === entry);
      if (!handlerOutput) throw new Error(`${name}: esbuild wrote no output for ${entry}`);
      const totals = new Map<string, number>();
      for (const output of Object.values(outputs))
        for (const [path, input] of Object.entries(output.inputs))
          totals.set(path, (totals.get(path) ?? 0) + input.bytesInOutput);
      return {
        name,
        spec,
        file: join(root, handlerOutput),
        files: Object.keys(outputs).map((path) => join(root, path)),
        bytes: Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0),
        initialBytes: staticClosure(outputs, handlerOutput).reduce(
          (sum, path) => sum + (outputs[path]?.bytes ?? 0),
          0,
        ),
        inputs: [...totals].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes),
      };
    }),
  );
}

type Outputs = Metafile['outputs'];

/** The output files a module loads before it runs: itself and, transitively, its static imports. */
function staticClosure(outputs: Outputs, start: string): string[] {
  const seen = new Set<string>([start]);
  for (const path of seen)
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) seen.add(imported.path);
  return [...seen];
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
