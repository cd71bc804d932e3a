import { CLOUD_PATTERNS } from './cloud.ts';
import { DATASTORE_PATTERNS } from './datastores.ts';
import { KUBERNETES_PATTERNS } from './kubernetes.ts';
import { NETWORK_PATTERNS } from './network.ts';
import { PLATFORM_PATTERNS } from './platform.ts';
import { POD_START_PATTERNS } from './pod-start.ts';
import { RUNTIME_PATTERNS } from './runtimes.ts';
import { STARTUP_PATTERNS } from './startup.ts';
import type { Pattern } from './types.ts';
import { UNCLASSIFIED_PATTERNS } from './unclassified.ts';

export type {
  Criteria,
  LogMatcher,
  NodeConditionMatcher,
  Pattern,
  PatternCategory,
  PatternMatch,
  RolloutBlame,
} from './types.ts';

/** The pattern catalog: every known failure signature, as data. Order does not matter (scoring decides). */
export const CATALOG: readonly Pattern[] = [
  ...KUBERNETES_PATTERNS,
  ...RUNTIME_PATTERNS,
  ...DATASTORE_PATTERNS,
  ...NETWORK_PATTERNS,
  ...PLATFORM_PATTERNS,
  ...CLOUD_PATTERNS,
  ...STARTUP_PATTERNS,
  ...POD_START_PATTERNS,
  // Last: the broad classes of failures no entry above knows.
  ...UNCLASSIFIED_PATTERNS,
];

/** The sandbox's scenarios and the catalog pattern (or rollout correlation) that must diagnose each. */
export const SANDBOX_SCENARIO_PATTERNS = {
  'oom-kill': 'oom-killed',
  'java-heap': 'jvm-heap-oom',
  'crashloop-db-timeout': 'postgres-connection-timeout',
  'crashloop-missing-config': 'secret-not-found',
  'bad-deploy-rollback': 'rollout-regression',
  'image-pull-backoff': 'image-not-found',
  'node-not-ready': 'node-not-ready',
  'liveness-probe-failure': 'liveness-probe-failed',
  'redis-cache-full': 'redis-oom-maxmemory',
  'api-key-revoked': 'upstream-api-key-revoked',
} as const satisfies Record<string, string>;
