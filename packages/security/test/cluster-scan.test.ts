import { ManualClock, silentLogger } from '@sre-agent/core';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { startSandbox } from '@sre-agent/sandbox';
import { describe, expect, it } from 'vitest';
import { readClusterInventory } from '../src/cluster-inventory.ts';
import { scanInventory } from '../src/scan.ts';

describe('a posture scan of the sandbox through the real Kubernetes client', () => {
  it('checks the workload templates once (not their pods) and reads NetworkPolicies as the API serves them', async () => {
    const clock = new ManualClock('2026-03-01T12:00:00Z');
    const sandbox = await startSandbox({ scenario: 'oom-kill', clock });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: silentLogger },
    );
    try {
      const inventory = await readClusterInventory(access.reader);
      const result = scanInventory(inventory, { level: 'baseline' });
      expect(inventory.unreadable).toEqual([]);
      expect(inventory.workloads.some((w) => w.kind === 'Pod')).toBe(true);
      expect(result.podSpecs).toBeLessThan(inventory.workloads.length);
      // shop's policy admits only pods of its own namespace: isolated, not allow-all.
      expect(
        result.findings.filter((f) => f.namespace === 'shop' && f.id.startsWith('networkPolicy')),
      ).toEqual([]);
      expect(result.findings.map((f) => f.kind)).not.toContain('Pod');
    } finally {
      await access.close();
      await sandbox.close();
    }
  });
});
