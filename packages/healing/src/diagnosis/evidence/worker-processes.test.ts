import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../../testing/evidence-fixture.ts';
import { diagnose } from '../diagnose.ts';
import { outnumbersCpuLimit, workerProcesses } from './worker-processes.ts';

/** nginx with `worker_processes auto` on a 32-core node. */
const NGINX = [
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '2026/02/11 08:30:01 [notice] 1#1: using the "epoll" event method',
  '2026/02/11 08:30:01 [notice] 1#1: start worker processes',
  ...Array.from({ length: 32 }, (_, i) => `2026/02/11 08:30:01 [notice] 1#1: start worker process ${29 + i}`),
].join('\n');

describe('worker processes sized from the node', () => {
  it('counts the workers a server says it started, or reads the total it states', () => {
    expect(workerProcesses(NGINX.split('\n'))).toEqual({
      count: 32,
      line: '2026/02/11 08:30:01 [notice] 1#1: start worker process 29',
    });
    const pm2 = Array.from(
      { length: 16 },
      (_, i) => `2026-02-11T08:24:02: PM2 log: App [partner-api:${i}] online`,
    ).join('\n');
    expect(workerProcesses(pm2.split('\n'))?.count).toBe(16);
    const gunicorn = [
      '[2026-02-11 08:30:01 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:30:01 +0000] [7] [INFO] Booting worker with pid: 7',
      '[2026-02-11 08:30:01 +0000] [8] [INFO] Booting worker with pid: 8',
    ].join('\n');
    expect(workerProcesses(gunicorn.split('\n'))?.count).toBe(2);
    const torch =
      '/usr/local/lib/python3.12/site-packages/torch/utils/data/dataloader.py:617: UserWarning: This DataLoader will create 96 worker processes in total. Our suggested max number of worker in current system is 2';
    expect(workerProcesses([torch])?.count).toBe(96);
    expect(workerProcesses(['2026/02/11 08:30:01 [notice] 1#1: nginx/1.27.3'])).toBeUndefined();
  });

  it("reads a process pool's stated size, and only a pool's", () => {
    const pool = [
      '2026-02-11 08:26:01,005 INFO scorer.batch: os.cpu_count()=64 cgroup cpu.max="200000 100000"',
      '2026-02-11 08:26:01,006 INFO scorer.batch: starting scoring pool: processes=64 (multiprocessing default)',
    ];
    expect(workerProcesses(pool)).toEqual({
      count: 64,
      line: '2026-02-11 08:26:01,006 INFO scorer.batch: starting scoring pool: processes=64 (multiprocessing default)',
    });
    expect(
      workerProcesses(['2026-02-11 08:26:01 INFO ps: processes=412 running on the host']),
    ).toBeUndefined();
  });

  it("reads a pool's count of workers from a field of the line that creates it", () => {
    const workerpool =
      '{"level":30,"time":1770798101040,"pid":1,"cpus":64,"availableParallelism":2,"maxWorkers":63,"msg":"creating worker pool (workerpool default maxWorkers = os.cpus().length - 1)"}';
    expect(workerProcesses([workerpool])?.count).toBe(63);
    expect(workerProcesses(['level=info msg="starting render pool" num_workers=48'])?.count).toBe(48);
    expect(
      workerProcesses([
        '2026-02-11 08:20:58,120 INFO scorer.nightly: DATALOADER_WORKERS=auto -> num_workers=96',
      ])?.count,
    ).toBe(96);
    // Not without a pool, not nginx's connections per worker, not a client's query.
    expect(workerProcesses(['level=info msg="scheduler started" workers=48'])).toBeUndefined();
    expect(workerProcesses(['pool: worker_connections=4096'])).toBeUndefined();
    expect(workerProcesses(['10.0.0.1 - - "GET /pool?workers=96 HTTP/1.1" 200 12'])).toBeUndefined();
  });

  it('calls them too many only against a CPU limit they far outnumber', () => {
    const workers = { count: 32, line: 'start worker process 29' };
    expect(outnumbersCpuLimit(workers, '500m')).toBe(true);
    expect(outnumbersCpuLimit(workers, '8')).toBe(true);
    expect(outnumbersCpuLimit(workers, '16')).toBe(false);
    expect(outnumbersCpuLimit(workers, undefined)).toBe(false);
    expect(outnumbersCpuLimit({ count: 4, line: '' }, '500m')).toBe(false);
  });

  it('escalates the OOM kill instead of raising the limit, and keeps the raise for a few workers', () => {
    const killed = (log: string) =>
      diagnose(
        evidenceFixture({
          signal: 'OOMKilled',
          reason: 'CrashLoopBackOff',
          lastReason: 'OOMKilled',
          lastExitCode: 137,
          limits: { memory: '192Mi', cpu: '500m' },
          previousLog: log,
        }),
      );
    const many = killed(NGINX);
    if (many.kind !== 'matched') throw new Error('expected a match');
    expect(many.best.actions.map((a) => a.kind)).not.toContain('raise-memory-limit');
    expect(many.best.summary).toContain('It started 32 worker processes');
    const few = killed(NGINX.split('\n').slice(0, 5).join('\n'));
    if (few.kind !== 'matched') throw new Error('expected a match');
    expect(few.best.actions[0]?.kind).toBe('raise-memory-limit');
  });
});
