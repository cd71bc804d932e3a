import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { CliIo } from '../src/io.ts';

const run = promisify(execFile);

const DEPLOYMENT = `# the API: owned by team shop
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      hostIPC: true # copied from an old chart
      containers:
        - name: app
          image: ghcr.io/acme/api:2.1.0
          securityContext:
            privileged: true
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: {}
`;

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function git(dir: string, args: string[]): Promise<string> {
  return (
    await run('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], { cwd: dir })
  ).stdout;
}

describe('sre-agent security harden', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'security-harden-'));
    await git(dir, ['init', '--quiet', '--initial-branch=main']);
    await mkdir(join(dir, 'apps'));
    await writeFile(join(dir, 'apps', 'api.yaml'), DEPLOYMENT);
    await git(dir, ['add', '.']);
    await git(dir, ['commit', '--quiet', '-m', 'manifests']);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens a branch for the safe fixes and a draft for those that need a check, and prints them as JSON', async () => {
    const io = captureIo();
    const code = await main(['node', 'sre-agent', 'security', 'harden', '--repo', dir, '--json'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const { proposals, reported } = JSON.parse(io.stdout.join('')) as {
      proposals: {
        finding: string;
        branch: string;
        files: string[];
        draft: boolean;
        status: string;
        url?: string;
      }[];
      reported: unknown[];
    };
    expect(proposals.map((p) => [p.finding, p.branch, p.files, p.draft, p.status])).toEqual([
      [
        'hardening-safe/shop/Deployment/api',
        'sre-agent/hardening-safe/shop/deployment/api',
        ['apps/api.yaml'],
        false,
        'created',
      ],
      [
        'hardening-check/shop/Deployment/api',
        'sre-agent/hardening-check/shop/deployment/api',
        ['apps/api.yaml'],
        true,
        'created',
      ],
    ]);
    expect(proposals.every((p) => typeof p.url === 'string')).toBe(true);
    expect(reported).toEqual([]);
    const diff = await git(dir, ['diff', 'main', 'sre-agent/hardening-safe/shop/deployment/api']);
    expect(diff.split('\n').filter((l) => /^[+-] /.test(l))).toEqual([
      '-      hostIPC: true # copied from an old chart',
      '-            privileged: true',
      '+            privileged: false',
      '+            allowPrivilegeEscalation: false',
    ]);
    const again = captureIo();
    await main(['node', 'sre-agent', 'security', 'harden', '--repo', dir], again);
    expect(again.stdout[0]).toBe(`security harden of ${dir}: 2 proposals, 0 left to a human`);
    expect(again.stdout.slice(1).map((l) => l.split(' ')[0])).toEqual(['unchanged', 'unchanged']);
  });
});
