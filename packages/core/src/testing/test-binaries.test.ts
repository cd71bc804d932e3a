import { describe, expect, it } from 'vitest';
import { findOnPath, findTestBinary, installHint, TEST_BINARIES, testBinary } from './test-binaries.ts';

const onlyThese =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('test binaries', () => {
  it('finds the first command of the list in PATH order', () => {
    const found = findOnPath(['prometheus-alertmanager', 'alertmanager'], {
      path: '/opt/bin:/usr/bin',
      isExecutable: onlyThese('/usr/bin/prometheus-alertmanager', '/opt/bin/alertmanager'),
    });
    expect(found).toBe('/usr/bin/prometheus-alertmanager');
  });

  it("falls back to upstream's alertmanager name when Debian's is not there", () => {
    const found = findTestBinary('alertmanager', {
      path: '/usr/local/bin:/usr/bin',
      isExecutable: onlyThese('/usr/local/bin/alertmanager'),
    });
    expect(found).toBe('/usr/local/bin/alertmanager');
  });

  it('ignores relative PATH entries', () => {
    expect(findOnPath(['git'], { path: '.:bin', isExecutable: () => true })).toBeUndefined();
  });

  it('throws naming what to install when a binary is missing', () => {
    const lookup = { path: '/usr/bin', isExecutable: () => false };
    expect(() => testBinary('redis-server', lookup)).toThrow(
      'redis-server is not on PATH: apt-get install redis-server (npm test installs it when run as root)',
    );
    expect(() => testBinary('kubectl', lookup)).toThrow(
      `kubectl is not on PATH: install kubectl from ${TEST_BINARIES.kubectl.installFrom}`,
    );
  });

  it('gives every binary either a Debian package or a place to get it', () => {
    for (const name of Object.keys(TEST_BINARIES) as (keyof typeof TEST_BINARIES)[]) {
      expect(installHint(name)).toMatch(/^(apt-get install \S+|install \S+ from https:\/\/)/);
    }
  });
});
