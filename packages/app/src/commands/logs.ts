import { access } from 'node:fs/promises';
import { NotFoundError } from '@sre-agent/core';
import { streamLineSignatures } from '@sre-agent/memory';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { readLines } from './read-lines.ts';

async function assertReadable(file: string): Promise<void> {
  try {
    await access(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no such file: ${file}`);
    throw error;
  }
}

/** `sre-agent logs signatures <file>`: each line's template and signature id. */
export function registerLogsCommand(logs: Command, io: CliIo): void {
  logs
    .command('signatures')
    .description(
      "print each line's template (variable parts masked as <*>) and its signature id; secrets are redacted",
    )
    .argument('<file>', 'a log file, one entry per line')
    .option('--json', 'one JSON object per input line: {line, signature, template}')
    .action(async (file: string, options: { json?: boolean }) => {
      await assertReadable(file);
      // Streamed: a window of lines is mined and printed before the next is read, so memory stays
      // bounded for a file of any size.
      for await (const batch of streamLineSignatures(readLines(file))) {
        const text = batch.map((sig) =>
          options.json ? JSON.stringify(sig) : `${sig.signature}  ${sig.template}`,
        );
        for (let i = 0; i < text.length; i += 1_000) io.out(text.slice(i, i + 1_000).join('\n'));
        await io.drain?.();
      }
    });
}
