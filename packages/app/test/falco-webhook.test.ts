import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { createLocalServer, listen } from '../src/server/local-server.ts';

/**
 * Falco alerts through Falcosidekick's webhook output, on the local server, against the sandbox's
 * crypto-miner scenario: authenticated with the shared secret, queued like a GuardDuty finding,
 * and the worker quarantines exactly the miner's pod.
 */

const START = new Date('2026-12-02T03:00:00Z');
const TOKEN = 'falco-shared-secret-0123456789abcdef';
let mode: SandboxMode | undefined;
let server: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  await new Promise<void>((done) => {
    server?.closeAllConnections();
    server ? server.close(() => done()) : done();
  });
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  mode = undefined;
  server = undefined;
});

/**
 * The sandbox behind the agent; with `otherCluster`, the same sandbox is configured a second time
 * as `prod-other`, so a finding routed there would change it.
 */
async function setup(options: { otherCluster?: boolean } = {}) {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-falco-'));
  const clock = new ManualClock(START);
  mode = await startSandboxMode({
    loaded: { config: ConfigSchema.parse({}), source: undefined, secrets: {} },
    dataDir: dir,
    scenario: 'crypto-miner',
    logger: silentLogger,
    clock,
  });
  const loaded = mode.override.loaded;
  const clusters = new Map(mode.override.clusters);
  let config = loaded.config;
  const sandboxCluster = config.clusters[0];
  const connection = clusters.get('sandbox');
  if (options.otherCluster && sandboxCluster && connection) {
    const other = { ...sandboxCluster, name: 'prod-other' };
    config = ConfigSchema.parse({ ...config, clusters: [sandboxCluster, other] });
    clusters.set('prod-other', connection);
  }
  const agent = buildAgent({
    loaded: { ...loaded, config, secrets: { ...loaded.secrets, FALCO_WEBHOOK_TOKEN: TOKEN } },
    stores: createInMemoryState({ clock }),
    clusters,
    clock,
    logger: silentLogger,
    ids: sequentialIds(),
  });
  server = createLocalServer(agent);
  const url = await listen(server);
  return { sandbox: mode.sandbox, agent, url };
}

type Pod = { metadata: { name?: string; uid?: string; labels?: Record<string, string> } };
type PodStatus = { containerStatuses?: { name: string; containerID?: string }[] };

/** What Falcosidekick posts for Falco's "Detect crypto miners using the Stratum protocol" rule. */
function falcoAlert(pod: string, containerId: string) {
  return {
    uuid: '9c1f0b55-1a53-4d3c-9a58-6a0f4b1f2f77',
    output: `Outbound connection to a mining pool (command=xmrig -o stratum+tcp://pool.supportxmr.com:3333 container_id=${containerId} k8s_pod_name=${pod})`,
    priority: 'Critical',
    rule: 'Detect crypto miners using the Stratum protocol',
    time: '2026-12-02T03:00:05.123456789Z',
    source: 'syscall',
    hostname: 'ip-10-0-1-23',
    tags: ['host', 'container', 'network', 'mitre_impact', 'T1496'],
    output_fields: {
      'container.id': containerId,
      'k8s.ns.name': 'media',
      'k8s.pod.name': pod,
      'proc.cmdline': 'xmrig -o stratum+tcp://pool.supportxmr.com:3333',
      'evt.time': 1_764_644_405_123,
    },
  };
}

function post(url: string, body: string, headers: Record<string, string>) {
  return fetch(`${url}/falco`, { method: 'POST', body, headers }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, unknown>,
  }));
}

