import { theilSen } from '@sre-agent/cost/trend';
import { humanMinutes, median, robustSpread } from './robust.ts';

/** One observation of a quantity that grows towards a limit (bytes of memory, of a volume). */
export type TrendSample = { atMs: number; value: number };

export type TrendOptions = {
  /** The recent stretch the slope is fitted on (default 6 h). */
  fitWindowMinutes?: number;
  /** A longer window used instead when its slope agrees with the recent one (default 12 h). */
  longFitWindowMinutes?: number;
  /** Less history than this in the fit window is no basis for a forecast (default 2 h). */
  minSpanMinutes?: number;
  /** Fewer samples than this is no basis for a forecast (default 20). */
  minSamples?: number;
  /** The rise over the fit window must exceed this many of its standard errors (default 5). */
  significance?: number;
  /** Kendall consistency (rising minus falling pairs) a trend needs (default 0.3; 0.5 without a day of history). */
  minConsistency?: number;
  /** Renders a value in the evidence (e.g. bytes as MiB). */
  format?: (value: number) => string;
};

export type TrendVerdict =
  | { verdict: 'rising'; minutesToLimit: number; slopePerHour: number; level: number; evidence: string[] }
  | { verdict: 'steady' | 'falling' | 'insufficient-data' | 'at-limit'; evidence: string[] };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** At most this many buckets in the fit window: Theil–Sen is quadratic in its points. */
const MAX_BUCKETS = 120;

const plain = (v: number) => String(Number(v.toPrecision(3)));

type Fit = {
  /** Slope per millisecond. */
  slope: number;
  consistency: number;
  points: number;
  /** The fitted line's value at `endMs`. */
  lineEnd: number;
  /** Robust spread of the bucket medians around the line. */
  spread: number;
  /** Medians of the first, middle and last thirds of the buckets. */
  thirds: [number, number, number];
};

/** Theil–Sen over bucket medians of the samples in [fromMs, endMs]: noise and spikes fall out of the medians. */
function fitWindow(samples: readonly TrendSample[], fromMs: number, endMs: number, bucketMs: number): Fit {
  const count = Math.max(1, Math.ceil((endMs - fromMs) / bucketMs));
  const groups: number[][] = Array.from({ length: count }, () => []);
  for (const s of samples) {
    if (s.atMs < fromMs || s.atMs > endMs) continue;
    const i = Math.min(count - 1, Math.floor((s.atMs - fromMs) / bucketMs));
    groups[i]?.push(s.value);
  }
  const ys = groups.map((g) => (g.length > 0 ? median(g) : null));
  const trend = theilSen(ys);
  const present = ys.flatMap((y, i) => (y == null ? [] : [[i, y] as const]));
  const intercept = median(present.map(([i, y]) => y - trend.slope * i));
  const residuals = present.map(([i, y]) => y - (intercept + trend.slope * i));
  // Bucket i is centred at fromMs + (i + 0.5) bucketMs.
  const endIndex = (endMs - fromMs) / bucketMs - 0.5;
  const third = (k: number) =>
    median(present.filter(([i]) => Math.floor((3 * i) / count) === k).map(([, y]) => y));
  return {
    slope: trend.slope / bucketMs,
    consistency: trend.consistency,
    points: trend.points,
    lineEnd: intercept + trend.slope * endIndex,
    spread: robustSpread(residuals),
    thirds: [third(0), third(1), third(2)],
  };
}

function valuesBetween(samples: readonly TrendSample[], fromMs: number, toMs: number): number[] {
  return samples.filter((s) => s.atMs >= fromMs && s.atMs <= toMs).map((s) => s.value);
}

