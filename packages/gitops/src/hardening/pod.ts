import * as z from 'zod';
import type { FieldPath } from '../finding.ts';

const Word = z.string().max(1024);
const Name = z.string().min(1).max(253);

const SecurityContextSchema = z.looseObject({
  privileged: z.boolean().nullish(),
  allowPrivilegeEscalation: z.boolean().nullish(),
  runAsNonRoot: z.boolean().nullish(),
  runAsUser: z.number().int().nullish(),
  readOnlyRootFilesystem: z.boolean().nullish(),
  capabilities: z
    .looseObject({ add: z.array(Word).max(64).nullish(), drop: z.array(Word).max(64).nullish() })
    .nullish(),
  seccompProfile: z.looseObject({ type: Word }).nullish(),
});

const ContainerSchema = z.looseObject({
  name: Name,
  image: Word.nullish(),
  ports: z
    .array(
      z.looseObject({
        name: Word.nullish(),
        containerPort: z.number().int().nullish(),
        hostPort: z.number().int().nullish(),
      }),
    )
    .max(256)
    .nullish(),
  volumeMounts: z
    .array(z.looseObject({ name: Name, mountPath: Word, readOnly: z.boolean().nullish() }))
    .max(256)
    .nullish(),
  securityContext: SecurityContextSchema.nullish(),
});
export type HardeningContainer = z.infer<typeof ContainerSchema> & {
  /** The list it is in: `containers` or `initContainers`. */
  list: 'containers' | 'initContainers';
};

const PodSpecSchema = z.looseObject({
  hostNetwork: z.boolean().nullish(),
  hostPID: z.boolean().nullish(),
  hostIPC: z.boolean().nullish(),
  securityContext: SecurityContextSchema.nullish(),
  containers: z.array(ContainerSchema).max(64).nullish(),
  initContainers: z.array(ContainerSchema).max(64).nullish(),
  volumes: z
    .array(z.looseObject({ name: Name }))
    .max(1024)
    .nullish(),
});

/** The parts of a workload's pod spec the hardening fixes read, and where the spec sits in the object. */
export type HardeningPod = {
  path: FieldPath;
  spec: z.infer<typeof PodSpecSchema>;
  containers: HardeningContainer[];
};

/** Where a kind keeps its pod spec: a pod's own spec, a CronJob's job template, a workload's template. */
export function podSpecPath(kind: string): FieldPath {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return ['spec', 'template', 'spec'];
}

/** The pod spec of a rendered object, or undefined when it has none that parses. */
export function readPod(kind: string, rendered: unknown): HardeningPod | undefined {
  const path = podSpecPath(kind);
  let value: unknown = rendered;
  for (const s of path) value = (value as Record<string, unknown> | null | undefined)?.[s as string];
  const parsed = PodSpecSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const spec = parsed.data;
  const containers: HardeningContainer[] = [
    ...(spec.initContainers ?? []).map((c) => ({ ...c, list: 'initContainers' as const })),
    ...(spec.containers ?? []).map((c) => ({ ...c, list: 'containers' as const })),
  ];
  return { path, spec, containers };
}

/** The path of one container of the pod (found by name in its own list). */
export function containerAt(pod: HardeningPod, container: HardeningContainer): FieldPath {
  return [...pod.path, container.list, { name: container.name }];
}

/** The kind of a volume (`emptyDir`, `persistentVolumeClaim`, ...): its one source key. */
export function volumeSource(volume: Record<string, unknown>): string {
  return Object.keys(volume).find((k) => k !== 'name' && volume[k] != null) ?? 'emptyDir';
}

/** An image reference as a PR may quote it (registry, path, tag, digest characters only). */
export function quotedImage(image: string | null | undefined): string | undefined {
  if (!image || image.length > 255) return undefined;
  for (const ch of image) if (!IMAGE_CHARACTERS.includes(ch.toLowerCase())) return undefined;
  return image;
}

const IMAGE_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789._/:@+-';
