import * as z from 'zod';

/** The kinds the enforcer judges and edits. */
export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
export type GitopsWorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** An object as the API names it: what a finding is about and what a source is looked up by. */
export type ObjectRef = { kind: string; namespace: string; name: string };

export function refKey(ref: ObjectRef): string {
  return `${ref.namespace}/${ref.kind}/${ref.name}`;
}

const Name = z.string().min(1).max(253);
const Labels = z.record(z.string(), z.string()).nullish();
const IntOrString = z.union([z.number().int(), z.string().max(16)]);
const AnyMap = z.record(z.string(), z.unknown());

const MetadataSchema = z.looseObject({
  name: Name,
  namespace: Name.nullish(),
  labels: Labels,
});

const ProbeSchema = z.looseObject({
  httpGet: AnyMap.nullish(),
  tcpSocket: AnyMap.nullish(),
  grpc: AnyMap.nullish(),
  exec: AnyMap.nullish(),
  initialDelaySeconds: z.number().int().nullish(),
  periodSeconds: z.number().int().nullish(),
  timeoutSeconds: z.number().int().nullish(),
  failureThreshold: z.number().int().nullish(),
  successThreshold: z.number().int().nullish(),
});
export type Probe = z.infer<typeof ProbeSchema>;

const QuantityMap = z.record(z.string(), z.union([z.string(), z.number()])).nullish();

const ContainerSchema = z.looseObject({
  name: Name,
  image: z.string().max(1024).nullish(),
  imagePullPolicy: z.string().max(32).nullish(),
  ports: z
    .array(
      z.looseObject({
        containerPort: z.number().int(),
        name: z.string().nullish(),
        protocol: z.string().nullish(),
      }),
    )
    .max(256)
    .nullish(),
  livenessProbe: ProbeSchema.nullish(),
  readinessProbe: ProbeSchema.nullish(),
  startupProbe: ProbeSchema.nullish(),
  resources: z.looseObject({ requests: QuantityMap, limits: QuantityMap }).nullish(),
});
export type Container = z.infer<typeof ContainerSchema>;

const PodSpecSchema = z.looseObject({
  containers: z.array(ContainerSchema).min(1).max(256),
  affinity: z.looseObject({ podAntiAffinity: z.unknown().nullish() }).nullish(),
  topologySpreadConstraints: z.array(z.unknown()).max(64).nullish(),
});

const SelectorSchema = z.looseObject({
  matchLabels: Labels,
  matchExpressions: z
    .array(z.looseObject({ key: z.string(), operator: z.string(), values: z.array(z.string()).nullish() }))
    .max(64)
    .nullish(),
});
export type LabelSelector = z.infer<typeof SelectorSchema>;

const WorkloadSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({
    replicas: z.number().int().min(0).nullish(),
    selector: SelectorSchema.nullish(),
    strategy: z
      .looseObject({
        type: z.string().nullish(),
        rollingUpdate: z
          .looseObject({ maxUnavailable: IntOrString.nullish(), maxSurge: IntOrString.nullish() })
          .nullish(),
      })
      .nullish(),
    template: z.looseObject({ metadata: z.looseObject({ labels: Labels }).nullish(), spec: PodSpecSchema }),
  }),
});

const PdbSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({
    selector: SelectorSchema.nullish(),
    minAvailable: IntOrString.nullish(),
    maxUnavailable: IntOrString.nullish(),
  }),
});

/** A Deployment, StatefulSet or DaemonSet, reduced to what the checks read. */
export type WorkloadObject = {
  ref: ObjectRef & { kind: GitopsWorkloadKind };
  /** `spec.replicas` as written; undefined when unset (the API defaults it to 1). */
  replicas: number | undefined;
  selector: LabelSelector | undefined;
  templateLabels: Readonly<Record<string, string>>;
  maxUnavailable: number | string | undefined;
  maxSurge: number | string | undefined;
  containers: Container[];
  hasAntiAffinity: boolean;
  hasSpread: boolean;
  /** The images the running pods resolved each container's image to (cluster scans only), by container. */
  runningDigests?: Readonly<Record<string, readonly string[]>>;
};

