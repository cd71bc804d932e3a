import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_READ_LINE_CHARS, readLines } from './read-lines.ts';

async function linesOf(content: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'read-lines-'));
  try {
    const file = join(dir, 'in.log');
    await writeFile(file, content);
    const out: string[] = [];
    for await (const line of readLines(file)) out.push(line);
    return out;
  } finally {
    await rm(dir, { recursive: true });
  }
}

describe('readLines', () => {
  it('splits on LF and CRLF and keeps a last line without a newline', async () => {
    expect(await linesOf('a\r\nb\n\nc')).toEqual(['a', 'b', '', 'c']);
  });

  it('cuts a line longer than the limit and goes on with the next line', async () => {
    const long = 'x'.repeat(3 * MAX_READ_LINE_CHARS);
    const lines = await linesOf(`${long}\nnext\n`);
    expect(lines.map((l) => l.length)).toEqual([MAX_READ_LINE_CHARS, 4]);
    expect(lines[1]).toBe('next');
  });
});
