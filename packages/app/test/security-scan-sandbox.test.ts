import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsV1Api, KubeConfig } from '@kubernetes/client-node';
import { ConfigSchema, InMemoryNotifier, ManualClock, silentLogger } from '@sre-agent/core';
import {
  createDocumentClient,
  createDynamoState,
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '@sre-agent/state';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { runSecurityScan } from '../src/use-cases/run-security-scan.ts';

/**
 * The hourly security scan against the sandbox, its findings tracked in DynamoDB (dynalite): a
 * first scan reports everything as new, a second nothing (no digest), and deleting a workload
 * through the Kubernetes API fixes its findings.
 */

const START = new Date('2026-12-02T03:00:00Z');
let dynamo: EmbeddedDynamo;
let mode: SandboxMode | undefined;
let dir: string | undefined;
beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
});
afterAll(async () => {
  await dynamo?.close();
});
afterEach(async () => {
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  mode = undefined;
});

async function setup() {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-security-scan-'));
  const clock = new ManualClock(START);
  mode = await startSandboxMode({
    loaded: { config: ConfigSchema.parse({}), source: undefined, secrets: {} },
    dataDir: dir,
    scenario: 'crypto-miner',
    logger: silentLogger,
    clock,
  });
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const tableName = `security-scan-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await ensureTable(client, tableName);
  const stores = createDynamoState({ client, tableName, clock });
  const notifier = new InMemoryNotifier();
  const deps = {
    clusters: mode.override.clusters,
    findings: stores.findings,
    notifier,
    clock,
    logger: silentLogger,
  };
  const settings = { level: 'restricted' as const, secrets: true, exemptions: [] };
  return { sandbox: mode.sandbox, clock, stores, notifier, deps, settings };
}

describe('the scheduled security scan on the sandbox', () => {
  it('reports new findings once, stays quiet while nothing changes, and fixes a deleted workload’s findings', async () => {
    const { sandbox, clock, stores, notifier, deps, settings } = await setup();

    const [first] = await runSecurityScan(deps, settings);
    clock.advance(3_600_000);
    const [second] = await runSecurityScan(deps, settings);
    const open = await stores.findings.listOpen('sandbox');
    const gallery = open.filter((t) => t.finding.namespace === 'media' && t.finding.name === 'gallery-api');
    const kube = new KubeConfig();
    kube.loadFromString(sandbox.kubeconfig());
    await kube
      .makeApiClient(AppsV1Api)
      .deleteNamespacedDeployment({ name: 'gallery-api', namespace: 'media' });
    clock.advance(3_600_000);
    const [third] = await runSecurityScan(deps, settings);

    expect(first).toMatchObject({ cluster: 'sandbox', status: 'scanned', notified: true });
    if (first?.status !== 'scanned') throw new Error('first scan failed');
    expect(first.new).toBeGreaterThan(0);
    expect(first.new).toBe(first.open);
    expect(second).toMatchObject({ status: 'scanned', new: 0, fixed: 0, open: first.open, notified: false });
    expect(gallery.length).toBeGreaterThan(0);
    expect(third).toMatchObject({ status: 'scanned', new: 0, fixed: gallery.length, notified: true });
    expect(notifier.sent).toHaveLength(2);
    expect(notifier.sent[0]?.title).toBe(
      `Security digest for sandbox: ${first.new} new, 0 fixed, ${first.open} open`,
    );
    expect(notifier.sent[1]?.text).toContain('*Fixed*');
    expect(notifier.sent[1]?.text).toContain('media/Deployment/gallery-api');
    const galleryFinding = gallery[0]?.finding;
    if (!galleryFinding) throw new Error('gallery-api had no finding');
    const record = await stores.findings.get('sandbox', galleryFinding);
    expect(record).toMatchObject({
      status: 'fixed',
      firstSeen: START.toISOString(),
      lastSeen: new Date(START.getTime() + 3_600_000).toISOString(),
      closedAt: clock.now().toISOString(),
    });
  });

  it('leaves the denylisted namespaces out of the tracked findings and the digest, and counts them without naming them', async () => {
    const { stores, notifier, deps, settings } = await setup();
    const denyNamespaces = ConfigSchema.parse({}).policy.denyNamespaces;

    const [scan] = await runSecurityScan(deps, { ...settings, denyNamespaces });

    expect(scan).toMatchObject({ status: 'scanned', notified: true });
    const open = await stores.findings.listOpen('sandbox');
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((t) => denyNamespaces.includes(t.finding.namespace))).toEqual([]);
    const [digest] = notifier.sent;
    const text = `${digest?.title}\n${digest?.text}\n${JSON.stringify(digest?.fields)}`;
    // The default denylist's namespaces and kube-system's workloads (CoreDNS, the VPC CNI,
    // kube-proxy) are named nowhere; the three namespaces are counted.
    for (const word of [...denyNamespaces, 'coredns', 'aws-node', 'kube-proxy'])
      expect(text).not.toContain(word);
    expect(digest?.text).toContain('3 namespaces withheld (policy.denyNamespaces)');
    expect(digest?.text).toContain('media/');
  });

  it('keeps a denylisted namespace’s findings tracked before as they were: neither fixed nor shown', async () => {
    const { clock, stores, notifier, deps, settings } = await setup();
    await runSecurityScan(deps, settings);
    const tracked = (await stores.findings.listOpen('sandbox')).filter(
      (t) => t.finding.namespace === 'kube-system',
    );
    clock.advance(3_600_000);

    const [second] = await runSecurityScan(deps, { ...settings, denyNamespaces: ['kube-system'] });

    expect(tracked.length).toBeGreaterThan(0);
    expect(second).toMatchObject({ status: 'scanned', new: 0, fixed: 0, notified: false });
    for (const t of tracked)
      expect(await stores.findings.get('sandbox', t.finding)).toMatchObject({ status: 'open' });
    expect(notifier.sent).toHaveLength(1);
  });
});
