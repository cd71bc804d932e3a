import { randomUUID } from 'node:crypto';

/** Produces unique ids; injected so tests can predict them. */
export type IdGenerator = (prefix: string) => string;

export const randomIds: IdGenerator = (prefix) => `${prefix}-${randomUUID()}`;

/** Deterministic ids for tests: `inc-1`, `inc-2`, ... per prefix. */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return (prefix) => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}-${next}`;
  };
}
