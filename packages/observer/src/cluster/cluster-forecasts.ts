import type { Clock, SloConfig } from '@sre-agent/core';
import type { Pod } from '@sre-agent/kube';
import type { ForecastSource } from '../collect-forecasts.ts';
import type { Forecast } from '../forecast.ts';
import { forecastCertificates, TLS_SECRET_TYPE } from './certificates.ts';
import { forecastHpaAtMax } from './hpa-at-max.ts';
import { forecastPdbBlocksDrain, type LabelledWorkload } from './pdb-blocks-drain.ts';
import type { ClusterForecastReader, ClusterHealthMetrics } from './ports.ts';
import { forecastRestartRate, type RestartSeries } from './restart-rate.ts';
import { BURN_WINDOWS, forecastSloBurn, type SloErrorRatios, sloQuery } from './slo-burn.ts';

export type ClusterForecastDeps = {
  reader: ClusterForecastReader;
  /** Prometheus for restart rates and SLO burn; without it those forecasts are skipped. */
  health?: ClusterHealthMetrics | undefined;
  clock: Clock;
};

export type ClusterForecastOptions = {
  /** Parse TLS Secrets' certificates (the opt-in secrets-scan role); cert-manager's status counts either way. */
  readTlsSecrets?: boolean;
  certificateWarnDays?: number;
  slos?: readonly SloConfig[];
  /** Hours of restart history the trend is fitted on (default 12). */
  restartHistoryHours?: number;
};

const HOUR = 3_600_000;

/**
 * The cluster-side forecasts as sources for `collectForecasts`: certificates about to expire,
 * HPAs pinned at their maximum, PodDisruptionBudgets that block drains and, with Prometheus,
 * rising restart rates and SLO error-budget burn. Each reads through the ports and judges with a
 * pure function; all of them warn (`{ kind: 'warn' }`).
 * @example
 * const { forecasts } = await collectForecasts(clusterForecastSources({ reader, health, clock }, { slos }));
 */
export function clusterForecastSources(
  deps: ClusterForecastDeps,
  options: ClusterForecastOptions = {},
): ForecastSource[] {
  const { reader, health, clock } = deps;
  const sources: ForecastSource[] = [
    {
      name: 'certificate-expiry',
      forecast: async () => {
        const [secrets, certificates, ingresses] = await Promise.all([
          options.readTlsSecrets ? reader.listSecrets({ fieldSelector: `type=${TLS_SECRET_TYPE}` }) : [],
          reader.listCertificates(),
          reader.listIngresses(),
        ]);
        return forecastCertificates({
          now: clock.now(),
          secrets,
          certificates,
          ingresses,
          ...(options.certificateWarnDays ? { warnDays: options.certificateWarnDays } : {}),
        });
      },
    },
    {
      name: 'hpa-at-max',
      forecast: async () => forecastHpaAtMax(await reader.listHorizontalPodAutoscalers()),
    },
    {
      name: 'pdb-blocks-drain',
      forecast: async () => {
        const [budgets, deployments, statefulSets] = await Promise.all([
          reader.listPodDisruptionBudgets(),
          reader.listDeployments(),
          reader.listStatefulSets(),
        ]);
        const workloads: LabelledWorkload[] = [
          ...deployments.map((d) => labelled('Deployment', d)),
          ...statefulSets.map((s) => labelled('StatefulSet', s)),
        ];
        return forecastPdbBlocksDrain(budgets, workloads);
      },
    },
  ];
  if (!health) return sources;
  sources.push({
    name: 'restart-rate',
    forecast: async () => {
      const end = clock.now();
      const start = new Date(end.getTime() - (options.restartHistoryHours ?? 12) * HOUR);
      const series = await health.restartRates({ start, end, stepSeconds: 1800 });
      const rising = series.filter((s) => s.perHour.some((p) => p.value > 0));
      if (rising.length === 0) return [];
      return forecastRestartRate(withOwners(rising, await reader.listPods()));
    },
  });
  const slos = options.slos ?? [];
  if (slos.length > 0) {
    sources.push({
      name: 'slo-burn',
      forecast: async () => {
        const at = clock.now();
        const out: Forecast[] = [];
        for (const slo of slos) {
          const ratios: SloErrorRatios = { windows: {} };
          const values = await Promise.all([
            ...BURN_WINDOWS.map((w) => health.errorRatio(sloQuery(slo, w), at)),
            health.errorRatio(sloQuery(slo, `${slo.periodDays}d`), at),
          ]);
          BURN_WINDOWS.forEach((w, i) => {
            const value = values[i];
            if (value !== undefined) ratios.windows[w] = value;
          });
          ratios.period = values[BURN_WINDOWS.length];
          const forecast = forecastSloBurn(slo, ratios);
          if (forecast) out.push(forecast);
        }
        return out;
      },
    });
  }
  return sources;
}

function labelled(
  kind: string,
  w: {
    metadata?: { name?: string; namespace?: string };
    spec?: { template?: { metadata?: { labels?: Record<string, string> } } };
  },
): LabelledWorkload {
  return {
    kind,
    namespace: w.metadata?.namespace ?? '',
    name: w.metadata?.name ?? '',
    labels: w.spec?.template?.metadata?.labels ?? {},
  };
}

/**
 * Names each series' workload from its pod's controller: a ReplicaSet's Deployment is its name
 * without the pod's `pod-template-hash`; StatefulSets, DaemonSets and Jobs name themselves.
 */
function withOwners(series: readonly RestartSeries[], pods: readonly Pod[]): RestartSeries[] {
  const owners = new Map<string, { kind: string; name: string }>();
  for (const pod of pods) {
    const ref = pod.metadata?.ownerReferences?.find((r) => r.controller);
    if (!ref) continue;
    const hash = pod.metadata?.labels?.['pod-template-hash'];
    const owner =
      ref.kind === 'ReplicaSet' && hash && ref.name.endsWith(`-${hash}`)
        ? { kind: 'Deployment', name: ref.name.slice(0, -(hash.length + 1)) }
        : { kind: ref.kind, name: ref.name };
    owners.set(`${pod.metadata?.namespace}/${pod.metadata?.name}`, owner);
  }
  return series.map((s) => {
    const owner = owners.get(`${s.namespace}/${s.pod}`);
    return owner ? { ...s, workload: owner.name, workloadKind: owner.kind } : s;
  });
}
