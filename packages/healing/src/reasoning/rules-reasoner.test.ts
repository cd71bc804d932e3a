import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActionKind,
  ActionKindSchema,
  type CatalogAction,
  CatalogActionSchema,
} from '../actions/registry.ts';
import { diagnose } from '../diagnosis/diagnose.ts';
import { redactEvidence } from '../diagnosis/evidence/index.ts';
import type { RecalledFix } from '../ports.ts';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import type { Reasoner, ReasonerDecision, ReasonerInput } from './reasoner.ts';
import { withFallback } from './reasoner.ts';
import { RulesReasoner } from './rules-reasoner.ts';

const ALL: ActionKind[] = [...ActionKindSchema.options];
const OOM: EvidenceSample = { signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 };
const SECRET: EvidenceSample = {
  signal: 'CreateContainerConfigError',
  reason: 'CreateContainerConfigError',
  message: 'secret "catalog-db-credentials" not found',
};

function input(
  sample: EvidenceSample,
  memory: RecalledFix[] = [],
  allowedActions: ActionKind[] = ALL,
): ReasonerInput {
  const evidence = redactEvidence(evidenceFixture(sample));
  const result = diagnose(evidence);
  return { evidence, candidates: result.kind === 'matched' ? result.candidates : [], memory, allowedActions };
}

const recalled = (overrides: Partial<RecalledFix>): RecalledFix => ({
  id: 'inc-41',
  score: 0.9,
  at: '2026-02-20T08:00:00.000Z',
  diagnosis: 'web was OOMKilled',
  description: 'raised the memory limit by 20%',
  succeeded: 1,
  failed: 0,
  ...overrides,
});

const decided = (d: ReasonerDecision) => {
  if (d.kind !== 'decided') throw new Error(`abstained: ${d.reason}`);
  return d;
};

describe('RulesReasoner', () => {
  const rules = new RulesReasoner();

  it('follows the best catalog candidate when memory has nothing', async () => {
    const d = decided(await rules.reason(input(OOM)));
    expect(d.actions).toEqual([{ kind: 'raise-memory-limit', percent: 20 }]);
    expect(d.diagnosis).toMatchObject({ category: 'memory', source: 'oom-killed', patternId: 'oom-killed' });
  });

  it('is more confident when a fix that worked before agrees with the catalog', async () => {
    const alone = decided(await rules.reason(input(OOM)));
    const agreed = decided(
      await rules.reason(
        input(OOM, [recalled({ action: { kind: 'raise-memory-limit', percent: 20 }, succeeded: 3 })]),
      ),
    );
    expect(agreed.diagnosis.confidence).toBeGreaterThan(alone.diagnosis.confidence);
    expect(agreed.diagnosis.source).toBe('oom-killed+memory:inc-41');
    expect(agreed.actions[0]).toEqual({ kind: 'raise-memory-limit', percent: 20 });
    expect(agreed.notes.join(' ')).toContain('inc-41');
  });

  it('puts a proven memory fix first when it is more confident than the catalog', async () => {
    const d = decided(
      await rules.reason(
        input({ signal: 'CrashLoopBackOff', lastExitCode: 137 }, [
          recalled({
            score: 0.93,
            action: { kind: 'rollout-restart' },
            succeeded: 4,
            diagnosis: 'stuck worker',
          }),
        ]),
      ),
    );
    expect(d.actions[0]).toEqual({ kind: 'rollout-restart' });
    expect(d.diagnosis.source).toBe('sigkill-exit-137+memory:inc-41');
  });

  it('uses a proven memory fix when no pattern matches', async () => {
    const d = decided(
      await rules.reason(
        input({ previousLog: 'worker stalled', lastExitCode: 1 }, [
          recalled({
            action: { kind: 'rollout-restart' },
            diagnosis: 'worker stalled after a broker failover',
          }),
        ]),
      ),
    );
    expect(d.actions).toEqual([{ kind: 'rollout-restart' }]);
    expect(d.diagnosis.source).toBe('memory:inc-41');
    expect(d.diagnosis.summary).toContain('worker stalled after a broker failover');
  });

  it('never chooses a fix that failed for a similar incident, and says so', async () => {
    const d = decided(
      await rules.reason(
        input(OOM, [
          recalled({ action: { kind: 'raise-memory-limit', percent: 20 }, succeeded: 0, failed: 2 }),
        ]),
      ),
    );
    expect(d.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(d.actions[0]?.kind === 'escalate' && d.actions[0].reason).toContain(
      'raise-memory-limit did not fix the similar incident inc-41',
    );
  });

  it('ignores memory below the similarity threshold', async () => {
    const d = decided(
      await rules.reason(
        input(OOM, [
          recalled({
            score: 0.5,
            action: { kind: 'raise-memory-limit', percent: 20 },
            succeeded: 0,
            failed: 5,
          }),
        ]),
      ),
    );
    expect(d.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('escalates citing a near-perfect match that people fixed by hand', async () => {
    const d = decided(
      await rules.reason(
        input(OOM, [
          recalled({
            score: 0.97,
            description: 'set -XX:MaxRAMPercentage=75 in the Helm values (PR #812)',
            succeeded: 1,
          }),
        ]),
      ),
    );
    expect(d.actions).toHaveLength(1);
    const [action] = d.actions;
    expect(action?.kind).toBe('escalate');
    expect(action?.kind === 'escalate' && action.reason).toContain('PR #812');
    expect(d.diagnosis.source).toBe('memory:inc-41');
  });

  it('escalates when the policy does not allow the fix, and abstains when it does not allow escalation either', async () => {
    const redis: EvidenceSample = {
      signal: 'Alert',
      currentLog:
        "cache write failed: OOM command not allowed when used memory > 'maxmemory'. redis://sessions:6379",
    };
    const d = decided(await rules.reason(input(redis, [], ['escalate', 'restart-pod'])));
    expect(d.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(d.notes).toContain('flush-redis-cache is not allowed by policy');
    const none = await rules.reason(input(redis, [], ['restart-pod']));
    expect(none).toMatchObject({ kind: 'abstain' });
  });

  it('escalates with the pattern reason for problems it cannot fix', async () => {
    const d = decided(await rules.reason(input(SECRET)));
    expect(d.actions).toHaveLength(1);
    expect(d.actions[0]?.kind === 'escalate' && d.actions[0].reason).toContain('catalog-db-credentials');
  });

  it('abstains with nothing to go on', async () => {
    expect(await rules.reason(input({ previousLog: 'hello', lastExitCode: 1 }))).toEqual({
      kind: 'abstain',
      reason: 'no catalog pattern matched and no similar incident was recalled',
    });
  });

  it('only ever returns allowed, schema-valid actions, whatever memory and policy say', async () => {
    const fix = fc.constantFrom<CatalogAction | undefined>(
      undefined,
      { kind: 'rollout-restart' },
      { kind: 'raise-memory-limit', percent: 20 },
      { kind: 'rollback' },
      { kind: 'escalate', reason: 'people fixed it' },
    );
    const memory = fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 8 }),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
        at: fc.constant('2026-02-20T08:00:00.000Z'),
        diagnosis: fc.string(),
        action: fix,
        description: fc.string({ maxLength: 40 }),
        succeeded: fc.nat(5),
        failed: fc.nat(5),
      }),
      { maxLength: 4 },
    );
    const samples = fc.constantFrom<EvidenceSample>(
      OOM,
      SECRET,
      { previousLog: 'x', lastExitCode: 1 },
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500' },
        ],
      },
    );
    await fc.assert(
      fc.asyncProperty(samples, memory, fc.subarray(ALL), async (sample, mem, allowed) => {
        const cleaned = mem.map(({ action, ...rest }) => (action ? { ...rest, action } : rest));
        const d = await rules.reason(input(sample, cleaned, allowed));
        if (d.kind === 'decided') {
          expect(d.actions.length).toBeGreaterThan(0);
          for (const a of d.actions) {
            expect(allowed).toContain(a.kind);
            expect(CatalogActionSchema.parse(a)).toEqual(a);
          }
        }
      }),
    );
  });
});

