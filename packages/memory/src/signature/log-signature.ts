import { createHash } from 'node:crypto';
import { redactText } from '@sre-agent/core';
import { fingerprintLog, type ProblemFingerprint } from './fingerprint.ts';
import { mineTemplates } from './miner.ts';

/** The template and signature id of one input line. */
export type LineSignature = { line: number; signature: string; template: string };

const templateId = (template: string) =>
  `sig-${createHash('sha256').update(template).digest('hex').slice(0, 16)}`;

/**
 * Mines templates over a whole log (so values that vary between lines are recognised even where
 * masking alone misses them) and returns each line's template and a stable signature id: the same
 * template always gets the same id, in any file. Lines are redacted first.
 */
export function lineSignatures(lines: readonly string[]): LineSignature[] {
  const mined = mineTemplates(lines.map((l) => redactText(l)));
  return mined.map((m, i) => ({ line: i + 1, signature: templateId(m.template), template: m.template }));
}

/**
 * The problem signature of a log excerpt: its identity lines (the error's own text, masked), the
 * supporting lines and a stable `sig-…` id. Redacts first.
 * @example
 * logSignature(podLog).signature // 'sig-3f9c0a…' for every recurrence of the same error
 */
export function logSignature(text: string): ProblemFingerprint {
  return fingerprintLog(redactText(text));
}
