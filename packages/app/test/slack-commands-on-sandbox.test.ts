import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, type LoadedConfig, ManualClock, silentLogger } from '@sre-agent/core';
import { openLocalIncidentMemory } from '@sre-agent/memory';
import { resolveScenario } from '@sre-agent/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../src/runtime/local-runtime.ts';
import { sandboxCostSource } from '../src/runtime/sandbox-cost-source.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { sleepOrWakeNamespace } from '../src/use-cases/sleep-wake.ts';
import {
  postSignedSlack,
  type ResponseUrlServer,
  slashCommand,
  startResponseUrlServer,
  startSandboxRuntime,
} from './helpers/slack.ts';

const SECRET = 'slack-signing-secret';
const START = new Date('2026-12-02T09:00:00Z');
const ZOMBIE = 'marketing-campaign';

let mode: SandboxMode | undefined;
let runtime: LocalRuntime | undefined;
let dir: string | undefined;
let hooks: ResponseUrlServer<Posted> | undefined;
afterEach(async () => {
  await hooks?.close();
  hooks = undefined;
  await runtime?.close();
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  runtime = mode = dir = undefined;
});

type Posted = { response_type: string; replace_original: boolean; text: string };

/** `npm start` on the sandbox (scenario `zombie-namespace`), its cost source and incident memory included. */
async function startAgent(slackUrl: string) {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-slack-commands-'));
  // Incident memory as a resolved incident left it: the runtime opens the same store.
  const seeded = await openLocalIncidentMemory({ dir: join(dir, 'memory') });
  await seeded.memory.remember({
    cluster: 'sandbox',
    namespace: 'shop',
    workload: 'order-service',
    signal: 'OOMKilled',
    log: 'INFO starting order-service\nException in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat com.shop.Orders.load(Orders.java:42)',
    diagnosis: 'the JVM heap outgrew the container memory limit',
    description: 'raised the memory limit of order-service from 256Mi to 512Mi <!channel>',
    outcome: 'succeeded',
  });
  await seeded.index.flush();
  const loaded: LoadedConfig = {
    config: ConfigSchema.parse({
      state: { dataDir: dir },
      cost: { sleep: { graceHours: 0 } },
      integrations: {
        slack: {
          channel: '#sre',
          responseUrlPrefix: slackUrl,
          approvers: { default: ['U0ALICE'], namespaces: { [ZOMBIE]: ['U0BOB'] } },
        },
      },
    }),
    source: undefined,
    secrets: { SLACK_SIGNING_SECRET: SECRET },
  };
  const clock = new ManualClock(START);
  mode = await startSandboxMode({
    loaded,
    dataDir: dir,
    scenario: 'zombie-namespace',
    logger: silentLogger,
    clock,
  });
  const cost = await sandboxCostSource(mode);
  runtime = await startSandboxRuntime(mode, {
    dir,
    secrets: loaded.secrets,
    clock,
    ...(cost ? { cost } : {}),
  });
  return { runtime, clock };
}

/** Sends `/sre <text>` as Slack does (form body, v0 signature) and returns the acknowledgement. */
async function slash(
  running: LocalRuntime,
  clock: ManualClock,
  slackUrl: string,
  text: string,
  user: string,
) {
  const response = await postSignedSlack(
    running.url,
    '/slack/commands',
    slashCommand(text, user, `${slackUrl}commands/T1/1/${encodeURIComponent(user)}`),
    { secret: SECRET, at: clock.now() },
  );
  expect(response.status).toBe(200);
  const ack = (await response.json()) as { response_type: string; text: string };
  await running.agent.localQueue?.drain();
  return ack;
}

