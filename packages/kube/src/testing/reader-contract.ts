import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterReader, Deployment, Pod } from '../ports.ts';

/** A cluster to run a contract against; `close` is called after each test. */
export type ReaderContractSubject = { reader: ClusterReader; close?: () => Promise<void> };

/**
 * What the contract needs the cluster to contain: at least one node, and a Deployment with at
 * least one pod (owned through a ReplicaSet) that carries labels. `workload` names it; otherwise
 * the first Deployment with pods is used.
 */
export type ReaderContractOptions = { workload?: { namespace: string; name: string } };

const uids = (objects: { metadata?: { uid?: string } }[]) => objects.map((o) => o.metadata?.uid ?? '').sort();

/** The Deployment the contract works on, and its pods. */
export async function findWorkload(
  reader: ClusterReader,
  options: ReaderContractOptions = {},
): Promise<{ deployment: Deployment; pods: Pod[] }> {
  const deployments = options.workload
    ? [await reader.getDeployment(options.workload.namespace, options.workload.name)]
    : await reader.listDeployments();
  for (const deployment of deployments) {
    const selector = deployment?.spec?.selector?.matchLabels;
    if (!deployment || !selector || Object.keys(selector).length === 0) continue;
    const pods = await reader.listPods({
      namespace: deployment.metadata?.namespace ?? '',
      labelSelector: Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    });
    if (pods.length > 0) return { deployment, pods };
  }
  throw new Error('the contract needs a Deployment with at least one pod in the cluster');
}

/**
 * The behaviour every `ClusterReader` must have, checked on whatever the cluster holds. Run it
 * against the real adapter on the sandbox and against fakes, so the fakes cannot drift.
 * @example
 * describeClusterReaderContract('KubernetesClusterReader on the sandbox', async () => {
 *   const sandbox = await startSandbox({ scenario: 'shop' });
 *   const access = createClusterAccessFromKubeconfig({ name: 'sandbox', kubeconfig: sandbox.kubeconfig() }, deps);
 *   return { reader: access.reader, close: async () => { await access.close(); await sandbox.close(); } };
 * });
 */
