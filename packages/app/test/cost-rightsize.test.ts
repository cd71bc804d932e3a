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
});
