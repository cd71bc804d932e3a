import type { LocalCostSource } from './local-cost-sweep.ts';
import type { SandboxMode } from './sandbox-mode.ts';

/**
 * The sandbox's embedded usage history (a week before start, then the sandbox clock) and its
 * namespaces: what `npm start`'s cost sweeps and `/sre cost` read when no Prometheus is configured.
 */
export async function sandboxCostSource(mode: SandboxMode): Promise<LocalCostSource | undefined> {
  const [{ EmbeddedUsageMetrics }, { clusterUsageSource }, { kubeNamespaceInventory }] = await Promise.all([
    import('@sre-agent/cost'),
    import('../compose/cluster-usage-source.ts'),
    import('../compose/kube-namespace-inventory.ts'),
  ]);
  const reader = mode.override.clusters.get('sandbox')?.reader;
  if (!reader) return undefined;
  return {
    cluster: 'sandbox',
    metrics: new EmbeddedUsageMetrics(clusterUsageSource(reader, mode.sandbox.usage), {
      seed: 1,
      historyStart: new Date(mode.clock.now().getTime() - 8 * 86_400_000),
    }),
    inventory: kubeNamespaceInventory(reader),
  };
}
