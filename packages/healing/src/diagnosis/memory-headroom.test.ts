import type { Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { describeText } from './evidence/describe.ts';
import { type ContainerSummary, redactEvidence } from './evidence/index.ts';
import { summariseContainers } from './evidence/summarise.ts';
import { failedAllocationIn, flagBytes, kernelKillIn, memoryBudgetIn } from './memory-headroom.ts';

/** A JVM service the kernel killed: its log ends mid-request, no heap error of its own. */
const KILLED_JVM_LOG = [
  "2026-03-02 09:40:58.204  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
  '2026-03-02 09:41:03.771  INFO 1 --- [nio-8080-exec-2] c.e.reports.ExportController             : export started id=88121 rows=412000',
].join('\n');

/** A renderer writing scratch files; the kernel killed it with no error of its own. */
const KILLED_RENDERER_LOG = [
  '2026-03-02 09:12:02,004 INFO renderer: rendered statement-88121.pdf pages=14 rss=182MiB',
  '2026-03-02 09:26:48,017 INFO renderer: rendered statement-88301.pdf pages=9 rss=171MiB',
].join('\n');

type Spec = Pick<ContainerSummary, 'resources' | 'memoryFlags' | 'memoryVolumes'>;

/** The best candidate for a sample whose one container has `spec`. */
function decided(sample: EvidenceSample, spec: Spec) {
  const evidence = evidenceFixture(sample);
  const app = evidence.containers[0];
  if (app) Object.assign(app, spec);
  const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.best;
}

/** A container the kernel killed for memory, crash-looping since. */
const oomKilled = (log: string, spec: Spec) =>
  decided(
    {
      signal: 'OOMKilled',
      previousLog: log,
      reason: 'CrashLoopBackOff',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
    },
    spec,
  );

/** A container that exited with an error of its own, crash-looping since, with a memory limit. */
const exitedWithError = (log: string, limit: string) =>
  decided(
    { previousLog: log, reason: 'CrashLoopBackOff', lastReason: 'Error', lastExitCode: 1 },
    { resources: { limits: { memory: limit } } },
  );

const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);
const LIMIT_2GI = { limits: { memory: '2Gi' }, requests: { memory: '2Gi' } };

describe('memory headroom: what a bigger limit cannot buy after a kernel kill', () => {
  it('raises, and names the heap cap to lower, when the cap is above the container limit (-Xmx3g in a 2Gi container)', () => {
    const best = oomKilled(KILLED_JVM_LOG, {
      resources: LIMIT_2GI,
      memoryFlags: [{ flag: '-Xmx3g', where: 'env JAVA_TOOL_OPTIONS of app' }],
    });
    expect(best.category).toBe('memory');
    expect(kinds(best)[0]).toBe('raise-memory-limit');
    expect(best.summary).toContain(
      '-Xmx3g (env JAVA_TOOL_OPTIONS of app), at or above the container limit 2Gi',
    );
    expect(best.remediationHint).toContain('about 75 %');
  });

  it('escalates when a JVM cap is twice the limit or more (-Xmx4g in 2Gi): no bounded raise reaches what it aims at', () => {
    const best = oomKilled(KILLED_JVM_LOG, {
      resources: LIMIT_2GI,
      memoryFlags: [{ flag: '-Xmx4g', where: 'env JAVA_TOOL_OPTIONS of app' }],
    });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain(
      '-Xmx4g (env JAVA_TOOL_OPTIONS of app), 2× or more the container limit 2Gi',
    );
  });

  it("raises when V8's old-space cap is twice the limit or more: V8 grows it only with its live data", () => {
    const best = oomKilled(KILLED_JVM_LOG, {
      resources: LIMIT_2GI,
      memoryFlags: [{ flag: '--max-old-space-size=6144', where: 'env NODE_OPTIONS of app' }],
    });
    expect(kinds(best)[0]).toBe('raise-memory-limit');
  });

  it('names a cap equal to the limit in every runtime unit', () => {
    for (const flag of ['-Xmx2g', '-XX:MaxHeapSize=2048m', '--max-old-space-size=2048', 'GOMEMLIMIT=2GiB']) {
      const best = oomKilled(KILLED_JVM_LOG, {
        resources: LIMIT_2GI,
        memoryFlags: [{ flag, where: 'args of app' }],
      });
      expect(best.summary, flag).toContain(`${flag} (args of app), at or above the container limit 2Gi`);
    }
  });

  it('says nothing of a cap that leaves room below the limit: the raise widens the margin outside the heap', () => {
    const best = oomKilled(KILLED_JVM_LOG, {
      resources: LIMIT_2GI,
      memoryFlags: [{ flag: '-Xmx1536m', where: 'env JAVA_TOOL_OPTIONS of app' }],
    });
    expect(kinds(best)[0]).toBe('raise-memory-limit');
    expect(best.summary).not.toContain('at or above the container limit');
  });

  it('escalates when the container mounts a memory-backed emptyDir without a sizeLimit', () => {
    const best = oomKilled(KILLED_RENDERER_LOG, {
      resources: { limits: { memory: '1Gi' } },
      memoryVolumes: [{ volume: 'scratch', path: '/scratch' }],
    });
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain('memory-backed emptyDir at /scratch (scratch, no sizeLimit)');
    expect(best.summary).toContain('du -sh /scratch');
  });

  it('keeps the raise when the tmpfs is bounded far below the limit (a 64Mi /dev/shm)', () => {
    const best = oomKilled(KILLED_RENDERER_LOG, {
      resources: { limits: { memory: '2Gi' } },
      memoryVolumes: [{ volume: 'dshm', path: '/dev/shm', sizeLimit: '64Mi' }],
    });
    expect(kinds(best)[0]).toBe('raise-memory-limit');
  });

  it('escalates for a tmpfs bounded at a large share of the limit', () => {
    const best = oomKilled(KILLED_RENDERER_LOG, {
      resources: { limits: { memory: '2Gi' } },
      memoryVolumes: [{ volume: 'cache', path: '/var/cache/app', sizeLimit: '1Gi' }],
    });
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain('sizeLimit 1Gi');
  });

  it('leaves a kernel kill with neither a cap nor a tmpfs to the raise', () => {
    expect(kinds(oomKilled(KILLED_JVM_LOG, { resources: LIMIT_2GI }))[0]).toBe('raise-memory-limit');
  });
});

