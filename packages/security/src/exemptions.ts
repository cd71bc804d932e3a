import { EXEMPT_ANNOTATION } from './pss/pod-spec-schema.ts';

/**
 * Exemptions by annotation: `sre-agent.io/exempt: "<check>[,<check>...]: <reason>[; ...]"` on a
 * workload, a bare pod or a namespace (then for everything in it). `*` names every check. A
 * reason is required: an entry without one exempts nothing and is reported.
 *
 * @example
 * metadata:
 *   annotations:
 *     sre-agent.io/exempt: "hostNamespaces,hostPorts: the CNI agent runs in the host network; sensitiveHostPath: reads /var/log"
 */
export type Exemption = { checks: ReadonlySet<string>; reason: string };

export type ExemptionParse = { exemptions: Exemption[]; problems: string[] };

const MAX_ENTRIES = 32;

/** Parses the annotation value (already bounded by the schema) with plain splits: no regex meets it. */
export function parseExemptions(value: string | undefined): ExemptionParse {
  const result: ExemptionParse = { exemptions: [], problems: [] };
  if (value === undefined) return result;
  for (const entry of value.split(';').slice(0, MAX_ENTRIES)) {
    if (entry.trim() === '') continue;
    const colon = entry.indexOf(':');
    const reason = colon < 0 ? '' : entry.slice(colon + 1).trim();
    const checks = (colon < 0 ? entry : entry.slice(0, colon))
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (checks.length === 0 || reason === '') {
      result.problems.push(`"${entry.trim().slice(0, 80)}" needs "<check>[,<check>]: <reason>"`);
      continue;
    }
    result.exemptions.push({ checks: new Set(checks), reason: reason.slice(0, 512) });
  }
  return result;
}

/** The exemption that covers a check, if any. */
export function exemptionFor(exemptions: readonly Exemption[], check: string): Exemption | undefined {
  return exemptions.find((e) => e.checks.has(check) || e.checks.has('*'));
}

export function exemptionAnnotation(annotations: Readonly<Record<string, string>>): string | undefined {
  return annotations[EXEMPT_ANNOTATION];
}
