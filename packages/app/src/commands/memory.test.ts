import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SreAgentError } from '@sre-agent/core';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressBar, registerMemoryCommand } from './memory.ts';

const java = (n: number) =>
  `2026-01-0${n}T00:00:00Z INFO  [orders] GET /healthz 200 2ms\nException in thread "pool-${n}-thread-1" java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.Export.run(Export.java:${n}0)`;
const dns = (n: number) =>
  `2026-01-0${n}T00:00:00Z ERROR [indexer] bulk index request failed\nError: getaddrinfo EAI_AGAIN es-${n}.search.svc.cluster.local`;

const past = [
  {
    id: 'inc-1',
    cluster: 'prod',
    namespace: 'orders',
    workload: 'orders',
    signal: 'OOMKilled',
    log: java(1),
    diagnosis: 'heap',
    fix: 'raised the memory limit',
    note: 'unknown fields are ignored',
  },
  {
    id: 'inc-2',
    cluster: 'prod',
    namespace: 'search',
    workload: 'indexer',
    signal: 'CrashLoopBackOff',
    log: dns(1),
    diagnosis: 'dns',
    fix: 'restarted coredns',
  },
];

describe('sre-agent memory', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  let progress: string[];
  const run = async (...args: string[]) => {
    const program = new Command('sre-agent').exitOverride();
    registerMemoryCommand(
      program.command('memory'),
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      {
        stderr: { isTTY: false, write: (t) => progress.push(t) },
      },
    );
    await program.parseAsync(['node', 'sre-agent', ...args]);
  };
  const file = async (name: string, lines: unknown[]) => {
    const path = join(dir, name);
    await writeFile(
      path,
      `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`,
    );
    return path;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'memory-cli-'));
    out = [];
    err = [];
    progress = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true });
  });

  it('imports past incidents and recalls them per query as JSON lines', async () => {
    const store = join(dir, 'store');
    await run('memory', 'import', await file('past.jsonl', past), '--store', store, '--progress');
    expect(out).toEqual([`imported 2 incidents into ${store}`]);
    expect(progress.join('')).toMatch(/\r\[#+\] 100% 2\/2 \d+\/s\n$/);
    out = [];
    const queries = await file('q.jsonl', [
      {
        qid: 'q1',
        namespace: 'orders',
        workload: 'orders-canary',
        signal: 'OOMKilled',
        log: java(7),
        expect: 'inc-1',
      },
      { qid: 'q2', namespace: 'search', workload: 'indexer', signal: 'CrashLoopBackOff', log: dns(5) },
      {
        qid: 'q3',
        namespace: 'misc',
        workload: 'x',
        signal: 'CrashLoopBackOff',
        log: 'ERROR KeeperException$SessionExpiredException: Session expired',
      },
    ]);
    await run('memory', 'recall', '--batch', queries, '--json', '--store', store);
    const answers = out.map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.qid, a.match?.id ?? null, a.match?.fix ?? null])).toEqual([
      ['q1', 'inc-1', 'raised the memory limit'],
      ['q2', 'inc-2', 'restarted coredns'],
      ['q3', null, null],
    ]);
    expect(answers[0].match.score).toBeGreaterThan(0.6);
  });

  it('refuses a file with a bad line, names the line, and leaves the store as it was', async () => {
    const store = join(dir, 'store');
    await run('memory', 'import', await file('good.jsonl', past.slice(0, 1)), '--store', store);
    const bad = await file('bad.jsonl', [
      past[1],
      '{"id":"inc-3","log":',
      { ...past[1], id: 'inc-4', outcome: 'maybe' },
    ]);
    const error = await run('memory', 'import', bad, '--store', store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SreAgentError);
    expect((error as Error).message).toMatch(
      /2 bad lines in .*bad.jsonl:\n {2}.*bad.jsonl:2: not JSON[\s\S]*bad.jsonl:3: .*outcome/,
    );
    out = [];
    await run('memory', 'list', '--store', store, '--json');
    expect(out.map((l) => JSON.parse(l).id)).toEqual(['inc-1']);
  });

  it('imports the good lines with --skip-invalid and reports the bad ones', async () => {
    const store = join(dir, 'store');
    await run(
      'memory',
      'import',
      await file('mixed.jsonl', [past[0], 'nope', past[1]]),
      '--store',
      store,
      '--skip-invalid',
    );
    expect(err).toEqual([expect.stringMatching(/skipped .*mixed.jsonl:2: not JSON/)]);
    expect(out).toEqual([`imported 2 incidents into ${store} (1 bad lines skipped)`]);
  });

  it('lists and forgets entries', async () => {
    const store = join(dir, 'store');
    await run('memory', 'import', await file('past.jsonl', past), '--store', store);
    out = [];
    await run('memory', 'list', '--store', store);
    expect(out).toHaveLength(2);
    expect(out.join('\n')).toMatch(
      /inc-1 .* prod\/orders\/orders {2}OOMKilled {2}ok 1 failed 0 {2}raised the memory limit/,
    );
    out = [];
    await run('memory', 'forget', 'inc-1', '--store', store);
    expect(out).toEqual(['forgot inc-1']);
    await expect(run('memory', 'forget', 'inc-1', '--store', store)).rejects.toThrow(/no memory entry inc-1/);
  });

  it('checks the threshold on the stored corpus', async () => {
    const store = join(dir, 'store');
    await run('memory', 'import', await file('past.jsonl', past), '--store', store);
    out = [];
    await run('memory', 'calibrate', '--store', store, '--json');
    const figures = JSON.parse(out[0] as string);
    expect(figures.threshold).toBe(0.6);
    expect(figures.same.min).toBeGreaterThan(figures.different.max);
    expect(figures.suggested).toBeGreaterThanOrEqual(0.5);
  });

  it('rejects a threshold outside (0, 1]', async () => {
    const queries = await file('q.jsonl', [{ qid: 'q', log: 'x' }]);
    await expect(
      run('memory', 'recall', '--batch', queries, '--threshold', '2', '--store', join(dir, 's')),
    ).rejects.toThrow(/--threshold must be a number in \(0, 1\]/);
  });
});

describe('progressBar', () => {
  it('draws the share done, the counts and the rate', () => {
    expect(progressBar(50_000, 100_000, 10_000, 10)).toBe('[#####.....]  50% 50000/100000 5000/s');
    expect(progressBar(0, 0, 0, 4)).toBe('[####] 100% 0/0 0/s');
  });
});
