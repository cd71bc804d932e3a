import { deployment, healthyProfile, httpProbe, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const INVENTORY = 'registry.local/inventory/inventory-api:6.1.3';
const RESERVATIONS = 'registry.local/inventory/reservations-worker:2.8.0';

/** Minutes after its pod starts that inventory-api deadlocks. */
export const DEADLOCK_AFTER_MINUTES = 30;

export const livenessProbeFailure: ScenarioDefinitionInput = {
  name: 'liveness-probe-failure',
  description: `inventory/inventory-api deadlocks ${DEADLOCK_AFTER_MINUTES} minutes after its pod starts (a stock-sync thread and a request thread take two locks in opposite order, and a stale lock file in the pod's /tmp emptyDir makes every restarted container in that pod hang again at once). Liveness probes time out ("Liveness probe failed"), the kubelet kills and restarts the container, and the pods end up in CrashLoopBackOff.`,
  namespace: 'inventory',
  workload: 'inventory-api',
  expectedFix: `A rollout restart (\`kubectl rollout restart deployment/inventory-api -n inventory\`): fresh pods get a fresh emptyDir and stay healthy for ${DEADLOCK_AFTER_MINUTES} minutes, longer than any verification window (the real fix, the lock ordering, is a code change: follow up with the team). Deleting single pods helps those pods the same way.`,
  historyMinutes: 45,
  objects: [
    namespace('inventory', { team: 'fulfilment' }),
    deployment({
      name: 'inventory-api',
      namespace: 'inventory',
      image: INVENTORY,
      replicas: 2,
      limits: { memory: '768Mi' },
      requests: { cpu: '250m', memory: '512Mi' },
      liveness: httpProbe('/actuator/health/liveness', 8080, { initialDelaySeconds: 30 }),
      readiness: httpProbe('/actuator/health/readiness', 8080, { initialDelaySeconds: 10 }),
      volumes: [{ name: 'tmp', emptyDir: {} }],
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    }),
    service('inventory-api', 'inventory'),
    deployment({ name: 'reservations-worker', namespace: 'inventory', image: RESERVATIONS, replicas: 1 }),
  ],
  profiles: [
    {
      image: INVENTORY,
      memoryUsageMi: 430,
      readyAfterSeconds: 10,
      startupLog: [
        '{date}  INFO 1 --- [inventory-api] [           main] c.acme.inventory.InventoryApplication    : Starting InventoryApplication v6.1.3 using Java 21.0.5 with PID 1',
        '{date}  INFO 1 --- [inventory-api] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.',
        '{date}  INFO 1 --- [inventory-api] [           main] c.a.inventory.sync.StockSyncScheduler    : Stock sync every 30s, lock file /tmp/stock-sync.lock',
        '{date}  INFO 1 --- [inventory-api] [           main] c.acme.inventory.InventoryApplication    : Started InventoryApplication in 8.912 seconds (process running for 9.6)',
      ],
      steadyLog: {
        everySeconds: 30,
        lines: [
          '{date}  INFO 1 --- [inventory-api] [   stock-sync-1] c.a.inventory.sync.StockSyncScheduler    : Stock sync completed: 1284 SKUs updated in 412ms',
        ],
      },
      failures: [
        {
          effect: 'hang',
          since: 'pod',
          afterSeconds: DEADLOCK_AFTER_MINUTES * 60,
          log: [
            '{date}  WARN 1 --- [inventory-api] [   stock-sync-1] c.a.inventory.sync.StockSyncScheduler    : Waiting for lock /tmp/stock-sync.lock held by another thread',
            '{date}  WARN 1 --- [inventory-api] [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s).',
          ],
        },
      ],
    },
    healthyProfile(RESERVATIONS, 'reservations-worker'),
  ],
};
