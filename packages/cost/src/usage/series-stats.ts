/**
 * In-memory twins of the PromQL the Prometheus adapter sends, so a replay without Prometheus
 * aggregates exactly as the server does (the integration test checks the two agree).
 */

/** `quantile_over_time` / `quantile`: linear interpolation between closest ranks (Prometheus' definition). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, q);
}

export function quantileOfSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (q <= 0) return sorted[0] as number;
  if (q >= 1) return sorted[n - 1] as number;
  const rank = q * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, n - 1);
  const weight = rank - lower;
  return (sorted[lower] as number) * (1 - weight) + (sorted[upper] as number) * weight;
}

export function maxOf(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return values.length === 0 ? Number.NaN : max;
}

/** Minutes in the trailing window of `rate(container_cpu_usage_seconds_total[5m])`. */
export const CPU_RATE_WINDOW_MINUTES = 5;

/**
 * `rate(counter[5m])` evaluated every minute, for a counter scraped once a minute half-way between
 * evaluation points: five samples fall in each window, so the rate is the mean usage of the four
 * whole minutes between the first and the last (Prometheus extrapolates the increase to the window).
 * `usage[k]` is the mean cores used in minute k; the result has one rate per minute from minute 5
 * to minute n (the end of the data) inclusive. Prometheus also returns rates for minutes 2–4 from
 * fewer samples; those three are left out, a difference only at the very start of a series.
 */
export function cpuRatePerMinute(usage: readonly number[]): (number | null)[] {
  const rates: (number | null)[] = [];
  const span = CPU_RATE_WINDOW_MINUTES - 1;
  let sum = 0;
  // Minutes 0..n: the evaluation at the very end of the data (minute n) sees the last whole minutes too.
  for (let m = 0; m <= usage.length; m++) {
    // Window at minute m covers usage[m-5 .. m-2].
    if (m >= 2) sum += usage[m - 2] as number;
    if (m >= 2 + span) sum -= usage[m - 2 - span] as number;
    rates.push(m >= CPU_RATE_WINDOW_MINUTES ? sum / span : null);
  }
  return rates;
}

/**
 * Per hour (oldest first): the maximum of the samples present, or null when none. Raw samples
 * (`max_over_time(x[1h])` over scrapes at second 30) fall 60 to an hour; `extraPoints: 1` is for a
 * subquery (`max_over_time(rate(...)[1h:1m])`), whose points at both ends of the hour count
 * (Prometheus 2.x; 3.x drops the first, a difference of one minute in sixty).
 */
export function hourlyMaxima(
  perMinute: readonly (number | null)[],
  extraPoints: 0 | 1 = 0,
): (number | null)[] {
  const hours: (number | null)[] = [];
  for (let start = 0; start < perMinute.length; start += 60) {
    let max: number | null = null;
    for (let m = start; m < Math.min(start + 60 + extraPoints, perMinute.length); m++) {
      const v = perMinute[m];
      if (v != null && (max == null || v > max)) max = v;
    }
    hours.push(max);
  }
  return hours;
}

/** The values that are present. */
export function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v != null);
}
