import { ManualClock, sequentialIds } from '@sre-agent/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentMemory } from '../src/incident-memory.ts';
import { openLocalIncidentMemory } from '../src/local-memory.ts';

/**
 * Problem families in other languages and tools (Kafka, TLS, Python permissions, EMFILE, MySQL,
 * Ruby, .NET, Rust, nginx, kernel OOM), written for this test, each with routine noise around it:
 * a recurrence (new values, other noise, maybe truncated) must come back first, a near-miss (same
 * service, another error) must not come back at all.
 */
let seq = 0;
const noise = (svc: string) => {
  seq++;
  return [
    `2026-0${(seq % 9) + 1}-1${seq % 10}T0${seq % 10}:1${seq % 6}:00.${100 + seq}Z INFO  [${svc}] GET /healthz 200 ${seq % 9}ms`,
    `2026-0${(seq % 9) + 1}-2${seq % 8}T1${seq % 10}:3${seq % 6}:00.${200 + seq}Z INFO  [${svc}] POST /api/v1/orders 201 ${20 + seq}ms user=${10_000 + seq * 7}`,
    `2026-0${(seq % 9) + 1}-0${(seq % 9) + 1}T2${seq % 4}:0${seq % 10}:00.${300 + seq}Z WARN  [${svc}] slow query took ${900 + seq * 13}ms`,
  ].join('\n');
};
const at = () => `2026-0${(seq % 9) + 1}-1${seq % 10}T10:00:0${seq % 10}.${400 + seq}Z`;

type Family = { name: string; stored: () => string; recurrence: () => string; nearMiss: () => string };

