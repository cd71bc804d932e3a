import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

function best(sample: Parameters<typeof evidenceFixture>[0]) {
  const result = diagnose(redactEvidence(evidenceFixture(sample)), undefined, { maxCandidates: 100 });
  if (result.kind !== 'matched') throw new Error(`unmatched: ${result.reason}`);
  return result;
}

const crash = { signal: 'CrashLoopBackOff', lastReason: 'Error', lastExitCode: 1 } as const;

describe('diagnose on structured logs', () => {
  it('reads a pino line whose error sits in err.message (ECONNREFUSED to PostgreSQL)', () => {
    const log = [
      '{"level":30,"time":1772444460000,"pid":1,"hostname":"orders-1","msg":"starting orders service"}',
      '{"level":50,"time":1772444461000,"pid":1,"hostname":"orders-1","err":{"type":"Error","message":"connect ECONNREFUSED 10.0.3.7:5432","stack":"Error: connect ECONNREFUSED 10.0.3.7:5432\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)","code":"ECONNREFUSED"},"msg":"could not connect to postgres"}',
    ].join('\n');
    const result = best({ ...crash, previousLog: log });
    expect(result.best.category).toBe('dependency');
    expect(result.best.evidence[0]?.text).toContain(
      'could not connect to postgres: Error: connect ECONNREFUSED',
    );
  });

  it('reads a zap line (Go) with the error in a field', () => {
    const log =
      '{"level":"fatal","ts":1772444461.12,"caller":"cmd/main.go:41","msg":"cannot start","error":"dial tcp: lookup orders-db.shop.svc.cluster.local on 10.96.0.10:53: no such host"}';
    expect(best({ ...crash, previousLog: log }).best.patternId).toBe('dns-not-found');
  });

  it('reads a structlog line carrying a Python traceback in `exception`', () => {
    const log = JSON.stringify({
      event: 'startup failed',
      level: 'error',
      timestamp: '2026-03-02T09:41:07Z',
      exception:
        'Traceback (most recent call last):\n  File "/app/main.py", line 3, in <module>\n    import psycopg2\nModuleNotFoundError: No module named \'psycopg2\'',
    });
    expect(best({ ...crash, previousLog: log }).best.patternId).toBe('python-module-not-found');
  });

  it('reads a logstash JSON line whose stack_trace holds the Java OutOfMemoryError', () => {
    const log = JSON.stringify({
      '@timestamp': '2026-03-02T09:41:07.112Z',
      '@version': '1',
      message: 'Servlet.service() for servlet [dispatcherServlet] threw exception',
      logger_name: 'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
      level: 'ERROR',
      level_value: 40000,
      stack_trace:
        'java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
    });
    expect(best({ ...crash, previousLog: log }).best.patternId).toBe('jvm-heap-oom');
  });

  it('reads logfmt with escaped quotes', () => {
    const log =
      'time=2026-03-02T09:41:07Z level=error msg="query failed" err="pq: password authentication failed for user \\"orders\\""';
    const result = best({ ...crash, previousLog: log });
    expect(result.best.patternId).toBe('postgres-auth-failed');
    expect(result.best.evidence[0]?.text).toBe(
      'query failed: pq: password authentication failed for user "orders"',
    );
  });
});

describe('ranking by how directly the evidence names the cause', () => {
  it('raises memory for a heap OOM that the kubelet saw as a liveness kill', () => {
    const result = best({
      signal: 'CrashLoopBackOff',
      previousLog: [
        '2026-03-02 09:40:01.001  INFO 1 --- [main] c.e.Application : Started Application in 9.1 seconds',
        '2026-03-02 09:41:07.112 ERROR 1 --- [http-nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception',
        'java.lang.OutOfMemoryError: Java heap space',
        '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      ].join('\n'),
      lastReason: 'Error',
      lastExitCode: 137,
      events: [
        {
          reason: 'Unhealthy',
          message:
            'Liveness probe failed: Get "http://10.1.2.3:8080/actuator/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          count: 3,
        },
        {
          reason: 'Killing',
          type: 'Normal',
          message: 'Container app failed liveness probe, will be restarted',
        },
      ],
    });
    const ids = result.candidates.map((c) => c.patternId);
    expect(ids).toContain('liveness-probe-failed');
    expect(result.best.patternId).toBe('jvm-heap-oom');
  });

  it('picks the earliest error of the instance over the cascade of errors behind it', () => {
    const cascade = Array.from(
      { length: 150 },
      (_, i) =>
        `{"level":"error","ts":${1772444470 + i},"msg":"request failed","error":"upstream returned 429 Too Many Requests","path":"/api/orders"}`,
    );
    const log = [
      '{"level":"info","ts":1772444460,"msg":"starting"}',
      '{"level":"error","ts":1772444461,"msg":"failed to open cache","error":"dial tcp 10.0.9.4:6379: connect: connection refused","addr":"redis-master:6379"}',
      ...cascade,
    ].join('\n');
    const result = best({
      signal: 'CrashLoopBackOff',
      previousLog: log,
      lastExitCode: 1,
      lastReason: 'Error',
    });
    const ids = result.candidates.map((c) => c.patternId);
    expect(ids).toContain('upstream-rate-limited');
    expect(result.best.category).toBe('dependency');
    expect(result.best.evidence[0]?.text).toContain('connection refused');
  });
});
