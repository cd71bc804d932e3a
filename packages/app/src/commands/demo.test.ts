import { describe, expect, it } from 'vitest';
import { parseMinutes } from './demo.ts';

describe('parseMinutes', () => {
  it('reads minutes, hours and days', () => {
    expect(parseMinutes('90m')).toBe(90);
    expect(parseMinutes('6h')).toBe(360);
    expect(parseMinutes('2d')).toBe(2880);
    expect(parseMinutes('45')).toBe(45);
  });

  it('refuses what is not a positive duration', () => {
    for (const bad of ['', '0h', '-5m', '6 hours', '1.5h', 'h', '9'.repeat(40)])
      expect(parseMinutes(bad)).toBeNull();
  });
});
