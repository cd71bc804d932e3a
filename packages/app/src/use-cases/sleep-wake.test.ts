import { ConfigSchema, InMemoryLogger, ManualClock, type Mode, sequentialIds } from '@sre-agent/core';
import { InMemoryCluster } from '@sre-agent/healing/testing';
import type { Deployment } from '@sre-agent/kube';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { reconcileSleep, type SleepWakeDeps, sleepOrWakeNamespace } from './sleep-wake.ts';

// Tuesday 13 January 2026, 21:00 UTC: inside the weeknight window of Europe/Paris (22:00 there).
const NIGHT = new Date('2026-01-13T21:00:00Z');

const web = (): Deployment => ({
  metadata: {
    name: 'web',
    namespace: 'previews',
    uid: 'uid-web',
    generation: 2,
    creationTimestamp: new Date('2026-01-01T00:00:00Z'),
  },
  spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [] } } },
});

function setup(mode: Mode = 'auto', policy: Record<string, unknown> = {}) {
  const clock = new ManualClock(NIGHT);
  const cluster = new InMemoryCluster('dev', { deployments: [web()] });
  const stores = createInMemoryState({ clock });
  const config = ConfigSchema.parse({
    clusters: [{ name: 'dev', inCluster: true, namespaces: { previews: mode } }],
    policy,
    cost: {
      sleep: {
        schedules: {
          office: {
            timeZone: 'Europe/Paris',
            windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '20:00', to: '07:00' }],
          },
        },
        namespaces: [{ namespace: 'previews', schedule: 'office' }],
      },
    },
  });
  const deps: SleepWakeDeps = {
    config,
    stores,
    clusters: new Map([['dev', { reader: cluster, writer: cluster }]]),
    clock,
    ids: sequentialIds(),
    logger: new InMemoryLogger(),
  };
  const replicas = () => cluster.objects.deployments[0]?.spec?.replicas;
  return { clock, cluster, stores, deps, replicas };
}

describe('reconcileSleep', () => {
  it('sleeps a namespace inside its window and wakes it outside, auditing both', async () => {
    const { clock, deps, stores, replicas } = setup();

    const night = await reconcileSleep(deps);

    expect(night).toMatchObject([{ action: 'sleep-namespace', outcome: 'applied' }]);
    expect(replicas()).toBe(0);
    clock.set(new Date('2026-01-14T06:30:00Z')); // 07:30 in Paris
    const morning = await reconcileSleep(deps);
    expect(morning).toMatchObject([{ action: 'wake-namespace', outcome: 'applied' }]);
    expect(replicas()).toBe(3);
    const audit = await stores.audit.lastForWorkload({
      cluster: 'dev',
      namespace: 'previews',
      workload: 'Namespace/previews',
    });
    expect(audit).toMatchObject({
      action: { kind: 'wake-namespace' },
      status: 'applied',
      actor: 'agent',
      mode: 'auto',
    });
  });

  it('catches up a wake that was missed while the agent was down, on its next run days later', async () => {
    const { clock, deps, replicas } = setup();
    await reconcileSleep(deps);
    // No run on Wednesday morning; the next one comes on Saturday at noon (outside the weeknights).
    clock.set(new Date('2026-01-17T12:00:00Z'));

    const late = await reconcileSleep(deps, { direction: 'wake' });

    expect(late).toMatchObject([{ action: 'wake-namespace', outcome: 'applied' }]);
    expect(replicas()).toBe(3);
  });

  it('does each half on its own: the Sleep function never wakes and the Wake function never sleeps', async () => {
    const { deps, replicas } = setup();

    expect(await reconcileSleep(deps, { direction: 'wake' })).toEqual([]);
    expect(replicas()).toBe(3);
    expect(await reconcileSleep(deps, { direction: 'sleep' })).toHaveLength(1);
    expect(replicas()).toBe(0);
  });

  it('only dry-runs in observe mode and only proposes in suggest mode', async () => {
    const observed = setup('observe');
    expect(await reconcileSleep(observed.deps)).toMatchObject([
      {
        outcome: 'observed',
        reason: expect.stringMatching(/observe mode: would put previews to sleep: Deployment web/),
      },
    ]);
    expect(observed.replicas()).toBe(3);
    expect(await observed.stores.sleep.list()).toEqual([]);

    const suggested = setup('suggest');
    expect(await reconcileSleep(suggested.deps)).toMatchObject([
      { outcome: 'proposed', reason: expect.stringMatching(/sre-agent cost sleep previews/) },
    ]);
    expect(suggested.replicas()).toBe(3);
  });

  it('changes nothing when the kill switch is pulled, and records the refusal', async () => {
    const { deps, stores, replicas } = setup();
    await stores.control.setPause({ paused: true, by: 'slack:U1' });

    expect(await reconcileSleep(deps)).toMatchObject([
      { outcome: 'refused', reason: expect.stringMatching(/paused/) },
    ]);
    expect(replicas()).toBe(3);
    expect(
      await stores.audit.lastForWorkload({
        cluster: 'dev',
        namespace: 'previews',
        workload: 'Namespace/previews',
      }),
    ).toMatchObject({
      status: 'refused',
    });
  });

  it('refuses an action left off the policy allowlist and a denylisted namespace', async () => {
    const allowlisted = setup('auto', { allowedActions: ['scale-up'] });
    expect(await reconcileSleep(allowlisted.deps)).toMatchObject([
      { outcome: 'refused', reason: expect.stringMatching(/allowlist/) },
    ]);

    const denied = setup('auto', { denyNamespaces: ['previews'] });
    expect(await reconcileSleep(denied.deps)).toMatchObject([
      { outcome: 'refused', reason: expect.stringMatching(/denylisted/) },
    ]);
    expect(denied.replicas()).toBe(3);
  });
});

describe('sleepOrWakeNamespace from the CLI', () => {
  it('is approved by the human who runs it in suggest mode, and reports the recorded originals', async () => {
    const { deps, replicas, stores } = setup('suggest');

    const result = await sleepOrWakeNamespace(deps, {
      cluster: 'dev',
      namespace: 'previews',
      action: 'sleep-namespace',
      actor: 'cli',
      schedule: 'cli',
    });

    expect(result).toMatchObject({
      outcome: 'applied',
      details: { slept: [{ name: 'web', original: '3 replicas' }] },
    });
    expect(replicas()).toBe(0);
    expect(await stores.sleep.list()).toMatchObject([{ name: 'web', replicas: 3, schedule: 'cli' }]);
  });
});
