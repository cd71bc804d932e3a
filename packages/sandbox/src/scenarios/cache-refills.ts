import { configMap, deployment, healthyProfile, httpProbe, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const API = 'registry.local/recommendations/recommendation-api:4.7.1';
const PRECOMPUTE = 'registry.local/recommendations/reco-precompute:1.12.0';
const CACHE_HOST = 'reco-cache.p3v8zt.ng.0001.euw1.cache.amazonaws.com';
/** The fact that says the recommendations cache is full. */
export const RECO_CACHE_FULL = 'cacheFull/recommendations';
/** Minutes after a flush until the cache is full again. */
export const REFILL_MINUTES = 10;

const OOM = "OOM command not allowed when used memory > 'maxmemory'.";

export const cacheRefills: ScenarioDefinitionInput = {
  name: 'cache-refills',
  description: `recommendations/recommendation-api caches recommendation vectors in Redis (${CACHE_HOST}, maxmemory 512mb, policy noeviction). Since reco-precompute 1.12.0 writes them without a TTL (~50 MB a minute), the cache fills up again about ${REFILL_MINUTES} minutes after every flush: writes fail with "${OOM}", the readiness probe answers 503 and the pods are Running but not Ready.`,
  namespace: 'recommendations',
  workload: 'recommendation-api',
  expectedFix: `A flush (FLUSHDB on the cache "recommendations", or \`environment.flushCache('recommendations')\`) makes the pods Ready again, but the cache is full again ${REFILL_MINUTES} minutes later, every time: after the second flush, escalate as recurring. The cause is reco-precompute 1.12.0 writing keys without an expiry into a noeviction cache (set a TTL, or maxmemory-policy allkeys-lru); restarts do not help.`,
  historyMinutes: 25,
  facts: { [RECO_CACHE_FULL]: false },
  timeline: [{ atMinutes: -6, fact: { name: RECO_CACHE_FULL, value: true } }],
  caches: [
    {
      name: 'recommendations',
      fact: RECO_CACHE_FULL,
      namespace: 'recommendations',
      clients: ['recommendations/recommendation-api'],
      refillsAfterMinutes: REFILL_MINUTES,
    },
  ],
  objects: [
    namespace('recommendations', { team: 'personalisation' }),
    configMap('recommendation-api', 'recommendations', {
      REDIS_URL: `rediss://${CACHE_HOST}:6379/0`,
      CACHE_NAMESPACE: 'reco:v3',
    }),
    deployment({
      name: 'recommendation-api',
      namespace: 'recommendations',
      image: API,
      replicas: 2,
      envFrom: [{ configMapRef: { name: 'recommendation-api' } }],
      readiness: httpProbe('/health/ready', 8080, { initialDelaySeconds: 5, periodSeconds: 10 }),
    }),
    service('recommendation-api', 'recommendations'),
    deployment({
      name: 'reco-precompute',
      namespace: 'recommendations',
      image: PRECOMPUTE,
      replicas: 1,
      envFrom: [{ configMapRef: { name: 'recommendation-api' } }],
    }),
  ],
  profiles: [
    {
      image: API,
      memoryUsageMi: 180,
      startupLog: [
        '{"level":"INFO","time":"{time}","logger":"reco.app","message":"recommendation-api 4.7.1 starting","workers":4}',
        `{"level":"INFO","time":"{time}","logger":"reco.cache","message":"redis connected","host":"${CACHE_HOST}","db":0}`,
      ],
      steadyLog: {
        everySeconds: 15,
        lines: [
          '{"level":"INFO","time":"{time}","logger":"reco.api","message":"recommendations served","customer":"c_{id}","items":24,"cache":"hit","duration_ms":7}',
        ],
      },
      failures: [
        {
          when: { fact: RECO_CACHE_FULL },
          effect: 'unready',
          probeMessage: 'HTTP probe failed with statuscode: 503',
          log: [
            `{"level":"WARNING","time":"{time}","logger":"reco.health","message":"cache writes failing, reporting not ready","error":"redis.exceptions.OutOfMemoryError: ${OOM}"}`,
          ],
          repeatLog: {
            everySeconds: 4,
            lines: [
              `{"level":"ERROR","time":"{time}","logger":"reco.cache","message":"cache write failed","key":"reco:v3:c_{id}","command":"SET","error":"redis.exceptions.OutOfMemoryError: ${OOM}"}`,
            ],
          },
        },
      ],
    },
    healthyProfile(PRECOMPUTE, 'reco-precompute', {
      steadyLog: {
        everySeconds: 30,
        lines: [
          '{"level":"info","time":"{time}","msg":"batch written","keys":18000,"bytes":26214400,"ttl":"none","target":"reco:v3"}',
        ],
      },
    }),
  ],
};