describe('one failed allocation larger than the whole limit', () => {
  const numpy = (size: string) =>
    [
      '2026-03-02 09:27:19,774 INFO reco.similarity: densifying matrix for cosine similarity',
      'Traceback (most recent call last):',
      '  File "/app/reco/similarity.py", line 61, in main',
      '    dense = matrix.toarray().astype(np.float32)',
      `numpy.core._exceptions._ArrayMemoryError: Unable to allocate ${size} for an array with shape (6794880, 36601) and data type float32`,
    ].join('\n');

  it('escalates as an oversized input: a raise only lets a bigger one through', () => {
    const best = exitedWithError(numpy('926. GiB'), '8Gi');
    expect(best.category).toBe('memory');
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain(
      'One allocation asked for 926 GiB, at least the whole container limit 8Gi',
    );
  });

  it('keeps the raise for an allocation smaller than the limit', () => {
    expect(kinds(exitedWithError(numpy('1.50 GiB'), '8Gi'))[0]).toBe('raise-memory-limit');
  });

  it('reads the size as numpy, Rust and Go print it, and leaves a GPU’s allocations alone', () => {
    expect(failedAllocationIn('_ArrayMemoryError: Unable to allocate 926. GiB for an array')?.bytes).toBe(
      926 * 2 ** 30,
    );
    expect(failedAllocationIn('memory allocation of 34359738368 bytes failed')?.bytes).toBe(34_359_738_368);
    expect(
      failedAllocationIn(
        'fatal error: runtime: out of memory: cannot allocate 4294967296-byte block (3997696000 in use)',
      )?.bytes,
    ).toBe(4_294_967_296);
    expect(
      failedAllocationIn('torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 GiB'),
    ).toBeUndefined();
    expect(failedAllocationIn('fork: Cannot allocate memory')).toBeUndefined();
    expect(failedAllocationIn('Unable to allocate memory for the new connection')).toBeUndefined();
  });
});

