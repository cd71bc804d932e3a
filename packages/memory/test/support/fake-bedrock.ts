import { createHash } from 'node:crypto';
import { createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';

/**
 * Bedrock runtime's `InvokeModel` for Titan Text Embeddings v2 on 127.0.0.1 over cleartext HTTP/2
 * (the runtime client's default handler speaks HTTP/2, as real Bedrock does over TLS):
 * `POST /model/<modelId>/invoke` with `{inputText, dimensions, normalize}` returns
 * `{embedding, inputTextTokenCount}`. Embeddings are a deterministic function of the text.
 */
export async function startFakeBedrock(options: { failWith?: { status: number; type: string } } = {}) {
  const calls: {
    modelId: string;
    body: { inputText: string; dimensions: number; normalize: boolean };
    authorization: string;
  }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/model\/([^/]+)\/invoke$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'not found' }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    calls.push({
      modelId: decodeURIComponent(match[1] as string),
      body,
      authorization: String(req.headers.authorization ?? ''),
    });
    if (options.failWith) {
      res.writeHead(options.failWith.status, {
        'content-type': 'application/json',
        'x-amzn-errortype': options.failWith.type,
      });
      res.end(JSON.stringify({ message: 'Rate exceeded' }));
      return;
    }
    if (typeof body.inputText !== 'string' || body.inputText.length === 0) {
      res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' });
      res.end(JSON.stringify({ message: 'inputText must not be empty' }));
      return;
    }
    const dims = body.dimensions ?? 1024;
    const embedding = Array.from({ length: dims }, (_, i) => {
      const h = createHash('sha256').update(`${i}:${body.inputText}`).digest();
      return h.readInt16BE(0) / 32768;
    });
    const norm = Math.hypot(...embedding);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        embedding: embedding.map((x) => x / norm),
        inputTextTokenCount: body.inputText.split(/\s+/).length,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
