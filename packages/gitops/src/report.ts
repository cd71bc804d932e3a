import type { GitopsFinding } from './finding.ts';
import type { ProposalOutcome } from './propose.ts';

/** Findings as lines for a terminal: severity, object, message, where it is defined, what the fix is. */
export function formatFindings(findings: readonly GitopsFinding[], scope: string): string[] {
  const lines = [`gitops scan of ${scope}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`];
  for (const f of findings) {
    const where = f.source ? `${f.source.file}#${f.source.document}` : 'not in Git';
    lines.push(
      `${f.severity.toUpperCase().padEnd(6)} ${f.check} ${f.object.kind}/${f.object.namespace}/${f.object.name}: ${f.message} [${where}] → ${f.fix.kind === 'edit' ? f.fix.title : `${f.fix.title} (draft)`}`,
    );
  }
  return lines;
}

/** Proposal outcomes as lines for a terminal. */
export function formatProposals(outcomes: readonly ProposalOutcome[]): string[] {
  return outcomes.map(
    (o) =>
      `${o.status.padEnd(10)} ${o.branch}${o.draft ? ' (draft)' : ''}${o.files.length ? ` ${o.files.join(', ')}` : ''}${o.url ? ` ${o.url}` : ''}${o.reason ? ` — ${o.reason}` : ''}`,
  );
}
