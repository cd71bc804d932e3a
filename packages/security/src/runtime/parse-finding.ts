import type { ClusterReader, Pod } from '@sre-agent/kube';
import { parseAlertmanagerFalco, parseFalcoAlert } from './falco.ts';
import { parseGuardDutyFinding } from './guardduty.ts';
import type { FindingParse, RuntimeFinding } from './runtime-finding.ts';

/**
 * Any runtime finding the guardian accepts, told apart by shape: a GuardDuty finding (in its
 * EventBridge envelope or bare), a Falcosidekick webhook body, or an Alertmanager webhook
 * carrying Falco alerts.
 */
export function parseRuntimeFindings(input: unknown): FindingParse[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ kind: 'rejected', reason: 'a finding is a JSON object' }];
  }
  const record = input as Record<string, unknown>;
  if (
    record.source === 'aws.guardduty' ||
    ('resource' in record && 'severity' in record && 'type' in record)
  ) {
    return [parseGuardDutyFinding(input)];
  }
  if (Array.isArray(record.alerts)) return parseAlertmanagerFalco(input);
  if ('rule' in record && 'output_fields' in record) return [parseFalcoAlert(input)];
  return [
    {
      kind: 'rejected',
      reason: 'not a GuardDuty finding, a Falcosidekick alert or an Alertmanager webhook with Falco alerts',
    },
  ];
}

/** The finding's own pod and container, checked against the live pod, or why not. */
export type ResolvedPod =
  | { kind: 'resolved'; pod: Pod; podUid: string; container: string; containerId: string }
  | { kind: 'unresolved'; reason: string };

/**
 * Resolves the exact pod a finding is about: the pod by namespace and name, the same uid when the
 * finding names one, and a container of it (regular, init or ephemeral) whose running id is one
 * the finding names (Falco prints the 12-character short id: a prefix match then).
 */
export async function resolveFindingPod(
  reader: ClusterReader,
  finding: RuntimeFinding,
): Promise<ResolvedPod> {
  const where = `${finding.namespace}/${finding.pod}`;
  const pod = await reader.getPod(finding.namespace, finding.pod);
  const podUid = pod?.metadata?.uid;
  if (!pod || !podUid) return { kind: 'unresolved', reason: `pod ${where} does not exist (already gone?)` };
  if (finding.podUid && podUid !== finding.podUid) {
    return {
      kind: 'unresolved',
      reason: `pod ${where} is not the pod of the finding (its uid differs: replaced since)`,
    };
  }
  const statuses = [
    ...(pod.status?.containerStatuses ?? []),
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.ephemeralContainerStatuses ?? []),
  ];
  for (const status of statuses) {
    const raw = status.containerID ?? '';
    const id = raw.includes('://') ? raw.slice(raw.indexOf('://') + 3) : raw;
    if (!id) continue;
    const match = finding.containerIds.some((wanted) =>
      wanted.length === 64 ? wanted === id : id.startsWith(wanted),
    );
    if (match) return { kind: 'resolved', pod, podUid, container: status.name, containerId: id };
  }
  return {
    kind: 'unresolved',
    reason: `no container of pod ${where} runs the container the finding names (restarted or replaced since)`,
  };
}
