import { describeThreadStoreContract } from './testing/thread-store-contract.ts';
import { InMemoryThreadStore } from './thread-store.ts';

describeThreadStoreContract('InMemoryThreadStore', async () => new InMemoryThreadStore());
