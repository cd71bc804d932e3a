import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../../testing/evidence-fixture.ts';
import { diagnose } from '../diagnose.ts';
import { describeTrend, memoryLeakTrend, numericPairs, prosePairs } from './memory-trend.ts';

const minute = (i: number) => `2026-03-04T03:${String(10 + i).padStart(2, '0')}:04Z`;

/** Centrifugo's node stats: heap climbing while clients, users and channels stay put. */
const CENTRIFUGO_LEAK = Array.from(
  { length: 20 },
  (_, i) =>
    `{"level":"info","num_clients":${9100 + (i % 4) * 30},"num_users":${7400 + (i % 3) * 20},"num_channels":${21000 + (i % 5) * 40},"heap_inuse_mb":${180 + i * 66},"time":"${minute(i)}","message":"node stats"}`,
);

/** The same stats when a new tenant brings clients: the heap grows with them. */
const CENTRIFUGO_GROWTH = Array.from(
  { length: 20 },
  (_, i) =>
    `{"level":"info","num_clients":${4000 + i * 870},"num_users":${3100 + i * 700},"num_channels":${9000 + i * 2100},"heap_inuse_mb":${140 + i * 29},"time":"${minute(i)}","message":"node stats"}`,
);

/** Bun's `process.memoryUsage()` logged with units, next to the request rate. */
const BUN_LEAK = Array.from(
  { length: 20 },
  (_, i) =>
    `{"level":"debug","time":"${minute(i)}","msg":"process.memoryUsage","rss":"${(92 + i * 10.4).toFixed(2)}MB","heapTotal":"5.59MB","heapUsed":"${(1.6 + (i % 4) * 0.5).toFixed(2)}MB","external":"0.38MB","rps":${41 + (i % 5)}}`,
);

/** A Go service's logfmt stats: memory and in-flight requests up together. */
const GO_LOAD = Array.from(
  { length: 12 },
  (_, i) =>
    `time=${minute(i)} level=INFO msg="runtime stats" heap_alloc=${40 + i * 30}MiB goroutines=${60 + i * 40} inflight_requests=${12 + i * 9} request_duration_ms=${14 + (i % 3)}`,
);

