import type { Config } from '@sre-agent/core';
import { type ClusterHandles, controlStateFrom } from '@sre-agent/healing';
import {
  type QuarantineDeps,
  type QuarantineRequest,
  type QuarantineResult,
  quarantineResolvedFinding,
} from '@sre-agent/healing/quarantine';
import {
  parseRuntimeFindings,
  quarantines,
  type ResolvedPod,
  type RuntimeFinding,
  resolveFindingPod,
} from '@sre-agent/security/runtime';
import type { AgentContext } from '../context.ts';

export type QuarantineFindingDeps = Omit<QuarantineDeps, 'handles'> & {
  cluster(name: string): ClusterHandles | undefined;
  /** The cluster of findings that do not name one (Falco). */
  defaultCluster: string;
};

/** The quarantine's dependencies from the agent's context: its clusters, audit trail, kill switch and pager. */
export function quarantineDepsFrom(
  ctx: AgentContext,
  options: { dryRunOnly?: boolean } = {},
): QuarantineFindingDeps {
  return {
    config: ctx.config,
    cluster: (name) => ctx.clusters.get(name),
    defaultCluster: ctx.defaultCluster,
    audit: ctx.stores.audit,
    control: controlStateFrom(ctx.stores.control, ctx.stores.audit, ctx.clock),
    notifier: ctx.pager,
    clock: ctx.clock,
    ids: ctx.ids,
    logger: ctx.logger,
    ...(options.dryRunOnly ? { dryRunOnly: true } : {}),
  };
}

/** What became of one finding. */
export type FindingOutcome = {
  finding?: Pick<RuntimeFinding, 'source' | 'id' | 'type' | 'severity' | 'namespace' | 'pod'>;
  result: QuarantineResult | { kind: 'rejected' | 'unresolved' | 'reported'; reason: string };
};

/** The configured cluster a finding is about: by EKS cluster name or by name; never a guess. */
export function findingCluster(
  config: Config,
  finding: RuntimeFinding,
  fallback: string,
): string | undefined {
  if (!finding.cluster) return fallback;
  const byEks = config.clusters.find((c) => c.eks?.name === finding.cluster);
  if (byEks) return byEks.name;
  return (
    config.clusters.find((c) => c.name === finding.cluster)?.name ??
    (finding.cluster === fallback ? fallback : undefined)
  );
}

/**
 * A GuardDuty finding, a Falcosidekick alert or an Alertmanager webhook with Falco alerts →
 * parsed (every field bounded), resolved to its exact pod and container against the live cluster,
 * then quarantined through the catalog action and the policy engine (`quarantineResolvedFinding`).
 * Findings below `high` are reported, not acted on; a finding whose pod cannot be pinned down pages.
 */
export async function quarantineFindings(
  input: unknown,
  deps: QuarantineFindingDeps,
): Promise<FindingOutcome[]> {
  const outcomes: FindingOutcome[] = [];
  for (const parsed of parseRuntimeFindings(input)) {
    if (parsed.kind === 'rejected') {
      deps.logger.warn('runtime finding rejected', { reason: parsed.reason });
      outcomes.push({ result: { kind: 'rejected', reason: parsed.reason } });
      continue;
    }
    outcomes.push(await quarantineFinding(parsed.finding, deps));
  }
  return outcomes;
}

/** One parsed finding: resolved to its pod, then quarantined (or reported, or paged as unresolved). */
export async function quarantineFinding(
  finding: RuntimeFinding,
  deps: QuarantineFindingDeps,
): Promise<FindingOutcome> {
  const summary = {
    source: finding.source,
    id: finding.id,
    type: finding.type,
    severity: finding.severity,
    namespace: finding.namespace,
    pod: finding.pod,
  };
  const cluster = findingCluster(deps.config, finding, deps.defaultCluster);
  const handles = cluster ? deps.cluster(cluster) : undefined;
  if (!cluster || !handles) {
    const reason = `finding is about cluster ${finding.cluster ?? '?'}, which is not configured`;
    return { finding: summary, result: { kind: 'rejected', reason } };
  }
  if (!quarantines(finding.severity)) {
    const reason = `severity ${finding.severity} is below high: reported, not quarantined`;
    deps.logger.info('runtime finding reported', {
      type: finding.type,
      namespace: finding.namespace,
      pod: finding.pod,
    });
    return { finding: summary, result: { kind: 'reported', reason } };
  }
  const resolved = await resolveFindingPod(handles.reader, finding);
  if (resolved.kind === 'unresolved') {
    await deps.notifier
      .notify({
        threadKey: `finding-${finding.id}`.slice(0, 200),
        cluster,
        severity: 'critical',
        title: `${finding.type} in ${finding.namespace}/${finding.pod}: NOT quarantined`,
        text: `${finding.title}\n${resolved.reason}`,
        fields: finding.evidence,
        status: 'escalated',
      })
      .catch((error: unknown) => deps.logger.error('finding page failed', { error: String(error) }));
    return { finding: summary, result: { kind: 'unresolved', reason: resolved.reason } };
  }
  const result = await quarantineResolvedFinding(quarantineRequest(finding, cluster, resolved), {
    ...deps,
    handles,
  });
  return { finding: summary, result };
}

/**
 * What the quarantine acts on: the finding bound to the pod (uid) and container (id) it was
 * resolved to, so a pod or container that replaced them since under the same name is refused.
 */
export function quarantineRequest(
  finding: RuntimeFinding,
  cluster: string,
  resolved: Extract<ResolvedPod, { kind: 'resolved' }>,
): QuarantineRequest {
  return {
    source: finding.source,
    findingId: finding.id,
    type: finding.type,
    title: finding.title,
    severity: finding.severity,
    cluster,
    namespace: finding.namespace,
    pod: finding.pod,
    podUid: resolved.podUid,
    container: resolved.container,
    containerId: resolved.containerId,
    nodeInvolved: finding.nodeInvolved,
    evidence: finding.evidence,
  };
}
