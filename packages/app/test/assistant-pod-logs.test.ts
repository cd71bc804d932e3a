import { generateKeyPairSync } from 'node:crypto';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { InMemoryLogger, ManualClock, parseConfig, sequentialIds } from '@sre-agent/core';
import { deploymentFixture, InMemoryCluster, startFakeBedrockConverse } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConverseAssistant, DEFAULT_ASSISTANT_BOUNDS } from '../src/assistant/converse-assistant.ts';
import { buildAgent } from '../src/compose/build-agent.ts';
import { processWorkItem } from '../src/use-cases/process-work.ts';
import { type ResponseUrlServer, startResponseUrlServer } from './helpers/slack.ts';

const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const POD = 'web-7d9c5b6f4-aaaaa';

/** A real RSA private key, PEM-encoded: its base64 body spans many lines. */
const KEY = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
}).privateKey;
const KEY_BODY = KEY.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));

const PREVIOUS_LOG = [
  '{"level":"info","msg":"starting web"}',
  'loading TLS key from env TLS_KEY:',
  ...KEY.trimEnd().split('\n'),
  'Error: key does not match certificate',
].join('\n');
const LONG_LOG = Array.from({ length: 300 }, (_, i) => `line ${i + 1} of 300`).join('\n');

let fake: Awaited<ReturnType<typeof startFakeBedrockConverse>>;
let client: BedrockRuntimeClient;
let slack: ResponseUrlServer<{ text: string }>;

function world() {
  const clock = new ManualClock('2026-06-01T09:00:00Z');
  const cluster = new InMemoryCluster('prod', {
    logs: { [`shop/${POD}`]: { current: LONG_LOG, previous: PREVIOUS_LOG } },
  }).addWorkload(
    deploymentFixture({ namespace: 'shop', name: 'web', crash: { reason: 'Error', exitCode: 1 } }),
  );
  const config = parseConfig(
    `clusters: [{ name: prod, inCluster: true }]\nintegrations: { slack: { channel: '#sre', responseUrlPrefix: '${slack.url}' } }`,
  );
  const agent = buildAgent({
    loaded: { config, source: undefined, secrets: {} },
    stores: createInMemoryState({ clock }),
    clusters: new Map([['prod', { reader: cluster, writer: cluster }]]),
    clock,
    logger: new InMemoryLogger(),
    ids: sequentialIds(),
  });
  const assistant = new ConverseAssistant({ client, modelId: MODEL, bounds: DEFAULT_ASSISTANT_BOUNDS });
  return { agent: { ...agent, assistant }, cluster, clock, config };
}

beforeAll(async () => {
  fake = await startFakeBedrockConverse();
  slack = await startResponseUrlServer();
  client = new BedrockRuntimeClient({
    region: 'eu-west-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await fake?.close();
  await slack?.close();
});
beforeEach(() => {
  fake.calls.length = 0;
  slack.bodies.length = 0;
});

describe('pod_logs in /sre ask (Bedrock fake, in-memory cluster, response_url stand-in)', () => {
  it('redacts a private key spread over many log lines before Bedrock or Slack see any of it', async () => {
    const { agent } = world();
    fake.reply(
      {
        kind: 'tools',
        uses: [{ id: 'tu-1', name: 'pod_logs', input: { namespace: 'shop', pod: POD, previous: true } }],
      },
      // A model that repeats what it read: whatever reached it would reach the channel.
      { kind: 'echo' },
    );

    await processWorkItem(agent, {
      type: 'chat-ask',
      cluster: 'prod',
      question: 'why does web crash?',
      responseUrl: `${slack.url}commands/T1/1/abc`,
      user: 'slack:U0BOB',
    });

    expect(fake.calls).toHaveLength(2);
    const sent = JSON.stringify(fake.calls[1]?.body.messages?.at(-1));
    expect(sent).toContain('key does not match certificate');
    expect(sent).toContain('[REDACTED]:private-key');
    expect(slack.bodies).toHaveLength(1);
    const posted = slack.bodies[0]?.text ?? '';
    expect(posted).toContain('key does not match certificate');
    expect(KEY_BODY.length).toBeGreaterThan(10);
    for (const line of KEY_BODY) {
      for (const call of fake.calls) expect(call.raw).not.toContain(line);
      expect(posted).not.toContain(line);
    }
  });

  it('keeps the newest lines of a long log (the crash is at the end)', async () => {
    const { agent } = world();
    fake.reply(
      {
        kind: 'tools',
        uses: [{ id: 'tu-1', name: 'pod_logs', input: { namespace: 'shop', pod: POD, tailLines: 300 } }],
      },
      { kind: 'text', text: 'web logs its line count.' },
    );

    await processWorkItem(agent, {
      type: 'chat-ask',
      cluster: 'prod',
      question: 'what did web log last?',
      responseUrl: `${slack.url}commands/T1/1/abc`,
      user: 'slack:U0BOB',
    });

    const [result] = (fake.calls[1]?.body.messages?.at(-1)?.content ?? []).flatMap((b) =>
      b.toolResult ? [b.toolResult] : [],
    );
    expect(result?.status).toBe('success');
    const value = (result?.content[0] as { json: { lines: string[]; olderLinesOmitted: number } } | undefined)
      ?.json ?? { lines: [], olderLinesOmitted: 0 };
    expect(value.lines.at(-1)).toBe('line 300 of 300');
    expect(value.lines.length).toBeGreaterThan(50);
    expect(value.lines[0]).toBe(`line ${301 - value.lines.length} of 300`);
    expect(value.olderLinesOmitted).toBe(300 - value.lines.length);
  });
});