describe('memory that grows while the load does not', () => {
  it('reads numbers, with their size units, from JSON and logfmt', () => {
    expect(numericPairs('{"rss":"227.20MB","rps":42,"time":"2026-03-04T03:10:04Z"}')).toEqual([
      { key: 'rss', value: 227.2 * 1024 ** 2 },
      { key: 'rps', value: 42 },
    ]);
    expect(numericPairs('time=2026-03-04T03:10:04Z heap_alloc=40MiB goroutines=60')).toEqual([
      { key: 'time', value: 2026 },
      { key: 'heap_alloc', value: 40 * 1024 ** 2 },
      { key: 'goroutines', value: 60 },
    ]);
  });

  it('finds the leak in reports where memory climbs alone', () => {
    const centrifugo = memoryLeakTrend(CENTRIFUGO_LEAK);
    expect(centrifugo).toMatchObject({
      memory: 'heap_inuse_mb',
      flat: ['num_clients', 'num_users', 'num_channels'],
      reports: 20,
    });
    expect(memoryLeakTrend(BUN_LEAK)).toMatchObject({ memory: 'rss', flat: ['rps'] });
    expect(describeTrend(memoryLeakTrend(BUN_LEAK) as NonNullable<ReturnType<typeof memoryLeakTrend>>)).toBe(
      'rss grew from 102 MiB to 279 MiB over 20 reports while rps stayed flat',
    );
  });

  it('finds a leak that reaches a small limit before doubling, and not a warm-up that levels off', () => {
    // A Vapor service's own metrics line: rss 227 -> 509 MB in ten minutes at a flat connection count.
    const vapor = [227, 270, 313, 356, 413, 458, 504, 509].map(
      (rss, i) =>
        `[ INFO ] memory rss=${rss}MB uptime=${84 + i * 74}s requests_total=${2472 + i * 2200} open_connections=${37 + (i % 3)} [component: metrics]`,
    );
    expect(memoryLeakTrend(vapor)).toMatchObject({ memory: 'rss', flat: ['open_connections'] });
    // Bun's rss at a steady slope until the limit flattens its last reports, the heap flat beside it.
    const bun = [273, 311, 350, 388, 427, 466, 503, 532, 533].map(
      (rss, i) =>
        `2026-02-11T08:2${i}:45.362Z info memory rss=${rss}MB heapSize=${83 + (i % 2) * 2}MB requests_per_s=${88 + (i % 3)}`,
    );
    expect(memoryLeakTrend(bun)).toMatchObject({ memory: 'rss', flat: ['requests_per_s'] });
    // A cache warming to its working set: the same climb, then level.
    const warm = [227, 300, 360, 400, 410, 412, 413, 413].map(
      (rss, i) => `[ INFO ] memory rss=${rss}MB uptime=${84 + i * 74}s open_connections=${37 + (i % 3)}`,
    );
    expect(memoryLeakTrend(warm)).toBeUndefined();
  });

  it('reads usage reports written in prose, figure by figure', () => {
    expect(
      prosePairs('      gc heap 192 MB, working set 320 MB, requests 3,520 since start, rps 42'),
    ).toEqual([
      { key: 'gc_heap', value: 192 * 1024 ** 2 },
      { key: 'working_set', value: 320 * 1024 ** 2 },
      { key: 'requests_since_start', value: 3520 },
      { key: 'rps', value: 42 },
    ]);
    const report = (ws: number, rps: number, i: number) =>
      `      gc heap ${ws - 128} MB, working set ${ws} MB, requests ${(3520 + i * 2840).toLocaleString('en-US')} since start, rps ${rps}`;
    const leak = [320, 436, 552, 668, 784, 900, 1016, 1132].map((ws, i) => report(ws, 42 + (i % 3), i));
    expect(memoryLeakTrend(leak)).toMatchObject({ memory: 'working_set', flat: ['rps'] });
    // The same climb with the request rate: the workload's own.
    const load = [320, 436, 552, 668, 784, 900, 1016, 1132].map((ws, i) => report(ws, 42 + i * 20, i));
    expect(memoryLeakTrend(load)).toBeUndefined();
    // A sentence with numbers is no report.
    expect(
      prosePairs('GET /v1/orders took 12 ms, retried 3 times').filter((p) => p.key.includes('mem')),
    ).toEqual([]);
  });

  it('finds the leak in memory that climbs in step with the work done since the start', () => {
    // Strapi's ops report: every upload keeps something.
    const strapi = Array.from(
      { length: 8 },
      (_, i) =>
        `[2026-02-11 07:${33 + i * 5}:00.004] info: [ops] process memory rss=${620 + i * 190}MB heapUsed=${410 + i * 172}MB external=${96 + i * 11}MB uploads_since_start=${40 + i * 38}`,
    );
    expect(memoryLeakTrend(strapi)).toMatchObject({ memory: 'rss', perUnitOf: ['uploads_since_start'] });
    expect(describeTrend(memoryLeakTrend(strapi) as NonNullable<ReturnType<typeof memoryLeakTrend>>)).toBe(
      'rss grew from 810 MiB to 1.7 GiB over 8 reports in step with uploads_since_start, the work done since it started',
    );
  });

  it('finds none when the load grows with memory, or when nothing says what the load is', () => {
    expect(memoryLeakTrend(CENTRIFUGO_GROWTH)).toBeUndefined();
    expect(memoryLeakTrend(GO_LOAD)).toBeUndefined();
    // Memory reports alone: a leak and a growing cache look the same.
    expect(memoryLeakTrend(BUN_LEAK.map((l) => l.replace(/,"rps":\d+/, '')))).toBeUndefined();
    // Too few reports to call it a trend.
    expect(memoryLeakTrend(CENTRIFUGO_LEAK.slice(0, 5))).toBeUndefined();
  });

  it('reads a bounded part of hostile lines and finds nothing in them', () => {
    const hostile = ['='.repeat(100_000), `${'a=1 '.repeat(25_000)}`, `"${'x'.repeat(99_990)}":1`];
    for (const line of hostile) expect(numericPairs(line).length).toBeLessThanOrEqual(40);
    expect(memoryLeakTrend(hostile)).toBeUndefined();
  });

  it('escalates an OOM kill instead of raising the limit of a process that leaks', () => {
    const killed = (log: string[]) =>
      diagnose(
        evidenceFixture({
          signal: 'OOMKilled',
          reason: 'CrashLoopBackOff',
          lastReason: 'OOMKilled',
          lastExitCode: 137,
          limits: { memory: '2Gi' },
          previousLog: log.join('\n'),
        }),
      );
    const leak = killed(CENTRIFUGO_LEAK);
    if (leak.kind !== 'matched') throw new Error('expected a match');
    expect(leak.best.actions[0]?.kind).toBe('escalate');
    expect(leak.best.actions.map((a) => a.kind)).not.toContain('raise-memory-limit');
    expect(leak.best.summary).toContain('heap_inuse_mb grew from 246 to 1368 over 20 reports');
    const growth = killed(CENTRIFUGO_GROWTH);
    if (growth.kind !== 'matched') throw new Error('expected a match');
    expect(growth.best.actions[0]?.kind).toBe('raise-memory-limit');
  });

  it('reads goroutines multiplying with memory as a pile-up, whatever the connections do', () => {
    // A Go service opening a connection per request and never closing it: goroutines 20× in ten reports.
    const piling = Array.from(
      { length: 10 },
      (_, i) =>
        `{"time":"${minute(i)}","level":"INFO","msg":"runtime","goroutines":${1200 + i * 2540},"heap_alloc_mb":${58 + i * 12},"num_gc":${40 + i * 9},"open_conns_feature_store":${12 + i * 2520}}`,
    );
    const trend = memoryLeakTrend(piling);
    expect(trend?.pilingUp).toEqual(['goroutines']);
    expect(describeTrend(trend as NonNullable<typeof trend>)).toContain(
      'while goroutines piled up with it: it holds what it should let go',
    );
    // Goroutines that grow with the requests in flight, a few times over, are load.
    expect(memoryLeakTrend(GO_LOAD)?.pilingUp).toBeUndefined();
  });
});
