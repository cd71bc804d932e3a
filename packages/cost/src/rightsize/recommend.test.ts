import { describe, expect, it } from 'vitest';
import { DEFAULT_UNIT_PRICES } from '../money/prices.ts';
import type { AutoscalerTarget, ContainerUsage, UsageProfile } from '../usage/types.ts';
import { DEFAULT_RIGHTSIZE_OPTIONS, RightsizeOptionsSchema } from './options.ts';
import { krrSimple, recommend } from './recommend.ts';

const MI = 1024 * 1024;
const HOURS = 168;

/** A flat week: CPU around 0.2 cores, working set around 300Mi, unless a test says otherwise. */
function profile(overrides: Partial<UsageProfile> = {}): UsageProfile {
  return {
    cpu: { p50: 0.18, p95: 0.2, p99: 0.22, max: 0.25 },
    memory: { p50: 290 * MI, p99: 300 * MI, max: 310 * MI },
    hourly: {
      cpuMax: Array.from({ length: HOURS }, (_, h) => 0.22 + (h % 3) * 0.01),
      memoryMax: Array.from({ length: HOURS }, (_, h) => (300 + (h % 5)) * MI),
    },
    oomKilled: false,
    restarts: 0,
    ...overrides,
  };
}

function usage(p: UsageProfile = profile()): ContainerUsage {
  return {
    ref: { namespace: 'shop', workload: 'api', kind: 'Deployment', container: 'app' },
    replicas: 2,
    current: { cpuRequestCores: 1, memoryRequestBytes: 1024 * MI, memoryLimitBytes: 2048 * MI },
    profile: p,
  };
}

const context = {
  autoscalers: [] as AutoscalerTarget[],
  options: DEFAULT_RIGHTSIZE_OPTIONS,
  prices: DEFAULT_UNIT_PRICES,
  windowHours: HOURS,
};

