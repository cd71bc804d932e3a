/**
 * Found by a hostile review, each first a failing test: fingerprint version 7 keeps a 4xx/5xx
 * number after `returned`, `HTTP`, `but got` as a status code, but counts (rows, hits, records)
 * and ordinary words follow those verbs too.
 */
import { describe, expect, it } from 'vitest';
import { lineSimilarity } from './fingerprint.ts';
import { maskLine } from './mask.ts';

const masked = (line: string) => maskLine(line, { keepCodes: true });

describe('fingerprint v7 HTTP status in words', () => {
  it('fingerprint: a count of 4xx or 5xx rows after `returned` is not a status', () => {
    // The commit's own example says `returned 200 rows` is a count; so are 412 and 587 rows.
    expect(masked('query returned 412 rows in 12 ms')).not.toContain('412');
    expect(
      lineSimilarity(
        masked('ERROR slow query: SELECT on orders returned 412 rows in 3012 ms'),
        masked('ERROR slow query: SELECT on orders returned 587 rows in 2950 ms'),
      ),
    ).toBe(1);
  });

  it('fingerprint: `HTTP 500` as a count of HTTP requests is not a status', () => {
    // An HTTP client pool's stats line: the number after `HTTP` counts connections.
    expect(
      lineSimilarity(
        masked('WARN pool exhausted: active HTTP 512 connections, pending 40'),
        masked('WARN pool exhausted: active HTTP 498 connections, pending 37'),
      ),
    ).toBe(1);
  });
});
