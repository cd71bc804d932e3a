import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@sre-agent/core';
import { ConflictError, ExternalServiceError, ManualClock } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MalformedItemError } from '../src/errors.ts';
import {
  createDocumentClient,
  createDynamoState,
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '../src/index.ts';
import { describeStateContract, makeIncident, workloadRef } from '../src/testing/index.ts';

let dynamo: EmbeddedDynamo;
let tables = 0;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
});
afterAll(async () => {
  await dynamo?.close();
});

/** A fresh table per test, on the one in-process server. */
async function freshState(clock: Clock) {
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const tableName = `state-test-${++tables}`;
  await ensureTable(client, tableName);
  return createDynamoState({ client, tableName, clock });
}

describe('Dynamo state on dynalite', () => {
  describeStateContract((clock) => freshState(clock));
});

describe('DynamoIncidentStore crash safety', () => {
  const guardKey = { pk: `OPEN#prod-eu-1/shop/Deployment/checkout`, sk: 'OPEN' };

  it('takes over a guard left by a creator that crashed before writing its incident, once the grace period passed', async () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const state = await freshState(clock);
    await state.client.send(
      new PutCommand({
        TableName: state.tableName,
        Item: { ...guardKey, type: 'open-guard', incidentId: 'inc-crashed', at: clock.now().getTime() },
      }),
    );

    // Within the grace period the crashed creator might still be writing: no second incident.
    await expect(state.incidents.create(makeIncident({ id: 'inc-2' }))).rejects.toThrow(/being opened/);
    clock.advance(61_000);
    const result = await state.incidents.create(makeIncident({ id: 'inc-3' }));

    expect(result.created).toBe(true);
    expect((await state.incidents.openFor(workloadRef()))?.id).toBe('inc-3');
  });

  it('takes over a guard that still points at a closed incident (crash between closing and releasing)', async () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const state = await freshState(clock);
    await state.incidents.create(makeIncident());
    await state.incidents.update('inc-1', 0, (i) => ({
      ...i,
      status: 'resolved',
      closedAt: '2026-01-01T00:00:00Z',
    }));
    // Simulate the crash: put the guard back as if the release never happened.
    await state.client.send(
      new PutCommand({
        TableName: state.tableName,
        Item: { ...guardKey, type: 'open-guard', incidentId: 'inc-1', at: 0 },
      }),
    );

    expect(await state.incidents.openFor(workloadRef())).toBeUndefined();
    const result = await state.incidents.create(makeIncident({ id: 'inc-2' }));

    expect(result.created).toBe(true);
    expect((await state.incidents.openFor(workloadRef()))?.id).toBe('inc-2');
  });

  it('withdraws its own incident if it stalled past the grace period and another creator took the guard', async () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const state = await freshState(clock);
    const competitor = createDynamoState({ client: state.client, tableName: state.tableName, clock });
    let competed: Promise<unknown> | undefined;
    // The slow creator's client stalls right before writing its incident; meanwhile the grace period
    // passes and a competitor opens its own incident, taking over the guard.
    const stalling = new Proxy(state.client, {
      get(target, prop, receiver) {
        if (prop !== 'send') return Reflect.get(target, prop, receiver);
        return async (command: unknown) => {
          if (command instanceof PutCommand && command.input.Item?.pk === 'INC#inc-slow' && !competed) {
            clock.advance(61_000);
            competed = competitor.incidents.create(makeIncident({ id: 'inc-winner' }));
            await competed;
          }
          return target.send(command as PutCommand);
        };
      },
    });
    const slow = createDynamoState({ client: stalling, tableName: state.tableName, clock });

    const result = await slow.incidents.create(makeIncident({ id: 'inc-slow' }));

    expect(await competed).toMatchObject({ created: true });
    expect(result).toMatchObject({ created: false, existing: { id: 'inc-winner' } });
    expect(await state.incidents.get('inc-slow')).toBeUndefined();
    expect((await state.incidents.listOpen()).map((i) => i.id)).toEqual(['inc-winner']);
    expect((await state.incidents.openFor(workloadRef()))?.id).toBe('inc-winner');
  });
});

