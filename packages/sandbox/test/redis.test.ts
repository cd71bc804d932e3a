import { ManualClock } from '@sre-agent/core';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/index.ts';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({
    scenario: 'redis-cache-full',
    clock: new ManualClock('2026-03-01T12:00:00Z'),
    redis: true,
  });
});
afterAll(async () => sandbox.close());

describe('the RESP cache endpoint', () => {
  it('looks full to a real Redis client, and FLUSHALL heals the session service', async () => {
    expect(sandbox.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    const client = createClient({ url: sandbox.redisUrl as string });
    client.on('error', () => {});
    await client.connect();
    try {
      expect(await client.ping()).toBe('PONG');
      const info = await client.info('memory');
      expect(info).toContain('maxmemory_policy:noeviction');
      const used = Number(/used_memory:(\d+)/.exec(info)?.[1]);
      const max = Number(/maxmemory:(\d+)/.exec(info)?.[1]);
      expect(used).toBeGreaterThan(max);
      expect(await client.dbSize()).toBeGreaterThan(100_000);
      await expect(client.set('k', 'v')).rejects.toThrow(
        "OOM command not allowed when used memory > 'maxmemory'.",
      );

      expect(await client.flushAll()).toBe('OK');
      expect(sandbox.environment.get('cacheFull')).toBe(false);
      expect(await client.dbSize()).toBe(0);
      expect(await client.set('k', 'v')).toBe('OK');
    } finally {
      await client.quit();
    }
    const resp2 = createClient({ url: sandbox.redisUrl as string, RESP: 2 });
    resp2.on('error', () => {});
    await resp2.connect();
    expect(await resp2.get('missing')).toBeNull();
    expect(await resp2.get('k')).toBe('v');
    await resp2.quit();
    sandbox.engine.tick(60_000);
    const deployment = sandbox.get('Deployment', 'sessions', 'session-service');
    expect((deployment?.status as { availableReplicas?: number } | undefined)?.availableReplicas).toBe(3);
  });
});
