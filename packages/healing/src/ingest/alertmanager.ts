import { lazySchema, redactText, type Signal, ValidationError, type WorkloadRef } from '@sre-agent/core';
import * as z from 'zod';
import { ALERT_TEXT_CHARS, type Detection } from '../detection.ts';

/**
 * Bounds on what one webhook may carry: untrusted text meets regexes, the store and chat later, so
 * its size is settled at the edge. Alertmanager itself sets none (`max_alerts: 0` sends every
 * alert of a group), Prometheus none by default (`label_name_length_limit` and
 * `label_value_length_limit` are opt-in), so the README asks for `max_alerts: 100` in the
 * receiver's `webhook_config`; the whole body is also bounded by the receivers (`MAX_BODY_BYTES`).
 */
export const ALERTMANAGER_LIMITS = {
  alertsPerWebhook: 100,
  labelsPerSet: 100,
  labelName: 128,
  labelValue: 1024,
  annotationValue: 4096,
  fingerprint: 128,
  /** groupKey, receiver: route and receiver names plus the group's labels. */
  groupKey: 8192,
  receiver: 256,
  /** generatorURL carries the rule's PromQL expression, URL-encoded. */
  url: 8192,
  timestamp: 64,
} as const;

const L = ALERTMANAGER_LIMITS;

const bounded = (max: number, what: string) => z.string().max(max, `${what} is at most ${max} characters`);

const stringMap = (what: string, maxValue: number) =>
  z
    .record(bounded(L.labelName, `${what} name`), bounded(maxValue, `${what} value`))
    .refine((set) => Object.keys(set).length <= L.labelsPerSet, {
      message: `at most ${L.labelsPerSet} ${what}s`,
    });

const LabelSet = lazySchema(() => stringMap('label', L.labelValue));
const AnnotationSet = lazySchema(() => stringMap('annotation', L.annotationValue));

/** One alert of an Alertmanager webhook (payload version 4). Loose: Alertmanager adds fields over time. */
export const AlertmanagerAlertSchema = lazySchema(() =>
  z.object({
    status: z.enum(['firing', 'resolved']),
    labels: LabelSet,
    annotations: AnnotationSet.default({}),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: bounded(L.timestamp, 'endsAt').optional(),
    generatorURL: bounded(L.url, 'generatorURL').optional(),
    fingerprint: bounded(L.fingerprint, 'fingerprint').min(1),
  }),
);
export type AlertmanagerAlert = z.infer<typeof AlertmanagerAlertSchema>;

/** The Alertmanager webhook body, version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). */
export const AlertmanagerWebhookSchema = lazySchema(() =>
  z.object({
    version: z.literal('4', { error: 'only Alertmanager webhook payload version "4" is supported' }),
    groupKey: bounded(L.groupKey, 'groupKey'),
    truncatedAlerts: z.number().int().min(0).default(0),
    status: z.enum(['firing', 'resolved']),
    receiver: bounded(L.receiver, 'receiver'),
    groupLabels: LabelSet.default({}),
    commonLabels: LabelSet.default({}),
    commonAnnotations: AnnotationSet.default({}),
    externalURL: bounded(L.url, 'externalURL').default(''),
    alerts: z
      .array(AlertmanagerAlertSchema)
      .min(1, 'a webhook carries at least one alert')
      .max(
        L.alertsPerWebhook,
        `at most ${L.alertsPerWebhook} alerts per webhook; set max_alerts: ${L.alertsPerWebhook} in Alertmanager's webhook_config`,
      ),
  }),
);
export type AlertmanagerWebhook = z.infer<typeof AlertmanagerWebhookSchema>;

/** Issues named in one error message; the rest are counted. */
const MAX_ISSUES_SHOWN = 10;
/** A path segment (a label name may be the oversized part) is cut to this many characters. */
const MAX_SEGMENT = 64;

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path
    .map((segment) => {
      const text = String(segment);
      return text.length > MAX_SEGMENT ? `${text.slice(0, MAX_SEGMENT)}…` : text;
    })
    .join('.');
}

/** zod reports a bad record key as "Invalid key in record"; say what is wrong with it instead. */
function messageOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
}

/**
 * Parses an untrusted webhook body; throws `ValidationError` naming the fields that are wrong
 * (the first ten; oversized names are cut short in the message, values never echoed).
 */
