// A lean entry point for other packages' Prometheus adapters: the HTTP client, the PromQL that
// maps pods to their workloads and the check that names the jobs a series selector misses,
// without the right-sizing and zombie engines.
export { PrometheusHttpClient, type RangeSeries } from './prometheus-http-client.ts';
export { podWorkloads } from './promql.ts';
export { unmatchedSelectors } from './unmatched-selectors.ts';
