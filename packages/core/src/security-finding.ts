import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** How bad a posture finding is, most severe first. */
export const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

/**
 * One posture problem of one object (and container, and Secret key), as `security scan --json`
 * prints it and the finding store keeps it. Every field is bounded: messages quote objects the
 * cluster's users wrote.
 */
export const SecurityFindingSchema = lazySchema(() =>
  z.strictObject({
    /** The check: a Pod Security Standards check name (`privileged`) or one of ours (`sensitiveHostPath`). */
    id: z.string().min(1).max(64),
    severity: z.enum(SECURITY_SEVERITIES),
    namespace: z.string().max(253),
    kind: z.string().min(1).max(64),
    name: z.string().min(1).max(253),
    container: z.string().max(253).optional(),
    /** The Secret key (and field inside it: `config.json.db.password`, `.env:DB_PASSWORD`) a finding is about. */
    key: z.string().max(512).optional(),
    message: z.string().max(2048),
    fix: z.string().max(1024).optional(),
  }),
);
export type SecurityFinding = z.infer<typeof SecurityFindingSchema>;

/**
 * The stable identity of a finding across scans: check, namespace, kind, name, container and
 * Secret key (never the message or severity, which may change while the problem stays).
 */
export function securityFindingKey(
  f: Pick<SecurityFinding, 'id' | 'namespace' | 'kind' | 'name' | 'container' | 'key'>,
): string {
  return [f.id, f.namespace, f.kind, f.name, f.container ?? '', f.key ?? ''].join('\u0000');
}
