import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@sre-agent/core';
import { parse as parseYaml } from 'yaml';
import { ApiError, badRequest, methodNotAllowed, pathNotFound, unsupportedMediaType } from '../errors.ts';
import type { ResourceRegistry } from '../resources/registry.ts';
import type { KubeObject } from '../resources/types.ts';
import type { ObjectStore } from '../store/object-store.ts';
import { intParam, type KubeApi } from './api.ts';
import { type Discovery, SERVER_VERSION } from './discovery.ts';
import type { FaultInjector, RequestInfo } from './faults.ts';
import { OpenApi } from './openapi.ts';
import { decodeKubeProtobuf } from './protobuf.ts';
import { type ResourceRoute, route } from './router.ts';
import { toTable, wantsTable } from './table.ts';
import { serveWatch } from './watch.ts';

/** One request the sandbox API answered, for tests that assert how a client behaved. */
export type RecordedRequest = {
  method: string;
  path: string;
  query: string;
  verb?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  dryRun: boolean;
  contentType?: string;
  status: number;
};

export type ApiServerDeps = {
  api: KubeApi;
  discovery: Discovery;
  registry: ResourceRegistry;
  store: ObjectStore;
  faults: FaultInjector;
  /** Scenario time, for AGE columns. */
  now: () => number;
  logger: Logger;
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  token?: string;
};

export type RunningApiServer = {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
};

const REQUEST_LOG_LIMIT = 5000;
const MAX_BODY_BYTES = 3 * 1024 * 1024;

