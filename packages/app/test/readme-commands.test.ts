import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const execFileAsync = promisify(execFile);

/** A README command run for real, and what its output must show. `<tmp>` is a scratch directory. */
type Check = { run: string; shows: readonly (string | RegExp)[] };
/** How the test treats one command the README shows: run it, or say why not and check what can be. */
type Treatment = { checks: readonly Check[] } | { skip: string; checks?: readonly Check[] };

/** Every shell line of a ```sh block, and every inline code span that starts like a command. */
function readmeCommands(markdown: string): string[] {
  const found = new Set<string>();
  const fence = /```(\w*)\n([\s\S]*?)```/g;
  for (const [, lang, body = ''] of markdown.matchAll(fence)) {
    if (lang !== 'sh') continue;
    for (const line of body.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command) found.add(command);
    }
  }
  for (const [, span = ''] of markdown.replace(fence, '').matchAll(/`([^`]+)`/g)) {
    const text = span.replace(/\s+/g, ' ').trim();
    if (/^([A-Z_]+=\S*\s+)*(npm|npx|sre-agent|kubectl)\s/.test(text)) found.add(text);
  }
  return [...found];
}

const README = await readFile(join(ROOT, 'README.md'), 'utf8');
const COMMANDS = readmeCommands(README);
/** The subcommands the README's table names (`sre-agent start [--port N]` → start). */
const TABLE_SUBCOMMANDS = [
  ...new Set(COMMANDS.filter((c) => c.startsWith('sre-agent ')).map((c) => c.split(' ')[1] ?? '')),
];

const RUNS_UNTIL_STOPPED = 'runs until stopped (Ctrl-C)';

/** The decision for each command the README shows; the first test keeps this table and the README in step. */
const TREATMENTS: Record<string, Treatment> = {
  'npm ci': { skip: 'the install itself: this suite runs after it' },
  'npm test': { skip: 'this suite is what it runs' },
  'SRE_AGENT_SKIP_PROVISION=1 npm test': {
    skip: 'runs the whole suite; scripts/provision-test-servers.test.ts covers the variable',
  },
  'npm start': {
    skip: RUNS_UNTIL_STOPPED,
    checks: [{ run: 'npm start -- --help', shows: ['Usage: sre-agent start', '--port <port>'] }],
  },
  'npm start -- --port 9000': {
    skip: `${RUNS_UNTIL_STOPPED}; the check under npm start shows -- passes options`,
  },
  'npm run bench': {
    skip: 'runs every benchmark (minutes)',
    checks: [{ run: 'npm run bench -- --help', shows: ['Usage: sre-agent bench', 'filters'] }],
  },
  'npx sre-agent help': {
    checks: [
      {
        run: 'npx sre-agent help',
        shows: ['Usage: sre-agent', ...TABLE_SUBCOMMANDS.map((name) => new RegExp(`^ {2}${name}\\b`, 'm'))],
      },
    ],
  },
  'npx sre-agent help <command>': {
    // npx itself is proven by `npx sre-agent help`; one npx start-up (seconds) is enough.
    checks: [
      { run: 'sre-agent help memory', shows: ['Usage: sre-agent memory', 'import', 'recall', 'forget'] },
      { run: 'sre-agent help logs', shows: ['Usage: sre-agent logs', 'signatures [options] <file>'] },
    ],
  },
  'sre-agent start [--port N]': {
    skip: RUNS_UNTIL_STOPPED,
    checks: [{ run: 'sre-agent start --help', shows: ['Usage: sre-agent start', '--port <port>'] }],
  },
  'sre-agent sandbox --scenario <name>': {
    skip: RUNS_UNTIL_STOPPED,
    checks: [
      { run: 'sre-agent sandbox --help', shows: ['--scenario <name>', '--kubeconfig <path>'] },
      { run: 'sre-agent sandbox --list', shows: [/^oom-kill\s+shop\/order-service/m, 'fix: '] },
    ],
  },
  'sre-agent demo --scenario <name> [--json]': {
    skip: 'plays a whole incident (the scenario tests in this folder do)',
    checks: [{ run: 'sre-agent demo --help', shows: ['--scenario <name>', '--json'] }],
  },
  'sre-agent memory import/recall/list/forget': {
    checks: [
      {
        run: 'sre-agent memory import <tmp>/past.jsonl --store <tmp>/memory',
        shows: ['imported 1 incident'],
      },
      {
        run: 'sre-agent memory list --store <tmp>/memory',
        shows: [/^inc-1 .*prod\/orders\/orders\s+OOMKilled/m],
      },
      {
        run: 'sre-agent memory recall --batch <tmp>/queries.jsonl --store <tmp>/memory',
        shows: [/^q1: inc-1 \(score 0\.\d+/m, 'raised the memory limit'],
      },
      { run: 'sre-agent memory forget inc-1 --store <tmp>/memory', shows: ['forgot inc-1'] },
      { run: 'sre-agent memory list --store <tmp>/memory', shows: ['no incidents remembered'] },
    ],
  },
  'sre-agent logs signatures <file>': {
    checks: [
      {
        run: 'sre-agent logs signatures <tmp>/app.log',
        shows: [/^sig-[0-9a-f]{16} {2}<\*> ERROR connection to db-<\*>\.orders:<\*> refused/m],
      },
    ],
  },
  'sre-agent bench [filter]': {
    skip: 'runs benchmarks (minutes)',
    checks: [{ run: 'sre-agent bench --help', shows: ['Usage: sre-agent bench [options] [filters...]'] }],
  },
  'kubectl --kubeconfig .sre-agent/sandbox.kubeconfig get pods -A': {
    skip: 'needs npm start running; packages/sandbox/test/kubectl.test.ts drives the real kubectl against the sandbox',
  },
  'sre-agent rbac [--config FILE] [--out DIR]': {
    checks: [
      {
        run: 'sre-agent rbac --config deploy/example.config.yaml --out <tmp>/deploy',
        shows: [
          /wrote .*\/deploy\/rbac\/remediation\.yaml/,
          /wrote .*\/deploy\/admission\/sre-agent-writes\.yaml/,
        ],
      },
    ],
  },
  "sre-agent diagnose [TARGET] [--dump DIR] [--json] [--alert 'Name: words']": {
    // On real kubectl dumps of every scenario in packages/app/test/diagnose-dump.test.ts.
    checks: [
      {
        run: 'sre-agent diagnose --help',
        shows: ['Usage: sre-agent diagnose', '--dump <dir>', '--json', '--alert <text>'],
      },
      {
        run: 'sre-agent diagnose shop/order-service --scenario oom-kill',
        shows: [/^shop\/order-service \(Deployment\): OOMKilled/m, /1\. raise-memory-limit/],
      },
    ],
  },
  'sre-agent ask "<question>" [--json]': {
    // The Bedrock path: packages/app/test/assistant-bedrock.test.ts (a Converse fake).
    checks: [
      {
        run: 'sre-agent ask why is order-service restarting --scenario oom-kill',
        shows: ['Answered without a language model', '/sre diagnose shop/order-service'],
      },
    ],
  },
  'sre-agent security scan [--manifests DIR] [--json]': {
    checks: [
      {
        run: 'sre-agent security scan --help',
        shows: ['Usage: sre-agent security scan', '--manifests <dir>', '--json'],
      },
      // deploy/ holds the agent's own RBAC: a directory without workloads scans cleanly.
      {
        run: 'sre-agent security scan --manifests deploy',
        shows: [/^security scan of deploy: 0 pod specs, 0 findings/m],
      },
    ],
  },
  'sre-agent security quarantine [--finding FILE] [--dry-run]': {
    // End to end against the sandbox in packages/app/test/quarantine-sandbox.test.ts.
    checks: [
      {
        run: 'sre-agent security quarantine --help',
        shows: ['Usage: sre-agent security quarantine', '--finding <file>', '--dry-run'],
      },
    ],
  },
  'sre-agent cost rightsize [--prometheus URL] [--json]': {
    // Against a real Prometheus in packages/app/test/cost-rightsize.test.ts.
    checks: [
      {
        run: 'sre-agent cost rightsize --help',
        shows: ['Usage: sre-agent cost rightsize', '--prometheus <url>', '--json'],
      },
    ],
  },
  'sre-agent forecast [--prometheus URL] [--json]': {
    // Against a real Prometheus in packages/app/test/forecast-command.test.ts.
    checks: [
      {
        run: 'sre-agent forecast',
        shows: [
          /^in \d.*memory-limit\s+storefront\/recommender: memory of container recommender -> raise-memory-limit percent=\d+$/m,
        ],
      },
    ],
  },
  'sre-agent cost zombies [--json]': {
    // Against a real Prometheus in packages/cost/test/integration/prometheus-zombies.test.ts.
    checks: [
      {
        run: 'sre-agent cost zombies',
        shows: [
          /^marketing-campaign\s+zombie\s+≥ 7\.0 d\s+every signal quiet$/m,
          /exec\s+unknown\s+not knowable here/,
          'not judged: default (system namespace)',
        ],
      },
    ],
  },
  'sre-agent gitops scan [--repo DIR] [--json]': {
    // The fixture repositories (plain YAML, Kustomize overlays, Helm values) are in packages/gitops/test.
    checks: [
      {
        run: 'sre-agent gitops scan --help',
        shows: ['Usage: sre-agent gitops scan', '--repo <dir>', '--json', '--live'],
      },
      // deploy/ holds the agent's own RBAC and admission policies: no workloads, no findings.
      { run: 'sre-agent gitops scan --repo deploy', shows: [/^gitops scan of \S+deploy: 0 findings$/m] },
    ],
  },
  'sre-agent gitops fix [--repo DIR] [--dry-run] [--json]': {
    skip: 'writes branches into a repository; packages/gitops/test runs it on fixture repositories (local git and a GitHub wire-format server)',
    checks: [
      {
        run: 'sre-agent gitops fix --help',
        shows: ['Usage: sre-agent gitops fix|propose', '--repo <dir>', '--dry-run', '--json'],
      },
    ],
  },
  'sre-agent gitops prs [--repo DIR]': {
    checks: [{ run: 'sre-agent gitops prs --help', shows: ['Usage: sre-agent gitops prs', '--repo <dir>'] }],
  },
  'sre-agent rbac --config sre-agent.config.yaml --out deploy': {
    skip: 'writes into the repository; the check above runs the same command into a scratch directory',
  },
  'kubectl apply -f deploy/rbac/ -f deploy/admission/': {
    skip: 'needs a cluster (admission policies need Kubernetes 1.30); packages/app/src/rbac tests check the manifests',
  },
  'npx sst secret set SlackBotToken xoxb-... --stage prod': {
    skip: 'needs AWS credentials and pulumi; stacks/test checks what the stacks declare',
  },
  'npx sst deploy --stage prod': {
    skip: 'needs AWS credentials and pulumi; stacks/test checks what the stacks declare',
  },
};

/**
 * `sre-agent …` runs the CLI's `main` in this process (what bin/sre-agent.mjs calls after choosing
 * Node 24; cli.test.ts covers that wrapper); `npm …` and `npx …` run for real in the repository.
 */
async function run(command: string, tmp: string): Promise<{ code: number; output: string }> {
  const [program = '', ...args] = command.replaceAll('<tmp>', tmp).split(' ');
  if (program === 'sre-agent') {
    let output = '';
    // As the terminal's io does: one line per call.
    const write = (text: string) => {
      output += text.endsWith('\n') ? text : `${text}\n`;
    };
    const code = await main(['node', 'sre-agent', ...args], { out: write, err: write });
    return { code, output };
  }
  try {
    const { stdout, stderr } = await execFileAsync(program, args, { cwd: ROOT, timeout: 30_000 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? String(error)}` };
  }
}

