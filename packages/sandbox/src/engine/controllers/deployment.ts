import type { Condition, Deployment, ReplicaSet } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { templateHash } from '../../util/hash.ts';
import { canonicalJson, deepEqual } from '../../util/json.ts';
import type { EventRecorder } from '../events.ts';
import { controllerRef, POD_TEMPLATE_HASH, REVISION, templateKey } from '../pod-template.ts';
import { surgeAndUnavailable } from './rollout.ts';

const DESIRED = 'deployment.kubernetes.io/desired-replicas';
const MAX = 'deployment.kubernetes.io/max-replicas';
const HISTORY = 'deployment.kubernetes.io/revision-history';
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  HISTORY,
  DESIRED,
  MAX,
  'deprecated.deployment.rollback.to',
]);

function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? '0') || 0;
}

const replicasOf = (rs: ReplicaSet) => rs.spec.replicas ?? 0;
const statusOf = (rs: ReplicaSet) =>
  (rs.status ?? {}) as { replicas?: number; readyReplicas?: number; availableReplicas?: number };

/**
 * The deployment controller: one ReplicaSet per pod template (`<name>-<pod-template-hash>`),
 * revision annotations (so `kubectl rollout undo` works), rolling updates that respect maxSurge
 * and maxUnavailable (or Recreate), history cleanup, and status with Available/Progressing
 * conditions including the progress deadline.
 */
