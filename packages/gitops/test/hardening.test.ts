import { readFile, rm } from 'node:fs/promises';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../src/git.ts';
import { planHardening } from '../src/hardening/plan.ts';
import { LocalGitHost } from '../src/hosts/local-git-host.ts';
import { type ProposalOutcome, proposeFixes } from '../src/propose.ts';
import { readGitopsRepoConfig } from '../src/source/gitops-config.ts';
import { CachedKustomizeRenderer, KubectlKustomizeRenderer } from '../src/source/kustomize-renderer.ts';
import { readRepository, yamlFingerprint } from '../src/source/repository.ts';
import { changedLines, createFixtureRepo } from './fixture-repo.ts';
import { HARDENING_FILES } from './hardening-fixture.ts';

const kustomize = new CachedKustomizeRenderer(
  new KubectlKustomizeRenderer(testBinary('kubectl')),
  yamlFingerprint,
);

type Pod = {
  hostNetwork?: boolean;
  hostPID?: boolean;
  securityContext?: Record<string, unknown>;
  containers: { ports?: Record<string, unknown>[]; securityContext?: Record<string, unknown> }[];
};

describe('hardening proposals', { timeout: 120_000 }, () => {
  let dir: string;
  let outcomes: ProposalOutcome[];
  let plan: ReturnType<typeof planHardening>;
  const byKey = (key: string) => outcomes.find((o) => o.finding === key) as ProposalOutcome;
  const diffOf = async (key: string) => changedLines(await git(dir, ['diff', 'main', byKey(key).branch]));
  const podOn = async (key: string, root: string | undefined, file?: string): Promise<Pod> => {
    await git(dir, ['checkout', '--quiet', byKey(key).branch]);
    try {
      const repo = await readRepository(dir, { kustomize });
      const object = repo.objects.find(
        (o) => o.ref.kind === 'Deployment' && (root ? o.root === root : o.base.file === file),
      );
      if (!object) throw new Error(`no Deployment in ${root ?? file}`);
      return (object.rendered as { spec: { template: { spec: Pod } } }).spec.template.spec;
    } finally {
      await git(dir, ['checkout', '--quiet', 'main']);
    }
  };

  beforeAll(async () => {
    dir = await createFixtureRepo(HARDENING_FILES);
    plan = planHardening(await readRepository(dir, { kustomize }));
    const host = new LocalGitHost({ dir, clock: new ManualClock(new Date('2026-12-02T10:00:00Z')) });
    outcomes = await proposeFixes(
      { host, kustomize, logger: silentLogger },
      { repoDir: dir, findings: plan.findings, config: await readGitopsRepoConfig(dir) },
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes one pull request of the safe fixes and one draft of those that need a check, per workload', () => {
    expect(
      outcomes.map((o) => `${o.status} ${o.draft ? 'draft' : 'ready'} ${o.finding} ${o.files.join(',')}`),
    ).toEqual([
      'created ready hardening-safe/shop/Deployment/web apps/web/web.yaml',
      'created draft hardening-check/shop/Deployment/web apps/web/web.yaml',
      'created ready hardening-safe/jobs/Deployment/worker kustomize/overlays/prod/fuse.yaml',
    ]);
  });

  it('drops host namespaces and ports and sets privileged and allowPrivilegeEscalation to false, touching nothing else', async () => {
    expect(await diffOf('hardening-safe/shop/Deployment/web')).toEqual([
      '-      hostNetwork: true # legacy: metrics scraped on the node IP',
      '-              hostPort: 8080 # must match with hostNetwork',
      '-            privileged: true # from the old image, TODO',
      '+            privileged: false # from the old image, TODO',
      '+            allowPrivilegeEscalation: false',
    ]);
    const pod = await podOn('hardening-safe/shop/Deployment/web', undefined, 'apps/web/web.yaml');
    expect(pod.hostNetwork).toBeUndefined();
    expect(pod.containers[0]?.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
    expect(pod.containers[0]?.securityContext).toMatchObject({
      privileged: false,
      allowPrivilegeEscalation: false,
    });
  });

  it('edits a Kustomize overlay where its patch sets the field, and `kubectl kustomize` renders the fix', async () => {
    expect(await diffOf('hardening-safe/jobs/Deployment/worker')).toEqual([
      "-      hostPID: true # prod's profiler attaches to the host",
      '-          privileged: true # needs /dev/fuse in prod',
      '-          allowPrivilegeEscalation: true',
      '+          privileged: false # needs /dev/fuse in prod',
      '+          allowPrivilegeEscalation: false',
    ]);
    const pod = await podOn('hardening-safe/jobs/Deployment/worker', 'kustomize/overlays/prod');
    expect(pod.hostPID).toBeUndefined();
    expect(pod.containers[0]?.securityContext).toEqual({
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      privileged: false,
      allowPrivilegeEscalation: false,
    });
  });

  it('opens the fixes that need a check as a draft that says what to verify, derived from the pod spec', async () => {
    expect(await diffOf('hardening-check/shop/Deployment/web')).toEqual([
      '+            capabilities:',
      '+              drop:',
      '+                - ALL',
      '+            readOnlyRootFilesystem: true',
      '+      securityContext:',
      '+        runAsNonRoot: true',
      '+        seccompProfile:',
      '+          type: RuntimeDefault',
    ]);
    const body = await readFile(byKey('hardening-check/shop/Deployment/web').url ?? '', 'utf8');
    expect(body).toContain('**Draft: verify before merging.**');
    expect(body).toContain('`app` runs as uid 1000 (runAsUser in the spec), which runAsNonRoot accepts');
    expect(body).toContain(
      '`app` can still write only to `/var/cache/web` (emptyDir `cache`): every other path becomes read-only',
    );
    expect(body).toContain('nothing is mounted at `/tmp`');
    expect(body).toContain('add an `emptyDir: {}` volume and mount it at `/tmp`');
    expect(body).toContain("the runtime's default seccomp profile blocks");
    const pod = await podOn('hardening-check/shop/Deployment/web', undefined, 'apps/web/web.yaml');
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0]?.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
  });

  it('reports what is never automatic, with the reason', () => {
    expect(
      plan.reported.map((r) => `${r.check} ${r.object.name}${r.container ? `/${r.container}` : ''}`),
    ).toEqual(['restrictedVolumes web', 'sensitiveHostPath web/app']);
    expect(plan.reported[0]?.reason).toContain(
      'the app mounts these volumes (node-logs at /host/logs in app)',
    );
  });
});
