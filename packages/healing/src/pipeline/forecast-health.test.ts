import type { Incident } from '@sre-agent/core';
import { makeIncident, workloadRef } from '@sre-agent/state/testing';
import { describe, expect, it } from 'vitest';
import { detectProblems } from '../monitor/detect.ts';
import type { ClusterSnapshot } from '../monitor/snapshot.ts';
import { diagnoseForecast, isForecastIncident } from './forecast-diagnosis.ts';
import { forecastOutcome } from './forecast-health.ts';

const OPENED = new Date('2026-01-01T00:00:00.000Z');
const forecast = (
  over: Partial<NonNullable<Incident['forecast']>> = {},
): NonNullable<Incident['forecast']> => ({
  resource: 'memory of container api',
  timeToLimitMinutes: 90,
  dueAt: '2026-01-01T01:30:00.000Z',
  evidence: ['working set of container api', 'now 458 MiB of a 512 MiB limit (89%)'],
  action: { kind: 'raise-memory-limit', params: { percent: 25 } },
  ...over,
});
const memoryIncident = (over: Partial<Incident> = {}) =>
  makeIncident({
    signal: 'MemoryLimitForecast',
    openedAt: OPENED.toISOString(),
    forecast: forecast(),
    ...over,
  });
const at = (minutes: number) => new Date(OPENED.getTime() + minutes * 60_000);

describe('forecast incidents', () => {
  it('are diagnosed by their forecast: its bounded raise, or an escalation when only a warning is due', () => {
    const memory = memoryIncident();
    if (!isForecastIncident(memory)) throw new Error('a forecast incident');
    const raised = diagnoseForecast(memory);
    expect(raised.actions).toEqual([{ kind: 'raise-memory-limit', percent: 25 }]);
    expect(raised.diagnosis).toMatchObject({ category: 'memory', source: 'forecast' });
    expect(raised.diagnosis.summary).toContain('will reach its memory limit in about 90 minutes');

    const volume = makeIncident({
      signal: 'VolumeFillingForecast',
      target: workloadRef({ kind: 'StatefulSet', name: 'ledger' }),
      forecast: forecast({
        resource: 'pvc data-ledger-0',
        timeToLimitMinutes: 330,
        action: { kind: 'warn', params: {} },
      }),
    });
    if (!isForecastIncident(volume)) throw new Error('a forecast incident');
    const warned = diagnoseForecast(volume);
    expect(warned.actions).toHaveLength(1);
    expect(warned.actions[0]?.kind).toBe('escalate');
    expect(warned.diagnosis.summary).toContain('will reach its capacity in about 5.5 hours');
  });

  it('never turns a forecast action outside the catalog (or out of bounds) into a fix', () => {
    const bogus = memoryIncident({
      forecast: forecast({ action: { kind: 'raise-memory-limit', params: { percent: 500 } } }),
    });
    if (!isForecastIncident(bogus)) throw new Error('a forecast incident');
    expect(diagnoseForecast(bogus).actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it('records the outcome: acted when the fix made it go away, wrong when it went away by itself or its time passed', () => {
    const incident = memoryIncident();
    expect(
      forecastOutcome(incident, at(20), { kind: 'fixed', summary: 'raised the memory limit' })?.outcome,
    ).toEqual({
      verdict: 'acted',
      reason: 'raised the memory limit',
      at: at(20).toISOString(),
    });
    expect(forecastOutcome(incident, at(40), { kind: 'recovered' })?.outcome?.verdict).toBe('wrong');
    // Still healthy but the predicted time has not come: nothing to say yet; once it has, wrong.
    expect(forecastOutcome(incident, at(60), { kind: 'still-healthy' })).toBeUndefined();
    expect(forecastOutcome(incident, at(100), { kind: 'still-healthy' })?.outcome?.reason).toContain(
      'passed without the limit being reached',
    );
    // Recorded once; and never for an incident that is no forecast.
    const recorded = { ...incident, forecast: forecastOutcome(incident, at(40), { kind: 'recovered' }) };
    expect(forecastOutcome(recorded, at(100), { kind: 'still-healthy' })).toBeUndefined();
    expect(forecastOutcome(makeIncident({}), at(100), { kind: 'recovered' })).toBeUndefined();
  });

  it('come from the observer forecasts the monitor hands its detectors, one per workload, below any failure', () => {
    const snapshot: ClusterSnapshot = {
      cluster: 'prod',
      pods: [],
      nodes: [],
      replicaSets: [],
      jobs: [],
      events: [],
    };
    const detections = detectProblems(snapshot, OPENED, [
      {
        kind: 'memory-limit',
        namespace: 'shop',
        workload: 'api',
        workloadKind: 'Deployment',
        container: 'api',
        resource: 'memory of container api',
        timeToLimitMinutes: 90,
        evidence: ['now 458 MiB of a 512 MiB limit (89%)'],
        action: { kind: 'raise-memory-limit', params: { percent: 20 } },
        limitBytes: 512 * 2 ** 20,
      },
      {
        kind: 'volume-full',
        namespace: 'payments',
        workload: 'ledger',
        workloadKind: 'StatefulSet',
        resource: 'pvc data-ledger-0',
        timeToLimitMinutes: 330,
        evidence: ['now 16.6 GiB of a 20 GiB limit (83%)'],
        action: { kind: 'warn', params: {} },
      },
      // A node's disk names no workload: not a forecast these detectors raise.
      {
        kind: 'node-disk-full',
        namespace: '',
        workload: 'ip-10-0-1-1',
        resource: 'filesystem /',
        timeToLimitMinutes: 600,
        evidence: [],
        action: { kind: 'warn', params: {} },
      },
    ]);
    expect(detections.map((d) => [d.signal, d.target.kind, d.target.name, d.container ?? null])).toEqual([
      ['MemoryLimitForecast', 'Deployment', 'api', 'api'],
      ['VolumeFillingForecast', 'StatefulSet', 'ledger', null],
    ]);
    expect(detections[0]?.forecast?.dueAt).toBe(at(90).toISOString());
    // The limit it counted down to goes with it, for the raise to check against the live one.
    expect(detections[0]?.forecast?.limitBytes).toBe(512 * 2 ** 20);
    expect(detections[1]?.forecast?.limitBytes).toBeUndefined();
    expect(detections[0]?.reason).toContain('in about 90 minutes');
  });
});
