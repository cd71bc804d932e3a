import { type UntrustedPattern, untrustedPatterns } from '@sre-agent/core';
import { maskLine, WILDCARD } from './mask.ts';

/**
 * What a log line tells about a problem:
 * - `cause`: names the error itself (exception type and message, errno code, panic, `error:` text);
 * - `symptom`: an error-level statement or a failure phrase without the error's own text;
 * - `detail`: a field of a dumped error object (`code: 'ECONNREFUSED'`);
 * - `frame`: a stack frame or traceback line;
 * - `context`: a warning, or a line without a level that names a failure;
 * - `chatter`: a line without a level that says nothing went wrong (access logs, GC lines,
 *   banners, the rest of a message): evidence of last resort;
 * - `noise`: routine lines (debug/info, health checks, blank, punctuation).
 */
export type LineTier = 'cause' | 'symptom' | 'detail' | 'frame' | 'context' | 'chatter' | 'noise';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'fatal';

export type ClassifiedLine = {
  tier: LineTier;
  level: LogLevel | undefined;
  /** The masked message without timestamp, level and leading `[component]`. */
  template: string;
  /** The original (already redacted) line. */
  text: string;
  /** For frames: whether the frame is in library or runtime code rather than the application's. */
  library?: boolean;
};

const LEVEL_WORDS: Readonly<Record<string, LogLevel>> = {
  trace: 'debug',
  debug: 'debug',
  dbug: 'debug',
  fine: 'debug',
  trce: 'debug',
  finer: 'debug',
  verbose: 'debug',
  info: 'info',
  information: 'info',
  notice: 'info',
  normal: 'info',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  err: 'error',
  severe: 'error',
  fail: 'error',
  fatal: 'fatal',
  crit: 'fatal',
  critical: 'fatal',
  alert: 'fatal',
  emerg: 'fatal',
  panic: 'fatal',
};

// Exception types (`KeyError`, `java.lang.OutOfMemoryError`, `KeeperException$SessionExpiredException`),
// a bare `Error:`, errno-style codes, panics, signals and explicit `error:` phrases.
// In a qualified name `.` and `$` separate segments and never belong to one (`[\w$]*[.$]` repeated
// splits a run of `$` in exponentially many ways); the last segment starts upper-case.
// Not a part of a hyphenated name (`EXTERNAL-NAME` of a `kubectl get` header).
// Level words spelled in capitals (`ERROR`, `ERR`, `EMERG`: dbt's `[ERROR in 4.98s]`) are no errno names.
const ERRNO_CODE = /(?<!-)\b(?!(?:ERRORS?|ERR|EMERG)\b)E[A-Z]{2,}(?:_[A-Z]+)*\b(?!-)/;
/** A runtime's own fatal line: a panic, a fatal error, a process out of memory. */
const RUNTIME_FATAL =
  /^\s*(?:panic|fatal error|FATAL ERROR|Fatal Python error|Caused by|Unhandled|Uncaught)\b|\bpanicked at\b/;
const OUT_OF_MEMORY = /\b(?:OOMKilled|out of memory|ImagePullBackOff|ErrImagePull|CrashLoopBackOff)\b/i;

