import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VectorIndex, VectorRecord } from '../../src/vector-index.ts';

export type IndexFactory = (dimension: number) => Promise<{ index: VectorIndex; close(): Promise<void> }>;

const DIM = 16;

/** A unit vector pointing mostly along `axis`, tilted a little towards `axis + 1`. */
export function unit(axis: number, tilt = 0, dim = DIM): Float32Array {
  const v = new Float32Array(dim);
  v[axis % dim] = 1;
  v[(axis + 1) % dim] = tilt;
  const norm = Math.hypot(1, tilt);
  return v.map((x) => x / norm);
}

const record = (id: string, values: Float32Array, metadata: VectorRecord['metadata'] = {}): VectorRecord => ({
  id,
  values,
  metadata,
});

/**
 * The behaviour every VectorIndex adapter must show; runs against the local index and against the
 * Pinecone adapter talking to a local server that speaks Pinecone's data-plane wire format.
 */
export function describeVectorIndexContract(name: string, factory: IndexFactory): void {
  describe(`${name} (VectorIndex contract)`, () => {
    let index: VectorIndex;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ index, close } = await factory(DIM));
    });
    afterEach(async () => {
      await close();
    });

    it('returns the nearest records first with their cosine similarity and metadata', async () => {
      await index.upsert('prod', [
        record('a', unit(0), { service: 'api' }),
        record('b', unit(0, 0.5), { service: 'web' }),
        record('c', unit(5), { service: 'db' }),
      ]);
      const hits = await index.query('prod', { vector: unit(0), topK: 2 });
      expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
      expect(hits[0]?.score).toBeCloseTo(1, 4);
      expect(hits[1]?.score).toBeCloseTo(1 / Math.hypot(1, 0.5), 4);
      expect(hits[0]?.metadata).toEqual({ service: 'api' });
    });

    it('keeps namespaces apart', async () => {
      await index.upsert('prod', [record('a', unit(0))]);
      await index.upsert('staging', [record('b', unit(0))]);
      expect((await index.query('prod', { vector: unit(0), topK: 5 })).map((h) => h.id)).toEqual(['a']);
      expect((await index.query('nowhere', { vector: unit(0), topK: 5 })).length).toBe(0);
      expect(await index.namespaces()).toEqual(['prod', 'staging']);
    });

    it('applies metadata filters with Pinecone semantics', async () => {
      await index.upsert('prod', [
        record('a', unit(0), { kind: 'incident', n: 1, tags: ['x', 'y'] }),
        record('b', unit(0, 0.1), { kind: 'incident', n: 5, tags: ['z'] }),
        record('c', unit(0, 0.2), { kind: 'note', n: 9 }),
      ]);
      const ids = async (filter: Record<string, unknown>) =>
        (await index.query('prod', { vector: unit(0), topK: 10, filter })).map((h) => h.id).sort();
      expect(await ids({ kind: 'incident' })).toEqual(['a', 'b']);
      expect(await ids({ kind: { $ne: 'incident' } })).toEqual(['c']);
      expect(await ids({ n: { $gte: 5 } })).toEqual(['b', 'c']);
      expect(await ids({ tags: { $in: ['y', 'z'] } })).toEqual(['a', 'b']);
      expect(await ids({ $or: [{ n: 1 }, { kind: 'note' }] })).toEqual(['a', 'c']);
      expect(await ids({ $and: [{ kind: 'incident' }, { n: { $lt: 3 } }] })).toEqual(['a']);
    });

    it('replaces a record upserted again under the same id', async () => {
      await index.upsert('prod', [record('a', unit(0), { v: 1 })]);
      await index.upsert('prod', [record('a', unit(3), { v: 2 })]);
      const [hit] = await index.query('prod', { vector: unit(3), topK: 1 });
      expect(hit?.id).toBe('a');
      expect(hit?.score).toBeCloseTo(1, 4);
      expect(hit?.metadata).toEqual({ v: 2 });
    });

    it('fetches existing records with their values and skips missing ids', async () => {
      await index.upsert('prod', [record('a', unit(2), { v: 'x' })]);
      const fetched = await index.fetch('prod', ['a', 'missing']);
      expect(fetched.map((r) => r.id)).toEqual(['a']);
      expect(Array.from(fetched[0]?.values ?? []).map((x) => Math.round(x * 1000) / 1000)).toEqual(
        Array.from(unit(2)),
      );
      expect(fetched[0]?.metadata).toEqual({ v: 'x' });
    });

    it('deletes records and tolerates deleting what is not there', async () => {
      await index.upsert('prod', [record('a', unit(0)), record('b', unit(1))]);
      await index.delete('prod', ['a', 'missing']);
      expect((await index.query('prod', { vector: unit(0), topK: 5 })).map((h) => h.id)).toEqual(['b']);
      expect(await index.fetch('prod', ['a'])).toEqual([]);
    });

    it('lists ids in order, by prefix, one page at a time', async () => {
      const ids = ['inc-03', 'inc-01', 'other', 'inc-02', 'inc-04'];
      await index.upsert(
        'prod',
        ids.map((id, i) => record(id, unit(i))),
      );
      const first = await index.list('prod', { prefix: 'inc-', limit: 3 });
      expect(first.ids).toEqual(['inc-01', 'inc-02', 'inc-03']);
      expect(first.cursor).toBeDefined();
      const second = await index.list('prod', {
        prefix: 'inc-',
        limit: 3,
        ...(first.cursor ? { cursor: first.cursor } : {}),
      });
      expect(second.ids).toEqual(['inc-04']);
      expect(second.cursor).toBeUndefined();
    });
  });
}
