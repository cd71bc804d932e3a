import { InMemoryLogger, InMemoryNotifier, ManualClock, type Notification } from '@sre-agent/core';
import { createInMemoryState, type PageLedger } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { digestDue, PageBudget } from './page-budget.ts';

const START = '2026-12-02T13:05:00.000Z';

const escalation = (n: number, cluster = 'prod-eu-1'): Notification => ({
  threadKey: `inc-${n}`,
  cluster,
  severity: 'critical',
  title: `api-${n} CrashLoopBackOff in shop`,
  text: `I need a human for api-${n}: the certificate expired.`,
  status: 'escalated',
});

const line = (n: number): Notification => ({
  threadKey: `inc-${n}`,
  cluster: 'prod-eu-1',
  severity: 'info',
  title: `api-${n} CrashLoopBackOff in shop`,
  text: 'I restarted pod api-0.',
});

function setup(pagesPerHour = 2, ledger?: PageLedger) {
  const clock = new ManualClock(START);
  const sent = new InMemoryNotifier();
  const logger = new InMemoryLogger();
  const pages = ledger ?? createInMemoryState({ clock }).pages;
  const budget = new PageBudget({ notifier: sent, ledger: pages, pagesPerHour, clock, logger });
  return { clock, sent, logger, pages, budget };
}

describe('PageBudget', () => {
  it('sends pages up to the budget per cluster-hour and holds the rest; thread lines always go', async () => {
    const { budget, sent } = setup(2);

    for (const n of [1, 2, 3, 4]) await budget.notify(escalation(n));
    await budget.notify(line(3));
    await budget.notify(escalation(5, 'prod-us-1'));

    expect(sent.sent.map((m) => `${m.cluster}/${m.threadKey}/${m.status ?? m.severity}`)).toEqual([
      'prod-eu-1/inc-1/escalated',
      'prod-eu-1/inc-2/escalated',
      'prod-eu-1/inc-3/info',
      'prod-us-1/inc-5/escalated',
    ]);
  });

  it('sends one digest of the held pages once their hour is over, and only once', async () => {
    const { budget, sent, clock, pages } = setup(1);
    await budget.notify(escalation(1));
    await budget.notify(escalation(2));
    await budget.notify({
      ...escalation(3),
      status: undefined,
      severity: 'warning',
      text: 'I propose to roll back api-3. Approve or reject below.',
      buttons: [{ id: 'approve', label: 'Approve', value: 'inc-3:act-9', style: 'primary' }],
    });

    expect(await budget.sendDigests(['prod-eu-1'])).toBe(0);
    expect(await digestDue(pages, ['prod-eu-1'], clock.now())).toBe(false);
    clock.advance(55 * 60_000);
    expect(await digestDue(pages, ['prod-eu-1'], clock.now())).toBe(true);
    expect(await budget.sendDigests(['prod-eu-1'])).toBe(1);
    expect(await budget.sendDigests(['prod-eu-1'])).toBe(0);

    const digest = sent.sent.at(-1);
    expect(sent.sent).toHaveLength(2);
    expect(digest).toMatchObject({
      threadKey: 'digest:prod-eu-1:2026-12-02T13',
      cluster: 'prod-eu-1',
      status: 'escalated',
      title: '2 held pages in prod-eu-1, 13:00–13:59 UTC',
    });
    expect(digest?.text).toContain('budget of 1 pages');
    expect(digest?.text).toContain('api-2 CrashLoopBackOff in shop (escalated): I need a human for api-2');
    expect(digest?.text).toContain('api-3 CrashLoopBackOff in shop (awaiting approval): /sre approve act-9');
    expect(await digestDue(pages, ['prod-eu-1'], clock.now())).toBe(false);
  });

  it('counts a storm beyond what a digest quotes, and the next hour starts a fresh budget', async () => {
    const { budget, sent, clock } = setup(3);
    for (let n = 0; n < 40; n++) await budget.notify(escalation(n));
    clock.advance(60 * 60_000);
    await budget.notify(escalation(99));
    await budget.sendDigests(['prod-eu-1']);

    expect(sent.sent.filter((m) => m.threadKey.startsWith('inc-'))).toHaveLength(4);
    const digest = sent.sent.find((m) => m.threadKey.startsWith('digest:'));
    expect(digest?.title).toBe('37 held pages in prod-eu-1, 13:00–13:59 UTC');
    expect(digest?.text).toContain('and 12 more');
  });

  it('sends a page once when the chat tool fails, and does not blame the ledger', async () => {
    const clock = new ManualClock(START);
    const logger = new InMemoryLogger();
    let attempts = 0;
    const failing = {
      notify: async () => {
        attempts += 1;
        throw new Error('slack is down');
      },
    };
    const budget = new PageBudget({
      notifier: failing,
      ledger: createInMemoryState({ clock }).pages,
      pagesPerHour: 2,
      clock,
      logger,
    });

    await expect(budget.notify(escalation(1))).rejects.toThrow('slack is down');
    expect(attempts).toBe(1);
    expect(logger.records.some((e) => e.message.includes('paging anyway'))).toBe(false);
  });

  it('pages anyway when the ledger cannot be reached, and says so in its log', async () => {
    const broken: PageLedger = {
      spend: () => Promise.reject(new Error('ProvisionedThroughputExceeded')),
      hold: () => Promise.reject(new Error('unreachable')),
      hasPendingDigest: () => Promise.resolve(false),
      takeDigest: () => Promise.resolve(undefined),
    };
    const { budget, sent, logger } = setup(1, broken);

    await budget.notify(escalation(1));

    expect(sent.sent).toHaveLength(1);
    expect(logger.records.some((e) => e.message.includes('paging anyway'))).toBe(true);
  });
});
