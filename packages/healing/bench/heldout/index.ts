import type { HeldOutCase } from './case.ts';
import { APP_CASES } from './cases-apps.ts';
import { PLATFORM_CASES } from './cases-platform.ts';

export type { HeldOutCase } from './case.ts';
export { type HeldOutResult, runHeldOutCase } from './run.ts';

/**
 * The held-out failure set: written from public issue trackers and documentation, with other
 * software and wording than the catalog's own samples (`catalog/samples.ts`); never used to write
 * patterns. `npm run bench -- heldout` scores the catalog on it.
 */
export const HELD_OUT_CASES: readonly HeldOutCase[] = [...APP_CASES, ...PLATFORM_CASES];
