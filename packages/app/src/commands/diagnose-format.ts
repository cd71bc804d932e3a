import type { OnDemandDiagnosis } from '@sre-agent/healing';

/** Lines of each evidence source the text report shows (the JSON has it all). */
const EVIDENCE_LINES = 8;

const lastLines = (text: string, n: number) => text.split('\n').slice(-n);

/** The readable report of `sre-agent diagnose`: one block per diagnosed workload or node. */
export function formatDiagnoses(scope: string, now: Date, found: readonly OnDemandDiagnosis[]): string[] {
  if (found.length === 0) return [`no failing workload or node in ${scope} (as of ${now.toISOString()})`];
  const lines = [`${found.length} diagnosed in ${scope} (as of ${now.toISOString()}); nothing was changed`];
  for (const { report, reason, verdicts } of found) {
    const where = report.namespace ? `${report.namespace}/${report.workload}` : report.workload;
    lines.push('', `${where} (${report.kind}): ${report.signal}`);
    lines.push(`  seen: ${reason}`);
    const { category, summary, confidence } = report.diagnosis;
    lines.push(`  diagnosis (${category}, confidence ${confidence.toFixed(2)}): ${summary}`);
    if (verdicts.length === 0)
      lines.push('  the agent would: escalate to a human (no safe catalog action fixes this)');
    else {
      lines.push('  the agent would, in order:');
      verdicts.forEach((v, i) => {
        lines.push(
          `    ${i + 1}. ${v.action.kind}${v.action.params && Object.keys(v.action.params).length ? ` ${JSON.stringify(v.action.params)}` : ''}: ${v.verdict}`,
        );
      });
      lines.push('    then, if nothing helped: escalate to a human');
    }
    for (const piece of report.evidence) {
      if (piece.source === 'describe') continue;
      const shown =
        piece.source === 'events' || piece.source.startsWith('log:')
          ? lastLines(piece.text, EVIDENCE_LINES)
          : piece.text.split('\n').slice(0, EVIDENCE_LINES);
      lines.push(
        `  ${piece.source}:`,
        ...shown.map((l) => `    ${l.length > 300 ? `${l.slice(0, 300)}…` : l}`),
      );
    }
  }
  return lines;
}
