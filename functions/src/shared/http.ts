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

export function toResponse(reply: Reply): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: reply.status,
    headers: { 'content-type': 'application/json', ...reply.headers },
    body: JSON.stringify(reply.body),
  };
}

/** Unexpected failures: a generic 500, never a stack trace (details go to the log). */
export const INTERNAL_ERROR: Reply = { status: 500, body: { error: 'internal error' } };
