import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout } from './evidence/index.ts';
import { tunesMemory } from './memory-rollout.ts';

const NOW = '2026-02-11T08:30:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

const rollout = (names: string[]): Rollout => ({
  revision: 2,
  replicaSet: 'bid-stream-6b8f7d9c54',
  at: ago(48),
  replicas: 1,
  readyReplicas: 0,
  changes: { env: [{ container: 'app', names }] },
  previous: {
    revision: 1,
    replicaSet: 'bid-stream-5c7d8e9f1',
    at: ago(40_000),
    replicas: 2,
    readyReplicas: 2,
  },
});

/** Go's gctrace with GOGC=800: the heap goal far above the live heap, no error of its own. */
const GCTRACE = [
  '{"time":"2026-02-11T08:21:02.118Z","level":"INFO","msg":"bid-stream starting","go":"go1.22.7"}',
  'gc 3 @2.902s 1%: 0.044+38+0.021 ms clock, 0.17+2.1/71/104+0.084 ms cpu, 283->290->212 MB, 283 MB goal, 0 MB stacks, 0 MB globals, 2 P',
  '{"time":"2026-02-11T08:21:03.004Z","level":"INFO","msg":"listening","addr":":8080"}',
].join('\n');

function killedAfter(names: string[]) {
  const sample: EvidenceSample = {
    gatheredAt: NOW,
    podReplicaSet: 'bid-stream-6b8f7d9c54',
    // Kills began long after the rollout: outside its window, the rollout is not blamed.
    firstFailureAt: ago(20),
    rollouts: [rollout(names)],
    reason: 'CrashLoopBackOff',
    lastReason: 'OOMKilled',
    lastExitCode: 137,
    previousLog: GCTRACE,
  };
  const evidence = evidenceFixture(sample);
  const app = evidence.containers[0];
  if (app) app.resources = { limits: { memory: '1Gi' } };
  const result = diagnose(evidence);
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.best;
}

describe('a memory kill on a revision that changed how the runtime uses memory', () => {
  it('escalates instead of raising, naming the variable the rollout changed', () => {
    const best = killedAfter(['GOGC']);
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('changed how its runtime uses memory (GOGC)');
  });

  it('raises when the rollout changed only variables that do not tune memory', () => {
    const best = killedAfter(['FEATURE_FLAGS_URL', 'LOG_FORMAT']);
    expect(best.actions.map((a) => a.kind)).toContain('raise-memory-limit');
  });

  it('knows the variables by name', () => {
    for (const name of [
      'GOGC',
      'MALLOC_ARENA_MAX',
      'JAVA_TOOL_OPTIONS',
      'NODE_OPTIONS',
      'WEB_CONCURRENCY',
      'ES_HEAP_SIZE',
    ]) {
      expect(tunesMemory(name), name).toBe(true);
    }
    for (const name of ['DATABASE_URL', 'LOG_LEVEL', 'FEATURE_FLAGS_URL', 'GOOGLE_APPLICATION_CREDENTIALS']) {
      expect(tunesMemory(name), name).toBe(false);
    }
  });
});
