import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';

/**
 * The PromQL the Prometheus adapter sends: every query aggregates on the server, per workload and
 * container, over all workloads at once (`by` clauses), so a week of a thousand containers comes
 * back as a few thousand numbers, never as raw samples. Only standard names: cAdvisor
 * (`container_cpu_usage_seconds_total`, `container_memory_working_set_bytes`) and kube-state-metrics
 * (`kube_pod_owner`, `kube_replicaset_owner`, `kube_job_owner`, `kube_pod_container_resource_requests` / `_limits`,
 * `kube_pod_container_status_last_terminated_reason`, `kube_pod_container_status_restarts_total`,
 * `kube_horizontalpodautoscaler_info`, `kube_horizontalpodautoscaler_spec_target_metric`), each
 * restricted to the scrape job that writes it by `SeriesSelectors` (`forecast.seriesSelectors`, as
 * the observer reads them): a pod scraped with `honor_labels` can publish the same names with
 * another workload's `namespace`/`pod` labels, and its series must not size that workload.
 */

/** Labels every per-container result carries. */
export const WORKLOAD_LABELS = 'namespace, workload, workload_kind, container';

/** A PromQL string literal (double-quoted, backslash escapes). */
export function promString(value: string): string {
  return JSON.stringify(value);
}

/** A Prometheus duration in whole seconds (`604800s`). */
export function duration(seconds: number): string {
  return `${Math.round(seconds)}s`;
}

/** Extra matchers: the namespace filter, when there is one. */
function scope(namespace: string | undefined): string {
  return namespace == null ? '' : `, namespace=${promString(namespace)}`;
}

/** A selector's matchers, after others (`, job="kubelet", …`). */
export function andMatchers(matchers: string): string {
  return `, ${matchers}`;
}

/**
 * Pod → workload over a range: `{namespace, pod, workload, workload_kind}` = 1. Pods of a
 * ReplicaSet go to its owner (a Deployment) through `kube_replicaset_owner`, pods of a CronJob's Job
 * to the CronJob through `kube_job_owner`; pods without an owner are their own workload (kind Pod).
 * `matchers`, when given, restrict every owner series to the scrape job that writes them.
 */
export function podWorkloads(range: string, namespace?: string, matchers?: string): string {
  // `matchers` (e.g. `job="kube-state-metrics"`) keeps out owner series that another job published.
  const ns = `${scope(namespace)}${matchers ? `, ${matchers}` : ''}`;
  const setWorkload = (expr: string, from: string) =>
    `label_replace(label_replace(${expr}, "workload", "$1", "${from}", "(.+)"), "workload_kind", "$1", "owner_kind", "(.+)")`;
  const direct = setWorkload(
    `max_over_time(kube_pod_owner{owner_kind!~"ReplicaSet|<none>"${ns}}[${range}])`,
    'owner_name',
  );
  const bare = `label_replace(label_replace(max_over_time(kube_pod_owner{owner_kind="<none>"${ns}}[${range}]), "workload", "$1", "pod", "(.+)"), "workload_kind", "Pod", "", "")`;
  const viaReplicaSet =
    `label_replace(max_over_time(kube_pod_owner{owner_kind="ReplicaSet"${ns}}[${range}]), "replicaset", "$1", "owner_name", "(.+)")` +
    ` * on (namespace, replicaset) group_left (workload, workload_kind) max by (namespace, replicaset, workload, workload_kind) (${setWorkload(
      `max_over_time(kube_replicaset_owner{owner_kind!="<none>"${ns}}[${range}])`,
      'owner_name',
    )})`;
  const viaJob =
    `label_replace(max_over_time(kube_pod_owner{owner_kind="Job"${ns}}[${range}]), "job_name", "$1", "owner_name", "(.+)")` +
    ` * on (namespace, job_name) group_left (workload, workload_kind) max by (namespace, job_name, workload, workload_kind) (${setWorkload(
      `max_over_time(kube_job_owner{owner_kind="CronJob"${ns}}[${range}])`,
      'owner_name',
    )})`;
  // A CronJob's pods belong to the CronJob (its Jobs come and go); `or on (namespace, pod)` keeps the
  // direct Job attribution only for Jobs that no CronJob owns.
  return `max by (namespace, pod, workload, workload_kind) (max by (namespace, pod, workload, workload_kind) (${viaJob}) or on (namespace, pod) (${direct} or ${bare} or (${viaReplicaSet})))`;
}

/** A per-pod-and-container expression, attributed to workloads and reduced with `aggregation` per workload container. */
export function perWorkload(
  aggregation: 'max' | 'sum' | 'count',
  perPod: string,
  ownersRange: string,
  namespace?: string,
  s: SeriesSelectors = DEFAULT_SERIES_SELECTORS,
): string {
  return `${aggregation} by (${WORKLOAD_LABELS}) (${perPod} * on (namespace, pod) group_left (workload, workload_kind) ${podWorkloads(ownersRange, namespace, s.kubeStateMetrics)})`;
}

/** CPU cores per pod and container: the 5-minute rate of cAdvisor's counter, one series per container. */
export function cpuRate(namespace?: string, s: SeriesSelectors = DEFAULT_SERIES_SELECTORS): string {
  return `max by (namespace, pod, container) (rate(container_cpu_usage_seconds_total{container!="", container!="POD"${scope(namespace)}${andMatchers(s.cadvisor)}}[5m]))`;
}

