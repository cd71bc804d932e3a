import { describe, expect, it } from 'vitest';
import type { UntrustedPattern } from '../untrusted-pattern.ts';
import { type AdversarialShape, type PatternTiming, timePatterns } from './adversarial-regex.ts';

export type UntrustedPatternSuiteOptions = {
  /** Worst time allowed for one adversarial 2 KB input (ms); generous, the target is 5 ms. */
  smallBudgetMs?: number;
  /** Worst time allowed for one adversarial 100 KB input (ms). */
  largeBudgetMs?: number;
  /** When a pattern counts as hung: one input has run this long (ms); its worker is stopped. */
  timeoutMs?: number;
};

const SMALL = 2 * 1024;
const LARGE = 100 * 1024;

const explain = (t: PatternTiming) =>
  `${t.name}: ${t.timedOut ? 'did not finish (catastrophic backtracking)' : `${t.worstMs.toFixed(1)} ms`} on ${t.length} chars of ${t.worst.label}`;

/**
 * Runs every listed regex on adversarial inputs built from its own characters and words (2 KB),
 * then its slowest shapes again at 100 KB, in a worker that is stopped when a regex hangs; fails
 * naming each pattern over budget and the input that made it slow.
 * @example
 * describeUntrustedPatterns('redaction', REDACTION_PATTERNS);
 */
export function describeUntrustedPatterns(
  label: string,
  patterns: readonly UntrustedPattern[],
  options: UntrustedPatternSuiteOptions = {},
): void {
  const small = options.smallBudgetMs ?? 50;
  const large = options.largeBudgetMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 3_000;
  describe(`untrusted-text regexes: ${label}`, () => {
    const slowest = new Map<string, readonly AdversarialShape[]>();

    it('names each pattern once', () => {
      const names = patterns.map((p) => p.name);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });

    it(`finishes every adversarial 2 KB input within ${small} ms`, async () => {
      const timings = await timePatterns(patterns, { length: SMALL, timeoutMs });
      for (const t of timings) slowest.set(t.name, t.slowest);
      expect(timings.filter((t) => t.timedOut || t.worstMs > small).map(explain)).toEqual([]);
    }, 120_000);

    it(`grows linearly: the slowest shapes at 100 KB finish within ${large} ms`, async () => {
      expect(slowest.size, 'the 2 KB run comes first').toBe(patterns.length);
      const timings = await timePatterns(patterns, {
        length: LARGE,
        timeoutMs,
        shapes: (p) => slowest.get(p.name) ?? [],
      });
      expect(timings.filter((t) => t.timedOut || t.worstMs > large).map(explain)).toEqual([]);
    }, 120_000);
  });
}
