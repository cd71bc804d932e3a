import { type Clock, type Logger, ManualClock, silentLogger } from '@sre-agent/core';
import { Engine, ScenarioTime } from './engine/engine.ts';
import { Environment } from './engine/environment.ts';
import { EventRecorder } from './engine/events.ts';
import { NodeGroupSpecSchema } from './engine/node-group-spec.ts';
import { ProfileCatalog } from './engine/profiles.ts';
import { ResourceRegistry } from './resources/registry.ts';
import type { Pod } from './resources/types.ts';
import { BASE_NODE_GROUPS, baseObjects, SYSTEM_PROFILES } from './scenarios/base-cluster.ts';
import { resolveScenario } from './scenarios/catalog.ts';
import { generateCluster } from './scenarios/generate.ts';
import { loadScenario } from './scenarios/load.ts';
import type { ScenarioDefinition, ScenarioDefinitionInput } from './scenarios/types.ts';
import { KubeApi } from './server/api.ts';
import { ClusterState } from './store/cluster-state.ts';
import { ObjectStore } from './store/object-store.ts';
import { SeededRandom } from './util/random.ts';

export type ClusterOptions = {
  scenario: string | ScenarioDefinitionInput;
  clock?: Clock;
  seed?: number;
  generate?: { namespaces: number; podsPerNamespace: number };
  logger?: Logger;
};

/** The simulated cluster without its HTTP front: the API semantics, the engine and the world around it. */
export type Cluster = {
  definition: ScenarioDefinition;
  api: KubeApi;
  engine: Engine;
  environment: Environment;
  events: EventRecorder;
  registry: ResourceRegistry;
  state: ClusterState;
  store: ObjectStore;
  clock: Clock;
  logger: Logger;
};

/**
 * Builds the cluster of a scenario and replays its history up to "now" (in-process, no ports):
 * what `startSandbox` serves over HTTP, and what unit tests drive directly.
 */
export function createCluster(options: ClusterOptions): Cluster {
  const definition = resolveScenario(options.scenario);
  const logger = (options.logger ?? silentLogger).child({ component: 'sandbox', scenario: definition.name });
  const clock = options.clock ?? new ManualClock(new Date());
  const time = new ScenarioTime(clock, definition.historyMinutes * 60_000);
  const registry = new ResourceRegistry();
  const store = new ObjectStore();
  const random = new SeededRandom(options.seed ?? 1);
  const state = new ClusterState(store, registry, () => time.now(), random);
  const controllers = (o: { metadata: { ownerReferences?: { controller?: boolean; uid: string }[] } }) =>
    (o.metadata.ownerReferences ?? []).filter((r) => r.controller).map((r) => r.uid);
  store.addIndex('pods-by-node', 'pods', (o) => [(o.spec as Pod['spec'] | undefined)?.nodeName ?? '']);
  store.addIndex('pods-by-owner', 'pods', controllers);
  store.addIndex('replicasets-by-owner', 'replicasets.apps', controllers);
  const environment = new Environment(definition.facts);
  const events = new EventRecorder(state);
  const profiles = new ProfileCatalog([...SYSTEM_PROFILES, ...definition.profiles]);
  const nodeGroups = new Map(BASE_NODE_GROUPS.map((g) => [g.name, NodeGroupSpecSchema.parse(g)]));
  for (const group of definition.nodeGroups) nodeGroups.set(group.name, group);
  const engine = new Engine({
    state,
    time,
    events,
    environment,
    profiles,
    logger,
    nodeGroups: [...nodeGroups.values()],
  });
  let nextServiceIp = 20;
  const api = new KubeApi(state, {
    afterWrite: () => engine.settle(),
    logs: {
      read: (pod, container, previous) => engine.kubelet.readLog(pod, container, previous, engine.now()),
    },
    serviceIp: () => {
      nextServiceIp++;
      return `172.20.${Math.floor(nextServiceIp / 250)}.${nextServiceIp % 250}`;
    },
  });
  loadScenario(
    { api, engine, environment, registry, state, store },
    { ...definition, objects: [...baseObjects(), ...definition.objects] },
  );
  if (options.generate) {
    events.enabled = false;
    generateCluster(state, engine.kubelet, options.generate);
    engine.settle();
    events.enabled = true;
  }
  return { definition, api, engine, environment, events, registry, state, store, clock, logger };
}
