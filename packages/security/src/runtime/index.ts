export { falcoSeverity, parseAlertmanagerFalco, parseFalcoAlert } from './falco.ts';
export { guardDutySeverity, parseGuardDutyFinding } from './guardduty.ts';
export type { ResolvedPod } from './parse-finding.ts';
export { parseRuntimeFindings, resolveFindingPod } from './parse-finding.ts';
export type { FindingParse, RuntimeFinding, RuntimeSeverity } from './runtime-finding.ts';
export { quarantines, RuntimeFindingSchema } from './runtime-finding.ts';
