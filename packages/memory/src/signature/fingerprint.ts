import { createHash } from 'node:crypto';
import { type ClassifiedLine, classifyLines, type LineTier } from './lines.ts';
import { WILDCARD } from './mask.ts';

/** Version of the fingerprint algorithm; entries of another version are not compared. */
export const FINGERPRINT_VERSION = 1;

/** A weighted masked line that supports (or identifies) a problem. */
export type WeightedTemplate = { readonly template: string; readonly weight: number };

/**
 * What identifies a problem in a log excerpt, independent of when, where and in which workload it
 * happened: the masked templates of the lines that name the error (`identity`), and weighted
 * supporting lines (error statements, error-object fields, application frames, other non-routine
 * lines). Routine lines (debug/info, health checks) are left out.
 */
export type ProblemFingerprint = {
  readonly version: number;
  /** `sig-` and 16 hex digits; equal for two excerpts with the same identity lines. */
  readonly signature: string;
  readonly identity: readonly string[];
  readonly support: readonly WeightedTemplate[];
};

const SUPPORT_WEIGHT: Readonly<Record<LineTier, number>> = {
  cause: 1,
  symptom: 1,
  detail: 0.6,
  frame: 0.5,
  context: 0.3,
  noise: 0,
};

const LIBRARY_FRAME_WEIGHT = 0.2;
/** Frames beyond this many per excerpt add nothing: the top of the stack says where it broke. */
const MAX_FRAMES = 8;
const MAX_SUPPORT = 40;

export function signatureOf(identity: readonly string[]): string {
  const canonical = [...new Set(identity)].sort().join('\n');
  return `sig-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

/** Builds the fingerprint of an already redacted log excerpt. */
export function fingerprintLog(log: string): ProblemFingerprint {
  return fingerprintLines(classifyLines(log));
}

export function fingerprintLines(lines: readonly ClassifiedLine[]): ProblemFingerprint {
  const unique = (tier: LineTier) => [
    ...new Set(lines.filter((l) => l.tier === tier).map((l) => l.template)),
  ];
  const causes = unique('cause');
  const symptoms = unique('symptom');
  // The identity is the most specific evidence present: the error's own text, else the error
  // statements, else whatever non-routine lines there are.
  const identity =
    causes.length > 0
      ? causes
      : symptoms.length > 0
        ? symptoms
        : unique('context').length > 0
          ? unique('context')
          : unique('frame');
  const support = new Map<string, number>();
  let frames = 0;
  for (const line of lines) {
    if (line.tier === 'noise' || identity.includes(line.template)) continue;
    let weight = SUPPORT_WEIGHT[line.tier];
    if (line.tier === 'frame') {
      if (frames >= MAX_FRAMES) continue;
      frames++;
      if (line.library) weight = LIBRARY_FRAME_WEIGHT;
    }
    support.set(line.template, Math.max(support.get(line.template) ?? 0, weight));
  }
  return {
    version: FINGERPRINT_VERSION,
    signature: signatureOf(identity),
    identity,
    support: [...support]
      .map(([template, weight]) => ({ template, weight }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_SUPPORT),
  };
}

/** Lower-case words of a template, without placeholders and without words holding digits. */
export function templateWords(template: string): string[] {
  return template
    .replaceAll(WILDCARD, ' ')
    .toLowerCase()
    .split(/[^a-z0-9_$]+/)
    .filter((w) => w.length > 1 && !/\d/.test(w) && !/^_+$/.test(w));
}

/** Similarity of two masked lines: 1 when equal, else the Jaccard index of their words (0 below 0.5). */
export function lineSimilarity(a: string, b: string): number {
  return preparedLineSimilarity(prepareLine(a), prepareLine(b));
}

/** A masked line with its word set computed once. */
type PreparedLine = {
  readonly template: string;
  readonly words: ReadonlySet<string>;
  readonly weight: number;
};

const prepareLine = (template: string, weight = 1): PreparedLine => ({
  template,
  words: new Set(templateWords(template)),
  weight,
});

function preparedLineSimilarity(a: PreparedLine, b: PreparedLine): number {
  if (a.template === b.template) return 1;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size === 0) return 0;
  // Jaccard >= 0.5 needs |small| >= |large| / 2.
  if (small.size * 2 < large.size) return 0;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  const jaccard = common / (small.size + large.size - common);
  return jaccard >= 0.5 ? jaccard : 0;
}

/** A fingerprint with its lines' word sets computed once, for comparing against many others. */
export type PreparedFingerprint = {
  readonly fingerprint: ProblemFingerprint;
  readonly identity: readonly PreparedLine[];
  /** Identity lines plus supporting lines of full weight (error statements). */
  readonly errorLines: readonly PreparedLine[];
  readonly support: readonly PreparedLine[];
  readonly all: readonly PreparedLine[];
};

export function prepareFingerprint(fingerprint: ProblemFingerprint): PreparedFingerprint {
  const identity = fingerprint.identity.map((t) => prepareLine(t));
  const support = fingerprint.support.map((s) => prepareLine(s.template, s.weight));
  return {
    fingerprint,
    identity,
    errorLines: [...identity, ...support.filter((s) => s.weight >= 1)],
    support,
    all: [...identity, ...support],
  };
}

function coverage(from: readonly PreparedLine[], into: readonly PreparedLine[]): number {
  let total = 0;
  let covered = 0;
  for (const line of from) {
    total += line.weight;
    let best = 0;
    for (const other of into) {
      const sim = preparedLineSimilarity(line, other);
      if (sim > best) best = sim;
      if (best === 1) break;
    }
    covered += line.weight * best;
  }
  return total === 0 ? 0 : covered / total;
}

export type FingerprintScore = {
  /** Overall similarity in [0, 1]: how surely the two excerpts show the same problem. */
  score: number;
  /** How much of each side's identity the other side shows. */
  identity: number;
  support: number;
};

/**
 * Compares two fingerprints. The identity lines decide (a near-miss shares the workload, the
 * software and its routine lines, but not the error's own text); supporting lines refine.
 * Either side may be truncated, so the better of the two directions counts most.
 */
export function comparePrepared(a: PreparedFingerprint, b: PreparedFingerprint): FingerprintScore {
  const ab = coverage(a.identity, b.errorLines);
  const ba = coverage(b.identity, a.errorLines);
  const identity = 0.75 * Math.max(ab, ba) + 0.25 * Math.min(ab, ba);
  if (identity === 0) return { score: 0, identity, support: 0 };
  const sa = a.support.length > 0 ? coverage(a.support, b.all) : 1;
  const sb = b.support.length > 0 ? coverage(b.support, a.all) : 1;
  const support = (sa + sb) / 2;
  return { score: identity * (0.8 + 0.2 * support), identity, support };
}

export function compareFingerprints(a: ProblemFingerprint, b: ProblemFingerprint): FingerprintScore {
  return comparePrepared(prepareFingerprint(a), prepareFingerprint(b));
}

/** The text an embedder sees: identity lines twice (they matter most), then supporting lines. */
export function fingerprintText(fingerprint: ProblemFingerprint): string {
  return [
    ...fingerprint.identity,
    ...fingerprint.identity,
    ...fingerprint.support.map((s) => s.template),
  ].join('\n');
}
