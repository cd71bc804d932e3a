import { SreAgentError } from '@sre-agent/core';
import { Command, CommanderError, Help } from 'commander';
import { type CliIo, processIo } from './io.ts';

/**
 * Adds a command's options, arguments, subcommands and action to `command`, which already has its
 * name and summary.
 */
export type DefineCommand = (command: Command, io: CliIo) => void;

type CommandEntry = {
  name: string;
  /** What the program's help shows after the name (commander's term for the full definition). */
  usage: string;
  summary: string;
  /** Imports the command's module only when the command runs, so one command never loads the others. */
  load: () => Promise<DefineCommand>;
};

/** The CLI's commands, in the order its help lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'start',
    usage: '[options]',
    summary: 'run the agent locally on its embedded defaults: HTTP endpoints, scheduler, queue worker',
    load: async () => (await import('./commands/start.ts')).registerStartCommand,
  },
  {
    name: 'demo',
    usage: '[options]',
    summary: 'run a sandbox scenario and the agent together until the incident is resolved or escalated',
    load: async () => (await import('./commands/demo.ts')).registerDemoCommand,
  },
  {
    name: 'bench',
    usage: '[filters...]',
    summary: 'run the benchmarks (all, or those whose path contains a filter) and print their figures',
    load: async () => (await import('./commands/bench.ts')).registerBenchCommand,
  },
  {
    name: 'diagnose',
    usage: '[options] [target]',
    summary:
      'diagnose a workload, a node or every failing one and say what the agent would do, changing nothing (the configured cluster, or a kubectl cluster-info dump with --dump)',
    load: async () => (await import('./commands/diagnose.ts')).registerDiagnoseCommand,
  },
  {
    name: 'ask',
    usage: '[options] <question...>',
    summary:
      'ask the assistant about the cluster, read-only (Bedrock with read-only tools when configured, else the rules and the diagnosis)',
    load: async () => (await import('./commands/ask.ts')).registerAskCommand,
  },
  {
    name: 'memory',
    usage: '',
    summary: 'incident memory: past problems, what fixed them and how often it worked',
    load: async () => (await import('./commands/memory.ts')).registerMemoryCommand,
  },
  {
    name: 'logs',
    usage: '',
    summary: 'work with log files',
    load: async () => (await import('./commands/logs.ts')).registerLogsCommand,
  },
  {
    name: 'sandbox',
    usage: '[options]',
    summary: 'run the simulated Kubernetes cluster (real REST API, kubectl works) with a scenario',
    load: async () => (await import('./commands/sandbox.ts')).registerSandboxCommand,
  },
  {
    name: 'rbac',
    usage: '[options]',
    summary:
      'generate the RBAC (a Role per namespace in suggest/auto, the node role only when nodes are not observe) and the admission policies that limit what the agent may change',
    load: async () => (await import('./commands/rbac.ts')).registerRbacCommand,
  },
  {
    name: 'security',
    usage: '',
    summary: 'the security guardian',
    load: async () => (await import('./commands/security.ts')).registerSecurityCommand,
  },
  {
    name: 'cost',
    usage: '',
    summary: 'the cost sentinel: usage, right-sizing, savings',
    load: async () => (await import('./commands/cost.ts')).registerCostCommand,
  },
  {
    name: 'forecast',
    usage: '[options]',
    summary:
      'forecast memory limits, full volumes and node disks from the usage trend, expiring certificates, HPAs at max, drain-blocking PDBs, rising restarts and SLO burn (the sandbox when no Prometheus is configured)',
    load: async () => (await import('./commands/forecast.ts')).registerForecastCommand,
  },
  {
    name: 'gitops',
    usage: '',
    summary: 'the GitOps enforcer: reliability misconfigurations and the pull requests that fix them',
    load: async () => (await import('./commands/gitops.ts')).registerGitopsCommand,
  },
];

/**
 * The command `argv` asks for: its first word that is not an option, or the word after `help`.
 * Undefined for the program's own help (and for no command at all).
 */
export function requestedCommand(argv: readonly string[]): string | undefined {
  const words = argv.slice(2).filter((arg) => !arg.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The program with the requested command fully defined and every other one as a stub (name and
 * summary), so the program's help lists them all and an unknown command is reported as before.
 */
export async function buildProgram(argv: readonly string[], io: CliIo = processIo): Promise<Command> {
  const stubs = new Map<Command, string>();
  const defaultHelp = new Help();
  const program = new Command('sre-agent')
    .description('An autonomous SRE for Kubernetes on AWS.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .configureHelp({
      subcommandTerm: (command) => {
        const usage = stubs.get(command);
        if (usage === undefined) return defaultHelp.subcommandTerm(command);
        return usage ? `${command.name()} ${usage}` : command.name();
      },
    })
    .showHelpAfterError();
  const wanted = requestedCommand(argv);
  for (const entry of COMMANDS) {
    const command = program.command(entry.name).description(entry.summary);
    if (entry.name === wanted) {
      (await entry.load())(command, io);
    } else {
      stubs.set(command, entry.usage);
      // Never runs: a command that runs is the requested one, which is defined in full.
      command.action(() => {
        throw new Error(`the ${entry.name} command ran without its definition`);
      });
    }
  }
  return program;
}

/** Runs the CLI and returns the process exit code; errors become one clear line, never a stack trace. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const program = await buildProgram(argv, io);
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
