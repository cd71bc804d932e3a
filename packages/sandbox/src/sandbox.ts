import { writeFile } from 'node:fs/promises';
import { type Clock, type Logger, type ManualClock, NotFoundError, ValidationError } from '@sre-agent/core';
import * as z from 'zod';
import { createCluster } from './cluster.ts';
import type { NodeGroups } from './engine/node-group-spec.ts';
import type { ContainerMemorySeries, UsageQuery, VolumeUsageSeries } from './engine/usage-recorder.ts';
import { sandboxKubeconfig } from './kubeconfig.ts';
import { CACHE_FULL_FACT, startRespServer } from './redis/resp-server.ts';
import type { KubeObject } from './resources/types.ts';
import { injectRuntimeThreats } from './scenarios/runtime-threats.ts';
import type { ScenarioDefinitionInput, ScenarioSummary, UsageShape } from './scenarios/types.ts';
import { Discovery } from './server/discovery.ts';
import { FaultInjector } from './server/faults.ts';
import { type RecordedRequest, startApiServer } from './server/http-server.ts';

const OptionsSchema = z.strictObject({
  scenario: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  port: z.number().int().min(0).max(65535).optional(),
  host: z.string().optional(),
  clock: z
    .custom<Clock>((v) => typeof v === 'object' && v !== null && typeof (v as Clock).now === 'function')
    .optional(),
  autoTick: z.strictObject({ intervalMs: z.number().positive(), speed: z.number().positive() }).optional(),
  redis: z.boolean().optional(),
  generate: z
    .strictObject({ namespaces: z.number().int().positive(), podsPerNamespace: z.number().int().positive() })
    .optional(),
  seed: z.number().int().optional(),
  token: z.string().min(1).optional(),
  requireToken: z.boolean().optional(),
  logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null).optional(),
});

export type StartSandboxOptions = {
  /** A built-in scenario name (see `listScenarios`) or a custom definition. */
  scenario: string | ScenarioDefinitionInput;
  /** Port on 127.0.0.1; 0 (default) lets the OS choose. */
  port?: number;
  host?: string;
  /** Scenario time; a ManualClock in tests (`engine.tick` advances it). Default: a ManualClock at the real time. */
  clock?: Clock;
  /** Drive the engine in real time: every `intervalMs`, advance `intervalMs × speed` of scenario time. Off by default. */
  autoTick?: { intervalMs: number; speed: number };
  /** Serve the scenario's cache over RESP (Redis protocol) on 127.0.0.1; default: when the scenario has a cache. */
  redis?: boolean;
  /** Add a large generated cluster: `namespaces × podsPerNamespace` Running pods. */
  generate?: { namespaces: number; podsPerNamespace: number };
  /** Seed of generated names and uids (default 1): the same seed gives the same cluster. */
  seed?: number;
  /** The bearer token the kubeconfig carries (default `sandbox-token`). */
  token?: string;
  /** Reject requests without that token (default false: any client may connect). */
  requireToken?: boolean;
  logger?: Logger;
};

/** A cache the sandbox serves over RESP. */
export type ServedCache = {
  name: string;
  url: string;
  /** The environment fact that says it is full. */
  fact: string;
  namespace: string;
  /** The workloads that use it (`namespace/name`). */
  clients: string[];
};

/** A running sandbox cluster. */
export type RunningSandbox = {
  /** The API server URL, e.g. `http://127.0.0.1:43127`. */
  url: string;
  /** A kubeconfig (YAML) pointing at the sandbox: plain HTTP, a token user. */
  kubeconfig(options?: { namespace?: string }): string;
  writeKubeconfig(path: string, options?: { namespace?: string }): Promise<void>;
  engine: {
    /** Advances scenario time by `ms` and reconciles at every instant something is due. */
    tick(ms: number): void;
    /** Reconciles to a fixed point at the current instant. */
    settle(): void;
    /** Scenario time. */
    now(): Date;
  };
  environment: {
    set(fact: string, value: boolean): void;
    get(fact: string): boolean;
    facts(): Record<string, boolean>;
    /** Empties a cache (default: the first) by clearing its fact, like FLUSHALL. */
    flushCache(name?: string): void;
  };
  faults: FaultInjector;
  /** `redis://127.0.0.1:<port>`: the first cache's RESP endpoint, when the sandbox serves caches. */
  redisUrl?: string;
  /** Every cache the sandbox serves over RESP, one endpoint each (an agent's `integrations.redis.caches`). */
  caches: ServedCache[];
  /** The cloud's node groups: what a node replacement talks to. */
  nodeGroups: NodeGroups;
  scenario: ScenarioSummary;
  /**
   * How the scenario's workloads used the cluster before "now", for an embedded usage history:
   * abandoned namespaces (idle since a moment) and declared usage shapes (`namespace/name` → shape).
   */
  usage: { abandoned: { namespace: string; idleSince: Date }[]; shapes: Record<string, UsageShape> };
  /**
   * What cAdvisor and the kubelet's volume stats recorded as the containers ran (the last 48 hours
   * of runs): the working set and memory limit of every container, the used bytes and capacity of
   * every PersistentVolumeClaim written to, sampled every `stepMs` over the window.
   */
  metrics: {
    containerMemory(query: UsageQuery): ContainerMemorySeries[];
    volumeUsage(query: UsageQuery): VolumeUsageSeries[];
  };
  /** Requests the API answered, oldest first (the last 5000). */
  requests(): RecordedRequest[];
  /** Reads an object directly (no HTTP), for assertions. */
  get<T extends KubeObject = KubeObject>(
    kind: string,
    namespace: string | undefined,
    name: string,
  ): T | undefined;
  /** Lists objects directly (no HTTP), for assertions. */
  list<T extends KubeObject = KubeObject>(kind: string, namespace?: string): T[];
  /**
   * The scenario's runtime threats as GuardDuty EventBridge events about their pods as they are
   * now (crypto-miner); a Warning event on each pod records what the node's agent saw.
   */
  injectRuntimeThreats(): Record<string, unknown>[];
  close(): Promise<void>;
};

