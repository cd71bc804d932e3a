/**
 * Structured log lines (JSON from logstash, pino, bunyan, zap, structlog, Serilog/ECS, Docker's
 * json-file; logfmt) read as a human reads them: the message, the error and its stack trace, the
 * level. Catalog patterns are written against what the software prints, not against its escaping
 * (`\"`, `\n`) or the key it happens to use. Bounded and linear: one pass of `JSON.parse` (or a
 * hand-written scanner) per line, never a regex on the raw line, never a throw.
 */

/** Severity of a line, from its level field or its leading level token. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** One raw log line read as a human reads it. */
export type NormalisedLine = {
  /**
   * The readable lines: the message (with the error and the fields that matter) first, then the
   * stack trace carried inside the line, one frame per line. A plain line is returned as it is.
   */
  lines: string[];
  level?: LogLevel;
  /** A structured record's own time field, as written (`time`, `ts`, `@timestamp`, ...). */
  time?: string | number;
  /** Whether the line was JSON or logfmt. */
  structured: boolean;
};

/** Longest raw line that is parsed as structured; longer ones are read as plain text. */
export const MAX_STRUCTURED_CHARS = 256 * 1024;
/** Longest readable line produced (the same bound the catalog regexes are given). */
const MAX_OUTPUT_CHARS = 2048;
/** Stack frames kept per line: the cause is in the first frames and the `Caused by:` lines. */
const MAX_STACK_LINES = 60;
const MAX_EXTRA_FIELDS = 8;
const MAX_FIELD_CHARS = 200;

const MESSAGE_KEYS = [
  'msg',
  'message',
  '@message',
  '@m',
  'RenderedMessage',
  'MessageTemplate',
  '@mt',
  'event',
  'textPayload',
  'log',
] as const;
const LEVEL_KEYS = [
  'level',
  'severity',
  'lvl',
  'levelname',
  'log.level',
  '@l',
  'Level',
  'loglevel',
  'level_name',
] as const;
const ERROR_KEYS = ['error', 'err', 'exception', 'exc_info', 'Exception', '@x', 'error.message', 'cause'];
const STACK_KEYS = ['stack', 'stack_trace', 'stacktrace', 'error.stack_trace', 'exc_text', 'traceback'];
const ERROR_TYPE_KEYS = ['error.type', 'error.kind', 'exc_type'];

/** A record's own time, in the keys loggers write it under (first found wins). */
const TIME_KEYS = [
  'time',
  'ts',
  'timestamp',
  '@timestamp',
  '@t',
  't',
  'date',
  'datetime',
  'asctime',
  // Log4j2's JSON layouts (`"instant":{"epochSecond":…}`, the older `timeMillis`) and MongoDB's
  // extended JSON (`"t":{"$date":"…"}`), as flattened.
  'instant.epochSecond',
  'timeMillis',
  't.$date',
] as const;

/** Fields that describe the record, not the problem; never appended to the readable line. */
const NOISE_KEYS = new Set([
  ...TIME_KEYS,
  'instant.nanoOfSecond',
  'created',
  'msecs',
  'relativeCreated',
  'pid',
  'tid',
  'hostname',
  'v',
  '@version',
  'level_value',
  'caller',
  'source',
  'logger',
  'logger_name',
  'name',
  'thread',
  'thread_name',
  'threadName',
  'process',
  'processName',
  'filename',
  'funcName',
  'lineno',
  'module',
  'pathname',
  'stream',
  'ecs.version',
  'service.name',
  'trace_id',
  'span_id',
  'traceId',
  'spanId',
  'request_id',
  'requestId',
  'log.logger',
  'log.origin',
  'process.thread.name',
  'event.dataset',
  'SourceContext',
  'Properties',
  'Renderings',
  '@i',
]);

const PINO_LEVELS: readonly [number, LogLevel][] = [
  [60, 'fatal'],
  [50, 'error'],
  [40, 'warn'],
  [30, 'info'],
  [20, 'debug'],
  [0, 'trace'],
];

