import { type SyntheticNamespace, syntheticNamespace } from './synthetic-namespaces.ts';

const DAY = 86_400;
const HOUR = 3_600;

/**
 * A week of namespaces that covers every zombie rule: a zombie, one quiet for only 40 hours, a
 * live shop, one with a trickle of requests through Istio only, a young one, one quiet but just deployed, and
 * kube-system. Ends at `startEpochSeconds` + 7 days.
 */
export function zombieWorld(startEpochSeconds: number): SyntheticNamespace[] {
  const minutes = 7 * 1440;
  const end = startEpochSeconds + 7 * DAY;
  const base = { startEpochSeconds, minutes, createdAtEpochSeconds: startEpochSeconds - 30 * DAY };
  return [
    syntheticNamespace({
      ...base,
      namespace: 'legacy-campaign',
      seed: 1,
      ingress: 'nginx',
      quietFromMinute: 0,
      replicaSetsCreatedEpochSeconds: [startEpochSeconds - 20 * DAY],
    }),
    syntheticNamespace({
      ...base,
      namespace: 'quiet-40h',
      seed: 2,
      ingress: 'nginx',
      quietFromMinute: minutes - 40 * 60,
      replicaSetsCreatedEpochSeconds: [startEpochSeconds - 20 * DAY],
    }),
    syntheticNamespace({
      ...base,
      namespace: 'shop',
      seed: 3,
      ingress: 'nginx',
      replicaSetsCreatedEpochSeconds: [startEpochSeconds - 20 * DAY, startEpochSeconds + 3 * DAY],
    }),
    syntheticNamespace({
      ...base,
      namespace: 'mesh-only',
      seed: 4,
      ingress: 'istio',
      // Few requests: its pods' traffic stays under the network threshold, only the requests count.
      peakRequestsPerMinute: 60,
      quietFromMinute: minutes - 30 * 60,
      replicaSetsCreatedEpochSeconds: [startEpochSeconds - 20 * DAY],
    }),
    syntheticNamespace({
      ...base,
      namespace: 'young',
      seed: 5,
      ingress: 'none',
      quietFromMinute: 0,
      // Its pods are bare (no ReplicaSet): only its age keeps it from judgement.
      createdAtEpochSeconds: end - 30 * HOUR,
    }),
    syntheticNamespace({
      ...base,
      namespace: 'just-deployed',
      seed: 6,
      ingress: 'none',
      quietFromMinute: 0,
      replicaSetsCreatedEpochSeconds: [startEpochSeconds - 20 * DAY],
      specChangesEpochSeconds: [end - 10 * HOUR],
    }),
    syntheticNamespace({ ...base, namespace: 'kube-system', seed: 7, ingress: 'none', quietFromMinute: 0 }),
  ];
}
