import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The client's port: requests with the same one shared a connection. */
  remotePort: number | undefined;
};

export type FakeResponse = {
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as text/plain instead of `body`. */
  text?: string;
  headers?: Record<string, string>;
};

export type Handler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

/** A Kubernetes `Status` failure answer. */
export function status(
  code: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): FakeResponse {
  return {
    status: code,
    headers,
    body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code },
  };
}

/**
 * A programmable Kubernetes API server on 127.0.0.1 (port chosen by the OS): routes are
 * `METHOD /path` (exact) answered by handlers; every request is recorded.
 */
export class FakeApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly #routes = new Map<string, Handler>();
  readonly #server: Server;
  #url = '';

  private constructor(tls?: { key: string; cert: string }) {
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      this.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    };
    this.#server = tls ? createTlsServer(tls, listener) : createServer(listener);
  }

  /** Plain HTTP by default; HTTPS with `tls` (key and certificate PEM). */
  static async start(options: { tls?: { key: string; cert: string } } = {}): Promise<FakeApiServer> {
    const fake = new FakeApiServer(options.tls);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.#server.address() as AddressInfo;
    fake.#url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    return fake;
  }

  get url(): string {
    return this.#url;
  }

  /** Answers `method path` with `handler` (or a fixed response), replacing an earlier route. */
  on(method: string, path: string, handler: Handler | FakeResponse): this {
    this.#routes.set(`${method} ${path}`, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  /** Answers with each response in turn, repeating the last. */
  sequence(method: string, path: string, responses: FakeResponse[]): this {
    let index = 0;
    return this.on(method, path, () => responses[Math.min(index++, responses.length - 1)] ?? {});
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  kubeconfig(token = 'test-token'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: fake\n  cluster:\n    server: ${this.#url}\n    insecure-skip-tls-verify: true`,
      'users:',
      `- name: fake\n  user:\n    token: ${token}`,
      'contexts:',
      '- name: fake\n  context:\n    cluster: fake\n    user: fake',
      'current-context: fake',
      '',
    ].join('\n');
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    let body: unknown = raw;
    if (raw && (req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: raw ? body : undefined,
      remotePort: req.socket.remotePort,
    };
    this.requests.push(request);
    const handler = this.#routes.get(`${request.method} ${request.path}`);
    const answer = handler
      ? await handler(request)
      : status(
          404,
          'NotFound',
          `the server could not find the requested resource (${request.method} ${request.path})`,
        );
    const headers = { ...(answer.headers ?? {}) };
    if (answer.text !== undefined) {
      res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain', ...headers });
      res.end(answer.text);
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(answer.body ?? {}));
  }
}

/** Kubernetes list JSON with an optional continue token. */
export function list(kind: string, items: unknown[], continueToken?: string): FakeResponse {
  return {
    body: {
      kind,
      apiVersion: 'v1',
      metadata: { resourceVersion: '100', ...(continueToken ? { continue: continueToken } : {}) },
      items,
    },
  };
}

export function pod(
  namespace: string,
  name: string,
  extra: { owner?: { kind: string; name: string }; annotations?: Record<string, string>; node?: string } = {},
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      uid: `uid-${name}`,
      resourceVersion: '1',
      ...(extra.annotations ? { annotations: extra.annotations } : {}),
      ...(extra.owner
        ? {
            ownerReferences: [
              {
                apiVersion:
                  extra.owner.kind === 'ReplicaSet' || extra.owner.kind === 'DaemonSet'
                    ? 'apps/v1'
                    : 'batch/v1',
                kind: extra.owner.kind,
                name: extra.owner.name,
                uid: `uid-${extra.owner.name}`,
                controller: true,
              },
            ],
          }
        : {}),
    },
    spec: { nodeName: extra.node ?? 'node-1', containers: [{ name: 'app', image: 'app:1' }] },
    status: { phase: 'Running' },
  };
}
