export { groupingAccuracy } from './signature/grouping-accuracy.ts';
export { MASK_RULE_NAMES, maskLine, WILDCARD } from './signature/mask.ts';
export type { MinedLine, MinerOptions } from './signature/miner.ts';
export { mineTemplates, tokenize } from './signature/miner.ts';
