import { createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';

/** One request the fake received, decoded. */
export type ConverseCall = {
  modelId: string;
  path: string;
  authorization: string;
  contentType: string;
  body: {
    messages?: {
      role: string;
      content: {
        text?: string;
        toolUse?: { toolUseId: string; name: string; input: unknown };
        toolResult?: {
          toolUseId: string;
          content: ({ json: unknown } | { text: string })[];
          status?: 'success' | 'error';
        };
      }[];
    }[];
    system?: { text: string }[];
    inferenceConfig?: { maxTokens?: number; temperature?: number };
    toolConfig?: {
      tools: {
        toolSpec: { name: string; description?: string; inputSchema: { json: Record<string, unknown> } };
      }[];
      toolChoice?: { tool?: { name: string } };
    };
  };
  raw: string;
};

/** What the fake answers next: a Converse response body, or an error with its status and type. */
export type ConverseReply =
  | { kind: 'tool'; input: unknown; name?: string; stopReason?: string; extraText?: string }
  | { kind: 'text'; text: string }
  /** Several tool calls in one assistant turn (the assistant's loop), each with its own id. */
  | { kind: 'tools'; uses: { id: string; name: string; input: unknown }[]; text?: string }
  | { kind: 'raw'; body: unknown }
  | { kind: 'error'; status: number; type: string; message: string }
  | { kind: 'hang' }
  /** A model that repeats, as its answer, every tool result it was just sent (a leak, if any, shows). */
  | { kind: 'echo' };

/** A text reply quoting the tool results of the request's last message. */
function echoOf(call: ConverseCall | undefined): { kind: 'text'; text: string } {
  const results = (call?.body.messages?.at(-1)?.content ?? []).flatMap((b) =>
    b.toolResult ? [b.toolResult.content] : [],
  );
  return { kind: 'text', text: `Here is what I read: ${JSON.stringify(results)}` };
}

/**
 * Bedrock runtime's Converse API on 127.0.0.1 over cleartext HTTP/2 (the runtime client's default
 * handler speaks HTTP/2, as Bedrock does over TLS): `POST /model/<modelId>/converse` with
 * `{messages, system, inferenceConfig, toolConfig}` answers
 * `{output: {message: {role, content}}, stopReason, usage, metrics}` — here, scripted replies.
 */
export async function startFakeBedrockConverse() {
  const calls: ConverseCall[] = [];
  const replies: ConverseReply[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const match = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'UnknownOperationException',
      });
      res.end(JSON.stringify({ message: 'not found' }));
      return;
    }
    calls.push({
      modelId: decodeURIComponent(match[1] as string),
      path: req.url ?? '',
      authorization: String(req.headers.authorization ?? ''),
      contentType: String(req.headers['content-type'] ?? ''),
      body: JSON.parse(raw),
      raw,
    });
    const next = replies.shift() ?? { kind: 'text', text: 'no scripted reply' };
    const reply: Exclude<ConverseReply, { kind: 'echo' }> =
      next.kind === 'echo' ? echoOf(calls.at(-1)) : next;
    if (reply.kind === 'hang') return; // never answers: the client must time out
    if (reply.kind === 'error') {
      res.writeHead(reply.status, { 'content-type': 'application/json', 'x-amzn-errortype': reply.type });
      res.end(JSON.stringify({ message: reply.message }));
      return;
    }
    const usage = {
      inputTokens: Math.ceil(raw.length / 4),
      outputTokens: 57,
      totalTokens: Math.ceil(raw.length / 4) + 57,
    };
    const body =
      reply.kind === 'raw'
        ? reply.body
        : reply.kind === 'tools'
          ? {
              output: {
                message: {
                  role: 'assistant',
                  content: [
                    ...(reply.text ? [{ text: reply.text }] : []),
                    ...reply.uses.map((u) => ({
                      toolUse: { toolUseId: u.id, name: u.name, input: u.input },
                    })),
                  ],
                },
              },
              stopReason: 'tool_use',
              usage,
              metrics: { latencyMs: 640 },
            }
          : reply.kind === 'text'
            ? {
                output: { message: { role: 'assistant', content: [{ text: reply.text }] } },
                stopReason: 'end_turn',
                usage,
                metrics: { latencyMs: 812 },
              }
            : {
                output: {
                  message: {
                    role: 'assistant',
                    content: [
                      ...(reply.extraText ? [{ text: reply.extraText }] : []),
                      {
                        toolUse: {
                          toolUseId: 'tooluse_kZJMlvQmRJ6eAyJE5GIl7Q',
                          name: reply.name ?? 'choose_action',
                          input: reply.input,
                        },
                      },
                    ],
                  },
                },
                stopReason: reply.stopReason ?? 'tool_use',
                usage,
                metrics: { latencyMs: 1204 },
              };
    res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': `req-${calls.length}` });
    res.end(JSON.stringify(body));
  });
  const sessions = new Set<import('node:http2').ServerHttp2Session>();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    reply: (...next: ConverseReply[]) => replies.push(...next),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const s of sessions) s.destroy();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
