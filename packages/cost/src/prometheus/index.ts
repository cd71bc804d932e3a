// A lean entry point for other packages' Prometheus adapters: the HTTP client and the PromQL
// that maps pods to their workloads, without the right-sizing and zombie engines.
export { type InstantSample, PrometheusHttpClient, type RangeSeries } from './prometheus-http-client.ts';
export { duration, podWorkloads, promString } from './promql.ts';
