import type { TrackedScan } from './digest.ts';
import { type Finding, SEVERITIES } from './finding.ts';
import type { ScanResult } from './scan.ts';

/**
 * `security scan --json`: the findings (and what was exempted or unreadable, for the record);
 * with `--track`, also `tracking`: the cluster, counts, and the findings new, fixed and exempted
 * since the last tracked scan.
 */
export function scanResultJson(result: ScanResult, tracked?: TrackedScan): string {
  return JSON.stringify(
    {
      findings: result.findings,
      exempted: result.exempted,
      unreadable: result.unreadable,
      ...(tracked
        ? {
            tracking: {
              cluster: tracked.cluster,
              at: tracked.at.toISOString(),
              counts: {
                new: tracked.new.length,
                stillOpen: tracked.open.length - tracked.new.length,
                fixed: tracked.fixed.length,
                exempted: tracked.exempted.length,
              },
              new: tracked.new,
              fixed: tracked.fixed,
              exempted: tracked.exempted,
            },
          }
        : {}),
    },
    null,
    2,
  );
}

const place = (f: Finding) =>
  `${f.namespace}/${f.kind}/${f.name}${f.container ? ` [${f.container}]` : ''}${f.key ? ` key ${f.key}` : ''}`;

/** `security scan --track`: what changed since the last tracked scan of the cluster. */
export function formatTracking(tracked: TrackedScan): string[] {
  const lines = [
    '',
    `TRACKED (cluster ${tracked.cluster}): ${tracked.new.length} new, ${tracked.open.length - tracked.new.length} still open, ${tracked.fixed.length} fixed, ${tracked.exempted.length} exempted since the last tracked scan`,
  ];
  for (const f of tracked.new.slice(0, MAX_PER_CHECK * 3))
    lines.push(`  new    ${f.severity} ${f.id} ${place(f)}`);
  if (tracked.new.length > MAX_PER_CHECK * 3)
    lines.push(`  … and ${tracked.new.length - MAX_PER_CHECK * 3} more new (--json lists all)`);
  for (const f of tracked.fixed.slice(0, MAX_PER_CHECK * 3)) lines.push(`  fixed  ${f.id} ${place(f)}`);
  if (tracked.fixed.length > MAX_PER_CHECK * 3)
    lines.push(`  … and ${tracked.fixed.length - MAX_PER_CHECK * 3} more fixed (--json lists all)`);
  for (const f of tracked.exempted.slice(0, MAX_PER_CHECK)) lines.push(`  exempt ${f.id} ${place(f)}`);
  return lines;
}

const MAX_PER_CHECK = 10;

/**
 * A readable summary: counts by severity, then the findings grouped by severity and check, at
 * most ten objects a check (the JSON has them all).
 */
export function formatScanSummary(result: ScanResult, scope: string): string[] {
  const lines: string[] = [];
  const counts = SEVERITIES.map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`);
  lines.push(
    `security scan of ${scope}: ${result.podSpecs} pod specs, ${result.findings.length} findings (${counts.join(', ')})`,
  );
  for (const severity of SEVERITIES) {
    const ofSeverity = result.findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push('', `${severity.toUpperCase()}`);
    for (const id of [...new Set(ofSeverity.map((f) => f.id))]) {
      const ofCheck = ofSeverity.filter((f) => f.id === id);
      lines.push(`  ${id} (${ofCheck.length})${ofCheck[0]?.fix ? `: fix: ${ofCheck[0].fix}` : ''}`);
      for (const f of ofCheck.slice(0, MAX_PER_CHECK)) {
        const where = `${f.namespace}/${f.kind}/${f.name}${f.container ? ` [${f.container}]` : ''}`;
        lines.push(`    ${where}: ${f.message}`);
      }
      if (ofCheck.length > MAX_PER_CHECK)
        lines.push(`    … and ${ofCheck.length - MAX_PER_CHECK} more (--json lists all)`);
    }
  }
  if (result.exempted.length > 0) {
    lines.push('', `EXEMPTED (${result.exempted.length})`);
    for (const f of result.exempted.slice(0, 20)) {
      lines.push(
        `  ${f.id} ${f.namespace}/${f.kind}/${f.name}${f.container ? ` [${f.container}]` : ''}: ${f.reason}`,
      );
    }
  }
  if (result.unreadable.length > 0) {
    lines.push('', `UNREADABLE (${result.unreadable.length})`);
    for (const u of result.unreadable.slice(0, 20))
      lines.push(`  ${u.kind} ${u.name}: ${u.reason.split('\n')[0]}`);
  }
  return lines;
}
