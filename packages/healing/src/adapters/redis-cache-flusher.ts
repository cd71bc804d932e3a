import { createClient, ErrorReply } from '@redis/client';
import type { Logger } from '@sre-agent/core';
import { ConfigError, ExternalServiceError, errorMessage, NotFoundError, redactText } from '@sre-agent/core';
import type { CacheFlusher } from '../cache-flusher.ts';

/** A named Redis cache from `integrations.redis.caches`; the URL may carry credentials and a db (`/2`). */
export type RedisCacheConfig = { name: string; url: string };

/** What a flush (or a dry run of one) found and did. Memory figures are bytes (`used_memory`). */
export type CacheFlushResult = {
  cache: string;
  keysBefore: number;
  keysAfter: number;
  usedMemoryBefore?: number;
  usedMemoryAfter?: number;
  /** `maxmemory` in bytes; 0 means no limit. */
  maxMemory?: number;
  dryRun: boolean;
};

export type RedisCacheFlusherOptions = {
  caches: readonly RedisCacheConfig[];
  logger: Logger;
  /** Connection timeout in milliseconds. */
  connectTimeoutMs?: number;
  /** A command that stays unanswered this long fails the call (socket idle timeout), in milliseconds. */
  commandTimeoutMs?: number;
};

/** Replies that mean "not now" rather than "never": the server is starting, busy or failing over. */
const TRANSIENT_REPLY = /^(LOADING|BUSY|TRYAGAIN|MASTERDOWN|CLUSTERDOWN)\b/;

/**
 * Flushes the configured Redis caches by name — the catalog's `flush-redis-cache` action.
 *
 * - Dry run: connect, PING, read DBSIZE and INFO memory; nothing changes.
 * - Real run: the same, then `FLUSHDB ASYNC` on the database the cache's URL selects (db 0 unless
 *   the URL ends in `/<db>`), then DBSIZE and INFO memory again. FLUSHDB rather than FLUSHALL, so
 *   other databases of a shared server survive; ASYNC so a large cache is freed in the background
 *   instead of blocking the server (keys are gone at once; `used_memory` may take a moment to fall).
 *
 * A fresh connection per call, closed afterwards: flushes are rare, and Lambda freezes idle sockets.
 * Unknown names are a `NotFoundError`; an unreachable server is a retryable `ExternalServiceError`.
 * @example
 * const caches = new RedisCacheFlusher({ caches: config.integrations.redis?.caches ?? [], logger });
 * await caches.flush('sessions', { dryRun: true });
 */
export class RedisCacheFlusher implements CacheFlusher {
  readonly #caches: ReadonlyMap<string, RedisCacheConfig>;
  readonly #logger: Logger;
  readonly #connectTimeoutMs: number;
  readonly #commandTimeoutMs: number;

  constructor(options: RedisCacheFlusherOptions) {
    const caches = new Map<string, RedisCacheConfig>();
    for (const cache of options.caches) {
      if (caches.has(cache.name)) {
        throw new ConfigError(
          `integrations.redis.caches: the name "${cache.name}" appears twice; names must be unique`,
        );
      }
      if (!/^rediss?:\/\//.test(cache.url)) {
        throw new ConfigError(
          `integrations.redis.caches "${cache.name}": url must start with redis:// or rediss://`,
        );
      }
      caches.set(cache.name, { ...cache });
    }
    this.#caches = caches;
    this.#logger = options.logger.child({ component: 'redis-cache-flusher' });
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
    this.#commandTimeoutMs = options.commandTimeoutMs ?? 30_000;
  }

