import {
  maxUnavailableFullOutage,
  pdbBlocksDrain,
  pdbSelectsNothing,
  spreadMissing,
} from './availability.ts';
import type { CheckSpec } from './check.ts';
import { imageTagMutable, pullAlwaysMutableTag } from './images.ts';
import {
  livenessProbeMissing,
  probeTimeoutTooLong,
  readinessProbeMissing,
  startupProbeMissing,
} from './probes.ts';
import { resourcesMissing } from './resources.ts';

/** Every check, once; a new one is its module and a line here. */
export const CHECKS: readonly CheckSpec[] = [
  readinessProbeMissing,
  livenessProbeMissing,
  startupProbeMissing,
  probeTimeoutTooLong,
  resourcesMissing,
  imageTagMutable,
  pullAlwaysMutableTag,
  pdbBlocksDrain,
  pdbSelectsNothing,
  maxUnavailableFullOutage,
  spreadMissing,
];
