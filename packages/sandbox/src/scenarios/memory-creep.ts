import { deployment, healthyProfile, namespace, networkPolicy, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const RECOMMENDER = 'registry.local/storefront/recommender:2.3.0';
const GATEWAY = 'registry.local/storefront/storefront-gateway:1.9.4';

/** Minutes the replayed history runs before "now": the pods started then, so a trend of hours exists. */
export const MEMORY_CREEP_HISTORY_MINUTES = 150;
/** The recommender's working set: where it starts, how fast it creeps, where it would settle. */
export const MEMORY_CREEP = { fromMi: 382, miPerHour: 30, settlesAtMi: 530, limitMi: 512 } as const;

/**
 * storefront/recommender warms its per-user embeddings cache from the traffic it serves: its
 * working set creeps up by ~30Mi an hour and would settle at ~530Mi once the LRU is full, but its
 * limit is 512Mi. Nothing is wrong yet at start; about 110 minutes later the kernel OOMKills both
 * replicas. A 20% raise (614Mi) holds the settled cache.
 */
export const memoryCreep: ScenarioDefinitionInput = {
  name: 'memory-creep',
  description:
    'storefront/recommender (Python) grows its embeddings cache with traffic: its working set creeps up ~30Mi/h towards ~530Mi, above its 512Mi limit. Healthy at start; both replicas are OOMKilled about 110 sandbox minutes later.',
  namespace: 'storefront',
  workload: 'recommender',
  expectedFix:
    'Before the OOMKill: raise the memory limit of container recommender by 20% (512Mi → 614Mi, above the ~530Mi the cache settles at). In observe/suggest: a warning with the forecast (time to limit, trend) well before the failure.',
  historyMinutes: MEMORY_CREEP_HISTORY_MINUTES,
  objects: [
    namespace('storefront', { team: 'personalisation' }),
    deployment({
      name: 'recommender',
      namespace: 'storefront',
      image: RECOMMENDER,
      replicas: 2,
      env: [
        { name: 'EMBEDDINGS_CACHE', value: 'lru' },
        { name: 'EMBEDDINGS_CACHE_MAX_USERS', value: '250000' },
      ],
      requests: { cpu: '200m', memory: '384Mi' },
      limits: { memory: `${MEMORY_CREEP.limitMi}Mi` },
    }),
    service('recommender', 'storefront'),
    deployment({
      name: 'storefront-gateway',
      namespace: 'storefront',
      image: GATEWAY,
      replicas: 2,
      limits: { memory: '256Mi' },
    }),
    service('storefront-gateway', 'storefront'),
    networkPolicy('default-deny-ingress', 'storefront'),
  ],
  profiles: [
    {
      image: RECOMMENDER,
      memoryUsageMi: MEMORY_CREEP.settlesAtMi,
      memoryGrowth: { fromMi: MEMORY_CREEP.fromMi, miPerHour: MEMORY_CREEP.miPerHour },
      startupLog: [
        'INFO:     Started server process [1]',
        'INFO:     Waiting for application startup.',
        '{"level":"info","time":"{time}","msg":"loading model","model":"two-tower-v14","dims":256}',
        '{"level":"info","time":"{time}","msg":"embeddings cache ready","policy":"lru","max_users":250000}',
        'INFO:     Application startup complete.',
        'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
      ],
      steadyLog: {
        everySeconds: 20,
        lines: [
          'INFO:     10.0.3.{id}:0 - "POST /v1/recommendations HTTP/1.1" 200 OK',
          '{"level":"info","time":"{time}","msg":"embeddings cache grew","limit_mb":{limitMi}}',
        ],
      },
    },
    healthyProfile(GATEWAY, 'storefront-gateway'),
  ],
};
