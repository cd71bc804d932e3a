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
import { join } from 'node:path';
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
  /** The bundle's absolute path (`<outdir>/<name>.mjs`). */
  file: string;
  bytes: number;
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
      const file = join(outdir, `${name}.mjs`);
      const result = await build({
        entryPoints: [join(root, spec.handler.replace(/\.handler$/, '.ts'))],
        outfile: file,
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
      const output = Object.values(result.metafile.outputs)[0];
      const inputs = Object.entries(output?.inputs ?? {})
        .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
        .sort((a, b) => b.bytes - a.bytes);
      return { name, spec, file, bytes: output?.bytes ?? 0, inputs };
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
