import { isDigitCode } from '../text-scan.ts';
import type { LogTail } from './schema.ts';

/**
 * A request as access logs quote it, with the status after the quote: the Common and Combined Log
 * Formats (nginx, Apache, gunicorn), uvicorn's, Envoy's and Traefik's defaults. Bounded fields, one pass.
 */
export const QUOTED_REQUEST =
  /"(?<method>GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (?<path>[^" ?]{1,300})(?:\?[^" ]{0,300})? HTTP\/[\d.]{1,3}" (?<status>[1-5]\d\d)\b/;

/**
 * A request record: an access line with its request quoted, or a structured record that carries a
 * method and a path or URL. Its fields (path, query, user agent) are what a client sent.
 */
export function requestRecord(text: string): boolean {
  const line = text.length > 2048 ? text.slice(0, 2048) : text;
  if (QUOTED_REQUEST.test(line)) return true;
  const json = line.includes('"method":"') && (line.includes('"path":"') || line.includes('"url":"'));
  const logfmt =
    line.includes('method=') && (line.includes(' path=') || line.includes(' url=') || line.includes(' uri='));
  return json || logfmt;
}

const MAX_ANSWER_SCAN = 512;
const HTTP_METHODS = ['GET /', 'POST /', 'PUT /', 'PATCH /', 'DELETE /', 'HEAD /'] as const;

/** An access line, quoted or not (`info POST /internal/receipts 202 4ms`): a request the process answered. */
export function answersRequest(line: string): boolean {
  if (requestRecord(line)) return true;
  const text = line.length > MAX_ANSWER_SCAN ? line.slice(0, MAX_ANSWER_SCAN) : line;
  const method = HTTP_METHODS.map((m) => text.indexOf(m)).find((at) => at === 0 || text[at - 1] === ' ');
  if (method === undefined) return false;
  // A status right before the method (`[warn] 500 GET /watch?v=... 5037.20ms`).
  if (method >= 4 && isStatusAt(text, method - 4) && (method === 4 || text[method - 5] === ' ')) return true;
  // A status: three digits, 100–599, as a word of its own after the path.
  for (
    let at = text.indexOf(' ', method + 5);
    at >= 0 && at < text.length - 3;
    at = text.indexOf(' ', at + 1)
  ) {
    const end = text.charAt(at + 4);
    if (isStatusAt(text, at + 1) && (end === '' || end === ' ')) return true;
  }
  return false;
}

/** Three digits at `at` that make an HTTP status, 100–599. */
function isStatusAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 49 && c <= 53 && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2));
}

/** What a quoted path keeps: anything else a client wrote becomes `?`. */
export const NOT_PATH_CHARS = /[^\w./~%-]/g;

/** Requests read, newest first: enough for a rate, bounded whatever the log holds. */
const MAX_REQUESTS = 500;
/** Fewer requests than this say nothing about a rate. */
const MIN_REQUESTS = 20;
/** Share of the requests answered with an error (4xx or 5xx) for the log to be a finding. */
const MIN_ERROR_SHARE = 0.5;
const MAX_PATH_CHARS = 80;

/** The requests of a running container's access log that it answered with errors, summed up. */
export type ErrorResponses = {
  requests: number;
  errors: number;
  /** The most frequent error: status, method and path (no query), and how often. */
  top: { status: number; method: string; path: string; count: number };
};

/**
 * Whether most requests in a container's access log were answered with an error: at least 20 quoted
 * request lines, half of them or more 4xx or 5xx. A service that answers its own health check but
 * 404 to what a load balancer asks for, or 503 to everything behind a broken route, shows it here
 * and nowhere else. Undefined otherwise.
 */
export function errorResponses(tail: LogTail | undefined): ErrorResponses | undefined {
  if (!tail) return undefined;
  const lines = tail.text.split('\n');
  let requests = 0;
  let errors = 0;
  const byKind = new Map<string, ErrorResponses['top']>();
  for (let i = lines.length - 1; i >= 0 && requests < MAX_REQUESTS; i--) {
    const m = QUOTED_REQUEST.exec(lines[i] ?? '');
    if (!m?.groups) continue;
    requests++;
    const status = Number(m.groups.status);
    if (status < 400) continue;
    errors++;
    const method = m.groups.method ?? '';
    // A client chose the path: only URL characters are quoted on, bounded.
    const path = (m.groups.path ?? '').slice(0, MAX_PATH_CHARS).replace(NOT_PATH_CHARS, '?');
    const key = `${status} ${method} ${path}`;
    const kind = byKind.get(key) ?? { status, method, path, count: 0 };
    kind.count++;
    byKind.set(key, kind);
  }
  if (requests < MIN_REQUESTS || errors < requests * MIN_ERROR_SHARE) return undefined;
  let top: ErrorResponses['top'] | undefined;
  let clientErrors = 0;
  for (const kind of byKind.values()) {
    if (!top || kind.count > top.count) top = kind;
    if (kind.status < 500) clientErrors += kind.count;
  }
  // Client errors spread over many paths are a scanner or a crawler probing what is not there,
  // not a broken route: a broken route or health check path repeats.
  if (top && clientErrors > errors / 2 && top.count < errors * MIN_TOP_SHARE) return undefined;
  return top ? { requests, errors, top } : undefined;
}

/** Share of the errors the most frequent one must have when most are client errors (4xx). */
const MIN_TOP_SHARE = 0.2;

/** The finding in words, as the catalog matcher and the human read it. */
export function describeErrorResponses(r: ErrorResponses): string {
  const { status, method, path, count } = r.top;
  return `${r.errors} of the last ${r.requests} requests in its access log were answered with an error, most often ${status} to ${method} ${path} (${count} times)`;
}
