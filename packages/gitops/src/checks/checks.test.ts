import { rightsizeCluster } from '@sre-agent/cost';
import { InMemoryUsageMetrics, syntheticWorkload } from '@sre-agent/cost/testing';
import { describe, expect, it } from 'vitest';
import { costResourceAdvisor } from '../cost-advice.ts';
import { addGitopsObject, emptyGitopsInventory, type GitopsInventory } from '../objects.ts';
import { scanGitops } from '../scan.ts';

function inventoryOf(...objects: [string, unknown][]): GitopsInventory {
  const inventory = emptyGitopsInventory();
  for (const [kind, raw] of objects) addGitopsObject(inventory, kind, raw);
  return inventory;
}

const deployment = (
  name: string,
  container: Record<string, unknown>,
  spec: Record<string, unknown> = {},
) => ({
  metadata: { name, namespace: 'shop' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', ...container }] } },
    ...spec,
  },
});

const probes = {
  readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
  livenessProbe: { httpGet: { path: '/live', port: 8080 } },
};
const resources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } };

describe('the reliability checks', () => {
  it('derives a liveness probe from the declared port, and drafts one when there is nothing to derive it from', () => {
    const findings = scanGitops({
      inventory: inventoryOf(
        [
          'Deployment',
          deployment('api', { image: 'a:1', resources, readinessProbe: probes.readinessProbe, ports: [] }),
        ],
        [
          'Deployment',
          deployment('tcp', { image: 'a:1', resources, ports: [{ containerPort: 5432, name: 'pg' }] }),
        ],
      ),
    }).filter((f) => f.check === 'livenessProbeMissing');
    expect(findings.map((f) => [f.object.name, f.fix.kind])).toEqual([
      ['api', 'edit'],
      ['tcp', 'edit'],
    ]);
    const tcp = findings[1]?.fix;
    expect(tcp?.kind === 'edit' && tcp.edits[0]?.op === 'set' && tcp.edits[0].value).toEqual({
      tcpSocket: { port: 'pg' },
      periodSeconds: 10,
      timeoutSeconds: 1,
      failureThreshold: 6,
    });
    const bare = scanGitops({
      inventory: inventoryOf(['Deployment', deployment('bare', { image: 'a:1', resources })]),
    }).find((f) => f.check === 'livenessProbeMissing');
    expect(bare?.fix.kind).toBe('draft');
    expect(bare?.fix.kind === 'draft' && bare.fix.todo).toMatch(
      /^set containers\[name=app\]\.livenessProbe: the container declares no port/,
    );
  });

  it("takes missing resources from the cost sentinel's right-sizing, and drafts them without usage history", async () => {
    const START = 1_767_225_600;
    const w = syntheticWorkload({
      archetype: 'steady',
      seed: 1,
      startEpochSeconds: START,
      namespace: 'shop',
      name: 'api',
    });
    const metrics = new InMemoryUsageMetrics([
      {
        ref: w.ref,
        current: {},
        series: w.week(0),
      },
    ]);
    const report = await rightsizeCluster(
      { metrics },
      { window: { end: new Date((START + 7 * 86_400) * 1000), windowSeconds: 7 * 86_400 } },
    );
    const inventory = inventoryOf([
      'Deployment',
      deployment('api', { name: w.ref.container, image: 'a:1', ...probes }),
    ]);
    const advised = scanGitops({ inventory, resources: costResourceAdvisor(report) }).find(
      (f) => f.check === 'resourcesMissing',
    );
    expect(advised?.fix.kind).toBe('edit');
    const edits = advised?.fix.edits ?? [];
    expect(edits.map((e) => e.path.slice(-2).join('.'))).toEqual([
      'requests.cpu',
      'requests.memory',
      'limits.memory',
    ]);
    expect(
      edits.every((e) => e.op === 'set' && typeof e.value === 'string' && /^\d+(m|Mi|Gi)?$/.test(e.value)),
    ).toBe(true);
    expect(advised?.fix.kind === 'edit' && advised.fix.derivation).toMatch(
      /^the cost sentinel's right-sizing of 7 days of usage/,
    );
    const unadvised = scanGitops({ inventory }).find((f) => f.check === 'resourcesMissing');
    expect(unadvised?.fix.kind === 'draft' && unadvised.fix.todo).toMatch(/no usage history/);
  });

  it('pins a mutable image to the digest its pods run, and drafts when that is unknown', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const inventory = inventoryOf([
      'Deployment',
      deployment('web', { image: 'nginx', resources, ...probes }),
    ]);
    const draft = scanGitops({ inventory }).find((f) => f.check === 'imageTagMutable');
    expect(draft?.fix.kind).toBe('draft');
    const [workload] = inventory.workloads;
    if (workload) workload.runningDigests = { app: [digest, digest] };
    const pinned = scanGitops({ inventory }).find((f) => f.check === 'imageTagMutable');
    expect(pinned?.fix.edits[0]).toMatchObject({ op: 'set', value: `nginx@${digest}` });
  });

  it('finds rollouts and budgets that allow a full outage or select nothing', () => {
    const findings = scanGitops({
      inventory: inventoryOf(
        [
          'Deployment',
          deployment(
            'web',
            { image: 'a:1', resources, ...probes },
            {
              replicas: 2,
              strategy: { rollingUpdate: { maxUnavailable: '100%', maxSurge: 0 } },
              template: {
                metadata: { labels: { app: 'web' } },
                spec: {
                  containers: [{ name: 'app', image: 'a:1', resources, ...probes }],
                  topologySpreadConstraints: [{}],
                },
              },
            },
          ),
        ],
        [
          'PodDisruptionBudget',
          {
            metadata: { name: 'typo', namespace: 'shop' },
            spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'wbe' } } },
          },
        ],
      ),
    });
    expect(findings.map((f) => f.key)).toEqual([
      'maxUnavailableFullOutage/shop/Deployment/web',
      'pdbSelectsNothing/shop/PodDisruptionBudget/typo',
    ]);
    expect(findings[0]?.fix.edits.map((e) => (e.op === 'set' ? `${e.path.at(-1)}=${e.value}` : ''))).toEqual([
      'maxUnavailable=25%',
      'maxSurge=1',
    ]);
  });
});
