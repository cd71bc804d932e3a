import {
  InMemoryLogger,
  InMemoryNotifier,
  isPage,
  ManualClock,
  parseConfig,
  sequentialIds,
} from '@sre-agent/core';
import { deploymentFixture, InMemoryCluster } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { runMonitor } from '../src/use-cases/run-monitor.ts';

/** Four unrelated services crash at once in one cluster, whose budget is two pages an hour. */
function stormAgent() {
  const clock = new ManualClock('2026-12-02T03:10:00Z');
  const cluster = new InMemoryCluster('prod');
  for (const name of ['billing', 'search', 'ledger', 'mailer']) {
    cluster.addWorkload(
      deploymentFixture({ namespace: name, name: `${name}-api`, crash: { reason: 'Error', exitCode: 3 } }),
    );
  }
  const sent = new InMemoryNotifier();
  const agent = buildAgent({
    loaded: {
      config: parseConfig(
        'clusters: [{ name: prod, inCluster: true, defaultMode: auto }]\npolicy: { pagesPerClusterPerHour: 2 }',
      ),
      source: undefined,
      secrets: {},
    },
    stores: createInMemoryState({ clock }),
    clusters: new Map([['prod', { reader: cluster, writer: cluster }]]),
    clock,
    logger: new InMemoryLogger(),
    ids: sequentialIds(),
    alsoNotify: sent,
  });
  const pass = async () => {
    const report = await runMonitor(agent);
    await agent.localQueue?.drain();
    return report;
  };
  return { agent, clock, sent, pass };
}

describe('the paging budget, end to end through the monitor and the worker', () => {
  it('pages twice in the storm hour and sends the rest as one digest once the hour is over', async () => {
    const { agent, clock, sent, pass } = stormAgent();

    await pass();
    const escalated = (await agent.stores.incidents.listOpen()).filter((i) => i.status === 'escalated');
    expect(escalated).toHaveLength(4);
    expect(sent.sent.filter(isPage)).toHaveLength(2);

    clock.advance(20 * 60_000);
    await pass();
    expect(sent.sent.filter(isPage)).toHaveLength(2);
    expect(sent.sent.some((m) => m.threadKey.startsWith('digest:'))).toBe(false);

    clock.advance(31 * 60_000); // 04:01: the 03:00 hour is over
    await pass();
    const digests = sent.sent.filter((m) => m.threadKey.startsWith('digest:'));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.title).toBe('2 held pages in prod, 03:00–03:59 UTC');
    // Every escalated incident reached a human: paged directly or named in the digest.
    const paged = new Set(sent.sent.filter(isPage).map((m) => m.title));
    for (const incident of escalated) {
      expect(paged.has(incident.title) || digests[0]?.text.includes(incident.title)).toBe(true);
    }

    await pass();
    expect(sent.sent.filter((m) => m.threadKey.startsWith('digest:'))).toHaveLength(1);
  });
});
