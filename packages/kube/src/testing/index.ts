export { describeClusterReaderContract } from './reader-contract.ts';
export { describeClusterWriterContract } from './writer-contract.ts';
