import { redactText, redactValue } from './redact.ts';

/** Attributes attached to a log line. */
export type LogAttributes = Record<string, unknown>;

/** The logging port, shaped like Powertools' `GenericLogger`: constant messages, data in attributes. */
export interface Logger {
  debug(message: string, attributes?: LogAttributes): void;
  info(message: string, attributes?: LogAttributes): void;
  warn(message: string, attributes?: LogAttributes): void;
  error(message: string, attributes?: LogAttributes): void;
  child(attributes: LogAttributes): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      ...(value.cause ? { cause: serialise(value.cause) } : {}),
    };
  }
  return value;
}

/** A log record's message and attributes as they may be written: errors flattened, secrets redacted. */
function redactRecord(
  message: string,
  attributes: LogAttributes,
): { message: string; attributes: LogAttributes } {
  const serialised: LogAttributes = {};
  for (const [key, value] of Object.entries(attributes)) serialised[key] = serialise(value);
  return { message: redactText(message), attributes: redactValue(serialised) };
}

/**
 * Wraps any logger so that every message and attribute (the child's bound ones too) is redacted
 * before it reaches the underlying logger: for loggers this module does not write itself.
 * @example
 * const logger = redactingLogger(vendorLogger);
 */
export function redactingLogger(inner: Logger): Logger {
  const emit = (
    level: 'debug' | 'info' | 'warn' | 'error',
    message: string,
    attributes: LogAttributes = {},
  ) => {
    const record = redactRecord(message, attributes);
    inner[level](record.message, record.attributes);
  };
  return {
    debug: (m, a) => emit('debug', m, a),
    info: (m, a) => emit('info', m, a),
    warn: (m, a) => emit('warn', m, a),
    error: (m, a) => emit('error', m, a),
    child: (attributes) => redactingLogger(inner.child(redactRecord('', attributes).attributes)),
  };
}

/** Structured JSON lines to a writable sink (stderr by default); messages and attributes are redacted. */
export function createJsonLogger(
  options: {
    level?: LogLevel;
    write?: (line: string) => void;
    base?: LogAttributes;
    now?: () => Date;
    /** Attributes read afresh for every record (e.g. the trace id of the current invocation). */
    context?: () => LogAttributes;
  } = {},
): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const base = options.base ?? {};
  const emit = (level: Exclude<LogLevel, 'silent'>, message: string, attributes: LogAttributes = {}) => {
    if (LEVELS[level] < threshold) return;
    const redacted = redactRecord(message, { ...base, ...options.context?.(), ...attributes });
    const record: LogAttributes = {
      level,
      message: redacted.message,
      timestamp: now().toISOString(),
      ...redacted.attributes,
    };
    write(JSON.stringify(record));
  };
  return {
    debug: (m, a) => emit('debug', m, a),
    info: (m, a) => emit('info', m, a),
    warn: (m, a) => emit('warn', m, a),
    error: (m, a) => emit('error', m, a),
    child: (attributes) => createJsonLogger({ ...options, base: { ...base, ...attributes } }),
  };
}

/** A logger that drops everything. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

/** Keeps every record in memory, for assertions in tests; redacts as the JSON logger does. */
export class InMemoryLogger implements Logger {
  readonly records: { level: string; message: string; attributes: LogAttributes }[];
  readonly #base: LogAttributes;

  constructor(records: InMemoryLogger['records'] = [], base: LogAttributes = {}) {
    this.records = records;
    this.#base = base;
  }
  debug(message: string, attributes: LogAttributes = {}) {
    this.#push('debug', message, attributes);
  }
  info(message: string, attributes: LogAttributes = {}) {
    this.#push('info', message, attributes);
  }
  warn(message: string, attributes: LogAttributes = {}) {
    this.#push('warn', message, attributes);
  }
  error(message: string, attributes: LogAttributes = {}) {
    this.#push('error', message, attributes);
  }
  child(attributes: LogAttributes): Logger {
    return new InMemoryLogger(this.records, { ...this.#base, ...attributes });
  }
  #push(level: string, message: string, attributes: LogAttributes) {
    const record = redactRecord(message, { ...this.#base, ...attributes });
    this.records.push({ level, ...record });
  }
}
