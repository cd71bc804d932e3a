import type { Condition, KubeObject } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { deepEqual } from '../../util/json.ts';

type Hpa = KubeObject & {
  spec: { scaleTargetRef: { kind: string; name: string }; minReplicas?: number; maxReplicas: number };
  status?: { conditions?: Condition[] };
};

/**
 * The horizontal pod autoscaler without a metrics API (like an EKS cluster without
 * metrics-server): it keeps the target within [minReplicas, maxReplicas] and reports that it
 * cannot read metrics.
 */
export class AutoscalerController {
  readonly #state: ClusterState;

  constructor(state: ClusterState) {
    this.#state = state;
  }

  reconcile(_now: number): number | undefined {
    for (const hpa of this.#state.list<Hpa>('HorizontalPodAutoscaler')) {
      const ref = hpa.spec.scaleTargetRef;
      if (!['Deployment', 'StatefulSet', 'ReplicaSet'].includes(ref.kind)) continue;
      const target = this.#state.get(ref.kind, hpa.metadata.namespace, ref.name);
      if (!target) continue;
      const spec = target.spec as { replicas?: number };
      const current = spec.replicas ?? 1;
      const desired = Math.min(hpa.spec.maxReplicas, Math.max(hpa.spec.minReplicas ?? 1, current));
      if (desired !== current) {
        this.#state.replace(ref.kind, {
          ...target,
          metadata: { ...target.metadata, generation: (target.metadata.generation ?? 1) + 1 },
          spec: { ...spec, replicas: desired },
        });
      }
      const timestamp = this.#state.timestamp();
      const keep = (type: string, next: Omit<Condition, 'type'>): Condition => {
        const old = hpa.status?.conditions?.find((c) => c.type === type);
        return {
          type,
          ...next,
          lastTransitionTime:
            old && old.status === next.status ? (old.lastTransitionTime ?? timestamp) : timestamp,
        } as Condition;
      };
      const status = {
        currentReplicas: current,
        desiredReplicas: desired,
        conditions: [
          keep('AbleToScale', {
            status: 'True',
            reason: 'SucceededGetScale',
            message: "the HPA controller was able to get the target's current scale",
          }),
          keep('ScalingActive', {
            status: 'False',
            reason: 'FailedGetResourceMetric',
            message:
              'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)',
          }),
        ],
      };
      if (!deepEqual(status, hpa.status)) this.#state.replace('HorizontalPodAutoscaler', { ...hpa, status });
    }
    return undefined;
  }
}
