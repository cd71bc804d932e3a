import { describe, expect, it } from 'vitest';
import { theilSen } from './theil-sen.ts';

describe('theilSen', () => {
  it('finds the slope of a line despite a few outliers and gaps', () => {
    const ys: (number | null)[] = Array.from({ length: 50 }, (_, x) => 10 + 2 * x);
    ys[10] = 1000;
    ys[20] = null;
    ys[30] = -500;
    const trend = theilSen(ys);
    expect(trend.slope).toBeCloseTo(2, 5);
    expect(trend.consistency).toBeGreaterThan(0.8);
    expect(trend.points).toBe(49);
  });

  it('reports no direction for a flat or periodic series', () => {
    const daily = Array.from({ length: 168 }, (_, h) => 100 + 20 * Math.sin((2 * Math.PI * h) / 24));
    const trend = theilSen(daily);
    expect(Math.abs(trend.slope)).toBeLessThan(0.1);
    expect(Math.abs(trend.consistency)).toBeLessThan(0.1);
    expect(theilSen([null, 3]).slope).toBe(0);
  });
});
