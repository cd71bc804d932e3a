import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
import { testBinary } from '@sre-agent/core/testing';
import { LocalGitHost } from '@sre-agent/gitops';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { GitopsFixPersister } from '../src/compose/gitops-fix-persister.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { monitorUntilResolved } from './helpers/monitor-loop.ts';

const START = new Date('2026-11-27T03:00:00Z');
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

describe('a live fix of a Git-managed workload goes to Git too', { timeout: 300_000 }, () => {
  let dir: string;
  let mode: SandboxMode;
  const clock = new ManualClock(START);
  const notes = new InMemoryNotifier();
  const stores = createInMemoryState({ clock });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-live-fix-'));
    const defaults: LoadedConfig = { config: ConfigSchema.parse({}), source: undefined, secrets: {} };
    mode = await startSandboxMode({
      loaded: defaults,
      dataDir: dir,
      scenario: 'oom-kill',
      logger: silentLogger,
      clock,
    });
    const repoDir = mode.manifestsDir;
    const agent = buildAgent({
      loaded: mode.override.loaded,
      stores,
      clusters: mode.override.clusters,
      clock,
      logger: silentLogger,
      ids: sequentialIds(),
      alsoNotify: notes,
      fixes: new GitopsFixPersister({
        repoDir,
        host: new LocalGitHost({ dir: repoDir, clock }),
        repository: 'sandbox-manifests',
        proposals: stores.proposals,
        clock,
        ids: sequentialIds(),
        logger: silentLogger,
        kubectl: testBinary('kubectl'),
      }),
    });
    await monitorUntilResolved(agent, mode);
  });
  afterAll(async () => {
    await mode.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('raises the memory limit in auto and opens the branch that raises it in the overlay patch that sets it', async () => {
    const [incident] = await stores.incidents.listRecent({ since: new Date(0) });
    expect(incident?.status).toBe('resolved');
    expect(incident?.actions.find((a) => a.status === 'succeeded')?.action.kind).toBe('raise-memory-limit');

    const repoDir = mode.manifestsDir;
    const branch = 'sre-agent/livefix/shop/deployment/order-service/raise-memory-limit';
    expect(git(repoDir, 'branch', '--list', 'sre-agent/*', '--format=%(refname:short)').trim()).toBe(branch);
    expect(git(repoDir, 'diff', '--name-only', 'main', branch).trim()).toBe(
      'apps/shop/overlays/sandbox/memory-order-service.yaml',
    );
    const changed = git(repoDir, 'diff', '--unified=0', 'main', branch)
      .split('\n')
      .filter((l) => /^[-+] /.test(l));
    expect(changed).toEqual(['-              memory: 512Mi', '+              memory: 614Mi']);
    expect(git(repoDir, 'log', '-1', '--format=%an', branch).trim()).toBe('sre-agent');
    const rendered = execFileSync(
      testBinary('kubectl'),
      ['kustomize', join(repoDir, 'apps/shop/overlays/sandbox')],
      { cwd: repoDir, encoding: 'utf8', env: { ...process.env, GIT_DIR: join(repoDir, '.git') } },
    );
    expect(rendered).toContain('memory: 512Mi');
    const live = mode.sandbox.get('Deployment', 'shop', 'order-service') as
      | { spec: { template: { spec: { containers: { resources: unknown }[] } } } }
      | undefined;
    expect(live?.spec.template.spec.containers[0]?.resources).toMatchObject({ limits: { memory: '614Mi' } });
  });

  it('links the pull request in the incident’s notification and timeline, and audits it', async () => {
    const [incident] = await stores.incidents.listRecent({ since: new Date(0) });
    const applied = notes.sent.find((n) => n.threadKey === incident?.id && n.text.startsWith('I raise'));
    expect(applied?.text).toMatch(
      /So that Git does not revert it on the next sync, I opened a pull request with the same change: \S+sre-agent__livefix__shop__deployment__order-service__raise-memory-limit\.md/,
    );
    expect(incident?.timeline.find((t) => t.kind === 'git')?.text).toContain('opened a pull request');
    const description = /: (\S+\.md)/.exec(applied?.text ?? '')?.[1] ?? '';
    expect(await readFile(description, 'utf8')).toContain('Keep the live fix of order-service');
    const audit = await stores.proposals.listForFinding(
      'liveFix/shop/Deployment/order-service/raise-memory-limit',
    );
    expect(audit).toMatchObject([
      { status: 'opened', trigger: 'incident', incidentId: incident?.id, cluster: 'sandbox', host: 'local' },
    ]);
  });
});
