import type { ScanOptions } from './detectors/detector.ts';
import { detectWeakSecrets } from './detectors/weak-secrets.ts';
import type { SecurityInventory } from './inventory.ts';
import { POSTURE_DETECTORS, type ScanResult, scanWith } from './posture-scan.ts';

export type { ExemptedFinding, ScanResult } from './posture-scan.ts';

/** Every detector of the posture scan; adding one is a module and a line here (or in POSTURE_DETECTORS). */
export const DETECTORS = { ...POSTURE_DETECTORS, weakSecrets: detectWeakSecrets } as const;

/**
 * The posture scan: every detector over the inventory, findings deduplicated (one per check,
 * object and container), exemptions applied, most severe first.
 *
 * @example
 * const { findings } = scanInventory(inventory, { level: 'restricted' });
 */
export function scanInventory(source: SecurityInventory, options: ScanOptions): ScanResult {
  return scanWith(DETECTORS, source, options);
}
