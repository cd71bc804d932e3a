import type { ClusterReader, Pod } from '@sre-agent/kube';
import * as z from 'zod';
import {
  labelsToStrip,
  networkPolicyEnforcement,
  QUARANTINE_INCIDENT_ANNOTATION,
  QUARANTINE_LABEL,
  QUARANTINE_LABELS_ANNOTATION,
  quarantinePolicy,
} from '../quarantine-isolation.ts';
import { type ActionOutcome, defineAction, modeForScope } from '../spec.ts';
import { isControlPlane } from '../target.ts';

const Binding = z.strictObject({
  pod: z.string().min(1),
  uid: z.string().min(1),
  container: z.string().min(1),
  /** The container's id without its runtime prefix (`containerd://`), as the finding named it. */
  containerId: z.string().min(1),
  node: z.string().optional(),
  nodeUid: z.string().optional(),
  cordonNode: z.boolean(),
  stripLabels: z.array(z.string()),
  replaced: z.boolean(),
  enforcedBy: z.string(),
  incident: z.string().max(63).optional(),
});
type Binding = z.infer<typeof Binding>;

/** `containerd://abc…` → `abc…`. */
export function bareContainerId(id: string | undefined): string {
  if (!id) return '';
  const at = id.indexOf('://');
  return at >= 0 ? id.slice(at + 3) : id;
}

function containerStatuses(pod: Pod) {
  const status = pod.status;
  return [
    ...(status?.containerStatuses ?? []),
    ...(status?.initContainerStatuses ?? []),
    ...(status?.ephemeralContainerStatuses ?? []),
  ];
}

/** The live pod, still the one bound: same uid, not being deleted, the container still the same. */
async function recheck(
  reader: ClusterReader,
  namespace: string,
  b: Binding,
): Promise<{ kind: 'ok'; pod: Pod } | { kind: 'precondition-failed'; reason: string }> {
  const pod = await reader.getPod(namespace, b.pod);
  const fail = (reason: string) => ({ kind: 'precondition-failed' as const, reason });
  if (!pod) return fail(`pod ${namespace}/${b.pod} no longer exists`);
  if (pod.metadata?.uid !== b.uid) return fail(`pod ${namespace}/${b.pod} was replaced since the finding`);
  if (pod.metadata?.deletionTimestamp) return fail(`pod ${namespace}/${b.pod} is being deleted`);
  if (pod.spec?.hostNetwork) return fail(`pod ${namespace}/${b.pod} uses the host network`);
  const status = containerStatuses(pod).find((s) => s.name === b.container);
  if (bareContainerId(status?.containerID) !== b.containerId) {
    return fail(
      `container ${b.container} of pod ${namespace}/${b.pod} is no longer the one the finding names`,
    );
  }
  return { kind: 'ok', pod };
}

/**
 * Quarantines the incident's own pod after a runtime threat (GuardDuty, Falco): labels it, applies
 * a deny-all ingress and egress NetworkPolicy selecting that pod alone, takes off the labels its
 * controller and Services select (Services stop sending it traffic; its ReplicaSet or DaemonSet
 * releases it and starts a replacement), and cordons its node when the finding involves the node
 * and the node policy is auto. The pod itself is kept, for forensics. Refused for host-network
 * pods and clusters without NetworkPolicy enforcement, where isolation cannot work.
 */
