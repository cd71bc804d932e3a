import { createHash } from 'node:crypto';
import type { UntrustedPattern } from '@sre-agent/core';
import { type ClassifiedLine, classifyLines, isOwnFatal, type LineTier, namesFailure } from './lines.ts';
import { WILDCARD } from './mask.ts';

/** Version of the fingerprint algorithm; entries of another version are not compared. */
export const FINGERPRINT_VERSION = 7;

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
  /** Which lines the identity is made of: the error's own text (`cause`) or, lacking it, weaker evidence. */
  readonly identityTier: IdentityTier;
  readonly support: readonly WeightedTemplate[];
};

export type IdentityTier = 'cause' | 'symptom' | 'context' | 'frame';

const SUPPORT_WEIGHT: Readonly<Record<LineTier, number>> = {
  cause: 1,
  symptom: 1,
  detail: 0.6,
  frame: 0.5,
  context: 0.3,
  chatter: 0.1,
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
  // Chatter (lines without a level that name no failure) is the last resort: access logs, GC
  // lines and banners of the same service are the same in a near-miss.
  const context = unique('context');
  const chatter = unique('chatter');
  // Without the error's own text, the warnings that name a failure say why as much as the error
  // statement does (`Server be_orders/orders-1 is DOWN, reason: Layer7 wrong status` before
  // `backend 'be_orders' has no server available!`).
  const warnings = [
    ...new Set(lines.filter((l) => l.tier === 'context' && l.level === 'warn').map((l) => l.template)),
  ];
  const [identityTier, identity]: [IdentityTier, string[]] =
    causes.length > 0
      ? ['cause', causes]
      : symptoms.length > 0
        ? ['symptom', [...symptoms, ...warnings]]
        : context.length > 0
          ? ['context', context]
          : chatter.length > 0
            ? ['context', chatter]
            : ['frame', unique('frame')];
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
    identityTier,
    support: [...support]
      .map(([template, weight]) => ({ template, weight }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_SUPPORT),
  };
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'is',
  'are',
  'was',
  'be',
  'not',
  'no',
  'error',
  'exception',
  'failed',
  'fail',
  'failure',
  'warn',
  'warning',
  'info',
  'fatal',
  'err',
]);

// The regexes of tokenising and weighing words (each runs on an untrusted, masked line or a word of it).
const WORD = /[A-Za-z0-9_$]+/g;
const KEPT_NUMBER = /^\d{2,5}$/;
const DIGIT = /\d/;
const SIGILS = /^[_$]+$/;
const QUALIFIER = /^[a-z_]+$/;
const ERRNO_CODE = /^(?!(?:ERRORS?|EMERG)$)E[A-Z]{3,}(?:_[A-Z]+)*$/;
const NUMBER = /^\d+$/;
const UPPER_CODE = /^[A-Z][A-Z_]{3,}$/;
const EXCEPTION_SUFFIX = /(?:Error|Exception|Fault)$/;
const CAPITALISED_WORD = /^[A-Z][\w$]*$/;
const LOWER_LETTER = /[a-z]/;
const WORD_CHAR = /[A-Za-z]/;
// A five-character code of digits and capitals holding both (SQLSTATE `55P03`, `42S02`).
const ALNUM_CODE = /^(?=\d*[A-Z])(?=[A-Z]*\d)[0-9A-Z]{5}$/;
// A quoted name or phrase: a letter, then letters, spaces, `.`, `_`, `-`, `/` (no digits, no
// placeholder): `"query-router-config"`, haproxy's `info: "Service Unavailable"`.
const QUOTED_NAME = /^[A-Za-z][A-Za-z ._/-]*$/;
// `no_healthy_upstream`: lower-case parts joined by `_` (one way to split: `_` only separates).
const SNAKE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
// `err-mimir-max-series-per-user`: three or more lower-case parts joined by `-` (`-` only separates).
const KEBAB_CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}$/;

/**
 * A named exception type (`SQLException`, `KeyError`): a capitalised word with a lower-case letter
 * before its `Error`/`Exception`/`Fault` suffix. Three linear tests rather than one
 * `^[A-Z][\w$]*[a-z][\w$]*(?:Error|…)$`, which backtracks quadratically on a long word.
 */
function isExceptionName(word: string): boolean {
  const suffix = EXCEPTION_SUFFIX.exec(word);
  if (!suffix) return false;
  const stem = word.slice(0, suffix.index);
  return CAPITALISED_WORD.test(stem) && LOWER_LETTER.test(stem.slice(1));
}

/** Word tokens of a masked line (placeholders and mixed letter-digit residue dropped), original case. */
type Token = { word: string; qualifier: boolean; start: number; code: boolean; errno: boolean };

