import { type Finding, findingKey } from './finding.ts';
import type { ScanResult } from './scan.ts';

/** What a scan covered, so that a finding it could not have seen is not taken for fixed. */
export type ScanCoverage = {
  /** Whether Secrets were read (the weak-secret check): without, Secret findings stay open. */
  secrets: boolean;
  /** The namespaces scanned; undefined: the whole cluster (a deleted namespace's findings are fixed). */
  namespaces?: readonly string[];
  /** Namespaces the scan left out (`policy.denyNamespaces`): their open findings stay as they were. */
  withheld?: readonly string[];
};

/** An open finding the scan closes: gone though covered (`fixed`), or exempted since. */
export type FindingClosing = {
  finding: Finding;
  resolution: 'fixed' | 'exempted';
  reason?: string;
};

/**
 * Which previously open findings a scan closes. A finding is fixed when this scan no longer
 * reports it and covered its place: its namespace was scanned, its object was readable (an
 * object that no longer exists is fixed too), and for Secret findings, Secrets were read. An
 * open finding that an exemption now covers closes as `exempted`, with the exemption's reason.
 */
export function closingsOf(
  previouslyOpen: readonly Finding[],
  result: Pick<ScanResult, 'findings' | 'exempted' | 'unreadable'>,
  coverage: ScanCoverage,
): FindingClosing[] {
  const seen = new Set(result.findings.map(findingKey));
  const exempted = new Map(result.exempted.map((f) => [findingKey(f), f.reason]));
  const unreadable = new Set(result.unreadable.map((u) => `${u.kind}/${u.name}`));
  const namespaces = coverage.namespaces ? new Set(coverage.namespaces) : undefined;
  const withheld = new Set(coverage.withheld ?? []);
  const closings: FindingClosing[] = [];
  for (const finding of previouslyOpen) {
    const key = findingKey(finding);
    if (seen.has(key)) continue;
    const reason = exempted.get(key);
    if (reason !== undefined) {
      closings.push({ finding, resolution: 'exempted', reason: reason.slice(0, 500) });
      continue;
    }
    if (namespaces && !namespaces.has(finding.namespace)) continue;
    if (withheld.has(finding.namespace) || (finding.kind === 'Namespace' && withheld.has(finding.name)))
      continue;
    if (!coverage.secrets && finding.kind === 'Secret') continue;
    if (unreadable.has(`${finding.kind}/${finding.name}`)) continue;
    closings.push({ finding, resolution: 'fixed' });
  }
  return closings;
}