export const quarantinePod = defineAction({
  kind: 'quarantine-pod',
  params: z.strictObject({
    kind: z.literal('quarantine-pod'),
    /** The finding says the node is involved (a container escape, a host mount): cordon it too. */
    cordonNode: z.boolean().default(false),
  }),
  binding: Binding,
  mutates: true,
  changesDeclaredSpec: false,
  maxDurationMs: 30_000,
  needs: {
    rbac: [
      { verb: 'patch', resource: 'pods', apiGroup: '' },
      { verb: 'get', resource: 'networkpolicies', apiGroup: 'networking.k8s.io' },
      { verb: 'create', resource: 'networkpolicies', apiGroup: 'networking.k8s.io' },
      { verb: 'patch', resource: 'networkpolicies', apiGroup: 'networking.k8s.io' },
      { verb: 'patch', resource: 'nodes', apiGroup: '' },
    ],
    iam: [],
  },
  verify: 'none',
  describe: (params) =>
    `quarantine the pod (deny-all NetworkPolicy, out of its Services, replaced, kept for forensics)${params.cordonNode ? ' and cordon its node' : ''}`,
  async bind(params, { incident, reader }) {
    const { target } = incident;
    if (incident.signal !== 'RuntimeThreat') {
      return { kind: 'refused', reason: 'only a runtime threat (GuardDuty, Falco) quarantines a pod' };
    }
    if (target.kind !== 'Pod' || !incident.container || !incident.podUid || !incident.containerId) {
      return {
        kind: 'refused',
        reason: 'a quarantine needs the finding’s own pod and container (uid and container id)',
      };
    }
    const pod = await reader.getPod(target.namespace, target.name);
    if (!pod?.metadata?.uid)
      return { kind: 'refused', reason: `pod ${target.namespace}/${target.name} no longer exists` };
    // The pod and container the finding was resolved to, not whatever holds the name now (a
    // StatefulSet's replacement keeps the name; a restarted container keeps its name).
    if (pod.metadata.uid !== incident.podUid) {
      return {
        kind: 'refused',
        reason: `pod ${target.namespace}/${target.name} was replaced since the finding (its uid differs)`,
      };
    }
    if (pod.spec?.hostNetwork) {
      return {
        kind: 'refused',
        reason: `pod ${target.namespace}/${target.name} uses the host network: a NetworkPolicy cannot isolate it`,
      };
    }
    if (pod.metadata.labels?.[QUARANTINE_LABEL]) {
      return { kind: 'refused', reason: `pod ${target.namespace}/${target.name} is already quarantined` };
    }
    const status = containerStatuses(pod).find((s) => s.name === incident.container);
    if (bareContainerId(status?.containerID) !== incident.containerId) {
      return {
        kind: 'refused',
        reason: `container ${incident.container} of the pod is no longer the one the finding names (restarted or replaced since)`,
      };
    }
    const { podUid: uid, containerId } = incident;
    const enforcement = await networkPolicyEnforcement(reader);
    if (enforcement.kind === 'none') return { kind: 'refused', reason: enforcement.reason };
    const strip = await labelsToStrip(reader, pod);
    const node = pod.spec?.nodeName;
    const nodeUid = node ? (await reader.getNode(node))?.metadata?.uid : undefined;
    const binding: Binding = {
      pod: target.name,
      uid,
      container: incident.container,
      containerId,
      ...(node ? { node } : {}),
      ...(nodeUid ? { nodeUid } : {}),
      cordonNode: params.cordonNode && node !== undefined,
      stripLabels: strip.keys,
      replaced: strip.replaced,
      enforcedBy: enforcement.by,
      ...(incident.id && incident.id.length <= 63 ? { incident: incident.id } : {}),
    };
    return {
      kind: 'bound',
      binding,
      scope: { kind: 'namespace', namespace: target.namespace },
      summary: `quarantine pod ${target.namespace}/${target.name} (NetworkPolicies enforced by ${enforcement.by})${binding.cordonNode ? ` and cordon node ${node}` : ''}`,
    };
  },
  async run(binding, { incident, reader, writer, config }, dryRun) {
    const namespace = incident.target.namespace;
    const ref = { kind: 'Pod', namespace, name: binding.pod };
    const done: string[] = [];
    const step = async (write: () => Promise<unknown>): Promise<ActionOutcome | undefined> => {
      const live = await recheck(reader, namespace, binding);
      if (live.kind !== 'ok') return live;
      await write();
      return undefined;
    };
    const live = await recheck(reader, namespace, binding);
    if (live.kind !== 'ok') return live;
    const removed = Object.fromEntries(
      binding.stripLabels.flatMap((key) => {
        const value = live.pod.metadata?.labels?.[key];
        return value === undefined ? [] : [[key, value]];
      }),
    );
    let stop = await step(() => writer.label(ref, { [QUARANTINE_LABEL]: binding.uid }, { dryRun }));
    if (stop) return stop;
    done.push(`labelled ${QUARANTINE_LABEL}=${binding.uid}`);
    stop = await step(() =>
      writer.annotate(
        ref,
        {
          [QUARANTINE_LABELS_ANNOTATION]: JSON.stringify(removed),
          ...(binding.incident ? { [QUARANTINE_INCIDENT_ANNOTATION]: binding.incident } : {}),
        },
        { dryRun },
      ),
    );
    if (stop) return stop;
    stop = await step(() =>
      writer.applyNetworkPolicy(quarantinePolicy(namespace, binding.uid, binding.incident ?? binding.uid), {
        dryRun,
      }),
    );
    if (stop) return stop;
    done.push('deny-all ingress and egress NetworkPolicy applied');
    if (binding.stripLabels.length > 0) {
      const nulls = Object.fromEntries(binding.stripLabels.map((key) => [key, null]));
      stop = await step(() => writer.label(ref, nulls, { dryRun }));
      if (stop) return stop;
      done.push(
        `labels ${binding.stripLabels.join(', ')} removed (out of its Services${binding.replaced ? ', its controller starts a replacement' : ''})`,
      );
    }
    if (binding.cordonNode && binding.node) {
      done.push(await cordon(binding, { reader, writer, config, cluster: incident.target.cluster }, dryRun));
    }
    return {
      kind: 'applied',
      dryRun,
      summary: `quarantined pod ${namespace}/${binding.pod} (kept for forensics): ${done.join('; ')}`,
      before: { labels: removed },
      after: {
        label: { [QUARANTINE_LABEL]: binding.uid },
        networkPolicy: `sre-agent-quarantine-${binding.uid}`,
      },
    };
  },
});

/** Cordons the pod's node under the cluster's node policy; says what happened either way. */
async function cordon(
  binding: Binding,
  deps: Pick<Parameters<typeof quarantinePod.run>[1], 'reader' | 'writer' | 'config'> & { cluster: string },
  dryRun: boolean,
): Promise<string> {
  const name = binding.node ?? '';
  const mode = modeForScope(deps.config, deps.cluster, { kind: 'nodes' });
  if (mode !== 'auto') return `node ${name} not cordoned: the node policy is ${mode}, a human decides`;
  const node = await deps.reader.getNode(name);
  if (!node || (binding.nodeUid && node.metadata?.uid !== binding.nodeUid))
    return `node ${name} was replaced`;
  if (isControlPlane(node)) return `node ${name} is a control-plane node: not cordoned`;
  if (node.spec?.unschedulable) return `node ${name} was already cordoned`;
  await deps.writer.cordonNode(name, { dryRun });
  return `node ${name} cordoned`;
}
