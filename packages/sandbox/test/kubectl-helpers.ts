import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ManualClock } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { type RunningSandbox, startSandbox } from '../src/index.ts';

const run = promisify(execFile);

export type Kubectl = ((...args: string[]) => Promise<string>) & {
  /** Runs and returns stdout, stderr and the exit code without throwing. */
  raw(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }>;
  json<T = Record<string, unknown>>(...args: string[]): Promise<T>;
};

/** A started sandbox and a kubectl bound to it (own kubeconfig and discovery cache in a temp dir). */
export async function sandboxWithKubectl(
  scenario: string,
): Promise<{ sandbox: RunningSandbox; kubectl: Kubectl; close(): Promise<void> }> {
  const binary = testBinary('kubectl');
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-kubectl-'));
  const sandbox = await startSandbox({ scenario, clock: new ManualClock('2026-03-01T12:00:00Z') });
  const kubeconfig = join(dir, 'kubeconfig');
  await sandbox.writeKubeconfig(kubeconfig);
  const base = ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'cache'), '--request-timeout=20s'];
  // The API server is in this process: kubectl must run asynchronously or the event loop blocks.
  const raw = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(binary, [...base, ...args], { timeout: 60_000 });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; code?: number };
      return {
        stdout: e.stdout ?? '',
        stderr: e.stderr ?? String(error),
        code: typeof e.code === 'number' ? e.code : 1,
      };
    }
  };
  const kubectl = Object.assign(
    async (...args: string[]) => {
      const result = await raw(...args);
      if (result.code !== 0)
        throw new Error(`kubectl ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
      return result.stdout;
    },
    {
      raw,
      json: async <T>(...args: string[]) => JSON.parse(await kubectl(...args, '-o', 'json')) as T,
    },
  ) as Kubectl;
  return {
    sandbox,
    kubectl,
    close: async () => {
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
