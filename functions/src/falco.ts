import { receiveFalcoWebhook } from '@sre-agent/app/falco';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { header, INTERNAL_ERROR, rawBody, toResponse } from './shared/http.ts';
import { ingestContext } from './shared/ingest.ts';
import { logger } from './shared/logger.ts';

const HEADERS = ['authorization', 'content-type', 'origin', 'sec-fetch-site', 'host'] as const;

/** Falcosidekick webhook (HTTPS): refuse browsers, authenticate, bound and parse, enqueue the quarantine, answer 202. */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    const ctx = await ingestContext();
    const domain = event.requestContext?.domainName;
    return toResponse(
      await receiveFalcoWebhook(ctx, {
        rawBody: rawBody(event),
        headers: Object.fromEntries(HEADERS.map((name) => [name, header(event, name)])),
        ownOrigins: domain ? [`https://${domain.toLowerCase()}`] : [],
        loopbackOnly: false,
      }),
    );
  } catch (error) {
    logger.error('falco webhook failed', { error });
    return toResponse(INTERNAL_ERROR);
  }
}
