import type { Condition, KubeObject, LabelSelectorSpec, Pod } from '../../resources/types.ts';
import { fromLabelSelectorSpec, matchesLabels } from '../../selectors/label-selector.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { deepEqual } from '../../util/json.ts';
import { isPodActive, isPodReady } from '../pod-template.ts';
import { scaledValue } from './rollout.ts';

type Budget = KubeObject & {
  spec: { selector?: LabelSelectorSpec; minAvailable?: number | string; maxUnavailable?: number | string };
  status?: { conditions?: Condition[]; disruptedPods?: Record<string, string> };
};

/** Keeps PodDisruptionBudget status (healthy, desired, allowed disruptions) current, as the disruption controller does. */
export class DisruptionController {
  readonly #state: ClusterState;

  constructor(state: ClusterState) {
    this.#state = state;
  }

  reconcile(_now: number): number | undefined {
    for (const pdb of this.#state.list<Budget>('PodDisruptionBudget')) {
      const selector = fromLabelSelectorSpec(pdb.spec.selector);
      const pods = this.#state
        .list<Pod>('Pod', pdb.metadata.namespace)
        .filter(
          (p) =>
            isPodActive(p) && pdb.spec.selector !== undefined && matchesLabels(selector, p.metadata.labels),
        );
      const healthy = pods.filter(isPodReady).length;
      const expected = this.#expectedPods(pods);
      let desired: number;
      if (pdb.spec.maxUnavailable !== undefined) {
        desired = Math.max(0, expected - scaledValue(pdb.spec.maxUnavailable, expected, true, '0'));
      } else if (typeof pdb.spec.minAvailable === 'string') {
        desired = scaledValue(pdb.spec.minAvailable, expected, true, '0');
      } else {
        desired = pdb.spec.minAvailable ?? 0;
      }
      const allowed = Math.max(0, healthy - desired);
      const existing = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
      const conditionStatus = allowed > 0 ? 'True' : 'False';
      const condition: Condition = {
        type: 'DisruptionAllowed',
        status: conditionStatus,
        reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
        message: '',
        observedGeneration: pdb.metadata.generation ?? 1,
        lastTransitionTime:
          existing?.status === conditionStatus ? existing.lastTransitionTime : this.#state.timestamp(),
      };
      const status = {
        observedGeneration: pdb.metadata.generation ?? 1,
        disruptionsAllowed: allowed,
        currentHealthy: healthy,
        desiredHealthy: desired,
        expectedPods: expected,
        conditions: [condition],
      };
      if (!deepEqual(status, pdb.status)) this.#state.replace('PodDisruptionBudget', { ...pdb, status });
    }
    return undefined;
  }

  /** The scale of the pods' controllers (their desired replicas), or the pod count. */
  #expectedPods(pods: Pod[]): number {
    const owners = new Map<string, number>();
    let unowned = 0;
    for (const pod of pods) {
      const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
      if (!ref) {
        unowned++;
        continue;
      }
      if (owners.has(ref.uid)) continue;
      const kind = ref.kind === 'ReplicaSet' || ref.kind === 'StatefulSet' ? ref.kind : undefined;
      const owner = kind ? this.#state.get(kind, pod.metadata.namespace, ref.name) : undefined;
      owners.set(ref.uid, (owner?.spec as { replicas?: number } | undefined)?.replicas ?? 1);
    }
    return unowned + [...owners.values()].reduce((a, b) => a + b, 0);
  }
}
