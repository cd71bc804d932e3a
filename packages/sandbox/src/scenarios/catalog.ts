import { ValidationError } from '@sre-agent/core';
import { apiKeyRevoked } from './api-key-revoked.ts';
import { badDeployRollback } from './bad-deploy-rollback.ts';
import { cacheRefills } from './cache-refills.ts';
import { crashloopDbTimeout } from './crashloop-db-timeout.ts';
import { crashloopMissingConfig } from './crashloop-missing-config.ts';
import { cryptoMiner } from './crypto-miner.ts';
import { dbOutageCascade } from './db-outage-cascade.ts';
import { hangRecurring } from './hang-recurring.ts';
import { healthy } from './healthy.ts';
import { imagePullBackoff } from './image-pull-backoff.ts';
import { javaHeap } from './java-heap.ts';
import { livenessProbeFailure } from './liveness-probe-failure.ts';
import { memoryCreep } from './memory-creep.ts';
import { nodeDead } from './node-dead.ts';
import { nodeNotReady } from './node-not-ready.ts';
import { oomKill } from './oom-kill.ts';
import { redisCacheFull } from './redis-cache-full.ts';
import {
  type ScenarioDefinition,
  type ScenarioDefinitionInput,
  ScenarioDefinitionSchema,
  type ScenarioSummary,
} from './types.ts';
import { volumeFilling } from './volume-filling.ts';
import { zombieNamespace } from './zombie-namespace.ts';

const SCENARIOS: readonly ScenarioDefinitionInput[] = [
  healthy,
  oomKill,
  javaHeap,
  crashloopDbTimeout,
  crashloopMissingConfig,
  badDeployRollback,
  imagePullBackoff,
  nodeNotReady,
  livenessProbeFailure,
  redisCacheFull,
  apiKeyRevoked,
  nodeDead,
  cacheRefills,
  hangRecurring,
  dbOutageCascade,
  zombieNamespace,
  cryptoMiner,
  memoryCreep,
  volumeFilling,
];

/** Every built-in scenario, with the fix that heals it. */
export function listScenarios(): ScenarioSummary[] {
  return SCENARIOS.map((s) => {
    const parsed = ScenarioDefinitionSchema.parse(s);
    return {
      name: parsed.name,
      description: parsed.description,
      namespace: parsed.namespace,
      workload: parsed.workload,
      kind: parsed.kind,
      expectedFix: parsed.expectedFix,
    };
  });
}

/** A built-in scenario by name, or a custom definition validated; unknown names list the valid ones. */
export function resolveScenario(scenario: string | ScenarioDefinitionInput): ScenarioDefinition {
  if (typeof scenario !== 'string') {
    const parsed = ScenarioDefinitionSchema.safeParse(scenario);
    if (!parsed.success) {
      throw new ValidationError(
        'invalid scenario definition',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
    }
    return parsed.data;
  }
  const found = SCENARIOS.find((s) => s.name === scenario);
  if (!found) {
    const names = SCENARIOS.map((s) => s.name);
    throw new ValidationError(`unknown scenario "${scenario}"; valid scenarios: ${names.join(', ')}`, names);
  }
  return ScenarioDefinitionSchema.parse(found);
}
