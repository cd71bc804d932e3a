import type { NamespaceInventory, UsageMetrics } from '../ports.ts';
import { DEFAULT_ZOMBIE_OPTIONS, SYSTEM_NAMESPACE, type ZombieOptions } from './options.ts';
import type { IngressPresence, NamespaceActivity, NamespaceFacts } from './types.ts';

const HOUR_MS = 3_600_000;

/** One signal's state: `quiet` and `active` are evidence; `absent` (not installed) and `unknown` (not knowable) are not. */
export type SignalState = 'quiet' | 'active' | 'absent' | 'unknown';

export type SignalName =
  | 'namespace-age'
  | 'metric-history'
  | 'ingress-nginx'
  | 'ingress-istio'
  | 'network'
  | 'rollout'
  | 'change-events'
  | 'exec';

/** One piece of evidence about a namespace. */
export type Signal = {
  signal: SignalName;
  state: SignalState;
  /** The last sign of life (or, for age and history, when it starts); undefined when there is none. */
  lastActiveAt?: Date;
  detail: string;
};

export type ZombieVerdict = 'zombie' | 'active' | 'insufficient-data';

export type NamespaceVerdict = {
  namespace: string;
  verdict: ZombieVerdict;
  /** Hours since the last sign of life of any signal (or since the namespace and its history began). */
  quietHours?: number;
  signals: Signal[];
  /** Workloads and pods, when a cluster is connected. */
  workloads?: number;
  pods?: number;
};

export type ZombieReport = {
  at: Date;
  options: ZombieOptions;
  /** Every judged namespace, zombies first. */
  namespaces: NamespaceVerdict[];
  zombies: NamespaceVerdict[];
  /** Namespaces not judged and why. */
  excluded: { namespace: string; reason: string }[];
};

function hoursSince(at: Date | undefined, now: Date): number | undefined {
  return at == null ? undefined : (now.getTime() - at.getTime()) / HOUR_MS;
}

function ago(at: Date | undefined, now: Date): string {
  const hours = hoursSince(at, now);
  if (hours == null) return 'never';
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min ago`;
  if (hours < 48) return `${Math.round(hours)} h ago`;
  return `${(hours / 24).toFixed(1)} days ago`;
}

function bytes(value: number): string {
  if (value < 1024) return `${Math.round(value)} B/s`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KiB/s`;
  return `${(value / 1024 / 1024).toFixed(1)} MiB/s`;
}

/** A traffic signal: active when its last sign of life is inside the quiet period. */
function trafficSignal(
  signal: 'ingress-nginx' | 'ingress-istio' | 'network',
  activity: NamespaceActivity,
  present: boolean,
  now: Date,
  options: ZombieOptions,
): Signal {
  const lookback = `${options.lookbackHours} h`;
  if (!present)
    return {
      signal,
      state: 'absent',
      detail:
        signal === 'ingress-nginx'
          ? 'no ingress-nginx metrics in the cluster'
          : signal === 'ingress-istio'
            ? 'no Istio metrics in the cluster'
            : 'no pod network metrics',
    };
  const s =
    signal === 'ingress-nginx'
      ? activity.ingressNginx
      : signal === 'ingress-istio'
        ? activity.ingressIstio
        : activity.network;
  const since = hoursSince(s.lastActiveAt, now);
  const state: SignalState = since != null && since <= options.quietHours ? 'active' : 'quiet';
  const detail =
    signal === 'network'
      ? `last above ${bytes(options.networkQuietBytesPerSecond)} ${s.lastActiveAt ? ago(s.lastActiveAt, now) : `not in ${lookback}`}; peak ${bytes(s.quietPeriodValue)} in the last ${options.quietHours} h`
      : `last request ${s.lastActiveAt ? ago(s.lastActiveAt, now) : `not in ${lookback}`}; ${Math.round(s.quietPeriodValue)} requests in the last ${options.quietHours} h`;
  return { signal, state, ...(s.lastActiveAt ? { lastActiveAt: s.lastActiveAt } : {}), detail };
}

/**
 * The zombie verdict of one namespace: a zombie only when every knowable signal has been quiet
 * for more than `quietHours`, the namespace is older than that and metrics cover that long.
 * Exec sessions are not knowable without the API server's audit log, and say so.
 */
