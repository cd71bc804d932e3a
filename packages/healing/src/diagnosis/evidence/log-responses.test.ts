import { describe, expect, it } from 'vitest';
import { describeErrorResponses, errorResponses, QUOTED_REQUEST } from './log-responses.ts';

const tail = (lines: readonly string[]) => ({
  container: 'web',
  text: `${lines.join('\n')}\n`,
  lines: lines.length,
  truncated: false,
});

describe('error responses in an access log', () => {
  it('reads uvicorn, combined, Envoy and Traefik request lines, query strings apart from the path', () => {
    const read = (line: string) => QUOTED_REQUEST.exec(line)?.groups;
    expect(read('INFO:     10.42.0.18:40017 - "GET / HTTP/1.1" 404 Not Found')).toMatchObject({
      method: 'GET',
      path: '/',
      status: '404',
    });
    expect(
      read(
        '10.0.0.9 - - [11/Feb/2026:08:27:03 +0000] "POST /api/orders?dry_run=1 HTTP/2.0" 502 157 "-" "okhttp/4.12"',
      ),
    ).toMatchObject({ method: 'POST', path: '/api/orders', status: '502' });
    expect(
      read(
        '[2026-02-11T08:27:03.112Z] "GET /v1/quotes HTTP/1.1" 503 UF 0 91 2 - "10.0.0.1" "Go-http-client/1.1" "b1c2" "quotes:8080" "10.0.4.2:8080"',
      ),
    ).toMatchObject({ path: '/v1/quotes', status: '503' });
    expect(read('{"msg":"GET / -> 404"}')).toBeUndefined();
  });

  it('leaves a scanner alone: client errors spread over many paths are not a broken route', () => {
    const paths = [
      '/.env',
      '/wp-login.php',
      '/.git/config',
      '/admin.php',
      '/phpmyadmin/',
      '/server-status',
      '/actuator/env',
    ];
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 5 === 4
        ? 'INFO:     10.42.3.7:51422 - "GET /healthz HTTP/1.1" 200 OK'
        : `INFO:     203.0.113.9:${40_000 + i} - "GET ${paths[i % paths.length]}${i} HTTP/1.1" 404 Not Found`,
    );
    expect(errorResponses(tail(lines))).toBeUndefined();
    // The same spread of 5xx answers is the service failing, whatever the paths.
    expect(
      errorResponses(tail(lines.map((l) => l.replace('404 Not Found', '503 Service Unavailable')))),
    ).toBeDefined();
  });

  it('sums up a log whose requests mostly fail, with the most frequent failure', () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 2
        ? 'INFO:     10.42.3.7:51422 - "GET /healthz HTTP/1.1" 200 OK'
        : `INFO:     10.42.0.18:${40_000 + i} - "GET /?probe=${i} HTTP/1.1" 404 Not Found`,
    );
    const found = errorResponses(tail(['INFO:     Application startup complete.', ...lines]));
    expect(found).toEqual({
      requests: 30,
      errors: 20,
      top: { status: 404, method: 'GET', path: '/', count: 20 },
    });
    expect(found && describeErrorResponses(found)).toBe(
      '20 of the last 30 requests in its access log were answered with an error, most often 404 to GET / (20 times)',
    );
  });

  it('is nothing for healthy traffic with a few failures, or for too few requests', () => {
    const healthy = Array.from(
      { length: 40 },
      (_, i) =>
        `10.0.1.${i} - - [11/Feb/2026:08:27:03 +0000] "GET /api/items HTTP/1.1" ${i % 4 ? 200 : 500} 512 "-" "curl/8.5.0"`,
    );
    expect(errorResponses(tail(healthy))).toBeUndefined();
    expect(
      errorResponses(tail(healthy.slice(0, 10).map((l) => l.replace('" 200', '" 500')))),
    ).toBeUndefined();
  });

  it('quotes only URL characters of the path a client chose', () => {
    const lines = Array.from(
      { length: 25 },
      () => '10.0.0.1 - - [x] "GET /<script>|[x](y) HTTP/1.1" 404 1 "-" "-"',
    );
    expect(errorResponses(tail(lines))?.top.path).toBe('/?script???x??y?');
  });

  it('reads only the newest 500 requests of a long log', () => {
    const old = Array.from({ length: 600 }, () => '10.0.0.1 - - [x] "GET /a HTTP/1.1" 200 1 "-" "-"');
    const recent = Array.from({ length: 500 }, () => '10.0.0.1 - - [x] "GET /a HTTP/1.1" 503 1 "-" "-"');
    expect(errorResponses(tail([...old, ...recent]))?.requests).toBe(500);
    expect(errorResponses(tail([...old, ...recent]))?.errors).toBe(500);
  });
});
