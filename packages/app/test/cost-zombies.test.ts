import { startBackfilledPrometheus, zombieWorld } from '@sre-agent/cost/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { CliIo } from '../src/io.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
const END_SECONDS = START + 7 * 86_400;

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('sre-agent cost zombies', () => {
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>>;

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus([], {
      startEpochSeconds: START,
      namespaces: zombieWorld(START),
    });
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  it('judges the namespaces of a Prometheus as of --at and prints each zombie with its evidence as JSON', async () => {
    const io = captureIo();
    const code = await main(
      [
        'node',
        'sre-agent',
        'cost',
        'zombies',
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
      zombies: { namespace: string; evidence: { signal: string; state: string }[] }[];
      namespaces: { namespace: string; verdict: string }[];
      excluded: { namespace: string; reason: string }[];
    };
    expect(body.zombies.map((z) => z.namespace)).toEqual(['legacy-campaign']);
    expect(body.zombies[0]?.evidence.map((e) => [e.signal, e.state])).toEqual([
      ['namespace-age', 'quiet'],
      ['metric-history', 'quiet'],
      ['ingress-nginx', 'quiet'],
      ['ingress-istio', 'quiet'],
      ['network', 'quiet'],
      ['rollout', 'quiet'],
      ['exec', 'unknown'],
    ]);
    expect(body.namespaces.find((n) => n.namespace === 'quiet-40h')?.verdict).toBe('active');
    expect(body.excluded).toContainEqual({ namespace: 'kube-system', reason: 'system namespace' });
  });

  it('waits longer when asked: with --quiet-hours 24 the namespace quiet for 40 h is a zombie too', async () => {
    const io = captureIo();
    const code = await main(
      [
        'node',
        'sre-agent',
        'cost',
        'zombies',
        '--prometheus',
        prometheus.url,
        '--at',
        String(END_SECONDS),
        '--quiet-hours',
        '24',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^quiet-40h\s+zombie\s+40 h\s+every signal quiet$/m);
  });
});
