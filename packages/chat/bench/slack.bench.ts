import { performance } from 'node:perf_hooks';
import type { Notification } from '@sre-agent/core';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { buildSlackMessage } from '../src/slack/blocks.ts';
import { parseSlackInteraction, parseSlashCommand } from '../src/slack/payloads.ts';
import { createSlackWebClient, SlackNotifier } from '../src/slack/slack-notifier.ts';
import { signSlackRequest, verifySlackSignature } from '../src/slack/verify-signature.ts';
import { InMemoryThreadStore } from '../src/thread-store.ts';
import { FakeSlackApi } from '../test/helpers/fake-slack-api.ts';

type Io = { out(text: string): void; err(text: string): void };

function time(label: string, iterations: number, run: (i: number) => void, io: Io): void {
  for (let i = 0; i < Math.min(1000, iterations); i += 1) run(i); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) run(i);
  const ms = performance.now() - start;
  io.out(
    `${label.padEnd(44)} ${((ms * 1000) / iterations).toFixed(2).padStart(8)} µs/op  (${iterations} ops)`,
  );
}

/** Slack front-door costs: request verification and parsing (per Slack request), message building, and notify round trips. */
export async function runBench(io: Io): Promise<void> {
  const secret = 'bench-signing-secret';
  const body = new URLSearchParams({
    command: '/sre',
    text: 'approve act-7',
    user_id: 'U1',
    user_name: 'steve',
    channel_id: 'C1',
    team_id: 'T1',
    response_url: 'https://hooks.slack.com/commands/T1/1/abc',
    trigger_id: '1.2.3',
  }).toString();
  const timestamp = '1772366584';
  const signature = signSlackRequest(secret, timestamp, body);
  const now = new Date(Number(timestamp) * 1000);
  time(
    'verifySlackSignature (slash command body)',
    50_000,
    () => {
      if (!verifySlackSignature({ signingSecret: secret, timestamp, signature, rawBody: body, now }).ok) {
        throw new Error('bench signature rejected');
      }
    },
    io,
  );
  time('parseSlashCommand', 50_000, () => parseSlashCommand(body), io);
  const interaction = new URLSearchParams({
    payload: JSON.stringify({
      type: 'block_actions',
      user: { id: 'U1', username: 'steve' },
      actions: [{ action_id: 'approve', value: 'act-7', block_id: 'b' }],
      response_url: 'https://hooks.slack.com/actions/T1/1/abc',
      message: { ts: '1.2' },
      channel: { id: 'C1' },
    }),
  }).toString();
  time('parseSlackInteraction', 50_000, () => parseSlackInteraction(interaction), io);
  const notification: Notification = {
    threadKey: 'inc-1',
    severity: 'warning',
    title: 'order-service OOMKilled in shop',
    text: `Evidence:\n${'java.lang.OutOfMemoryError: Java heap space at com.acme.Export.run(Export.java:42)\n'.repeat(60)}`,
    fields: [
      { label: 'Workload', value: 'shop/Deployment/order-service' },
      { label: 'Memory limit', value: '256Mi' },
    ],
    buttons: [
      { id: 'approve', label: 'Raise to 512Mi', value: 'act-7', style: 'primary' },
      { id: 'reject', label: 'Leave it', value: 'act-7', style: 'danger' },
    ],
  };
  time(
    'buildSlackMessage (5 KB story)',
    20_000,
    () => buildSlackMessage(notification, { role: 'root', now }),
    io,
  );

  const api = await new FakeSlackApi('xoxb-bench').start();
  try {
    const notifier = new SlackNotifier({
      client: createSlackWebClient({
        token: 'xoxb-bench',
        apiUrl: api.apiUrl,
        retryConfig: { retries: 0 },
        logger: silentLogger,
      }),
      channel: '#sre',
      threadStore: new InMemoryThreadStore(),
      clock: new ManualClock(),
      logger: silentLogger,
    });
    const incidents = 20;
    const perIncident = 10;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: incidents }, async (_, i) => {
        for (let m = 0; m < perIncident; m += 1) {
          await notifier.notify({ ...notification, threadKey: `inc-${i}` });
        }
      }),
    );
    const ms = performance.now() - start;
    const calls = api.calls.length;
    io.out(
      `SlackNotifier via WebClient → local Web API     ${(ms / (incidents * perIncident)).toFixed(2)} ms/notification ` +
        `(${incidents} threads × ${perIncident} messages, ${calls} API calls, ${(ms / 1000).toFixed(2)} s)`,
    );
  } finally {
    await api.stop();
  }
}
