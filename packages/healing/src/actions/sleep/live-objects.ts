import type { ClusterReader, CronJob, Deployment, StatefulSet } from '@sre-agent/kube';
import * as z from 'zod';

/** What sleep changes: Deployments and StatefulSets (replicas) and CronJobs (suspend). */
export type SleepKind = 'Deployment' | 'StatefulSet' | 'CronJob';
export const SleepKindSchema = z.enum(['Deployment', 'StatefulSet', 'CronJob']);

/** The annotation that keeps a slept object's original on the object itself. */
export const SLEEP_ORIGINAL_ANNOTATION = 'sre-agent.io/sleep-original';
/** `never` on a workload or its namespace keeps it awake. */
export const SLEEP_OPT_OUT_ANNOTATION = 'sre-agent.io/sleep';

/**
 * The original as the annotation holds it. Anyone who may edit the object may write this text, so
 * it is parsed strictly and bounded; it is only ever read back for the object it sits on.
 */
export const SleepOriginalSchema = z.strictObject({
  replicas: z.number().int().min(0).max(10_000).optional(),
  suspend: z.boolean().optional(),
  generation: z.number().int().min(0).optional(),
  sleptAt: z.iso.datetime({ offset: true }),
});
export type SleepOriginal = z.infer<typeof SleepOriginalSchema>;

/** One workload of a namespace as sleep sees it. */
export type LiveObject = {
  kind: SleepKind;
  name: string;
  uid: string;
  generation: number;
  /** Deployments and StatefulSets. */
  replicas?: number;
  /** CronJobs. */
  suspend?: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  createdAt: Date | undefined;
  /** The original recorded in the annotation, when it parses. */
  original: SleepOriginal | undefined;
};

const MAX_ANNOTATION_CHARS = 512;

function parseOriginal(text: string | undefined): SleepOriginal | undefined {
  if (!text || text.length > MAX_ANNOTATION_CHARS) return undefined;
  try {
    const parsed = SleepOriginalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The annotation text for an original. */
export function originalAnnotation(original: SleepOriginal): string {
  return JSON.stringify(original);
}

function toLive(kind: SleepKind, object: Deployment | StatefulSet | CronJob): LiveObject | undefined {
  const metadata = object.metadata;
  if (!metadata?.name || !metadata.uid) return undefined;
  const annotations = metadata.annotations ?? {};
  const created = metadata.creationTimestamp ? new Date(metadata.creationTimestamp) : undefined;
  const base = {
    kind,
    name: metadata.name,
    uid: metadata.uid,
    generation: metadata.generation ?? 1,
    labels: metadata.labels ?? {},
    annotations,
    createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
    original: parseOriginal(annotations[SLEEP_ORIGINAL_ANNOTATION]),
  };
  if (kind === 'CronJob') return { ...base, suspend: (object as CronJob).spec?.suspend ?? false };
  return { ...base, replicas: (object as Deployment | StatefulSet).spec?.replicas ?? 1 };
}

/** Every Deployment, StatefulSet and CronJob of a namespace. */
export async function listLiveObjects(reader: ClusterReader, namespace: string): Promise<LiveObject[]> {
  const [deployments, statefulSets, cronJobs] = await Promise.all([
    reader.listDeployments({ namespace }),
    reader.listStatefulSets({ namespace }),
    reader.listCronJobs({ namespace }),
  ]);
  return [
    ...deployments.map((o) => toLive('Deployment', o)),
    ...statefulSets.map((o) => toLive('StatefulSet', o)),
    ...cronJobs.map((o) => toLive('CronJob', o)),
  ].filter((o): o is LiveObject => o !== undefined);
}

/** One object read live, right before a write; `undefined` when it is gone. */
export async function readLiveObject(
  reader: ClusterReader,
  namespace: string,
  kind: SleepKind,
  name: string,
): Promise<LiveObject | undefined> {
  if (kind === 'Deployment') {
    const found = await reader.getDeployment(namespace, name);
    return found ? toLive(kind, found) : undefined;
  }
  if (kind === 'StatefulSet') {
    const found = await reader.getStatefulSet(namespace, name);
    return found ? toLive(kind, found) : undefined;
  }
  const found = (await reader.listCronJobs({ namespace })).find((c) => c.metadata?.name === name);
  return found ? toLive(kind, found) : undefined;
}

/** `Deployment web`, as reports name an object. */
export const objectName = (o: { kind: string; name: string }) => `${o.kind} ${o.name}`;
