export type { QuarantineDeps, QuarantineResult } from './quarantine.ts';
export { quarantineResolvedFinding } from './quarantine.ts';
