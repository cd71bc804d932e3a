import { handleSlackCommand, handleSlackInteraction } from '@sre-agent/app/slack';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { header, INTERNAL_ERROR, rawBody, toResponse } from './shared/http.ts';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

const ROUTES = {
  '/slack/commands': handleSlackCommand,
  '/slack/interactions': handleSlackInteraction,
} as const;

/** Slack slash commands and interactive buttons: verify the signature, then one use case. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const route = ROUTES[event.rawPath as keyof typeof ROUTES];
  if (!route) return toResponse({ status: 404, body: { error: `no route ${event.rawPath}` } });
  try {
    const reply = await route(await ingestContext(), {
      rawBody: rawBody(event),
      timestamp: header(event, 'x-slack-request-timestamp'),
      signature: header(event, 'x-slack-signature'),
    });
    return toResponse(reply);
  } catch (error) {
    logger.error('slack request failed', { error, path: event.rawPath });
    return toResponse(INTERNAL_ERROR);
  }
}
