import { maskLine, WILDCARD } from './mask.ts';

/**
 * What a log line tells about a problem:
 * - `cause`: names the error itself (exception type and message, errno code, panic, `error:` text);
 * - `symptom`: an error-level statement or a failure phrase without the error's own text;
 * - `detail`: a field of a dumped error object (`code: 'ECONNREFUSED'`);
 * - `frame`: a stack frame or traceback line;
 * - `context`: anything else that is not routine;
 * - `noise`: routine lines (debug/info, health checks, blank, punctuation).
 */
export type LineTier = 'cause' | 'symptom' | 'detail' | 'frame' | 'context' | 'noise';

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
  fatal: 'fatal',
  crit: 'fatal',
  critical: 'fatal',
  alert: 'fatal',
  emerg: 'fatal',
  panic: 'fatal',
};

// Exception types (`KeyError`, `java.lang.OutOfMemoryError`, `KeeperException$SessionExpiredException`),
// a bare `Error:`, errno-style codes, panics, signals and explicit `error:` phrases.
const CAUSE_PATTERNS: readonly RegExp[] = [
  /(?:^|[\s"'([:=])(?:[A-Za-z_$][\w$]*[.$])*(?:[A-Z][\w$]*)?(?:Error|Exception|Fault)\b/,
  /\bE[A-Z]{2,}(?:_[A-Z]+)*\b/,
  /^\s*(?:panic|fatal error|FATAL ERROR|Fatal Python error|Caused by|Unhandled|Uncaught)\b/,
  /\bSIG(?:SEGV|ABRT|KILL|BUS|ILL|FPE|TERM)\b|\bsegmentation (?:fault|violation)\b/i,
  /\b(?:error|errno|err)\s*[:=]\s*\S|\[Errno\b/i,
  /\b(?:OOMKilled|out of memory|ImagePullBackOff|ErrImagePull|CrashLoopBackOff)\b/i,
];

const FAILURE_WORDS =
  /\b(?:fail(?:s|ed|ure|ing)?|refused|denied|time[sd]? ?out|timeout|unreachable|cannot|can't|could not|couldn't|unable|invalid|forbidden|unauthori[sz]ed|exceeded|not found|no such|no space|crash(?:ed|ing)?|killed|abort(?:ed|ing)?|fatal|exit(?:ed|ing)? (?:with )?(?:code|status)|back-?off|evicted|unhealthy|missing|lost|corrupt(?:ed)?|rejected|expired|exhausted|overflow|deadlock|panic)\b/i;

const FRAME_PATTERNS: readonly RegExp[] = [
  /^\s+at\s+\S/, // Java, JavaScript, .NET
  /^\s*File "[^"]+", line \S+/, // Python
  /^\s*Traceback \(most recent call last\)/,
  /^\s*goroutine \S+ \[[^\]]+\]:?\s*$/, // Go
  /^\s+\/\S+\.go:\S+/,
  /^\s*(?:[\w.-]+\/)*[\w.-]+\.(?:\(\*?[\w.]+\)\.)?[\w.]+\(.*\)\s*$/,
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

/** Finds a level word among the first tokens of a masked line; returns it and where the message starts. */
function splitLevel(masked: string): { level: LogLevel | undefined; rest: string } {
  const stripped = masked.replace(LEADING_NOISE, '');
  const tokens = stripped.split(/(\s+)/);
  // Look at the first three words: `[<*>: ERROR/MainProcess]`, `<*>\terror\t`, `Warning  Failed`.
  let words = 0;
  for (let i = 0; i < tokens.length && words < 3; i++) {
    const token = tokens[i] as string;
    if (/^\s*$/.test(token)) continue;
    words++;
    const word = token
      .replace(/^[[(<{|"']+|[\])>}|:,"']+$/g, '')
      .split(/[/:|]/)
      .find((part) => part.length > 0);
    const level = word ? LEVEL_WORDS[word.toLowerCase()] : undefined;
    if (level && (word === word?.toUpperCase() || /^[A-Z]?[a-z]+$/.test(word ?? ''))) {
      let rest = tokens
        .slice(i + 1)
        .join('')
        .replace(/^[\]:\s|-]+/, '');
      // A `[component]` or `[thread]` right after the level names who logged, not what happened.
      rest = rest.replace(/^\[[^\]\s]{1,80}\]\s*[:-]?\s*/, '');
      return { level, rest };
    }
  }
  return { level: undefined, rest: stripped };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Classifies every line of a (redacted) log excerpt; stack traces keep their lines in order. */
export function classifyLines(log: string): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  let inPythonFrame = false;
  for (const text of log.split(/\r?\n/)) {
    if (text.trim() === '') {
      inPythonFrame = false;
      continue;
    }
    const masked = maskLine(text, { keepCodes: true });
    // Python prints the source line of each frame, indented, under its `File "...", line N` line.
    if (inPythonFrame && /^\s{4,}\S/.test(text) && !/^\s*File "/.test(text)) {
      inPythonFrame = false;
      out.push({ tier: 'frame', level: undefined, template: normalise(masked), text, library: false });
      continue;
    }
    inPythonFrame = /^\s*File "[^"]+", line /.test(text);
    if (FRAME_PATTERNS.some((p) => p.test(text))) {
      out.push({
        tier: 'frame',
        level: undefined,
        template: normalise(masked),
        text,
        library: LIBRARY_FRAME.test(text),
      });
      continue;
    }
    const { level, rest } = splitLevel(masked);
    const template = normalise(rest);
    const words = template.replaceAll(WILDCARD, ' ').replace(/[^A-Za-z]+/g, '');
    if (words.length === 0 || HEALTH_CHECK.test(template)) {
      out.push({ tier: 'noise', level, template, text });
      continue;
    }
    if (/^\s+["']?[\w$.-]+["']?\s*[:=]\s*\S/.test(text) && level === undefined && !/^\s*at /.test(text)) {
      out.push({ tier: 'detail', level, template, text });
      continue;
    }
    const cause = CAUSE_PATTERNS.some((p) => p.test(template));
    const failure = FAILURE_WORDS.test(template);
    let tier: LineTier;
    if (level === 'debug' || level === 'info') tier = cause || failure ? 'context' : 'noise';
    else if (cause) tier = 'cause';
    else if (level === 'error' || level === 'fatal' || failure) tier = 'symptom';
    else tier = 'context';
    out.push({ tier, level, template, text });
  }
  return out;
}
