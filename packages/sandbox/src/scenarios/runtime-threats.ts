import { createHash } from 'node:crypto';
import type { EventRecorder } from '../engine/events.ts';
import type { Pod } from '../resources/types.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import type { ScenarioDefinition } from './types.ts';

/** The EKS cluster name GuardDuty reports for the sandbox (what `sre-agent` calls it by default). */
export const SANDBOX_EKS_CLUSTER = 'sandbox';

function isRunning(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && !pod.metadata.deletionTimestamp;
}

/**
 * The scenario's runtime threats as GuardDuty's EventBridge events (`detail-type: GuardDuty
 * Finding`), each about the oldest running pod of its workload, with that pod's uid and its
 * container's id; a Warning event on the pod records what the node's security agent saw. Ids are
 * derived from the pod, so injecting twice yields the same finding (EventBridge redelivers).
 */
export function injectRuntimeThreats(
  definition: ScenarioDefinition,
  state: ClusterState,
  events: EventRecorder,
  now: Date,
): Record<string, unknown>[] {
  return definition.runtimeThreats.flatMap((threat) => {
    const pods = state
      .list<Pod>('Pod', threat.namespace)
      .filter((p) => isRunning(p) && p.metadata.labels?.['app.kubernetes.io/name'] === threat.workload)
      .sort(
        (a, b) =>
          a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
          a.metadata.name.localeCompare(b.metadata.name),
      );
    const pod = pods[0];
    const status = pod?.status?.containerStatuses?.[0];
    if (!pod || !status?.containerID) return [];
    const containerId = status.containerID.slice(status.containerID.indexOf('://') + 3);
    const id = createHash('sha256').update(`${threat.type}\n${pod.metadata.uid}`).digest('hex').slice(0, 32);
    const at = now.toISOString();
    events.record(pod, {
      type: 'Warning',
      reason: 'RuntimeThreat',
      message: `${threat.process.executablePath} (pid 4711) ${threat.domain ? `resolved ${threat.domain} and ` : ''}connected to ${threat.remoteIp ?? '?'}:${threat.remotePort ?? '?'}`,
      component: 'aws-guardduty-agent',
      ...(pod.spec.nodeName ? { host: pod.spec.nodeName } : {}),
    });
    const image = pod.spec.containers.find((c) => c.name === status.name)?.image ?? '';
    return [
      {
        version: '0',
        id: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`,
        'detail-type': 'GuardDuty Finding',
        source: 'aws.guardduty',
        account: '123456789012',
        time: at,
        region: 'eu-west-1',
        resources: [],
        detail: {
          schemaVersion: '2.0',
          accountId: '123456789012',
          region: 'eu-west-1',
          partition: 'aws',
          id,
          arn: `arn:aws:guardduty:eu-west-1:123456789012:detector/sandbox/finding/${id}`,
          type: threat.type,
          severity: threat.severity,
          title: threat.title,
          description: threat.title,
          createdAt: at,
          updatedAt: at,
          resource: {
            resourceType: 'EKSCluster',
            eksClusterDetails: { name: SANDBOX_EKS_CLUSTER, status: 'ACTIVE' },
            kubernetesDetails: {
              kubernetesWorkloadDetails: {
                name: pod.metadata.name,
                type: 'pods',
                uid: pod.metadata.uid,
                namespace: pod.metadata.namespace,
                hostNetwork: pod.spec.hostNetwork === true,
                containers: [
                  {
                    containerRuntime: 'containerd',
                    id: containerId,
                    name: status.name,
                    image,
                    securityContext: { privileged: false },
                  },
                ],
              },
            },
            instanceDetails: { instanceId: 'i-0sandbox' },
          },
          service: {
            serviceName: 'guardduty',
            featureName: 'RuntimeMonitoring',
            eventFirstSeen: at,
            eventLastSeen: at,
            count: 1,
            runtimeDetails: { process: { ...threat.process, pid: 4711 } },
            action: {
              actionType: threat.domain ? 'DNS_REQUEST' : 'NETWORK_CONNECTION',
              ...(threat.domain ? { dnsRequestAction: { domain: threat.domain, protocol: 'UDP' } } : {}),
              ...(threat.remoteIp
                ? {
                    networkConnectionAction: {
                      connectionDirection: 'OUTBOUND',
                      remoteIpDetails: { ipAddressV4: threat.remoteIp },
                      remotePortDetails: { port: threat.remotePort ?? 0 },
                    },
                  }
                : {}),
            },
          },
        },
      },
    ];
  });
}
