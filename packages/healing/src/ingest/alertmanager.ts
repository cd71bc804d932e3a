import { type Signal, ValidationError, type WorkloadRef } from '@sre-agent/core';
import * as z from 'zod';
import type { Detection } from '../detection.ts';

const LabelSet = z.record(z.string(), z.string());

/** One alert of an Alertmanager webhook (payload version 4). Loose: Alertmanager adds fields over time. */
export const AlertmanagerAlertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: LabelSet,
  annotations: LabelSet.default({}),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().min(1),
});
export type AlertmanagerAlert = z.infer<typeof AlertmanagerAlertSchema>;

/** The Alertmanager webhook body, version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). */
export const AlertmanagerWebhookSchema = z.object({
  version: z.literal('4', { error: 'only Alertmanager webhook payload version "4" is supported' }),
  groupKey: z.string(),
  truncatedAlerts: z.number().int().min(0).default(0),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string(),
  groupLabels: LabelSet.default({}),
  commonLabels: LabelSet.default({}),
  commonAnnotations: LabelSet.default({}),
  externalURL: z.string().default(''),
  alerts: z.array(AlertmanagerAlertSchema).min(1, 'a webhook carries at least one alert'),
});
export type AlertmanagerWebhook = z.infer<typeof AlertmanagerWebhookSchema>;

/** Parses an untrusted webhook body; throws `ValidationError` naming every problem. */
export function parseAlertmanagerWebhook(body: unknown): AlertmanagerWebhook {
  const parsed = AlertmanagerWebhookSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
    throw new ValidationError(`invalid Alertmanager webhook: ${issues.join('; ')}`, issues);
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
        observedAt: now.toISOString(),
      },
    };
  });
}

/** Dedup key of one alert occurrence: the same fingerprint and start is the same alert, resent. */
export function alertDedupKey(alert: Pick<AlertmanagerAlert, 'fingerprint' | 'startsAt' | 'status'>): string {
  return `am#${alert.fingerprint}#${alert.startsAt}#${alert.status}`;
}
