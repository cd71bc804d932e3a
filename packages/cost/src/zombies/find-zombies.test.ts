import { describe, expect, it } from 'vitest';
import { InMemoryUsageMetrics } from '../testing/in-memory-usage-metrics.ts';
import { zombieWorld } from '../testing/zombie-world.ts';
import { findZombieNamespaces, judgeNamespace } from './find-zombies.ts';
import { ZombieOptionsSchema } from './options.ts';
import { zombiesJson, zombiesTable } from './report.ts';
import type { NamespaceActivity, NamespaceFacts } from './types.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END = new Date((START + 7 * 86_400) * 1000);
const HOUR = 3_600_000;
const metrics = new InMemoryUsageMetrics([], [], zombieWorld(START));

const quietActivity = (namespace: string): NamespaceActivity => ({
  namespace,
  createdAt: new Date(END.getTime() - 30 * 24 * HOUR),
  historyStart: new Date(END.getTime() - 168 * HOUR),
  historyHours: 168,
  ingressNginx: { quietPeriodValue: 0 },
  ingressIstio: { quietPeriodValue: 0 },
  network: { quietPeriodValue: 300 },
});

describe('judgeNamespace', () => {
  it('finds a zombie only when every knowable signal is quiet, and says exec is not knowable', () => {
    const verdict = judgeNamespace(quietActivity('old'), undefined, { nginx: true, istio: false }, END);
    expect(verdict.verdict).toBe('zombie');
    expect(verdict.signals.map((s) => [s.signal, s.state])).toEqual([
      ['namespace-age', 'quiet'],
      ['metric-history', 'quiet'],
      ['ingress-nginx', 'quiet'],
      ['ingress-istio', 'absent'],
      ['network', 'quiet'],
      ['rollout', 'quiet'],
      ['exec', 'unknown'],
    ]);
  });

  it('keeps a namespace whose cluster shows a recent rollout or scaling event', () => {
    const facts = (over: Partial<NamespaceFacts>): NamespaceFacts => ({
      namespace: 'old',
      createdAt: new Date(END.getTime() - 60 * 24 * HOUR),
      workloads: 2,
      pods: 2,
      ...over,
    });
    const rollout = judgeNamespace(
      quietActivity('old'),
      facts({ lastRollout: { at: new Date(END.getTime() - 5 * HOUR), what: 'ReplicaSet web-5d9f' } }),
      { nginx: true, istio: true },
      END,
    );
    expect(rollout.verdict).toBe('active');
    expect(rollout.signals.find((s) => s.signal === 'rollout')?.detail).toContain('ReplicaSet web-5d9f');
    const scaled = judgeNamespace(
      quietActivity('old'),
      facts({
        lastChangeEvent: {
          at: new Date(END.getTime() - HOUR),
          reason: 'ScalingReplicaSet',
          object: 'Deployment/web',
        },
      }),
      { nginx: true, istio: true },
      END,
    );
    expect(scaled.verdict).toBe('active');
    const quiet = judgeNamespace(quietActivity('old'), facts({}), { nginx: true, istio: true }, END);
    expect(quiet.verdict).toBe('zombie');
    expect(quiet.workloads).toBe(2);
  });

  it('does not judge without 48 hours of metric history', () => {
    const short = {
      ...quietActivity('new'),
      historyStart: new Date(END.getTime() - 40 * HOUR),
      historyHours: 40,
    };
    expect(judgeNamespace(short, undefined, { nginx: true, istio: true }, END).verdict).toBe(
      'insufficient-data',
    );
  });
});

describe('findZombieNamespaces', () => {
  it('excludes configured namespaces and lists only what the cluster still has', async () => {
    const options = ZombieOptionsSchema.parse({ excludeNamespaces: ['shop'] });
    const inventory = {
      namespaces: async (): Promise<NamespaceFacts[]> =>
        ['legacy-campaign', 'shop', 'kube-system'].map((namespace) => ({
          namespace,
          createdAt: new Date(END.getTime() - 60 * 24 * HOUR),
          workloads: 1,
          pods: 1,
        })),
    };
    const report = await findZombieNamespaces({ metrics, inventory }, { at: END, options });
    expect(report.namespaces.map((v) => [v.namespace, v.verdict])).toEqual([['legacy-campaign', 'zombie']]);
    expect(report.excluded).toEqual([
      { namespace: 'kube-system', reason: 'system namespace' },
      { namespace: 'shop', reason: 'excluded by configuration' },
    ]);
  });

  it('prints each zombie with its evidence, as text and as JSON', async () => {
    const report = await findZombieNamespaces({ metrics }, { at: END });
    const text = zombiesTable(report);
    expect(text).toContain('legacy-campaign: zombie, quiet for ≥ 7.0 d');
    expect(text).toMatch(/ingress-nginx\s+quiet\s+last request not in 168 h; 0 requests in the last 48 h/);
    expect(text).toContain('1 of 6 namespaces quiet on every signal for more than 48 h.');
    const json = zombiesJson(report);
    expect(json.zombies.map((z) => z.namespace)).toEqual(['legacy-campaign']);
    expect(json.zombies[0]?.evidence.find((e) => e.signal === 'exec')?.state).toBe('unknown');
    expect(json.namespaces.find((n) => n.namespace === 'quiet-40h')?.quietHours).toBeCloseTo(40, 0);
  });
});
