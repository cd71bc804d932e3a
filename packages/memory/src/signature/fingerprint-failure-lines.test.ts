import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';
import { classifyLines, namesFailure } from './lines.ts';
import { maskLine } from './mask.ts';

const masked = (line: string) => maskLine(line, { keepCodes: true });
const tierOf = (line: string) => classifyLines(line)[0]?.tier;

/** A dbt run that failed on one model: the summary around the model's own error message. */
const dbtRun = (at: string, kind: string, message: string[]) =>
  [
    `${at}  Running with dbt=1.8.7`,
    `${at}  Found 42 models, 118 data tests, 9 sources, 913 macros`,
    `${at}  3 of 42 OK created sql view model staging.stg_orders ......... [CREATE VIEW in 0.31s]`,
    `${at}  28 of 42 ERROR creating sql table model marts.fct_orders ......... [ERROR in 4.98s]`,
    `${at}  Finished running 9 view models, 33 table models in 0 hours 4 minutes and 12.20 seconds (252.20s).`,
    `${at}  Completed with 1 error and 0 warnings:`,
    `${at}  `,
    `${at}    ${kind} in model fct_orders (models/marts/fct_orders.sql)`,
    ...message.map((l) => `${at}    ${l}`),
  ].join('\n');

describe('level words and failure phrases (fingerprint version 6)', () => {
  it('reads no capitalised level word as an errno code, but still ECONNREFUSED and friends', () => {
    // dbt's `[ERROR in 4.98s]` reports an error; it does not name one.
    const summary = classifyLines(
      '10:25:35  28 of 42 ERROR creating sql table model marts.fct_orders ......... [ERROR in 4.98s]',
    );
    expect(summary[0]?.tier).toBe('symptom');
    expect(tierOf('Error: connect ECONNREFUSED 10.0.0.7:5432')).toBe('cause');
    expect(tierOf('write /var/lib/app/data.db: ENOSPC')).toBe('cause');
  });

  it('reads `not ready` and `does not exist` as failure phrases', () => {
    // The second line of a kubelet readiness event, printed unindented by `kubectl describe`.
    expect(tierOf('calico/node is not ready: BIRD is not ready: BGP not established with 10.0.1.1')).toBe(
      'symptom',
    );
    expect(tierOf('    relation "raw.payments" does not exist')).not.toBe('chatter');
    expect(namesFailure('relation "raw.payments" does not exist')).toBe(true);
  });

  it('tells a line that names a failure from a statement that only says `error`', () => {
    expect(namesFailure('permission denied for schema analytics')).toBe(true);
    expect(namesFailure('Completed with <*> error and <*> warnings:')).toBe(false);
    expect(namesFailure('creating sql table model marts.fct_orders ......... [ERROR in <*>s]')).toBe(false);
    expect(namesFailure('error: relation "orders" does not exist')).toBe(true);
  });
});

describe('compareFingerprints when both records name different failures', () => {
  const permission = dbtRun('10:25:35', 'Database Error', [
    'permission denied for schema analytics',
    'compiled code at target/run/shop/models/marts/fct_orders.sql',
  ]);

  it('recalls the same failure of a dbt model, even when the log tail starts inside the summary', () => {
    const again = dbtRun('07:01:12', 'Database Error', [
      'permission denied for schema analytics',
      'compiled code at target/run/shop/models/marts/fct_orders.sql',
    ]);
    const tail = again.split('\n').slice(5).join('\n');
    expect(compareFingerprints(fingerprintLog(again), fingerprintLog(permission)).score).toBeGreaterThan(0.9);
    expect(compareFingerprints(fingerprintLog(tail), fingerprintLog(permission)).score).toBeGreaterThan(0.6);
  });

  it('does not recall it for another failure of the same model inside the same summary', () => {
    const missingNode = dbtRun('08:16:42', 'Compilation Error', [
      "Model 'model.shop.fct_orders' (models/marts/fct_orders.sql) depends on a node named 'stg_payments' which was not found",
    ]);
    // Another component's warning logged in between changes nothing.
    const withWarning = `W1203 04:05:06.789012       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: failed to list *v1.ConfigMap: Get "https://10.96.0.1:443/api/v1/namespaces/default/configmaps?limit=500": net/http: TLS handshake timeout\n${missingNode}`;
    for (const other of [missingNode, withWarning]) {
      expect(compareFingerprints(fingerprintLog(other), fingerprintLog(permission)).score).toBeLessThan(0.6);
    }
  });

  it('tells Calico readiness failures apart by what the probe says is not ready', () => {
    const probe = (reason: string, times: number) =>
      [
        `2026-12-03 10:11:12.345 [INFO][61] felix/int_dataplane.go 1893: Finished applying updates to dataplane. msecToApply=1.234`,
        `  Warning  Unhealthy  12s (x${times} over 20m)  kubelet  Readiness probe failed: 2026-12-03 10:11:12.345 [INFO][812] confd/health.go 180: Number of node(s) with BGP peering established = 0`,
        `calico/node is not ready: ${reason}`,
      ].join('\n');
    const bgp = `${probe('BIRD is not ready: BGP not established with 10.0.1.1', 12)}\nbird: Mesh_10_0_1_1: Socket error: bind: Cannot assign requested address`;
    const felix = probe('felix is not ready: readiness probe reporting 503', 41);
    const bgpAgain = probe('BIRD is not ready: BGP not established with 10.0.7.9,10.0.8.2', 7);
    expect(compareFingerprints(fingerprintLog(felix), fingerprintLog(bgp)).score).toBeLessThan(0.6);
    expect(compareFingerprints(fingerprintLog(bgpAgain), fingerprintLog(bgp)).score).toBeGreaterThanOrEqual(
      0.6,
    );
  });
});

