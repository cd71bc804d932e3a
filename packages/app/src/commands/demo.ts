import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('run a sandbox scenario and the agent together until the incident is resolved or escalated')
    .requiredOption(
      '-s, --scenario <name>',
      'sandbox scenario, e.g. oom-kill (see `sre-agent sandbox --help`)',
    )
    .option('--json', 'print one JSON document instead of the story')
    .option('--max-minutes <n>', 'simulated minutes before giving up', '60')
    .action(async (options: { scenario: string; json?: boolean; maxMinutes: string }) => {
      const maxMinutes = Math.max(1, Number(options.maxMinutes) || 60);
      if (!options.json)
        io.out(`Scenario ${options.scenario}: the agent watches the sandbox cluster (simulated time).`);
      const { runDemo } = await import('../runtime/demo.ts');
      const report = await runDemo({
        scenario: options.scenario,
        maxMinutes,
        ...(options.json ? {} : { onNotification: (line: string) => io.out(line) }),
      });
      if (options.json) {
        io.out(JSON.stringify(report, null, 2));
        return;
      }
      for (const incident of report.incidents) {
        io.out(`→ ${incident.namespace}/${incident.workload} (${incident.signal}): ${incident.outcome}`);
      }
      if (report.mttrSeconds !== null) io.out(`mean time to resolve: ${report.mttrSeconds} s (simulated)`);
    });
}
