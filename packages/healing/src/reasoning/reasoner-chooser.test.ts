import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose.ts';
import { redactEvidence } from '../diagnosis/evidence/index.ts';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import type { Reasoner } from './reasoner.ts';
import { reasonerChooser } from './reasoner-chooser.ts';
import { RulesReasoner } from './rules-reasoner.ts';

describe('reasonerChooser', () => {
  const evidence = redactEvidence(
    evidenceFixture({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 }),
  );
  const result = diagnose(evidence);
  const candidates = result.kind === 'matched' ? result.candidates : [];

  it('maps a decision onto the pipeline chooser result, passing the policy allowlist', async () => {
    const choose = reasonerChooser(new RulesReasoner(), ['raise-memory-limit', 'escalate']);
    expect(await choose({ evidence, candidates, recalled: [] })).toEqual({
      category: 'memory',
      summary: candidates[0]?.summary,
      confidence: candidates[0]?.confidence,
      source: 'oom-killed',
      actions: [{ kind: 'raise-memory-limit', percent: 20 }],
    });
  });

  it('turns an abstention into an escalation that says why', async () => {
    const mute: Reasoner = {
      name: 'mute',
      reason: async () => ({ kind: 'abstain', reason: 'nothing to say' }),
    };
    const choice = await reasonerChooser(mute, ['escalate'])({ evidence, candidates: [], recalled: [] });
    expect(choice).toEqual({
      category: 'unknown',
      summary: 'No decision (nothing to say).',
      confidence: 0,
      source: 'mute',
      actions: [{ kind: 'escalate', reason: 'No decision (nothing to say).' }],
    });
  });
});
