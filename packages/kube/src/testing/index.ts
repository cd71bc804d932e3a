export type { ReaderContractOptions, ReaderContractSubject } from './reader-contract.ts';
export { describeClusterReaderContract, findWorkload } from './reader-contract.ts';
export type { WriterContractSubject } from './writer-contract.ts';
export { describeClusterWriterContract } from './writer-contract.ts';
