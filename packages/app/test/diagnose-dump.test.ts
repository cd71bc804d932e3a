import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ManualClock } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { type DiagnoseReport, DiagnoseReportSchema } from '@sre-agent/healing';
import { openClusterDump } from '@sre-agent/kube';
import { describeClusterReaderContract } from '@sre-agent/kube/testing';
import { listScenarios, startSandbox } from '@sre-agent/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';

const run = promisify(execFile);
/** The real kubectl, or why the test cannot run (the only reason it is ever skipped). */
const { kubectl, missing } = (() => {
  try {
    return { kubectl: testBinary('kubectl'), missing: undefined };
  } catch (error) {
    return { kubectl: undefined, missing: (error as Error).message };
  }
})();

/**
 * What `diagnose --dump` must find for each built-in scenario (the catalog's `expectedFix` in
 * catalog terms): the failing workload or node, and the first thing the agent would do.
 */
const EXPECTED: Record<string, { namespace: string; workload: string; first: string; category?: string }> = {
  'oom-kill': {
    namespace: 'shop',
    workload: 'order-service',
    first: 'raise-memory-limit',
    category: 'memory',
  },
  'java-heap': {
    namespace: 'orders',
    workload: 'billing-api',
    first: 'raise-memory-limit',
    category: 'memory',
  },
  'crashloop-db-timeout': { namespace: 'payments', workload: 'payment-api', first: 'escalate' },
  'crashloop-missing-config': { namespace: 'catalog', workload: 'catalog-api', first: 'escalate' },
  'bad-deploy-rollback': { namespace: 'checkout', workload: 'checkout-web', first: 'rollback' },
  'image-pull-backoff': { namespace: 'search', workload: 'search-indexer', first: 'escalate' },
  'node-not-ready': {
    namespace: '',
    workload: 'ip-10-0-3-17.eu-west-1.compute.internal',
    first: 'cordon-drain-node',
  },
  'liveness-probe-failure': { namespace: 'inventory', workload: 'inventory-api', first: 'rollout-restart' },
  'redis-cache-full': { namespace: 'sessions', workload: 'session-service', first: 'flush-redis-cache' },
  'api-key-revoked': { namespace: 'notifications', workload: 'notification-sender', first: 'escalate' },
  'node-dead': {
    namespace: '',
    workload: 'ip-10-0-2-208.eu-west-1.compute.internal',
    first: 'cordon-drain-node',
  },
  'cache-refills': {
    namespace: 'recommendations',
    workload: 'recommendation-api',
    first: 'flush-redis-cache',
  },
  'hang-recurring': { namespace: 'documents', workload: 'pdf-renderer', first: 'rollout-restart' },
  'db-outage-cascade': { namespace: 'commerce', workload: 'cart-api', first: 'escalate' },
};

/**
 * Scenarios whose dump shows no failing workload or node: their problem reaches the agent another
 * way (crypto-miner: a GuardDuty finding, quarantined; zombie-namespace: the cost sweep's metrics;
 * memory-creep, volume-filling: the forecasts over the recorded usage).
 */
const NOTHING_TO_DIAGNOSE = ['healthy', 'crypto-miner', 'zombie-namespace', 'memory-creep', 'volume-filling'];

/** Runs the CLI in process and returns its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'sre-agent', ...args], {
    out: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

/** Starts the scenario's sandbox and writes `kubectl cluster-info dump -A` of it into `dir`. */
async function dumpScenario(binary: string, scenario: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const sandbox = await startSandbox({ scenario, clock: new ManualClock('2026-06-01T09:00:00Z') });
  try {
    const kubeconfig = join(dir, 'kubeconfig');
    await sandbox.writeKubeconfig(kubeconfig);
    // The API server runs in this process: kubectl must run asynchronously.
    await run(
      binary,
      [
        '--kubeconfig',
        kubeconfig,
        '--cache-dir',
        join(dir, 'cache'),
        'cluster-info',
        'dump',
        '-A',
        '--output-directory',
        join(dir, 'dump'),
      ],
      { timeout: 120_000 },
    );
  } finally {
    await sandbox.close();
  }
}

