import type { HeldOutCase } from './case.ts';
import { APP_CASES } from './cases-apps.ts';
import { FRESH_CASES } from './cases-fresh.ts';
import { PLATFORM_CASES } from './cases-platform.ts';

export type { HeldOutCase } from './case.ts';
export { type HeldOutResult, runHeldOutCase } from './run.ts';

/**
 * The held-out failure set: written from public issue trackers and documentation, with other
 * software and wording than the catalog's own samples (`catalog/samples.ts`); never used to write
 * patterns. `npm run bench -- heldout` scores the catalog on it.
 */
export const HELD_OUT_CASES: readonly HeldOutCase[] = [...APP_CASES, ...PLATFORM_CASES, ...FRESH_CASES];

/**
 * The batches, reported apart: `first` was written before the issue-14 patterns (which were then
 * written with it in view), `fresh` after them and never used to tune them.
 */
export const HELD_OUT_BATCHES: Readonly<Record<'first' | 'fresh', readonly HeldOutCase[]>> = {
  first: [...APP_CASES, ...PLATFORM_CASES],
  fresh: FRESH_CASES,
};
