import { createHash } from 'node:crypto';
import type {
  Clock,
  Config,
  IdGenerator,
  Logger,
  Mode,
  Notification,
  Notifier,
  WorkloadRef,
} from '@sre-agent/core';
import { errorMessage, redactText as redact } from '@sre-agent/core';
import type { AuditTrail } from '@sre-agent/state';
import type { CatalogAction } from '../actions/registry.ts';
import { bindCatalogAction, runCatalogAction } from '../actions/run-action.ts';
import { type ActionOutcome, type ActionTarget, modeForScope, type PolicyScope } from '../actions/spec.ts';
import type { ClusterHandles } from '../pipeline/healing-deps.ts';
import { evaluatePolicy } from '../policy/policy-engine.ts';
import type { ControlState } from '../ports.ts';

/**
 * A runtime threat resolved to its own pod and container (by `@sre-agent/security`): what a
 * quarantine acts on. The evidence is bounded and goes to humans only, redacted.
 */
export type QuarantineRequest = {
  source: 'guardduty' | 'falco';
  findingId: string;
  type: string;
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  cluster: string;
  namespace: string;
  pod: string;
  /** The uid of the pod the finding was resolved to: a pod replaced since (same name) is refused. */
  podUid: string;
  container: string;
  /** The bare id of the container the finding was resolved to: a restarted container is refused. */
  containerId: string;
  nodeInvolved: boolean;
  evidence: readonly { label: string; value: string }[];
};

export type QuarantineDeps = {
  config: Config;
  handles: ClusterHandles;
  audit: AuditTrail;
  control: ControlState;
  notifier: Notifier;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Dry-run only (`sre-agent security quarantine --dry-run`): the server-side dry run, no write. */
  dryRunOnly?: boolean;
};

export type QuarantineResult = {
  kind: 'quarantined' | 'dry-run' | 'proposed' | 'observed' | 'refused' | 'failed' | 'duplicate';
  incidentId: string;
  reason: string;
};

/** The incident id of a finding: stable across retries, a valid label value (≤ 63). */
export function quarantineIncidentId(cluster: string, findingId: string): string {
  return `sec-${createHash('sha256').update(`${cluster}\n${findingId}`).digest('hex').slice(0, 24)}`;
}

/**
 * Quarantines a finding's pod through the catalog action `quarantine-pod`: bound to the finding's
 * own pod and container, decided by the policy engine (in the mode `security.quarantine.mode`, else
 * the namespace's), run as a server-side dry run first, recorded in the audit trail under the
 * finding's id (a retried event never quarantines twice), and paged to humans with the evidence
 * whatever happened.
 */
