import { redactText } from '@sre-agent/core';
import type { ActionKind } from '../actions/registry.ts';
import type { ActionChooser, Reasoner } from './reasoner.ts';

/**
 * Plugs a {@link Reasoner} into the pipeline's catalog diagnoser as its `choose` step. An abstaining
 * reasoner becomes an escalation that says why, so the incident reaches people with what is known.
 *
 * @example
 * createCatalogDiagnoser({ clock, choose: reasonerChooser(withFallback(bedrock, new RulesReasoner()), policy.allowedActions) });
 */
export function reasonerChooser(reasoner: Reasoner, allowedActions: readonly ActionKind[]): ActionChooser {
  return async ({ evidence, candidates, recalled }) => {
    const decision = await reasoner.reason({ evidence, candidates, memory: recalled, allowedActions });
    if (decision.kind === 'decided') {
      const { category, summary, confidence, source } = decision.diagnosis;
      return { category, summary, confidence, source, actions: decision.actions };
    }
    const best = candidates[0];
    const reason = redactText(`No decision (${decision.reason}).`).slice(0, 500);
    return {
      category: best?.category ?? 'unknown',
      summary: best ? `${best.summary} ${reason}` : reason,
      confidence: best?.confidence ?? 0,
      source: reasoner.name,
      actions: [{ kind: 'escalate', reason }],
    };
  };
}