const CAUSE_PATTERNS: readonly RegExp[] = [
  // A bare `Exception`/`Error` word in a sentence (`Exception during pool initialization`) is no type.
  /(?:^|[\s"'([:=])(?:[A-Za-z_$]\w*[.$])*(?:[A-Z]\w*(?:Error|Exception|Fault)\b|(?:Error|Exception|Fault)\b(?=[:([]|$))/,
  ERRNO_CODE,
  // A qualified type opening the line, whatever its name (`requests.exceptions.ReadTimeout: …`).
  /^\s*(?:[a-z_]\w*\.)+[A-Z]\w*: /,
  RUNTIME_FATAL,
  /\bSQLSTATE\b|\bORA-\d{5}\b/,
  /\bSIG(?:SEGV|ABRT|KILL|BUS|ILL|FPE|TERM)\b|\bsegmentation (?:fault|violation)\b/i,
  /\b(?:error|errno|err|exception)["']?\s*[:=]\s*["']?[^\s"',}]|\[Errno\b/i,
  OUT_OF_MEMORY,
];

/**
 * Whether a line is the process's own death, in its runtime's words (a panic, a fatal error, an
 * errno, out of memory): never another component's error logged nearby.
 */
export function isOwnFatal(template: string): boolean {
  return (
    RUNTIME_FATAL.test(template) ||
    ERRNO_CODE.test(template) ||
    OUT_OF_MEMORY.test(template) ||
    // A Go panic's message, once its `panic: ` prefix is read off.
    template.startsWith('runtime error: ')
  );
}

// Also Kubernetes event reasons (`FailedScheduling`, `FailedMount`, `ErrImagePull`, `Unhealthy`),
// and the strerror texts that name no failure word (`exec format error`, `broken pipe`).
const FAILURE_WORDS =
  /\b(?:Failed[A-Z]\w*|Err[A-Z]\w*|Unhealthy|Insufficient|OOMKill\w*|fail(?:s|ed|ure|ing)?|refused|denied|time[sd]? ?out|timeout|unreachable|cannot|can't|could not|couldn't|unable|invalid|forbidden|unauthori[sz]ed|exceeded|not found|no such|no space|crash(?:ed|ing)?|killed|abort(?:ed|ing)?|fatal|exit(?:ed|ing)? (?:with )?(?:code|status)|back-?off|evicted|unhealthy|missing|lost|corrupt(?:ed)?|rejected|expired|exhausted|overflow|deadlock|panic|too many|not ready|does not exist|too large|out of \w+|not allowed|unavailable|exec format error|input\/output error|broken pipe|reset by peer|no route to host|already in use|not permitted|read-only file system|bad file descriptor|resource busy)\b/i;

const FRAME_PATTERNS: readonly RegExp[] = [
  /^\s+at\s+\S/, // Java, JavaScript, .NET
  /^\s*File "[^"]+", line \S+/, // Python
  /^\s*Traceback \(most recent call last\)/,
  /^\s*goroutine \S+ \[[^\]]+\]:?\s*$/, // Go
  /^\s+\/\S+\.go:\S+/,
  // Go: `main.(*Server).handle(0xc0000a2000)`, `github.com/acme/pkg.Func(...)`. The path is taken
  // whole (a look-ahead and back-reference: an atomic group), then the look-behind checks that its
  // last segment holds a `.` before the function name; nested `[\w.-]+\.[\w.]+` retried every dot.
  /^\s*(?=([\w./-]+))\1(?:(?<=(?:^|[\s/])[\w.-]+\.)\(\*?[\w.]+\)\.[\w.]+|(?<=(?:^|[\s/])[\w.-]+\.[\w.]+))\(.*\)\s*$/,
  /^\s*\d+: 0x[0-9a-f]+ /i, // native frames (V8, glibc)
  /^\s*\.\.\. \d+ more\s*$/,
  /^\s*#\d+\s+0x[0-9a-f]+/i, // gdb / Rust
  /^\s*<--- .* --->\s*$/,
];

const LIBRARY_FRAME =
  /node_modules|node:internal|node:|java\.base\/|\bjava\.(?:lang|util|io|net)\.|\bsun\.|\bjdk\.|site-packages|\/usr\/(?:local\/)?lib\/|\bruntime\/|\bruntime\.|\bnode::|\bv8::|\blibc\b|\bprocess\.processTicksAndRejections|\bnative method\b/i;

const HEALTH_CHECK =
  /\b(?:GET|HEAD)\s+\/(?:healthz?|readyz?|livez?|ready|live|ping|status|metrics)\b|\b(?:liveness|readiness) probe (?:succeeded|ok)\b/i;

