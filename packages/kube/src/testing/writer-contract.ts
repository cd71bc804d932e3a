import { NotFoundError } from '@sre-agent/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterReader, ClusterWriter, Deployment, NetworkPolicy } from '../ports.ts';
import { findWorkload, type ReaderContractOptions } from './reader-contract.ts';

/**
 * A fresh cluster per test. `settle` lets controllers act after a mutation (e.g. the sandbox's
 * `engine.tick`), so that new ReplicaSets appear and evicted pods go; omit it for fakes without
 * controllers. `close` is called after each test.
 */
export type WriterContractSubject = {
  reader: ClusterReader;
  writer: ClusterWriter;
  settle?: () => Promise<void>;
  close?: () => Promise<void>;
};

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

function ref(deployment: Deployment) {
  return { namespace: deployment.metadata?.namespace ?? '', name: deployment.metadata?.name ?? '' };
}

function firstContainer(deployment: Deployment | undefined) {
  return deployment?.spec?.template?.spec?.containers?.[0];
}

/**
 * The behaviour every `ClusterWriter` must have: dry runs change nothing, real mutations are
 * visible through the reader, `before`/`after` describe them, missing objects are NotFoundError.
 * Needs a Deployment with pods (as the reader contract) and a node.
 */
export function describeClusterWriterContract(
  name: string,
  makeSubject: () => Promise<WriterContractSubject>,
  options: ReaderContractOptions = {},
): void {
  describe(`${name} (ClusterWriter contract)`, () => {
    let close: (() => Promise<void>) | undefined;
    const subject = async () => {
      const made = await makeSubject();
      close = made.close;
      const { deployment } = await findWorkload(made.reader, options);
      const settle = made.settle ?? (async () => {});
      return { ...made, settle, deployment, ...ref(deployment) };
    };
    afterEach(async () => {
      await close?.();
      close = undefined;
    });

    it('changes nothing on a dry run, yet reports what the change would be', async () => {
      const { reader, writer, namespace, name: deploymentName } = await subject();
      const before = await reader.getDeployment(namespace, deploymentName);

      const restart = await writer.rolloutRestart('Deployment', namespace, deploymentName, { dryRun: true });
      const scale = await writer.scale('Deployment', namespace, deploymentName, 7, { dryRun: true });
      await writer.label(
        { kind: 'Deployment', namespace, name: deploymentName },
        { contract: 'dry' },
        { dryRun: true },
      );

      const after = await reader.getDeployment(namespace, deploymentName);
      expect(restart.dryRun).toBe(true);
      expect(restart.after?.spec?.template?.metadata?.annotations?.[RESTARTED_AT]).toBeDefined();
      expect(scale).toMatchObject({ dryRun: true, after: { replicas: 7 } });
      expect(after?.metadata?.resourceVersion).toBe(before?.metadata?.resourceVersion);
      expect(after?.spec?.replicas).toBe(before?.spec?.replicas);
      expect(after?.metadata?.labels?.contract).toBeUndefined();
    });

    it('rollout-restarts by stamping the pod template', async () => {
      const { reader, writer, namespace, name: deploymentName } = await subject();

      const result = await writer.rolloutRestart('Deployment', namespace, deploymentName);

      const stamped = (await reader.getDeployment(namespace, deploymentName))?.spec?.template?.metadata
        ?.annotations?.[RESTARTED_AT];
      expect(result.dryRun).toBe(false);
      expect(result.before?.metadata?.name).toBe(deploymentName);
      expect(stamped).toBeDefined();
      expect(Number.isNaN(Date.parse(stamped ?? ''))).toBe(false);
    });

    it('scales through the scale subresource and reports the counts', async () => {
      const { reader, writer, deployment, namespace, name: deploymentName } = await subject();
      const replicas = deployment.spec?.replicas ?? 1;

      const result = await writer.scale('Deployment', namespace, deploymentName, replicas + 1);

      expect(result).toEqual({ dryRun: false, before: { replicas }, after: { replicas: replicas + 1 } });
      expect((await reader.getDeployment(namespace, deploymentName))?.spec?.replicas).toBe(replicas + 1);
    });

    it('patches one container’s resources by name, with either patch strategy', async () => {
      const { reader, writer, deployment, namespace, name: deploymentName } = await subject();
      const container = firstContainer(deployment)?.name ?? '';
      const others = deployment.spec?.template?.spec?.containers?.slice(1).map((c) => c.name);

      await writer.patchContainerResources('Deployment', namespace, deploymentName, container, {
        limits: { memory: '777Mi' },
      });
      await writer.patchContainerResources(
        'Deployment',
        namespace,
        deploymentName,
        container,
        { requests: { memory: '333Mi' } },
        { strategy: 'merge' },
      );

      const patched = await reader.getDeployment(namespace, deploymentName);
      const resources = patched?.spec?.template?.spec?.containers?.find(
        (c) => c.name === container,
      )?.resources;
      expect(resources?.limits?.memory).toBe('777Mi');
      expect(resources?.requests?.memory).toBe('333Mi');
      expect(patched?.spec?.template?.spec?.containers?.slice(1).map((c) => c.name)).toEqual(others);
      await expect(
        writer.patchContainerResources('Deployment', namespace, deploymentName, 'no-such-container', {
          limits: { memory: '1Gi' },
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('rolls a Deployment back to its previous template', async () => {
      const { reader, writer, settle, deployment, namespace, name: deploymentName } = await subject();
      const original = firstContainer(deployment);
      await writer.patchContainerResources('Deployment', namespace, deploymentName, original?.name ?? '', {
        limits: { memory: '999Mi' },
      });
      await settle();

      await writer.rollbackDeployment(namespace, deploymentName);
      await settle();

      const rolledBack = firstContainer(await reader.getDeployment(namespace, deploymentName));
      expect(rolledBack?.image).toBe(original?.image);
      expect(rolledBack?.resources?.limits?.memory).toBe(original?.resources?.limits?.memory);
    });

    it('labels and annotates, and removes a key with null', async () => {
      const { reader, writer, namespace, name: deploymentName } = await subject();
      const target = { kind: 'Deployment', namespace, name: deploymentName };

      await writer.label(target, { 'sre-agent/contract': 'yes', 'sre-agent/gone': 'soon' });
      await writer.label(target, { 'sre-agent/gone': null });
      await writer.annotate(target, { 'sre-agent/note': 'contract' });

      const metadata = (await reader.getDeployment(namespace, deploymentName))?.metadata;
      expect(metadata?.labels?.['sre-agent/contract']).toBe('yes');
      expect(metadata?.labels?.['sre-agent/gone']).toBeUndefined();
      expect(metadata?.annotations?.['sre-agent/note']).toBe('contract');
    });

    it('creates a NetworkPolicy, then makes an existing one exactly the desired spec', async () => {
      const { reader, writer, namespace } = await subject();
      const policy = (spec: NetworkPolicy['spec']): NetworkPolicy => ({
        metadata: { name: 'sre-agent-contract', namespace },
        spec,
      });

      const created = await writer.applyNetworkPolicy(
        policy({
          podSelector: { matchLabels: { a: '1', b: '2' } },
          policyTypes: ['Ingress', 'Egress'],
          egress: [{}],
        }),
      );
      const updated = await writer.applyNetworkPolicy(
        policy({ podSelector: { matchLabels: { a: '1' } }, policyTypes: ['Ingress'] }),
      );

      const [stored] = await reader.listNetworkPolicies({
        namespace,
        fieldSelector: 'metadata.name=sre-agent-contract',
      });
      expect(created.before).toBeUndefined();
      expect(updated.before?.spec?.podSelector?.matchLabels).toEqual({ a: '1', b: '2' });
      expect(stored?.spec?.podSelector?.matchLabels).toEqual({ a: '1' });
      expect(stored?.spec?.policyTypes).toEqual(['Ingress']);
      expect(stored?.spec?.egress ?? []).toEqual([]);
    });

    it('deletes a pod for real only outside a dry run', async () => {
      const { reader, writer, settle, deployment } = await subject();
      const { pods } = await findWorkload(reader, { workload: ref(deployment) });
      const pod = pods[0];
      const podNamespace = pod?.metadata?.namespace ?? '';
      const podName = pod?.metadata?.name ?? '';

      await writer.deletePod(podNamespace, podName, { dryRun: true });
      const stillThere = await reader.getPod(podNamespace, podName);
      const result = await writer.deletePod(podNamespace, podName);
      await settle();
      const afterDelete = await reader.getPod(podNamespace, podName);

      expect(stillThere?.metadata?.uid).toBe(pod?.metadata?.uid);
      expect(result.before?.metadata?.uid).toBe(pod?.metadata?.uid);
      expect(afterDelete === undefined || afterDelete.metadata?.deletionTimestamp !== undefined).toBe(true);
    });

    it('cordons a node, and drains it as a dry run without evicting anything', async () => {
      const { reader, writer } = await subject();
      const [node] = await reader.listNodes();
      const nodeName = node?.metadata?.name ?? '';
      const podsBefore = await reader.listPods({ fieldSelector: `spec.nodeName=${nodeName}` });

      const drained = await writer.drainNode(nodeName, { dryRun: true });
      const stillSchedulable = await reader.getNode(nodeName);
      const cordoned = await writer.cordonNode(nodeName);

      expect(drained.node).toBe(nodeName);
      expect(drained.evicted.length + drained.skipped.length).toBe(podsBefore.length);
      expect(stillSchedulable?.spec?.unschedulable ?? false).toBe(false);
      expect((await reader.listPods({ fieldSelector: `spec.nodeName=${nodeName}` })).length).toBe(
        podsBefore.length,
      );
      expect(cordoned.after?.spec?.unschedulable).toBe(true);
      expect((await reader.getNode(nodeName))?.spec?.unschedulable).toBe(true);
    });

    it('reports objects that do not exist as NotFoundError', async () => {
      const { writer, namespace } = await subject();

      await expect(
        writer.rolloutRestart('Deployment', namespace, 'no-such-deployment'),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(writer.deletePod(namespace, 'no-such-pod-0000')).rejects.toBeInstanceOf(NotFoundError);
      await expect(writer.scale('Deployment', namespace, 'no-such-deployment', 1)).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(writer.cordonNode('no-such-node')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
