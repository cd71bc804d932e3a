import { isObject } from '../util/json.ts';
import { PatchError } from './errors.ts';
import type { MergeSchema } from './schema.ts';

const PATCH = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/** Removes `$`-directives from a value that is being set wholesale. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((item) => !(isObject(item) && item[PATCH] === 'delete')).map(strip);
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('$')) continue;
    out[key] = strip(v);
  }
  return out;
}

function mergeList(
  original: unknown,
  patch: unknown[],
  schema: MergeSchema | undefined,
  order: unknown[] | undefined,
  deleteValues: unknown[] | undefined,
): unknown[] {
  const replace = patch.some((item) => isObject(item) && item[PATCH] === 'replace');
  if (replace) {
    return patch.filter((item) => !(isObject(item) && item[PATCH] === 'replace')).map(strip);
  }
  const base = Array.isArray(original) ? [...original] : [];
  if (schema?.listStrategy !== 'merge') return patch.map(strip);

  const mergeKey = schema.mergeKey;
  let result: unknown[];
  if (!mergeKey) {
    // A set of primitives (e.g. finalizers).
    result = base.filter((v) => !deleteValues?.includes(v));
    for (const v of patch) if (!result.includes(v)) result.push(v);
  } else {
    result = base;
    for (const item of patch) {
      if (!isObject(item)) throw new PatchError(`list items merged by "${mergeKey}" must be objects`, 400);
      const key = item[mergeKey];
      if (key === undefined)
        throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`);
      const index = result.findIndex((existing) => isObject(existing) && existing[mergeKey] === key);
      if (item[PATCH] === 'delete') {
        if (index >= 0) result.splice(index, 1);
        continue;
      }
      if (index >= 0) result[index] = mergeMap(result[index], item, schema.items);
      else result.push(strip(item));
    }
  }
  if (order) {
    const position = (item: unknown) => {
      const key = mergeKey && isObject(item) ? item[mergeKey] : item;
      const at = order.findIndex((o) => (mergeKey && isObject(o) ? o[mergeKey] : o) === key);
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    result = result
      .map((item, i) => ({ item, i, p: position(item) }))
      .sort((a, b) => a.p - b.p || a.i - b.i)
      .map((x) => x.item);
  }
  return result;
}

function mergeMap(
  original: unknown,
  patch: Record<string, unknown>,
  schema: MergeSchema | undefined,
): unknown {
  const directive = patch[PATCH];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return strip(patch);
  if (directive !== undefined && directive !== 'merge') {
    throw new PatchError(`Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`, 400);
  }
  const result: Record<string, unknown> = isObject(original) ? { ...original } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    const fieldSchema = schema?.fields?.[key];
    if (value === null) {
      delete result[key];
    } else if (Array.isArray(value)) {
      const order = patch[`${SET_ORDER}${key}`];
      const deleteValues = patch[`${DELETE_PRIMITIVE}${key}`];
      result[key] = mergeList(
        result[key],
        value,
        fieldSchema,
        Array.isArray(order) ? order : undefined,
        Array.isArray(deleteValues) ? deleteValues : undefined,
      );
    } else if (isObject(value)) {
      const merged = mergeMap(result[key], value, fieldSchema);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else {
      result[key] = value;
    }
  }
  // Directives about lists the patch does not otherwise mention.
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith(DELETE_PRIMITIVE)) {
      const field = key.slice(DELETE_PRIMITIVE.length);
      if (!Object.hasOwn(patch, field) && Array.isArray(result[field]) && Array.isArray(value)) {
        result[field] = (result[field] as unknown[]).filter((v) => !value.includes(v));
      }
    } else if (key.startsWith(SET_ORDER)) {
      const field = key.slice(SET_ORDER.length);
      if (!Object.hasOwn(patch, field) && Array.isArray(result[field]) && Array.isArray(value)) {
        result[field] = mergeList(result[field], [], schema?.fields?.[field], value, undefined);
      }
    }
  }
  const retain = patch[RETAIN_KEYS];
  if (Array.isArray(retain)) {
    for (const key of Object.keys(result)) if (!retain.includes(key)) delete result[key];
  }
  return result;
}

/**
 * Strategic merge patch (`application/strategic-merge-patch+json`), the kubectl default for
 * built-in kinds: like a JSON merge patch, except that lists declared mergeable (containers by
 * `name`, env by `name`, ports by `containerPort`, conditions by `type`, ...) merge item by item.
 * Supports the `$patch` (replace/delete/merge), `$retainKeys`, `$setElementOrder/<list>` and
 * `$deleteFromPrimitiveList/<list>` directives. Returns a new object.
 */
export function applyStrategicMergePatch(original: unknown, patch: unknown, schema: MergeSchema): unknown {
  if (!isObject(patch)) throw new PatchError('a strategic merge patch must be a JSON object', 400);
  const merged = mergeMap(original, patch, schema);
  return merged ?? {};
}
