import type { Finding } from '../finding.ts';
import type { SecurityInventory } from '../inventory.ts';
import type { PssLevel } from '../pss/check.ts';

export type ScanOptions = {
  /** The Pod Security Standards level pods are held to; default `restricted`. */
  level: PssLevel;
};

/** One family of posture checks over the whole inventory. */
export type Detector = (inventory: SecurityInventory, options: ScanOptions) => Finding[];
