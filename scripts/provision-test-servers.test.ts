import { TEST_BINARIES } from '@sre-agent/core/testing';
import { describe, expect, it } from 'vitest';
import { type ProvisionDeps, planProvisioning, provision } from './provision-test-servers.ts';

const ALL_PROGRAMS = Object.values(TEST_BINARIES).flatMap((binary) => binary.commands);
const allBut = (...absent: string[]) => ALL_PROGRAMS.filter((program) => !absent.includes(program));
const DEBIAN_SERVERS = ['redis-server', 'prometheus-alertmanager', 'alertmanager', 'prometheus', 'promtool'];

/**
 * A machine in memory: `installed` programs are on PATH; apt-get, when present, installs what the
 * package map says; every call is recorded.
 */
function fakeMachine(options: {
  installed: readonly string[];
  uid?: number;
  aptGet?: boolean;
  aptFails?: boolean;
  env?: Record<string, string>;
}) {
  const onPath = new Set(options.installed);
  if (options.aptGet ?? true) onPath.add('apt-get');
  const runs: { command: string; args: readonly string[]; env: Readonly<Record<string, string>> }[] = [];
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  const deps: ProvisionDeps = {
    env: options.env ?? {},
    uid: options.uid ?? 1000,
    which: (commands) => {
      const found = commands.find((command) => onPath.has(command));
      return found ? `/usr/bin/${found}` : undefined;
    },
    run: (command, args, env) => {
      runs.push({ command, args, env });
      if (options.aptFails && args[0] === 'install')
        return { status: 100, output: 'E: Unable to locate package' };
      if (args[0] === 'install') {
        for (const binary of Object.values(TEST_BINARIES)) {
          if ('debianPackage' in binary && args.includes(binary.debianPackage))
            onPath.add(binary.commands[0]);
        }
      }
      clock += 8_000;
      return { status: 0, output: '' };
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => clock,
  };
  return { deps, runs, out, err };
}

describe('planProvisioning', () => {
  it('does nothing when every test binary is there', () => {
    expect(planProvisioning({ missing: [], isRoot: false, hasAptGet: false })).toEqual({ kind: 'ready' });
  });

  it('installs the Debian packages of the missing binaries, each package once, as root with apt-get', () => {
    const plan = planProvisioning({
      missing: ['redis-server', 'prometheus', 'promtool'],
      isRoot: true,
      hasAptGet: true,
    });
    expect(plan).toEqual({ kind: 'install', packages: ['redis-server', 'prometheus'] });
  });

  it('stops a non-root user with one line naming what is missing and the exact install command', () => {
    const plan = planProvisioning({
      missing: ['redis-server', 'alertmanager'],
      isRoot: false,
      hasAptGet: true,
    });
    expect(plan).toEqual({
      kind: 'stop',
      line: 'npm test needs redis-server, prometheus-alertmanager: run  sudo apt-get install -y redis-server prometheus-alertmanager  (or run npm test as root)',
    });
  });

  it('stops root without apt-get, naming the packages to install some other way', () => {
    const plan = planProvisioning({ missing: ['git'], isRoot: true, hasAptGet: false });
    expect(plan).toEqual({
      kind: 'stop',
      line: 'npm test needs git: install the Debian/Ubuntu packages git (no apt-get here)',
    });
  });

  it('stops even root when a binary has no Debian package, and says where to get it', () => {
    const plan = planProvisioning({ missing: ['kubectl', 'git'], isRoot: true, hasAptGet: true });
    expect(plan.kind).toBe('stop');
    if (plan.kind !== 'stop') return;
    expect(plan.line).toBe(
      `npm test needs kubectl, git: install kubectl from ${TEST_BINARIES.kubectl.installFrom}; and run  apt-get install -y git`,
    );
    expect(plan.line).not.toContain('\n');
  });
});

describe('provision', () => {
  it('runs nothing and prints nothing when every test binary is installed', () => {
    const machine = fakeMachine({ installed: ALL_PROGRAMS });

    const code = provision(machine.deps);

    expect(code).toBe(0);
    expect(machine.runs).toEqual([]);
    expect([...machine.out, ...machine.err]).toEqual([]);
  });

  it('as root with apt-get: updates, installs the missing packages quietly and non-interactively, then succeeds', () => {
    const machine = fakeMachine({ installed: allBut(...DEBIAN_SERVERS), uid: 0 });

    const code = provision(machine.deps);

    expect(code).toBe(0);
    expect(machine.runs.map((r) => [r.command, ...r.args].join(' '))).toEqual([
      'apt-get update -qq -o DPkg::Lock::Timeout=120',
      'apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 redis-server prometheus-alertmanager prometheus',
    ]);
    expect(machine.runs.every((r) => r.env.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
    expect(machine.out).toEqual([
      'provision: installing redis-server prometheus-alertmanager prometheus for the integration tests (apt-get, as root)',
      'provision: installed in 16.0 s',
    ]);
    expect(machine.err).toEqual([]);
  });

  it('as a non-root user: prints the one install line, exits non-zero and runs nothing', () => {
    const machine = fakeMachine({
      installed: allBut('redis-server', 'prometheus-alertmanager', 'alertmanager'),
      uid: 1000,
    });

    const code = provision(machine.deps);

    expect(code).not.toBe(0);
    expect(machine.runs).toEqual([]);
    expect(machine.err).toEqual([
      'npm test needs redis-server, prometheus-alertmanager: run  sudo apt-get install -y redis-server prometheus-alertmanager  (or run npm test as root)',
    ]);
  });

  it('reports a failed apt-get with its exit code and output', () => {
    const machine = fakeMachine({ installed: allBut(...DEBIAN_SERVERS), uid: 0, aptFails: true });

    const code = provision(machine.deps);

    expect(code).toBe(100);
    expect(machine.err.join('\n')).toContain('apt-get install -y -qq --no-install-recommends');
    expect(machine.err.join('\n')).toContain('E: Unable to locate package');
  });

  it('checks nothing when SRE_AGENT_SKIP_PROVISION=1', () => {
    const machine = fakeMachine({ installed: [], env: { SRE_AGENT_SKIP_PROVISION: '1' } });

    const code = provision(machine.deps);

    expect(code).toBe(0);
    expect(machine.runs).toEqual([]);
    expect(machine.out).toEqual(['provision: SRE_AGENT_SKIP_PROVISION=1, not checking for the test servers']);
  });
});
