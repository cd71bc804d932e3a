import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { alertSaysBacklog, alertSaysLeak } from './alert-memory.ts';
import { diagnose } from './diagnose.ts';
import { missingAllocator } from './evidence/allocator.ts';
import { type ContainerSummary, redactEvidence } from './evidence/index.ts';
import { retryBacklog } from './evidence/retry-backlog.ts';
import { workerProcesses } from './evidence/worker-processes.ts';

/** A Rust ingester (tracing's format) retrying inserts a ClickHouse table refuses. */
const CLICKHOUSE_RETRIES = Array.from(
  { length: 24 },
  (_, i) =>
    `2026-02-11T08:${String(i).padStart(2, '0')}:30.203119Z  WARN event_ingest::writer: insert failed, retrying table="events_local" rows=50000 attempt=${(i % 5) + 1} error=Code: 252. DB::Exception: Too many parts (3001). Merges are processing significantly slower than inserts. (TOO_MANY_PARTS)`,
);
/** The same ingester's ordinary work: batches consumed and written. */
const INGESTING = Array.from(
  { length: 40 },
  (_, i) =>
    `2026-02-11T07:${String(i).padStart(2, '0')}:10.118201Z  INFO event_ingest::consumer: batch written table="events_local" rows=50000 lag=1200`,
);

/** Celery's start-up banner, as a prefork worker prints it. */
const CELERY_BANNER = [
  ' ',
  ' -------------- celery@reports-worker-7c9d8b5f6-wl2mx v5.4.0 (opalescent)',
  '--- ***** ----- ',
  '-- ******* ---- Linux-6.1.119-129.201.amzn2023.x86_64-x86_64-with-glibc2.36 2026-02-11 08:24:02',
  '- ** ---------- [config]',
  '- ** ---------- .> app:         reports:0x7f3c2a1b2d10',
  '- ** ---------- .> transport:   redis://valkey-broker.jobs.svc:6379/0',
  '- *** --- * --- .> concurrency: 48 (prefork)',
  '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
  '[2026-02-11 08:24:05,118: INFO/MainProcess] Connected to redis://valkey-broker.jobs.svc:6379/0',
  '[2026-02-11 08:24:05,402: INFO/MainProcess] celery@reports-worker-7c9d8b5f6-wl2mx ready.',
];

type Spec = Pick<ContainerSummary, 'resources' | 'memoryFlags'>;

function killed(log: string[], spec: Spec, sample: Partial<EvidenceSample> = {}) {
  const evidence = evidenceFixture({
    signal: 'OOMKilled',
    previousLog: log.join('\n'),
    reason: 'CrashLoopBackOff',
    lastReason: 'OOMKilled',
    lastExitCode: 137,
    ...sample,
  });
  const app = evidence.containers[0];
  if (app) Object.assign(app, spec);
  const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.best;
}

const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);
const limits = (memory: string, cpu: string) => ({ limits: { memory, cpu } });

describe('memory that fills with work waiting on a failing downstream', () => {
  it('reads retries of a refusing downstream at the end of the log', () => {
    expect(retryBacklog([...INGESTING, ...CLICKHOUSE_RETRIES])).toMatchObject({ retries: 24 });
  });

  it('does not read a few retries among ordinary work as a backlog', () => {
    const mixed = [...INGESTING, ...CLICKHOUSE_RETRIES.slice(0, 5), ...INGESTING];
    expect(retryBacklog(mixed)).toBeUndefined();
    // Retries that succeed are not a failing downstream.
    const recovered = INGESTING.map((l) => l.replace('batch written', 'batch written after retry'));
    expect(retryBacklog(recovered)).toBeUndefined();
  });

  it('escalates the kill instead of raising the limit', () => {
    const best = killed([...INGESTING, ...CLICKHOUSE_RETRIES], { resources: limits('4Gi', '2') });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('24 retries at the end of its log');
  });

  it('raises when the log shows only its ordinary work', () => {
    const best = killed(INGESTING, { resources: limits('4Gi', '2') });
    expect(kinds(best)).toContain('raise-memory-limit');
  });
});

