import type { CatalogAction, Clock, Incident } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import { CATALOG } from '../diagnosis/catalog/index.ts';
import { type DiagnosisCandidate, diagnose } from '../diagnosis/diagnose.ts';
import {
  evidenceDigest,
  gatherEvidence,
  type RedactedEvidence,
  redactEvidence,
} from '../diagnosis/evidence.ts';
import type { Diagnoser, IncidentDiagnosis, RecalledFix } from '../ports.ts';

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

/** Workloads reconciled from Git: a direct change would be reverted by the controller. */
const GITOPS_MARKERS: readonly { owner: 'Argo CD' | 'Flux'; key: RegExp }[] = [
  { owner: 'Argo CD', key: /^argocd\.argoproj\.io\/(instance|tracking-id)$/ },
  { owner: 'Flux', key: /^(kustomize|helm)\.toolkit\.fluxcd\.io\/name$/ },
];

async function gitOpsOwner(
  reader: ClusterReader,
  incident: Incident,
): Promise<'Argo CD' | 'Flux' | undefined> {
  const t = incident.target;
  const workload =
    t.kind === 'Deployment'
      ? await reader.getDeployment(t.namespace, t.name)
      : t.kind === 'StatefulSet'
        ? await reader.getStatefulSet(t.namespace, t.name)
        : t.kind === 'DaemonSet'
          ? await reader.getDaemonSet(t.namespace, t.name)
          : undefined;
  const keys = [
    ...Object.keys(workload?.metadata?.labels ?? {}),
    ...Object.keys(workload?.metadata?.annotations ?? {}),
  ];
  return GITOPS_MARKERS.find((marker) => keys.some((key) => marker.key.test(key)))?.owner;
}

/** The default chooser: the best catalog candidate, with a fix that worked before for this very problem first. */
export const chooseByRules: ActionChooser = async ({ candidates, recalled }) => {
  const best = candidates[0];
  const proven = recalled.find(
    (r) => r.action && r.action.kind !== 'escalate' && r.succeeded > 0 && r.succeeded > r.failed,
  );
  if (!best) {
    if (proven?.action) {
      return {
        summary: `the same problem as incident ${proven.id}: ${proven.diagnosis}`,
        category: 'memory',
        confidence: Math.min(0.95, proven.score),
        source: `memory:${proven.id}`,
        actions: [proven.action],
      };
    }
    return {
      summary: 'no known pattern matches this failure',
      category: 'unknown',
      confidence: 0,
      source: 'catalog',
      actions: [
        { kind: 'escalate', reason: 'no known pattern matches this failure and no past fix applies' },
      ],
    };
  }
  const actions = proven?.action
    ? [proven.action, ...best.actions.filter((a) => a.kind !== proven.action?.kind)]
    : best.actions;
  return {
    summary: best.summary,
    category: best.category,
    confidence: best.confidence,
    source: best.patternId,
    actions,
  };
};

/**
 * The default `Diagnoser`: evidence through the read-only reader, redacted, matched against the
 * pattern catalog, then a chooser (rules + incident memory, or an LLM) picks catalog actions.
 */
export function createCatalogDiagnoser(options: {
  clock: Clock;
  choose?: ActionChooser;
  /** Template defaults, e.g. `{ cache: 'sessions' }` when exactly one Redis cache is configured. */
  defaults?: Record<string, string>;
}): Diagnoser {
  const choose = options.choose ?? chooseByRules;
  return {
    async diagnose(reader, incident, recall): Promise<IncidentDiagnosis> {
      const subject = {
        target: incident.target,
        signal: incident.signal,
        ...(incident.pod ? { pod: incident.pod } : {}),
        ...(incident.container ? { container: incident.container } : {}),
      };
      const evidence = redactEvidence(await gatherEvidence(reader, subject, options.clock));
      // diagnose() also weighs "what changed": a crash right after a rollout points at the rollout.
      const result = diagnose(evidence, CATALOG, options.defaults ? { defaults: options.defaults } : {});
      const candidates = result.kind === 'matched' ? result.candidates : [];
      const log = evidence.logs.previous?.text ?? evidence.logs.current?.text ?? '';
      const recalled = await recall(log);
      const choice = await choose({ evidence, candidates, recalled });
      return {
        diagnosis: {
          category: choice.category,
          summary: redactText(choice.summary),
          confidence: choice.confidence,
          source: choice.source,
          ...(candidates[0] ? { patternId: candidates[0].patternId } : {}),
        },
        actions: choice.actions,
        evidence: evidenceDigest(evidence),
        logExcerpt: log,
        container: evidence.container,
        pod: evidence.pod,
        managedBy: await gitOpsOwner(reader, incident),
        recalled,
      };
    },
  };
}
