import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import * as gitops from '@sre-agent/gitops';
import { startSandbox } from '@sre-agent/sandbox';
import {
  createDocumentClient,
  createDynamoState,
  type EmbeddedDynamo,
  ensureTable,
  startEmbeddedDynamo,
} from '@sre-agent/state';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeSandboxManifests } from '../src/runtime/sandbox-manifests.ts';
import { runGitopsSweep } from '../src/use-cases/run-gitops-sweep.ts';

const START = new Date('2026-11-27T03:00:00Z');
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

describe('the scheduled GitOps sweep on the sandbox’s manifests repository', { timeout: 180_000 }, () => {
  let dynamo: EmbeddedDynamo;
  let root: string;
  let files: string[];
  let template: string;
  beforeAll(async () => {
    dynamo = await startEmbeddedDynamo({});
    root = await mkdtemp(join(tmpdir(), 'sre-agent-sweep-'));
    const sandbox = await startSandbox({ scenario: 'oom-kill', clock: new ManualClock(START) });
    try {
      template = join(root, 'template');
      ({ files } = await writeSandboxManifests({ dir: template, sandbox, clock: new ManualClock(START) }));
    } finally {
      await sandbox.close();
    }
  });
  afterAll(async () => {
    await dynamo.close();
    await rm(root, { recursive: true, force: true });
  });

  let dir: string;
  let clock: ManualClock;
  let state: ReturnType<typeof createDynamoState>;
  let n = 0;
  beforeEach(async () => {
    n += 1;
    dir = join(root, `repo-${n}`);
    git(root, 'clone', '--quiet', template, dir);
    clock = new ManualClock(START);
    const client = createDocumentClient({ endpoint: dynamo.endpoint, region: 'local' });
    await ensureTable(client, `sweep-${n}`);
    state = createDynamoState({ client, tableName: `sweep-${n}`, clock });
  });

  const deps = () => ({
    gitops,
    leases: state.leases,
    proposals: state.proposals,
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
    kubectl: testBinary('kubectl'),
  });
  const sweep = (owner = 'sweep-a', denyNamespaces: string[] = []) =>
    runGitopsSweep(deps(), {
      repoDir: dir,
      host: new gitops.LocalGitHost({ dir, clock, closedCooldownDays: 7 }),
      repository: 'sandbox-manifests',
      denyNamespaces,
      owner,
    });
  const branches = () =>
    git(dir, 'branch', '--list', 'sre-agent/*', '--format=%(refname:short)').split('\n').filter(Boolean);

  it('writes a real git repository of plain multi-document files and a Kustomize base with an overlay', () => {
    expect(files).toEqual([
      'README.md',
      'apps/shop/base/kustomization.yaml',
      'apps/shop/base/shop.yaml',
      'apps/shop/overlays/sandbox/kustomization.yaml',
      'apps/shop/overlays/sandbox/memory-cart-service.yaml',
      'apps/shop/overlays/sandbox/memory-order-service.yaml',
      'apps/shop/overlays/sandbox/memory-shop-frontend.yaml',
    ]);
    const rendered = execFileSync(
      testBinary('kubectl'),
      ['kustomize', join(template, 'apps/shop/overlays/sandbox')],
      {
        encoding: 'utf8',
      },
    );
    expect(rendered).toContain('memory: 512Mi');
    expect(git(template, 'log', '--format=%an %s')).toBe(
      'Platform Team sandbox manifests (scenario oom-kill)\n',
    );
  });

  it('opens one proposal per finding and records each in the audit trail; a second sweep duplicates nothing', async () => {
    const first = await sweep();
    expect(first.status).toBe('swept');
    if (first.status !== 'swept') return;
    const opened = first.proposals.filter((p) => p.status === 'created');
    expect(opened.length).toBeGreaterThan(0);
    expect(branches()).toHaveLength(opened.length);

    clock.advance(86_400_000);
    const second = await sweep();

    expect(second.status === 'swept' && second.proposals.map((p) => p.status)).toEqual(
      first.proposals.map((p) => (p.status === 'created' ? 'unchanged' : p.status)),
    );
    expect(branches()).toHaveLength(opened.length);
    const [one] = opened;
    const audit = await state.proposals.listForFinding(one?.finding ?? '');
    expect(audit.map((a) => [a.status, a.trigger, a.host])).toEqual([
      ['unchanged', 'sweep', 'local'],
      ['opened', 'sweep', 'local'],
    ]);
    expect(audit[1]?.files).toEqual(one?.files);
  });

  it('lets only one of two concurrent sweeps work; the other says who holds the lease', async () => {
    const [a, b] = await Promise.all([sweep('sweep-a'), sweep('sweep-b')]);

    const results = [a, b].map((r) => r.status).sort();
    expect(results).toEqual(['busy', 'swept']);
    const busy = [a, b].find((r) => r.status === 'busy');
    expect(busy?.status === 'busy' && busy.reason).toMatch(
      /another sweep of sandbox-manifests is running \(sweep-[ab]/,
    );
    const swept = [a, b].find((r) => r.status === 'swept');
    const created = swept?.status === 'swept' ? swept.proposals.filter((p) => p.status === 'created') : [];
    expect(branches()).toHaveLength(created.length);
    expect(await state.leases.holder('gitops-sweep/sandbox-manifests')).toBeUndefined();
  });

  it('does not reopen a proposal a human closed unmerged within the cooldown, and records why', async () => {
    const first = await sweep();
    const closed = first.status === 'swept' ? first.proposals.find((p) => p.status === 'created') : undefined;
    if (!closed) throw new Error('the first sweep opened nothing');
    git(dir, 'branch', '-D', closed.branch);

    // The local host sees the deleted branch at the next sweep: the cooldown counts from then.
    clock.advance(86_400_000);
    const second = await sweep();
    clock.advance(7 * 86_400_000);
    const third = await sweep();

    const outcome = (r: typeof second) =>
      r.status === 'swept' ? r.proposals.find((p) => p.finding === closed.finding) : undefined;
    expect(outcome(second)?.status).toBe('skipped');
    expect(outcome(third)?.status).toBe('created');
    const audit = await state.proposals.listForFinding(closed.finding);
    expect(audit.map((a) => a.status)).toEqual(['opened', 'skipped', 'opened']);
    expect(audit[1]?.reason).toMatch(
      /a human closed this proposal unmerged \d+ h ago; not proposed again for 7 days/,
    );
  });

  it('proposes nothing for a namespace in policy.denyNamespaces', async () => {
    const result = await sweep('sweep-a', ['shop']);
    expect(result).toMatchObject({ status: 'swept', findings: 0, proposals: [] });
    expect(branches()).toEqual([]);
  });
});
