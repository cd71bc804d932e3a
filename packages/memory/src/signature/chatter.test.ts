import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';
import { classifyLines } from './lines.ts';

const tiers = (log: string) => classifyLines(log).map((l) => l.tier);

describe('classifyLines on healthy chatter', () => {
  it('reads the level of klog, Ruby Logger and pino lines, so their routine lines are noise', () => {
    const log = [
      'I1202 10:00:00.123456       1 controller.go:220] "Reconciled" object="ops/node-labeler" duration="12ms"',
      'I, [2026-12-02T10:00:00.123456 #1]  INFO -- : [4f1c2a9e-77b0] Completed 200 OK in 12ms (Views: 3.1ms | ActiveRecord: 1.2ms)',
      '{"level":30,"time":1733133600123,"pid":1,"msg":"request completed","res":{"statusCode":200}}',
      '{"level":20,"time":1733133600123,"pid":1,"msg":"cache stats","hits":812,"misses":4}',
    ].join('\n');
    expect(tiers(log)).toEqual(['noise', 'noise', 'noise', 'noise']);
  });

  it('keeps the error lines of those formats as errors', () => {
    const log = [
      'E1202 10:00:00.123456       1 leaderelection.go:332] error retrieving resource lock ops/node-labeler: leases.coordination.k8s.io "node-labeler" is forbidden',
      'E, [2026-12-02T10:00:00.123456 #1] ERROR -- : [4f1c2a9e-77b0] ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds):',
      '{"level":50,"time":1733133600123,"pid":1,"msg":"could not connect to the catalogue store"}',
    ].join('\n');
    expect(tiers(log)).toEqual(['symptom', 'cause', 'symptom']);
  });

  it('calls GC lines and banners without a level chatter, not context, and a served request noise', () => {
    const log = [
      '10.2.3.4 - - [02/Dec/2026:10:00:00 +0000] "GET /static/app.3f9a1c2e.js HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
      '[12.345s][info][gc] GC(42) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M) 4.567ms',
      'gc 17 @45.210s 0%: 0.031+2.1+0.012 ms clock, 12->13->6 MB, 13 MB goal, 0 MB stacks, 0 MB globals, 4 P',
      ' :: Spring Boot ::                (v3.2.4)',
    ].join('\n');
    expect(tiers(log)).toEqual(['noise', 'chatter', 'chatter', 'chatter']);
  });

  it('makes a Warning event with a failure reason a symptom', () => {
    expect(
      tiers(
        '2026-12-02T10:00:00Z Warning  FailedMount  pod/query-router-7d9f8b6c5-x2x9z  MountVolume.SetUp failed for volume "config" : configmap "query-router-config" not found',
      ),
    ).toEqual(['symptom']);
  });

  it('takes the message a Rust panic header announces as the cause, but not a banner after a Rails error', () => {
    const rust = [
      "thread 'main' panicked at src/config.rs:42:10:",
      'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
    ].join('\n');
    expect(tiers(rust)).toEqual(['cause', 'cause']);
    const rails = [
      'E, [2026-12-02T10:00:00.123456 #1] ERROR -- : [4f1c2a9e-77b0] ActiveRecord::PendingMigrationError (Migrations are pending):',
      '=> Booting Puma',
    ].join('\n');
    expect(tiers(rails)).toEqual(['cause', 'chatter']);
  });

  it('does not take a bare Exception word in a sentence for an exception type', () => {
    expect(
      tiers(
        '2026-12-02 10:00:00.123 ERROR 1 --- [main] HikariPool-1 - Exception during pool initialization.',
      ),
    ).toEqual(['symptom']);
  });
});

