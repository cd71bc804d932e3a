export {
  type EmbeddedShape,
  EmbeddedUsageMetrics,
  type EmbeddedUsageSource,
  type EmbeddedWorkload,
} from './embedded/embedded-usage-metrics.ts';
export type { NamespaceInventory, UsageMetrics } from './ports.ts';
export { PrometheusHttpClient } from './prometheus/prometheus-http-client.ts';
export { PrometheusUsageMetrics } from './prometheus/prometheus-usage-metrics.ts';
export { sigV4Signer } from './prometheus/sigv4-signer.ts';
export { type CostSweepReport, costReportNotification } from './report/cost-report.ts';
export { withholdNamespaces } from './report/withhold.ts';
export { parseCpu, parseMemory } from './rightsize/quantity.ts';
export { rightsizeJson } from './rightsize/report-json.ts';
export { rightsizeTable } from './rightsize/report-table.ts';
export { rightsizeCluster } from './rightsize/rightsize-cluster.ts';
export type { AutoscalerTarget } from './usage/types.ts';
export { findZombieNamespaces } from './zombies/find-zombies.ts';
export { DEFAULT_ZOMBIE_OPTIONS, type ZombieOptions, ZombieOptionsSchema } from './zombies/options.ts';
export { zombiesJson, zombiesTable } from './zombies/report.ts';
export type { NamespaceFacts } from './zombies/types.ts';
