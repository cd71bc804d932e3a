import type { Pod } from '@sre-agent/kube';
import type { ClusterSnapshot } from '../monitor/snapshot.ts';

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** The instant detector tests look at the cluster. */
export const DETECTED_AT = new Date('2026-11-27T03:00:00Z');

/** A snapshot of cluster `prod` whose ReplicaSet `web-5f7d8c9b6d` belongs to Deployment `web` in `shop`. */
export function snapshotWith(overrides: Partial<ClusterSnapshot>): ClusterSnapshot {
  return {
    cluster: 'prod',
    pods: [],
    nodes: [],
    jobs: [],
    events: [],
    replicaSets: [
      {
        metadata: {
          name: 'web-5f7d8c9b6d',
          namespace: 'shop',
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd', controller: true },
          ],
        },
      },
    ],
    ...overrides,
  };
}

/** A pod of Deployment `web` (through its ReplicaSet) with the given status. */
export function webPod(name: string, status: Pod['status']): Pod {
  return {
    metadata: {
      name,
      namespace: 'shop',
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5f7d8c9b6d', uid: 'r', controller: true },
      ],
    },
    status,
  };
}

/** A container status: not ready, `restartCount` restarts, whatever else is given. */
export function containerStatus(
  name: string,
  restartCount: number,
  rest: Partial<ContainerStatus> = {},
): ContainerStatus {
  return { name, image: `${name}:1`, imageID: '', ready: false, restartCount, ...rest };
}
