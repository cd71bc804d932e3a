import { execFile } from 'node:child_process';
import { createHash, createVerify, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { pack } from 'tar-stream';

type Commit = {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
};
type Pull = {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  draft: boolean;
  head: string;
  /** Whose repository the head branch is in: the repository's own owner, or a fork's. */
  headOwner: string;
  base: string;
  labels: string[];
  closed_at: string | null;
  merged_at: string | null;
};

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const blobSha = (content: string) => {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

export type RawTarEntry = {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  content?: string;
  linkname?: string;
};

/** A hand-made tarball (tar-stream's packer, gzipped): what a hostile archive host could send. */
export async function rawTarball(entries: readonly RawTarEntry[]): Promise<Buffer> {
  const packer = pack();
  const chunks: Buffer[] = [];
  packer.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => packer.on('end', () => resolve()));
  for (const e of entries) {
    const type = e.type ?? 'file';
    await new Promise<void>((resolve, reject) =>
      packer.entry(
        { name: e.name, type, ...(e.linkname ? { linkname: e.linkname } : {}) },
        type === 'file' ? (e.content ?? '') : '',
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  }
  packer.finalize();
  await done;
  return promisify(gzip)(Buffer.concat(chunks));
}

/** The system `tar`, found when the module loads (a test may take git and kubectl off the PATH later). */
const TAR =
  (process.env.PATH ?? '')
    .split(':')
    .map((dir) => join(dir, 'tar'))
    .find((file) => existsSync(file)) ?? 'tar';

/**
 * A gzipped tarball of a commit's files as GitHub's archive host serves it: one top directory
 * `owner-repo-<sha7>/` holding the tree, built by the system `tar` (pax format, as `git archive`).
 */
export async function githubTarball(top: string, files: ReadonlyMap<string, string>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'github-fake-archive-'));
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(dir, top, path)), { recursive: true });
      await writeFile(join(dir, top, path), content);
    }
    // tar itself (gzip through node:zlib: `tar -z` would look for gzip on a PATH a test may have emptied).
    await promisify(execFile)(TAR, ['--format=pax', '-cf', join(dir, 'archive.tar'), '-C', dir, top]);
    return await promisify(gzip)(await readFile(join(dir, 'archive.tar')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A small GitHub REST API for one repository, on 127.0.0.1 and a random port, following GitHub's
 * wire format for the calls the GitHub host makes: git refs, blobs, trees and commits, contents,
 * compare, pulls (list by head and state, create, update) and issue labels; branches, and the
 * tarball of a commit, which answers 302 to a second server on another port (GitHub's archive
 * host, another origin) serving the `.tar.gz`. Trees are kept flat (path → blob) inside; their ids
 * are content hashes, so equal trees have equal ids, as on GitHub.
 */
export class GitHubFake {
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly pulls: Pull[] = [];
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  /** Requests the archive host received (with the Authorization header it was sent, if any). */
  readonly archiveRequests: { path: string; authorization?: string }[] = [];
  /** What the archive host serves for a commit (default: `githubTarball` of its tree). */
  archive: (top: string, files: ReadonlyMap<string, string>) => Promise<Buffer> = githubTarball;
  #server: Server | undefined;
  #archiveHost: Server | undefined;
  #clock = 0;
  readonly owner = 'acme';
  readonly repo = 'platform-config';
  /** Installation tokens handed out (`POST /app/installations/{id}/access_tokens`). */
  readonly installationTokens: string[] = [];
  /** What each installation token was asked for (the request bodies: repositories, permissions). */
  readonly installationTokenRequests: Record<string, unknown>[] = [];
  #app: { id: string; installationId: number; publicKey: KeyObject; now: () => Date } | undefined;

  /**
   * Serves a GitHub App: installation tokens for a JWT signed by the app's key (RS256, `iss` the
   * app, `iat` not in the future beyond a minute, `exp` after now and at most 10 minutes after
   * `iat`), each valid for an hour of `now`.
   */
  withApp(app: { id: string; installationId: number; publicKey: KeyObject; now: () => Date }): this {
    this.#app = app;
    return this;
  }

  #installationToken(authorization: string | undefined, id: number): { status: number; json: unknown } {
    const app = this.#app;
    const refuse = (message: string) => ({ status: 401, json: { message, status: '401' } });
    if (!app) return { status: 404, json: { message: 'Not Found' } };
    const jwt = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    const [header, payload, signature] = jwt?.split('.') ?? [];
    if (!header || !payload || !signature) return refuse('A JSON web token could not be decoded');
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    if (head.alg !== 'RS256') return refuse("'alg' must be RS256");
    const valid = createVerify('RSA-SHA256')
      .update(`${header}.${payload}`)
      .verify(app.publicKey, Buffer.from(signature, 'base64url'));
    if (!valid) return refuse('A JSON web token could not be decoded');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      iat?: number;
      exp?: number;
      iss?: string | number;
    };
    const now = Math.floor(app.now().getTime() / 1000);
    if (String(claims.iss) !== app.id) return refuse("'Issuer' claim ('iss') must be the app");
    if (typeof claims.iat !== 'number' || claims.iat > now + 60)
      return refuse("'Issued at' claim ('iat') must be an Integer representing a time in the past.");
    if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp - claims.iat > 660)
      return refuse("'Expiration time' claim ('exp') is too far in the future");
    if (id !== app.installationId) return { status: 404, json: { message: 'Not Found' } };
    const token = `ghs_${sha1(`${jwt}${this.installationTokens.length}`).slice(0, 36)}`;
    this.installationTokens.push(token);
    return {
      status: 201,
      json: {
        token,
        expires_at: new Date(app.now().getTime() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: { contents: 'write', pull_requests: 'write' },
        repository_selection: 'selected',
      },
    };
  }

  url(): string {
    const address = this.#server?.address() as AddressInfo | undefined;
    return `http://127.0.0.1:${address?.port}`;
  }

  /** The archive host's origin (GitHub's codeload): another port, so another origin. */
  archiveUrl(): string {
    const address = this.#archiveHost?.address() as AddressInfo | undefined;
    return `http://127.0.0.1:${address?.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    this.#archiveHost = createServer((req, res) => {
      this.#serveArchive(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => this.#archiveHost?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
    await new Promise<void>((resolve) => this.#archiveHost?.close(() => resolve()));
  }

  /** The files of a commit (path → content). */
  filesAt(sha: string): Map<string, string> | undefined {
    const commit = this.commits.get(sha);
    const tree = commit ? this.trees.get(commit.tree) : undefined;
    if (!tree) return undefined;
    return new Map([...tree].map(([path, blob]) => [path, this.blobs.get(blob) ?? '']));
  }

  /** `GET /{owner}/{repo}/legacy.tar.gz/{sha}`, as codeload answers GitHub's tarball redirect. */
  async #serveArchive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    this.archiveRequests.push({
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const m = /^\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]{40})$/.exec(url.pathname);
    const files = m && m[1] === this.owner && m[2] === this.repo ? this.filesAt(m[3] as string) : undefined;
    if (!m || !files) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    const body = await this.archive(`${this.owner}-${this.repo}-${(m[3] as string).slice(0, 7)}`, files);
    res.writeHead(200, {
      'content-type': 'application/x-gzip',
      'content-disposition': `attachment; filename=${this.owner}-${this.repo}-${(m[3] as string).slice(0, 7)}.tar.gz`,
      'content-length': String(body.length),
    });
    res.end(body);
  }

  #tree(entries: Map<string, string>): string {
    const sha = sha1(
      [...entries]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, s]) => `${p}\0${s}`)
        .join('\n'),
    );
    this.trees.set(sha, entries);
    return sha;
  }

  #commit(tree: string, parents: string[], message: string, author: Commit['author']): Commit {
    const sha = sha1(`${tree}\n${parents.join(',')}\n${message}\n${author.email}\n${this.#clock++}`);
    const commit = { sha, tree, parents, message, author };
    this.commits.set(sha, commit);
    return commit;
  }

  /** The base branch with these files, committed by a developer. */
  seed(files: Record<string, string>, branch = 'main'): void {
    const entries = new Map<string, string>();
    for (const [path, content] of Object.entries(files)) {
      const sha = blobSha(content);
      this.blobs.set(sha, content);
      entries.set(path, sha);
    }
    const commit = this.#commit(this.#tree(entries), [], 'manifests', {
      name: 'Dev',
      email: 'dev@example.com',
      date: '2026-12-01T00:00:00Z',
    });
    this.refs.set(`refs/heads/${branch}`, commit.sha);
  }

  /** A human's commit on top of a branch (a review tweak). */
  commitAs(branch: string, email: string): void {
    const tip = this.refs.get(`refs/heads/${branch}`) as string;
    const parent = this.commits.get(tip) as Commit;
    const commit = this.#commit(parent.tree, [tip], 'review: tweak', {
      name: email,
      email,
      date: '2026-12-02T00:00:00Z',
    });
    this.refs.set(`refs/heads/${branch}`, commit.sha);
  }

  /** Someone opens a pull request from a branch of their fork (any branch name, any body). */
  openForkPull(fork: { owner: string; head: string; title: string; body: string }): void {
    this.pulls.push({
      number: this.pulls.length + 1,
      state: 'open',
      title: fork.title,
      body: fork.body,
      draft: false,
      head: fork.head,
      headOwner: fork.owner,
      base: 'main',
      labels: [],
      closed_at: null,
      merged_at: null,
    });
  }

  /** A human closes a pull request without merging it. */
  closePull(number: number, at: string): void {
    const pull = this.pulls.find((p) => p.number === number) as Pull;
    pull.state = 'closed';
    pull.closed_at = at;
  }

  #pullJson(p: Pull) {
    const base = this.url();
    return {
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      draft: p.draft,
      html_url: `${base}/${this.owner}/${this.repo}/pull/${p.number}`,
      head: {
        ref: p.head,
        sha: p.headOwner === this.owner ? (this.refs.get(`refs/heads/${p.head}`) ?? null) : null,
        label: `${p.headOwner}:${p.head}`,
        repo: { full_name: `${p.headOwner}/${this.repo}`, owner: { login: p.headOwner }, name: this.repo },
      },
      base: { ref: p.base },
      labels: p.labels.map((name) => ({ name })),
      closed_at: p.closed_at,
      merged_at: p.merged_at,
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(json));
    };
    const fail = (status: number, message: string) =>
      send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
    const installation =
      method === 'POST' ? /^\/app\/installations\/(\d+)\/access_tokens$/.exec(url.pathname) : null;
    if (installation) {
      this.installationTokenRequests.push(body);
      const answer = this.#installationToken(req.headers.authorization, Number(installation[1]));
      return send(answer.status, answer.json);
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!url.pathname.startsWith(prefix)) return fail(404, 'Not Found');
    const path = decodeURIComponent(url.pathname.slice(prefix.length));
    let m: RegExpExecArray | null;
    m = method === 'GET' ? /^\/branches\/(.+)$/.exec(path) : null;
    if (m) {
      const sha = this.refs.get(`refs/heads/${m[1]}`);
      return sha
        ? send(200, {
            name: m[1],
            commit: { sha, url: `${this.url()}${prefix}/commits/${sha}` },
            protected: false,
          })
        : fail(404, 'Branch not found');
    }
    m = method === 'GET' ? /^\/tarball\/(.+)$/.exec(path) : null;
    if (m) {
      const ref = m[1] as string;
      const sha = this.refs.get(`refs/heads/${ref}`) ?? (this.commits.has(ref) ? ref : undefined);
      if (!sha) return fail(404, 'Not Found');
      // GitHub answers with a redirect to its archive host, whose URL carries its own short-lived token.
      res.writeHead(302, {
        location: `${this.archiveUrl()}/${this.owner}/${this.repo}/legacy.tar.gz/${sha}`,
      });
      res.end();
      return;
    }
    m = method === 'GET' ? /^\/git\/ref\/(heads\/.+)$/.exec(path) : null;
    if (m) {
      const sha = this.refs.get(`refs/${m[1]}`);
      return sha
        ? send(200, { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } })
        : fail(404, 'Not Found');
    }
    if (method === 'POST' && path === '/git/refs') {
      const ref = String(body.ref);
      if (this.refs.has(ref)) return fail(422, 'Reference already exists');
      this.refs.set(ref, String(body.sha));
      return send(201, { ref, object: { sha: body.sha, type: 'commit' } });
    }
    m = method === 'PATCH' ? /^\/git\/refs\/(heads\/.+)$/.exec(path) : null;
    if (m) {
      const ref = `refs/${m[1]}`;
      const old = this.refs.get(ref);
      if (!old) return fail(422, 'Reference does not exist');
      const next = this.commits.get(String(body.sha));
      if (!body.force && !next?.parents.includes(old)) return fail(422, 'Update is not a fast forward');
      this.refs.set(ref, String(body.sha));
      return send(200, { ref, object: { sha: body.sha, type: 'commit' } });
    }
    m = method === 'GET' ? /^\/git\/commits\/([0-9a-f]{40})$/.exec(path) : null;
    if (m) {
      const c = this.commits.get(m[1] as string);
      if (!c) return fail(404, 'Not Found');
      return send(200, {
        sha: c.sha,
        tree: { sha: c.tree },
        parents: c.parents.map((sha) => ({ sha })),
        message: c.message,
        author: c.author,
        committer: c.author,
      });
    }
    if (method === 'POST' && path === '/git/commits') {
      const author = body.author as Commit['author'];
      const c = this.#commit(
        String(body.tree),
        (body.parents as string[]) ?? [],
        String(body.message),
        author,
      );
      return send(201, {
        sha: c.sha,
        tree: { sha: c.tree },
        parents: c.parents.map((sha) => ({ sha })),
        message: c.message,
        author,
      });
    }
    if (method === 'POST' && path === '/git/blobs') {
      const content =
        body.encoding === 'base64'
          ? Buffer.from(String(body.content), 'base64').toString('utf8')
          : String(body.content);
      const sha = blobSha(content);
      this.blobs.set(sha, content);
      return send(201, { sha, url: `${this.url()}${prefix}/git/blobs/${sha}` });
    }
    if (method === 'POST' && path === '/git/trees') {
      const base = body.base_tree ? this.trees.get(String(body.base_tree)) : new Map<string, string>();
      if (!base) return fail(422, 'Invalid tree info');
      const entries = new Map(base);
      for (const e of body.tree as { path: string; sha: string | null }[]) {
        if (e.sha === null) entries.delete(e.path);
        else entries.set(e.path, e.sha);
      }
      const sha = this.#tree(entries);
      return send(201, {
        sha,
        truncated: false,
        tree: [...entries].map(([p, s]) => ({ path: p, mode: '100644', type: 'blob', sha: s })),
      });
    }
    m = method === 'GET' ? /^\/contents\/(.+)$/.exec(path) : null;
    if (m) {
      const ref = url.searchParams.get('ref') ?? 'main';
      const commit = this.commits.get(this.refs.get(`refs/heads/${ref}`) ?? ref);
      const sha = commit ? this.trees.get(commit.tree)?.get(m[1] as string) : undefined;
      if (!sha) return fail(404, 'Not Found');
      const content = this.blobs.get(sha) as string;
      return send(200, {
        type: 'file',
        path: m[1],
        name: m[1]?.split('/').pop(),
        sha,
        size: Buffer.byteLength(content),
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      });
    }
    m = method === 'GET' ? /^\/compare\/([0-9a-f]{40})\.\.\.(.+)$/.exec(path) : null;
    if (m) {
      const commits: Commit[] = [];
      let at = this.refs.get(`refs/heads/${m[2]}`) ?? (m[2] as string);
      while (at && at !== m[1]) {
        const c = this.commits.get(at);
        if (!c) return fail(404, 'Not Found');
        commits.unshift(c);
        at = c.parents[0] as string;
      }
      return send(200, {
        status: 'ahead',
        ahead_by: commits.length,
        total_commits: commits.length,
        commits: commits.map((c) => ({
          sha: c.sha,
          commit: { message: c.message, author: c.author, committer: c.author },
        })),
      });
    }
    if (method === 'GET' && path === '/pulls') {
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const list = this.pulls.filter(
        (p) => (state === 'all' || p.state === state) && (!head || `${p.headOwner}:${p.head}` === head),
      );
      return send(
        200,
        list.map((p) => this.#pullJson(p)),
      );
    }
    if (method === 'POST' && path === '/pulls') {
      const head = String(body.head);
      if (!this.refs.has(`refs/heads/${head}`)) return fail(422, 'Validation Failed: head does not exist');
      if (this.pulls.some((p) => p.state === 'open' && p.head === head && p.headOwner === this.owner))
        return fail(422, `Validation Failed: A pull request already exists for ${this.owner}:${head}.`);
      const pull: Pull = {
        number: this.pulls.length + 1,
        state: 'open',
        title: String(body.title),
        body: String(body.body ?? ''),
        draft: body.draft === true,
        head,
        headOwner: this.owner,
        base: String(body.base),
        labels: [],
        closed_at: null,
        merged_at: null,
      };
      this.pulls.push(pull);
      return send(201, this.#pullJson(pull));
    }
    m = method === 'PATCH' ? /^\/pulls\/(\d+)$/.exec(path) : null;
    if (m) {
      const pull = this.pulls.find((p) => p.number === Number(m?.[1]));
      if (!pull) return fail(404, 'Not Found');
      if (typeof body.title === 'string') pull.title = body.title;
      if (typeof body.body === 'string') pull.body = body.body;
      return send(200, this.#pullJson(pull));
    }
    m = method === 'POST' ? /^\/issues\/(\d+)\/labels$/.exec(path) : null;
    if (m) {
      const pull = this.pulls.find((p) => p.number === Number(m?.[1]));
      if (!pull) return fail(404, 'Not Found');
      for (const l of body.labels as string[]) if (!pull.labels.includes(l)) pull.labels.push(l);
      return send(
        200,
        pull.labels.map((name) => ({ name })),
      );
    }
    return fail(404, 'Not Found');
  }
}
