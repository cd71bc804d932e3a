import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, COMMANDS, main, requestedCommand } from './cli.ts';

const argv = (...args: string[]) => ['node', 'sre-agent', ...args];
const silent = { out: () => {}, err: () => {} };

describe('requestedCommand', () => {
  it('is the first word that is not an option, or the word after help', () => {
    expect(requestedCommand(argv('logs', 'signatures', 'app.log'))).toBe('logs');
    expect(requestedCommand(argv('--help', 'memory'))).toBe('memory');
    expect(requestedCommand(argv('memory', '--help'))).toBe('memory');
    expect(requestedCommand(argv('help', 'cost'))).toBe('cost');
  });

  it('is undefined for the program itself and its help', () => {
    expect(requestedCommand(argv())).toBeUndefined();
    expect(requestedCommand(argv('help'))).toBeUndefined();
    expect(requestedCommand(argv('--help'))).toBeUndefined();
  });
});

describe('buildProgram', () => {
  it('defines the requested command in full and every other one by its name and summary', async () => {
    const program = await buildProgram(argv('logs', 'signatures', 'app.log'), silent);

    const commands = program.commands.map((c) => [c.name(), c.description()]);
    expect(commands).toEqual(COMMANDS.map((c) => [c.name, c.summary]));
    const logs = program.commands.find((c) => c.name() === 'logs');
    expect(logs?.commands.map((c) => c.name())).toEqual(['signatures']);
    const memory = program.commands.find((c) => c.name() === 'memory');
    expect(memory?.commands).toEqual([]);
  });

  it.each(COMMANDS)('lists $name in the program help as its full definition would', async (entry) => {
    const full = await buildProgram(argv(entry.name), silent);
    const stubbed = await buildProgram(argv(), silent);
    const command = full.commands.find((c) => c.name() === entry.name);

    expect(command && new Help().subcommandTerm(command)).toBe(`${entry.name} ${entry.usage}`.trim());
    expect(full.helpInformation()).toBe(stubbed.helpInformation());
  });
});

describe('main', () => {
  it('lists every command with its summary', async () => {
    let out = '';
    const code = await main(argv('--help'), { out: (t) => (out += t), err: () => {} });

    expect(code).toBe(0);
    for (const command of COMMANDS) expect(out).toContain(command.name);
    expect(out).toContain('incident memory: past problems');
    expect(out).toContain('start [options]');
    expect(out).toContain('bench [filters...]');
  });

  it('shows the full help of the command after help', async () => {
    let out = '';
    const code = await main(argv('help', 'logs'), { out: (t) => (out += t), err: () => {} });

    expect(code).toBe(0);
    expect(out).toContain('Usage: sre-agent logs [options] [command]');
    expect(out).toContain('signatures [options] <file>');
  });

  it('rejects an unknown command, suggests the nearest one and shows the help', async () => {
    let err = '';
    const code = await main(argv('lgos'), { out: () => {}, err: (t) => (err += t) });

    expect(code).toBe(1);
    expect(err).toContain("error: unknown command 'lgos'");
    expect(err).toContain('(Did you mean logs?)');
    expect(err).toContain('Usage: sre-agent [options] [command]');
  });
});
