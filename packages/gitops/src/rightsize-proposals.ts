import { rightsizeJson } from '@sre-agent/cost';
import type { FieldEdit, GitopsFinding, Severity } from './finding.ts';
import { findingKey } from './finding.ts';
import { podSpecPath } from './hardening/pod.ts';
import type { ObjectRef } from './objects.ts';

type RightsizeReport = Parameters<typeof rightsizeJson>[0];
type Recommendation = ReturnType<typeof rightsizeJson>['recommendations'][number];

const FIELDS = [
  { path: ['requests', 'cpu'], key: 'cpuRequest', label: 'CPU request' },
  { path: ['requests', 'memory'], key: 'memoryRequest', label: 'memory request' },
  { path: ['limits', 'memory'], key: 'memoryLimit', label: 'memory limit' },
] as const;

function evidence(r: Recommendation, days: number, end: string): string {
  const e = r.evidence;
  const savings =
    r.monthlySavingsUsd >= 0
      ? `saves about $${r.monthlySavingsUsd.toFixed(2)} a month on requests at the configured unit prices (${e.replicas} replica${e.replicas === 1 ? '' : 's'})`
      : `costs about $${(-r.monthlySavingsUsd).toFixed(2)} more a month (${e.replicas} replica${e.replicas === 1 ? '' : 's'}): the container needs more than it asks for`;
  return [
    `the cost sentinel's right-sizing of ${days} days of usage ending ${end}`,
    `history ${e.historyHours} h, ${Math.round(e.coverage * 100)}% covered, ${e.restarts} restart${e.restarts === 1 ? '' : 's'}${e.oomKilled ? ', OOMKilled in the window' : ''}`,
    `CPU p50 ${e.cpu.p50}, p95 ${e.cpu.p95}, p99 ${e.cpu.p99}, max ${e.cpu.max}`,
    `working set p50 ${e.memory.p50}, p99 ${e.memory.p99}, max ${e.memory.max}`,
    r.reason,
    savings,
  ].join('; ');
}

/**
 * The cost sentinel's right-sizing as proposals through the enforcer: each `resize` becomes an
 * edit of the container's requests and memory limit with its evidence (percentiles, window,
 * savings); a container with too little history becomes a draft that says how much more is
 * needed. `keep` proposes nothing.
 *
 * @example
 * const findings = rightsizeFindings(await rightsizeCluster({ metrics }, { window }));
 */
export function rightsizeFindings(report: RightsizeReport): GitopsFinding[] {
  const json = rightsizeJson(report);
  const days = Math.round(json.window.seconds / 86_400);
  const findings: GitopsFinding[] = [];
  for (const r of json.recommendations) {
    if (r.action === 'keep') continue;
    const object: ObjectRef = { kind: r.kind, namespace: r.namespace, name: r.workload };
    const container = [...podSpecPath(r.kind), 'containers', { name: r.container }];
    const base = {
      key: findingKey('rightsize', object, r.container),
      check: 'rightsize',
      object,
      container: r.container,
      labels: ['cost'],
    };
    const current = FIELDS.map((f) => `${f.label} ${r.current[f.key] ?? 'unset'}`).join(', ');
    if (r.action === 'insufficient-data') {
      findings.push({
        ...base,
        severity: 'low',
        message: `container ${r.container} cannot be right-sized yet: ${r.reason}`,
        risk: 'Requests that do not match use either hold node capacity nobody uses or let the scheduler overpack nodes; too little history says neither yet.',
        fix: {
          kind: 'draft',
          title: `Draft: right-size ${r.workload}/${r.container} (not enough usage history)`,
          todo: `set containers[name=${r.container}].resources once the usage history suffices (${r.reason}; now ${current}): run \`sre-agent cost rightsize\` again then, or size it by hand`,
          edits: [
            {
              op: 'comment',
              target: object,
              path: container,
              text: `sre-agent: right-size resources when the usage history suffices (${r.reason})`,
            },
          ],
        },
      });
      continue;
    }
    const changed = FIELDS.filter(
      (f) => r.recommended[f.key] != null && r.recommended[f.key] !== r.current[f.key],
    );
    if (changed.length === 0) continue;
    const edits: FieldEdit[] = changed.map((f) => ({
      op: 'set',
      target: object,
      path: [...container, 'resources', ...f.path],
      value: r.recommended[f.key],
    }));
    const severity: Severity = r.evidence.oomKilled ? 'high' : r.monthlySavingsUsd < 0 ? 'medium' : 'low';
    findings.push({
      ...base,
      severity,
      message: `container ${r.container} asks for ${changed.map((f) => `${f.label} ${r.current[f.key] ?? 'unset'}`).join(', ')}; its usage supports ${changed.map((f) => `${f.label} ${r.recommended[f.key]}`).join(', ')}`,
      risk:
        r.monthlySavingsUsd < 0
          ? 'Requests below use let the scheduler overpack nodes: CPU throttling under load and the pod evicted or OOM-killed first under memory pressure.'
          : 'Requests far above use hold node capacity nobody uses: the cluster pays for nodes the autoscaler cannot consolidate.',
      fix: {
        kind: 'edit',
        title: `Right-size ${r.workload}/${r.container}: ${changed.map((f) => `${f.label} ${r.current[f.key] ?? 'unset'} → ${r.recommended[f.key]}`).join(', ')}`,
        edits,
        derivation: evidence(r, days, json.window.end),
      },
    });
  }
  return findings;
}
