import { CACHE_FULL_FACT } from '../redis/resp-server.ts';
import { configMap, deployment, healthyProfile, httpProbe, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const SESSION = 'registry.local/sessions/session-service:3.2.0';
const AUTH = 'registry.local/sessions/auth-gateway:1.18.4';
const CACHE_HOST = 'session-cache.x7kq2m.ng.0001.euw1.cache.amazonaws.com';

export const redisCacheFull: ScenarioDefinitionInput = {
  name: 'redis-cache-full',
  description: `sessions/session-service caches the user profiles it looks up for each session in Redis (${CACHE_HOST}, maxmemory 256mb, policy noeviction; the sessions themselves live elsewhere). The cache filled up 7 minutes ago: every write fails with "OOM command not allowed when used memory > 'maxmemory'.", the readiness probe answers 503 and the pods are Running but not Ready.`,
  namespace: 'sessions',
  workload: 'session-service',
  expectedFix:
    'Flush the profile cache (FLUSHALL on the cache: the RESP endpoint of `startSandbox({ redis: true })`, or `environment.flushCache()`): the pods become Ready again. Restarts do not help (the cache stays full).',
  historyMinutes: 25,
  facts: { [CACHE_FULL_FACT]: false },
  timeline: [{ atMinutes: -7, fact: { name: CACHE_FULL_FACT, value: true } }],
  caches: [
    {
      name: 'sessions',
      fact: CACHE_FULL_FACT,
      namespace: 'sessions',
      clients: ['sessions/session-service'],
    },
  ],
  objects: [
    namespace('sessions', { team: 'identity' }),
    configMap('session-service', 'sessions', {
      REDIS_URL: `rediss://${CACHE_HOST}:6379`,
      PROFILE_CACHE_TTL: '86400',
    }),
    deployment({
      name: 'session-service',
      namespace: 'sessions',
      image: SESSION,
      replicas: 3,
      envFrom: [{ configMapRef: { name: 'session-service' } }],
      readiness: httpProbe('/healthz/ready', 8080, { initialDelaySeconds: 5, periodSeconds: 10 }),
    }),
    service('session-service', 'sessions'),
    deployment({ name: 'auth-gateway', namespace: 'sessions', image: AUTH, replicas: 2 }),
    service('auth-gateway', 'sessions'),
  ],
  profiles: [
    {
      image: SESSION,
      memoryUsageMi: 120,
      startupLog: [
        '{"level":"info","time":"{time}","msg":"session-service 3.2.0 starting"}',
        `{"level":"info","time":"{time}","msg":"connected to redis","host":"${CACHE_HOST}","port":6379,"tls":true}`,
        '{"level":"info","time":"{time}","msg":"listening","port":8080}',
      ],
      steadyLog: {
        everySeconds: 20,
        lines: ['{"level":"info","time":"{time}","msg":"profile cached","key":"profile:{id}","ttl":86400}'],
      },
      failures: [
        {
          when: { fact: CACHE_FULL_FACT },
          effect: 'unready',
          probeMessage: 'HTTP probe failed with statuscode: 503',
          log: [
            '{"level":"warn","time":"{time}","msg":"redis write failed, marking instance unready","error":"ReplyError: OOM command not allowed when used memory > \'maxmemory\'."}',
          ],
          repeatLog: {
            everySeconds: 5,
            lines: [
              '{"level":"error","time":"{time}","msg":"failed to cache profile","key":"profile:{id}","error":"ReplyError: OOM command not allowed when used memory > \'maxmemory\'.","command":"SET","stack":"ReplyError: OOM command not allowed when used memory > \'maxmemory\'.\\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)"}',
            ],
          },
        },
      ],
    },
    healthyProfile(AUTH, 'auth-gateway'),
  ],
};
