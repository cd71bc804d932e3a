import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';

/** A WildFly deployment that outlasts its liveness probe: killed before it finishes deploying. */
const DEPLOYING = [
  '08:02:11,480 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-2) WFLYSRV0027: Starting deployment of "claims.ear" (runtime-name: "claims.ear")',
  '08:02:41,102 INFO  [org.jboss.weld.deployer] (MSC service thread 1-4) WFLYWELD0003: Processing weld deployment claims-web.war',
  '08:03:20,900 INFO  [org.hibernate.jpa.internal.util.LogHelper] (ServerService Thread Pool -- 72) HHH000204: Processing PersistenceUnitInfo [name: claims]',
].join('\n');

const probeKilled = (
  restartCount: number,
  crashLooping: boolean,
  scratchPaths?: string[],
  previousLog = DEPLOYING,
) => {
  const evidence = evidenceFixture({
    signal: crashLooping ? 'CrashLoopBackOff' : 'ProbeFailure',
    ...(crashLooping ? { reason: 'CrashLoopBackOff' } : {}),
    lastExitCode: 137,
    lastReason: 'Error',
    restartCount,
    previousLog,
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 404',
        count: 24,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container app failed liveness probe, will be restarted',
      },
    ],
  });
  const [container] = evidence.containers;
  if (container && scratchPaths) container.scratchPaths = scratchPaths;
  return diagnose(evidence);
};

describe('a probe that kills the container over and over', () => {
  it('escalates instead of restarting a container the kubelet restarted eight times into the same failure', () => {
    const result = probeKilled(8, true);
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.category).toBe('probe');
    expect(result.best.actions[0]?.kind).toBe('escalate');
    expect(result.best.actions.map((a) => a.kind)).not.toContain('rollout-restart');
    expect(result.best.summary).toContain('The kubelet has restarted app 8 times already');
  });

  it('leaves the first kills to the probe entry (a wedge a restart may clear)', () => {
    const result = probeKilled(1, false);
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.summary).not.toContain('The kubelet has restarted');
    expect(result.best.actions[0]?.kind).toMatch(/restart/);
  });

  it("leaves the restart to a container whose log names a file in an emptyDir it mounts: a stale lock file there outlives the kubelet's restarts, not a new pod", () => {
    const stale = `${DEPLOYING}\n08:04:00,100 WARN  [c.a.inventory.sync.StockSyncScheduler] (stock-sync-1) Waiting for lock /tmp/stock-sync.lock held by another thread`;
    const result = probeKilled(8, true, ['/tmp'], stale);
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.summary).not.toContain('The kubelet has restarted');
    expect(result.best.actions[0]?.kind).toMatch(/restart/);
  });
});