describe.skipIf(!kubectl)(
  `diagnose --dump on real kubectl cluster-info dumps of every sandbox scenario${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    const scenarios = listScenarios().map((s) => s.name);
    let root = '';

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'diagnose-dump-'));
      // Each dump is throttled by kubectl itself (5 requests a second): run them side by side.
      await Promise.all(scenarios.map((name) => dumpScenario(kubectl ?? 'kubectl', name, join(root, name))));
    }, 240_000);
    afterAll(async () => {
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('has an expectation for every failing scenario', () => {
      expect(new Set([...Object.keys(EXPECTED), ...NOTHING_TO_DIAGNOSE])).toEqual(new Set(scenarios));
    });

    it.each(Object.keys(EXPECTED))('%s: finds the failing workload and what fixes it', async (name) => {
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`no expectation for ${name}`);

      const { code, out, err } = await cli('diagnose', '--dump', join(root, name, 'dump'), '--json');

      expect(code, err).toBe(0);
      const report: DiagnoseReport = DiagnoseReportSchema.parse(JSON.parse(out));
      const found = report.diagnoses.find(
        (d) => d.workload === expected.workload && d.namespace === expected.namespace,
      );
      expect(
        found,
        JSON.stringify(report.diagnoses.map((d) => `${d.namespace}/${d.workload}`)),
      ).toBeDefined();
      expect(found?.actions[0]?.kind, JSON.stringify(found?.diagnosis)).toBe(expected.first);
      if (expected.category) expect(found?.diagnosis.category).toBe(expected.category);
      expect(found?.evidence.length).toBeGreaterThan(0);
    });

    // The dump reader is a ClusterReader like any other: the same contract as the API adapter.
    describeClusterReaderContract(
      'DumpClusterReader on a kubectl dump of the oom-kill sandbox',
      async () => ({
        reader: await openClusterDump(join(root, 'oom-kill', 'dump')),
      }),
    );

    it('diagnoses the workload or node asked for, or every failing one, and says so when it does not exist', async () => {
      const oom = join(root, 'oom-kill', 'dump');
      const node = 'ip-10-0-3-17.eu-west-1.compute.internal';

      const workload = await cli('diagnose', '--dump', oom, 'shop/order-service', '--json');
      const all = JSON.parse((await cli('diagnose', '--dump', oom, '--json')).out) as DiagnoseReport;
      const text = await cli('diagnose', '--dump', join(root, 'node-not-ready', 'dump'), `node/${node}`);
      const missing = await cli('diagnose', '--dump', oom, 'shop/no-such-service');

      const parsed = DiagnoseReportSchema.parse(JSON.parse(workload.out));
      expect(parsed.diagnoses.map((d) => [d.workload, d.actions[0]?.kind])).toEqual([
        ['order-service', 'raise-memory-limit'],
      ]);
      expect(all.diagnoses).toHaveLength(1);
      expect(text.code).toBe(0);
      expect(text.out).toContain(`${node} (Node): NodeNotReady`);
      expect(text.out).toMatch(/1\. cordon-drain-node: would only report it/);
      expect(missing.code).toBe(1);
      expect(missing.err.trim()).toBe('sre-agent: no workload or pod shop/no-such-service in cluster dump');
    });

    it("weighs an alert pasted with --alert as an incident would: the alert's words withdraw the raise, redacted", async () => {
      const oom = join(root, 'oom-kill', 'dump');
      const { code, out } = await cli(
        'diagnose',
        '--dump',
        oom,
        'shop/order-service',
        '--json',
        '--alert',
        'ContainerMemoryGrowth: order-service working set grows ~4Mi/min at a flat 120 req/s since revision 7; token=sk_live_51HxTestSecretValue0000',
      );
      expect(code).toBe(0);
      const [diagnosis] = DiagnoseReportSchema.parse(JSON.parse(out)).diagnoses;
      expect(diagnosis?.actions[0]?.kind).toBe('escalate');
      expect(diagnosis?.diagnosis.summary).toContain('Its alert says the memory leaks');
      expect(out).not.toContain('sk_live_51HxTestSecretValue0000');
    });

    it('refuses --alert without one workload, or more than three, before reading anything', async () => {
      const oom = join(root, 'oom-kill', 'dump');
      const none = await cli('diagnose', '--dump', oom, '--alert', 'X: something');
      const four = await cli(
        'diagnose',
        '--dump',
        oom,
        'shop/order-service',
        ...['A: a', 'B: b', 'C: c', 'D: d'].flatMap((a) => ['--alert', a]),
      );
      expect(none.code).toBe(2);
      expect(none.err).toContain('--alert needs one workload to be about');
      expect(four.code).toBe(2);
      expect(four.err).toContain('at most 3 --alert options');
    });

    it.each(NOTHING_TO_DIAGNOSE)('%s: finds nothing to diagnose', async (name) => {
      const { code, out } = await cli('diagnose', '--dump', join(root, name, 'dump'), '--json');

      expect(code).toBe(0);
      expect(DiagnoseReportSchema.parse(JSON.parse(out))).toEqual({ diagnoses: [] });
    });
  },
);
