import { REDACTED } from '@sre-agent/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundJson, sanitiseJson } from './bounded-json.ts';

describe('sanitiseJson', () => {
  it('redacts secrets in every string and caps strings, arrays and depth', () => {
    const value = sanitiseJson(
      {
        log: 'connecting to postgres://orders:Zx9-hunter2-Qp7@db:5432/orders',
        lines: Array.from({ length: 150 }, (_, i) => `line ${i}`),
        long: 'x'.repeat(5000),
        deep: { a: { b: { c: { d: { e: { f: { g: { h: { i: 'too deep' } } } } } } } } },
      },
      { maxString: 100 },
    ) as { log: string; lines: string[]; long: string; deep: unknown };

    expect(value.log).toBe('connecting to postgres://orders:[REDACTED]@db:5432/orders');
    expect(value.lines).toHaveLength(101);
    expect(value.lines.at(-1)).toBe('… 50 more');
    expect(value.long).toHaveLength(101);
    expect(JSON.stringify(value.deep)).not.toContain('too deep');
  });

  it('withholds the values of secret-named keys and secret-named env vars, at any depth', () => {
    const value = sanitiseJson({
      password: 'hunter2secret',
      labels: { 'db-password': 'x', app: 'web' },
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      clientSecret: ['tok-one-1234', 'tok-two-5678'],
      pin: { dbPassword: 12345678 },
      env: [
        { name: 'DB_PASSWORD', value: 'Zx9-hunter2-Qp7' },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
      automountServiceAccountToken: false,
      emptyPassword: '',
    });
    expect(value).toEqual({
      password: REDACTED,
      labels: { 'db-password': REDACTED, app: 'web' },
      AWS_SECRET_ACCESS_KEY: REDACTED,
      clientSecret: [REDACTED, REDACTED],
      pin: { dbPassword: REDACTED },
      env: [
        { name: 'DB_PASSWORD', value: REDACTED },
        { name: 'LOG_LEVEL', value: 'debug' },
      ],
      automountServiceAccountToken: false,
      emptyPassword: '',
    });
    const text = JSON.stringify(value);
    for (const secret of ['hunter2secret', 'wJalrXUtnFEMI', 'tok-one', '12345678', 'Zx9-hunter2-Qp7'])
      expect(text).not.toContain(secret);
  });

  it('keeps any input within its bound once passed through boundJson', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 500, max: 4000 }), (json, max) => {
        const bounded = boundJson(sanitiseJson(json), max);
        // The truncation wrapper adds a few dozen characters of its own.
        expect(JSON.stringify(bounded).length).toBeLessThanOrEqual(max * 1.2 + 100);
      }),
    );
  });
});