describe('POST /falco (Falcosidekick webhook)', () => {
  it('refuses requests without the shared secret, and quarantines exactly the pod an authenticated alert names', async () => {
    const { sandbox, agent, url } = await setup();
    const [event] = sandbox.injectRuntimeThreats();
    if (!event) throw new Error('the scenario injected no runtime threat');
    const detail = event.detail as {
      resource: { kubernetesDetails: { kubernetesWorkloadDetails: { name: string } } };
    };
    const minerName = detail.resource.kubernetesDetails.kubernetesWorkloadDetails.name;
    const status = sandbox.get('Pod', 'media', minerName)?.status as PodStatus | undefined;
    const fullId = (status?.containerStatuses?.[0]?.containerID ?? '').replace(/^[a-z]+:\/\//, '');
    // Falco prints the 12-character short id.
    const body = JSON.stringify(falcoAlert(minerName, fullId.slice(0, 12)));
    const json = { 'content-type': 'application/json' };
    const seen = sandbox.requests().length;

    const anonymous = await post(url, body, json);
    const wrong = await post(url, body, { ...json, authorization: `Bearer ${TOKEN.slice(0, -1)}x` });
    const form = await post(url, body, { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
    await agent.localQueue?.drain();
    const untouched = sandbox.requests().slice(seen);
    const accepted = await post(url, body, { ...json, authorization: `Bearer ${TOKEN}` });
    await agent.localQueue?.drain();
    const repeated = await post(url, body, { ...json, authorization: `Bearer ${TOKEN}` });
    await agent.localQueue?.drain();

    expect(fullId).toMatch(/^[0-9a-f]{64}$/);
    expect([anonymous.status, wrong.status, form.status]).toEqual([401, 401, 415]);
    expect(anonymous.body.error).toBe('missing or wrong bearer token');
    expect(untouched).toEqual([]);
    expect(accepted).toEqual({
      status: 202,
      body: {
        queued: [
          {
            id: '9c1f0b55-1a53-4d3c-9a58-6a0f4b1f2f77',
            type: 'Detect crypto miners using the Stratum protocol',
            namespace: 'media',
            pod: minerName,
          },
        ],
        duplicates: 0,
        rejected: [],
      },
    });
    expect(repeated.body).toEqual({ queued: [], duplicates: 1, rejected: [] });
    const writes = sandbox
      .requests()
      .slice(seen)
      .filter((r) => r.method !== 'GET' && !r.dryRun);
    expect(writes.map((r) => `${r.method} ${r.namespace}/${r.resource}/${r.name ?? ''}`)).toEqual([
      `PATCH media/pods/${minerName}`,
      `PATCH media/pods/${minerName}`,
      'POST media/networkpolicies/',
      `PATCH media/pods/${minerName}`,
    ]);
    const kept: Pod | undefined = sandbox.get('Pod', 'media', minerName);
    expect(kept?.metadata.labels).toEqual({ 'sre-agent.io/quarantine': kept?.metadata.uid });
    const others = sandbox
      .list('Pod', 'media')
      .filter((p: Pod) => p.metadata.name !== minerName)
      .map((p: Pod) => p.metadata.labels?.['sre-agent.io/quarantine']);
    expect(others.every((label) => label === undefined)).toBe(true);
  });

  it('refuses a GuardDuty finding or an Alertmanager body naming another cluster, queueing nothing, and still takes a Falco alert', async () => {
    const { sandbox, agent, url } = await setup({ otherCluster: true });
    const [event] = sandbox.injectRuntimeThreats();
    if (!event) throw new Error('the scenario injected no runtime threat');
    const guardDuty = structuredClone(event.detail) as {
      resource: {
        eksClusterDetails: { name: string };
        kubernetesDetails: { kubernetesWorkloadDetails: { name: string } };
      };
    };
    guardDuty.resource.eksClusterDetails.name = 'prod-other';
    const minerName = guardDuty.resource.kubernetesDetails.kubernetesWorkloadDetails.name;
    const status = sandbox.get('Pod', 'media', minerName)?.status as PodStatus | undefined;
    const fullId = (status?.containerStatuses?.[0]?.containerID ?? '').replace(/^[a-z]+:\/\//, '');
    const alertmanager = {
      receiver: 'sre-agent',
      status: 'firing',
      alerts: [
        {
          status: 'firing',
          labels: {
            source: 'falco',
            rule: 'Detect crypto miners using the Stratum protocol',
            priority: 'Critical',
            k8s_ns_name: 'media',
            k8s_pod_name: minerName,
            container_id: fullId.slice(0, 12),
          },
          startsAt: '2026-12-02T03:00:05Z',
        },
      ],
      output_fields: {},
    };
    const json = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
    const seen = sandbox.requests().length;

    const forged = await post(url, JSON.stringify({ ...guardDuty, output_fields: {} }), json);
    const viaAlertmanager = await post(url, JSON.stringify(alertmanager), json);
    const queuedAfterForgeries = agent.localQueue?.size;
    await agent.localQueue?.drain();
    const writesAfterForgeries = sandbox
      .requests()
      .slice(seen)
      .filter((r) => r.method !== 'GET');
    const audited = async (cluster: string) => agent.stores.audit.countAutonomousSince(cluster, new Date(0));
    const auditedAfterForgeries = [await audited('prod-other'), await audited('sandbox')];
    const genuine = await post(url, JSON.stringify(falcoAlert(minerName, fullId.slice(0, 12))), json);
    await agent.localQueue?.drain();

    expect(agent.config.clusters.map((c) => c.name)).toEqual(['sandbox', 'prod-other']);
    expect(forged.status).toBe(400);
    expect(forged.body.error).toMatch(/^not a Falcosidekick alert .*: field output is missing or invalid$/);
    expect(viaAlertmanager.status).toBe(400);
    expect(viaAlertmanager.body.error).toMatch(/^not a Falcosidekick alert/);
    expect(queuedAfterForgeries).toBe(0);
    expect(writesAfterForgeries).toEqual([]);
    expect(auditedAfterForgeries).toEqual([0, 0]);
    expect(genuine.status).toBe(202);
    expect(genuine.body.queued).toHaveLength(1);
    const kept: Pod | undefined = sandbox.get('Pod', 'media', minerName);
    expect(kept?.metadata.labels).toEqual({ 'sre-agent.io/quarantine': kept?.metadata.uid });
    expect([await audited('prod-other'), await audited('sandbox')]).toEqual([0, 1]);
  });

  it('fails closed without a configured secret, and refuses what is not a Falco alert or too large', async () => {
    const { agent, url } = await setup();
    const authorization = `Bearer ${TOKEN}`;
    const json = { 'content-type': 'application/json', authorization };

    const notFalco = await post(url, JSON.stringify({ hello: 'world' }), json);
    const notJson = await post(url, '{"rule":', json);
    const tooLarge = await post(
      url,
      JSON.stringify({ ...falcoAlert('p', 'abcdefabcdef'), output: 'x'.repeat(70_000) }),
      json,
    );
    const hostEvent = await post(
      url,
      JSON.stringify({
        ...falcoAlert('p', 'host'),
        output_fields: { 'container.id': 'host', 'proc.cmdline': 'insmod rootkit.ko' },
      }),
      json,
    );
    (agent.secrets as Record<string, string | undefined>).FALCO_WEBHOOK_TOKEN = undefined;
    const unconfigured = await post(url, JSON.stringify(falcoAlert('p', 'abcdefabcdef')), json);

    expect(notFalco.status).toBe(400);
    expect(notJson).toEqual({ status: 400, body: { error: 'body is not JSON' } });
    expect(tooLarge.status).toBe(413);
    expect(hostEvent).toEqual({
      status: 202,
      body: {
        queued: [],
        duplicates: 0,
        rejected: [
          'Falco rule Detect crypto miners using the Stratum protocol fired on the host, not in a container: there is no pod to quarantine',
        ],
      },
    });
    expect(unconfigured.status).toBe(401);
    expect(unconfigured.body.error).toMatch(/no FALCO_WEBHOOK_TOKEN is configured/);
  });
});
