import { quantities } from './report-json.ts';
import type { RightsizeReport } from './rightsize-cluster.ts';

function change(current: string | null, next: string | null): string {
  return current === next ? (current ?? '-') : `${current ?? '-'} → ${next ?? '-'}`;
}

/** The report as a table a human reads at a glance: biggest savings first, then what was left alone and why. */
export function rightsizeTable(report: RightsizeReport): string {
  const sorted = [...report.recommendations].sort((a, b) => b.monthlySavingsUsd - a.monthlySavingsUsd);
  const rows = sorted.map((rec) => {
    const cur = quantities(rec.current);
    const next = quantities(rec.recommended);
    return [
      `${rec.ref.namespace}/${rec.ref.workload}/${rec.ref.container}`,
      rec.action,
      change(cur.cpuRequest, next.cpuRequest),
      change(cur.memoryRequest, next.memoryRequest),
      change(cur.memoryLimit, next.memoryLimit),
      rec.monthlySavingsUsd === 0 ? '-' : `$${rec.monthlySavingsUsd.toFixed(2)}`,
      rec.reasons.find((r) => !r.startsWith('CPU request at the p95')) ?? rec.reasons[0] ?? '',
    ];
  });
  const header = [
    'CONTAINER',
    'ACTION',
    'CPU REQUEST',
    'MEMORY REQUEST',
    'MEMORY LIMIT',
    'SAVES/MONTH',
    'WHY',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const resized = report.recommendations.filter((r) => r.action === 'resize').length;
  return [
    line(header),
    ...rows.map(line),
    '',
    `${resized} of ${report.recommendations.length} containers to resize; about $${report.totals.monthlySavingsUsd.toFixed(2)}/month on requests ` +
      `($${report.prices.vcpuHourUsd.toFixed(4)}/vCPU-h, $${report.prices.gibHourUsd.toFixed(4)}/GiB-h), once nodes are consolidated.`,
  ].join('\n');
}
