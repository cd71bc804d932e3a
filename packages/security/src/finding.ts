import * as z from 'zod';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** One posture problem of one object (and container), as `security scan --json` prints it. */
export const FindingSchema = z.strictObject({
  /** The check: a Pod Security Standards check name (`privileged`) or one of ours (`sensitiveHostPath`). */
  id: z.string().min(1).max(64),
  severity: SeveritySchema,
  namespace: z.string().max(253),
  kind: z.string().min(1).max(64),
  name: z.string().min(1).max(253),
  container: z.string().max(253).optional(),
  /** The Secret key (and field inside it: `config.json.db.password`, `.env:DB_PASSWORD`) a finding is about. */
  key: z.string().max(512).optional(),
  message: z.string().max(2048),
  fix: z.string().max(1024).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Where a finding points: the object (and container) it is about. */
export type FindingTarget = Pick<Finding, 'namespace' | 'kind' | 'name'>;

/** One finding per check, object, container and Secret key. */
export function findingKey(f: Finding): string {
  return [f.id, f.namespace, f.kind, f.name, f.container ?? '', f.key ?? ''].join('\u0000');
}

/** Most severe first, then by place, so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.namespace.localeCompare(b.namespace) ||
    a.kind.localeCompare(b.kind) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id) ||
    (a.container ?? '').localeCompare(b.container ?? '') ||
    (a.key ?? '').localeCompare(b.key ?? '')
  );
}
