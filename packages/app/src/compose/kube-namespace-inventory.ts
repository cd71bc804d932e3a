import type { NamespaceFacts, NamespaceInventory } from '@sre-agent/cost';
import type { ClusterReader } from '@sre-agent/kube';

/** Events that say a person or a controller changed a workload: a rollout or a scale. */
const CHANGE_EVENT_REASONS = new Set(['ScalingReplicaSet', 'SuccessfulRescale']);

/**
 * Progressing reasons of a rollout under way. `NewReplicaSetAvailable` (the resting state) and
 * `ProgressDeadlineExceeded` also change when pods are lost to a node failure: not a rollout.
 */
const ROLLOUT_REASONS = new Set(['NewReplicaSetCreated', 'FoundNewReplicaSet', 'ReplicaSetUpdated']);

const time = (value: Date | string | undefined | null) => (value == null ? undefined : new Date(value));

function newest<T extends { at: Date }>(items: readonly (T | undefined)[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (item && (!best || item.at > best.at)) best = item;
  return best;
}

/**
 * What a cluster knows about its namespaces for the zombie verdict: age, the newest rollout
 * (a ReplicaSet created, a Deployment's Progressing condition in a rollout), the newest scaling or
 * rollout event, and how many workloads and pods run there. Paginated lists, cluster-wide.
 */
export function kubeNamespaceInventory(reader: ClusterReader): NamespaceInventory {
  return {
    async namespaces(): Promise<NamespaceFacts[]> {
      const [namespaces, replicaSets, deployments, statefulSets, daemonSets, cronJobs, pods, events] =
        await Promise.all([
          reader.listNamespaces(),
          reader.listReplicaSets(),
          reader.listDeployments(),
          reader.listStatefulSets(),
          reader.listDaemonSets(),
          reader.listCronJobs(),
          reader.listPods(),
          reader.listEvents(),
        ]);
      const inNamespace = <T extends { metadata?: { namespace?: string } }>(items: T[], ns: string) =>
        items.filter((i) => i.metadata?.namespace === ns);
      return namespaces.flatMap((n) => {
        const name = n.metadata?.name;
        const createdAt = time(n.metadata?.creationTimestamp);
        if (!name || !createdAt) return [];
        const lastRollout = newest([
          ...inNamespace(replicaSets, name).map((rs) => {
            const at = time(rs.metadata?.creationTimestamp);
            return at ? { at, what: `ReplicaSet ${rs.metadata?.name} created` } : undefined;
          }),
          ...inNamespace(deployments, name).map((d) => {
            const progressing = d.status?.conditions?.find(
              (c) => c.type === 'Progressing' && ROLLOUT_REASONS.has(c.reason ?? ''),
            );
            const at = time(progressing?.lastUpdateTime);
            return at
              ? { at, what: `Deployment ${d.metadata?.name} ${progressing?.reason ?? 'progressed'}` }
              : undefined;
          }),
        ]);
        const lastChangeEvent = newest(
          inNamespace(events, name)
            .filter((e) => CHANGE_EVENT_REASONS.has(e.reason ?? ''))
            .map((e) => {
              const at = time(e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp);
              const object = `${e.involvedObject.kind}/${e.involvedObject.name}`;
              return at ? { at, reason: e.reason ?? '', object } : undefined;
            }),
        );
        const workloads = [deployments, statefulSets, daemonSets, cronJobs].reduce(
          (sum, list) => sum + inNamespace(list as { metadata?: { namespace?: string } }[], name).length,
          0,
        );
        return [
          {
            namespace: name,
            createdAt,
            ...(lastRollout ? { lastRollout } : {}),
            ...(lastChangeEvent ? { lastChangeEvent } : {}),
            workloads,
            pods: inNamespace(pods, name).length,
          },
        ];
      });
    },
  };
}
