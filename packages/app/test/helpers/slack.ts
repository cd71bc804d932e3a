import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signSlackRequest } from '@sre-agent/chat';
import type { Clock, LoadedConfig } from '@sre-agent/core';
import {
  type LocalRuntime,
  type LocalRuntimeOptions,
  startLocalRuntime,
} from '../../src/runtime/local-runtime.ts';
import type { SandboxMode } from '../../src/runtime/sandbox-mode.ts';

/** A stand-in for Slack's `response_url` endpoint: records each JSON body posted to it. */
export type ResponseUrlServer<T> = { url: string; bodies: T[]; close(): Promise<void> };

/** Starts the stand-in on a random port of 127.0.0.1; every post is answered 200 `ok`, as Slack does. */
export async function startResponseUrlServer<T = Record<string, unknown>>(): Promise<ResponseUrlServer<T>> {
  const bodies: T[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      bodies.push(JSON.parse(body) as T);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bodies,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Posts `fields` form-encoded to `path` (`/slack/commands`, `/slack/interactions`) of the agent at
 * `baseUrl`, signed with `secret` as Slack signs a request at `at` (v0 HMAC over the raw body).
 */
export function postSignedSlack(
  baseUrl: string,
  path: '/slack/commands' | '/slack/interactions',
  fields: Record<string, string>,
  signing: { secret: string; at: Date },
): Promise<Response> {
  const body = new URLSearchParams(fields).toString();
  const timestamp = String(Math.floor(signing.at.getTime() / 1000));
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackRequest(signing.secret, timestamp, body),
    },
  });
}

/** The fields of a `/sre <text>` slash command from `user`, answered on `responseUrl`. */
export function slashCommand(text: string, user: string, responseUrl: string): Record<string, string> {
  return {
    command: '/sre',
    text,
    user_id: user,
    team_id: 'T1',
    channel_id: 'C1',
    response_url: responseUrl,
    trigger_id: 't',
  };
}

/**
 * `npm start`'s local runtime over a started sandbox, as the Slack tests run it: silent, on a random
 * port of 127.0.0.1, the sandbox's config with the test's secrets (Slack's signing secret), and in
 * `suggest` mode when `suggest` is set (every fix waits for a human's button).
 */
export function startSandboxRuntime(
  mode: SandboxMode,
  options: {
    dir: string;
    secrets: LoadedConfig['secrets'];
    clock: Clock;
    /** The clock that paces the scheduler (default: `clock`). */
    wallClock?: Clock;
    suggest?: boolean;
  } & Pick<LocalRuntimeOptions, 'cost'>,
): Promise<LocalRuntime> {
  const { config } = mode.override.loaded;
  return startLocalRuntime({
    io: { out: () => {}, err: () => {} },
    port: 0,
    cwd: options.dir,
    env: { SRE_AGENT_LOG_LEVEL: 'silent' },
    loaded: {
      ...mode.override.loaded,
      ...(options.suggest
        ? {
            config: {
              ...config,
              clusters: config.clusters.map((c) => ({ ...c, defaultMode: 'suggest' as const })),
            },
          }
        : {}),
      secrets: options.secrets,
    },
    clusters: mode.override.clusters,
    clock: options.clock,
    wallClock: options.wallClock ?? options.clock,
    terminal: false,
    ...(options.cost ? { cost: options.cost } : {}),
  });
}