function tokens(template: string): Token[] {
  const out: Token[] = [];
  // Placeholders become blanks of the same length, so positions still point into `template`.
  const blanked = template.replaceAll(WILDCARD, ' '.repeat(WILDCARD.length));
  for (const match of blanked.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    const end = start + word.length;
    // `55P03` after `code`: a code of letters and digits (elsewhere such a word is an id).
    const code = ALNUM_CODE.test(word) && wordBefore(template, start) === 'code';
    if (!(code || KEPT_NUMBER.test(word) || (word.length > 1 && !DIGIT.test(word) && !SIGILS.test(word))))
      continue;
    // Residue glued to a masked value (`<*>cf` of a key tail, `python<*>`) is not a word of the message.
    if (
      template.startsWith(WILDCARD, end) ||
      template.slice(Math.max(0, start - WILDCARD.length), start) === WILDCARD
    ) {
      continue;
    }
    // `java` and `lang` in `java.lang.OutOfMemoryError`: a lower-case segment before a dot qualifies a name.
    const next = template.charAt(end);
    // `EXTERNAL` of a table header's `EXTERNAL-NAME` is a part of a hyphenated name, no errno code.
    const errno = ERRNO_CODE.test(word) && next !== '-' && template.charAt(start - 1) !== '-';
    out.push({ word, qualifier: next === '.' && QUALIFIER.test(word), start, code, errno });
  }
  return out;
}

/** The lower-case word before `start`, across spaces, quotes, `:` and `=` (a scan, no regex). */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && ' "\':='.includes(text.charAt(end - 1)) && start - end < 4) end--;
  let begin = end;
  while (begin > 0) {
    const c = text.charCodeAt(begin - 1) | 32;
    if (c < 97 || c > 122) break;
    begin--;
  }
  return text.slice(begin, end).toLowerCase();
}

/**
 * How much a word tells problems apart: errno-style codes and the numbers masking kept (ports,
 * status codes) most, upper-case error codes and named exception types more than plain words
 * (not so much that a shared type outweighs a different message), and words every error line
 * has (`error`, `failed`, `the`) or package qualifiers least.
 */
function wordWeight(word: string, qualifier: boolean, code: boolean, errno: boolean): number {
  if (code || errno || NUMBER.test(word)) return 3;
  if (UPPER_CODE.test(word)) return 2;
  if (isExceptionName(word)) return 1.5;
  return qualifier || STOP_WORDS.has(word.toLowerCase()) ? 0.5 : 1;
}

/** Lower-case words of a template, without placeholders and without words mixing letters and digits. */
export function templateWords(template: string): string[] {
  return tokens(template).map((t) => t.word.toLowerCase());
}

/**
 * Where the root cause of an error chain starts: after the last `: ` that has words on both sides
 * (`connection to server at <*>, port 5432 failed: FATAL: sorry, too many clients already`,
 * `failed to resolve reference <*>: <*>: not found`). Wrappers repeat their context; the last
 * link says what went wrong. -1 when the line is no chain.
 */
function chainTail(template: string): number {
  const at = template.lastIndexOf(': ');
  return at > 0 && WORD_CHAR.test(template.slice(at + 2)) ? at + 2 : -1;
}

/** Words of the root cause (the last link of an error chain) weigh this much more. */
const TAIL_FACTOR = 2;

/**
 * Words of a template with their weights (a word seen twice keeps its larger weight); the words
 * of an error chain's last link weigh double, so two chains through the same wrappers that end in
 * different causes stay apart.
 */
export function weightedWords(
  template: string,
  words: readonly Token[] = tokens(template),
): Map<string, number> {
  const out = new Map<string, number>();
  const tail = chainTail(template);
  for (const { word, qualifier, start, code, errno } of words) {
    const key = word.toLowerCase();
    const weight = wordWeight(word, qualifier, code, errno) * (tail >= 0 && start >= tail ? TAIL_FACTOR : 1);
    out.set(key, Math.max(out.get(key) ?? 0, weight));
  }
  return out;
}

/** Similarity of two masked lines: 1 when equal, else the weighted Jaccard index of their words (0 below 0.5). */
export function lineSimilarity(a: string, b: string): number {
  return preparedLineSimilarity(prepareLine(a), prepareLine(b));
}

/** A masked line with its weighted words computed once. */
type PreparedLine = {
  readonly template: string;
  readonly words: ReadonlyMap<string, number>;
  readonly total: number;
  readonly weight: number;
  /** The line's words in order (lower case), to find what one line says in place of another. */
  readonly sequence: readonly string[];
  /** Codes the line names (errno names, status and error codes, service ports). */
  readonly codes: ReadonlySet<string>;
  /** Exception types the line names. */
  readonly types: ReadonlySet<string>;
  /**
   * Whether the line shares nothing with the rest of its incident (no informative word with any
   * other line kept): another component's error logged nearby more likely than part of the problem.
   */
  readonly isolated?: boolean;
  /** The line's words in order without field keys (`level=`, `"msg":`): how its message opens. */
  readonly opening: readonly string[];
  /** Informative words (weight 1 or more) that are no field key (`level=`, `"msg":`): what the line is about. */
  readonly topics: ReadonlySet<string>;
};

/**
 * An error or status code: an errno name, a number masking kept, a SQLSTATE-like `55P03`, or a
 * snake_case name in a message (`no_healthy_upstream`, `cluster_block_exception`, a table name)
 * that is no field key (`wait_count=0`, `"resource_kind":`).
 */
function isCode({ word, start, code, errno }: Token, template: string): boolean {
  if (STOP_WORDS.has(word.toLowerCase())) return false;
  if (code || errno || NUMBER.test(word)) return true;
  const end = start + word.length;
  if (!SNAKE_NAME.test(word)) return false;
  const next = template.charAt(end);
  const after = next === '"' || next === "'" ? template.charAt(end + 1) : next;
  return after !== '=' && after !== ':';
}

