import type { Deployment, Pod, ReplicaSet } from '@sre-agent/kube';

export type WorkloadFixture = { deployment: Deployment; replicaSet: ReplicaSet; pods: Pod[] };

/**
 * A Deployment with its ReplicaSet and pods, as the API would show them; `crash` makes every pod
 * crash-loop with that last termination (e.g. OOMKilled, exit 137).
 */
export function deploymentFixture(options: {
  namespace: string;
  name: string;
  replicas?: number;
  memoryLimit?: string;
  crash?: { reason: string; exitCode: number };
  labels?: Record<string, string>;
}): WorkloadFixture {
  const { namespace, name } = options;
  const replicas = options.replicas ?? 2;
  const labels = { app: name };
  const rsName = `${name}-7d9c5b6f4`;
  const deployment: Deployment = {
    metadata: {
      namespace,
      name,
      uid: `uid-${name}`,
      generation: 1,
      labels: { ...labels, ...options.labels },
      annotations: {},
    },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: 'app',
              image: `registry.local/${namespace}/${name}:1.0.0`,
              resources: {
                limits: { memory: options.memoryLimit ?? '512Mi' },
                requests: { memory: '256Mi' },
              },
            },
          ],
        },
      },
    },
    status: {
      observedGeneration: 1,
      replicas,
      updatedReplicas: replicas,
      readyReplicas: options.crash ? 0 : replicas,
      availableReplicas: options.crash ? 0 : replicas,
    },
  };
  const replicaSet: ReplicaSet = {
    metadata: {
      namespace,
      name: rsName,
      uid: `uid-${rsName}`,
      labels,
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name, uid: `uid-${name}`, controller: true },
      ],
    },
    spec: { replicas, selector: { matchLabels: labels } },
  };
  const pods: Pod[] = Array.from({ length: replicas }, (_, index) => ({
    metadata: {
      namespace,
      name: `${rsName}-${String.fromCharCode(97 + index).repeat(5)}`,
      uid: `uid-${rsName}-${index}`,
      labels,
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: `uid-${rsName}`, controller: true },
      ],
    },
    spec: {
      nodeName: 'node-1',
      containers: [{ name: 'app', image: `registry.local/${namespace}/${name}:1.0.0` }],
    },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: options.crash ? 'False' : 'True' }],
      containerStatuses: [
        {
          name: 'app',
          image: `registry.local/${namespace}/${name}:1.0.0`,
          imageID: '',
          ready: !options.crash,
          restartCount: options.crash ? 4 : 0,
          state: options.crash ? { waiting: { reason: 'CrashLoopBackOff' } } : { running: {} },
          ...(options.crash
            ? {
                lastState: {
                  terminated: {
                    reason: options.crash.reason,
                    exitCode: options.crash.exitCode,
                    finishedAt: new Date('2026-01-01T00:00:00Z'),
                  },
                },
              }
            : {}),
        },
      ],
    },
  }));
  return { deployment, replicaSet, pods };
}

/** Makes a fixture's workload healthy again (what the controllers would show after a good fix). */
export function markHealthy(fixture: WorkloadFixture): void {
  const replicas = fixture.deployment.spec?.replicas ?? 1;
  fixture.deployment.status = {
    observedGeneration: fixture.deployment.metadata?.generation ?? 1,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
  };
  for (const pod of fixture.pods) {
    pod.status = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
      containerStatuses: [
        { name: 'app', image: 'x', imageID: '', ready: true, restartCount: 0, state: { running: {} } },
      ],
    };
  }
}
