import {
  type AutoscalerTarget,
  type EmbeddedShape,
  type EmbeddedUsageSource,
  type EmbeddedWorkload,
  parseCpu,
  parseMemory,
} from '@sre-agent/cost';
import type { ClusterReader } from '@sre-agent/kube';

type Container = {
  name: string;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
};
type Workload = {
  kind: string;
  metadata?: { name?: string; namespace?: string };
  replicas: number;
  containers: Container[];
};

const SHAPES_BY_NAME: readonly EmbeddedShape[] = [
  'steady',
  'diurnal',
  'spiky',
  'short-spike',
  'leak',
  'diurnal',
  'steady',
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const cpu = (text: string | undefined) => (text == null ? undefined : parseCpu(text));
const memory = (text: string | undefined) => (text == null ? undefined : parseMemory(text));

/**
 * The running workloads and namespaces of a cluster (the sandbox) as the embedded usage metrics
 * need them: current requests and limits, replicas, OOM kills and restarts from the pods, and each
 * workload's usage shape: declared (`shapes`, `namespace/name`), idle in an abandoned namespace,
 * a nightly batch for a CronJob, else one picked by its name.
 */
export function clusterUsageSource(
  reader: ClusterReader,
  usage: { abandoned: { namespace: string; idleSince: Date }[]; shapes: Record<string, EmbeddedShape> },
): EmbeddedUsageSource {
  const idleSince = new Map(usage.abandoned.map((a) => [a.namespace, a.idleSince]));
  return {
    async workloads(): Promise<EmbeddedWorkload[]> {
      const [deployments, statefulSets, daemonSets, cronJobs, pods] = await Promise.all([
        reader.listDeployments(),
        reader.listStatefulSets(),
        reader.listDaemonSets(),
        reader.listCronJobs(),
        reader.listPods(),
      ]);
      const workloads: Workload[] = [
        ...deployments.map((d) => ({
          kind: 'Deployment',
          metadata: d.metadata,
          replicas: d.spec?.replicas ?? 1,
          containers: d.spec?.template.spec?.containers ?? [],
        })),
        ...statefulSets.map((s) => ({
          kind: 'StatefulSet',
          metadata: s.metadata,
          replicas: s.spec?.replicas ?? 1,
          containers: s.spec?.template.spec?.containers ?? [],
        })),
        ...daemonSets.map((d) => ({
          kind: 'DaemonSet',
          metadata: d.metadata,
          replicas: d.status?.desiredNumberScheduled ?? 1,
          containers: d.spec?.template.spec?.containers ?? [],
        })),
        ...cronJobs.map((c) => ({
          kind: 'CronJob',
          metadata: c.metadata,
          replicas: 1,
          containers: c.spec?.jobTemplate.spec?.template.spec?.containers ?? [],
        })),
      ];
      return workloads.flatMap((w) => {
        const namespace = w.metadata?.namespace;
        const name = w.metadata?.name;
        if (!namespace || !name || w.replicas === 0) return [];
        const own = pods.filter(
          (p) => p.metadata?.namespace === namespace && p.metadata?.name?.startsWith(`${name}-`),
        );
        const shape: EmbeddedShape =
          usage.shapes[`${namespace}/${name}`] ??
          (idleSince.has(namespace)
            ? 'idle'
            : w.kind === 'CronJob'
              ? 'nightly-batch'
              : (SHAPES_BY_NAME[hash(`${namespace}/${name}`) % SHAPES_BY_NAME.length] as EmbeddedShape));
        return w.containers.map((c) => {
          const statuses = own.flatMap((p) =>
            (p.status?.containerStatuses ?? []).filter((s) => s.name === c.name),
          );
          const current = {
            ...(cpu(c.resources?.requests?.cpu) != null
              ? { cpuRequestCores: cpu(c.resources?.requests?.cpu) }
              : {}),
            ...(cpu(c.resources?.limits?.cpu) != null
              ? { cpuLimitCores: cpu(c.resources?.limits?.cpu) }
              : {}),
            ...(memory(c.resources?.requests?.memory) != null
              ? { memoryRequestBytes: memory(c.resources?.requests?.memory) }
              : {}),
            ...(memory(c.resources?.limits?.memory) != null
              ? { memoryLimitBytes: memory(c.resources?.limits?.memory) }
              : {}),
          };
          return {
            ref: { namespace, workload: name, kind: w.kind, container: c.name },
            current,
            replicas: w.replicas,
            shape,
            oomKilled: statuses.some((s) => s.lastState?.terminated?.reason === 'OOMKilled'),
            restarts: statuses.reduce((sum, s) => sum + (s.restartCount ?? 0), 0),
          };
        });
      });
    },
    async namespaces() {
      const [namespaces, replicaSets, pods] = await Promise.all([
        reader.listNamespaces(),
        reader.listReplicaSets(),
        reader.listPods(),
      ]);
      return namespaces.flatMap((n) => {
        const name = n.metadata?.name;
        const created = n.metadata?.creationTimestamp;
        if (!name || !created) return [];
        const idle = idleSince.get(name);
        return [
          {
            namespace: name,
            createdAt: new Date(created),
            ...(idle ? { idleSince: idle } : {}),
            replicaSetsCreated: replicaSets
              .filter((rs) => rs.metadata?.namespace === name && rs.metadata.creationTimestamp)
              .map((rs) => new Date(rs.metadata?.creationTimestamp as Date)),
            pods: pods.filter((p) => p.metadata?.namespace === name).length,
          },
        ];
      });
    },
    async autoscalers(): Promise<AutoscalerTarget[]> {
      const hpas = await reader.listHorizontalPodAutoscalers();
      return hpas.flatMap((h) => {
        const namespace = h.metadata?.namespace;
        const name = h.metadata?.name;
        if (!namespace || !name) return [];
        const resourceMetrics = (h.spec?.metrics ?? []).flatMap((m) =>
          m.type === 'Resource' &&
          m.resource?.target.type === 'Utilization' &&
          (m.resource.name === 'cpu' || m.resource.name === 'memory')
            ? [m.resource.name as 'cpu' | 'memory']
            : [],
        );
        return [
          {
            namespace,
            name,
            target: { kind: h.spec?.scaleTargetRef.kind ?? '', name: h.spec?.scaleTargetRef.name ?? '' },
            resourceMetrics,
            managedBy: name.startsWith('keda-hpa-') ? ('keda' as const) : ('hpa' as const),
          },
        ];
      });
    },
  };
}
