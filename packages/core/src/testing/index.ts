export { materialise } from './adversarial-regex.ts';
export type { TestBinary, TestBinaryName } from './test-binaries.ts';
export { findOnPath, TEST_BINARIES, testBinary } from './test-binaries.ts';
export { describeUntrustedPatterns } from './untrusted-pattern-suite.ts';
