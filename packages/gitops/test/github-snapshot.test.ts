import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryWorkspace } from '../src/directory-workspace.ts';
import { openGitHubSnapshot } from '../src/hosts/github-snapshot.ts';
import { ArchiveRefusedError } from '../src/snapshot/tarball.ts';
import { createFixtureRepo, FIXTURE_FILES } from './fixture-repo.ts';
import { GitHubFake, githubTarball, rawTarball as tarball } from './github-fake.ts';

const TOP = 'acme-platform-config-0123456';
const tmpEntries = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('sre-agent-snapshot-'));

describe('a GitHub branch read with no git (the tarball of its commit)', { timeout: 60_000 }, () => {
  let github: GitHubFake;
  beforeAll(async () => {
    github = await new GitHubFake().start();
    github.seed(FIXTURE_FILES);
  });
  afterAll(async () => {
    await github.close();
  });
  const open = (limits?: { maxBytes: number; maxEntries: number }) =>
    openGitHubSnapshot({
      repo: 'acme/platform-config',
      branch: 'main',
      token: 'ghp_test',
      baseUrl: github.url(),
      ...(limits ? { limits } : {}),
    });

  it('resolves the branch to its commit, follows the redirect without the token, and extracts the tree below the top directory', async () => {
    github.archive = githubTarball;
    const snapshot = await open();
    try {
      expect(snapshot.sha).toBe(github.refs.get('refs/heads/main'));
      expect(snapshot.files).toBe(Object.keys(FIXTURE_FILES).length);
      for (const [path, content] of Object.entries(FIXTURE_FILES))
        expect(await readFile(join(snapshot.workspace.dir, path), 'utf8')).toBe(content);
      expect(github.archiveRequests.at(-1)).toEqual({
        path: `/acme/platform-config/legacy.tar.gz/${snapshot.sha}`,
      });
      expect(github.requests.filter((r) => /\/(branches|tarball)\//.test(r.path))).toEqual([
        { method: 'GET', path: '/repos/acme/platform-config/branches/main', authorization: 'token ghp_test' },
        {
          method: 'GET',
          path: `/repos/acme/platform-config/tarball/${snapshot.sha}`,
          authorization: 'token ghp_test',
        },
      ]);
    } finally {
      await snapshot.workspace.close();
    }
  });

  it.each([
    [
      'a ../ path',
      [{ name: `${TOP}/ok.yaml` }, { name: `${TOP}/../../evil.yaml` }],
      'climbs out of the archive',
    ],
    ['an absolute path', [{ name: `${TOP}/ok.yaml` }, { name: '/etc/evil.yaml' }], 'is an absolute path'],
    [
      'a second top directory',
      [{ name: `${TOP}/ok.yaml` }, { name: 'other/evil.yaml' }],
      'outside the top directory',
    ],
  ] as const)('refuses an archive with %s, leaving nothing on disk', async (_what, entries, message) => {
    const before = await tmpEntries();
    github.archive = () => tarball(entries);
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRefusedError);
    expect((error as Error).message).toContain(message);
    expect(await tmpEntries()).toEqual(before);
  });

  it('skips symbolic and hard links, saying so, and writes nothing through them', async () => {
    github.archive = () =>
      tarball([
        { name: `${TOP}/`, type: 'directory' },
        { name: `${TOP}/apps/real.yaml`, content: 'kind: ConfigMap\n' },
        { name: `${TOP}/apps/secret.yaml`, type: 'symlink', linkname: '/etc/passwd' },
        { name: `${TOP}/apps/hard.yaml`, type: 'link', linkname: `${TOP}/apps/real.yaml` },
      ]);
    const snapshot = await open();
    try {
      expect(snapshot.skipped).toEqual([
        { path: 'apps/secret.yaml', reason: 'a symbolic link (links are not followed): skipped' },
        { path: 'apps/hard.yaml', reason: 'a hard link (links are not followed): skipped' },
      ]);
      expect(await readdir(join(snapshot.workspace.dir, 'apps'))).toEqual(['real.yaml']);
    } finally {
      await snapshot.workspace.close();
    }
  });

  it('refuses an archive over its bounds with a message naming the bound', async () => {
    github.archive = () =>
      tarball(
        Array.from({ length: 5 }, (_, i) => ({ name: `${TOP}/f${i}.yaml`, content: 'x'.repeat(4000) })),
      );
    await expect(open({ maxBytes: 1024 * 1024, maxEntries: 3 })).rejects.toThrow(
      'repository archive refused: more than 3 entries',
    );
    await expect(open({ maxBytes: 8 * 1024, maxEntries: 100 })).rejects.toThrow(
      'repository archive refused: larger than 8192 bytes uncompressed',
    );
  });

  it('asks a token source (a GitHub App’s installation tokens) for each API request', async () => {
    github.archive = githubTarball;
    const asked: string[] = [];
    const snapshot = await openGitHubSnapshot({
      repo: 'acme/platform-config',
      branch: 'main',
      token: async () => {
        asked.push('token');
        return 'ghs_installation';
      },
      baseUrl: github.url(),
    });
    await snapshot.workspace.close();

    expect(asked).toEqual(['token', 'token']);
    expect(github.requests.slice(-2).map((r) => r.authorization)).toEqual([
      'token ghs_installation',
      'token ghs_installation',
    ]);
    expect(github.archiveRequests.at(-1)?.authorization).toBeUndefined();
  });

  it('says what failed when the branch does not exist', async () => {
    await expect(
      openGitHubSnapshot({ repo: 'acme/platform-config', branch: 'nope', token: 't', baseUrl: github.url() }),
    ).rejects.toThrow('github: resolving branch nope of acme/platform-config failed (404)');
  });
});

describe('a workspace over a plain directory', () => {
  it('reads the base, diffs what was written as git does, and resets to the base', async () => {
    const repo = await createFixtureRepo();
    const dir = await mkdtemp(join(tmpdir(), 'directory-workspace-'));
    for (const [path, content] of Object.entries(FIXTURE_FILES)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    const workspace = new DirectoryWorkspace(dir, 'f'.repeat(40));
    const path = 'apps/payment/payment.yaml';
    const base = FIXTURE_FILES[path] as string;
    const edited = base
      .replace('replicas: 3', 'replicas: 4')
      .replace('limits: { memory: 512Mi }', 'limits: { memory: 768Mi }');
    await workspace.write([{ path, content: edited }]);
    await writeFile(join(repo, path), edited);
    const ours = await workspace.diff();
    const gits = execFileSync('git', ['diff', '--no-color'], { cwd: repo, encoding: 'utf8' });

    expect(await workspace.read(path)).toBe(base);
    // The same hunks as git's own diff (git adds an `index` line of blob ids and a context heading).
    expect(ours).toBe(gits.replace(/^index .*\n/m, '').replace(/^(@@ [^@]+ @@).*$/gm, '$1'));
    await workspace.reset();
    expect(await readFile(join(dir, path), 'utf8')).toBe(base);
    expect(await workspace.diff()).toBe('');
    await expect(workspace.write([{ path: '../outside.yaml', content: '' }])).rejects.toThrow(
      'is not a path inside the workspace',
    );
    await workspace.close();
    await rm(repo, { recursive: true, force: true });
    await expect(readdir(dir)).rejects.toThrow('ENOENT');
  });
});