const LEADING_NOISE = new RegExp(
  `^(?:\\s*(?:\\[?${escapeRegExp(WILDCARD)}\\]?[:,]?|[A-Z][a-z]{2} +${escapeRegExp(WILDCARD)}|${escapeRegExp(WILDCARD)}Z?)\\s+)+`,
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The small regexes of splitting and classifying (each runs on one untrusted line).
const SPACED = /(\s+)/;
const BLANK = /^\s*$/;
const WORD_SEPARATOR = /[/:|]/;
const MESSAGE_PREFIX = /^[A-Z][a-z]+:$/;
const OPENING_BRACKET = /^[[(<]/;
const CAPITALISED = /^[A-Z][a-z]+$/;
const LOWER_CASE = /^[a-z]+$/;
const AFTER_LEVEL = /^[\]:\s|-]+/;
const COMPONENT = /^\[[^\]\s]{1,80}\]\s*[:-]?\s*/;
const WHITESPACE_RUN = /\s+/g;
const LOGFMT_FIELD = /\b\w+"?=\S/;
const ESCAPED_CHAR = /\\(.)/g;
const LINE_BREAK = /\r?\n/;
const PYTHON_SOURCE_LINE = /^\s{4,}\S/;
const PYTHON_FILE_LINE = /^\s*File "/;
const PYTHON_FRAME_LINE = /^\s*File "[^"]+", line /;
const NON_LETTERS = /[^A-Za-z]+/g;
const ERROR_FIELD = /^\s+["']?[a-z_$][\w$.-]*["']?\s*[:=]\s*\S/;
const AT_FRAME = /^\s*at /;
const FIELD_SEPARATOR = /[:=]/;
// The request and status of an access log (combined log format, Envoy, uvicorn): the request
// line is one word after the method, so each quote starts one bounded scan.
const ACCESS_STATUS = /"[A-Z]{3,7} \S{1,4096} HTTP\/\d(?:\.\d)?" (\d{3})(?!\d)/;
/** A line that continues the record above it: indented, or a `|`-prefixed part of a dumped value. */
const CONTINUATION_INDENT = /^(?:\s+\S|\s*\|)/;
const TYPE_NAME = /^[A-Za-z_$][\w$.]*$/;
const TYPE_SUFFIX = /(?:Error|Exception|Fault)$/;
const UPPER_START = /^[A-Z]/;
const LOWER_START = /^[a-z_$]/;

/**
 * Whether a line opens with a type name and a colon: `KeyError: `, `System.AggregateException: `,
 * `org.acme.Thing: `. A scan for the first word and three linear tests; one regex over the whole
 * name (`[\w$]*(?:Error|…)[\w$]*`) backtracks quadratically on a long word.
 */
function opensWithType(text: string): boolean {
  const space = text.indexOf(' ');
  if (space < 2 || text.charAt(space - 1) !== ':') return false;
  const name = text.slice(0, space - 1);
  if (!TYPE_NAME.test(name)) return false;
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (!UPPER_START.test(last)) return false;
  return TYPE_SUFFIX.test(last) || (name.includes('.') && LOWER_START.test(name));
}

/**
 * A Kubernetes event reason that reports a failure (`FailedMount`, `Failed`, `BackOff`, `Unhealthy`),
 * or that something could not or did not happen (`CannotConnectToProvider`, `NotTriggerScaleUp`).
 */
const EVENT_REASON =
  /^(?:Failed[A-Za-z]*|Err[A-Z][A-Za-z]*|Cannot[A-Z][A-Za-z]*|Not[A-Z][A-Za-z]*|BackOff|Unhealthy|Evicted|OOMKilling)\s/;

const OPENERS = '[(<{|"\'';
const CLOSERS = '])>}|:,"\'';

/**
 * `token` without the brackets, quotes and punctuation around it. A scan, not a regex: an
 * unanchored `[…]+$` retries from every position of a long run of closers (quadratic).
 */
function stripWrapping(token: string): string {
  let start = 0;
  while (start < token.length && OPENERS.includes(token.charAt(start))) start++;
  let end = token.length;
  while (end > start && CLOSERS.includes(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

// klog (`E1202 10:00:00.123456       1 leaderelection.go:332] …`) and Ruby's Logger
// (`E, [2026-12-02T10:00:00.123456 #1] ERROR -- : …`) put the level in a header of their own.
const KLOG_HEADER = /^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{1,9} +\d+ [\w.-]{1,120}:\d+\] /;
const RUBY_HEADER = /^[DIWEFA], \[[^\]]{1,80}\] +([A-Za-z]+) -- [^:]{0,80}: /;
const KLOG_LEVELS: Readonly<Record<string, LogLevel>> = { I: 'info', W: 'warn', E: 'error', F: 'fatal' };
/** pino and bunyan write the level as a number. */
const NUMERIC_LEVELS: Readonly<Record<number, LogLevel>> = {
  10: 'debug',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

/** The level and message of a line whose header a logging library writes in a fixed shape. */
function splitHeader(text: string): { level: LogLevel | undefined; rest: string } | undefined {
  const klog = KLOG_HEADER.exec(text);
  if (klog) return { level: KLOG_LEVELS[klog[1] as string], rest: text.slice(klog[0].length) };
  const ruby = RUBY_HEADER.exec(text);
  if (ruby)
    return { level: LEVEL_WORDS[(ruby[1] as string).toLowerCase()], rest: text.slice(ruby[0].length) };
  return undefined;
}

// logfmt `level=error`, JSON `"level":"error"`, `severity=ERROR`.
const STRUCTURED_LEVEL = /\b(?:level|lvl|severity|loglevel)["']?\s*[=:]\s*["']?([A-Za-z]+)/i;

/** Finds a level word among the first tokens of a masked line; returns it and where the message starts. */
function splitLevel(masked: string): { level: LogLevel | undefined; rest: string } {
  const structured = STRUCTURED_LEVEL.exec(masked);
  if (structured) {
    const level = LEVEL_WORDS[(structured[1] as string).toLowerCase()];
    if (level) return { level, rest: masked.replace(LEADING_NOISE, '') };
  }
  const stripped = masked.replace(LEADING_NOISE, '');
  // An exception type opening the line (`org.acme.BeanCreationException: Error creating bean`)
  // has begun the message: a level word after it is a word of the message.
  if (opensWithType(stripped)) return { level: undefined, rest: stripped };
  const tokens = stripped.split(SPACED);
  // Look at the first three words: `[<*>: ERROR/MainProcess]`, `<*>\terror\t`, `Warning  Failed`.
  let words = 0;
  for (let i = 0; i < tokens.length && words < 3; i++) {
    const token = tokens[i] as string;
    if (BLANK.test(token)) continue;
    words++;
    const word = stripWrapping(token)
      .split(WORD_SEPARATOR)
      .find((part) => part.length > 0);
    const level = word ? LEVEL_WORDS[word.toLowerCase()] : undefined;
    // `ERROR`, `error`, `Warning` are levels; `Error:` opens an error message (`Error: connect ECONNREFUSED`).
    const messagePrefix = MESSAGE_PREFIX.test(token);
    // Upper-case levels may follow a thread or logger name; lower-case ones (`error` in zap's
    // tab-separated lines) only open the message, so `api error` inside a message is no level.
    const bracketed = OPENING_BRACKET.test(token);
    const shape =
      word === word?.toUpperCase() || bracketed
        ? 3
        : CAPITALISED.test(word ?? '')
          ? 2
          : LOWER_CASE.test(word ?? '')
            ? 1
            : 0;
    if (level && !messagePrefix && words <= shape) {
      let rest = tokens
        .slice(i + 1)
        .join('')
        .replace(AFTER_LEVEL, '');
      // A `[component]` or `[thread]` right after the level names who logged, not what happened.
      rest = rest.replace(COMPONENT, '');
      return { level, rest };
    }
  }
  return { level: undefined, rest: stripped };
}

const normalise = (text: string) => text.replace(WHITESPACE_RUN, ' ').trim();

const JSON_MESSAGE_KEYS = ['msg', 'message', 'event'];
const JSON_ERROR_KEYS = ['error', 'err', 'exception', 'exc_info', 'stack', 'stacktrace', 'reason', 'cause'];
const JSON_LEVEL_KEYS = ['level', 'severity', 'lvl', 'loglevel'];
const JSON_CODE_KEYS = ['code', 'errno', 'error_code', 'errorCode', 'sqlState', 'sqlstate'];
// `err="..."`, and klog's structured `"error"="..."` with the key quoted too.
const LOGFMT_ERROR = /"?\b(?:err|error|exception)"?=("(?:[^"\\]|\\.)*"|\S+)/;

/**
 * Structured log lines carry the error in a field of its own: a JSON object's `error`/`err`, or a
 * logfmt `err="..."`. Splits such a line into the error text (the problem's own words) and the
 * rest (the statement around it), so the two weigh as they should.
 */
function splitStructured(text: string): { error: string; rest: string; level?: LogLevel } | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    let object: unknown;
    try {
      object = JSON.parse(trimmed);
    } catch {
      return undefined;
    }
    if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
    const record = object as Record<string, unknown>;
    const pickText = (keys: readonly string[]) => {
      const key = keys.find((k) => record[k] !== undefined && record[k] !== null && record[k] !== '');
      if (!key) return undefined;
      const value = record[key];
      return typeof value === 'string' ? value : JSON.stringify(value);
    };
    const errorText = pickText(JSON_ERROR_KEYS) ?? '';
    // A code beside the error text (`"code":"57014"`, `"errno":-111`) tells errors apart as its words do.
    const code = errorText ? pickText(JSON_CODE_KEYS) : undefined;
    const error = code && code.length <= 16 ? `${errorText} (code ${code})` : errorText;
    const message = pickText(JSON_MESSAGE_KEYS) ?? '';
    // Neither: no known shape, read the line as text.
    if (!error && !message) return undefined;
    const levelWord = pickText(JSON_LEVEL_KEYS);
    const level = levelWord
      ? (LEVEL_WORDS[levelWord.toLowerCase()] ?? NUMERIC_LEVELS[Number(levelWord)])
      : undefined;
    return { error, rest: message, ...(level ? { level } : {}) };
  }
  const logfmt = LOGFMT_ERROR.exec(text);
  if (!logfmt || !LOGFMT_FIELD.test(text.replace(logfmt[0], ''))) return undefined;
  const raw = logfmt[1] as string;
  if (raw.startsWith('"')) {
    return { error: raw.slice(1, -1).replace(ESCAPED_CHAR, '$1'), rest: text.replace(logfmt[0], '').trim() };
  }
  // An unquoted value that ends the line with no field after it runs to the end (Rust `tracing`
  // prints `error=error returned from database: (code: 5) database is locked` unquoted).
  const at = logfmt.index + logfmt[0].length - raw.length;
  const tail = text.slice(at + raw.length);
  if (LOGFMT_FIELD.test(tail)) return { error: raw, rest: text.replace(logfmt[0], '').trim() };
  return { error: text.slice(at).trim(), rest: text.slice(0, logfmt.index).trim() };
}

/** Whether a line ends in a source location and a colon (`src/config.rs:42:10:`): a header. */
function endsWithLocation(text: string): boolean {
  const trimmed = text.trimEnd();
  const before = trimmed.charCodeAt(trimmed.length - 2);
  return trimmed.endsWith(':') && before >= 48 && before <= 57;
}

/** Classifies every line of a (redacted) log excerpt; stack traces keep their lines in order. */
export function classifyLines(log: string): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  const state = { inPythonFrame: false };
  for (const text of log.split(LINE_BREAK)) {
    const structured = splitStructured(text);
    if (!structured) {
      const line = classifyOne(text, state);
      if (!line) continue;
      // A cause that announces its message on the next line (Rust's `thread 'main' panicked at
      // src/config.rs:42:10:`) names where; the message it announces is the cause as well.
      const previous = out[out.length - 1];
      const announced =
        previous?.tier === 'cause' &&
        endsWithLocation(previous.text) &&
        (line.tier === 'symptom' || line.tier === 'context' || line.tier === 'chatter');
      out.push(announced ? { ...line, tier: 'cause' } : line);
      continue;
    }
    // The statement around the error (message, level), then the error text: its first line is the cause.
    const rest = classifyStatement(structured.rest, structured.level, text);
    const level = structured.level ?? rest?.level;
    if (rest && rest.template !== '') {
      // With an error field beside it, the message is the statement around the error.
      out.push(structured.error ? { ...rest, tier: rest.tier === 'cause' ? 'symptom' : rest.tier } : rest);
    }
    const inner = { inPythonFrame: false };
    const errorLines = structured.error
      .split(LINE_BREAK)
      .flatMap((t) => classifyOne(t, inner) ?? [])
      .map((l) => ({ ...l, level: l.level ?? level }));
    const first = errorLines.findIndex((l) => l.tier !== 'noise' && l.tier !== 'frame');
    if (first >= 0) errorLines[first] = { ...(errorLines[first] as ClassifiedLine), tier: 'cause', text };
    out.push(...errorLines);
  }
  return joinContinuations(out);
}

