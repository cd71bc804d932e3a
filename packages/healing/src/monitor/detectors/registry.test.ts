import { SignalSchema } from '@sre-agent/core';
import { type ClusterReader, REQUIRED_PERMISSIONS } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { readMonitorSnapshot } from '../detect.ts';
import { SNAPSHOT_RESOURCES } from '../snapshot.ts';
import { DETECTORS, MONITOR_READS } from './registry.ts';

describe('the detector registry', () => {
  it('has one detector per signal the monitor can raise, each documented', () => {
    const signals = DETECTORS.map((d) => d.signal);
    expect(new Set(signals).size).toBe(signals.length);
    expect([...signals, 'Alert', 'RuntimeThreat'].sort()).toEqual([...SignalSchema.options].sort());
    for (const detector of DETECTORS) expect(detector.doc.length, detector.signal).toBeGreaterThan(20);
  });

  it('reads only what the read-only role lets the reader list', () => {
    const listable = new Set(
      REQUIRED_PERMISSIONS.filter((p) => p.role === 'read-only' && p.verbs.includes('list')).map(
        (p) => `${p.apiGroup}/${p.resource}`,
      ),
    );
    for (const detector of DETECTORS) {
      for (const list of detector.reads) {
        const { apiGroup, resource } = SNAPSHOT_RESOURCES[list];
        expect(listable.has(`${apiGroup}/${resource}`), `${detector.signal} reads ${list}`).toBe(true);
      }
    }
  });

  it('makes a monitor pass read exactly the lists the detectors declare', async () => {
    const called: string[] = [];
    const list = (name: string) => async () => {
      called.push(name);
      return [];
    };
    const reader = {
      cluster: 'prod',
      listPods: list('pods'),
      listNodes: list('nodes'),
      listReplicaSets: list('replicaSets'),
      listJobs: list('jobs'),
      listEvents: list('events'),
    } as unknown as ClusterReader;

    const snapshot = await readMonitorSnapshot(reader);

    expect(called.sort()).toEqual([...MONITOR_READS].sort());
    expect(snapshot.cluster).toBe('prod');
  });
});
