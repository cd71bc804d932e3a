import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExternalServiceError } from '@sre-agent/core';
import { afterEach, describe, expect, it } from 'vitest';
import { PrometheusHttpClient } from './prometheus-http-client.ts';
import { sigV4Signer } from './sigv4-signer.ts';

type Seen = { method?: string; url?: string; headers: IncomingMessage['headers']; body: string };

/** A node:http server on 127.0.0.1:0 answering like the Prometheus HTTP API (or not). */
async function serve(status: number, body: string): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: text });
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`, seen, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function client(status: number, body: unknown, signer?: Parameters<typeof sigV4Signer>[0]) {
  const { url, seen, server } = await serve(status, typeof body === 'string' ? body : JSON.stringify(body));
  servers.push(server);
  return {
    prometheus: new PrometheusHttpClient({ url, ...(signer ? { signer: sigV4Signer(signer) } : {}) }),
    seen,
  };
}

describe('PrometheusHttpClient', () => {
  it('POSTs an instant query under the base path and parses the vector', async () => {
    const { prometheus, seen } = await client(200, {
      status: 'success',
      data: {
        resultType: 'vector',
        result: [{ metric: { namespace: 'shop' }, value: [1767830400, '0.25'] }],
      },
    });
    const samples = await prometheus.instant('up', new Date('2026-01-08T00:00:00Z'));
    expect(samples).toEqual([{ labels: { namespace: 'shop' }, value: 0.25 }]);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/prefix/api/v1/query',
      body: 'query=up&time=1767830400.000',
    });
    expect(seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(prometheus.traffic.queries).toBe(1);
    expect(prometheus.traffic.bytes).toBeGreaterThan(50);
  });

  it('parses a range query into points', async () => {
    const { prometheus, seen } = await client(200, {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          {
            metric: {},
            values: [
              [10, '1'],
              [3610, 'NaN'],
            ],
          },
        ],
      },
    });
    const series = await prometheus.range('up', new Date(10_000), new Date(3_610_000), 3600);
    expect(series[0]?.points[0]).toEqual({ time: 10, value: 1 });
    expect(series[0]?.points[1]?.value).toBeNaN();
    expect(seen[0]?.body).toBe('query=up&start=10.000&end=3610.000&step=3600');
  });

  it('turns an API error into a non-retryable ExternalServiceError naming it', async () => {
    const { prometheus } = await client(400, {
      status: 'error',
      errorType: 'bad_data',
      error: 'parse error at char 3',
    });
    const error = await prometheus.instant('up{', new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).message).toBe('prometheus: bad_data: parse error at char 3');
    expect((error as ExternalServiceError).retryable).toBe(false);
  });

  it('refuses a body that is not the Prometheus API, retryable on a 5xx', async () => {
    const { prometheus } = await client(502, '<html>bad gateway</html>');
    const error = (await prometheus
      .instant('up', new Date())
      .catch((e: unknown) => e)) as ExternalServiceError;
    expect(error.message).toContain('HTTP 502: not a Prometheus API response');
    expect(error.retryable).toBe(true);
    const { prometheus: wrongShape } = await client(200, {
      status: 'success',
      data: { resultType: 'scalar', result: [1, '2'] },
    });
    await expect(wrongShape.instant('1', new Date())).rejects.toThrow();
  });

  it('says it cannot reach a Prometheus that is not there', async () => {
    const { server, url } = await serve(200, '{}');
    await new Promise((resolve) => server.close(resolve));
    const error = (await new PrometheusHttpClient({ url })
      .instant('up', new Date())
      .catch((e: unknown) => e)) as ExternalServiceError;
    expect(error.message).toContain('cannot reach http://127.0.0.1:');
    expect(error.retryable).toBe(true);
  });
});

describe('sigV4Signer', () => {
  const credentials = async () => ({
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'secret',
    sessionToken: 'token',
  });
  const now = () => new Date('2026-01-08T12:00:00Z');

  it('signs the request as Amazon Managed Service for Prometheus expects (service aps, region, body hash)', async () => {
    const { prometheus, seen } = await client(
      200,
      { status: 'success', data: { resultType: 'vector', result: [] } },
      { region: 'eu-west-1', credentials, now },
    );
    await prometheus.instant('up', new Date('2026-01-08T00:00:00Z'));
    const headers = seen[0]?.headers ?? {};
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260108\/eu-west-1\/aps\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-date']).toBe('20260108T120000Z');
    expect(headers['x-amz-security-token']).toBe('token');
    expect(headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic for the same request and time, and depends on the body', async () => {
    const sign = sigV4Signer({ region: 'us-east-1', credentials, now });
    const request = (body: string) => ({
      method: 'POST' as const,
      url: new URL('https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1/api/v1/query'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const a = await sign(request('query=up'));
    const b = await sign(request('query=up'));
    const c = await sign(request('query=down'));
    expect(a.authorization).toBe(b.authorization);
    expect(a.authorization).not.toBe(c.authorization);
    expect(a.host).toBeUndefined();
  });
});
