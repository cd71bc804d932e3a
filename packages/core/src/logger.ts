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

/** Structured JSON lines to a writable sink (stderr by default). */
export function createJsonLogger(
  options: { level?: LogLevel; write?: (line: string) => void; base?: LogAttributes; now?: () => Date } = {},
): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const base = options.base ?? {};
  const emit = (level: Exclude<LogLevel, 'silent'>, message: string, attributes: LogAttributes = {}) => {
    if (LEVELS[level] < threshold) return;
    const record: LogAttributes = { level, message, timestamp: now().toISOString(), ...base };
    for (const [key, value] of Object.entries(attributes)) record[key] = serialise(value);
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

/** Keeps every record in memory, for assertions in tests. */
export class InMemoryLogger implements Logger {
  readonly records: { level: string; message: string; attributes: LogAttributes }[];
  readonly #base: LogAttributes;

  constructor(records: InMemoryLogger['records'] = [], base: LogAttributes = {}) {
    this.records = records;
    this.#base = base;
  }
  debug(message: string, attributes: LogAttributes = {}) {
    this.records.push({ level: 'debug', message, attributes: { ...this.#base, ...attributes } });
  }
  info(message: string, attributes: LogAttributes = {}) {
    this.records.push({ level: 'info', message, attributes: { ...this.#base, ...attributes } });
  }
  warn(message: string, attributes: LogAttributes = {}) {
    this.records.push({ level: 'warn', message, attributes: { ...this.#base, ...attributes } });
  }
  error(message: string, attributes: LogAttributes = {}) {
    this.records.push({ level: 'error', message, attributes: { ...this.#base, ...attributes } });
  }
  child(attributes: LogAttributes): Logger {
    return new InMemoryLogger(this.records, { ...this.#base, ...attributes });
  }
}
