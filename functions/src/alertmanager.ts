import { receiveAlertmanagerWebhook } from '@sre-agent/app/alertmanager';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { header, INTERNAL_ERROR, rawBody, toResponse } from './shared/http.ts';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

/** Alertmanager webhook (HTTPS): authenticate, validate, persist + enqueue, answer 202. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody(event));
  } catch {
    return toResponse({ status: 400, body: { error: 'body is not JSON' } });
  }
  try {
    const ctx = await ingestContext();
    return toResponse(
      await receiveAlertmanagerWebhook(ctx, { authorization: header(event, 'authorization'), body }),
    );
  } catch (error) {
    logger.error('alertmanager webhook failed', { error });
    return toResponse(INTERNAL_ERROR);
  }
}
