import { ConfigSchema, ManualClock } from '@sre-agent/core';
import type { CronJob, Deployment, HorizontalPodAutoscaler, StatefulSet } from '@sre-agent/kube';
import type { SleepStore } from '@sre-agent/state';
import { createInMemoryState } from '@sre-agent/state';
import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryCluster } from '../../testing/index.ts';
import type { CatalogAction } from '../registry.ts';
import { bindCatalogAction, runCatalogAction } from '../run-action.ts';
import { SLEEP_ORIGINAL_ANNOTATION } from '../sleep/live-objects.ts';
import type { ActionTarget, SleepDeps } from '../spec.ts';

const NS = 'preview';
const NOW = new Date('2026-01-13T21:00:00Z');
const OLD = '2026-01-01T00:00:00Z';
const config = ConfigSchema.parse({
  clusters: [{ name: 'dev', inCluster: true, namespaces: { [NS]: 'auto' } }],
  cost: { sleep: { namespaces: [{ namespace: NS }] } },
});
const target: ActionTarget = { target: { cluster: 'dev', namespace: NS, kind: 'Namespace', name: NS } };
const SLEEP: CatalogAction = { kind: 'sleep-namespace' };
const WAKE: CatalogAction = { kind: 'wake-namespace' };

type Meta = { labels?: Record<string, string>; annotations?: Record<string, string>; created?: string };
const meta = (name: string, m: Meta = {}) => ({
  name,
  namespace: NS,
  uid: `uid-${name}`,
  generation: 4,
  resourceVersion: '10',
  creationTimestamp: new Date(m.created ?? OLD),
  ...(m.labels ? { labels: m.labels } : {}),
  ...(m.annotations ? { annotations: m.annotations } : {}),
});
const deployment = (name: string, replicas: number, m?: Meta): Deployment => ({
  metadata: meta(name, m),
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { spec: { containers: [] } } },
});
const statefulSet = (name: string, replicas: number): StatefulSet => ({
  metadata: meta(name),
  spec: { replicas, serviceName: name, selector: {}, template: { spec: { containers: [] } } },
});
const cronJob = (name: string, suspend: boolean): CronJob => ({
  metadata: meta(name),
  spec: { schedule: '0 * * * *', suspend, jobTemplate: {} },
});
const hpa = (name: string, workload: string, minReplicas: number, labels?: Record<string, string>) =>
  ({
    metadata: { name, namespace: NS, ...(labels ? { labels } : {}) },
    spec: {
      minReplicas,
      maxReplicas: 5,
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: workload },
    },
  }) as HorizontalPodAutoscaler;

/** A store whose chosen method fails, as DynamoDB does when the table is throttled or unreachable. */
function failing(store: SleepStore, method: 'put' | 'delete', name = 'web'): SleepStore {
  let left = 1;
  const maybeFail = (ref: { name: string }) => {
    if (left > 0 && ref.name === name) {
      left -= 1;
      throw new Error(`injected ${method} failure`);
    }
  };
  return {
    put: async (r) => {
      if (method === 'put') maybeFail(r);
      return store.put(r);
    },
    get: (r) => store.get(r),
    list: (f) => store.list(f),
    delete: async (r) => {
      if (method === 'delete') maybeFail(r);
      return store.delete(r);
    },
  };
}

/** A real (not dry-run) annotation of web. */
const webForReal = ([ref, , options]: [{ name: string }, unknown, { dryRun?: boolean }?]) =>
  ref.name === 'web' && !options?.dryRun;

let cluster: InMemoryCluster;
let store: SleepStore;
let clock: ManualClock;

beforeEach(() => {
  clock = new ManualClock(NOW);
  store = createInMemoryState({ clock }).sleep;
  cluster = new InMemoryCluster('dev', {
    deployments: [deployment('web', 3), deployment('api', 2)],
    statefulSets: [statefulSet('db', 1)],
    cronJobs: [cronJob('report', false)],
  });
});

async function act(action: CatalogAction, options: { store?: SleepStore; stopAfter?: number } = {}) {
  let writes = 0;
  const sleep: SleepDeps = {
    store: options.store ?? store,
    now: () => clock.now(),
    schedule: 'nights-and-weekends',
    beforeEachWrite: async () => {
      writes += 1;
      return options.stopAfter !== undefined && writes > options.stopAfter
        ? 'the agent was paused'
        : undefined;
    },
  };
  const deps = { reader: cluster, writer: cluster, config, sleep };
  const bound = await bindCatalogAction(action, target, deps);
  if (bound.kind !== 'bound') return { bound, outcome: undefined };
  const run = await runCatalogAction(action, bound.binding, target, deps);
  return { bound, outcome: run.applied ?? run.dryRun };
}

