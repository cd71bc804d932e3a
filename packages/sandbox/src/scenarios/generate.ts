import type { Kubelet } from '../engine/kubelet.ts';
import { controllerRef, POD_TEMPLATE_HASH, podFromTemplate, REVISION } from '../engine/pod-template.ts';
import { workerNode } from '../engine/worker-node.ts';
import { applyDefaults } from '../resources/defaults.ts';
import type { Deployment, Pod, ReplicaSet } from '../resources/types.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import { templateHash } from '../util/hash.ts';
import { canonicalJson } from '../util/json.ts';
import { deployment, namespace } from './builders.ts';

export type GenerateOptions = {
  namespaces: number;
  podsPerNamespace: number;
  /** Replicas per Deployment (default 10). */
  replicasPerDeployment?: number;
};

const PODS_PER_NODE = 100;
const noIp = { serviceIp: () => '' };

/**
 * Adds a large, healthy cluster in one go (for benchmarks): `namespaces` × `podsPerNamespace`
 * Running pods owned by Deployments and ReplicaSets, on as many nodes as they need. Objects are
 * written directly in their steady state (no events), consistent with what the controllers
 * would produce, so the engine has nothing to do afterwards.
 */
export function generateCluster(
  state: ClusterState,
  kubelet: Kubelet,
  options: GenerateOptions,
): { pods: number; nodes: number } {
  const total = options.namespaces * options.podsPerNamespace;
  const nodeCount = Math.max(1, Math.ceil(total / PODS_PER_NODE));
  const nodes: string[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const third = 16 + Math.floor(i / 200);
    const fourth = 10 + (i % 200);
    const name = `ip-10-1-${third}-${fourth}.eu-west-1.compute.internal`;
    const zone = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'][i % 3] as string;
    const manifest = workerNode(
      { name, ip: `10.1.${third}.${fourth}`, zone, instance: `i-0${(0x1000000 + i).toString(16)}bulk` },
      { instanceType: 'm5.4xlarge', cpu: '16', memory: '64000Mi', pods: '110' },
    );
    const now = state.timestamp();
    const status = manifest.status as { conditions: Record<string, unknown>[] };
    status.conditions = status.conditions.map((c) => ({
      ...c,
      lastHeartbeatTime: now,
      lastTransitionTime: now,
    }));
    state.create('Node', manifest as never);
    nodes.push(name);
  }
  const per = options.replicasPerDeployment ?? 10;
  let podIndex = 0;
  const startedAt = state.now();
  for (let n = 0; n < options.namespaces; n++) {
    const ns = `team-${String(n + 1).padStart(4, '0')}`;
    state.create('Namespace', applyDefaults('Namespace', namespace(ns, { team: ns }) as never, noIp));
    let remaining = options.podsPerNamespace;
    for (let d = 0; remaining > 0; d++) {
      const replicas = Math.min(per, remaining);
      remaining -= replicas;
      const name = `svc-${String(d + 1).padStart(3, '0')}`;
      const manifest = deployment({
        name,
        namespace: ns,
        image: `registry.local/${ns}/${name}:1.0.0`,
        replicas,
        liveness: false,
        readiness: false,
      });
      const created = state.create<Deployment>(
        'Deployment',
        applyDefaults('Deployment', manifest as never, noIp) as Deployment,
      );
      const dep = state.replace<Deployment>('Deployment', {
        ...created,
        metadata: {
          ...created.metadata,
          annotations: { ...(created.metadata.annotations ?? {}), [REVISION]: '1' },
        },
      });
      const hash = templateHash(canonicalJson(dep.spec.template), 0);
      const template = structuredClone(dep.spec.template);
      template.metadata = {
        ...(template.metadata ?? {}),
        labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash },
      };
      const rs = state.create<ReplicaSet>('ReplicaSet', {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${name}-${hash}`,
          namespace: ns,
          labels: { ...(template.metadata.labels ?? {}) },
          annotations: {
            [REVISION]: '1',
            'deployment.kubernetes.io/desired-replicas': String(replicas),
            'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas / 4)),
          },
          ownerReferences: [controllerRef(dep)],
          uid: '',
          resourceVersion: '',
          creationTimestamp: '',
        },
        spec: {
          replicas,
          selector: { matchLabels: { ...(dep.spec.selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash } },
          template,
        },
        status: { replicas: 0 },
      });
      for (let r = 0; r < replicas; r++) {
        const nodeName = nodes[Math.floor(podIndex / PODS_PER_NODE) % nodes.length] as string;
        podIndex++;
        const pod = applyDefaults('Pod', podFromTemplate(rs.spec.template, rs, { nodeName }), noIp) as Pod;
        const conditions = [
          {
            type: 'PodScheduled',
            status: 'True' as const,
            lastProbeTime: null,
            lastTransitionTime: state.timestamp(),
          },
        ];
        const stored = state.create('Pod', { ...pod, status: { ...pod.status, conditions } });
        kubelet.startRunning(stored as Pod, startedAt);
      }
    }
  }
  return { pods: podIndex, nodes: nodeCount };
}
