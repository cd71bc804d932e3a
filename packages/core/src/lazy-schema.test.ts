import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0;
    const Schema = lazySchema(() => {
      builds += 1;
      return z.strictObject({ name: z.string().min(1) });
    });

    expect(builds).toBe(0);
    expect(Schema.parse({ name: 'a' })).toEqual({ name: 'a' });
    expect(Schema.safeParse({ name: '' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('validates exactly as the schema it stands for, errors included', () => {
    const build = () => z.strictObject({ n: z.number().int().max(3), at: z.iso.datetime({ offset: true }) });
    const eager = build();
    const lazy = lazySchema(build);

    for (const input of [
      { n: 1, at: '2026-01-01T00:00:00Z' },
      { n: 9, at: 'x' },
      { n: 1, at: 'x', extra: 1 },
      null,
    ]) {
      const a = eager.safeParse(input);
      const b = lazy.safeParse(input);
      expect(b.success).toBe(a.success);
      expect(b.success ? b.data : z.prettifyError(b.error)).toEqual(
        a.success ? a.data : z.prettifyError(a.error),
      );
    }
  });

  it('composes into other schemas, eager or lazy, and derives like the schema (optional, shape, extend)', () => {
    const Mode = lazySchema(() => z.enum(['observe', 'auto']));
    const Cluster = lazySchema(() =>
      z.strictObject({ mode: Mode.default('observe'), tags: z.array(Mode).optional() }),
    );
    const Config = z.strictObject({ clusters: z.array(Cluster).default([]) });

    expect(Config.parse({ clusters: [{}] })).toEqual({ clusters: [{ mode: 'observe' }] });
    expect(Config.safeParse({ clusters: [{ mode: 'x' }] }).success).toBe(false);
    expect(Cluster.shape.mode.parse(undefined)).toBe('observe');
    expect(Cluster.extend({ name: z.string() }).parse({ name: 'a' })).toEqual({ name: 'a', mode: 'observe' });
    expect(Mode.optional().parse(undefined)).toBeUndefined();
    expect(Mode.options).toEqual(['observe', 'auto']);
  });

  it('is an instance of its schema class and reads the same methods each time', () => {
    const Schema = lazySchema(() => z.string());

    expect(Schema instanceof z.ZodString).toBe(true);
    expect(Schema instanceof z.ZodType).toBe(true);
    expect(Schema.parse).toBe(Schema.parse);
  });

  it('gives the same JSON Schema', () => {
    const build = () => z.strictObject({ a: z.string().max(5), b: z.array(z.number()).optional() });

    expect(z.toJSONSchema(lazySchema(build))).toEqual(z.toJSONSchema(build()));
  });
});