/** Maps a level value (`ERROR`, `err`, `Warning`, `50`, `40000`, `E`) to a {@link LogLevel}. */
export function levelOf(value: unknown): LogLevel | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // pino and bunyan use 10–60; logback's level_value uses 5000–50000 (ERROR 40000).
    const n = value >= 1000 ? value / 1000 + 10 : value;
    return PINO_LEVELS.find(([min]) => n >= min)?.[1];
  }
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (isDigits(v, 0, v.length)) return levelOf(Number(v));
  if (
    v.startsWith('fatal') ||
    v.startsWith('crit') ||
    v.startsWith('panic') ||
    v.startsWith('emerg') ||
    v.startsWith('alert') ||
    v === 'dpanic' ||
    v === 'f'
  )
    return 'fatal';
  if (v.startsWith('err') || v === 'severe' || v === 'e') return 'error';
  if (v.startsWith('warn') || v === 'w') return 'warn';
  if (v.startsWith('info') || v === 'notice' || v === 'i' || v === 'information') return 'info';
  if (v.startsWith('debug') || v === 'fine' || v === 'd') return 'debug';
  if (v.startsWith('trace') || v.startsWith('verbose') || v === 'finer' || v === 'finest') return 'trace';
  return undefined;
}

/** Whether a level is an error or worse. */
export function isErrorLevel(level: LogLevel | undefined): boolean {
  return level === 'error' || level === 'fatal';
}

/**
 * Reads one raw log line: JSON objects and logfmt records become their message, error and stack;
 * anything else is returned as it is, with the level read from its leading tokens. Never throws.
 *
 * @example
 * normaliseLogLine('{"level":50,"msg":"db down","err":{"message":"connect ECONNREFUSED 10.0.0.5:5432"}}')
 * // → { lines: ['db down: connect ECONNREFUSED 10.0.0.5:5432'], level: 'error', structured: true }
 */
export function normaliseLogLine(raw: string): NormalisedLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.length <= MAX_STRUCTURED_CHARS) {
    const record = parseRecord(line);
    if (record) return render(record, 0);
  }
  const plain = line.length > MAX_OUTPUT_CHARS ? line.slice(0, MAX_OUTPUT_CHARS) : line;
  const level = plainLevel(plain);
  return { lines: [plain], ...(level ? { level } : {}), structured: false };
}

type Fields = Record<string, unknown>;

function parseRecord(line: string): Fields | undefined {
  const start = firstNonSpace(line);
  if (line.charCodeAt(start) === 0x7b /* { */) {
    const parsed = parseJsonObject(line.slice(start));
    if (parsed) return parsed;
    // Cut or broken JSON (a byte limit, a line split by the runtime): keep the string fields read so far.
    const partial = scanJsonStrings(line.slice(start));
    return hasAny(partial, MESSAGE_KEYS) || hasAny(partial, ERROR_KEYS) ? partial : undefined;
  }
  const klog = parseKlog(line);
  if (klog) return klog;
  const fields = parseLogfmt(line);
  return fields && (hasAny(fields, MESSAGE_KEYS) || hasAny(fields, LEVEL_KEYS)) ? fields : undefined;
}

const KLOG_LEVELS: Readonly<Record<string, LogLevel>> = { I: 'info', W: 'warn', E: 'error', F: 'fatal' };

/**
 * klog's structured form, printed by Kubernetes components and every client-go program (ingress
 * and CSI controllers, operators): a glog header, the message in quotes, then logfmt pairs whose
 * values escape their quotes (`E0211 08:20:03.349312 1 reflector.go:158] "Unhandled Error"
 * err="… User \"system:serviceaccount:…\" cannot list …"`). A header followed by plain text is not
 * structured. One pass.
 */
function parseKlog(line: string): Fields | undefined {
  const start = klogMessageStart(line);
  if (start < 0 || line.charCodeAt(start) !== 0x22 /* " */) return undefined;
  const message = readQuoted(line, start);
  const pairs = parseLogfmt(line.slice(message.end), 0) ?? {};
  const level = KLOG_LEVELS[line.charAt(0)];
  return { ...pairs, msg: message.value, ...(level ? { level } : {}) };
}

/** Where the text after a glog/klog header (`E0211 08:20:03.349312   1 file.go:158] `) starts; -1 without one. */
function klogMessageStart(line: string): number {
  if (line.length < 20 || !KLOG_LEVELS[line.charAt(0)] || !isDigits(line, 1, 5) || line.charAt(5) !== ' ') {
    return -1;
  }
  // The time of day: hh:mm:ss.
  if (!isDigits(line, 6, 8) || line.charAt(8) !== ':' || !isDigits(line, 9, 11) || line.charAt(11) !== ':') {
    return -1;
  }
  if (!isDigits(line, 12, 14) || line.charAt(14) !== '.') return -1;
  const limit = Math.min(line.length - 1, 200);
  for (let i = 15; i < limit; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5d /* ] */) return line.charCodeAt(i + 1) === 0x20 ? i + 2 : -1;
    if (c === 0x22 /* " */ || c === 0x3d /* = */) return -1;
  }
  return -1;
}