export async function quarantineResolvedFinding(
  request: QuarantineRequest,
  deps: QuarantineDeps,
): Promise<QuarantineResult> {
  const incidentId = quarantineIncidentId(request.cluster, request.findingId);
  const target: WorkloadRef = {
    cluster: request.cluster,
    namespace: request.namespace,
    kind: 'Pod',
    name: request.pod,
  };
  const incident: ActionTarget = {
    id: incidentId,
    target,
    pod: request.pod,
    podUid: request.podUid,
    container: request.container,
    containerId: request.containerId,
    signal: 'RuntimeThreat',
  };
  const action: CatalogAction = { kind: 'quarantine-pod', cordonNode: request.nodeInvolved };
  const { reader, writer } = deps.handles;
  const bound = await bindCatalogAction(action, incident, { reader, config: deps.config });
  const scope: PolicyScope =
    bound.kind === 'bound' ? bound.scope : { kind: 'namespace', namespace: request.namespace };
  const mode: Mode =
    deps.config.security.quarantine.mode ?? modeForScope(deps.config, request.cluster, scope);
  const base = {
    id: deps.ids('audit'),
    key: `quarantine#${request.cluster}#${request.findingId}`.slice(0, 400),
    incidentId,
  };
  const record = {
    ...base,
    cluster: request.cluster,
    namespace: request.namespace,
    workload: `Pod/${request.pod}`,
    action,
    actor: 'agent',
    reason: `${request.type}: ${request.title}`.slice(0, 500),
    mode,
    at: deps.clock.now().toISOString(),
  };
  const began = await deps.audit.begin({ ...record, status: 'started' });
  if (!began.started) {
    return { kind: 'duplicate', incidentId, reason: `finding already handled (${began.existing.status})` };
  }
  const finish = async (result: QuarantineResult, outcome?: ActionOutcome) => {
    const status =
      result.kind === 'quarantined'
        ? 'applied'
        : result.kind === 'failed'
          ? outcome?.kind === 'failed'
            ? 'failed'
            : 'dry-run-failed'
          : 'refused';
    await deps.audit.finish(base.id, {
      status,
      result: result.reason.slice(0, 1_000),
      ...(outcome?.kind === 'applied' ? { before: outcome.before, after: outcome.after } : {}),
    });
    deps.logger.info('quarantine finished', {
      incident: incidentId,
      result: result.kind,
      namespace: request.namespace,
      pod: request.pod,
    });
    await page(request, result, deps);
    return result;
  };
  if (bound.kind === 'refused') {
    return finish({ kind: 'refused', incidentId, reason: `cannot quarantine: ${bound.reason}` });
  }
  const now = deps.clock.now();
  const decision = evaluatePolicy({
    action,
    target,
    scope,
    mode,
    policy: deps.config.policy,
    now,
    paused: await deps.control.isPaused(),
    breakerTrippedUntil: await deps.control.breakerTrippedUntil(request.cluster),
    actionsInWindow: await deps.control.countActionsSince(
      request.cluster,
      new Date(now.getTime() - deps.config.policy.windowMinutes * 60_000),
    ),
    failedActions: [],
    attempts: 0,
  });
  if (decision.kind === 'observe')
    return finish({
      kind: 'observed',
      incidentId,
      reason: `${decision.reason}: ${bound.summary} is left to humans`,
    });
  if (decision.kind === 'propose')
    return finish({
      kind: 'proposed',
      incidentId,
      reason: `${decision.reason}: proposed to ${bound.summary}`,
    });
  if (decision.kind !== 'execute') return finish({ kind: 'refused', incidentId, reason: decision.reason });
  deps.logger.info('quarantine starting', {
    incident: incidentId,
    namespace: request.namespace,
    pod: request.pod,
  });
  try {
    const run = await runCatalogAction(
      action,
      bound.binding,
      incident,
      { reader, writer, config: deps.config },
      {
        dryRunOnly: deps.dryRunOnly === true,
        beforeWrite: async () =>
          (await deps.control.isPaused()) ? 'the agent was paused (kill switch)' : undefined,
      },
    );
    const outcome = run.applied ?? run.dryRun;
    if (outcome.kind === 'applied') {
      return finish(
        { kind: outcome.dryRun ? 'dry-run' : 'quarantined', incidentId, reason: outcome.summary },
        outcome,
      );
    }
    return finish(
      { kind: outcome.kind === 'failed' ? 'failed' : 'refused', incidentId, reason: outcome.reason },
      outcome,
    );
  } catch (error) {
    return finish({ kind: 'failed', incidentId, reason: `quarantine failed: ${errorMessage(error)}` });
  }
}

const HEADLINE: Record<QuarantineResult['kind'], string> = {
  quarantined: 'quarantined',
  'dry-run': 'would be quarantined (dry run)',
  proposed: 'quarantine proposed',
  observed: 'not quarantined (observe mode)',
  refused: 'NOT quarantined',
  failed: 'quarantine FAILED',
  duplicate: 'already handled',
};

/** The page to humans: what was found, the evidence, and what the agent did or why it did not. */
async function page(
  request: QuarantineRequest,
  result: QuarantineResult,
  deps: QuarantineDeps,
): Promise<void> {
  const notification: Notification = {
    threadKey: result.incidentId,
    cluster: request.cluster,
    severity: 'critical',
    title: redact(`${request.type} in ${request.namespace}/${request.pod}: ${HEADLINE[result.kind]}`),
    text: redact(`${request.title}\n${result.reason}`),
    fields: [
      { label: 'source', value: request.source },
      { label: 'severity', value: request.severity },
      { label: 'container', value: request.container },
      ...request.evidence.map((e) => ({ label: e.label, value: e.value })),
    ].map((f) => ({ label: redact(f.label), value: redact(f.value) })),
    status: 'escalated',
  };
  try {
    await deps.notifier.notify(notification);
  } catch (error) {
    deps.logger.error('quarantine page failed', { incident: result.incidentId, error: errorMessage(error) });
  }
}
