import type { SecurityExemption } from '@sre-agent/core';
import { inventoryOfObjects, scanInventory } from '@sre-agent/security';
import type { FieldEdit, GitopsFinding, Severity } from '../finding.ts';
import { type ObjectRef, refKey } from '../objects.ts';
import type { RepositoryModel } from '../source/repository.ts';
import { HARDENING_FIXES, type HardeningFix, readOnlyRootFix } from './fixes.ts';
import { readPod } from './pod.ts';

const POD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

/** A security finding no fix is proposed for, and why. */
export type HardeningReported = { check: string; object: ObjectRef; container?: string; reason: string };

export type HardeningPlan = {
  /** At most two per workload: the safe fixes (a pull request) and those that need a check (a draft). */
  findings: GitopsFinding[];
  reported: HardeningReported[];
};

export type HardeningOptions = {
  /** `security.exemptions`: an exempted finding gets no fix. */
  exemptions?: readonly SecurityExemption[];
  /** Open the drafts of fixes that need a check (`security.hardening.drafts`); default true. */
  drafts?: boolean;
};

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

function severityOf(severities: readonly string[]): Severity {
  const worst = SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'low';
  return worst === 'critical' ? 'high' : worst;
}

function uniqueEdits(edits: readonly FieldEdit[]): FieldEdit[] {
  const seen = new Map<string, FieldEdit>();
  for (const e of edits) seen.set(`${e.op} ${JSON.stringify(e.path)}`, e);
  return [...seen.values()];
}

const RISK = {
  safe: 'A container that shares the node’s namespaces or ports, runs privileged or may gain privileges is one exploit away from the node and every pod on it; these settings are refused by the Pod Security Standards.',
  check:
    'Without these settings a compromised process runs as root, with the default capabilities and every system call, and can rewrite its own binaries; the restricted Pod Security Standard requires them.',
} as const;

/**
 * The hardening of a checkout: the posture scan (restricted level, exemptions applied) over the
 * objects as Git renders them, each finding mapped to its securityContext fix. Safe fixes of a
 * workload become one pull request, fixes that need a check one draft that lists what to verify;
 * the rest is reported with the reason.
 *
 * @example
 * const { findings, reported } = planHardening(await readRepository(dir, { kustomize }));
 */
export function planHardening(repo: RepositoryModel, options: HardeningOptions = {}): HardeningPlan {
  const workloads = repo.objects.filter((o) => POD_KINDS.has(o.ref.kind));
  const scan = scanInventory(
    inventoryOfObjects(
      workloads.map((o) => ({ kind: o.ref.kind, namespace: o.ref.namespace, value: o.rendered })),
    ),
    { level: 'restricted', ...(options.exemptions ? { exemptions: options.exemptions } : {}) },
  );
  const findings: GitopsFinding[] = [];
  const reported: HardeningReported[] = [];
  for (const object of workloads) {
    const ref = object.ref;
    const pod = readPod(ref.kind, object.rendered);
    if (!pod) continue;
    const own = scan.findings.filter(
      (f) => f.namespace === ref.namespace && f.kind === ref.kind && f.name === ref.name,
    );
    const failing = new Set(own.map((f) => f.id));
    const fixes: (HardeningFix & { severity: string })[] = [];
    for (const finding of own) {
      const spec = HARDENING_FIXES[finding.id];
      if (!spec) continue;
      const container = pod.containers.find((c) => c.name === finding.container);
      if (finding.container && !container) {
        reported.push({
          check: finding.id,
          object: ref,
          container: finding.container,
          reason: 'an ephemeral container or a container the template does not hold: nothing in Git to edit',
        });
        continue;
      }
      const context = { ref, pod, failing, ...(container ? { container } : {}) };
      for (const fix of spec.fix(context)) fixes.push({ ...fix, severity: finding.severity });
    }
    for (const container of pod.containers)
      for (const fix of readOnlyRootFix(ref, pod, container)) fixes.push({ ...fix, severity: 'low' });
    for (const fix of fixes)
      if (fix.class === 'never')
        reported.push({
          check: fix.check,
          object: ref,
          ...(fix.container ? { container: fix.container } : {}),
          reason: fix.reason,
        });
    for (const cls of ['safe', 'check'] as const) {
      if (cls === 'check' && options.drafts === false) continue;
      const mine = fixes.filter((f) => f.class === cls) as (Extract<
        HardeningFix,
        { class: 'safe' | 'check' }
      > & {
        severity: string;
      })[];
      if (mine.length === 0) continue;
      const checks = [...new Set(mine.map((f) => f.check))];
      const summary = [...new Set(mine.map((f) => f.summary))];
      const edits = uniqueEdits(mine.flatMap((f) => f.edits));
      const title = `${cls === 'safe' ? 'Harden' : 'Draft: harden'} ${ref.name}: ${summary.join(', ')}`.slice(
        0,
        240,
      );
      const derivation = `the security guardian's posture scan of the manifests as Git renders them (Pod Security Standards, restricted level, policy v1.35) fails ${checks.map((c) => `\`${c}\``).join(', ')}; each value is the one the standard requires, set where the field is set`;
      findings.push({
        key: [`hardening-${cls}`, ref.namespace, ref.kind, ref.name].join('/'),
        check: `hardening-${cls}`,
        severity: severityOf(mine.map((f) => f.severity)),
        object: ref,
        message: `${refKey(ref)} fails ${checks.join(', ')}`,
        risk: RISK[cls],
        labels: ['security'],
        fix:
          cls === 'safe'
            ? { kind: 'edit', title, edits, derivation }
            : {
                kind: 'check',
                title,
                edits,
                derivation,
                verify: [...new Set(mine.flatMap((f) => f.verify ?? []))],
              },
      });
    }
  }
  return { findings, reported };
}