describe('every /sre command on npm start (the sandbox), driven by signed requests', () => {
  it('answers help, status, cost, security and memory search: acknowledged at once, reports on response_url', async () => {
    const slack = await startResponseUrlServer<Posted>();
    hooks = slack;
    const { runtime: running, clock } = await startAgent(slack.url);
    const send = (text: string, user = 'U0CAROL') => slash(running, clock, slack.url, text, user);

    const help = await send('help');
    for (const verb of [
      'status',
      'diagnose',
      'cost',
      'security',
      'approve',
      'reject',
      'pause',
      'resume',
      'wake',
      'memory search',
      'ask',
      'help',
    ]) {
      expect(help.text).toContain(`/sre ${verb}`);
    }
    expect((await send('status')).text).toContain('No open incidents');
    expect(slack.bodies).toHaveLength(0);

    const costAck = await send('cost');
    expect(costAck.text).toContain('cost report for cluster sandbox');
    expect(slack.bodies).toHaveLength(1);
    const cost = slack.bodies[0] as Posted;
    expect(cost.response_type).toBe('ephemeral');
    expect(cost.replace_original).toBe(false);
    expect(cost.text).toContain('*Right-sizing*');
    expect(cost.text).toContain('*Zombie namespaces*');
    expect(cost.text).toContain(ZOMBIE);

    await send(`cost ${ZOMBIE}`);
    expect(slack.bodies[1]?.text).toContain(`namespace ${ZOMBIE}`);
    expect(slack.bodies[1]?.text).toContain(ZOMBIE);

    await send(`security ${ZOMBIE}`);
    const security = slack.bodies[2]?.text ?? '';
    expect(security).toContain(`security scan of namespace ${ZOMBIE} in cluster sandbox`);
    expect(security).toMatch(/\d+ findings/);
    // Every finding shown is in that namespace.
    for (const line of security.split('\n').filter((l) => /^ {4}\S+\/\S+\//.test(l))) {
      expect(line.trim().startsWith(`${ZOMBIE}/`)).toBe(true);
    }

    await send('memory search java.lang.OutOfMemoryError: Java heap space');
    const recall = slack.bodies[3]?.text ?? '';
    expect(recall).toContain('sandbox/shop/order-service');
    expect(recall).toMatch(/\*\d+%\*/);
    expect(recall).toContain('raised the memory limit');
    // Recalled text is untrusted: it cannot ping the channel.
    expect(recall).not.toContain('<!channel>');
    expect(recall).toContain('&lt;!channel&gt;');

    // The whole cluster's scan, without the default denylist's namespaces (counted, never named):
    // code-fenced, none over the limit (longer answers come in numbered parts: chat-answer.test.ts).
    await send('security');
    const scan = slack.bodies.slice(4);
    expect(scan).toHaveLength(1);
    expect(scan[0]?.text.startsWith('```\nsecurity scan of cluster sandbox')).toBe(true);
    expect(scan[0]?.text).toContain('3 namespaces withheld (policy.denyNamespaces)');
    expect(scan[0]?.text).not.toContain('kube-system');
    for (const part of scan) {
      expect(part.text.length).toBeLessThanOrEqual(3_500);
      expect(part.text.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
    }
    slack.bodies.splice(4);

    // Bad arguments are answered at once, nothing is queued.
    expect((await send('security not_a_namespace!')).text).toContain('usage');
    expect((await send('memory find heap')).text).toContain('usage');
    expect(slack.bodies).toHaveLength(4);
    for (const body of slack.bodies) expect(body.text.length).toBeLessThanOrEqual(3_500);
  });

  it('wakes a sleeping namespace for its approver only, through the policy engine, and audits who asked', async () => {
    const slack = await startResponseUrlServer<Posted>();
    hooks = slack;
    const { runtime: running, clock } = await startAgent(slack.url);
    const { agent } = running;
    const deps = {
      config: agent.config,
      stores: agent.stores,
      clusters: agent.clusters,
      clock,
      ids: agent.ids,
      logger: silentLogger,
    };
    const slept = await sleepOrWakeNamespace(deps, {
      cluster: 'sandbox',
      namespace: ZOMBIE,
      action: 'sleep-namespace',
      actor: 'cli',
      schedule: 'cli',
    });
    expect(slept.outcome).toBe('applied');
    const reader = agent.clusters.get('sandbox')?.reader;
    const replicas = async () =>
      ((await reader?.listDeployments({ namespace: ZOMBIE })) ?? []).map((d) => d.spec?.replicas);
    expect((await replicas()).length).toBeGreaterThan(0);
    expect((await replicas()).every((r) => r === 0)).toBe(true);
    const workload = { cluster: 'sandbox', namespace: ZOMBIE, workload: `Namespace/${ZOMBIE}` };

    // Alice approves by default, but this namespace has its own list: she may not wake it.
    const refused = await slash(running, clock, slack.url, `wake ${ZOMBIE}`, 'U0ALICE');
    expect(refused.text).toContain('cannot wake');
    expect(slack.bodies).toHaveLength(0);
    const refusal = await agent.stores.audit.lastForWorkload(workload, { statuses: ['refused'] });
    expect(refusal).toMatchObject({
      actor: 'slack:U0ALICE',
      action: { kind: 'wake-namespace' },
      status: 'refused',
    });
    expect((await replicas()).every((r) => r === 0)).toBe(true);

    clock.advance(60_000);
    const ack = await slash(running, clock, slack.url, `wake ${ZOMBIE}`, 'U0BOB');
    expect(ack.text).toContain(`Waking ${ZOMBIE}`);
    expect(slack.bodies).toHaveLength(1);
    expect(slack.bodies[0]?.text).toContain(`wake sandbox/${ZOMBIE}: applied`);
    expect((await replicas()).every((r) => (r ?? 0) > 0)).toBe(true);
    const applied = await agent.stores.audit.lastForWorkload(workload, { statuses: ['applied'] });
    expect(applied).toMatchObject({
      actor: 'slack:U0BOB',
      action: { kind: 'wake-namespace' },
      status: 'applied',
    });
  });
});

/** A button click as Slack sends it: `payload=<block_actions JSON>`, signed like a command. */
async function click(
  running: LocalRuntime,
  clock: ManualClock,
  actionId: string,
  value: string,
  user: string,
) {
  const payload = JSON.stringify({
    type: 'block_actions',
    user: { id: user },
    team: { id: 'T1' },
    actions: [{ action_id: actionId, value, block_id: 'sre-agent-actions' }],
    trigger_id: 't',
  });
  const response = await postSignedSlack(
    running.url,
    '/slack/interactions',
    { payload },
    { secret: SECRET, at: clock.now() },
  );
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { text: string };
  await running.agent.localQueue?.drain();
  return answer.text;
}

describe('"roll back my change" on an incident proposal (npm start, the sandbox)', () => {
  it('offers the rollback of the workload’s own recent rollout beside the fix; one approver’s click rolls back, once, audited', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-slack-rollback-'));
    const loaded: LoadedConfig = {
      config: ConfigSchema.parse({
        state: { dataDir: dir },
        integrations: {
          slack: { channel: '#sre', approvers: { default: ['U0ALICE'], namespaces: { shop: ['U0BOB'] } } },
        },
      }),
      source: undefined,
      secrets: { SLACK_SIGNING_SECRET: SECRET },
    };
    // The OOM scenario, plus a rollout of order-service ten minutes ago that changed only an
    // annotation of its pods: not blamed for the OOM (the fix is a memory raise), but undoable.
    const oom = resolveScenario('oom-kill');
    const scenario = {
      ...oom,
      timeline: [
        ...oom.timeline,
        {
          atMinutes: -10,
          patch: {
            kind: 'Deployment',
            namespace: 'shop',
            name: 'order-service',
            patch: {
              spec: { template: { metadata: { annotations: { 'example.com/build': '2026-12-02.1' } } } },
            },
          },
        },
      ],
    };
    const clock = new ManualClock(START);
    mode = await startSandboxMode({ loaded, dataDir: dir, scenario, logger: silentLogger, clock });
    // suggest mode: fixes wait for a human.
    runtime = await startSandboxRuntime(mode, { dir, secrets: loaded.secrets, clock, suggest: true });
    const running = runtime;
    const reader = running.agent.clusters.get('sandbox')?.reader;
    const revision = async () =>
      (await reader?.getDeployment('shop', 'order-service'))?.metadata?.annotations?.[
        'deployment.kubernetes.io/revision'
      ];
    const before = await revision();
    expect(Number(before)).toBeGreaterThanOrEqual(2);

    for (let i = 0; i < 5 && (await running.agent.stores.incidents.listOpen()).length === 0; i += 1) {
      clock.advance(30_000);
      mode.sandbox.engine.tick(30_000);
      await running.monitorOnce();
    }
    const [incident] = await running.agent.stores.incidents.listOpen();
    expect(incident?.status).toBe('awaiting-approval');
    const proposals = (incident?.actions ?? []).filter((a) => a.status === 'proposed');
    expect(proposals.map((a) => a.action.kind)).toEqual(['raise-memory-limit', 'rollback']);
    const rollback = proposals[1];
    const value = `${incident?.id}:${rollback?.id}`;

    // The button approves only a rollback: the fix's id on it does nothing.
    expect(await click(running, clock, 'rollback', `${incident?.id}:${proposals[0]?.id}`, 'U0BOB')).toContain(
      'No proposed action',
    );
    // Alice approves by default, but shop has its own list.
    expect(await click(running, clock, 'rollback', value, 'U0ALICE')).toContain('cannot approve');
    expect(await revision()).toBe(before);

    expect(await click(running, clock, 'rollback', value, 'U0BOB')).toContain(
      'Approved roll order-service back',
    );
    expect(Number(await revision())).toBeGreaterThan(Number(before));
    const after = await running.agent.stores.incidents.get(incident?.id ?? '');
    expect(after?.actions.find((a) => a.id === rollback?.id)).toMatchObject({ decidedBy: 'slack:U0BOB' });
    // The fix beside it is closed by the same decision.
    expect(after?.actions.find((a) => a.id === proposals[0]?.id)?.status).toBe('rejected');
    const audit = await running.agent.stores.audit.listForIncident(incident?.id ?? '');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'slack:U0ALICE', status: 'refused' }),
        expect.objectContaining({ actor: 'slack:U0BOB', action: { kind: 'rollback' }, status: 'applied' }),
      ]),
    );
    // Single use: a second click finds nothing to approve.
    expect(await click(running, clock, 'rollback', value, 'U0BOB')).toContain('No proposed action');
  });
});

