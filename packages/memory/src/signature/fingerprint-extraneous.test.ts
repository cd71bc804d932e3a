import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog } from './fingerprint.ts';

/**
 * Another component's error logged near the incident (a failed metrics push, a DNS blip of the
 * tracing exporter, a stale deprecation error) is set aside when it is all two excerpts disagree
 * on; a line that says another error where this one was is not. Lines are the software's own wording.
 */
const THRESHOLD = 0.6;

const METRICS_PUSH =
  '2026-12-01T09:58:11.402Z ERROR [metrics-push] failed to push metrics to http://pushgateway.monitoring:9091/metrics/job/batch: 502 Bad Gateway';
const DNS_BLIP =
  'time="2026-12-01T10:02:47Z" level=error msg="lookup otel-collector.observability.svc.cluster.local on 10.96.0.10:53: read udp 10.244.1.17:41235->10.96.0.10:53: i/o timeout"';
const STATSD =
  '2026-12-01 10:02:47.118 ERROR 1 --- [statsd-flush-1] c.t.s.NonBlockingStatsDClient : StatsD error: java.net.PortUnreachableException: ICMP Port Unreachable';
const SENTRY =
  "2026-12-01 09:58:11,402 ERROR [sentry_sdk] urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='o4504.ingest.sentry.io', port=443): Max retries exceeded with url: /api/12/envelope/";
const DEPRECATED =
  '{"level":"error","ts":"2026-12-01T09:58:11.402Z","logger":"config","msg":"setting \'tracing.legacy_sampler\' is deprecated and no longer supported; ignoring it"}';

const helm = (extra: string) =>
  fingerprintLog(
    [
      '2026-12-01T10:00:01Z INFO  [deployer] rendering chart payments-api 4.2.1',
      extra,
      '2026-12-01T10:00:03Z INFO  [deployer] GET /healthz 200 1ms',
      'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress',
    ].join('\n'),
  );

const heap = (extra: string, statement = 'order export failed') =>
  fingerprintLog(
    [
      `2026-12-01T10:00:01Z ERROR [export] ${statement}`,
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      '\tat com.acme.orders.export.CsvExporter.write(CsvExporter.java:900)',
      '2026-12-01T10:00:04Z INFO  [export] GET /healthz 200 1ms',
      extra,
    ].join('\n'),
  );

