import { describe, expect, it } from 'vitest';
import { alertSaysCardinalityBurst } from './cardinality-burst.ts';

const burst = (alert: string) => alertSaysCardinalityBurst({ alerts: [alert] });

describe('a cardinality burst, read from the alert', () => {
  it('reads series or streams multiplied against a recent count, or mostly churning', () => {
    for (const alert of [
      'LokiIngesterMemoryStreamsHigh: loki_ingester_memory_streams 3.1M on loki-ingester-2 (190k on 2026-02-10); tenant platform streams +2.9M since 06:40; label trace_id 2.9M values',
      'SpanMetricsSeriesHigh: traces_span_metrics_calls_total series 1.42M (21k on 2026-02-10); 98% carry span_name like "GET /orders/6f1c2a0e"',
      'PrometheusHeadSeriesGrowth: prometheus_tsdb_head_series on prometheus-k8s-1 11.8M (06:00: 2.9M) and rising 1.4M/h',
      'TooHighChurnRate: VictoriaMetrics constantly creates new time series (churn 61% of active series over 15m)',
      'MimirIngesterSeriesHigh: in-memory series 8,400,000 (1,900,000 yesterday)',
      'PrometheusScrapeSeriesHigh: target telegraf-statsd:9273 exposes 2,912,004 series (41,870 on 2026-02-09); top labels: hostname 18,204',
    ]) {
      expect(burst(alert), alert).toBe(alert.slice(0, 300));
    }
  });

  it('keeps growth with the fleet, other counts and names with digits out of it', () => {
    // Half as much again with a bigger fleet: the workload's own growth, a raise is right.
    expect(
      burst(
        'PrometheusMemoryNearLimit: prometheus_tsdb_head_series 3.91M (2.64M on 2026-02-04); nodepool batch-spot grew from 38 to 91 nodes',
      ),
    ).toBeUndefined();
    // Many times the rooms, but rooms are the work, not a store's series.
    expect(
      burst('XMPPMucRoomsHigh: online MUC rooms on ejabberd 61,812 (7-day average 14,230)'),
    ).toBeUndefined();
    // Digits of names, dates and times are no counts.
    expect(burst('LokiStreams: streams on loki-ingester-12 (2026-02-10)')).toBeUndefined();
    expect(burst('SeriesHigh: series 4.2M at 08:00 (06:00: 3.9M)')).toBeUndefined();
    expect(burst('Churn: churn 12% of active series')).toBeUndefined();
  });
});
