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
import { resolveScenario, type ScenarioDefinitionInput } from '@sre-agent/sandbox';
import { createInMemoryState } from '@sre-agent/state';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { quarantineFindings } from '../src/use-cases/quarantine-finding.ts';
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
