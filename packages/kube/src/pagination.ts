import { ExternalServiceError } from '@sre-agent/core';
import * as z from 'zod';
import { statusCodeOf } from './errors.ts';

/** Items per list request unless the caller asks otherwise (kubectl uses 500 too). */
export const DEFAULT_PAGE_SIZE = 500;
/** A list that needs more pages than this is treated as a server bug, not followed forever. */
export const MAX_PAGES = 10_000;
/** Times a list restarts from the beginning after its continue token expired (410 Gone). */
export const MAX_LIST_RESTARTS = 2;

/** One page of a Kubernetes list as the client hands it over (`metadata.continue` becomes `_continue`). */
const PageSchema = z.object({
  items: z.array(z.unknown()),
  metadata: z.object({ _continue: z.string().optional() }).optional(),
});

export type PageRequest = { limit: number; continueToken: string | undefined };
export type PageFetcher = (request: PageRequest) => Promise<unknown>;

/**
 * Fetches every page of a list, following `continue` to the end. A continue token that expired
 * (410 Gone, the list took longer than the server keeps snapshots) restarts the list, since
 * stitching pages from two snapshots could miss or duplicate objects.
 */
export async function listAllPages<T>(
  fetchPage: PageFetcher,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<T[]> {
  const limit = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const maxPages = options.maxPages ?? MAX_PAGES;
  for (let restart = 0; ; restart++) {
    try {
      return await followPages<T>(fetchPage, limit, maxPages);
    } catch (error) {
      if (!(error instanceof ExpiredContinue) || restart >= MAX_LIST_RESTARTS) {
        throw error instanceof ExpiredContinue ? error.cause : error;
      }
    }
  }
}

class ExpiredContinue extends Error {}

async function followPages<T>(fetchPage: PageFetcher, limit: number, maxPages: number): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let continueToken: string | undefined;
  for (let page = 1; ; page++) {
    let raw: unknown;
    try {
      raw = await fetchPage({ limit, continueToken });
    } catch (error) {
      if (continueToken !== undefined && statusCodeOf(error) === 410) {
        throw new ExpiredContinue('continue token expired', { cause: error });
      }
      throw error;
    }
    const parsed = PageSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ExternalServiceError('kubernetes', 'list response has no items array', false, {
        cause: parsed.error,
      });
    }
    for (const item of parsed.data.items) items.push(item as T);
    const next = parsed.data.metadata?._continue;
    if (!next) return items;
    if (seen.has(next) || page >= maxPages) {
      throw new ExternalServiceError(
        'kubernetes',
        `list pagination did not end after ${page} pages (continue token repeated or too many pages)`,
        false,
      );
    }
    seen.add(next);
    continueToken = next;
  }
}
