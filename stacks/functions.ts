import { BUNDLED_CONFIG_FILE } from '@sre-agent/core';
import {
  type Arns,
  BUNDLE_EXTERNAL,
  BUNDLE_SPLITTING,
  environmentFor,
  FUNCTIONS,
  type FunctionName,
  type FunctionSpec,
  LAMBDA_ARCHITECTURE,
  LAMBDA_RUNTIME,
  permissionsFor,
  type SecretName,
} from './manifest.ts';
import type { Queues } from './queue.ts';

export type FunctionDeps = {
  table: sst.aws.Dynamo;
  queues: Queues;
  secrets: Record<SecretName, sst.Secret>;
  /** ARNs of the configured clusters, models and workspaces (resolved at deploy time). */
  targets: $util.Output<Pick<Arns, 'eksClusters' | 'bedrockModels' | 'prometheusWorkspaces'>>;
  /** The validated config rendered as JSON (`writeBundledConfig`), bundled with every function. */
  configFile: string | undefined;
  /** `integrations.github.kubectlLayerArn`: `kubectl` for the functions that render Kustomize roots. */
  kubectlLayer?: string | undefined;
};

/** In the bundle, next to the handler: core's `loadBundledConfig` reads it via `SRE_AGENT_CONFIG`. */
const BUNDLED_CONFIG = BUNDLED_CONFIG_FILE;

/** esbuild plugins of every bundle (built-ins loaded with `require`: see the file). */
const BUNDLE_PLUGINS = './stacks/esbuild-plugins.mjs';

/** Settings every function shares: runtime, architecture, logging, bundling. */
const shared = {
  runtime: LAMBDA_RUNTIME,
  architecture: LAMBDA_ARCHITECTURE,
  logging: { format: 'json', retention: '1 month' },
  nodejs: {
    esbuild: { external: [...BUNDLE_EXTERNAL] },
    splitting: BUNDLE_SPLITTING,
    // Relative to sst.config.ts; `stacks/bundle.ts` bundles with the same list for the tests.
    plugins: BUNDLE_PLUGINS,
  },
} satisfies Partial<sst.aws.FunctionArgs>;

/** One Lambda function per manifest entry, each with its own role holding only what it needs. */
export function createFunctions(deps: FunctionDeps): Record<FunctionName, sst.aws.Function> {
  const arns = $util
    .all([deps.table.arn, deps.queues.work.arn, deps.queues.failedInvocations.arn, deps.targets])
    .apply(([table, workQueue, failedInvocations, targets]) => ({
      table,
      workQueue,
      failedInvocations,
      ...targets,
    }));
  const build = (spec: FunctionSpec) => {
    const environment = $util.all([deps.table.name, deps.queues.work.url]).apply(([tableName, queueUrl]) =>
      environmentFor(spec, {
        tableName,
        queueUrl,
        ...(deps.configFile ? { configFile: BUNDLED_CONFIG } : {}),
      }),
    );
    return new sst.aws.Function(spec.id, {
      ...shared,
      handler: spec.handler,
      description: spec.description,
      memory: `${spec.memoryMb} MB`,
      timeout: `${spec.timeoutSeconds} seconds`,
      permissions: arns.apply((resolved) => permissionsFor(spec, resolved)),
      environment,
      // Only secrets are linked: SST encrypts their values into the bundle (decrypted at cold start),
      // and a Secret's link grants no IAM. Tables and queues are not linked (links grant dynamodb:*).
      ...(spec.secrets.length > 0 ? { link: spec.secrets.map((name) => deps.secrets[name]) } : {}),
      ...(deps.configFile ? { copyFiles: [{ from: deps.configFile, to: BUNDLED_CONFIG }] } : {}),
      // Lambda extracts layers under /opt, and /opt/bin is on the PATH: `kubectl` is found as is.
      ...(spec.kubectl && deps.kubectlLayer ? { layers: [deps.kubectlLayer] } : {}),
      ...(spec.async ? { retries: spec.async.retries } : {}),
      ...(spec.async?.deadLetter
        ? {
            transform: {
              eventInvokeConfig: {
                destinationConfig: { onFailure: { destination: deps.queues.failedInvocations.arn } },
              },
            },
          }
        : {}),
    });
  };
  const names = Object.keys(FUNCTIONS) as FunctionName[];
  return Object.fromEntries(names.map((name) => [name, build(FUNCTIONS[name])])) as Record<
    FunctionName,
    sst.aws.Function
  >;
}
