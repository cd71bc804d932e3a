export { readClusterInventory } from './cluster-inventory.ts';
export { digestIsDue, securityDigestNotification, type TrackedScan } from './digest.ts';
export { readManifestInventory } from './manifests.ts';
export { evaluatePodSecurity } from './pss/registry.ts';
export { formatScanSummary, scanResultJson } from './report.ts';
export { scanInventory } from './scan.ts';
export { closingsOf, type FindingClosing, type ScanCoverage } from './tracking.ts';
