import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { scratchDir } from '@sre-agent/core/testing';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../../bin/sre-agent.mjs');

async function cli(args: string[], env: Record<string, string> = {}, cwd?: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      ...(cwd ? { cwd } : {}),
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the sre-agent CLI', () => {
  it('lists its commands', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('start [options]');
    expect(stdout).toContain('bench');
  });

  it('stops at start-up on a bad config file with the field and what to fix, not a stack trace', async () => {
    const dir = scratchDir('sre-agent-cli');
    await writeFile(
      join(dir, 'bad.yaml'),
      'clusters:\n  - name: Prod_EU\n    eks: { name: prod, region: moon }\npolicy:\n  cooldownMinutes: -5\n',
    );

    const { code, stderr } = await cli(
      ['start', '--port', '0'],
      { SRE_AGENT_CONFIG: join(dir, 'bad.yaml') },
      dir,
    );

    expect(code).toBe(2);
    expect(stderr).toContain('is invalid; fix these fields');
    expect(stderr).toContain('clusters[0].name');
    expect(stderr).toContain('clusters[0].eks.region');
    expect(stderr).toContain('policy.cooldownMinutes');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('says which config file is missing', async () => {
    const dir = scratchDir('sre-agent-cli');
    const { code, stderr } = await cli(['start'], { SRE_AGENT_CONFIG: 'missing.yaml' }, dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`config file ${join(dir, 'missing.yaml')} does not exist`);
  });

  it('rejects a bad port clearly', async () => {
    const { code, stderr } = await cli(['start', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
  });
});
