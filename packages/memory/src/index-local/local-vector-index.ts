import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, ValidationError } from '@sre-agent/core';
import * as z from 'zod';
import { compileFilter } from '../metadata-filter.ts';
import type { Metadata, ScoredRecord, VectorIndex, VectorQuery, VectorRecord } from '../vector-index.ts';
import { createDotKernel, type DotKernel } from './simd-dot.ts';

const MANIFEST = 'manifest.json';
const FORMAT = 1;

const ManifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  dimension: z.number().int().positive(),
  segments: z.array(z.string().regex(/^seg-\d{6,}$/)),
  nextSegment: z.number().int().nonnegative(),
});
type Manifest = z.infer<typeof ManifestSchema>;

const MetadataSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const OpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), ns: z.string(), id: z.string().min(1), metadata: MetadataSchema }),
  z.strictObject({ op: z.literal('del'), ns: z.string(), id: z.string().min(1) }),
]);
type Op = z.infer<typeof OpSchema>;

type Partition = {
  kernel: DotKernel;
  ids: string[];
  metadata: Metadata[];
  rowOf: Map<string, number>;
};

type Pending = { ops: Op[]; vectors: Float32Array[] };

export type LocalVectorIndexOptions = {
  /** Directory of the store; omit for a purely in-memory index. */
  dir?: string;
  dimension: number;
  /** Segments kept before they are merged into one. */
  compactAfter?: number;
};

/**
 * Exact cosine search over unit vectors held in one contiguous Float32 matrix per namespace and
 * scored with SIMD. Persisted as append-only segments (vectors + JSON lines) named by a manifest;
 * every file is written to a temporary name and renamed, so a crash leaves the previous state.
 */
export class LocalVectorIndex implements VectorIndex {
  readonly dimension: number;
  readonly #dir: string | undefined;
  readonly #compactAfter: number;
  readonly #partitions = new Map<string, Partition>();
  #manifest: Manifest;
  #pending: Pending = { ops: [], vectors: [] };
  #batchDepth = 0;
  #flushing: Promise<void> = Promise.resolve();

  private constructor(options: LocalVectorIndexOptions, manifest: Manifest) {
    this.dimension = options.dimension;
    this.#dir = options.dir;
    this.#compactAfter = options.compactAfter ?? 16;
    this.#manifest = manifest;
  }

  /** Opens (or creates) the store in `dir`; fails clearly when it holds vectors of another dimension. */
  static async open(options: LocalVectorIndexOptions): Promise<LocalVectorIndex> {
    const empty: Manifest = { format: FORMAT, dimension: options.dimension, segments: [], nextSegment: 1 };
    if (!options.dir) return new LocalVectorIndex(options, empty);
    await mkdir(options.dir, { recursive: true });
    let manifest = empty;
    const text = await readFile(join(options.dir, MANIFEST), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text !== undefined) {
      const parsed = ManifestSchema.safeParse(safeJson(text));
      if (!parsed.success) {
        throw new ConfigError(
          `memory store ${options.dir}: unreadable ${MANIFEST}: ${z.prettifyError(parsed.error)}`,
        );
      }
      manifest = parsed.data;
      if (manifest.dimension !== options.dimension) {
        throw new ConfigError(
          `memory store ${options.dir} holds ${manifest.dimension}-dimensional vectors but the embedder makes ${options.dimension}: use another --store or the same embedder`,
        );
      }
    }
    const index = new LocalVectorIndex(options, manifest);
    for (const segment of manifest.segments) await index.#loadSegment(segment);
    await index.#removeOrphans();
    return index;
  }

