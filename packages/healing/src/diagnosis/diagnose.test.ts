import { describe, expect, it } from 'vitest';
import { CatalogActionSchema } from '../actions/registry.ts';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { CATALOG } from './catalog/index.ts';
import type { Pattern } from './catalog/types.ts';
import { diagnose, renderTemplate, SCORING, scoreCandidate } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

const HEAP = 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space';

function best(sample: Parameters<typeof evidenceFixture>[0], catalog: readonly Pattern[] = CATALOG) {
  const result = diagnose(redactEvidence(evidenceFixture(sample)), catalog, { maxCandidates: 100 });
  if (result.kind !== 'matched') throw new Error(`unmatched: ${result.reason}`);
  return result;
}

const pattern = (overrides: Partial<Pattern> & Pick<Pattern, 'id' | 'match'>): Pattern => ({
  title: overrides.id,
  category: 'runtime',
  diagnosis: `matched ${overrides.id}`,
  actions: [{ kind: 'escalate', reason: 'look' }],
  fixable: false,
  confidence: 0.5,
  remediationHint: 'look at it closely',
  ...overrides,
});

describe('diagnose', () => {
  it('ranks a specific Java heap OOM above the generic OOMKilled, and the OOMKilled reason raises its confidence', () => {
    const oom = best({ signal: 'OOMKilled', previousLog: HEAP, lastReason: 'OOMKilled', lastExitCode: 137 });
    expect(oom.best.patternId).toBe('jvm-heap-oom');
    expect(oom.candidates.map((c) => c.patternId)).toContain('oom-killed');
    const plain = best({
      signal: 'CrashLoopBackOff',
      previousLog: HEAP,
      lastReason: 'Completed',
      lastExitCode: 0,
    });
    expect(plain.best.patternId).toBe('jvm-heap-oom');
    expect(oom.best.confidence).toBeGreaterThan(plain.best.confidence);
    expect(oom.best.evidence.map((e) => e.source)).toEqual(['previous-log', 'exit-code', 'reason']);
  });

  it('weighs the previous container log above the current one for crashes', () => {
    const inPrevious = best({ signal: 'CrashLoopBackOff', previousLog: HEAP, currentLog: 'starting' });
    const inCurrent = best({ signal: 'CrashLoopBackOff', previousLog: 'starting', currentLog: HEAP });
    expect(inPrevious.best.confidence).toBeGreaterThan(inCurrent.best.confidence);
    expect(inCurrent.best.evidence[0]?.source).toBe('current-log');
    const alert = best({ signal: 'Alert', currentLog: HEAP });
    expect(alert.best.confidence).toBe(inPrevious.best.confidence);
  });

  it('requires every regex of an `all` log matcher and every group in `all` mode', () => {
    const catalog = [
      pattern({ id: 'both-lines', match: { logs: { all: [/alpha/, /beta/] } } }),
      pattern({ id: 'log-and-exit', match: { logs: { any: [/gamma/] }, exitCodes: [3] } }),
      pattern({ id: 'log-or-exit', match: { mode: 'any', logs: { any: [/delta/] }, exitCodes: [4] } }),
    ];
    const ids = (sample: Parameters<typeof evidenceFixture>[0]) => {
      const r = diagnose(evidenceFixture(sample), catalog);
      return r.kind === 'matched' ? r.candidates.map((c) => c.patternId).sort() : [];
    };
    expect(ids({ previousLog: 'alpha' })).toEqual([]);
    expect(ids({ previousLog: 'alpha\nnoise\nbeta' })).toEqual(['both-lines']);
    expect(ids({ previousLog: 'gamma', lastExitCode: 1 })).toEqual([]);
    expect(ids({ previousLog: 'gamma', lastExitCode: 3 })).toEqual(['log-and-exit']);
    expect(ids({ lastExitCode: 4 })).toEqual(['log-or-exit']);
    expect(ids({ previousLog: 'delta' })).toEqual(['log-or-exit']);
    const both = diagnose(evidenceFixture({ previousLog: 'delta', lastExitCode: 4 }), catalog);
    // A plain line with no level: only the "names a cause" third of the directness counts.
    expect(both.kind === 'matched' && both.best.confidence).toBeCloseTo(
      0.5 + SCORING.CORROBORATION_STEP + SCORING.DIRECTNESS_STEP / 3,
      3,
    );
  });

  it('considers signal-restricted patterns only for their signals, and for generic alerts', () => {
    const node = { conditions: [{ type: 'Ready', status: 'False', reason: 'KubeletNotReady' }] };
    const crash = diagnose(evidenceFixture({ signal: 'CrashLoopBackOff', node, lastExitCode: 1 }));
    expect(crash.kind === 'matched' ? crash.candidates.map((c) => c.patternId) : []).not.toContain(
      'node-not-ready',
    );
    expect(best({ signal: 'Alert', node }).best.patternId).toBe('node-not-ready');
  });

  it('breaks ties in favour of specific patterns, then catalog order', () => {
    const catalog = [
      pattern({ id: 'generic-exit', match: { exitCodes: [1] }, confidence: 0.6 }),
      pattern({ id: 'specific-log', match: { logs: { any: [/boom/] } }, confidence: 0.6 }),
      pattern({ id: 'specific-log-2', match: { logs: { any: [/boom/] } }, confidence: 0.6 }),
    ];
    const r = diagnose(evidenceFixture({ previousLog: 'boom', lastExitCode: 1 }), catalog);
    expect(r.kind === 'matched' && r.candidates.map((c) => c.patternId)).toEqual([
      'specific-log',
      'specific-log-2',
      'generic-exit',
    ]);
  });

  it('fills templates from captures and context, and redacts what it renders', () => {
    const catalog = [
      pattern({
        id: 'leaky',
        match: { logs: { any: [/connect to (?<target>\S+) failed: (?<detail>.*)/] } },
        diagnosis: '{workload}/{container} cannot reach {target}: {detail}',
        actions: [{ kind: 'escalate', reason: 'reach {target} from {namespace}' }],
      }),
    ];
    const r = diagnose(
      evidenceFixture({
        previousLog: 'connect to postgres://app:hunter2@db:5432/app failed: password=hunter2 rejected',
      }),
      catalog,
    );
    if (r.kind !== 'matched') throw new Error('expected a match');
    expect(r.best.summary).toBe(
      'web/app cannot reach postgres://app:[REDACTED]@db:5432/app: password=[REDACTED] rejected',
    );
    expect(r.best.actions).toEqual([
      { kind: 'escalate', reason: 'reach postgres://app:[REDACTED]@db:5432/app from shop' },
    ]);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('never puts a target from the log into an action: the cache is bound later, from configuration', () => {
    const full = diagnose(
      evidenceFixture({
        signal: 'Alert',
        currentLog:
          "ReplyError: OOM command not allowed when used memory > 'maxmemory'. host=other-team-cache",
      }),
      CATALOG,
      { defaults: { cache: 'sessions' } },
    );
    expect(full.kind === 'matched' && full.best.actions).toEqual([{ kind: 'flush-redis-cache' }]);

    const noContainer = evidenceFixture({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 });
    delete noContainer.container;
    const oom = diagnose(noContainer);
    expect(oom.kind === 'matched' && oom.best.actions).toEqual([{ kind: 'raise-memory-limit', percent: 20 }]);
  });

  it('keeps escalation reasons within the schema bound', () => {
    const catalog = [
      pattern({
        id: 'long',
        match: { logs: { any: [/^(?<detail>x+)$/] } },
        actions: [{ kind: 'escalate', reason: '{detail} {detail} {detail} {detail}' }],
      }),
    ];
    const r = diagnose(evidenceFixture({ previousLog: 'x'.repeat(5000) }), catalog);
    if (r.kind !== 'matched') throw new Error('expected a match');
    const action = r.best.actions[0];
    expect(action && CatalogActionSchema.parse(action)).toEqual(action);
    expect(action?.kind === 'escalate' && action.reason.length).toBeLessThanOrEqual(500);
  });

  it('puts a cause named in the log before a probe symptom, whatever their scores', () => {
    const catalog = [
      pattern({
        id: 'probe-symptom',
        category: 'probe',
        confidence: 0.95,
        match: { events: [/Liveness probe failed/] },
        actions: [{ kind: 'rollout-restart' }],
      }),
      pattern({
        id: 'slow-dependency',
        category: 'dependency',
        confidence: 0.4,
        match: { logs: { any: [/took \d+ ms/] } },
      }),
      pattern({ id: 'bare-exit', category: 'crash', confidence: 0.6, match: { exitCodes: [137] } }),
    ];
    const sample = {
      signal: 'ProbeFailure' as const,
      lastExitCode: 137,
      events: [{ reason: 'Unhealthy', message: 'Liveness probe failed: context deadline exceeded' }],
    };
    const withCause = best({ ...sample, previousLog: 'WARN orders call took 58211 ms' }, catalog);
    expect(withCause.candidates.map((c) => c.patternId)).toEqual([
      'slow-dependency',
      'probe-symptom',
      'bare-exit',
    ]);
    // A bare exit code names no cause: the symptom keeps its place.
    expect(best(sample, catalog).best.patternId).toBe('probe-symptom');
  });

  it('puts a heap the killed instance exhausted before the liveness kill it caused', () => {
    const result = best({
      signal: 'CrashLoopBackOff',
      reason: 'CrashLoopBackOff',
      lastReason: 'Error',
      lastExitCode: 137,
      events: [
        {
          reason: 'Unhealthy',
          message: 'Liveness probe failed: Get "http://10.0.5.61:8558/alive": context deadline exceeded',
        },
        {
          reason: 'Killing',
          type: 'Normal',
          message: 'Container app failed liveness probe, will be restarted',
        },
      ],
      previousLog: [
        'Picked up JAVA_TOOL_OPTIONS: -Xms768m -Xmx768m -XX:+UseParallelGC',
        '[2026-03-02 09:41:07,118] [ERROR] [com.example.pricing.RuleCache] - rule set 91/140 failed to load, retrying',
        'java.lang.OutOfMemoryError: GC overhead limit exceeded',
        '\tat scala.collection.immutable.HashMap.updated(HashMap.scala:146)',
      ].join('\n'),
    });
    expect(result.best.patternId).toBe('jvm-gc-overhead');
    // Capped by -Xmx: neither a restart nor a bigger limit; the flag is named.
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('-Xmx768m');
  });

  it('raises the memory of a heap sized by the limit before restarting on the liveness kill it caused', () => {
    const sample = {
      signal: 'CrashLoopBackOff' as const,
      reason: 'CrashLoopBackOff',
      lastReason: 'Error',
      lastExitCode: 143,
      events: [
        {
          reason: 'Unhealthy',
          message:
            'Liveness probe failed: Get "http://10.128.4.22:8080/login": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        },
        {
          reason: 'Killing',
          type: 'Normal',
          message: 'Container app failed liveness probe, will be restarted',
        },
      ],
      previousLog: [
        '2026-03-02 09:13:31.550+0000 [id=20]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running',
        '2026-03-02 09:24:51.004+0000 [id=533]\tWARNING\thudson.init.impl.InstallUncaughtExceptionHandler$DefaultUncaughtExceptionHandler#uncaughtException: A thread (Computer.threadPoolForRemoting [#88]/533) died unexpectedly due to an uncaught exception',
        'java.lang.OutOfMemoryError: Java heap space',
        '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      ].join('\n'),
    };
    const result = best(sample);
    expect(result.best.patternId).toBe('jvm-heap-oom');
    expect(result.best.actions[0]?.kind).toBe('raise-memory-limit');
    expect(result.candidates.map((c) => c.patternId)).toContain('liveness-probe-failed');
  });

  it('restarts nothing on a probe symptom when the killed instance’s log could not be read', () => {
    const sample = {
      signal: 'ProbeFailure' as const,
      lastExitCode: 137,
      events: [{ reason: 'Unhealthy', message: 'Liveness probe failed: context deadline exceeded' }],
    };
    const read = best(sample).best;
    expect(read.actions[0]?.kind).toBe('rollout-restart');
    const evidence = evidenceFixture(sample);
    evidence.gaps.push('previous log of app: the dump holds no log of the previous instance of app');
    const result = diagnose(redactEvidence(evidence));
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.patternId).toBe(read.patternId);
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('kubectl logs --previous');
  });

  it('raises no memory limit blind when the killed instance’s log could not be read, unless the spec shows its flags', () => {
    const sample = { signal: 'OOMKilled' as const, lastReason: 'OOMKilled', lastExitCode: 137 };
    const gap = 'previous log of app: the dump holds no log of the previous instance of app';
    const blind = evidenceFixture(sample);
    blind.gaps.push(gap);
    const result = diagnose(redactEvidence(blind));
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.patternId).toBe('oom-killed');
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('heap cap of its runtime');
    // The spec shows how the heap is sized: the raise is weighed as with the log.
    const sized = evidenceFixture(sample);
    sized.gaps.push(gap);
    const app = sized.containers[0];
    if (app) app.memoryFlags = [{ flag: '-XX:MaxRAMPercentage=75.0', where: 'env JAVA_TOOL_OPTIONS of app' }];
    const weighed = diagnose(redactEvidence(sized));
    expect(weighed.kind === 'matched' && weighed.best.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('says what it examined when nothing matches', () => {
    const r = diagnose(
      evidenceFixture({ previousLog: 'all good\nstill good', lastExitCode: 1, lastReason: 'Error' }),
    );
    expect(r).toEqual({
      kind: 'unmatched',
      reason: 'no catalog pattern matched (examined 2 log lines, 0 events, 1 container statuses)',
    });
  });

  it('is deterministic', () => {
    const sample = {
      signal: 'OOMKilled' as const,
      previousLog: HEAP,
      lastReason: 'OOMKilled',
      lastExitCode: 137,
    };
    expect(diagnose(evidenceFixture(sample))).toEqual(diagnose(evidenceFixture(sample)));
  });

  it('stays fast on hostile logs: bounded lines, no catastrophic backtracking', () => {
    const nasty = [
      'a'.repeat(50_000),
      `postgres ${'connect '.repeat(600)}`,
      `pg ${':5432 '.repeat(600)}`,
      `0/3 nodes are available:${' x'.repeat(1500)}`,
      `Unhandled exception. ${'a.'.repeat(1500)}`,
      `lookup ${'a.'.repeat(1500)}`,
      `ECONNREFUSED ${'1.'.repeat(1500)}`,
      `x509: certificate is valid for ${'a, '.repeat(1000)}`,
      `Failed to pull image "${'a'.repeat(3000)}`,
      `${'API key '.repeat(500)}`,
      `${'[['.repeat(2000)}{x}`,
    ];
    const log = Array.from({ length: 200 }, (_, i) => nasty[i % nasty.length]).join('\n');
    const evidence = evidenceFixture({
      previousLog: log,
      currentLog: log,
      events: nasty.map((message) => ({ reason: 'Failed', message })),
      lastExitCode: 1,
    });
    const started = performance.now();
    const result = diagnose(evidence);
    expect(performance.now() - started).toBeLessThan(4000);
    // Nothing specific: at most the last resort that quotes the earliest error.
    const ids = result.kind === 'matched' ? result.candidates.map((c) => c.patternId) : [];
    expect(ids.filter((id) => !id.startsWith('unclassified-'))).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('fills placeholders, uses fallbacks and drops optional segments with unknown values', () => {
    expect(renderTemplate('{a} and {b|bee}[[ with {c}]][[ and {a}]]', { a: 'A' })).toEqual({
      text: 'A and bee and A',
      missing: [],
    });
    expect(renderTemplate('x {nope} y', {})).toEqual({ text: 'x (unknown) y', missing: ['nope'] });
  });
});

describe('scoreCandidate', () => {
  it('follows the documented formula and never claims certainty', () => {
    expect(
      scoreCandidate({ base: 0.8, logsOnlyInCurrent: false, crashSignal: true, boosts: 0, extraGroups: 0 }),
    ).toBe(0.8);
    expect(
      scoreCandidate({ base: 0.8, logsOnlyInCurrent: true, crashSignal: true, boosts: 0, extraGroups: 0 }),
    ).toBe(0.72);
    expect(
      scoreCandidate({ base: 0.8, logsOnlyInCurrent: true, crashSignal: false, boosts: 1, extraGroups: 1 }),
    ).toBe(0.88);
    expect(
      scoreCandidate({ base: 0.95, logsOnlyInCurrent: false, crashSignal: true, boosts: 3, extraGroups: 2 }),
    ).toBe(SCORING.MAX_SCORE);
  });
});