describe('error ids cited in parentheses', () => {
  const rejected = (reason: string) =>
    masked(
      `ts=2026-12-03T10:11:12.345Z caller=dedupe.go:112 component=remote level=error remote_name=9f1c2a url=http://mimir-distributor.observability:8080/api/v1/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 400 Bad Request: send data to ingesters: failed pushing to ingester mimir-ingester-zone-a-1: user=shop: ${reason}"`,
    );

  it('tells Mimir rejections apart by their err-mimir id, whatever the sentence around it', () => {
    const series = rejected(
      'per-user series limit of 150000 exceeded (err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, or contact your service administrator.',
    );
    const labels = rejected(
      "received a series whose number of labels exceeds the limit (actual: 41, limit: 30) series: 'http_requests_total{...}' (err-mimir-max-label-names-per-series). To adjust the related per-tenant limit, configure -validation.max-label-names-per-series, or contact your service administrator.",
    );
    expect(lineSimilarity(series, labels)).toBe(0);
    expect(lineSimilarity(series, series.slice(0, series.length - 40))).toBeGreaterThan(0.5);
  });

  it('takes no short parenthesised word or count for an id', () => {
    const event = (times: number) =>
      masked(
        `Warning  BackOff  3m (x${times} over 10m)  kubelet  Back-off restarting failed container app (app-init)`,
      );
    expect(lineSimilarity(event(4), event(12))).toBeGreaterThan(0.5);
  });
});

describe('compareFingerprints when a log tail starts at the error itself', () => {
  const bird = (peer: string) => `bird: Mesh_${peer}: Socket error: bind: Cannot assign requested address`;
  const stored = [
    '2026-12-03 10:11:12.345 [INFO][61] felix/int_dataplane.go 1893: Finished applying updates to dataplane. msecToApply=1.234',
    '  Warning  Unhealthy  12s (x12 over 20m)  kubelet  Readiness probe failed: 2026-12-03 10:11:12.345 [INFO][812] confd/health.go 180: Number of node(s) with BGP peering established = 0',
    'calico/node is not ready: BIRD is not ready: BGP not established with 10.0.1.1',
    bird('10_0_1_1'),
  ].join('\n');

  it('is not contradicted by another component’s lone statement when the stored statements tell their own story', () => {
    const tail = [
      bird('10_0_4_7'),
      'time="2026-12-01T10:02:47Z" level=error msg="config key log_format_v1 is deprecated and will be removed in 3.0, use log.format"',
      '2026-12-03 10:11:14.001 [INFO][61] felix/health.go 336: Overall health status changed: live=true ready=true',
    ].join('\n');
    expect(compareFingerprints(fingerprintLog(tail), fingerprintLog(stored)).score).toBeGreaterThanOrEqual(
      0.6,
    );
  });

  it('is still contradicted by a statement alike but for its words', () => {
    const mount = (output: string) =>
      [
        '  Warning  FailedMount  2m (x9 over 20m)  kubelet  MountVolume.SetUp failed for volume "pvc-4d1c" : rpc error: code = Internal desc = Could not mount "fs-0a1b2c3d:/" at "/var/lib/kubelet/pods/1f2e/volumes/kubernetes.io~csi/pvc-4d1c/mount": mount failed: exit status 32',
        `Output: b'mount.nfs4: ${output}'`,
      ].join('\n');
    expect(
      compareFingerprints(
        fingerprintLog(mount('Connection timed out')),
        fingerprintLog(mount('access denied by server while mounting 10.0.3.4:/')),
      ).score,
    ).toBeLessThan(0.6);
  });
});

describe('compareFingerprints with another component’s statement on each side', () => {
  const redis = (extra: string) =>
    [
      extra,
      'Traceback (most recent call last):',
      '  File "/app/worker.py", line 12, in <module>',
      '    cache.ping()',
      'redis.exceptions.ConnectionError: Error 111 connecting to redis-master:6379. Connection refused.',
    ].join('\n');

  it('recalls the same error when the statements set aside report their own cause or no failure', () => {
    const stored = redis(
      '2026-12-01T09:58:11.402Z ERROR [metrics-push] failed to push metrics to http://pushgateway.monitoring:9091/metrics/job/batch: 502 Bad Gateway',
    );
    const deprecation = redis(
      'time="2026-12-01T10:02:47Z" level=error msg="config key log_format_v1 is deprecated and will be removed in 3.0, use log.format"',
    );
    expect(
      compareFingerprints(fingerprintLog(deprecation), fingerprintLog(stored)).score,
    ).toBeGreaterThanOrEqual(0.6);
  });

  it('still tells apart the same error met around two calls that failed', () => {
    const around = (statement: string) =>
      `2026-12-01T10:00:00Z ERROR [orders] ${statement}\njava.net.SocketTimeoutException: Read timed out`;
    expect(
      compareFingerprints(
        fingerprintLog(around('payment authorisation failed')),
        fingerprintLog(around('inventory reservation failed')),
      ).score,
    ).toBeLessThan(0.6);
  });

  it('still tells them apart when each call says it met an error, or did not happen, rather than that it failed', () => {
    const around = (statement: string) =>
      `2026-12-01T10:00:00Z ERROR [orders] ${statement}\njava.net.SocketTimeoutException: Read timed out`;
    expect(
      compareFingerprints(
        fingerprintLog(around('payment authorisation error')),
        fingerprintLog(around('inventory reservation error')),
      ).score,
    ).toBeLessThan(0.6);
    expect(
      compareFingerprints(
        fingerprintLog(around('payment not captured')),
        fingerprintLog(around('inventory not reserved')),
      ).score,
    ).toBeLessThan(0.6);
  });
});
