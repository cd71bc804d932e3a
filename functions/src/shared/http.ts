import type { Reply } from '@sre-agent/app';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The raw body of an HTTP API / Function URL event (signatures are computed over it). */
export function rawBody(event: APIGatewayProxyEventV2): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** Header lookup; API Gateway v2 lower-cases header names. */
export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers?.[name.toLowerCase()];
}

/** The headers a webhook receiver judges a request by (authentication, browsers, host). */
const WEBHOOK_HEADERS = ['authorization', 'content-type', 'origin', 'sec-fetch-site', 'host'] as const;

/**
 * A webhook request (Alertmanager, Falcosidekick) as the receivers take it: the raw body, the
 * headers they judge, and the API's own origin (a browser posting from it is still refused).
 */
export function webhookRequest(event: APIGatewayProxyEventV2) {
  const domain = event.requestContext?.domainName;
  return {
    rawBody: rawBody(event),
    headers: Object.fromEntries(WEBHOOK_HEADERS.map((name) => [name, header(event, name)])),
    ownOrigins: domain ? [`https://${domain.toLowerCase()}`] : [],
    loopbackOnly: false,
  };
}

export function toResponse(reply: Reply): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: reply.status,
    headers: { 'content-type': 'application/json', ...reply.headers },
    body: JSON.stringify(reply.body),
  };
}

/** Unexpected failures: a generic 500, never a stack trace (details go to the log). */
export const INTERNAL_ERROR: Reply = { status: 500, body: { error: 'internal error' } };
