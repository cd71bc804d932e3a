// First step of `npm test`: make sure every program the integration tests run is installed
// (the list is TEST_BINARIES in @sre-agent/core/testing). As root with apt-get it installs the missing
// Debian packages; otherwise it stops before anything else runs, with one line saying what to install.
// SRE_AGENT_SKIP_PROVISION=1 skips the check (the tests then fail on their own if something is missing).
import { spawnSync } from 'node:child_process';
import { findOnPath, TEST_BINARIES, type TestBinary, type TestBinaryName } from '@sre-agent/core/testing';

export const SKIP_ENV = 'SRE_AGENT_SKIP_PROVISION';

/** What `npm test` does about the test binaries. */
export type ProvisionPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[] }
  | { kind: 'stop'; line: string };

/** Widened to the shared shape, so optional fields read the same for every entry. */
const spec = (name: TestBinaryName): TestBinary => TEST_BINARIES[name];

/** The Debian packages for the missing binaries that have one, each once, in list order. */
function debianPackages(missing: readonly TestBinaryName[]): string[] {
  return [...new Set(missing.flatMap((name) => spec(name).debianPackage ?? []))];
}

/** Decides from what is missing and what this machine allows; pure, so every branch is testable. */
export function planProvisioning(input: {
  missing: readonly TestBinaryName[];
  isRoot: boolean;
  hasAptGet: boolean;
}): ProvisionPlan {
  const { missing, isRoot, hasAptGet } = input;
  if (missing.length === 0) return { kind: 'ready' };
  const packages = debianPackages(missing);
  const manual = missing.filter((name) => spec(name).debianPackage === undefined);
  if (manual.length === 0 && isRoot && hasAptGet) return { kind: 'install', packages };

  const steps: string[] = [];
  for (const name of manual) steps.push(`install ${spec(name).commands[0]} from ${spec(name).installFrom}`);
  if (packages.length > 0) {
    if (!hasAptGet) steps.push(`install the Debian/Ubuntu packages ${packages.join(' ')} (no apt-get here)`);
    else if (isRoot) steps.push(`run  apt-get install -y ${packages.join(' ')}`);
    else steps.push(`run  sudo apt-get install -y ${packages.join(' ')}  (or run npm test as root)`);
  }
  const needs = missing.map((name) => spec(name).commands[0]).join(', ');
  return { kind: 'stop', line: `npm test needs ${needs}: ${steps.join('; and ')}` };
}

/** The outside world, injected so that tests drive every branch without PATH, root or apt. */
export type ProvisionDeps = {
  env: Readonly<Record<string, string | undefined>>;
  /** The effective user id; undefined where there is none (Windows). */
  uid: number | undefined;
  /** The absolute path of the first of `commands` on PATH, or undefined. */
  which: (commands: readonly string[]) => string | undefined;
  run: (
    command: string,
    args: readonly string[],
    env: Readonly<Record<string, string>>,
  ) => { status: number; output: string };
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => number;
};

/** Checks, installs if it may, and returns the exit code (0: every test binary is there). */
export function provision(deps: ProvisionDeps): number {
  if (deps.env[SKIP_ENV] === '1') {
    deps.out(`provision: ${SKIP_ENV}=1, not checking for the test servers`);
    return 0;
  }
  const names = Object.keys(TEST_BINARIES) as TestBinaryName[];
  const missingNow = () => names.filter((name) => !deps.which(spec(name).commands));
  const plan = planProvisioning({
    missing: missingNow(),
    isRoot: deps.uid === 0,
    hasAptGet: deps.which(['apt-get']) !== undefined,
  });
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'stop') {
    deps.err(plan.line);
    return 1;
  }

  const started = deps.now();
  deps.out(`provision: installing ${plan.packages.join(' ')} for the integration tests (apt-get, as root)`);
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt or dpkg run (a second checkout's npm test) instead of failing on its lock.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=120'];
  const steps: (readonly string[])[] = [
    ['update', '-qq', ...waitForLock],
    ['install', '-y', '-qq', '--no-install-recommends', ...waitForLock, ...plan.packages],
  ];
  for (const args of steps) {
    const result = deps.run('apt-get', args, aptEnv);
    if (result.status !== 0) {
      deps.err(`provision: apt-get ${args.join(' ')} failed (exit ${result.status}):`);
      deps.err(result.output.trim().split('\n').slice(-20).join('\n'));
      return result.status;
    }
  }
  const stillMissing = missingNow();
  if (stillMissing.length > 0) {
    deps.err(`provision: still missing after apt-get: ${stillMissing.join(', ')}`);
    return 1;
  }
  deps.out(`provision: installed in ${((deps.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (import.meta.main) {
  process.exitCode = provision({
    env: process.env,
    uid: process.geteuid?.(),
    which: (commands) => findOnPath(commands),
    run: (command, args, env) => {
      const result = spawnSync(command, args, {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.error) return { status: 1, output: result.error.message };
      return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
    },
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: Date.now,
  });
}
