import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCpu, formatMemory, parseCpu, parseMemory } from './quantity.ts';

describe('quantities', () => {
  it('prints cores as millicores or whole cores, rounding up', () => {
    expect(formatCpu(0.25)).toBe('250m');
    expect(formatCpu(2)).toBe('2');
    expect(formatCpu(0.0101)).toBe('11m');
    expect(formatCpu(1.5)).toBe('1500m');
  });

  it('prints bytes as Mi or Gi, rounding up to a whole MiB', () => {
    expect(formatMemory(64 * 1024 * 1024)).toBe('64Mi');
    expect(formatMemory(2 * 1024 ** 3)).toBe('2Gi');
    expect(formatMemory(100e6)).toBe('96Mi');
  });

  it('parses what it prints back to at least the value it was given', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 64, noNaN: true }), (cores) => {
        const parsed = parseCpu(formatCpu(cores));
        expect(parsed).toBeGreaterThanOrEqual(cores - 1e-9);
        expect(parsed).toBeLessThan(cores + 0.001 + 1e-9);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (bytes) => {
        const parsed = parseMemory(formatMemory(bytes)) as number;
        expect(parsed).toBeGreaterThanOrEqual(bytes);
        expect(parsed - bytes).toBeLessThan(1024 * 1024);
      }),
    );
  });

  it('rejects text that is not a quantity', () => {
    expect(parseCpu('1 core')).toBeUndefined();
    expect(parseMemory('64MB')).toBeUndefined();
    expect(parseMemory('1G')).toBe(1e9);
  });
});
