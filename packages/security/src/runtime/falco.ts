import { createHash } from 'node:crypto';
import * as z from 'zod';
import {
  bound,
  ContainerId,
  ESCAPE_TO_HOST_TAG,
  type FindingParse,
  issueReason,
  MAX_FINDING_ITEMS,
  NamespaceName,
  NODE_INVOLVED_FALCO_RULES,
  PodName,
  type RuntimeSeverity,
} from './runtime-finding.ts';

/**
 * Falco alerts, as Falcosidekick's webhook output posts them (`output`, `priority`, `rule`, `time`,
 * `output_fields` with `k8s.ns.name`, `k8s.pod.name`, `container.id`, `tags`) or as its
 * Alertmanager output raises them (labels `source=falco`, `rule`, `priority`, and the output
 * fields with dots as underscores: `k8s_ns_name`, `k8s_pod_name`, `container_id`). Untrusted input.
 */

const text = (max = 1_000) => z.string().max(max);
const FieldValue = z.union([z.string().max(4_096), z.number(), z.boolean(), z.null()]);

export const FalcoAlertSchema = z.looseObject({
  uuid: text(64).optional(),
  output: text(8_192),
  priority: text(20),
  rule: text(200).min(1),
  time: text(40),
  source: text(40).optional(),
  hostname: text(253).optional(),
  tags: z.array(text(60)).max(64).optional(),
  output_fields: z
    .record(text(100), FieldValue)
    .refine((r) => Object.keys(r).length <= 200, 'too many fields'),
});

const AlertmanagerAlertSchema = z.looseObject({
  status: text(20).optional(),
  labels: z.record(text(128), text(1_024)),
  annotations: z.record(text(128), text(4_096)).optional(),
  startsAt: text(40).optional(),
  fingerprint: text(64).optional(),
});
export const AlertmanagerFalcoSchema = z.looseObject({
  alerts: z.array(AlertmanagerAlertSchema).min(1).max(100),
});

/** Falco's priorities in words: Emergency, Alert, Critical → critical; Error → high; Warning → medium. */
export function falcoSeverity(priority: string): RuntimeSeverity {
  switch (priority.toLowerCase()) {
    case 'emergency':
    case 'alert':
    case 'critical':
      return 'critical';
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    default:
      return 'low';
  }
}

type FalcoInput = {
  id: string;
  rule: string;
  priority: string;
  output: string;
  time: string;
  tags: readonly string[];
  namespace: unknown;
  pod: unknown;
  containerId: unknown;
  hostname?: string | undefined;
  commandLine?: unknown;
};

function toFinding(input: FalcoInput): FindingParse {
  if (input.containerId === 'host') {
    return {
      kind: 'rejected',
      reason: `Falco rule ${input.rule} fired on the host, not in a container: there is no pod to quarantine`,
    };
  }
  const namespace = NamespaceName.safeParse(input.namespace);
  const pod = PodName.safeParse(input.pod);
  if (!namespace.success || !pod.success) {
    return {
      kind: 'rejected',
      reason: 'Falco alert: k8s.ns.name or k8s.pod.name is missing or not a valid Kubernetes name',
    };
  }
  const container = ContainerId.safeParse(input.containerId);
  if (!container.success) {
    return { kind: 'rejected', reason: 'Falco alert: container.id is missing or not a container id' };
  }
  const cmd = typeof input.commandLine === 'string' ? input.commandLine : undefined;
  return {
    kind: 'finding',
    finding: {
      source: 'falco',
      id: input.id,
      type: input.rule,
      severity: falcoSeverity(input.priority),
      title: bound(`Falco: ${input.rule}`),
      namespace: namespace.data,
      pod: pod.data,
      containerIds: [container.data],
      nodeInvolved: NODE_INVOLVED_FALCO_RULES.includes(input.rule) || input.tags.includes(ESCAPE_TO_HOST_TAG),
      evidence: [
        { label: 'rule', value: `${input.rule} (${input.priority})` },
        { label: 'output', value: input.output },
        ...(cmd ? [{ label: 'command line', value: cmd }] : []),
        ...(input.hostname ? [{ label: 'node', value: input.hostname }] : []),
      ].map((e) => ({ label: bound(e.label, 60), value: bound(e.value) })),
      at: input.time,
    },
  };
}

function digest(...parts: unknown[]): string {
  return `falco-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)}`;
}

/** A Falcosidekick webhook body as a runtime finding, or why not. */
export function parseFalcoAlert(input: unknown): FindingParse {
  const parsed = FalcoAlertSchema.safeParse(input);
  if (!parsed.success) return { kind: 'rejected', reason: issueReason('not a Falco alert', parsed.error) };
  const a = parsed.data;
  const fields = a.output_fields;
  return toFinding({
    id: a.uuid ?? digest(a.rule, a.time, fields['container.id'], fields['k8s.pod.name']),
    rule: a.rule,
    priority: a.priority,
    output: a.output,
    time: a.time,
    tags: (a.tags ?? []).slice(0, MAX_FINDING_ITEMS * 4),
    namespace: fields['k8s.ns.name'],
    pod: fields['k8s.pod.name'],
    containerId: fields['container.id'],
    hostname: a.hostname,
    commandLine: fields['proc.cmdline'],
  });
}

/** The Falco alerts of an Alertmanager webhook (labels `source=falco`), each as a finding or why not. */
export function parseAlertmanagerFalco(input: unknown): FindingParse[] {
  const parsed = AlertmanagerFalcoSchema.safeParse(input);
  if (!parsed.success)
    return [{ kind: 'rejected', reason: issueReason('not an Alertmanager webhook', parsed.error) }];
  return parsed.data.alerts
    .filter((alert) => alert.labels.source === 'falco' && alert.status !== 'resolved')
    .map((alert) => {
      const labels = alert.labels;
      const rule = labels.rule ?? '';
      if (!rule) return { kind: 'rejected', reason: 'Falco alert without a rule label' } as const;
      return toFinding({
        id: alert.fingerprint
          ? `falco-${alert.fingerprint}-${(alert.startsAt ?? '').slice(0, 40)}`
          : digest(rule, alert.startsAt, labels.container_id, labels.k8s_pod_name),
        rule: bound(rule, 200),
        priority: labels.priority ?? '',
        output: alert.annotations?.info ?? alert.annotations?.description ?? rule,
        time: alert.startsAt ?? '',
        tags: (labels.tags ?? '').split(',').slice(0, MAX_FINDING_ITEMS * 4),
        namespace: labels.k8s_ns_name,
        pod: labels.k8s_pod_name,
        containerId: labels.container_id,
        hostname: labels.hostname,
        commandLine: labels.proc_cmdline,
      });
    });
}
