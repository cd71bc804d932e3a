import type { KubeObject, OwnerReference, Pod, PodTemplateSpec } from '../resources/types.ts';
import { canonicalJson } from '../util/json.ts';

export const POD_TEMPLATE_HASH = 'pod-template-hash';
export const REVISION = 'deployment.kubernetes.io/revision';

/** A controller owner reference to `owner`, as controllers set it on what they create. */
export function controllerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** The uid of the object's controller, if any. */
export function controllerUid(object: KubeObject): string | undefined {
  return object.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}

/** A template's identity, ignoring the `pod-template-hash` label (kubectl's `EqualIgnoreHash`). */
export function templateKey(template: PodTemplateSpec | undefined): string {
  if (!template) return '';
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH];
  const metadata = { ...(template.metadata ?? {}), labels };
  return canonicalJson({ ...template, metadata });
}

export function isTerminating(pod: KubeObject): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

export function isPodTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Counts toward a controller's replicas: not terminating, not finished. */
export function isPodActive(pod: Pod): boolean {
  return !isTerminating(pod) && !isPodTerminal(pod);
}

export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Ready for at least `minReadySeconds`. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  if (minReadySeconds <= 0) return true;
  const since = ready.lastTransitionTime ? Date.parse(ready.lastTransitionTime) : 0;
  return now - since >= minReadySeconds * 1000;
}

/** A new pod (not yet stored) from a template, owned by `owner`. */
export function podFromTemplate(
  template: PodTemplateSpec,
  owner: KubeObject,
  options: {
    name?: string;
    generateName?: string;
    labels?: Record<string, string>;
    nodeName?: string;
    extraSpec?: Record<string, unknown>;
  },
): Pod {
  const metadata = template.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(options.name
        ? { name: options.name }
        : { name: '', generateName: options.generateName ?? `${owner.metadata.name}-` }),
      namespace: owner.metadata.namespace as string,
      labels: { ...(metadata.labels ?? {}), ...(options.labels ?? {}) },
      ...(metadata.annotations ? { annotations: { ...metadata.annotations } } : {}),
      ownerReferences: [controllerRef(owner)],
      uid: '',
      resourceVersion: '',
      creationTimestamp: '',
    },
    spec: {
      // Shared, not copied: stored objects are never mutated.
      ...template.spec,
      ...(options.nodeName ? { nodeName: options.nodeName } : {}),
      ...(options.extraSpec ?? {}),
    },
  };
}
