import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigSchema,
  InMemoryNotifier,
  type LoadedConfig,
  ManualClock,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import { controlStateFrom } from '@sre-agent/healing';
import { quarantineResolvedFinding } from '@sre-agent/healing/quarantine';
import { resolveScenario, type ScenarioDefinitionInput } from '@sre-agent/sandbox';
import { parseFalcoAlert, type RuntimeFinding, resolveFindingPod } from '@sre-agent/security/runtime';
import { createInMemoryState } from '@sre-agent/state';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { quarantineFindings, quarantineRequest } from '../src/use-cases/quarantine-finding.ts';
import { receiveRuntimeFinding } from '../src/use-cases/receive-runtime-finding.ts';

/**
 * Issue 12 end to end against the sandbox's crypto-miner scenario, through the real Kubernetes
 * client: GuardDuty's finding → the exact pod → quarantine-pod (policy, dry run, audit) → page.
 */

const START = new Date('2026-12-02T03:00:00Z');

/** The status fields of a stored pod these tests read. */
type PodStatus = { conditions?: { type: string; status: string }[] } | undefined;
let mode: SandboxMode | undefined;
let dir: string | undefined;
afterEach(async () => {
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  mode = undefined;
});

async function setup(
  config: LoadedConfig['config'] = ConfigSchema.parse({}),
  scenario: string | ScenarioDefinitionInput = 'crypto-miner',
) {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-quarantine-'));
  const clock = new ManualClock(START);
  mode = await startSandboxMode({
    loaded: { config, source: undefined, secrets: {} },
    dataDir: dir,
    scenario,
    logger: silentLogger,
    clock,
  });
  const stores = createInMemoryState({ clock });
  const notifier = new InMemoryNotifier();
  const handles = mode.override.clusters;
  const deps = {
    config: mode.override.loaded.config,
    cluster: (name: string) => handles.get(name),
    defaultCluster: 'sandbox',
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    notifier,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  };
  return { sandbox: mode.sandbox, deps, stores, notifier };
}

const LEDGER = 'registry.local/media/ledger:2.4.1';

/** crypto-miner plus a StatefulSet, media/ledger: its pod ledger-0 keeps its name when replaced. */
function withLedger(): ScenarioDefinitionInput {
  const base = resolveScenario('crypto-miner');
  const labels = { 'app.kubernetes.io/name': 'ledger' };
  return {
    ...base,
    objects: [
      ...base.objects,
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'ledger', namespace: 'media', labels },
        spec: {
          replicas: 1,
          serviceName: 'ledger',
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: 'ledger', image: LEDGER }] } },
        },
      },
    ],
    profiles: [...base.profiles, { image: LEDGER, memoryUsageMi: 64 }],
  };
}

