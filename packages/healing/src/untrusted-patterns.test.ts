import { describeUntrustedPatterns, materialise } from '@sre-agent/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnosis/diagnose.ts';
import { boundLog, redactEvidence } from './diagnosis/evidence/index.ts';
import { evidenceFixture } from './testing/evidence-fixture.ts';
import { CATALOG_PATTERNS, HEALING_PATTERNS } from './untrusted-patterns.ts';

describeUntrustedPatterns('healing (catalog, diagnosis, monitor, notify, prompt)', HEALING_PATTERNS);

const KB = 1024;
const hostile = (unit: string, length = 100 * KB) => materialise({ label: unit, unit, suffix: '_' }, length);

describe('diagnosis of hostile logs', () => {
  it('diagnoses a log of 100 KB lines built to make the catalog backtrack within a second', () => {
    // Prepare: long lines of the words the slowest catalog regexes look for, and a real cause last.
    const lines = ['pg :5432 ', 'database connect ', '/', ':/', 'index [ ', 'Npgsql.NpgsqlException '].map(
      (u) => hostile(u),
    );
    const log = [...lines, 'Error: Connection terminated due to connection timeout'].join('\n');
    const evidence = evidenceFixture({ previousLog: log, currentLog: log, lastExitCode: 1 });
    // Act
    const started = performance.now();
    const result = diagnose(redactEvidence(evidence));
    const ms = performance.now() - started;
    // Assess
    expect(ms).toBeLessThan(1_000);
    expect(result.kind === 'matched' ? result.best.patternId : result.kind).toBe(
      'postgres-connection-timeout',
    );
  });

  it('still recognises a PostgreSQL timeout written as one sentence, and a read-only path', () => {
    const log = [
      'pg pool: connect to orders-db:5432 failed after 3 attempts: connect timeout',
      'open /data/cache/index.db: read-only file system',
    ].join('\n');
    const result = diagnose(evidenceFixture({ previousLog: log, lastExitCode: 1 }));
    const ids = result.kind === 'matched' ? result.candidates.map((c) => c.patternId) : [];
    expect(ids).toContain('postgres-connection-timeout');
    expect(ids).toContain('read-only-filesystem');
  });

  it('bounds a log of undecodable bytes without rescanning it', () => {
    const started = performance.now();
    const tail = boundLog('app', `${'\uFFFD'.repeat(100 * KB)}x`, 200, 16 * KB);
    expect(performance.now() - started).toBeLessThan(250);
    expect(tail.truncated).toBe(true);
  });
});

describe('the linear PostgreSQL timeout matchers', () => {
  // The matchers as they were (`A.*B.*C`, cubic): the rewrites must accept exactly the same lines.
  const before = [
    /\b(?:postgres(?:ql)?|pg)\b.*:5432\b.*\b(?:timed out|timeout (?:expired|exceeded)|connect(?:ion)? timeout)\b/i,
    /\b(?:postgres(?:ql)?|database)\b.*\bconnect(?:ion)?\b.*\b(?:timed out|timeout (?:expired|exceeded))\b/i,
  ];
  const after = [8, 9].map(
    (n) =>
      CATALOG_PATTERNS.find((p) => p.name === `catalog/postgres-connection-timeout/${n}`)?.pattern as RegExp,
  );
  const word = fc.constantFrom(
    'pg',
    'PostgreSQL',
    'database',
    ':5432',
    'connect',
    'connection',
    'timed out',
    'timeout expired',
    'connect timeout',
    'x',
  );
  const separator = fc.constantFrom(' ', ' ', '', ':', '-', '\n', '\r');
  const line = fc
    .array(fc.tuple(separator, word), { maxLength: 8 })
    .map((parts) => parts.map(([sep, w]) => sep + w).join(''));

  it('match the same lines as the backtracking originals', () => {
    let matched = 0;
    fc.assert(
      fc.property(line, (text) => {
        for (const [i, re] of after.entries()) {
          const expected = (before[i] as RegExp).test(text);
          if (expected) matched++;
          expect(re.test(text)).toBe(expected);
        }
      }),
      { numRuns: 20_000, seed: 8 },
    );
    // Not vacuous: enough lines hold the three parts in order.
    expect(matched).toBeGreaterThan(100);
  });
});

describe('the catalog patterns list', () => {
  it('holds the log findings matchers too: a finding quotes a log line', () => {
    const names = CATALOG_PATTERNS.map((p) => p.name);
    for (const id of [
      'cpu-oversubscribed-runtime',
      'unclassified-silent-log',
      'unclassified-error-responses',
    ])
      expect(names, id).toContain(`catalog/${id}/0`);
  });
});
