import type { WorkloadRef } from '@sre-agent/core';
import { type ClusterReader, drainSkipReason, isNodeBound, type Pod } from '@sre-agent/kube';

/** How a workload looks right now, for verification. */
export type HealthReport = {
  healthy: boolean;
  /** Human summary, e.g. `3/3 ready, no restarts since 12:03`. */
  summary: string;
  ready: number;
  desired: number;
  /** Containers that restarted after `since`. */
  restartsSince: number;
  problems: string[];
  /**
   * Not healthy, but the damage is contained: a NotReady node that is cordoned and has no pod left
   * on it but those a drain deliberately leaves (DaemonSet, mirror, emptyDir, denylisted).
   */
  mitigated?: boolean;
};

const BAD_WAITING = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'InvalidImageName',
]);

function selectorOf(matchLabels: Record<string, string> | undefined): string | undefined {
  if (!matchLabels || Object.keys(matchLabels).length === 0) return undefined;
  return Object.entries(matchLabels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function podProblems(pods: readonly Pod[], since: Date): { problems: string[]; restarts: number } {
  const problems: string[] = [];
  let restarts = 0;
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    for (const status of pod.status?.containerStatuses ?? []) {
      const waiting = status.state?.waiting?.reason;
      if (waiting && BAD_WAITING.has(waiting))
        problems.push(`${pod.metadata?.name}/${status.name}: ${waiting}`);
      const finished = status.lastState?.terminated?.finishedAt;
      if (finished && new Date(finished) > since) restarts += 1;
    }
  }
  return { problems, restarts };
}

function report(
  ready: number,
  desired: number,
  pods: readonly Pod[],
  since: Date,
  extra: string[] = [],
): HealthReport {
  const { problems, restarts } = podProblems(pods, since);
  const all = [...extra, ...problems];
  const healthy = ready >= desired && all.length === 0 && restarts === 0;
  const restartText = restarts === 0 ? 'no restarts' : `${restarts} restart${restarts === 1 ? '' : 's'}`;
  return {
    healthy,
    summary: `${ready}/${desired} ready, ${restartText} since ${since.toISOString()}${all.length ? `; ${all.join('; ')}` : ''}`,
    ready,
    desired,
    restartsSince: restarts,
    problems: all,
  };
}

/**
 * Whether a workload is healthy: ready replicas back to desired, the rollout finished, and no
 * container restarted since `since`.
 */
export async function assessHealth(
  reader: ClusterReader,
  target: WorkloadRef,
  since: Date,
  options: { denyNamespaces?: readonly string[] } = {},
): Promise<HealthReport> {
  const { namespace, name } = target;
  const missing = (what: string): HealthReport => ({
    healthy: false,
    summary: `${what} not found`,
    ready: 0,
    desired: 1,
    restartsSince: 0,
    problems: [`${what} not found`],
  });
  switch (target.kind) {
    case 'Deployment': {
      const d = await reader.getDeployment(namespace, name);
      if (!d) return missing(`Deployment ${namespace}/${name}`);
      const desired = d.spec?.replicas ?? 1;
      const pods = await podsOf(reader, namespace, d.spec?.selector.matchLabels);
      const rolling =
        (d.status?.observedGeneration ?? 0) < (d.metadata?.generation ?? 0) ||
        (d.status?.updatedReplicas ?? 0) < desired;
      return report(
        d.status?.readyReplicas ?? 0,
        desired,
        pods,
        since,
        rolling ? ['rollout in progress'] : [],
      );
    }
    case 'StatefulSet': {
      const s = await reader.getStatefulSet(namespace, name);
      if (!s) return missing(`StatefulSet ${namespace}/${name}`);
      const pods = await podsOf(reader, namespace, s.spec?.selector.matchLabels);
      return report(s.status?.readyReplicas ?? 0, s.spec?.replicas ?? 1, pods, since);
    }
    case 'DaemonSet': {
      const s = await reader.getDaemonSet(namespace, name);
      if (!s) return missing(`DaemonSet ${namespace}/${name}`);
      const pods = await podsOf(reader, namespace, s.spec?.selector.matchLabels);
      return report(s.status?.numberReady ?? 0, s.status?.desiredNumberScheduled ?? 0, pods, since);
    }
    case 'Pod': {
      const pod = await reader.getPod(namespace, name);
      if (!pod) return missing(`Pod ${namespace}/${name}`);
      const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 1 : 0;
      return report(ready, 1, [pod], since);
    }
    case 'Node': {
      const node = await reader.getNode(name);
      if (!node) return missing(`Node ${name}`);
      // A node is healthy only when it is Ready: draining it moves its pods, it does not fix it.
      const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      if (ready) return report(1, 1, [], since);
      // DaemonSet and mirror pods belong to the node: they are neither stranded nor left for a human.
      const live = (await reader.listPods({ fieldSelector: `spec.nodeName=${name}` })).filter(
        (p) =>
          !isNodeBound(p) &&
          !p.metadata?.deletionTimestamp &&
          p.status?.phase !== 'Succeeded' &&
          p.status?.phase !== 'Failed',
      );
      const rules = { skipNamespaces: options.denyNamespaces ?? [] };
      const left = live.flatMap((p) => {
        const reason = drainSkipReason(p, rules);
        return reason ? [`${p.metadata?.namespace}/${p.metadata?.name} (${reason})`] : [];
      });
      const stranded = live.length - left.length;
      const drained = node.spec?.unschedulable === true && stranded === 0;
      const leftText = left.length > 0 ? `; left for a human: ${left.slice(0, 5).join(', ')}` : '';
      return {
        healthy: false,
        mitigated: drained,
        summary: drained
          ? `node ${name} is still NotReady; it is cordoned and drained, so its workloads run elsewhere${leftText}`
          : `node ${name} is NotReady with ${stranded} pods still on it`,
        ready: 0,
        desired: 1,
        restartsSince: 0,
        problems: [drained ? `node ${name} is NotReady` : `${stranded} pods stranded on ${name}`],
      };
    }
    default:
      return {
        healthy: false,
        summary: `${target.kind} health is not verified automatically`,
        ready: 0,
        desired: 1,
        restartsSince: 0,
        problems: [`${target.kind} cannot be verified`],
      };
  }
}

async function podsOf(
  reader: ClusterReader,
  namespace: string,
  matchLabels: Record<string, string> | undefined,
) {
  const labelSelector = selectorOf(matchLabels);
  return labelSelector ? reader.listPods({ namespace, labelSelector }) : [];
}
