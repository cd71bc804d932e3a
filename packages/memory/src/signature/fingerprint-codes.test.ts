import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';
import { maskLine } from './mask.ts';

const masked = (line: string) => maskLine(line, { keepCodes: true });

describe('lineSimilarity on codes and exception types', () => {
  it('tells access-log lines apart by status code and Envoy response details', () => {
    const uh = masked(
      '[2026-12-01T10:00:00.000Z] "GET /api/cart/42 HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "Mozilla/5.0" "cart.checkout.svc.cluster.local:8080" "-" outbound|8080||cart.checkout.svc.cluster.local - default',
    );
    const uf = masked(
      '[2026-12-01T10:00:00.000Z] "GET /api/cart/42 HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 3 - "-" "Mozilla/5.0" "cart.checkout.svc.cluster.local:8080" "10.0.0.7:8080" outbound|8080||cart.checkout.svc.cluster.local - default',
    );
    const ut = uh.replace('503 UH no_healthy_upstream', '504 UT response_timeout');
    expect(uh).toContain('HTTP/<*>" 503 UH');
    expect(lineSimilarity(uh, uf)).toBe(0);
    expect(lineSimilarity(uh, ut)).toBe(0);
    // The same line again, or cut short, is the same error.
    expect(lineSimilarity(uh, uh.slice(0, 80))).toBeGreaterThan(0);
  });

  it('tells lines apart by an HTTP error status a client reports in words', () => {
    const unleash = (status: number) =>
      masked(`ERROR: Error: Unleash Repository error: Response was not statusCode 2XX, but was ${status}`);
    expect(unleash(401)).toContain('but was 401');
    expect(lineSimilarity(unleash(401), unleash(404))).toBe(0);
    expect(lineSimilarity(unleash(401), unleash(401))).toBe(1);
    expect(masked('GET https://api.partner.example/v2/rates returned 429 Too Many Requests')).toContain(
      'returned 429',
    );
    expect(masked('upstream responded with 503 Service Unavailable')).toContain('responded with 503');
    // A count is not a status: `returned 200 rows`, `returned 12 items`.
    expect(masked('query returned 200 rows in 12 ms')).not.toContain('200');
  });

  it('tells lines apart by the library or file a quoted path names, whatever its version', () => {
    const missing = (lib: string) =>
      masked(`PG::UndefinedFile: ERROR:  could not access file "$libdir/${lib}": No such file or directory`);
    expect(lineSimilarity(missing('postgis-2.5'), missing('timescaledb-2.9.3'))).toBe(0);
    // Another version of the same library is the same problem.
    expect(lineSimilarity(missing('postgis-2.5'), missing('postgis-3.1'))).toBe(1);
    // A numbered thread is an occurrence, not a name: `"main"` and `"worker-2"` are the same error.
    const heap = (thread: string) =>
      masked(`Exception in thread "${thread}" java.lang.OutOfMemoryError: Java heap space`);
    expect(lineSimilarity(heap('main'), heap('worker-2'))).toBeGreaterThan(0);
  });

  it('tells lines apart by exception type when each names one the other does not', () => {
    expect(
      lineSimilarity(
        'com.datastax.oss.driver.api.core.servererrors.UnavailableException: Not enough replicas available for query at consistency QUORUM',
        'com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Not enough replicas available for query at consistency QUORUM',
      ),
    ).toBe(0);
  });

  it('does not take field keys or ids for codes', () => {
    const a = 'level=error msg="publish failed" wait_count=3 subject=traces.batch';
    const b = 'level=error msg="publish failed" in_use=3 subject=traces.batch';
    expect(lineSimilarity(a, b)).toBeGreaterThan(0.5);
    const kestrel = (id: string) =>
      `Connection id "${id}", Request id "${id}:<*>": An unhandled exception was thrown by the application.`;
    expect(lineSimilarity(kestrel('0HMVD'), kestrel('0HMXQ'))).toBeGreaterThan(0.5);
  });

  it('tells lines apart by the resource name they quote, not by quoted ids', () => {
    const mount = (volume: string, kind: string, name: string) =>
      `<*> Warning FailedMount pod/query-router-<*> MountVolume.SetUp failed for volume "${volume}" : ${kind} "${name}" not found`;
    expect(
      lineSimilarity(
        mount('config', 'configmap', 'query-router-config'),
        mount('tls', 'secret', 'query-router-tls'),
      ),
    ).toBe(0);
    expect(
      lineSimilarity(
        mount('config', 'configmap', 'query-router-config'),
        mount('config', 'configmap', 'query-router-config').slice(0, 90),
      ),
    ).toBeGreaterThan(0.5);
    // A request id in quotes holds digits: an occurrence, not a name.
    const request = (id: string) =>
      `Request id "${id}": An unhandled exception was thrown by the application.`;
    expect(lineSimilarity(request('0HMVD'), request('0HMXQ'))).toBeGreaterThan(0.5);
  });

  it('reads a letters-and-digits code after `code`', () => {
    expect(
      lineSimilarity(
        'canceling statement due to statement timeout (code 57014)',
        'canceling statement due to lock timeout (code 55P03)',
      ),
    ).toBe(0);
  });
});

