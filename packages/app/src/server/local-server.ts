import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '@sre-agent/core';
import type { AgentContext, Reply } from '../context.ts';
import { receiveAlertmanagerWebhook } from '../use-cases/receive-alertmanager.ts';
import { receiveFalcoWebhook } from '../use-cases/receive-falco.ts';
import { handleSlackCommand, handleSlackInteraction } from '../use-cases/slack.ts';
import { isLoopbackAddress, loopbackOrigins, type WebhookTransport } from '../use-cases/webhook-guard.ts';

/** Bodies larger than this are refused (Alertmanager batches stay far below). */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply): void {
  const body = JSON.stringify(reply.body);
  response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  response.end(body);
}

type Route = (
  ctx: AgentContext,
  request: IncomingMessage,
  body: string,
  transport: WebhookTransport,
) => Promise<Reply>;

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const ROUTES: Record<string, Route> = {
  'POST /alertmanager': (ctx, request, body, transport) =>
    receiveAlertmanagerWebhook(ctx, {
      ...transport,
      rawBody: body,
      headers: {
        authorization: header(request, 'authorization'),
        'content-type': header(request, 'content-type'),
        origin: header(request, 'origin'),
        'sec-fetch-site': header(request, 'sec-fetch-site'),
        host: header(request, 'host'),
      },
    }),
  'POST /falco': (ctx, request, body, transport) =>
    receiveFalcoWebhook(ctx, {
      ...transport,
      rawBody: body,
      headers: {
        authorization: header(request, 'authorization'),
        'content-type': header(request, 'content-type'),
        origin: header(request, 'origin'),
        'sec-fetch-site': header(request, 'sec-fetch-site'),
        host: header(request, 'host'),
      },
    }),
  'POST /slack/commands': (ctx, request, body) =>
    handleSlackCommand(ctx, {
      rawBody: body,
      timestamp: header(request, 'x-slack-request-timestamp'),
      signature: header(request, 'x-slack-signature'),
    }),
  'POST /slack/interactions': (ctx, request, body) =>
    handleSlackInteraction(ctx, {
      rawBody: body,
      timestamp: header(request, 'x-slack-request-timestamp'),
      signature: header(request, 'x-slack-signature'),
    }),
};

/** What the server is called and whether only this machine can reach it, from where it listens. */
function transportOf(server: Server): WebhookTransport {
  const address = server.address() as AddressInfo;
  if (isLoopbackAddress(address.address)) {
    return { ownOrigins: loopbackOrigins(address.port), loopbackOnly: true };
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { ownOrigins: [`http://${host}:${address.port}`], loopbackOnly: false };
}

/**
 * The local HTTP face of the agent: the same use cases the Lambda functions call, on one port.
 * Errors never leak a stack trace: 4xx carry the reason, 5xx a generic message (details in the log).
 */
export function createLocalServer(ctx: AgentContext): Server {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, { status: 405, body: { error: 'use GET /healthz' }, headers: { allow: 'GET, HEAD' } });
        return;
      }
      send(response, { status: 200, body: { status: 'ok', clusters: [...ctx.clusters.keys()] } });
      return;
    }
    const route = ROUTES[`${request.method} ${path}`];
    if (!route) {
      const known = Object.keys(ROUTES).some((key) => key.endsWith(` ${path}`));
      send(
        response,
        known
          ? { status: 405, body: { error: `use POST ${path}` } }
          : { status: 404, body: { error: `no route ${path}` } },
      );
      return;
    }
    readBody(request)
      .then((body) => route(ctx, request, body, transportOf(server)))
      .then(
        (reply) => send(response, reply),
        (error: unknown) => {
          if (error instanceof BodyTooLarge) {
            send(response, { status: 413, body: { error: `body larger than ${MAX_BODY_BYTES} bytes` } });
            return;
          }
          ctx.logger.error('request failed', { path, error: errorMessage(error) });
          send(response, { status: 500, body: { error: 'internal error; see the agent log' } });
        },
      );
  });
  return server;
}

/** Starts the server on 127.0.0.1 and resolves with its URL. */
export async function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return `http://${host}:${actual}`;
}