type Reply = { status: number; body: unknown; contentType?: string; headers?: Record<string, string> };

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(413, 'RequestEntityTooLarge', 'the request is too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function decodeBody(raw: string, contentType: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return contentType.includes('yaml') ? parseYaml(raw) : JSON.parse(raw);
  } catch (error) {
    throw badRequest(
      `the body of the request could not be decoded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function verbOf(method: string, r: ResourceRoute, query: URLSearchParams): string {
  const watch = r.watchPath || query.get('watch') === 'true' || query.get('watch') === '1';
  switch (method) {
    case 'GET':
      if (r.name === undefined) return watch ? 'watch' : 'list';
      return watch ? 'watch' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return r.name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

/** Answers a SelfSubjectAccessReview: allowed unless a `forbid` fault denies the verb and resource. */
function accessReview(body: unknown, faults: FaultInjector): unknown {
  const review = (typeof body === 'object' && body !== null ? body : {}) as {
    spec?: {
      resourceAttributes?: {
        namespace?: string;
        verb?: string;
        resource?: string;
        subresource?: string;
        name?: string;
      };
    };
  };
  const attributes = review.spec?.resourceAttributes;
  const resource = (attributes?.resource ?? '').split('.')[0] ?? '';
  const denied =
    attributes !== undefined &&
    faults.isForbidden({
      verb: attributes.verb ?? '',
      resource,
      ...(attributes.subresource ? { subresource: attributes.subresource } : {}),
      ...(attributes.namespace ? { namespace: attributes.namespace } : {}),
      ...(attributes.name ? { name: attributes.name } : {}),
    });
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: {},
    spec: review.spec ?? {},
    status: denied ? { allowed: false, denied: true } : { allowed: true },
  };
}

/**
 * Serves the Kubernetes REST API over node:http: discovery, CRUD with the three patch types,
 * subresources, Table output for `kubectl get`, minimal watches, fault injection and a request log.
 */
export async function startApiServer(
  deps: ApiServerDeps,
  options: { port?: number; host?: string } = {},
): Promise<RunningApiServer> {
  const requests: RecordedRequest[] = [];
  const openApi = new OpenApi(deps.registry);
  const watchers = new Set<() => void>();
  const host = options.host ?? '127.0.0.1';
  let serverAddress = `${host}:0`;

  const record = (entry: RecordedRequest) => {
    requests.push(entry);
    if (requests.length > REQUEST_LOG_LIMIT) requests.splice(0, requests.length - REQUEST_LOG_LIMIT);
  };

  const send = (response: ServerResponse, reply: Reply) => {
    const contentType = reply.contentType ?? 'application/json';
    const text = contentType.startsWith('text/plain') ? String(reply.body) : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      'Content-Type': contentType,
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-cache, private',
      ...(reply.headers ?? {}),
    });
    response.end(text);
  };

  const handleResource = async (
    request: IncomingMessage,
    response: ServerResponse,
    r: ResourceRoute,
    url: URL,
    entry: RecordedRequest,
  ): Promise<Reply | undefined> => {
    const method = request.method ?? 'GET';
    const query = url.searchParams;
    const verb = verbOf(method, r, query);
    const dryRun = query.getAll('dryRun').includes('All');
    Object.assign(entry, {
      verb,
      resource: r.def.plural,
      dryRun,
      ...(r.subresource !== undefined ? { subresource: r.subresource } : {}),
      ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
    });
    const info: RequestInfo = {
      verb,
      resource: r.def.plural,
      ...(r.subresource !== undefined ? { subresource: r.subresource } : {}),
      ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
    };
    const fault = deps.faults.evaluate(info);
    if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.error) throw fault.error;

    const contentType = request.headers['content-type'] ?? 'application/json';
    const rawBytes = method === 'GET' ? Buffer.alloc(0) : await readBody(request);
    const raw = rawBytes.toString('utf8');
    let body: unknown;
    const decoded = () => {
      if (body === undefined)
        body = contentType.includes('protobuf') ? decodeKubeProtobuf(rawBytes) : decodeBody(raw, contentType);
      return body;
    };
    if (contentType.includes('protobuf') && (method === 'PATCH' || method === 'DELETE')) {
      throw unsupportedMediaType(contentType);
    }
    const { api, registry } = deps;
    const { def, namespace, name, subresource } = r;
    const asTable = wantsTable(request.headers.accept);
    const includeObject = (query.get('includeObject') as 'None' | 'Metadata' | 'Object' | null) ?? 'Metadata';

    if (verb === 'watch') {
      serveWatch(
        deps.store,
        {
          def,
          namespace,
          name,
          filter: api.filterFor(def, query),
          resourceVersion: query.get('resourceVersion') ?? undefined,
          timeoutSeconds: intParam(query, 'timeoutSeconds'),
          ...(asTable
            ? { render: (object: KubeObject) => toTable(def, [object], deps.now(), {}, includeObject) }
            : {}),
        },
        response,
        (stop) => {
          watchers.add(stop);
          response.on('close', () => watchers.delete(stop));
        },
      );
      return undefined;
    }

    if (def.kind === 'SelfSubjectAccessReview') {
      if (verb !== 'create') throw methodNotAllowed(`${method} is not supported on selfsubjectaccessreviews`);
      return { status: 201, body: accessReview(decoded(), deps.faults) };
    }
    if (subresource === 'log') {
      if (verb !== 'get') throw methodNotAllowed(`${method} is not supported on pods/log`);
      const tailLines = intParam(query, 'tailLines');
      const limitBytes = intParam(query, 'limitBytes');
      const sinceSeconds = intParam(query, 'sinceSeconds');
      const text = api.log(namespace ?? 'default', name as string, {
        ...(query.get('container') ? { container: query.get('container') as string } : {}),
        previous: query.get('previous') === 'true',
        timestamps: query.get('timestamps') === 'true',
        ...(tailLines !== undefined ? { tailLines } : {}),
        ...(limitBytes !== undefined ? { limitBytes } : {}),
        ...(sinceSeconds !== undefined ? { sinceSeconds } : {}),
        ...(query.get('sinceTime') ? { sinceTime: query.get('sinceTime') as string } : {}),
      });
      return { status: 200, body: text, contentType: 'text/plain' };
    }
    if (subresource === 'eviction') {
      if (verb !== 'create') throw methodNotAllowed(`${method} is not supported on pods/eviction`);
      const status = api.evict(namespace ?? 'default', name as string, decoded(), {
        dryRun,
      });
      return { status: 201, body: status };
    }
    if (subresource === 'scale') {
      if (verb === 'get') return { status: 200, body: api.scale(def, namespace, name as string) };
      if (verb === 'update') {
        return {
          status: 200,
          body: api.updateScale(def, namespace, name as string, decoded(), { dryRun }),
        };
      }
      if (verb === 'patch') {
        return {
          status: 200,
          body: api.patchScale(def, namespace, name as string, raw, contentType, { dryRun }),
        };
      }
      throw methodNotAllowed(`${method} is not supported on ${def.plural}/scale`);
    }
    const statusOnly = subresource === 'status' ? { subresource: 'status' as const } : {};
    if (subresource !== undefined && subresource !== 'status') {
      if (verb === 'get') return { status: 200, body: api.get(def, namespace, name as string) };
      if (verb === 'update') {
        return {
          status: 200,
          body: api.update(def, namespace, name as string, decoded(), { dryRun }),
        };
      }
      throw methodNotAllowed(`${method} is not supported on ${def.plural}/${subresource}`);
    }

    switch (verb) {
      case 'get': {
        const object = api.get(def, namespace, name as string);
        return {
          status: 200,
          body: asTable ? toTable(def, [object], deps.now(), {}, includeObject) : object,
        };
      }
      case 'list': {
        const list = api.list(def, namespace, query);
        return {
          status: 200,
          body: asTable ? toTable(def, list.items, deps.now(), list.metadata, includeObject) : list,
        };
      }
      case 'create': {
        if (name !== undefined) throw methodNotAllowed(`POST is not supported on a named ${def.singular}`);
        const object = api.create(def, namespace, decoded(), { dryRun });
        return { status: 201, body: object };
      }
      case 'update':
        return {
          status: 200,
          body: api.update(def, namespace, name as string, decoded(), {
            dryRun,
            ...statusOnly,
          }),
        };
      case 'patch': {
        const result = api.patch(def, namespace, name as string, raw, contentType, { dryRun, ...statusOnly });
        return { status: result.created ? 201 : 200, body: result.object };
      }
      case 'delete': {
        const result = api.delete(def, namespace, name as string, decoded(), { dryRun });
        return { status: result.code, body: result.object };
      }
      case 'deletecollection':
        return { status: 200, body: api.deleteCollection(def, namespace, query, { dryRun }) };
      default:
        void registry;
        throw methodNotAllowed(`${method} is not supported`);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const entry: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      dryRun: false,
      status: 0,
      ...(request.headers['content-type'] ? { contentType: request.headers['content-type'] } : {}),
    };
    let reply: Reply | undefined;
    try {
      if (deps.token !== undefined && request.headers.authorization !== `Bearer ${deps.token}`) {
        throw new ApiError(401, 'Unauthorized', 'Unauthorized');
      }
      if (url.pathname === '/openapi/v3' || url.pathname.startsWith('/openapi/v3/')) {
        const document = openApi.resolve(url.pathname);
        if (!document) throw pathNotFound();
        reply = { status: 200, body: document };
        entry.status = 200;
        record(entry);
        send(response, reply);
        return;
      }
      const r = route(url.pathname, deps.registry);
      switch (r.type) {
        case 'version':
          reply = { status: 200, body: SERVER_VERSION };
          break;
        case 'health':
          reply = { status: 200, body: 'ok', contentType: 'text/plain; charset=utf-8' };
          break;
        case 'api':
          reply = { status: 200, body: deps.discovery.apiVersions(serverAddress) };
          break;
        case 'apis':
          reply = { status: 200, body: deps.discovery.apiGroupList() };
          break;
        case 'group': {
          const body = deps.discovery.apiGroup(r.group);
          if (!body) throw pathNotFound();
          reply = { status: 200, body };
          break;
        }
        case 'groupVersion': {
          const body = deps.discovery.resourceList(r.group, r.version);
          if (!body) throw pathNotFound();
          reply = { status: 200, body };
          break;
        }
        case 'resource':
          reply = await handleResource(request, response, r, url, entry);
          break;
        default:
          throw pathNotFound();
      }
    } catch (error) {
      if (error instanceof ApiError) {
        reply = { status: error.code, body: error.toStatus(), headers: error.headers };
      } else {
        deps.logger.error('sandbox api request failed', {
          error,
          path: url.pathname,
          method: request.method,
        });
        const internal = new ApiError(
          500,
          'InternalError',
          `Internal error occurred: ${error instanceof Error ? error.message : String(error)}`,
        );
        reply = { status: 500, body: internal.toStatus() };
      }
    }
    entry.status = reply?.status ?? 200;
    record(entry);
    if (reply && !response.headersSent) send(response, reply);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      deps.logger.error('sandbox api handler crashed', { error });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  serverAddress = `${host}:${port}`;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of watchers) stop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
