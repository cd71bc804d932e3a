import { createHash } from 'node:crypto';
import { redactText } from '@sre-agent/core';
import { fingerprintLog, type ProblemFingerprint } from './fingerprint.ts';
import { mineTemplates } from './miner.ts';

/** The template and signature id of one input line. */
export type LineSignature = { line: number; signature: string; template: string };

const templateId = (template: string) =>
  `sig-${createHash('sha256').update(template).digest('hex').slice(0, 16)}`;

/** Characters of a line that mining reads; the rest of a longer line does not change its template. */
export const MAX_LINE_CHARS = 4096;

function signaturesOf(lines: readonly string[], firstLine: number): LineSignature[] {
  const mined = mineTemplates(
    lines.map((l) => redactText(l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l)),
  );
  return mined.map((m, i) => ({
    line: firstLine + i,
    signature: templateId(m.template),
    template: m.template,
  }));
}

/**
 * Mines templates over a whole log (so values that vary between lines are recognised even where
 * masking alone misses them) and returns each line's template and a stable signature id: the same
 * template always gets the same id, in any file. Lines are redacted first.
 */
export function lineSignatures(lines: readonly string[]): LineSignature[] {
  return signaturesOf(lines, 1);
}

export type StreamSignatureOptions = {
  /** Lines mined together; memory grows with it, not with the input. */
  windowLines?: number;
};

/**
 * `lineSignatures` over a stream of any length in bounded memory: lines are mined in windows of
 * `windowLines` (2,000 by default, the size of a LogHub sample on which mining is measured) and each
 * window's signatures are yielded, in input order, before the next window is read.
 * @example
 * for await (const batch of streamLineSignatures(readline.createInterface({ input }))) print(batch);
 */
export async function* streamLineSignatures(
  lines: AsyncIterable<string> | Iterable<string>,
  options: StreamSignatureOptions = {},
): AsyncGenerator<LineSignature[]> {
  const windowLines = Math.max(1, options.windowLines ?? 2_000);
  let window: string[] = [];
  let firstLine = 1;
  for await (const line of lines) {
    window.push(line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line);
    if (window.length < windowLines) continue;
    yield signaturesOf(window, firstLine);
    firstLine += window.length;
    window = [];
  }
  if (window.length > 0) yield signaturesOf(window, firstLine);
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
