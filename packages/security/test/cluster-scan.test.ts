import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { startSandbox } from '@sre-agent/sandbox';
import { describe, expect, it } from 'vitest';
import { readClusterInventory } from '../src/cluster-inventory.ts';
import { scanInventory } from '../src/scan.ts';

const run = promisify(execFile);

const RISKY = `
apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: deployer-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: deployer, namespace: shop }]
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: deploy, namespace: shop }
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: deployer
          restartPolicy: Never
          containers: [{ name: kubectl, image: bitnami/kubectl, securityContext: { privileged: true } }]
`;

describe('a posture scan of the sandbox through the real Kubernetes client', () => {
  it('checks workload templates once, reads NetworkPolicies as served, and judges RBAC created with kubectl', async () => {
    const clock = new ManualClock('2026-03-01T12:00:00Z');
    const dir = await mkdtemp(join(tmpdir(), 'security-scan-'));
    const sandbox = await startSandbox({ scenario: 'oom-kill', clock });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: silentLogger },
    );
    try {
      const kubeconfig = join(dir, 'kubeconfig');
      await sandbox.writeKubeconfig(kubeconfig);
      await writeFile(join(dir, 'risky.yaml'), RISKY);
      // The API server is in this process: kubectl must run asynchronously.
      await run(testBinary('kubectl'), [
        '--kubeconfig',
        kubeconfig,
        '--cache-dir',
        join(dir, 'cache'),
        'create',
        '-f',
        join(dir, 'risky.yaml'),
      ]);

      const inventory = await readClusterInventory(access.reader);
      const result = scanInventory(inventory, { level: 'baseline' });

      expect(inventory.unreadable).toEqual([]);
      expect(result.podSpecs).toBeLessThan(inventory.workloads.length);
      expect(result.findings.map((f) => f.kind)).not.toContain('Pod');
      // shop's policy admits only pods of its own namespace: isolated, not allow-all.
      expect(
        result.findings.filter((f) => f.namespace === 'shop' && f.id.startsWith('networkPolicy')),
      ).toEqual([]);
      expect(
        result.findings
          .filter((f) => f.name === 'deploy' || f.name === 'deployer')
          .map((f) => `${f.id} ${f.kind}/${f.name}`),
      ).toEqual(['privileged CronJob/deploy', 'rbacClusterAdmin ServiceAccount/deployer']);
    } finally {
      await access.close();
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
