import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, ManualClock, silentLogger } from '@sre-agent/core';
import { deploymentFixture } from '@sre-agent/healing/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../src/runtime/local-runtime.ts';
import { sandboxCostSource } from '../src/runtime/sandbox-cost-source.ts';
import { type SandboxMode, startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { processWorkItem } from '../src/use-cases/process-work.ts';
import {
  postSignedSlack,
  type ResponseUrlServer,
  slashCommand,
  startResponseUrlServer,
  startSandboxRuntime,
} from './helpers/slack.ts';
import { startTestAgent, type TestAgent } from './helpers/test-agent.ts';

const SECRET = 'slack-signing-secret';

let running: TestAgent | undefined;
let slack: ResponseUrlServer<{ text: string }> | undefined;
let runtime: LocalRuntime | undefined;
let mode: SandboxMode | undefined;
let dir: string | undefined;
afterEach(async () => {
  await running?.close();
  await slack?.close();
  await runtime?.close();
  await mode?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  running = slack = runtime = mode = dir = undefined;
});

/** The agent with Slack on (default policy: kube-system denylisted) and a workload in kube-system. */
async function start() {
  slack = await startResponseUrlServer<{ text: string }>();
  running = await startTestAgent({
    secrets: { SLACK_SIGNING_SECRET: SECRET },
    config: `
clusters: [{ name: prod, inCluster: true, defaultMode: auto }]
integrations: { slack: { channel: '#sre', responseUrlPrefix: '${slack.url}' } }`,
  });
  running.cluster.addWorkload(
    deploymentFixture({ namespace: 'kube-system', name: 'coredns', crash: { reason: 'Error', exitCode: 1 } }),
  );
  return { running, slack };
}

describe('policy.denyNamespaces bounds what chat reads (signed Slack commands, response_url stand-in)', () => {
  it('refuses /sre diagnose, /sre cost and /sre security on a denylisted namespace, and reads nothing there', async () => {
    const { running, slack } = await start();
    const send = (text: string) =>
      postSignedSlack(
        running.url,
        '/slack/commands',
        slashCommand(text, 'U0BOB', `${slack.url}commands/T1/1/abc`),
        {
          secret: SECRET,
          at: running.clock.now(),
        },
      );

    for (const text of ['diagnose kube-system/coredns', 'cost kube-system', 'security kube-system']) {
      const ack = await send(text);
      expect(ack.status).toBe(200);
      expect(((await ack.json()) as { text: string }).text).toContain(
        'namespace kube-system is outside what the agent reads or changes (policy.denyNamespaces)',
      );
    }
    expect(running.agent.localQueue?.size ?? 0).toBe(0);
    expect(running.cluster.calls).toEqual([]);
    expect(slack.bodies).toEqual([]);

    // An ordinary namespace is still diagnosed, and answered on response_url.
    const ack = await send('diagnose shop/order-service');
    expect(((await ack.json()) as { text: string }).text).toContain('Diagnosing shop/order-service');
    await running.agent.localQueue?.drain();
    expect(slack.bodies).toHaveLength(1);
    expect(slack.bodies[0]?.text).toContain('shop/order-service');

    // The diagnosis of shop says nothing of kube-system.
    expect(slack.bodies[0]?.text).not.toContain('coredns');
  });

  it('refuses a queued diagnosis or report of a denylisted namespace in the worker too', async () => {
    const { running, slack } = await start();
    const responseUrl = `${slack.url}commands/T1/1/abc`;

    await processWorkItem(running.agent, {
      type: 'chat-diagnose',
      cluster: 'prod',
      namespace: 'kube-system',
      workload: 'coredns',
      responseUrl,
      user: 'slack:U0BOB',
    });
    await processWorkItem(running.agent, {
      type: 'chat-report',
      report: 'security',
      cluster: 'prod',
      namespace: 'kube-system',
      responseUrl,
      user: 'slack:U0BOB',
    });

    expect(slack.bodies.map((b) => b.text)).toEqual([
      expect.stringContaining('namespace kube-system is outside what the agent reads or changes'),
      expect.stringContaining('namespace kube-system is outside what the agent reads or changes'),
    ]);
    expect(running.cluster.calls).toEqual([]);
  });

  it('leaves denylisted namespaces out of the cluster-wide /sre cost and /sre security, and says how many', async () => {
    // `npm start` on the sandbox (scenario zombie-namespace: the zombie marketing-campaign beside
    // kube-system's CoreDNS, VPC CNI and kube-proxy), with both namespaces denylisted.
    const denied = ['kube-system', 'marketing-campaign'];
    slack = await startResponseUrlServer<{ text: string }>();
    dir = await mkdtemp(join(tmpdir(), 'sre-agent-chat-deny-'));
    const clock = new ManualClock('2026-12-02T09:00:00Z');
    const loaded = {
      config: ConfigSchema.parse({
        state: { dataDir: dir },
        policy: { denyNamespaces: denied },
        integrations: { slack: { channel: '#sre', responseUrlPrefix: slack.url } },
      }),
      source: undefined,
      secrets: { SLACK_SIGNING_SECRET: SECRET },
    };
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
    const agent = runtime;
    const send = async (text: string) => {
      const ack = await postSignedSlack(
        agent.url,
        '/slack/commands',
        slashCommand(text, 'U0BOB', `${slack?.url}commands/T1/1/abc`),
        { secret: SECRET, at: clock.now() },
      );
      expect(ack.status).toBe(200);
      await agent.agent.localQueue?.drain();
    };

    await send('cost');
    await send('security');

    const answers = (slack.bodies as { text: string }[]).map((b) => b.text);
    const [costAnswer = ''] = answers;
    const securityAnswer = answers.slice(1).join('\n');
    expect(costAnswer).toContain('*Right-sizing*');
    expect(costAnswer).toContain('2 namespaces withheld (policy.denyNamespaces)');
    expect(securityAnswer).toContain('security scan of cluster sandbox');
    expect(securityAnswer).toContain('2 namespaces withheld (policy.denyNamespaces)');
    // Neither the namespaces nor their workloads are named, and nothing there is proposed.
    for (const answer of [costAnswer, securityAnswer])
      for (const word of [...denied, 'campaign-site', 'lead-sync', 'coredns', 'aws-node', 'kube-proxy'])
        expect(answer).not.toContain(word);
  }, 60_000);
});
