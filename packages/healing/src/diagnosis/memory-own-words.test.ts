import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

function best(sample: EvidenceSample): { id: string; kinds: string[] } | undefined {
  const result = diagnose(redactEvidence(evidenceFixture(sample)), undefined, { rollouts: false });
  return result.kind === 'matched'
    ? { id: result.best.patternId, kinds: result.best.actions.map((a) => a.kind) }
    : undefined;
}

const LIVENESS_KILL: EvidenceSample = {
  signal: 'ProbeFailure',
  lastReason: 'Error',
  lastExitCode: 143,
  events: [
    {
      reason: 'Unhealthy',
      message:
        'Liveness probe failed: Get "http://10.0.0.5:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    },
    { reason: 'Killing', type: 'Normal', message: 'Container app failed liveness probe, will be restarted' },
  ],
};

describe('a raise of the memory limit rests on the runtime’s own words, not on what a client wrote', () => {
  it('still puts an uncapped heap the process exhausted before the liveness kill it caused', () => {
    const decided = best({
      ...LIVENESS_KILL,
      previousLog: 'Exception in thread "http-nio-8080-exec-3" java.lang.OutOfMemoryError: Java heap space',
    });
    expect(decided?.kinds[0]).toBe('raise-memory-limit');
  });

  it('does not put a heap error a client wrote (a search logged at info, a user agent) before the liveness kill', () => {
    for (const previousLog of [
      '2026-03-02 09:41:07.112 INFO 1 --- [nio-8080-exec-7] c.e.Search : query="java.lang.OutOfMemoryError: Java heap space" results=0',
      '10.0.0.1 - - [02/Mar/2026:09:41:07 +0000] "GET / HTTP/1.1" 200 612 "-" "java.lang.OutOfMemoryError: Java heap space"',
      '{"level":"info","msg":"search","q":"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"}',
    ]) {
      expect(best({ ...LIVENESS_KILL, previousLog })?.kinds[0], previousLog).not.toBe('raise-memory-limit');
    }
  });

  it("raises no limit on a server's memory minimum quoted in a user agent", () => {
    for (const ua of [
      'There are 4 threads, so 1.00GiB are required',
      "syschecks - Memory: '1' below recommended: '2'",
    ]) {
      const decided = best({
        signal: 'Alert',
        currentLog: `10.0.0.1 - - [02/Mar/2026:09:41:07 +0000] "GET / HTTP/1.1" 200 612 "-" "${ua}"`,
      });
      expect(decided?.kinds ?? [], ua).not.toContain('raise-memory-limit');
    }
  });
});

describe('an uncapped heap and a liveness kill in the middle of a recovery', () => {
  it('leaves the recovery entry first: it escalates, and a raise replaces every pod mid-recovery', () => {
    const decided = best({
      ...LIVENESS_KILL,
      previousLog: [
        '2026-03-02 09:40:01.004 INFO 1 --- [main] o.e.g.GatewayService : crash recovery in progress, replaying the WAL (segment 18 of 240)',
        'Exception in thread "recovery-worker-2" java.lang.OutOfMemoryError: Java heap space',
      ].join('\n'),
    });
    expect(decided?.id).toBe('liveness-kill-during-recovery');
    expect(decided?.kinds[0]).toBe('escalate');
  });
});
