import * as z from 'zod';
import { prometheusError } from '../errors.ts';

/** Signs a request before it is sent (SigV4 for Amazon Managed Service for Prometheus); returns the headers to send. */
export type RequestSigner = (request: {
  method: 'POST';
  url: URL;
  headers: Record<string, string>;
  body: string;
}) => Promise<Record<string, string>>;

const SampleSchema = z.tuple([z.number(), z.string()]);
const VectorSchema = z.object({
  resultType: z.literal('vector'),
  result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: SampleSchema })),
});
const MatrixSchema = z.object({
  resultType: z.literal('matrix'),
  result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(SampleSchema) })),
});
const ResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('success'), data: z.unknown() }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string().optional() }),
]);

/** Bounds of one query: its evaluation time on the server, and the bytes of its answer. */
export type QueryLimits = { timeoutSeconds?: number; maxResponseBytes?: number };

export type InstantSample = { labels: Record<string, string>; value: number };
export type RangeSeries = { labels: Record<string, string>; points: { time: number; value: number }[] };

/** How much was asked and carried: the scale benchmark prints it. */
export type PrometheusTraffic = { queries: number; bytes: number };

/**
 * A small client of the Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`), POSTing
 * form-encoded queries (no URL length limit; Amazon Managed Service for Prometheus accepts POST).
 * Responses are parsed with zod; an error status becomes an `ExternalServiceError`.
 */
export class PrometheusHttpClient {
  readonly #base: URL;
  readonly #signer: RequestSigner | undefined;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly traffic: PrometheusTraffic = { queries: 0, bytes: 0 };

  constructor(options: { url: string; signer?: RequestSigner; fetch?: typeof fetch; timeoutMs?: number }) {
    this.#base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
    this.#signer = options.signer;
    this.#fetch = options.fetch ?? fetch;
    this.#timeoutMs = options.timeoutMs ?? 120_000;
  }

  /**
   * An instant query evaluated at `time`; `limits` bound its evaluation (Prometheus' `timeout`
   * parameter) and the answer read back (larger is an error, not a truncated result).
   */
  async instant(query: string, time: Date, limits: QueryLimits = {}): Promise<InstantSample[]> {
    const params: Record<string, string> = { query, time: seconds(time) };
    if (limits.timeoutSeconds !== undefined) params.timeout = String(limits.timeoutSeconds);
    const data = VectorSchema.parse(await this.#post('api/v1/query', params, limits));
    return data.result.map((r) => ({ labels: r.metric, value: Number(r.value[1]) }));
  }

  /** A range query from `start` to `end` every `stepSeconds`. */
  async range(query: string, start: Date, end: Date, stepSeconds: number): Promise<RangeSeries[]> {
    const data = MatrixSchema.parse(
      await this.#post('api/v1/query_range', {
        query,
        start: seconds(start),
        end: seconds(end),
        step: String(stepSeconds),
      }),
    );
    return data.result.map((r) => ({
      labels: r.metric,
      points: r.values.map(([time, value]) => ({ time, value: Number(value) })),
    }));
  }

  async #post(path: string, params: Record<string, string>, limits: QueryLimits = {}): Promise<unknown> {
    const url = new URL(path, this.#base);
    const body = new URLSearchParams(params).toString();
    let headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (this.#signer)
      headers = { ...headers, ...(await this.#signer({ method: 'POST', url, headers, body })) };
    this.traffic.queries++;
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(
          limits.timeoutSeconds === undefined
            ? this.#timeoutMs
            : Math.min(this.#timeoutMs, Math.ceil((limits.timeoutSeconds + 5) * 1000)),
        ),
      });
    } catch (error) {
      throw prometheusError(`cannot reach ${this.#base.origin}: ${(error as Error).message}`, true, error);
    }
    const text = await readText(response, limits.maxResponseBytes);
    this.traffic.bytes += Buffer.byteLength(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw prometheusError(
        `HTTP ${response.status}: not a Prometheus API response`,
        response.status >= 500,
        error,
      );
    }
    const parsed = ResponseSchema.safeParse(json);
    if (!parsed.success)
      throw prometheusError(`HTTP ${response.status}: unexpected response body`, false, parsed.error);
    if (parsed.data.status === 'error') {
      const { errorType, error } = parsed.data;
      throw prometheusError(
        `${errorType ?? 'error'}: ${error ?? 'no message'}`,
        response.status >= 500 || response.status === 429,
      );
    }
    return parsed.data.data;
  }
}

/** The body as text; past `maxBytes` (when given) the read stops and the query fails. */
async function readText(response: Response, maxBytes: number | undefined): Promise<string> {
  if (maxBytes === undefined || !response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw prometheusError(
        `the result is larger than ${maxBytes} bytes: narrow the query or aggregate it (sum by, topk)`,
        false,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function seconds(time: Date): string {
  return (time.getTime() / 1000).toFixed(3);
}
