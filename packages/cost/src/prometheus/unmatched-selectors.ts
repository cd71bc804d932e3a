import type { SeriesSelectors } from '@sre-agent/core';
import type { PrometheusHttpClient } from './prometheus-http-client.ts';

/** One metric per selector, each published only by the job that selector should name. */
const SELECTOR_PROBES: Readonly<Record<keyof SeriesSelectors, string>> = {
  cadvisor: 'container_memory_working_set_bytes',
  kubelet: 'kubelet_volume_stats_used_bytes',
  kubeStateMetrics: 'kube_pod_owner',
};

/** At most this many jobs are named per selector. */
const MAX_JOBS = 5;

/**
 * The selectors (`forecast.seriesSelectors`) among `keys` that match none of their probe metric's
 * series at `at` while Prometheus has that metric from other scrape jobs (another chart's job
 * names): one line each, naming the jobs found and the key to set. Empty when every selector
 * matches, or when Prometheus has no such series at all (nothing scraped: not a selector's fault).
 * Reads that go through the selectors then silently find nothing: the observer and the cost
 * sentinel both say so with these lines.
 * @example
 * const lines = await unmatchedSelectors(client, config.forecast.seriesSelectors, now, ['cadvisor', 'kubeStateMetrics']);
 */
export async function unmatchedSelectors(
  client: PrometheusHttpClient,
  selectors: SeriesSelectors,
  at: Date,
  keys: readonly (keyof SeriesSelectors)[] = Object.keys(SELECTOR_PROBES) as (keyof SeriesSelectors)[],
): Promise<string[]> {
  const warnings: string[] = [];
  for (const key of keys) {
    const metric = SELECTOR_PROBES[key];
    const selector = selectors[key];
    const [mine] = await client.instant(`count(${metric}{${selector}})`, at);
    if ((mine?.value ?? 0) > 0) continue;
    const jobs = await client.instant(`count by (job) (${metric})`, at);
    if (jobs.length === 0) continue;
    // Job names come from the scrape (a pod with honor_labels may set its own): bounded and quoted.
    const found = jobs
      .slice(0, MAX_JOBS)
      .map((j) => `job=${JSON.stringify((j.labels.job ?? '').slice(0, 100))}`)
      .join(', ');
    warnings.push(
      `forecast.seriesSelectors.${key} (${selector}) matches none of the ${metric} series; Prometheus has them from ${found}: set forecast.seriesSelectors.${key} to the labels of the job you trust`,
    );
  }
  return warnings;
}
