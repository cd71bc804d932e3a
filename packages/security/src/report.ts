import { SEVERITIES } from './finding.ts';
import type { ScanResult } from './scan.ts';

/** `security scan --json`: the findings (and what was exempted or unreadable, for the record). */
export function scanResultJson(result: ScanResult): string {
  return JSON.stringify(
    { findings: result.findings, exempted: result.exempted, unreadable: result.unreadable },
    null,
    2,
  );
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
