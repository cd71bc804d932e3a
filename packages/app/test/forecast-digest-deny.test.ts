import { AppsV1Api, KubeConfig, PolicyV1Api } from '@kubernetes/client-node';
import { ConfigSchema, InMemoryNotifier, ManualClock, silentLogger } from '@sre-agent/core';
import { PrometheusHttpClient } from '@sre-agent/cost';
import { MINUTES_PER_WEEK, startBackfilledPrometheus } from '@sre-agent/cost/testing';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { PrometheusForecastMetrics } from '@sre-agent/observer';
import { syntheticScrapedWorkload, syntheticSeries } from '@sre-agent/observer/testing';
import { type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForecastDigest } from '../src/use-cases/run-forecast-digest.ts';

const START = 1_767_225_600; // 2026-01-01T00:00:00Z
// The last minute's scrape: "now" for the digest.
const NOW = new Date((START + (MINUTES_PER_WEEK - 1) * 60 + 30) * 1000);

describe('the forecast digest leaves the denylisted namespaces out (real Prometheus, the sandbox)', () => {
  // The same memory leak twice: in a namespace the agent may act on, and in a denylisted one.
  const leak = syntheticScrapedWorkload(syntheticSeries({ shape: 'linear', seed: 2 }));
  const ledger = { ...leak, ref: { ...leak.ref, namespace: 'payments', workload: 'ledger' } };
  let prometheus: Awaited<ReturnType<typeof startBackfilledPrometheus>>;
  let sandbox: RunningSandbox;
  let access: ReturnType<typeof createClusterAccessFromKubeconfig>;
  // The digest's "now"; the sandbox runs on a clock of its own (its ticks must not move this one).
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus([{ workload: leak }, { workload: ledger }], {
      startEpochSeconds: START,
    });
    sandbox = await startSandbox({ scenario: 'healthy', clock: new ManualClock(NOW) });
    // In shop: a single replica behind minAvailable 1, so the next drain blocks.
    const kc = new KubeConfig();
    kc.loadFromString(sandbox.kubeconfig());
    const labels = { app: 'solo' };
    await kc.makeApiClient(AppsV1Api).createNamespacedDeployment({
      namespace: 'shop',
      body: {
        metadata: { name: 'solo', labels },
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } },
        },
      },
    });
    await kc.makeApiClient(PolicyV1Api).createNamespacedPodDisruptionBudget({
      namespace: 'shop',
      body: { metadata: { name: 'solo' }, spec: { minAvailable: 1, selector: { matchLabels: labels } } },
    });
    sandbox.engine.tick(120_000);
    access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: silentLogger },
    );
  }, 120_000);
  afterAll(async () => {
    await access?.close();
    await sandbox?.close();
    await prometheus?.stop();
  });

  const digest = async (denyNamespaces: readonly string[]) => {
    const notifier = new InMemoryNotifier();
    const result = await runForecastDigest(
      {
        cluster: 'prod',
        reader: access.reader,
        metrics: new PrometheusForecastMetrics(new PrometheusHttpClient({ url: prometheus.url })),
        notifier,
        clock,
        logger: silentLogger,
      },
      ConfigSchema.parse({}).forecast,
      { denyNamespaces },
    );
    const [sent] = notifier.sent;
    return { ...result, sent, text: `${sent?.title}\n${sent?.text}\n${JSON.stringify(sent?.fields)}` };
  };

  it('without a denylist, reports the ledger leak with its raise and the blocking PDB (what is at stake)', async () => {
    const { forecasts } = await digest([]);

    expect(forecasts.map((f) => [f.kind, f.namespace, f.workload, f.action.kind]).sort()).toEqual([
      ['memory-limit', 'forecast', 'linear-2', 'raise-memory-limit'],
      ['memory-limit', 'payments', 'ledger', 'raise-memory-limit'],
      ['pdb-blocks-drain', 'shop', 'solo', 'warn'],
    ]);
  });

  it('withholds every forecast of a denylisted namespace, its proposed raise too, and says only how many namespaces', async () => {
    const { forecasts, summary, sent, text } = await digest(['kube-system', 'payments', 'shop']);

    expect(forecasts.map((f) => [f.kind, f.namespace, f.workload, f.action.kind])).toEqual([
      ['memory-limit', 'forecast', 'linear-2', 'raise-memory-limit'],
    ]);
    expect(summary).toMatchObject({ forecasts: 1, kinds: { 'memory-limit': 1 }, withheldNamespaces: 2 });
    for (const word of ['payments', 'ledger', 'shop', 'solo', 'PDB']) expect(text).not.toContain(word);
    expect(sent?.text).toContain(
      '2 namespaces withheld (policy.denyNamespaces): nothing there is shown or proposed.',
    );
    // The one raise proposed is the allowed namespace's.
    expect(sent?.text.match(/proposed: raise-memory-limit/g)).toHaveLength(1);
    expect(sent?.title).toMatch(
      /^Forecast digest for prod: 1 problem seen coming, soonest in .* \(linear-2\)$/,
    );
  });
});