export function parseAlertmanagerWebhook(body: unknown): AlertmanagerWebhook {
  const parsed = AlertmanagerWebhookSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${pathOf(i.path)}: ${messageOf(i)}`);
    const shown = issues.slice(0, MAX_ISSUES_SHOWN);
    const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
    throw new ValidationError(`invalid Alertmanager webhook: ${shown.join('; ')}${more}`, shown);
  }
  return parsed.data;
}

/** Alert names of kube-prometheus / kube-state-metrics rules, and the signal each means. */
const SIGNAL_BY_ALERT: Record<string, Signal> = {
  KubePodCrashLooping: 'CrashLoopBackOff',
  KubeContainerOOMKilled: 'OOMKilled',
  ContainerOOMKilled: 'OOMKilled',
  KubePodOOMKilled: 'OOMKilled',
  KubeNodeNotReady: 'NodeNotReady',
  KubeNodeUnreachable: 'NodeNotReady',
  KubeNodePressure: 'NodePressure',
  KubeJobFailed: 'JobFailed',
  KubePodNotReady: 'ProbeFailure',
  KubePodImagePullBackOff: 'ImagePullBackOff',
  KubeContainerWaiting: 'CrashLoopBackOff',
};

const SIGNAL_BY_REASON: Record<string, Signal> = {
  CrashLoopBackOff: 'CrashLoopBackOff',
  OOMKilled: 'OOMKilled',
  ErrImagePull: 'ErrImagePull',
  ImagePullBackOff: 'ImagePullBackOff',
  CreateContainerConfigError: 'CreateContainerConfigError',
  CreateContainerError: 'CreateContainerError',
  RunContainerError: 'RunContainerError',
};

function signalOf(labels: Record<string, string>): Signal {
  const byReason = labels.reason ? SIGNAL_BY_REASON[labels.reason] : undefined;
  return byReason ?? SIGNAL_BY_ALERT[labels.alertname ?? ''] ?? 'Alert';
}

function targetOf(labels: Record<string, string>, cluster: string): WorkloadRef | undefined {
  const namespace = labels.namespace ?? labels.exported_namespace ?? '';
  const owned = (kind: WorkloadRef['kind'], name: string | undefined) =>
    name && namespace ? { cluster, namespace, kind, name } : undefined;
  return (
    owned('Deployment', labels.deployment) ??
    owned('StatefulSet', labels.statefulset) ??
    owned('DaemonSet', labels.daemonset) ??
    owned('Job', labels.job_name) ??
    owned('Pod', labels.pod) ??
    (labels.node ? { cluster, namespace: '', kind: 'Node', name: labels.node } : undefined)
  );
}

export type AlertConversion =
  | { kind: 'detection'; detection: Detection }
  | { kind: 'ignored'; fingerprint: string; reason: string };

/**
 * Turns each alert into a detection, or says why it is ignored (no Kubernetes object in its
 * labels). The `cluster` label wins over the default cluster name.
 */
export function alertsToDetections(
  webhook: AlertmanagerWebhook,
  defaultCluster: string,
  now: Date,
): AlertConversion[] {
  return webhook.alerts.map((alert) => {
    const labels = { ...webhook.commonLabels, ...alert.labels };
    const target = targetOf(labels, labels.cluster ?? defaultCluster);
    if (!target) {
      return {
        kind: 'ignored',
        fingerprint: alert.fingerprint,
        reason: `alert ${labels.alertname ?? '(unnamed)'} names no namespace+workload, pod or node`,
      };
    }
    const summary = alert.annotations.summary ?? alert.annotations.description ?? labels.alertname ?? 'alert';
    const text = alertText(alert.annotations, labels);
    return {
      kind: 'detection',
      detection: {
        target,
        signal: signalOf(labels),
        source: 'alertmanager',
        reason: summary,
        status: alert.status,
        ...(labels.pod ? { pod: labels.pod } : {}),
        ...(labels.container ? { container: labels.container } : {}),
        fingerprint: alert.fingerprint,
        ...(labels.alertname ? { alertName: labels.alertname } : {}),
        ...(text ? { alertText: text } : {}),
        observedAt: now.toISOString(),
      },
    };
  });
}

/** Label values shorter than this cannot carry a statement worth hiding (and `prod` is a common word). */
const MIN_LABEL_VALUE = 4;
/** Characters that end a clause already. */
const ENDS_CLAUSE = '.!?;:';
/** What stands where a label's value was templated into the text. */
const LABEL_VALUE = '‹label›';

/**
 * The alert's summary and its description (when it says more), as the rule's author wrote them:
 * every label value templated in (`{{ $labels.path }}`, a value a client may choose) becomes a
 * placeholder, so that only the rule's own words are weighed; redacted whole, then bounded (a
 * secret cut in two would no longer be recognised).
 */
function alertText(
  annotations: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): string | undefined {
  const values = [...new Set(Object.values(labels))]
    .filter((value) => value.length >= MIN_LABEL_VALUE)
    .sort((a, b) => b.length - a.length);
  const parts = [annotations.summary, annotations.description]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => values.reduce((text, value) => text.replaceAll(value, LABEL_VALUE), part));
  // Each part ends its own clause: a summary's last words are not the description's first.
  const joined = [...new Set(parts)]
    .map((part, i, all) => (i === all.length - 1 || ENDS_CLAUSE.includes(part.slice(-1)) ? part : `${part};`))
    .join(' ');
  const text = redactText(joined);
  return text ? text.slice(0, ALERT_TEXT_CHARS) : undefined;
}

/** Dedup key of one alert occurrence: the same fingerprint and start is the same alert, resent. */
export function alertDedupKey(alert: Pick<AlertmanagerAlert, 'fingerprint' | 'startsAt' | 'status'>): string {
  return `am#${alert.fingerprint}#${alert.startsAt}#${alert.status}`;
}