describe('the commands README.md shows', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'readme-commands-'));
    const incident = {
      id: 'inc-1',
      cluster: 'prod',
      namespace: 'orders',
      workload: 'orders',
      signal: 'OOMKilled',
      log: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space',
      diagnosis: 'heap too small',
      fix: 'raised the memory limit',
    };
    const query = { ...incident, qid: 'q1', log: incident.log.replace('"main"', '"worker-2"') };
    await writeFile(join(tmp, 'past.jsonl'), `${JSON.stringify(incident)}\n`);
    await writeFile(join(tmp, 'queries.jsonl'), `${JSON.stringify(query)}\n`);
    await writeFile(
      join(tmp, 'app.log'),
      [
        '2026-01-01T00:00:00Z ERROR connection to db-1.orders:5432 refused after 3000 ms',
        '2026-01-01T00:00:05Z ERROR connection to db-2.orders:5432 refused after 3000 ms',
        '2026-01-01T00:00:06Z INFO GET /healthz 200 2ms',
      ].join('\n'),
    );
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('has a check or a stated reason to skip for each of them, and nothing for commands it no longer shows', () => {
    expect(COMMANDS.toSorted()).toEqual(Object.keys(TREATMENTS).toSorted());
  });

  it('skips only long-running or cloud commands, and still checks the long-running ones answer --help', () => {
    const skipped = Object.entries(TREATMENTS).flatMap(([command, t]) => ('skip' in t ? [command] : []));
    expect(skipped.length).toBeLessThan(COMMANDS.length);
    for (const command of ['sre-agent start [--port N]', 'sre-agent demo --scenario <name> [--json]']) {
      const treatment = TREATMENTS[command];
      expect(treatment?.checks?.some((check) => check.run.endsWith('--help'))).toBe(true);
    }
  });

  describe.concurrent.each(
    Object.entries(TREATMENTS).filter(([, treatment]) => (treatment.checks ?? []).length > 0),
  )('%s', (_command, treatment) => {
    it('does what the README says', async () => {
      // In order: one check may depend on the previous (memory import, then list, recall, forget).
      for (const check of treatment.checks ?? []) {
        const { code, output } = await run(check.run, tmp);
        expect({ command: check.run, code }).toEqual({ command: check.run, code: 0 });
        for (const shown of check.shows) {
          if (typeof shown === 'string') expect(output).toContain(shown);
          else expect(output).toMatch(shown);
        }
      }
    });
  });
});
