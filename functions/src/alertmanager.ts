import { receiveAlertmanagerWebhook } from '@sre-agent/app/alertmanager';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { INTERNAL_ERROR, toResponse, webhookRequest } from './shared/http.ts';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

/** Alertmanager webhook (HTTPS): refuse browsers, authenticate, validate, persist + enqueue, answer 202. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return toResponse(await receiveAlertmanagerWebhook(await ingestContext(), webhookRequest(event)));
  } catch (error) {
    logger.error('alertmanager webhook failed', { error });
    return toResponse(INTERNAL_ERROR);
  }
}
