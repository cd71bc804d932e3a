import { PrometheusHttpClient } from '@sre-agent/cost/prometheus';
import { type BackfilledPrometheusHandle, startBackfilledPrometheus } from '@sre-agent/cost/testing';
import { PrometheusForecastMetrics } from '@sre-agent/observer';
import {
  CONTRACT_WORLD,
  contractWorldBackfill,
  describeForecastMetricsContract,
} from '@sre-agent/observer/testing';
import { afterAll, beforeAll } from 'vitest';

let prometheus: BackfilledPrometheusHandle;

beforeAll(async () => {
  const { workloads, gauges } = contractWorldBackfill();
  prometheus = await startBackfilledPrometheus(workloads, {
    startEpochSeconds: CONTRACT_WORLD.startEpochSeconds,
    gauges,
  });
}, 120_000);
afterAll(async () => prometheus?.stop());

describeForecastMetricsContract('PrometheusForecastMetrics on a backfilled Prometheus', async () => ({
  metrics: new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url })),
}));
