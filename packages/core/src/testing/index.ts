export type { AdversarialShape, PatternTiming } from './adversarial-regex.ts';
export { adversarialShapes, materialise, timePatterns } from './adversarial-regex.ts';
export type { BinaryLookup, TestBinary, TestBinaryName } from './test-binaries.ts';
export { findOnPath, findTestBinary, installHint, TEST_BINARIES, testBinary } from './test-binaries.ts';
export type { UntrustedPatternSuiteOptions } from './untrusted-pattern-suite.ts';
export { describeUntrustedPatterns } from './untrusted-pattern-suite.ts';
