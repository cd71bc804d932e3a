import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { Config, Logger } from '@sre-agent/core';
import { PrometheusHttpClient, sigV4Signer } from '@sre-agent/cost';
import {
  type ClusterHealthMetrics,
  type ForecastMetrics,
  PrometheusClusterHealthMetrics,
  PrometheusForecastMetrics,
} from '@sre-agent/observer';

/**
 * The configured Prometheus (or Amazon Managed Service for Prometheus, SigV4 from the default
 * credential chain) as the forecasts' two metrics ports, reading only the series of the scrape jobs
 * `forecast.seriesSelectors` names; undefined when none is configured.
 */
export function configuredForecastMetrics(
  config: Config,
  /** Where a selector that matches none of Prometheus' series is reported (once per process). */
  logger?: Logger,
): { metrics: ForecastMetrics; health: ClusterHealthMetrics } | undefined {
  const prometheus = config.integrations.prometheus;
  if (!prometheus) return undefined;
  const region = prometheus.sigv4?.region;
  const client = new PrometheusHttpClient({
    url: prometheus.url,
    ...(region ? { signer: sigV4Signer({ region, credentials: defaultProvider() }) } : {}),
  });
  const selectors = config.forecast.seriesSelectors;
  return {
    metrics: new PrometheusForecastMetrics(client, {
      selectors,
      ...(logger ? { onUnmatched: (warning: string) => logger.warn(warning) } : {}),
    }),
    health: new PrometheusClusterHealthMetrics(client, { selectors }),
  };
}
