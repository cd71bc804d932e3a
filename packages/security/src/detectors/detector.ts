import type { SecurityExemption } from '@sre-agent/core';
import type { Finding } from '../finding.ts';
import type { SecurityInventory } from '../inventory.ts';
import type { PssLevel } from '../pss/check.ts';

export type ScanOptions = {
  /** The Pod Security Standards level pods are held to; default `restricted`. */
  level: PssLevel;
  /** Exemptions by config (`security.exemptions`), beside the annotations. */
  exemptions?: readonly SecurityExemption[];
  /** The cluster scanned, for exemptions that name one. */
  cluster?: string;
};

/** One family of posture checks over the whole inventory. */
export type Detector = (inventory: SecurityInventory, options: ScanOptions) => Finding[];
