import type { Plugin } from 'esbuild';

/** Loads Node's built-in modules with `require` instead of an ESM import (see the `.mjs`). */
export declare function builtinsViaRequire(): Plugin;
/** Leaves out the client's SOCKS and gcp/azure auth modules, which the agent refuses (see the `.mjs`). */
export declare function clientFeaturesLeftOut(): Plugin;
/** The plugins every function is bundled with (SST reads the default export). */
declare const plugins: Plugin[];
export default plugins;
