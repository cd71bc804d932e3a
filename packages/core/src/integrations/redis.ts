import * as z from 'zod';
import { defineIntegration, NAME } from './spec.ts';

/**
 * A Redis server the agent may flush. Only a `role: cache` (data that can be rebuilt) is ever
 * flushed, only for a failing workload listed in `clients`, and under the mode of the cache's
 * own namespace; queues, session stores and anything else holding state never are.
 */
const RedisCacheConfigSchema = z.strictObject({
  name: z.string().regex(NAME),
  url: z.string().regex(/^rediss?:\/\//),
  /** What it holds; default `store` (never flushed). */
  role: z.enum(['cache', 'queue', 'session-store', 'store']).default('store'),
  /** Namespace the cache runs in: its mode and denylist govern the flush. */
  namespace: z.string().regex(NAME, 'the namespace the cache runs in'),
  /** Workloads that use it, as `namespace/name`: only their failures can lead to a flush. */
  clients: z
    .array(z.string().regex(/^[a-z0-9][-a-z0-9]*\/[a-z0-9][-a-z0-9.]*$/, 'namespace/workload'))
    .default([]),
});
export type RedisCacheConfig = z.infer<typeof RedisCacheConfigSchema>;

/** Redis caches the flush action may empty (credentials, if any, are part of each URL). */
export const redis = defineIntegration({
  name: 'redis',
  kind: 'cache',
  doc: 'Caches that `flush-redis-cache` may empty when a client workload fails because one is full.',
  config: z.strictObject({ caches: z.array(RedisCacheConfigSchema) }),
  secrets: {},
  createdIn: 'packages/app/src/compose/build-agent.ts',
});
