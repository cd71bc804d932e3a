import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signSlackRequest } from '@sre-agent/chat';
import { ConfigSchema, ManualClock, silentLogger, systemClock } from '@sre-agent/core';
import type { CliIo } from '../src/io.ts';
import { startLocalRuntime } from '../src/runtime/local-runtime.ts';
import { sandboxCostSource } from '../src/runtime/sandbox-cost-source.ts';
import { startSandboxMode } from '../src/runtime/sandbox-mode.ts';

const SECRET = 'bench-signing-secret';
const ROUNDS = 40;
/** Answered in the acknowledgement itself, and queued for the worker (acknowledged, then answered on response_url). */
const COMMANDS = {
  immediate: ['help', 'status', 'approve act-none'],
  queued: [
    'diagnose shop/order-service',
    'cost',
    'security shop',
    'memory search OutOfMemoryError: Java heap space',
  ],
} as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * The slash-command acknowledgement time of `npm start` on the sandbox (showcase: every scenario
 * at once): signed `/sre` requests to the local server's `/slack/commands`, one at a time, while the
 * worker answers the queued ones on a local response_url in the same process. Slack wants the
 * acknowledgement within 3 s.
 */
export async function runBench(io: CliIo): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-bench-slack-'));
  let answered = 0;
  const hooks = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      answered += 1;
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((done) => hooks.listen(0, '127.0.0.1', done));
  const hooksUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/`;
  const loaded = {
    config: ConfigSchema.parse({
      state: { dataDir: dir },
      integrations: {
        slack: { channel: '#sre', responseUrlPrefix: hooksUrl, approvers: { default: ['U0ALICE'] } },
      },
    }),
    source: undefined,
    secrets: { SLACK_SIGNING_SECRET: SECRET },
  };
  const clock = new ManualClock(new Date());
  const mode = await startSandboxMode({
    loaded,
    dataDir: dir,
    scenario: 'oom-kill',
    logger: silentLogger,
    clock,
  });
  const cost = await sandboxCostSource(mode);
  const runtime = await startLocalRuntime({
    io: { out: () => {}, err: () => {} },
    port: 0,
    cwd: dir,
    env: { SRE_AGENT_LOG_LEVEL: 'silent' },
    loaded: { ...mode.override.loaded, secrets: loaded.secrets },
    clusters: mode.override.clusters,
    clock,
    wallClock: systemClock,
    terminal: false,
    ...(cost ? { cost } : {}),
  });
  const times: Record<keyof typeof COMMANDS, number[]> = { immediate: [], queued: [] };
  try {
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const kind of ['immediate', 'queued'] as const) {
        for (const text of COMMANDS[kind]) {
          const body = new URLSearchParams({
            command: '/sre',
            text,
            user_id: 'U0ALICE',
            team_id: 'T1',
            channel_id: 'C1',
            response_url: `${hooksUrl}commands/T1/${round}`,
            trigger_id: 't',
          }).toString();
          const timestamp = String(Math.floor(Date.now() / 1000));
          const t0 = performance.now();
          const response = await fetch(`${runtime.url}/slack/commands`, {
            method: 'POST',
            body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-slack-request-timestamp': timestamp,
              'x-slack-signature': signSlackRequest(SECRET, timestamp, body),
            },
          });
          await response.json();
          times[kind].push(performance.now() - t0);
          if (response.status !== 200) throw new Error(`/sre ${text} answered ${response.status}`);
        }
      }
    }
    const acked = performance.now() - started;
    await runtime.agent.localQueue?.drain();
    const all = [...times.immediate, ...times.queued].sort((a, b) => a - b);
    io.out(
      `slash-command acknowledgement, npm start on the sandbox (oom-kill), ${all.length} signed requests one at a time:`,
    );
    for (const kind of ['immediate', 'queued'] as const) {
      const sorted = [...times[kind]].sort((a, b) => a - b);
      io.out(
        `  ${kind.padEnd(9)} (${COMMANDS[kind].map((c) => c.split(' ')[0]).join(', ')}): p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? 0)}`,
      );
    }
    io.out(
      `  all: p50 ${ms(percentile(all, 50))}, p99 ${ms(percentile(all, 99))} (Slack's limit: 3000 ms); ${(acked / 1000).toFixed(1)} s to acknowledge, ${answered} answers posted on response_url`,
    );
  } finally {
    await runtime.close();
    await mode.close();
    await new Promise((done) => hooks.close(done));
    await rm(dir, { recursive: true, force: true });
  }
}
