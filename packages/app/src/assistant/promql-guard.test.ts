import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossNamespaceUse } from './promql-guard.ts';

describe('crossNamespaceUse', () => {
  it('names the words and matchers that could carry a series out of its namespace, in any case', () => {
    for (const query of [
      'label_replace(up, "namespace", "x", "", "")',
      'LABEL_JOIN(up, "namespace", "", "pod")',
      'sum Without (namespace) (up)',
      'a + on() group_left b',
      'a + on() GROUP_RIGHT b',
      'count_values("namespace", up)',
      'a * scalar(b)',
      'a and on() b',
      'a unless b',
      'up{namespace=~"kube-.*"}',
      'up{namespace !~ "shop"}',
      'up{exported_namespace=~"kube-.*"}',
      '{"namespace"=~"kube-.*"}',
    ])
      expect(crossNamespaceUse(query), query).toMatch(/namespace/);
  });

  it('lets ordinary queries through, whatever their strings and comments say', () => {
    for (const query of [
      'sum by (namespace) (rate(container_cpu_usage_seconds_total{namespace="shop"}[5m]))',
      'up{job="and without scalar", pod=~"web-.*"} # and without',
      'histogram_quantile(0.99, sum by (namespace, le) (rate(http_request_duration_seconds_bucket[5m])))',
      'kube_deployment_status_replicas_unavailable{namespace="shop"} > 0',
      'sum by (namespace) (up{job=`a\\"and`})',
      'node_load1 or on() vector(0)',
    ])
      expect(crossNamespaceUse(query), query).toBeUndefined();
  });

  it('scans any text in time linear in its length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (query) => {
        const result = crossNamespaceUse(query);
        expect(result === undefined || typeof result === 'string').toBe(true);
      }),
    );
    const started = performance.now();
    crossNamespaceUse('"\\'.repeat(200_000));
    crossNamespaceUse('a'.repeat(400_000));
    crossNamespaceUse('=~'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