/** Whether the word ending at `end` is a field key: `level=`, `msg="`, `"severity":`. A scan, no regex. */
function isFieldKey(template: string, end: number): boolean {
  const next = template.charAt(end);
  if (next === '=') return true;
  // gRPC's status text spaces its fields: `rpc error: code = Internal desc = …`.
  if (next === ' ' && template.charAt(end + 1) === '=' && template.charAt(end + 2) === ' ') return true;
  if (next !== '"' && next !== "'") return false;
  const after = template.charAt(end + 1);
  return after === ':' || after === '=';
}

const prepareLine = (template: string, weight = 1): PreparedLine => {
  const lineTokens = tokens(template);
  const words = weightedWords(template, lineTokens);
  let total = 0;
  for (const w of words.values()) total += w;
  const codes = new Set<string>();
  const types = new Set<string>();
  for (const token of lineTokens) {
    const word = token.word;
    if (isCode(token, template)) codes.add(word.toLowerCase());
    else if (isExceptionName(word)) types.add(word.toLowerCase());
  }
  for (const name of quotedNames(template)) codes.add(`"${name}"`);
  for (const constant of quotedConstants(template)) codes.add(`'${constant}'`);
  for (const id of parenthesisedIds(template)) codes.add(`(${id})`);
  const sequence = lineTokens.map((t) => t.word.toLowerCase());
  const topics = new Set<string>();
  const opening: string[] = [];
  for (const token of lineTokens) {
    if (isFieldKey(template, token.start + token.word.length)) continue;
    const key = token.word.toLowerCase();
    if (opening.length < SAME_PREFIX_WORDS) opening.push(key);
    if ((words.get(key) ?? 0) >= 1) topics.add(key);
  }
  return {
    template,
    words,
    total,
    weight,
    sequence,
    codes,
    types,
    topics,
    opening,
  };
};

/**
 * Names an error quotes (`configmap "query-router-config" not found`, `volume "tls"`): the resource
 * that failed, so another name is another problem. Values holding digits or a placeholder are
 * occurrences (ids, addresses, versions), not names. A scan from quote to quote, no regex.
 */
function quotedNames(template: string): string[] {
  const out: string[] = [];
  let open = template.indexOf('"');
  while (open >= 0) {
    const close = template.indexOf('"', open + 1);
    if (close < 0) break;
    const value = versionless(template.slice(open + 1, close));
    if (value.length <= 128 && QUOTED_NAME.test(value)) out.push(value.toLowerCase());
    open = template.indexOf('"', close + 1);
  }
  return out;
}

/**
 * A quoted path without the version masked at its end and a leading `$` (`$libdir/postgis-<*>` is
 * `libdir/postgis`): the library, file or image it names stays, the version is an occurrence. A
 * placeholder anywhere else, or a name that is no path (`worker-<*>`, a thread), leaves the value as
 * it is: an occurrence.
 */
function versionless(value: string): string {
  let end = value.length;
  while (value.endsWith(WILDCARD, end)) {
    end -= WILDCARD.length;
    while (end > 0 && '-_.:@'.includes(value.charAt(end - 1))) end--;
  }
  const start = value.startsWith('$') ? 1 : 0;
  const rest = value.slice(start, end);
  // Only a path names a library or a file; `worker-<*>` is a thread or a pod, an occurrence.
  return end < value.length && rest.includes('/') && rest.length >= 3 && !rest.includes(WILDCARD)
    ? rest
    : value;
}

/**
 * Error ids an error cites in parentheses (Mimir's `… exceeded (err-mimir-max-series-per-user).`):
 * a code, so another id is another error however alike the sentence around it. Only names of
 * three or more hyphen-joined lower-case parts count; a scan from bracket to bracket, no regex
 * beyond the word test.
 */
function parenthesisedIds(template: string): string[] {
  const out: string[] = [];
  let open = template.indexOf('(');
  while (open >= 0) {
    const close = template.indexOf(')', open + 1);
    if (close < 0) break;
    const value = template.slice(open + 1, close);
    if (value.length <= 80 && KEBAB_CODE.test(value)) out.push(value);
    open = template.indexOf('(', open + 1);
  }
  return out;
}

const isWordChar = (c: string) => c !== '' && (WORD_CHAR.test(c) || DIGIT.test(c));

/**
 * Upper-case constants an error quotes in single quotes (YARN's `beyond the 'PHYSICAL' memory
 * limit` against `'VIRTUAL'`, an enum value): a code, so another constant is another error. A quote
 * opens after a non-word character and closes before one, so apostrophes (`didn't`) open nothing.
 * A scan from quote to quote, no regex beyond the word tests.
 */
function quotedConstants(template: string): string[] {
  const out: string[] = [];
  let open = template.indexOf("'");
  while (open >= 0) {
    const close = template.indexOf("'", open + 1);
    if (close < 0) break;
    const value = template.slice(open + 1, close);
    if (
      !isWordChar(template.charAt(open - 1)) &&
      !isWordChar(template.charAt(close + 1)) &&
      value.length <= 64 &&
      UPPER_CODE.test(value)
    )
      out.push(value.toLowerCase());
    open = template.indexOf("'", open + 1);
  }
  return out;
}

