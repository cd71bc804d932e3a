import { InMemoryLogger, InMemoryNotifier, ManualClock } from '@sre-agent/core';
import { deploymentFixture, InMemoryCluster } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { runSecurityScan } from './run-security-scan.ts';

const settings = { level: 'restricted' as const, secrets: false, exemptions: [] };

function setup() {
  const clock = new ManualClock('2026-12-02T10:00:00Z');
  const { deployment } = deploymentFixture({ namespace: 'shop', name: 'checkout' });
  const healthy = new InMemoryCluster('prod', { deployments: [deployment] });
  const broken = new InMemoryCluster('staging', { deployments: [deployment] });
  const state = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const logger = new InMemoryLogger();
  const deps = {
    clusters: new Map([
      ['staging', { reader: broken }],
      ['prod', { reader: healthy }],
    ]),
    findings: state.findings,
    notifier,
    clock,
    logger,
  };
  return { broken, state, notifier, deps };
}

describe('runSecurityScan', () => {
  it('scans the other clusters when one cannot be read, and leaves that one’s findings as they were', async () => {
    const { broken, state, notifier, deps } = setup();
    await runSecurityScan(deps, settings);
    const staging = await state.findings.listOpen('staging');
    broken.fail('listDeployments', new Error('connection refused'));

    const summaries = await runSecurityScan(deps, settings);

    expect(summaries).toEqual([
      { cluster: 'staging', status: 'failed', error: 'connection refused' },
      expect.objectContaining({ cluster: 'prod', status: 'scanned', new: 0, fixed: 0, notified: false }),
    ]);
    expect(staging.length).toBeGreaterThan(0);
    expect(await state.findings.listOpen('staging')).toEqual(staging);
    expect(notifier.sent.map((n) => n.cluster)).toEqual(['staging', 'prod']);
  });

  it('throws when no cluster could be scanned, so the schedule retries', async () => {
    const { broken, deps } = setup();
    broken.fail('listDeployments', new Error('connection refused'));

    await expect(
      runSecurityScan({ ...deps, clusters: new Map([['staging', { reader: broken }]]) }, settings),
    ).rejects.toThrow(/failed on every cluster: staging: connection refused/);
  });
});