/**
 * Whether a series is really growing towards `limit`, and when it gets there. The slope is
 * Theil–Sen over bucket medians of the last hours (never one sample), so noise and spikes hardly
 * move it and a leak that grows in steps counts at its average rate. Growth must stand out: the
 * rise over the window beats the residual spread `significance` times, most pairs of points rise,
 * and each third of the window is higher than the one before. A daily cycle's upswing is not
 * growth: with a day of history, the slope is corrected by the same hours of the day before and
 * the level must be above the level 24 h earlier; without it, the trend must be steadier still.
 * The level the time-to-limit counts from is the fitted line's end, or the median of the last
 * minutes when a step has just lifted it higher.
 *
 * @example
 * const v = forecastTimeToLimit(workingSet, 512 * 2 ** 20, { format: mebibytes });
 * if (v.verdict === 'rising' && v.minutesToLimit < 360) warn(v.evidence);
 */
export function forecastTimeToLimit(
  samples: readonly TrendSample[],
  limit: number,
  options: TrendOptions = {},
): TrendVerdict {
  const fmt = options.format ?? plain;
  const windowMs = (options.fitWindowMinutes ?? 360) * MINUTE;
  const minSpanMs = (options.minSpanMinutes ?? 120) * MINUTE;
  const minSamples = Math.max(3, options.minSamples ?? 20);
  const significance = options.significance ?? 5;
  const clean = samples
    .filter((s) => Number.isFinite(s.atMs) && Number.isFinite(s.value))
    .sort((a, b) => a.atMs - b.atMs);
  const last = clean.at(-1);
  const first = clean[0];
  if (!last || !first || !(limit > 0)) {
    return { verdict: 'insufficient-data', evidence: [`${clean.length} samples and no usable limit`] };
  }
  const endMs = last.atMs;
  const fromMs = Math.max(first.atMs, endMs - windowMs);
  const inWindow = clean.filter((s) => s.atMs >= fromMs);
  const spanMs = endMs - fromMs;
  if (inWindow.length < minSamples || spanMs < minSpanMs) {
    return {
      verdict: 'insufficient-data',
      evidence: [
        `${inWindow.length} samples over ${humanMinutes(spanMs / MINUTE)}: a forecast needs at least ${minSamples} over ${humanMinutes(minSpanMs / MINUTE)}`,
      ],
    };
  }
  const gaps = inWindow.slice(1).map((s, i) => s.atMs - (inWindow[i] as TrendSample).atMs);
  const bucketMs = Math.max(median(gaps) || MINUTE, spanMs / MAX_BUCKETS);
  let fit = fitWindow(clean, fromMs, endMs, bucketMs);
  let fitSpanMs = spanMs;
  // A longer window halves the noise in the slope, as long as it tells the same story: when its
  // slope agrees with the recent one within two standard errors, the trend is older than the window.
  const longMs = (options.longFitWindowMinutes ?? 720) * MINUTE;
  if (longMs > windowMs && first.atMs <= endMs - longMs) {
    const long = fitWindow(clean, endMs - longMs, endMs, Math.max(bucketMs, longMs / MAX_BUCKETS));
    const standardError = (Math.max(fit.spread, 1e-9) * Math.sqrt(12 / Math.max(1, fit.points))) / spanMs;
    if (Math.abs(long.slope - fit.slope) <= 2 * standardError) {
      fit = long;
      fitSpanMs = longMs;
    }
  }
  const recent = clean.slice(-Math.max(5, valuesBetween(clean, endMs - 15 * MINUTE, endMs).length));
  const recentValues = recent.map((s) => s.value);
  const recentLevel = median(recentValues);
  // The line's end, unless the last minutes stand clearly above it: a leak that just took a step.
  const recentError = (3 * 1.25 * robustSpread(recentValues)) / Math.sqrt(recentValues.length);
  const stepped = recentLevel > fit.lineEnd + recentError;
  const level = fit.slope > 0 ? (stepped ? recentLevel : fit.lineEnd) : recentLevel;
  const percent = (v: number) => `${Math.round((100 * v) / limit)}%`;
  const levelSentence = `now ${fmt(level)} of a ${fmt(limit)} limit (${percent(level)})`;
  if (level >= limit) return { verdict: 'at-limit', evidence: [levelSentence] };

  const rise = fit.slope * fitSpanMs;
  const noise = Math.max(fit.spread, Math.abs(level) * 1e-9);
  const riseSentence = `changed by ${fmt(rise)} over the last ${humanMinutes(fitSpanMs / MINUTE)} (robust slope ${fmt(fit.slope * HOUR)}/h over ${fit.points} points, ${Math.round(((fit.consistency + 1) / 2) * 100)}% of pairs rising), against a spread of ±${fmt(noise)}`;
  const dayHistory = first.atMs <= fromMs - DAY;
  const minConsistency = options.minConsistency ?? (dayHistory ? 0.3 : 0.5);
  // The rise against the standard error a line fitted on this many points would have (t-statistic),
  // and at least one spread: a trend must be certain and visible.
  const tStat = (Math.abs(rise) / noise) * Math.sqrt(fit.points / 12);
  if (tStat < significance || Math.abs(rise) < noise || Math.abs(fit.consistency) < minConsistency) {
    return { verdict: 'steady', evidence: [riseSentence, `no trend beyond the noise; ${levelSentence}`] };
  }
  if (fit.slope < 0) return { verdict: 'falling', evidence: [riseSentence, levelSentence] };

  const [m1, m2, m3] = fit.thirds;
  if (!(m2 > m1 && m3 > m2)) {
    return {
      verdict: 'steady',
      evidence: [
        riseSentence,
        `not rising through the whole window (medians of its thirds ${fmt(m1)}, ${fmt(m2)}, ${fmt(m3)})`,
      ],
    };
  }
  if (!dayHistory) {
    // Without yesterday a daily cycle's upswing can only be told by its bend: growth must keep
    // its pace, the second half of the window rising no more than twice as fast as the first, or half.
    const midMs = fromMs + spanMs / 2;
    const early = fitWindow(clean, fromMs, midMs, bucketMs).slope;
    const late = fitWindow(clean, midMs, endMs, bucketMs).slope;
    if (!(early > 0 && late > 0 && late / early <= 2 && early / late <= 2)) {
      return {
        verdict: 'steady',
        evidence: [
          riseSentence,
          `no day of history, and the pace changed from ${fmt(early * HOUR)}/h to ${fmt(late * HOUR)}/h within the window: maybe a daily cycle`,
        ],
      };
    }
  }

  let slope = fit.slope;
  const evidence = [riseSentence];
  if (dayHistory) {
    // The same hours a day earlier carry the daily cycle's slope; the change over a whole day does not.
    const yesterday = fitWindow(clean, fromMs - DAY, endMs - DAY, bucketMs);
    const hourNow = median(valuesBetween(clean, endMs - HOUR, endMs));
    const hourBefore = median(valuesBetween(clean, endMs - DAY - HOUR, endMs - DAY));
    const dayRise = hourNow - hourBefore;
    // Growth under a cycle: the window's slope less yesterday's same hours, plus the day's change.
    // A leak younger than a day shows in the first, a steady one (through the noise) in the second.
    const adjusted = fit.slope - yesterday.slope + dayRise / DAY;
    slope = Math.min(fit.slope, Math.max(adjusted, dayRise / DAY));
    const daySentence = `${fmt(dayRise)} above the same hour yesterday; the same hours yesterday changed by ${fmt(yesterday.slope * spanMs)}`;
    const adjustedT = ((slope * fitSpanMs) / noise) * Math.sqrt(fit.points / 12);
    if (!(dayRise > 2 * noise) || adjustedT < significance) {
      return { verdict: 'steady', evidence: [riseSentence, `${daySentence}: a daily cycle, not growth`] };
    }
    evidence.push(daySentence);
  }
  const minutesToLimit = (limit - level) / (slope * MINUTE);
  evidence.push(
    levelSentence,
    `at ${fmt(slope * HOUR)}/h the limit is reached in about ${humanMinutes(minutesToLimit)}`,
  );
  return { verdict: 'rising', minutesToLimit, slopePerHour: slope * HOUR, level, evidence };
}
