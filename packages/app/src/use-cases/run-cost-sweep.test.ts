import { InMemoryNotifier, ManualClock, silentLogger } from '@sre-agent/core';
import { EmbeddedUsageMetrics } from '@sre-agent/cost';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterUsageSource } from '../compose/cluster-usage-source.ts';
import { kubeNamespaceInventory } from '../compose/kube-namespace-inventory.ts';
import { runCostSweep } from './run-cost-sweep.ts';

const DAY = 86_400_000;
let sandbox: RunningSandbox | undefined;
let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  await sandbox?.close();
  sandbox = undefined;
});

async function sweepOf(scenario: string) {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  sandbox = await startSandbox({ scenario, clock });
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock, logger: silentLogger },
  );
  close = () => access.close();
  const metrics = new EmbeddedUsageMetrics(clusterUsageSource(access.reader, sandbox.usage), {
    seed: 1,
    historyStart: new Date(clock.now().getTime() - 8 * DAY),
  });
  const notifier = new InMemoryNotifier();
  const deps = {
    cluster: 'sandbox',
    metrics,
    inventory: kubeNamespaceInventory(access.reader),
    notifier,
    clock,
    logger: silentLogger,
  };
  return {
    access,
    notifier,
    sweep: (denyNamespaces: readonly string[] = ['kube-system']) => runCostSweep(deps, { denyNamespaces }),
  };
}

describe('runCostSweep on the sandbox and its embedded usage history', () => {
  it('reports over-provisioned workloads with their patch and the abandoned namespace as a zombie', async () => {
    const { notifier, sweep } = await sweepOf('zombie-namespace');
    const { summary, report } = await sweep();
    expect(summary.zombies).toEqual(['marketing-campaign']);
    expect(summary.resize).toBeGreaterThan(0);
    expect(summary.monthlySavingsUsd).toBeGreaterThan(0);
    const site = report.rightsize.recommendations.find((r) => r.ref.workload === 'campaign-site');
    expect(site?.evidence.historyHours).toBe(168);
    const [sent] = notifier.sent;
    expect(sent?.title).toMatch(
      /^Cost report for sandbox: \$\d+\.\d\d\/month to save by right-sizing, 1 zombie namespace$/,
    );
    expect(sent?.text).toContain(
      "kubectl patch deployment campaign-site -n marketing-campaign --type strategic -p '",
    );
    expect(sent?.text).toMatch(
      /marketing-campaign\*: quiet for ≥ 7\.0 d, 2 workloads, 3 pods, reserving \$\d+\.\d\d\/month/,
    );
    expect(sent?.text).toContain('exec: not knowable here');
    // Starts a sandbox and generates a week of usage per container (a few seconds on a busy machine).
  }, 60_000);

  it('no longer calls the namespace a zombie once someone scales a workload in it', async () => {
    const { access, sweep } = await sweepOf('zombie-namespace');
    await access.writer.scale('Deployment', 'marketing-campaign', 'lead-sync', 2);
    sandbox?.engine.tick(60_000);
    const { report } = await sweep();
    const verdict = report.zombies.namespaces.find((v) => v.namespace === 'marketing-campaign');
    expect(verdict?.verdict).toBe('active');
    expect(verdict?.signals.filter((s) => s.state === 'active').map((s) => s.signal)).toEqual([
      'change-events',
    ]);
  });

  it('leaves the denylisted namespaces out of the report: no workload, patch, saving or verdict of theirs, only how many', async () => {
    const { notifier, sweep } = await sweepOf('zombie-namespace');

    const { summary, report } = await sweep(['kube-system', 'marketing-campaign']);

    expect(summary.zombies).toEqual([]);
    expect(report.rightsize.recommendations.map((r) => r.ref.namespace)).not.toContain('marketing-campaign');
    expect(report.rightsize.totals.byNamespace['marketing-campaign']).toBeUndefined();
    expect(report.zombies.excluded.map((e) => e.namespace)).not.toContain('marketing-campaign');
    const [sent] = notifier.sent;
    const text = `${sent?.title}\n${sent?.text}\n${JSON.stringify(sent?.fields)}`;
    for (const word of ['marketing-campaign', 'campaign-site', 'lead-sync', 'kube-system', 'coredns'])
      expect(text).not.toContain(word);
    expect(sent?.text).toContain('2 namespaces withheld (policy.denyNamespaces)');
    // Nothing there is proposed: marketing-campaign's resizes were the only patches.
    expect(sent?.text).not.toContain('kubectl patch');
    expect(sent?.title).toMatch(/, 0 zombie namespaces$/);
    // Only the denylisted ones are left out: the other system namespaces are still listed as such.
    expect(report.zombies.excluded.map((e) => e.namespace)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
    ]);
  }, 60_000);
});
