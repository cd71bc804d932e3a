import { readFile } from 'node:fs/promises';
import { NotFoundError } from '@sre-agent/core';
import { lineSignatures } from '@sre-agent/memory';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no such file: ${file}`);
    throw error;
  }
}

/** `sre-agent logs signatures <file>`: each line's template and signature id. */
export function registerLogsCommand(program: Command, io: CliIo): void {
  const logs = program.command('logs').description('work with log files');
  logs
    .command('signatures')
    .description(
      "print each line's template (variable parts masked as <*>) and its signature id; secrets are redacted",
    )
    .argument('<file>', 'a log file, one entry per line')
    .option('--json', 'one JSON object per input line: {line, signature, template}')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readText(file);
      const lines = text.split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      for (const sig of lineSignatures(lines)) {
        io.out(options.json ? JSON.stringify(sig) : `${sig.signature}  ${sig.template}`);
      }
    });
}
