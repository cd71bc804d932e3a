import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMemoryQuantity, parseQuantity } from './quantity.ts';

describe('parseQuantity', () => {
  it('reads binary, decimal and plain quantities', () => {
    expect(parseQuantity('512Mi')).toBe(512 * 2 ** 20);
    expect(parseQuantity('1Gi')).toBe(2 ** 30);
    expect(parseQuantity('500M')).toBe(500e6);
    expect(parseQuantity('536870912')).toBe(536870912);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('1e9')).toBe(1e9);
  });

  it('rejects what is not a quantity', () => {
    for (const bad of ['', 'Mi', '12 Mi', '-1Gi', '1Xi', 'lots']) expect(parseQuantity(bad)).toBeUndefined();
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseQuantity(s);
        expect(v === undefined || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('formatMemoryQuantity', () => {
  it('writes whole Gi when exact and whole Mi otherwise, rounding down', () => {
    expect(formatMemoryQuantity(2 ** 30)).toBe('1Gi');
    expect(formatMemoryQuantity(Math.floor(512 * 2 ** 20 * 1.2))).toBe('614Mi');
  });

  it('round-trips Mi quantities', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (mi) => {
        expect(parseQuantity(formatMemoryQuantity(mi * 2 ** 20))).toBe(mi * 2 ** 20);
      }),
    );
  });
});