describe('a memory budget of its own above the limit', () => {
  const IGNITE = [
    '[09:20:01] ver. 2.16.0#20231215-sha1:7bde6a42',
    '[09:20:04] Data Regions Configured:',
    '[09:20:04]   ^-- default [initSize=256.0 MiB, maxSize=12.8 GiB, persistence=false, lazyMemoryAllocation=true]',
    '[09:20:04] Ignite node started OK (id=6a1f3c2e)',
  ].join('\n');

  it('escalates a kernel kill of a server whose own budget is above its limit: a raise stays under it', () => {
    const best = oomKilled(IGNITE, { resources: { limits: { memory: '8Gi' } } });
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain('above the container limit 8Gi (maxSize=12.8 GiB)');
  });

  it('keeps the raise when the budget fits under the limit', () => {
    expect(kinds(oomKilled(IGNITE, { resources: { limits: { memory: '16Gi' } } }))[0]).toBe(
      'raise-memory-limit',
    );
  });

  it("reads the limit from the kernel's OOM report when the spec does not show it", () => {
    const wiredTiger =
      '{"t":{"$date":"2026-03-02T07:58:01.251+00:00"},"s":"I","c":"STORAGE","id":22315,"ctx":"initandlisten","msg":"Opening WiredTiger","attr":{"config":"create,cache_size=31744M,session_max=33000"}}';
    const oom =
      'Memory cgroup out of memory: Killed process 40211 (mongod) total-vm:9411072kB, anon-rss:4190212kB, file-rss:0kB, shmem-rss:0kB, UID:999 pgtables:9400kB oom_score_adj:-997';
    const best = decided(
      {
        signal: 'OOMKilled',
        previousLog: wiredTiger,
        reason: 'CrashLoopBackOff',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        events: [{ reason: 'OOMKilling', message: oom }],
      },
      {},
    );
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain("about 4 GiB (the kernel's OOM report)");
    expect(kernelKillIn(oom)).toEqual({ bytes: 4190212 * 1024 });
    expect(
      kernelKillIn('Memory cgroup out of memory: Killed process 1 (x) total-vm:1kB, anon-rss:12MB'),
    ).toBeUndefined();
    expect(kernelKillIn('the job was out of memory')).toBeUndefined();
  });

  it('reads budgets as servers print them, and no other size', () => {
    const wiredTiger =
      '{"t":{"$date":"2026-03-02T07:58:01.251+00:00"},"s":"I","c":"STORAGE","id":22315,"ctx":"initandlisten","msg":"Opening WiredTiger","attr":{"config":"create,cache_size=31744M,session_max=33000"}}';
    expect(memoryBudgetIn(wiredTiger)).toEqual({ bytes: 31744 * 2 ** 20, setting: 'cache_size=31744M' });
    expect(memoryBudgetIn('innodb_buffer_pool_size=4G')?.bytes).toBe(4 * 2 ** 30);
    expect(memoryBudgetIn('INFO: Setting DuckDB memory limit to 50GB (total system RAM: 62.8 GB)')).toEqual({
      bytes: 50 * 2 ** 30,
      setting: 'memory limit to 50GB',
    });
    expect(
      memoryBudgetIn(
        '2026-02-11T09:00:00.101990Z  INFO media_origin::cache: object cache capacity resolved to 12.80 GiB (5% of 256.00 GiB, basis=host)',
      )?.bytes,
    ).toBe(12.8 * 2 ** 30);
    // A JVM server's own report of the heap it took at start.
    expect(
      memoryBudgetIn(
        'INFO  [main] 2026-02-11 07:46:11,403 CassandraDaemon.java:614 - Heap size: 7.812GiB/7.812GiB',
      )?.bytes,
    ).toBe(7.812 * 2 ** 30);
    expect(
      memoryBudgetIn(
        '[o.e.e.NodeEnvironment] [es-data-2] heap size [7.8gb], compressed ordinary object pointers [true]',
      )?.bytes,
    ).toBe(7.8 * 2 ** 30);
    expect(
      memoryBudgetIn(
        '2026-02-11 08:18:56.611204+00:00 [info] <0.264.0> Memory high watermark set to 42230 MiB (44281216204 bytes) of 70381 MiB (73802027008 bytes) total',
      )?.bytes,
    ).toBe(42230 * 2 ** 20);
    expect(memoryBudgetIn('client_max_body_size=100m maxFileSize=10GB')).toBeUndefined();
    expect(memoryBudgetIn('maxmemory=0 cache_size=512')).toBeUndefined();
    expect(memoryBudgetIn(`${'cache_size='.repeat(5000)}4G`)).toBeUndefined();
  });
});

