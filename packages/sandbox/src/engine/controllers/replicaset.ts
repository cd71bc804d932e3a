import { applyDefaults } from '../../resources/defaults.ts';
import type { Pod, ReplicaSet } from '../../resources/types.ts';
import { fromLabelSelectorSpec, matchesLabels } from '../../selectors/label-selector.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import type { EventRecorder } from '../events.ts';
import { isPodActive, isPodAvailable, isPodReady, podFromTemplate } from '../pod-template.ts';

const BURST = 500;

/** Pods in the order the ReplicaSet controller deletes them: unscheduled, pending, not ready, restarting, newest first. */
export function deletionRank(a: Pod, b: Pod): number {
  const scheduled = (p: Pod) => (p.spec.nodeName ? 1 : 0);
  const phase = (p: Pod) => (p.status?.phase === 'Pending' ? 0 : p.status?.phase === 'Running' ? 2 : 1);
  const ready = (p: Pod) => (isPodReady(p) ? 1 : 0);
  const restarts = (p: Pod) => (p.status?.containerStatuses ?? []).reduce((n, s) => n + s.restartCount, 0);
  return (
    scheduled(a) - scheduled(b) ||
    phase(a) - phase(b) ||
    ready(a) - ready(b) ||
    restarts(b) - restarts(a) ||
    b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp) ||
    a.metadata.name.localeCompare(b.metadata.name)
  );
}

/** Keeps each ReplicaSet's number of pods at `spec.replicas`, and reports its status. */
export class ReplicaSetController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;
  /** What each ReplicaSet looked like when last synced, to skip the ones nothing happened to. */
  readonly #seen = new Map<string, { version: string; pods: number; wake: number | undefined }>();

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(now: number): number | undefined {
    let wake: number | undefined;
    for (const rs of this.#state.store.iterate('replicasets.apps') as Iterable<ReplicaSet>) {
      if (rs.metadata.deletionTimestamp) continue;
      const seen = this.#seen.get(rs.metadata.uid);
      const podsRevision = this.#state.store.indexRevision('pods-by-owner', rs.metadata.uid);
      if (
        seen &&
        seen.version === rs.metadata.resourceVersion &&
        seen.pods === podsRevision &&
        (seen.wake === undefined || seen.wake > now)
      ) {
        if (seen.wake !== undefined) wake = wake === undefined ? seen.wake : Math.min(wake, seen.wake);
        continue;
      }
      const before = wake;
      wake = undefined;
      const pods = this.#release(rs, this.#state.byIndex<Pod>('pods-by-owner', rs.metadata.uid)).filter(
        isPodActive,
      );
      const desired = rs.spec.replicas ?? 1;
      if (pods.length < desired) {
        for (let i = 0; i < Math.min(desired - pods.length, BURST); i++) {
          const pod = applyDefaults('Pod', podFromTemplate(rs.spec.template, rs, {}), {
            serviceIp: () => '',
          }) as Pod;
          const created = this.#state.create('Pod', pod);
          pods.push(created);
          this.#events.record(rs, {
            reason: 'SuccessfulCreate',
            message: `Created pod: ${created.metadata.name}`,
            component: 'replicaset-controller',
          });
        }
      } else if (pods.length > desired) {
        const victims = [...pods].sort(deletionRank).slice(0, pods.length - desired);
        for (const victim of victims) {
          this.#state.remove('Pod', victim.metadata.namespace, victim.metadata.name);
          pods.splice(pods.indexOf(victim), 1);
          this.#events.record(rs, {
            reason: 'SuccessfulDelete',
            message: `Deleted pod: ${victim.metadata.name}`,
            component: 'replicaset-controller',
          });
        }
      }
      const minReady = (rs.spec.minReadySeconds as number | undefined) ?? 0;
      const ready = pods.filter(isPodReady).length;
      const available = pods.filter((p) => isPodAvailable(p, minReady, now)).length;
      if (ready > available) {
        for (const pod of pods) {
          const since = pod.status?.conditions?.find(
            (c) => c.type === 'Ready' && c.status === 'True',
          )?.lastTransitionTime;
          if (since) {
            const at = Date.parse(since) + minReady * 1000;
            if (at > now) wake = wake === undefined ? at : Math.min(wake, at);
          }
        }
      }
      const status = {
        replicas: pods.length,
        fullyLabeledReplicas: pods.length,
        readyReplicas: ready,
        availableReplicas: available,
        observedGeneration: rs.metadata.generation ?? 1,
      };
      const current = (rs.status ?? {}) as Record<string, number | undefined>;
      const changed = (Object.keys(status) as (keyof typeof status)[]).some(
        (k) => (current[k] ?? 0) !== status[k],
      );
      if (changed) {
        const fresh =
          this.#state.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs;
        const body: Record<string, unknown> = { ...status };
        if (!status.readyReplicas) delete body.readyReplicas;
        if (!status.availableReplicas) delete body.availableReplicas;
        this.#state.replace('ReplicaSet', { ...fresh, status: { ...body, replicas: status.replicas } });
      }
      const stored = this.#state.get<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? rs;
      this.#seen.set(rs.metadata.uid, {
        version: stored.metadata.resourceVersion,
        pods: this.#state.store.indexRevision('pods-by-owner', rs.metadata.uid),
        wake,
      });
      wake = before === undefined ? wake : wake === undefined ? before : Math.min(before, wake);
    }
    if (this.#seen.size > 2 * this.#state.store.count('replicasets.apps') + 100) this.#seen.clear();
    return wake;
  }

  /**
   * Releases owned pods whose labels no longer match the selector, as the real controller does
   * (`ClaimPods`): their owner reference goes, they live on as bare pods, and the ReplicaSet counts
   * (and replaces) them no more. How a pod is taken out of its controller for forensics.
   */
  #release(rs: ReplicaSet, owned: Pod[]): Pod[] {
    const selector = fromLabelSelectorSpec(rs.spec.selector as Parameters<typeof fromLabelSelectorSpec>[0]);
    const kept: Pod[] = [];
    for (const pod of owned) {
      if (matchesLabels(selector, pod.metadata.labels)) {
        kept.push(pod);
        continue;
      }
      const ownerReferences = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== rs.metadata.uid);
      const { ownerReferences: _dropped, ...metadata } = pod.metadata;
      this.#state.replace('Pod', {
        ...pod,
        metadata: ownerReferences.length > 0 ? { ...metadata, ownerReferences } : metadata,
      });
    }
    return kept;
  }
}
