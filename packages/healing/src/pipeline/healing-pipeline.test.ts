import {
  type Config,
  ConfigSchema,
  InMemoryNotifier,
  ManualClock,
  type Mode,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import type { CatalogAction } from '../actions/registry.ts';
import type { Detection } from '../detection.ts';
import type { Diagnoser, IncidentMemoryPort, RecalledFix } from '../ports.ts';
import { deploymentFixture, markHealthy, type WorkloadFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-11-27T03:00:00.000Z';

/** A diagnoser that always says the same thing, so these tests exercise the pipeline alone. */
function fixedDiagnoser(
  actions: CatalogAction[],
  summary = 'the container needs more memory than its limit',
): Diagnoser {
  return {
    diagnose: async (_reader, _incident, recall) => ({
      recalled: await recall(
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ),
      diagnosis: { category: 'memory', summary, confidence: 0.9, source: 'test' },
      actions,
      evidence: 'evidence',
      logExcerpt: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      container: 'app',
    }),
  };
}

function setup(
  options: {
    mode?: Mode;
    actions?: CatalogAction[];
    config?: Partial<Config['policy']>;
    memory?: IncidentMemoryPort;
  } = {},
) {
  const clock = new ManualClock(START);
  const fixture = deploymentFixture({
    namespace: 'shop',
    name: 'order-service',
    crash: { reason: 'OOMKilled', exitCode: 137 },
  });
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  const config = ConfigSchema.parse({
    clusters: [{ name: 'prod', inCluster: true, defaultMode: options.mode ?? 'auto' }],
    policy: { verifyMinutes: 5, ...options.config },
  });
  const stores = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const pipeline = new HealingPipeline({
    config,
    cluster: (name) => (name === 'prod' ? { reader: cluster, writer: cluster } : undefined),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser: fixedDiagnoser(options.actions ?? [{ kind: 'raise-memory-limit', percent: 20 }]),
    memory: options.memory,
    notifier,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  return { clock, fixture, cluster, stores, notifier, pipeline };
}

function detection(overrides: Partial<Detection> = {}): Detection {
  return {
    target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
    signal: 'OOMKilled',
    source: 'monitor',
    reason: 'container app: OOMKilled (exit 137), 4 restarts',
    status: 'firing',
    pod: 'order-service-7d9c5b6f4-aaaaa',
    container: 'app',
    observedAt: START,
    ...overrides,
  };
}

async function heal(clock: ManualClock, fixture: WorkloadFixture, pipeline: HealingPipeline, id: string) {
  markHealthy(fixture);
  clock.advance(60_000);
  await pipeline.advance(id); // healthy since now
  clock.advance(5 * 60_000);
  return pipeline.advance(id);
}

describe('HealingPipeline', () => {
  it('heals an OOMKilled deployment in auto mode: dry-run, apply, verify, resolve, and tells the story', async () => {
    const { clock, fixture, cluster, stores, notifier, pipeline } = setup();

    const result = await pipeline.ingest(detection());

    expect(result.kind).toBe('opened');
    const opened = result.kind === 'opened' ? result.incident : undefined;
    expect(opened?.status).toBe('verifying');
    expect(cluster.dryRuns[0]).toContain(
      'patch-resources shop/order-service app {"limits":{"memory":"614Mi"}}',
    );
    // The raise and its record of the original limit are one change.
    expect(cluster.mutations).toEqual([
      'patch-resources shop/order-service app {"limits":{"memory":"614Mi"}} annotations {"sre-agent.io/original-memory-limit.app":"512Mi"}',
    ]);
    const resolved = await heal(clock, fixture, pipeline, opened?.id ?? '');
    expect(resolved?.status).toBe('resolved');
    expect(resolved?.closedAt).toBeDefined();
    const audit = await stores.audit.listForIncident(opened?.id ?? '');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      status: 'applied',
      actor: 'agent',
      action: { kind: 'raise-memory-limit' },
    });
    const texts = notifier.sent.map((n) => n.text);
    expect(texts[0]).toContain('I detected order-service in shop failing (OOMKilled)');
    expect(texts[1]).toContain('by 20% (512Mi → 614Mi)');
    expect(texts.at(-1)).toMatch(/It has been healthy for 5 minutes: resolved 6 minutes after detection/);
    expect(new Set(notifier.sent.map((n) => n.threadKey)).size).toBe(1);
  });

  it('reopens the story when a fixed problem comes back: same thread, the fix did not hold and is not repeated', async () => {
    const { clock, fixture, cluster, notifier, pipeline } = setup();
    const first = await pipeline.ingest(detection());
    const firstId = first.kind === 'opened' ? first.incident.id : '';
    expect((await heal(clock, fixture, pipeline, firstId))?.status).toBe('resolved');

    // 40 minutes later the same container is OOMKilled again.
    clock.advance(40 * 60_000);
    const again = await pipeline.ingest(detection({ observedAt: clock.now().toISOString() }));

    const second = again.kind === 'opened' ? again.incident : undefined;
    expect(second?.recurrenceOf).toBe(firstId);
    expect(second?.occurrence).toBe(2);
    expect(second?.timeline.map((t) => t.kind)).toContain('escalated');
    expect(cluster.mutations).toHaveLength(1); // the raise that did not hold is not repeated
    expect(second?.actions[0]?.reason).toMatch(/which did not hold: the problem came back 40 minutes/);
    const escalation = notifier.sent.find((n) => n.status === 'escalated')?.text;
    expect(escalation).toContain('this is the second time in 6 hours');
    expect(escalation).toContain('The fix only buys time; the cause is');
    expect(new Set(notifier.sent.map((n) => n.threadKey))).toEqual(new Set([firstId]));
  });

  it('opens a fresh incident when the problem comes back after the recurrence window', async () => {
    const { clock, fixture, pipeline } = setup({ config: { recurrenceWindowHours: 1 } });
    const first = await pipeline.ingest(detection());
    await heal(clock, fixture, pipeline, first.kind === 'opened' ? first.incident.id : '');
    clock.advance(2 * 3_600_000);
    const again = await pipeline.ingest(detection({ observedAt: clock.now().toISOString() }));
    expect(again.kind === 'opened' && again.incident.occurrence).toBe(1);
  });

  it('answers an alert about an object that does not exist as stale, opening nothing', async () => {
    const { stores, pipeline } = setup();
    const result = await pipeline.ingest(
      detection({
        target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'retired-service' },
      }),
    );
    expect(result).toEqual({
      kind: 'ignored',
      reason: 'stale: Deployment shop/retired-service does not exist; nothing to diagnose or fix',
    });
    expect(await stores.incidents.listOpen()).toEqual([]);
  });

  it('pages once when the breaker trips; what it blocks afterwards waits without paging', async () => {
    const { pipeline, stores, notifier, clock } = setup();
    const control = controlStateFrom(stores.control, stores.audit, clock);
    await control.tripBreaker('prod', new Date(clock.now().getTime() + 3_600_000), 'cap reached');
    const result = await pipeline.ingest(detection());
    const incident = result.kind === 'opened' ? result.incident : undefined;
    expect(incident?.status).toBe('diagnosed');
    expect(incident?.timeline.at(-1)?.text).toContain('the circuit breaker for cluster prod is open until');
    expect(notifier.sent.filter((n) => n.status === 'escalated')).toEqual([]);
  });

  it('never starts an action the invocation has no time left to finish; the next invocation does', async () => {
    const { cluster, pipeline } = setup();
    const result = await pipeline.withTimeBudget(() => 5_000).ingest(detection());
    const incident = result.kind === 'opened' ? result.incident : undefined;
    expect(incident?.status).toBe('remediating');
    expect(cluster.mutations).toEqual([]);

    const next = await pipeline.withTimeBudget(() => 240_000).advance(incident?.id ?? '');
    expect(next?.status).toBe('verifying');
    expect(cluster.mutations).toHaveLength(1);
  });

  it('opens one incident when the monitor and Alertmanager report the same workload', async () => {
    const { stores, pipeline } = setup({ mode: 'observe' });

    await pipeline.ingest(detection());
    const second = await pipeline.ingest(
      detection({
        source: 'alertmanager',
        target: { cluster: 'prod', namespace: 'shop', kind: 'Pod', name: 'order-service-7d9c5b6f4-bbbbb' },
        signal: 'CrashLoopBackOff',
        fingerprint: 'fp-1',
      }),
    );

    expect(second.kind).toBe('updated');
    const open = await stores.incidents.listOpen();
    expect(open).toHaveLength(1);
    expect(open[0]?.sources).toEqual(['monitor', 'alertmanager']);
    expect(open[0]?.fingerprints).toEqual(['fp-1']);
  });

  it('changes nothing in observe mode and says what it would have done', async () => {
    const { cluster, notifier, pipeline } = setup({ mode: 'observe' });

    const result = await pipeline.ingest(detection());

    expect(result.kind === 'opened' && result.incident.status).toBe('observed');
    expect(cluster.mutations).toEqual([]);
    expect(cluster.dryRuns).toEqual([]);
    expect(notifier.sent.at(-1)?.text).toContain(
      'I would raise the memory limit of order-service/app from 512Mi to 614Mi, but namespace shop is in observe mode',
    );
  });

  it('waits for approval in suggest mode, then acts when approved', async () => {
    const { cluster, notifier, pipeline, stores } = setup({ mode: 'suggest' });

    const result = await pipeline.ingest(detection());
    const incident = result.kind === 'opened' ? result.incident : undefined;
    expect(incident?.status).toBe('awaiting-approval');
    expect(cluster.mutations).toEqual([]);
    const proposal = incident?.actions.find((a) => a.status === 'proposed');
    expect(notifier.sent.at(-1)?.buttons?.map((b) => b.id)).toEqual(['approve', 'reject']);

    const approved = await pipeline.approve(incident?.id ?? '', proposal?.id ?? '', 'slack:alice');

    expect(approved?.status).toBe('verifying');
    expect(cluster.mutations[0]).toContain('patch-resources');
    const [audit] = await stores.audit.listForIncident(incident?.id ?? '');
    expect(audit).toMatchObject({ actor: 'slack:alice', mode: 'suggest', status: 'applied' });
  });

  it('lets a resolved alert close an unanswered proposal, which expires with it', async () => {
    const { cluster, pipeline } = setup({ mode: 'suggest' });
    const opened = await pipeline.ingest(detection({ source: 'alertmanager', fingerprint: 'fp-1' }));
    expect(opened.kind === 'opened' && opened.incident.status).toBe('awaiting-approval');

    const result = await pipeline.ingest(
      detection({ source: 'alertmanager', fingerprint: 'fp-1', status: 'resolved' }),
    );

    const closed = result.kind === 'closed' ? result.incident : undefined;
    expect(closed?.status).toBe('resolved');
    expect(closed?.actions.map((a) => a.status)).toEqual(['expired']);
    expect(cluster.mutations).toEqual([]);
  });

  it('still obeys the kill switch for an approved proposal', async () => {
    const { cluster, stores, pipeline } = setup({ mode: 'suggest' });
    const result = await pipeline.ingest(detection());
    const incident = result.kind === 'opened' ? result.incident : undefined;
    const proposal = incident?.actions.find((a) => a.status === 'proposed');
    await stores.control.setPause({ paused: true, by: 'bob' });

    const approved = await pipeline.approve(incident?.id ?? '', proposal?.id ?? '', 'slack:alice');

    expect(approved?.status).toBe('escalated');
    expect(approved?.actions.map((a) => a.status)).toEqual(['skipped']);
    expect(cluster.mutations).toEqual([]);
  });

  it('escalates when a human rejects the proposal, changing nothing', async () => {
    const { cluster, pipeline } = setup({ mode: 'suggest' });
    const result = await pipeline.ingest(detection());
    const incident = result.kind === 'opened' ? result.incident : undefined;
    const proposal = incident?.actions.find((a) => a.status === 'proposed');

    const rejected = await pipeline.reject(incident?.id ?? '', proposal?.id ?? '', 'slack:bob');

    expect(rejected?.status).toBe('escalated');
    expect(cluster.mutations).toEqual([]);
  });

  it('tries the next fix when one fails verification, never repeats it, and escalates when none is left', async () => {
    const { clock, cluster, notifier, pipeline } = setup({
      actions: [{ kind: 'rollout-restart' }, { kind: 'raise-memory-limit', percent: 20 }],
    });
    const result = await pipeline.ingest(detection());
    const id = result.kind === 'opened' ? result.incident.id : '';

    // The first fix fails verification after two windows; the next one waits out the cooldown.
    clock.advance(10 * 60_000);
    expect((await pipeline.advance(id))?.status).toBe('diagnosed');
    clock.advance(5 * 60_000);
    const second = await pipeline.advance(id);
    expect(second?.status).toBe('verifying');
    expect(second?.actions.map((a) => [a.action.kind, a.status])).toEqual([
      ['rollout-restart', 'failed'],
      ['raise-memory-limit', 'applied'],
    ]);
    clock.advance(10 * 60_000);
    const last = await pipeline.advance(id);

    expect(last?.status).toBe('escalated');
    expect(cluster.mutations.filter((m) => m.startsWith('rollout-restart'))).toHaveLength(1);
    expect(notifier.sent.at(-1)?.text).toContain('I need a human');
    // The raise that did not help is undone (the limit still showed exactly what it set): no drift.
    expect(cluster.mutations.at(-1)).toBe(
      'patch-resources shop/order-service app {"limits":{"memory":"512Mi"}}',
    );
    expect(
      last?.timeline.some((t) => t.text.includes('set the memory limit of order-service/app back to 512Mi')),
    ).toBe(true);
  });

  describe('a flapping alert', () => {
    const alert = (status: 'firing' | 'resolved') =>
      detection({ source: 'alertmanager', fingerprint: 'fp-flap', status });

    /** One failed fix (cap 1), escalated, then Alertmanager reports the alert resolved. */
    async function failThenResolve() {
      const test = setup({
        actions: [{ kind: 'rollout-restart' }, { kind: 'raise-memory-limit', percent: 20 }],
        config: { maxAttemptsPerIncident: 1, flapWindowMinutes: 30 },
      });
      const first = await test.pipeline.ingest(alert('firing'));
      const id = first.kind === 'opened' ? first.incident.id : '';
      test.clock.advance(10 * 60_000);
      expect((await test.pipeline.advance(id))?.status).toBe('escalated');
      expect((await test.pipeline.ingest(alert('resolved'))).kind).toBe('closed');
      return { ...test, id };
    }

    it('continues the incident it closed when it fires again within the window: no fresh attempt budget', async () => {
      const { clock, cluster, pipeline, id } = await failThenResolve();
      clock.advance(5 * 60_000);

      const again = await pipeline.ingest(alert('firing'));

      const incident = again.kind === 'opened' ? again.incident : undefined;
      expect(incident?.id).not.toBe(id);
      expect(incident?.status).toBe('escalated');
      expect(incident?.actions.map((a) => [a.action.kind, a.status])).toEqual([
        ['rollout-restart', 'failed'],
      ]);
      expect(incident?.notes[0]).toBe(
        `continues ${id}: the alert fired again 5 min after it resolved (flapping)`,
      );
      expect(incident?.timeline.map((e) => e.kind)).toContain('continued');
      expect(cluster.mutations).toHaveLength(1);
    });

    it('counts a fix that had worked as not held when the problem comes back within the window', async () => {
      const { clock, fixture, cluster, pipeline } = setup({
        actions: [{ kind: 'raise-memory-limit', percent: 20 }],
        config: { maxAttemptsPerIncident: 1 },
      });
      const first = await pipeline.ingest(alert('firing'));
      const resolved = await heal(clock, fixture, pipeline, first.kind === 'opened' ? first.incident.id : '');
      expect(resolved?.status).toBe('resolved');
      clock.advance(60_000);

      const again = await pipeline.ingest(alert('firing'));

      const incident = again.kind === 'opened' ? again.incident : undefined;
      expect(incident?.actions[0]).toMatchObject({
        status: 'failed',
        reason: expect.stringContaining('did not hold'),
      });
      expect(incident?.status).toBe('escalated');
      expect(cluster.mutations).toHaveLength(1);
    });

    it('opens a fresh incident when it fires again after the window', async () => {
      const { clock, cluster, pipeline } = await failThenResolve();
      clock.advance(31 * 60_000);

      const again = await pipeline.ingest(alert('firing'));

      const incident = again.kind === 'opened' ? again.incident : undefined;
      expect(incident?.notes.filter((n) => n.startsWith('continues'))).toEqual([]);
      expect(incident?.actions.map((a) => a.status)).toEqual(['applied']);
      expect(incident?.status).toBe('verifying');
      expect(cluster.mutations).toHaveLength(2);
    });
  });

  it('escalates without touching anything when the diagnosis says no safe fix exists', async () => {
    const { cluster, notifier, pipeline } = setup({
      actions: [{ kind: 'escalate', reason: 'PostgreSQL is unreachable' }],
    });

    const result = await pipeline.ingest(detection());

    expect(result.kind === 'opened' && result.incident.status).toBe('escalated');
    expect(cluster.mutations).toEqual([]);
    expect(cluster.dryRuns).toEqual([]);
    expect(notifier.sent.at(-1)?.text).toContain('PostgreSQL is unreachable');
  });

  it('keeps an escalated incident open while the workload still fails, and closes it once it has stayed healthy', async () => {
    const { clock, fixture, stores, pipeline } = setup({
      actions: [{ kind: 'escalate', reason: 'database down' }],
    });
    const first = await pipeline.ingest(detection());
    const id = first.kind === 'opened' ? first.incident.id : '';

    const again = await pipeline.ingest(detection());
    expect(again.kind).toBe('updated');
    expect(await stores.incidents.listOpen()).toHaveLength(1);

    markHealthy(fixture);
    const healthyOnce = await pipeline.advance(id);
    expect(healthyOnce?.closedAt).toBeUndefined(); // one healthy reading is not "gone"
    clock.advance(5 * 60_000);
    const closed = await pipeline.advance(id);
    expect(closed?.closedAt).toBeDefined();
    expect(await stores.incidents.listOpen()).toHaveLength(0);
  });

  it('obeys the kill switch', async () => {
    const { stores, cluster, pipeline } = setup();
    await stores.control.setPause({ paused: true, by: 'alice' });

    const result = await pipeline.ingest(detection());

    expect(result.kind === 'opened' && result.incident.status).toBe('escalated');
    expect(cluster.mutations).toEqual([]);
  });

  it('trips the circuit breaker at the cap of actions per window', async () => {
    const { cluster, stores, pipeline } = setup({ config: { maxActionsPerWindow: 1 } });
    const second = deploymentFixture({
      namespace: 'shop',
      name: 'cart',
      crash: { reason: 'OOMKilled', exitCode: 137 },
    });
    cluster.addWorkload(second);

    await pipeline.ingest(detection());
    const result = await pipeline.ingest(
      detection({
        target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'cart' },
        pod: undefined,
      }),
    );

    expect(result.kind === 'opened' && result.incident.status).toBe('escalated');
    expect(await stores.control.getBreaker('prod')).toBeDefined();
    expect(cluster.mutations.filter((m) => m.startsWith('patch-resources'))).toHaveLength(1);
  });

  it('never applies an action twice when a crashed run is retried', async () => {
    const { cluster, stores, pipeline } = setup();
    // The worker "crashes" right after applying: the incident update that follows fails once.
    const update = stores.incidents.update.bind(stores.incidents);
    let failNext = true;
    stores.incidents.update = async (id, version, mutate) => {
      const next = mutate((await stores.incidents.get(id)) ?? (undefined as never));
      if (next.status === 'verifying' && failNext) {
        failNext = false;
        throw new Error('worker crashed');
      }
      return update(id, version, mutate);
    };

    await expect(pipeline.ingest(detection())).rejects.toThrow('worker crashed');
    const [open] = await stores.incidents.listOpen();
    const retried = await pipeline.advance(open?.id ?? '');

    expect(retried?.status).toBe('verifying');
    expect(cluster.mutations.filter((m) => m.startsWith('patch-resources'))).toHaveLength(1);
  });

  it('cites a recalled past incident and records the outcome on it', async () => {
    const recalled: RecalledFix = {
      id: 'mem-7',
      score: 0.93,
      at: '2026-12-06T10:00:00Z',
      diagnosis: 'heap too small',
      action: { kind: 'raise-memory-limit', percent: 20 },
      description: 'raised the memory limit by 20%',
      succeeded: 3,
      failed: 1,
    };
    const outcomes: string[] = [];
    const memory: IncidentMemoryPort = {
      recall: async () => [recalled],
      remember: async () => ({ id: 'mem-8' }),
      recordOutcome: async (id, outcome) => {
        outcomes.push(`${id}:${outcome}`);
      },
    };
    const { clock, fixture, notifier, pipeline } = setup({ memory });

    const result = await pipeline.ingest(detection());
    await heal(clock, fixture, pipeline, result.kind === 'opened' ? result.incident.id : '');

    expect(notifier.sent[0]?.text).toContain(
      'I recognised this problem. On 6 Dec 2026 it was fixed like this: raised the memory limit by 20% (that fix worked 3 times and failed 1 time)',
    );
    expect(outcomes).toEqual(['mem-7:succeeded']);
  });
});