export function describeClusterReaderContract(
  name: string,
  makeSubject: () => Promise<ReaderContractSubject>,
  options: ReaderContractOptions = {},
): void {
  describe(`${name} (ClusterReader contract)`, () => {
    let close: (() => Promise<void>) | undefined;
    const subject = async () => {
      const made = await makeSubject();
      close = made.close;
      return made.reader;
    };
    afterEach(async () => {
      await close?.();
      close = undefined;
    });

    it('lists the same pods whatever the page size', async () => {
      const reader = await subject();

      const all = await reader.listPods();
      const paged = await reader.listPods({ pageSize: 1 });

      expect(all.length).toBeGreaterThan(0);
      expect(uids(paged)).toEqual(uids(all));
    });

    it('narrows lists by namespace, label selector and field selector', async () => {
      const reader = await subject();
      const { pods } = await findWorkload(reader, options);
      const pod = pods[0] as Pod;
      const namespace = pod.metadata?.namespace ?? '';
      const [key, value] = Object.entries(pod.metadata?.labels ?? {})[0] ?? [];

      const inNamespace = await reader.listPods({ namespace });
      const labelled = await reader.listPods({ namespace, labelSelector: `${key}=${value}` });
      const byName = await reader.listPods({
        namespace,
        fieldSelector: `metadata.name=${pod.metadata?.name}`,
      });

      expect(inNamespace.every((p) => p.metadata?.namespace === namespace)).toBe(true);
      expect(labelled.every((p) => p.metadata?.labels?.[key ?? ''] === value)).toBe(true);
      expect(uids(labelled)).toContain(pod.metadata?.uid);
      expect(byName.map((p) => p.metadata?.name)).toEqual([pod.metadata?.name]);
    });

    it('gets what it lists, and undefined for what does not exist', async () => {
      const reader = await subject();
      const { deployment, pods } = await findWorkload(reader, options);
      const namespace = deployment.metadata?.namespace ?? '';
      const [node] = await reader.listNodes();

      const pod = await reader.getPod(namespace, pods[0]?.metadata?.name ?? '');
      const got = await reader.getDeployment(namespace, deployment.metadata?.name ?? '');

      expect(pod?.metadata?.uid).toBe(pods[0]?.metadata?.uid);
      expect(got?.metadata?.uid).toBe(deployment.metadata?.uid);
      expect((await reader.getNode(node?.metadata?.name ?? ''))?.metadata?.name).toBe(node?.metadata?.name);
      expect(await reader.getPod(namespace, 'no-such-pod-0000')).toBeUndefined();
      expect(await reader.getDeployment(namespace, 'no-such-deployment')).toBeUndefined();
      expect(await reader.getReplicaSet(namespace, 'no-such-replicaset')).toBeUndefined();
      expect(await reader.getStatefulSet(namespace, 'no-such-statefulset')).toBeUndefined();
      expect(await reader.getDaemonSet(namespace, 'no-such-daemonset')).toBeUndefined();
      expect(await reader.getNode('no-such-node')).toBeUndefined();
    });

    it('answers every list with an array', async () => {
      const reader = await subject();

      const lists = await Promise.all([
        reader.listNodes(),
        reader.listNamespaces(),
        reader.listDeployments(),
        reader.listReplicaSets(),
        reader.listStatefulSets(),
        reader.listDaemonSets(),
        reader.listJobs(),
        reader.listEvents(),
        reader.listServices(),
        reader.listNetworkPolicies(),
        reader.listConfigMaps(),
        reader.listPodDisruptionBudgets(),
        reader.listHorizontalPodAutoscalers(),
        reader.listCronJobs(),
        reader.listIngresses(),
        reader.listCertificates(),
        reader.listServiceAccounts(),
        reader.listRoles(),
        reader.listRoleBindings(),
        reader.listClusterRoles(),
        reader.listClusterRoleBindings(),
      ]);

      for (const list of lists) expect(Array.isArray(list)).toBe(true);
      expect(lists[0]?.length).toBeGreaterThan(0);
      expect(lists[1]?.length).toBeGreaterThan(0);
    });

    it('follows a pod’s owners out to its Deployment', async () => {
      const reader = await subject();
      const { deployment, pods } = await findWorkload(reader, options);

      const chain = await reader.ownerChain(pods[0] as Pod);

      expect(chain.map((link) => link.kind)).toEqual(['ReplicaSet', 'Deployment']);
      expect(chain[1]?.name).toBe(deployment.metadata?.name);
      expect(chain.every((link) => link.namespace === deployment.metadata?.namespace)).toBe(true);
      const replicaSet = await reader.getReplicaSet(chain[0]?.namespace ?? '', chain[0]?.name ?? '');
      expect(replicaSet?.metadata?.name).toBe(chain[0]?.name);
    });

    it('returns only the events of the object asked about, oldest first', async () => {
      const reader = await subject();
      const { pods } = await findWorkload(reader, options);
      const pod = pods[0] as Pod;

      const events = await reader.eventsFor({
        kind: 'Pod',
        namespace: pod.metadata?.namespace ?? '',
        name: pod.metadata?.name ?? '',
      });

      for (const event of events) {
        expect(event.involvedObject.kind).toBe('Pod');
        expect(event.involvedObject.name).toBe(pod.metadata?.name);
      }
      const times = events.map((e) =>
        new Date((e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? 0) as Date).getTime(),
      );
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('reads logs as text, and undefined for a pod that does not exist', async () => {
      const reader = await subject();
      const { pods } = await findWorkload(reader, options);
      const pod = pods[0] as Pod;
      const namespace = pod.metadata?.namespace ?? '';

      const log = await reader.readPodLog(namespace, pod.metadata?.name ?? '', { tailLines: 10 });

      expect(log === undefined || typeof log === 'string').toBe(true);
      expect(await reader.readPodLog(namespace, 'no-such-pod-0000')).toBeUndefined();
    });

    it('applies tailLines first, then returns the first limitBytes of those lines, as the API server does', async () => {
      const reader = await subject();
      const { pods } = await findWorkload(reader, options);
      const pod = pods[0] as Pod;
      const namespace = pod.metadata?.namespace ?? '';
      const name = pod.metadata?.name ?? '';

      const tail = await reader.readPodLog(namespace, name, { tailLines: 2 });
      const cut = await reader.readPodLog(namespace, name, { tailLines: 2, limitBytes: 5 });

      expect(cut).toBe(
        tail === undefined ? undefined : Buffer.from(tail, 'utf8').subarray(0, 5).toString('utf8'),
      );
    });
  });
}
