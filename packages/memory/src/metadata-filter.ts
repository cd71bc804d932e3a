import { ValidationError } from '@sre-agent/core';
import type { Metadata, MetadataFilter, MetadataValue } from './vector-index.ts';

type Scalar = string | number | boolean;

function compare(value: MetadataValue | undefined, op: string, operand: unknown): boolean {
  const values: readonly Scalar[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  switch (op) {
    case '$eq':
      return values.some((v) => v === operand);
    case '$ne':
      return !values.some((v) => v === operand);
    case '$in':
      return Array.isArray(operand) && values.some((v) => operand.includes(v));
    case '$nin':
      return Array.isArray(operand) && !values.some((v) => operand.includes(v));
    case '$exists':
      return (value !== undefined) === Boolean(operand);
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      if (typeof value !== 'number' || typeof operand !== 'number') return false;
      if (op === '$gt') return value > operand;
      if (op === '$gte') return value >= operand;
      if (op === '$lt') return value < operand;
      return value <= operand;
    }
    default:
      throw new ValidationError(`unsupported metadata filter operator ${op}`);
  }
}

/** Whether `metadata` passes `filter`, with Pinecone's semantics (arrays match on any element). */
export function matchesFilter(metadata: Metadata, filter: MetadataFilter | undefined): boolean {
  if (!filter) return true;
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(condition)) throw new ValidationError(`${key} takes a list of filters`);
      const parts = condition as MetadataFilter[];
      const ok =
        key === '$and'
          ? parts.every((f) => matchesFilter(metadata, f))
          : parts.some((f) => matchesFilter(metadata, f));
      if (!ok) return false;
      continue;
    }
    const value = metadata[key];
    if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
      for (const [op, operand] of Object.entries(condition)) if (!compare(value, op, operand)) return false;
    } else if (!compare(value, '$eq', condition)) return false;
  }
  return true;
}

/**
 * Compiles a filter into a predicate, checking its operators once; a plain `{ field: value }`
 * equality filter (the common case) becomes a few direct comparisons per record.
 */
export function compileFilter(filter: MetadataFilter | undefined): (metadata: Metadata) => boolean {
  if (!filter) return () => true;
  matchesFilter({}, filter); // throws now on an unsupported operator, not in the middle of a scan
  const entries = Object.entries(filter);
  const simple = entries.every(
    ([key, value]) =>
      !key.startsWith('$') &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'),
  );
  if (!simple) return (metadata) => matchesFilter(metadata, filter);
  return (metadata) => {
    for (const [key, value] of entries) {
      const actual = metadata[key];
      if (actual !== value && !(Array.isArray(actual) && actual.includes(value as string))) return false;
    }
    return true;
  };
}
