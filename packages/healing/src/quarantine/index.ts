export type { QuarantineDeps, QuarantineRequest, QuarantineResult } from './quarantine.ts';
export { quarantineResolvedFinding } from './quarantine.ts';
