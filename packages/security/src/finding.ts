import {
  SECURITY_SEVERITIES,
  type SecurityFinding,
  SecurityFindingSchema,
  type SecuritySeverity,
  securityFindingKey,
} from '@sre-agent/core';
import * as z from 'zod';

export const SEVERITIES = SECURITY_SEVERITIES;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = SecuritySeverity;

/** One posture problem of one object (and container), as `security scan --json` prints it (core's schema). */
export const FindingSchema = SecurityFindingSchema;
export type Finding = SecurityFinding;

/** Where a finding points: the object (and container) it is about. */
export type FindingTarget = Pick<Finding, 'namespace' | 'kind' | 'name'>;

/** One finding per check, object, container and Secret key. */
export function findingKey(f: Finding): string {
  return securityFindingKey(f);
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
