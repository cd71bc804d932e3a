import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { namespaceFamilies } from './openmetrics-namespaces.ts';
import type { SyntheticNamespace } from './synthetic-namespaces.ts';
import { MINUTES_PER_WEEK, type SyntheticWorkload } from './synthetic-usage.ts';

/** A synthetic workload as Prometheus would have scraped it, with the kube-state-metrics around it. */
export type ScrapedWorkload = {
  workload: SyntheticWorkload;
  /** An HPA on this workload scaling on the utilisation of these resources. */
  hpaOn?: ('cpu' | 'memory')[];
  /** The container was OOMKilled (its last termination reason) from this minute of the first week. */
  oomKilledFromMinute?: number;
};

/** Any other gauge, sampled every minute with the cAdvisor series (kubelet volume stats, node-exporter). */
export type SyntheticGauge = {
  name: string;
  labels: Record<string, string>;
  /** The value at minute `minute` of the weeks written; undefined writes no sample. */
  value(minute: number): number | undefined;
};

// Under the 5-minute lookback, so an instant query at the end of the window still sees the last sample.
const KSM_INTERVAL_SECONDS = 240;

function labels(pairs: Record<string, string>): string {
  return `{${Object.entries(pairs)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;
}

/** A stable short suffix, like the hashes in ReplicaSet and pod names. */
function suffix(text: string, length: number): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36).padStart(length, 'b').slice(0, length);
}

/** The pod's owner as kube-state-metrics reports it: a ReplicaSet of a Deployment, or a Job of a CronJob. */
function names(w: SyntheticWorkload): { owner: string; ownerKind: 'ReplicaSet' | 'Job'; pod: string } {
  const cron = w.ref.kind === 'CronJob';
  const owner = cron ? `${w.ref.workload}-29460000` : `${w.ref.workload}-${suffix(w.ref.workload, 9)}`;
  return {
    owner,
    ownerKind: cron ? 'Job' : 'ReplicaSet',
    pod: `${owner}-${suffix(`${w.ref.workload}/pod`, 5)}`,
  };
}

/** The name of the one pod the backfill writes for a workload, to hang other series (volumes) on it. */
export function scrapedPodName(w: SyntheticWorkload): string {
  return names(w).pod;
}

/**
 * Writes the given weeks of the workloads as OpenMetrics text for `promtool tsdb
 * create-blocks-from openmetrics`: cAdvisor CPU counter and working set every minute (scraped at
 * second 30), kube-state-metrics owners, requests, limits, restarts, OOM kills and HPAs every 4 minutes.
 * Returns the first and last sample times (epoch seconds).
 */
export async function writeOpenMetrics(
  file: string,
  workloads: readonly ScrapedWorkload[],
  options: {
    startEpochSeconds: number;
    weeks: number;
    ksmIntervalSeconds?: number;
    /** Namespaces' traffic and kube-state-metrics facts (the zombie signals). */
    namespaces?: readonly SyntheticNamespace[];
    gauges?: readonly SyntheticGauge[];
  },
): Promise<{ first: number; last: number }> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const start = options.startEpochSeconds;
  const minutes = MINUTES_PER_WEEK * options.weeks;
  const interval = options.ksmIntervalSeconds ?? KSM_INTERVAL_SECONDS;
  const ksmTimes = Array.from(
    { length: Math.floor((minutes * 60) / interval) },
    (_, i) => start + i * interval + 15,
  );
  // The last sample within the 5-minute lookback of the window's end, whatever the interval.
  const lastKsm = start + minutes * 60 - 45;
  if ((ksmTimes.at(-1) ?? 0) < lastKsm - 240) ksmTimes.push(lastKsm);
  const family = async (
    name: string,
    series: { labels: string; sample: (i: number) => number | undefined; times: number[] }[],
  ) => {
    await write(`# TYPE ${name} gauge\n`);
    for (const s of series) {
      const lines: string[] = [];
      s.times.forEach((t, i) => {
        const v = s.sample(i);
        if (v !== undefined) lines.push(`${name}${s.labels} ${v} ${t}\n`);
      });
      await write(lines.join(''));
    }
  };
  const cadvisorTimes = Array.from({ length: minutes }, (_, i) => start + i * 60 + 30);
  const weekValue = (w: SyntheticWorkload, pick: 'cpuCores' | 'memoryScrapedBytes', minute: number) =>
    w.week(Math.floor(minute / MINUTES_PER_WEEK))[pick][minute % MINUTES_PER_WEEK] as number;
  const podLabels = (w: SyntheticWorkload) => ({
    namespace: w.ref.namespace,
    pod: names(w).pod,
    container: w.ref.container,
  });
  // The scrape jobs' own labels, as kube-prometheus-stack attaches them.
  const cadvisorJob = { job: 'kubelet', metrics_path: '/metrics/cadvisor' };
  const ksmJob = { job: 'kube-state-metrics' };

  await family(
    'container_cpu_usage_seconds_total',
    workloads.map(({ workload: w }) => {
      let counter = 100_000;
      return {
        labels: labels({ ...podLabels(w), ...cadvisorJob }),
        times: cadvisorTimes,
        // Sample j holds the usage of minutes before j, so it is read in order exactly once.
        sample: (j: number) => {
          const value = counter;
          counter += weekValue(w, 'cpuCores', j) * 60;
          return Number(value.toFixed(3));
        },
      };
    }),
  );
  await family(
    'container_memory_working_set_bytes',
    workloads.map(({ workload: w }) => ({
      labels: labels({ ...podLabels(w), ...cadvisorJob }),
      times: cadvisorTimes,
      sample: (j: number) => Math.round(weekValue(w, 'memoryScrapedBytes', j)),
    })),
  );
  const ksm = (extra: Record<string, string>, value: (i: number) => number | undefined) => ({
    labels: labels({ ...extra, ...ksmJob }),
    times: ksmTimes,
    sample: value,
  });
  const one = () => 1;
  await family(
    'kube_pod_owner',
    workloads.map(({ workload: w }) =>
      ksm(
        {
          namespace: w.ref.namespace,
          pod: names(w).pod,
          owner_kind: names(w).ownerKind,
          owner_name: names(w).owner,
          owner_is_controller: 'true',
        },
        one,
      ),
    ),
  );
  await family(
    'kube_replicaset_owner',
    workloads
      .filter(({ workload: w }) => names(w).ownerKind === 'ReplicaSet')
      .map(({ workload: w }) =>
        ksm(
          {
            namespace: w.ref.namespace,
            replicaset: names(w).owner,
            owner_kind: w.ref.kind,
            owner_name: w.ref.workload,
            owner_is_controller: 'true',
          },
          one,
        ),
      ),
  );
  await family(
    'kube_job_owner',
    workloads
      .filter(({ workload: w }) => names(w).ownerKind === 'Job')
      .map(({ workload: w }) =>
        ksm(
          {
            namespace: w.ref.namespace,
            job_name: names(w).owner,
            owner_kind: w.ref.kind,
            owner_name: w.ref.workload,
            owner_is_controller: 'true',
          },
          one,
        ),
      ),
  );
  const resource = (which: 'requests' | 'limits') =>
    workloads.flatMap(({ workload: w }) => {
      const cpu = which === 'requests' ? w.current.cpuRequestCores : w.current.cpuLimitCores;
      const memory = which === 'requests' ? w.current.memoryRequestBytes : w.current.memoryLimitBytes;
      return [
        ...(cpu == null ? [] : [ksm({ ...podLabels(w), resource: 'cpu', unit: 'core' }, () => cpu)]),
        ...(memory == null ? [] : [ksm({ ...podLabels(w), resource: 'memory', unit: 'byte' }, () => memory)]),
      ];
    });
  await family('kube_pod_container_resource_requests', resource('requests'));
  await family('kube_pod_container_resource_limits', resource('limits'));
  await family(
    'kube_pod_container_status_restarts_total',
    workloads.map(({ workload: w, oomKilledFromMinute }) =>
      ksm(podLabels(w), (i) =>
        oomKilledFromMinute != null && ((ksmTimes[i] ?? start) - start) / 60 >= oomKilledFromMinute ? 1 : 0,
      ),
    ),
  );
  await family(
    'kube_pod_container_status_last_terminated_reason',
    workloads
      .filter((s) => s.oomKilledFromMinute != null)
      .map(({ workload: w, oomKilledFromMinute }) =>
        ksm({ ...podLabels(w), reason: 'OOMKilled' }, (i) =>
          ((ksmTimes[i] ?? start) - start) / 60 >= (oomKilledFromMinute ?? 0) ? 1 : undefined,
        ),
      ),
  );
  const scaled = workloads.filter((s) => s.hpaOn && s.hpaOn.length > 0);
  await family(
    'kube_horizontalpodautoscaler_info',
    scaled.map(({ workload: w }) =>
      ksm(
        {
          namespace: w.ref.namespace,
          horizontalpodautoscaler: w.ref.workload,
          scaletargetref_api_version: 'apps/v1',
          scaletargetref_kind: w.ref.kind,
          scaletargetref_name: w.ref.workload,
        },
        one,
      ),
    ),
  );
  await family(
    'kube_horizontalpodautoscaler_spec_target_metric',
    scaled.flatMap(({ workload: w, hpaOn }) =>
      (hpaOn ?? []).map((metric) =>
        ksm(
          {
            namespace: w.ref.namespace,
            horizontalpodautoscaler: w.ref.workload,
            metric_name: metric,
            metric_target_type: 'utilization',
          },
          () => 70,
        ),
      ),
    ),
  );
  for (const { name, series } of namespaceFamilies(options.namespaces ?? [], ksmTimes)) {
    if (series.length > 0) await family(name, series);
  }
  const gauges = options.gauges ?? [];
  for (const name of new Set(gauges.map((g) => g.name))) {
    await family(
      name,
      gauges
        .filter((g) => g.name === name)
        .map((g) => ({ labels: labels(g.labels), times: cadvisorTimes, sample: (j: number) => g.value(j) })),
    );
  }
  await write('# EOF\n');
  out.end();
  await once(out, 'finish');
  return { first: start, last: start + minutes * 60 };
}
