import {
  type ActionRecord,
  type Clock,
  type Config,
  errorMessage,
  type Incident,
  modeFor,
  NotFoundError,
  redactText,
  type Signal,
  silentLogger,
  type WorkloadKind,
  type WorkloadRef,
} from '@sre-agent/core';
import type { ClusterReader } from '@sre-agent/kube';
import { allowedKinds, describeAction, parseCatalogAction } from '../actions/registry.ts';
import { bindCatalogAction } from '../actions/run-action.ts';
import { modeForScope } from '../actions/spec.ts';
import type { CacheFlusher } from '../cache-flusher.ts';
import type { Detection } from '../detection.ts';
import { detectProblems, readMonitorSnapshot } from '../monitor/detect.ts';
import type { NodeGroups } from '../node-groups.ts';
import { createCatalogDiagnoser } from '../pipeline/catalog-diagnoser.ts';
import { recallFixes } from '../pipeline/memory-feedback.ts';
import { resolveTarget } from '../pipeline/resolve-target.ts';
import { evaluatePolicy } from '../policy/policy-engine.ts';
import type { Diagnoser, IncidentMemoryPort } from '../ports.ts';
import type { ReportAction, ReportDiagnosis } from './report.ts';
import { reportEvidence } from './report-evidence.ts';

/** What to diagnose: one workload (`namespace/name`), one node, or every failing one. */
export type OnDemandTarget =
  | { kind: 'all' }
  | {
      kind: 'workload';
      namespace: string;
      name: string;
      /** Alertmanager alerts about it, as an incident would carry them (a human pasting an alert). */
      alerts?: NonNullable<Incident['alerts']>;
    }
  | { kind: 'node'; name: string };

export type OnDemandDeps = {
  reader: ClusterReader;
  config: Config;
  /** "Now": the cluster's clock, or a dump's newest event. */
  clock: Clock;
  /** Default: the catalog diagnoser with the rules reasoner, limited to the policy allowlist. */
  diagnoser?: Diagnoser;
  /** Incident memory, when the caller has it: a fix that worked for the same problem can go first. */
  memory?: IncidentMemoryPort | undefined;
  caches?: CacheFlusher | undefined;
  nodeGroups?: NodeGroups | undefined;
};

/** One diagnosis, and what the current policy would make of each planned action. */
export type OnDemandDiagnosis = {
  report: ReportDiagnosis;
  /** Why it was picked: the detector's reason, or "asked for". */
  reason: string;
  verdicts: { action: ReportAction; verdict: string }[];
};

const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];
const keyOf = (t: WorkloadRef) => `${t.namespace}/${t.kind}/${t.name}`;

/**
 * Diagnoses on demand, changing nothing: finds the failing workloads and nodes with the monitor's
 * detectors (or takes the one asked for), gathers the evidence through the read-only reader,
 * diagnoses with the catalog and the reasoner, and weighs each planned action with the binding and
 * the policy engine as the pipeline would, without running it.
 *
 * @example
 * const found = await diagnoseOnDemand({ reader, config, clock }, { kind: 'workload', namespace: 'shop', name: 'cart' });
 */
