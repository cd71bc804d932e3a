import {
  BASE_NODE_GROUPS,
  listScenarios,
  NodeGroupSpecSchema,
  resolveScenario,
  type ScenarioDefinition,
} from '@sre-agent/sandbox';

type Manifest = ScenarioDefinition['objects'][number];

/** The first of each name (scenarios that share a cache or a node group declare the same one). */
function uniqueByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...new Map(items.toReversed().map((item) => [item.name, item])).values()].reverse();
}

/**
 * Every scenario's workloads on the three base workers leave no room to drain one of them (the
 * NotReady nodes): the showcase's general-purpose group runs a fourth worker, which it launches
 * during the replayed history.
 */
function showcaseWorkers(): ScenarioDefinition['nodeGroups'] {
  return BASE_NODE_GROUPS.map((group) =>
    NodeGroupSpecSchema.parse(group.name === 'general-purpose' ? { ...group, desiredSize: 4 } : group),
  );
}

const identity = (m: Manifest) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;

/**
 * Every sandbox scenario at once, in one cluster: their objects (shared ones such as nodes and
 * namespaces once), image behaviours, facts, histories and triggers. This is what `npm start`
 * shows when no cluster is configured: the agent healing, or escalating, each of them live.
 */
export function showcaseScenario(
  names: readonly string[] = listScenarios().map((s) => s.name),
): ScenarioDefinition {
  const scenarios = names.filter((n) => n !== 'healthy').map((name) => resolveScenario(name));
  const objects = new Map<string, Manifest>();
  for (const scenario of scenarios) {
    for (const object of scenario.objects)
      if (!objects.has(identity(object))) objects.set(identity(object), object);
  }
  const profiles = new Map<string, ScenarioDefinition['profiles'][number]>();
  for (const scenario of scenarios)
    for (const profile of scenario.profiles) profiles.set(JSON.stringify(profile), profile);
  const first = scenarios[0];
  return {
    name: 'showcase',
    description: `all scenarios at once: ${scenarios.map((s) => s.name).join(', ')}`,
    namespace: first?.namespace ?? 'default',
    workload: first?.workload ?? 'none',
    kind: 'Cluster',
    expectedFix: 'each scenario its own',
    historyMinutes: Math.max(0, ...scenarios.map((s) => s.historyMinutes)),
    facts: Object.assign({}, ...scenarios.map((s) => s.facts)),
    profiles: [...profiles.values()],
    objects: [...objects.values()],
    timeline: scenarios.flatMap((s) => s.timeline),
    triggers: scenarios.flatMap((s) => s.triggers),
    caches: uniqueByName(scenarios.flatMap((s) => s.caches)),
    nodeGroups: uniqueByName([...showcaseWorkers(), ...scenarios.flatMap((s) => s.nodeGroups)]),
    abandoned: scenarios.flatMap((s) => s.abandoned),
    usage: Object.assign({}, ...scenarios.map((s) => s.usage)),
    runtimeThreats: scenarios.flatMap((s) => s.runtimeThreats),
  };
}
