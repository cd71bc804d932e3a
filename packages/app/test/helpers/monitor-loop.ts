import type { Agent } from '../../src/compose/create-agent.ts';
import type { SandboxMode } from '../../src/runtime/sandbox-mode.ts';
import { runMonitor } from '../../src/use-cases/run-monitor.ts';

/**
 * The monitor every simulated minute and the sandbox's controllers in between (six 10-second
 * ticks), until the first incident is resolved or `minutes` have passed.
 */
export async function monitorUntilResolved(agent: Agent, mode: SandboxMode, minutes = 45): Promise<void> {
  for (let minute = 0; minute < minutes; minute += 1) {
    await runMonitor(agent);
    await agent.localQueue?.drain();
    const [incident] = await agent.stores.incidents.listRecent({ since: new Date(0) });
    if (incident?.status === 'resolved') return;
    for (let step = 0; step < 6; step += 1) mode.sandbox.engine.tick(10_000);
  }
}
