import type { ContainerLog } from './pod-logs.ts';

/** The lines the dump reader holds of a log: all of them, or its head and tail around a marker. */
function heldLines(log: ContainerLog): string[] {
  if (!log.skipped) {
    if (log.lines <= log.head.length) return log.head;
    return [...log.head, ...log.tail.slice(log.head.length + log.tail.length - log.lines)];
  }
  const left = log.lines - log.head.length - log.tail.length;
  return [...log.head, `… [${left} lines of this log are beyond what the dump reader keeps] …`, ...log.tail];
}

/**
 * What a dump reader answers for a log request, exactly as the API server answers `pods/log`:
 * `tailLines` first, then the *first* `limitBytes` of those lines. Diagnosis reads the newest lines
 * and the start-up error through the same requests on a dump as on a cluster
 * (`healing/src/diagnosis/evidence/read-log.ts`), so the dump must not answer differently.
 */
export function logExcerpt(log: ContainerLog, tailLines?: number, limitBytes?: number): string {
  const lines = heldLines(log);
  const window =
    tailLines !== undefined && tailLines > 0 ? lines.slice(Math.max(0, lines.length - tailLines)) : lines;
  const text = window.join('\n');
  if (limitBytes === undefined || limitBytes <= 0) return text;
  const bytes = Buffer.from(text, 'utf8');
  return bytes.length <= limitBytes ? text : bytes.subarray(0, limitBytes).toString('utf8');
}
