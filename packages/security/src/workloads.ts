import * as z from 'zod';
import { PodSpecSchema, type PodView, RelevantAnnotationsSchema } from './pss/pod-spec-schema.ts';

/** The kinds whose pods the scan checks: bare pods and the pod templates of workloads. */
export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

const Name = z.string().min(1).max(253);

export const MetadataSchema = z.looseObject({
  name: Name,
  namespace: Name.nullish(),
  annotations: RelevantAnnotationsSchema,
  ownerReferences: z
    .array(z.looseObject({ kind: Name, name: Name, controller: z.boolean().nullish() }))
    .max(64)
    .nullish(),
});

const TemplateSchema = z.looseObject({
  metadata: z.looseObject({ annotations: RelevantAnnotationsSchema }).nullish(),
  spec: PodSpecSchema,
});

const PodSchema = z.looseObject({ metadata: MetadataSchema, spec: PodSpecSchema });
const TemplatedSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({ template: TemplateSchema }),
});
const CronJobSchema = z.looseObject({
  metadata: MetadataSchema,
  spec: z.looseObject({ jobTemplate: z.looseObject({ spec: z.looseObject({ template: TemplateSchema }) }) }),
});

/** A bare pod or a workload, with the pod it runs (the pod itself, or its template). */
export type Workload = {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  /** Annotations of the object itself (the exemption annotation is read here). */
  annotations: Readonly<Record<string, string>>;
  /** The controller that owns it (a ReplicaSet's Deployment, a pod's ReplicaSet), if any. */
  controller?: { kind: string; name: string };
  pod: PodView;
};

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

type Metadata = z.infer<typeof MetadataSchema>;

function toWorkload(
  kind: WorkloadKind,
  metadata: Metadata,
  pod: PodView,
  defaultNamespace: string,
): Workload {
  const controller = metadata.ownerReferences?.find((o) => o.controller === true);
  return {
    kind,
    namespace: metadata.namespace ?? defaultNamespace,
    name: metadata.name,
    annotations: metadata.annotations,
    ...(controller ? { controller: { kind: controller.kind, name: controller.name } } : {}),
    pod,
  };
}

export type WorkloadParse = { ok: true; workload: Workload } | { ok: false; reason: string };

/**
 * Parses an object of a workload kind (from a cluster or a manifest) into the pod it runs.
 * Objects without a namespace (manifests) are placed in `defaultNamespace`.
 */
export function parseWorkload(kind: WorkloadKind, raw: unknown, defaultNamespace = 'default'): WorkloadParse {
  if (kind === 'Pod') {
    const parsed = PodSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
    const { metadata, spec } = parsed.data;
    return {
      ok: true,
      workload: toWorkload(kind, metadata, { annotations: metadata.annotations, spec }, defaultNamespace),
    };
  }
  const parsed = kind === 'CronJob' ? CronJobSchema.safeParse(raw) : TemplatedSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  const template =
    'jobTemplate' in parsed.data.spec
      ? (parsed.data as z.infer<typeof CronJobSchema>).spec.jobTemplate.spec.template
      : (parsed.data as z.infer<typeof TemplatedSchema>).spec.template;
  const pod: PodView = { annotations: template.metadata?.annotations ?? {}, spec: template.spec };
  return { ok: true, workload: toWorkload(kind, parsed.data.metadata, pod, defaultNamespace) };
}
