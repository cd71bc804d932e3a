import { ManualClock } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../cluster.ts';
import type { Event, Pod } from '../resources/types.ts';
import { deployment, namespace } from '../scenarios/builders.ts';
import type { ScenarioDefinitionInput } from '../scenarios/types.ts';

const IMAGE = 'registry.local/lab/leaky:1.0.0';

function lab(overrides: Partial<ScenarioDefinitionInput> = {}, memory = '256Mi'): ScenarioDefinitionInput {
  return {
    name: 'lab',
    description: 'a test scenario',
    namespace: 'lab',
    workload: 'leaky',
    expectedFix: 'raise the memory limit',
    historyMinutes: 0,
    objects: [
      namespace('lab'),
      deployment({
        name: 'leaky',
        namespace: 'lab',
        image: IMAGE,
        replicas: 1,
        limits: { memory },
        liveness: false,
        readiness: false,
      }),
    ],
    profiles: [
      {
        image: IMAGE,
        memoryUsageMi: 300,
        memoryRampSeconds: 5,
        startupLog: ['boot {pod}'],
        steadyLog: { everySeconds: 1, lines: ['tick'] },
      },
    ],
    ...overrides,
  };
}

function start(definition: ScenarioDefinitionInput): Cluster {
  return createCluster({ scenario: definition, clock: new ManualClock('2026-05-01T00:00:00Z') });
}

function thePod(c: Cluster): Pod {
  const pods = c.state.list<Pod>('Pod', 'lab');
  expect(pods).toHaveLength(1);
  return pods[0] as Pod;
}

describe('Kubelet', () => {
  it('OOM-kills a container whose usage exceeds its limit and backs off 10s doubling to 5m', () => {
    const c = start(lab());
    const messages: string[] = [];
    let restarts: number[] = [];
    for (let step = 0; step < 20 * 12; step++) {
      c.engine.tick(5000);
      const status = thePod(c).status?.containerStatuses?.[0];
      const message = status?.state.waiting?.message;
      if (status?.state.waiting?.reason === 'CrashLoopBackOff' && message && messages.at(-1) !== message)
        messages.push(message);
      restarts.push(status?.restartCount ?? 0);
    }
    const backoffs = messages.map(
      (m) => /^back-off (\S+) restarting failed container=leaky pod=leaky-/.exec(m)?.[1],
    );
    expect(backoffs.slice(0, 6)).toEqual(['10s', '20s', '40s', '1m20s', '2m40s', '5m0s']);
    restarts = [...new Set(restarts)];
    expect(restarts.length).toBeGreaterThan(6);
    const status = thePod(c).status?.containerStatuses?.[0];
    expect(status?.lastState.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    expect(thePod(c).status?.phase).toBe('Running');
    const backOff = c.state.list<Event>('Event', 'lab').find((e) => e.reason === 'BackOff');
    expect(backOff?.type).toBe('Warning');
    expect(backOff?.count).toBeGreaterThan(3);
    expect(backOff?.source).toEqual({ component: 'kubelet', host: thePod(c).spec.nodeName });
    expect(backOff?.involvedObject.fieldPath).toBe('spec.containers{leaky}');
  });

  it('keeps the previous container log apart from the current one', () => {
    const c = start(lab());
    c.engine.tick(12_000);
    const pod = thePod(c);
    const previous = c.engine.kubelet.readLog(pod, undefined, true, c.engine.now());
    const current = c.engine.kubelet.readLog(pod, 'leaky', false, c.engine.now());
    expect(previous[0]?.text).toBe(`boot ${pod.metadata.name}`);
    expect(previous.filter((l) => l.text === 'tick')).toHaveLength(4);
    expect(previous.at(-1)?.time).toBeLessThanOrEqual(
      Date.parse(pod.status?.containerStatuses?.[0]?.lastState.terminated?.finishedAt ?? ''),
    );
    expect(current.length).toBeGreaterThan(0);
  });

  it('heals once the limit is raised above the usage, and a restart alone does not', () => {
    const c = start(lab());
    c.engine.tick(60_000);
    c.api.delete(c.registry.byKind('Pod'), 'lab', thePod(c).metadata.name, undefined, { dryRun: false });
    c.engine.tick(60_000);
    expect(thePod(c).status?.containerStatuses?.[0]?.restartCount).toBeGreaterThan(0);

    c.api.patch(
      c.registry.byKind('Deployment'),
      'lab',
      'leaky',
      JSON.stringify({
        spec: {
          template: { spec: { containers: [{ name: 'leaky', resources: { limits: { memory: '360Mi' } } }] } },
        },
      }),
      'application/strategic-merge-patch+json',
      { dryRun: false },
    );
    c.engine.tick(10 * 60_000);
    const status = thePod(c).status?.containerStatuses?.[0];
    expect(status).toMatchObject({ ready: true, restartCount: 0 });
    expect(status?.state.running).toBeDefined();
  });

  it('evaluates failure conditions on environment facts while the container runs', () => {
    const c = start(
      lab({
        facts: { upstreamUp: true },
        profiles: [
          {
            image: IMAGE,
            memoryUsageMi: 10,
            failures: [
              {
                when: { fact: 'upstreamUp', is: false },
                effect: 'crash',
                afterSeconds: 3,
                exitCode: 1,
                log: ['upstream unreachable'],
              },
            ],
          },
        ],
      }),
    );
    c.engine.tick(60_000);
    expect(thePod(c).status?.containerStatuses?.[0]?.ready).toBe(true);
    c.environment.set('upstreamUp', false);
    c.engine.tick(3_000);
    const status = thePod(c).status?.containerStatuses?.[0];
    expect(status?.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(c.engine.kubelet.readLog(thePod(c), undefined, true, c.engine.now()).at(-1)?.text).toBe(
      'upstream unreachable',
    );
  });

  it('reports a missing secret as CreateContainerConfigError with the kubelet message, then starts when it appears', () => {
    const definition = lab({ profiles: [{ image: IMAGE, memoryUsageMi: 10 }] });
    const app = definition.objects?.[1] as unknown as {
      spec: { template: { spec: { containers: { env?: unknown[] }[] } } };
    };
    (app.spec.template.spec.containers[0] as { env?: unknown[] }).env = [
      { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'lab-token', key: 'token' } } },
    ];
    const c = start(definition);
    c.engine.tick(30_000);
    expect(thePod(c).status?.containerStatuses?.[0]?.state.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'secret "lab-token" not found',
    });
    expect(thePod(c).status?.phase).toBe('Pending');
    const failed = c.state.list<Event>('Event', 'lab').find((e) => e.reason === 'Failed');
    expect(failed?.message).toBe('Error: secret "lab-token" not found');
    c.api.create(
      c.registry.byKind('Secret'),
      'lab',
      { metadata: { name: 'lab-token' }, stringData: { token: 't' } },
      { dryRun: false },
    );
    expect(thePod(c).status?.containerStatuses?.[0]?.state.running).toBeDefined();
  });
});
