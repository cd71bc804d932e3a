import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../src/queue/work-item.ts';
import { type RunningAlertmanager, startAlertmanager } from './helpers/alertmanager.ts';
import { crashAlert, startTestAgent, type TestAgent } from './helpers/test-agent.ts';

let agent: TestAgent | undefined;
let alertmanager: RunningAlertmanager | undefined;
afterEach(async () => {
  await alertmanager?.stop();
  await agent?.close();
  alertmanager = undefined;
  agent = undefined;
});

/** Resolves with the next batch the webhook enqueues: Alertmanager's delivery, without sleeping. */
function nextDelivery(test: TestAgent): Promise<readonly WorkItem[]> {
  const queue = test.agent.queue;
  const send = queue.send.bind(queue);
  return new Promise((resolve) => {
    queue.send = async (items) => {
      await send(items);
      queue.send = send;
      resolve(items);
    };
  });
}

const bearerToken = 'am-webhook-token';

/** The same alert as Prometheus posts it to Alertmanager (Alertmanager adds status and fingerprint). */
function alert(endsAt?: string) {
  const { labels, annotations, startsAt, generatorURL } = crashAlert();
  return { labels, annotations, startsAt, generatorURL, ...(endsAt ? { endsAt } : {}) };
}

describe('a real Alertmanager delivering to the agent', () => {
  it('opens exactly one incident for a firing alert and closes it when the alert resolves', async () => {
    // Observe mode: the incident stays open (no fix is applied) until the alert resolves.
    agent = await startTestAgent({
      secrets: { ALERTMANAGER_BEARER_TOKEN: bearerToken },
      config: 'clusters: [{ name: prod, inCluster: true, defaultMode: observe }]',
    });
    alertmanager = await startAlertmanager({ webhookUrl: `${agent.url}/alertmanager`, bearerToken });

    const firing = nextDelivery(agent);
    await alertmanager.postAlerts([alert()]);
    const delivered = await firing;
    await agent.agent.localQueue?.drain();

    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      type: 'detection',
      detection: { source: 'alertmanager', status: 'firing' },
    });
    const open = await agent.agent.stores.incidents.listOpen();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      target: { kind: 'Deployment', name: 'order-service' },
      status: 'observed',
    });
    const fingerprint = open[0]?.fingerprints[0];
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);

    const resolved = nextDelivery(agent);
    await alertmanager.postAlerts([alert(new Date(Date.now() - 1000).toISOString())]);
    await resolved;
    await agent.agent.localQueue?.drain();

    expect(await agent.agent.stores.incidents.listOpen()).toHaveLength(0);
    const closed = await agent.agent.stores.incidents.findByFingerprint(fingerprint ?? '');
    expect(closed?.closedAt).toBeDefined();
    expect(closed?.timeline.at(-1)?.kind).toBe('alert-resolved');
  });
});
