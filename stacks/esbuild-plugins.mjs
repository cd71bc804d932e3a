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

const UNBUNDLED = 'unbundled-client-feature';
const LEFT_OUT =
  'is not bundled: the agent supports no SOCKS proxy and no gcp or azure auth-provider (packages/kube/src/access.ts)';

/**
 * Modules `@kubernetes/client-node` imports for features the agent refuses at start-up
 * (`rejectUnbundledFeatures` in `packages/kube/src/access.ts`): a SOCKS proxy in front of the API
 * server (`socks`, `socks-proxy-agent`, with `ip-address`, `smart-buffer`, `agent-base` and `debug`
 * behind them) and the `gcp` and `azure` auth-provider plugins (`jsonpath-plus`). The client's
 * config module imports them whether or not a kubeconfig asks for them. For imports from the client
 * only, each becomes a module exporting what the client uses of it, which throws if ever reached:
 * about 110 KB less in every function that talks to a cluster.
 */
const CLIENT_FEATURES = {
  socks: (fail) => `export const SocksClient = { createConnection: ${fail} };`,
  'socks-proxy-agent': (fail) => `export const SocksProxyAgent = ${fail};`,
  'jsonpath-plus': (fail) => `export const JSONPath = ${fail};`,
};

/** @returns {import('esbuild').Plugin} */
export function clientFeaturesLeftOut() {
  return {
    name: 'client-features-left-out',
    setup(build) {
      build.onResolve({ filter: /^(socks|socks-proxy-agent|jsonpath-plus)$/ }, (args) => {
        if (!args.importer.includes('/node_modules/@kubernetes/client-node/')) return undefined;
        return { path: args.path, namespace: UNBUNDLED };
      });
      build.onLoad({ filter: /.*/, namespace: UNBUNDLED }, (args) => {
        const module = CLIENT_FEATURES[/** @type {keyof typeof CLIENT_FEATURES} */ (args.path)];
        const fail = `function () { throw new Error(${JSON.stringify(`${args.path} ${LEFT_OUT}`)}); }`;
        return { contents: module(fail), loader: 'js' };
      });
    },
  };
}

/** The plugins every function is bundled with (SST reads the default export). */
export default [builtinsViaRequire(), clientFeaturesLeftOut()];
