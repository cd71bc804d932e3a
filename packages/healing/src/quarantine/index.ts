export {
  detectEnforcement,
  type NetworkPolicyEnforcement,
  networkPolicyEnforcement,
  QUARANTINE_LABEL,
  quarantinePolicyName,
} from '../actions/quarantine-isolation.ts';
export type { QuarantineDeps, QuarantineRequest, QuarantineResult } from './quarantine.ts';
export { quarantineIncidentId, quarantineResolvedFinding } from './quarantine.ts';