const replicas = (name: string) =>
  (
    cluster.objects.deployments.find((d) => d.metadata?.name === name) ??
    cluster.objects.statefulSets.find((d) => d.metadata?.name === name)
  )?.spec?.replicas;
const annotation = (name: string) =>
  cluster.objects.deployments.find((d) => d.metadata?.name === name)?.metadata?.annotations?.[
    SLEEP_ORIGINAL_ANNOTATION
  ];
const suspended = (name: string) =>
  cluster.objects.cronJobs.find((c) => c.metadata?.name === name)?.spec?.suspend;
const recorded = async () =>
  (await store.list({ cluster: 'dev', namespace: NS })).map(
    (r) => `${r.kind} ${r.name} ${r.replicas ?? r.suspend}`,
  );

describe('sleep-namespace and wake-namespace', () => {
  it('scales Deployments and StatefulSets to 0 and suspends CronJobs, recording every original first, and wakes them exactly', async () => {
    const slept = await act(SLEEP);

    expect(slept.outcome).toMatchObject({ kind: 'applied', dryRun: false });
    expect([replicas('web'), replicas('api'), replicas('db'), suspended('report')]).toEqual([0, 0, 0, true]);
    expect(await recorded()).toEqual([
      'CronJob report false',
      'Deployment api 2',
      'Deployment web 3',
      'StatefulSet db 1',
    ]);
    expect(JSON.parse(annotation('web') ?? '{}')).toEqual({
      replicas: 3,
      generation: 4,
      sleptAt: NOW.toISOString(),
    });
    // The record and the annotation were written before the scale, never after.
    const order = cluster.mutations.filter((m) => m.includes('preview/web'));
    expect(order).toEqual([
      `annotate Deployment preview/web {"${SLEEP_ORIGINAL_ANNOTATION}":"{\\"replicas\\":3,\\"generation\\":4,\\"sleptAt\\":\\"${NOW.toISOString()}\\"}"}`,
      'scale preview/web 0',
    ]);
    expect(cluster.dryRuns).toContain('scale preview/web 0');

    const woken = await act(WAKE);

    expect(woken.outcome).toMatchObject({ kind: 'applied' });
    expect([replicas('web'), replicas('api'), replicas('db'), suspended('report')]).toEqual([3, 2, 1, false]);
    expect(annotation('web')).toBeUndefined();
    expect(await recorded()).toEqual([]);
  });

  it('writes nothing to the state or the cluster in the dry run', async () => {
    const deps = {
      reader: cluster,
      writer: cluster,
      config,
      sleep: { store, now: () => NOW, schedule: 'cli' },
    };
    const bound = await bindCatalogAction(SLEEP, target, deps);
    if (bound.kind !== 'bound') throw new Error(bound.reason);

    const run = await runCatalogAction(SLEEP, bound.binding, target, deps, { dryRunOnly: true });

    expect(run.dryRun).toMatchObject({ kind: 'applied', dryRun: true });
    expect(run.dryRun.kind === 'applied' && run.dryRun.summary).toMatch(/^would put preview to sleep/);
    expect(cluster.mutations).toEqual([]);
    expect(await recorded()).toEqual([]);
  });

  describe('crash safety: an original replica count is never lost', () => {
    it('a failure recording the original in the state scales nothing', async () => {
      const { outcome } = await act(SLEEP, { store: failing(store, 'put') });
      // web is the first object: nothing at all was changed.

      expect(outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/injected put failure/),
      });
      expect(cluster.mutations).toEqual([]);
      expect(replicas('web')).toBe(3);
    });

    it('a crash between the state record and the annotation leaves the workload awake, and the next sleep completes with the original', async () => {
      cluster.fail('annotate', new Error('connection reset'), { when: webForReal, times: 1 });

      const crashed = await act(SLEEP);

      expect(crashed.outcome).toMatchObject({ kind: 'failed' });
      expect(replicas('web')).toBe(3);
      expect(await recorded()).toContain('Deployment web 3');

      await act(SLEEP);
      expect(replicas('web')).toBe(0);
      expect(await recorded()).toContain('Deployment web 3');
      await act(WAKE);
      expect(replicas('web')).toBe(3);
    });

    it('a crash between recording (state and annotation) and scaling keeps the original, and a wake then only clears the records', async () => {
      cluster.fail('scale', new Error('etcd timeout'), {
        when: ([, , name, , options]) => name === 'web' && !options?.dryRun,
      });

      const crashed = await act(SLEEP);

      expect(crashed.outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/etcd timeout/),
      });
      expect(replicas('web')).toBe(3);
      expect(await recorded()).toContain('Deployment web 3');
      expect(JSON.parse(annotation('web') ?? '{}').replicas).toBe(3);

      const woken = await act(WAKE);

      expect(woken.outcome).toMatchObject({ kind: 'no-op' });
      expect(replicas('web')).toBe(3);
      expect(annotation('web')).toBeUndefined();
      expect(await recorded()).toEqual([]);
    });

    it('sleeping again after sleeping never records 0 over the original', async () => {
      await act(SLEEP);
      const again = await act(SLEEP);

      expect(again.bound).toMatchObject({
        kind: 'refused',
        reason: expect.stringMatching(/already at 0 replicas/),
      });
      expect(await recorded()).toContain('Deployment web 3');
      await act(WAKE);
      expect(replicas('web')).toBe(3);
    });

    it('a crash between restoring and clearing the annotation is finished by the next wake, which restores nothing twice', async () => {
      await act(SLEEP);
      cluster.fail('annotate', new Error('connection reset'), { when: webForReal, times: 1 });

      const crashed = await act(WAKE);

      expect(crashed.outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/stays recorded/),
      });
      expect(replicas('web')).toBe(3);
      expect(await recorded()).toContain('Deployment web 3');

      const again = await act(WAKE);
      expect(again.outcome?.kind).toBe('applied');
      expect([replicas('web'), replicas('api'), replicas('db'), suspended('report')]).toEqual([
        3,
        2,
        1,
        false,
      ]);
      expect(await recorded()).toEqual([]);
    });

    it('a crash between clearing the annotation and deleting the state record is finished by the next wake', async () => {
      await act(SLEEP);

      const crashed = await act(WAKE, { store: failing(store, 'delete') });

      expect(crashed.outcome).toMatchObject({
        kind: 'failed',
        reason: expect.stringMatching(/injected delete failure/),
      });
      expect(replicas('web')).toBe(3);
      expect(await recorded()).toContain('Deployment web 3');
      expect(annotation('web')).toBeUndefined();

      await act(WAKE);
      expect([replicas('web'), replicas('api')]).toEqual([3, 2]);
      expect(await recorded()).toEqual([]);
    });

    it('restores from the annotation alone when the state lost its records', async () => {
      await act(SLEEP);
      for (const record of await store.list()) await store.delete(record);

      const woken = await act(WAKE);

      expect(woken.outcome).toMatchObject({ kind: 'applied' });
      expect([replicas('web'), replicas('api'), replicas('db')]).toEqual([3, 2, 1]);
      // The CronJob's annotation holds its original too.
      expect(suspended('report')).toBe(false);
    });

    it('stops before the next write when the kill switch is pulled, keeping what it slept recorded', async () => {
      const { outcome } = await act(SLEEP, { stopAfter: 1 });

      expect(outcome).toMatchObject({
        kind: 'applied',
        summary: expect.stringMatching(/stopped before the rest: the agent was paused/),
      });
      expect((await recorded()).length).toBe(1);
      const stillAwake = [replicas('web'), replicas('api'), replicas('db')].filter((r) => r !== 0);
      expect(stillAwake).toHaveLength(2);
    });
  });

  describe('a human change during sleep', () => {
    it('is not overwritten when the replicas were changed, and is reported', async () => {
      await act(SLEEP);
      const web = cluster.objects.deployments.find((d) => d.metadata?.name === 'web');
      if (web?.spec && web.metadata) {
        web.spec.replicas = 5;
        web.metadata.generation = 6;
      }

      const woken = await act(WAKE);

      expect(replicas('web')).toBe(5);
      expect(replicas('api')).toBe(2);
      expect(woken.outcome).toMatchObject({
        kind: 'applied',
        summary: expect.stringMatching(
          /Deployment web was changed during sleep \(5 replicas now, 3 replicas before\): left as it is/,
        ),
      });
      expect(await recorded()).toEqual([]);
    });

    it('is not overwritten when the spec was changed at 0 replicas, and the report names the original', async () => {
      await act(SLEEP);
      const web = cluster.objects.deployments.find((d) => d.metadata?.name === 'web');
      if (web?.metadata) web.metadata.generation = (web.metadata.generation ?? 0) + 1; // a new image

      const woken = await act(WAKE);

      expect(replicas('web')).toBe(0);
      expect(woken.outcome).toMatchObject({
        summary: expect.stringMatching(
          /web's spec was changed during sleep .* not restored; its original was 3 replicas/,
        ),
      });
    });
  });

  describe('what stays awake', () => {
    it('skips opted-out, new, GitOps-managed, KEDA-scaled and scale-to-zero HPA workloads, each with its reason, and sleeps an HPA workload with a note', async () => {
      cluster = new InMemoryCluster('dev', {
        deployments: [
          deployment('web', 3),
          deployment('pinned', 1, { annotations: { 'sre-agent.io/sleep': 'never' } }),
          deployment('fresh', 1, { created: '2026-01-13T18:00:00Z' }),
          deployment('argo', 1, { labels: { 'argocd.argoproj.io/instance': 'shop' } }),
          deployment('flux', 1, { labels: { 'kustomize.toolkit.fluxcd.io/name': 'apps' } }),
          deployment('queue', 1),
          deployment('burst', 1),
          deployment('scaled', 2),
        ],
        horizontalPodAutoscalers: [
          hpa('keda-hpa-queue', 'queue', 1, { 'scaledobject.keda.sh/name': 'queue' }),
          hpa('burst', 'burst', 0),
          hpa('scaled', 'scaled', 2),
        ],
      });

      const { bound, outcome } = await act(SLEEP);

      const skipped =
        bound.kind === 'bound' ? (bound.binding.skipped as { name: string; reason: string }[]) : [];
      expect(Object.fromEntries(skipped.map((s) => [s.name, s.reason]))).toEqual({
        pinned: 'opted out (sre-agent.io/sleep: never)',
        fresh: 'created 3 h ago (grace period 24 h)',
        argo: expect.stringMatching(
          /^managed by Argo CD \(application shop\): its sync would scale it back up/,
        ),
        flux: expect.stringMatching(/^managed by Flux \(Kustomization apps\)/),
        queue: expect.stringMatching(
          /^scaled by KEDA ScaledObject queue.*autoscaling.keda.sh\/paused-replicas: "0"/,
        ),
        burst: 'HPA burst has minReplicas 0 and could scale it up again',
      });
      expect([replicas('web'), replicas('scaled'), replicas('argo'), replicas('queue')]).toEqual([
        0, 0, 1, 1,
      ]);
      expect(outcome?.kind === 'applied' && outcome.after).toMatchObject({
        slept: expect.arrayContaining([
          expect.objectContaining({ name: 'scaled', note: expect.stringMatching(/HPA scaled idles/) }),
        ]),
      });
    });

    it('sleeps GitOps-managed workloads when the config says their sync leaves replicas alone', async () => {
      cluster = new InMemoryCluster('dev', {
        deployments: [deployment('argo', 2, { labels: { 'argocd.argoproj.io/instance': 'shop' } })],
      });
      const gitOps = ConfigSchema.parse({ ...config, cost: { sleep: { gitOpsManaged: 'sleep' } } });
      const deps = {
        reader: cluster,
        writer: cluster,
        config: gitOps,
        sleep: { store, now: () => NOW, schedule: 'cli' },
      };

      const bound = await bindCatalogAction(SLEEP, target, deps);

      expect(bound).toMatchObject({ kind: 'bound', binding: { planned: [{ name: 'argo', replicas: 2 }] } });
    });

    it('refuses system, denylisted and opted-out namespaces, and incidents', async () => {
      const inKubeSystem: ActionTarget = {
        target: { cluster: 'dev', namespace: 'kube-system', kind: 'Namespace', name: 'kube-system' },
      };
      const deps = {
        reader: cluster,
        writer: cluster,
        config,
        sleep: { store, now: () => NOW, schedule: 'cli' },
      };
      expect(await bindCatalogAction(SLEEP, inKubeSystem, deps)).toMatchObject({
        reason: expect.stringMatching(/system namespace/),
      });

      cluster.objects.namespaces.push({
        metadata: { name: NS, annotations: { 'sre-agent.io/sleep': 'never' } },
      });
      expect(await bindCatalogAction(SLEEP, target, deps)).toMatchObject({
        reason: expect.stringMatching(/opted out/),
      });

      const incident: ActionTarget = {
        target: { cluster: 'dev', namespace: NS, kind: 'Deployment', name: 'web' },
        signal: 'CrashLoopBackOff',
      };
      expect(await bindCatalogAction(SLEEP, incident, deps)).toMatchObject({
        reason: expect.stringMatching(/not to an incident/),
      });
      expect(await bindCatalogAction(WAKE, incident, deps)).toMatchObject({
        reason: expect.stringMatching(/not to an incident/),
      });
      const withoutStore = { reader: cluster, writer: cluster, config };
      expect(await bindCatalogAction(SLEEP, target, withoutStore)).toMatchObject({
        reason: expect.stringMatching(/needs the sleep records/),
      });
    });

    it('has nothing to wake in a namespace that is not asleep', async () => {
      expect((await act(WAKE)).bound).toMatchObject({
        kind: 'refused',
        reason: 'nothing in preview is asleep',
      });
    });
  });
});
