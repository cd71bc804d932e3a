import type { ActionRecord } from '@sre-agent/core';
import * as z from 'zod';
import { cordonDrainNode } from './catalog/cordon-drain-node.ts';
import { escalate } from './catalog/escalate.ts';
import { flushRedisCache } from './catalog/flush-redis-cache.ts';
import { quarantinePod } from './catalog/quarantine-pod.ts';
import { raiseMemoryLimit } from './catalog/raise-memory-limit.ts';
import { replaceNode } from './catalog/replace-node.ts';
import { restartPod } from './catalog/restart-pod.ts';
import { rollback } from './catalog/rollback.ts';
import { rolloutRestart } from './catalog/rollout-restart.ts';
import { scaleUp } from './catalog/scale-up.ts';
import { sleepNamespace } from './catalog/sleep-namespace.ts';
import { uncordonNode } from './catalog/uncordon-node.ts';
import { wakeNamespace } from './catalog/wake-namespace.ts';
import type { ActionSpec } from './spec.ts';

/**
 * The action catalog: the only changes the agent may ever make. One module per action; adding one
 * is its module, its test and one line here. Kinds, the parameter union and the RBAC the agent
 * needs are all derived from this list.
 */
const SPECS = [
  restartPod,
  rolloutRestart,
  raiseMemoryLimit,
  scaleUp,
  rollback,
  flushRedisCache,
  cordonDrainNode,
  uncordonNode,
  replaceNode,
  sleepNamespace,
  wakeNamespace,
  quarantinePod,
  escalate,
] as const;

type Spec = (typeof SPECS)[number];

export type ActionKind = Spec['kind'];

/** A catalog action with typed, bounded parameters. Anything else (model output included) is rejected. */
export type CatalogAction = { [S in Spec as S['kind']]: z.output<S['params']> }[ActionKind];

/** Every action by kind. */
export const ACTIONS = Object.fromEntries(SPECS.map((spec) => [spec.kind, spec])) as {
  [S in Spec as S['kind']]: S;
};

export const ACTION_KINDS: readonly ActionKind[] = SPECS.map((spec) => spec.kind);

export const ActionKindSchema = z.enum(ACTION_KINDS as [ActionKind, ...ActionKind[]]);

export const CatalogActionSchema = z.discriminatedUnion(
  'kind',
  SPECS.map((spec) => spec.params) as unknown as [Spec['params'], ...Spec['params'][]],
) as unknown as z.ZodType<CatalogAction, ActionRecord | CatalogAction>;

/** The spec of an action, typed loosely enough to call with that action's own values. */
// biome-ignore lint/suspicious/noExplicitAny: the registry pairs each kind with its own spec; callers go through `actionSpec`.
export type AnyActionSpec = ActionSpec<string, z.ZodType<{ kind: string }>, any>;

export function actionSpec(kind: ActionKind): AnyActionSpec {
  return ACTIONS[kind] as unknown as AnyActionSpec;
}

/** Parses a stored or model-written action into a catalog action, or says why not. */
export function parseCatalogAction(
  record: unknown,
): { kind: 'ok'; action: CatalogAction } | { kind: 'invalid'; reason: string } {
  const parsed = CatalogActionSchema.safeParse(record);
  if (parsed.success) return { kind: 'ok', action: parsed.data };
  const kind =
    typeof record === 'object' && record && 'kind' in record ? String(record.kind).slice(0, 40) : '?';
  return {
    kind: 'invalid',
    reason: `action ${kind} is not a valid catalog action: ${z.prettifyError(parsed.error).slice(0, 300)}`,
  };
}

/**
 * A fix recalled from memory (possibly another cluster's, possibly written before its parameters
 * changed) as an action for this incident: its kind and magnitudes only. Targets it may have named
 * are dropped; binding re-derives them from the new incident's own objects.
 */
export function recalledAction(record: ActionRecord | undefined): CatalogAction | undefined {
  if (!record) return undefined;
  const strict = CatalogActionSchema.safeParse(record);
  if (strict.success) return strict.data;
  const bare = CatalogActionSchema.safeParse({ kind: record.kind });
  return bare.success ? bare.data : undefined;
}

/** Human wording of a catalog action, as a proposal ("raise its memory limit by 20%"). */
export function describeAction(action: ActionRecord): string {
  const parsed = CatalogActionSchema.safeParse(action);
  return parsed.success ? actionSpec(parsed.data.kind).describe(parsed.data) : `run ${action.kind}`;
}

/** Whether a kind is allowed by the policy (unset: every registered action). */
export function isAllowed(kind: string, allowedActions: readonly string[] | undefined): boolean {
  return (allowedActions ?? ACTION_KINDS).includes(kind);
}

/** The allowed kinds, in registry order. */
export function allowedKinds(allowedActions: readonly string[] | undefined): ActionKind[] {
  return ACTION_KINDS.filter((kind) => isAllowed(kind, allowedActions));
}

/**
 * The allowed kinds a reasoner may choose for an incident: the fixes, not the actions bound to a
 * namespace on a sleep schedule (sleep-namespace, wake-namespace).
 */
export function incidentFixKinds(allowedActions: readonly string[] | undefined): ActionKind[] {
  return allowedKinds(allowedActions).filter((kind) => actionSpec(kind).target !== 'namespace');
}

/** Names in `policy.allowedActions` that the registry does not know, for a start-up error. */
export function unknownActionNames(allowedActions: readonly string[] | undefined): string[] {
  return (allowedActions ?? []).filter((name) => !(ACTION_KINDS as readonly string[]).includes(name));
}
