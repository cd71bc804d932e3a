import { applyDefaults } from '../../resources/defaults.ts';
import type { KubeObject, Pod, PodTemplateSpec } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { templateHash } from '../../util/hash.ts';
import { canonicalJson } from '../../util/json.ts';
import type { EventRecorder } from '../events.ts';
import { isPodActive, isPodReady, podFromTemplate } from '../pod-template.ts';

type ClaimTemplate = {
  metadata: { name: string; labels?: Record<string, string> };
  spec?: {
    accessModes?: string[];
    storageClassName?: string;
    resources?: { requests?: { storage?: string } };
  };
};

type StatefulSet = KubeObject & {
  spec: {
    replicas?: number;
    serviceName?: string;
    template: PodTemplateSpec;
    podManagementPolicy?: string;
    volumeClaimTemplates?: ClaimTemplate[];
  };
};

const REVISION_LABEL = 'controller-revision-hash';

/**
 * The StatefulSet controller, simply: pods `<name>-0..N-1` created in order (each waits for the
 * previous to be Running and Ready under OrderedReady), removed from the highest ordinal, and
 * rolling template updates from the highest ordinal one pod at a time.
 */
export class StatefulSetController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(_now: number): number | undefined {
    for (const sts of this.#state.list<StatefulSet>('StatefulSet')) this.#sync(sts);
    return undefined;
  }

  /**
   * The pod's volumes with one claim per volumeClaimTemplate (`<template>-<pod>`), created (and
   * bound at once, as a dynamic provisioner would) when missing; claims outlive their pods.
   */
  #claimVolumes(sts: StatefulSet, podName: string): { volumes?: unknown[] } {
    const templates = sts.spec.volumeClaimTemplates ?? [];
    if (templates.length === 0) return {};
    const namespace = sts.metadata.namespace;
    const volumes = templates.map((t) => {
      const claimName = `${t.metadata.name}-${podName}`;
      if (!this.#state.get('PersistentVolumeClaim', namespace, claimName)) {
        const storage = t.spec?.resources?.requests?.storage ?? '1Gi';
        this.#state.create('PersistentVolumeClaim', {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: {
            name: claimName,
            namespace,
            labels: { ...(sts.spec.template.metadata?.labels ?? {}), ...(t.metadata.labels ?? {}) },
          },
          spec: {
            accessModes: t.spec?.accessModes ?? ['ReadWriteOnce'],
            storageClassName: t.spec?.storageClassName ?? 'gp3',
            resources: { requests: { storage } },
            volumeName: `pvc-${this.#state.random.hex(8)}`,
          },
          status: {
            phase: 'Bound',
            accessModes: t.spec?.accessModes ?? ['ReadWriteOnce'],
            capacity: { storage },
          },
        } as KubeObject);
      }
      return { name: t.metadata.name, persistentVolumeClaim: { claimName } };
    });
    return { volumes: [...(sts.spec.template.spec.volumes ?? []), ...volumes] };
  }

  #sync(sts: StatefulSet): void {
    const name = sts.metadata.name;
    const namespace = sts.metadata.namespace;
    const replicas = sts.spec.replicas ?? 1;
    const revision = `${name}-${templateHash(canonicalJson(sts.spec.template))}`;
    const ordered = (sts.spec.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
    const owned = this.#state.byIndex<Pod>('pods-by-owner', sts.metadata.uid);
    const byOrdinal = new Map<number, Pod>();
    for (const pod of owned) {
      const ordinal = Number(pod.metadata.name.slice(name.length + 1));
      if (Number.isInteger(ordinal)) byOrdinal.set(ordinal, pod);
    }
    let blocked = false;
    for (let i = 0; i < replicas; i++) {
      const pod = byOrdinal.get(i);
      if (!pod) {
        if (blocked) break;
        const podName = `${name}-${i}`;
        const created = this.#state.create(
          'Pod',
          applyDefaults(
            'Pod',
            podFromTemplate(sts.spec.template, sts, {
              name: podName,
              labels: {
                [REVISION_LABEL]: revision,
                'statefulset.kubernetes.io/pod-name': podName,
                'apps.kubernetes.io/pod-index': String(i),
              },
              extraSpec: {
                hostname: podName,
                ...(sts.spec.serviceName ? { subdomain: sts.spec.serviceName } : {}),
                ...this.#claimVolumes(sts, podName),
              },
            }),
            { serviceIp: () => '' },
          ),
        );
        byOrdinal.set(i, created as Pod);
        this.#events.record(sts, {
          reason: 'SuccessfulCreate',
          message: `create Pod ${podName} in StatefulSet ${name} successful`,
          component: 'statefulset-controller',
        });
        if (ordered) blocked = true;
        continue;
      }
      if (ordered && !(pod.status?.phase === 'Running' && isPodReady(pod))) blocked = true;
    }
    for (const [ordinal, pod] of [...byOrdinal].sort(([a], [b]) => b - a)) {
      if (ordinal < replicas) continue;
      this.#state.remove('Pod', namespace, pod.metadata.name);
      byOrdinal.delete(ordinal);
      this.#events.record(sts, {
        reason: 'SuccessfulDelete',
        message: `delete Pod ${pod.metadata.name} in StatefulSet ${name} successful`,
        component: 'statefulset-controller',
      });
    }
    const pods = [...byOrdinal.values()].filter(isPodActive);
    const allReady = pods.length === replicas && pods.every((p) => isPodReady(p));
    if (allReady) {
      const outdated = [...byOrdinal]
        .sort(([a], [b]) => b - a)
        .find(([, p]) => p.metadata.labels?.[REVISION_LABEL] !== revision);
      if (outdated) {
        this.#state.remove('Pod', namespace, outdated[1].metadata.name);
        this.#events.record(sts, {
          reason: 'SuccessfulDelete',
          message: `delete Pod ${outdated[1].metadata.name} in StatefulSet ${name} successful`,
          component: 'statefulset-controller',
        });
      }
    }
    const ready = pods.filter(isPodReady).length;
    const updated = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision).length;
    const status = {
      observedGeneration: sts.metadata.generation ?? 1,
      replicas: pods.length,
      readyReplicas: ready,
      currentReplicas: updated,
      updatedReplicas: updated,
      availableReplicas: ready,
      currentRevision: revision,
      updateRevision: revision,
      collisionCount: 0,
    };
    const current = (sts.status ?? {}) as Record<string, unknown>;
    if (Object.entries(status).some(([k, v]) => (current[k] ?? 0) !== v)) {
      const fresh = this.#state.get('StatefulSet', namespace, name) ?? sts;
      this.#state.replace('StatefulSet', { ...fresh, status });
    }
  }
}