  /** Runs `fn` with persistence deferred to its end: one segment for many upserts (bulk import). */
  async batch<T>(fn: () => Promise<T>): Promise<T> {
    this.#batchDepth++;
    try {
      return await fn();
    } finally {
      this.#batchDepth--;
      if (this.#batchDepth === 0) await this.flush();
    }
  }

  /** Number of records in a namespace, or in all of them. */
  size(namespace?: string): number {
    if (namespace !== undefined) return this.#partitions.get(namespace)?.ids.length ?? 0;
    let total = 0;
    for (const p of this.#partitions.values()) total += p.ids.length;
    return total;
  }

  async upsert(namespace: string, records: readonly VectorRecord[]): Promise<void> {
    for (const record of records) {
      if (record.values.length !== this.dimension) {
        throw new ValidationError(
          `vector ${record.id} has ${record.values.length} dimensions, the index ${this.dimension}`,
        );
      }
      if (record.id.length === 0) throw new ValidationError('vector id must not be empty');
    }
    for (const record of records) {
      this.#put(namespace, record.id, record.values, record.metadata);
      this.#pending.ops.push({ op: 'put', ns: namespace, id: record.id, metadata: record.metadata });
      this.#pending.vectors.push(Float32Array.from(record.values));
    }
    await this.#maybeFlush();
  }

  async query(namespace: string, query: VectorQuery): Promise<ScoredRecord[]> {
    if (query.vector.length !== this.dimension) {
      throw new ValidationError(
        `query vector has ${query.vector.length} dimensions, the index ${this.dimension}`,
      );
    }
    const partition = this.#partitions.get(namespace);
    const count = partition?.ids.length ?? 0;
    if (!partition || count === 0 || query.topK <= 0) return [];
    const passes = compileFilter(query.filter);
    const scores = partition.kernel.scoreAll(query.vector, count);
    // Bounded selection: a sorted list of the best `topK` (topK is small, insertion is cheap).
    const best: { row: number; score: number }[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    for (let row = 0; row < count; row++) {
      const score = scores[row] as number;
      if (score <= floor) continue;
      if (!passes(partition.metadata[row] as Metadata)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1] as { score: number }).score < score) at--;
      best.splice(at, 0, { row, score });
      if (best.length > query.topK) best.pop();
      if (best.length === query.topK) floor = (best[best.length - 1] as { score: number }).score;
    }
    // Stored metadata is frozen, so it is handed out as it is (no copy per hit).
    return best.map(({ row, score }) => ({
      id: partition.ids[row] as string,
      score,
      metadata: partition.metadata[row] as Metadata,
    }));
  }

  async fetch(namespace: string, ids: readonly string[]): Promise<VectorRecord[]> {
    const partition = this.#partitions.get(namespace);
    if (!partition) return [];
    const out: VectorRecord[] = [];
    for (const id of ids) {
      const row = partition.rowOf.get(id);
      if (row === undefined) continue;
      out.push({
        id,
        values: partition.kernel.rows().slice(row * this.dimension, (row + 1) * this.dimension),
        metadata: partition.metadata[row] as Metadata,
      });
    }
    return out;
  }

  async delete(namespace: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (this.#remove(namespace, id)) this.#pending.ops.push({ op: 'del', ns: namespace, id });
    }
    await this.#maybeFlush();
  }

  async list(
    namespace: string,
    options: { prefix?: string; limit?: number; cursor?: string } = {},
  ): Promise<{ ids: string[]; cursor?: string }> {
    const partition = this.#partitions.get(namespace);
    if (!partition) return { ids: [] };
    const limit = options.limit ?? 100;
    const prefix = options.prefix ?? '';
    const sorted = partition.ids
      .filter((id) => id.startsWith(prefix) && (options.cursor === undefined || id > options.cursor))
      .sort();
    const ids = sorted.slice(0, limit);
    return sorted.length > limit ? { ids, cursor: ids[ids.length - 1] as string } : { ids };
  }

  async namespaces(): Promise<string[]> {
    return [...this.#partitions]
      .filter(([, p]) => p.ids.length > 0)
      .map(([ns]) => ns)
      .sort();
  }

  /** Writes pending changes as one new segment (and merges segments when there are many). */
  flush(): Promise<void> {
    // One flush at a time: two interleaved flushes would pick the same segment name.
    const next = this.#flushing.then(() => this.#flushNow());
    this.#flushing = next.catch(() => {});
    return next;
  }

  async #flushNow(): Promise<void> {
    if (!this.#dir) {
      this.#pending = { ops: [], vectors: [] };
      return;
    }
    if (this.#pending.ops.length === 0) return;
    const pending = this.#pending;
    this.#pending = { ops: [], vectors: [] };
    if (this.#manifest.segments.length + 1 > this.#compactAfter) {
      await this.#compact();
      return;
    }
    const name = await this.#writeSegment(pending);
    await this.#writeManifest({
      ...this.#manifest,
      segments: [...this.#manifest.segments, name],
      nextSegment: this.#manifest.nextSegment + 1,
    });
  }

  #partition(namespace: string): Partition {
    let partition = this.#partitions.get(namespace);
    if (!partition) {
      partition = { kernel: createDotKernel(this.dimension), ids: [], metadata: [], rowOf: new Map() };
      this.#partitions.set(namespace, partition);
    }
    return partition;
  }

