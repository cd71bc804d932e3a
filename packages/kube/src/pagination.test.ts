import { ApiException } from '@kubernetes/client-node';
import { ExternalServiceError } from '@sre-agent/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listAllPages, type PageRequest } from './pagination.ts';

/** A list endpoint over `items` that honours limit/continue like the API server. */
function server(items: number[]) {
  const requests: PageRequest[] = [];
  const fetchPage = async (request: PageRequest) => {
    requests.push(request);
    const start = request.continueToken ? Number(request.continueToken) : 0;
    const end = start + request.limit;
    return {
      items: items.slice(start, end),
      metadata: end < items.length ? { _continue: String(end) } : {},
    };
  };
  return { fetchPage, requests };
}

describe('listAllPages', () => {
  it('follows continue to the end with the page size as limit', async () => {
    const { fetchPage, requests } = server([1, 2, 3, 4, 5]);

    const items = await listAllPages<number>(fetchPage, { pageSize: 2 });

    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(requests).toEqual([
      { limit: 2, continueToken: undefined },
      { limit: 2, continueToken: '2' },
      { limit: 2, continueToken: '4' },
    ]);
  });

  it('returns every item in order in ceil(n / pageSize) requests, whatever the sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        async (n, pageSize) => {
          const all = Array.from({ length: n }, (_, i) => i);
          const { fetchPage, requests } = server(all);

          const items = await listAllPages<number>(fetchPage, { pageSize });

          expect(items).toEqual(all);
          expect(requests).toHaveLength(Math.max(1, Math.ceil(n / pageSize)));
        },
      ),
    );
  });

  it('restarts from the first page when a continue token expired (410)', async () => {
    const { fetchPage } = server([1, 2, 3]);
    let expired = false;

    const items = await listAllPages<number>(
      async (request) => {
        if (request.continueToken && !expired) {
          expired = true;
          throw new ApiException(410, 'Gone', '{"reason":"Expired"}', {});
        }
        return fetchPage(request);
      },
      { pageSize: 2 },
    );

    expect(items).toEqual([1, 2, 3]);
  });

  it('gives up on a server that keeps handing back the same continue token', async () => {
    const error = await listAllPages(async () => ({ items: [1], metadata: { _continue: 'again' } })).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as Error).message).toContain('pagination did not end');
  });

  it('rejects a response without an items array', async () => {
    await expect(listAllPages(async () => ({ kind: 'Status' }))).rejects.toBeInstanceOf(ExternalServiceError);
  });
});
