import type { ObjectRef } from './objects.ts';

/**
 * A step on a path through an object: a map key, a list index, or the element of a list whose
 * `name` is this (containers and ports are found by name, never by position, so a path means the
 * same thing in a base, an overlay's patch and the rendered object).
 */
export type PathSegment = string | number | { name: string };
export type FieldPath = readonly PathSegment[];

export function formatPath(path: FieldPath): string {
  return path
    .map((s) => (typeof s === 'string' ? `.${s}` : typeof s === 'number' ? `[${s}]` : `[name=${s.name}]`))
    .join('')
    .replace(/^\./, '');
}

/** One change to one object: a field set to a value or removed, or (for a draft) a comment a human must act on. */
export type FieldEdit =
  | { op: 'set'; target: ObjectRef; path: FieldPath; value: unknown }
  | { op: 'delete'; target: ObjectRef; path: FieldPath }
  | { op: 'comment'; target: ObjectRef; path: FieldPath; text: string };

/**
 * What a finding proposes. `edit`: every value derived from the workload, with how. `draft`: no
 * sound value exists; `todo` says exactly what a human must fill in and `edits` only mark the place.
 * `check`: the values are complete but may break the workload, so it goes out as a draft whose
 * `verify` lists exactly what a human must confirm before merging.
 */
export type ProposedFix =
  | { kind: 'edit'; title: string; edits: FieldEdit[]; derivation: string }
  | { kind: 'draft'; title: string; edits: FieldEdit[]; todo: string }
  | { kind: 'check'; title: string; edits: FieldEdit[]; derivation: string; verify: string[] };

export type Severity = 'high' | 'medium' | 'low';

/** Where the object is defined in Git (set once the source is located). */
export type SourceLocation = {
  file: string;
  /** Index of the YAML document in a multi-document file. */
  document: number;
  /** The YAML path of the object inside the document (empty for a whole document). */
  yamlPath: string;
  /** `plain`, `kustomize` (the resource a Kustomization renders) or `helm-values`. */
  via: 'plain' | 'kustomize' | 'helm-values';
};

/** One reliability misconfiguration of one object (and container). */
export type GitopsFinding = {
  /** Stable across scans: `check/namespace/Kind/name[/container]`; one PR per key. */
  key: string;
  check: string;
  severity: Severity;
  object: ObjectRef;
  container?: string;
  message: string;
  /** What goes wrong in production because of it, for the PR body. */
  risk: string;
  fix: ProposedFix;
  source?: SourceLocation;
  /** Extra pull request labels (`security`, `cost`) beside the enforcer's own. */
  labels?: string[];
};

export function findingKey(check: string, object: ObjectRef, container?: string): string {
  return [check, object.namespace, object.kind, object.name, ...(container ? [container] : [])].join('/');
}

/** The path of a container of a workload's pod template. */
export function containerPath(container: string): FieldPath {
  return ['spec', 'template', 'spec', 'containers', { name: container }];
}
