import { describeUntrustedPatterns, materialise } from '@sre-agent/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintLog } from './fingerprint.ts';
import { classifyLines } from './lines.ts';
import { MASK_PATTERNS, maskLine } from './mask.ts';
import { mineTemplates } from './miner.ts';
import { SIGNATURE_PATTERNS } from './untrusted-patterns.ts';

describeUntrustedPatterns('incident memory signatures', SIGNATURE_PATTERNS);

describe('signatures of hostile lines', () => {
  it('masks the 188-character line of host-like labels that took 16 s, and 100 KB of it', () => {
    // Prepare: the reported line, then the same labels over 100 KB ending in a non-host character.
    const reported = `${'ab-c.d'.repeat(31)}xy`;
    const long = materialise({ label: 'labels', unit: 'a-b.', suffix: '_' }, 100 * 1024);
    // Act
    const started = performance.now();
    maskLine(reported);
    maskLine(long, { keepCodes: true });
    const ms = performance.now() - started;
    // Assess
    expect(ms).toBeLessThan(250);
  });

  it('classifies, fingerprints and mines a log of 100 KB adversarial lines within a second', () => {
    const lines = ['a-b.', '$', 'a.', 'a$', 'Error.', '"a\\"', '<*>.', ']', 'ab-c.', 'Ee'].map((unit) =>
      materialise({ label: unit, unit, suffix: '_' }, 100 * 1024),
    );
    const started = performance.now();
    classifyLines(lines.join('\n'));
    fingerprintLog(lines.join('\n'));
    mineTemplates(lines);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still masks host names, with and without upper-case labels', () => {
    expect(maskLine('connect to db-1.prod.example.com:5432 failed')).toBe('connect to <*> failed');
    expect(maskLine('node ip-10-0-1-5.Eu-West-1.compute.internal ready')).toBe('node <*> ready');
    expect(maskLine('loaded config/app.settings.json')).toBe('loaded config/app.settings.json');
  });
});

describe('the linear hostname rule', () => {
  // The rule as it was, exponential on a run of labels: kept to show that the rewrite matches the same text.
  const FILE_EXTENSIONS =
    'js|mjs|cjs|ts|py|go|java|kt|scala|rb|php|rs|c|h|cc|cpp|cs|class|jar|so|dll|exe|sh|log|txt|csv|json|ya?ml|xml|toml|ini|conf|cfg|properties|html?|css|rrd|sqm|pid|sock|lock|tmp|bak|gz|zip|tar|pem|crt|key';
  const before = new RegExp(
    `(?<![A-Za-z0-9_.$-])(?<!(?<!/)/)(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\\.){2,}(?!(?:${FILE_EXTENSIONS})(?![A-Za-z0-9_-]))[a-z][a-z0-9-]*[a-z0-9](?::\\d{1,5})?(?!\\.?[A-Za-z0-9_-])`,
    'g',
  );
  const after = MASK_PATTERNS.find((p) => p.name === 'mask/hostname')?.pattern as RegExp;

  it('matches exactly what the exponential rule matched, on short lines of host-like labels', () => {
    // Labels of both kinds (lower-case with dashes, upper-case with single dashes), and near misses.
    const label = fc.oneof(
      {
        arbitrary: fc.constantFrom('ab', 'db', 'web-01', 'x1', 'a--b', 'svc', 'Eu-West-1', 'A-B'),
        weight: 6,
      },
      { arbitrary: fc.constantFrom('a', 'Ab', 'A--B', 'a-', '-a', '0', '', 'js', 'json', 'Z'), weight: 1 },
    );
    const edge = fc.constantFrom('', ' ', '/', '//', '_', '.', '-', ':', '$');
    const line = fc
      .tuple(
        edge,
        fc.array(label, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('', ':80', ':123456'),
        edge,
        fc.constantFrom('', ' ', 'x', '.', '.a'),
      )
      .map(([head, labels, port, end, tail]) => `${head}${labels.join('.')}${port}${end}${tail}`);
    let masked = 0;
    fc.assert(
      fc.property(line, (text) => {
        const expected = text.replace(before, '<*>');
        if (expected !== text) masked++;
        expect(text.replace(after, '<*>')).toBe(expected);
      }),
      { numRuns: 3_000, seed: 8 },
    );
    // Not vacuous: a good share of the lines hold a host name.
    expect(masked).toBeGreaterThan(150);
  });
});