export async function diagnoseOnDemand(
  deps: OnDemandDeps,
  target: OnDemandTarget,
): Promise<OnDemandDiagnosis[]> {
  const { reader, clock } = deps;
  const snapshot = await readMonitorSnapshot(reader);
  const detections = await resolvedDetections(reader, detectProblems(snapshot, clock.now()));
  let picked: Detection[];
  if (target.kind === 'all') picked = detections;
  else if (target.kind === 'node') {
    const found = detections.filter((d) => d.target.kind === 'Node' && d.target.name === target.name);
    if (found.length === 0 && !(await reader.getNode(target.name)))
      throw new NotFoundError(`no node ${target.name} in cluster ${reader.cluster}`);
    picked = found.length
      ? found
      : [asked(reader, { kind: 'Node', name: target.name, namespace: '', cluster: reader.cluster }, clock)];
  } else {
    const found = detections.filter(
      (d) =>
        d.target.kind !== 'Node' &&
        d.target.namespace === target.namespace &&
        (d.target.name === target.name || d.pod === target.name),
    );
    picked = found.length ? found : [asked(reader, await lookUp(reader, target), clock)];
  }
  const diagnoser =
    deps.diagnoser ??
    createCatalogDiagnoser({ clock, allowedActions: allowedKinds(deps.config.policy.allowedActions) });
  const out: OnDemandDiagnosis[] = [];
  const alerts = target.kind === 'workload' ? target.alerts : undefined;
  for (const detection of picked) {
    try {
      out.push(await diagnoseOne(deps, diagnoser, detection, alerts));
    } catch (error) {
      // One workload that cannot be diagnosed does not hide the others: it is reported as such.
      out.push(undiagnosed(detection, errorMessage(error)));
    }
  }
  return out;
}

/** Detections naming a Pod resolved to the workload that owns it, one per workload. */
async function resolvedDetections(reader: ClusterReader, detections: Detection[]): Promise<Detection[]> {
  const byKey = new Map<string, Detection>();
  for (const d of detections) {
    if (d.status !== 'firing') continue;
    const resolved = await resolveTarget(reader, d.target);
    const next: Detection = {
      ...d,
      target: resolved.target,
      ...((d.pod ?? resolved.pod) ? { pod: d.pod ?? resolved.pod } : {}),
    };
    const key = keyOf(next.target);
    if (!byKey.has(key)) byKey.set(key, next);
  }
  return [...byKey.values()].sort((a, b) => keyOf(a.target).localeCompare(keyOf(b.target)));
}

/** The workload `namespace/name` names: a Deployment, StatefulSet, DaemonSet, or a pod's owner. */
async function lookUp(
  reader: ClusterReader,
  target: { namespace: string; name: string },
): Promise<WorkloadRef> {
  const { namespace, name } = target;
  const ref = (kind: WorkloadKind, n = name): WorkloadRef => ({
    cluster: reader.cluster,
    namespace,
    kind,
    name: n,
  });
  if (await reader.getDeployment(namespace, name)) return ref('Deployment');
  if (await reader.getStatefulSet(namespace, name)) return ref('StatefulSet');
  if (await reader.getDaemonSet(namespace, name)) return ref('DaemonSet');
  if (await reader.getPod(namespace, name)) {
    const resolved = await resolveTarget(reader, ref('Pod'));
    return WORKLOAD_KINDS.includes(resolved.target.kind) ? resolved.target : ref('Pod');
  }
  throw new NotFoundError(`no workload or pod ${namespace}/${name} in cluster ${reader.cluster}`);
}

/** A detection for a target no detector flagged: diagnosed because someone asked. */
function asked(reader: ClusterReader, target: WorkloadRef, clock: Clock): Detection {
  const signal: Signal = target.kind === 'Node' ? 'NodeNotReady' : 'Alert';
  return {
    target: { ...target, cluster: reader.cluster },
    signal,
    source: 'chat',
    reason: 'asked for; no detector flags it',
    status: 'firing',
    observedAt: clock.now().toISOString(),
  };
}

/** An incident as the pipeline would open it, never stored. */
function incidentFor(config: Config, detection: Detection, now: string): Incident {
  const { target } = detection;
  return {
    id: `on-demand-${target.namespace}-${target.name}`,
    target,
    signal: detection.signal,
    status: 'detected',
    mode: modeFor(config, target.cluster, target.namespace),
    title: `${target.name} ${detection.signal}`,
    sources: [detection.source],
    fingerprints: [],
    openedAt: now,
    updatedAt: now,
    plan: [],
    ...(detection.pod ? { pod: detection.pod } : {}),
    ...(detection.container ? { container: detection.container } : {}),
    actions: [],
    notes: [],
    timeline: [],
    threads: {},
    occurrence: 1,
    version: 0,
  };
}