function workingSet(namespace: string | undefined, s: SeriesSelectors): string {
  return `container_memory_working_set_bytes{container!="", container!="POD"${scope(namespace)}${andMatchers(s.cadvisor)}}`;
}

export type Quantile = 0.5 | 0.95 | 0.99;

const D = DEFAULT_SERIES_SELECTORS;

/** The q-quantile of the per-minute CPU rate over the window, highest pod per workload container. */
export function cpuQuantileQuery(
  q: Quantile,
  windowSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  const w = duration(windowSeconds);
  return perWorkload('max', `quantile_over_time(${q}, ${cpuRate(namespace, s)}[${w}:1m])`, w, namespace, s);
}

export function cpuMaxQuery(windowSeconds: number, namespace?: string, s: SeriesSelectors = D): string {
  const w = duration(windowSeconds);
  return perWorkload('max', `max_over_time(${cpuRate(namespace, s)}[${w}:1m])`, w, namespace, s);
}

/** The q-quantile of the scraped working set over the window (raw samples, aggregated on the server). */
export function memoryQuantileQuery(
  q: 0.5 | 0.99,
  windowSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  const w = duration(windowSeconds);
  return perWorkload(
    'max',
    `max by (namespace, pod, container) (quantile_over_time(${q}, ${workingSet(namespace, s)}[${w}]))`,
    w,
    namespace,
    s,
  );
}

export function memoryMaxQuery(windowSeconds: number, namespace?: string, s: SeriesSelectors = D): string {
  const w = duration(windowSeconds);
  return perWorkload(
    'max',
    `max by (namespace, pod, container) (max_over_time(${workingSet(namespace, s)}[${w}]))`,
    w,
    namespace,
    s,
  );
}

/** For a range query with a 1-hour step: the highest CPU rate of each hour. */
export function cpuHourlyMaxQuery(namespace?: string, s: SeriesSelectors = D): string {
  return perWorkload('max', `max_over_time(${cpuRate(namespace, s)}[1h:1m])`, '1h', namespace, s);
}

/** For a range query with a 1-hour step: the highest working set of each hour. */
export function memoryHourlyMaxQuery(namespace?: string, s: SeriesSelectors = D): string {
  return perWorkload(
    'max',
    `max by (namespace, pod, container) (max_over_time(${workingSet(namespace, s)}[1h]))`,
    '1h',
    namespace,
    s,
  );
}

/** Requests or limits of the pods running at the end of the window, per resource (`cpu` cores, `memory` bytes). */
export function resourcesQuery(
  which: 'requests' | 'limits',
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  const perPod = `max by (namespace, pod, container, resource) (last_over_time(kube_pod_container_resource_${which}{resource=~"cpu|memory"${scope(namespace)}${andMatchers(s.kubeStateMetrics)}}[5m]))`;
  return `max by (${WORKLOAD_LABELS}, resource) (${perPod} * on (namespace, pod) group_left (workload, workload_kind) ${podWorkloads('5m', namespace, s.kubeStateMetrics)})`;
}

/** Pods running each container at the end of the window. */
export function replicasQuery(namespace?: string, s: SeriesSelectors = D): string {
  return perWorkload(
    'count',
    `max by (namespace, pod, container) (last_over_time(${workingSet(namespace, s)}[5m]))`,
    '5m',
    namespace,
    s,
  );
}

/** 1 when a container of the workload ended OOMKilled in the window. */
export function oomKilledQuery(windowSeconds: number, namespace?: string, s: SeriesSelectors = D): string {
  const w = duration(windowSeconds);
  return perWorkload(
    'max',
    `max by (namespace, pod, container) (max_over_time(kube_pod_container_status_last_terminated_reason{reason="OOMKilled"${scope(namespace)}${andMatchers(s.kubeStateMetrics)}}[${w}]))`,
    w,
    namespace,
    s,
  );
}

/** Container restarts in the window, all pods of the workload together. */
export function restartsQuery(windowSeconds: number, namespace?: string, s: SeriesSelectors = D): string {
  const w = duration(windowSeconds);
  return perWorkload(
    'sum',
    `max by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{${s.kubeStateMetrics}${scope(namespace)}}[${w}]))`,
    w,
    namespace,
    s,
  );
}

/** HPAs and their targets (KEDA's HPAs are named `keda-hpa-<ScaledObject>`). */
export function autoscalerTargetsQuery(namespace?: string, s: SeriesSelectors = D): string {
  return `max by (namespace, horizontalpodautoscaler, scaletargetref_kind, scaletargetref_name) (last_over_time(kube_horizontalpodautoscaler_info{${s.kubeStateMetrics}${scope(namespace)}}[5m]))`;
}

/** The resource metrics HPAs scale on as a utilisation, i.e. relative to the pods' requests. */
export function autoscalerResourceMetricsQuery(namespace?: string, s: SeriesSelectors = D): string {
  return `max by (namespace, horizontalpodautoscaler, metric_name) (last_over_time(kube_horizontalpodautoscaler_spec_target_metric{metric_name=~"cpu|memory", metric_target_type="utilization"${scope(namespace)}${andMatchers(s.kubeStateMetrics)}}[5m]))`;
}
