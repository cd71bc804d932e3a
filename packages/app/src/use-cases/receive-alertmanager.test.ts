import { InMemoryLogger, ManualClock, parseConfig, type Secrets, sequentialIds } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../compose/ingest-context.ts';
import type { IngestContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import type { WorkQueue } from '../queue/work-queue.ts';
import {
  type AlertmanagerRequest,
  DEDUP_TTL_SECONDS,
  PENDING_CLAIM_SECONDS,
  receiveAlertmanagerWebhook,
} from './receive-alertmanager.ts';
import { loopbackOrigins } from './webhook-guard.ts';

/** A queue whose next `send` can be made to hang (a receiver that times out) or to fail. */
class ScriptedQueue implements WorkQueue {
  readonly sent: WorkItem[] = [];
  next: 'deliver' | 'hang' | 'fail' = 'deliver';
  async send(items: readonly WorkItem[]): Promise<void> {
    const mode = this.next;
    this.next = 'deliver';
    if (mode === 'hang') return new Promise(() => {});
    if (mode === 'fail') throw new Error('SQS is down');
    this.sent.push(...items);
  }
}

function setup(secrets: Secrets = { ALERTMANAGER_BEARER_TOKEN: 'tok' }) {
  const clock = new ManualClock('2026-11-27T03:00:00Z');
  const queue = new ScriptedQueue();
  const ctx: IngestContext = createIngestContext({
    loaded: { config: parseConfig('clusters: []'), source: undefined, secrets },
    stores: createInMemoryState({ clock }),
    queue,
    clock,
    ids: sequentialIds(),
    logger: new InMemoryLogger(),
  });
  return { clock, queue, ctx };
}

const alert = {
  status: 'firing',
  labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', deployment: 'web' },
  startsAt: '2026-11-27T02:58:00Z',
  fingerprint: 'abc123',
};
const body = JSON.stringify({
  version: '4',
  groupKey: 'g',
  status: 'firing',
  receiver: 'r',
  alerts: [alert],
});

const API = { ownOrigins: ['https://api.example.com'], loopbackOnly: false };
const LOCAL = { ownOrigins: loopbackOrigins(8080), loopbackOnly: true };

function request(overrides: Partial<AlertmanagerRequest> = {}, headers: AlertmanagerRequest['headers'] = {}) {
  return {
    ...API,
    rawBody: body,
    headers: { authorization: 'Bearer tok', 'content-type': 'application/json', ...headers },
    ...overrides,
  } satisfies AlertmanagerRequest;
}

describe('receiveAlertmanagerWebhook: claims', () => {
  it('does not let a claim whose enqueue never finished block the retry past the short window', async () => {
    const { clock, queue, ctx } = setup();
    queue.next = 'hang';
    // The receiver that claimed and then hung (a Lambda timeout): never awaited.
    void receiveAlertmanagerWebhook(ctx, request());
    await Promise.resolve();

    clock.advance(PENDING_CLAIM_SECONDS * 1000 - 1);
    const tooSoon = await receiveAlertmanagerWebhook(ctx, request());
    clock.advance(1);
    const retry = await receiveAlertmanagerWebhook(ctx, request());

    expect(tooSoon.body).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(retry).toMatchObject({ status: 202, body: { accepted: 1, duplicates: 0 } });
    expect(queue.sent).toHaveLength(1);
  });

  it('keeps an enqueued alert a duplicate for the whole dedup window', async () => {
    const { clock, queue, ctx } = setup();

    await receiveAlertmanagerWebhook(ctx, request());
    clock.advance(DEDUP_TTL_SECONDS * 1000 - 1);
    const resent = await receiveAlertmanagerWebhook(ctx, request());
    clock.advance(1);
    const later = await receiveAlertmanagerWebhook(ctx, request());

    expect(resent.body).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(later.body).toMatchObject({ accepted: 1 });
    expect(queue.sent).toHaveLength(2);
  });

  it('releases the claims when enqueueing fails, so the retry is taken at once', async () => {
    const { queue, ctx } = setup();
    queue.next = 'fail';

    const failed = await receiveAlertmanagerWebhook(ctx, request());
    const retry = await receiveAlertmanagerWebhook(ctx, request());

    expect(failed.status).toBe(503);
    expect(retry).toMatchObject({ status: 202, body: { accepted: 1 } });
  });
});

describe('receiveAlertmanagerWebhook: who may call', () => {
  it('fails closed without a configured token, except on a loopback-only server under its own host name', async () => {
    const { ctx, queue } = setup({});

    const deployed = await receiveAlertmanagerWebhook(ctx, request({}, { authorization: undefined }));
    const local = await receiveAlertmanagerWebhook(ctx, request(LOCAL, { host: 'localhost:8080' }));
    const rebound = await receiveAlertmanagerWebhook(ctx, request(LOCAL, { host: 'evil.example:8080' }));

    expect(deployed.status).toBe(401);
    expect(deployed.body).toEqual({
      error: expect.stringContaining('no ALERTMANAGER_BEARER_TOKEN is configured'),
    });
    expect(local.status).toBe(202);
    expect(rebound.status).toBe(403);
    expect(queue.sent).toHaveLength(1);
  });

  it('checks the bearer token when one is configured, on loopback too', async () => {
    const { ctx } = setup();

    const missing = await receiveAlertmanagerWebhook(ctx, request(LOCAL, { authorization: undefined }));
    const wrong = await receiveAlertmanagerWebhook(ctx, request(API, { authorization: 'Bearer tok2' }));

    expect(missing).toMatchObject({
      status: 401,
      headers: { 'www-authenticate': expect.stringMatching(/^Bearer/) },
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses what a web page could send: another origin, a cross-site fetch, a form or text body', async () => {
    const { ctx, queue } = setup({});
    const local = (headers: AlertmanagerRequest['headers']) =>
      receiveAlertmanagerWebhook(ctx, request(LOCAL, { host: '127.0.0.1:8080', ...headers }));

    const replies = await Promise.all([
      local({ origin: 'https://evil.example' }),
      local({ origin: 'http://127.0.0.1:9999' }),
      local({ origin: 'null' }),
      local({ 'sec-fetch-site': 'cross-site' }),
      local({ 'content-type': 'text/plain;charset=UTF-8' }),
      local({ 'content-type': 'application/x-www-form-urlencoded' }),
      local({ 'content-type': 'multipart/form-data; boundary=x' }),
      local({ 'content-type': undefined }),
    ]);
    const sameOrigin = await local({
      origin: 'http://127.0.0.1:8080',
      'content-type': 'Application/JSON; charset=utf-8',
    });

    expect(replies.map((r) => r.status)).toEqual([403, 403, 403, 403, 415, 415, 415, 415]);
    expect(replies[0]?.body).toEqual({ error: expect.stringContaining('cross-origin') });
    expect(replies[4]?.body).toEqual({ error: expect.stringContaining('application/json') });
    expect(sameOrigin.status).toBe(202);
    expect(queue.sent).toHaveLength(1);
  });

  it('refuses an oversized or non-JSON body with a 4xx', async () => {
    const { ctx } = setup();

    const huge = await receiveAlertmanagerWebhook(ctx, request({ rawBody: ' '.repeat(1024 * 1024 + 1) }));
    const broken = await receiveAlertmanagerWebhook(ctx, request({ rawBody: '{"version":' }));

    expect(huge.status).toBe(413);
    expect(broken).toEqual({ status: 400, body: { error: 'body is not JSON' } });
  });
});
