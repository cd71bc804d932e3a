import type { UntrustedPattern } from '@sre-agent/core';
import { FINGERPRINT_PATTERNS } from './fingerprint.ts';
import { LINE_PATTERNS } from './lines.ts';
import { MASK_PATTERNS } from './mask.ts';
import { MINER_PATTERNS } from './miner.ts';

/**
 * Every regex that incident memory runs on untrusted text (log lines, their masks and words): the
 * list the adversarial-input test and the regex benchmark run.
 */
export const SIGNATURE_PATTERNS: readonly UntrustedPattern[] = [
  ...MASK_PATTERNS,
  ...LINE_PATTERNS,
  ...FINGERPRINT_PATTERNS,
  ...MINER_PATTERNS,
];
