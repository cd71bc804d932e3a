import { describe, expect, it } from 'vitest';
import { adversarialShapes, materialise, timePatterns } from './adversarial-regex.ts';

describe('adversarialShapes', () => {
  it('builds runs of the characters a regex repeats and repeats of its literal words', () => {
    const units = adversarialShapes(/ECONNREFUSED (?<host>[\w.:-]+?):5432\b/).map((s) => s.unit);
    expect(units).toContain('ECONNREFUSED ');
    expect(units).toContain(':5432');
    expect(units).toContain('.');
    expect(units).toContain('ab-c.');
  });

  it('materialises a shape at an exact length, ending in its suffix', () => {
    const text = materialise({ label: 'labels', unit: 'ab-c.', suffix: '_' }, 12);
    expect(text).toBe('ab-c.ab-c.a_');
  });
});

describe('timePatterns', () => {
  it('reports a catastrophic regex as hung, naming the input, once its timeout has passed', async () => {
    const started = performance.now();
    const [nested, linear] = await timePatterns(
      [
        { name: 'nested', pattern: /^(?:a+)+$/ },
        { name: 'linear', pattern: /x/g },
      ],
      { length: 2048, timeoutMs: 1_000 },
    );
    expect(nested).toMatchObject({ name: 'nested', timedOut: true, worstMs: Number.POSITIVE_INFINITY });
    expect(nested?.worst.unit).toMatch(/a/);
    // The worker that hung is replaced: the next pattern is timed as usual.
    expect(linear).toMatchObject({ name: 'linear', timedOut: false });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('hands a pattern no more than the input its call site allows', async () => {
    const [timing] = await timePatterns([{ name: 'capped', pattern: /x/, maxInput: 100 }], {
      length: 100_000,
      timeoutMs: 2_000,
    });
    expect(timing?.length).toBe(100);
  });
});
