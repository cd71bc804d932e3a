/** JSON merge patch (RFC 7386) helpers. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The merge patch that turns `from` into `to`: keys missing from `to` become `null` (removed),
 * objects are diffed recursively, arrays and scalars are replaced whole. `undefined` values are
 * treated as absent, as JSON does.
 */
export function createMergePatch(from: unknown, to: unknown): unknown {
  if (!isObject(from) || !isObject(to)) return to === undefined ? null : to;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(from)) {
    if (from[key] !== undefined && to[key] === undefined) patch[key] = null;
  }
  for (const [key, value] of Object.entries(to)) {
    if (value === undefined) continue;
    const previous = from[key];
    if (isObject(previous) && isObject(value)) {
      const nested = createMergePatch(previous, value);
      if (isObject(nested) && Object.keys(nested).length === 0) continue;
      patch[key] = nested;
    } else if (JSON.stringify(previous) !== JSON.stringify(value)) {
      patch[key] = value;
    }
  }
  return patch;
}

/** Applies a merge patch to a document, as the API server does for `application/merge-patch+json`. */
export function applyMergePatch(target: unknown, patch: unknown): Json {
  if (!isObject(patch)) return patch as Json;
  const result: Record<string, Json> = isObject(target) ? { ...(target as Record<string, Json>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** A plain JSON copy: model class instances become the JSON the API server would see. */
export function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}
