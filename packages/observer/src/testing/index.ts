export { InMemoryForecastMetrics } from './in-memory-forecast-metrics.ts';
export {
  SERIES_SHAPES,
  seriesSamples,
  syntheticScrapedWorkload,
  syntheticSeries,
} from './synthetic-series.ts';