/** Both sides name codes, and none in common. */
const disjointCodes = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
};

/** Each side names one the other does not (a code or type swapped for another, not one cut off). */
const swapped = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let aOnly = false;
  for (const x of a) if (!b.has(x)) aOnly = true;
  if (!aOnly) return false;
  for (const x of b) if (!a.has(x)) return true;
  return false;
};

/**
 * 1 for equal lines, else the weighted Jaccard index of their words, 0 below 0.5. Two lines of
 * which each names a code the other does not (`ECONNREFUSED` and `EADDRINUSE`, status 503 and
 * 504, port 5432 and 6379), or an exception type the other does not, report different errors
 * however alike the rest of their words is; a line cut short only lacks some.
 */
function preparedLineSimilarity(a: PreparedLine, b: PreparedLine): number {
  if (a.template === b.template) return 1;
  if (swapped(a.codes, b.codes) || swapped(a.types, b.types)) return 0;
  const [small, large] = a.total <= b.total ? [a, b] : [b, a];
  // A weighted Jaccard index of 0.5 or more needs the lighter line to weigh at least half the other.
  if (small.total === 0 || small.total * 2 < large.total) return 0;
  let common = 0;
  for (const [word, weight] of small.words) if (large.words.has(word)) common += weight;
  const jaccard = common / (small.total + large.total - common);
  if (jaccard < 0.5) return 0;
  return substituted(a, b) || renamedThroughout(a, b) ? 0 : jaccard;
}

/** Words of `line` that `other` lacks, or undefined when one of them occurs only once in `line`. */
function repeatedOnly(line: PreparedLine, other: PreparedLine): Set<string> | undefined {
  const counts = new Map<string, number>();
  for (const word of line.sequence) if (!other.words.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const n of counts.values()) if (n < 2) return undefined;
  return new Set(counts.keys());
}

/**
 * Whether two lines differ only in a name each repeats (`The node was low on resource:
 * ephemeral-storage … has larger consumption of ephemeral-storage` against `… memory … of memory`):
 * the subject of the sentence, named throughout, is another one. A name that differs once (a host,
 * a pod, one value) or is only added (`orders-api-v2`) is no such swap.
 */
function renamedThroughout(a: PreparedLine, b: PreparedLine): boolean {
  const ours = repeatedOnly(a, b);
  if (!ours || ours.size === 0) return false;
  const theirs = repeatedOnly(b, a);
  return theirs !== undefined && theirs.size > 0;
}

/** Distinct words each side's differing part needs before it counts as saying something else. */
const SUBSTITUTION_MIN_WORDS = 2;
/** At most this share of the differing parts' words in common: one says something else. */
const SUBSTITUTION_MAX_OVERLAP = 1 / 3;

/**
 * Whether two lines that begin and end alike say different things in between: the same wrapper
 * around another root cause (`failed to call webhook: Post <*>: context deadline exceeded` against
 * `…: dial tcp <*>: connect: connection refused`), the same scheduler sentence with other reasons
 * (`had untolerated taint` against `didn't match pod anti-affinity rules`). The words before the
 * first and after the last difference are set aside; what remains of one side at least must hold
 * two words, and each must share at most a third of its words' weight with the other. A line cut short, a
 * value more or less, or one name for another (`tag=web-…` and `tag=worker-…`) is no substitution.
 */
