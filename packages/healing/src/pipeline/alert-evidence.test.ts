import { ConfigSchema, InMemoryNotifier, ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { alertsToDetections, parseAlertmanagerWebhook } from '../ingest/alertmanager.ts';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { createCatalogDiagnoser } from './catalog-diagnoser.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-11-27T03:00:00.000Z';

/** A queue alert as a rule would annotate it: what the rule knows and the pod does not. */
function queueAlert(fingerprint: string, description: string, alertname = 'RabbitmqQueueNoConsumers') {
  return {
    version: '4',
    groupKey: '{}:{alertname="RabbitmqQueueNoConsumers"}',
    status: 'firing',
    receiver: 'sre-agent',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname, namespace: 'shop', deployment: 'order-service' },
        annotations: { summary: 'Queue orders.created has no consumers', description },
        startsAt: '2026-11-27T02:58:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus/graph',
        fingerprint,
      },
    ],
  };
}

function setup() {
  const clock = new ManualClock(START);
  const fixture = deploymentFixture({ namespace: 'shop', name: 'order-service' });
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  const config = ConfigSchema.parse({
    clusters: [{ name: 'prod', inCluster: true, defaultMode: 'observe' }],
  });
  const stores = createInMemoryState({ clock });
  const diagnoser = createCatalogDiagnoser({ clock });
  const pipeline = new HealingPipeline({
    config,
    cluster: (name) => (name === 'prod' ? { reader: cluster, writer: cluster } : undefined),
    incidents: stores.incidents,
    audit: stores.audit,
    control: controlStateFrom(stores.control, stores.audit, clock),
    diagnoser,
    notifier: new InMemoryNotifier(),
    clock,
    ids: sequentialIds(),
    logger: silentLogger,
  });
  const ingest = async (webhook: unknown) => {
    const [converted] = alertsToDetections(parseAlertmanagerWebhook(webhook), 'prod', clock.now());
    if (converted?.kind !== 'detection') throw new Error('the alert names no workload');
    const result = await pipeline.ingest(converted.detection);
    if (result.kind === 'ignored') throw new Error(result.reason);
    return result;
  };
  return { clock, cluster, stores, diagnoser, ingest };
}

describe("an alert's own words reach the diagnosis", () => {
  it('keeps the summary and description on the incident, redacted, and reads them as an AlertFiring event', async () => {
    const { cluster, stores, diagnoser, ingest } = setup();

    const opened = await ingest(
      queueAlert(
        'fp-1',
        '18,422 ready, 0 consumers for 35m; broker nodes 3/3 running (amqp://orders:hunter2@rabbit:5672)',
      ),
    );

    const incident = await stores.incidents.get(opened.incident.id);
    expect(incident?.alerts?.map((a) => a.name)).toEqual(['RabbitmqQueueNoConsumers']);
    expect(incident?.alerts?.[0]?.text).toContain(
      'Queue orders.created has no consumers; 18,422 ready, 0 consumers for 35m; broker nodes 3/3 running',
    );
    expect(JSON.stringify(incident)).not.toContain('hunter2');
    const result = await diagnoser.diagnose(cluster, incident ?? never(), async () => []);
    expect(result.gathered?.events).toContainEqual(
      expect.objectContaining({
        object: 'Deployment/order-service',
        type: 'Warning',
        reason: 'AlertFiring',
        message: expect.stringContaining('RabbitmqQueueNoConsumers: Queue orders.created has no consumers'),
      }),
    );
    expect(result.gathered?.describe).toContain('broker nodes 3/3 running');
  });

  it('keeps the newest words of each alert joining the incident, three alerts at most', async () => {
    const { clock, stores, ingest } = setup();
    const opened = await ingest(queueAlert('fp-1', 'first words'));
    const id = opened.incident.id;
    const alerts = async () => (await stores.incidents.get(id))?.alerts ?? [];
    clock.advance(60_000);
    // The same alert sent again (Alertmanager's repeat interval) changes nothing.
    await ingest(queueAlert('fp-1', 'the same alert, its description since changed'));
    expect((await alerts()).map((a) => a.text)).toEqual([
      'Queue orders.created has no consumers; first words',
    ]);

    for (const [k, name] of ['QueueDepthHigh', 'ConsumerLagHigh', 'PodNotReady'].entries()) {
      clock.advance(60_000);
      await ingest(queueAlert(`fp-${k + 2}`, `${name} words`, name));
    }
    expect((await alerts()).map((a) => [a.name, a.firedAt])).toEqual([
      ['QueueDepthHigh', '2026-11-27T03:02:00.000Z'],
      ['ConsumerLagHigh', '2026-11-27T03:03:00.000Z'],
      ['PodNotReady', '2026-11-27T03:04:00.000Z'],
    ]);
  });
});

function never(): never {
  throw new Error('no incident');
}
