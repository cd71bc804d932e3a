import type { Pod } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';

const OWNER_KINDS = [
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'Node',
  'Service',
];
const DEPENDENT_KINDS = ['ReplicaSet', 'Pod', 'Job', 'ControllerRevision', 'Endpoints'];

/**
 * Deletes dependents whose owners are all gone (background cascading deletion), and, like the pod
 * garbage collector, pods bound to a node that no longer exists (a terminated instance).
 */
export class GarbageCollector {
  readonly #state: ClusterState;
  #seenDeletions = -1;

  constructor(state: ClusterState) {
    this.#state = state;
  }

  reconcile(_now: number): number | undefined {
    // Dependents are orphaned only by deletions.
    if (this.#state.store.deletions === this.#seenDeletions) return undefined;
    this.#seenDeletions = this.#state.store.deletions;
    const alive = new Set<string>();
    for (const kind of OWNER_KINDS) for (const o of this.#state.list(kind)) alive.add(o.metadata.uid);
    // Deleting a ReplicaSet orphans its pods in the same pass: repeat until stable.
    for (let pass = 0; pass < 3; pass++) {
      let deleted = 0;
      for (const kind of DEPENDENT_KINDS) {
        for (const object of this.#state.list(kind)) {
          const refs = object.metadata.ownerReferences;
          if (!refs || refs.length === 0 || refs.some((r) => alive.has(r.uid))) continue;
          this.#state.remove(kind, object.metadata.namespace, object.metadata.name);
          alive.delete(object.metadata.uid);
          deleted++;
        }
      }
      if (deleted === 0) break;
    }
    const nodes = new Set(this.#state.list('Node').map((n) => n.metadata.name));
    for (const pod of this.#state.list<Pod>('Pod')) {
      const node = pod.spec.nodeName;
      if (node && !nodes.has(node)) this.#state.remove('Pod', pod.metadata.namespace, pod.metadata.name);
    }
    return undefined;
  }
}
