import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for Slack's `response_url` endpoint: records each JSON body posted to it. */
export type ResponseUrlServer<T> = { url: string; bodies: T[]; close(): Promise<void> };

/** Starts the stand-in on a random port of 127.0.0.1; every post is answered 200 `ok`, as Slack does. */
export async function startResponseUrlServer<T = Record<string, unknown>>(): Promise<ResponseUrlServer<T>> {
  const bodies: T[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      bodies.push(JSON.parse(body) as T);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bodies,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
