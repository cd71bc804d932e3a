/**
 * Review 3: the new "resources piling up" reading of memory-trend.ts takes load for a leak.
 * Each test states the safe reading (memory that grows with the load is the workload's) and fails.
 */
import { describe, expect, it } from 'vitest';
import { memoryLeakTrend } from './memory-trend.ts';

const minute = (i: number) => `2026-03-04T03:${String(10 + i).padStart(2, '0')}:04Z`;

describe('review3: goroutines that follow the load are no pile-up', () => {
  it('a goroutine per in-flight request, both 12x as traffic ramps, is load, not a leak', () => {
    // Go's net/http runs a goroutine per connection: they multiply exactly as the requests do.
    const ramp = Array.from(
      { length: 12 },
      (_, i) =>
        `time=${minute(i)} level=INFO msg="runtime stats" heap_alloc=${40 + i * 30}MiB goroutines=${60 + i * 60} inflight_requests=${12 + i * 12} request_duration_ms=${14 + (i % 3)}`,
    );
    expect(memoryLeakTrend(ramp)).toBeUndefined();
  });

  it('`requests_handled` (a counter of work done, whose part `handled` starts with `handle`) is no held handle', () => {
    // Memory and the clients grow together (load), the since-start counter multiplies as counters do.
    const reports = Array.from(
      { length: 10 },
      (_, i) =>
        `{"time":"${minute(i)}","level":"INFO","msg":"stats","rss_mb":${200 + i * 60},"clients":${100 + i * 30},"requests_handled":${1000 + i * 4000}}`,
    );
    expect(memoryLeakTrend(reports)?.pilingUp).toBeUndefined();
  });
});
