import { ManualClock, sequentialIds } from '@sre-agent/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentMemory } from '../src/incident-memory.ts';
import { openLocalIncidentMemory } from '../src/local-memory.ts';

/**
 * Problem families written for this test (log styles the dev corpus does not have): each has a
 * stored incident, a recurrence (other values, noise, a truncated or longer excerpt) and a
 * near-miss (same service and software, another cause) that must not bring the fix back.
 */
type Family = { name: string; stored: string; recurrence: string; nearMiss: string };

const noise = (svc: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `2026-02-0${(i % 9) + 1}T10:0${i % 10}:00Z INFO  [${svc}] GET /api/v1/items 200 ${10 + i}ms`,
  ).join('\n');

const FAMILIES: Family[] = [
  {
    name: 'spring datasource password',
    stored: `${noise('billing', 3)}
2026-03-01 10:00:00.123 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:612)
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
\t... 45 more`,
    recurrence: `2026-05-09 22:13:41.001 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:701)
${noise('billing', 5)}`,
    nearMiss: `2026-05-09 22:13:41.001 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:612)
Caused by: java.net.ConnectException: Connection refused
\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)
\t... 52 more`,
  },
  {
    name: 'go logfmt dependency refused',
    stored: `time=2026-01-03T10:00:00Z level=info msg="starting" version=1.4.2
time=2026-01-03T10:00:01Z level=error msg="cache unavailable" err="dial tcp 10.1.2.3:6379: connect: connection refused" attempt=3`,
    recurrence: `time=2026-04-11T08:00:00Z level=info msg="starting" version=1.4.3
time=2026-04-11T08:00:02Z level=warn msg="slow tick" took=812ms
time=2026-04-11T08:00:03Z level=error msg="cache unavailable" err="dial tcp 10.9.8.7:6379: connect: connection refused" attempt=5`,
    nearMiss: `time=2026-04-11T08:00:00Z level=info msg="starting" version=1.4.3
time=2026-04-11T08:00:03Z level=error msg="cache unavailable" err="NOAUTH Authentication required." attempt=1`,
  },
  {
    name: 'scheduling: insufficient memory',
    stored: `2026-02-01T00:00:00Z Warning  FailedScheduling  pod/report-7d9f8b6c5-x2x9z  0/6 nodes are available: 6 Insufficient memory. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.`,
    recurrence: `2026-06-11T12:30:00Z Normal   Scheduled  pod/report-5f6d7c8b9-abcde  Successfully assigned reports/report-5f6d7c8b9-abcde
2026-06-11T12:31:00Z Warning  FailedScheduling  pod/report-5f6d7c8b9-q8w7e  0/9 nodes are available: 9 Insufficient memory. preemption: 0/9 nodes are available: 9 No preemption victims found for incoming pod.`,
    nearMiss: `2026-06-11T12:31:00Z Warning  FailedScheduling  pod/report-5f6d7c8b9-q8w7e  0/9 nodes are available: 9 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }. preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.`,
  },
  {
    name: 'python chained requests timeout',
    stored: `${noise('pricing', 2)}
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/urllib3/connectionpool.py", line 536, in _make_request
    response = conn.getresponse()
TimeoutError: timed out

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/app/pricing/fx.py", line 88, in fetch_rates
    resp = session.get(RATES_URL, timeout=5)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='rates.example.com', port=443): Read timed out. (read timeout=5)`,
    recurrence: `Traceback (most recent call last):
  File "/app/pricing/fx.py", line 91, in fetch_rates
    resp = session.get(RATES_URL, timeout=5)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='rates.example.com', port=443): Read timed out. (read timeout=5)
${noise('pricing', 4)}`,
    nearMiss: `Traceback (most recent call last):
  File "/app/pricing/fx.py", line 88, in fetch_rates
    resp = session.get(RATES_URL, timeout=5)
requests.exceptions.SSLError: HTTPSConnectionPool(host='rates.example.com', port=443): Max retries exceeded with url: /v1/latest (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))`,
  },
  {
    name: 'node unhandled rejection: mongo auth',
    stored: `${noise('catalog', 2)}
(node:1) UnhandledPromiseRejectionWarning: MongoServerError: bad auth : Authentication failed.
    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:207:30)
    at MessageStream.<anonymous> (/app/node_modules/mongodb/lib/cmap/connection.js:60:60)`,
    recurrence: `(node:1) UnhandledPromiseRejectionWarning: MongoServerError: bad auth : Authentication failed.
    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:211:30)`,
    nearMiss: `(node:1) UnhandledPromiseRejectionWarning: MongoServerSelectionError: connection <monitor> to 10.4.5.6:27017 closed
    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38)`,
  },
  {
    name: 'json structured log: s3 access denied',
    stored: `{"level":"info","ts":"2026-01-01T00:00:00Z","msg":"uploading","key":"exports/2026/01/01.csv"}
{"level":"error","ts":"2026-01-01T00:00:01Z","caller":"export/upload.go:77","msg":"upload failed","error":"operation error S3: PutObject, https response error StatusCode: 403, RequestID: 4FJ2K9, api error AccessDenied: Access Denied"}`,
    recurrence: `{"level":"error","ts":"2026-03-07T11:22:33Z","caller":"export/upload.go:77","msg":"upload failed","error":"operation error S3: PutObject, https response error StatusCode: 403, RequestID: 8ZQ1P0, api error AccessDenied: Access Denied"}`,
    nearMiss: `{"level":"error","ts":"2026-03-07T11:22:33Z","caller":"export/upload.go:77","msg":"upload failed","error":"operation error S3: PutObject, https response error StatusCode: 404, RequestID: 8ZQ1P0, api error NoSuchBucket: The specified bucket does not exist"}`,
  },
];

describe('recall quality on log styles the development corpus does not have', () => {
  let memory: IncidentMemory;
  beforeAll(async () => {
    ({ memory } = await openLocalIncidentMemory({ clock: new ManualClock(), ids: sequentialIds() }));
    await memory.rememberMany(
      FAMILIES.map((f, i) => ({
        id: `fam-${i}`,
        cluster: 'prod',
        namespace: 'apps',
        workload: `svc-${i}`,
        signal: 'CrashLoopBackOff',
        log: f.stored,
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
        log: f.recurrence,
      });
      expect(top?.id).toBe(`fam-${i}`);
    });

    it(`does not recall anything for a near-miss of "${f.name}"`, async () => {
      const matches = await memory.recall({
        namespace: 'apps',
        workload: `svc-${i}`,
        signal: 'CrashLoopBackOff',
        log: f.nearMiss,
      });
      expect(matches.map((m) => `${m.id} ${m.score}`)).toEqual([]);
    });
  }
});
