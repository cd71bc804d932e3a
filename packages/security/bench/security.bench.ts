import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { startSandbox } from '@sre-agent/sandbox';
import { parse } from 'yaml';
import { readClusterInventory } from '../src/cluster-inventory.ts';
import type { PssLevel } from '../src/pss/check.ts';
import { evaluatePodSecurity, PSS_CHECKS, PSS_POLICY_VERSION, replacementOf } from '../src/pss/registry.ts';
import { scanInventory } from '../src/scan.ts';
import { parseWorkload } from '../src/workloads.ts';

type Io = { out(text: string): void; err(text: string): void };

const ms = (n: number) => `${n.toFixed(0)} ms`;
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(process.env.SRE_AGENT_EVAL_DIR ?? join(REPO_ROOT, '../shared/eval'), 'pss');

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** Agreement with the official fixtures of one level: pass pods that pass, fail pods that fail with their check. */
function fixtureAgreement(level: PssLevel): { agree: number; total: number } {
  let agree = 0;
  let total = 0;
  for (const outcome of ['pass', 'fail'] as const) {
    const dir = join(FIXTURES, level, PSS_POLICY_VERSION, outcome);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      total++;
      const parsed = parseWorkload('Pod', parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.ok) continue;
      const checks = evaluatePodSecurity(parsed.workload.pod, level).map((v) => v.check);
      const named = PSS_CHECKS.find((c) => c.id.toLowerCase() === file.replace(/\d*\.yaml$/, ''));
      const expected = named && ((level === 'restricted' ? replacementOf(named.id) : undefined) ?? named.id);
      if (outcome === 'pass' ? checks.length === 0 : expected !== undefined && checks.includes(expected))
        agree++;
    }
  }
  return { agree, total };
}

/**
 * Figures of the posture scan: agreement with the official Pod Security Standards fixtures, and
 * a scan of the sandbox's generated 10,000-pod cluster read through the real Kubernetes client.
 */
export async function runBench(io: Io): Promise<void> {
  if (existsSync(FIXTURES)) {
    for (const level of ['baseline', 'restricted'] as const) {
      const { agree, total } = fixtureAgreement(level);
      io.out(`official PSS fixtures (${PSS_POLICY_VERSION}) at ${level}: ${agree}/${total} agree`);
    }
  } else {
    io.out(`official PSS fixtures: skipped, ${FIXTURES} is absent`);
  }

  const clock = new ManualClock('2026-03-01T12:00:00Z');
  const started = await timed(() =>
    startSandbox({ scenario: 'healthy', clock, generate: { namespaces: 100, podsPerNamespace: 100 } }),
  );
  const sandbox = started.value;
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock, logger: silentLogger },
  );
  try {
    io.out(`generated sandbox cluster started in ${ms(started.ms)}`);
    const read = await timed(() => readClusterInventory(access.reader));
    const inventory = read.value;
    const pods = inventory.workloads.filter((w) => w.kind === 'Pod');
    io.out(
      `  read ${inventory.workloads.length} pods and workloads (${pods.length} pods) over HTTP in ${ms(read.ms)}`,
    );
    const scan = await timed(() => scanInventory(inventory, { level: 'restricted' }));
    io.out(
      `  scan (restricted, owned pods checked through their templates): ${scan.value.podSpecs} pod specs, ${scan.value.findings.length} findings in ${ms(scan.ms)}`,
    );
    const each = await timed(() =>
      pods.reduce((n, w) => n + evaluatePodSecurity(w.pod, 'restricted').length, 0),
    );
    io.out(
      `  every pod evaluated on its own (restricted): ${pods.length} pods, ${each.value} violations in ${ms(each.ms)}`,
    );
    io.out(`  total, read + scan: ${ms(read.ms + scan.ms)}`);
  } finally {
    await access.close();
    await sandbox.close();
  }
}
