export { InMemoryUsageMetrics } from './in-memory-usage-metrics.ts';
export { type ScrapedWorkload, type SyntheticGauge, scrapedPodName } from './openmetrics.ts';
export {
  type BackfilledPrometheusHandle,
  backfillTsdb,
  startBackfilledPrometheus,
  startPrometheus,
} from './prometheus-server.ts';
export { type Random, seededRandom } from './random.ts';
export {
  ARCHETYPES,
  MINUTES_PER_WEEK,
  type SyntheticWorkload,
  syntheticWorkload,
} from './synthetic-usage.ts';
export { zombieWorld } from './zombie-world.ts';
