import { SreAgentError } from '@sre-agent/core';
import { Command, CommanderError } from 'commander';
import { registerBenchCommand } from './commands/bench.ts';
import { registerCostCommand } from './commands/cost.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerLogsCommand } from './commands/logs.ts';
import { registerMemoryCommand } from './commands/memory.ts';
import { registerRbacCommand } from './commands/rbac.ts';
import { registerSandboxCommand } from './commands/sandbox.ts';
import { registerSecurityCommand } from './commands/security.ts';
import { registerStartCommand } from './commands/start.ts';
import { type CliIo, processIo } from './io.ts';

/** Every command module registers itself on the program. */
const COMMANDS: readonly ((program: Command, io: CliIo) => void)[] = [
  registerStartCommand,
  registerDemoCommand,
  registerBenchCommand,
  registerMemoryCommand,
  registerLogsCommand,
  registerSandboxCommand,
  registerRbacCommand,
  registerSecurityCommand,
  registerCostCommand,
];

export function buildProgram(io: CliIo = processIo): Command {
  const program = new Command('sre-agent')
    .description('An autonomous SRE for Kubernetes on AWS.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** Runs the CLI and returns the process exit code; errors become one clear line, never a stack trace. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof SreAgentError) {
      io.err(`sre-agent: ${error.message}`);
      return error.code === 'VALIDATION' || error.code === 'CONFIG' ? 2 : 1;
    }
    io.err(`sre-agent: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
