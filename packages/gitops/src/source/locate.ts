import type { DocumentEdit } from '../edit/yaml-edit.ts';
import { existingDepth } from '../edit/yaml-edit.ts';
import {
  type FieldEdit,
  type FieldPath,
  formatPath,
  type PathSegment,
  type SourceLocation,
} from '../finding.ts';
import { type ObjectRef, refKey } from '../objects.ts';
import type { GitopsRepoConfig, HelmMapping } from './gitops-config.ts';
import type { ObjectSource, RepositoryModel } from './repository.ts';
import { pointerSegments } from './repository.ts';

/** An edit placed in a file: where the field is actually set (or, for a new field, where its parent is). */
export type PlacedEdit = { file: string; edit: DocumentEdit; via: SourceLocation['via'] };

export type Placement =
  | { ok: true; edits: PlacedEdit[]; source: SourceLocation }
  | { ok: false; reason: string };

const HELM_FIELDS = new Set([
  'resources',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'imagePullPolicy',
]);

const INDEXES = new WeakMap<
  RepositoryModel,
  { exact: Map<string, ObjectSource>; unnamespaced: Map<string, ObjectSource> }
>();

function indexOf(repo: RepositoryModel) {
  let index = INDEXES.get(repo);
  if (!index) {
    index = { exact: new Map(), unnamespaced: new Map() };
    for (const o of repo.objects) {
      if (!index.exact.has(refKey(o.ref))) index.exact.set(refKey(o.ref), o);
      const ns = (o.rendered as { metadata?: { namespace?: unknown } }).metadata?.namespace;
      const key = `${o.ref.kind}/${o.ref.name}`;
      if (o.via === 'plain' && ns === undefined && !index.unnamespaced.has(key))
        index.unnamespaced.set(key, o);
    }
    INDEXES.set(repo, index);
  }
  return index;
}

/** The object's source in the repository: exact namespace first, then a plain document that names none. */
export function findSource(repo: RepositoryModel, ref: ObjectRef): ObjectSource | undefined {
  const index = indexOf(repo);
  return index.exact.get(refKey(ref)) ?? index.unnamespaced.get(`${ref.kind}/${ref.name}`);
}

function helmFor(config: GitopsRepoConfig, ref: ObjectRef): HelmMapping | undefined {
  return config.helm.find((h) => refKey(h.workload) === refKey(ref));
}

/** A path with containers by name → the JSON pointer segments of the rendered object (indices). */
function concreteSegments(rendered: unknown, path: FieldPath): string[] | undefined {
  const out: string[] = [];
  let current: unknown = rendered;
  for (const s of path) {
    if (typeof s === 'object') {
      if (!Array.isArray(current)) return undefined;
      const index = current.findIndex((i) => (i as { name?: unknown } | null)?.name === s.name);
      if (index < 0) return undefined;
      out.push(String(index));
      current = current[index];
    } else {
      out.push(String(s));
      current = (current as Record<string | number, unknown> | undefined)?.[s];
    }
  }
  return out;
}

function yamlPathOf(path: FieldPath): string {
  return formatPath(path);
}

function placeInHelm(mapping: HelmMapping, edit: FieldEdit): Placement {
  const { path } = edit;
  let valuesPath: PathSegment[] | undefined;
  if (path.length === 2 && path[0] === 'spec' && path[1] === 'replicas' && mapping.replicas) {
    valuesPath = mapping.replicas.split('.');
  }
  const container = path[4];
  const field = path[5];
  if (
    path[0] === 'spec' &&
    path[1] === 'template' &&
    path[2] === 'spec' &&
    path[3] === 'containers' &&
    typeof container === 'object' &&
    (typeof field === 'string' ? HELM_FIELDS.has(field) : edit.op === 'comment' && path.length === 5)
  ) {
    const key = mapping.containers[container.name];
    if (key) valuesPath = [...key.split('.'), ...path.slice(5)];
  }
  if (!valuesPath)
    return {
      ok: false,
      reason: `${formatPath(path)} of ${refKey(edit.target)} is not mapped to a key of ${mapping.values}`,
    };
  const docEdit = documentEdit(edit, 0, valuesPath);
  return {
    ok: true,
    edits: [{ file: mapping.values, edit: docEdit, via: 'helm-values' }],
    source: { file: mapping.values, document: 0, yamlPath: valuesPath.join('.'), via: 'helm-values' },
  };
}

