import { redactText } from '@sre-agent/core';
import { type ActionKind, type CatalogAction, recalledAction } from '../actions/registry.ts';
import type { DiagnosisCandidate } from '../diagnosis/candidate.ts';
import type { Reasoner, ReasonerDecision, ReasonerInput } from './reasoner.ts';

export type RulesReasonerOptions = {
  /** Recalled incidents below this similarity are ignored. */
  minMemoryScore?: number;
  /** A recalled incident at least this similar is "the same problem" (its human fix is cited). */
  nearPerfectScore?: number;
};

export const DEFAULT_RULES_OPTIONS: Required<RulesReasonerOptions> = {
  minMemoryScore: 0.8,
  nearPerfectScore: 0.95,
};

const MEMORY_AGREEMENT_BONUS = 0.05;
const MAX_CONFIDENCE = 0.99;
const MAX_REASON = 500;

/**
 * The default reasoner: deterministic rules over catalog candidates and incident memory.
 *
 * 1. Only recalled incidents scoring ≥ `minMemoryScore` count.
 * 2. A recalled catalog action that failed more often than it worked is never chosen: it is removed
 *    from every candidate's actions (it is "never chosen blindly").
 * 3. A recalled catalog action that worked (succeeded > failed, allowed) is a candidate with
 *    confidence `score × success rate` (≤ 0.95). When it agrees with the best catalog candidate's
 *    first action the two reinforce each other; otherwise the more confident one goes first.
 * 4. A near-perfect match (≥ `nearPerfectScore`) whose fix was done by humans (no catalog action)
 *    and worked, with no proven catalog fix, escalates and cites that fix: humans know the remedy.
 * 5. Otherwise the best catalog candidate decides with its allowed actions. When no fix is left
 *    (escalation only, the fix is not allowed, or it failed before) it escalates saying why; the
 *    next candidates are not tried, since their fixes answer another diagnosis. Nothing to go on → abstain.
 */
export class RulesReasoner implements Reasoner {
  readonly name = 'rules';
  readonly #opts: Required<RulesReasonerOptions>;

  constructor(options: RulesReasonerOptions = {}) {
    this.#opts = { ...DEFAULT_RULES_OPTIONS, ...options };
  }