const HEADED_TIERS: ReadonlySet<LineTier> = new Set(['cause', 'symptom']);
const WEAK_TIERS: ReadonlySet<LineTier> = new Set(['chatter', 'context', 'symptom']);
const isIndented = (text: string) => CONTINUATION_INDENT.test(text);

/**
 * The lines of one multi-line error record say what went wrong as much as its first line does:
 * indented lines under an error line without a level of their own (Vault's `| * Vault is sealed`,
 * libpq's `\tIs the server running…`), and the message lines between an exception and its first
 * frame (Flyway's `Migration checksum mismatch for migration version 12`). They take the tier of
 * the line they continue, so a near-miss that differs only there differs in its identity.
 */
function joinContinuations(lines: ClassifiedLine[]): ClassifiedLine[] {
  const out = [...lines];
  let head: LineTier | undefined;
  for (let i = 0; i < out.length; i++) {
    const line = out[i] as ClassifiedLine;
    const loose = line.level === undefined && line.tier !== 'frame' && line.tier !== 'detail';
    if (head && loose && line.tier === 'noise') continue;
    if (head && loose && WEAK_TIERS.has(line.tier) && isIndented(line.text)) {
      out[i] = { ...line, tier: line.tier === 'cause' || head === 'cause' ? 'cause' : 'symptom' };
      continue;
    }
    if (head === 'cause' && loose && WEAK_TIERS.has(line.tier)) {
      // An exception's message continues up to its first frame.
      let end = i;
      while (end < out.length) {
        const next = out[end] as ClassifiedLine;
        if (next.level !== undefined || !(WEAK_TIERS.has(next.tier) || next.tier === 'noise')) break;
        end++;
      }
      if (out[end]?.tier === 'frame') {
        for (let j = i; j < end; j++) {
          const next = out[j] as ClassifiedLine;
          if (next.tier !== 'noise') out[j] = { ...next, tier: 'cause' };
        }
        i = end - 1;
        continue;
      }
    }
    head = HEADED_TIERS.has(line.tier) ? line.tier : undefined;
  }
  return out;
}

