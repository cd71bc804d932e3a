import { open } from 'node:fs/promises';

/**
 * The container logs of one pod in a `kubectl cluster-info dump`: `<ns>/<pod>/logs.txt` holds every
 * container (init containers first) between kubectl's markers
 * `==== START logs for container <c> of pod <ns>/<pod> ====` and
 * `==== END logs for container <c> of pod <ns>/<pod> ====`. kubectl writes the END marker right after
 * the log bytes, so when a log does not end with a newline the marker ends its last line.
 */
export type ContainerLog = {
  /** The first lines of the log, up to `headBytes`. */
  head: string[];
  /** The last lines of the log, up to `tailBytes` (overlaps `head` when the log is short). */
  tail: string[];
  /** Lines in the whole log. */
  lines: number;
  /** Whether lines were left out between head and tail. */
  skipped: boolean;
};

export type LogBounds = {
  /** Longest line kept; longer lines keep their head. */
  maxLineBytes: number;
  headBytes: number;
  tailBytes: number;
  /** Bytes read of one file at most; the rest is ignored. */
  maxFileBytes: number;
  /** Containers kept of one file at most. */
  maxContainers: number;
};

export const DEFAULT_LOG_BOUNDS: LogBounds = {
  maxLineBytes: 8 * 1024,
  headBytes: 64 * 1024,
  tailBytes: 256 * 1024,
  maxFileBytes: 4 * 1024 ** 3,
  maxContainers: 64,
};

const START = Buffer.from('==== START logs for ');
const END = Buffer.from('==== END logs for ');
const OF_POD = ' of pod ';
const CLOSE = ' ====';
const NEWLINE = 0x0a;
const CHUNK = 1024 * 1024;

/** A container's log as it is being read: head, a bounded tail, counts. */
class LogSink {
  readonly head: string[] = [];
  #headBytes = 0;
  #headFull = false;
  tail: string[] = [];
  #tailBytes = 0;
  lines = 0;
  #dropped = 0;

  readonly bounds: LogBounds;

  constructor(bounds: LogBounds) {
    this.bounds = bounds;
  }

  add(raw: Buffer): void {
    const bytes = raw.subarray(0, this.bounds.maxLineBytes);
    // Undecodable bytes become U+FFFD; a line is never longer than maxLineBytes.
    const line = bytes.toString('utf8').replace(/\r$/, '');
    this.lines++;
    if (!this.#headFull) {
      if (this.#headBytes + bytes.length <= this.bounds.headBytes) {
        this.head.push(line);
        this.#headBytes += bytes.length + 1;
      } else this.#headFull = true;
    }
    this.tail.push(line);
    this.#tailBytes += bytes.length + 1;
    while (this.#tailBytes > this.bounds.tailBytes && this.tail.length > 1) {
      const first = this.tail.shift() ?? '';
      this.#tailBytes -= Buffer.byteLength(first) + 1;
      this.#dropped++;
    }
    // A queue that shifts from the front copies; compacting now and then keeps this linear.
    if (this.tail.length > 4096 && this.#dropped > 4096) {
      this.tail = this.tail.slice();
      this.#dropped = 0;
    }
  }

  done(): ContainerLog {
    return {
      head: this.head,
      tail: this.tail,
      lines: this.lines,
      skipped: this.lines > this.head.length + this.tail.length,
    };
  }
}

/** The key of a log that belongs to the pod as a whole (markers without a container, or none at all). */
export const WHOLE_POD = '*';

type Section = { name: string; standard: boolean };

/**
 * What a START marker's text (after `==== START logs for `) names: kubectl's
 * `container <c> of pod <ns>/<pod> ====`, or the variants other support tools write:
 * `container <c> ====`, `<c> ====`, `pod <ns>/<pod> ====` and `<ns>/<pod> ====` (the whole pod).
 */
function sectionOf(body: string, podPath: string): Section | undefined {
  const podSuffix = `${OF_POD}${podPath}`;
  if (body.startsWith('container ') && body.endsWith(podSuffix)) {
    const name = body.slice('container '.length, -podSuffix.length);
    return name.length > 0 && name.length <= 253 ? { name, standard: true } : undefined;
  }
  if (body === podPath || body === `pod ${podPath}`) return { name: WHOLE_POD, standard: false };
  const name = body.startsWith('container ') ? body.slice('container '.length) : body;
  if (name.length === 0 || name.length > 253 || name.includes(' ') || name.includes('/')) return undefined;
  return { name, standard: false };
}