type Candidate = {
  file: string;
  document: number;
  /** Where the object's fields start in the document: `[]`, or `[opIndex, 'value']` in a JSON6902 patch. */
  prefix: PathSegment[];
  /** Segments of the edit's path the prefix stands for (a JSON6902 op's own path). */
  consumed: number;
  depth: number;
  full: boolean;
};

/**
 * Decides where one edit goes. A field that is set somewhere is edited where it is set last (the
 * overlay's patch wins over the base, as kustomize applies them); a new field goes where the
 * deepest part of its path already is, the base first on a tie (every overlay gets the fix).
 */
export function placeEdit(repo: RepositoryModel, config: GitopsRepoConfig, edit: FieldEdit): Placement {
  const mapping = helmFor(config, edit.target);
  if (mapping) return placeInHelm(mapping, edit);
  const source = findSource(repo, edit.target);
  if (!source)
    return { ok: false, reason: `${refKey(edit.target)} is not defined in the repository (nothing guessed)` };
  const candidates: Candidate[] = [];
  const docValue = (file: string, document: number): unknown =>
    repo.files.get(file)?.docs[document]?.toJS({ maxAliasCount: 100 }) as unknown;
  const consider = (
    file: string,
    document: number,
    value: unknown,
    prefix: PathSegment[],
    consumed: number,
  ) => {
    const rest = edit.path.slice(consumed);
    const depth = existingDepth(value, rest);
    candidates.push({
      file,
      document,
      prefix,
      consumed,
      depth: consumed + depth,
      full: depth === rest.length,
    });
  };
  consider(source.base.file, source.base.document, docValue(source.base.file, source.base.document), [], 0);
  const pointer = concreteSegments(source.rendered, edit.path);
  for (const patch of source.patches) {
    if (patch.type === 'strategic-merge') {
      consider(patch.file, patch.document, docValue(patch.file, patch.document), [], 0);
      continue;
    }
    if (!pointer) continue;
    for (const op of patch.ops) {
      if (op.op !== 'add' && op.op !== 'replace') continue;
      const segments = pointerSegments(op.path);
      if (segments.length > pointer.length || segments.some((s, i) => s !== pointer[i])) continue;
      const value = (docValue(patch.file, patch.document) as { value?: unknown }[])[op.index]?.value;
      consider(patch.file, patch.document, value, [op.index, 'value'], segments.length);
    }
  }
  const setAt = candidates.filter((c) => c.full);
  if (edit.op === 'delete') return placeDelete(source.via, edit, setAt);
  const chosen =
    setAt[setAt.length - 1] ??
    candidates.reduce((best, c) => (c.depth > best.depth ? c : best), candidates[0] as Candidate);
  const docPath: PathSegment[] = [...chosen.prefix, ...edit.path.slice(chosen.consumed)];
  const docEdit = documentEdit(edit, chosen.document, docPath);
  const via = source.via;
  return {
    ok: true,
    edits: [{ file: chosen.file, edit: docEdit, via }],
    source: { file: chosen.file, document: chosen.document, yamlPath: yamlPathOf(docPath), via },
  };
}

function documentEdit(edit: FieldEdit, document: number, path: FieldPath): DocumentEdit {
  if (edit.op === 'set') return { op: 'set', document, path, value: edit.value };
  if (edit.op === 'delete') return { op: 'delete', document, path };
  return { op: 'comment', document, path, text: edit.text };
}

/**
 * A field to remove is removed everywhere it is set (base and patches alike): removed from an
 * overlay's patch only, the base's value would show through. A JSON6902 op that sets the field
 * itself is not rewritten (its op would need removing).
 */
function placeDelete(via: SourceLocation['via'], edit: FieldEdit, setAt: readonly Candidate[]): Placement {
  const whole = setAt.find((c) => c.consumed === edit.path.length);
  if (whole)
    return {
      ok: false,
      reason: `a JSON6902 op in ${whole.file} sets ${formatPath(edit.path)} itself: remove that op by hand`,
    };
  const edits = setAt.map((c) => ({
    file: c.file,
    edit: documentEdit(edit, c.document, [...c.prefix, ...edit.path.slice(c.consumed)]),
    via,
  }));
  const [first] = setAt;
  if (!first) return { ok: true, edits: [], source: { file: '', document: 0, yamlPath: '', via } };
  return {
    ok: true,
    edits,
    source: { file: first.file, document: first.document, yamlPath: yamlPathOf(edit.path), via },
  };
}
