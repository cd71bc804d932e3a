import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigSchema, ManualClock } from '@sre-agent/core';
import { testBinary } from '@sre-agent/core/testing';
import { PrometheusHttpClient } from '@sre-agent/cost';
import { type BackfilledPrometheusHandle, startPrometheus } from '@sre-agent/cost/testing';
import { InMemoryCluster } from '@sre-agent/healing/testing';
import { createInMemoryState } from '@sre-agent/state';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssistantDeps, runTool } from '../src/assistant/tools.ts';

const NOW = new Date('2026-06-01T09:00:00Z');
/** The denylisted namespace's restart count: it must never come back, in any shape. */
const VAULT_VALUE = 4242;
const MANY_SERIES = 4000;

let dir: string;
let prometheus: BackfilledPrometheusHandle;
let deps: AssistantDeps;

/** A restart gauge in shop and in the denylisted vault, and many small series in shop, up to a minute before NOW. */
async function backfill(data: string): Promise<void> {
  const end = Math.floor(NOW.getTime() / 1000) - 60;
  const lines = ['# TYPE sre_test_restarts gauge'];
  for (let t = end - 600; t <= end; t += 60) {
    lines.push(`sre_test_restarts{namespace="shop",pod="cart-1"} 7 ${t}`);
    lines.push(`sre_test_restarts{namespace="vault",pod="vault-0"} ${VAULT_VALUE} ${t}`);
    lines.push(`sre_test_restarts{namespace="monitoring",exported_namespace="vault",pod="vault-0"} 1 ${t}`);
  }
  lines.push('# TYPE sre_test_many gauge');
  for (let i = 0; i < MANY_SERIES; i++) lines.push(`sre_test_many{namespace="shop",pod="p-${i}"} 1 ${end}`);
  lines.push('# EOF', '');
  const input = join(dir, 'series.om.txt');
  await writeFile(input, lines.join('\n'));
  await promisify(execFile)(testBinary('promtool'), [
    'tsdb',
    'create-blocks-from',
    'openmetrics',
    '--max-block-duration=24h',
    input,
    data,
  ]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sre-agent-assistant-promql-'));
  await backfill(join(dir, 'tsdb'));
  prometheus = await startPrometheus(join(dir, 'tsdb'));
  const clock = new ManualClock(NOW);
  deps = {
    reader: new InMemoryCluster('test'),
    config: ConfigSchema.parse({ policy: { denyNamespaces: ['vault', 'kube-system'] } }),
    clock,
    ...createInMemoryState({ clock }),
    prometheus: new PrometheusHttpClient({ url: prometheus.url }),
  };
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const query = (q: string) => runTool(deps, ['prometheus_query'], 'prometheus_query', { query: q });

describe('prometheus_query keeps a denylisted namespace out (a real backfilled Prometheus)', () => {
  it('refuses, or answers without, every query that would carry the namespace out', async () => {
    const bypasses = [
      'sum by (pod) (sre_test_restarts{namespace=~"vaul.+"})',
      'sum by (pod) (sre_test_restarts{namespace!~"shop|monitoring"})',
      'sum by (pod) (sre_test_restarts{pod=~"vau.*"})',
      'max(sre_test_restarts)',
      'label_replace(sre_test_restarts, "namespace", "shop", "", "")',
      'label_join(sre_test_restarts, "namespace", "", "pod")',
      'sum without (namespace) (sre_test_restarts)',
      'sre_test_restarts{namespace="shop"} + on() group_left max(sre_test_restarts)',
      'max(sre_test_restarts) + on() group_right sre_test_restarts{namespace="shop"}',
      'count_values("namespace", sre_test_restarts)',
      'sre_test_restarts{namespace="shop"} * scalar(max(sre_test_restarts{pod=~"vau.*"}))',
      `sre_test_restarts{namespace="shop"} AND on() (max(sre_test_restarts) > ${VAULT_VALUE - 1})`,
      'sre_test_restarts{namespace="shop"} unless on() (max(sre_test_restarts) < 100)',
      'sre_test_restarts{exported_namespace=~"va.*"}',
      'sre_test_restarts{namespace="monitoring"}',
      'topk(1, sum by (pod) (sre_test_restarts))',
    ];
    let refused = 0;
    let answered = 0;
    for (const q of bypasses) {
      const outcome = await query(q);
      if (outcome.ok) {
        answered++;
        const text = JSON.stringify(outcome.value);
        expect(text, q).not.toContain(String(VAULT_VALUE));
        expect(text, q).not.toContain('vault');
      } else {
        refused++;
        expect(outcome.error, q).toMatch(/namespace/);
      }
    }
    // Both defences are exercised: some queries are refused, some run and come back without vault.
    expect(refused).toBeGreaterThan(5);
    expect(answered).toBeGreaterThanOrEqual(3);
  });

  it('still answers an ordinary query, by namespace', async () => {
    const one = await query('sre_test_restarts{namespace="shop"}');
    expect(one).toMatchObject({
      ok: true,
      value: { count: 1, samples: [{ labels: { pod: 'cart-1' }, value: 7 }] },
    });
    const byNamespace = await query('sum by (namespace) (sre_test_restarts)');
    expect(byNamespace.ok).toBe(true);
    const value = (byNamespace as { value: { samples: { labels: Record<string, string>; value: number }[] } })
      .value;
    expect(value.samples).toContainEqual({ labels: { namespace: 'shop' }, value: 7 });
    expect(JSON.stringify(value)).not.toContain('vault');
  });

  it('bounds what a query may answer', async () => {
    const outcome = await query('sre_test_many');
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('larger than 256000 bytes') });
    // The evaluation is bounded on the server: Prometheus' own `timeout` parameter.
    const client = new PrometheusHttpClient({ url: prometheus.url });
    await expect(client.instant('count(sre_test_many)', NOW, { timeoutSeconds: 0.000001 })).rejects.toThrow(
      /timeout|timed out|deadline/i,
    );
    await expect(client.instant('count(sre_test_many)', NOW, { timeoutSeconds: 10 })).resolves.toEqual([
      { labels: {}, value: MANY_SERIES },
    ]);
    const aggregated = await query('count by (namespace) (sre_test_many)');
    expect(aggregated).toMatchObject({
      ok: true,
      value: { samples: [{ labels: { namespace: 'shop' }, value: MANY_SERIES }] },
    });
  });
});
