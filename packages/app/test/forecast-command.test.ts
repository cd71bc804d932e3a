import { ConfigSchema, ManualClock } from '@sre-agent/core';
import { MINUTES_PER_WEEK, startBackfilledPrometheus } from '@sre-agent/cost/testing';
import type { ClusterHandles } from '@sre-agent/healing';
import { ForecastSchema } from '@sre-agent/observer';
import { syntheticScrapedWorkload, syntheticSeries } from '@sre-agent/observer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { withConfiguredForecasts } from '../src/compose/cluster-forecasts.ts';
import type { CliIo } from '../src/io.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const AT_SECONDS = START + (MINUTES_PER_WEEK - 1) * 60 + 30;

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('sre-agent forecast', () => {
  const leak = syntheticSeries({ shape: 'linear', seed: 2 });
  const steady = syntheticSeries({ shape: 'steady', seed: 2 });
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>>;

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus(
      [leak, steady].map((s) => ({ workload: syntheticScrapedWorkload(s) })),
      { startEpochSeconds: START },
    );
  }, 120_000);
  afterAll(async () => prometheus?.stop());

  it('prints the forecasts of a Prometheus as of --at as {"forecasts": [...]} in the Forecast shape', async () => {
    const io = captureIo();
    const code = await main(
      ['node', 'sre-agent', 'forecast', '--prometheus', prometheus.url, '--at', String(AT_SECONDS), '--json'],
      io,
    );
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const body = JSON.parse(io.stdout.join('')) as { forecasts: unknown[] };
    const forecasts = body.forecasts.map((f) => ForecastSchema.parse(f));
    expect(forecasts.map((f) => [f.kind, f.namespace, f.workload, f.resource, f.action.kind])).toEqual([
      ['memory-limit', 'forecast', 'linear-2', 'memory of container app', 'raise-memory-limit'],
    ]);
    const truth = leak.truthMinutes as number;
    expect(Math.abs((forecasts[0]?.timeToLimitMinutes ?? 0) - truth) / truth).toBeLessThan(0.2);
  });

  it('says "no forecasts" when nothing is due within the horizon', async () => {
    const io = captureIo();
    const code = await main(
      [
        'node',
        'sre-agent',
        'forecast',
        '--prometheus',
        prometheus.url,
        '--at',
        String(AT_SECONDS),
        '--memory-horizon',
        String(Math.floor((leak.truthMinutes as number) / 60 / 2)),
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toEqual(['no forecasts']);
  });

  it('with no Prometheus configured, forecasts the sandbox scenario from what it recorded, one line per forecast', async () => {
    const io = captureIo();
    const code = await main(['node', 'sre-agent', 'forecast', '--scenario', 'memory-creep'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(
      lines.some((l) =>
        /^in \d.* memory-limit +storefront\/recommender: memory of container recommender -> raise-memory-limit percent=\d+$/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it("gives the first cluster the configured Prometheus's forecasts, as the Lambda monitor and worker use them", async () => {
    const handles = (name: string) => ({ name }) as unknown as ClusterHandles;
    const clusters = new Map([
      ['prod', handles('prod')],
      ['staging', handles('staging')],
    ]);
    const clock = new ManualClock(new Date(AT_SECONDS * 1000));
    expect(withConfiguredForecasts(clusters, ConfigSchema.parse({}), clock)).toBe(clusters);

    const config = ConfigSchema.parse({ integrations: { prometheus: { url: prometheus.url } } });
    const week = {
      memoryMinutes: MINUTES_PER_WEEK,
      volumeMinutes: MINUTES_PER_WEEK,
      nodeDiskMinutes: MINUTES_PER_WEEK,
    };
    const watched = withConfiguredForecasts(clusters, config, clock, week);
    expect(watched.get('staging')?.forecasts).toBeUndefined();
    expect(clusters.get('prod')?.forecasts).toBeUndefined();
    const due = (await watched.get('prod')?.forecasts?.current()) ?? [];
    expect(due.map((f) => [f.kind, f.workload, f.action.kind])).toEqual([
      ['memory-limit', 'linear-2', 'raise-memory-limit'],
    ]);

    // Its namespace denylisted: the monitor sees no forecast there, so it opens and proposes nothing.
    const denied = ConfigSchema.parse({
      integrations: { prometheus: { url: prometheus.url } },
      policy: { denyNamespaces: ['kube-system', 'forecast'] },
    });
    const withheld = withConfiguredForecasts(clusters, denied, clock, week);
    expect(await withheld.get('prod')?.forecasts?.current()).toEqual([]);
  });
});
