import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What crossed the proxy: requests, and bytes of request and response bodies plus headers. */
export type Traffic = { requests: number; bytesSent: number; bytesReceived: number; paths: string[] };

function headerBytes(headers: Record<string, string | string[] | number | undefined>): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) bytes += key.length + String(v).length + 4;
  }
  return bytes;
}

/**
 * A tiny reverse proxy on 127.0.0.1 in front of an HTTP API server that counts what a client
 * sends and receives, whatever HTTP library the client uses. Point a kubeconfig at `url`.
 */
export class CountingProxy {
  readonly traffic: Traffic = { requests: 0, bytesSent: 0, bytesReceived: 0, paths: [] };
  readonly #server: Server;
  #url = '';

  private constructor(target: URL) {
    this.#server = createServer((req, res) => {
      this.traffic.requests++;
      this.traffic.paths.push(req.url ?? '');
      this.traffic.bytesSent += headerBytes(req.headers) + (req.url?.length ?? 0);
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (answer) => {
          this.traffic.bytesReceived += headerBytes(answer.headers);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.on('data', (chunk: Buffer) => {
            this.traffic.bytesReceived += chunk.length;
          });
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
      req.on('data', (chunk: Buffer) => {
        this.traffic.bytesSent += chunk.length;
      });
      req.pipe(upstream);
    });
  }

  static async start(target: string): Promise<CountingProxy> {
    const proxy = new CountingProxy(new URL(target));
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    proxy.#url = `http://127.0.0.1:${(proxy.#server.address() as AddressInfo).port}`;
    return proxy;
  }

  get url(): string {
    return this.#url;
  }

  reset(): void {
    Object.assign(this.traffic, { requests: 0, bytesSent: 0, bytesReceived: 0, paths: [] });
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