  #put(namespace: string, id: string, values: Float32Array | readonly number[], metadata: Metadata): void {
    const partition = this.#partition(namespace);
    let row = partition.rowOf.get(id);
    if (row === undefined) {
      row = partition.ids.length;
      if (row + 1 > partition.ids.length)
        partition.kernel.reserve(Math.max(1024, 2 ** Math.ceil(Math.log2(row + 1))));
      partition.ids.push(id);
      partition.metadata.push(frozen(metadata));
      partition.rowOf.set(id, row);
    } else {
      partition.metadata[row] = frozen(metadata);
    }
    partition.kernel.rows().set(values, row * this.dimension);
  }

  #remove(namespace: string, id: string): boolean {
    const partition = this.#partitions.get(namespace);
    const row = partition?.rowOf.get(id);
    if (!partition || row === undefined) return false;
    const last = partition.ids.length - 1;
    if (row !== last) {
      const rows = partition.kernel.rows();
      rows.copyWithin(row * this.dimension, last * this.dimension, (last + 1) * this.dimension);
      const movedId = partition.ids[last] as string;
      partition.ids[row] = movedId;
      partition.metadata[row] = partition.metadata[last] as Metadata;
      partition.rowOf.set(movedId, row);
    }
    partition.ids.pop();
    partition.metadata.pop();
    partition.rowOf.delete(id);
    return true;
  }

  async #maybeFlush(): Promise<void> {
    if (this.#batchDepth === 0) await this.flush();
  }

  async #loadSegment(name: string): Promise<void> {
    const dir = this.#dir as string;
    const [lines, vectorBytes] = await Promise.all([
      readFile(join(dir, `${name}.jsonl`), 'utf8'),
      readFile(join(dir, `${name}.vec`)),
    ]);
    const vectors = new Float32Array(
      vectorBytes.buffer.slice(vectorBytes.byteOffset, vectorBytes.byteOffset + vectorBytes.byteLength),
    );
    let vectorRow = 0;
    let lineNo = 0;
    for (const line of lines.split('\n')) {
      lineNo++;
      if (line === '') continue;
      const parsed = OpSchema.safeParse(safeJson(line));
      if (!parsed.success) {
        throw new ConfigError(`memory store ${dir}: ${name}.jsonl line ${lineNo} is corrupt`);
      }
      const op = parsed.data;
      if (op.op === 'del') {
        this.#remove(op.ns, op.id);
        continue;
      }
      const start = vectorRow * this.dimension;
      if (start + this.dimension > vectors.length) {
        throw new ConfigError(`memory store ${dir}: ${name}.vec is shorter than ${name}.jsonl says`);
      }
      this.#put(op.ns, op.id, vectors.subarray(start, start + this.dimension), op.metadata);
      vectorRow++;
    }
  }

  async #writeSegment(pending: Pending): Promise<string> {
    const dir = this.#dir as string;
    const name = `seg-${String(this.#manifest.nextSegment).padStart(6, '0')}`;
    const vectors = new Float32Array(pending.vectors.length * this.dimension);
    pending.vectors.forEach((v, i) => {
      vectors.set(v, i * this.dimension);
    });
    await writeAtomic(join(dir, `${name}.vec`), new Uint8Array(vectors.buffer));
    await writeAtomic(
      join(dir, `${name}.jsonl`),
      `${pending.ops.map((op) => JSON.stringify(op)).join('\n')}\n`,
    );
    return name;
  }

  async #writeManifest(manifest: Manifest): Promise<void> {
    await writeAtomic(join(this.#dir as string, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    this.#manifest = manifest;
  }

  async #compact(): Promise<void> {
    const ops: Op[] = [];
    const vectors: Float32Array[] = [];
    for (const [ns, partition] of this.#partitions) {
      const rows = partition.kernel.rows();
      partition.ids.forEach((id, row) => {
        ops.push({ op: 'put', ns, id, metadata: partition.metadata[row] as Metadata });
        vectors.push(rows.subarray(row * this.dimension, (row + 1) * this.dimension));
      });
    }
    const old = this.#manifest.segments;
    const name = await this.#writeSegment({ ops, vectors });
    await this.#writeManifest({
      ...this.#manifest,
      segments: [name],
      nextSegment: this.#manifest.nextSegment + 1,
    });
    for (const segment of old) await this.#removeSegment(segment);
  }

  async #removeSegment(name: string): Promise<void> {
    const dir = this.#dir as string;
    await rm(join(dir, `${name}.vec`), { force: true });
    await rm(join(dir, `${name}.jsonl`), { force: true });
  }

  /** Deletes segment and temporary files a crash left behind (written but never named by the manifest). */
  async #removeOrphans(): Promise<void> {
    const dir = this.#dir as string;
    const live = new Set(this.#manifest.segments);
    for (const file of await readdir(dir)) {
      const segment = /^(seg-\d+)\.(?:vec|jsonl)$/.exec(file)?.[1];
      if ((segment && !live.has(segment)) || file.endsWith('.tmp'))
        await rm(join(dir, file), { force: true });
    }
  }
}

/** A frozen copy (lists too), so callers can read stored metadata without copying it. */
function frozen(metadata: Metadata): Metadata {
  if (Object.isFrozen(metadata)) return metadata;
  const copy: Metadata = {};
  for (const [key, value] of Object.entries(metadata))
    copy[key] = Array.isArray(value) ? (Object.freeze([...value]) as string[]) : value;
  return Object.freeze(copy);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes to `<path>.<pid>.tmp`, syncs, then renames over `path`. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}
