/**
 * Context-free masking of the parts of a log line that vary between occurrences of the same event
 * (timestamps, ids, hashes, addresses, numbers, pod suffixes, line numbers). One generic rule set,
 * no per-source tuning: the same line always masks to the same text, so the result is a stable
 * key across occurrences, hosts and restarts.
 */

import type { UntrustedPattern } from '@sre-agent/core';

/** The placeholder every masked value becomes. */
export const WILDCARD = '<*>';

type MaskRule = { readonly name: string; readonly pattern: RegExp };

// Boundaries that do not treat `_` as part of a word, so `blk_123` and `id_0xff` still mask.
const L = '(?<![A-Za-z0-9])';
const R = '(?![A-Za-z0-9])';

// Extensions that make a dotted name a file, not a host.
const FILE_EXTENSIONS =
  'js|mjs|cjs|ts|py|go|java|kt|scala|rb|php|rs|c|h|cc|cpp|cs|class|jar|so|dll|exe|sh|log|txt|csv|json|ya?ml|xml|toml|ini|conf|cfg|properties|html?|css|rrd|sqm|pid|sock|lock|tmp|bak|gz|zip|tar|pem|crt|key';

const RULES: readonly MaskRule[] = [
  {
    name: 'iso-datetime',
    pattern: new RegExp(
      `${L}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${R}`,
      'g',
    ),
  },
  {
    // ctime / syslog dates: `Fri Jun 17 07:07:00 2005`, `Jun  7 07:07:00`.
    name: 'ctime',
    pattern: new RegExp(
      `${L}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\s+\\d{1,2},?\\s+(?:\\d{4}\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:\\s+\\d{4})?${R}`,
      'g',
    ),
  },
  { name: 'time', pattern: new RegExp(`${L}\\d{1,2}:\\d{2}:\\d{2}(?:[.,:]\\d+)?${R}`, 'g') },
  {
    name: 'uuid',
    pattern: new RegExp(`${L}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${R}`, 'gi'),
  },
  { name: 'mac', pattern: new RegExp(`${L}(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}${R}`, 'gi') },
  {
    name: 'ipv6',
    pattern: new RegExp(`${L}(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}${R}`, 'gi'),
  },
  {
    // Host names (three or more lower-case labels, or any with a port), not file names in paths.
    // A label is lower-case (`web-01`), or holds an upper-case letter and single dashes
    // (`ip-10-0-1-5.Internal`): the two alternatives never match the same text, so a run of
    // labels that ends in a non-host has one way to fail, not two per label (exponential).
    name: 'hostname',
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.$-])(?<!(?<!/)/)(?:(?:[a-z0-9]+(?:-+[a-z0-9]+)*|(?=[a-z0-9-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)\\.){2,}(?!(?:${FILE_EXTENSIONS})(?![A-Za-z0-9_-]))[a-z][a-z0-9-]*[a-z0-9](?::\\d{1,5})?(?!\\.?[A-Za-z0-9_-])`,
      'g',
    ),
  },
  { name: 'ipv4', pattern: new RegExp(`${L}\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?${R}`, 'g') },
  { name: 'hex-literal', pattern: new RegExp(`${L}0x[0-9a-f]+${R}`, 'gi') },
  // Hashes, container ids, ReplicaSet hashes: hex runs of 6+ characters holding a digit.
  { name: 'hex-id', pattern: new RegExp(`${L}(?=[0-9]*[a-f])(?=[a-f]*\\d)[0-9a-f]{6,}${R}`, 'gi') },
  // All-letter hex values (`ffffffff`, `deadbeef`): eight or more, which no English word is.
  { name: 'hex-letters', pattern: new RegExp(`${L}[a-f]{8,}${R}`, 'gi') },
  // Generated suffixes such as a pod's `-x7k2p`: a short mixed letter-and-digit segment after a dash.
  {
    name: 'generated-suffix',
    pattern: /(?<=[A-Za-z0-9>]-)(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5}(?![A-Za-z0-9])/g,
  },
  // Kubernetes draws generated names from consonants and digits (no vowels): `-vxxbb`, `-x7k2p`.
  {
    name: 'kubernetes-suffix',
    pattern: /(?<=[A-Za-z0-9>]-)[bcdfghjklmnpqrstvwxz2-9]{5}(?![A-Za-z0-9])/g,
  },
  // Digits glued to a word: versions (`python3.11`) and long counters (`subdir1234`, `t761`).
  { name: 'glued-number', pattern: /(?<=[A-Za-z_])(?:\d+(?:\.\d+)+|\d{3,})(?![0-9])/g },
  // Any other number (signed, decimal, grouped), including the line numbers of stack frames.
  // A unit may follow (`257ms`, `1229Mi`, `41C`).
  {
    name: 'number',
    pattern: new RegExp(`${L}[-+]?\\d+(?:[.,]\\d+)*(?:(?=[A-Za-z]{1,3}${R})|${R})`, 'g'),
  },
  // Digits after a dash or underscore inside an identifier (`pool-4-thread-31`, `part-00590`).
  { name: 'glued-counter', pattern: /(?<=[A-Za-z0-9][-_])\d+(?![0-9A-Za-z])/g },
];

export type MaskOptions = {
  /**
   * Keep the numbers that tell problems apart rather than occurrences: service ports (below the
   * ephemeral range) after an address or `port`, codes after `code`, `status`, `errno`, `exit`
   * or `signal`, and a 4xx or 5xx status after `but was`, `returned`, `responded with` or `HTTP`.
   * Used for problem fingerprints; template mining masks them like any number.
   */
  keepCodes?: boolean;
};

// Digits hidden from the masking rules while they run, restored afterwards.
const HIDDEN_DIGIT_BASE = 0xe000;
const hideDigits = (digits: string) =>
  [...digits].map((d) => String.fromCharCode(HIDDEN_DIGIT_BASE + Number(d))).join('');
const HIDDEN_DIGITS = /[\ue000-\ue009]/g;
const revealDigits = (text: string) =>
  text.replace(HIDDEN_DIGITS, (c) => String(c.charCodeAt(0) - HIDDEN_DIGIT_BASE));

const EPHEMERAL_PORTS_START = 32_768;
const SERVICE_PORT = new RegExp(
  // after an IPv4 address or a host name (not a file name), or after the word `port`; a port may
  // end a sentence (`redis-master:6379.`), a version or address may not follow it
  `(?:(?<=${L}\\d{1,3}(?:\\.\\d{1,3}){3}:)|(?<=(?<![/\\w.-])[A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)*(?<!\\.(?:${FILE_EXTENSIONS})):)|(?<=\\bport["']?\\s*(?:[:=]\\s*)?))\\d{2,5}(?!\\d|\\.\\d|:\\d|[A-Za-z])`,
  'gi',
);
const CODE_NUMBER =
  /(?<=\b(?:status[_ ]?code|code|status|errno|exit(?:ed)?(?: with)?(?: code| status)?|signal|rc)["']?\s*(?:[:=]\s*)?["']?-?|\[Errno )\d{1,5}(?!\d|[.:]\d|[A-Za-z])|(?<=\()\d{1,4}(?=: [A-Z][a-z]|, ["'][A-Z])|(?<=HTTP\/\d(?:\.\d)?" )\d{3}(?![\d.])/gi;
/**
 * An HTTP error status a client reports in words (`but was 401`, `returned 404 Not Found`,
 * `responded with 503`, `HTTP 429`): not when a lower-case word follows, which makes it a count
 * (`returned 412 rows`, `HTTP 512 connections`). Case-sensitive for that reason.
 */
const STATUS_IN_WORDS =
  /(?<=\b(?:[Bb]ut (?:was|got)|[Rr]eturned|[Rr]esponded with|HTTP|http) )[45]\d\d(?![\d.]|\w| [a-z])/g;

// Cheap tests that skip the (slow, lookbehind-heavy) patterns above on lines that cannot match.
const MAY_HAVE_PORT = /:\d{2}|port/i;
const MAY_HAVE_CODE =
  /code|status|errno|exit|signal|\brc\b|\(\d{1,4}[:,] |HTTP[/ ]\d|but (?:was|got) [45]|returned [45]|responded with [45]/i;

/** `pid:17`, `line:42`, `attempt:3` look like a host and port but count occurrences. */
const COUNTER_KEYS: ReadonlySet<string> = new Set([
  'pid',
  'tid',
  'thread',
  'worker',
  'line',
  'lineno',
  'col',
  'column',
  'attempt',
  'try',
  'retry',
  'retries',
  'seq',
  'offset',
  'partition',
  'epoch',
  'generation',
  'id',
]);

/** The lower-case word that ends right before `end` (a scan, no regex). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter) break;
    start--;
  }
  return text.slice(start, end).toLowerCase();
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * Whether a qualified class name ends right before `end` (`org.apache.kafka.connect.runtime.WorkerTask`
 * in log4j's `(%c:%L)` source location): lower-case package segments, then a capitalised class name
 * holding a lower-case letter. The number after it is a source line, not a port; host names are
 * lower-case. A scan, no regex.
 */
function qualifiedClassBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46)) break;
    start--;
  }
  const segments = text.slice(start, end).split('.');
  const last = segments[segments.length - 1] as string;
  if (segments.length < 2 || !isUpper(last.charCodeAt(0))) return false;
  let lower = false;
  for (let i = 1; i < last.length; i++) if (isLower(last.charCodeAt(i))) lower = true;
  return lower && segments.slice(0, -1).every((s) => s.length > 0 && isLower(s.charCodeAt(0)));
}

function protectCodes(line: string): string {
  let out = line;
  if (MAY_HAVE_PORT.test(out)) {
    out = out.replace(SERVICE_PORT, (port, offset: number, whole: string) =>
      Number(port) < EPHEMERAL_PORTS_START &&
      !COUNTER_KEYS.has(wordBefore(whole, offset - 1)) &&
      !qualifiedClassBefore(whole, offset - 1)
        ? hideDigits(port)
        : port,
    );
  }
  if (MAY_HAVE_CODE.test(out))
    out = out.replace(CODE_NUMBER, hideDigits).replace(STATUS_IN_WORDS, hideDigits);
  return out;
}

const PLACEHOLDER_RUN = /<\*>(?:[.:,-]?<\*>)+/g;

/** Returns `line` with every variable part replaced by `<*>`; runs of placeholders collapse into one. */
export function maskLine(line: string, options: MaskOptions = {}): string {
  let out = options.keepCodes ? protectCodes(line) : line;
  for (const rule of RULES) out = out.replace(rule.pattern, WILDCARD);
  // `<*>.<*>`, `<*>:<*>` and `<*>-<*>` are one value (a float, an address with port, a range).
  out = out.replace(PLACEHOLDER_RUN, WILDCARD);
  return options.keepCodes ? revealDigits(out) : out;
}

/** The names of the masking rules, in the order they apply (for documentation and tests). */
export const MASK_RULE_NAMES: readonly string[] = RULES.map((rule) => rule.name);

/** Every regex masking runs on a (redacted, untrusted) log line, for the adversarial-input test and benchmark. */
export const MASK_PATTERNS: readonly UntrustedPattern[] = [
  ...RULES.map((rule) => ({ name: `mask/${rule.name}`, pattern: rule.pattern })),
  { name: 'mask/service-port', pattern: SERVICE_PORT },
  { name: 'mask/code-number', pattern: CODE_NUMBER },
  { name: 'mask/may-have-port', pattern: MAY_HAVE_PORT },
  { name: 'mask/may-have-code', pattern: MAY_HAVE_CODE },
  { name: 'mask/status-in-words', pattern: STATUS_IN_WORDS },
  { name: 'mask/placeholder-run', pattern: PLACEHOLDER_RUN },
];
