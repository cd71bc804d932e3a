import type { Diagnosis } from '@sre-agent/core';
import { errorMessage, redactText } from '@sre-agent/core';
import type { ActionKind, CatalogAction } from '../actions/registry.ts';
import type { DiagnosisCandidate } from '../diagnosis/candidate.ts';
import type { RedactedEvidence } from '../diagnosis/evidence/index.ts';
import type { RecalledFix } from '../ports.ts';

/** Chooses the fixes for a diagnosis; the Bedrock reasoner plugs in here, rules are the default. */
export type ActionChooser = (input: {
  evidence: RedactedEvidence;
  candidates: DiagnosisCandidate[];
  recalled: readonly RecalledFix[];
}) => Promise<{
  summary: string;
  category: string;
  confidence: number;
  source: string;
  actions: CatalogAction[];
}>;

/** What a reasoner decides from: redacted evidence, catalog candidates, recalled incidents, the policy's allowlist. */
export type ReasonerInput = {
  evidence: RedactedEvidence;
  /** Catalog candidates, best first (after rollout correlation). */
  candidates: readonly DiagnosisCandidate[];
  /** Similar past incidents from incident memory, with what was done and how it went. */
  memory: readonly RecalledFix[];
  /** Catalog action kinds the policy allows; a decision never contains anything else. */
  allowedActions: readonly ActionKind[];
};

/**
 * A reasoner's answer. `decided`: a diagnosis and catalog actions in preference order (only allowed
 * kinds, schema-valid). `abstain`: no decision, with the reason (the caller falls back or escalates).
 */
export type ReasonerDecision =
  | { kind: 'decided'; diagnosis: Diagnosis; actions: CatalogAction[]; notes: string[] }
  | { kind: 'abstain'; reason: string };

/** The reasoning port: rules + incident memory by default, optionally an LLM (Bedrock). */
export interface Reasoner {
  readonly name: string;
  reason(input: ReasonerInput): Promise<ReasonerDecision>;
}

/**
 * Asks `primary`, and `fallback` when the primary abstains or fails; never throws for a failing
 * primary. The fallback's decision carries a note saying why the primary was not used.
 *
 * @example
 * const reasoner = withFallback(new BedrockReasoner({ client, modelId }), new RulesReasoner());
 */
export function withFallback(primary: Reasoner, fallback: Reasoner): Reasoner {
  return {
    name: `${primary.name}+${fallback.name}`,
    async reason(input) {
      let why: string;
      try {
        const decision = await primary.reason(input);
        if (decision.kind === 'decided') return decision;
        why = decision.reason;
      } catch (error) {
        why = `failed: ${redactText(errorMessage(error))}`;
      }
      const note = `${primary.name} not used: ${why}`;
      const decision = await fallback.reason(input);
      if (decision.kind === 'decided') return { ...decision, notes: [note, ...decision.notes] };
      return { kind: 'abstain', reason: `${note}; ${fallback.name}: ${decision.reason}` };
    },
  };
}
