/**
 * Real recurrences rarely log only the error that matters: a stale deprecation error, a transient
 * DNS blip or a failed metrics push is logged nearby. This adds one such unrelated error line to
 * every stored incident's log and another to every query's (recurrences, near-misses and novel
 * queries alike, so false recall is measured under the same noise). The stored incidents draw from
 * one list and the queries from another: the added lines never match each other. Deterministic.
 */

/** Unrelated errors added to stored incidents (plain text, JSON, logfmt, Python logging). */
const STORED_NOISE: readonly string[] = [
  '2026-12-01T09:58:11.402Z ERROR [metrics-push] failed to push metrics to http://pushgateway.monitoring:9091/metrics/job/batch: 502 Bad Gateway',
  '{"level":"error","ts":"2026-12-01T09:58:11.402Z","logger":"config","msg":"setting \'tracing.legacy_sampler\' is deprecated and no longer supported; ignoring it"}',
  'time="2026-12-01T09:58:11Z" level=error msg="lookup otel-collector.observability.svc.cluster.local on 10.96.0.10:53: read udp 10.244.1.17:41235->10.96.0.10:53: i/o timeout"',
  '2026-12-01 09:58:11,402 ERROR sentry_sdk.transport: Unexpected status code: 429 (body: rate limited)',
];

/** Unrelated errors added to queries (klog, Spring Boot, logfmt, structured JSON). */
const QUERY_NOISE: readonly string[] = [
  'E1201 10:02:47.118       1 leaderelection.go:330] error retrieving resource lock kube-system/feature-flags: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/feature-flags": context deadline exceeded',
  '2026-12-01 10:02:47.118 ERROR 1 --- [statsd-flush-1] c.t.s.NonBlockingStatsDClient : StatsD error: java.net.PortUnreachableException: ICMP Port Unreachable',
  'time="2026-12-01T10:02:47Z" level=error msg="config key log_format_v1 is deprecated and will be removed in 3.0, use log.format"',
  '{"severity":"ERROR","time":"2026-12-01T10:02:47.118Z","message":"Failed to export spans to otel-collector:4317: UNAVAILABLE: Name resolution failed for target dns:otel-collector:4317"}',
];

/** The log with `line` added before its first line (even `i`) or after its last (odd `i`). */
function addLine(log: string, line: string, i: number): string {
  return i % 2 === 0 ? `${line}\n${log}` : `${log}\n${line}`;
}

export function withUnrelatedErrors<
  P extends Record<string, unknown>,
  Q extends Record<string, unknown>,
>(corpus: { past: readonly P[]; queries: readonly Q[] }): { past: P[]; queries: Q[] } {
  return {
    past: corpus.past.map((p, i) => ({
      ...p,
      log: addLine(String(p.log), STORED_NOISE[i % STORED_NOISE.length] as string, i),
    })),
    queries: corpus.queries.map((q, i) => ({
      ...q,
      log: addLine(String(q.log), QUERY_NOISE[(i >> 1) % QUERY_NOISE.length] as string, i + 1),
    })),
  };
}
