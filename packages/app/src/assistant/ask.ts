import { diagnoseOnDemand, type OnDemandDiagnosis } from '@sre-agent/healing';
import type { ConverseAssistant, EvidenceCall } from './converse-assistant.ts';
import { findNamedWorkloads, MAX_QUESTION_CHARS } from './find-workload.ts';
import type { AssistantDeps } from './tools.ts';

/** An answer to `ask`, and what it rests on. */
export type AssistantAnswer = {
  question: string;
  /** `bedrock`: the model with read-only tools; `rules`: the catalog and the diagnosis pipeline. */
  via: 'bedrock' | 'rules';
  /** The answer's text, ending with the evidence it cites and the way to act on it. */
  text: string;
  evidence: EvidenceCall[];
  /** The workloads the rules diagnosed (none on the Bedrock path). */
  diagnoses: OnDemandDiagnosis['report'][];
};

const HOW_TO_ASK =
  'Ask about one workload by name, e.g. `ask why is shop/order-service failing?`, or diagnose it: `/sre diagnose <namespace>/<workload>`.';

/**
 * Answers a question about the cluster, changing nothing. With a Bedrock model (`model`), a
 * bounded tool loop over read-only tools; without one, or when the model cannot be reached, the
 * rules: the workloads the question names (or every failing one) through the read-only diagnosis.
 *
 * @example
 * const answer = await askAssistant(deps, 'why is cart crashing?');
 */
export async function askAssistant(
  deps: AssistantDeps,
  question: string,
  model?: ConverseAssistant,
): Promise<AssistantAnswer> {
  const asked = question.slice(0, MAX_QUESTION_CHARS).trim();
  let fallback: string | undefined;
  if (model) {
    const answer = await model.ask(deps, asked);
    if (answer.kind === 'answered') {
      const text = [
        answer.text,
        ...(answer.stopped ? [`(stopped early: ${answer.stopped})`] : []),
        '',
        citeEvidence(answer.evidence),
        pointer(answer.evidence),
      ].join('\n');
      return { question: asked, via: 'bedrock', text, evidence: answer.evidence, diagnoses: [] };
    }
    fallback = answer.reason;
  }
  return answerWithRules(deps, asked, fallback);
}

function citeEvidence(evidence: readonly EvidenceCall[]): string {
  if (evidence.length === 0) return 'Evidence: none (the model answered without reading the cluster).';
  const lines = evidence.map(
    (e, i) => `  ${i + 1}. ${e.tool} ${e.input}${e.ok ? '' : ` — refused: ${e.error ?? 'error'}`}`,
  );
  return ['Evidence (read-only tool calls):', ...lines].join('\n');
}

/** The normal path for the workloads the answer looked at: nothing was changed by answering. */
function pointer(evidence: readonly EvidenceCall[]): string {
  const targets = new Set<string>();
  for (const e of evidence) {
    if (!e.ok) continue;
    try {
      const input = JSON.parse(e.input) as { namespace?: unknown; workload?: unknown };
      if (typeof input.namespace === 'string' && typeof input.workload === 'string')
        targets.add(`${input.namespace}/${input.workload}`);
    } catch {
      // The input was cut to its bound: no target to point at.
    }
  }
  const first = [...targets][0];
  return first
    ? `Nothing was changed. For a fix through the agent's policy and approvals: \`/sre diagnose ${first}\`.`
    : "Nothing was changed. For a fix through the agent's policy and approvals: `/sre diagnose <namespace>/<workload>`.";
}

async function answerWithRules(
  deps: AssistantDeps,
  question: string,
  modelFailure: string | undefined,
): Promise<AssistantAnswer> {
  const header = modelFailure
    ? `Answered without a language model (Bedrock failed: ${modelFailure}), with the agent's rules and read-only diagnosis.`
    : "Answered without a language model (Bedrock is not configured), with the agent's rules and read-only diagnosis.";
  const named = await findNamedWorkloads(deps.reader, question, deps.config.policy.denyNamespaces);
  const od = { reader: deps.reader, config: deps.config, clock: deps.clock, memory: deps.memory };
  const found: OnDemandDiagnosis[] = [];
  const evidence: EvidenceCall[] = [];
  for (const w of named) {
    found.push(...(await diagnoseOnDemand(od, { kind: 'workload', namespace: w.namespace, name: w.name })));
    evidence.push({ tool: 'diagnose_workload', input: `${w.namespace}/${w.name}`, ok: true });
  }
  if (named.length === 0) {
    const failing = (await diagnoseOnDemand(od, { kind: 'all' })).filter(
      (d) => !deps.config.policy.denyNamespaces.includes(d.report.namespace),
    );
    evidence.push({ tool: 'diagnose_workload', input: 'every failing workload and node', ok: true });
    const lines = [header, `Your question names no workload I can find. ${HOW_TO_ASK}`];
    if (failing.length === 0) lines.push('Right now no workload or node is failing.');
    else {
      lines.push(`Right now ${failing.length} ${failing.length === 1 ? 'is' : 'are'} failing:`);
      for (const d of failing.slice(0, 10)) {
        const where = d.report.namespace ? `${d.report.namespace}/${d.report.workload}` : d.report.workload;
        lines.push(`• ${where} (${d.report.signal}): ${d.report.diagnosis.summary.slice(0, 300)}`);
      }
    }
    lines.push('Nothing was changed.');
    return {
      question,
      via: 'rules',
      text: lines.join('\n'),
      evidence,
      diagnoses: failing.map((d) => d.report),
    };
  }
  const lines = [header];
  for (const d of found) {
    const where = d.report.namespace ? `${d.report.namespace}/${d.report.workload}` : d.report.workload;
    const { category, summary, confidence } = d.report.diagnosis;
    lines.push(
      '',
      `*${where}* (${d.report.kind}, ${d.report.signal}): ${summary.slice(0, 600)} (${category}, confidence ${confidence.toFixed(2)})`,
    );
    if (d.verdicts.length === 0)
      lines.push('The agent would escalate to a human: no safe catalog action fixes this.');
    for (const v of d.verdicts.slice(0, 3)) lines.push(`• ${v.action.kind}: ${v.verdict.slice(0, 300)}`);
    const cited = d.report.evidence.filter((e) => e.source !== 'describe').map((e) => e.source);
    if (cited.length) lines.push(`Evidence: ${cited.slice(0, 6).join(', ')}.`);
  }
  const first = named[0];
  lines.push(
    '',
    `Nothing was changed. For the full report, or a fix through the agent's policy and approvals: \`/sre diagnose ${first?.namespace}/${first?.name}\`.`,
  );
  return { question, via: 'rules', text: lines.join('\n'), evidence, diagnoses: found.map((d) => d.report) };
}
