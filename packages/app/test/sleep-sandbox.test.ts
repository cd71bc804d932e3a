import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigSchema, InMemoryLogger, ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { scratchDir, testBinary } from '@sre-agent/core/testing';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { startSandbox } from '@sre-agent/sandbox';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { sleepOrWakeNamespace } from '../src/use-cases/sleep-wake.ts';

const run = promisify(execFile);

const REPORT = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly-report, namespace: shop }
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: report, image: shop/report:1 }]
`;

describe('sleep and wake on the sandbox through the real Kubernetes client', () => {
  it('scales the Deployments to 0 and suspends the CronJob created with kubectl, recording the originals on the objects, then restores them exactly', async () => {
    const clock = new ManualClock('2026-01-13T21:00:00Z');
    const dir = scratchDir('sleep-sandbox');
    const sandbox = await startSandbox({ scenario: 'healthy', clock });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: silentLogger },
    );
    try {
      const kubeconfig = join(dir, 'kubeconfig');
      await sandbox.writeKubeconfig(kubeconfig);
      await writeFile(join(dir, 'report.yaml'), REPORT);
      // The API server is in this process: kubectl must run asynchronously.
      await run(testBinary('kubectl'), [
        '--kubeconfig',
        kubeconfig,
        '--cache-dir',
        join(dir, 'cache'),
        'create',
        '-f',
        join(dir, 'report.yaml'),
      ]);
      const before = await access.reader.listDeployments({ namespace: 'shop' });
      const stores = createInMemoryState({ clock });
      const deps = {
        config: ConfigSchema.parse({
          clusters: [{ name: 'sandbox', inCluster: true, namespaces: { shop: 'auto' } }],
          cost: { sleep: { graceHours: 0 } },
        }),
        stores,
        clusters: new Map([['sandbox', { reader: access.reader, writer: access.writer }]]),
        clock,
        ids: sequentialIds(),
        logger: new InMemoryLogger(),
      };
      const request = { cluster: 'sandbox', namespace: 'shop', actor: 'cli', schedule: 'cli' } as const;

      const slept = await sleepOrWakeNamespace(deps, { ...request, action: 'sleep-namespace' });

      expect(slept.outcome, slept.reason).toBe('applied');
      const asleep = await access.reader.listDeployments({ namespace: 'shop' });
      expect(asleep.map((d) => d.spec?.replicas)).toEqual(before.map(() => 0));
      for (const d of asleep) {
        const original = JSON.parse(d.metadata?.annotations?.['sre-agent.io/sleep-original'] ?? '{}');
        expect(original.replicas).toBe(
          before.find((b) => b.metadata?.name === d.metadata?.name)?.spec?.replicas,
        );
      }
      const [cron] = await access.reader.listCronJobs({ namespace: 'shop' });
      expect(cron?.spec?.suspend).toBe(true);
      expect(JSON.parse(cron?.metadata?.annotations?.['sre-agent.io/sleep-original'] ?? '{}').suspend).toBe(
        false,
      );
      expect((await stores.sleep.list()).length).toBe(before.length + 1);

      const woken = await sleepOrWakeNamespace(deps, { ...request, action: 'wake-namespace' });

      expect(woken.outcome, woken.reason).toBe('applied');
      const awake = await access.reader.listDeployments({ namespace: 'shop' });
      expect(awake.map((d) => [d.metadata?.name, d.spec?.replicas])).toEqual(
        before.map((d) => [d.metadata?.name, d.spec?.replicas]),
      );
      expect(awake.every((d) => !d.metadata?.annotations?.['sre-agent.io/sleep-original'])).toBe(true);
      expect((await access.reader.listCronJobs({ namespace: 'shop' }))[0]?.spec?.suspend).toBe(false);
      expect(await stores.sleep.list()).toEqual([]);
    } finally {
      await access.close();
      await sandbox.close();
    }
  });
});
