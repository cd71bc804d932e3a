import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startBackfilledPrometheus, syntheticWorkload } from '@sre-agent/cost/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { CliIo } from '../src/io.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END_SECONDS = START + 7 * 86_400;

function captureIo(): CliIo & { stdout: string[]; stderr: string[]; progressLines: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progressLines: string[] = [];
  return {
    stdout,
    stderr,
    progressLines,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    progress: (t) => progressLines.push(t),
  };
}

describe('sre-agent cost rightsize', () => {
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>>;

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus(
      [
        {
          workload: syntheticWorkload({
            archetype: 'steady',
            seed: 1,
            startEpochSeconds: START,
            namespace: 'shop',
            name: 'api',
          }),
        },
        {
          workload: syntheticWorkload({
            archetype: 'leak',
            seed: 2,
            startEpochSeconds: START,
            namespace: 'jobs',
            name: 'worker',
          }),
        },
      ],
      { startEpochSeconds: START },
    );
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  it('prints recommendations with Kubernetes quantities as JSON for the window ending --at (unix seconds)', async () => {
    const io = captureIo();
    const code = await main(
      [
        'node',
        'sre-agent',
        'cost',
        'rightsize',
        '--prometheus',
        prometheus.url,
        '--at',
        String(END_SECONDS),
        '--json',
      ],
      io,
    );
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const body = JSON.parse(io.stdout.join('')) as {
      recommendations: {
        namespace: string;
        workload: string;
        kind: string;
        container: string;
        action: string;
        current: Record<string, string | null>;
        recommended: Record<string, string | null>;
        reason: string;
        evidence: { historyHours: number };
        monthlySavingsUsd: number;
        patch?: unknown;
      }[];
    };
    const api = body.recommendations.find((r) => r.workload === 'api');
    expect(api).toMatchObject({ namespace: 'shop', kind: 'Deployment', container: 'app', action: 'resize' });
    expect(api?.recommended.cpuRequest).toMatch(/^\d+m$/);
    expect(api?.recommended.memoryRequest).toMatch(/^\d+Mi$/);
    expect(api?.monthlySavingsUsd).toBeGreaterThan(0);
    expect(api?.evidence.historyHours).toBe(168);
    expect(api?.patch).toEqual({
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'app',
                resources: {
                  requests: { cpu: api?.recommended.cpuRequest, memory: api?.recommended.memoryRequest },
                  limits: { memory: api?.recommended.memoryLimit },
                },
              },
            ],
          },
        },
      },
    });
    const worker = body.recommendations.find((r) => r.workload === 'worker');
    expect(worker?.reason).toContain('possible leak');
    expect(worker?.recommended.memoryLimit).toBe(worker?.current.memoryLimit);
  });

  it('prints a table for one namespace, with progress while it queries (RFC 3339 --at)', async () => {
    const io = captureIo();
    const at = new Date(END_SECONDS * 1000).toISOString();
    const code = await main(
      [
        'node',
        'sre-agent',
        'cost',
        'rightsize',
        '--prometheus',
        prometheus.url,
        '--at',
        at,
        '--namespace',
        'shop',
        '--window',
        '168h',
      ],
      io,
    );
    expect(code).toBe(0);
    const table = io.stdout.join('\n');
    expect(table).toMatch(/^CONTAINER\s+ACTION\s+CPU REQUEST/);
    expect(table).toContain('shop/api/app');
    expect(table).not.toContain('jobs/worker');
    expect(table).toMatch(/1 of 1 containers to resize; about \$\d+\.\d\d\/month/);
    expect(io.progressLines.at(-2)).toContain('14/14');
  });

  it('refuses a bad --at or --window with a clear message and exit code 2', async () => {
    const io = captureIo();
    expect(
      await main(
        ['node', 'sre-agent', 'cost', 'rightsize', '--prometheus', prometheus.url, '--at', 'yesterday'],
        io,
      ),
    ).toBe(2);
    expect(io.stderr.join('')).toContain('--at must be RFC 3339');
    expect(
      await main(
        ['node', 'sre-agent', 'cost', 'rightsize', '--prometheus', prometheus.url, '--window', '90m'],
        io,
      ),
    ).toBe(2);
    expect(io.stderr.join('')).toContain('--window must be whole hours');
  });

  it('opens the resizes as branches of a real git checkout with --propose, the evidence in each description', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rightsize-propose-'));
    const git = async (...args: string[]) =>
      (
        await promisify(execFile)(
          'git',
          ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args],
          {
            cwd: dir,
          },
        )
      ).stdout;
    try {
      await git('init', '--quiet', '--initial-branch=main');
      await mkdir(join(dir, 'shop'));
      await writeFile(
        join(dir, 'shop', 'api.yaml'),
        `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
          resources:
            requests:
              cpu: "4" # launch sizing
              memory: 8Gi
            limits:
              memory: 8Gi
`,
      );
      await git('add', '.');
      await git('commit', '--quiet', '-m', 'manifests');
      const io = captureIo();
      const code = await main(
        [
          'node',
          'sre-agent',
          'cost',
          'rightsize',
          '--prometheus',
          prometheus.url,
          '--at',
          String(END_SECONDS),
        ].concat(['--propose', dir, '--json']),
        io,
      );
      expect(io.stderr).toEqual([]);
      expect(code).toBe(0);
      const { proposals } = JSON.parse(io.stdout.join('')) as {
        proposals: {
          finding: string;
          status: string;
          branch: string;
          draft: boolean;
          url?: string;
          reason?: string;
        }[];
      };
      expect(proposals.map((p) => `${p.status} ${p.finding}`)).toEqual([
        'not-in-git rightsize/jobs/Deployment/worker/app',
        'created rightsize/shop/Deployment/api/app',
      ]);
      const api = proposals[1];
      expect(api?.draft).toBe(false);
      const diff = (await git('diff', 'main', api?.branch ?? '')).split('\n');
      expect(diff.filter((l) => /^[-+] /.test(l)).map((l) => l.replace(/:.*/, ':'))).toEqual([
        '-              cpu:',
        '-              memory:',
        '+              cpu:',
        '+              memory:',
        '-              memory:',
        '+              memory:',
      ]);
      const body = await readFile(api?.url ?? '', 'utf8');
      expect(body).toMatch(/right-sizing of 7 days of usage ending 2026-01-08T00:00:00\.000Z/);
      expect(body).toMatch(/CPU p50 \d+m, p95 \d+m, p99 \d+m/);
      expect(body).toMatch(/saves about \$\d+\.\d\d a month/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
