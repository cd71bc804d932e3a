import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake server received it, body decoded (JSON-valued form fields parsed). */
export type RecordedSlackCall = {
  method: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
};

type Message = { channel: string; ts: string; thread_ts?: string; text?: unknown; blocks?: unknown };

/**
 * A local server speaking Slack's Web API wire format for `chat.postMessage` and `chat.update`:
 * POST /api/<method>, form-urlencoded or JSON body, `Authorization: Bearer xoxb-…`, answers
 * `{ ok, channel, ts, message }` or `{ ok: false, error }`. It resolves `#name` channels to IDs
 * like Slack does, and can answer the next calls with 429 + Retry-After.
 */
export class FakeSlackApi {
  readonly calls: RecordedSlackCall[] = [];
  readonly messages = new Map<string, Message>();
  readonly #channels = new Map<string, string>([['#sre', 'C0SRE00001']]);
  readonly #token: string;
  #rateLimitNext: { count: number; retryAfter: string }[] = [];
  #failNext: { method: string; error: string }[] = [];
  #server: Server | undefined;
  #seq = 0;

  constructor(token = 'xoxb-test-token') {
    this.#token = token;
  }

  /** The base URL to give `WebClient` as `slackApiUrl`. */
  get apiUrl(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake Slack API is not listening');
    return `http://127.0.0.1:${address.port}/api/`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` requests (any method) get HTTP 429 with this Retry-After header. */
  rateLimitNext(count: number, retryAfter = '0'): void {
    this.#rateLimitNext.push({ count, retryAfter });
  }

  /** The next call of `method` answers `{ ok: false, error }` (HTTP 200, as Slack does). */
  failNext(method: string, error: string): void {
    this.#failNext.push({ method, error });
  }

  callsOf(method: string): RecordedSlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const contentType = req.headers['content-type'];
    const body = decodeBody(raw, contentType);
    this.calls.push({ method, authorization: req.headers.authorization, contentType, body });

    const limit = this.#rateLimitNext[0];
    if (limit) {
      limit.count -= 1;
      if (limit.count <= 0) this.#rateLimitNext.shift();
      res.writeHead(429, { 'Retry-After': limit.retryAfter, 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (req.method !== 'POST') return send(res, { ok: false, error: 'invalid_request' });
    if (req.headers.authorization !== `Bearer ${this.#token}`)
      return send(res, { ok: false, error: 'invalid_auth' });
    const failure = this.#failNext.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const [f] = this.#failNext.splice(failure, 1);
      return send(res, { ok: false, error: f?.error });
    }

    const channel = this.#resolveChannel(body.channel);
    if (!channel) return send(res, { ok: false, error: 'channel_not_found' });
    if (method === 'chat.postMessage') {
      const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
      if (threadTs && !this.messages.has(threadTs))
        return send(res, { ok: false, error: 'thread_not_found' });
      this.#seq += 1;
      const ts = `1700000000.${String(this.#seq).padStart(6, '0')}`;
      const message: Message = {
        channel,
        ts,
        text: body.text,
        blocks: body.blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      };
      this.messages.set(ts, message);
      return send(res, { ok: true, channel, ts, message: { type: 'message', ...message } });
    }
    if (method === 'chat.update') {
      const ts = typeof body.ts === 'string' ? body.ts : '';
      const existing = this.messages.get(ts);
      // chat.update needs the channel ID; Slack refuses names here.
      if (!existing || existing.channel !== body.channel)
        return send(res, { ok: false, error: 'message_not_found' });
      const updated = { ...existing, text: body.text, blocks: body.blocks };
      this.messages.set(ts, updated);
      return send(res, { ok: true, channel, ts, text: body.text, message: updated });
    }
    return send(res, { ok: false, error: 'unknown_method' });
  }

  #resolveChannel(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    if (value.startsWith('#')) return this.#channels.get(value);
    return /^[CG][A-Z0-9]+$/.test(value) ? value : undefined;
  }
}

function send(res: ServerResponse, payload: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(payload));
}

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return out;
}