  async reason(input: ReasonerInput): Promise<ReasonerDecision> {
    return decideByRules(input, this.#opts);
  }
}

function decideByRules(input: ReasonerInput, opts: Required<RulesReasonerOptions>): ReasonerDecision {
  const allowed = new Set<ActionKind>(input.allowedActions);
  const notes: string[] = [];
  const relevant = input.memory
    .map((m) => ({ ...m, action: recalledAction(m.action) }))
    .filter((m) => m.score >= opts.minMemoryScore)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

  const failedKinds = new Map<ActionKind, (typeof relevant)[number]>();
  for (const m of relevant) {
    if (
      m.action &&
      m.action.kind !== 'escalate' &&
      m.failed > m.succeeded &&
      !failedKinds.has(m.action.kind)
    ) {
      failedKinds.set(m.action.kind, m);
      notes.push(
        `${m.action.kind} is not tried: it failed for similar incident ${m.id} (${m.failed} failed, ${m.succeeded} worked)`,
      );
    }
  }
  const usable = (a: CatalogAction) => allowed.has(a.kind) && !failedKinds.has(a.kind);

  const proven = relevant.find(
    (m) =>
      m.action &&
      m.action.kind !== 'escalate' &&
      m.succeeded > 0 &&
      m.succeeded > m.failed &&
      usable(m.action),
  );
  const provenConfidence = proven
    ? Math.min(0.95, proven.score * (proven.succeeded / (proven.succeeded + proven.failed)))
    : 0;

  const human = relevant.find(
    (m) =>
      m.score >= opts.nearPerfectScore &&
      (!m.action || m.action.kind === 'escalate') &&
      m.succeeded > 0 &&
      m.description.trim() !== '',
  );
  if (human && !proven && allowed.has('escalate')) {
    const summary = redactText(
      `Same problem as incident ${human.id} (similarity ${human.score.toFixed(2)}), which people fixed by: ${human.description}`,
    );
    const best = input.candidates[0];
    return {
      kind: 'decided',
      diagnosis: {
        category: best?.category ?? 'memory',
        summary: best ? `${best.summary} ${summary}` : summary,
        confidence: Math.max(best?.confidence ?? 0, Math.min(0.95, human.score)),
        source: `memory:${human.id}`,
        ...(best ? { patternId: best.patternId } : {}),
      },
      actions: [escalate(`${summary}. The agent has no catalog action for it.`)],
      notes,
    };
  }

  const best = input.candidates[0];
  const bestActions = best ? best.actions.filter(usable) : [];
  const bestFixes = bestActions.filter((a) => a.kind !== 'escalate');

  if (
    proven?.action &&
    (!best ||
      bestFixes.length === 0 ||
      provenConfidence >= best.confidence ||
      sameKind(bestFixes[0], proven.action))
  ) {
    const agrees = sameKind(bestFixes[0], proven.action);
    const confidence =
      agrees && best
        ? Math.min(MAX_CONFIDENCE, Math.max(best.confidence, provenConfidence) + MEMORY_AGREEMENT_BONUS)
        : provenConfidence;
    const first = agrees && bestFixes[0] ? bestFixes[0] : proven.action;
    notes.push(
      `incident ${proven.id} (similarity ${proven.score.toFixed(2)}) was fixed by ${proven.action.kind} (${proven.succeeded} worked, ${proven.failed} failed)`,
    );
    return {
      kind: 'decided',
      diagnosis: {
        category: best?.category ?? 'memory',
        summary: best
          ? best.summary
          : redactText(`Same problem as incident ${proven.id}: ${proven.diagnosis}`),
        confidence,
        source: best ? `${best.patternId}+memory:${proven.id}` : `memory:${proven.id}`,
        ...(best ? { patternId: best.patternId } : {}),
      },
      actions: dedupeKinds([first, ...bestFixes]),
      notes,
    };
  }

  if (best && bestFixes.length > 0) {
    return {
      kind: 'decided',
      diagnosis: diagnosisOf(best),
      actions: bestActions,
      notes,
    };
  }

  if (best) {
    // No fix left for the best diagnosis: say why, and escalate with what is known.
    const why: string[] = [];
    for (const a of best.actions) {
      const failed = failedKinds.get(a.kind);
      if (failed) why.push(`${a.kind} did not fix the similar incident ${failed.id}`);
      else if (!allowed.has(a.kind)) why.push(`${a.kind} is not allowed by policy`);
    }
    if (!allowed.has('escalate')) {
      return {
        kind: 'abstain',
        reason: `no allowed action for ${best.patternId}: ${why.join('; ') || 'escalation not allowed'}`,
      };
    }
    const own = best.actions.find((a) => a.kind === 'escalate');
    const reason = [own?.kind === 'escalate' ? own.reason : best.summary, ...why].join('; ');
    notes.push(...why);
    return { kind: 'decided', diagnosis: diagnosisOf(best), actions: [escalate(reason)], notes };
  }

  const failed = [...failedKinds.values()][0];
  if (failed && allowed.has('escalate')) {
    const reason = `Like incident ${failed.id}: ${failed.diagnosis}. ${failed.action?.kind ?? 'its fix'} did not fix it then; no catalog pattern matches now.`;
    return {
      kind: 'decided',
      diagnosis: {
        category: 'memory',
        summary: redactText(reason),
        confidence: Math.min(0.9, failed.score),
        source: `memory:${failed.id}`,
      },
      actions: [escalate(reason)],
      notes,
    };
  }

  if (relevant.length === 0) {
    return { kind: 'abstain', reason: 'no catalog pattern matched and no similar incident was recalled' };
  }
  return { kind: 'abstain', reason: 'no catalog pattern matched and no recalled fix is usable' };
}

function diagnosisOf(c: DiagnosisCandidate) {
  return {
    category: c.category,
    summary: c.summary,
    confidence: c.confidence,
    source: c.patternId,
    patternId: c.patternId,
  };
}

function sameKind(a: CatalogAction | undefined, b: CatalogAction | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind;
}

function dedupeKinds(actions: readonly CatalogAction[]): CatalogAction[] {
  const seen = new Set<string>();
  const out: CatalogAction[] = [];
  for (const a of actions) {
    if (seen.has(a.kind)) continue;
    seen.add(a.kind);
    out.push(a);
  }
  return out;
}

function escalate(reason: string): CatalogAction {
  const text = redactText(reason);
  return { kind: 'escalate', reason: text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text };
}
