import type { Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { type ClusterSnapshot, detectProblems } from './detect.ts';

const now = new Date('2026-11-27T03:00:00Z');

function pod(name: string, status: Pod['status'], owner = 'order-service-7d9c5b6f4'): Pod {
  return {
    metadata: {
      name,
      namespace: 'shop',
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: 'rs-1', controller: true },
      ],
    },
    status,
  };
}

function snapshot(overrides: Partial<ClusterSnapshot>): ClusterSnapshot {
  return {
    cluster: 'prod',
    pods: [],
    nodes: [],
    jobs: [],
    events: [],
    replicaSets: [
      {
        metadata: {
          name: 'order-service-7d9c5b6f4',
          namespace: 'shop',
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: 'order-service',
              uid: 'd-1',
              controller: true,
            },
          ],
        },
      },
    ],
    ...overrides,
  };
}

const oomStatus: Pod['status'] = {
  phase: 'Running',
  containerStatuses: [
    {
      name: 'app',
      image: 'order-service:1.4.2',
      imageID: '',
      ready: false,
      restartCount: 4,
      state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
      lastState: {
        terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: new Date('2026-11-27T02:59:00Z') },
      },
    },
  ],
};

describe('detectProblems', () => {
  it('reports one OOMKilled incident per workload, however many replicas crash', () => {
    const found = detectProblems(
      snapshot({
        pods: [
          pod('order-service-7d9c5b6f4-aaaaa', oomStatus),
          pod('order-service-7d9c5b6f4-bbbbb', oomStatus),
        ],
      }),
      now,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      target: { cluster: 'prod', namespace: 'shop', kind: 'Deployment', name: 'order-service' },
      signal: 'OOMKilled',
      container: 'app',
      source: 'monitor',
    });
    expect(found[0]?.reason).toContain('exit 137');
  });

  it('reports image pull and config errors by their waiting reason', () => {
    const waiting = (reason: string): Pod['status'] => ({
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'app',
          image: 'x',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason } },
        },
      ],
    });
    const found = detectProblems(
      snapshot({
        pods: [
          pod('a-1', waiting('ImagePullBackOff'), 'a-5f7d8c9b6d'),
          pod('b-1', waiting('CreateContainerConfigError'), 'b-5f7d8c9b6d'),
        ],
      }),
      now,
    );
    expect(found.map((d) => [d.target.name, d.signal]).sort()).toEqual([
      ['a', 'ImagePullBackOff'],
      ['b', 'CreateContainerConfigError'],
    ]);
  });

  it('reports NotReady nodes and nodes under pressure', () => {
    const found = detectProblems(
      snapshot({
        nodes: [
          {
            metadata: { name: 'n1' },
            status: {
              conditions: [
                { type: 'Ready', status: 'Unknown', message: 'Kubelet stopped posting node status.' },
              ],
            },
          },
          {
            metadata: { name: 'n2' },
            status: {
              conditions: [
                { type: 'Ready', status: 'True' },
                { type: 'DiskPressure', status: 'True' },
              ],
            },
          },
          { metadata: { name: 'n3' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } },
        ],
      }),
      now,
    );
    expect(found.map((d) => [d.target.name, d.signal])).toEqual([
      ['n1', 'NodeNotReady'],
      ['n2', 'NodePressure'],
    ]);
  });

  it('reports repeated recent liveness probe failures but not old or rare ones', () => {
    const running: Pod['status'] = { phase: 'Running' };
    const event = (name: string, count: number, at: string) => ({
      metadata: { name: `${name}.1` },
      involvedObject: { kind: 'Pod', namespace: 'shop', name },
      reason: 'Unhealthy',
      message: 'Liveness probe failed: Get "http://10.0.1.5:8080/healthz": context deadline exceeded',
      count,
      lastTimestamp: new Date(at),
    });
    const found = detectProblems(
      snapshot({
        pods: [
          pod('p-1', running, 'p-5f7d8c9b6d'),
          pod('q-1', running, 'q-5f7d8c9b6d'),
          pod('r-1', running, 'r-5f7d8c9b6d'),
        ],
        events: [
          event('p-1', 5, '2026-11-27T02:59:00Z'),
          event('q-1', 1, '2026-11-27T02:59:00Z'),
          event('r-1', 9, '2026-11-27T01:00:00Z'),
        ],
      }),
      now,
    );
    expect(found.map((d) => [d.target.name, d.signal])).toEqual([['p', 'ProbeFailure']]);
  });

  it('forgets probe failures that stopped: a fixed pod keeps its old events, and a Ready pod has no readiness problem', () => {
    const ready: Pod['status'] = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] };
    const unready: Pod['status'] = { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] };
    const readiness = (name: string, at: string) => ({
      metadata: { name: `${name}.1` },
      involvedObject: { kind: 'Pod', namespace: 'shop', name },
      reason: 'Unhealthy',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      count: 6,
      lastTimestamp: new Date(at),
    });
    const found = detectProblems(
      snapshot({
        pods: [
          pod('fixed-1', ready, 'fixed-5f7d8c9b6d'),
          pod('stopped-1', unready, 'stopped-5f7d8c9b6d'),
          pod('failing-1', unready, 'failing-5f7d8c9b6d'),
        ],
        events: [
          readiness('fixed-1', '2026-11-27T02:59:30Z'),
          readiness('stopped-1', '2026-11-27T02:55:00Z'),
          readiness('failing-1', '2026-11-27T02:59:30Z'),
        ],
      }),
      now,
    );
    expect(found.map((d) => [d.target.name, d.signal])).toEqual([['failing', 'ProbeFailure']]);
  });

  it('reports unschedulable, evicted pods and failed jobs', () => {
    const found = detectProblems(
      snapshot({
        pods: [
          pod(
            'u-1',
            {
              phase: 'Pending',
              conditions: [
                {
                  type: 'PodScheduled',
                  status: 'False',
                  reason: 'Unschedulable',
                  message: '0/3 nodes are available: 3 Insufficient memory.',
                },
              ],
            },
            'u-5f7d8c9b6d',
          ),
          pod(
            'e-1',
            {
              phase: 'Failed',
              reason: 'Evicted',
              message: 'The node was low on resource: ephemeral-storage.',
            },
            'e-5f7d8c9b6d',
          ),
        ],
        jobs: [
          {
            metadata: {
              name: 'backup-29',
              namespace: 'ops',
              ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'backup', uid: 'c' }],
            },
            status: {
              conditions: [
                {
                  type: 'Failed',
                  status: 'True',
                  reason: 'BackoffLimitExceeded',
                  message: 'Job has reached the specified backoff limit',
                },
              ],
            },
          },
        ],
      }),
      now,
    );
    expect(found.map((d) => [d.target.kind, d.target.name, d.signal]).sort()).toEqual([
      ['CronJob', 'backup', 'JobFailed'],
      ['Deployment', 'e', 'Evicted'],
      ['Deployment', 'u', 'Unschedulable'],
    ]);
  });

  it('finds nothing in a healthy cluster', () => {
    const healthy: Pod['status'] = {
      phase: 'Running',
      containerStatuses: [
        { name: 'app', image: 'x', imageID: '', ready: true, restartCount: 0, state: { running: {} } },
      ],
    };
    expect(detectProblems(snapshot({ pods: [pod('order-service-7d9c5b6f4-aaaaa', healthy)] }), now)).toEqual(
      [],
    );
  });
});
