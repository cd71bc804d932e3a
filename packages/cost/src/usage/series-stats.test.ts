import { describe, expect, it } from 'vitest';
import { cpuRatePerMinute, hourlyMaxima, quantile } from './series-stats.ts';

describe('quantile', () => {
  it('interpolates between closest ranks as Prometheus does', () => {
    // Prometheus: quantile(0.9, 1..5) = rank 3.6 → 4 + 0.6 × 1 = 4.6
    expect(quantile([5, 1, 3, 2, 4], 0.9)).toBeCloseTo(4.6);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3], 1)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('cpuRatePerMinute', () => {
  it('averages the four whole minutes a 5-minute rate sees between half-minute scrapes', () => {
    const rates = cpuRatePerMinute([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rates.slice(0, 5)).toEqual([null, null, null, null, null]);
    // minute 5: usage[0..3] → 2.5; minute 6: usage[1..4] → 3.5
    expect(rates[5]).toBeCloseTo(2.5);
    expect(rates[6]).toBeCloseTo(3.5);
    expect(rates[7]).toBeCloseTo(4.5);
    expect(rates[8]).toBeCloseTo(5.5);
    expect(rates).toHaveLength(9);
  });
});

describe('hourlyMaxima', () => {
  it('takes the highest present sample of each hour and null for an hour without data', () => {
    const minutes: (number | null)[] = [
      ...Array.from({ length: 60 }, (_, i) => i),
      ...Array(60).fill(null),
      7,
    ];
    expect(hourlyMaxima(minutes)).toEqual([59, null, 7]);
  });
});