function render(record: Fields, depth: number): NormalisedLine {
  const flat = flatten(record);
  const message = firstText(flat, MESSAGE_KEYS);
  // Docker's json-file and fluent-bit wrap the container's own line in `log`: read that one too.
  const time = timeOf(flat);
  if (depth === 0 && message?.key === 'log' && message.value.length <= MAX_STRUCTURED_CHARS) {
    const inner = parseRecord(message.value.trimEnd());
    if (inner) {
      const read = render(inner, 1);
      // The wrapper's time stands in for a line that carries none of its own.
      return read.time === undefined && time !== undefined ? { ...read, time } : read;
    }
  }
  const level = levelOf(firstValue(flat, LEVEL_KEYS));
  const errorType = firstText(flat, ERROR_TYPE_KEYS)?.value;
  const error = firstText(flat, ERROR_KEYS);
  const stackField = firstText(flat, STACK_KEYS);

  // An error or stack may be a multi-line text (a Python traceback, a Java stack trace).
  const errorLines = error ? splitText(error.value) : [];
  const stackLines = stackField ? splitText(stackField.value) : [];
  const head: string[] = [];
  const text = message?.value ? (splitText(message.value)[0] ?? '') : '';
  if (text) head.push(text);
  const firstError = errorLines[0];
  if (firstError && !text.includes(firstError)) {
    head.push(errorType && !firstError.includes(errorType) ? `${errorType}: ${firstError}` : firstError);
  } else if (!firstError && errorType) head.push(errorType);

  const used = new Set<string>(
    [message?.key, error?.key, stackField?.key].filter((k): k is string => k !== undefined),
  );
  for (const k of [...LEVEL_KEYS, ...ERROR_TYPE_KEYS]) used.add(k);
  const extras: string[] = [];
  for (const [key, value] of Object.entries(flat)) {
    if (extras.length >= MAX_EXTRA_FIELDS) break;
    if (used.has(key) || NOISE_KEYS.has(key) || key.startsWith('error.') || key.startsWith('err.')) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const shown = String(value).replaceAll('\n', ' ');
    if (shown === '' || shown.length > MAX_FIELD_CHARS) continue;
    extras.push(`${key}=${shown}`);
  }
  let first = head.join(': ');
  if (extras.length) first = first ? `${first} ${extras.join(' ')}` : extras.join(' ');

  const rest: string[] = [];
  const seen = new Set<string>([first]);
  const add = (l: string) => {
    if (rest.length >= MAX_STACK_LINES || l.trim() === '' || seen.has(l)) return;
    seen.add(l);
    rest.push(cap(l));
  };
  for (const l of (message?.value ? splitText(message.value) : []).slice(1)) add(l);
  for (const l of errorLines.slice(1)) add(l);
  for (const l of stackLines) if (l !== firstError && !first.includes(l)) add(l);
  const lines = first ? [cap(first), ...rest] : rest.length ? rest : [''];
  return { lines, ...(level ? { level } : {}), ...(time !== undefined ? { time } : {}), structured: true };
}

/** The record's time field as written: a date string, or epoch seconds or milliseconds. */
function timeOf(flat: Fields): string | number | undefined {
  const value = firstValue(flat, TIME_KEYS);
  if (typeof value === 'string' && value.trim() !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Nested objects flattened to dotted keys (`error.message`), one level of arrays as text; bounded. */
function flatten(record: Fields): Fields {
  const out: Fields = {};
  let budget = 200;
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (budget-- <= 0) return;
    if (value && typeof value === 'object' && !Array.isArray(value) && depth < 4) {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k, depth + 1);
      // An error object is also read whole: `err` as `err.message` and its stack.
      if (prefix && out[prefix] === undefined) out[prefix] = errorText(value as Fields);
      return;
    }
    if (Array.isArray(value)) {
      out[prefix] = value
        .slice(0, 50)
        .map((v) =>
          typeof v === 'string' ? v : v && typeof v === 'object' ? errorText(v as Fields) : undefined,
        )
        .filter((v) => v !== undefined)
        .join('\n');
      return;
    }
    out[prefix] = value;
  };
  walk(record, '', 0);
  return out;
}

