import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, type LoadedConfig, ManualClock, silentLogger } from '@sre-agent/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../src/runtime/local-runtime.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import {
  postSignedSlack,
  type ResponseUrlServer,
  slashCommand,
  startResponseUrlServer,
  startSandboxRuntime,
} from './helpers/slack.ts';

const SECRET = 'slack-signing-secret';
const REAL_START = new Date('2026-12-02T09:00:00Z');

let mode: SandboxMode | undefined;
let runtime: LocalRuntime | undefined;
let dir: string | undefined;
let hooks: ResponseUrlServer<Record<string, unknown>> | undefined;
afterEach(async () => {
  await hooks?.close();
  hooks = undefined;
  await runtime?.close();
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  runtime = mode = dir = undefined;
});

describe('npm start on the sandbox, driven from Slack', () => {
  it('accepts a correctly signed /sre status after the 20x scenario clock has run hours ahead of real time', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-slack-sandbox-'));
    const loaded: LoadedConfig = {
      config: ConfigSchema.parse({ state: { dataDir: dir } }),
      source: undefined,
      secrets: { SLACK_SIGNING_SECRET: SECRET },
    };
    const scenarioClock = new ManualClock(REAL_START);
    const wallClock = new ManualClock(REAL_START);
    mode = await startSandboxMode({
      loaded,
      dataDir: dir,
      scenario: 'healthy',
      logger: silentLogger,
      clock: scenarioClock,
    });
    runtime = await startSandboxRuntime(mode, {
      dir,
      secrets: loaded.secrets,
      clock: scenarioClock,
      wallClock,
    });
    // Thirty real seconds after start, at 20x: ten scenario minutes ahead (here, two hours).
    wallClock.advance(30_000);
    scenarioClock.advance(2 * 60 * 60_000);

    const response = await postSignedSlack(
      runtime.url,
      '/slack/commands',
      slashCommand('status', 'U0ALICE', 'https://hooks.slack.invalid/x'),
      {
        secret: SECRET,
        at: wallClock.now(),
      },
    );

    expect(response.status).toBe(200);
    expect(((await response.json()) as { text: string }).text).toContain('The agent is active');
  });
});

describe('/sre diagnose on npm start (the sandbox)', () => {
  it('acknowledges at once, then answers on response_url with the diagnosis and what the agent would do', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-slack-diagnose-'));
    const slack = await startResponseUrlServer();
    hooks = slack;
    const loaded: LoadedConfig = {
      config: ConfigSchema.parse({
        state: { dataDir: dir },
        integrations: { slack: { channel: '#sre', responseUrlPrefix: slack.url } },
      }),
      source: undefined,
      secrets: { SLACK_SIGNING_SECRET: SECRET },
    };
    const clock = new ManualClock(REAL_START);
    mode = await startSandboxMode({
      loaded,
      dataDir: dir,
      scenario: 'oom-kill',
      logger: silentLogger,
      clock,
    });
    runtime = await startSandboxRuntime(mode, { dir, secrets: loaded.secrets, clock });
    const ack = await postSignedSlack(
      runtime.url,
      '/slack/commands',
      slashCommand('diagnose shop/order-service', 'U0BOB', `${slack.url}commands/T1/1/abc`),
      {
        secret: SECRET,
        at: clock.now(),
      },
    );
    expect(ack.status).toBe(200);
    expect(((await ack.json()) as { text: string }).text).toContain('Diagnosing shop/order-service');
    await runtime.agent.localQueue?.drain();

    // A long report comes in numbered parts (at most five: Slack's limit per response_url).
    expect(slack.bodies.length).toBeGreaterThanOrEqual(1);
    expect(slack.bodies.length).toBeLessThanOrEqual(5);
    const parts = slack.bodies as { response_type: string; text: string }[];
    for (const part of parts) expect(part.response_type).toBe('ephemeral');
    const answer = { text: parts.map((p) => p.text).join('\n') };
    expect(answer.text).toContain('shop/order-service (Deployment)');
    expect(answer.text).toContain('raise-memory-limit');
    expect(answer.text).toContain('nothing was changed');
    // Diagnosing changed nothing: no incident, no audit record.
    expect(await runtime.agent.stores.incidents.listOpen()).toEqual([]);
  });
});
