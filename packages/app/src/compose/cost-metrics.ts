import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { Config } from '@sre-agent/core';
import {
  PrometheusHttpClient,
  PrometheusUsageMetrics,
  sigV4Signer,
  type UsageMetrics,
} from '@sre-agent/cost';

/**
 * The configured usage history: Prometheus, or Amazon Managed Service for Prometheus signed with
 * SigV4 from the default credential chain (the Lambda's role), reading only the cAdvisor and
 * kube-state-metrics series of the scrape jobs `forecast.seriesSelectors` names (as the observer
 * does); undefined when none is configured.
 */
export function configuredUsageMetrics(config: Config): UsageMetrics | undefined {
  const prometheus = config.integrations.prometheus;
  if (!prometheus) return undefined;
  const region = prometheus.sigv4?.region;
  return new PrometheusUsageMetrics(
    new PrometheusHttpClient({
      url: prometheus.url,
      ...(region ? { signer: sigV4Signer({ region, credentials: defaultProvider() }) } : {}),
    }),
    { selectors: config.forecast.seriesSelectors },
  );
}
