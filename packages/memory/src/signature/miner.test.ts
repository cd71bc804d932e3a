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

  it('reads a number and its unit as one value, and a bare value in parentheses as optional', () => {
    const mined = mineTemplates([
      'proxy.example.com:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01',
      'proxy.example.com:5070 close, 451 bytes sent, 18846 bytes (18.4 KB) received, lifetime <1 sec',
      'proxy.example.com:5070 close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02',
    ]);
    expect(new Set(mined.map((m) => m.clusterId)).size).toBe(1);
  });

  it('treats words with digits as values once they take several, but keeps two frequent ones apart', () => {
    const cpus = mineTemplates([
      'Processor [CPU0] (supports C1)',
      'Processor [CPU1] (supports C1)',
      'Processor [CPU2] (supports C1)',
    ]);
    expect(new Set(cpus.map((m) => m.clusterId)).size).toBe(1);
    const links = mineTemplates([
      ...Array.from({ length: 4 }, () => 'link up via interface ee0'),
      ...Array.from({ length: 4 }, () => 'link up via interface alt0'),
      'link up via interface scip0',
    ]);
    expect(links[0]?.clusterId).not.toBe(links[4]?.clusterId);
  });

  it('keeps the key of key=value words it turns into variables', () => {
    const users = ['root', 'guest', 'admin', 'test', 'backup'];
    const mined = mineTemplates(users.map((u) => `authentication failure; rhost=10.0.0.1 user=${u}`));
    expect(mined[0]?.template).toBe('authentication failure; rhost=<*> user=<*>');
  });

  it('treats words that vary in statements of different lengths as names, even when few', () => {
    const users = ['cyrus', 'news', 'test'];
    const lines = users.flatMap((u) => [
      `session closed for user ${u}`,
      `session opened for user ${u} by (uid=0)`,
    ]);
    const mined = mineTemplates(lines);
    expect(mined[0]?.template).toBe('session closed for user <*>');
    expect(mined[1]?.template).toBe('session opened for user <*> by (uid=<*>)');
    expect(new Set(mined.map((m) => m.clusterId)).size).toBe(2);
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