describe('/sre approve, reject, pause and resume on npm start (the sandbox, suggest mode)', () => {
  it('applies a proposed fix approved by slash command, for the namespace approver only, and pulls and lifts the kill switch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-slack-approve-'));
    const loaded: LoadedConfig = {
      config: ConfigSchema.parse({
        state: { dataDir: dir },
        integrations: {
          slack: { channel: '#sre', approvers: { default: ['U0ALICE'], namespaces: { shop: ['U0BOB'] } } },
        },
      }),
      source: undefined,
      secrets: { SLACK_SIGNING_SECRET: SECRET },
    };
    const clock = new ManualClock(START);
    mode = await startSandboxMode({
      loaded,
      dataDir: dir,
      scenario: 'oom-kill',
      logger: silentLogger,
      clock,
    });
    runtime = await startSandboxRuntime(mode, { dir, secrets: loaded.secrets, clock, suggest: true });
    const running = runtime;
    const send = (text: string, user: string) =>
      slash(running, clock, 'https://hooks.slack.com/', text, user);
    for (let i = 0; i < 5 && (await running.agent.stores.incidents.listOpen()).length === 0; i += 1) {
      clock.advance(30_000);
      mode.sandbox.engine.tick(30_000);
      await running.monitorOnce();
    }
    const [incident] = await running.agent.stores.incidents.listOpen();
    const fix = incident?.actions.find((a) => a.status === 'proposed');
    expect(fix?.action.kind).toBe('raise-memory-limit');
    expect((await send('status', 'U0CAROL')).text).toContain(`/sre approve ${fix?.id}`);
    const limit = async () =>
      (await running.agent.clusters.get('sandbox')?.reader.getDeployment('shop', 'order-service'))?.spec
        ?.template?.spec?.containers?.[0]?.resources?.limits?.memory;
    const before = await limit();

    expect((await send(`reject ${fix?.id}`, 'U0ALICE')).text).toContain('cannot reject');
    expect((await send(`approve ${fix?.id}`, 'U0CAROL')).text).toContain('cannot approve');
    expect(await limit()).toBe(before);

    const approved = await send(`approve ${fix?.id}`, 'U0BOB');
    expect(approved.response_type).toBe('in_channel');
    expect(approved.text).toContain('Approved');
    expect(await limit()).not.toBe(before);
    const audit = await running.agent.stores.audit.listForIncident(incident?.id ?? '');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'slack:U0ALICE', status: 'refused' }),
        expect.objectContaining({
          actor: 'slack:U0BOB',
          action: expect.objectContaining({ kind: 'raise-memory-limit' }),
          status: 'applied',
        }),
      ]),
    );
    expect((await send(`approve ${fix?.id}`, 'U0BOB')).text).toContain('No proposed action');

    expect((await send('pause deploy freeze', 'U0BOB')).text).toContain('Paused by <@U0BOB>');
    expect((await running.agent.stores.control.getPause()).paused).toBe(true);
    expect((await send('resume', 'U0BOB')).text).toContain('cannot `resume`');
    expect((await send('resume', 'U0ALICE')).text).toContain('Resumed by <@U0ALICE>');
    expect((await running.agent.stores.control.getPause()).paused).toBe(false);
  });
});