function substituted(a: PreparedLine, b: PreparedLine): boolean {
  const x = a.sequence;
  const y = b.sequence;
  const shorter = Math.min(x.length, y.length);
  let prefix = 0;
  while (prefix < shorter && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  const middle = (seq: readonly string[]) => new Set(seq.slice(prefix, seq.length - suffix));
  const mx = middle(x);
  const my = middle(y);
  let wx = 0;
  let wy = 0;
  let shared = 0;
  for (const w of mx) {
    const weight = a.words.get(w) ?? 0;
    wx += weight;
    if (my.has(w)) shared += Math.min(weight, b.words.get(w) ?? 0);
  }
  for (const w of my) wy += b.words.get(w) ?? 0;
  if (mx.size === 0 || my.size === 0 || Math.max(mx.size, my.size) < SUBSTITUTION_MIN_WORDS) return false;
  // A line cut at a byte limit ends inside a word of the other: `…while reading resp` is no substitution.
  if (suffix === 0 && (cutInside(x, y, prefix) || cutInside(y, x, prefix))) return false;
  return shared <= SUBSTITUTION_MAX_OVERLAP * (wx + wy - shared);
}

/** A fingerprint with its lines' word sets computed once, for comparing against many others. */
export type PreparedFingerprint = {
  readonly fingerprint: ProblemFingerprint;
  readonly identity: readonly PreparedLine[];
  /** Identity lines plus supporting lines of full weight (error statements). */
  readonly errorLines: readonly PreparedLine[];
  /** Supporting lines of full weight only: the statements around the error. */
  readonly statements: readonly PreparedLine[];
  readonly support: readonly PreparedLine[];
  readonly all: readonly PreparedLine[];
  /** The codes the error lines name. */
  readonly codes: ReadonlySet<string>;
  /** The templates of all lines, to find a line the other side has verbatim at once. */
  readonly templates: ReadonlySet<string>;
};

export function prepareFingerprint(fingerprint: ProblemFingerprint): PreparedFingerprint {
  // An identity line counts by what it says: a bare reason (`Error: ErrImagePull`) less than a message.
  const identity0 = fingerprint.identity.map((t) => {
    const line = prepareLine(t);
    return {
      ...line,
      weight: Math.min(1, Math.max(0.25, line.total / INFORMATIVE_WEIGHT)),
    };
  });
  const support0 = fingerprint.support.map((s) => prepareLine(s.template, s.weight));
  const marked = markIsolated([...identity0, ...support0]);
  const identity = marked.slice(0, identity0.length);
  const support = marked.slice(identity0.length);
  const statements = support.filter((s) => s.weight >= 1);
  return {
    fingerprint,
    identity,
    errorLines: [...identity, ...statements],
    statements,
    support,
    all: [...identity, ...support],
    codes: new Set([...identity, ...statements].flatMap((l) => [...l.codes])),
    templates: new Set([...identity, ...support].map((l) => l.template)),
  };
}

/** Shared word weight from which two lines of one incident are about the same thing. */
const RELATED_WEIGHT = 3;

/** Marks the error lines (weight 1 or more) that share no informative word with any other line. */
function markIsolated(lines: readonly PreparedLine[]): PreparedLine[] {
  if (lines.length < 2) return [...lines];
  return lines.map((line, i) => {
    if (line.weight < 1) return line;
    for (let j = 0; j < lines.length; j++) {
      if (j === i) continue;
      const other = lines[j] as PreparedLine;
      let shared = 0;
      for (const word of line.topics) {
        if (!other.topics.has(word)) continue;
        shared += Math.min(line.words.get(word) as number, other.words.get(word) as number);
        if (shared >= RELATED_WEIGHT) return line;
      }
    }
    return { ...line, isolated: true };
  });
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

/** Whether `cut` ends at `at` with the start of the word `whole` has there. */
function cutInside(cut: readonly string[], whole: readonly string[], at: number): boolean {
  return cut.length === at + 1 && (whole[at] ?? '').startsWith(cut[at] as string);
}

/**
 * Whether an informative line of `from` (one that counts in full) has no like line in `into`
 * while lines before and after it do: a line swapped inside one record (the same header and
 * footer around another cause). An unmatched line before or after all matched ones is more
 * likely another component's error logged nearby, which the identity coverage already weighs.
 */
function swappedInside(from: readonly PreparedLine[], into: readonly PreparedLine[]): boolean {
  const matched = from.map((line) => into.some((other) => preparedLineSimilarity(line, other) > 0));
  const first = matched.indexOf(true);
  const last = matched.lastIndexOf(true);
  for (let i = first + 1; i < last; i++)
    if (!matched[i] && (from[i] as PreparedLine).weight >= 1) return true;
  return false;
}

/** Word weight of the words two lines open with, from which they are the same statement. */
const SHARED_OPENING_WEIGHT = 3;

/** Weight (in `line`) of the words `a` and `b` open with in common. */
function sharedOpeningWeight(a: PreparedLine, b: PreparedLine): number {
  let weight = 0;
  for (let i = 0; i < a.sequence.length && i < b.sequence.length; i++) {
    const word = a.sequence[i] as string;
    if (word !== b.sequence[i]) break;
    weight += a.words.get(word) ?? 0;
  }
  return weight;
}

/**
 * Whether an identity line of `a` with no like line in `b` and an identity line of `b` with no
 * like line in `a` are one statement around another root cause: they open alike for several words
 * and then say different things (`failed to load 'reranker': unable to create stream: the provided
 * PTX was compiled with an unsupported toolchain` against `…: CUDA driver version is insufficient`),
 * wherever they stand in their records. Lines that share nothing with the rest of their incident
 * (another component's error logged nearby) never count.
 */
function replacedCause(a: PreparedFingerprint, b: PreparedFingerprint): boolean {
  const unmatched = (from: PreparedFingerprint, into: PreparedFingerprint) =>
    from.identity.filter(
      (line) =>
        line.weight >= 1 &&
        !line.isolated &&
        !into.errorLines.some((other) => preparedLineSimilarity(line, other) > 0),
    );
  const ours = unmatched(a, b);
  if (ours.length === 0) return false;
  const theirs = unmatched(b, a);
  return ours.some((line) =>
    theirs.some(
      (other) => sharedOpeningWeight(line, other) >= SHARED_OPENING_WEIGHT && substituted(line, other),
    ),
  );
}

/** Word weight at which an identity line counts in full (a short reason code counts less). */
const INFORMATIVE_WEIGHT = 4;

/** Scales the score when both sides' error statements disagree entirely. */
const CONTRADICTION_FACTOR = 0.6;
/** Scales the score when only one side carries the error's own text. */
const UNEQUAL_EVIDENCE_FACTOR = 0.75;

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
  // Where the two sides disagree only on lines that are another component's error logged nearby
  // (a failed metrics push, a DNS blip, a stale deprecation error: see `extraneous`), the rest of
  // the incident is judged as if those lines were absent; any other disagreement keeps them all.
  // Setting lines aside never makes a match of nothing: two excerpts that share no identity stop here.
  const ab0 = coverage(a.identity, b.errorLines);
  const ba0 = coverage(b.identity, a.errorLines);
  if (ab0 === 0 && ba0 === 0) return { score: 0, identity: 0, support: 0 };
  const ax = extraneous(a, b);
  const bx = extraneous(b, a);
  const explained =
    (ax.size > 0 || bx.size > 0) &&
    onlyExtraneous(a.errorLines, b, ax) &&
    onlyExtraneous(b.errorLines, a, bx);
  const aJudged = explained ? ownIdentity(a, ax) : a.identity;
  const bJudged = explained ? ownIdentity(b, bx) : b.identity;
  // Another component's error that names an exception type can take a side's whole identity from
  // the error statements (a StatsD `PortUnreachableException` over Gradle's `Could not resolve …`):
  // when the other side's kept identity finds those statements, they stand in for it.
  // Only when each side set aside lines, and every one reports an error of its own. A set-aside
  // line without a code or type (`exec /usr/local/bin/app: exec format error`) may be this
  // problem's own error; and when only one side holds such a line, it may be the error's own text
  // that the other side, a bare statement, lacks: no statement can stand in for either.
  const reported = explained && ax.size > 0 && bx.size > 0 && [...ax, ...bx].every(ownError);
  const aStand = reported ? standIn(a, ax, aJudged, bJudged) : undefined;
  const bStand = reported ? standIn(b, bx, bJudged, aJudged) : undefined;
  const aIdentity = aStand ?? aJudged;
  const bIdentity = bStand ?? bJudged;
  const ab = aIdentity === a.identity ? ab0 : coverage(aIdentity, b.errorLines);
  const ba = bIdentity === b.identity ? ba0 : coverage(bIdentity, a.errorLines);
  const identity = 0.75 * Math.max(ab, ba) + 0.25 * Math.min(ab, ba);
  if (identity === 0) return { score: 0, identity, support: 0 };
  // Both sides say what failed around the error, and nothing of it agrees: the same error text
  // met in another place (a timeout calling another dependency) is another problem.
  // A statement set aside as another component's error that names a code or exception type of
  // its own (`failed to push metrics …: 502 Bad Gateway`) reports that error, not the call this
  // one broke: it contradicts nothing. A bare statement (`payment authorisation failed`) still does.
  // Nor does one that names no failure (`config key log_format_v1 is deprecated`), or that says a
  // cause of its own after its last `: ` (`failed to push metrics to <url>: 502 Bad Gateway`).
  const aSaid = explained ? a.statements.filter((l) => !(ax.has(l) && reportsOwn(l))) : a.statements;
  const bSaid = explained ? b.statements.filter((l) => !(bx.has(l) && reportsOwn(l))) : b.statements;
  // A side whose only statements share nothing with the rest of its incident and are unlike every
  // statement of the other side, while its whole identity is found there, said nothing about this
  // error when the other side's statements tell a story of their own (a readiness event and its
  // reason): those lines are another component's (a deprecation notice beside a log tail that
  // starts at the error itself). When both sides are like that (`payment authorisation failed`
  // against `inventory reservation failed` around one timeout), or the statements are alike but
  // for their words (`Output: b'mount.nfs4: access denied …'` against `… Connection timed out`),
  // they still contradict.
  const bareOf = (said: readonly PreparedLine[], other: readonly PreparedLine[]) =>
    said.every((l) => l.isolated && !other.some((o) => alike(l, o)));
  const aBare = ab === 1 && bareOf(aSaid, bSaid);
  const bBare = ba === 1 && bareOf(bSaid, aSaid);
  const contradicted =
    aSaid.length > 0 &&
    bSaid.length > 0 &&
    aBare === bBare &&
    coverage(aSaid, b.errorLines) === 0 &&
    coverage(bSaid, a.errorLines) === 0;
  // Both identities hold lines that name a failure (`permission denied for schema analytics`
  // against `depends on a node named 'stg_payments' which was not found`) and none of them is
  // found on the other side: the lines both show (a job's `ERROR creating model`, `Completed with
  // 1 error`) are the record around two different failures.
  const aNaming = aIdentity.filter(names);
  const bNaming = bIdentity.filter(names);
  const namesDisagree =
    aNaming.length > 0 &&
    bNaming.length > 0 &&
    coverage(aNaming, b.errorLines) === 0 &&
    coverage(bNaming, a.errorLines) === 0;
  // Statements that disagree entirely are evidence, not another component's error: they stay in
  // the support too.
  const aSupport = explained && !contradicted ? without(a.support, ax) : a.support;
  const bSupport = explained && !contradicted ? without(b.support, bx) : b.support;
  const sa = aSupport.length > 0 ? coverage(aSupport, b.all) : 1;
  const sb = bSupport.length > 0 ? coverage(bSupport, a.all) : 1;
  const support = (sa + sb) / 2;
  const aStatements = explained ? without(a.statements, ax) : a.statements;
  const bStatements = explained ? without(b.statements, bx) : b.statements;
  // The error lines of each side name a code the other's never do (status 503 against 403): the
  // same words around another code are another error.
  const otherCodes = explained
    ? disjointCodes(codesOf([...aIdentity, ...aStatements]), codesOf([...bIdentity, ...bStatements]))
    : disjointCodes(a.codes, b.codes);
  // Each side names, inside the record, an error the other never mentions, however much of the
  // record around it agrees (`Failed to launch the browser process!` over a missing library against a sandbox
  // refusal): the shared lines are a wrapper, the unmatched ones say what failed.
  // All identity lines count here: a line between matched ones is inside the record, not nearby.
  const swappedIdentity =
    (swappedInside(a.identity, b.errorLines) && swappedInside(b.identity, a.errorLines)) ||
    replacedCause(a, b);
  // One side names the error, the other only what failed around it: the error may be another one.
  // Statements that stand in for an identity are no error text of their own, and neither is an
  // identity made only of another component's error (a failed trace export logged beside kubelet
  // events) while the other side keeps its whole identity: what both show is that side's problem.
  // When the other side set aside identity lines too, the lines left may be no more than a bare
  // statement around two different errors, and the unequal evidence still counts.
  const aCause =
    a.fingerprint.identityTier === 'cause' && !aStand && !foreignIdentity(a, ax, b, bx, explained);
  const bCause =
    b.fingerprint.identityTier === 'cause' && !bStand && !foreignIdentity(b, bx, a, ax, explained);
  const unequal = aCause !== bCause;
  const score =
    identity *
    (0.8 + 0.2 * support) *
    (contradicted || namesDisagree || otherCodes || swappedIdentity ? CONTRADICTION_FACTOR : 1) *
    (unequal ? UNEQUAL_EVIDENCE_FACTOR : 1);
  return { score, identity, support };
}

/**
 * The error lines of `a` (identity and statements) that share nothing with the rest of their
 * incident and have no like line anywhere in `b`: another component's error logged nearby.
 */
function extraneous(a: PreparedFingerprint, b: PreparedFingerprint): Set<PreparedLine> {
  const out = new Set<PreparedLine>();
  for (const line of a.errorLines) {
    if (line.isolated && !b.templates.has(line.template) && !b.all.some((other) => alike(line, other)))
      out.add(line);
  }
  if (out.size === 0) return out;
  // An identity line between two the other side shows is inside the record: never extraneous.
  const matched = a.identity.map((line) => b.errorLines.some((o) => preparedLineSimilarity(line, o) > 0));
  const first = matched.indexOf(true);
  const last = matched.lastIndexOf(true);
  for (let i = first + 1; first >= 0 && i < last; i++) out.delete(a.identity[i] as PreparedLine);
  return out;
}

/** At least this share of a line's informative words in another: the same kind of line, whatever its values. */
const ALIKE_SHARE = 1 / 3;

/**
 * Whether `other` is like `line`: similar, or sharing half its informative words' weight (the
 * same unwrap of another OS error, the same sentence about another resource), which says
 * another error where this one was, not an unrelated one.
 */
function alike(line: PreparedLine, other: PreparedLine): boolean {
  if (line.template === other.template || samePrefix(line.opening, other.opening)) return true;
  let total = 0;
  let shared = 0;
  for (const word of line.topics) {
    const weight = line.words.get(word) as number;
    total += weight;
    if (other.topics.has(word)) shared += weight;
  }
  // Lines with no informative word in common are not similar either (their common words would be
  // stop words, qualifiers and field keys alone).
  if (shared === 0) return false;
  return shared >= ALIKE_SHARE * total || preparedLineSimilarity(line, other) > 0;
}

/** Lines opening with the same words: the same kind of line (`Output: b'mount.nfs4: …`) about another value. */
const SAME_PREFIX_WORDS = 2;

function samePrefix(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < SAME_PREFIX_WORDS || b.length < SAME_PREFIX_WORDS) return false;
  for (let i = 0; i < SAME_PREFIX_WORDS; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether every error line of one side that the other side's error lines do not show is extraneous. */
function onlyExtraneous(
  lines: readonly PreparedLine[],
  other: PreparedFingerprint,
  extra: ReadonlySet<PreparedLine>,
): boolean {
  return lines.every(
    (line) => extra.has(line) || other.errorLines.some((o) => preparedLineSimilarity(line, o) > 0),
  );
}

/**
 * A side's identity judged without another component's errors. When every identity line is such
 * an error (a failed log push above the problem's own statement, which the classification read as
 * the error's own text), the identity is what the side says below it, as the fingerprint itself
 * falls back a tier when no error text is present: its statements, those that belong with the rest
 * of its incident (a statement sharing nothing with it, `exit status 2` or a kubelet back-off
 * around a different crash, says nothing of which problem it is). A line naming an exception type,
 * or the process's own death, may be the error the statements report: never set aside so.
 */
function ownIdentity(side: PreparedFingerprint, extra: ReadonlySet<PreparedLine>): readonly PreparedLine[] {
  if (!side.identity.every((line) => foreignLine(line, extra))) return judged(side.identity, extra);
  const own = side.statements.filter((line) => !extra.has(line) && !line.isolated && line.weight >= 1);
  return own.length > 0 ? own : side.identity;
}

/**
 * Identity lines without the extraneous ones, when what is left still names the problem: a line
 * that counts in full, and at least as much weight as was set aside (a routine warning left
 * matched is no reason to set aside the error itself). Else all of them.
 */
function judged(lines: readonly PreparedLine[], extra: ReadonlySet<PreparedLine>): readonly PreparedLine[] {
  if (extra.size === 0) return lines;
  let kept = 0;
  let dropped = 0;
  let full = false;
  for (const line of lines) {
    if (extra.has(line)) dropped += line.weight;
    else {
      kept += line.weight;
      if (line.weight >= 1) full = true;
    }
  }
  return full && kept >= dropped ? without(lines, extra) : lines;
}

/** Share of the other side's kept identity its statements must show to stand in for a lost identity. */
const STAND_IN_COVERAGE = 0.5;

/**
 * The statements of `side` that stand in for its identity when every identity line was set aside
 * as another component's error, while the other side kept an identity of its own that they show;
 * undefined otherwise. When both sides lost their identity, nothing stands in: a bare statement
 * around two different errors (`order export failed`) is no match.
 */
function standIn(
  side: PreparedFingerprint,
  extra: ReadonlySet<PreparedLine>,
  judgedSide: readonly PreparedLine[],
  judgedOther: readonly PreparedLine[],
): readonly PreparedLine[] | undefined {
  if (!judgedSide.every((line) => extra.has(line))) return undefined;
  const kept = judgedOther.filter((line) => line.weight >= 1);
  if (kept.length === 0 || kept.length !== judgedOther.length) return undefined;
  const statements = without(side.statements, extra);
  if (statements.length === 0 || coverage(kept, statements) < STAND_IN_COVERAGE) return undefined;
  return statements;
}

/**
 * Whether every identity line of `side` was set aside as another component's error while `other`
 * set aside none of its own, or only lines that report an error of their own (a code, a type):
 * `side`'s identity is not this problem's error text. An exception type may be the very error the
 * shared statement reports (`Failed to check/redeclare auto-delete queue(s).` over a
 * `ShutdownSignalException` whose stack both sides show): such a line is never taken for foreign,
 * nor is the process's own death (a panic, a fatal error, an errno, out of memory).
 */
/**
 * A line set aside as another component's that names no exception type and no death of the process.
 * `EOF` has the shape of an errno code (`ENOSPC`) but is none: a connection closed under a log
 * shipper's push (`Post ".../loki/api/v1/push": EOF`) is no death of this process.
 */
const foreignLine = (line: PreparedLine, extra: ReadonlySet<PreparedLine>) =>
  extra.has(line) && line.types.size === 0 && !isOwnFatal(line.template.replaceAll('EOF', 'eof'));

function foreignIdentity(
  side: PreparedFingerprint,
  sideExtra: ReadonlySet<PreparedLine>,
  other: PreparedFingerprint,
  otherExtra: ReadonlySet<PreparedLine>,
  explained: boolean,
): boolean {
  return (
    explained &&
    sideExtra.size > 0 &&
    side.identity.every((l) => foreignLine(l, sideExtra)) &&
    !other.identity.some((l) => otherExtra.has(l) && !ownError(l))
  );
}

/** Whether a line names an error of its own: a code or an exception type. */
const ownError = (line: PreparedLine) => line.codes.size > 0 || line.types.size > 0;

/**
 * Whether an error line set aside as another component's is about that component alone: it names
 * an error of its own (a code, a type), a cause of its own (an error chain), or no failure at all.
 */
const reportsOwn = (line: PreparedLine) =>
  ownError(line) || !(names(line) || saysError(line)) || chainTail(line.template) >= 0;

/**
 * `error` or `errors` as a word of the statement (`payment authorisation error`), not its level, or
 * a `not` that says something did not happen (`payment not captured`).
 */
const STATEMENT_ERROR = /\b(?:[Ee]rrors?|not)\b/;

/** Whether a line says it met an error or that something did not happen, apart from a level field (`level=error`) or word (`ERROR`). */
function saysError(line: PreparedLine): boolean {
  return STATEMENT_ERROR.test(line.template.split('level=error').join(' '));
}

/** `namesFailure` of a prepared line, read once per line when a comparison first asks. */
const NAMES = new WeakMap<PreparedLine, boolean>();
function names(line: PreparedLine): boolean {
  let known = NAMES.get(line);
  if (known === undefined) {
    known = namesFailure(line.template);
    NAMES.set(line, known);
  }
  return known;
}

const without = (lines: readonly PreparedLine[], drop: ReadonlySet<PreparedLine>) =>
  drop.size === 0 ? lines : lines.filter((l) => !drop.has(l));

const codesOf = (lines: readonly PreparedLine[]) => new Set(lines.flatMap((l) => [...l.codes]));

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

/** Every regex fingerprinting runs on untrusted (masked) text, for the adversarial-input test and benchmark. */
export const FINGERPRINT_PATTERNS: readonly UntrustedPattern[] = Object.entries({
  WORD,
  KEPT_NUMBER,
  DIGIT,
  SIGILS,
  QUALIFIER,
  ERRNO_CODE,
  NUMBER,
  UPPER_CODE,
  EXCEPTION_SUFFIX,
  CAPITALISED_WORD,
  LOWER_LETTER,
  WORD_CHAR,
  ALNUM_CODE,
  SNAKE_NAME,
  KEBAB_CODE,
  QUOTED_NAME,
  STATEMENT_ERROR,
}).map(([name, pattern]) => ({ name: `fingerprint/${name.toLowerCase().replaceAll('_', '-')}`, pattern }));