describe('Dynamo adapters and bad data', () => {
  it('reports a malformed item clearly instead of crashing deep inside', async () => {
    const state = await freshState(new ManualClock());
    await state.client.send(
      new PutCommand({
        TableName: state.tableName,
        Item: {
          pk: 'INC#inc-bad',
          sk: 'INC',
          type: 'incident',
          version: 0,
          data: { id: 'inc-bad', status: 'weird' },
        },
      }),
    );

    const failure = await state.incidents.get('inc-bad').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MalformedItemError);
    expect((failure as MalformedItemError).message).toMatch(/INC#inc-bad .* malformed[\s\S]*status/);
  });

  it('names the missing table in a non-retryable error', async () => {
    const state = createDynamoState({
      connection: { endpoint: dynamo.endpoint, tableName: 'no-such-table' },
      clock: new ManualClock(),
    });

    const failure = await state.control.getPause().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ExternalServiceError);
    expect(failure).toMatchObject({
      retryable: false,
      message: expect.stringMatching(/no-such-table does not exist/),
    });
  });

  it('creates the table idempotently', async () => {
    const client = createDocumentClient({ endpoint: dynamo.endpoint });

    await ensureTable(client, 'twice');
    await ensureTable(client, 'twice');
    const state = createDynamoState({ client, tableName: 'twice', clock: new ManualClock() });

    expect(await state.dedup.claim('k', 10)).toBe(true);
  });
});

describe('startEmbeddedDynamo', () => {
  it('keeps the data across a restart on the same directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sre-agent-dynamo-'));
    try {
      const clock = new ManualClock();
      const first = await startEmbeddedDynamo({ dataDir });
      const one = createDynamoState({
        connection: { endpoint: first.endpoint, tableName: 'sre-agent' },
        clock,
      });
      await ensureTable(one.client, 'sre-agent');
      await one.incidents.create(makeIncident());
      await one.control.setPause({ paused: true, by: 'cli', reason: 'maintenance' });
      one.client.destroy();
      await first.close();

      const second = await startEmbeddedDynamo({ dataDir });
      const two = createDynamoState({
        connection: { endpoint: second.endpoint, tableName: 'sre-agent' },
        clock,
      });
      await ensureTable(two.client, 'sre-agent');
      const reopened = {
        incident: await two.incidents.openFor(workloadRef()),
        pause: await two.control.getPause(),
      };
      two.client.destroy();
      await second.close();

      expect(reopened.incident).toEqual(makeIncident());
      expect(reopened.pause).toEqual({ paused: true, by: 'cli', reason: 'maintenance' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('startEmbeddedDynamo data directory lock', () => {
  it('refuses a second server on a directory in use, and frees it on close', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sre-agent-dynamo-'));
    try {
      const first = await startEmbeddedDynamo({ dataDir });
      const second = await startEmbeddedDynamo({ dataDir }).catch((error: unknown) => error);
      await first.close();
      const third = await startEmbeddedDynamo({ dataDir });
      await third.close();

      expect(second).toBeInstanceOf(ConflictError);
      expect((second as Error).message).toMatch(/in use by process \d+ \(this one\)/);
      expect(third.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sre-agent-dynamo-'));
    try {
      await writeFile(join(dataDir, 'sre-agent.lock'), '2147483646');
      const server = await startEmbeddedDynamo({ dataDir });
      await server.close();

      expect(server.dataDir).toBe(dataDir);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('ensureTable on a table of an older design', () => {
  it('names the missing indexes', async () => {
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    await client.send(
      new CreateTableCommand({
        TableName: 'old-design',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );

    await expect(ensureTable(client, 'old-design')).rejects.toThrow(/lacks the index\(es\) gsi1, gsi2, gsi3/);
  });
});
