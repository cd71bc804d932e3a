import type { RedisCacheConfig } from '@sre-agent/core';
import * as z from 'zod';
import type { CacheFlusher } from '../../cache-flusher.ts';
import { defineAction } from '../spec.ts';

/** A cache counts as full from this share of its maxmemory on. */
const FULL_SHARE = 0.9;

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

type Fullness = { kind: 'full'; keys: number } | { kind: 'not-full'; reason: string };

async function fullness(caches: CacheFlusher, cache: RedisCacheConfig): Promise<Fullness> {
  const probe = await caches.flush(cache.name, { dryRun: true });
  const used = probe.usedMemoryBefore;
  if (!probe.maxMemory)
    return { kind: 'not-full', reason: `cache ${cache.name} has no maxmemory: it cannot be full` };
  if (used === undefined || used < probe.maxMemory * FULL_SHARE) {
    return {
      kind: 'not-full',
      reason: `cache ${cache.name} uses ${used === undefined ? 'an unknown amount' : mib(used)} of ${mib(probe.maxMemory)}: it is not full`,
    };
  }
  if (probe.keysBefore === 0)
    return { kind: 'not-full', reason: `cache ${cache.name} holds no keys: flushing it changes nothing` };
  return { kind: 'full', keys: probe.keysBefore };
}

/**
 * Flushes the Redis cache the failing workload is a configured client of, when it is really at
 * maxmemory. The cache is chosen from configuration and measurement, never from log text; only a
 * `role: cache` is flushed (queues and session stores hold state), under the cache's own
 * namespace policy.
 */
export const flushRedisCache = defineAction({
  kind: 'flush-redis-cache',
  params: z.strictObject({ kind: z.literal('flush-redis-cache') }),
  binding: z.strictObject({ cache: z.string().min(1), keys: z.number().int().min(0) }),
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 75_000,
  needs: { rbac: [], iam: [] },
  verify: 'target-healthy',
  describe: () => 'flush the Redis cache it uses',
  async bind(_params, { incident, config, caches }) {
    const { target } = incident;
    const client = `${target.namespace}/${target.name}`;
    const mine = (config.integrations.redis?.caches ?? []).filter((c) => c.clients.includes(client));
    if (mine.length === 0) {
      return { kind: 'refused', reason: `${client} is not a configured client of any Redis cache` };
    }
    if (!caches) return { kind: 'refused', reason: 'no Redis connection is configured' };
    const flushable = mine.filter(
      (c) => c.role === 'cache' && !config.policy.denyNamespaces.includes(c.namespace),
    );
    if (flushable.length === 0) {
      const [first] = mine;
      const why =
        first && first.role !== 'cache'
          ? `it is a ${first.role} holding state, never flushed`
          : `its namespace ${first?.namespace} is denylisted`;
      return { kind: 'refused', reason: `Redis ${mine.map((c) => c.name).join(', ')} of ${client}: ${why}` };
    }
    const full: { cache: RedisCacheConfig; keys: number }[] = [];
    const reasons: string[] = [];
    for (const cache of flushable) {
      const state = await fullness(caches, cache);
      if (state.kind === 'full') full.push({ cache, keys: state.keys });
      else reasons.push(state.reason);
    }
    const [only, ...more] = full;
    if (!only) return { kind: 'refused', reason: reasons.join('; ') };
    if (more.length > 0) {
      return {
        kind: 'refused',
        reason: `several caches of ${client} are full (${full.map((f) => f.cache.name).join(', ')}); a human should choose`,
      };
    }
    return {
      kind: 'bound',
      binding: { cache: only.cache.name, keys: only.keys },
      scope: { kind: 'namespace', namespace: only.cache.namespace },
      summary: `flush the Redis cache ${only.cache.name} (${only.keys} keys, at maxmemory)`,
    };
  },
  async run(binding, { config, caches }, dryRun) {
    const cache = config.integrations.redis?.caches.find((c) => c.name === binding.cache);
    if (!cache || !caches || cache.role !== 'cache') {
      return {
        kind: 'precondition-failed',
        reason: `Redis cache ${binding.cache} is no longer a configured cache`,
      };
    }
    const state = await fullness(caches, cache);
    if (state.kind !== 'full') return { kind: 'no-op', reason: state.reason };
    if (dryRun) return { kind: 'applied', dryRun, summary: `would flush Redis cache ${binding.cache}` };
    const result = await caches.flush(binding.cache, { dryRun: false });
    return {
      kind: 'applied',
      dryRun,
      summary: `flushed Redis cache ${binding.cache} (${result.keysBefore} keys → ${result.keysAfter})`,
      before: { keys: result.keysBefore },
      after: { keys: result.keysAfter },
    };
  },
});
