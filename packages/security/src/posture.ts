/**
 * `@sre-agent/security/posture`: the posture scan of a cluster without Secret values, for functions
 * that answer `/sre security` and must not carry the weak-secret dictionaries (the worker).
 */
export { readClusterInventory } from './cluster-inventory.ts';
export { scanPosture } from './posture-scan.ts';
export { formatScanSummary } from './report.ts';
export { findingsOutside, withholdNamespaces } from './withhold.ts';
