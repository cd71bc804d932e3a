import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { alertSaysLeak } from './alert-memory.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout } from './evidence/index.ts';
import { specMemoryBudgets } from './evidence/spec-budgets.ts';
import { tunesMemory } from './memory-rollout.ts';

const NOW = '2026-02-11T08:30:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

describe('spec budgets are memory budgets', () => {
  it("does not take sccache's on-disk cache size (SCCACHE_CACHE_SIZE) for a memory budget", () => {
    // sccache docs: SCCACHE_CACHE_SIZE is the maximum size of the local on-disk cache (default 10G).
    const budgets = specMemoryBudgets({
      name: 'rust-build',
      command: ['cargo', 'build', '--release'],
      env: [
        { name: 'RUSTC_WRAPPER', value: 'sccache' },
        { name: 'SCCACHE_DIR', value: '/cache/sccache' },
        { name: 'SCCACHE_CACHE_SIZE', value: '10G' },
      ],
    });
    expect(budgets).toEqual([]);
  });
});

describe("an alert's words say a leak only when they say memory climbs at a flat load", () => {
  it('does not read rising restarts and an unchanged limit as memory climbing at a flat load', () => {
    const alert =
      'KubeContainerOOMKilled: container api of checkout-7d9 OOMKilled 3 times in 1h; restarts increasing; memory limit unchanged at 512Mi';
    expect(alertSaysLeak({ alerts: [alert] })).toBeUndefined();
  });
});

describe('the memory-tuning rollout guard', () => {
  it('does not take a web analytics id (NEXT_PUBLIC_HEAP_APP_ID) for a heap setting', () => {
    expect(tunesMemory('NEXT_PUBLIC_HEAP_APP_ID')).toBe(false);
  });

  it('keeps the raise when the revision set NODE_OPTIONS a month ago and has run since', () => {
    // A month-old revision (NODE_OPTIONS=--enable-source-maps, say) that ran fine for 30 days cannot
    // be what the kills of the last 20 minutes follow; the evidence holds only the name.
    const rollout: Rollout = {
      revision: 2,
      replicaSet: 'web-6b8f7d9c54',
      at: ago(30 * 24 * 60),
      replicas: 2,
      readyReplicas: 2,
      changes: { env: [{ container: 'app', names: ['NODE_OPTIONS'] }] },
      previous: {
        revision: 1,
        replicaSet: 'web-5c7d8e9f1',
        at: ago(90 * 24 * 60),
        replicas: 0,
        readyReplicas: 0,
      },
    };
    const sample: EvidenceSample = {
      gatheredAt: NOW,
      podReplicaSet: 'web-6b8f7d9c54',
      firstFailureAt: ago(20),
      rollouts: [rollout],
      reason: 'CrashLoopBackOff',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
      previousLog: '{"time":"2026-02-11T08:21:02.118Z","level":"info","msg":"listening on :8080"}',
    };
    const evidence = evidenceFixture(sample);
    const app = evidence.containers[0];
    if (app) app.resources = { limits: { memory: '1Gi' } };
    const result = diagnose(evidence);
    if (result.kind !== 'matched') throw new Error(result.reason);
    expect(result.best.actions.map((a) => a.kind)).toContain('raise-memory-limit');
  });
});
