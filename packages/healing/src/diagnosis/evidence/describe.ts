/** Text for humans and for the reasoner: the describe-like summary and the bounded digest. */
import type { Pod } from '@sre-agent/kube';
import { tailChars } from './bound-text.ts';
import { describeRollout } from './rollouts.ts';
import type { Evidence, RedactedEvidence } from './schema.ts';

/**
 * A bounded plain-text digest of (redacted) evidence: what humans read on the incident and what the
 * reasoner gets in its prompt. Newest log lines are kept when the digest must be cut.
 */
export function evidenceDigest(evidence: RedactedEvidence, maxChars = 12_000): string {
  const sections: string[] = [];
  sections.push(
    `signal: ${evidence.signal}\ntarget: ${evidence.target.kind} ${evidence.target.namespace}/${evidence.target.name} (cluster ${evidence.target.cluster})`,
  );
  sections.push(evidence.describe);
  if (evidence.rollouts.length) {
    sections.push(`recent rollouts:\n${evidence.rollouts.map(describeRollout).join('\n')}`);
  }
  if (evidence.node) {
    const n = evidence.node;
    sections.push(
      `node ${n.name}: Ready=${n.ready}${n.unschedulable ? ' (cordoned)' : ''}\n${n.conditions
        .map(
          (c) =>
            `  ${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`,
        )
        .join('\n')}`,
    );
  }
  const head = sections.join('\n\n');
  const budget = Math.max(0, maxChars - head.length - 100);
  const logs: string[] = [];
  const prevBudget = evidence.logs.current ? Math.floor(budget * 0.6) : budget;
  if (evidence.logs.previous) {
    logs.push(
      `previous container log (${evidence.logs.previous.container}):\n${tailChars(evidence.logs.previous.text, prevBudget)}`,
    );
  }
  if (evidence.logs.current) {
    const used = logs.join('').length;
    logs.push(
      `current container log (${evidence.logs.current.container}):\n${tailChars(evidence.logs.current.text, Math.max(0, budget - used))}`,
    );
  }
  const text = [head, ...logs].join('\n\n');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

export function describeText(e: Evidence, pod: Pod | undefined): string {
  const lines: string[] = [];
  if (e.pod) {
    lines.push(`Name:         ${e.pod}`, `Namespace:    ${e.target.namespace}`);
    if (pod?.spec?.nodeName) lines.push(`Node:         ${pod.spec.nodeName}`);
    if (e.podCreatedAt) lines.push(`Start Time:   ${e.podCreatedAt}`);
    lines.push(`Status:       ${e.podReason ?? e.podPhase ?? 'Unknown'}`);
    if (e.podMessage) lines.push(`Message:      ${e.podMessage}`);
    const owner = e.ownerChain[0];
    if (owner) lines.push(`Controlled By:  ${owner.kind}/${owner.name}`);
  } else {
    lines.push(`Name:         ${e.target.name}`, `Kind:         ${e.target.kind}`);
    if (e.target.namespace) lines.push(`Namespace:    ${e.target.namespace}`);
  }
  if (e.containers.length) {
    lines.push('Containers:');
    for (const c of e.containers) {
      lines.push(`  ${c.name}${c.init ? ' (init)' : ''}:`, `    Image:          ${c.image}`);
      const state = c.state[0]?.toUpperCase() + c.state.slice(1);
      lines.push(`    State:          ${state}`);
      if (c.reason) lines.push(`      Reason:       ${c.reason}`);
      if (c.message) lines.push(`      Message:      ${c.message}`);
      if (c.exitCode !== undefined) lines.push(`      Exit Code:    ${c.exitCode}`);
      if (c.lastTerminated) {
        const lt = c.lastTerminated;
        lines.push('    Last State:     Terminated');
        if (lt.reason) lines.push(`      Reason:       ${lt.reason}`);
        lines.push(`      Exit Code:    ${lt.exitCode}`);
        if (lt.startedAt) lines.push(`      Started:      ${lt.startedAt}`);
        if (lt.finishedAt) lines.push(`      Finished:     ${lt.finishedAt}`);
      }
      lines.push(
        `    Ready:          ${c.ready ? 'True' : 'False'}`,
        `    Restart Count:  ${c.restartCount}`,
      );
      if (c.resources?.limits) lines.push(`    Limits:         ${kv(c.resources.limits)}`);
      if (c.resources?.requests) lines.push(`    Requests:       ${kv(c.resources.requests)}`);
      for (const b of c.memoryBudgets ?? []) lines.push(`    Memory budget:  ${b.setting} (${b.where})`);
      for (const v of c.memoryVolumes ?? []) {
        lines.push(
          `    Mount:          ${v.path} (emptyDir ${v.volume}, medium Memory${v.sizeLimit ? `, sizeLimit ${v.sizeLimit}` : ''})`,
        );
      }
    }
  }
  if (e.conditions.length) {
    lines.push('Conditions:');
    for (const c of e.conditions) {
      lines.push(
        `  ${c.type.padEnd(24)} ${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? ` ${c.message}` : ''}`,
      );
    }
  }
  if (e.events.length) {
    lines.push('Events:', '  Type     Reason             Count  Object                 Message');
    for (const ev of e.events) {
      lines.push(
        `  ${ev.type.padEnd(8)} ${ev.reason.padEnd(18)} ${String(ev.count).padEnd(6)} ${ev.object.padEnd(22)} ${ev.message}`,
      );
    }
  } else {
    lines.push('Events:       <none>');
  }
  return lines.join('\n');
}

function kv(rec: Record<string, string>): string {
  return Object.entries(rec)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
