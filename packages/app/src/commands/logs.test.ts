import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerLogsCommand } from './logs.ts';

describe('sre-agent logs signatures', () => {
  it('prints one template and signature id per input line, as JSON lines with --json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logs-cli-'));
    try {
      const file = join(dir, 'app.log');
      await writeFile(
        file,
        [
          '2026-01-01T00:00:01Z Connection closed by 10.0.0.1 port 50001',
          '2026-01-01T00:00:02Z Connection closed by 10.0.0.7 port 50022',
          '2026-01-01T00:00:03Z token=abcdef123456 rejected',
        ].join('\n'),
      );
      const out: string[] = [];
      const program = new Command('sre-agent').exitOverride();
      registerLogsCommand(program.command('logs'), { out: (t) => out.push(t), err: () => {} });
      await program.parseAsync(['node', 'sre-agent', 'logs', 'signatures', file, '--json']);
      const lines = out
        .join('\n')
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toEqual({
        line: 1,
        signature: lines[1].signature,
        template: '<*> Connection closed by <*> port <*>',
      });
      expect(lines[2].template).not.toContain('abcdef123456');
      out.length = 0;
      await program.parseAsync(['node', 'sre-agent', 'logs', 'signatures', file]);
      expect(out.join('\n').split('\n')[0]).toMatch(
        /^sig-[0-9a-f]{16} {2}<\*> Connection closed by <\*> port <\*>$/,
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