/**
 * Starts a simulated Kubernetes cluster serving the real REST API on 127.0.0.1, with a scenario
 * loaded and its history replayed up to "now".
 *
 * @example
 * const sandbox = await startSandbox({ scenario: 'oom-kill', clock: new ManualClock() });
 * await sandbox.writeKubeconfig('/tmp/kubeconfig'); // kubectl --kubeconfig /tmp/kubeconfig get pods -n shop
 * sandbox.engine.tick(60_000);
 * await sandbox.close();
 */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ValidationError(
      `invalid sandbox options: ${z.prettifyError(parsed.error)}`,
      parsed.error.issues.map((i) => i.message),
    );
  }
  const cluster = createCluster(options);
  const { api, engine, environment, registry, store, definition } = cluster;
  const loadedAt = engine.now();
  const logger = cluster.logger;
  const clock = cluster.clock;
  const state = cluster.state;
  const advances = typeof (clock as Partial<ManualClock>).advance === 'function';
  const faults = new FaultInjector();
  const token = options.token ?? 'sandbox-token';
  const server = await startApiServer(
    {
      api,
      discovery: new Discovery(registry),
      registry,
      store,
      faults,
      now: () => engine.now(),
      logger,
      ...(options.requireToken ? { token } : {}),
    },
    {
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.host ? { host: options.host } : {}),
    },
  );
  // Scenarios with caches (redis-cache-full, cache-refills) serve them unless told not to; asked
  // for one without a cache, the sandbox serves an empty one on the `cacheFull` fact.
  const declared =
    definition.caches.length > 0
      ? definition.caches
      : [{ name: 'cache', fact: CACHE_FULL_FACT, namespace: 'default', clients: [] }];
  const servers =
    (options.redis ?? definition.caches.length > 0)
      ? await Promise.all(
          declared.map(async (cache) => ({
            cache,
            server: await startRespServer(environment, { fact: cache.fact }),
          })),
        )
      : [];
  const caches: ServedCache[] = servers.map(({ cache, server }) => ({
    name: cache.name,
    url: server.url,
    fact: cache.fact,
    namespace: cache.namespace,
    clients: [...cache.clients],
  }));
  let timer: NodeJS.Timeout | undefined;
  if (options.autoTick) {
    const { intervalMs, speed } = options.autoTick;
    timer = setInterval(() => {
      try {
        engine.tick(advances ? intervalMs * speed : intervalMs * (speed - 1));
      } catch (error) {
        logger.error('sandbox tick failed', { error });
      }
    }, intervalMs);
  }
  const kubeconfig = (o: { namespace?: string } = {}) =>
    sandboxKubeconfig({ url: server.url, token, ...(o.namespace ? { namespace: o.namespace } : {}) });
  logger.info('sandbox started', { url: server.url, caches: caches.map((c) => c.url) });
  return {
    url: server.url,
    kubeconfig,
    writeKubeconfig: (path, o) => writeFile(path, kubeconfig(o), { mode: 0o600 }),
    engine: {
      tick: (ms) => engine.tick(ms),
      settle: () => engine.settle(),
      now: () => new Date(engine.now()),
    },
    environment: {
      set: (fact, value) => environment.set(fact, value),
      get: (fact) => environment.get(fact),
      facts: () => environment.facts(),
      flushCache: (name) => {
        const cache = name === undefined ? declared[0] : declared.find((c) => c.name === name);
        if (!cache) throw new NotFoundError(`no cache named "${name}" in this sandbox`);
        environment.set(cache.fact, false);
      },
    },
    faults,
    ...(caches[0] ? { redisUrl: caches[0].url } : {}),
    caches,
    nodeGroups: {
      list: () => engine.nodeGroups.list(),
      describe: (name) => engine.nodeGroups.describe(name),
      terminateInstance: (node, o) => engine.nodeGroups.terminateInstance(node, o),
    },
    scenario: {
      name: definition.name,
      description: definition.description,
      namespace: definition.namespace,
      workload: definition.workload,
      kind: definition.kind,
      expectedFix: definition.expectedFix,
    },
    usage: {
      abandoned: definition.abandoned.map((a) => ({
        namespace: a.namespace,
        idleSince: new Date(loadedAt - a.idleMinutes * 60_000),
      })),
      shapes: { ...definition.usage },
    },
    metrics: {
      containerMemory: (query) => engine.usage.containerMemory(query),
      volumeUsage: (query) => engine.usage.volumeUsage(query),
    },
    requests: () => [...server.requests],
    get: (kind, namespace, name) => state.get(kind, namespace, name),
    list: (kind, namespace) => state.list(kind, namespace),
    injectRuntimeThreats: () =>
      injectRuntimeThreats(definition, state, cluster.events, new Date(engine.now())),
    close: async () => {
      if (timer) clearInterval(timer);
      await server.close();
      await Promise.all(servers.map(({ server }) => server.close()));
    },
  };
}
