import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InMemoryLogger, ManualClock, type SloConfig } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { PrometheusHttpClient } from '@sre-agent/cost';
import { type BackfilledPrometheusHandle, startPrometheus } from '@sre-agent/cost/testing';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { startSandbox } from '@sre-agent/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterForecastSources } from '../src/cluster/cluster-forecasts.ts';
import { PrometheusClusterHealthMetrics } from '../src/cluster/prometheus-cluster-health.ts';
import { collectForecasts } from '../src/collect-forecasts.ts';

const START = Date.parse('2026-11-20T00:00:00Z') / 1000;
const MINUTES = 4 * 1440;
const END = START + (MINUTES - 1) * 60;
/** The last 90 minutes of checkout fail at 2 % (20× a 99.9 % SLO's budget); catalog stays at 0.05 %. */
const BURN_FROM_MINUTE = MINUTES - 90;
const PER_MINUTE = 6000;

/** Writes the history as OpenMetrics text: request counters of two services and restart counters of two pods. */
async function writeHistory(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  const counter = async (labels: string, perMinute: (minute: number) => number) => {
    let value = 0;
    for (let m = 0; m < MINUTES; m++) {
      value += perMinute(m);
      await write(`http_requests_total{${labels}} ${value} ${START + m * 60}\n`);
    }
  };
  await write('# TYPE http_requests_total gauge\n');
  const errors = (burning: boolean) => (m: number) => (burning && m >= BURN_FROM_MINUTE ? 120 : 3);
  await counter('service="checkout",code="500"', errors(true));
  await counter('service="checkout",code="200"', (m) => PER_MINUTE - errors(true)(m));
  await counter('service="catalog",code="500"', errors(false));
  await counter('service="catalog",code="200"', (m) => PER_MINUTE - errors(false)(m));
  await write('# TYPE kube_pod_container_status_restarts_total gauge\n');
  const restarts = async (pod: string, perHour: (hoursBeforeEnd: number) => number) => {
    let value = 0;
    for (let m = 0; m < MINUTES; m++) {
      const hoursBeforeEnd = Math.floor((MINUTES - 1 - m) / 60);
      const rate = perHour(hoursBeforeEnd);
      // `rate` restarts spread evenly over the hour.
      if (rate > 0 && m % Math.max(1, Math.floor(60 / rate)) === 0) value++;
      await write(
        `kube_pod_container_status_restarts_total{namespace="shop",pod="${pod}",container="app",job="kube-state-metrics"} ${value} ${START + m * 60}\n`,
      );
    }
  };
  // Rising: 0 restarts an hour until 12 h before the end, then one more each hour (1, 2, … 12).
  await restarts('worker-6b8f9c7d5-q2w4e', (h) => (h >= 12 ? 0 : 12 - h));
  await restarts('steady-7c9d8e6f5-a1b2c', () => 2);
  await write('# EOF\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

function slo(service: string): SloConfig {
  return {
    service,
    namespace: 'shop',
    indicator: 'error-rate',
    objective: 0.999,
    periodDays: 30,
    errorRatio: `sum(rate(http_requests_total{service="${service}",code=~"5.."}[$window])) / sum(rate(http_requests_total{service="${service}"}[$window]))`,
  };
}

describe('restart-rate and SLO-burn forecasts on a real Prometheus', () => {
  let dir: string;
  let prometheus: BackfilledPrometheusHandle;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'observer-prometheus-'));
    await writeHistory(join(dir, 'history.om.txt'));
    await promisify(execFile)(testBinary('promtool'), [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--max-block-duration=24h',
      join(dir, 'history.om.txt'),
      join(dir, 'data'),
    ]);
    prometheus = await startPrometheus(join(dir, 'data'));
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('pages on the burning service with its budget countdown, stays quiet on the healthy one, and sees the rising restarts', async () => {
    const clock = new ManualClock(new Date(END * 1000));
    const sandbox = await startSandbox({ scenario: 'healthy', clock });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: new InMemoryLogger(), sleep: async () => {} },
    );
    try {
      const health = new PrometheusClusterHealthMetrics(new PrometheusHttpClient({ url: prometheus.url }));

      const { forecasts, failures } = await collectForecasts(
        clusterForecastSources(
          { reader: access.reader, health, clock },
          { slos: [slo('checkout'), slo('catalog')] },
        ),
      );

      expect(failures).toEqual([]);
      const burns = forecasts.filter((f) => f.kind === 'slo-burn');
      expect(burns.map((f) => f.workload)).toEqual(['checkout']);
      expect(burns[0]?.evidence[0]).toMatch(
        /^page: error budget burning at 2\d(\.\d)?× over 1h and 2\d(\.\d)?× over 5m/,
      );
      // Budget spent ≈ (94.5 h × 0.05 % + 1.5 h × 2 %) ÷ 96 h ÷ 0.1 % ≈ 0.8: what is left lasts 0.2 × 30 d ÷ 20 ≈ 7 h.
      expect(burns[0]?.timeToLimitMinutes).toBeGreaterThan(5 * 60);
      expect(burns[0]?.timeToLimitMinutes).toBeLessThan(9 * 60);
      const restarts = forecasts.filter((f) => f.kind === 'restart-rate');
      expect(restarts.map((f) => f.workload)).toEqual(['worker-6b8f9c7d5-q2w4e']);
      expect(restarts[0]?.timeToLimitMinutes).toBeLessThan(4 * 60);
    } finally {
      await access.close();
      await sandbox.close();
    }
  }, 60_000);
});