const FAMILIES: Family[] = [
  {
    name: 'kafka position timeout',
    stored: () =>
      `${noise('ledger')}\n${at()} ERROR [ledger] consumer poll failed\norg.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition orders-3 could be determined\n\tat org.apache.kafka.clients.consumer.KafkaConsumer.position(KafkaConsumer.java:1789)`,
    recurrence: () =>
      `${at()} ERROR [ledger] consumer poll failed\norg.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition orders-7 could be determined\n${noise('ledger')}`,
    nearMiss: () =>
      `${noise('ledger')}\n${at()} ERROR [ledger] consumer poll failed\norg.apache.kafka.common.errors.SerializationException: Error deserializing key/value for partition orders-3 at offset 18842`,
  },
  {
    name: 'tls certificate expired',
    stored: () =>
      `${noise('gateway')}\n${at()} ERROR [gateway] upstream request failed\nError: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'CERT_HAS_EXPIRED'\n}`,
    recurrence: () =>
      `${noise('gateway')}\n${at()} ERROR [gateway] upstream request failed\nError: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1680:34) {`,
    nearMiss: () =>
      `${noise('gateway')}\n${at()} ERROR [gateway] upstream request failed\nError: self-signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {\n  code: 'SELF_SIGNED_CERT_IN_CHAIN'\n}`,
  },
  {
    name: 'python permission denied',
    stored: () =>
      `${noise('indexer')}\nTraceback (most recent call last):\n  File "/app/indexer/store.py", line 41, in open_db\n    conn = sqlite3.connect(path)\nPermissionError: [Errno 13] Permission denied: '/data/cache/index.db'`,
    recurrence: () =>
      `Traceback (most recent call last):\n  File "/app/indexer/store.py", line 44, in open_db\n    conn = sqlite3.connect(path)\nPermissionError: [Errno 13] Permission denied: '/data/cache/index.db'\n${noise('indexer')}`,
    nearMiss: () =>
      `${noise('indexer')}\nTraceback (most recent call last):\n  File "/app/indexer/store.py", line 41, in open_db\n    conn = sqlite3.connect(path)\nsqlite3.OperationalError: database is locked`,
  },
  {
    name: 'too many open files',
    stored: () =>
      `${noise('uploads')}\n${at()} ERROR [uploads] could not store upload\nError: EMFILE: too many open files, open '/app/uploads/4f3a.tmp'\n    at Object.openSync (node:fs:581:3)`,
    recurrence: () =>
      `${at()} ERROR [uploads] could not store upload\nError: EMFILE: too many open files, open '/app/uploads/9b1c.tmp'\n${noise('uploads')}`,
    nearMiss: () =>
      `${noise('uploads')}\n${at()} ERROR [uploads] could not store upload\nError: EROFS: read-only file system, open '/app/uploads/4f3a.tmp'\n    at Object.openSync (node:fs:581:3)`,
  },
  {
    name: 'mysql too many connections',
    stored: () =>
      `${noise('shop-php')}\n${at()} ERROR [shop-php] PDOException: SQLSTATE[HY000] [1040] Too many connections in /var/www/src/Db.php:31`,
    recurrence: () =>
      `${noise('shop-php')}\n${at()} ERROR [shop-php] PDOException: SQLSTATE[HY000] [1040] Too many connections in /var/www/src/Db.php:31`,
    nearMiss: () =>
      `${noise('shop-php')}\n${at()} ERROR [shop-php] PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.2.3.4' (using password: YES) in /var/www/src/Db.php:31`,
  },
  {
    name: 'ruby nil receiver',
    stored: () =>
      `${noise('storefront-rb')}\n${at()} FATAL [storefront-rb] NoMethodError (undefined method \`total' for nil:NilClass):\n  app/models/cart.rb:42:in \`checkout'\n  app/controllers/carts_controller.rb:17:in \`update'`,
    recurrence: () =>
      `${at()} FATAL [storefront-rb] NoMethodError (undefined method \`total' for nil:NilClass):\n  app/models/cart.rb:44:in \`checkout'\n${noise('storefront-rb')}`,
    nearMiss: () =>
      `${noise('storefront-rb')}\n${at()} FATAL [storefront-rb] ActiveRecord::RecordNotFound (Couldn't find Cart with 'id'=9921):\n  app/controllers/carts_controller.rb:17:in \`update'`,
  },
  {
    name: '.NET null reference',
    stored: () =>
      `${noise('orders-net')}\nfail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HMVD", Request id "0HMVD:00000002": An unhandled exception was thrown by the application.\n      System.NullReferenceException: Object reference not set to an instance of an object.\n         at Orders.Api.Controllers.OrderController.Get(Int32 id) in /src/Orders.Api/Controllers/OrderController.cs:line 42`,
    recurrence: () =>
      `fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HMXQ", Request id "0HMXQ:00000009": An unhandled exception was thrown by the application.\n      System.NullReferenceException: Object reference not set to an instance of an object.\n         at Orders.Api.Controllers.OrderController.Get(Int32 id) in /src/Orders.Api/Controllers/OrderController.cs:line 45\n${noise('orders-net')}`,
    nearMiss: () =>
      `${noise('orders-net')}\nfail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HMVD", Request id "0HMVD:00000002": An unhandled exception was thrown by the application.\n      System.TimeoutException: The operation has timed out.\n         at Orders.Api.Clients.PricingClient.GetAsync(String sku) in /src/Orders.Api/Clients/PricingClient.cs:line 88`,
  },
  {
    name: 'rust unwrap on missing file',
    stored: () =>
      `${noise('resizer')}\nthread 'main' panicked at 'called \`Result::unwrap()\` on an \`Err\` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }', src/main.rs:14:5\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
    recurrence: () =>
      `thread 'main' panicked at 'called \`Result::unwrap()\` on an \`Err\` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }', src/main.rs:14:5\n${noise('resizer')}`,
    nearMiss: () =>
      `${noise('resizer')}\nthread 'main' panicked at 'called \`Result::unwrap()\` on an \`Err\` value: Os { code: 13, kind: PermissionDenied, message: "Permission denied" }', src/main.rs:14:5`,
  },
  {
    name: 'nginx upstream refused',
    stored: () =>
      `${noise('edge')}\n2026/01/01 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "http://10.0.0.2:8080/api", host: "shop"`,
    recurrence: () =>
      `2026/03/04 11:12:13 [error] 9#9: *4411 connect() failed (111: Connection refused) while connecting to upstream, client: 10.9.0.7, server: _, request: "GET /api HTTP/1.1", upstream: "http://10.0.3.9:8080/api", host: "shop"\n${noise('edge')}`,
    nearMiss: () =>
      `${noise('edge')}\n2026/01/01 10:00:00 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "http://10.0.0.2:8080/api", host: "shop"`,
  },
  {
    name: 'kernel cgroup oom',
    stored: () =>
      `${noise('batch')}\n[12345.678901] Memory cgroup out of memory: Killed process 4321 (java) total-vm:8123456kB, anon-rss:2012345kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:4500kB oom_score_adj:934`,
    recurrence: () =>
      `[98765.432109] Memory cgroup out of memory: Killed process 999 (java) total-vm:8223456kB, anon-rss:2013345kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:4600kB oom_score_adj:934\n${noise('batch')}`,
    nearMiss: () =>
      `${noise('batch')}\n[12345.678901] EXT4-fs error (device nvme1n1): ext4_find_entry:1463: inode #2: comm java: reading directory lblock 0`,
  },
];

describe('recall quality on families in other languages and tools', () => {
  let memory: IncidentMemory;
  beforeAll(async () => {
    ({ memory } = await openLocalIncidentMemory({ clock: new ManualClock(), ids: sequentialIds() }));
    await memory.rememberMany(
      FAMILIES.map((f, i) => ({
        id: `dev-${i}`,
        cluster: 'prod',
        namespace: 'apps',
        workload: `svc-${i}`,
        signal: 'CrashLoopBackOff',
        log: f.stored(),
        diagnosis: f.name,
        description: `fix ${f.name}`,
        outcome: 'succeeded' as const,
      })),
    );
  });

  for (const [i, f] of FAMILIES.entries()) {
    it(`recalls a recurrence of "${f.name}" first`, async () => {
      const [top] = await memory.recall({
        namespace: 'apps',
        workload: `svc-${i}`,
        signal: 'CrashLoopBackOff',
        log: f.recurrence(),
      });
      expect(top?.id).toBe(`dev-${i}`);
    });

    it(`does not recall anything for a near-miss of "${f.name}"`, async () => {
      const matches = await memory.recall({
        namespace: 'apps',
        workload: `svc-${i}`,
        signal: 'CrashLoopBackOff',
        log: f.nearMiss(),
      });
      expect(matches.map((m) => `${m.id} ${m.score}`)).toEqual([]);
    });
  }
});
