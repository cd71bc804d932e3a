export { InMemoryForecastMetrics } from './in-memory-forecast-metrics.ts';
export { SERIES_SHAPES, seriesSamples, syntheticSeries } from './synthetic-series.ts';