describe('fingerprints decide on error lines, not on chatter', () => {
  const chatter = [
    '10.2.3.4 - - [02/Dec/2026:10:00:00 +0000] "GET /static/app.js HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    '[12.345s][info][gc] GC(42) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(512M) 4.567ms',
  ];

  it('builds the identity from the error line and leaves the chatter out', () => {
    const fp = fingerprintLog(
      [
        ...chatter,
        'nginx: [emerg] host not found in upstream "api:8080" in /etc/nginx/conf.d/default.conf:12',
      ].join('\n'),
    );
    expect(fp.identity).toEqual([
      'host not found in upstream "api:8080" in /etc/nginx/conf.d/default.conf:<*>',
    ]);
  });

  it('does not match two Kubernetes events of the same controller chatter that report different failures', () => {
    const klog = [
      'I1202 10:00:00.123456       1 reflector.go:351] Caches populated for *v1.Pod from k8s.io/client-go@v0.30.1/tools/cache/reflector.go:232',
      'I1202 10:00:01.123456       1 leaderelection.go:260] successfully acquired lease ops/query-router',
    ];
    const mount = fingerprintLog(
      [
        ...klog,
        '2026-12-02T10:00:00Z Warning  FailedMount  pod/query-router-7d9f8b6c5-x2x9z  MountVolume.SetUp failed for volume "config" : configmap "query-router-config" not found',
      ].join('\n'),
    );
    const scheduling = fingerprintLog(
      [
        ...klog,
        "2026-12-02T10:00:00Z Warning  FailedScheduling  pod/query-router-7d9f8b6c5-x2x9z  0/7 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
      ].join('\n'),
    );
    expect(compareFingerprints(mount, scheduling).score).toBeLessThan(0.3);
  });

  it('tells error chains apart by their last link, whatever wrappers they share', () => {
    const wrapper = 'psycopg2.OperationalError: connection to server at "<*>", port 5432 failed: FATAL: ';
    expect(
      lineSimilarity(
        `${wrapper}sorry, too many clients already`,
        `${wrapper}the database system is starting up`,
      ),
    ).toBe(0);
    expect(
      lineSimilarity(
        `${wrapper}sorry, too many clients already`,
        `${wrapper}sorry, too many clients already`,
      ),
    ).toBe(1);
  });

  it('scores a Rust panic with another error at the same place as another problem', () => {
    const panic = (value: string) =>
      fingerprintLog(
        [
          ...chatter,
          "thread 'main' panicked at src/config.rs:42:10:",
          `called \`Result::unwrap()\` on an \`Err\` value: ${value}`,
          'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
        ].join('\n'),
      );
    const stored = panic('Os { code: 2, kind: NotFound, message: "No such file or directory" }');
    const recurrence = panic('Os { code: 2, kind: NotFound, message: "No such file or directory" }');
    const nearMiss = panic('Os { code: 13, kind: PermissionDenied, message: "Permission denied" }');
    expect(compareFingerprints(recurrence, stored).score).toBeGreaterThan(0.9);
    expect(compareFingerprints(nearMiss, stored).score).toBeLessThan(0.6);
  });

  it('does not recall a fix for the statement around an error whose own text is missing', () => {
    const statement =
      '2026-12-01 10:00:00.123 ERROR 1 --- [main] o.s.a.r.l.SimpleMessageListenerContainer : Failed to check/redeclare auto-delete queue(s).';
    const stored = fingerprintLog(
      [
        statement,
        'com.rabbitmq.client.ShutdownSignalException: connection error; protocol method: #method<connection.close>(reply-code=530, reply-text=NOT_ALLOWED - vhost notifications not found, class-id=10, method-id=40)',
        '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:410)',
      ].join('\n'),
    );
    const statementOnly = fingerprintLog(
      [statement, '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:410)'].join('\n'),
    );
    expect(compareFingerprints(statementOnly, stored).score).toBeLessThan(0.6);
  });

  it('takes a qualified type that opens a line for the cause, whatever its name ends in', () => {
    expect(
      tiers(
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='rates.example.com', port=443): Read timed out. (read timeout=5)",
      ),
    ).toEqual(['cause']);
  });

  it('reads a bare strerror text as the error, so shared GC lines cannot make two crashes one', () => {
    const gc = [
      'gc 17 @45.210s 0%: 0.031+2.1+0.012 ms clock, 12->13->6 MB, 13 MB goal, 0 MB stacks, 0 MB globals, 4 P',
      'gc 18 @46.001s 0%: 0.029+1.9+0.010 ms clock, 12->12->6 MB, 13 MB goal, 0 MB stacks, 0 MB globals, 4 P',
    ];
    const stored = fingerprintLog([...gc, 'exec /usr/local/bin/server: exec format error'].join('\n'));
    const recurrence = fingerprintLog(
      [gc[1], 'exec /usr/local/bin/server: exec format error', gc[0]].join('\n'),
    );
    const other = fingerprintLog([...gc, 'write /data/segment-0001.log: input/output error'].join('\n'));
    expect(stored.identity).toEqual(['exec /usr/local/bin/server: exec format error']);
    expect(compareFingerprints(recurrence, stored).score).toBeGreaterThan(0.9);
    expect(compareFingerprints(other, stored).score).toBeLessThan(0.3);
  });
});
