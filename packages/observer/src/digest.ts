import { type Notification, redactText } from '@sre-agent/core';
import type { ForecastSourceFailure } from './collect-forecasts.ts';
import { compareForecasts, type Forecast } from './forecast.ts';
import { humanMinutes } from './trend/robust.ts';

export type ForecastDigest = {
  cluster: string;
  at: Date;
  forecasts: readonly Forecast[];
  failures: readonly ForecastSourceFailure[];
  /** Namespaces whose forecasts were left out (`policy.denyNamespaces`, see `withholdNamespaces`): a count, never names. */
  withheldNamespaces?: number;
};

const LABELS: Record<Forecast['kind'], string> = {
  'memory-limit': 'memory limit',
  'volume-full': 'volume full',
  'node-disk-full': 'node disk full',
  'certificate-expiry': 'certificate expiry',
  'hpa-at-max': 'HPA at its maximum',
  'pdb-blocks-drain': 'PDB blocks drains',
  'restart-rate': 'restarts rising',
  'slo-burn': 'SLO budget burn',
};

function when(f: Forecast): string {
  if (f.timeToLimitMinutes === null) return 'now (no countdown)';
  return f.timeToLimitMinutes === 0 ? 'now' : `in ${humanMinutes(f.timeToLimitMinutes)}`;
}

/**
 * The forecast digest of one cluster as one notification: soonest first, at most `limit`
 * forecasts with their first two pieces of evidence, a count of the rest, how many namespaces
 * were withheld, and the sources that failed. Every line is redacted; the thread is one per cluster and hour.
 */
export function forecastDigestNotification(
  digest: ForecastDigest,
  options: { limit?: number } = {},
): Notification {
  const limit = options.limit ?? 20;
  const sorted = [...digest.forecasts].sort(compareForecasts);
  const shown = sorted.slice(0, limit);
  const lines: string[] = [];
  if (sorted.length === 0) lines.push('Nothing seen coming: no limit, expiry or budget is in sight.');
  for (const f of shown) {
    lines.push(
      `• *${LABELS[f.kind]}* ${when(f)}: ${f.namespace ? `${f.namespace}/` : ''}${f.workload}, ${f.resource}`,
    );
    for (const e of f.evidence.slice(0, 2)) lines.push(`  ${e}`);
    if (f.action.kind !== 'warn') lines.push(`  proposed: ${f.action.kind}`);
  }
  if (sorted.length > shown.length) {
    lines.push(`…and ${sorted.length - shown.length} more: \`sre-agent forecast\` lists every one.`);
  }
  const withheld = digest.withheldNamespaces ?? 0;
  if (withheld > 0)
    lines.push(
      `${withheld} namespace${withheld === 1 ? '' : 's'} withheld (policy.denyNamespaces): nothing there is shown or proposed.`,
    );
  if (digest.failures.length > 0) {
    lines.push('');
    for (const f of digest.failures.slice(0, 10)) lines.push(`Not checked: ${f.source} (${f.error})`);
  }
  const counts = new Map<string, number>();
  for (const f of sorted) counts.set(LABELS[f.kind], (counts.get(LABELS[f.kind]) ?? 0) + 1);
  const soonest = sorted[0];
  const hour = digest.at.toISOString().slice(0, 13);
  return {
    threadKey: `forecast-digest:${digest.cluster}:${hour}`,
    cluster: digest.cluster,
    severity: sorted.length === 0 ? 'info' : 'warning',
    title: redactText(
      `Forecast digest for ${digest.cluster}: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} seen coming${
        soonest ? `, soonest ${when(soonest)} (${soonest.workload})` : ''
      }`,
    ),
    text: redactText(lines.join('\n')),
    fields: [...counts].map(([label, n]) => ({ label, value: String(n) })),
    status: 'forecast digest',
  };
}
