import type { Engine } from '../engine/engine.ts';
import type { Environment } from '../engine/environment.ts';
import type { ResourceRegistry } from '../resources/registry.ts';
import type { KubeObject } from '../resources/types.ts';
import type { KubeApi } from '../server/api.ts';
import { type ClusterState, formatMicroTime } from '../store/cluster-state.ts';
import type { ObjectStore } from '../store/object-store.ts';
import { isObject } from '../util/json.ts';
import { backdateNamespace } from './backdate.ts';
import type { Manifest, ScenarioDefinition, TimelineStep } from './types.ts';

export type LoadContext = {
  api: KubeApi;
  engine: Engine;
  environment: Environment;
  registry: ResourceRegistry;
  state: ClusterState;
  store: ObjectStore;
};

const WRITE = { dryRun: false };

/** Creates `manifest`, or strategic-merge-patches it onto the existing object. */
export function applyManifest(ctx: LoadContext, manifest: Manifest): KubeObject {
  const def = ctx.registry.byKind(manifest.kind);
  const namespace = def.namespaced ? (manifest.metadata.namespace ?? 'default') : undefined;
  let body: Manifest = manifest;
  if (manifest.kind === 'Node' && isObject(manifest.status)) {
    // A node registers with fresh heartbeats.
    const now = ctx.state.timestamp();
    const status = manifest.status as { conditions?: Record<string, unknown>[] };
    body = {
      ...manifest,
      status: {
        ...status,
        conditions: (status.conditions ?? []).map((c) => ({
          ...c,
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        })),
      },
    };
  }
  if (manifest.kind === 'Lease' && isObject(manifest.spec) && manifest.spec.renewTime === undefined) {
    body = {
      ...body,
      spec: {
        ...manifest.spec,
        renewTime: formatMicroTime(ctx.state.now()),
        acquireTime: formatMicroTime(ctx.state.now()),
      },
    };
  }
  const existing = ctx.state.get(manifest.kind, namespace, manifest.metadata.name);
  if (!existing) return ctx.api.create(def, namespace, body, WRITE);
  return ctx.api.patch(
    def,
    namespace,
    manifest.metadata.name,
    JSON.stringify(body),
    'application/strategic-merge-patch+json',
    WRITE,
  ).object;
}

function runStep(ctx: LoadContext, step: TimelineStep): void {
  for (const manifest of step.apply ?? []) applyManifest(ctx, manifest);
  if (step.patch) {
    const def = ctx.registry.byKind(step.patch.kind);
    ctx.api.patch(
      def,
      step.patch.namespace,
      step.patch.name,
      JSON.stringify(step.patch.patch),
      'application/strategic-merge-patch+json',
      WRITE,
    );
  }
  if (step.fact) ctx.environment.set(step.fact.name, step.fact.value);
}

/**
 * Builds a scenario's cluster at the start of its history and replays the history up to "now":
 * objects are created through the API (defaults, validation), timeline steps run at their
 * moments, and the controllers and kubelets produce the pods, restarts, logs and events.
 */
export function loadScenario(ctx: LoadContext, scenario: ScenarioDefinition): void {
  const historyMs = scenario.historyMinutes * 60_000;
  const start = ctx.engine.now();
  const nowAt = start + historyMs;
  for (const manifest of scenario.objects) applyManifest(ctx, manifest);
  ctx.engine.nodeGroups.activate();
  for (const step of scenario.timeline) {
    const at = Math.max(start, nowAt + step.atMinutes * 60_000);
    ctx.engine.schedule(at, () => runStep(ctx, step));
  }
  for (const trigger of scenario.triggers) {
    const def = ctx.registry.byKind(trigger.kind);
    const resource = def.group ? `${def.plural}.${def.group}` : def.plural;
    const type = { created: 'ADDED', updated: 'MODIFIED', deleted: 'DELETED' }[trigger.on];
    ctx.store.subscribe((event) => {
      if (event.resource !== resource || event.type !== type) return;
      if (event.object.metadata.name !== trigger.name) return;
      if (def.namespaced && event.object.metadata.namespace !== (trigger.namespace ?? 'default')) return;
      ctx.engine.schedule(ctx.engine.now(), () => ctx.environment.set(trigger.fact, trigger.value));
    });
  }
  for (const cache of scenario.caches) {
    const refill = cache.refillsAfterMinutes;
    if (refill === undefined) continue;
    ctx.environment.onChange((fact, value) => {
      if (fact !== cache.fact || value) return;
      ctx.engine.schedule(ctx.engine.now() + refill * 60_000, () => ctx.environment.set(cache.fact, true));
    });
  }
  ctx.engine.settle();
  ctx.engine.tick(historyMs);
  // Abandoned namespaces: the replayed history happened long before it.
  for (const { namespace, idleMinutes } of scenario.abandoned)
    backdateNamespace(ctx.state, namespace, Math.max(0, idleMinutes - scenario.historyMinutes) * 60_000);
  if (scenario.abandoned.length > 0) ctx.engine.settle();
}
