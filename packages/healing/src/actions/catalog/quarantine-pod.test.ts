import { ConfigSchema } from '@sre-agent/core';
import type { DaemonSet, Pod } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { InMemoryCluster } from '../../testing/index.ts';
import { bindCatalogAction } from '../run-action.ts';
import type { ActionTarget } from '../spec.ts';

const config = ConfigSchema.parse({ clusters: [{ name: 'prod', inCluster: true, defaultMode: 'auto' }] });
const ACTION = { kind: 'quarantine-pod', cordonNode: false } as const;
const RESOLVED_ID = 'a'.repeat(64);
const RESTARTED_ID = 'b'.repeat(64);

/** media/ledger-0, a StatefulSet pod whose container `ledger` runs `containerId`. */
function ledgerPod(uid: string, containerId: string): Pod {
  return {
    metadata: {
      namespace: 'media',
      name: 'ledger-0',
      uid,
      labels: { 'app.kubernetes.io/name': 'ledger' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'ledger', uid: 'uid-sts', controller: true },
      ],
    },
    spec: { containers: [{ name: 'ledger', image: 'registry.local/media/ledger:2.4.1' }] },
    status: {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'ledger',
          containerID: `containerd://${containerId}`,
          image: 'registry.local/media/ledger:2.4.1',
          imageID: 'sha256:1',
          ready: true,
          restartCount: 0,
        },
      ],
    },
  };
}

/** Calico enforces NetworkPolicies, so only the pod's identity can refuse the binding. */
const calico: DaemonSet = { metadata: { namespace: 'kube-system', name: 'calico-node' } };

function incident(identity: { podUid?: string; containerId?: string }): ActionTarget {
  return {
    id: 'sec-0123456789abcdef01234567',
    target: { cluster: 'prod', namespace: 'media', kind: 'Pod', name: 'ledger-0' },
    pod: 'ledger-0',
    container: 'ledger',
    signal: 'RuntimeThreat',
    ...identity,
  };
}

describe('quarantine-pod bind', () => {
  it('binds the pod and container the finding was resolved to, with their own uid and id', async () => {
    const cluster = new InMemoryCluster('prod', {
      pods: [ledgerPod('uid-1', RESOLVED_ID)],
      daemonSets: [calico],
    });

    const bound = await bindCatalogAction(ACTION, incident({ podUid: 'uid-1', containerId: RESOLVED_ID }), {
      reader: cluster,
      config,
    });

    expect(bound).toMatchObject({ kind: 'bound', binding: { uid: 'uid-1', containerId: RESOLVED_ID } });
  });

  it('refuses a pod replaced under the same name, a restarted container, and a target without identity', async () => {
    const replaced = new InMemoryCluster('prod', {
      pods: [ledgerPod('uid-2', RESTARTED_ID)],
      daemonSets: [calico],
    });
    const restarted = new InMemoryCluster('prod', {
      pods: [ledgerPod('uid-1', RESTARTED_ID)],
      daemonSets: [calico],
    });
    const resolved = incident({ podUid: 'uid-1', containerId: RESOLVED_ID });

    const onReplaced = await bindCatalogAction(ACTION, resolved, { reader: replaced, config });
    const onRestarted = await bindCatalogAction(ACTION, resolved, { reader: restarted, config });
    const withoutIdentity = await bindCatalogAction(ACTION, incident({}), { reader: restarted, config });

    expect(onReplaced).toEqual({
      kind: 'refused',
      reason: 'pod media/ledger-0 was replaced since the finding (its uid differs)',
    });
    expect(onRestarted).toEqual({
      kind: 'refused',
      reason:
        'container ledger of the pod is no longer the one the finding names (restarted or replaced since)',
    });
    expect(withoutIdentity).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('uid and container id'),
    });
  });
});