describe('compareFingerprints when only error statements and warnings are there', () => {
  const haproxy = (reason: string) =>
    fingerprintLog(
      [
        `[WARNING]  (33) : Server be_orders/orders-1 is DOWN, reason: ${reason}, check duration: 1859ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`,
        `[WARNING]  (33) : Server be_orders/orders-2 is DOWN, reason: ${reason}, check duration: 226ms. 0 active and 0 backup servers left. 1 sessions active, 0 requeued, 0 remaining in queue.`,
        "[ALERT]    (33) : backend 'be_orders' has no server available!",
      ].join('\n'),
    );

  it('takes the warnings that name a failure with the error statement, so another reason is another problem', () => {
    const l7 = haproxy('Layer7 wrong status, code: 503, info: "Service Unavailable"');
    expect(l7.identity).toHaveLength(2); // both warnings mask to one template, then the alert
    expect(
      compareFingerprints(haproxy('Layer4 connection problem, info: "Connection refused"'), l7).score,
    ).toBeLessThan(0.6);
    expect(
      compareFingerprints(haproxy('Layer7 wrong status, code: 503, info: "Service Unavailable"'), l7).score,
    ).toBeGreaterThan(0.9);
  });
});

describe('compareFingerprints when the error lines name other codes', () => {
  const vault = (code: number, error: string) =>
    fingerprintLog(
      [
        '2026-03-04T07:51:59.187Z [ERROR] agent.auth.handler: error authenticating:',
        '  | Error making API request.',
        '  | URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login',
        `  | Code: ${code}. Errors:`,
        `  | * ${error}`,
        '   backoff=6.30s',
      ].join('\n'),
    );

  it('keeps a login refused with another status below the threshold, and recognises the same one', () => {
    const sealed = vault(503, 'Vault is sealed');
    expect(compareFingerprints(vault(403, 'permission denied'), sealed).score).toBeLessThan(0.6);
    expect(compareFingerprints(vault(503, 'Vault is sealed'), sealed).score).toBeGreaterThan(0.9);
  });
});

describe('maskLine keeping codes', () => {
  it('keeps a code that ends a sentence, a five-digit code, a Python error tuple and an access-log status', () => {
    expect(masked('  | Code: 503. Errors:')).toBe('  | Code: 503. Errors:');
    expect(masked('canceling statement due to statement timeout (code 57014)')).toContain('57014');
    expect(
      masked(
        "(pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')",
      ),
    ).toContain('(1213,');
    expect(
      masked('10.1.2.3 - - [01/Dec/2026:10:00:00 +0000] "GET /api HTTP/1.1" 502 157 "-" "curl/8.5"'),
    ).toContain('"GET /api HTTP/<*>" 502 <*> "-"');
  });
});
