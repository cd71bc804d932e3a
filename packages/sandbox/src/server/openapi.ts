import { createHash } from 'node:crypto';
import { apiVersionOf, type ResourceDef, type ResourceRegistry } from '../resources/registry.ts';
import { SERVER_VERSION } from './discovery.ts';

const WRITE_PARAMETERS = ['dryRun', 'fieldManager', 'fieldValidation'].map((name) => ({
  name,
  in: 'query',
  description: `${name} (accepted; the sandbox validates strictly and honours dryRun=All)`,
  schema: { type: 'string', uniqueItems: true },
}));

function groupVersionPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function paths(resources: readonly ResourceDef[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of resources) {
    const base = `/${groupVersionPath(r.group, r.version)}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.plural}`;
    const gvk = { group: r.group, version: r.version, kind: r.kind };
    const operation = (verb: string) => ({
      operationId: `${verb}${r.kind}`,
      'x-kubernetes-action': verb,
      'x-kubernetes-group-version-kind': gvk,
      parameters: WRITE_PARAMETERS,
      responses: { '200': { description: 'OK' } },
    });
    out[base] = { post: operation('post') };
    out[`${base}/{name}`] = { put: operation('put'), patch: operation('patch'), delete: operation('delete') };
  }
  return out;
}

/**
 * A minimal OpenAPI v3 description: the index at `/openapi/v3` and, per group-version, the write
 * operations with their query parameters (no schemas). Enough for kubectl to see that the server
 * validates fields itself (`fieldValidation`) instead of downloading schemas to validate locally.
 */
export class OpenApi {
  readonly #registry: ResourceRegistry;

  constructor(registry: ResourceRegistry) {
    this.#registry = registry;
  }

  #groupVersions(): { group: string; version: string }[] {
    const seen = new Map<string, { group: string; version: string }>();
    for (const r of this.#registry.all) seen.set(apiVersionOf(r), { group: r.group, version: r.version });
    return [...seen.values()];
  }

  index(): unknown {
    const entries: Record<string, unknown> = {};
    for (const { group, version } of this.#groupVersions()) {
      const path = groupVersionPath(group, version);
      const hash = createHash('sha256')
        .update(JSON.stringify(this.document(group, version)))
        .digest('hex')
        .slice(0, 32)
        .toUpperCase();
      entries[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hash}` };
    }
    return { paths: entries };
  }

  /** The document of one group-version (`api/v1`, `apis/apps/v1`), or undefined. */
  document(group: string, version: string): unknown | undefined {
    const resources = this.#registry.inGroupVersion(group, version);
    if (resources.length === 0) return undefined;
    return {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: SERVER_VERSION.gitVersion },
      paths: paths(resources),
      components: { schemas: {} },
    };
  }

  /** Resolves `/openapi/v3/...` paths. */
  resolve(pathname: string): unknown | undefined {
    const rest = pathname.replace(/^\/openapi\/v3\/?/, '');
    if (rest === '') return this.index();
    const parts = rest.split('/');
    if (parts[0] === 'api' && parts.length === 2) return this.document('', parts[1] as string);
    if (parts[0] === 'apis' && parts.length === 3)
      return this.document(parts[1] as string, parts[2] as string);
    return undefined;
  }
}