describe('compareFingerprints: another component’s error logged nearby', () => {
  it('recalls a recurrence when each side logged another unrelated exception besides the real one', () => {
    // Each side's identity was half unrelated (coverage 0.5, score 0.5 before extraneous lines were set aside).
    const clients = (extra: string, host: number) =>
      fingerprintLog(
        `2026-12-01T10:00:01Z INFO  [orders] GET /healthz 200 1ms\n${extra}\n2026-12-01T10:00:02Z INFO  [orders] POST /api/v1/orders 201 24ms\npsycopg2.OperationalError: connection to server at "10.0.4.${host}", port 5432 failed: FATAL:  sorry, too many clients already`,
      );
    expect(compareFingerprints(clients(STATSD, 7), clients(SENTRY, 9)).score).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
    expect(compareFingerprints(helm(SENTRY), helm(STATSD)).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(compareFingerprints(heap(STATSD), heap(DEPRECATED)).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('recalls it when only one side logged the unrelated error', () => {
    expect(compareFingerprints(heap(''), heap(METRICS_PUSH)).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('recalls an error without statements when one side logged an unrelated exception', () => {
    expect(compareFingerprints(helm(STATSD), helm('')).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('still matches nothing when the unrelated errors are all two excerpts have', () => {
    expect(compareFingerprints(fingerprintLog(DNS_BLIP), fingerprintLog(METRICS_PUSH)).score).toBe(0);
  });

  it('keeps another error in the same place below the threshold, unrelated errors or not', () => {
    const disk = (extra: string) =>
      fingerprintLog(
        [
          extra,
          '2026-12-01T10:00:01Z ERROR [export] order export failed',
          'java.io.IOException: No space left on device',
          '\tat com.acme.orders.export.CsvExporter.write(CsvExporter.java:900)',
        ].join('\n'),
      );
    expect(compareFingerprints(disk(DNS_BLIP), heap(METRICS_PUSH)).score).toBeLessThan(THRESHOLD);
    expect(compareFingerprints(disk(''), heap('')).score).toBeLessThan(THRESHOLD);
  });

  it('never sets aside a line that says another error where this one was (the same opening, another value)', () => {
    const unwrap = (os: string) =>
      fingerprintLog(
        `thread 'main' panicked at src/config.rs:14:5:\ncalled \`Result::unwrap()\` on an \`Err\` value: Os { ${os} }\n${DNS_BLIP}`,
      );
    const missing = unwrap('code: 2, kind: NotFound, message: "No such file or directory"');
    const denied = unwrap('code: 13, kind: PermissionDenied, message: "Permission denied"');
    expect(compareFingerprints(missing, denied).score).toBeLessThan(THRESHOLD);
  });

  it('never sets aside a line inside the record (between lines the other side shows)', () => {
    const launch = (detail: string, extra: string) =>
      fingerprintLog(
        [
          'Error: Failed to launch the browser process!',
          detail,
          'TROUBLESHOOTING: https://pptr.dev/troubleshooting',
          '    at Interface.onClose (/app/node_modules/@puppeteer/browsers/lib/cjs/launch.js:318:24)',
          extra,
        ].join('\n'),
      );
    const sandbox = launch(
      '[41:41:1203/101512.532112:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running on Ubuntu 23.10+, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.',
      METRICS_PUSH,
    );
    const library = launch(
      '/home/pptruser/.cache/puppeteer/chrome/linux-131.0.6778.85/chrome-linux64/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory',
      DNS_BLIP,
    );
    expect(compareFingerprints(sandbox, library).score).toBeLessThan(THRESHOLD);
  });

  it('does not set aside the error itself when only a routine warning is left matched', () => {
    const warned = (error: string) =>
      fingerprintLog(
        `2026-12-01T10:00:00Z WARN  [batch] slow query took 912ms\n2026-12-01T10:00:01Z ERROR [batch] ${error}`,
      );
    const oom = warned(
      '[12345.678901] Memory cgroup out of memory: Killed process 4321 (java) total-vm:8123456kB, anon-rss:2012345kB',
    );
    const ext4 = warned(
      '[12345.678901] EXT4-fs error (device nvme1n1): ext4_find_entry:1463: inode #2: comm java: reading directory lblock 0',
    );
    expect(compareFingerprints(oom, ext4).score).toBeLessThan(THRESHOLD);
  });

  it('recalls a recurrence whose only statements are unrelated errors, each naming a code of its own', () => {
    // Celery's record of a worker killed by the OOM killer; each side also logged another
    // component's failure (a StatsD flush refused, a Sentry envelope rate-limited) as an error.
    const killed = (nearby: string, job: number) =>
      fingerprintLog(
        [
          '[2026-12-03 10:11:12,345: INFO/MainProcess] Task reports.tasks.render_pdf[6f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f] received',
          nearby,
          "[2026-12-03 10:11:14,002: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:27 exited with 'signal 9 (SIGKILL)'",
          `[2026-12-03 10:11:14,010: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: ${job}.')`,
          `billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: ${job}.`,
        ].join('\n'),
      );
    const statsd =
      'time="2026-12-03T10:11:13Z" level=error msg="flush failed" err="write udp 10.0.3.7:41000->10.96.0.40:8125: write: connection refused"';
    const sentry =
      '[2026-12-03 10:11:13,120: ERROR/MainProcess] sentry_sdk.errors: Unexpected status code: 429 (body: rate limited)';
    expect(compareFingerprints(killed(statsd, 3), killed(sentry, 11)).score).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
    // Another signal under the same record is still another problem, with the same nearby errors.
    const segv = fingerprintLog(
      [
        sentry,
        "[2026-12-03 10:11:14,002: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:27 exited with 'signal 11 (SIGSEGV)'",
        "[2026-12-03 10:11:14,010: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 11 (SIGSEGV) Job: 3.')",
        'billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 11 (SIGSEGV) Job: 3.',
      ].join('\n'),
    );
    expect(compareFingerprints(killed(statsd, 3), segv).score).toBeLessThan(THRESHOLD);
  });

  it("lets the error statements stand in when another component's exception took one side's identity", () => {
    // Gradle prints no exception type; a metrics pusher's ConnectException nearby becomes the only
    // `cause` line of the query, and the build failure falls to the statements.
    const build = (nearby: string) =>
      fingerprintLog(
        [
          '> Task :app:processResources UP-TO-DATE',
          nearby,
          'FAILURE: Build failed with an exception.',
          '* What went wrong:',
          "Execution failed for task ':app:compileJava'.",
          "> Could not resolve all files for configuration ':app:compileClasspath'.",
          "   > Could not GET 'https://nexus.example.com/repository/maven-releases/com/acme/ledger-client/2.4.1/ledger-client-2.4.1.pom'. Received status code 401 from server: Unauthorized",
          'BUILD FAILED in 41s',
        ].join('\n'),
      );
    const stored = build(
      '2026-12-03 10:11:12,345 ERROR [cache-upload] remote build cache upload failed: status code 503',
    );
    const query = build(
      '2026-12-03 10:20:01,002 ERROR c.a.metrics.Pusher : push failed: java.net.ConnectException: Connection refused',
    );
    expect(stored.identityTier).toBe('symptom');
    expect(query.identityTier).toBe('cause');
    expect(compareFingerprints(stored, query).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("lets no statement stand in when a side's own error, naming no code, was set aside", () => {
    const crash = (line: string) =>
      fingerprintLog(
        [
          line,
          '12s  Warning  BackOff  pod/geo-indexer-7f9c8d6b5-x2k9p  Back-off restarting failed container geo-indexer in pod',
        ].join('\n'),
      );
    const format = crash('exec /usr/local/bin/geo-indexer: exec format error');
    const notFound = crash(
      'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "geo-indexer": executable file not found in $PATH: unknown',
    );
    expect(compareFingerprints(format, notFound).score).toBeLessThan(THRESHOLD);
  });

  it('keeps the same error met around another failing call below the threshold when unrelated errors are logged too', () => {
    expect(
      compareFingerprints(
        heap(DNS_BLIP, 'payment authorisation failed'),
        heap(METRICS_PUSH, 'inventory reservation failed'),
      ).score,
    ).toBeLessThan(THRESHOLD);
  });

  it("recalls a problem told by a statement when a log shipper's error, read as the error's own text, stands above it", () => {
    // listmonk's Go log: a statement of the failure, no error text of its own (tier `symptom`);
    // Promtail's push error in the same stream reads as one (tier `cause`) and took the identity.
    const listmonk = (extra: string) =>
      fingerprintLog(
        [
          '2026/12/01 10:00:01 main.go:105: v2.5.1 (a3f1c2d 2026-11-20T10:00:00Z, linux/amd64)',
          '2026/12/01 10:00:01 init.go:151: reading config: config.toml',
          '2026/12/01 10:00:01 init.go:376: connecting to db: listmonk-db.mail.svc:5432/listmonk',
          extra,
          '2026/12/01 10:00:02 init.go:381: error connecting to DB: pq: database "listmonk" does not exist',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    const shipper =
      'level=error ts=2026-12-01T10:00:01.9Z caller=client.go:430 component=client host=loki-gateway:80 msg="final error sending batch" status=-1 error="Post \\"http://loki-gateway:80/loki/api/v1/push\\": EOF"';
    expect(compareFingerprints(listmonk(shipper), listmonk('')).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('does not read a crash of its own as a log shipper’s error: a wrapper line alone says nothing of which problem', () => {
    // Go's runtime errors share nothing with the rest of their excerpt either; what is left when
    // they are set aside (`exit status 2`) is the same around any crash.
    const crash = (panic: string) =>
      fingerprintLog(
        [
          '2026/12/01 10:00:01 route-planner listening on :8080',
          `panic: ${panic}`,
          '',
          'goroutine 41 [running]:',
          'github.com/acme/route-planner/internal/plan.(*Planner).Legs(0xc000212000, {0xc0001a6000, 0x3, 0x4})',
          '\t/src/internal/plan/legs.go:88 +0x1c5',
          'exit status 2',
        ].join('\n'),
      );
    expect(
      compareFingerprints(
        crash('runtime error: index out of range [3] with length 3'),
        crash('assignment to entry in nil map'),
      ).score,
    ).toBeLessThan(THRESHOLD);
  });
});
