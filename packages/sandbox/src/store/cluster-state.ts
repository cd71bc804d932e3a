import {
  apiVersionOf,
  qualifiedName,
  type ResourceDef,
  type ResourceRegistry,
} from '../resources/registry.ts';
import type { KubeObject } from '../resources/types.ts';
import type { SeededRandom } from '../util/random.ts';
import type { ObjectStore } from './object-store.ts';

/** RFC 3339 with whole seconds, the way `metav1.Time` serializes. */
export function formatTime(date: Date | number): string {
  return `${new Date(date).toISOString().slice(0, 19)}Z`;
}

/** RFC 3339 with microseconds, the way `metav1.MicroTime` serializes. */
export function formatMicroTime(date: Date | number): string {
  return new Date(date).toISOString().replace(/Z$/, '000Z');
}

/**
 * The cluster's objects as the simulated control plane sees them: typed get/list by kind and
 * writes that fill in what the API server would (uid, creationTimestamp, generation). Used by
 * the REST layer (after validation and admission) and directly by the controllers and kubelet.
 */
export class ClusterState {
  readonly store: ObjectStore;
  readonly registry: ResourceRegistry;
  readonly random: SeededRandom;
  readonly #now: () => number;

  constructor(store: ObjectStore, registry: ResourceRegistry, now: () => number, random: SeededRandom) {
    this.store = store;
    this.registry = registry;
    this.#now = now;
    this.random = random;
  }

  /** Milliseconds since the epoch, in scenario time. */
  now(): number {
    return this.#now();
  }

  /** Scenario time as `metav1.Time`. */
  timestamp(): string {
    return formatTime(this.#now());
  }

  def(kind: string): ResourceDef {
    return this.registry.byKind(kind);
  }

  get<T extends KubeObject = KubeObject>(
    kind: string,
    namespace: string | undefined,
    name: string,
  ): T | undefined {
    const def = this.def(kind);
    return this.store.get(qualifiedName(def), def.namespaced ? namespace : undefined, name) as T | undefined;
  }

  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[] {
    return this.store.all(qualifiedName(this.def(kind)), namespace) as T[];
  }

  /** Objects of `kind` whose index `index` has `value` (see `ObjectStore.addIndex`). */
  byIndex<T extends KubeObject = KubeObject>(index: string, value: string): T[] {
    return this.store.byIndex(index, value) as T[];
  }

  /**
   * Fills in server-set metadata (name from generateName, uid, creationTimestamp, generation)
   * without storing: used by create and by dry-run create.
   */
  materialize<T extends KubeObject>(kind: string, object: T): T {
    const def = this.def(kind);
    const metadata = { ...object.metadata };
    if (!metadata.name && metadata.generateName)
      metadata.name = `${metadata.generateName}${this.random.suffix()}`;
    metadata.uid = this.random.uuid();
    metadata.creationTimestamp = this.timestamp();
    if (!def.namespaced) delete metadata.namespace;
    if (object.spec !== undefined && kind !== 'Pod' && kind !== 'Node' && kind !== 'Namespace')
      metadata.generation = 1;
    return { ...object, apiVersion: apiVersionOf(def), kind: def.kind, metadata };
  }

  /** Stores a new object (no validation); fills in server-set metadata. */
  create<T extends KubeObject>(kind: string, object: T): T {
    const def = this.def(kind);
    let materialized = this.materialize(kind, object);
    // generateName collisions: retry with a fresh suffix, as the API server does.
    for (
      let attempt = 0;
      attempt < 10 && this.get(kind, materialized.metadata.namespace, materialized.metadata.name);
      attempt++
    ) {
      if (!object.metadata.generateName) break;
      materialized = this.materialize(kind, object);
    }
    return this.store.create(qualifiedName(def), materialized) as T;
  }

  /** Replaces an object (no validation, no preconditions): controllers and kubelet writing status. */
  replace<T extends KubeObject>(kind: string, object: T): T {
    return this.store.update(qualifiedName(this.def(kind)), object) as T;
  }

  remove(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const def = this.def(kind);
    return this.store.delete(qualifiedName(def), def.namespaced ? namespace : undefined, name);
  }
}
