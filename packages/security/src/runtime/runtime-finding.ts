import * as z from 'zod';

/** What the security guardian acts on: one runtime threat in one pod, every field bounded. */

/** Longest text kept from a finding's free-text fields (titles, process command lines, Falco output). */
export const MAX_FINDING_TEXT = 1_000;
/** The most containers, evidence lines and tags kept from one finding. */
export const MAX_FINDING_ITEMS = 16;

/** A DNS-1123 label (a namespace). */
export const NamespaceName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
/** A DNS-1123 subdomain (a pod name). */
export const PodName = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
/** A container id as runtimes print it: hex (12 to 64 characters), optionally `<runtime>://`-prefixed. */
export const ContainerId = z
  .string()
  .max(80)
  .transform((id) => (id.includes('://') ? id.slice(id.indexOf('://') + 3) : id))
  .pipe(z.string().regex(/^[0-9a-f]{12,64}$/));

export const RuntimeSeveritySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type RuntimeSeverity = z.infer<typeof RuntimeSeveritySchema>;

export const RuntimeFindingSchema = z.strictObject({
  source: z.enum(['guardduty', 'falco']),
  /** The finding's own id (GuardDuty) or a hash of the alert (Falco): the idempotency key. */
  id: z.string().min(1).max(128),
  /** `CryptoCurrency:Runtime/BitcoinTool.B`, or the Falco rule. */
  type: z.string().min(1).max(200),
  severity: RuntimeSeveritySchema,
  title: z.string().max(MAX_FINDING_TEXT),
  /** The EKS cluster GuardDuty names; Falco does not say (the configured cluster then). */
  cluster: z.string().max(100).optional(),
  namespace: NamespaceName,
  pod: PodName,
  /** The pod's uid when the finding names it (GuardDuty). */
  podUid: z.string().max(64).optional(),
  /** Bare container ids (no runtime prefix); at least one, or the pod cannot be pinned down. */
  containerIds: z.array(z.string()).min(1).max(MAX_FINDING_ITEMS),
  /** Whether the finding says the node is involved (an escape, a host mount): the node is cordoned. */
  nodeInvolved: z.boolean(),
  /** The evidence humans read in the page, each bounded. */
  evidence: z.array(z.strictObject({ label: z.string().max(60), value: z.string().max(MAX_FINDING_TEXT) })),
  at: z.string().max(40),
});
export type RuntimeFinding = z.infer<typeof RuntimeFindingSchema>;

/** A finding that cannot lead to a quarantine, with the reason (never a value it quoted). */
export type FindingRejection = { kind: 'rejected'; reason: string };
export type FindingParse = { kind: 'finding'; finding: RuntimeFinding } | FindingRejection;

/**
 * GuardDuty Runtime Monitoring finding types that say the node itself is involved: the process
 * reached out of its container (escapes, host mounts, the runtime socket, kernel modules, process
 * injection into other processes). The pod is quarantined and its node cordoned.
 */
export const NODE_INVOLVED_GUARDDUTY_TYPES: readonly string[] = [
  'PrivilegeEscalation:Runtime/ContainerMountsHostDirectory',
  'PrivilegeEscalation:Runtime/DockerSocketAccessed',
  'PrivilegeEscalation:Runtime/RuncContainerEscape',
  'PrivilegeEscalation:Runtime/CGroupsReleaseAgentModified',
  'PrivilegeEscalation:Runtime/UserfaultfdUsage',
  'PrivilegeEscalation:Runtime/ElevationToRoot',
  'DefenseEvasion:Runtime/KernelModuleLoaded',
  'DefenseEvasion:Runtime/ProcessInjection.Proc',
  'DefenseEvasion:Runtime/ProcessInjection.Ptrace',
  'DefenseEvasion:Runtime/ProcessInjection.VirtualMemoryWrite',
  'DefenseEvasion:Runtime/PtraceAntiDebugging',
  'Execution:Runtime/ContainerEscape',
];

/** MITRE ATT&CK technique "Escape to Host": a Falco rule tagged with it involves the node. */
export const ESCAPE_TO_HOST_TAG = 'T1611';

/**
 * Falco rules (default ruleset) that say the node is involved besides those tagged T1611: a
 * privileged container launched, a kernel module loaded, the runtime socket or the host's files touched.
 */
export const NODE_INVOLVED_FALCO_RULES: readonly string[] = [
  'Detect release_agent File Container Escapes',
  'Launch Privileged Container',
  'Linux Kernel Module Injection Detected',
  'Mount Launched in Privileged Container',
  'Debugfs Launched in Privileged Container',
];

/** The lowest severity that quarantines; anything below is reported, not acted on. */
export const QUARANTINE_MIN_SEVERITY: RuntimeSeverity = 'high';

const RANK: Record<RuntimeSeverity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function quarantines(severity: RuntimeSeverity): boolean {
  return RANK[severity] >= RANK[QUARANTINE_MIN_SEVERITY];
}

/** Cuts text to `max` characters, marking the cut. */
export function bound(text: string, max = MAX_FINDING_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first zod issue as a reason naming the field, never echoing its value. */
export function issueReason(what: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') || '(root)';
  return `${what}: field ${path.slice(0, 200)} is invalid (${issue?.code ?? 'invalid'})`;
}