/** Classifies a structured line's message, at the level its own field gave. */
function classifyStatement(
  message: string,
  level: LogLevel | undefined,
  text: string,
): ClassifiedLine | undefined {
  const line = classifyOne(message, { inPythonFrame: false });
  if (!line || level === undefined || line.level !== undefined) return line && { ...line, text };
  const template = line.template;
  const cause = CAUSE_PATTERNS.some((p) => p.test(template));
  const failure = FAILURE_WORDS.test(template);
  const tier: LineTier =
    level === 'debug' || level === 'info'
      ? cause || failure
        ? 'context'
        : 'noise'
      : cause
        ? 'cause'
        : level === 'error' || level === 'fatal' || (failure && level !== 'warn')
          ? 'symptom'
          : level === 'warn' || failure
            ? 'context'
            : 'chatter';
  return { ...line, level, tier, text };
}

/** Words from which a field's value is a sentence rather than a value. */
const SENTENCE_WORDS = 6;

/** Whether a `key: value` line's value is a sentence of several words that names a failure. */
function sentenceValue(text: string): boolean {
  const colon = text.search(FIELD_SEPARATOR);
  if (colon < 0) return false;
  const value = text.slice(colon + 1);
  return value.trim().split(WHITESPACE_RUN).length >= SENTENCE_WORDS && isSuspicious(value);
}

