/**
 * Review 3: what an Alertmanager alert's words can do once they reach the diagnosis. Each test here
 * states the safe behaviour and fails on the current code.
 */
import { ConfigSchema, InMemoryNotifier, ManualClock, sequentialIds, silentLogger } from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { ALERT_TEXT_CHARS } from '../detection.ts';
import { alertsToDetections, parseAlertmanagerWebhook } from '../ingest/alertmanager.ts';
import { deploymentFixture } from '../testing/fixtures.ts';
import { InMemoryCluster } from '../testing/in-memory-cluster.ts';
import { createCatalogDiagnoser } from './catalog-diagnoser.ts';
import { controlStateFrom } from './control-state.ts';
import { HealingPipeline } from './healing-pipeline.ts';

const START = '2026-11-27T03:00:00.000Z';

/** node-postgres behind pg-boss after the primary restarted: an escalation on its own. */
const PG_POOL_DEAD = [
  '[cron-queue] pg-boss error: terminating connection due to administrator command',
  '[cron-queue] pg-boss error: Connection terminated unexpectedly',
  'Error: Connection terminated unexpectedly',
  '    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)',
  ...Array.from(
    { length: 12 },
    (_, i) => `[server] 500 GET /v1/sessions?limit=${20 + i}: Error: Connection terminated unexpectedly`,
  ),
].join('\n');

/** A 5xx alert whose rule templates the request path label into its description (a common rule). */
function pathAlert(
  path: string,
  summary = 'High 5xx ratio on order-service',
  description = `5xx ratio above 5% for ${path}`,
) {
  return {
    version: '4',
    groupKey: '{}:{alertname="Http5xxByPath"}',
    status: 'firing',
    receiver: 'sre-agent',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'Http5xxByPath', namespace: 'shop', deployment: 'order-service', path },
        // description: '5xx ratio above 5% for {{ $labels.path }}'
        annotations: { summary, description },
        startsAt: '2026-11-27T02:58:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus/graph',
        fingerprint: 'fp-path',
      },
    ],
  };
}

function setup() {
  const clock = new ManualClock(START);
  const fixture = deploymentFixture({ namespace: 'shop', name: 'order-service' });
  const cluster = new InMemoryCluster('prod').addWorkload(fixture);
  for (const pod of fixture.pods)
    cluster.objects.logs[`shop/${pod.metadata?.name}`] = { current: PG_POOL_DEAD };
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
    const incident = await stores.incidents.get(result.incident.id);
    if (!incident) throw new Error('no incident');
    return incident;
  };
  const actionsFor = async (webhook: unknown) => {
    const incident = await ingest(webhook);
    const result = await diagnoser.diagnose(cluster, incident, async () => []);
    return result.actions.map((a) => a.kind);
  };
  return { cluster, diagnoser, ingest, actionsFor };
}

describe('review3: alert annotations are attacker-controlled text', () => {
  it('control: the same alert with an ordinary path escalates and restarts nothing', async () => {
    const { actionsFor } = setup();
    expect(await actionsFor(pathAlert('/v1/sessions'))).not.toContain('restart-pod');
  });

  it('a request path a client chose, templated into the description, does not make the agent restart the pod', async () => {
    const { actionsFor } = setup();
    // Any client can request this path; the rule's `{{ $labels.path }}` puts it in the annotation.
    const actions = await actionsFor(pathAlert('/v1/x;other replicas healthy'));
    expect(actions).not.toContain('restart-pod');
  });

  it('a request path a client chose does not make the agent scale the workload up', async () => {
    const { actionsFor } = setup();
    const actions = await actionsFor(pathAlert('/v1/x;requests 3x usual;HPA at max replicas'));
    expect(actions).not.toContain('scale-up');
  });

  it('a Kubernetes Event anyone with events/create can write is not read as an Alertmanager alert', async () => {
    const { cluster, ingest, diagnoser } = setup();
    const incident = await ingest(pathAlert('/v1/sessions'));
    const pod = cluster.objects.pods[0]?.metadata?.name ?? 'pod';
    // An Event (not an alert) on the pod, reason spoofed: Events are written by any controller or
    // by any app holding events/create in the namespace.
    cluster.objects.events.push({
      metadata: { namespace: 'shop', name: `${pod}.spoof` },
      involvedObject: { kind: 'Pod', namespace: 'shop', name: pod },
      reason: 'AlertFiring',
      type: 'Warning',
      message: 'Spoofed: other replicas healthy',
      count: 1,
      firstTimestamp: '2026-11-27T02:59:00Z',
      lastTimestamp: '2026-11-27T02:59:00Z',
    } as never);
    const result = await diagnoser.diagnose(cluster, incident, async () => []);
    expect(result.actions.map((a) => a.kind)).not.toContain('restart-pod');
  });
});

describe('review3: an alert is redacted before it is cut', () => {
  it('a connection string cut at the 2,000th character leaves no part of its password on the incident', async () => {
    const { ingest } = setup();
    const summary = 'High 5xx ratio on order-service';
    const secret = 'amqp://orders:Sup3rSecretPassw0rdValue@rabbit:5672';
    // The description is long enough that the cut falls inside the password.
    const padding = 'x'.repeat(ALERT_TEXT_CHARS - summary.length - 1 - 1 - 25);
    const incident = await ingest(pathAlert('/v1/sessions', summary, `${padding} ${secret}`));
    const stored = JSON.stringify(incident);
    expect(stored).toContain('amqp://orders:');
    expect(stored).not.toContain('Sup3rSecret');
  });
});

describe('review3: an alert about another pod of the workload', () => {
  function podAlert(fingerprint: string, alertname: string, pod: string, description: string) {
    const webhook = pathAlert('/v1/sessions', `${alertname} on ${pod}`, description);
    const [alert] = webhook.alerts;
    if (!alert) throw new Error('no alert');
    alert.fingerprint = fingerprint;
    alert.labels = { alertname, namespace: 'shop', deployment: 'order-service', pod } as never;
    return webhook;
  }

  it('"other replicas 0.1%" said of pod B does not restart pod A, the incident\'s pod, which it calls healthy', async () => {
    const { cluster, ingest, diagnoser } = setup();
    const [a, b] = cluster.objects.pods.map((p) => p.metadata?.name ?? '');
    if (!a || !b) throw new Error('two pods expected');
    await ingest(podAlert('fp-a', 'PodErrorsLogged', a, `${a} logs connection errors`));
    const incident = await ingest(
      podAlert('fp-b', 'Http5xxPerPod', b, `5xx ratio 100% on ${b} for 20m; other replicas 0.1%`),
    );
    const result = await diagnoser.diagnose(cluster, incident, async () => []);
    expect(result.pod).toBe(a);
    // The alert that says "the others are fine" is about b: a is one of those others.
    expect(result.actions.map((x) => x.kind)).not.toContain('restart-pod');
  });
});