/** The live pod's uid and bare container id, read from the sandbox's store. */
function podIdentity(sandbox: SandboxMode['sandbox'], name: string) {
  const pod = sandbox.get('Pod', 'media', name);
  const status = pod?.status as { containerStatuses?: { containerID?: string }[] } | undefined;
  const containerId = (status?.containerStatuses?.[0]?.containerID ?? '').replace(/^[a-z]+:\/\//, '');
  return { uid: pod?.metadata.uid, containerId };
}

/** Falco's crypto-miner alert about one container of media/<pod>, as Falcosidekick posts it. */
function falcoFinding(pod: string, containerId: string, uuid: string): RuntimeFinding {
  const parsed = parseFalcoAlert({
    uuid,
    output: `Outbound connection to a mining pool (container_id=${containerId} k8s_pod_name=${pod})`,
    priority: 'Critical',
    rule: 'Detect crypto miners using the Stratum protocol',
    time: '2026-12-02T03:00:05.123456789Z',
    output_fields: { 'container.id': containerId.slice(0, 12), 'k8s.ns.name': 'media', 'k8s.pod.name': pod },
  });
  if (parsed.kind !== 'finding') throw new Error(`the Falco alert did not parse: ${parsed.reason}`);
  return parsed.finding;
}

const podsOf = (mode: SandboxMode, app: string) =>
  mode.sandbox.list('Pod', 'media').filter((p) => p.metadata.labels?.['app.kubernetes.io/name'] === app);

describe('quarantine against the sandbox (crypto-miner)', () => {
  it('quarantines exactly the miner pod, keeps it, and its replacement becomes Ready; nothing else changes', async () => {
    const { sandbox, deps, stores, notifier } = await setup();
    const [event] = sandbox.injectRuntimeThreats();
    if (!mode || !event) throw new Error('no GuardDuty finding injected');
    const before = podsOf(mode, 'image-resizer');
    expect(before).toHaveLength(2);
    const detail = event.detail as {
      resource: { kubernetesDetails: { kubernetesWorkloadDetails: { name: string; uid: string } } };
    };
    const { name: minerName, uid: minerUid } = detail.resource.kubernetesDetails.kubernetesWorkloadDetails;
    const seen = sandbox.requests().length;

    const [outcome] = await quarantineFindings(event, deps);

    expect(outcome?.result.kind).toBe('quarantined');
    const writes = sandbox
      .requests()
      .slice(seen)
      .filter((r) => r.method !== 'GET');
    expect(writes.filter((r) => !r.dryRun).map((r) => `${r.method} ${r.resource}/${r.name ?? ''}`)).toEqual([
      `PATCH pods/${minerName}`,
      `PATCH pods/${minerName}`,
      'POST networkpolicies/',
      `PATCH pods/${minerName}`,
    ]);
    expect(writes.every((r) => r.namespace === 'media')).toBe(true);
    const miner = sandbox.get('Pod', 'media', minerName);
    expect(miner?.metadata?.uid).toBe(minerUid);
    expect(miner?.metadata?.labels).toEqual({ 'sre-agent.io/quarantine': minerUid });
    const policy = sandbox.get('NetworkPolicy', 'media', `sre-agent-quarantine-${minerUid}`);
    expect(policy?.spec).toMatchObject({
      podSelector: { matchLabels: { 'sre-agent.io/quarantine': minerUid } },
      policyTypes: ['Ingress', 'Egress'],
    });

    sandbox.engine.tick(60_000);

    expect(sandbox.get('Pod', 'media', minerName)?.metadata?.ownerReferences).toBeUndefined();
    const replicas = podsOf(mode, 'image-resizer');
    expect(replicas).toHaveLength(2);
    expect(replicas.map((p) => p.metadata.name)).not.toContain(minerName);
    expect(
      replicas.every((p) =>
        (p.status as PodStatus)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      ),
    ).toBe(true);
    expect(podsOf(mode, 'gallery-api')).toHaveLength(2);
    const audit = await stores.audit.listForIncident(
      outcome?.result && 'incidentId' in outcome.result ? outcome.result.incidentId : '',
    );
    expect(audit.map((a) => a.status)).toEqual(['applied']);
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]?.title).toContain(`media/${minerName}: quarantined`);
    expect(notifier.sent[0]?.fields).toContainEqual({
      label: 'domain queried',
      value: 'pool.supportxmr.com',
    });
  });

  it('takes the redelivered finding as already handled and writes nothing', async () => {
    const { sandbox, deps } = await setup();
    const [event] = sandbox.injectRuntimeThreats();
    await quarantineFindings(event, deps);
    const seen = sandbox.requests().length;

    const [again] = await quarantineFindings(event, deps);

    expect(again?.result.kind).toBe('duplicate');
    expect(
      sandbox
        .requests()
        .slice(seen)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
  });

  it('refuses a finding whose container id is not the pod’s, and pages instead', async () => {
    const { sandbox, deps, notifier } = await setup();
    const [event] = sandbox.injectRuntimeThreats();
    const forged = structuredClone(event) as {
      detail: {
        resource: { kubernetesDetails: { kubernetesWorkloadDetails: { containers: { id: string }[] } } };
      };
    };
    const workload = forged.detail.resource.kubernetesDetails.kubernetesWorkloadDetails;
    workload.containers = [{ ...workload.containers[0], id: 'a'.repeat(64) }];
    const seen = sandbox.requests().length;

    const [outcome] = await quarantineFindings(forged, deps);

    expect(outcome?.result.kind).toBe('unresolved');
    expect(
      sandbox
        .requests()
        .slice(seen)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
    expect(notifier.sent[0]?.status).toBe('escalated');
  });

  it('refuses a StatefulSet pod replaced (same name) between resolution and quarantine, and quarantines the unchanged one', async () => {
    const { sandbox, deps } = await setup(ConfigSchema.parse({}), withLedger());
    const handles = deps.cluster('sandbox');
    if (!handles) throw new Error('no sandbox cluster');
    const original = podIdentity(sandbox, 'ledger-0');
    const finding = falcoFinding('ledger-0', original.containerId, '0f7c5a3e-3c1d-4b8e-9d1a-2b3c4d5e6f70');
    const resolved = await resolveFindingPod(handles.reader, finding);
    if (resolved.kind !== 'resolved') throw new Error(`not resolved: ${resolved.reason}`);
    // The StatefulSet replaces its pod under the very same name, with a new uid and container.
    await handles.writer.deletePod('media', 'ledger-0');
    for (let i = 0; i < 20 && podIdentity(sandbox, 'ledger-0').uid === original.uid; i += 1) {
      sandbox.engine.tick(5_000);
    }
    for (let i = 0; i < 20 && !podIdentity(sandbox, 'ledger-0').containerId; i += 1) {
      sandbox.engine.tick(5_000);
    }
    const replacement = podIdentity(sandbox, 'ledger-0');
    const seen = sandbox.requests().length;

    const refused = await quarantineResolvedFinding(quarantineRequest(finding, 'sandbox', resolved), {
      ...deps,
      handles,
    });
    const writesWhenReplaced = sandbox
      .requests()
      .slice(seen)
      .filter((r) => r.method !== 'GET');
    const fresh = falcoFinding('ledger-0', replacement.containerId, '7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3920');
    const again = await resolveFindingPod(handles.reader, fresh);
    if (again.kind !== 'resolved') throw new Error(`not resolved: ${again.reason}`);
    const quarantined = await quarantineResolvedFinding(quarantineRequest(fresh, 'sandbox', again), {
      ...deps,
      handles,
    });

    expect(resolved).toMatchObject({ podUid: original.uid, containerId: original.containerId });
    expect(replacement.uid).toBeDefined();
    expect(replacement.uid).not.toBe(original.uid);
    expect(replacement.containerId).toMatch(/^[0-9a-f]{64}$/);
    expect(replacement.containerId).not.toBe(original.containerId);
    expect(refused).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('ledger-0 was replaced since the finding'),
    });
    expect(writesWhenReplaced).toEqual([]);
    expect(quarantined.kind).toBe('quarantined');
    expect(sandbox.get('Pod', 'media', 'ledger-0')?.metadata.labels).toMatchObject({
      'sre-agent.io/quarantine': replacement.uid,
    });
    expect(
      sandbox
        .list('NetworkPolicy', 'media')
        .map((p) => p.metadata.name)
        .filter((name) => name.startsWith('sre-agent-quarantine-')),
    ).toEqual([`sre-agent-quarantine-${replacement.uid}`]);
  });

  it('queues an EventBridge GuardDuty event from the receiver, and the worker quarantines the pod', async () => {
    const { sandbox, stores } = await setup();
    if (!mode) throw new Error('no sandbox');
    const clock = new ManualClock(START);
    const agent = buildAgent({
      loaded: mode.override.loaded,
      stores,
      clusters: mode.override.clusters,
      clock,
      logger: silentLogger,
      ids: sequentialIds(),
    });
    const [event] = sandbox.injectRuntimeThreats();

    const receipt = await receiveRuntimeFinding(agent, event);
    await agent.localQueue?.drain();

    expect(receipt.rejected).toEqual([]);
    expect(receipt.queued).toHaveLength(1);
    const pod = sandbox.get('Pod', 'media', receipt.queued[0]?.pod ?? '');
    expect(pod?.metadata.labels?.['sre-agent.io/quarantine']).toBe(pod?.metadata.uid);
    expect(
      await receiveRuntimeFinding(agent, {
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Finding',
        detail: {},
      }),
    ).toMatchObject({
      queued: [],
      rejected: [expect.stringContaining('not a GuardDuty finding')],
    });
  });

  it('refuses and pages when nothing enforces NetworkPolicies (aws-node without its policy agent), changing nothing', async () => {
    const { sandbox, deps, notifier, stores } = await setup(ConfigSchema.parse({}), {
      ...resolveScenario('crypto-miner'),
      timeline: [],
    });
    const [event] = sandbox.injectRuntimeThreats();
    const seen = sandbox.requests().length;

    const [outcome] = await quarantineFindings(event, deps);

    expect(outcome?.result).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('no NetworkPolicy enforcement found'),
    });
    expect(
      sandbox
        .requests()
        .slice(seen)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
    expect(notifier.sent[0]?.title).toContain('NOT quarantined');
    const id = outcome?.result && 'incidentId' in outcome.result ? outcome.result.incidentId : '';
    expect((await stores.audit.listForIncident(id)).map((a) => a.status)).toEqual(['refused']);
  });

  it('observes only, and says so, when security.quarantine.mode is observe', async () => {
    const { sandbox, deps } = await setup(
      ConfigSchema.parse({ security: { quarantine: { mode: 'observe' } } }),
    );
    const [event] = sandbox.injectRuntimeThreats();
    const seen = sandbox.requests().length;

    const [outcome] = await quarantineFindings(event, deps);

    expect(outcome?.result.kind).toBe('observed');
    expect(
      sandbox
        .requests()
        .slice(seen)
        .filter((r) => r.method !== 'GET'),
    ).toEqual([]);
  });
});