function reportAction(record: ActionRecord): ReportAction {
  const { kind, ...params } = record;
  if (kind === 'escalate') return { kind };
  return { kind, params };
}

async function diagnoseOne(
  deps: OnDemandDeps,
  diagnoser: Diagnoser,
  detection: Detection,
  alerts?: Incident['alerts'],
): Promise<OnDemandDiagnosis> {
  const now = deps.clock.now();
  const incident = {
    ...incidentFor(deps.config, detection, now.toISOString()),
    ...(alerts?.length ? { alerts } : {}),
  };
  const result = await diagnoser.diagnose(deps.reader, incident, (log) =>
    recallFixes({ memory: deps.memory, logger: silentLogger }, incident, log),
  );
  const planned = result.actions.filter((a) => a.kind !== 'escalate');
  const actions = planned.length ? planned.map(reportAction) : [{ kind: 'escalate' }];
  const target = {
    ...incident,
    ...(result.pod ? { pod: result.pod } : {}),
    ...(result.container ? { container: result.container } : {}),
  };
  const verdicts: OnDemandDiagnosis['verdicts'] = [];
  for (const record of planned) {
    verdicts.push({
      action: reportAction(record),
      verdict: await verdictFor(deps, target, record, now, result.managedBy),
    });
  }
  const { target: t } = detection;
  return {
    reason: detection.reason,
    verdicts,
    report: {
      namespace: t.namespace,
      workload: t.name,
      kind: t.kind,
      signal: detection.signal,
      diagnosis: {
        category: result.diagnosis.category,
        summary: result.diagnosis.summary,
        confidence: result.diagnosis.confidence,
      },
      actions,
      evidence: result.gathered
        ? reportEvidence(detection.reason, result.gathered)
        : [{ source: 'digest', text: result.evidence }],
    },
  };
}

function undiagnosed(detection: Detection, why: string): OnDemandDiagnosis {
  const { target } = detection;
  return {
    reason: detection.reason,
    verdicts: [],
    report: {
      namespace: target.namespace,
      workload: target.name,
      kind: target.kind,
      signal: detection.signal,
      diagnosis: {
        category: 'unknown',
        summary: redactText(`could not be diagnosed: ${why}`),
        confidence: 0,
      },
      actions: [{ kind: 'escalate' }],
      evidence: [{ source: 'detection', text: redactText(detection.reason) }],
    },
  };
}

/** What the pipeline would do with one planned action under the current policy, in words. */
async function verdictFor(
  deps: OnDemandDeps,
  incident: Incident,
  record: ActionRecord,
  now: Date,
  managedBy: string | undefined,
): Promise<string> {
  const parsed = parseCatalogAction(record);
  if (parsed.kind === 'invalid') return `not a valid catalog action: ${parsed.reason}`;
  const action = parsed.action;
  if (managedBy) return `would not change it directly: ${incident.target.name} is managed by ${managedBy}`;
  const bound = await bindCatalogAction(action, incident, {
    reader: deps.reader,
    config: deps.config,
    caches: deps.caches,
    nodeGroups: deps.nodeGroups,
  });
  if (bound.kind === 'refused') return `would not run it: ${bound.reason}`;
  const decision = evaluatePolicy({
    action,
    target: incident.target,
    scope: bound.scope,
    mode: modeForScope(deps.config, incident.target.cluster, bound.scope),
    policy: deps.config.policy,
    now,
    paused: false,
    actionsInWindow: 0,
    failedActions: [],
    attempts: 0,
  });
  const what = `${describeAction(action)} (${bound.summary})`;
  switch (decision.kind) {
    case 'execute':
      return `would do it now: ${what}`;
    case 'propose':
      return `would propose it for approval: ${what}`;
    case 'observe':
      return `would only report it: ${what}; ${decision.reason}`;
    case 'defer':
      return `would wait: ${decision.reason}`;
    case 'refuse':
      return `would refuse it: ${decision.reason}`;
  }
}
