import { describe, expect, it } from 'vitest';
import { groupingAccuracy } from './grouping-accuracy.ts';
import { mineTemplates } from './miner.ts';

describe('mineTemplates', () => {
  it('puts lines that differ only in values into one template', () => {
    const mined = mineTemplates([
      'Accepted password for alice from 10.0.0.1 port 5000 ssh2',
      'Accepted password for bob from 10.0.0.2 port 5001 ssh2',
      'Accepted password for carol from 10.0.0.3 port 5002 ssh2',
      'Accepted password for dave from 10.0.0.4 port 5003 ssh2',
      'Accepted password for erin from 10.0.0.5 port 5004 ssh2',
    ]);
    expect(new Set(mined.map((m) => m.clusterId)).size).toBe(1);
    expect(mined[0]?.template).toBe('Accepted password for <*> from <*> port <*> ssh2');
  });

  it('keeps apart events whose only difference is a word taking few values', () => {
    const lines = [
      'VM Started (Lifecycle Event)',
      'VM Paused (Lifecycle Event)',
      'VM Started (Lifecycle Event)',
    ];
    const mined = mineTemplates(lines.map((l) => `[instance: 1f0e2d3c-1111-2222-3333-444455556666] ${l}`));
    expect(mined[0]?.clusterId).toBe(mined[2]?.clusterId);
    expect(mined[0]?.clusterId).not.toBe(mined[1]?.clusterId);
  });

  it('never merges one-word lines that are different words', () => {
    const mined = mineTemplates(['running', 'blocked', 'normal', 'warning', 'critical', 'active']);
    expect(new Set(mined.map((m) => m.clusterId)).size).toBe(6);
  });
});

describe('groupingAccuracy', () => {
  it('counts a line correct only when its predicted group equals its true group', () => {
    expect(groupingAccuracy([1, 1, 2, 2], ['a', 'a', 'b', 'b'])).toBe(1);
    expect(groupingAccuracy([1, 1, 1, 2], ['a', 'a', 'b', 'b'])).toBe(0);
    expect(groupingAccuracy([1, 1, 2, 3], ['a', 'a', 'b', 'b'])).toBe(0.5);
  });
});
