// A lean entry point for other packages' Prometheus adapters: the HTTP client and the PromQL that
// maps pods to their workloads, without the right-sizing and zombie engines.
export { PrometheusHttpClient, type RangeSeries } from './prometheus-http-client.ts';
export { podWorkloads } from './promql.ts';