describe('recommend', () => {
  it('sizes a steady container like KRR and counts the saving for every replica', () => {
    const rec = recommend(usage(), context);
    expect(rec.action).toBe('resize');
    expect(rec.recommended.cpuRequestCores).toBeCloseTo(0.2);
    expect(rec.recommended.memoryRequestBytes).toBe(Math.ceil((310 * 1.15 * MI) / MI) * MI);
    expect(rec.recommended.memoryLimitBytes).toBe(rec.recommended.memoryRequestBytes);
    const perReplicaHour =
      0.8 * DEFAULT_UNIT_PRICES.vcpuHourUsd +
      ((1024 * MI - (rec.recommended.memoryRequestBytes ?? 0)) / 1024 ** 3) * DEFAULT_UNIT_PRICES.gibHourUsd;
    expect(rec.monthlySavingsUsd).toBeCloseTo(perReplicaHour * 730 * 2, 6);
    const krr = krrSimple(usage());
    expect(krr.cpuRequestCores).toBeCloseTo(0.2);
    expect(krr.memoryLimitBytes).toBe(rec.recommended.memoryLimitBytes);
  });

  it('never lowers memory for a container OOMKilled in the window', () => {
    const rec = recommend(usage(profile({ oomKilled: true })), context);
    expect(rec.recommended.memoryRequestBytes).toBe(1024 * MI);
    expect(rec.recommended.memoryLimitBytes).toBe(2048 * MI);
    expect(rec.reasons.join(' ')).toContain('OOMKilled');
    expect(rec.recommended.cpuRequestCores).toBeCloseTo(0.2);
  });

  it('reports a steady memory rise as a possible leak and keeps the memory it has', () => {
    const rising = Array.from({ length: HOURS }, (_, h) => (300 + h * 2 + (h % 4) * 3) * MI);
    const rec = recommend(
      usage(
        profile({
          memory: { p50: 470 * MI, p99: 630 * MI, max: 640 * MI },
          hourly: { ...profile().hourly, memoryMax: rising },
        }),
      ),
      context,
    );
    expect(rec.recommended.memoryLimitBytes).toBe(2048 * MI);
    expect(rec.recommended.memoryRequestBytes).toBe(1024 * MI);
    expect(rec.evidence.memory.trendMiBPerDay).toBeCloseTo(48, 0);
    expect(rec.reasons.join(' ')).toMatch(/leak.*reaches its memory limit in \d+\.\d days/s);
  });

  it('sees a leak under a daily cycle, and no leak in the daily cycle alone', () => {
    const cycle = (h: number) => 80 * Math.sin((2 * Math.PI * h) / 24);
    const leaking = Array.from({ length: HOURS }, (_, h) => (400 + cycle(h) + h * 1.5) * MI);
    const leak = recommend(
      usage(
        profile({
          memory: { p50: 520 * MI, p99: 700 * MI, max: 730 * MI },
          hourly: { ...profile().hourly, memoryMax: leaking },
        }),
      ),
      context,
    );
    expect(leak.reasons.join(' ')).toContain('possible leak');
    expect(leak.evidence.memory.trendMiBPerDay).toBeCloseTo(36, -1);
    const daily = Array.from({ length: HOURS }, (_, h) => (400 + cycle(h)) * MI);
    const noLeak = recommend(
      usage(
        profile({
          memory: { p50: 400 * MI, p99: 478 * MI, max: 480 * MI },
          hourly: { ...profile().hourly, memoryMax: daily },
        }),
      ),
      context,
    );
    expect(noLeak.reasons.join(' ')).not.toContain('leak');
    expect(noLeak.recommended.memoryLimitBytes).toBe(Math.ceil(480 * 1.15) * MI);
  });

  it('lets the limit, not the request, allow for peaks that differ from day to day', () => {
    const nights = [300, 420, 350, 500, 330, 380, 450];
    const memoryMax = Array.from(
      { length: HOURS },
      (_, h) => (h % 24 === 2 ? (nights[Math.floor(h / 24)] ?? 0) : 150) * MI,
    );
    const rec = recommend(
      usage(
        profile({
          memory: { p50: 150 * MI, p99: 480 * MI, max: 500 * MI },
          hourly: { ...profile().hourly, memoryMax },
        }),
      ),
      context,
    );
    expect(rec.recommended.memoryRequestBytes).toBe(Math.ceil(500 * 1.15) * MI);
    expect(rec.recommended.memoryLimitBytes).toBe(Math.ceil((500 + 200) * 1.15) * MI);
    expect(rec.reasons.join(' ')).toContain('daily peaks vary by 200Mi');
  });

  it('gives short memory spikes room in the limit while the request stays at the maximum', () => {
    const rec = recommend(
      usage(profile({ memory: { p50: 290 * MI, p99: 300 * MI, max: 500 * MI } })),
      context,
    );
    // limit: (p99 + 2 × (max − p99)) × 1.15 = 700Mi × 1.15
    expect(rec.recommended.memoryLimitBytes).toBe(Math.ceil(700 * 1.15) * MI);
    expect(rec.recommended.memoryRequestBytes).toBe(Math.ceil(500 * 1.15) * MI);
    expect(rec.reasons.join(' ')).toContain('short memory spikes');
  });

  it('sizes a low-duty-cycle batch to its p99 instead of its idle p95', () => {
    const batchHours = Array.from({ length: HOURS }, (_, h) => (h % 24 === 1 ? 1.8 : 0.03));
    const rec = recommend(
      usage(
        profile({
          cpu: { p50: 0.02, p95: 0.03, p99: 1.6, max: 1.9 },
          hourly: { ...profile().hourly, cpuMax: batchHours },
        }),
      ),
      context,
    );
    expect(rec.recommended.cpuRequestCores).toBeCloseTo(1.6);
    expect(rec.evidence.cpu.dutyCycle).toBeCloseTo(7 / 168);
    expect(
      krrSimple(usage(profile({ cpu: { p50: 0.02, p95: 0.03, p99: 1.6, max: 1.9 } }))).cpuRequestCores,
    ).toBeCloseTo(0.03);
  });

  it('leaves alone what an HPA scales on and says why', () => {
    const hpa: AutoscalerTarget = {
      namespace: 'shop',
      name: 'keda-hpa-api',
      target: { kind: 'Deployment', name: 'api' },
      resourceMetrics: ['cpu'],
      managedBy: 'keda',
    };
    const rec = recommend(usage(), { ...context, autoscalers: [hpa] });
    expect(rec.recommended.cpuRequestCores).toBe(1);
    expect(rec.recommended.memoryRequestBytes).toBeLessThan(1024 * MI);
    expect(rec.reasons[0]).toContain('KEDA keda-hpa-api scales on CPU utilisation');
    expect(rec.evidence.autoscaler).toBe('keda:keda-hpa-api');
  });

  it('applies the floors', () => {
    const tiny = profile({
      cpu: { p50: 0.001, p95: 0.002, p99: 0.003, max: 0.004 },
      memory: { p50: 10 * MI, p99: 12 * MI, max: 13 * MI },
    });
    const rec = recommend(usage(tiny), context);
    expect(rec.recommended.cpuRequestCores).toBeCloseTo(0.01);
    expect(rec.recommended.memoryRequestBytes).toBe(64 * MI);
    const custom = RightsizeOptionsSchema.parse({ floors: { cpuCores: 0.05, memoryBytes: 128 * MI } });
    const recCustom = recommend(usage(tiny), { ...context, options: custom });
    expect(recCustom.recommended.cpuRequestCores).toBeCloseTo(0.05);
    expect(recCustom.recommended.memoryLimitBytes).toBe(128 * MI);
  });

  it('recommends nothing from too short or too patchy a history', () => {
    const young = profile({
      hourly: {
        cpuMax: [...Array(150).fill(null), ...Array(18).fill(0.2)],
        memoryMax: [...Array(150).fill(null), ...Array(18).fill(300 * MI)],
      },
    });
    const rec = recommend(usage(young), context);
    expect(rec.action).toBe('insufficient-data');
    expect(rec.recommended).toEqual(usage().current);
    expect(rec.reasons[0]).toContain('only 18 h of history');
    const patchy = profile({
      hourly: {
        cpuMax: Array.from({ length: HOURS }, (_, h) => (h % 2 === 0 ? 0.2 : null)),
        memoryMax: Array.from({ length: HOURS }, (_, h) => (h % 2 === 0 ? 300 * MI : null)),
      },
    });
    expect(recommend(usage(patchy), context).reasons[0]).toContain('metrics cover 50%');
  });

  it('keeps memory for a container that keeps restarting, and keeps what is already right', () => {
    const rec = recommend(usage(profile({ restarts: 40 })), context);
    expect(rec.recommended.memoryLimitBytes).toBe(2048 * MI);
    expect(rec.reasons.join(' ')).toContain('restarted 40 times');
    const right = recommend(
      {
        ...usage(),
        current: { cpuRequestCores: 0.21, memoryRequestBytes: 360 * MI, memoryLimitBytes: 360 * MI },
      },
      context,
    );
    expect(right.action).toBe('keep');
    expect(right.monthlySavingsUsd).toBe(0);
  });
});