export class DeploymentController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  readonly #progress = new Map<string, { marker: string; at: number }>();
  /** What each Deployment looked like when last synced, to skip the ones nothing happened to. */
  readonly #seen = new Map<string, { version: string; sets: number; wake: number | undefined }>();

  /** Template keys by template object: stored objects are never mutated, so identity is enough. */
  readonly #templateKeys = new WeakMap<object, string>();

  #templateKey(template: Deployment['spec']['template']): string {
    let key = this.#templateKeys.get(template);
    if (key === undefined) {
      key = templateKey(template);
      this.#templateKeys.set(template, key);
    }
    return key;
  }

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(now: number): number | undefined {
    let wake: number | undefined;
    const store = this.#state.store;
    for (const deployment of store.iterate('deployments.apps') as Iterable<Deployment>) {
      const uid = deployment.metadata.uid;
      const seen = this.#seen.get(uid);
      const sets = store.indexRevision('replicasets-by-owner', uid);
      const due = seen?.wake !== undefined && seen.wake <= now;
      const next =
        seen && seen.version === deployment.metadata.resourceVersion && seen.sets === sets && !due
          ? seen.wake
          : this.#sync(deployment, now);
      if (!seen || seen.version !== deployment.metadata.resourceVersion || seen.sets !== sets || due) {
        const stored = this.#state.get<Deployment>(
          'Deployment',
          deployment.metadata.namespace,
          deployment.metadata.name,
        );
        if (stored) {
          this.#seen.set(uid, {
            version: stored.metadata.resourceVersion,
            sets: store.indexRevision('replicasets-by-owner', uid),
            wake: next,
          });
        }
      }
      if (next !== undefined) wake = wake === undefined ? next : Math.min(wake, next);
    }
    if (this.#seen.size > 2 * store.count('deployments.apps') + 100) this.#seen.clear();
    return wake;
  }

  #scale(
    d: Deployment,
    rs: ReplicaSet,
    replicas: number,
    annotations: Record<string, string> = {},
  ): ReplicaSet {
    const from = replicasOf(rs);
    const updated = this.#state.replace('ReplicaSet', {
      ...rs,
      metadata: {
        ...rs.metadata,
        annotations: { ...(rs.metadata.annotations ?? {}), ...annotations },
        generation: (rs.metadata.generation ?? 1) + (from === replicas ? 0 : 1),
      },
      spec: { ...rs.spec, replicas },
    });
    if (from !== replicas) {
      this.#events.record(d, {
        reason: 'ScalingReplicaSet',
        message: `Scaled ${replicas > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${replicas}`,
        component: 'deployment-controller',
      });
    }
    return updated;
  }

  #sync(d: Deployment, now: number): number | undefined {
    const all = this.#state.byIndex<ReplicaSet>('replicasets-by-owner', d.metadata.uid);
    all.sort(
      (a, b) =>
        a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
        a.metadata.name.localeCompare(b.metadata.name),
    );
    const key = this.#templateKey(d.spec.template);
    let newRS = all.find((rs) => this.#templateKey(rs.spec.template) === key);
    let old = all.filter((rs) => rs !== newRS);
    const replicas = d.spec.replicas ?? 1;
    const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
    const { maxSurge, maxUnavailable } =
      strategy === 'Recreate'
        ? { maxSurge: 0, maxUnavailable: replicas }
        : surgeAndUnavailable(d.spec.strategy?.rollingUpdate, replicas);
    const maxOldRevision = Math.max(0, ...old.map(revisionOf));
    const copied = Object.fromEntries(
      Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k)),
    );

    if (!d.spec.paused) {
      if (!newRS) {
        newRS = this.#createReplicaSet(d, all, maxOldRevision + 1, replicas, maxSurge, copied, old);
        if (newRS) this.#progress.delete(d.metadata.uid);
      } else if (revisionOf(newRS) <= maxOldRevision) {
        // A rollback to an older template: that ReplicaSet becomes the newest revision.
        const previous = revisionOf(newRS);
        const history = [newRS.metadata.annotations?.[HISTORY], String(previous)].filter(Boolean).join(',');
        newRS = this.#state.replace('ReplicaSet', {
          ...newRS,
          metadata: {
            ...newRS.metadata,
            annotations: {
              ...(newRS.metadata.annotations ?? {}),
              ...copied,
              [REVISION]: String(maxOldRevision + 1),
              [HISTORY]: history,
            },
          },
        });
      }
    }

    if (newRS && d.metadata.annotations?.[REVISION] !== String(revisionOf(newRS))) {
      const fresh = this.#state.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name) ?? d;
      d = this.#state.replace('Deployment', {
        ...fresh,
        metadata: {
          ...fresh.metadata,
          annotations: { ...(fresh.metadata.annotations ?? {}), [REVISION]: String(revisionOf(newRS)) },
        },
      });
    }

    if (!d.spec.paused && newRS) {
      const annotations = { [DESIRED]: String(replicas), [MAX]: String(replicas + maxSurge) };
      if (strategy === 'Recreate') {
        const oldActive = old.filter((rs) => replicasOf(rs) > 0);
        old = old.map((rs) => (replicasOf(rs) > 0 ? this.#scale(d, rs, 0) : rs));
        const oldPods = old.reduce((n, rs) => n + (statusOf(rs).replicas ?? 0), 0);
        if (oldActive.length === 0 && oldPods === 0 && replicasOf(newRS) !== replicas)
          newRS = this.#scale(d, newRS, replicas, annotations);
      } else {
        if (replicasOf(newRS) > replicas) newRS = this.#scale(d, newRS, replicas, annotations);
        const total = [newRS, ...old].reduce((n, rs) => n + replicasOf(rs), 0);
        const maxTotal = replicas + maxSurge;
        if (total < maxTotal) {
          const up = Math.min(maxTotal - total, replicas - replicasOf(newRS));
          if (up > 0) newRS = this.#scale(d, newRS, replicasOf(newRS) + up, annotations);
        }
        old = this.#scaleDownOld(d, newRS, old, replicas, maxUnavailable);
      }
      this.#cleanupHistory(d, old);
    }

    return this.#syncStatus(d, newRS, old, replicas, maxUnavailable, now);
  }

  #createReplicaSet(
    d: Deployment,
    existing: ReplicaSet[],
    revision: number,
    replicas: number,
    maxSurge: number,
    copied: Record<string, string>,
    old: ReplicaSet[],
  ): ReplicaSet | undefined {
    let collisionCount = ((d.status ?? {}) as { collisionCount?: number }).collisionCount ?? 0;
    const canonical = canonicalJson(d.spec.template);
    for (let attempt = 0; attempt < 5; attempt++) {
      const hash = templateHash(canonical, collisionCount);
      const name = `${d.metadata.name}-${hash}`;
      if (
        this.#state.get('ReplicaSet', d.metadata.namespace, name) ||
        existing.some((rs) => rs.metadata.name === name)
      ) {
        collisionCount++;
        continue;
      }
      const template = structuredClone(d.spec.template);
      template.metadata = {
        ...(template.metadata ?? {}),
        labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash },
      };
      const selector = structuredClone(d.spec.selector);
      selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash };
      const oldActive = old.reduce((n, rs) => n + replicasOf(rs), 0);
      const initial =
        oldActive === 0 ? replicas : Math.max(0, Math.min(replicas + maxSurge - oldActive, replicas));
      const rs = this.#state.create<ReplicaSet>('ReplicaSet', {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace: d.metadata.namespace as string,
          labels: { ...(template.metadata.labels ?? {}) },
          annotations: {
            ...copied,
            [REVISION]: String(revision),
            [DESIRED]: String(replicas),
            [MAX]: String(replicas + maxSurge),
          },
          ownerReferences: [controllerRef(d)],
          uid: '',
          resourceVersion: '',
          creationTimestamp: '',
        },
        spec: {
          replicas: initial,
          ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
          selector,
          template,
        },
        status: { replicas: 0 },
      });
      if (initial > 0) {
        this.#events.record(d, {
          reason: 'ScalingReplicaSet',
          message: `Scaled up replica set ${name} from 0 to ${initial}`,
          component: 'deployment-controller',
        });
      }
      if (collisionCount !== (((d.status ?? {}) as { collisionCount?: number }).collisionCount ?? 0)) {
        const fresh = this.#state.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name) ?? d;
        this.#state.replace('Deployment', { ...fresh, status: { ...(fresh.status ?? {}), collisionCount } });
      }
      return rs;
    }
    return undefined;
  }

  #scaleDownOld(
    d: Deployment,
    newRS: ReplicaSet,
    old: ReplicaSet[],
    replicas: number,
    maxUnavailable: number,
  ): ReplicaSet[] {
    if (!old.some((rs) => replicasOf(rs) > 0)) return old;
    const minAvailable = replicas - maxUnavailable;
    const allCount = [newRS, ...old].reduce((n, rs) => n + replicasOf(rs), 0);
    const newUnavailable = replicasOf(newRS) - (statusOf(newRS).availableReplicas ?? 0);
    const maxScaledDown = allCount - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return old;
    let result = [...old];
    // Unhealthy old replicas first: they would otherwise block the rollout.
    let cleaned = 0;
    result = result.map((rs) => {
      if (cleaned >= maxScaledDown) return rs;
      const unhealthy = replicasOf(rs) - (statusOf(rs).availableReplicas ?? 0);
      if (replicasOf(rs) === 0 || unhealthy <= 0) return rs;
      const down = Math.min(maxScaledDown - cleaned, unhealthy);
      cleaned += down;
      return this.#scale(d, rs, replicasOf(rs) - down);
    });
    const available = [newRS, ...result].reduce(
      (n, rs) => n + Math.min(statusOf(rs).availableReplicas ?? 0, replicasOf(rs)),
      0,
    );
    if (available <= minAvailable) return result;
    const totalDown = available - minAvailable;
    let done = 0;
    result = result.map((rs) => {
      if (done >= totalDown || replicasOf(rs) === 0) return rs;
      const down = Math.min(replicasOf(rs), totalDown - done);
      done += down;
      return this.#scale(d, rs, replicasOf(rs) - down);
    });
    return result;
  }

  #cleanupHistory(d: Deployment, old: ReplicaSet[]): void {
    const limit = (d.spec.revisionHistoryLimit as number | undefined) ?? 10;
    const idle = old
      .filter((rs) => replicasOf(rs) === 0 && (statusOf(rs).replicas ?? 0) === 0)
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) {
      this.#state.remove('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
    }
  }

  #syncStatus(
    d: Deployment,
    newRS: ReplicaSet | undefined,
    old: ReplicaSet[],
    replicas: number,
    maxUnavailable: number,
    now: number,
  ): number | undefined {
    const fresh = this.#state.get<Deployment>('Deployment', d.metadata.namespace, d.metadata.name);
    if (!fresh) return undefined;
    const all = [...(newRS ? [newRS] : []), ...old].map(
      (rs) => this.#state.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs,
    );
    const newStatus = newRS ? statusOf(all[0] as ReplicaSet) : {};
    const total = all.reduce((n, rs) => n + (statusOf(rs).replicas ?? 0), 0);
    const ready = all.reduce((n, rs) => n + (statusOf(rs).readyReplicas ?? 0), 0);
    const available = all.reduce((n, rs) => n + (statusOf(rs).availableReplicas ?? 0), 0);
    const updated = newStatus.replicas ?? 0;
    const timestamp = this.#state.timestamp();
    const previous = (fresh.status ?? {}) as { conditions?: Condition[]; collisionCount?: number };
    const rsName = newRS?.metadata.name ?? '';

    const marker = `${rsName}/${updated}/${newStatus.readyReplicas ?? 0}/${newStatus.availableReplicas ?? 0}/${total}`;
    const progress = this.#progress.get(fresh.metadata.uid);
    if (!progress || progress.marker !== marker) this.#progress.set(fresh.metadata.uid, { marker, at: now });
    const lastProgress = this.#progress.get(fresh.metadata.uid)?.at ?? now;
    const deadlineSeconds = (fresh.spec.progressDeadlineSeconds as number | undefined) ?? 600;
    const complete = updated === replicas && total === replicas && available === replicas;
    const deadline = lastProgress + deadlineSeconds * 1000;
    let wake: number | undefined;

    const condition = (next: Condition, bumpUpdate: boolean): Condition => {
      const old = previous.conditions?.find((c) => c.type === next.type);
      const same =
        old && old.status === next.status && old.reason === next.reason && old.message === next.message;
      return {
        ...next,
        lastUpdateTime: same && !bumpUpdate ? (old.lastUpdateTime ?? timestamp) : timestamp,
        lastTransitionTime:
          old && old.status === next.status ? (old.lastTransitionTime ?? timestamp) : timestamp,
      };
    };
    const availableCondition = condition(
      available >= replicas - maxUnavailable
        ? {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
          }
        : {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
          },
      false,
    );
    let progressing: Condition;
    if (fresh.spec.paused) {
      progressing = {
        type: 'Progressing',
        status: 'Unknown',
        reason: 'DeploymentPaused',
        message: 'Deployment is paused',
      };
    } else if (complete) {
      progressing = {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
      };
    } else if (now >= deadline) {
      progressing = {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${rsName}" has timed out progressing.`,
      };
    } else {
      progressing = {
        type: 'Progressing',
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: `ReplicaSet "${rsName}" is progressing.`,
      };
      wake = deadline;
    }
    const oldProgressing = previous.conditions?.find((c) => c.type === 'Progressing');
    const progressed = !progress || progress.marker !== marker;
    const progressingCondition = condition(
      progressing,
      progressed &&
        progressing.reason === 'ReplicaSetUpdated' &&
        oldProgressing?.reason === 'ReplicaSetUpdated',
    );

    const status: Record<string, unknown> = {
      observedGeneration: fresh.metadata.generation ?? 1,
      ...(total ? { replicas: total } : {}),
      ...(updated ? { updatedReplicas: updated } : {}),
      ...(ready ? { readyReplicas: ready } : {}),
      ...(available ? { availableReplicas: available } : {}),
      ...(replicas - available > 0 ? { unavailableReplicas: replicas - available } : {}),
      conditions: [availableCondition, progressingCondition],
      ...(previous.collisionCount ? { collisionCount: previous.collisionCount } : {}),
    };
    const comparable = (s: unknown) =>
      JSON.parse(
        JSON.stringify(s ?? {}, (k, v) =>
          k === 'lastUpdateTime' || k === 'lastTransitionTime' ? undefined : v,
        ),
      );
    const conditionsTimesChanged = !deepEqual(
      (previous.conditions ?? []).map((c) => [c.type, c.lastUpdateTime, c.lastTransitionTime]),
      (status.conditions as Condition[]).map((c) => [c.type, c.lastUpdateTime, c.lastTransitionTime]),
    );
    if (!deepEqual(comparable(status), comparable(fresh.status)) || (conditionsTimesChanged && progressed)) {
      this.#state.replace('Deployment', { ...fresh, status });
    }
    return wake;
  }
}
