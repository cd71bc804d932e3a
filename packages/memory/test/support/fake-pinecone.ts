import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchesFilter } from '../../src/metadata-filter.ts';
import type { Metadata } from '../../src/vector-index.ts';

type StoredVector = { id: string; values: number[]; metadata?: Metadata };

/**
 * A small Pinecone data plane on 127.0.0.1 (port chosen by the OS) following the documented wire
 * format the official client speaks: upsert, query (namespace, filter, topK), fetch, delete, list
 * with pagination, list namespaces. Checks the Api-Key header and Pinecone's metadata rules.
 */
export async function startFakePinecone(options: { apiKey: string; dimension: number }) {
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const requests: { method: string; path: string }[] = [];
  const ns = (name: string | undefined | null) => {
    const key = name ?? '';
    let m = namespaces.get(key);
    if (!m) {
      m = new Map();
      namespaces.set(key, m);
    }
    return m;
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: string, message: string) =>
    send(res, status, { error: { code, message }, status });
  const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const validMetadata = (metadata: unknown) =>
    metadata === undefined ||
    (typeof metadata === 'object' &&
      metadata !== null &&
      Object.values(metadata).every(
        (v) =>
          ['string', 'number', 'boolean'].includes(typeof v) ||
          (Array.isArray(v) && v.every((x) => typeof x === 'string')),
      ));
  const cosine = (a: number[], b: number[]) => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      dot += (a[i] as number) * (b[i] as number);
      na += (a[i] as number) ** 2;
      nb += (b[i] as number) ** 2;
    }
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method ?? '', path: url.pathname });
    if (req.headers['api-key'] !== options.apiKey)
      return fail(res, 401, 'UNAUTHENTICATED', 'Invalid API Key');
    try {
      if (req.method === 'POST' && url.pathname === '/vectors/upsert') {
        const body = await readJson(req);
        const vectors = body.vectors as StoredVector[];
        for (const v of vectors) {
          if (v.values.length !== options.dimension) {
            return fail(
              res,
              400,
              'INVALID_ARGUMENT',
              `Vector dimension ${v.values.length} does not match the dimension of the index ${options.dimension}`,
            );
          }
          if (!validMetadata(v.metadata)) {
            return fail(
              res,
              400,
              'INVALID_ARGUMENT',
              `Metadata value must be a string, number, boolean or list of strings`,
            );
          }
        }
        for (const v of vectors) ns(body.namespace as string).set(v.id, v);
        return send(res, 200, { upsertedCount: vectors.length });
      }
      if (req.method === 'POST' && url.pathname === '/query') {
        const body = await readJson(req);
        const vector = body.vector as number[];
        if (vector.length !== options.dimension)
          return fail(res, 400, 'INVALID_ARGUMENT', 'Query vector dimension mismatch');
        const matches = [...ns(body.namespace as string).values()]
          .filter((v) => matchesFilter(v.metadata ?? {}, body.filter as Record<string, unknown> | undefined))
          .map((v) => ({
            id: v.id,
            score: cosine(vector, v.values),
            ...(body.includeMetadata ? { metadata: v.metadata ?? {} } : {}),
            values: body.includeValues ? v.values : [],
          }))
          .sort((a, b) => b.score - a.score)
          .slice(0, body.topK as number);
        return send(res, 200, { matches, namespace: body.namespace ?? '', usage: { readUnits: 1 } });
      }
      if (req.method === 'GET' && url.pathname === '/vectors/fetch') {
        const space = ns(url.searchParams.get('namespace'));
        const vectors: Record<string, StoredVector> = {};
        for (const id of url.searchParams.getAll('ids')) {
          const v = space.get(id);
          if (v) vectors[id] = v;
        }
        return send(res, 200, {
          vectors,
          namespace: url.searchParams.get('namespace') ?? '',
          usage: { readUnits: 1 },
        });
      }
      if (req.method === 'POST' && url.pathname === '/vectors/delete') {
        const body = await readJson(req);
        for (const id of (body.ids as string[] | undefined) ?? []) ns(body.namespace as string).delete(id);
        return send(res, 200, {});
      }
      if (req.method === 'GET' && url.pathname === '/vectors/list') {
        const prefix = url.searchParams.get('prefix') ?? '';
        const limit = Number(url.searchParams.get('limit') ?? 100);
        const after = url.searchParams.get('paginationToken');
        const ids = [...ns(url.searchParams.get('namespace')).keys()]
          .filter((id) => id.startsWith(prefix) && (after === null || id > after))
          .sort();
        const page = ids.slice(0, limit);
        return send(res, 200, {
          vectors: page.map((id) => ({ id })),
          ...(ids.length > limit ? { pagination: { next: page[page.length - 1] } } : {}),
          namespace: url.searchParams.get('namespace') ?? '',
          usage: { readUnits: 1 },
        });
      }
      if (req.method === 'GET' && url.pathname === '/namespaces') {
        const list = [...namespaces]
          .filter(([, m]) => m.size > 0)
          .map(([name, m]) => ({ name, record_count: m.size }));
        return send(res, 200, { namespaces: list, total_count: list.length });
      }
      return fail(res, 404, 'NOT_FOUND', `no route ${req.method} ${url.pathname}`);
    } catch (error) {
      return fail(res, 400, 'INVALID_ARGUMENT', error instanceof Error ? error.message : String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
