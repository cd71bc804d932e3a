// @ts-check
/**
 * esbuild plugins for the functions' bundles: SST loads this file (`nodejs.plugins` in
 * `stacks/functions.ts`, a path relative to `sst.config.ts`) and `stacks/bundle.ts` passes the same
 * list to esbuild, so the test and the benchmark measure what SST deploys. Plain JavaScript: SST
 * imports it with Node before bundling.
 */
import { isBuiltin } from 'node:module';

const NAMESPACE = 'builtin-require';

/**
 * Loads Node's built-in modules with `require` (the bundle banner's `createRequire`) instead of a
 * static ESM `import`. An ESM import of a built-in makes Node build its ESM facade at link time,
 * which reads every export, lazy getters included: the facade of `node:http` loads all of undici
 * (for `http.WebSocket`) and that of `node:fs` the whole streams stack (`fs.ReadStream`), about a
 * third of a receiver's cold start, for code the function never runs. `require` returns the
 * built-in's exports without touching the getters; named imports become property reads at the
 * call site, so behaviour is unchanged. Only `import` statements are rewritten (a `require` is
 * already a `require`; a dynamic `import()` stays lazy).
 *
 * @returns {import('esbuild').Plugin}
 */
export function builtinsViaRequire() {
  return {
    name: 'builtins-via-require',
    setup(build) {
      build.onResolve({ filter: /^(node:)?[a-z][a-z0-9_/]*$/ }, (args) => {
        if (args.kind !== 'import-statement' || args.namespace === NAMESPACE || !isBuiltin(args.path)) {
          return undefined;
        }
        return { path: args.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/** The plugins every function is bundled with (SST reads the default export). */
export default [builtinsViaRequire()];
