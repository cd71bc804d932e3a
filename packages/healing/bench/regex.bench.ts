import { REDACTION_PATTERNS, redactText, type UntrustedPattern } from '@sre-agent/core';
import {
  type AdversarialShape,
  materialise,
  type PatternTiming,
  timePatterns,
} from '@sre-agent/core/testing';
import { SIGNATURE_PATTERNS } from '@sre-agent/memory';
import { HEALING_PATTERNS } from '../src/untrusted-patterns.ts';

type Io = { out(text: string): void; err(text: string): void };

const KB = 1024;
const TARGET_MS = 5;
const TIMEOUT_MS = 5_000;

const ms = (t: PatternTiming | undefined) =>
  t === undefined ? '—' : t.timedOut ? 'HUNG' : t.worstMs < 10 ? t.worstMs.toFixed(2) : t.worstMs.toFixed(0);

/** Redaction on 1 MB of each shape its rules are most sensitive to, and on 1 MB of a realistic log. */
function redactionAtOneMegabyte(io: Io): void {
  const units = [
    "password='a ",
    'password: a b ',
    'password=',
    '--password "a ',
    '- name: DB_PASSWORD\n  value: "a ',
    '{\\"password\\":\\"a ',
    'bearer ',
    'eyJ-',
    'xoxb-',
    'sk-',
    '-pa1 ',
    'postgres://a:b@',
    '-----BEGIN RSA PRIVATE KEY-----',
    'a',
  ];
  const log = [
    '2026-03-01T12:00:00Z INFO GET /api/orders/ord_42 200 12ms',
    '2026-03-01T12:00:01Z ERROR connect to postgres://orders:p@ss/w+rd@db.internal:5432/orders failed: timeout',
    '{"level":"warn","msg":"retrying","token":"xoxb-123456789012-abcdefghijkl","attempt":3}',
  ].join('\n');
  const shapes = [
    ...units.map((unit) => ({ label: JSON.stringify(unit), unit })),
    { label: 'a realistic log', unit: `${log}\n` },
  ];
  let worst = { label: '', ms: 0 };
  for (const { label, unit } of shapes) {
    const text = materialise({ label, unit, suffix: '' }, KB * KB);
    const started = performance.now();
    redactText(text);
    const took = performance.now() - started;
    if (took > worst.ms) worst = { label, ms: took };
    if (label === 'a realistic log') io.out(`redactText, 1 MB of a realistic log: ${took.toFixed(0)} ms`);
  }
  io.out(
    `redactText, 1 MB, worst of ${shapes.length} hostile shapes: ${worst.ms.toFixed(0)} ms (${worst.label})`,
  );
}

/**
 * Every regex that touches untrusted text (redaction, incident-memory signatures, the pattern
 * catalog and the rest of the healing loop), on adversarial inputs built from each regex's own
 * characters and words: the worst time per pattern on 2 KB lines, then its three slowest shapes
 * at 20 KB and 100 KB (capped at the line length its call site allows) to show linear growth.
 */
export async function runBench(io: Io): Promise<void> {
  const patterns: UntrustedPattern[] = [...REDACTION_PATTERNS, ...SIGNATURE_PATTERNS, ...HEALING_PATTERNS];
  const small = await timePatterns(patterns, { length: 2 * KB, timeoutMs: TIMEOUT_MS });
  const slowest = new Map<string, readonly AdversarialShape[]>(small.map((t) => [t.name, t.slowest]));
  const larger = (length: number) =>
    timePatterns(patterns, { length, timeoutMs: TIMEOUT_MS, shapes: (p) => slowest.get(p.name) ?? [] });
  const byName = (timings: PatternTiming[]) => new Map(timings.map((t) => [t.name, t]));
  const medium = byName(await larger(20 * KB));
  const large = byName(await larger(100 * KB));

  io.out(
    `${patterns.length} regexes on untrusted text; worst time (ms) over adversarial inputs, slowest first`,
  );
  io.out(
    `${'pattern'.padEnd(52)} ${'2 KB'.padStart(7)} ${'20 KB'.padStart(7)} ${'100 KB'.padStart(7)}  worst 2 KB input`,
  );
  for (const t of [...small].sort((a, b) => b.worstMs - a.worstMs)) {
    const cap = patterns.find((p) => p.name === t.name)?.maxInput;
    io.out(
      `${t.name.padEnd(52)} ${ms(t).padStart(7)} ${ms(medium.get(t.name)).padStart(7)} ${ms(large.get(t.name)).padStart(7)}  ${t.worst.label}${cap ? ` (input capped at ${cap})` : ''}`,
    );
  }
  const over = small.filter((t) => t.timedOut || t.worstMs >= TARGET_MS);
  const worst = [...small].sort((a, b) => b.worstMs - a.worstMs)[0];
  const worstLarge = [...large.values()].sort((a, b) => b.worstMs - a.worstMs)[0];
  io.out(
    `worst on 2 KB: ${ms(worst)} ms (${worst?.name}); ${over.length} of ${patterns.length} at or over the ${TARGET_MS} ms target`,
  );
  io.out(`worst on 100 KB: ${ms(worstLarge)} ms (${worstLarge?.name})`);
  redactionAtOneMegabyte(io);
}
