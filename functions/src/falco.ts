import { receiveFalcoWebhook } from '@sre-agent/app/falco';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { INTERNAL_ERROR, toResponse, webhookRequest } from './shared/http.ts';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

/** Falcosidekick webhook (HTTPS): refuse browsers, authenticate, bound and parse, enqueue the quarantine, answer 202. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return toResponse(await receiveFalcoWebhook(await ingestContext(), webhookRequest(event)));
  } catch (error) {
    logger.error('falco webhook failed', { error });
    return toResponse(INTERNAL_ERROR);
  }
}
