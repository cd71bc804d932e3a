import { describe, expect, it } from 'vitest';
import { compileFilter, matchesFilter } from './metadata-filter.ts';
import type { Metadata } from './vector-index.ts';

describe('compileFilter', () => {
  const records: Metadata[] = [
    { kind: 'incident', n: 1, tags: ['a', 'b'] },
    { kind: 'note', n: 5 },
    { kind: 'incident', n: 9, tags: ['c'] },
  ];
  const filters = [
    { kind: 'incident' },
    { kind: 'incident', n: 9 },
    { tags: 'a' },
    { n: { $gt: 1 } },
    { $or: [{ kind: 'note' }, { tags: { $in: ['c'] } }] },
    { tags: { $exists: false } },
  ];

  it('agrees with matchesFilter on every record', () => {
    for (const filter of filters) {
      const compiled = compileFilter(filter);
      for (const record of records) expect(compiled(record)).toBe(matchesFilter(record, filter));
    }
  });

  it('rejects an unknown operator before any record is checked', () => {
    expect(() => compileFilter({ n: { $regex: 'x' } })).toThrow(
      /unsupported metadata filter operator \$regex/,
    );
  });
});
