export {
  CONTRACT_WORLD,
  contractWorldBackfill,
  contractWorldSeries,
  describeForecastMetricsContract,
} from './forecast-metrics-contract.ts';
export { InMemoryForecastMetrics } from './in-memory-forecast-metrics.ts';
export {
  SERIES_SHAPES,
  seriesSamples,
  syntheticScrapedWorkload,
  syntheticSeries,
} from './synthetic-series.ts';
