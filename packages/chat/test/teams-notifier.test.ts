import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Notification } from '@sre-agent/core';
import { ExternalServiceError, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamsNotifier } from '../src/teams/teams-notifier.ts';

type Reply = { status: number; headers?: Record<string, string>; body?: string };

/** A local stand-in for a Teams webhook: records POSTs and answers from a script (then 202, like Workflows). */
class FakeTeamsWebhook {
  readonly received: { path: string; contentType: string | undefined; body: unknown }[] = [];
  readonly script: Reply[] = [];
  #server: Server | undefined;

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('fake Teams webhook is not listening');
    const { port } = address;
    return `http://127.0.0.1:${port}/webhookb2/abc/IncomingWebhook/def?sig=s3cr3tSignature`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({
          path: req.url ?? '',
          contentType: req.headers['content-type'],
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        const reply = this.script.shift() ?? { status: 202 };
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body ?? '');
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const notification: Notification = {
  threadKey: 'inc-42',
  severity: 'critical',
  title: 'payments-api CrashLoopBackOff in payments',
  text: 'The rollback did not help; *escalating* to on-call. DB_PASSWORD=hunter2',
  fields: [{ label: 'Restarts', value: '14' }],
  buttons: [{ id: 'approve', label: 'Roll back', value: 'act-9' }],
  status: 'escalated',
};

describe('TeamsNotifier against a local webhook', () => {
  let hook: FakeTeamsWebhook;
  let clock: ManualClock;
  let logger: InMemoryLogger;
  let slept: number[];

  const makeNotifier = (extra: Partial<ConstructorParameters<typeof TeamsNotifier>[0]> = {}) =>
    new TeamsNotifier({
      webhookUrl: hook.url,
      clock,
      logger,
      sleep: async (ms) => {
        slept.push(ms);
      },
      ...extra,
    });

  beforeEach(async () => {
    hook = await new FakeTeamsWebhook().start();
    clock = new ManualClock('2026-03-01T12:00:00Z');
    logger = new InMemoryLogger();
    slept = [];
  });
  afterEach(async () => {
    await hook.stop();
  });

  it('posts an Adaptive Card attachment with title, text and facts', async () => {
    await makeNotifier().notify(notification);

    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    expect(request?.contentType).toBe('application/json');
    expect(request?.path).toContain('/webhookb2/abc/IncomingWebhook/def');
    const body = request?.body as {
      type: string;
      attachments: { contentType: string; content: { type: string; version: string; body: unknown[] } }[];
    };
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const card = body.attachments[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card?.content.body[0]).toMatchObject({
      type: 'TextBlock',
      text: '🔴 payments-api CrashLoopBackOff in payments',
      color: 'Attention',
      weight: 'Bolder',
    });
    expect(card?.content.body[1]).toMatchObject({ type: 'TextBlock', wrap: true });
    // Text is shown literally: Slack-style emphasis is escaped like every other markdown character.
    expect(card?.content.body[1]).toMatchObject({ text: expect.stringContaining('\\*escalating\\*') });
    expect(card?.content.body[2]).toEqual({ type: 'FactSet', facts: [{ title: 'Restarts', value: '14' }] });
    const raw = JSON.stringify(body);
    expect(raw).toContain('/sre approve act-9');
    expect(raw).toContain('Status: escalated · inc-42 · 2026-03-01T12:00:00.000Z');
    expect(raw).not.toContain('hunter2');
  });

  it('retries a 429 after the Retry-After it was given, then succeeds', async () => {
    hook.script.push({ status: 429, headers: { 'Retry-After': '2' }, body: 'Too many requests' });

    await makeNotifier().notify(notification);

    expect(hook.received).toHaveLength(2);
    expect(slept).toEqual([2000]);
    expect(hook.received[0]?.body).toEqual(hook.received[1]?.body);
  });

  it('backs off on 5xx without Retry-After and gives up, retryable, after the bounded attempts', async () => {
    hook.script.push({ status: 503 }, { status: 502 }, { status: 500 });

    const error = await makeNotifier({ maxRetries: 2 })
      .notify(notification)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(true);
    expect((error as Error).message).toContain('gave up after 3 attempts');
    expect(hook.received).toHaveLength(3);
    expect(slept).toEqual([500, 1000]);
  });

  it('fails at once with a clear, non-retryable error on 4xx, without leaking the webhook URL', async () => {
    hook.script.push({ status: 400, body: 'Bad payload received by generic incoming webhook.' });

    const error = await makeNotifier()
      .notify(notification)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(false);
    expect((error as Error).message).toBe(
      'teams: webhook refused the message: HTTP 400: Bad payload received by generic incoming webhook.',
    );
    expect(hook.received).toHaveLength(1);
    expect(JSON.stringify(logger.records)).not.toContain('s3cr3tSignature');
  });

  it('treats a legacy connector throttling answer inside a 200 as a retry', async () => {
    hook.script.push({
      status: 200,
      body: 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0',
    });

    await makeNotifier().notify(notification);

    expect(hook.received).toHaveLength(2);
    expect(slept).toEqual([500]);
  });

  it('does not wait for a Retry-After beyond its limit', async () => {
    hook.script.push({ status: 429, headers: { 'Retry-After': '3600' } });

    const error = await makeNotifier()
      .notify(notification)
      .catch((e: unknown) => e);

    expect((error as ExternalServiceError).retryable).toBe(true);
    expect((error as Error).message).toContain('asked to wait 3600 s');
    expect(slept).toEqual([]);
  });

  it('retries when the webhook cannot be reached at all', async () => {
    const url = hook.url;
    await hook.stop();
    const error = await new TeamsNotifier({
      webhookUrl: url,
      clock,
      logger,
      sleep: async (ms) => {
        slept.push(ms);
      },
      maxRetries: 1,
    })
      .notify(notification)
      .catch((e: unknown) => e);

    expect((error as ExternalServiceError).retryable).toBe(true);
    expect((error as Error).message).toContain('could not reach the webhook');
    expect((error as Error).message).not.toContain('s3cr3tSignature');
    expect(slept).toEqual([500]);
  });
});
