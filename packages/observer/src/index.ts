export { clusterForecastSources } from './cluster/cluster-forecasts.ts';
export type { ClusterForecastReader, ClusterHealthMetrics } from './cluster/ports.ts';
export { PrometheusClusterHealthMetrics } from './cluster/prometheus-cluster-health.ts';
export { collectForecasts, type ForecastSource, type ForecastSourceFailure } from './collect-forecasts.ts';
export { forecastDigestNotification } from './digest.ts';
export {
  EmbeddedForecastMetrics,
  type EmbeddedForecastSource,
} from './embedded/embedded-forecast-metrics.ts';
export {
  boundEvidence,
  compareForecasts,
  FORECAST_KINDS,
  type Forecast,
  type ForecastKind,
  ForecastSchema,
  WARN_ACTION,
} from './forecast.ts';
export {
  DEFAULT_HORIZONS,
  type ForecastHorizons,
  forecastMemoryAndVolumes,
  type MemoryAndVolumeOptions,
} from './forecast-memory-and-volumes.ts';
export { formatBytes } from './format.ts';
export type {
  ContainerMemorySeries,
  ForecastMetrics,
  ForecastRange,
  NodeFilesystemSeries,
  VolumeSeries,
} from './ports.ts';
export { PrometheusForecastMetrics } from './prometheus/prometheus-forecast-metrics.ts';
export {
  forecastTimeToLimit,
  type TrendOptions,
  type TrendSample,
  type TrendVerdict,
} from './trend/forecast-time-to-limit.ts';
export { humanMinutes } from './trend/robust.ts';
export { withholdNamespaces } from './withhold.ts';