  /** Names of the configured caches. */
  names(): string[] {
    return [...this.#caches.keys()];
  }

  async flush(cache: string, options: { dryRun?: boolean } = {}): Promise<CacheFlushResult> {
    const config = this.#caches.get(cache);
    if (!config) {
      const known = this.names();
      throw new NotFoundError(
        `no Redis cache named "${cache}" is configured${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}; add it under integrations.redis.caches`,
      );
    }
    const dryRun = options.dryRun ?? false;
    const where = describeEndpoint(config.url);
    const client = createClient({
      url: config.url,
      // RESP2: spoken by every Redis (and ElastiCache) version; RESP3's HELLO needs Redis 6+.
      RESP: 2,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: this.#connectTimeoutMs,
        socketTimeout: this.#commandTimeoutMs,
        reconnectStrategy: false,
      },
    });
    // Without a listener an 'error' event would crash the process; failures surface through the awaited calls.
    client.on('error', (error: unknown) => {
      this.#logger.debug('redis client error', { cache, error: redactText(errorMessage(error)) });
    });

    try {
      try {
        await client.connect();
      } catch (error) {
        // A reply during the handshake (WRONGPASS, NOPERM) is a configuration problem; anything
        // else (refused, timed out, TLS) may pass.
        const refused = error instanceof ErrorReply && !TRANSIENT_REPLY.test(error.message);
        throw new ExternalServiceError(
          'redis',
          `cannot connect to cache "${cache}" at ${where}: ${redactText(errorMessage(error))}`,
          !refused,
          { cause: error },
        );
      }
      const pong = await this.#command(cache, 'PING', () => client.ping());
      if (pong !== 'PONG') {
        throw new ExternalServiceError('redis', `cache "${cache}" answered PING with ${String(pong)}`, true);
      }
      const keysBefore = await this.#command(cache, 'DBSIZE', () => client.dbSize());
      const infoBefore = await this.#command(cache, 'INFO', () => client.info('memory'));
      const usedMemoryBefore = parseUsedMemory(infoBefore);
      const maxMemory = parseMaxMemory(infoBefore);
      const limit = maxMemory !== undefined ? { maxMemory } : {};
      if (dryRun) {
        this.#logger.info('redis cache flush dry run', {
          cache,
          keys: keysBefore,
          usedMemory: usedMemoryBefore,
        });
        return {
          cache,
          keysBefore,
          keysAfter: keysBefore,
          ...(usedMemoryBefore !== undefined ? { usedMemoryBefore, usedMemoryAfter: usedMemoryBefore } : {}),
          ...limit,
          dryRun: true,
        };
      }
      this.#logger.info('flushing redis cache', { cache, keys: keysBefore, usedMemory: usedMemoryBefore });
      await this.#command(cache, 'FLUSHDB', () => client.flushDb('ASYNC'));
      const keysAfter = await this.#command(cache, 'DBSIZE', () => client.dbSize());
      const usedMemoryAfter = parseUsedMemory(
        await this.#command(cache, 'INFO', () => client.info('memory')),
      );
      this.#logger.info('redis cache flushed', {
        cache,
        keysBefore,
        keysAfter,
        usedMemoryBefore,
        usedMemoryAfter,
      });
      return {
        cache,
        keysBefore,
        keysAfter,
        ...(usedMemoryBefore !== undefined ? { usedMemoryBefore } : {}),
        ...(usedMemoryAfter !== undefined ? { usedMemoryAfter } : {}),
        ...limit,
        dryRun: false,
      };
    } finally {
      if (client.isOpen) {
        await client.close().catch(() => client.destroy());
      }
    }
  }

  async #command<T>(cache: string, name: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const message = redactText(errorMessage(error));
      const retryable = !(error instanceof ErrorReply) || TRANSIENT_REPLY.test(error.message);
      throw new ExternalServiceError('redis', `${name} on cache "${cache}" failed: ${message}`, retryable, {
        cause: error,
      });
    }
  }
}

/** `used_memory` in bytes from an INFO memory reply. */
export function parseUsedMemory(info: string): number | undefined {
  const match = /^used_memory:(\d+)\s*$/m.exec(info);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** `maxmemory` in bytes from an INFO memory reply (0: no limit). */
export function parseMaxMemory(info: string): number | undefined {
  const match = /^maxmemory:(\d+)\s*$/m.exec(info);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** host:port/db of a Redis URL, without credentials, for messages. */
function describeEndpoint(url: string): string {
  try {
    const parsed = new URL(url);
    const db = parsed.pathname.replace(/^\//, '');
    return `${parsed.hostname}:${parsed.port || '6379'}${db ? `/${db}` : ''}`;
  } catch {
    return 'an unparseable URL';
  }
}
