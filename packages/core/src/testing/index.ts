export type { BinaryLookup, TestBinary, TestBinaryName } from './test-binaries.ts';
export { findOnPath, findTestBinary, installHint, TEST_BINARIES, testBinary } from './test-binaries.ts';
