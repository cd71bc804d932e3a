export { readClusterInventory } from './cluster-inventory.ts';
export { digestIsDue, securityDigestNotification, type TrackedScan } from './digest.ts';
export { readManifestInventory } from './manifests.ts';
export { inventoryOfObjects } from './object-inventory.ts';
export { evaluatePodSecurity } from './pss/registry.ts';
export { formatScanSummary, formatTracking, scanResultJson } from './report.ts';
export { scanInventory } from './scan.ts';
export { closingsOf, type ScanCoverage } from './tracking.ts';
export { findingsOutside, withholdNamespaces } from './withhold.ts';