const isSuspicious = (text: string) => CAUSE_PATTERNS.some((p) => p.test(text)) || FAILURE_WORDS.test(text);

/** The bare word `error(s)`, which every error statement has (`Completed with 1 error`). */
const ERROR_WORD = /\berrors?\b/gi;

/**
 * Whether a line says what failed: the error's own words (a type, a code) or a failure phrase
 * (`permission denied`, `was not found`), not only the word `error` of a statement around it.
 */
export function namesFailure(text: string): boolean {
  return CAUSE_PATTERNS.some((p) => p.test(text)) || FAILURE_WORDS.test(text.replace(ERROR_WORD, ' '));
}

function classifyOne(text: string, state: { inPythonFrame: boolean }): ClassifiedLine | undefined {
  if (text.trim() === '') {
    state.inPythonFrame = false;
    return undefined;
  }
  const header = splitHeader(text);
  if (header) return classifyStatement(header.rest, header.level, text);
  // Routine lines (debug/info without a failure word) are most of a log: recognise them before
  // masking, which cannot add a failure word that the raw line lacks.
  const raw = splitLevel(text);
  // A `Normal` event whose reason says something did not happen (cluster-autoscaler's
  // `NotTriggerScaleUp`) reports a failure as much as a `Warning` one does.
  const failedEvent = raw.level === 'info' && EVENT_REASON.test(raw.rest);
  if ((raw.level === 'debug' || raw.level === 'info') && !failedEvent && !isSuspicious(text)) {
    state.inPythonFrame = false;
    return { tier: 'noise', level: raw.level, template: normalise(raw.rest), text };
  }
  const masked = maskLine(text, { keepCodes: true });
  // Python prints the source line of each frame, indented, under its `File "...", line N` line.
  if (state.inPythonFrame && PYTHON_SOURCE_LINE.test(text) && !PYTHON_FILE_LINE.test(text)) {
    state.inPythonFrame = false;
    return { tier: 'frame', level: undefined, template: normalise(masked), text, library: false };
  }
  state.inPythonFrame = PYTHON_FRAME_LINE.test(text);
  if (FRAME_PATTERNS.some((p) => p.test(text))) {
    return {
      tier: 'frame',
      level: undefined,
      template: normalise(masked),
      text,
      library: LIBRARY_FRAME.test(text),
    };
  }
  const { level, rest } = splitLevel(masked);
  const template = normalise(rest);
  const words = template.replaceAll(WILDCARD, ' ').replace(NON_LETTERS, '');
  if (words.length === 0 || HEALTH_CHECK.test(template)) return { tier: 'noise', level, template, text };
  // `  code: 'ECONNREFUSED',` in a dumped error object (a lower-case field name, not `System.FooException:`).
  // A field whose value is a sentence naming a failure (Kyverno's `  validate-resources:
  // 'validation error: … rule validate-resources failed at path …'`) is a message, not a field.
  if (ERROR_FIELD.test(text) && level === undefined && !AT_FRAME.test(text) && !sentenceValue(text)) {
    return { tier: 'detail', level, template, text };
  }
  // An access-log line (`"GET /api HTTP/1.1" 503 …`): a served request is routine, a 5xx is an
  // error statement whatever words follow the status (Envoy's `UH no_healthy_upstream`).
  const access = level === undefined ? ACCESS_STATUS.exec(text) : null;
  if (access) {
    const status = Number(access[1]);
    if (status < 400) return { tier: 'noise', level, template, text };
    if (status >= 500) return { tier: 'symptom', level, template, text };
  }
  const cause = CAUSE_PATTERNS.some((p) => p.test(template));
  const failure = FAILURE_WORDS.test(template);
  let tier: LineTier;
  if (failedEvent && level === 'info' && EVENT_REASON.test(template)) tier = 'symptom';
  else if (level === 'debug' || level === 'info') tier = cause || failure ? 'context' : 'noise';
  else if (cause) tier = 'cause';
  // A warning that something failed is routine often enough (retries, back-off) to be context;
  // a Kubernetes Warning event with a failure reason (`Warning  FailedMount  pod/…`) is not.
  else if (
    level === 'error' ||
    level === 'fatal' ||
    (failure && level !== 'warn') ||
    (level === 'warn' && EVENT_REASON.test(template))
  )
    tier = 'symptom';
  else tier = level === 'warn' || failure ? 'context' : 'chatter';
  return { tier, level, template, text };
}

