import { describe, expect, it } from 'vitest';
import type { ThreadStore } from '../thread-store.ts';

/**
 * The behaviour every `ThreadStore` must have. Run it against the in-memory store and against any
 * real one (e.g. the incident-record-backed store of the pipeline) so they cannot drift apart.
 * @example
 * describeThreadStoreContract('DynamoThreadStore', async () => new DynamoThreadStore(table));
 */
export function describeThreadStoreContract(name: string, makeStore: () => Promise<ThreadStore>): void {
  describe(`${name} (ThreadStore contract)`, () => {
    it('returns undefined for a thread it has never seen', async () => {
      const store = await makeStore();
      expect(await store.get('inc-unknown', 'slack')).toBeUndefined();
    });

    it('returns what was set, per thread key and provider', async () => {
      const store = await makeStore();
      await store.set('inc-1', 'slack', { channel: 'C1', messageId: '1700000000.000100' });
      await store.set('inc-2', 'slack', { channel: 'C1', messageId: '1700000000.000200' });
      expect(await store.get('inc-1', 'slack')).toEqual({ channel: 'C1', messageId: '1700000000.000100' });
      expect(await store.get('inc-2', 'slack')).toEqual({ channel: 'C1', messageId: '1700000000.000200' });
      expect(await store.get('inc-1', 'teams')).toBeUndefined();
    });

    it('replaces a thread when set again', async () => {
      const store = await makeStore();
      await store.set('inc-3', 'slack', { channel: 'C1', messageId: '1.1' });
      await store.set('inc-3', 'slack', { channel: 'C2', messageId: '2.2' });
      expect(await store.get('inc-3', 'slack')).toEqual({ channel: 'C2', messageId: '2.2' });
    });

    it('does not let callers change stored refs by mutating objects', async () => {
      const store = await makeStore();
      const ref = { channel: 'C1', messageId: '3.3' };
      await store.set('inc-4', 'slack', ref);
      ref.messageId = 'changed';
      const read = await store.get('inc-4', 'slack');
      expect(read?.messageId).toBe('3.3');
    });
  });
}
