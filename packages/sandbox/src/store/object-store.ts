import type { KubeObject } from '../resources/types.ts';
import { SortedKeys } from './sorted-keys.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** A change to one object, as a watch delivers it. */
export type StoreEvent = {
  type: WatchEventType;
  resource: string;
  object: KubeObject;
  resourceVersion: number;
};

export type ListPage = {
  items: KubeObject[];
  /** The key of the last item scanned, when more items may follow. */
  continueAfter?: string;
  /** Items after this page in the scanned range (only meaningful without a filter). */
  remaining: number;
};

type Table = { objects: Map<string, KubeObject>; keys: SortedKeys };

/** Computes index values of an object, e.g. the uids of its owners. */
export type IndexFunction = (object: KubeObject) => readonly string[];

const HISTORY_LIMIT = 10_000;

/** `namespace/name` (cluster-scoped objects: `/name`): the sort key, in etcd's order. */
export function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/**
 * The sandbox's etcd: objects per resource (`pods`, `deployments.apps`), one global
 * resourceVersion counter, sorted keys for cheap paginated lists, secondary indexes and a short
 * change history for watches. Stored objects are treated as immutable: writers put new objects.
 */
export class ObjectStore {
  #revision = 0;
  readonly #tables = new Map<string, Table>();
  readonly #indexes = new Map<
    string,
    { resource: string; fn: IndexFunction; map: Map<string, Set<string>>; revisions: Map<string, number> }
  >();
  #deletions = 0;
  #history: StoreEvent[] = [];
  readonly #listeners = new Set<(event: StoreEvent) => void>();

  /** The current (latest) resourceVersion. */
  get revision(): number {
    return this.#revision;
  }

  /** The oldest resourceVersion a watch can still resume from. */
  get oldestWatchableRevision(): number {
    return this.#history[0]?.resourceVersion ?? this.#revision;
  }

