/**
 * The PromQL of the zombie-namespace signals: every query aggregates `by (namespace)` on the
 * server over all namespaces at once, and finds the last sign of life with a subquery of
 * `timestamp(… > threshold)` every 5 minutes, so a week of a thousand namespaces comes back as a
 * few thousand numbers. Standard names only: ingress-nginx (`nginx_ingress_controller_requests`;
 * `exported_namespace` when the scrape renamed the Ingress's `namespace` label), Istio
 * (`istio_requests_total` by `destination_service_namespace`), cAdvisor
 * (`container_network_receive_bytes_total`, `container_network_transmit_bytes_total`) and
 * kube-state-metrics (`kube_namespace_created`, `kube_replicaset_created`,
 * `kube_{deployment,statefulset,daemonset}_metadata_generation`); the cAdvisor and kube-state-metrics
 * series only from the scrape jobs `SeriesSelectors` names (ingress-nginx and Istio have no selector:
 * a forged request series can only make a namespace look alive, never asleep).
 */
import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';
import { andMatchers, duration, promString } from '../prometheus/promql.ts';

const D = DEFAULT_SERIES_SELECTORS;

/** The resolution at which "the last sign of life" is found. */
export const ACTIVITY_STEP_SECONDS = 300;

function scope(namespace: string | undefined): string {
  return namespace == null ? '' : `, namespace=${promString(namespace)}`;
}

/**
 * ingress-nginx requests per second by the Ingress's namespace (`exported_namespace` wins when the
 * scrape moved the Ingress's namespace there). Not scoped on the server: the namespace may sit in
 * either label, so the adapter filters the few per-namespace results.
 */
export function nginxRate(): string {
  return `sum by (namespace) (label_replace(rate(nginx_ingress_controller_requests[5m]), "namespace", "$1", "exported_namespace", "(.+)"))`;
}

/** Istio requests per second by the destination service's namespace, as the destination reports them. */
export function istioRate(): string {
  return `sum by (namespace) (label_replace(rate(istio_requests_total{reporter="destination"}[5m]), "namespace", "$1", "destination_service_namespace", "(.+)"))`;
}

/** Pod network bytes per second, received plus sent, by namespace. */
export function networkRate(namespace?: string, s: SeriesSelectors = D): string {
  const rate = (metric: string) =>
    `sum by (namespace) (rate(${metric}{namespace!=""${scope(namespace)}${andMatchers(s.cadvisor)}}[5m]))`;
  return `(${rate('container_network_receive_bytes_total')} + ${rate('container_network_transmit_bytes_total')})`;
}

/** The last 5-minute step in the lookback at which `rate` was above `threshold` (epoch seconds). */
export function lastAboveQuery(rate: string, threshold: number, lookbackSeconds: number): string {
  return `max_over_time((timestamp(${rate} > ${threshold}))[${duration(lookbackSeconds)}:${ACTIVITY_STEP_SECONDS}s])`;
}

/** Requests in the quiet period (the rate's integral at 5-minute steps). */
export function requestsInQuery(rate: string, quietSeconds: number): string {
  return `sum_over_time(${rate}[${duration(quietSeconds)}:${ACTIVITY_STEP_SECONDS}s]) * ${ACTIVITY_STEP_SECONDS}`;
}

/** The highest 5-minute network rate in the quiet period. */
export function networkPeakQuery(quietSeconds: number, namespace?: string, s: SeriesSelectors = D): string {
  return `max_over_time(${networkRate(namespace, s)}[${duration(quietSeconds)}:${ACTIVITY_STEP_SECONDS}s])`;
}

/** Hours of the lookback with pod network series, by namespace. */
export function historyHoursQuery(
  lookbackSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  return `count_over_time((sum by (namespace) (container_network_receive_bytes_total{namespace!=""${scope(namespace)}${andMatchers(s.cadvisor)}}))[${duration(lookbackSeconds)}:1h])`;
}

/** The first hour of the lookback with pod network series (epoch seconds), by namespace. */
export function historyStartQuery(
  lookbackSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  return `min_over_time((timestamp(sum by (namespace) (container_network_receive_bytes_total{namespace!=""${scope(namespace)}${andMatchers(s.cadvisor)}})))[${duration(lookbackSeconds)}:1h])`;
}

/** When each namespace was created (epoch seconds), from kube-state-metrics. */
export function namespaceCreatedQuery(namespace?: string, s: SeriesSelectors = D): string {
  return `max by (namespace) (last_over_time(kube_namespace_created{${s.kubeStateMetrics}${scope(namespace)}}[15m]))`;
}

/** The newest ReplicaSet of each namespace seen in the lookback (epoch seconds of its creation). */
export function replicaSetCreatedQuery(
  lookbackSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  return `max by (namespace) (max_over_time(kube_replicaset_created{${s.kubeStateMetrics}${scope(namespace)}}[${duration(lookbackSeconds)}]))`;
}

/**
 * The last 5-minute step in the lookback at which a Deployment, StatefulSet or DaemonSet spec
 * changed (its generation moved within 10 minutes: two kube-state-metrics scrapes at least).
 */
export function specChangedQuery(
  lookbackSeconds: number,
  namespace?: string,
  s: SeriesSelectors = D,
): string {
  const generation = `{__name__=~"kube_(deployment|statefulset|daemonset)_metadata_generation"${scope(namespace)}${andMatchers(s.kubeStateMetrics)}}`;
  return `max_over_time((timestamp(sum by (namespace) (changes(${generation}[10m])) > 0))[${duration(lookbackSeconds)}:${ACTIVITY_STEP_SECONDS}s])`;
}

/** Whether a metric exists at all (any series in the lookback). */
export function presentQuery(metric: string, lookbackSeconds: number): string {
  return `count(last_over_time(${metric}[${duration(lookbackSeconds)}]))`;
}
