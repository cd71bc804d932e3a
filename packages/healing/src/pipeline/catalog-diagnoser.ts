import type { Clock, Incident } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import { type ActionKind, incidentFixKinds } from '../actions/registry.ts';
import type { DiagnosisCandidate } from '../diagnosis/candidate.ts';
import { CATALOG } from '../diagnosis/catalog/index.ts';
import { diagnose } from '../diagnosis/diagnose.ts';
import { evidenceDigest, gatherEvidence, redactEvidence } from '../diagnosis/evidence/index.ts';
import type { Diagnoser, IncidentDiagnosis } from '../ports.ts';
import type { ActionChooser } from '../reasoning/reasoner.ts';
import { reasonerChooser } from '../reasoning/reasoner-chooser.ts';
import { RulesReasoner } from '../reasoning/rules-reasoner.ts';

/** Workloads reconciled from Git: a direct change would be reverted by the controller. */
const GITOPS_MARKERS: readonly { owner: 'Argo CD' | 'Flux'; key: RegExp }[] = [
  { owner: 'Argo CD', key: /^argocd\.argoproj\.io\/(instance|tracking-id)$/ },
  { owner: 'Flux', key: /^(kustomize|helm)\.toolkit\.fluxcd\.io\/name$/ },
];

/** Kinds whose ownership of a workload is Kubernetes' own; any other owner is an operator. */
const BUILT_IN_OWNERS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

/**
 * Who reconciles a workload besides us: Argo CD (its tracking annotation, or its default tracking
 * label `app.kubernetes.io/instance` on an object Helm itself did not install), Flux, or an
 * operator that owns it. A direct change to such a workload would be reverted.
 */
export function reconcilerOf(metadata: {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { kind: string }[];
}): 'Argo CD' | 'Flux' | 'an operator' | undefined {
  const labels = metadata.labels ?? {};
  const annotations = metadata.annotations ?? {};
  const keys = [...Object.keys(labels), ...Object.keys(annotations)];
  const marked = GITOPS_MARKERS.find((marker) => keys.some((key) => marker.key.test(key)))?.owner;
  if (marked) return marked;
  // Helm installs carry its release annotation; Argo CD renders charts without it.
  if ('app.kubernetes.io/instance' in labels && !('meta.helm.sh/release-name' in annotations))
    return 'Argo CD';
  if ((metadata.ownerReferences ?? []).some((o) => !BUILT_IN_OWNERS.has(o.kind))) return 'an operator';
  return undefined;
}

async function gitOpsOwner(
  reader: ClusterReader,
  incident: Incident,
): Promise<'Argo CD' | 'Flux' | 'an operator' | undefined> {
  const t = incident.target;
  const workload =
    t.kind === 'Deployment'
      ? await reader.getDeployment(t.namespace, t.name)
      : t.kind === 'StatefulSet'
        ? await reader.getStatefulSet(t.namespace, t.name)
        : t.kind === 'DaemonSet'
          ? await reader.getDaemonSet(t.namespace, t.name)
          : undefined;
  return workload?.metadata ? reconcilerOf(workload.metadata) : undefined;
}

/** Categories whose cause lies outside the workload, shared by every workload that uses it. */
const SHARED_CAUSES: ReadonlySet<string> = new Set(['dependency', 'dns', 'tls']);

/** `dependency:postgres:db.internal`: the category, the technology (the pattern's family) and the endpoint. */
function causeOf(best: DiagnosisCandidate | undefined): { cause?: string } {
  if (!best?.dependency || !SHARED_CAUSES.has(best.category)) return {};
  const technology = best.patternId.split('-')[0] ?? best.patternId;
  return { cause: `${best.category}:${technology}:${best.dependency}` };
}

/**
 * The default `Diagnoser`: evidence through the read-only reader, redacted, matched against the
 * pattern catalog, then a chooser (rules + incident memory, or an LLM) picks catalog actions.
 */
export function createCatalogDiagnoser(options: {
  clock: Clock;
  /** Default: the deterministic rules reasoner over catalog candidates and memory. */
  choose?: ActionChooser;
  /** Actions the default chooser may pick (the policy allowlist). */
  allowedActions?: readonly ActionKind[];
  /** Template defaults, e.g. `{ cache: 'sessions' }` when exactly one Redis cache is configured. */
  defaults?: Record<string, string>;
}): Diagnoser {
  const choose =
    options.choose ??
    // Recall already applies the memory's calibrated threshold: the rules trust what it returns.
    reasonerChooser(
      new RulesReasoner({ minMemoryScore: 0 }),
      options.allowedActions ?? incidentFixKinds(undefined),
    );
  return {
    async diagnose(reader, incident, recall): Promise<IncidentDiagnosis> {
      const subject = {
        target: incident.target,
        signal: incident.signal,
        ...(incident.pod ? { pod: incident.pod } : {}),
        ...(incident.container ? { container: incident.container } : {}),
        ...(incident.alerts ? { alerts: incident.alerts } : {}),
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
        gathered: evidence,
        logExcerpt: log,
        container: evidence.container,
        pod: evidence.pod,
        managedBy: await gitOpsOwner(reader, incident),
        recalled,
        ...causeOf(candidates[0]),
      };
    },
  };
}