describe('withFallback', () => {
  const fixed = (decision: ReasonerDecision, name = 'fake'): Reasoner => ({
    name,
    reason: async () => decision,
  });
  const escalate: ReasonerDecision = {
    kind: 'decided',
    diagnosis: { category: 'config', summary: 'missing secret', confidence: 0.9, source: 'secret-not-found' },
    actions: [{ kind: 'escalate', reason: 'create the secret' }],
    notes: [],
  };

  it('keeps the primary decision', async () => {
    const d = await withFallback(fixed(escalate, 'primary'), fixed({ kind: 'abstain', reason: 'x' })).reason(
      input(SECRET),
    );
    expect(d).toBe(escalate);
  });

  it('falls back when the primary abstains or throws, noting why', async () => {
    const abstained = await withFallback(
      fixed({ kind: 'abstain', reason: 'prose answer' }, 'bedrock'),
      fixed(escalate, 'rules'),
    ).reason(input(SECRET));
    expect(abstained).toMatchObject({ kind: 'decided', notes: ['bedrock not used: prose answer'] });
    const failing: Reasoner = {
      name: 'bedrock',
      reason: async () => {
        throw new Error('socket hang up, token=abc123secret');
      },
    };
    const thrown = await withFallback(failing, fixed(escalate, 'rules')).reason(input(SECRET));
    expect(thrown.kind === 'decided' && thrown.notes[0]).toBe(
      'bedrock not used: failed: socket hang up, token=[REDACTED]',
    );
  });

  it('abstains with both reasons when both abstain', async () => {
    const d = await withFallback(
      fixed({ kind: 'abstain', reason: 'a' }, 'p'),
      fixed({ kind: 'abstain', reason: 'b' }, 'f'),
    ).reason(input(SECRET));
    expect(d).toEqual({ kind: 'abstain', reason: 'p not used: a; f: b' });
  });
});
