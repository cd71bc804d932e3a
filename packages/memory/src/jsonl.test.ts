import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { jsonlError, parseJsonl } from './jsonl.ts';

const Schema = z.object({ id: z.string() });

describe('parseJsonl', () => {
  it('parses good lines, skips blank ones and names each bad line', () => {
    const { values, problems } = parseJsonl('{"id":"a","extra":1}\n\nnot json\n{"id":3}\n', Schema);
    expect(values).toEqual([{ line: 1, value: { id: 'a' } }]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(jsonlError('past.jsonl', problems).message).toMatch(
      /2 bad lines in past.jsonl:\n {2}past.jsonl:3: not JSON/,
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { values, problems } = parseJsonl(text, Schema);
        expect(values.length + problems.length).toBeLessThanOrEqual(text.split('\n').length);
      }),
    );
  });
});
