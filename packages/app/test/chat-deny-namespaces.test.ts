import { deploymentFixture } from '@sre-agent/healing/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { processWorkItem } from '../src/use-cases/process-work.ts';
import {
  postSignedSlack,
  type ResponseUrlServer,
  slashCommand,
  startResponseUrlServer,
} from './helpers/slack.ts';
import { startTestAgent, type TestAgent } from './helpers/test-agent.ts';

const SECRET = 'slack-signing-secret';

let running: TestAgent | undefined;
let slack: ResponseUrlServer<{ text: string }> | undefined;
afterEach(async () => {
  await running?.close();
  await slack?.close();
  running = slack = undefined;
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
});
