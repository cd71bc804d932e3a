import { performance } from 'node:perf_hooks';
import type { CliIo } from '../src/io.ts';
import { runDemo } from '../src/runtime/demo.ts';
import { showcaseScenario } from '../src/runtime/showcase.ts';
import { summariseSoak } from '../src/runtime/soak.ts';

const HOURS = 48;

/** The whole showcase for 48 sandbox hours: actions, pages and false resolutions per scenario. */
export async function runBench(io: CliIo): Promise<void> {
  const started = performance.now();
  const report = await runDemo({
    scenario: showcaseScenario(),
    start: new Date('2026-12-02T03:00:00Z'),
    forMinutes: HOURS * 60,
  });
  const soak = summariseSoak(report, HOURS, 5);
  const seconds = (performance.now() - started) / 1000;
  io.out(`showcase soak: ${HOURS} sandbox hours in ${seconds.toFixed(0)} s of real time`);
  io.out(
    `${'scenario'.padEnd(52)} ${'incidents'.padStart(9)} ${'actions'.padStart(7)} ${'no-ops'.padStart(6)} ${'pages'.padStart(5)} ${'false res.'.padStart(10)}`,
  );
  for (const s of soak.scenarios) {
    io.out(
      `${s.scenario.padEnd(52)} ${String(s.incidents).padStart(9)} ${String(s.actions).padStart(7)} ${String(s.noOps).padStart(6)} ${String(s.pages).padStart(5)} ${String(s.falseResolutions).padStart(10)}`,
    );
  }
  io.out(
    `pages: ${soak.pages} (${soak.pagesPerHour.toFixed(2)}/h, busiest hour ${soak.busiestHourPages}); false resolutions: ${soak.falseResolutions.length}; repeated without effect: ${soak.repeatedWithoutEffect.length}; breaker tripped: ${soak.breakerTripped}`,
  );
}
