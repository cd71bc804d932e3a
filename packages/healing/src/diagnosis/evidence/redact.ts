import { redactValue } from '@sre-agent/core';
import { capLine, MAX_EVIDENCE_LINE_CHARS } from './bound-text.ts';
import type { Evidence, RedactedEvidence } from './schema.ts';

/**
 * Returns a copy of the evidence with secrets removed from every string (log tails, messages,
 * describe text, ...) by core's `redactValue`/`redactText`. Idempotent.
 */
export function redactEvidence(evidence: Evidence): RedactedEvidence {
  // Overlong lines are shortened first: they carry little meaning and would make redaction slow
  // (its key=value rule costs quadratic time in the length of a run of word characters).
  const copy = redactValue(capStrings(structuredClone(evidence)));
  return { ...copy, redacted: true };
}

function capLines(text: string): string {
  return text.length <= MAX_EVIDENCE_LINE_CHARS
    ? text
    : text
        .split('\n')
        .map((l) => capLine(l))
        .join('\n');
}

function capStrings<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return capLines(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
