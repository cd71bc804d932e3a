import { ValidationError } from '@sre-agent/core';
import * as z from 'zod';

export type JsonlLine<T> = { line: number; value: T };
export type JsonlProblem = { line: number; message: string };

/**
 * Parses JSON lines with a schema. Blank lines are skipped; each bad line is reported with its
 * number and what is wrong, so a caller can refuse the whole file before changing anything.
 */
export function parseJsonl<T>(
  text: string,
  schema: z.ZodType<T>,
): { values: JsonlLine<T>[]; problems: JsonlProblem[] } {
  const values: JsonlLine<T>[] = [];
  const problems: JsonlProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({
        line,
        message: `not JSON (${error instanceof Error ? error.message : String(error)})`,
      });
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) values.push({ line, value: parsed.data });
    else problems.push({ line, message: z.prettifyError(parsed.error).replace(/\n\s*/g, '; ') });
  });
  return { values, problems };
}

/** A ValidationError that names the first bad lines of `file`. */
export function jsonlError(file: string, problems: readonly JsonlProblem[]): ValidationError {
  const shown = problems.slice(0, 10).map((p) => `${file}:${p.line}: ${p.message}`);
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return new ValidationError(
    `${problems.length} bad line${problems.length === 1 ? '' : 's'} in ${file}${more}:\n  ${shown.join('\n  ')}`,
    shown,
  );
}
