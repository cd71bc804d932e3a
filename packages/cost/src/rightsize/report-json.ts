import type { ContainerResources } from '../usage/types.ts';
import { formatCpu, formatMemory } from './quantity.ts';
import type { Recommendation } from './recommend.ts';
import type { RightsizeReport } from './rightsize-cluster.ts';

export type QuantityResources = {
  cpuRequest: string | null;
  memoryRequest: string | null;
  memoryLimit: string | null;
};

/** Resources as Kubernetes quantities; null where unset. */
export function quantities(r: ContainerResources): QuantityResources {
  return {
    cpuRequest: r.cpuRequestCores == null ? null : formatCpu(r.cpuRequestCores),
    memoryRequest: r.memoryRequestBytes == null ? null : formatMemory(r.memoryRequestBytes),
    memoryLimit: r.memoryLimitBytes == null ? null : formatMemory(r.memoryLimitBytes),
  };
}

/** The strategic-merge patch that applies a recommendation to the workload's pod template. */
export function resourcesPatch(rec: Recommendation): unknown {
  const q = quantities(rec.recommended);
  const requests = {
    ...(q.cpuRequest ? { cpu: q.cpuRequest } : {}),
    ...(q.memoryRequest ? { memory: q.memoryRequest } : {}),
  };
  const limits = q.memoryLimit ? { memory: q.memoryLimit } : {};
  const container = { name: rec.ref.container, resources: { requests, limits } };
  return rec.ref.kind === 'CronJob'
    ? { spec: { jobTemplate: { spec: { template: { spec: { containers: [container] } } } } } }
    : { spec: { template: { spec: { containers: [container] } } } };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The `--json` shape of `sre-agent cost rightsize`. */
export function rightsizeJson(report: RightsizeReport) {
  return {
    window: {
      end: report.window.end.toISOString(),
      seconds: report.window.windowSeconds,
      ...(report.window.namespace ? { namespace: report.window.namespace } : {}),
    },
    prices: report.prices,
    recommendations: report.recommendations.map((rec) => {
      const e = rec.evidence;
      return {
        namespace: rec.ref.namespace,
        workload: rec.ref.workload,
        kind: rec.ref.kind,
        container: rec.ref.container,
        action: rec.action,
        current: quantities(rec.current),
        recommended: quantities(rec.recommended),
        reason: rec.reasons.join('; '),
        evidence: {
          ...e,
          coverage: round(e.coverage, 3),
          cpu: {
            p50: formatCpu(e.cpu.p50),
            p95: formatCpu(e.cpu.p95),
            p99: formatCpu(e.cpu.p99),
            max: formatCpu(e.cpu.max),
            dutyCycle: round(e.cpu.dutyCycle, 3),
          },
          memory: {
            p50: formatMemory(e.memory.p50),
            p99: formatMemory(e.memory.p99),
            max: formatMemory(e.memory.max),
            spikeRatio: round(e.memory.spikeRatio, 3),
            trendMiBPerDay: round(e.memory.trendMiBPerDay, 1),
            trendConsistency: round(e.memory.trendConsistency, 3),
          },
        },
        monthlySavingsUsd: round(rec.monthlySavingsUsd, 2),
        ...(rec.action === 'resize' ? { patch: resourcesPatch(rec) } : {}),
      };
    }),
    totals: {
      monthlySavingsUsd: round(report.totals.monthlySavingsUsd, 2),
      byNamespace: Object.fromEntries(
        Object.entries(report.totals.byNamespace).map(([k, v]) => [k, round(v, 2)]),
      ),
    },
    note: 'Savings are on requests at the configured unit prices; they materialise when the cluster autoscaler consolidates nodes.',
  };
}
