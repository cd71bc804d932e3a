import { createReadStream } from 'node:fs';

/** Characters kept of one line; a longer line (or a file without newlines) is cut, never held whole. */
export const MAX_READ_LINE_CHARS = 64 * 1024;

const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * The lines of a file (`\n` or `\r\n`), read a chunk at a time as they are consumed: memory holds
 * one chunk and one line, for a file of any size. Lines longer than `MAX_READ_LINE_CHARS` are cut.
 */
export async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  let skipping = false;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) {
      if (skipping) skipping = false;
      else yield strip(part.length > MAX_READ_LINE_CHARS ? part.slice(0, MAX_READ_LINE_CHARS) : part);
    }
    if (rest.length > MAX_READ_LINE_CHARS) {
      // A line that has not ended yet: yield its head now and drop the rest up to its newline.
      if (!skipping) yield rest.slice(0, MAX_READ_LINE_CHARS);
      skipping = true;
      rest = '';
    }
  }
  if (rest !== '' && !skipping) yield strip(rest);
}
