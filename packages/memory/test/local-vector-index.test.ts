import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalVectorIndex } from '../src/index-local/local-vector-index.ts';
import { describeVectorIndexContract, unit } from './support/vector-index-contract.ts';

describeVectorIndexContract('LocalVectorIndex in memory', async (dimension) => ({
  index: await LocalVectorIndex.open({ dimension }),
  close: async () => {},
}));

describeVectorIndexContract('LocalVectorIndex on disk', async (dimension) => {
  const dir = await mkdtemp(join(tmpdir(), 'memory-index-'));
  return {
    index: await LocalVectorIndex.open({ dir, dimension }),
    close: () => rm(dir, { recursive: true }),
  };
});

describe('LocalVectorIndex persistence', () => {
  const withDir = async (fn: (dir: string) => Promise<void>) => {
    const dir = await mkdtemp(join(tmpdir(), 'memory-index-'));
    try {
      await fn(dir);
    } finally {
      await rm(dir, { recursive: true });
    }
  };

  it('finds after reopening what was stored, updated and deleted before', () =>
    withDir(async (dir) => {
      const first = await LocalVectorIndex.open({ dir, dimension: 16 });
      await first.upsert('prod', [
        { id: 'a', values: unit(0), metadata: { v: 1 } },
        { id: 'b', values: unit(1), metadata: { v: 1 } },
        { id: 'c', values: unit(2), metadata: { v: 1 } },
      ]);
      await first.upsert('prod', [{ id: 'b', values: unit(4), metadata: { v: 2 } }]);
      await first.delete('prod', ['a']);
      const again = await LocalVectorIndex.open({ dir, dimension: 16 });
      expect(again.size('prod')).toBe(2);
      const [hit] = await again.query('prod', { vector: unit(4), topK: 1 });
      expect(hit).toMatchObject({ id: 'b', metadata: { v: 2 } });
      expect(await again.fetch('prod', ['a'])).toEqual([]);
    }));

  it('merges segments into one when there are many and keeps every record', () =>
    withDir(async (dir) => {
      const index = await LocalVectorIndex.open({ dir, dimension: 16, compactAfter: 3 });
      for (let i = 0; i < 7; i++)
        await index.upsert('prod', [{ id: `r${i}`, values: unit(i), metadata: {} }]);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.vec'));
      expect(files.length).toBeLessThanOrEqual(3);
      const reopened = await LocalVectorIndex.open({ dir, dimension: 16, compactAfter: 3 });
      expect(reopened.size()).toBe(7);
      expect((await reopened.query('prod', { vector: unit(6), topK: 1 }))[0]?.id).toBe('r6');
    }));

  it('writes one segment for a batch of upserts', () =>
    withDir(async (dir) => {
      const index = await LocalVectorIndex.open({ dir, dimension: 16 });
      await index.batch(async () => {
        for (let i = 0; i < 50; i++)
          await index.upsert('prod', [{ id: `r${i}`, values: unit(i), metadata: {} }]);
      });
      expect((await readdir(dir)).filter((f) => f.endsWith('.vec'))).toHaveLength(1);
    }));

  it('refuses a store made with another dimension, naming both', () =>
    withDir(async (dir) => {
      const index = await LocalVectorIndex.open({ dir, dimension: 16 });
      await index.upsert('prod', [{ id: 'a', values: unit(0), metadata: {} }]);
      await expect(LocalVectorIndex.open({ dir, dimension: 32 })).rejects.toThrow(/16-dimensional.*makes 32/);
    }));

  it('ignores segment files a crash left behind and reports a corrupt one clearly', () =>
    withDir(async (dir) => {
      const index = await LocalVectorIndex.open({ dir, dimension: 16 });
      await index.upsert('prod', [{ id: 'a', values: unit(0), metadata: {} }]);
      await writeFile(join(dir, 'seg-999999.jsonl'), 'garbage');
      await writeFile(join(dir, 'manifest.json.123.tmp'), '{');
      const reopened = await LocalVectorIndex.open({ dir, dimension: 16 });
      expect(reopened.size()).toBe(1);
      expect((await readdir(dir)).some((f) => f.startsWith('seg-999999') || f.endsWith('.tmp'))).toBe(false);
      await writeFile(join(dir, 'seg-000001.jsonl'), '{"op":"put"}\n');
      await expect(LocalVectorIndex.open({ dir, dimension: 16 })).rejects.toThrow(
        /seg-000001.jsonl line 1 is corrupt/,
      );
    }));

  it('rejects vectors of the wrong dimension without storing anything', async () => {
    const index = await LocalVectorIndex.open({ dimension: 16 });
    await expect(
      index.upsert('prod', [
        { id: 'ok', values: unit(0), metadata: {} },
        { id: 'bad', values: new Float32Array(8), metadata: {} },
      ]),
    ).rejects.toThrow(/bad has 8 dimensions/);
    expect(index.size()).toBe(0);
  });
});

describe('LocalVectorIndex under concurrent writes', () => {
  it('keeps every record when upserts overlap', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'memory-index-'));
    try {
      const index = await LocalVectorIndex.open({ dir, dimension: 16 });
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          index.upsert('prod', [{ id: `r${i}`, values: unit(i), metadata: { i } }]),
        ),
      );
      const reopened = await LocalVectorIndex.open({ dir, dimension: 16 });
      expect(reopened.size('prod')).toBe(20);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