/** The message and stack of an error object (pino `err`, ECS `error`, Serilog exception details). */
function errorText(error: Fields): string | undefined {
  const message = pick(error, ['message', 'msg', 'Message', 'reason', 'error']);
  const type = pick(error, ['type', 'name', 'kind', 'ClassName']);
  const stack = pick(error, ['stack', 'stack_trace', 'stacktrace', 'StackTraceString', 'traceback']);
  if (stack && message && stack.includes(message)) return stack;
  const head = type && message && !message.startsWith(type) ? `${type}: ${message}` : (message ?? type);
  if (!head) return stack;
  return stack ? `${head}\n${stack}` : head;
}

function pick(record: Fields, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = record[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

function firstValue(flat: Fields, keys: readonly string[]): unknown {
  for (const k of keys) if (flat[k] !== undefined && flat[k] !== null) return flat[k];
  return undefined;
}

function firstText(flat: Fields, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const k of keys) {
    const v = flat[k];
    if (typeof v === 'string' && v.trim() !== '') return { key: k, value: v };
  }
  return undefined;
}

function hasAny(fields: Fields | undefined, keys: readonly string[]): boolean {
  return fields !== undefined && keys.some((k) => fields[k] !== undefined);
}

function splitText(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length && out.length <= MAX_STACK_LINES; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      const end = i > start && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i;
      const piece = text.slice(start, end);
      if (piece.trim() !== '') out.push(piece);
      start = i + 1;
    }
  }
  return out;
}

function cap(line: string): string {
  return line.length > MAX_OUTPUT_CHARS ? line.slice(0, MAX_OUTPUT_CHARS) : line;
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
  return i;
}

function parseJsonObject(text: string): Fields | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The top-level `"key":"string"` and `"key":number` pairs of a JSON object that does not parse (cut
 * short or broken), read left to right; nested objects are skipped. One pass.
 */
function scanJsonStrings(text: string): Fields {
  const out: Fields = {};
  let i = 1;
  let depth = 1;
  while (i < text.length && depth > 0) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const key = readQuoted(text, i);
      i = key.end;
      while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3a)) i++;
      if (depth !== 1) continue;
      if (text.charCodeAt(i) === 0x22) {
        const value = readQuoted(text, i);
        out[key.value] = value.value;
        i = value.end;
      } else {
        let j = i;
        while (j < text.length && ',}] '.indexOf(text.charAt(j)) < 0) j++;
        const n = Number(text.slice(i, j));
        if (j > i && Number.isFinite(n)) out[key.value] = n;
        i = Math.max(j, i + 1);
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
    i++;
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
};

/** A quoted string from `start` (at the opening quote), escapes resolved; ends at the text's end if unclosed. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') return { value: out, end: i + 1 };
    if (ch === '\\' && i + 1 < text.length) {
      const next = text.charAt(i + 1);
      if (next === 'u' && i + 5 < text.length) {
        const code = Number.parseInt(text.slice(i + 2, i + 6), 16);
        out += Number.isFinite(code) ? String.fromCharCode(code) : '';
        i += 6;
        continue;
      }
      out += ESCAPES[next] ?? next;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  return { value: out, end: i };
}

/**
 * logfmt (`time=… level=error msg="failed to connect" err="dial tcp …"`): the line must start with a
 * `key=value` pair and hold at least `minPairs`. One pass.
 */
function parseLogfmt(line: string, minPairs = 2): Fields | undefined {
  const out: Fields = {};
  let pairs = 0;
  let i = firstNonSpace(line);
  while (i < line.length) {
    let k = i;
    while (k < line.length && isKeyChar(line.charCodeAt(k))) k++;
    if (k === i || line.charCodeAt(k) !== 0x3d /* = */) {
      if (pairs === 0) return undefined;
      // A bare word inside a logfmt record: skip it.
      while (k < line.length && line.charCodeAt(k) !== 0x20) k++;
      i = k + 1;
      while (i < line.length && line.charCodeAt(i) === 0x20) i++;
      continue;
    }
    const key = line.slice(i, k);
    let value: string;
    let j = k + 1;
    if (line.charCodeAt(j) === 0x22) {
      const quoted = readQuoted(line, j);
      value = quoted.value;
      j = quoted.end;
    } else {
      const from = j;
      while (j < line.length && line.charCodeAt(j) !== 0x20) j++;
      value = line.slice(from, j);
    }
    if (out[key] === undefined) out[key] = value;
    pairs++;
    i = j;
    while (i < line.length && line.charCodeAt(i) === 0x20) i++;
  }
  return pairs >= minPairs ? out : undefined;
}

function isKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x40
  );
}