/** Every regex line classification runs on an untrusted log line, for the adversarial-input test and benchmark. */
export const LINE_PATTERNS: readonly UntrustedPattern[] = [
  ...untrustedPatterns('lines/cause', CAUSE_PATTERNS),
  { name: 'lines/failure-words', pattern: FAILURE_WORDS },
  ...untrustedPatterns('lines/frame', FRAME_PATTERNS),
  { name: 'lines/library-frame', pattern: LIBRARY_FRAME },
  { name: 'lines/health-check', pattern: HEALTH_CHECK },
  { name: 'lines/leading-noise', pattern: LEADING_NOISE },
  { name: 'lines/structured-level', pattern: STRUCTURED_LEVEL },
  { name: 'lines/logfmt-error', pattern: LOGFMT_ERROR },
  { name: 'lines/klog-header', pattern: KLOG_HEADER },
  { name: 'lines/ruby-header', pattern: RUBY_HEADER },
  { name: 'lines/event-reason', pattern: EVENT_REASON },
  ...Object.entries({
    SPACED,
    BLANK,
    WORD_SEPARATOR,
    MESSAGE_PREFIX,
    OPENING_BRACKET,
    CAPITALISED,
    LOWER_CASE,
    AFTER_LEVEL,
    COMPONENT,
    WHITESPACE_RUN,
    LOGFMT_FIELD,
    ESCAPED_CHAR,
    LINE_BREAK,
    PYTHON_SOURCE_LINE,
    PYTHON_FILE_LINE,
    PYTHON_FRAME_LINE,
    NON_LETTERS,
    ERROR_FIELD,
    AT_FRAME,
    FIELD_SEPARATOR,
    TYPE_NAME,
    TYPE_SUFFIX,
    UPPER_START,
    LOWER_START,
    CONTINUATION_INDENT,
    ACCESS_STATUS,
    ERROR_WORD,
  }).map(([name, pattern]) => ({ name: `lines/${name.toLowerCase().replaceAll('_', '-')}`, pattern })),
];
