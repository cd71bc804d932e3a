/** A robust trend: the Theil–Sen slope (median of pairwise slopes) and how consistently it points one way. */
export type Trend = {
  /** Median pairwise slope, units per x step. */
  slope: number;
  /** Share of pairs that rise minus share that fall, from -1 to 1 (Kendall's tau without ties). */
  consistency: number;
  points: number;
};

/**
 * Theil–Sen over (x, y) points with missing y skipped. A few outliers (a spike, a restart dip)
 * hardly move it, unlike least squares. O(n²) pairs: fine for the 168 hourly points of a week.
 */
export function theilSen(ys: readonly (number | null)[]): Trend {
  const points: [number, number][] = [];
  ys.forEach((y, x) => {
    if (y != null) points.push([x, y]);
  });
  const slopes: number[] = [];
  let up = 0;
  let down = 0;
  for (let i = 0; i < points.length; i++) {
    const [xi, yi] = points[i] as [number, number];
    for (let j = i + 1; j < points.length; j++) {
      const [xj, yj] = points[j] as [number, number];
      const s = (yj - yi) / (xj - xi);
      slopes.push(s);
      if (s > 0) up++;
      else if (s < 0) down++;
    }
  }
  if (slopes.length === 0) return { slope: 0, consistency: 0, points: points.length };
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  const slope =
    slopes.length % 2 === 1
      ? (slopes[mid] as number)
      : ((slopes[mid - 1] as number) + (slopes[mid] as number)) / 2;
  return { slope, consistency: (up - down) / slopes.length, points: points.length };
}
