import * as z from 'zod';
import {
  bound,
  ContainerId,
  type FindingParse,
  issueReason,
  MAX_FINDING_ITEMS,
  NamespaceName,
  NODE_INVOLVED_GUARDDUTY_TYPES,
  PodName,
  type RuntimeSeverity,
} from './runtime-finding.ts';

/**
 * Amazon GuardDuty Runtime Monitoring findings for EKS, as EventBridge delivers them
 * (`source: aws.guardduty`, `detail-type: GuardDuty Finding`, the finding in `detail`). Loose
 * schemas (GuardDuty adds fields), every string bounded: the finding is untrusted input.
 */

const text = (max = 1_000) => z.string().max(max);

const ContainerSchema = z.looseObject({
  id: text(80).optional(),
  name: text(253).optional(),
  image: text(1_000).optional(),
  securityContext: z.looseObject({ privileged: z.boolean().optional() }).optional(),
});

const WorkloadSchema = z.looseObject({
  name: text(253),
  type: text(60).optional(),
  uid: text(64).optional(),
  namespace: text(63),
  hostNetwork: z.boolean().optional(),
  containers: z.array(ContainerSchema).max(MAX_FINDING_ITEMS).optional(),
});

const ProcessSchema = z.looseObject({
  name: text(256).optional(),
  executablePath: text(1_000).optional(),
  executableSha256: text(64).optional(),
  pid: z.number().optional(),
});

export const GuardDutyFindingSchema = z.looseObject({
  id: z.string().min(1).max(128),
  type: z.string().min(1).max(200),
  severity: z.number().min(0).max(10),
  title: text().optional(),
  updatedAt: text(40).optional(),
  createdAt: text(40).optional(),
  resource: z.looseObject({
    resourceType: text(60).optional(),
    eksClusterDetails: z.looseObject({ name: text(100).optional() }).optional(),
    kubernetesDetails: z.looseObject({ kubernetesWorkloadDetails: WorkloadSchema.optional() }).optional(),
    instanceDetails: z.looseObject({ instanceId: text(40).optional() }).optional(),
  }),
  service: z
    .looseObject({
      runtimeDetails: z
        .looseObject({
          process: ProcessSchema.optional(),
          context: z.looseObject({ address: text(256).optional(), domain: text(256).optional() }).optional(),
        })
        .optional(),
      action: z
        .looseObject({
          dnsRequestAction: z.looseObject({ domain: text(256).optional() }).optional(),
          networkConnectionAction: z
            .looseObject({
              remoteIpDetails: z.looseObject({ ipAddressV4: text(64).optional() }).optional(),
              remotePortDetails: z.looseObject({ port: z.number().optional() }).optional(),
            })
            .optional(),
        })
        .optional(),
      eventLastSeen: text(40).optional(),
    })
    .optional(),
});
export type GuardDutyFinding = z.infer<typeof GuardDutyFindingSchema>;

export const GuardDutyEventSchema = z.looseObject({
  source: z.literal('aws.guardduty'),
  'detail-type': z.literal('GuardDuty Finding'),
  time: text(40).optional(),
  detail: z.unknown(),
});

/** GuardDuty's numeric severity in words: 9+ critical, 7+ high, 4+ medium (the console's bands). */
export function guardDutySeverity(score: number): RuntimeSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** The finding type without a suffix such as `!DNS` (`CryptoCurrency:Runtime/BitcoinTool.B!DNS`). */
function baseType(type: string): string {
  const bang = type.indexOf('!');
  return bang >= 0 ? type.slice(0, bang) : type;
}

/** A GuardDuty finding (bare, or in its EventBridge envelope) as a runtime finding, or why not. */
export function parseGuardDutyFinding(input: unknown): FindingParse {
  const envelope = GuardDutyEventSchema.safeParse(input);
  const detail = envelope.success ? envelope.data.detail : input;
  const parsed = GuardDutyFindingSchema.safeParse(detail);
  if (!parsed.success)
    return { kind: 'rejected', reason: issueReason('not a GuardDuty finding', parsed.error) };
  const f = parsed.data;
  const workload = f.resource.kubernetesDetails?.kubernetesWorkloadDetails;
  if (!workload) {
    return {
      kind: 'rejected',
      reason: `GuardDuty finding ${f.type.slice(0, 200)} names no Kubernetes workload (resource type ${f.resource.resourceType ?? 'unknown'}): there is no pod to quarantine`,
    };
  }
  const type = (workload.type ?? '').toLowerCase();
  if (type !== 'pods' && type !== 'pod') {
    return {
      kind: 'rejected',
      reason: `GuardDuty finding names a workload of type ${type.slice(0, 60) || 'unknown'}, not a pod`,
    };
  }
  const namespace = NamespaceName.safeParse(workload.namespace);
  const pod = PodName.safeParse(workload.name);
  if (!namespace.success || !pod.success) {
    return {
      kind: 'rejected',
      reason: 'GuardDuty finding: the workload namespace or name is not a valid Kubernetes name',
    };
  }
  const containerIds = (workload.containers ?? []).flatMap((c) => {
    const id = ContainerId.safeParse(c.id ?? '');
    return id.success ? [id.data] : [];
  });
  if (containerIds.length === 0) {
    return {
      kind: 'rejected',
      reason: 'GuardDuty finding names no valid container id: the container cannot be pinned down',
    };
  }
  const process = f.service?.runtimeDetails?.process;
  const action = f.service?.action;
  const remote = action?.networkConnectionAction?.remoteIpDetails?.ipAddressV4;
  const port = action?.networkConnectionAction?.remotePortDetails?.port;
  const evidence = [
    { label: 'finding', value: `${f.type} (severity ${f.severity})` },
    ...(process?.executablePath ? [{ label: 'process', value: process.executablePath }] : []),
    ...(process?.executableSha256 ? [{ label: 'sha256', value: process.executableSha256 }] : []),
    ...(action?.dnsRequestAction?.domain
      ? [{ label: 'domain queried', value: action.dnsRequestAction.domain }]
      : []),
    ...(remote ? [{ label: 'remote', value: `${remote}${port !== undefined ? `:${port}` : ''}` }] : []),
    ...(workload.containers ?? [])
      .filter((c) => c.image)
      .slice(0, 4)
      .map((c) => ({ label: `image of ${bound(c.name ?? '?', 60)}`, value: c.image ?? '' })),
  ].map((e) => ({ label: bound(e.label, 60), value: bound(e.value) }));
  const privileged = (workload.containers ?? []).some((c) => c.securityContext?.privileged === true);
  return {
    kind: 'finding',
    finding: {
      source: 'guardduty',
      id: f.id,
      type: f.type,
      severity: guardDutySeverity(f.severity),
      title: bound(f.title ?? f.type),
      ...(f.resource.eksClusterDetails?.name ? { cluster: f.resource.eksClusterDetails.name } : {}),
      namespace: namespace.data,
      pod: pod.data,
      ...(workload.uid ? { podUid: workload.uid } : {}),
      containerIds: [...new Set(containerIds)],
      nodeInvolved:
        NODE_INVOLVED_GUARDDUTY_TYPES.includes(baseType(f.type)) ||
        privileged ||
        workload.hostNetwork === true,
      evidence,
      at: f.service?.eventLastSeen ?? f.updatedAt ?? f.createdAt ?? '',
    },
  };
}
