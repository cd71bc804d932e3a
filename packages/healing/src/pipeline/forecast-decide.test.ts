import {
  ConfigSchema,
  InMemoryNotifier,
  ManualClock,
  type Mode,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../detection.ts';
import type { ForecastView } from '../monitor/detectors/spec.ts';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-11-27T03:00:00.000Z';
const MI = 2 ** 20;

/** The observer's forecast for shop/order-service's container app, counting down to `limitBytes`. */
function memoryForecast(limitBytes: number): ForecastView {
  return {
    kind: 'memory-limit',
    namespace: 'shop',
    workload: 'order-service',
    workloadKind: 'Deployment',
    container: 'app',
    resource: 'memory of container app',
    timeToLimitMinutes: 90,
    evidence: ['working set of container app', `now 458 MiB of a ${limitBytes / MI} MiB limit`],
    action: { kind: 'raise-memory-limit', params: { percent: 25 } },
    limitBytes,
  };
}

/** The detection the monitor makes of that forecast (as `forecastDetections` builds it). */
function detection(forecast: ForecastView): Detection {
  return {
    target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
    signal: 'MemoryLimitForecast',
    source: 'monitor',
    reason: 'forecast: memory of container app reaches its limit in about 90 minutes',
    status: 'firing',
    container: 'app',
    observedAt: START,
    forecast: {
      resource: forecast.resource,
      timeToLimitMinutes: forecast.timeToLimitMinutes,
      evidence: [...forecast.evidence],
      action: forecast.action,
      ...(forecast.limitBytes ? { limitBytes: forecast.limitBytes } : {}),
    },
  };
}

/** A healthy Deployment with a 512Mi limit whose observer forecasts what `due` holds at each ask. */
function setup(mode: Mode) {
  const clock = new ManualClock(START);
  const cluster = new InMemoryCluster('prod').addWorkload(
    deploymentFixture({ namespace: 'shop', name: 'order-service', memoryLimit: '512Mi' }),
  );
  const due: { forecasts: ForecastView[] } = { forecasts: [] };
  const config = ConfigSchema.parse({
    clusters: [{ name: 'prod', inCluster: true, defaultMode: mode }],
    policy: { verifyMinutes: 5, proposalTtlMinutes: 8 * 60 },
  });
  const stores = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const pipeline = new HealingPipeline({
    config,
    cluster: (name) =>
      name === 'prod'
        ? { reader: cluster, writer: cluster, forecasts: { current: async () => due.forecasts } }
        : undefined,
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: {
      diagnose: async () => {
        throw new Error('a forecast is diagnosed by its forecast, not by the diagnoser');
      },
    },
    notifier,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  return { clock, cluster, due, stores, notifier, pipeline };
}

describe('a forecast raise', () => {
  it('is refused, and nothing written, when the live limit is not the one the forecast counted down to', async () => {
    const { cluster, due, stores, pipeline } = setup('auto');
    // Series that named this container but were not its own: a 1Gi limit, where the live one is 512Mi.
    due.forecasts = [memoryForecast(1024 * MI)];

    const result = await pipeline.ingest(detection(memoryForecast(1024 * MI)));

    const incident = result.kind === 'opened' ? result.incident : undefined;
    expect(incident?.forecast?.limitBytes).toBe(1024 * MI);
    expect(incident?.actions.map((a) => [a.action.kind, a.status])).toEqual([
      ['raise-memory-limit', 'refused'],
    ]);
    expect(incident?.actions[0]?.reason).toContain(
      'the forecast counted down to a memory limit of 1Gi but container app has 512Mi',
    );
    expect(incident?.status).toBe('escalated');
    expect(cluster.dryRuns).toEqual([]);
    expect(cluster.mutations).toEqual([]);
    const audit = await stores.audit.listForIncident(incident?.id ?? '');
    expect(audit.map((a) => [a.action.kind, a.status])).toEqual([['raise-memory-limit', 'refused']]);
    expect(audit[0]?.reason).toContain('the metrics do not match the live workload');
  });

  it('is applied when the live limit is the forecast one', async () => {
    const { cluster, due, pipeline } = setup('auto');
    due.forecasts = [memoryForecast(512 * MI)];

    const result = await pipeline.ingest(detection(memoryForecast(512 * MI)));

    expect(result.kind === 'opened' && result.incident.status).toBe('verifying');
    expect(cluster.mutations).toEqual([
      'patch-resources shop/order-service app {"limits":{"memory":"640Mi"}} annotations {"sre-agent.io/original-memory-limit.app":"512Mi"}',
    ]);
  });

  it('approved after the forecast has gone is refused with the reason, in the audit and the thread', async () => {
    const { clock, cluster, due, stores, notifier, pipeline } = setup('suggest');
    due.forecasts = [memoryForecast(512 * MI)];
    const result = await pipeline.ingest(detection(memoryForecast(512 * MI)));
    const incident = result.kind === 'opened' ? result.incident : undefined;
    const proposal = incident?.actions.find((a) => a.status === 'proposed');
    expect(incident?.status).toBe('awaiting-approval');

    // Three hours later the creep has stopped: the observer no longer forecasts it. Then Alice approves.
    due.forecasts = [];
    clock.advance(3 * 3_600_000);
    const approved = await pipeline.approve(incident?.id ?? '', proposal?.id ?? '', 'slack:alice');

    expect(cluster.dryRuns).toEqual([]);
    expect(cluster.mutations).toEqual([]);
    expect(approved?.actions.map((a) => [a.action.kind, a.status])).toEqual([
      ['raise-memory-limit', 'refused'],
    ]);
    const reason = 'memory of container app is no longer forecast to reach its limit within the horizon';
    const audit = await stores.audit.listForIncident(incident?.id ?? '');
    expect(audit[0]).toMatchObject({ actor: 'slack:alice', status: 'refused' });
    expect(audit[0]?.reason).toContain(reason);
    expect(notifier.sent.at(-1)?.threadKey).toBe(incident?.id);
    expect(approved?.status).toBe('escalated');
    expect(notifier.sent.at(-1)?.text).toContain(`slack:alice approved it, but ${reason}; nothing changed`);
  });

  it('approved while the forecast still holds is applied', async () => {
    const { clock, cluster, due, pipeline } = setup('suggest');
    due.forecasts = [memoryForecast(512 * MI)];
    const result = await pipeline.ingest(detection(memoryForecast(512 * MI)));
    const incident = result.kind === 'opened' ? result.incident : undefined;
    const proposal = incident?.actions.find((a) => a.status === 'proposed');

    clock.advance(3 * 3_600_000);
    const approved = await pipeline.approve(incident?.id ?? '', proposal?.id ?? '', 'slack:alice');

    expect(approved?.status).toBe('verifying');
    expect(cluster.mutations).toHaveLength(1);
  });
});
