import type { PodDisruptionBudget } from '@sre-agent/kube';
import { boundEvidence, type Forecast, WARN_ACTION } from '../forecast.ts';

/** A workload's pod template labels: how a budget's selector is traced back to the workload. */
export type LabelledWorkload = {
  kind: string;
  namespace: string;
  name: string;
  labels: Record<string, string>;
};

/**
 * PodDisruptionBudgets that would block the next node drain: no disruption allowed
 * (`status.disruptionsAllowed == 0`) although every pod it expects is healthy, so the budget
 * itself, not an outage, forbids any eviction (a single replica behind `minAvailable: 1`,
 * `maxUnavailable: 0`). A drain of a node running one of these pods waits forever.
 */
export function forecastPdbBlocksDrain(
  budgets: readonly PodDisruptionBudget[],
  workloads: readonly LabelledWorkload[] = [],
): Forecast[] {
  const forecasts: Forecast[] = [];
  for (const pdb of budgets) {
    const status = pdb.status;
    if (status?.disruptionsAllowed !== 0) continue;
    const expected = status.expectedPods ?? 0;
    const healthy = status.currentHealthy ?? 0;
    // Unhealthy pods are an outage the budget protects against, not a budget that blocks drains.
    if (expected === 0 || healthy < expected || healthy < (status.desiredHealthy ?? 0)) continue;
    const namespace = pdb.metadata?.namespace ?? '';
    const name = pdb.metadata?.name ?? '';
    const selector = pdb.spec?.selector?.matchLabels ?? {};
    const owner = workloads.find(
      (w) =>
        w.namespace === namespace &&
        Object.keys(selector).length > 0 &&
        Object.entries(selector).every(([k, v]) => w.labels[k] === v),
    );
    const rule =
      pdb.spec?.maxUnavailable !== undefined
        ? `maxUnavailable ${pdb.spec.maxUnavailable}`
        : `minAvailable ${pdb.spec?.minAvailable ?? 'unset'}`;
    forecasts.push({
      kind: 'pdb-blocks-drain',
      namespace,
      workload: owner?.name ?? name,
      workloadKind: owner?.kind ?? 'PodDisruptionBudget',
      resource: `PodDisruptionBudget ${name}`,
      timeToLimitMinutes: null,
      evidence: boundEvidence([
        `${rule} over ${expected} expected pod${expected === 1 ? '' : 's'}, ${healthy} healthy: 0 disruptions allowed`,
        'a node drain (upgrade, scale-in, replacement) cannot evict these pods and waits until it times out',
        expected === 1
          ? 'a single replica: run at least 2, or allow one disruption'
          : 'allow at least one disruption (lower minAvailable or raise maxUnavailable)',
      ]),
      action: WARN_ACTION,
    });
  }
  return forecasts;
}
