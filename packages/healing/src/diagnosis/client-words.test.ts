/**
 * Text a client chooses (a User-Agent, a username it tries, a query it sends) never triggers a change:
 * the entries that mutate read only the process's own lines. Each case was first a failing test of a
 * hostile review.
 */
import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const NOW = '2026-03-02T10:00:00.000Z';

function actionsOf(sample: EvidenceSample): string[] {
  const result = diagnose(evidenceFixture({ gatheredAt: NOW, ...sample }));
  if (result.kind !== 'matched') return [];
  return result.best.actions.map((a) => a.kind);
}

const MUTATIONS = ['restart-pod', 'rollout-restart', 'rollback', 'cordon-drain-node'];
const mutates = (kinds: string[]) => kinds.filter((k) => MUTATIONS.includes(k));

/** An nginx combined access log line whose User-Agent the client wrote. */
const access = (i: number, agent: string) =>
  `10.42.7.${10 + i} - - [02/Mar/2026:09:5${i % 10}:0${i % 10} +0000] "GET /api/v1/products?page=${i} HTTP/1.1" 200 5120 "-" "${agent}"`;

const normal = (n: number) =>
  Array.from({ length: n }, (_, i) => access(i, 'Mozilla/5.0 (X11; Linux x86_64)'));

/** An ordinary latency alert on a web app that has been up for a day. */
const ALERT: EvidenceSample = {
  signal: 'Alert',
  startedAt: '2026-03-01T08:00:00.000Z',
  events: [
    {
      reason: 'AlertFiring',
      type: 'Warning',
      object: 'Deployment/web',
      message: 'HighLatencyP99: p99 latency of web above 2s for 10m',
    },
  ],
};

describe('a User-Agent a client chose never restarts the incident pod', () => {
  it('thread-wedged: a Vert.x blocked-thread warning quoted in a User-Agent does not restart the pod', () => {
    const agent = 'Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 999999 ms';
    const log = [...normal(10), access(11, agent), ...normal(5)].join('\n');
    expect(mutates(actionsOf({ ...ALERT, currentLog: log }))).toEqual([]);
  });

  it('rabbitmq-consumer-ack-timeout: the broker error quoted in a User-Agent does not restart the pod', () => {
    const agent = 'PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out';
    const log = [...normal(10), access(11, agent), ...normal(5)].join('\n');
    expect(mutates(actionsOf({ ...ALERT, currentLog: log }))).toEqual([]);
  });

  it('kafka-consumer-out-of-group: MAX_POLL_EXCEEDED in a User-Agent does not restart the pod', () => {
    const log = [...normal(10), access(11, 'curl/8.5 MAX_POLL_EXCEEDED'), ...normal(5)].join('\n');
    expect(mutates(actionsOf({ ...ALERT, currentLog: log }))).toEqual([]);
  });

  it('jvm-threads-leaked: the OOM text echoed from a request does not restart a pod that has run 12 h', () => {
    const log = [
      ...normal(10),
      '2026-03-02 09:58:01.114  WARN 1 --- [nio-8080-exec-4] c.e.shop.SearchController : rejected query "java.lang.OutOfMemoryError: unable to create native thread"',
      ...normal(5),
    ].join('\n');
    expect(mutates(actionsOf({ ...ALERT, currentLog: log }))).toEqual([]);
  });
});

/** A routine rotation by the Secrets Store CSI driver (rotation poll, contents changed). */
const ROTATED = {
  reason: 'SecretRotationComplete',
  type: 'Normal',
  message: 'successfully rotated K8s secret web-tls',
};

describe('failed logins a client causes never roll the workload after a rotation', () => {
  it('credentials-stale-after-rotation: an app logging its own users’ failed logins is not rollout-restarted', () => {
    const log = [
      ...normal(6),
      "2026-03-02 09:58:03.201  WARN 1 --- [nio-8080-exec-7] c.e.shop.auth.LoginService : Login failed for user 'mallory@example.com': bad password",
      ...normal(4),
    ].join('\n');
    expect(
      mutates(actionsOf({ ...ALERT, currentLog: log, events: [...(ALERT.events ?? []), ROTATED] })),
    ).toEqual([]);
  });

  it('credentials-stale-after-rotation: a PostgreSQL server logging a stranger’s bad password is not rollout-restarted', () => {
    const log = [
      '2026-03-02 09:58:01.002 UTC [4711] LOG:  checkpoint starting: time',
      '2026-03-02 09:58:03.118 UTC [90213] FATAL:  password authentication failed for user "postgres"',
      '2026-03-02 09:58:03.118 UTC [90213] DETAIL:  Connection matched pg_hba.conf line 99: "host all all all scram-sha-256"',
      '2026-03-02 09:58:30.551 UTC [4711] LOG:  checkpoint complete: wrote 311 buffers (1.9%)',
    ].join('\n');
    expect(
      mutates(
        actionsOf({
          signal: 'ProbeFailure',
          name: 'orders-db',
          kind: 'StatefulSet',
          startedAt: '2026-03-01T08:00:00.000Z',
          currentLog: log,
          events: [
            { reason: 'Unhealthy', message: 'Readiness probe failed: command timed out' },
            { ...ROTATED, message: 'successfully rotated K8s secret orders-db-tls' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('credentials-stale-after-rotation: a pod that started after the rotation already holds the new credential', () => {
    const log =
      '{"ts":"2026-03-02T09:41:04.511Z","level":"error","logger":"db","msg":"pool connect failed","err":"error: password authentication failed for user \\"ledger_reader\\"","code":"28P01"}';
    expect(
      mutates(
        actionsOf({
          signal: 'ProbeFailure',
          startedAt: '2026-03-02T09:30:00.000Z',
          currentLog: log,
          events: [
            {
              ...ROTATED,
              message: 'successfully rotated K8s secret ledger-db-synced',
              firstTimestamp: '2026-03-02T09:00:00.000Z',
              lastTimestamp: '2026-03-02T09:00:00.000Z',
            },
          ],
        }),
      ),
    ).toEqual([]);
  });
});
