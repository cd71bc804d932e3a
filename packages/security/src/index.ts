export type { PssLevel } from './pss/check.ts';
export type { PssCheckId, PssViolation } from './pss/registry.ts';
export { evaluatePodSecurity, PSS_CHECKS, PSS_POLICY_VERSION } from './pss/registry.ts';
