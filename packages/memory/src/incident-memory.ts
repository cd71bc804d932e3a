import { createHash } from 'node:crypto';
import {
  type Clock,
  type IdGenerator,
  type Logger,
  NotFoundError,
  redactText,
  silentLogger,
  ValidationError,
} from '@sre-agent/core';
import * as z from 'zod';
import type { Embedder } from './embed/embedder.ts';
import {
  type MemoryEntry,
  MemoryEntrySchema,
  type MemoryRecord,
  MemoryRecordSchema,
  type Outcome,
  type RecallMatch,
  type RecallQuery,
  RecallQuerySchema,
} from './records.ts';
import {
  comparePrepared,
  FINGERPRINT_VERSION,
  fingerprintLines,
  fingerprintText,
  type IdentityTier,
  type PreparedFingerprint,
  type ProblemFingerprint,
  prepareFingerprint,
} from './signature/fingerprint.ts';
import { type ClassifiedLine, classifyLines } from './signature/lines.ts';
import type { Metadata, VectorIndex, VectorRecord } from './vector-index.ts';

/**
 * Score at or above which a stored incident is the same problem. A score is the share of error
 * lines in common (the better direction weighing 3/4, the other 1/4) scaled by 0.8–1.0 for the
 * supporting lines: every error line of one side found in the other scores 0.6–1.0, half of them
 * in both directions at most 0.5. The benchmark checks it against the stored corpus itself.
 */
export const DEFAULT_RECALL_THRESHOLD = 0.6;
const DEFAULT_CANDIDATES = 32;
/** Prepared fingerprints kept between recalls, per generation. */
const PREPARED_CACHE_GENERATION = 50_000;
const MAX_EXCERPT = 4000;
const IMPORT_CHUNK = 500;

export type IncidentMemoryDeps = {
  index: VectorIndex;
  embedder: Embedder;
  clock: Clock;
  ids: IdGenerator;
  logger?: Logger;
  /** Overrides DEFAULT_RECALL_THRESHOLD. */
  threshold?: number;
  /** Nearest vectors fetched per namespace before re-ranking by fingerprint. */
  candidates?: number;
};

export type ImportProgress = (done: number, total: number) => void;

/** Incident memory: remembers resolved incidents and recalls the ones that match a new incident. */
export type IncidentMemory = {
  readonly threshold: number;
  /** Stores a resolution; the same problem solved with the same fix again adds to its outcomes. */
  remember(record: MemoryRecord): Promise<MemoryEntry>;
  /** Stored incidents that show the same problem, at or above the threshold, best first. */
  recall(query: RecallQuery): Promise<RecallMatch[]>;
  /**
   * Free-text search (a pasted error line, `/sre memory search`): the best `limit` entries whose
   * score reaches `minScore` (default a third of the threshold), best first, each with its score,
   * so near misses show as such.
   */
  search(text: string, options?: { limit?: number; minScore?: number }): Promise<RecallMatch[]>;
  /** Adds one outcome to a remembered fix (after it was applied again). */
  recordOutcome(id: string, outcome: Outcome): Promise<MemoryEntry>;
  get(id: string): Promise<MemoryEntry | undefined>;
  list(options?: { cluster?: string }): Promise<MemoryEntry[]>;
  /** Deletes an entry; false when there was none. */
  forget(id: string): Promise<boolean>;
  /** Stores many records that carry their own ids (bulk import); replaces entries with those ids. */
  rememberMany(records: readonly MemoryRecord[], onProgress?: ImportProgress): Promise<number>;
  /** Every stored entry's fingerprint, for calibration. */
  entries(): Promise<MemoryEntry[]>;
};

/** Fingerprint of a stored entry. */
export function entryFingerprint(entry: MemoryEntry): ProblemFingerprint {
  return {
    version: entry.fingerprintVersion,
    signature: entry.signature,
    identity: entry.identity,
    identityTier: entry.identityTier,
    support: entry.support,
  };
}

