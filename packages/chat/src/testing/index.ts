export { describeThreadStoreContract } from './thread-store-contract.ts';
