import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Clock } from '@sre-agent/core';
import { git, gitMaybe } from '../git.ts';
import {
  AGENT_AUTHOR,
  type GitHost,
  type OpenProposal,
  type ProposalRequest,
  type ProposalResult,
} from './git-host.ts';

type ProposalRecord = {
  key: string;
  branch: string;
  title: string;
  draft: boolean;
  labels: string[];
  state: 'open' | 'closed' | 'merged';
  commit: string;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
};

const ZERO = '0000000000000000000000000000000000000000';

/**
 * The embedded git host: a branch and a commit per proposal in a local repository (the real
 * `git`, plumbing only: the working copy is never touched), and the pull request's description
 * in `<git dir>/sre-agent/proposals/<branch>.md` with its state beside it (`.json`). A branch
 * deleted unmerged is a proposal a human closed.
 */
export class LocalGitHost implements GitHost {
  readonly name = 'local';
  readonly #dir: string;
  readonly #clock: Clock;
  readonly #cooldownMs: number;

  constructor(options: { dir: string; clock: Clock; closedCooldownDays?: number }) {
    this.#dir = options.dir;
    this.#clock = options.clock;
    this.#cooldownMs = (options.closedCooldownDays ?? 14) * 86_400_000;
  }

  async #proposalsDir(): Promise<string> {
    const common = (await git(this.#dir, ['rev-parse', '--git-common-dir'])).trim();
    const dir = join(isAbsolute(common) ? common : join(this.#dir, common), 'sre-agent', 'proposals');
    await mkdir(dir, { recursive: true });
    return dir;
  }

  async #record(branch: string): Promise<ProposalRecord | undefined> {
    const file = join(await this.#proposalsDir(), `${branch.replaceAll('/', '__')}.json`);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as ProposalRecord);
  }

  async #save(record: ProposalRecord, body?: string): Promise<string> {
    const dir = await this.#proposalsDir();
    const base = join(dir, record.branch.replaceAll('/', '__'));
    const write = async (file: string, text: string) => {
      const tmp = `${file}.${process.pid}.${this.#clock.now().getTime()}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, file);
    };
    if (body !== undefined) await write(`${base}.md`, `# ${record.title}\n\n${body}\n`);
    await write(`${base}.json`, `${JSON.stringify(record, null, 2)}\n`);
    return `${base}.md`;
  }

  async #commit(request: ProposalRequest): Promise<{ commit: string; tree: string }> {
    const dir = await this.#proposalsDir();
    const index = join(dir, `index.${randomUUID()}`);
    const env = { GIT_INDEX_FILE: index };
    await git(this.#dir, ['read-tree', request.baseSha], { env });
    for (const file of request.files) {
      const blob = (await git(this.#dir, ['hash-object', '-w', '--stdin'], { input: file.content })).trim();
      await git(this.#dir, ['update-index', '--add', '--cacheinfo', `100644,${blob},${file.path}`], { env });
    }
    const tree = (await git(this.#dir, ['write-tree'], { env })).trim();
    const when = `${Math.floor(this.#clock.now().getTime() / 1000)} +0000`;
    const commit = (
      await git(this.#dir, ['commit-tree', tree, '-p', request.baseSha, '-F', '-'], {
        input: request.commitMessage,
        env: {
          GIT_AUTHOR_NAME: AGENT_AUTHOR.name,
          GIT_AUTHOR_EMAIL: AGENT_AUTHOR.email,
          GIT_COMMITTER_NAME: AGENT_AUTHOR.name,
          GIT_COMMITTER_EMAIL: AGENT_AUTHOR.email,
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_DATE: when,
        },
      })
    ).trim();
    await rm(index, { force: true });
    return { commit, tree };
  }

  async propose(request: ProposalRequest): Promise<ProposalResult> {
    const ref = `refs/heads/${request.branch}`;
    const now = this.#clock.now().toISOString();
    const record = await this.#record(request.branch);
    const tip = (await gitMaybe(this.#dir, ['rev-parse', '--verify', '-q', ref]))?.trim();
    if (!tip) {
      if (record?.state === 'open') {
        const merged = await gitMaybe(this.#dir, [
          'merge-base',
          '--is-ancestor',
          record.commit,
          request.baseSha,
        ]);
        record.state = merged === undefined ? 'closed' : 'merged';
        if (record.state === 'closed') record.closedAt = now;
        await this.#save(record);
      }
      if (record?.state === 'closed' && record.closedAt) {
        const since = this.#clock.now().getTime() - Date.parse(record.closedAt);
        if (since < this.#cooldownMs)
          return {
            status: 'skipped',
            branch: request.branch,
            reason: `a human closed this proposal unmerged ${Math.floor(since / 3_600_000)} h ago; not proposed again for ${this.#cooldownMs / 86_400_000} days`,
          };
      }
      const { commit } = await this.#commit(request);
      try {
        await git(this.#dir, ['update-ref', ref, commit, ZERO]);
      } catch {
        // Another sweep created the branch between our read and our write: take its path.
        return this.propose(request);
      }
      const url = await this.#save(
        {
          key: request.key,
          branch: request.branch,
          title: request.title,
          draft: request.draft,
          labels: [...request.labels],
          state: 'open',
          commit,
          createdAt: now,
          updatedAt: now,
        },
        request.body,
      );
      return { status: 'created', branch: request.branch, url };
    }
    const authors = (await git(this.#dir, ['log', '--format=%ae', `${request.baseSha}..${tip}`]))
      .split('\n')
      .filter(Boolean);
    const humans = authors.filter((a) => a !== AGENT_AUTHOR.email);
    if (humans.length > 0)
      return {
        status: 'skipped',
        branch: request.branch,
        reason: `the branch has ${humans.length} commit(s) by someone else (${[...new Set(humans)].join(', ')}): left as it is`,
      };
    const { commit, tree } = await this.#commit(request);
    const tipTree = (await git(this.#dir, ['rev-parse', `${tip}^{tree}`])).trim();
    const base: ProposalRecord = record ?? {
      key: request.key,
      branch: request.branch,
      title: request.title,
      draft: request.draft,
      labels: [...request.labels],
      state: 'open',
      commit: tip,
      createdAt: now,
      updatedAt: now,
    };
    if (
      tipTree === tree &&
      (await gitMaybe(this.#dir, ['merge-base', '--is-ancestor', request.baseSha, tip])) !== undefined
    ) {
      const url = await this.#save(
        { ...base, title: request.title, draft: request.draft, state: 'open' },
        request.body,
      );
      return { status: 'unchanged', branch: request.branch, url };
    }
    // Only the agent's commits are on the branch: it is rebuilt on the current base (compare-and-swap on the old tip).
    await git(this.#dir, ['update-ref', ref, commit, tip]);
    const url = await this.#save(
      { ...base, title: request.title, draft: request.draft, state: 'open', commit, updatedAt: now },
      request.body,
    );
    return { status: 'updated', branch: request.branch, url };
  }

  async listOpen(): Promise<OpenProposal[]> {
    const dir = await this.#proposalsDir();
    const open: OpenProposal[] = [];
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
      const record = JSON.parse(await readFile(join(dir, name), 'utf8')) as ProposalRecord;
      if (record.state !== 'open') continue;
      if (!(await gitMaybe(this.#dir, ['rev-parse', '--verify', '-q', `refs/heads/${record.branch}`])))
        continue;
      open.push({
        key: record.key,
        branch: record.branch,
        title: record.title,
        draft: record.draft,
        url: join(dir, name.replace(/\.json$/, '.md')),
      });
    }
    return open;
  }
}