export function judgeNamespace(
  activity: NamespaceActivity,
  facts: NamespaceFacts | undefined,
  present: IngressPresence,
  now: Date,
  options: ZombieOptions = DEFAULT_ZOMBIE_OPTIONS,
): NamespaceVerdict {
  const quietMs = options.quietHours * HOUR_MS;
  const createdAt = facts?.createdAt ?? activity.createdAt;
  const age = hoursSince(createdAt, now);
  const signals: Signal[] = [];
  signals.push({
    signal: 'namespace-age',
    state: age != null && age > options.quietHours ? 'quiet' : 'unknown',
    ...(createdAt ? { lastActiveAt: createdAt } : {}),
    detail: createdAt
      ? `created ${ago(createdAt, now)} (${createdAt.toISOString()})${age != null && age > options.quietHours ? '' : `: younger than the ${options.quietHours} h needed`}`
      : 'creation time unknown (no cluster and no kube_namespace_created)',
  });
  const coversQuiet =
    activity.historyStart != null &&
    now.getTime() - activity.historyStart.getTime() >= quietMs &&
    activity.historyHours >= options.quietHours;
  signals.push({
    signal: 'metric-history',
    state: coversQuiet ? 'quiet' : 'unknown',
    ...(activity.historyStart ? { lastActiveAt: activity.historyStart } : {}),
    detail: `${activity.historyHours} h of pod network metrics${activity.historyStart ? ` since ${activity.historyStart.toISOString()}` : ''}${coversQuiet ? '' : `: fewer than the ${options.quietHours} h needed`}`,
  });
  signals.push(trafficSignal('ingress-nginx', activity, present.nginx, now, options));
  signals.push(trafficSignal('ingress-istio', activity, present.istio, now, options));
  signals.push(trafficSignal('network', activity, true, now, options));
  const rollouts = [
    ...(facts?.lastRollout ? [{ at: facts.lastRollout.at, what: facts.lastRollout.what }] : []),
    ...(activity.lastRolloutAt
      ? [{ at: activity.lastRolloutAt, what: 'a ReplicaSet or workload spec change (kube-state-metrics)' }]
      : []),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const rollout = rollouts[0];
  const rolloutHours = hoursSince(rollout?.at, now);
  signals.push({
    signal: 'rollout',
    state: rolloutHours != null && rolloutHours <= options.quietHours ? 'active' : 'quiet',
    ...(rollout ? { lastActiveAt: rollout.at } : {}),
    detail: rollout ? `last rollout ${ago(rollout.at, now)}: ${rollout.what}` : 'no rollout seen',
  });
  if (facts) {
    const event = facts.lastChangeEvent;
    const eventHours = hoursSince(event?.at, now);
    signals.push({
      signal: 'change-events',
      state: eventHours != null && eventHours <= options.quietHours ? 'active' : 'quiet',
      ...(event ? { lastActiveAt: event.at } : {}),
      detail: event
        ? `${event.reason} on ${event.object} ${ago(event.at, now)}`
        : 'no scaling or rollout event (the API server keeps events about an hour)',
    });
  }
  signals.push({
    signal: 'exec',
    state: 'unknown',
    detail:
      'not knowable here: kubectl exec leaves no trace in objects, events or metrics, only in the API server audit log (EKS control-plane logging), which is not read',
  });
  const verdict: ZombieVerdict = signals.some((s) => s.state === 'active')
    ? 'active'
    : age == null || age <= options.quietHours || !coversQuiet
      ? 'insufficient-data'
      : 'zombie';
  const lastSign = Math.max(
    ...signals
      .filter((s) => s.signal !== 'metric-history' && s.lastActiveAt)
      .map((s) => (s.lastActiveAt as Date).getTime()),
    activity.historyStart?.getTime() ?? -Infinity,
  );
  return {
    namespace: activity.namespace,
    verdict,
    ...(Number.isFinite(lastSign) ? { quietHours: (now.getTime() - lastSign) / HOUR_MS } : {}),
    signals,
    ...(facts ? { workloads: facts.workloads, pods: facts.pods } : {}),
  };
}

/**
 * Finds zombie namespaces: every namespace the metrics or the cluster know, judged on all its
 * signals (see `judgeNamespace`); system and excluded namespaces are listed as such, never judged.
 * With a cluster, namespaces it no longer has are left out.
 * @example
 * const report = await findZombieNamespaces({ metrics, inventory }, { at: new Date() });
 */
export async function findZombieNamespaces(
  deps: { metrics: UsageMetrics; inventory?: NamespaceInventory },
  input: { at: Date; options?: ZombieOptions; namespace?: string },
): Promise<ZombieReport> {
  const options = input.options ?? DEFAULT_ZOMBIE_OPTIONS;
  const [report, facts] = await Promise.all([
    deps.metrics.namespaceActivity({
      end: input.at,
      lookbackSeconds: Math.max(options.lookbackHours, options.quietHours) * 3600,
      quietSeconds: options.quietHours * 3600,
      networkQuietBytesPerSecond: options.networkQuietBytesPerSecond,
      ...(input.namespace ? { namespace: input.namespace } : {}),
    }),
    deps.inventory?.namespaces(),
  ]);
  const factsOf = new Map((facts ?? []).map((f) => [f.namespace, f]));
  const activityOf = new Map(report.namespaces.map((a) => [a.namespace, a]));
  const names = new Set([...activityOf.keys(), ...factsOf.keys()]);
  const excluded: ZombieReport['excluded'] = [];
  const verdicts: NamespaceVerdict[] = [];
  for (const namespace of [...names].sort()) {
    if (input.namespace != null && namespace !== input.namespace) continue;
    if (facts && !factsOf.has(namespace)) continue;
    if (SYSTEM_NAMESPACE.test(namespace)) {
      excluded.push({ namespace, reason: 'system namespace' });
      continue;
    }
    if (options.excludeNamespaces.includes(namespace)) {
      excluded.push({ namespace, reason: 'excluded by configuration' });
      continue;
    }
    const activity: NamespaceActivity = activityOf.get(namespace) ?? {
      namespace,
      historyHours: 0,
      ingressNginx: { quietPeriodValue: 0 },
      ingressIstio: { quietPeriodValue: 0 },
      network: { quietPeriodValue: 0 },
    };
    verdicts.push(judgeNamespace(activity, factsOf.get(namespace), report.present, input.at, options));
  }
  const rank = { zombie: 0, 'insufficient-data': 1, active: 2 } as const;
  verdicts.sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.namespace.localeCompare(b.namespace));
  return {
    at: input.at,
    options,
    namespaces: verdicts,
    zombies: verdicts.filter((v) => v.verdict === 'zombie'),
    excluded,
  };
}
