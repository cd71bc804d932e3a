import type { NamespaceVerdict, ZombieReport } from './find-zombies.ts';

/** How long a namespace has been quiet; `≥` when that is all the history looked at (the lookback). */
export function quietFor(v: NamespaceVerdict, lookbackHours: number): string {
  if (v.quietHours == null) return '-';
  const bound = v.quietHours >= lookbackHours - 1 ? '≥ ' : '';
  return v.quietHours >= 48
    ? `${bound}${(v.quietHours / 24).toFixed(1)} d`
    : `${bound}${Math.round(v.quietHours)} h`;
}

/** Why a namespace is not a zombie: its active signals, or what is missing. */
function why(v: NamespaceVerdict): string {
  if (v.verdict === 'zombie') return 'every signal quiet';
  if (v.verdict === 'active')
    return v.signals
      .filter((s) => s.state === 'active')
      .map((s) => `${s.signal}: ${s.detail}`)
      .join('; ');
  return v.signals
    .filter((s) => s.state === 'unknown' && s.signal !== 'exec')
    .map((s) => `${s.signal}: ${s.detail}`)
    .join('; ');
}

/** The zombie report as text: one line per namespace, then each zombie's evidence. */
export function zombiesTable(report: ZombieReport): string {
  const quiet = (v: NamespaceVerdict) => quietFor(v, report.options.lookbackHours);
  const rows = report.namespaces.map((v) => [v.namespace, v.verdict, quiet(v), why(v)]);
  const header = ['NAMESPACE', 'VERDICT', 'QUIET FOR', 'WHY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const evidence = report.zombies.flatMap((z) => [
    '',
    `${z.namespace}: zombie, quiet for ${quiet(z)}${z.workloads != null ? ` (${z.workloads} workloads, ${z.pods} pods)` : ''}`,
    ...z.signals.map((s) => `  ${s.signal.padEnd(15)} ${s.state.padEnd(7)} ${s.detail}`),
  ]);
  const excluded = report.excluded.length
    ? [`not judged: ${report.excluded.map((e) => `${e.namespace} (${e.reason})`).join(', ')}`]
    : [];
  return [
    line(header),
    ...rows.map(line),
    ...evidence,
    '',
    `${report.zombies.length} of ${report.namespaces.length} namespaces quiet on every signal for more than ${report.options.quietHours} h.`,
    ...excluded,
  ].join('\n');
}

/** The `--json` shape of `sre-agent cost zombies`. */
export function zombiesJson(report: ZombieReport) {
  const iso = (d: Date | undefined) => d?.toISOString() ?? null;
  const verdict = (v: NamespaceVerdict) => ({
    namespace: v.namespace,
    verdict: v.verdict,
    quietHours: v.quietHours == null ? null : Math.round(v.quietHours * 10) / 10,
    ...(v.workloads != null ? { workloads: v.workloads, pods: v.pods } : {}),
    evidence: v.signals.map((s) => ({
      signal: s.signal,
      state: s.state,
      lastActiveAt: iso(s.lastActiveAt),
      detail: s.detail,
    })),
  });
  return {
    at: report.at.toISOString(),
    options: report.options,
    zombies: report.zombies.map(verdict),
    namespaces: report.namespaces.filter((v) => v.verdict !== 'zombie').map(verdict),
    excluded: report.excluded,
  };
}
