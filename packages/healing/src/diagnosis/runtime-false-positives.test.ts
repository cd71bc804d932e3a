/**
 * Found by a hostile review, each first a failing test: the new runtime entries (`thread-wedged`,
 * `jvm-threads-leaked`) judge the wrong thing: the JDK 19+ thread name format, long work on a
 * Vert.x worker thread, the uptime of another instance.
 */
import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

const NOW = '2026-03-02T10:00:00.000Z';

function best(sample: EvidenceSample) {
  const result = diagnose(evidenceFixture({ gatheredAt: NOW, ...sample }));
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
}

describe('thread-wedged', () => {
  it('thread-wedged: reads the blocked-thread warning as JDK 21 prints a thread (Thread[#23,name,...])', () => {
    const decided = best({
      signal: 'ProbeFailure',
      currentLog: [
        '09:27:41.004 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[#23,vert.x-eventloop-thread-1,5,main] has been blocked for 422751 ms, time limit is 2000 ms',
        'io.vertx.core.VertxException: Thread blocked',
        '\tat java.base/jdk.internal.misc.Unsafe.park(Native Method)',
        '\tat java.base/java.util.concurrent.locks.ReentrantLock.lock(ReentrantLock.java:322)',
        '\tat com.example.quotes.pricing.RateCache.refresh(RateCache.java:118)',
      ].join('\n'),
    });
    expect(decided.patternId).toBe('thread-wedged');
  });

  it('thread-wedged: a worker thread still reading a long export from the database is not restarted', () => {
    // executeBlocking on a worker thread: Vert.x warns past maxWorkerExecuteTime (60 s) while the
    // export streams rows; the stack shows progress in a socket read, not a lock.
    const decided = best({
      signal: 'Alert',
      events: [
        {
          reason: 'AlertFiring',
          object: 'Deployment/web',
          message: 'ReportExportSlow: p95 export duration above 120s for 10m',
        },
      ],
      currentLog: [
        '09:27:41.004 [vertx-blocked-thread-checker] WARN  i.v.c.i.BlockedThreadChecker - Thread Thread[vert.x-worker-thread-3,5,main] has been blocked for 181022 ms, time limit is 60000 ms',
        'io.vertx.core.VertxException: Thread blocked',
        '\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:324)',
        '\tat org.postgresql.core.PGStream.receiveTupleV3(PGStream.java:590)',
        '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2368)',
        '\tat com.example.reports.CsvExport.write(CsvExport.java:77)',
        '09:27:45.118 [vert.x-worker-thread-3] INFO  c.e.reports.CsvExport - export 8812: 1,200,000 of 3,400,000 rows written',
      ].join('\n'),
    });
    expect(decided.actions[0]?.kind).not.toBe('restart-pod');
  });
});

describe('jvm-threads-leaked', () => {
  it('jvm-threads-leaked: the uptime of the running instance does not make a leak of the previous one', () => {
    // The previous instance died three minutes after its start (a burst needing more threads than
    // the pids limit allows); the running one has been up 13 h and is fine until this probe failure.
    const decided = best({
      signal: 'ProbeFailure',
      startedAt: '2026-03-01T21:00:00.000Z',
      lastExitCode: 1,
      lastFinishedAt: '2026-03-01T20:59:50.000Z',
      previousLog: [
        '2026-03-01 20:56:51.004 INFO  c.e.search.Application - Started Application in 6.2 seconds',
        'Exception in thread "pool-3-thread-812" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached',
      ].join('\n'),
      currentLog:
        '2026-03-02 09:58:11.204 INFO  c.e.search.IndexBatchJob - batch 88212 indexed 500 documents in 1.8 s',
    });
    expect(decided.patternId).not.toBe('jvm-threads-leaked');
  });
});
