import { healthyProfile, namespace, service, statefulSet } from './builders.ts';
import type { Manifest, ScenarioDefinitionInput } from './types.ts';

const LEDGER = 'registry.local/payments/ledger-store:4.1.2';

/** The ledger's volume: its size, how full it was when the writer started, how fast it fills. */
export const VOLUME_FILLING = { capacityGi: 20, initialMi: 15_360, miPerHour: 640 } as const;

/** The StatefulSet with a `data` claim template of the ledger's size. */
function withClaimTemplate(sts: Manifest): Manifest {
  const claim = {
    metadata: { name: 'data' },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'gp3',
      resources: { requests: { storage: `${VOLUME_FILLING.capacityGi}Gi` } },
    },
  };
  return { ...sts, spec: { ...(sts.spec as Record<string, unknown>), volumeClaimTemplates: [claim] } };
}

/**
 * payments/ledger-store, a StatefulSet whose write-ahead log and segments land on a 20Gi
 * PersistentVolumeClaim: it writes ~640Mi an hour and compaction is off, so the volume fills
 * (about 5½ sandbox hours after start). No catalog action resizes a PVC: the agent warns.
 */
export const volumeFilling: ScenarioDefinitionInput = {
  name: 'volume-filling',
  description:
    'payments/ledger-store (a StatefulSet) writes ~640Mi/h to its 20Gi PersistentVolumeClaim data-ledger-store-0 with segment compaction off: the volume is ~83% full at start and full about 5½ sandbox hours later.',
  namespace: 'payments',
  workload: 'ledger-store',
  kind: 'StatefulSet',
  expectedFix:
    'Nothing the agent may do itself (no catalog action resizes a volume): a warning with the forecast (time to full, fill rate) so that a human expands the PVC or turns compaction back on.',
  historyMinutes: 150,
  objects: [
    namespace('payments', { team: 'payments' }),
    withClaimTemplate(
      statefulSet({
        name: 'ledger-store',
        namespace: 'payments',
        image: LEDGER,
        serviceName: 'ledger-store',
        replicas: 1,
        env: [{ name: 'LEDGER_COMPACTION', value: 'off' }],
        requests: { cpu: '250m', memory: '512Mi' },
        limits: { memory: '1Gi' },
        volumeMounts: [{ name: 'data', mountPath: '/var/lib/ledger' }],
      }),
    ),
    service('ledger-store', 'payments'),
  ],
  profiles: [
    {
      ...healthyProfile(LEDGER, 'ledger-store', { memoryUsageMi: 420 }),
      diskWrite: { initialMi: VOLUME_FILLING.initialMi, miPerHour: VOLUME_FILLING.miPerHour },
    },
  ],
};
