import type { Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { describeText } from './evidence/describe.ts';
import { type ContainerSummary, redactEvidence } from './evidence/index.ts';
import { type ContainerSpecText, specMemoryBudgets } from './evidence/spec-budgets.ts';
import { summariseContainers } from './evidence/summarise.ts';

/** memcached's own start-up lines at `-vv`: slab classes, then connections; no error of its own. */
const MEMCACHED_LOG = [
  'slab class   1: chunk size        96 perslab   10922',
  'slab class   2: chunk size       120 perslab    8738',
  'slab class  39: chunk size    524288 perslab       2',
  '<26 server listening (auto-negotiate)',
  '<27 new auto-negotiating client connection',
  '<28 new auto-negotiating client connection',
  '<27 connection closed.',
].join('\n');

/** Redis at `--loglevel verbose`: key and client counts every half minute, no error of its own. */
const REDIS_LOG = [
  '1:C 11 Feb 2026 07:52:01.004 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:M 11 Feb 2026 07:52:01.006 * Ready to accept connections',
  '1:M 11 Feb 2026 07:52:30.000 - DB 0: 1842 keys (1801 volatile) in 2048 slots HT.',
  '1:M 11 Feb 2026 07:52:30.000 - 426 clients connected (0 replicas), 180000000 bytes in use',
].join('\n');

/** Varnish's start-up under `-F`: the child starts, then nothing until the kernel kills it. */
const VARNISH_LOG = [
  'Debug: Version: varnish-7.4.2 revision cd1d10ab53a6f6115b2b4f3b2a1da94c1f749f80',
  'Debug: Platform: Linux,5.10.210-201.852.amzn2.x86_64,x86_64,-junix,-smalloc,-sdefault,-hcritbit',
  'Debug: Child (31) Started',
  'Info: Child (31) said Child starts',
].join('\n');

/** A JVM portal killed by the kernel mid-start: Tomcat's own lines, no heap error. */
const PORTAL_LOG = [
  '11-Feb-2026 07:58:12.402 INFO [main] org.apache.catalina.startup.Catalina.load Server initialized in [1204] milliseconds',
  '2026-02-11 07:58:40.118 INFO  [main][StartupHelperUtil:72] There are no patches installed',
  '2026-02-11 07:59:02.771 INFO  [main][ModuleFrameworkImpl:1686] Starting dynamic bundles',
].join('\n');

/** A Swoole server under Laravel Octane: workers start, requests are served, then the kernel kills it. */
const OCTANE_LOG = [
  '   INFO  Server running….',
  '  Local: http://0.0.0.0:8000',
  '  200    GET /api/products .............. 41.22 mb 18.40 ms',
  '  200    GET /api/cart .................. 44.10 mb 11.02 ms',
].join('\n');

const container = (name: string, extra: Partial<ContainerSpecText> = {}): ContainerSpecText => ({
  name,
  ...extra,
});

describe('memory budgets a container spec sets for its server', () => {
  it("reads memcached's -m as megabytes, bare or with =", () => {
    expect(
      specMemoryBudgets(container('memcached', { args: ['memcached', '-m', '6144', '-c', '8192'] })),
    ).toEqual([
      { kind: 'sized', setting: 'memcached -m 6144', where: 'args of memcached', bytes: 6144 * 2 ** 20 },
    ]);
    const long = specMemoryBudgets(
      container('cache', { command: ['/usr/bin/memcached', '--memory-limit=2048'] }),
    );
    expect(long[0]).toMatchObject({ kind: 'sized', bytes: 2048 * 2 ** 20 });
  });

  it("reads Redis's --maxmemory in Redis's own units and an output buffer class without a bound", () => {
    const budgets = specMemoryBudgets(
      container('redis', {
        args: ['redis-server', '--maxmemory', '4gb', '--client-output-buffer-limit', 'pubsub', '0', '0', '0'],
      }),
    );
    expect(budgets).toContainEqual({
      kind: 'sized',
      setting: '--maxmemory 4gb',
      where: 'args of redis',
      bytes: 4 * 2 ** 30,
    });
    expect(budgets).toContainEqual({
      kind: 'unbounded',
      setting: '--client-output-buffer-limit pubsub 0 0 0',
      where: 'args of redis',
    });
    // `4g` is 4,000,000,000 bytes to Redis, not 4 GiB.
    const decimal = specMemoryBudgets(container('valkey', { args: ['valkey-server', '--maxmemory', '4g'] }));
    expect(decimal[0]).toMatchObject({ bytes: 4e9 });
  });

  it('does not read a bounded class, or the normal class (unbounded by default, and harmless), as unbounded', () => {
    const args = [
      'redis-server',
      '--client-output-buffer-limit',
      'normal',
      '0',
      '0',
      '0',
      '--client-output-buffer-limit',
      'pubsub',
      '32mb',
      '8mb',
      '60',
    ];
    expect(specMemoryBudgets(container('redis', { args }))).toEqual([]);
  });

  it("reads Varnish's malloc storage, and its Transient storage unbounded unless -s Transient= bounds it", () => {
    const open = specMemoryBudgets(container('varnish', { args: ['varnishd', '-F', '-s', 'malloc,1536M'] }));
    expect(open).toEqual([
      { kind: 'sized', setting: 'varnishd -s malloc,1536M', where: 'args of varnish', bytes: 1536 * 2 ** 20 },
      {
        kind: 'unbounded',
        setting: 'varnishd Transient storage (no -s Transient=malloc,SIZE)',
        where: 'args of varnish',
      },
    ]);
    const bounded = specMemoryBudgets(
      container('varnish', { args: ['varnishd', '-s', 'mem=malloc,1G', '-s', 'Transient=malloc,256M'] }),
    );
    expect(bounded).toEqual([
      {
        kind: 'sized',
        setting: 'varnishd -s mem=malloc,1G -s Transient=malloc,256M',
        where: 'args of varnish',
        bytes: 1.25 * 2 ** 30,
      },
    ]);
  });

  it("reads a JVM's initial heap from the command line and from an options variable", () => {
    const env = [{ name: 'LIFERAY_JVM_OPTS', value: '-Xms4g -Xmx4g -XX:MaxMetaspaceSize=768m' }];
    expect(specMemoryBudgets(container('liferay', { env }))).toEqual([
      {
        kind: 'sized',
        setting: "-Xms4g (the JVM's initial heap)",
        where: 'env LIFERAY_JVM_OPTS of liferay',
        bytes: 4 * 2 ** 30,
      },
    ]);
    const args = specMemoryBudgets(
      container('app', { command: ['java', '-XX:InitialHeapSize=2g', '-jar', 'app.jar'] }),
    );
    expect(args[0]).toMatchObject({ kind: 'sized', bytes: 2 * 2 ** 30 });
  });

  it('reads flags and env variables named for a memory budget, with a unit', () => {
    const budgets = specMemoryBudgets(
      container('dragonfly', {
        args: ['dragonfly', '--maxmemory=12gb', '--cache-size', '512MB', '--threads=4'],
        env: [
          { name: 'INNODB_BUFFER_POOL_SIZE', value: '6G' },
          { name: 'DATABASE_PASSWORD', value: 'hunter2-but-6G' },
        ],
      }),
    );
    expect(budgets.map((b) => b.setting)).toEqual([
      '--maxmemory=12gb',
      '--cache-size 512MB',
      'INNODB_BUFFER_POOL_SIZE=6G',
    ]);
  });

  it('leaves disk, log, per-query and per-request sizes, bare numbers and PHP’s per-child cap alone', () => {
    const budgets = specMemoryBudgets(
      container('app', {
        args: [
          'server',
          '--log.max-size=2GB',
          '--disk-cache-size=50GB',
          '--query.max-memory=20GB',
          '--max-request-body-size=1GB',
          '--cache-size=4096',
        ],
        env: [
          { name: 'PHP_MEMORY_LIMIT', value: '512M' },
          { name: 'WAL_CACHE_SIZE', value: '8G' },
          { name: 'CACHE_SIZE' },
        ],
      }),
    );
    expect(budgets).toEqual([]);
  });

  it("reads PHP-FPM's pool as its children times each child's cap", () => {
    const env = [
      { name: 'PHP_MEMORY_LIMIT', value: '256M' },
      { name: 'FPM_PM_MAX_CHILDREN', value: '50' },
    ];
    expect(specMemoryBudgets(container('php-fpm', { env }))).toEqual([
      {
        kind: 'per-worker',
        setting: 'FPM_PM_MAX_CHILDREN=50 × PHP_MEMORY_LIMIT=256M',
        where: 'env and args of php-fpm',
        workers: 50,
        bytesEach: 256 * 2 ** 20,
      },
    ]);
    const args = specMemoryBudgets(
      container('fpm', { args: ['php-fpm', '-d', 'memory_limit=128M', '-dpm.max_children=10'] }),
    );
    expect(args[0]).toMatchObject({ kind: 'per-worker', workers: 10, bytesEach: 128 * 2 ** 20 });
  });

  it("reads MySQL's connections times the buffers each may take", () => {
    const args = [
      '--innodb-buffer-pool-size=3G',
      '--max-connections=400',
      '--sort-buffer-size=256M',
      '--join_buffer_size=256M',
    ];
    expect(specMemoryBudgets(container('mysql', { args }))).toContainEqual({
      kind: 'per-worker',
      setting: '--max-connections=400 --sort-buffer-size=256M --join_buffer_size=256M',
      where: 'args of mysql',
      workers: 400,
      bytesEach: 512 * 2 ** 20,
    });
  });

  it('reads a worker count that follows the node’s CPUs', () => {
    const octane = specMemoryBudgets(
      container('storefront', {
        args: ['php', 'artisan', 'octane:start', '--server=swoole', '--workers=auto'],
      }),
    );
    expect(octane).toEqual([
      { kind: 'auto-workers', setting: '--workers=auto', where: 'args of storefront' },
    ]);
    const pm2 = specMemoryBudgets(
      container('api', { command: ['pm2-runtime', 'start', 'server.js', '-i', 'max'] }),
    );
    expect(pm2).toEqual([{ kind: 'auto-workers', setting: 'pm2 -i max', where: 'args of api' }]);
    expect(specMemoryBudgets(container('api', { args: ['--workers=4', '--max-requests=500'] }))).toEqual([]);
  });

  it('bounds what it keeps: six budgets at most, each setting at most 120 characters', () => {
    const args = ['memcached', ...Array.from({ length: 20 }, (_, i) => `--l${i}-cache-size=${i + 1}G`)];
    const budgets = specMemoryBudgets(
      container('x', { args: [...args, `--${'a'.repeat(300)}-cache-size=1G`] }),
    );
    expect(budgets.length).toBe(6);
    for (const b of budgets) expect(b.setting.length).toBeLessThanOrEqual(120);
  });

  it('is carried from the pod spec into the container summary', () => {
    const pod = {
      metadata: { name: 'sessions-0', namespace: 'shop' },
      spec: {
        containers: [{ name: 'memcached', image: 'memcached:1.6.29', args: ['memcached', '-m', '6144'] }],
      },
      status: {
        containerStatuses: [{ name: 'memcached', ready: true, restartCount: 3, image: 'memcached:1.6.29' }],
      },
    } as unknown as Pod;
    const [summary] = summariseContainers(pod);
    expect(summary?.memoryBudgets).toEqual([
      { kind: 'sized', setting: 'memcached -m 6144', where: 'args of memcached', bytes: 6144 * 2 ** 20 },
    ]);
  });
});

type Spec = Pick<ContainerSummary, 'resources' | 'memoryBudgets'>;

/** The best candidate for a container the kernel killed for memory, whose spec is `spec`. */
function oomKilled(log: string, spec: Spec, sample: Partial<EvidenceSample> = {}) {
  const evidence = evidenceFixture({
    signal: 'OOMKilled',
    previousLog: log,
    reason: 'CrashLoopBackOff',
    lastReason: 'OOMKilled',
    lastExitCode: 137,
    ...sample,
  });
  const app = evidence.containers[0];
  if (app) Object.assign(app, spec);
  const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
  if (result.kind !== 'matched') throw new Error(result.reason);
  return { best: result.best, digest: describeText(evidence, undefined) };
}

const kinds = (best: { actions: readonly { kind: string }[] }) => best.actions.map((a) => a.kind);
const limits = (memory: string, cpu?: string) => ({ limits: { memory, ...(cpu ? { cpu } : {}) } });
const budgetsOf = (spec: ContainerSpecText) => specMemoryBudgets(spec);

describe('weighing a kernel kill against the budgets the spec sets', () => {
  it('escalates when memcached may store more than its whole limit (-m 6144 in 4Gi), naming the setting', () => {
    const { best, digest } = oomKilled(MEMCACHED_LOG, {
      resources: limits('4Gi', '2'),
      memoryBudgets: budgetsOf(container('memcached', { args: ['memcached', '-m', '6144'] })),
    });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('memcached -m 6144, args of memcached');
    expect(digest).toContain('Memory budget:  memcached -m 6144 (args of memcached)');
  });

  it('raises when the budget is the size of the limit: the server’s own overhead needs the room (-m 1024 in 1Gi)', () => {
    const { best } = oomKilled(MEMCACHED_LOG, {
      resources: limits('1Gi', '1'),
      memoryBudgets: budgetsOf(container('memcached', { args: ['memcached', '-m', '1024'] })),
    });
    expect(kinds(best)).toContain('raise-memory-limit');
  });

  it('escalates when a JVM starts with a heap above the limit (-Xms4g in 3Gi)', () => {
    const { best } = oomKilled(PORTAL_LOG, {
      resources: limits('3Gi', '2'),
      memoryBudgets: budgetsOf(
        container('liferay', { env: [{ name: 'JAVA_OPTS', value: '-Xms4g -Xmx4g' }] }),
      ),
    });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('-Xms4g');
  });

  it('escalates when an area has no bound (Redis pub/sub buffers, Varnish Transient storage)', () => {
    const redis = oomKilled(REDIS_LOG, {
      resources: limits('2Gi', '1'),
      memoryBudgets: budgetsOf(
        container('redis', {
          args: [
            'redis-server',
            '--maxmemory',
            '512mb',
            '--client-output-buffer-limit',
            'pubsub',
            '0',
            '0',
            '0',
          ],
        }),
      ),
    });
    expect(kinds(redis.best)).toEqual(['escalate']);
    expect(redis.best.summary).toContain('--client-output-buffer-limit pubsub 0 0 0');
    const varnish = oomKilled(VARNISH_LOG, {
      resources: limits('2Gi', '2'),
      memoryBudgets: budgetsOf(container('varnish', { args: ['varnishd', '-F', '-s', 'malloc,1536M'] })),
    });
    expect(kinds(varnish.best)).toEqual(['escalate']);
    expect(varnish.best.summary).toContain('Transient');
  });

  it('raises when Varnish bounds its Transient storage and its stores fit the limit', () => {
    const { best } = oomKilled(VARNISH_LOG, {
      resources: limits('2Gi', '2'),
      memoryBudgets: budgetsOf(
        container('varnish', { args: ['varnishd', '-s', 'malloc,1G', '-s', 'Transient=malloc,256M'] }),
      ),
    });
    expect(kinds(best)).toContain('raise-memory-limit');
  });

  it('escalates an "auto" worker count on a small CPU limit, and raises on a large one', () => {
    const budgets = budgetsOf(
      container('storefront', { args: ['php', 'artisan', 'octane:start', '--workers=auto'] }),
    );
    const small = oomKilled(OCTANE_LOG, { resources: limits('1Gi', '1'), memoryBudgets: budgets });
    expect(kinds(small.best)).toEqual(['escalate']);
    expect(small.best.summary).toContain('--workers=auto');
    const large = oomKilled(OCTANE_LOG, { resources: limits('1Gi', '8'), memoryBudgets: budgets });
    expect(kinds(large.best)).toContain('raise-memory-limit');
    const unlimited = oomKilled(OCTANE_LOG, { resources: limits('1Gi'), memoryBudgets: budgets });
    expect(kinds(unlimited.best)).toContain('raise-memory-limit');
  });

  it("raises for a PHP-FPM pool whose worst case exceeds the limit: children rarely reach PHP's cap", () => {
    const { best, digest } = oomKilled(OCTANE_LOG, {
      resources: limits('448Mi', '2'),
      memoryBudgets: budgetsOf(
        container('php-fpm', {
          env: [
            { name: 'PHP_MEMORY_LIMIT', value: '128M' },
            { name: 'PHP_FPM_PM_MAX_CHILDREN', value: '10' },
          ],
        }),
      ),
    });
    expect(kinds(best)).toContain('raise-memory-limit');
    expect(digest).toContain('PHP_FPM_PM_MAX_CHILDREN=10 × PHP_MEMORY_LIMIT=128M');
  });

  it('escalates when the workers may take four times the limit or more (MySQL: 400 connections of 512 MiB in 6Gi)', () => {
    const { best } = oomKilled(MEMCACHED_LOG, {
      resources: limits('6Gi', '4'),
      memoryBudgets: budgetsOf(
        container('mysql', {
          args: ['--max-connections=400', '--sort-buffer-size=256M', '--join-buffer-size=256M'],
        }),
      ),
    });
    expect(kinds(best)).toEqual(['escalate']);
    expect(best.summary).toContain('Its 400 workers may each take their own buffers');
  });

  it('leaves a container that was not killed for memory alone', () => {
    const evidence = evidenceFixture({
      previousLog: '2026-02-11T08:01:02Z ERROR failed to connect to db: connection refused',
      reason: 'CrashLoopBackOff',
      lastReason: 'Error',
      lastExitCode: 1,
    });
    const app = evidence.containers[0];
    if (app) app.memoryBudgets = budgetsOf(container('memcached', { args: ['memcached', '-m', '6144'] }));
    const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
    expect(result.kind === 'matched' ? result.best.summary : '').not.toContain('memcached -m 6144');
  });
});