export type PdbObject = {
  ref: ObjectRef;
  selector: LabelSelector | undefined;
  minAvailable: number | string | undefined;
  maxUnavailable: number | string | undefined;
};

/** What one scan judges: workloads and PodDisruptionBudgets, from a cluster or a repository. */
export type GitopsInventory = {
  workloads: WorkloadObject[];
  pdbs: PdbObject[];
  /** Objects that did not parse, with the reason: listed, never silently dropped. */
  unreadable: { kind: string; name: string; reason: string }[];
};

export function emptyGitopsInventory(): GitopsInventory {
  return { workloads: [], pdbs: [], unreadable: [] };
}

function isWorkloadKind(kind: string): kind is GitopsWorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

function nameOf(raw: unknown): string {
  const name = (raw as { metadata?: { name?: unknown } } | null)?.metadata?.name;
  return typeof name === 'string' ? name.slice(0, 253) : '(unnamed)';
}

/** Adds one object (untrusted: a manifest or an API answer); kinds the enforcer does not judge are ignored. */
export function addGitopsObject(
  inventory: GitopsInventory,
  kind: string,
  raw: unknown,
  defaultNamespace = 'default',
): void {
  if (isWorkloadKind(kind)) {
    const parsed = WorkloadSchema.safeParse(raw);
    if (!parsed.success) {
      inventory.unreadable.push({
        kind,
        name: nameOf(raw),
        reason: z.prettifyError(parsed.error).slice(0, 1024),
      });
      return;
    }
    const { metadata, spec } = parsed.data;
    const pod = spec.template.spec;
    inventory.workloads.push({
      ref: { kind, namespace: metadata.namespace ?? defaultNamespace, name: metadata.name },
      replicas: kind === 'DaemonSet' ? undefined : (spec.replicas ?? undefined),
      selector: spec.selector ?? undefined,
      templateLabels: spec.template.metadata?.labels ?? {},
      maxUnavailable: spec.strategy?.rollingUpdate?.maxUnavailable ?? undefined,
      maxSurge: spec.strategy?.rollingUpdate?.maxSurge ?? undefined,
      containers: pod.containers,
      hasAntiAffinity: pod.affinity?.podAntiAffinity != null,
      hasSpread: (pod.topologySpreadConstraints?.length ?? 0) > 0,
    });
    return;
  }
  if (kind === 'PodDisruptionBudget') {
    const parsed = PdbSchema.safeParse(raw);
    if (!parsed.success) {
      inventory.unreadable.push({
        kind,
        name: nameOf(raw),
        reason: z.prettifyError(parsed.error).slice(0, 1024),
      });
      return;
    }
    const { metadata, spec } = parsed.data;
    inventory.pdbs.push({
      ref: { kind, namespace: metadata.namespace ?? defaultNamespace, name: metadata.name },
      selector: spec.selector ?? undefined,
      minAvailable: spec.minAvailable ?? undefined,
      maxUnavailable: spec.maxUnavailable ?? undefined,
    });
  }
}

/** Whether a label selector selects a set of labels (an empty selector selects everything, as the API says). */
export function selects(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!selector) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {}))
    if (labels[key] !== value) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(value as string))) return false;
    if (e.operator === 'NotIn' && has && values.includes(value as string)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/**
 * An int-or-percent against a total, as the disruption controller and the Deployment controller
 * read it: `round` is `up` for minAvailable and maxSurge, `down` for maxUnavailable.
 */
export function scaledValue(value: number | string, total: number, round: 'up' | 'down'): number | undefined {
  if (typeof value === 'number') return value;
  const match = /^(\d{1,3})%$/.exec(value);
  if (!match) return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
  const exact = (Number(match[1]) * total) / 100;
  return round === 'up' ? Math.ceil(exact) : Math.floor(exact);
}