describe('a server below its own memory minimum', () => {
  const dragonfly = (threads: number, required: string) =>
    [
      'I20260302 09:27:47.010419     1 dfly_main.cc:699] Found 1.00GiB available memory. Setting maxmemory to 819.20MiB',
      `E20260302 09:27:47.088999     1 dfly_main.cc:172] There are ${threads} threads, so ${required} are required. Exiting...`,
    ].join('\n');

  it('gets a bigger limit when the minimum is within reach of bounded raises', () => {
    const best = exitedWithError(dragonfly(4, '1.00GiB'), '1Gi');
    expect(best.patternId).toBe('memory-below-minimum');
    expect(kinds(best)[0]).toBe('raise-memory-limit');
  });

  it('escalates when the minimum is beyond what bounded raises reach', () => {
    const best = exitedWithError(dragonfly(64, '16.00GiB'), '1Gi');
    expect(best.patternId).toBe('memory-below-minimum');
    expect(kinds(best)).not.toContain('raise-memory-limit');
    expect(best.summary).toContain('It says it needs 16.00GiB, more than 2× its limit 1Gi');
  });
});

describe('flagBytes', () => {
  it('reads each runtime’s units', () => {
    const mib = 2 ** 20;
    expect(flagBytes('-Xmx4g')).toBe(4 * 2 ** 30);
    expect(flagBytes('-Xmx768m')).toBe(768 * mib);
    expect(flagBytes('-Xmx536870912')).toBe(536_870_912);
    expect(flagBytes('-XX:MaxRAM=3G')).toBe(3 * 2 ** 30);
    expect(flagBytes('--max-old-space-size=384')).toBe(384 * mib);
    expect(flagBytes('GOMEMLIMIT=900MiB')).toBe(900 * mib);
    expect(flagBytes('DOTNET_GCHeapHardLimit=0x30000000')).toBe(0x30000000);
    expect(flagBytes('System.GC.HeapHardLimit=209715200')).toBe(209_715_200);
    expect(flagBytes('MAX_HEAP_SIZE=4G')).toBe(4 * 2 ** 30);
  });

  it('gives up on what it cannot size', () => {
    expect(flagBytes('SOLR_HEAP=2048')).toBeUndefined();
    expect(flagBytes('-Xmx4q')).toBeUndefined();
    expect(flagBytes('GOMEMLIMIT=off')).toBeUndefined();
    expect(flagBytes(`-Xmx${'9'.repeat(40)}g`)).toBeUndefined();
  });
});

describe('memory-backed volumes in evidence', () => {
  it('lists the tmpfs emptyDirs a container mounts, with their size limit, and nothing else', () => {
    const pod: Pod = {
      spec: {
        containers: [
          {
            name: 'renderer',
            image: 'registry.example.com/docs/renderer:3.1.0',
            volumeMounts: [
              { name: 'scratch', mountPath: '/scratch' },
              { name: 'dshm', mountPath: '/dev/shm' },
              { name: 'data', mountPath: '/data' },
              { name: 'config', mountPath: '/etc/renderer' },
            ],
          },
        ],
        volumes: [
          { name: 'scratch', emptyDir: { medium: 'Memory' } },
          { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
          { name: 'data', emptyDir: {} },
          { name: 'config', configMap: { name: 'renderer' } },
        ],
      },
    };
    expect(summariseContainers(pod)[0]?.memoryVolumes).toEqual([
      { volume: 'scratch', path: '/scratch' },
      { volume: 'dshm', path: '/dev/shm', sizeLimit: '64Mi' },
    ]);
  });

  it('shows them in the describe text a person and the reasoner read', () => {
    const evidence = evidenceFixture({ signal: 'OOMKilled', lastReason: 'OOMKilled', lastExitCode: 137 });
    const [container] = evidence.containers;
    if (!container) throw new Error('the fixture has a container');
    container.memoryVolumes = [
      { volume: 'scratch', path: '/scratch' },
      { volume: 'dshm', path: '/dev/shm', sizeLimit: '64Mi' },
    ];
    const lines = describeText(evidence, undefined).split('\n');
    expect(lines).toContain('    Mount:          /scratch (emptyDir scratch, medium Memory)');
    expect(lines).toContain('    Mount:          /dev/shm (emptyDir dshm, medium Memory, sizeLimit 64Mi)');
  });
});