  #table(resource: string): Table {
    let table = this.#tables.get(resource);
    if (!table) {
      table = { objects: new Map(), keys: new SortedKeys() };
      this.#tables.set(resource, table);
    }
    return table;
  }

  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.#tables.get(resource)?.objects.get(objectKey(namespace, name));
  }

  count(resource: string): number {
    return this.#tables.get(resource)?.objects.size ?? 0;
  }

  /** All objects of a resource (optionally in one namespace), in key order. */
  *iterate(resource: string, namespace?: string): Generator<KubeObject> {
    const table = this.#tables.get(resource);
    if (!table) return;
    const [start, end] = this.#range(table, namespace);
    for (let i = start; i < end; i++) {
      const object = table.objects.get(table.keys.at(i) as string);
      if (object) yield object;
    }
  }

  /** Objects of a resource as an array (a snapshot, safe to iterate while writing). */
  all(resource: string, namespace?: string): KubeObject[] {
    return [...this.iterate(resource, namespace)];
  }

  #range(table: Table, namespace: string | undefined): [number, number] {
    if (namespace === undefined) return [0, table.keys.size];
    // Names never contain '/', and '0' sorts right after '/'.
    return [table.keys.lowerBound(`${namespace}/`), table.keys.lowerBound(`${namespace}0`)];
  }

  /**
   * One page of a list: items after `continueAfter` (a key), in key order, that pass `filter`,
   * at most `limit` of them.
   */
  list(
    resource: string,
    options: {
      namespace?: string;
      filter?: (object: KubeObject) => boolean;
      limit?: number;
      continueAfter?: string;
    } = {},
  ): ListPage {
    const table = this.#tables.get(resource);
    if (!table) return { items: [], remaining: 0 };
    const [rangeStart, end] = this.#range(table, options.namespace);
    const start =
      options.continueAfter === undefined
        ? rangeStart
        : Math.max(rangeStart, table.keys.upperBound(options.continueAfter));
    const limit = options.limit && options.limit > 0 ? options.limit : Number.POSITIVE_INFINITY;
    const items: KubeObject[] = [];
    let i = start;
    for (; i < end && items.length < limit; i++) {
      const object = table.objects.get(table.keys.at(i) as string);
      if (object && (!options.filter || options.filter(object))) items.push(object);
    }
    if (i < end && items.length >= limit) {
      return { items, continueAfter: table.keys.at(i - 1) as string, remaining: end - i };
    }
    return { items, remaining: 0 };
  }

  /** Stores a new object; the caller checked that it does not exist. Returns the stored object. */
  create(resource: string, object: KubeObject): KubeObject {
    return this.#write(resource, object, 'ADDED');
  }

  /** Replaces an existing object. Returns the stored object. */
  update(resource: string, object: KubeObject): KubeObject {
    return this.#write(resource, object, 'MODIFIED');
  }

  delete(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const table = this.#tables.get(resource);
    const key = objectKey(namespace, name);
    const existing = table?.objects.get(key);
    if (!table || !existing) return undefined;
    table.objects.delete(key);
    table.keys.delete(key);
    this.#revision++;
    this.#deletions++;
    this.#unindex(resource, key, existing);
    const deleted = {
      ...existing,
      metadata: { ...existing.metadata, resourceVersion: String(this.#revision) },
    };
    this.#emit({ type: 'DELETED', resource, object: deleted, resourceVersion: this.#revision });
    return deleted;
  }

  #write(resource: string, object: KubeObject, type: WatchEventType): KubeObject {
    const table = this.#table(resource);
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const previous = table.objects.get(key);
    this.#revision++;
    const stored: KubeObject = {
      ...object,
      metadata: { ...object.metadata, resourceVersion: String(this.#revision) },
    };
    table.objects.set(key, stored);
    if (!previous) table.keys.add(key);
    else this.#unindex(resource, key, previous);
    this.#index(resource, key, stored);
    this.#emit({ type, resource, object: stored, resourceVersion: this.#revision });
    return stored;
  }

  /** Registers a secondary index over one resource, e.g. pods by owner uid. */
  addIndex(name: string, resource: string, fn: IndexFunction): void {
    const map = new Map<string, Set<string>>();
    this.#indexes.set(name, { resource, fn, map, revisions: new Map() });
    const table = this.#tables.get(resource);
    if (!table) return;
    for (const [key, object] of table.objects) {
      for (const value of fn(object)) {
        const set = map.get(value) ?? new Set<string>();
        set.add(key);
        map.set(value, set);
      }
    }
  }

  /** Objects whose index `name` contains `value`. */
  byIndex(name: string, value: string): KubeObject[] {
    const index = this.#indexes.get(name);
    if (!index) throw new Error(`no index ${name}`);
    const keys = index.map.get(value);
    if (!keys) return [];
    const table = this.#tables.get(index.resource);
    const out: KubeObject[] = [];
    for (const key of keys) {
      const object = table?.objects.get(key);
      if (object) out.push(object);
    }
    return out;
  }

  #index(resource: string, key: string, object: KubeObject): void {
    for (const index of this.#indexes.values()) {
      if (index.resource !== resource) continue;
      for (const value of index.fn(object)) {
        const set = index.map.get(value) ?? new Set<string>();
        set.add(key);
        index.map.set(value, set);
        index.revisions.set(value, this.#revision);
      }
    }
  }

  /** The revision at which an object with index value `value` last changed (0 if never). */
  indexRevision(name: string, value: string): number {
    return this.#indexes.get(name)?.revisions.get(value) ?? 0;
  }

  /** How many objects were ever deleted (lets the garbage collector skip quiet passes). */
  get deletions(): number {
    return this.#deletions;
  }

  #unindex(resource: string, key: string, object: KubeObject): void {
    for (const index of this.#indexes.values()) {
      if (index.resource !== resource) continue;
      for (const value of index.fn(object)) {
        const set = index.map.get(value);
        set?.delete(key);
        if (set && set.size === 0) index.map.delete(value);
        index.revisions.set(value, this.#revision);
      }
    }
  }

  #emit(event: StoreEvent): void {
    this.#history.push(event);
    // Trim in batches: shifting the array on every write would make bulk loads quadratic.
    if (this.#history.length > 2 * HISTORY_LIMIT) this.#history = this.#history.slice(-HISTORY_LIMIT);
    for (const listener of this.#listeners) listener(event);
  }

  /** Changes after `revision` still in the history, oldest first. */
  eventsSince(revision: number): StoreEvent[] {
    let lo = 0;
    let hi = this.#history.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#history[mid] as StoreEvent).resourceVersion <= revision) lo = mid + 1;
      else hi = mid;
    }
    return this.#history.slice(lo);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
