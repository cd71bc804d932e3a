import { ValidationError } from '@sre-agent/core';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

export function registerDemoCommand(demo: Command, io: CliIo): void {
  demo
    .requiredOption(
      '-s, --scenario <name>',
      'sandbox scenario, e.g. oom-kill (see `sre-agent sandbox --help`)',
    )
    .option('--json', 'print one JSON document instead of the story')
    .option('--max-minutes <n>', 'simulated minutes before giving up', '60')
    .option('--for <duration>', 'run this much simulated time whatever happens, e.g. 90m, 6h, 2d')
    .action(async (options: { scenario: string; json?: boolean; maxMinutes: string; for?: string }) => {
      const maxMinutes = Math.max(1, Number(options.maxMinutes) || 60);
      const forMinutes = options.for === undefined ? undefined : parseMinutes(options.for);
      if (forMinutes === null) {
        throw new ValidationError(`--for ${options.for}: expected a duration such as 90m, 6h or 2d`);
      }
      if (!options.json)
        io.out(`Scenario ${options.scenario}: the agent watches the sandbox cluster (simulated time).`);
      const { runDemo } = await import('../runtime/demo.ts');
      const report = await runDemo({
        scenario: options.scenario,
        maxMinutes,
        ...(forMinutes !== undefined ? { forMinutes } : {}),
        ...(options.json ? {} : { onNotification: (line: string) => io.out(line) }),
      });
      if (options.json) {
        io.out(JSON.stringify(report, null, 2));
        return;
      }
      for (const q of report.quarantines) {
        io.out(`→ ${q.namespace}/${q.pod} (${q.finding}): ${q.outcome}`);
      }
      for (const incident of report.incidents) {
        io.out(`→ ${incident.namespace}/${incident.workload} (${incident.signal}): ${incident.outcome}`);
      }
      if (report.mttrSeconds !== null) io.out(`mean time to resolve: ${report.mttrSeconds} s (simulated)`);
      io.out(`pages (notifications that asked a human to act): ${report.pages}`);
    });
}

/** Minutes in `90m`, `6h`, `2d` (or a bare number of minutes); null when malformed. */
export function parseMinutes(text: string): number | null {
  const match = /^(\d{1,5})([mhd]?)$/.exec(text.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  const unit = match[2] === 'd' ? 1440 : match[2] === 'h' ? 60 : 1;
  return value * unit > 0 ? value * unit : null;
}
