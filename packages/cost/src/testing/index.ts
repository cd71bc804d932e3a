export { InMemoryUsageMetrics } from './in-memory-usage-metrics.ts';
export { ARCHETYPES, syntheticWorkload } from './synthetic-usage.ts';
