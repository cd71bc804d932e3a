import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** A program the integration tests run for real, and where it comes from on Debian. */
export type TestBinary = {
  /** Names to look for on PATH, in order (Debian's name first). */
  commands: readonly string[];
  /** The Debian package that installs it; absent when Debian has no usable package. */
  debianPackage?: string;
  /** Where to get it when there is no Debian package. */
  installFrom?: string;
  /** What in the test suite runs it. */
  usedBy: string;
};

/**
 * Every program the test suite starts or runs: the one list that `npm test` provisions
 * (`scripts/provision-test-servers.ts`) and that tests look binaries up in ({@link testBinary}).
 */
export const TEST_BINARIES = {
  'redis-server': {
    commands: ['redis-server'],
    debianPackage: 'redis-server',
    usedBy: 'the Redis cache flusher tests (Redis 7)',
  },
  alertmanager: {
    // Debian names the binary `prometheus-alertmanager`; upstream tarballs name it `alertmanager`.
    commands: ['prometheus-alertmanager', 'alertmanager'],
    debianPackage: 'prometheus-alertmanager',
    usedBy: 'the Alertmanager webhook round trip (Alertmanager 0.25)',
  },
  prometheus: {
    commands: ['prometheus'],
    debianPackage: 'prometheus',
    usedBy: 'metrics queries against a real Prometheus (2.42)',
  },
  promtool: {
    commands: ['promtool'],
    debianPackage: 'prometheus',
    usedBy: 'backfilling usage history into Prometheus (promtool tsdb create-blocks-from openmetrics)',
  },
  git: {
    commands: ['git'],
    debianPackage: 'git',
    usedBy: 'the local git host (branches, commits)',
  },
  openssl: {
    commands: ['openssl'],
    debianPackage: 'openssl',
    usedBy: 'a throwaway TLS certificate for the Kubernetes client tests',
  },
  kubectl: {
    commands: ['kubectl'],
    installFrom: 'https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/',
    usedBy: 'the sandbox driven by the real kubectl',
  },
} as const satisfies Record<string, TestBinary>;

export type TestBinaryName = keyof typeof TEST_BINARIES;

/** Where to look and how to check a file; injectable so the lookup is testable without touching PATH. */
export type BinaryLookup = {
  /** A PATH-style list of directories; defaults to `process.env.PATH`. */
  path?: string;
  /** Whether `file` exists and may be executed; defaults to an `X_OK` access check. */
  isExecutable?: (file: string) => boolean;
};

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The absolute path of the first of `commands` found on PATH, or undefined. */
export function findOnPath(commands: readonly string[], lookup: BinaryLookup = {}): string | undefined {
  const isExecutable = lookup.isExecutable ?? isExecutableFile;
  const dirs = (lookup.path ?? process.env.PATH ?? '').split(delimiter).filter((dir) => isAbsolute(dir));
  for (const command of commands) {
    for (const dir of dirs) {
      const file = join(dir, command);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Where a test binary is, or undefined when it is not installed. */
export function findTestBinary(name: TestBinaryName, lookup: BinaryLookup = {}): string | undefined {
  return findOnPath(TEST_BINARIES[name].commands, lookup);
}

/** One sentence telling a person how to install a missing test binary. */
export function installHint(name: TestBinaryName): string {
  const binary: TestBinary = TEST_BINARIES[name];
  return binary.debianPackage
    ? `apt-get install ${binary.debianPackage} (npm test installs it when run as root)`
    : `install ${binary.commands[0]} from ${binary.installFrom}`;
}

/**
 * The absolute path of a binary the tests need; throws naming what to install when it is missing
 * (`npm test` provisions them first, so this only fires when a test file is run on its own).
 * @example
 * const child = spawn(testBinary('redis-server'), ['--port', String(port)]);
 */
export function testBinary(name: TestBinaryName, lookup: BinaryLookup = {}): string {
  const found = findTestBinary(name, lookup);
  if (found) return found;
  throw new Error(`${TEST_BINARIES[name].commands.join(' or ')} is not on PATH: ${installHint(name)}`);
}
