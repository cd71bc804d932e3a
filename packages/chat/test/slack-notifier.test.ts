import type { Notification } from '@sre-agent/core';
import { ExternalServiceError, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackBlock } from '../src/slack/blocks.ts';
import { createSlackWebClient, SlackNotifier } from '../src/slack/slack-notifier.ts';
import { InMemoryThreadStore } from '../src/thread-store.ts';
import { FakeSlackApi } from './helpers/fake-slack-api.ts';

const TOKEN = 'xoxb-test-token';

const detected: Notification = {
  threadKey: 'inc-42',
  severity: 'warning',
  title: 'order-service OOMKilled in shop',
  text: 'The container was killed 3 times in 10 minutes: it exceeds its *256Mi* memory limit.',
  fields: [
    { label: 'Workload', value: 'shop/Deployment/order-service' },
    { label: 'Memory limit', value: '256Mi' },
  ],
  buttons: [
    { id: 'approve', label: 'Raise to 512Mi', value: 'act-7', style: 'primary' },
    { id: 'reject', label: 'Leave it', value: 'act-7', style: 'danger' },
  ],
  status: 'awaiting approval',
};

describe('SlackNotifier against a local Slack Web API', () => {
  let api: FakeSlackApi;
  let logger: InMemoryLogger;
  let threads: InMemoryThreadStore;
  let clock: ManualClock;

  const makeNotifier = (channel = '#sre') =>
    new SlackNotifier({
      client: createSlackWebClient({
        token: TOKEN,
        apiUrl: api.apiUrl,
        retryConfig: { retries: 3, factor: 1, minTimeout: 0, maxTimeout: 0 },
        logger,
      }),
      channel,
      threadStore: threads,
      clock,
      logger,
    });

  beforeEach(async () => {
    api = await new FakeSlackApi(TOKEN).start();
    logger = new InMemoryLogger();
    threads = new InMemoryThreadStore();
    clock = new ManualClock('2026-03-01T12:03:04Z');
  });
  afterEach(async () => {
    await api.stop();
  });

  it('opens a thread in the channel with Block Kit blocks and remembers its ts', async () => {
    await makeNotifier().notify(detected);

    const [call] = api.callsOf('chat.postMessage');
    expect(call?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.body.channel).toBe('#sre');
    expect(call?.body.thread_ts).toBeUndefined();
    const blocks = call?.body.blocks as SlackBlock[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions', 'context']);
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '⚠️ order-service OOMKilled in shop', emoji: true },
    });
    expect(blocks[2]).toMatchObject({
      fields: [
        { type: 'mrkdwn', text: '*Workload*\nshop/Deployment/order-service' },
        { type: 'mrkdwn', text: '*Memory limit*\n256Mi' },
      ],
    });
    expect(blocks[3]).toMatchObject({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'approve',
          value: 'act-7',
          style: 'primary',
          text: { text: 'Raise to 512Mi' },
        },
        { type: 'button', action_id: 'reject', value: 'act-7', style: 'danger', text: { text: 'Leave it' } },
      ],
    });
    expect(JSON.stringify(blocks[4])).toContain('*Status:* awaiting approval');
    expect(call?.body.text).toContain('order-service OOMKilled in shop');
    expect(await threads.get('inc-42', 'slack')).toEqual({
      channel: 'C0SRE00001',
      messageId: '1700000000.000001',
    });
  });

  it('posts later messages in the thread of the first and updates the root with the latest status', async () => {
    const notifier = makeNotifier();
    await notifier.notify(detected);
    clock.advance(5 * 60_000);
    await notifier.notify({
      threadKey: 'inc-42',
      severity: 'resolved',
      title: 'order-service OOMKilled in shop',
      text: 'I raised its memory limit to 512Mi; it has been healthy for 5 minutes.',
    });

    const posts = api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(2);
    const rootTs = '1700000000.000001';
    expect(posts[1]?.body.thread_ts).toBe(rootTs);
    expect(posts[1]?.body.channel).toBe('C0SRE00001');

    const [update] = api.callsOf('chat.update');
    expect(update?.body).toMatchObject({ channel: 'C0SRE00001', ts: rootTs });
    const root = api.messages.get(rootTs);
    const rootBlocks = root?.blocks as SlackBlock[];
    expect(rootBlocks[0]).toMatchObject({ text: { text: '✅ order-service OOMKilled in shop' } });
    expect(JSON.stringify(rootBlocks.at(-1))).toContain('*Status:* resolved ✅');
    // The decision has been made: the root no longer offers the buttons.
    expect(rootBlocks.some((b) => b.type === 'actions')).toBe(false);
    expect(String(root?.text)).toContain('resolved');
  });

  it('keeps one thread per incident even when messages for it are sent at once', async () => {
    const notifier = makeNotifier();
    await Promise.all([
      notifier.notify(detected),
      notifier.notify({ ...detected, severity: 'info', text: 'Gathering evidence.' }),
      notifier.notify({ ...detected, threadKey: 'inc-43' }),
    ]);

    const posts = api.callsOf('chat.postMessage');
    const roots = posts.filter((p) => p.body.thread_ts === undefined);
    expect(roots).toHaveLength(2);
    expect(posts.filter((p) => p.body.thread_ts === '1700000000.000001')).toHaveLength(1);
  });

  it('waits as Retry-After asks on 429 and then succeeds', async () => {
    api.rateLimitNext(1, '0');
    await makeNotifier().notify(detected);

    const posts = api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.body).toEqual(posts[1]?.body);
    expect(
      logger.records.some((r) => r.message.includes('rate limited') && r.attributes.retryAfterSeconds === 0),
    ).toBe(true);
    expect(await threads.get('inc-42', 'slack')).toBeDefined();
  });

  it('gives up after the configured retries with a retryable ExternalServiceError', async () => {
    api.rateLimitNext(10, '0');
    const error = await makeNotifier()
      .notify(detected)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).retryable).toBe(true);
    expect(api.callsOf('chat.postMessage')).toHaveLength(4);
  });

  it('reports a Slack platform error as a non-retryable ExternalServiceError naming it', async () => {
    const error = await makeNotifier('#nope')
      .notify(detected)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as Error).message).toBe(
      'slack: chat.postMessage failed: channel_not_found (check integrations.slack.channel, and invite the app if the channel is private)',
    );
    expect((error as ExternalServiceError).retryable).toBe(false);
    expect(await threads.get('inc-42', 'slack')).toBeUndefined();
  });

  it('keeps the reply when the root cannot be updated, so a retry does not post it twice', async () => {
    const notifier = makeNotifier();
    await notifier.notify(detected);
    api.failNext('chat.update', 'cant_update_message');

    await notifier.notify({ ...detected, severity: 'info', text: 'Still looking.' });

    expect(api.callsOf('chat.postMessage')).toHaveLength(2);
    expect(
      logger.records.some((r) => r.level === 'warn' && r.message === 'incident thread root not updated'),
    ).toBe(true);
  });

  it('opens a new thread when the root of the old one was deleted', async () => {
    const notifier = makeNotifier();
    await notifier.notify(detected);
    api.messages.delete('1700000000.000001');

    await notifier.notify({ ...detected, severity: 'critical', text: 'Escalating.' });

    const posts = api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(3);
    expect(posts[1]?.body.thread_ts).toBe('1700000000.000001');
    expect(posts[2]?.body.thread_ts).toBeUndefined();
    expect(posts[2]?.body.channel).toBe('#sre');
    expect(await threads.get('inc-42', 'slack')).toEqual({
      channel: 'C0SRE00001',
      messageId: '1700000000.000002',
    });
  });

  it('redacts secrets and neutralises Slack markup that slipped into the text', async () => {
    await makeNotifier().notify({
      ...detected,
      text: 'log: password=hunter2 <!channel> & DATABASE_URL=postgres://app:s3cret@db:5432/x',
      fields: [{ label: 'token', value: 'xoxb-123456789012-abcdefghijkl' }],
    });

    const raw = JSON.stringify(api.callsOf('chat.postMessage')[0]?.body);
    expect(raw).not.toContain('hunter2');
    expect(raw).not.toContain('s3cret');
    expect(raw).not.toContain('xoxb-123456789012');
    expect(raw).not.toContain('<!channel>');
    expect(raw).toContain('&lt;!channel&gt; &amp;');
  });
});
