import { ConfigError, ExternalServiceError, InMemoryLogger, NotFoundError } from '@sre-agent/core';
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisCacheFlusher } from '../src/adapters/redis-cache-flusher.ts';
import { freePort, type RedisServerHandle, startRedisServer } from './helpers/redis-server.ts';

describe('RedisCacheFlusher against a real redis-server', () => {
  let redis: RedisServerHandle;
  let seed: ReturnType<typeof createClient>;

  beforeAll(async () => {
    redis = await startRedisServer();
    seed = createClient({ url: redis.url });
    seed.on('error', () => {});
    await seed.connect();
  });
  afterAll(async () => {
    await seed?.close();
    await redis?.stop();
  });
  beforeEach(async () => {
    await seed.flushAll();
  });

  const fill = async (db: number, count: number) => {
    await seed.select(db);
    const multi = seed.multi();
    for (let i = 0; i < count; i += 1) multi.set(`session:${i}`, 'x'.repeat(512));
    await multi.exec();
    await seed.select(0);
  };
  const dbSize = async (db: number) => {
    await seed.select(db);
    const size = await seed.dbSize();
    await seed.select(0);
    return size;
  };

  it('flushes the cache: every key of its database is gone', async () => {
    await fill(0, 500);
    const logger = new InMemoryLogger();
    const flusher = new RedisCacheFlusher({ caches: [{ name: 'sessions', url: redis.url }], logger });

    const result = await flusher.flush('sessions');

    expect(result).toMatchObject({ cache: 'sessions', keysBefore: 500, keysAfter: 0, dryRun: false });
    expect(result.usedMemoryBefore).toBeGreaterThan(0);
    expect(result.usedMemoryAfter).toBeGreaterThan(0);
    expect(await dbSize(0)).toBe(0);
    const messages = logger.records.map((r) => r.message);
    expect(messages).toEqual(expect.arrayContaining(['flushing redis cache', 'redis cache flushed']));
  });

  it('leaves every key in place on a dry run and reports what it would flush', async () => {
    await fill(0, 120);
    const flusher = new RedisCacheFlusher({
      caches: [{ name: 'sessions', url: redis.url }],
      logger: new InMemoryLogger(),
    });

    const result = await flusher.flush('sessions', { dryRun: true });

    expect(result).toMatchObject({ cache: 'sessions', keysBefore: 120, keysAfter: 120, dryRun: true });
    expect(result.usedMemoryBefore).toBe(result.usedMemoryAfter);
    expect(await dbSize(0)).toBe(120);
  });

  it('flushes only the database the cache URL selects', async () => {
    await fill(0, 10);
    await fill(3, 25);
    const flusher = new RedisCacheFlusher({
      caches: [
        { name: 'sessions', url: redis.url },
        { name: 'pages', url: `${redis.url}/3` },
      ],
      logger: new InMemoryLogger(),
    });

    const result = await flusher.flush('pages');

    expect(result).toMatchObject({ keysBefore: 25, keysAfter: 0 });
    expect(await dbSize(3)).toBe(0);
    expect(await dbSize(0)).toBe(10);
  });

  it('refuses a cache that is not configured, naming the known ones', async () => {
    const flusher = new RedisCacheFlusher({
      caches: [{ name: 'sessions', url: redis.url }],
      logger: new InMemoryLogger(),
    });

    const error = await flusher.flush('everything').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain(
      'no Redis cache named "everything" is configured (known: sessions)',
    );
  });

  it('reports an unreachable server as a retryable ExternalServiceError without the password', async () => {
    const port = await freePort();
    const flusher = new RedisCacheFlusher({
      caches: [{ name: 'sessions', url: `redis://app:s3cretPass@127.0.0.1:${port}/0` }],
      logger: new InMemoryLogger(),
      connectTimeoutMs: 2_000,
    });

    const error = await flusher.flush('sessions', { dryRun: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).service).toBe('redis');
    expect((error as ExternalServiceError).retryable).toBe(true);
    expect((error as Error).message).toContain(`cannot connect to cache "sessions" at 127.0.0.1:${port}/0`);
    expect((error as Error).message).not.toContain('s3cretPass');
  });

  it('reports a refused command (wrong password) as a non-retryable ExternalServiceError', async () => {
    const secured = await startRedisServer({ extraArgs: ['--requirepass', 'right-password'] });
    try {
      const flusher = new RedisCacheFlusher({
        caches: [{ name: 'sessions', url: `redis://default:wrong-password@127.0.0.1:${secured.port}` }],
        logger: new InMemoryLogger(),
      });

      const error = await flusher.flush('sessions').catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ExternalServiceError);
      expect((error as ExternalServiceError).retryable).toBe(false);
      expect((error as Error).message).toContain('WRONGPASS');
      expect((error as Error).message).not.toContain('wrong-password');
    } finally {
      await secured.stop();
    }
  });

  it('rejects duplicate cache names when configured', () => {
    expect(
      () =>
        new RedisCacheFlusher({
          caches: [
            { name: 'a', url: redis.url },
            { name: 'a', url: redis.url },
          ],
          logger: new InMemoryLogger(),
        }),
    ).toThrowError(ConfigError);
  });
});
