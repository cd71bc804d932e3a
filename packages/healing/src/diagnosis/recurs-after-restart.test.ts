import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

/** Promtail out of descriptors: the same line in the killed instance and in the one running now. */
const EXHAUSTED = (minute: number) =>
  `level=error ts=2026-02-11T08:${String(minute).padStart(2, '0')}:41.118Z caller=filetarget.go:160 msg="failed to sync" err="open /var/log/pods: too many open files"`;

const sample = (overrides: Partial<EvidenceSample>): EvidenceSample => ({
  signal: 'ProbeFailure',
  previousLog: [EXHAUSTED(14), EXHAUSTED(15)].join('\n'),
  currentLog: ['level=info ts=2026-02-11T08:22:05Z msg="Starting Promtail"', EXHAUSTED(28)].join('\n'),
  startedAt: '2026-02-11T08:22:04Z',
  gatheredAt: '2026-02-11T08:30:00Z',
  lastReason: 'Error',
  lastExitCode: 137,
  restartCount: 6,
  ...overrides,
});

const first = (s: EvidenceSample) => {
  const result = diagnose(evidenceFixture(s));
  if (result.kind !== 'matched') throw new Error('expected a match');
  return result.best;
};

describe('a failure a restart has already been tried on', () => {
  it('escalates when the instance started minutes ago fails the same way after six restarts', () => {
    const best = first(sample({}));
    expect(best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(best.summary).toContain('a restart buys minutes');
  });

  it('keeps the restart when the running instance is fine, old, or restarts were few', () => {
    const fresh = 'level=info ts=2026-02-11T08:22:05Z msg="Starting Promtail"';
    expect(first(sample({ currentLog: fresh })).actions[0]?.kind).toBe('restart-pod');
    expect(first(sample({ startedAt: '2026-02-10T22:00:00Z' })).actions[0]?.kind).toBe('restart-pod');
    expect(first(sample({ restartCount: 1 })).actions[0]?.kind).toBe('restart-pod');
  });
});
