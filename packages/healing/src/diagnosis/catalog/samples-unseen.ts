import type { EvidenceSample } from '../../testing/evidence-fixture.ts';

/** The shape of `CatalogSamples` (samples.ts), restated: samples.ts imports this module. */
type UnseenSamples = Record<
  string,
  { positive: readonly (EvidenceSample & { expectBest?: string })[]; negative?: readonly EvidenceSample[] }
>;

/**
 * Samples of the families added after the fifth held-out batch (issue 14): a DNS forwarding loop,
 * SQLite locked by a second writer, stored blocks that overlap or are corrupt, a migration history
 * that disagrees with the files, worker processes SIGKILLed inside a running container, a collector
 * that paused its input, a named resource that does not exist. Written from other software than
 * the held-out cases, in plain, JSON and logfmt lines (klog where the software writes it).
 */
export const UNSEEN_SAMPLES: UnseenSamples = {
  'dns-forwarding-loop': {
    positive: [
      {
        // node-local-dns (k8s-dns-node-cache) writes klog.
        previousLog:
          'F0302 09:41:07.112233       1 cache_app.go:211] DNS forwarding loop detected: upstream 169.254.20.10:53 answers from this node cache',
        lastExitCode: 1,
      },
      {
        // Unbound, plain.
        previousLog:
          '[1772444467] unbound[1:0] error: forwarding loop detected: forward-addr 127.0.0.1@53 is this server',
        lastExitCode: 1,
      },
      {
        // Blocky, JSON.
        previousLog:
          '{"level":"error","time":"2026-03-02T09:41:07Z","msg":"upstream DNS loop detected, refusing to start","upstream":"10.96.0.10:53"}',
        lastExitCode: 1,
      },
      {
        // dnsproxy / AdGuard Home style, logfmt.
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="query loop detected for zone ., the upstream answers from this resolver" upstream=127.0.0.53:53',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          '{"level":"warn","msg":"event loop delay detected","delay_ms":230,"upstream":"payments.shop.svc:8080"}',
      },
      { signal: 'Alert', currentLog: '[INFO] plugin/reload: Running configuration SHA512 = 8f1c2a9e5d3b' },
    ],
  },
  'sqlite-database-locked': {
    positive: [
      {
        // Gitea, plain.
        previousLog:
          '2026/03/02 09:41:07 ...ices/repository/init.go:93:initRepository() [E] Unable to create repository: database is locked',
        lastExitCode: 1,
      },
      {
        // Uptime Kuma (Node.js, knex), JSON.
        signal: 'Alert',
        currentLog:
          '{"level":"error","time":"2026-03-02T09:41:07.112Z","msg":"heartbeat insert failed","err":{"message":"SQLITE_BUSY: database is locked","code":"SQLITE_BUSY"}}',
      },
      {
        // A Go service with mattn/go-sqlite3, logfmt.
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="save session failed" err="database is locked (5) (SQLITE_BUSY)"',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog: 'time=2026-03-02T09:41:07Z level=debug msg="database is locked, retrying" attempt=1',
      },
      { signal: 'Alert', currentLog: 'time=2026-03-02T09:41:07Z level=info msg="Locking database"' },
    ],
  },
  'storage-blocks-overlap-or-corrupt': {
    positive: [
      {
        // Prometheus, logfmt.
        previousLog:
          'ts=2026-03-02T09:41:07.112Z caller=main.go:1030 level=error err="opening storage failed: invalid block sequence: block time ranges overlap: [mint: 1772400000000, maxt: 1772407200000, range: 2h0m0s, blocks: 2]"',
        lastExitCode: 1,
      },
      {
        // Loki, JSON.
        signal: 'Alert',
        currentLog:
          '{"level":"error","ts":"2026-03-02T09:41:07.112Z","caller":"chunk_store.go:412","msg":"failed to fetch chunk","err":"chunk is corrupted: checksum mismatch"}',
      },
      {
        // Cassandra, plain.
        signal: 'Alert',
        currentLog:
          'ERROR [CompactionExecutor:3] 2026-03-02 09:41:07,112 CompactionTask.java:250 - Corrupt sstable /var/lib/cassandra/data/shop/orders-1a2b3c/nb-42-big-Data.db; skipping table',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          'level=info ts=2026-03-02T09:41:07Z caller=compact.go:712 msg="Found overlapping blocks during compaction" ulid=01HQ4Z8Y6N2K',
      },
      {
        signal: 'Alert',
        currentLog: '{"level":"info","msg":"vertical compaction of overlapping blocks enabled"}',
      },
    ],
  },
  'migration-history-inconsistent': {
    positive: [
      {
        // Flyway, plain.
        signal: 'JobFailed',
        kind: 'Job',
        name: 'db-migrate',
        previousLog: [
          'ERROR: Validate failed: Migrations have failed validation',
          'Detected applied migration not resolved locally: 2.4.',
          'If you removed this migration intentionally, run repair to mark the migration as deleted.',
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        // Knex (Node.js), JSON.
        previousLog:
          '{"level":50,"time":1772444467112,"msg":"migration failed","err":{"type":"Error","message":"The migration directory is corrupt, the following files are missing: 20260301_add_orders.js"}}',
        lastExitCode: 1,
      },
      {
        // golang-migrate, logfmt.
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="migrate up failed" err="no migration found for version 20260301120000: read down for version 20260301120000 migrations: file does not exist"',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog: 'time=2026-03-02T09:41:07Z level=info msg="No migrations to apply." history=consistent',
      },
      {
        signal: 'Alert',
        currentLog: 'INFO  Successfully validated 42 migrations (execution time 00:00.031s)',
      },
    ],
  },
  'child-process-sigkilled': {
    positive: [
      {
        // Gunicorn, plain.
        signal: 'Alert',
        currentLog:
          '[2026-03-02 09:41:07 +0000] [1] [ERROR] Worker (pid:42) was sent SIGKILL! Perhaps out of memory?',
      },
      {
        // uWSGI, plain.
        signal: 'Alert',
        currentLog: 'DAMN ! worker 3 (pid: 2201) died, killed by signal 9 :( trying respawn ...',
      },
      {
        // PHP-FPM, plain.
        signal: 'Alert',
        currentLog:
          '[02-Mar-2026 09:41:07] WARNING: [pool www] child 2201 exited on signal 9 (SIGKILL) after 12.412 seconds from start',
      },
      {
        // A Node.js cluster primary, JSON.
        signal: 'Alert',
        currentLog:
          '{"level":"error","time":"2026-03-02T09:41:07.112Z","msg":"cluster worker process 41 exited with signal SIGKILL"}',
      },
      {
        // A Go program running plugins (os/exec), logfmt.
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=error msg="plugin process exited" plugin=renderer err="signal: killed"',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog: '[2026-03-02 09:41:07 +0000] [7310] [INFO] Booting worker with pid: 7310',
      },
      {
        signal: 'Alert',
        currentLog: 'time=2026-03-02T09:41:07Z level=info msg="worker exited normally" pid=41 code=0',
      },
    ],
  },
  'log-collector-input-paused': {
    positive: [
      {
        // Fluentd, plain.
        signal: 'Alert',
        currentLog:
          '2026-03-02 09:41:07 +0000 [warn]: #0 emit transaction failed: error_class=Fluent::Plugin::Buffer::BufferOverflowError error="buffer space has too many data" location="/usr/lib/ruby/gems/3.2.0/gems/fluentd-1.16.3/lib/fluent/plugin/buffer.rb:330:in `write\'" tag="kubernetes.var.log.containers.web.log"',
      },
      {
        // Vector, JSON.
        signal: 'Alert',
        currentLog:
          '{"timestamp":"2026-03-02T09:41:07.112Z","level":"WARN","message":"Source paused: buffer full, applying back-pressure.","target":"vector::sources::file","component_id":"pod_logs"}',
      },
      {
        // Grafana Alloy, logfmt.
        signal: 'Alert',
        currentLog:
          'ts=2026-03-02T09:41:07.112Z level=warn component_id=loki.source.file.pods msg="tail paused, buffer full" path=/var/log/pods/shop_web/app/0.log',
      },
    ],
    negative: [
      { signal: 'Alert', currentLog: 'ts=2026-03-02T09:41:07Z level=info msg="input resumed" buffer_pct=12' },
      {
        signal: 'Alert',
        currentLog: 'ts=2026-03-02T09:41:07Z level=info msg="paused input on shutdown" reason=sigterm',
      },
    ],
  },
  'unclassified-missing-resource': {
    positive: [
      {
        // A Keycloak adapter (Java), plain.
        previousLog:
          "2026-03-02 09:41:07,112 ERROR [main] o.k.a.c.AdminClient - startup failed: Realm 'shop' does not exist",
        lastExitCode: 1,
      },
      {
        // A NATS JetStream consumer (Go), JSON.
        previousLog:
          '{"level":"error","ts":"2026-03-02T09:41:07.112Z","msg":"cannot bind consumer","error":"nats: stream not found","stream":"ORDERS"}',
        lastExitCode: 1,
      },
      {
        // An InfluxDB writer, logfmt.
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="write failed" err="bucket \\"metrics\\" not found"',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=info msg="namespace not found, creating it" namespace=billing',
      },
      {
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=warn msg="topic does not exist yet, will retry" topic=orders',
      },
    ],
  },
};
