import type { SeriesSelectors } from '@sre-agent/core';
import { podWorkloads } from '@sre-agent/cost/prometheus';

/**
 * The PromQL of the forecast adapter: each query returns every series at once, aggregated on the
 * server per workload container, claim or node. Pods are attributed to workloads by the cost
 * sentinel's owner mapping (kube-state-metrics `kube_pod_owner` through ReplicaSets and Jobs).
 * Standard names only: cAdvisor, kube-state-metrics, the kubelet's volume stats, node-exporter,
 * each restricted to its scrape job by `SeriesSelectors` (a pod scraped with `honor_labels` can
 * publish the same names with another namespace's labels).
 */

const BY_CONTAINER = 'namespace, workload, workload_kind, container';

/** The working set of each workload container, the highest of its pods at each step (range query). */
export function workingSetQuery(s: SeriesSelectors): string {
  return `max by (${BY_CONTAINER}) (max by (namespace, pod, container) (container_memory_working_set_bytes{container!="", container!="POD", ${s.cadvisor}}) * on (namespace, pod) group_left (workload, workload_kind) ${podWorkloads('10m', undefined, s.kubeStateMetrics)})`;
}

/** The memory limit of each workload container now (instant query). */
export function memoryLimitQuery(s: SeriesSelectors): string {
  return `max by (${BY_CONTAINER}) (max by (namespace, pod, container) (last_over_time(kube_pod_container_resource_limits{resource="memory", ${s.kubeStateMetrics}}[5m])) * on (namespace, pod) group_left (workload, workload_kind) ${podWorkloads('5m', undefined, s.kubeStateMetrics)})`;
}

/** Bytes used per claim (range query). */
export function volumeUsedQuery(s: SeriesSelectors): string {
  return `max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{${s.kubelet}})`;
}

/** Capacity per claim now (instant query). */
export function volumeCapacityQuery(s: SeriesSelectors): string {
  return `max by (namespace, persistentvolumeclaim) (last_over_time(kubelet_volume_stats_capacity_bytes{${s.kubelet}}[5m]))`;
}

/** The workload whose pods mount each claim now (instant query). */
export function volumeOwnerQuery(s: SeriesSelectors): string {
  return `max by (namespace, persistentvolumeclaim, workload, workload_kind) (max by (namespace, pod, persistentvolumeclaim) (last_over_time(kube_pod_spec_volumes_persistentvolumeclaims_info{${s.kubeStateMetrics}}[5m])) * on (namespace, pod) group_left (workload, workload_kind) ${podWorkloads('5m', undefined, s.kubeStateMetrics)})`;
}

/** node-exporter's series of the kubelet's filesystems, with `node` from `instance` (host, no port) when absent. */
function byNode(expr: (matchers: string) => string, mountpoints: string): string {
  const m = `mountpoint=~${JSON.stringify(mountpoints)}, fstype!~"tmpfs|overlay|squashfs|nsfs"`;
  return `max by (node, mountpoint) (${expr(`${m}, node!=""`)}) or max by (node, mountpoint) (label_replace(${expr(`${m}, node=""`)}, "node", "$1", "instance", "([^:]+)(:[0-9]+)?"))`;
}

/** Bytes used (size − available) per node filesystem (range query). */
export function nodeUsedQuery(mountpoints: string): string {
  return byNode((m) => `node_filesystem_size_bytes{${m}} - node_filesystem_avail_bytes{${m}}`, mountpoints);
}

/** Size per node filesystem now (instant query). */
export function nodeSizeQuery(mountpoints: string): string {
  return byNode((m) => `last_over_time(node_filesystem_size_bytes{${m}}[5m])`, mountpoints);
}
