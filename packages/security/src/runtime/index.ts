export { FalcoAlertSchema, parseFalcoAlert } from './falco.ts';
export type { ResolvedPod } from './parse-finding.ts';
export { parseRuntimeFindings, resolveFindingPod } from './parse-finding.ts';
export type { RuntimeFinding } from './runtime-finding.ts';
export { quarantines, RuntimeFindingSchema } from './runtime-finding.ts';
