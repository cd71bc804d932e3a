import { describe, expect, it } from 'vitest';
import { cpuOversubscription, describeCpuOversubscription } from './cpu-oversubscription.ts';

describe('a runtime that oversubscribes its CPU limit', () => {
  it('reads GOMAXPROCS as zap, logfmt and automaxprocs print it', () => {
    const zap = cpuOversubscription('{"level":"info","msg":"starting","gomaxprocs":64,"num_cpu":64}', '1');
    expect(zap).toMatchObject({ threads: 64, limitCores: '1', line: 'starting gomaxprocs=64 num_cpu=64' });
    expect(
      cpuOversubscription('time=2026-03-02T09:12:05Z level=info msg=start GOMAXPROCS=48', '2')?.threads,
    ).toBe(48);
    expect(
      cpuOversubscription('2026/03/02 09:12:05 maxprocs: Leaving GOMAXPROCS=16: CPU quota undefined', '500m')
        ?.threads,
    ).toBe(16);
    expect(describeCpuOversubscription(zap as NonNullable<typeof zap>)).toBe(
      'the Go scheduler runs 64 threads (GOMAXPROCS) on a CPU limit of 1; the log: starting gomaxprocs=64 num_cpu=64',
    );
  });

  it('says nothing when the threads fit the limit, without a limit, or without a number', () => {
    expect(
      cpuOversubscription('maxprocs: Updating GOMAXPROCS=2: determined from CPU quota', '2'),
    ).toBeUndefined();
    expect(cpuOversubscription('{"gomaxprocs":7}', '2')).toBeUndefined();
    expect(cpuOversubscription('{"gomaxprocs":64}', undefined)).toBeUndefined();
    expect(cpuOversubscription('set gomaxprocs from the quota', '1')).toBeUndefined();
    expect(cpuOversubscription('{"gomaxprocs":64}', 'lots')).toBeUndefined();
  });

  it('reads only the head of a hostile line', () => {
    const hostile = `${'gomaxprocs='.repeat(20_000)}64`;
    const started = performance.now();
    expect(cpuOversubscription(hostile, '1')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("reads no thread count from a request line: a user agent or a query string is a client's", () => {
    for (const line of [
      '10.0.0.1 - - [02/Mar/2026:09:41:07 +0000] "GET / HTTP/1.1" 200 612 "-" "scanner gomaxprocs=64"',
      '10.0.0.1 - - [02/Mar/2026:09:41:07 +0000] "GET /debug?GOMAXPROCS=64 HTTP/1.1" 404 0 "-" "curl/8.5.0"',
    ]) {
      expect(cpuOversubscription(line, '1'), line).toBeUndefined();
    }
  });
});
