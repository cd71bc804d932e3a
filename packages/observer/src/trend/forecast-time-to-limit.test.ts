import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERIES_SHAPES, seriesSamples, syntheticSeries } from '../testing/index.ts';
import { forecastTimeToLimit } from './forecast-time-to-limit.ts';

const END = Date.parse('2026-03-04T12:00:00Z');
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('forecastTimeToLimit', () => {
  it.each(['linear', 'stepwise', 'noisy-growth'] as const)(
    'forecasts the time to the limit of %s growth within a fifth of the truth',
    (shape) => {
      for (const seed of SEEDS) {
        const series = syntheticSeries({ shape, seed });
        const verdict = forecastTimeToLimit(seriesSamples(series, END), series.limit);
        expect(verdict.verdict, `seed ${seed}: ${verdict.evidence.join('; ')}`).toBe('rising');
        if (verdict.verdict !== 'rising') continue;
        const truth = series.truthMinutes as number;
        expect(Math.abs(verdict.minutesToLimit - truth) / truth, `seed ${seed}`).toBeLessThan(0.2);
      }
    },
  );

  it.each(['steady', 'diurnal'] as const)('never calls a %s series rising', (shape) => {
    for (const seed of SEEDS) {
      const series = syntheticSeries({ shape, seed });
      const verdict = forecastTimeToLimit(seriesSamples(series, END), series.limit);
      expect(verdict.verdict, `seed ${seed}: ${verdict.evidence.join('; ')}`).not.toBe('rising');
    }
  });

  it('refuses the bending upswing of a daily cycle when there is no day of history', () => {
    // Six hours from a trough: the pace quickens through the window, as no steady leak does.
    const samples = Array.from({ length: 361 }, (_, k) => ({
      atMs: END - (360 - k) * 60_000,
      value: 300 + 100 * (0.5 - 0.5 * Math.cos((2 * Math.PI * k) / 1440)),
    }));
    const verdict = forecastTimeToLimit(samples, 400);
    expect(verdict.verdict).toBe('steady');
    expect(verdict.evidence.join(' ')).toContain('no day of history');
  });

  it('tells the same upswing from growth by the day before when it has one', () => {
    for (const seed of SEEDS) {
      const series = syntheticSeries({ shape: 'diurnal', seed });
      const verdict = forecastTimeToLimit(seriesSamples(series, END), series.limit);
      expect(verdict.verdict, `seed ${seed}`).toBe('steady');
      expect(verdict.evidence.join(' '), `seed ${seed}`).toContain('a daily cycle, not growth');
    }
  });

  it('needs more than a few samples, and says so', () => {
    const verdict = forecastTimeToLimit(
      [
        { atMs: END - 60_000, value: 10 },
        { atMs: END, value: 20 },
      ],
      100,
    );
    expect(verdict).toEqual({
      verdict: 'insufficient-data',
      evidence: [expect.stringContaining('2 samples')],
    });
  });

  it('reports a series already at its limit', () => {
    const samples = Array.from({ length: 200 }, (_, k) => ({
      atMs: END - (199 - k) * 60_000,
      value: 100 + k,
    }));
    expect(forecastTimeToLimit(samples, 250).verdict).toBe('at-limit');
  });

  it('reports a falling series as falling, not rising', () => {
    const samples = Array.from({ length: 400 }, (_, k) => ({
      atMs: END - (399 - k) * 60_000,
      value: 900 - k,
    }));
    expect(forecastTimeToLimit(samples, 1000).verdict).toBe('falling');
  });

  it('ignores a single outlier at the end of a steady series', () => {
    const series = syntheticSeries({ shape: 'steady', seed: 3 });
    const samples = seriesSamples(series, END);
    (samples.at(-1) as { value: number }).value = series.limit * 0.99;
    expect(forecastTimeToLimit(samples, series.limit).verdict).toBe('steady');
  });

  it('keeps its evidence bounded and readable', () => {
    for (const shape of SERIES_SHAPES) {
      const series = syntheticSeries({ shape, seed: 1 });
      const verdict = forecastTimeToLimit(seriesSamples(series, END), series.limit, {
        format: (v) => `${Math.round(v / 2 ** 20)} MiB`,
      });
      expect(verdict.evidence.length).toBeGreaterThan(0);
      expect(verdict.evidence.length).toBeLessThanOrEqual(5);
      for (const sentence of verdict.evidence) expect(sentence.length).toBeLessThan(300);
    }
  });
});

describe('forecastTimeToLimit on any input', () => {
  it('never throws, keeps its evidence bounded and gives a finite, non-negative time when rising', () => {
    const sample = fc.record({
      atMs: fc.oneof(fc.integer({ min: END - 3 * 86_400_000, max: END }), fc.constant(Number.NaN)),
      value: fc.oneof(fc.double({ min: -1e12, max: 1e12 }), fc.constant(Number.POSITIVE_INFINITY)),
    });
    fc.assert(
      fc.property(
        fc.array(sample, { maxLength: 400 }),
        fc.double({ min: -10, max: 1e12 }),
        (samples, limit) => {
          const verdict = forecastTimeToLimit(samples, limit);
          expect(verdict.evidence.length).toBeGreaterThan(0);
          expect(verdict.evidence.length).toBeLessThanOrEqual(5);
          for (const sentence of verdict.evidence) expect(sentence.length).toBeLessThan(400);
          if (verdict.verdict === 'rising') {
            expect(Number.isFinite(verdict.minutesToLimit)).toBe(true);
            expect(verdict.minutesToLimit).toBeGreaterThanOrEqual(0);
            expect(verdict.slopePerHour).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict whatever the unit: bytes, MiB or percent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SERIES_SHAPES),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (shape, seed, scale) => {
          const series = syntheticSeries({ shape, seed, minutes: 12 * 60 });
          const samples = seriesSamples(series, END);
          const original = forecastTimeToLimit(samples, series.limit);
          const scaled = forecastTimeToLimit(
            samples.map((s) => ({ atMs: s.atMs, value: s.value * scale })),
            series.limit * scale,
          );
          expect(scaled.verdict).toBe(original.verdict);
          if (original.verdict === 'rising' && scaled.verdict === 'rising')
            expect(scaled.minutesToLimit).toBeCloseTo(original.minutesToLimit, 3);
        },
      ),
      { numRuns: 40 },
    );
  });
});
