import type { Config } from '@sre-agent/core';
import type { ClusterReader, HorizontalPodAutoscaler } from '@sre-agent/kube';
import { type LiveObject, objectName, SLEEP_OPT_OUT_ANNOTATION } from './live-objects.ts';

/** Namespaces of the cluster itself: never put to sleep, whatever the config says. */
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease'];

/** Why a whole namespace may not sleep, or `undefined` when it may. */
export async function namespaceRefusal(
  reader: ClusterReader,
  namespace: string,
  config: Config,
): Promise<string | undefined> {
  if (SYSTEM_NAMESPACES.includes(namespace) || namespace.startsWith('kube-')) {
    return `${namespace} is a system namespace: it never sleeps`;
  }
  if (config.policy.denyNamespaces.includes(namespace)) {
    return `namespace ${namespace} is denylisted: the agent never changes it`;
  }
  if (config.cost.sleep.excludeNamespaces.includes(namespace)) {
    return `namespace ${namespace} is in cost.sleep.excludeNamespaces`;
  }
  const found = (await reader.listNamespaces()).find((n) => n.metadata?.name === namespace);
  if (!found) return `namespace ${namespace} does not exist`;
  if (found.metadata?.annotations?.[SLEEP_OPT_OUT_ANNOTATION] === 'never') {
    return `namespace ${namespace} opted out (${SLEEP_OPT_OUT_ANNOTATION}: never)`;
  }
  return undefined;
}

const ARGO_PREFIX = 'argocd.argoproj.io/';
const FLUX_KEYS = ['kustomize.toolkit.fluxcd.io/name', 'helm.toolkit.fluxcd.io/name'];

/**
 * The GitOps controller that manages an object, from the marks it leaves: Argo CD's tracking label
 * (`argocd.argoproj.io/instance`) or annotation (`argocd.argoproj.io/tracking-id`, and any other
 * `argocd.argoproj.io/` key), Flux's `kustomize.toolkit.fluxcd.io/name` and
 * `helm.toolkit.fluxcd.io/name` labels. `app.kubernetes.io/instance` alone is Helm's too, so it
 * counts only beside an Argo CD key.
 */
export function gitOpsManager(object: Pick<LiveObject, 'labels' | 'annotations'>): string | undefined {
  const keys = [...Object.keys(object.labels), ...Object.keys(object.annotations)];
  const argo = keys.find((k) => k.startsWith(ARGO_PREFIX));
  if (argo) {
    const app = object.labels[`${ARGO_PREFIX}instance`] ?? object.labels['app.kubernetes.io/instance'];
    return `Argo CD${app ? ` (application ${app})` : ''}`;
  }
  for (const key of FLUX_KEYS) {
    const name = object.labels[key];
    if (name) return `Flux (${key.startsWith('helm') ? 'HelmRelease' : 'Kustomization'} ${name})`;
  }
  return undefined;
}

/** Whether an HPA was made by KEDA for a ScaledObject, and which. */
export function kedaScaledObject(hpa: HorizontalPodAutoscaler): string | undefined {
  const labels = hpa.metadata?.labels ?? {};
  const name = hpa.metadata?.name ?? '';
  const scaledObject = labels['scaledobject.keda.sh/name'];
  if (scaledObject) return scaledObject;
  if (name.startsWith('keda-hpa-')) return name.slice('keda-hpa-'.length);
  if (labels['app.kubernetes.io/managed-by'] === 'keda-operator') return name;
  return undefined;
}

/** One object sleep will change, with what it was when decided (re-checked before the write). */
export type PlannedSleep = {
  kind: LiveObject['kind'];
  name: string;
  uid: string;
  generation: number;
  replicas?: number | undefined;
  /** A note for the report (an HPA that idles while the workload sleeps). */
  note?: string | undefined;
};
export type Skipped = { kind: string; name: string; reason: string };

/**
 * Which objects of a namespace sleep and why the others stay awake:
 * - `sre-agent.io/sleep: never` on the object: opted out;
 * - already at 0 replicas or suspended: nothing to do (and nothing recorded, so wake leaves it so);
 * - created less than `cost.sleep.graceHours` ago: a new workload is given time to be used;
 * - managed by Argo CD or Flux: the controller would scale it back up on its next sync, so it is
 *   skipped unless `cost.sleep.gitOpsManaged: sleep` says its sync leaves replicas alone;
 * - scaled by KEDA: KEDA activates a ScaledObject from 0 by itself, so scaling to 0 would be
 *   undone; skipped with the way to do it (`autoscaling.keda.sh/paused-replicas: "0"`);
 * - scaled by an HPA with `minReplicas: 0` (HPAScaleToZero): it could scale it up again; skipped.
 *   An HPA with `minReplicas` ≥ 1 does nothing while its target has 0 replicas (Kubernetes
 *   disables it), and resumes once wake restores the replicas: that workload sleeps, with a note.
 */
export function planSleep(
  objects: readonly LiveObject[],
  hpas: readonly HorizontalPodAutoscaler[],
  options: { now: Date; graceHours: number; gitOpsManaged: 'skip' | 'sleep' },
): { planned: PlannedSleep[]; skipped: Skipped[] } {
  const planned: PlannedSleep[] = [];
  const skipped: Skipped[] = [];
  const skip = (o: LiveObject, reason: string) => skipped.push({ kind: o.kind, name: o.name, reason });
  for (const o of objects) {
    if (o.annotations[SLEEP_OPT_OUT_ANNOTATION] === 'never') {
      skip(o, `opted out (${SLEEP_OPT_OUT_ANNOTATION}: never)`);
      continue;
    }
    if (o.kind === 'CronJob' ? o.suspend === true : o.replicas === 0) {
      skip(o, o.kind === 'CronJob' ? 'already suspended' : 'already at 0 replicas');
      continue;
    }
    const ageHours = o.createdAt ? (options.now.getTime() - o.createdAt.getTime()) / 3_600_000 : undefined;
    if (ageHours !== undefined && ageHours < options.graceHours) {
      skip(o, `created ${Math.max(0, Math.floor(ageHours))} h ago (grace period ${options.graceHours} h)`);
      continue;
    }
    const manager = gitOpsManager(o);
    if (manager && options.gitOpsManaged === 'skip') {
      skip(
        o,
        `managed by ${manager}: its sync would scale it back up (cost.sleep.gitOpsManaged: sleep allows it)`,
      );
      continue;
    }
    const hpa = o.kind === 'CronJob' ? undefined : hpas.find((h) => targets(h, o));
    const keda = hpa ? kedaScaledObject(hpa) : undefined;
    if (keda) {
      skip(
        o,
        `scaled by KEDA ScaledObject ${keda}, which would activate it again; pause the ScaledObject with autoscaling.keda.sh/paused-replicas: "0" instead`,
      );
      continue;
    }
    if (hpa && (hpa.spec?.minReplicas ?? 1) === 0) {
      skip(o, `HPA ${hpa.metadata?.name} has minReplicas 0 and could scale it up again`);
      continue;
    }
    planned.push({
      kind: o.kind,
      name: o.name,
      uid: o.uid,
      generation: o.generation,
      ...(o.kind === 'CronJob' ? {} : { replicas: o.replicas }),
      ...(hpa
        ? {
            note: `HPA ${hpa.metadata?.name} idles while ${objectName(o)} has 0 replicas and resumes after wake`,
          }
        : {}),
    });
  }
  return { planned, skipped };
}

function targets(hpa: HorizontalPodAutoscaler, o: LiveObject): boolean {
  const ref = hpa.spec?.scaleTargetRef;
  return ref?.kind === o.kind && ref.name === o.name;
}
