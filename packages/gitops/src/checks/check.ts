import type { GitopsFinding, Severity } from '../finding.ts';
import type { GitopsInventory, ObjectRef } from '../objects.ts';

/** Resources for one container, as Kubernetes quantities, and how they were derived. */
export type ResourceAdvice = {
  cpuRequest?: string;
  memoryRequest?: string;
  memoryLimit?: string;
  derivation: string;
};

/**
 * Where resource values come from: the cost sentinel's usage analysis (`costResourceAdvisor`).
 * `undefined` when nothing sound is known for the container (then the fix is a draft).
 */
export interface ResourceAdvisor {
  adviceFor(workload: ObjectRef, container: string): ResourceAdvice | undefined;
  /** Why there is no advice at all (no usage history configured), for the draft's text. */
  readonly unavailableReason?: string;
}

export type CheckContext = {
  inventory: GitopsInventory;
  resources?: ResourceAdvisor;
};

/** One reliability check: an id (the finding's `check`), its severity, a line of doc and a pure run. */
export type CheckSpec = {
  id: string;
  severity: Severity;
  doc: string;
  run(context: CheckContext): GitopsFinding[];
};

export function defineCheck(spec: CheckSpec): CheckSpec {
  return spec;
}
