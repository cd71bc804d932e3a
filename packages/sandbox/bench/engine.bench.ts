import { ManualClock } from '@sre-agent/core';
import { createCluster } from '../src/cluster.ts';
import { listScenarios } from '../src/scenarios/catalog.ts';

type Io = { out(text: string): void; err(text: string): void };

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Figures of the sandbox engine: scenario start-up (history replay), simulated time per real
 * time on a crash-looping scenario, and building and reconciling a 10,000-pod generated cluster.
 */
export async function runBench(io: Io): Promise<void> {
  io.out('scenario start-up (objects + history replay, in-process):');
  for (const scenario of listScenarios()) {
    const { ms: took } = timed(() =>
      createCluster({ scenario: scenario.name, clock: new ManualClock('2026-03-01T12:00:00Z') }),
    );
    io.out(`  ${scenario.name.padEnd(26)} ${ms(took)}`);
  }

  const oom = createCluster({ scenario: 'oom-kill', clock: new ManualClock('2026-03-01T12:00:00Z') });
  const hour = timed(() => oom.engine.tick(60 * 60_000));
  io.out(`oom-kill: one simulated hour of crash loops in ${ms(hour.ms)}`);

  const built = timed(() =>
    createCluster({
      scenario: 'healthy',
      clock: new ManualClock('2026-03-01T12:00:00Z'),
      generate: { namespaces: 100, podsPerNamespace: 100 },
    }),
  );
  const big = built.value;
  io.out(
    `generated cluster: ${big.state.list('Pod').length} pods on ${big.state.list('Node').length} nodes in ${ms(built.ms)}`,
  );
  const settle = timed(() => {
    for (let i = 0; i < 10; i++) big.engine.settle();
  });
  io.out(`  settle (steady state): ${ms(settle.ms / 10)} each`);
  const tick = timed(() => big.engine.tick(10 * 60_000));
  io.out(`  ten simulated minutes: ${ms(tick.ms)}`);
  const def = big.registry.byKind('Pod');
  const paged = timed(() => {
    let pages = 0;
    let token = '';
    do {
      const query = new URLSearchParams({ limit: '500', ...(token ? { continue: token } : {}) });
      token = big.api.list(def, undefined, query).metadata.continue ?? '';
      pages++;
    } while (token);
    return pages;
  });
  io.out(`  list all pods, 500 per page (API layer, no HTTP): ${paged.value} pages in ${ms(paged.ms)}`);
  const write = timed(() =>
    big.api.patch(
      big.registry.byKind('Deployment'),
      'team-0001',
      'svc-001',
      JSON.stringify({ spec: { replicas: 12 } }),
      'application/merge-patch+json',
      { dryRun: false },
    ),
  );
  io.out(`  one write + reconcile (scale a deployment 10 → 12): ${ms(write.ms)}`);
}
