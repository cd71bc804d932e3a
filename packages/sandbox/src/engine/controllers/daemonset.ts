import { applyDefaults } from '../../resources/defaults.ts';
import type { KubeObject, Node, Pod, PodTemplateSpec, Toleration } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import { templateHash } from '../../util/hash.ts';
import { canonicalJson } from '../../util/json.ts';
import type { EventRecorder } from '../events.ts';
import { isPodActive, isPodReady, podFromTemplate } from '../pod-template.ts';

type DaemonSet = KubeObject & { spec: { template: PodTemplateSpec } };

/** Tolerations the DaemonSet controller adds to every daemon pod. */
const DAEMON_TOLERATIONS: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

const REVISION_LABEL = 'controller-revision-hash';

/** One daemon pod per matching node, bound directly; outdated pods replaced one at a time. */
export class DaemonSetController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(_now: number): number | undefined {
    const nodes = this.#state.list<Node>('Node');
    for (const ds of this.#state.list<DaemonSet>('DaemonSet')) this.#sync(ds, nodes);
    return undefined;
  }

  #sync(ds: DaemonSet, nodes: Node[]): void {
    const hash = templateHash(canonicalJson(ds.spec.template)).slice(0, 10);
    const selector = ds.spec.template.spec.nodeSelector ?? {};
    const eligible = nodes.filter((n) =>
      Object.entries(selector).every(([k, v]) => n.metadata.labels?.[k] === v),
    );
    const owned = this.#state.byIndex<Pod>('pods-by-owner', ds.metadata.uid).filter(isPodActive);
    const byNode = new Map<string, Pod>();
    for (const pod of owned) if (pod.spec.nodeName) byNode.set(pod.spec.nodeName, pod);
    for (const node of eligible) {
      if (byNode.has(node.metadata.name)) continue;
      const pod = podFromTemplate(ds.spec.template, ds, {
        labels: { [REVISION_LABEL]: hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) },
        nodeName: node.metadata.name,
        extraSpec: {
          tolerations: [...(ds.spec.template.spec.tolerations ?? []), ...DAEMON_TOLERATIONS],
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  { matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.metadata.name] }] },
                ],
              },
            },
          },
        },
      });
      const created = this.#state.create('Pod', applyDefaults('Pod', pod, { serviceIp: () => '' })) as Pod;
      const conditions = [
        {
          type: 'PodScheduled',
          status: 'True' as const,
          lastProbeTime: null,
          lastTransitionTime: this.#state.timestamp(),
        },
      ];
      byNode.set(
        node.metadata.name,
        this.#state.replace('Pod', { ...created, status: { ...created.status, conditions } }),
      );
      this.#events.record(ds, {
        reason: 'SuccessfulCreate',
        message: `Created pod: ${created.metadata.name}`,
        component: 'daemonset-controller',
      });
    }
    const pods = [...byNode.values()];
    const outdated = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] !== hash);
    if (
      outdated.length > 0 &&
      pods.every((p) => isPodReady(p) || p.metadata.labels?.[REVISION_LABEL] !== hash)
    ) {
      const victim = outdated.sort((a, b) =>
        (a.spec.nodeName ?? '').localeCompare(b.spec.nodeName ?? ''),
      )[0] as Pod;
      this.#state.remove('Pod', victim.metadata.namespace, victim.metadata.name);
      this.#events.record(ds, {
        reason: 'SuccessfulDelete',
        message: `Deleted pod: ${victim.metadata.name}`,
        component: 'daemonset-controller',
      });
    }
    const ready = pods.filter(isPodReady).length;
    const updated = pods.filter((p) => p.metadata.labels?.[REVISION_LABEL] === hash).length;
    const status = {
      currentNumberScheduled: pods.length,
      desiredNumberScheduled: eligible.length,
      numberMisscheduled: 0,
      numberReady: ready,
      numberAvailable: ready,
      numberUnavailable: Math.max(0, eligible.length - ready),
      updatedNumberScheduled: updated,
      observedGeneration: ds.metadata.generation ?? 1,
    };
    const current = (ds.status ?? {}) as Record<string, unknown>;
    if (Object.entries(status).some(([k, v]) => (current[k] ?? 0) !== v)) {
      const fresh = this.#state.get('DaemonSet', ds.metadata.namespace, ds.metadata.name) ?? ds;
      const body: Record<string, number> = { ...status };
      if (!body.numberUnavailable) delete body.numberUnavailable;
      if (!body.numberAvailable) delete body.numberAvailable;
      this.#state.replace('DaemonSet', { ...fresh, status: body });
    }
  }
}
