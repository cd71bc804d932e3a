import { Pinecone } from '@pinecone-database/pinecone';
import { type Clock, ExternalServiceError, errorMessage, systemClock } from '@sre-agent/core';
import * as z from 'zod';
import type {
  Metadata,
  MetadataFilter,
  ScoredRecord,
  VectorIndex,
  VectorQuery,
  VectorRecord,
} from '../vector-index.ts';

export type PineconeVectorIndexOptions = {
  apiKey: string;
  dimension: number;
  /** Retries after a failed request (the client's backoff); default 3. */
  maxRetries?: number;
  /** How long the list of namespaces is reused before it is asked for again (ms); default 60 s. */
  namespacesTtlMs?: number;
  /** Clock for that reuse; the system clock by default. */
  clock?: Clock;
} & (
  | {
      /** The index's data-plane host (Pinecone console or `describeIndex`), e.g. `https://x.svc.pinecone.io`: no control-plane call. */
      host: string;
      indexName?: undefined;
    }
  | {
      /** The index name: the client looks its host up once through the control plane. */
      indexName: string;
      host?: undefined;
    }
);

// Pinecone gains fields over time: loose objects for what comes back, checked where we rely on it.
const MetadataSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const QueryResponseSchema = z.object({
  matches: z
    .array(z.object({ id: z.string(), score: z.number().optional(), metadata: MetadataSchema.optional() }))
    .optional(),
});
const FetchResponseSchema = z.object({
  records: z.record(
    z.string(),
    z.object({ id: z.string(), values: z.array(z.number()).optional(), metadata: MetadataSchema.optional() }),
  ),
});
const ListResponseSchema = z.object({
  vectors: z.array(z.object({ id: z.string().optional() })).optional(),
  pagination: z.object({ next: z.string().optional() }).optional(),
});
const NamespacesResponseSchema = z.object({
  namespaces: z
    .array(z.object({ name: z.string().optional(), recordCount: z.number().optional() }))
    .optional(),
  pagination: z.object({ next: z.string().optional() }).optional(),
});

const UPSERT_BATCH = 100;
const FETCH_BATCH = 100;

/** Whether a failed call may succeed when tried again (throttling, server errors, network). */
function isRetryable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return /Unavailable|InternalServer|Timeout|Connection|MaxRetries|TooManyRequests|Unmapped/.test(name);
}

/**
 * The vector index on Pinecone, one namespace per cluster, through the official client pointed at
 * the index host directly (no control-plane lookup). Responses are validated; failures become
 * `ExternalServiceError('pinecone', …)` with the client's error as the cause.
 */
export class PineconeVectorIndex implements VectorIndex {
  readonly dimension: number;
  readonly #client: Pinecone;
  readonly #target: { host: string } | { name: string };
  readonly #clock: Clock;
  readonly #namespacesTtlMs: number;
  #namespaces: { names: Set<string>; at: number } | undefined;

  constructor(options: PineconeVectorIndexOptions) {
    this.dimension = options.dimension;
    this.#target = options.host !== undefined ? { host: options.host } : { name: options.indexName };
    this.#client = new Pinecone({ apiKey: options.apiKey, maxRetries: options.maxRetries ?? 3 });
    this.#clock = options.clock ?? systemClock;
    this.#namespacesTtlMs = options.namespacesTtlMs ?? 60_000;
  }

  #index(namespace: string) {
    return this.#client.index({ ...this.#target, namespace });
  }

  async #call<T>(operation: string, fn: () => Promise<unknown>, schema: z.ZodType<T>): Promise<T> {
    let response: unknown;
    try {
      response = await fn();
    } catch (error) {
      throw new ExternalServiceError(
        'pinecone',
        `${operation} failed: ${errorMessage(error)}`,
        isRetryable(error),
        {
          cause: error,
        },
      );
    }
    const parsed = schema.safeParse(response ?? {});
    if (!parsed.success) {
      throw new ExternalServiceError(
        'pinecone',
        `${operation} returned an unexpected response: ${z.prettifyError(parsed.error)}`,
        false,
      );
    }
    return parsed.data;
  }

  async upsert(namespace: string, records: readonly VectorRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += UPSERT_BATCH) {
      const batch = records.slice(i, i + UPSERT_BATCH).map((r) => ({
        id: r.id,
        values: Array.from(r.values),
        metadata: r.metadata,
      }));
      await this.#call('upsert', () => this.#index(namespace).upsert({ records: batch }), z.unknown());
    }
    if (records.length > 0) this.#namespaces?.names.add(namespace);
  }

  async query(namespace: string, query: VectorQuery): Promise<ScoredRecord[]> {
    const response = await this.#call(
      'query',
      () =>
        this.#index(namespace).query({
          vector: Array.from(query.vector),
          topK: query.topK,
          includeMetadata: true,
          includeValues: false,
          ...(query.filter ? { filter: query.filter as MetadataFilter } : {}),
        }),
      QueryResponseSchema,
    );
    return (response.matches ?? []).map((m) => ({
      id: m.id,
      score: m.score ?? 0,
      metadata: (m.metadata ?? {}) as Metadata,
    }));
  }

  async fetch(namespace: string, ids: readonly string[]): Promise<VectorRecord[]> {
    const out: VectorRecord[] = [];
    for (let i = 0; i < ids.length; i += FETCH_BATCH) {
      const batch = ids.slice(i, i + FETCH_BATCH);
      if (batch.length === 0) continue;
      const response = await this.#call(
        'fetch',
        () => this.#index(namespace).fetch({ ids: batch }),
        FetchResponseSchema,
      );
      for (const id of batch) {
        const record = response.records[id];
        if (!record) continue;
        out.push({
          id,
          values: Float32Array.from(record.values ?? []),
          metadata: (record.metadata ?? {}) as Metadata,
        });
      }
    }
    return out;
  }

  async delete(namespace: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#call('delete', () => this.#index(namespace).deleteMany({ ids: [...ids] }), z.unknown());
  }

  async list(
    namespace: string,
    options: { prefix?: string; limit?: number; cursor?: string } = {},
  ): Promise<{ ids: string[]; cursor?: string }> {
    const response = await this.#call(
      'list',
      () =>
        this.#index(namespace).listPaginated({
          ...(options.prefix ? { prefix: options.prefix } : {}),
          ...(options.limit ? { limit: options.limit } : {}),
          ...(options.cursor ? { paginationToken: options.cursor } : {}),
        }),
      ListResponseSchema,
    );
    const ids = (response.vectors ?? []).flatMap((v) => (v.id ? [v.id] : []));
    const next = response.pagination?.next;
    return next ? { ids, cursor: next } : { ids };
  }

  async namespaces(): Promise<string[]> {
    const now = this.#clock.now().getTime();
    if (this.#namespaces && now - this.#namespaces.at < this.#namespacesTtlMs)
      return [...this.#namespaces.names].sort();
    const names: string[] = [];
    let token: string | undefined;
    do {
      const current = token;
      const response = await this.#call(
        'listNamespaces',
        () => this.#index('').listNamespaces(current ? { paginationToken: current } : {}),
        NamespacesResponseSchema,
      );
      for (const ns of response.namespaces ?? []) {
        if (ns.name !== undefined && (ns.recordCount ?? 1) > 0) names.push(ns.name);
      }
      token = response.pagination?.next;
    } while (token);
    this.#namespaces = { names: new Set(names), at: now };
    return names.sort();
  }
}
