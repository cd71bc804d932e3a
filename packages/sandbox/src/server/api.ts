import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import {
  ApiError,
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  type KubeStatus,
  notFound,
  unsupportedMediaType,
} from '../errors.ts';
import { PatchError } from '../patch/errors.ts';
import { applyMergePatch } from '../patch/json-merge-patch.ts';
import { applyJsonPatch } from '../patch/json-patch.ts';
import { mergeSchemaFor } from '../patch/schema.ts';
import { applyStrategicMergePatch } from '../patch/strategic-merge.ts';
import { applyDefaults, normalizeSecret } from '../resources/defaults.ts';
import { apiVersionOf, qualifiedKind, qualifiedName, type ResourceDef } from '../resources/registry.ts';
import type { KubeObject, Pod } from '../resources/types.ts';
import { validateObject, validateUpdate } from '../resources/validation.ts';
import { compileFieldSelector, parseFieldSelector } from '../selectors/field-selector.ts';
import {
  formatLabelSelector,
  fromLabelSelectorSpec,
  matchesLabels,
  parseLabelSelector,
  SelectorParseError,
} from '../selectors/label-selector.ts';
import type { ClusterState } from '../store/cluster-state.ts';
import { deepEqual, dropNulls, isObject } from '../util/json.ts';

/** A request body, loosely checked: the API decodes anything object-shaped and validates per kind. */
const BodySchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().optional(),
  metadata: z.looseObject({ name: z.string().optional(), namespace: z.string().optional() }).optional(),
});

const EvictionSchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.literal('Eviction').optional(),
  metadata: z.looseObject({ name: z.string().optional(), namespace: z.string().optional() }),
});

export type WriteOptions = { dryRun: boolean };

/** What the kubelet side provides to the API: container logs. */
export type LogSource = {
  /** Log lines of a container (`previous`: the last terminated instance); throws ApiError when unavailable. */
  read(pod: Pod, container: string | undefined, previous: boolean): { time: number; text: string }[];
};

export type ApiHooks = {
  /** Called after every persisted write, so the engine can reconcile before the response is sent. */
  afterWrite(): void;
  logs: LogSource;
  /** Allocates a ClusterIP for a new Service. */
  serviceIp(): string;
};

export type ListResult = {
  kind: string;
  apiVersion: string;
  metadata: { resourceVersion: string; continue?: string; remainingItemCount?: number };
  items: KubeObject[];
};

export type LogQuery = {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  limitBytes?: number;
  timestamps?: boolean;
  sinceSeconds?: number;
  sinceTime?: string;
};

/** Kinds whose DELETE answers with the object rather than a Status (as the real registries do). */
const RETURNS_DELETED_OBJECT = new Set(['Pod', 'Service', 'Namespace']);

function hasStatusSubresource(def: ResourceDef): boolean {
  return def.subresources.some((s) => s.name === 'status');
}

function encodeContinue(key: string, revision: number): string {
  return Buffer.from(JSON.stringify({ v: 'sandbox/v1', k: key, rv: revision })).toString('base64url');
}

function decodeContinue(token: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      v?: string;
      k?: unknown;
    };
    if (decoded.v !== 'sandbox/v1' || typeof decoded.k !== 'string') throw new Error('bad token');
    return decoded.k;
  } catch {
    throw badRequest(
      'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    );
  }
}

/** Parses a numeric query parameter, or answers 400. */
export function intParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw badRequest(`invalid value for ${name}: ${raw}`);
  return value;
}

/**
 * The sandbox's API server semantics, independent of HTTP: admission defaults, validation,
 * optimistic concurrency (resourceVersion → 409), the three patch types, dry-run, selectors and
 * paginated lists, the scale, status, log and eviction subresources.
 */
export class KubeApi {
  readonly #state: ClusterState;
  readonly #hooks: ApiHooks;

  constructor(state: ClusterState, hooks: ApiHooks) {
    this.#state = state;
    this.#hooks = hooks;
  }