/** What a notification quotes: the evidence lines (chatter only when there is nothing else), else the tail. */
function excerptOf(lines: readonly ClassifiedLine[], log: string): string {
  const telling = lines.filter((l) => l.tier !== 'noise' && l.tier !== 'chatter').map((l) => l.text);
  const evidence = telling.length > 0 ? telling : lines.filter((l) => l.tier !== 'noise').map((l) => l.text);
  const text = (evidence.length > 0 ? evidence : log.split('\n').slice(-20)).join('\n');
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}\n…` : text;
}

const IDENTITY_TIERS: readonly IdentityTier[] = ['cause', 'symptom', 'context', 'frame'];
/** Fingerprint versions whose entries are fingerprinted again from their excerpt when recalled. */
// Version 3 reads a record's continuation lines and codes; version 4 masks the source line of
// log4j's `(%c:%L)` location instead of keeping it as a port; version 5 reads Kubernetes events
// that say something could not or did not happen (`CannotConnectToProvider`, a `Normal`
// `NotTriggerScaleUp`) as error statements, no hyphenated header word as an errno code, and a
// `key: value` line whose value is a sentence naming a failure as a message, not a field.
// Version 6 reads no capitalised level word (`ERROR`, `ERR`) as an errno code, and `not ready`
// and `does not exist` as failure phrases, so other lines of a record become its identity.
// Version 7 keeps an HTTP error status a client reports in words (`but was 401`, `returned 404`,
// `responded with 503`, `HTTP 429`) as a code: a revoked token and a missing resource differ.
// Entries of 1 to 6 are fingerprinted again from their excerpt, so their lines are classified
// and masked by today's rules.
const LEGACY_FINGERPRINT_VERSIONS: readonly number[] = [1, 2, 3, 4, 5, 6];

/** Supporting lines as stored flat: `weight|template`. */
function parseSupport(flat: readonly string[]): { weight: number; template: string }[] {
  return flat.map((x) => {
    const bar = x.indexOf('|');
    return { weight: Number(x.slice(0, bar)) || 0, template: x.slice(bar + 1) };
  });
}

/** A short hash of an entry's fingerprint lines: a cached preparation is reused only while it matches. */
function fingerprintKey(entry: MemoryEntry): string {
  const hash = createHash('sha256');
  for (const line of entry.identity) hash.update(`${line}\n`);
  for (const s of entry.support) hash.update(`${s.weight}|${s.template}\n`);
  return hash.digest('hex').slice(0, 16);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The later of two ISO-8601 timestamps. */
const laterOf = (a: string, b: string) => [a, b].sort()[1] as string;

const normaliseWords = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function sameFix(
  entry: MemoryEntry,
  record: { action?: MemoryEntry['action']; description: string },
): boolean {
  if (entry.action || record.action) {
    return Boolean(entry.action && record.action && stableJson(entry.action) === stableJson(record.action));
  }
  return normaliseWords(entry.description) === normaliseWords(record.description);
}

function adviceOf(entry: MemoryEntry): RecallMatch['advice'] {
  const { succeeded, failed } = entry.outcomes;
  return succeeded > 0 && entry.lastOutcome === 'succeeded' && succeeded >= failed ? 'reuse' : 'avoid';
}

const EntryJsonSchema = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'entry is not JSON' });
    return z.NEVER;
  }
});

/**
 * Builds the incident memory over a vector index (one namespace per cluster) and an embedder.
 * Everything is redacted before it is fingerprinted, embedded or stored.
 * @example
 * const memory = createIncidentMemory({ index, embedder: new HashingEmbedder(), clock: systemClock, ids: randomIds });
 * const [match] = await memory.recall({ namespace: 'shop', workload: 'api', signal: 'CrashLoopBackOff', log });
 * if (match?.advice === 'reuse') propose(match.action);
 */
export function createIncidentMemory(deps: IncidentMemoryDeps): IncidentMemory {
  const { index, embedder, clock, ids } = deps;
  const logger = deps.logger ?? silentLogger;
  const threshold = deps.threshold ?? DEFAULT_RECALL_THRESHOLD;
  const candidates = deps.candidates ?? DEFAULT_CANDIDATES;
  if (index.dimension !== embedder.dimension) {
    throw new ValidationError(
      `the vector index has ${index.dimension} dimensions but the embedder ${embedder.model} makes ${embedder.dimension}`,
    );
  }
  // Entries of an earlier fingerprint version are still recalled: they are fingerprinted again
  // from their stored excerpt (their evidence lines) when they come up as candidates.
  const filter = {
    fpv: { $in: [...LEGACY_FINGERPRINT_VERSIONS, FINGERPRINT_VERSION] },
    model: embedder.model,
  };

  const metadataOf = (entry: MemoryEntry): Metadata => ({
    kind: 'incident',
    fpv: entry.fingerprintVersion,
    model: embedder.model,
    cluster: entry.cluster,
    namespace: entry.namespace,
    workload: entry.workload,
    workloads: entry.workloads,
    signal: entry.signal,
    signature: entry.signature,
    actionKind: entry.action?.kind ?? 'none',
    succeeded: entry.outcomes.succeeded,
    failed: entry.outcomes.failed,
    lastSeenMs: Date.parse(entry.lastSeen),
    // The fingerprint again, flat (lists of strings), so re-ranking reads it without parsing the entry.
    fpIdentity: entry.identity,
    fpSupport: entry.support.map((x) => `${x.weight}|${x.template}`),
    fpKey: fingerprintKey(entry),
    fpTier: entry.identityTier,
    // The entry without its fingerprint lines, which are stored once, above.
    entry: JSON.stringify({ ...entry, identity: undefined, identityTier: undefined, support: undefined }),
  });

  const parseEntry = (id: string, metadata: Metadata): MemoryEntry | undefined => {
    const json = EntryJsonSchema.safeParse(metadata.entry);
    const withLines =
      json.success && json.data && typeof json.data === 'object'
        ? {
            identity: metadata.fpIdentity,
            identityTier: metadata.fpTier,
            support: Array.isArray(metadata.fpSupport) ? parseSupport(metadata.fpSupport) : undefined,
            ...(json.data as Record<string, unknown>),
          }
        : metadata.entry;
    const raw = MemoryEntrySchema.safeParse(withLines);
    if (!raw.success) {
      logger.warn('memory entry unreadable, skipped', { id, error: z.prettifyError(raw.error) });
      return undefined;
    }
    return raw.data;
  };

  // Prepared fingerprints of stored entries, in two generations: lookups try both; when the young
  // one fills up it becomes the old one (amortised O(1) eviction of what has not been used lately).
  let young = new Map<string, PreparedFingerprint>();
  let old = new Map<string, PreparedFingerprint>();
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const preparedOf = (id: string, metadata: Metadata): PreparedFingerprint | undefined => {
    const { fpIdentity, fpSupport, fpKey, fpTier, signature } = metadata;
    if (metadata.fpv !== FINGERPRINT_VERSION) {
      // Made by an earlier version: its stored lines were chosen by other rules; its excerpt holds
      // every line that was evidence then, which today's rules classify again.
      const key = `${id}\u0000legacy\u0000${String(fpKey)}`;
      const hit = young.get(key) ?? old.get(key);
      if (hit) return hit;
      const entry = parseEntry(id, metadata);
      if (!entry) return undefined;
      const prepared = prepareFingerprint(fingerprintLines(classifyLines(entry.excerpt)));
      if (young.size >= PREPARED_CACHE_GENERATION) {
        old = young;
        young = new Map();
      }
      young.set(key, prepared);
      return prepared;
    }
    if (
      !isStrings(fpIdentity) ||
      !isStrings(fpSupport) ||
      typeof signature !== 'string' ||
      typeof fpKey !== 'string'
    ) {
      const entry = parseEntry(id, metadata); // written before the flat fields existed
      return entry ? prepareFingerprint(entryFingerprint(entry)) : undefined;
    }
    const key = `${id}\u0000${fpKey}`;
    const hit = young.get(key) ?? old.get(key);
    if (hit) {
      if (!young.has(key)) young.set(key, hit);
      return hit;
    }
    const support = parseSupport(fpSupport);
    const identityTier = IDENTITY_TIERS.find((t) => t === fpTier) ?? 'cause';
    const prepared = prepareFingerprint({
      version: FINGERPRINT_VERSION,
      signature,
      identity: fpIdentity,
      identityTier,
      support,
    });
    if (young.size >= PREPARED_CACHE_GENERATION) {
      old = young;
      young = new Map();
    }
    young.set(key, prepared);
    return prepared;
  };

  const locate = async (id: string): Promise<{ record: VectorRecord; entry: MemoryEntry } | undefined> => {
    for (const ns of await index.namespaces()) {
      const [record] = await index.fetch(ns, [id]);
      if (!record) continue;
      const entry = parseEntry(id, record.metadata);
      if (entry) return { record, entry };
    }
    return undefined;
  };

  const validate = (input: MemoryRecord) => {
    const parsed = MemoryRecordSchema.safeParse(input);
    if (!parsed.success) {
      throw new ValidationError(`invalid memory record: ${z.prettifyError(parsed.error)}`, [
        z.prettifyError(parsed.error),
      ]);
    }
    return parsed.data;
  };

  const prepare = (input: MemoryRecord) => prepareValid(validate(input));

  const prepareValid = (record: z.infer<typeof MemoryRecordSchema>) => {
    const log = redactText(record.log);
    const lines = classifyLines(log);
    const fingerprint = fingerprintLines(lines);
    const at = record.at ?? clock.now().toISOString();
    const entry: MemoryEntry = {
      id: record.id ?? ids('mem'),
      cluster: record.cluster,
      namespace: record.namespace,
      workload: record.workload,
      signal: record.signal,
      signature: fingerprint.signature,
      identity: [...fingerprint.identity],
      identityTier: fingerprint.identityTier,
      support: fingerprint.support.map((s) => ({ template: s.template, weight: s.weight })),
      fingerprintVersion: fingerprint.version,
      excerpt: excerptOf(lines, log),
      diagnosis: redactText(record.diagnosis),
      ...(record.action ? { action: record.action } : {}),
      description: redactText(record.description),
      outcomes: {
        succeeded: record.outcome === 'succeeded' ? 1 : 0,
        failed: record.outcome === 'failed' ? 1 : 0,
      },
      lastOutcome: record.outcome,
      firstSeen: at,
      lastSeen: at,
      workloads: [record.workload],
    };
    return { record, entry, fingerprint };
  };

  const store = async (entry: MemoryEntry, vector: Float32Array) => {
    await index.upsert(entry.cluster, [{ id: entry.id, values: vector, metadata: metadataOf(entry) }]);
  };

  /** Nearest stored entries by vector, scored by fingerprint; entries are parsed only when `keep` says so. */
  const scoreCandidates = async (
    fingerprint: ProblemFingerprint,
    namespaces: readonly string[],
    keep: (score: number) => boolean,
  ): Promise<{ entry: MemoryEntry; score: number; vector: Float32Array }[]> => {
    if (fingerprint.identity.length === 0) return [];
    const [vector] = await embedder.embed([fingerprintText(fingerprint)]);
    if (!vector) return [];
    const query = prepareFingerprint(fingerprint);
    const out: { entry: MemoryEntry; score: number; vector: Float32Array }[] = [];
    for (const ns of namespaces) {
      const hits = await index.query(ns, { vector, topK: candidates, filter });
      for (const hit of hits) {
        const prepared = preparedOf(hit.id, hit.metadata);
        if (!prepared) continue;
        const { score } = comparePrepared(query, prepared);
        if (!keep(score)) continue;
        const entry = parseEntry(hit.id, hit.metadata);
        if (entry) out.push({ entry, score, vector });
      }
    }
    return out;
  };

  const toMatch = (entry: MemoryEntry, score: number): RecallMatch => ({
    id: entry.id,
    score: Math.round(score * 1000) / 1000,
    at: entry.firstSeen,
    lastSeen: entry.lastSeen,
    cluster: entry.cluster,
    namespace: entry.namespace,
    workload: entry.workload,
    signal: entry.signal,
    signature: entry.signature,
    diagnosis: entry.diagnosis,
    ...(entry.action ? { action: entry.action } : {}),
    description: entry.description,
    succeeded: entry.outcomes.succeeded,
    failed: entry.outcomes.failed,
    outcomes: { ...entry.outcomes },
    advice: adviceOf(entry),
  });

  const memory: IncidentMemory = {
    threshold,

    async remember(input) {
      const { record, entry, fingerprint } = prepare(input);
      const [vector] = await embedder.embed([fingerprintText(fingerprint)]);
      if (!vector) throw new Error('embedder returned no vector');
      if (!record.id) {
        // The same problem fixed the same way again: count the outcome on the existing entry.
        const same = (await scoreCandidates(fingerprint, [entry.cluster], (score) => score >= threshold))
          .filter((c) => c.score >= threshold && sameFix(c.entry, entry))
          .sort((a, b) => b.score - a.score)[0];
        if (same) {
          const merged: MemoryEntry = {
            ...same.entry,
            outcomes: {
              succeeded: same.entry.outcomes.succeeded + entry.outcomes.succeeded,
              failed: same.entry.outcomes.failed + entry.outcomes.failed,
            },
            lastOutcome: entry.lastOutcome,
            lastSeen: laterOf(entry.lastSeen, same.entry.lastSeen),
            workloads: [...new Set([...same.entry.workloads, entry.workload])],
          };
          // The entry keeps its own fingerprint, so its vector is made from that, not from the new log.
          const [own] = await embedder.embed([fingerprintText(entryFingerprint(merged))]);
          await store(merged, own ?? vector);
          logger.info('memory outcome added', { id: merged.id, outcome: entry.lastOutcome });
          return merged;
        }
      }
      await store(entry, vector);
      logger.info('memory entry stored', { id: entry.id, signature: entry.signature });
      return entry;
    },

    async rememberMany(records, onProgress) {
      // Everything is checked before anything is written; the work is done chunk by chunk.
      const valid = records.map((r) => {
        const record = validate(r);
        if (!record.id) throw new ValidationError('bulk records must carry their own id');
        return record;
      });
      const run = async () => {
        let done = 0;
        for (let start = 0; start < valid.length; start += IMPORT_CHUNK) {
          const chunk = valid.slice(start, start + IMPORT_CHUNK).map(prepareValid);
          const vectors = await embedder.embed(chunk.map((p) => fingerprintText(p.fingerprint)));
          const byCluster = new Map<string, VectorRecord[]>();
          chunk.forEach((p, i) => {
            const list = byCluster.get(p.entry.cluster) ?? [];
            list.push({ id: p.entry.id, values: vectors[i] as Float32Array, metadata: metadataOf(p.entry) });
            byCluster.set(p.entry.cluster, list);
          });
          for (const [cluster, list] of byCluster) await index.upsert(cluster, list);
          done += chunk.length;
          onProgress?.(done, valid.length);
        }
        return done;
      };
      return index.batch ? index.batch(run) : run();
    },

    async recall(input) {
      const parsed = RecallQuerySchema.safeParse(input);
      if (!parsed.success)
        throw new ValidationError(`invalid recall query: ${z.prettifyError(parsed.error)}`);
      const query = parsed.data;
      const fingerprint = fingerprintLines(classifyLines(redactText(query.log)));
      const namespaces = await index.namespaces();
      const scored = await scoreCandidates(fingerprint, namespaces, (score) => score >= threshold);
      const preference = (e: MemoryEntry) =>
        (adviceOf(e) === 'reuse' ? 4 : 0) +
        (query.cluster && e.cluster === query.cluster ? 2 : 0) +
        (e.workloads.includes(query.workload) ? 1 : 0);
      const best = new Map<string, { entry: MemoryEntry; score: number }>();
      for (const c of scored) {
        if (c.score < threshold) continue;
        const seen = best.get(c.entry.id);
        if (!seen || seen.score < c.score) best.set(c.entry.id, c);
      }
      return [...best.values()]
        .sort((a, b) => {
          // Scores within 0.02 are the same problem: then prefer a fix that worked, here, for this workload.
          if (Math.abs(a.score - b.score) > 0.02) return b.score - a.score;
          return (
            preference(b.entry) - preference(a.entry) ||
            b.score - a.score ||
            (a.entry.lastSeen < b.entry.lastSeen ? 1 : -1)
          );
        })
        .map((c) => toMatch(c.entry, c.score));
    },

    async search(text, options = {}) {
      const limit = Math.min(Math.max(1, Math.floor(options.limit ?? 5)), 50);
      const minScore = options.minScore ?? threshold / 3;
      const fingerprint = fingerprintLines(classifyLines(redactText(text.slice(0, MAX_EXCERPT * 4))));
      const scored = await scoreCandidates(fingerprint, await index.namespaces(), (s) => s >= minScore);
      const best = new Map<string, { entry: MemoryEntry; score: number }>();
      for (const c of scored) {
        const seen = best.get(c.entry.id);
        if (!seen || seen.score < c.score) best.set(c.entry.id, c);
      }
      return [...best.values()]
        .sort((a, b) => b.score - a.score || (a.entry.lastSeen < b.entry.lastSeen ? 1 : -1))
        .slice(0, limit)
        .map((c) => toMatch(c.entry, c.score));
    },

    async recordOutcome(id, outcome) {
      const found = await locate(id);
      if (!found) throw new NotFoundError(`no memory entry ${id}`);
      const now = clock.now().toISOString();
      const entry: MemoryEntry = {
        ...found.entry,
        outcomes: {
          succeeded: found.entry.outcomes.succeeded + (outcome === 'succeeded' ? 1 : 0),
          failed: found.entry.outcomes.failed + (outcome === 'failed' ? 1 : 0),
        },
        lastOutcome: outcome,
        lastSeen: laterOf(now, found.entry.lastSeen),
      };
      await store(entry, found.record.values);
      logger.info('memory outcome recorded', { id, outcome });
      return entry;
    },

    async get(id) {
      return (await locate(id))?.entry;
    },

    async list(options = {}) {
      const namespaces = options.cluster ? [options.cluster] : await index.namespaces();
      const out: MemoryEntry[] = [];
      for (const ns of namespaces) {
        let cursor: string | undefined;
        do {
          const page = await index.list(ns, { limit: 100, ...(cursor ? { cursor } : {}) });
          for (const record of await index.fetch(ns, page.ids)) {
            const entry = parseEntry(record.id, record.metadata);
            if (entry) out.push(entry);
          }
          cursor = page.cursor;
        } while (cursor);
      }
      return out.sort((a, b) =>
        a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.id < b.id ? -1 : 1,
      );
    },

    async entries() {
      return memory.list();
    },

    async forget(id) {
      for (const ns of await index.namespaces()) {
        const [record] = await index.fetch(ns, [id]);
        if (!record) continue;
        await index.delete(ns, [id]);
        logger.info('memory entry forgotten', { id });
        return true;
      }
      return false;
    },
  };
  return memory;
}
