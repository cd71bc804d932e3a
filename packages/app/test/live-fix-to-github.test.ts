import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  ConfigSchema,
  InMemoryNotifier,
  type LoadedConfig,
  ManualClock,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { GitHubFake } from '@sre-agent/gitops/testing';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { githubFixPersister } from '../src/compose/github-fix-persister.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { monitorUntilResolved } from './helpers/monitor-loop.ts';

const START = new Date('2026-11-27T03:00:00Z');
const BRANCH = 'sre-agent/livefix/shop/deployment/order-service/raise-memory-limit';
const PATCH = 'apps/shop/overlays/sandbox/memory-order-service.yaml';

/** The files of a directory (what GitHub holds of the sandbox's manifests repository), `.git` left out. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && !path.split('/').includes('.git'))
      files[path] = await readFile(join(dir, path), 'utf8');
  }
  return files;
}

describe('a live fix in the Lambda worker goes to GitHub (no checkout, no git)', { timeout: 300_000 }, () => {
  let dir: string;
  let mode: SandboxMode;
  let github: GitHubFake;
  const clock = new ManualClock(START);
  const notes = new InMemoryNotifier();
  const stores = createInMemoryState({ clock });
  const savedPath = process.env.PATH;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-live-fix-github-'));
    const defaults: LoadedConfig = { config: ConfigSchema.parse({}), source: undefined, secrets: {} };
    mode = await startSandboxMode({
      loaded: defaults,
      dataDir: dir,
      scenario: 'oom-kill',
      logger: silentLogger,
      clock,
    });
    github = await new GitHubFake().start();
    github.seed(await filesOf(mode.manifestsDir));
    const sandbox = mode.override.loaded;
    const github_ = ConfigSchema.parse({
      integrations: { github: { repo: 'acme/platform-config', apiUrl: github.url() } },
    }).integrations.github;
    // As the worker composes it (functions/src/shared/agent.ts), with the real kubectl given by path.
    const loaded: LoadedConfig = {
      ...sandbox,
      config: { ...sandbox.config, integrations: { ...sandbox.config.integrations, github: github_ } },
      secrets: { ...sandbox.secrets, GITHUB_TOKEN: 'ghp_worker' },
    };
    const kubectl = testBinary('kubectl');
    const fixes = githubFixPersister(loaded, {
      proposals: stores.proposals,
      clock,
      ids: sequentialIds(),
      logger: silentLogger,
      kubectl,
    });
    const agent = buildAgent({
      loaded,
      stores,
      clusters: mode.override.clusters,
      clock,
      logger: silentLogger,
      ids: sequentialIds(),
      alsoNotify: notes,
      ...(fixes ? { fixes } : {}),
    });
    // From here on no git is reachable, as in Lambda's Node runtime.
    process.env.PATH = join(dir, 'no-such-bin');
    await monitorUntilResolved(agent, mode);
    process.env.PATH = savedPath;
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    await github.close();
    await mode.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens the pull request on GitHub that raises the limit in the overlay patch that sets it', async () => {
    const [incident] = await stores.incidents.listRecent({ since: new Date(0) });
    expect(incident?.status).toBe('resolved');
    expect(incident?.actions.find((a) => a.status === 'succeeded')?.action.kind).toBe('raise-memory-limit');

    expect(github.pulls.map((p) => `${p.state} ${p.head} → ${p.base}`)).toEqual([`open ${BRANCH} → main`]);
    const base = github.filesAt(github.refs.get('refs/heads/main') as string);
    const head = github.filesAt(github.refs.get(`refs/heads/${BRANCH}`) as string);
    const changed = [...(head ?? [])]
      .filter(([path, content]) => base?.get(path) !== content)
      .map(([p]) => p);
    expect(changed).toEqual([PATCH]);
    expect(base?.get(PATCH)).toContain('memory: 512Mi');
    expect(head?.get(PATCH)).toBe(base?.get(PATCH)?.replace('memory: 512Mi', 'memory: 614Mi'));
    // The base branch was read as an archive (the token kept off the archive host), never cloned.
    expect(github.archiveRequests).toHaveLength(1);
    expect(github.archiveRequests[0]?.authorization).toBeUndefined();
  });

  it('links the pull request in the incident’s notification, and audits it as GitHub’s', async () => {
    const [incident] = await stores.incidents.listRecent({ since: new Date(0) });
    const applied = notes.sent.find((n) => n.threadKey === incident?.id && n.text.startsWith('I raise'));
    expect(applied?.text).toContain(
      `So that Git does not revert it on the next sync, I opened a pull request with the same change: ${github.url()}/acme/platform-config/pull/1`,
    );
    const audit = await stores.proposals.listForFinding(
      'liveFix/shop/Deployment/order-service/raise-memory-limit',
    );
    expect(audit).toMatchObject([
      {
        status: 'opened',
        trigger: 'incident',
        incidentId: incident?.id,
        host: 'github',
        repository: 'acme/platform-config',
        url: `${github.url()}/acme/platform-config/pull/1`,
      },
    ]);
  });

  it('without kubectl (the Lambda runtime as it ships), says the Kustomize root was not rendered and what to add, guessing nothing', async () => {
    const loaded: LoadedConfig = {
      config: ConfigSchema.parse({
        integrations: { github: { repo: 'acme/platform-config', apiUrl: github.url() } },
      }),
      source: undefined,
      secrets: { GITHUB_TOKEN: 'ghp_worker' },
    };
    const fixes = githubFixPersister(loaded, {
      proposals: stores.proposals,
      clock,
      ids: sequentialIds(),
      logger: silentLogger,
    });
    process.env.PATH = join(dir, 'no-such-bin');
    const result = await fixes?.persist({
      incidentId: 'inc-2',
      target: { cluster: 'sandbox', kind: 'Deployment', namespace: 'shop', name: 'order-service' },
      action: 'raise-memory-limit',
      summary: 'raised the memory limit',
      changes: [{ field: 'memory-limit', container: 'app', value: '700Mi' }],
    });
    process.env.PATH = savedPath;

    expect(result?.kind).toBe('not-in-git');
    expect(result?.kind === 'not-in-git' && result.reason).toBe(
      "shop/Deployment/order-service is not defined in the repository (nothing guessed); 1 Kustomize root(s) were not rendered (apps/shop/overlays/sandbox): not rendered: kubectl is not on this machine's PATH, and Kustomize roots need `kubectl kustomize` (in Lambda, add a layer with kubectl to the function's PATH); plain YAML and Helm values are still scanned",
    );
    expect(github.pulls).toHaveLength(1);
  });
});
