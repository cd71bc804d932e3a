export type { AdversarialShape, PatternTiming } from './adversarial-regex.ts';
export { materialise, timePatterns } from './adversarial-regex.ts';
export { scratchDir } from './scratch-dir.ts';
export type { TestBinary, TestBinaryName } from './test-binaries.ts';
export { findOnPath, TEST_BINARIES, testBinary } from './test-binaries.ts';
export { describeUntrustedPatterns } from './untrusted-pattern-suite.ts';
