export { readClusterInventory } from './cluster-inventory.ts';
export { readManifestInventory } from './manifests.ts';
export { inventoryOfObjects } from './object-inventory.ts';
export { evaluatePodSecurity } from './pss/registry.ts';
export { formatScanSummary, scanResultJson } from './report.ts';
export { scanInventory } from './scan.ts';
