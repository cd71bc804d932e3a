import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

function kinds(sample: EvidenceSample): string[] {
  const result = diagnose(redactEvidence(evidenceFixture(sample)), undefined, { rollouts: false });
  return result.kind === 'matched' ? result.best.actions.map((a) => a.kind) : [];
}

const NODE_ACTIONS = ['cordon-drain-node', 'replace-node'];

describe("a node's runtime storage gone read-only is read from the kubelet's own words only", () => {
  it('still drains on the kubelet events it was built for', () => {
    expect(
      kinds({
        signal: 'FailedMount',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedMount',
            message:
              'MountVolume.SetUp failed for volume "kube-api-access-7xk2p" : mkdir /var/lib/kubelet/pods/d5277dcb-d0e8-11e5-8d44-0a58bb451775/volumes/kubernetes.io~projected/kube-api-access-7xk2p: read-only file system',
          },
        ],
      }),
    ).toEqual(NODE_ACTIONS);
  });

  it("moves no node on the container's termination message beside an unrelated kubelet event", () => {
    // terminationMessagePolicy FallbackToLogsOnError turns the log's last lines into this message.
    for (const lastMessage of [
      'mkdir /var/lib/kubelet/pods/x/volumes: read-only file system',
      'Failed: mkdir /var/lib/kubelet/pods/x/volumes: read-only file system',
    ]) {
      for (const lastReason of ['Error', undefined]) {
        const decided = kinds({
          lastExitCode: 1,
          ...(lastReason ? { lastReason } : {}),
          lastMessage,
          events: [{ reason: 'Failed', message: 'Error: context deadline exceeded' }],
        });
        for (const kind of NODE_ACTIONS) expect(decided, lastMessage).not.toContain(kind);
      }
    }
  });

  it("moves no node on a container command the kubelet quotes in its 'Failed' event", () => {
    // A tenant's own pod: command ["mkdir /var/lib/kubelet/pods/x: read-only file system"].
    const decided = kinds({
      signal: 'CreateContainerError',
      reason: 'CreateContainerError',
      events: [
        {
          reason: 'Failed',
          message:
            'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "mkdir /var/lib/kubelet/pods/x: read-only file system": stat mkdir /var/lib/kubelet/pods/x: read-only file system: no such file or directory: unknown',
        },
      ],
    });
    for (const kind of NODE_ACTIONS) expect(decided).not.toContain(kind);
  });
});
