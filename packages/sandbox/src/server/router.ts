import type { ResourceDef, ResourceRegistry } from '../resources/registry.ts';

export type ResourceRoute = {
  type: 'resource';
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Legacy `/api/v1/watch/...` paths. */
  watchPath: boolean;
};

export type Route =
  | { type: 'version' }
  | { type: 'health' }
  | { type: 'api' }
  | { type: 'apis' }
  | { type: 'group'; group: string }
  | { type: 'groupVersion'; group: string; version: string }
  | ResourceRoute
  | { type: 'notFound' };

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

/** Maps a request path onto discovery documents or a resource (with namespace, name and subresource). */
export function route(pathname: string, registry: ResourceRegistry): Route {
  const segments = pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map(decodeURIComponent);
  if (segments.length === 1 && segments[0] === 'version') return { type: 'version' };
  if (segments.length === 1 && ['healthz', 'livez', 'readyz'].includes(segments[0] as string))
    return { type: 'health' };

  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api') {
    if (segments.length === 1) return { type: 'api' };
    group = '';
    version = segments[1] as string;
    rest = segments.slice(2);
  } else if (segments[0] === 'apis') {
    if (segments.length === 1) return { type: 'apis' };
    group = segments[1] as string;
    if (segments.length === 2) return { type: 'group', group };
    version = segments[2] as string;
    rest = segments.slice(3);
  } else {
    return { type: 'notFound' };
  }
  if (rest.length === 0) return { type: 'groupVersion', group, version };

  let watchPath = false;
  if (rest[0] === 'watch') {
    watchPath = true;
    rest = rest.slice(1);
  }

  let namespace: string | undefined;
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(rest.length === 3 && NAMESPACE_SUBRESOURCES.has(rest[2] as string) && group === '')
  ) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [plural, name, subresource, ...extra] = rest;
  if (!plural || extra.length > 0) return { type: 'notFound' };
  const def = registry.byPath(group, version, plural);
  if (!def) return { type: 'notFound' };
  if (namespace !== undefined && !def.namespaced) return { type: 'notFound' };
  if (subresource !== undefined && !def.subresources.some((s) => s.name === subresource))
    return { type: 'notFound' };
  return {
    type: 'resource',
    def,
    watchPath,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {}),
  };
}
