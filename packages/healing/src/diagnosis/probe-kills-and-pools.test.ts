/**
 * Review 3: smaller findings in the change, each stated as the safe behaviour; each fails on the
 * current code.
 */
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { workerProcesses } from './evidence/worker-processes.ts';

/** A WildFly deployment that outlasts its liveness probe (repeated-probe-kills.test.ts). */
const DEPLOYING = [
  '08:02:11,480 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-2) WFLYSRV0027: Starting deployment of "claims.ear" (runtime-name: "claims.ear")',
  '08:02:41,102 INFO  [org.jboss.weld.deployer] (MSC service thread 1-4) WFLYWELD0003: Processing weld deployment claims-web.war',
  '08:03:20,900 INFO  [org.hibernate.jpa.internal.util.LogHelper] (ServerService Thread Pool -- 72) HHH000204: Processing PersistenceUnitInfo [name: claims]',
].join('\n');

describe('review3: repeated probe kills and an emptyDir', () => {
  it('a /tmp emptyDir (every readOnlyRootFilesystem chart has one) does not bring back the restart the kubelet already tried eight times', () => {
    const evidence = evidenceFixture({
      signal: 'CrashLoopBackOff',
      reason: 'CrashLoopBackOff',
      lastExitCode: 137,
      lastReason: 'Error',
      restartCount: 8,
      previousLog: DEPLOYING,
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
    if (container) container.scratchPaths = ['/tmp'];
    const result = diagnose(evidence);
    if (result.kind !== 'matched') throw new Error('expected a match');
    // Nothing in the log names a file under /tmp: the start-up simply outlasts the probe, on any pod.
    expect(result.best.actions[0]?.kind).toBe('escalate');
  });
});

describe('review3: worker processes read from a request line', () => {
  it('a query string a client sent (`?pool=a&processes=96`) is no pool size', () => {
    const lines = [
      '10.1.4.7 - - [11/Feb/2026:08:01:12 +0000] "GET /api/pool?processes=96 HTTP/1.1" 404 0 "-" "curl/8.5.0"',
    ];
    expect(workerProcesses(lines)).toBeUndefined();
  });

  it('`max_processes=` of a connection pool is no process pool started', () => {
    const lines = ['2026-02-11 08:01:12 INFO db connection pool ready: size=10 max_processes=64'];
    expect(workerProcesses(lines)).toBeUndefined();
  });
});
