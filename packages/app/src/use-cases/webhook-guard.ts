import type { Reply } from '../context.ts';
import { secretsEqual } from './constant-time.ts';

/** The request headers a machine-to-machine webhook is judged by (names lower-case, as HTTP APIs give them). */
export type WebhookHeaders = {
  authorization?: string | undefined;
  'content-type'?: string | undefined;
  origin?: string | undefined;
  'sec-fetch-site'?: string | undefined;
  host?: string | undefined;
};

/** Where the request arrived: what the server itself is called, and whether it listens on loopback only. */
export type WebhookTransport = {
  /** Origins the server is reached at (scheme://host[:port]); a browser's `Origin` must be one of them. */
  ownOrigins: readonly string[];
  /**
   * True only for a local server bound to a loopback address (`sre-agent start` binds 127.0.0.1):
   * the one place where a webhook without a configured token is accepted.
   */
  loopbackOnly?: boolean;
};

/** Header names that make up a loopback server's own authority, e.g. `127.0.0.1:8080`. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** True for 127.0.0.0/8 and ::1 (also IPv4-mapped), the addresses only this machine can reach. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The origins a loopback server on `port` is reached at by a browser on this machine. */
export function loopbackOrigins(port: number): string[] {
  return LOOPBACK_HOSTS.map((host) => `http://${host}:${port}`);
}

/** The media type of a Content-Type header, lower-case, without parameters. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Refuses what a web page could make a browser send: a request from another origin (an `Origin`
 * that is not the server's own, or `Sec-Fetch-Site: cross-site`/`same-site`), and any body that is
 * not `application/json`. Forms and `fetch(..., { mode: 'no-cors' })` can POST `text/plain`,
 * `application/x-www-form-urlencoded` and `multipart/form-data` (or no type at all) without a CORS
 * preflight; JSON cannot. Alertmanager sends no `Origin` and always `application/json`.
 */
export function refuseBrowserRequest(
  headers: WebhookHeaders,
  transport: WebhookTransport,
): Reply | undefined {
  const origin = headers.origin;
  if (origin !== undefined && !transport.ownOrigins.includes(origin.toLowerCase())) {
    return {
      status: 403,
      body: { error: 'cross-origin requests are refused (the Origin header is not this server)' },
    };
  }
  const site = headers['sec-fetch-site']?.toLowerCase();
  if (site === 'cross-site' || site === 'same-site') {
    return { status: 403, body: { error: `cross-origin requests are refused (Sec-Fetch-Site: ${site})` } };
  }
  if (mediaType(headers['content-type']) !== 'application/json') {
    return {
      status: 415,
      body: { error: 'the body must be sent as Content-Type: application/json' },
      headers: { 'accept-post': 'application/json' },
    };
  }
  return undefined;
}

/**
 * On a loopback server without a token, the `Host` must name this machine: a page whose domain
 * is re-bound to 127.0.0.1 (DNS rebinding) sends its own domain as Host and as Origin.
 */
export function refuseForeignHost(headers: WebhookHeaders, transport: WebhookTransport): Reply | undefined {
  const own = transport.ownOrigins.map((origin) => origin.replace(/^https?:\/\//, ''));
  const host = headers.host?.toLowerCase();
  return host !== undefined && own.includes(host)
    ? undefined
    : { status: 403, body: { error: 'the Host header does not name this server' } };
}

/** The challenge of a 401 on a bearer-token route (RFC 6750). */
export const UNAUTHORISED = { 'www-authenticate': 'Bearer realm="sre-agent"' } as const;

/**
 * Refuses a request whose `Authorization: Bearer <token>` is missing or differs from `expected`
 * (compared in constant time); undefined when it matches. The header's regex is anchored: linear.
 */
export function refuseWrongBearer(authorization: string | undefined, expected: string): Reply | undefined {
  const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return secretsEqual(given, expected)
    ? undefined
    : { status: 401, headers: UNAUTHORISED, body: { error: 'missing or wrong bearer token' } };
}

/** A webhook request as a receiver takes it: how it arrived, the headers it is judged by, the body as received. */
export type WebhookRequest = WebhookTransport & { headers: WebhookHeaders; rawBody: string };
