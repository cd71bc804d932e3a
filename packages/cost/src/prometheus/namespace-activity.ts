import { DEFAULT_SERIES_SELECTORS, type SeriesSelectors } from '@sre-agent/core';
import * as z from '../zombies/promql.ts';
import type {
  ActivityWindow,
  NamespaceActivity,
  NamespaceActivityReport,
  SignalActivity,
} from '../zombies/types.ts';
import type { InstantSample, PrometheusHttpClient } from './prometheus-http-client.ts';

function byNamespace(samples: readonly InstantSample[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of samples) {
    const ns = s.labels.namespace;
    if (ns && Number.isFinite(s.value)) map.set(ns, Math.max(map.get(ns) ?? -Infinity, s.value));
  }
  return map;
}

const at = (seconds: number | undefined) => (seconds == null ? undefined : new Date(seconds * 1000));

/**
 * The zombie signals of every namespace from the Prometheus HTTP API: 13 aggregated instant
 * queries whatever the number of namespaces (see `zombies/promql.ts`), `limit` at a time; the
 * cAdvisor and kube-state-metrics series only from the scrape jobs `s` names.
 */
export async function prometheusNamespaceActivity(
  client: PrometheusHttpClient,
  window: ActivityWindow,
  run: (tasks: (() => Promise<void>)[]) => Promise<void>,
  s: SeriesSelectors = DEFAULT_SERIES_SELECTORS,
): Promise<NamespaceActivityReport> {
  const { end, lookbackSeconds: lookback, quietSeconds: quiet, namespace: ns } = window;
  const queries = {
    nginxLast: z.lastAboveQuery(z.nginxRate(), 0, lookback),
    nginxQuiet: z.requestsInQuery(z.nginxRate(), quiet),
    nginxPresent: z.presentQuery('nginx_ingress_controller_requests', lookback),
    istioLast: z.lastAboveQuery(z.istioRate(), 0, lookback),
    istioQuiet: z.requestsInQuery(z.istioRate(), quiet),
    istioPresent: z.presentQuery('istio_requests_total', lookback),
    networkLast: z.lastAboveQuery(z.networkRate(ns, s), window.networkQuietBytesPerSecond, lookback),
    networkPeak: z.networkPeakQuery(quiet, ns, s),
    historyHours: z.historyHoursQuery(lookback, ns, s),
    historyStart: z.historyStartQuery(lookback, ns, s),
    created: z.namespaceCreatedQuery(ns, s),
    replicaSets: z.replicaSetCreatedQuery(lookback, ns, s),
    specChanged: z.specChangedQuery(lookback, ns, s),
  };
  type Name = keyof typeof queries;
  const results = new Map<Name, InstantSample[]>();
  await run(
    Object.entries(queries).map(([name, query]) => async () => {
      results.set(name as Name, await client.instant(query, end));
    }),
  );
  const map = (name: Name) => byNamespace(results.get(name) ?? []);
  const maps = Object.fromEntries(Object.keys(queries).map((name) => [name, map(name as Name)])) as Record<
    Name,
    Map<string, number>
  >;
  const signal = (
    last: Map<string, number>,
    quietValue: Map<string, number>,
    name: string,
  ): SignalActivity => {
    const lastActiveAt = at(last.get(name));
    return { ...(lastActiveAt ? { lastActiveAt } : {}), quietPeriodValue: quietValue.get(name) ?? 0 };
  };
  const names = new Set<string>();
  for (const key of [
    'networkLast',
    'networkPeak',
    'historyHours',
    'created',
    'nginxLast',
    'istioLast',
  ] as const)
    for (const name of maps[key].keys()) names.add(name);
  const namespaces: NamespaceActivity[] = [...names]
    .filter((name) => ns == null || name === ns)
    .sort()
    .map((name) => {
      const createdAt = at(maps.created.get(name));
      const historyStart = at(maps.historyStart.get(name));
      const rollouts = [maps.replicaSets.get(name), maps.specChanged.get(name)].filter(
        (v): v is number => v != null,
      );
      return {
        namespace: name,
        ...(createdAt ? { createdAt } : {}),
        ...(historyStart ? { historyStart } : {}),
        historyHours: maps.historyHours.get(name) ?? 0,
        ingressNginx: signal(maps.nginxLast, maps.nginxQuiet, name),
        ingressIstio: signal(maps.istioLast, maps.istioQuiet, name),
        network: signal(maps.networkLast, maps.networkPeak, name),
        ...(rollouts.length > 0 ? { lastRolloutAt: new Date(Math.max(...rollouts) * 1000) } : {}),
      };
    });
  const present = (name: Name) => (results.get(name) ?? []).some((s) => s.value > 0);
  return { namespaces, present: { nginx: present('nginxPresent'), istio: present('istioPresent') } };
}