  #store(def: ResourceDef) {
    return { resource: qualifiedName(def), store: this.#state.store };
  }

  get(def: ResourceDef, namespace: string | undefined, name: string): KubeObject {
    const { resource, store } = this.#store(def);
    const object = store.get(resource, def.namespaced ? namespace : undefined, name);
    if (!object) throw notFound(resource, name, def.group);
    return object;
  }

  /** A filter for list and watch from `labelSelector` and `fieldSelector`. */
  filterFor(def: ResourceDef, query: URLSearchParams): ((object: KubeObject) => boolean) | undefined {
    const labelText = query.get('labelSelector') ?? '';
    const fieldText = query.get('fieldSelector') ?? '';
    if (!labelText && !fieldText) return undefined;
    try {
      const labels = parseLabelSelector(labelText);
      const fields = compileFieldSelector(parseFieldSelector(fieldText), qualifiedName(def));
      return (object) => matchesLabels(labels, object.metadata.labels) && fields(object);
    } catch (error) {
      if (error instanceof SelectorParseError) throw badRequest(error.message);
      throw error;
    }
  }

  list(def: ResourceDef, namespace: string | undefined, query: URLSearchParams): ListResult {
    const { resource, store } = this.#store(def);
    const filter = this.filterFor(def, query);
    const limit = intParam(query, 'limit');
    const token = query.get('continue');
    const page = store.list(resource, {
      ...(def.namespaced && namespace !== undefined ? { namespace } : {}),
      ...(filter ? { filter } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(token ? { continueAfter: decodeContinue(token) } : {}),
    });
    const metadata: ListResult['metadata'] = { resourceVersion: String(store.revision) };
    if (page.continueAfter !== undefined) {
      metadata.continue = encodeContinue(page.continueAfter, store.revision);
      if (!filter) metadata.remainingItemCount = page.remaining;
    }
    return { kind: `${def.kind}List`, apiVersion: apiVersionOf(def), metadata, items: page.items };
  }

  #parseBody(def: ResourceDef, body: unknown): KubeObject {
    const parsed = BodySchema.safeParse(body);
    if (!parsed.success)
      throw badRequest(
        `the body of the request is not a valid ${def.kind}: ${z.prettifyError(parsed.error)}`,
      );
    const object = parsed.data as unknown as KubeObject;
    const expected = apiVersionOf(def);
    if (object.apiVersion !== undefined && object.apiVersion !== expected) {
      throw badRequest(
        `the API version in the data (${object.apiVersion}) does not match the expected API version (${expected})`,
      );
    }
    if (object.kind !== undefined && object.kind !== def.kind) {
      throw badRequest(
        `the kind in the data (${object.kind}) does not match the expected kind (${def.kind})`,
      );
    }
    const cleaned = dropNulls(object);
    return {
      ...cleaned,
      apiVersion: expected,
      kind: def.kind,
      metadata: { ...(cleaned.metadata ?? {}) },
    } as KubeObject;
  }

  #checkNamespace(def: ResourceDef, namespace: string | undefined, object: KubeObject): void {
    if (!def.namespaced) return;
    if (object.metadata.namespace !== undefined && object.metadata.namespace !== namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    object.metadata.namespace = namespace;
  }

