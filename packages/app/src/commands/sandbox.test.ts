import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@sre-agent/core';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerSandboxCommand } from './sandbox.ts';

function program(shutdown: () => Promise<void>) {
  const out: string[] = [];
  const cli = new Command('sre-agent').exitOverride();
  registerSandboxCommand(cli.command('sandbox'), { out: (t) => out.push(t), err: () => {} }, shutdown);
  return { cli, out };
}

describe('sre-agent sandbox', () => {
  it('starts the scenario, writes a kubeconfig that reaches it, and stops on shutdown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    try {
      const kubeconfig = join(dir, 'nested', 'sandbox.kubeconfig');
      let served = '';
      const { cli, out } = program(async () => {
        const text = await readFile(kubeconfig, 'utf8');
        const server = /server: (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1] as string;
        const response = await fetch(`${server}/api/v1/namespaces/shop/pods`);
        served = ((await response.json()) as { kind: string }).kind;
      });
      await cli.parseAsync([
        'node',
        'sre-agent',
        'sandbox',
        '--scenario',
        'oom-kill',
        '--kubeconfig',
        kubeconfig,
        '--speed',
        '10',
      ]);
      expect(served).toBe('PodList');
      expect(out[0]).toMatch(
        /^sandbox cluster "oom-kill" listening on http:\/\/127\.0\.0\.1:\d+ \(scenario time 10× real time\)$/,
      );
      expect(out).toContain(`try: kubectl --kubeconfig ${kubeconfig} get pods -A`);
      expect(out.at(-1)).toBe('sandbox stopped');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown scenario with the list of valid ones', async () => {
    const { cli } = program(async () => {});
    const run = cli.parseAsync(['node', 'sre-agent', 'sandbox', '--scenario', 'nope']);
    await expect(run).rejects.toBeInstanceOf(ValidationError);
    await expect(run).rejects.toThrow(
      /unknown scenario "nope"; valid scenarios: healthy, oom-kill, java-heap/,
    );
  });

  it('lists the scenarios with their expected fixes', async () => {
    const { cli, out } = program(async () => {});
    await cli.parseAsync(['node', 'sre-agent', 'sandbox', '--list']);
    expect(out.join('\n')).toContain('redis-cache-full');
    expect(out.join('\n')).toContain('fix: Raise the memory limit of container order-service by 20%');
  });
});