describe("an alert's words about a leak", () => {
  it('reads memory climbing at a flat load, and kills after the limit was raised', () => {
    expect(
      alertSaysLeak({
        alerts: [
          'ContainerMemoryGrowth: traefik working set grows ~4.5Mi/min at a flat 1.9k req/s since revision 2 (02:35)',
        ],
      }),
    ).toContain('working set grows');
    expect(
      alertSaysLeak({
        alerts: [
          'ContainerMemoryGrowth: lemmy working set grows about 95 MiB/min from each start until OOMKilled at the 2Gi limit; the limit was raised from 1536Mi to 2Gi on 2026-02-10',
        ],
      }),
    ).toBeDefined();
    expect(
      alertSaysLeak({
        alerts: [
          'KubeContainerOOMKilled: ws-gateway OOMKilled 9 times in 4 days; open sessions flat at 1.7-1.9k; current container up since 06:41 at 342 MiB and climbing ~75 MiB/h',
        ],
      }),
    ).toBeDefined();
  });

  it('reads a memory rate per hour at a flat load, and a climb that starts again after every restart', () => {
    expect(
      alertSaysLeak({
        alerts: [
          'ContainerMemoryGrowth: catalog-api working set +142 MiB/h since the 04:12 restart at a flat 310 req/s',
        ],
      }),
    ).toBeDefined();
    expect(
      alertSaysLeak({
        alerts: [
          'KubePodOOMKilledRepeatedly: backend OOMKilled 11 times in 72h (limit 2Gi); after every restart its working set climbs about 230Mi per hour',
        ],
      }),
    ).toBeDefined();
    // A restart that is only mentioned, with nothing climbing, says nothing.
    expect(
      alertSaysLeak({ alerts: ['KubePodCrashLooping: api crash-looping after every restart for 30m'] }),
    ).toBeUndefined();
  });

  it('does not read growth with the load, or a steady working set, as a leak', () => {
    expect(
      alertSaysLeak({
        alerts: [
          'ContainerMemoryNearLimit: search working set grows with the index: 12% more documents this week',
        ],
      }),
    ).toBeUndefined();
    expect(
      alertSaysLeak({
        alerts: ['KubeContainerOOMKilled: api OOMKilled 3 times in 1h; memory steady at 98% of the limit'],
      }),
    ).toBeUndefined();
  });

  it('escalates a kill its alert calls a leak', () => {
    const best = killed(
      INGESTING,
      { resources: limits('256Mi', '1') },
      {
        events: [
          {
            reason: 'AlertFiring',
            object: 'Deployment/traefik',
            message:
              'ContainerMemoryGrowth: traefik working set grows ~4.5Mi/min at a flat 1.9k req/s since revision 2',
          },
        ],
      },
    );
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('Its alert says the memory leaks');
  });
});

describe('pools sized from the node', () => {
  it("reads Celery's prefork concurrency from its banner", () => {
    expect(workerProcesses(CELERY_BANNER)).toEqual({
      count: 48,
      line: '- *** --- * --- .> concurrency: 48 (prefork)',
    });
    expect(workerProcesses(CELERY_BANNER.map((l) => l.replace('(prefork)', '(eventlet)')))).toBeUndefined();
  });

  it('escalates a kill of 48 prefork children on a CPU limit of 2', () => {
    const best = killed(CELERY_BANNER, { resources: limits('4Gi', '2') });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('48 worker processes');
  });
});

describe('a heap aimed far above the limit', () => {
  const JULIA = [
    '[ Info: scenario engine 2.3.1 on Julia 1.10.5, threads=4, listening on 0.0.0.0:8080',
    'GC: pause 180.00ms. collected 412.000000MB. incr ',
    'Heap stats: bytes_mapped 2204.00 MB, bytes_resident 2101.00 MB,',
  ];

  it("escalates when Julia's --heap-size-hint is twice the limit or more", () => {
    const best = killed(JULIA, {
      resources: limits('6Gi', '4'),
      memoryFlags: [{ flag: '--heap-size-hint=12G', where: 'args of scenario-engine' }],
    });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('--heap-size-hint=12G');
  });

  it('raises, naming the cap, when the cap is above the limit by less than the policy reaches', () => {
    const best = killed(JULIA, {
      resources: limits('1Gi', '1'),
      memoryFlags: [{ flag: '--max-old-space-size=1536', where: 'env NODE_OPTIONS of app' }],
    });
    expect(kinds(best)).toContain('raise-memory-limit');
    expect(best.summary).toContain('--max-old-space-size=1536');
  });
});

describe('an allocator the spec preloads that did not load', () => {
  const LOADER =
    "ERROR: ld.so: object '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2' from LD_PRELOAD cannot be preloaded (cannot open shared object file): ignored.";
  const SIDEKIQ = [
    LOADER,
    '2026-02-11T07:58:02.118Z pid=1 tid=3gx INFO: Booted Rails 7.1.3 application in production environment',
    '2026-02-11T07:58:03.101Z pid=1 tid=142 class=DigestMailerJob jid=abc4f4 elapsed=1.100 INFO: done',
  ];

  it("reads the loader's line, for an allocator only", () => {
    expect(missingAllocator(SIDEKIQ)).toBe(LOADER);
    expect(missingAllocator([LOADER.replace('libjemalloc.so.2', 'libfaketime.so.1')])).toBeUndefined();
  });

  it('escalates the kill instead of raising the limit', () => {
    const best = killed(SIDEKIQ, { resources: limits('1536Mi', '2') });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('The allocator its spec preloads did not load');
  });
});

describe("an alert's words about a downstream refusing the output", () => {
  const RETRIES =
    'FluentBitOutputRetriesHigh: fluent-bit es.0 retries 18.2k in 5m across 42 nodes; logging-es bulk rejections (es_rejected_execution_exception) since 07:50';

  it('reads retries and rejections, and nothing in an alert that has neither', () => {
    expect(alertSaysBacklog({ alerts: [RETRIES] })).toBe(RETRIES);
    expect(
      alertSaysBacklog({ alerts: ['KubeContainerOOMKilled: api OOMKilled 3 times in 1h'] }),
    ).toBeUndefined();
  });

  it('escalates a kill under such an alert instead of raising the limit', () => {
    const best = killed(
      INGESTING,
      { resources: limits('256Mi', '1') },
      {
        events: [{ reason: 'AlertFiring', object: 'DaemonSet/fluent-bit', message: RETRIES }],
      },
    );
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('a downstream refused or kept failing what it hands on (its alert');
  });
});
