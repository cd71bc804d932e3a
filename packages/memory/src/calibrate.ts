import { entryFingerprint } from './incident-memory.ts';
import type { MemoryEntry } from './records.ts';
import {
  comparePrepared,
  type PreparedFingerprint,
  type ProblemFingerprint,
  prepareFingerprint,
  signatureOf,
} from './signature/fingerprint.ts';

export type Calibration = {
  /** Pairs of distinct stored problems: how high unrelated incidents score against each other. */
  different: { pairs: number; p95: number; max: number };
  /** Each stored problem against truncated copies of itself: how low a real recurrence can score. */
  same: { pairs: number; p05: number; min: number };
  /** Midway between the two, kept within [0.5, 0.8]. */
  suggested: number;
};

const quantile = (values: readonly number[], q: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))] as number;
};

/** Deterministic pseudo-random numbers (mulberry32), so calibration is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A recurrence as logs show it: part of the excerpt missing (tail cut, some supporting lines lost). */
function truncated(f: ProblemFingerprint, rnd: () => number): ProblemFingerprint {
  const identity = f.identity.length > 1 ? f.identity.filter((_, i) => i === 0 || rnd() < 0.5) : f.identity;
  const support = f.support.filter(() => rnd() < 0.5);
  return { ...f, identity, support, signature: signatureOf(identity) };
}

/**
 * Measures, on the stored corpus itself, how stored problems score against each other (distinct
 * entries with distinct signatures are different problems) and against truncated copies of
 * themselves, and suggests a threshold between the two.
 */
export function calibrateThreshold(
  entries: readonly MemoryEntry[],
  options: { sample?: number; seed?: number } = {},
): Calibration {
  const rnd = random(options.seed ?? 42);
  const sample =
    entries.length <= (options.sample ?? 400)
      ? entries
      : entries.filter(() => rnd() < (options.sample ?? 400) / entries.length);
  const fps = sample.map(entryFingerprint);
  const prepared = fps.map(prepareFingerprint);
  const different: number[] = [];
  const same: number[] = [];
  fps.forEach((a, i) => {
    let best = 0;
    fps.forEach((b, j) => {
      if (i !== j && a.signature !== b.signature) {
        best = Math.max(
          best,
          comparePrepared(prepared[i] as PreparedFingerprint, prepared[j] as PreparedFingerprint).score,
        );
      }
    });
    if (fps.length > 1) different.push(best);
    for (let k = 0; k < 3; k++) {
      same.push(
        comparePrepared(prepareFingerprint(truncated(a, rnd)), prepared[i] as PreparedFingerprint).score,
      );
    }
  });
  const differentMax = different.length ? Math.max(...different) : 0;
  const sameMin = same.length ? Math.min(...same) : 1;
  const p95 = quantile(different, 0.95);
  const p05 = quantile(same, 0.05);
  const suggested = Math.min(
    0.8,
    Math.max(0.5, ((Number.isNaN(p95) ? 0 : p95) + (Number.isNaN(p05) ? 1 : p05)) / 2),
  );
  return {
    different: { pairs: different.length, p95: Number.isNaN(p95) ? 0 : p95, max: differentMax },
    same: { pairs: same.length, p05: Number.isNaN(p05) ? 1 : p05, min: sameMin },
    suggested: Math.round(suggested * 1000) / 1000,
  };
}
