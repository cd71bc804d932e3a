import { describe, expect, it } from 'vitest';
import { cpuQuantileQuery, podWorkloads, promString, restartsQuery } from './promql.ts';

describe('promql', () => {
  it('quotes a namespace so it cannot end the matcher', () => {
    const evil = 'a"} or vector(1) #\\';
    expect(promString(evil)).toBe('"a\\"} or vector(1) #\\\\"');
    expect(podWorkloads('1h', evil)).toContain(`namespace=${promString(evil)}`);
    expect(podWorkloads('1h', evil)).not.toContain('namespace="a"}');
  });

  it('aggregates by workload container over a subquery of the 5-minute rate', () => {
    const query = cpuQuantileQuery(0.95, 604_800, 'shop');
    expect(query).toMatch(
      /^max by \(namespace, workload, workload_kind, container\) \(quantile_over_time\(0\.95, /,
    );
    expect(query).toContain(
      'rate(container_cpu_usage_seconds_total{container!="", container!="POD", namespace="shop", job="kubelet", metrics_path="/metrics/cadvisor"}[5m])',
    );
    expect(query).toContain('[604800s:1m]');
    expect(restartsQuery(3600)).toContain(
      'kube_pod_container_status_restarts_total{job="kube-state-metrics"}[3600s]',
    );
  });
});
