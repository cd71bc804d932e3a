import type { Notification } from '@sre-agent/core';
import { redactText, truncate } from '@sre-agent/core';
import { type Finding, SEVERITIES } from './finding.ts';

/** A scan of one cluster against the tracked findings: what is new, still open, and closed now. */
export type TrackedScan = {
  cluster: string;
  at: Date;
  new: readonly Finding[];
  /** Every finding open after the scan (new ones included). */
  open: readonly Finding[];
  fixed: readonly Finding[];
  /** Open findings an exemption covers since, with its reason. */
  exempted: readonly (Finding & { reason?: string | undefined })[];
  /** Namespaces left out of the scan (`policy.denyNamespaces`): a count, never names. */
  withheldNamespaces?: number;
};

/** The longest digest text: Slack's section block takes 3,000 characters. */
export const MAX_DIGEST_CHARS = 2_900;
const MAX_NEW_LINES = 15;
const MAX_FIXED_LINES = 10;
/** Room kept for the forced lines after the lists (section heads, "more" counts, the footer). */
const RESERVED_CHARS = 500;

const where = (f: Finding) =>
  `${f.namespace ? `${f.namespace}/` : ''}${f.kind}/${f.name}${f.container ? ` [${f.container}]` : ''}${f.key ? ` key ${f.key}` : ''}`;

function countBySeverity(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
}

/** Whether a tracked scan is worth a message: something appeared or went away. */
export function digestIsDue(scan: TrackedScan): boolean {
  return scan.new.length + scan.fixed.length + scan.exempted.length > 0;
}

/**
 * The hourly security digest: counts by severity, the new findings first (most severe first),
 * then the fixed ones, bounded in length and redacted. Messages are built from the cluster's own
 * objects: untrusted text, never a secret value (detectors never put one in a finding).
 */
export function securityDigestNotification(scan: TrackedScan): Notification {
  const lines: string[] = [];
  let used = 0;
  // Each line is redacted before it is measured; the last lines (the "more" counts, the footer)
  // have room kept for them.
  const add = (line: string, force = false): boolean => {
    const safe = redactText(line);
    if (!force && used + safe.length + 1 > MAX_DIGEST_CHARS - RESERVED_CHARS) return false;
    lines.push(safe);
    used += safe.length + 1;
    return true;
  };
  const list = (findings: readonly Finding[], max: number, line: (f: Finding) => string, what: string) => {
    let shown = 0;
    for (const f of findings.slice(0, max)) {
      if (!add(line(f))) break;
      shown += 1;
    }
    if (findings.length > shown) add(`…and ${findings.length - shown} more ${what}.`, true);
  };
  add(`Open findings: ${scan.open.length} (${countBySeverity(scan.open)}).`, true);
  const withheld = scan.withheldNamespaces ?? 0;
  if (withheld > 0)
    add(
      `${withheld} namespace${withheld === 1 ? '' : 's'} withheld (policy.denyNamespaces): not scanned or shown.`,
      true,
    );
  add('', true);
  add(`*New* (${scan.new.length}): ${countBySeverity(scan.new)}`, true);
  list(
    scan.new,
    MAX_NEW_LINES,
    (f) => `• [${f.severity}] ${f.id} ${where(f)}: ${truncate(f.message, 200)}`,
    'new',
  );
  if (scan.fixed.length > 0) {
    add('', true);
    add(`*Fixed* (${scan.fixed.length})`, true);
    list(scan.fixed, MAX_FIXED_LINES, (f) => `• ${f.id} ${where(f)}`, 'fixed');
  }
  if (scan.exempted.length > 0) {
    add('', true);
    add(`*Exempted since the last scan* (${scan.exempted.length})`, true);
    list(
      scan.exempted,
      5,
      (f) => {
        const reason = (f as { reason?: string }).reason;
        return `• ${f.id} ${where(f)}${reason ? `: ${truncate(reason, 120)}` : ''}`;
      },
      'exempted',
    );
  }
  add('', true);
  add('`sre-agent security scan --track` lists every finding with its fix.', true);
  const text = truncate(lines.join('\n'), MAX_DIGEST_CHARS);
  const worst = scan.new.find((f) => f.severity === 'critical' || f.severity === 'high');
  return {
    threadKey: `security-digest:${scan.cluster}:${scan.at.toISOString().slice(0, 13)}`,
    cluster: scan.cluster,
    severity: worst ? 'warning' : scan.new.length === 0 ? 'resolved' : 'info',
    title: truncate(
      redactText(
        `Security digest for ${scan.cluster}: ${scan.new.length} new, ${scan.fixed.length} fixed, ${scan.open.length} open`,
      ),
      300,
    ),
    text,
    fields: [
      { label: 'New', value: countBySeverity(scan.new) },
      { label: 'Fixed', value: String(scan.fixed.length) },
      { label: 'Open', value: countBySeverity(scan.open) },
    ],
    status: 'security digest',
  };
}