const LEVEL_WORDS: Readonly<Record<string, LogLevel>> = {
  FATAL: 'fatal',
  CRITICAL: 'fatal',
  CRIT: 'fatal',
  PANIC: 'fatal',
  EMERG: 'fatal',
  SEVERE: 'error',
  ERROR: 'error',
  ERR: 'error',
  EROR: 'error',
  WARN: 'warn',
  WARNING: 'warn',
  WRN: 'warn',
  INFO: 'info',
  INF: 'info',
  NOTICE: 'info',
  // PostgreSQL's informational level (`2026-02-11 08:22:03.904 UTC [41822] LOG:  duration: ...`).
  LOG: 'info',
  DEBUG: 'debug',
  DBG: 'debug',
  TRACE: 'trace',
};

/**
 * The level of a plain line: an upper-case level word among its first tokens (`2026-03-02 … ERROR 1
 * ---`, `[WARN]`, `ERROR:root:`), a glog/klog prefix (`E0301 12:00:00.000000`), or the shape of an
 * error a runtime prints (`panic:`, `Traceback`, `Exception in thread`, `FATAL ERROR:`, `Error:`).
 */
function plainLevel(line: string): LogLevel | undefined {
  const afterDate = lowerLevelAfterDate(line);
  if (afterDate) return afterDate;
  const c0 = line.charAt(0);
  if ('EFW'.includes(c0) && line.length > 5 && isDigits(line, 1, 5) && line.charAt(5) === ' ') {
    return c0 === 'E' ? 'error' : c0 === 'F' ? 'fatal' : 'warn';
  }
  let tokens = 0;
  let i = 0;
  const limit = Math.min(line.length, 120);
  while (i < limit && tokens < 8) {
    while (i < limit && !isUpper(line.charCodeAt(i)) && !isLower(line.charCodeAt(i))) i++;
    const start = i;
    while (i < limit && (isUpper(line.charCodeAt(i)) || isLower(line.charCodeAt(i)))) i++;
    if (i === start) break;
    tokens++;
    const word = line.slice(start, i);
    const level = LEVEL_WORDS[word];
    if (level) return level;
  }
  const trimmed = line.trimStart();
  if (
    trimmed.startsWith('panic:') ||
    trimmed.startsWith('fatal error:') ||
    trimmed.startsWith('FATAL ERROR:') ||
    trimmed.startsWith('Traceback (most recent call last)') ||
    trimmed.startsWith('Exception in thread') ||
    trimmed.startsWith('Unhandled exception') ||
    trimmed.startsWith('Error:') ||
    trimmed.startsWith('Caused by:')
  )
    return 'error';
  return undefined;
}

/** Lower-case level words, as winston, Bunyan's CLI and many hand-rolled loggers print them. */
const LOWER_LEVEL_WORDS: Readonly<Record<string, LogLevel>> = {
  fatal: 'fatal',
  critical: 'fatal',
  error: 'error',
  warn: 'warn',
  warning: 'warn',
  info: 'info',
  notice: 'info',
  debug: 'debug',
  trace: 'trace',
};

/**
 * A lower-case level word as the first token after an ISO date the line opens with
 * (`2026-02-11T06:04:10.492Z info job 5531841 complete`, `2026-02-11 06:04:10 warn: retrying`):
 * in that place it is the logger's level, not a word of the message (`kue error: ...`).
 */
function lowerLevelAfterDate(line: string): LogLevel | undefined {
  // `2026-02-11T06:04:10` and `2026-02-11 06:04:10`: digits and separators in fixed places.
  if (line.length < 21 || !isDigits(line, 0, 4) || line.charAt(4) !== '-' || line.charAt(13) !== ':')
    return undefined;
  let i = 19;
  while (i < line.length && i < 40 && line.charAt(i) !== ' ') i++;
  while (i < line.length && line.charAt(i) === ' ') i++;
  // A zone written as a word after the time (`2026-02-11 08:20:06 UTC [info] ...`).
  let zone = i;
  while (zone < line.length && zone - i < 5 && isUpper(line.charCodeAt(zone))) zone++;
  if (zone - i >= 3 && line.charAt(zone) === ' ') {
    i = zone;
    while (i < line.length && line.charAt(i) === ' ') i++;
  }
  if (line.charAt(i) === '[') i++;
  const start = i;
  while (i < line.length && i - start < 9 && isLower(line.charCodeAt(i))) i++;
  const level = LOWER_LEVEL_WORDS[line.slice(start, i)];
  const next = line.charAt(i);
  return level && (next === ' ' || next === ':' || next === ']') ? level : undefined;
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