/**
 * Reads `logs.txt` of one pod, a chunk at a time (memory stays bounded whatever the file size),
 * into each container's head and tail. Once kubectl's own markers are seen, only they start a
 * section (a log line that imitates another tool's marker splits nothing). A file without any
 * marker is the log of the whole pod ({@link WHOLE_POD}). `podPath` is `<namespace>/<pod>`.
 */
export async function readDumpedPodLogs(
  file: string,
  podPath: string,
  bounds: LogBounds = DEFAULT_LOG_BOUNDS,
): Promise<Map<string, ContainerLog>> {
  const logs = new Map<string, ContainerLog>();
  const outside = new LogSink(bounds);
  let current: { name: string; sink: LogSink } | undefined;
  let currentEnd: Buffer | undefined;
  let standardSeen = false;

  const finish = () => {
    if (current && logs.size < bounds.maxContainers && !logs.has(current.name))
      logs.set(current.name, current.sink.done());
    current = undefined;
    currentEnd = undefined;
  };
  const onLine = (line: Buffer) => {
    if (line.subarray(0, START.length).equals(START)) {
      const rest = line
        .subarray(START.length, START.length + 600)
        .toString('utf8')
        .replace(/\r$/, '');
      const section = rest.endsWith(CLOSE) ? sectionOf(rest.slice(0, -CLOSE.length), podPath) : undefined;
      if (section && (section.standard || !standardSeen)) {
        finish();
        standardSeen ||= section.standard;
        current = { name: section.name, sink: new LogSink(bounds) };
        currentEnd = Buffer.from(`${END.toString()}${rest}`);
        return;
      }
    }
    if (!current || !currentEnd) {
      if (!line.subarray(0, END.length).equals(END)) outside.add(line);
      return;
    }
    // The END marker ends the line when the log had no final newline.
    const at = line.length >= currentEnd.length ? line.lastIndexOf(currentEnd) : -1;
    const trimmed = line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
    if (at >= 0 && at + currentEnd.length === trimmed.length) {
      if (at > 0) current.sink.add(line.subarray(0, at));
      finish();
      return;
    }
    current.sink.add(line);
  };

  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer = Buffer.alloc(0);
    let read = 0;
    while (read < bounds.maxFileBytes) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(CHUNK, bounds.maxFileBytes - read), read);
      if (bytesRead === 0) break;
      read += bytesRead;
      let data = carry.length
        ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
        : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl >= 0; nl = data.indexOf(NEWLINE, start)) {
        onLine(data.subarray(start, nl));
        start = nl + 1;
      }
      data = data.subarray(start);
      // A line with no end in sight: keep what a line may keep plus room for an END marker.
      const room = bounds.maxLineBytes + 1024;
      carry = Buffer.from(
        data.length > room
          ? Buffer.concat([data.subarray(0, bounds.maxLineBytes), data.subarray(-1024)])
          : data,
      );
    }
    if (carry.length) onLine(carry);
    finish();
  } finally {
    await handle.close();
  }
  if (logs.size === 0 && outside.lines > 0) logs.set(WHOLE_POD, outside.done());
  return logs;
}

/** Reads a plain log file (e.g. `logs-<container>-previous.txt`, no markers) into its head and tail. */
export async function readPlainLog(
  file: string,
  bounds: LogBounds = DEFAULT_LOG_BOUNDS,
): Promise<ContainerLog> {
  const sink = new LogSink(bounds);
  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer = Buffer.alloc(0);
    let read = 0;
    while (read < bounds.maxFileBytes) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(CHUNK, bounds.maxFileBytes - read), read);
      if (bytesRead === 0) break;
      read += bytesRead;
      const data = carry.length
        ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
        : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl >= 0; nl = data.indexOf(NEWLINE, start)) {
        const line = data.subarray(start, nl);
        // Markers, when a tool wrote them around a single container's log, are not log lines.
        if (!line.subarray(0, START.length).equals(START) && !line.subarray(0, END.length).equals(END))
          sink.add(line);
        start = nl + 1;
      }
      const rest = data.subarray(start);
      carry = Buffer.from(rest.length > bounds.maxLineBytes ? rest.subarray(0, bounds.maxLineBytes) : rest);
    }
    if (carry.length) sink.add(carry);
  } finally {
    await handle.close();
  }
  return sink.done();
}