  create(def: ResourceDef, namespace: string | undefined, body: unknown, options: WriteOptions): KubeObject {
    const { resource, store } = this.#store(def);
    const input = this.#parseBody(def, body);
    this.#checkNamespace(def, namespace, input);
    if (def.namespaced) {
      const ns = this.#state.get('Namespace', undefined, namespace as string);
      if (!ns) throw notFound('namespaces', namespace as string);
      if ((ns.status as { phase?: string } | undefined)?.phase === 'Terminating') {
        throw new ApiError(
          403,
          'Forbidden',
          `unable to create new content in namespace ${namespace} because it is being terminated`,
        );
      }
    }
    const defaulted = applyDefaults(def.kind, input, { serviceIp: this.#hooks.serviceIp });
    const object = this.#state.materialize(def.kind, defaulted);
    const causes = validateObject(def.kind, object);
    if (causes.length)
      throw invalid(
        qualifiedKind(def),
        object.metadata.name || object.metadata.generateName || '',
        causes,
        def.group,
      );
    if (store.get(resource, object.metadata.namespace, object.metadata.name)) {
      throw alreadyExists(resource, object.metadata.name, def.group);
    }
    if (options.dryRun) return object;
    const stored = store.create(resource, object);
    this.#hooks.afterWrite();
    return stored;
  }

  /** PUT of the object or its status subresource. */
  update(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: unknown,
    options: WriteOptions & { subresource?: 'status' },
  ): KubeObject {
    const current = this.get(def, namespace, name);
    const input = this.#parseBody(def, body);
    this.#checkNamespace(def, namespace, input);
    return this.#replace(def, current, input, options);
  }

  #replace(
    def: ResourceDef,
    current: KubeObject,
    input: KubeObject,
    options: WriteOptions & { subresource?: 'status' },
  ): KubeObject {
    const { resource, store } = this.#store(def);
    const name = current.metadata.name;
    if (input.metadata.name !== undefined && input.metadata.name !== '' && input.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${input.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const expectedVersion = input.metadata.resourceVersion;
    if (expectedVersion && expectedVersion !== current.metadata.resourceVersion) {
      throw conflict(resource, name, def.group);
    }
    let next: KubeObject;
    if (options.subresource === 'status') {
      next = { ...current, status: input.status };
    } else {
      next = applyDefaults(
        def.kind,
        { ...input, metadata: { ...input.metadata, name } },
        {
          serviceIp: this.#hooks.serviceIp,
        },
      );
      if (def.kind === 'Service') {
        const spec = { ...(next.spec as Record<string, unknown>) };
        const previous = current.spec as Record<string, unknown>;
        spec.clusterIP = previous.clusterIP;
        spec.clusterIPs = previous.clusterIPs;
        next.spec = spec;
      }
      if (def.kind === 'Secret') next = normalizeSecret(next);
      if (hasStatusSubresource(def)) next.status = current.status;
      const metadata = {
        ...next.metadata,
        name,
        uid: current.metadata.uid,
        creationTimestamp: current.metadata.creationTimestamp,
        resourceVersion: current.metadata.resourceVersion,
      };
      if (current.metadata.namespace !== undefined) metadata.namespace = current.metadata.namespace;
      if (current.metadata.deletionTimestamp) metadata.deletionTimestamp = current.metadata.deletionTimestamp;
      delete metadata.generation;
      if (current.metadata.generation !== undefined) {
        metadata.generation = deepEqual(next.spec, current.spec)
          ? current.metadata.generation
          : current.metadata.generation + 1;
      }
      next = { ...next, metadata };
    }
    const causes = validateUpdate(def.kind, next, current);
    if (causes.length) throw invalid(qualifiedKind(def), name, causes, def.group);
    if (options.dryRun) return next;
    const stored = store.update(resource, next);
    this.#hooks.afterWrite();
    return stored;
  }

  /** Applies a patch body of the given content type to `current`. */
  applyPatch(
    def: ResourceDef | { kind: string },
    current: unknown,
    rawBody: string,
    contentType: string,
  ): unknown {
    const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    let patch: unknown;
    try {
      patch = type === 'application/apply-patch+yaml' ? parseYaml(rawBody) : JSON.parse(rawBody);
    } catch (error) {
      throw badRequest(`error decoding patch: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      switch (type) {
        case 'application/json-patch+json':
          return applyJsonPatch(current, patch);
        case 'application/merge-patch+json':
          return applyMergePatch(current, patch);
        case 'application/strategic-merge-patch+json':
        case 'application/apply-patch+yaml':
          return applyStrategicMergePatch(current, patch, mergeSchemaFor(def.kind));
        default:
          throw unsupportedMediaType(contentType);
      }
    } catch (error) {
      if (error instanceof PatchError) {
        if (error.status === 400) throw badRequest(error.message);
        throw new ApiError(422, 'Invalid', error.message);
      }
      throw error;
    }
  }

  patch(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    rawBody: string,
    contentType: string,
    options: WriteOptions & { subresource?: 'status' },
  ): { object: KubeObject; created: boolean } {
    const { resource, store } = this.#store(def);
    const current = store.get(resource, def.namespaced ? namespace : undefined, name);
    if (!current) {
      // Server-side apply creates what does not exist.
      if (contentType.startsWith('application/apply-patch+yaml') && !options.subresource) {
        const body = this.applyPatch(def, {}, rawBody, contentType);
        if (isObject(body)) {
          const metadata = isObject(body.metadata) ? body.metadata : {};
          return {
            object: this.create(def, namespace, { ...body, metadata: { ...metadata, name } }, options),
            created: true,
          };
        }
      }
      throw notFound(resource, name, def.group);
    }
    const patched = this.applyPatch(def, current, rawBody, contentType);
    if (!isObject(patched)) throw badRequest('the patched object is not a JSON object');
    const input = { ...(patched as KubeObject) };
    if (input.apiVersion === undefined) input.apiVersion = current.apiVersion;
    if (input.kind === undefined) input.kind = current.kind;
    input.metadata = { ...(isObject(input.metadata) ? input.metadata : {}) } as KubeObject['metadata'];
    // A patch that does not mention resourceVersion is unconditional.
    if (input.metadata.resourceVersion === current.metadata.resourceVersion)
      delete (input.metadata as Partial<KubeObject['metadata']>).resourceVersion;
    const parsed = this.#parseBody(def, input);
    if (def.namespaced && parsed.metadata.namespace !== current.metadata.namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    return { object: this.#replace(def, current, parsed, options), created: false };
  }

  delete(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: unknown,
    options: WriteOptions,
  ): { object: KubeObject | KubeStatus; code: number } {
    const { resource, store } = this.#store(def);
    const current = this.get(def, namespace, name);
    const preconditions = isObject(body) && isObject(body.preconditions) ? body.preconditions : undefined;
    if (preconditions?.uid !== undefined && preconditions.uid !== current.metadata.uid) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${resource} "${name}": Precondition failed: UID in precondition: ${String(preconditions.uid)}, UID in object meta: ${current.metadata.uid}`,
      );
    }
    if (
      preconditions?.resourceVersion !== undefined &&
      preconditions.resourceVersion !== current.metadata.resourceVersion
    ) {
      throw conflict(resource, name, def.group);
    }
    const propagation =
      isObject(body) && typeof body.propagationPolicy === 'string' ? body.propagationPolicy : undefined;
    const orphan = propagation === 'Orphan' || (isObject(body) && body.orphanDependents === true);
    if (!options.dryRun) {
      if (orphan) this.#orphanDependents(current);
      if (def.kind === 'Namespace') this.#deleteNamespaceContents(name);
      store.delete(resource, def.namespaced ? namespace : undefined, name);
      this.#hooks.afterWrite();
    }
    if (RETURNS_DELETED_OBJECT.has(def.kind)) {
      const object =
        def.kind === 'Namespace'
          ? { ...current, status: { ...(current.status as object), phase: 'Terminating' } }
          : current;
      return { object, code: 200 };
    }
    return {
      object: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: {
          name,
          ...(def.group ? { group: def.group } : {}),
          kind: def.plural,
          uid: current.metadata.uid,
        },
        code: 200,
      },
      code: 200,
    };
  }

  deleteCollection(
    def: ResourceDef,
    namespace: string | undefined,
    query: URLSearchParams,
    options: WriteOptions,
  ): ListResult {
    const listed = this.list(
      def,
      namespace,
      new URLSearchParams([...query].filter(([k]) => k !== 'limit' && k !== 'continue')),
    );
    if (!options.dryRun) {
      const { resource, store } = this.#store(def);
      for (const item of listed.items) store.delete(resource, item.metadata.namespace, item.metadata.name);
      this.#hooks.afterWrite();
    }
    return listed;
  }

  #orphanDependents(owner: KubeObject): void {
    for (const def of this.#state.registry.all) {
      const resource = qualifiedName(def);
      for (const object of this.#state.store.all(resource, owner.metadata.namespace)) {
        const refs = object.metadata.ownerReferences;
        if (!refs?.some((r) => r.uid === owner.metadata.uid)) continue;
        const remaining = refs.filter((r) => r.uid !== owner.metadata.uid);
        const metadata = { ...object.metadata, ownerReferences: remaining };
        if (remaining.length === 0) delete (metadata as Partial<typeof metadata>).ownerReferences;
        this.#state.store.update(resource, { ...object, metadata });
      }
    }
  }

  #deleteNamespaceContents(namespace: string): void {
    for (const def of this.#state.registry.all) {
      if (!def.namespaced) continue;
      const resource = qualifiedName(def);
      for (const object of this.#state.store.all(resource, namespace)) {
        this.#state.store.delete(resource, namespace, object.metadata.name);
      }
    }
  }

