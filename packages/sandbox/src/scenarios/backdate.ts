import type { ClusterState } from '../store/cluster-state.ts';
import { formatMicroTime, formatTime } from '../store/cluster-state.ts';

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Every RFC 3339 timestamp in `value` moved `ms` earlier (same precision). */
function shift(value: unknown, ms: number): unknown {
  if (typeof value === 'string' && TIME.test(value)) {
    const moved = Date.parse(value) - ms;
    return value.includes('.') ? formatMicroTime(moved) : formatTime(moved);
  }
  if (Array.isArray(value)) return value.map((v) => shift(v, ms));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v, ms)]));
  return value;
}

/**
 * Dates a namespace and everything in it `ms` earlier, as if its whole replayed history had
 * happened that long before: creation times, conditions, container start times, events. Its events
 * then age out like any others (the API server keeps them about an hour).
 */
export function backdateNamespace(state: ClusterState, namespace: string, ms: number): void {
  const ns = state.get('Namespace', undefined, namespace);
  if (ns) state.replace('Namespace', shift(ns, ms) as typeof ns);
  const kinds = new Set(state.registry.all.filter((d) => d.namespaced).map((d) => d.kind));
  for (const kind of kinds) {
    const def = state.def(kind);
    for (const object of state.list(def.kind, namespace))
      state.replace(def.kind, shift(object, ms) as typeof object);
  }
}