  // --- scale subresource -------------------------------------------------------------------

  scale(def: ResourceDef, namespace: string | undefined, name: string): KubeObject {
    return this.#toScale(this.get(def, namespace, name));
  }

  #toScale(object: KubeObject): KubeObject {
    const spec = object.spec as { replicas?: number; selector?: Parameters<typeof fromLabelSelectorSpec>[0] };
    const status = (object.status ?? {}) as { replicas?: number };
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: object.metadata.name,
        namespace: object.metadata.namespace as string,
        uid: object.metadata.uid,
        resourceVersion: object.metadata.resourceVersion,
        creationTimestamp: object.metadata.creationTimestamp,
      },
      spec: { replicas: spec.replicas ?? 0 },
      status: {
        replicas: status.replicas ?? 0,
        selector: formatLabelSelector(fromLabelSelectorSpec(spec.selector)),
      },
    };
  }

  #applyScale(def: ResourceDef, current: KubeObject, scale: unknown, options: WriteOptions): KubeObject {
    const parsed = z
      .looseObject({
        metadata: z.looseObject({ resourceVersion: z.string().optional() }).optional(),
        spec: z.looseObject({ replicas: z.number().int().optional() }).optional(),
      })
      .safeParse(scale);
    if (!parsed.success) throw badRequest(`invalid Scale: ${z.prettifyError(parsed.error)}`);
    const replicas = parsed.data.spec?.replicas ?? 0;
    if (replicas < 0) {
      throw invalid('Scale.autoscaling', current.metadata.name, [
        {
          reason: 'FieldValueInvalid',
          field: 'spec.replicas',
          message: `Invalid value: ${replicas}: must be greater than or equal to 0`,
        },
      ]);
    }
    const rv = parsed.data.metadata?.resourceVersion;
    const next = {
      ...current,
      metadata: { ...current.metadata, ...(rv ? { resourceVersion: rv } : {}) },
      spec: { ...(current.spec as object), replicas },
    };
    const stored = this.#replace(def, current, next, options);
    return this.#toScale(stored);
  }

  updateScale(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    body: unknown,
    options: WriteOptions,
  ): KubeObject {
    return this.#applyScale(def, this.get(def, namespace, name), body, options);
  }

  patchScale(
    def: ResourceDef,
    namespace: string | undefined,
    name: string,
    rawBody: string,
    contentType: string,
    options: WriteOptions,
  ): KubeObject {
    const current = this.get(def, namespace, name);
    const scale = this.#toScale(current);
    const patched = this.applyPatch({ kind: 'Scale' }, scale, rawBody, contentType) as KubeObject;
    if (isObject(patched.metadata) && patched.metadata.resourceVersion === scale.metadata.resourceVersion) {
      delete (patched.metadata as Partial<KubeObject['metadata']>).resourceVersion;
    }
    return this.#applyScale(def, current, patched, options);
  }

  // --- pods/log ---------------------------------------------------------------------------------

  log(namespace: string, name: string, query: LogQuery): string {
    const pod = this.get(this.#state.def('Pod'), namespace, name) as Pod;
    let lines = this.#hooks.logs.read(pod, query.container, query.previous ?? false);
    const since =
      query.sinceSeconds !== undefined
        ? this.#state.now() - query.sinceSeconds * 1000
        : query.sinceTime
          ? Date.parse(query.sinceTime)
          : undefined;
    if (since !== undefined && !Number.isNaN(since)) lines = lines.filter((l) => l.time >= since);
    if (query.tailLines !== undefined) lines = query.tailLines <= 0 ? [] : lines.slice(-query.tailLines);
    let text = lines
      .map(
        (l) =>
          `${query.timestamps ? `${new Date(l.time).toISOString().replace('Z', '000000Z')} ` : ''}${l.text}\n`,
      )
      .join('');
    if (query.limitBytes !== undefined && query.limitBytes >= 0) {
      text = Buffer.from(text).subarray(0, query.limitBytes).toString('utf8');
    }
    return text;
  }

  // --- pods/eviction ----------------------------------------------------------------------------

  evict(namespace: string, name: string, body: unknown, options: WriteOptions): KubeStatus {
    const podDef = this.#state.def('Pod');
    const pod = this.get(podDef, namespace, name) as Pod;
    const parsed = EvictionSchema.safeParse(body);
    if (!parsed.success) throw badRequest(`invalid Eviction: ${z.prettifyError(parsed.error)}`);
    if (parsed.data.metadata.name !== undefined && parsed.data.metadata.name !== name) {
      throw badRequest(`name in URL does not match name in Eviction object`);
    }
    const phase = pod.status?.phase;
    const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
    if (phase !== 'Succeeded' && phase !== 'Failed') {
      const budgets = this.#state.list('PodDisruptionBudget', namespace).filter((pdb) => {
        const selector = (pdb.spec as { selector?: Parameters<typeof fromLabelSelectorSpec>[0] } | undefined)
          ?.selector;
        return selector !== undefined && matchesLabels(fromLabelSelectorSpec(selector), pod.metadata.labels);
      });
      if (budgets.length > 1) {
        throw new ApiError(
          500,
          'InternalError',
          'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
        );
      }
      const budget = budgets[0];
      if (budget && ready) {
        const status = (budget.status ?? {}) as {
          disruptionsAllowed?: number;
          currentHealthy?: number;
          desiredHealthy?: number;
          disruptedPods?: Record<string, string>;
        };
        if ((status.disruptionsAllowed ?? 0) <= 0) {
          throw new ApiError(
            429,
            'TooManyRequests',
            "Cannot evict pod as it would violate the pod's disruption budget.",
            {
              causes: [
                {
                  reason: 'DisruptionBudget',
                  message: `The disruption budget ${budget.metadata.name} needs ${status.desiredHealthy ?? 0} healthy pods and has ${status.currentHealthy ?? 0} currently`,
                },
              ],
            },
          );
        }
        if (!options.dryRun) {
          this.#state.replace('PodDisruptionBudget', {
            ...budget,
            status: {
              ...status,
              disruptionsAllowed: (status.disruptionsAllowed ?? 1) - 1,
              disruptedPods: { ...(status.disruptedPods ?? {}), [name]: this.#state.timestamp() },
            },
          });
        }
      }
    }
    if (!options.dryRun) {
      this.#state.store.delete(qualifiedName(podDef), namespace, name);
      this.#hooks.afterWrite();
    }
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 };
  }
}
