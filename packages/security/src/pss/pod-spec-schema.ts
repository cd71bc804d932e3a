import * as z from 'zod';

/**
 * The part of a Pod (or a workload's pod template) that the security scan reads, parsed from
 * untrusted input (a cluster's answer or a manifest). Loose objects: Kubernetes adds fields, and
 * whatever the scan does not read is dropped. Strings are bounded where Kubernetes bounds them,
 * lists where a sane pod could never reach the bound.
 */
const Name = z.string().max(253);
const Word = z.string().max(1024);
const MAX_CONTAINERS = 256;

const HostField = z.looseObject({ host: Word.optional() });
const HandlerSchema = z.looseObject({ httpGet: HostField.nullish(), tcpSocket: HostField.nullish() });

const SeccompProfileSchema = z.looseObject({ type: Word, localhostProfile: Word.nullish() });
const AppArmorProfileSchema = z.looseObject({ type: Word, localhostProfile: Word.nullish() });
const SeLinuxOptionsSchema = z.looseObject({
  type: Word.nullish(),
  user: Word.nullish(),
  role: Word.nullish(),
  level: Word.nullish(),
});
const WindowsOptionsSchema = z.looseObject({ hostProcess: z.boolean().nullish() });

const ContainerSecurityContextSchema = z.looseObject({
  privileged: z.boolean().nullish(),
  allowPrivilegeEscalation: z.boolean().nullish(),
  capabilities: z
    .looseObject({
      add: z.array(Word).max(64).nullish(),
      drop: z.array(Word).max(64).nullish(),
    })
    .nullish(),
  runAsNonRoot: z.boolean().nullish(),
  runAsUser: z.number().int().nullish(),
  readOnlyRootFilesystem: z.boolean().nullish(),
  procMount: Word.nullish(),
  seccompProfile: SeccompProfileSchema.nullish(),
  appArmorProfile: AppArmorProfileSchema.nullish(),
  seLinuxOptions: SeLinuxOptionsSchema.nullish(),
  windowsOptions: WindowsOptionsSchema.nullish(),
});

/** An environment variable: a literal `value` or a reference (`valueFrom`), never both. */
const EnvVarSchema = z.looseObject({
  name: Word,
  value: z.string().nullish(),
  valueFrom: z.looseObject({}).nullish(),
});

const ContainerSchema = z.looseObject({
  name: Name,
  image: Word.nullish(),
  securityContext: ContainerSecurityContextSchema.nullish(),
  ports: z
    .array(z.looseObject({ hostPort: z.number().int().nullish(), containerPort: z.number().int().nullish() }))
    .max(1024)
    .nullish(),
  env: z.array(EnvVarSchema).max(4096).nullish(),
  volumeMounts: z
    .array(z.looseObject({ name: Name, mountPath: Word }))
    .max(1024)
    .nullish(),
  livenessProbe: HandlerSchema.nullish(),
  readinessProbe: HandlerSchema.nullish(),
  startupProbe: HandlerSchema.nullish(),
  lifecycle: z
    .looseObject({ postStart: HandlerSchema.nullish(), preStop: HandlerSchema.nullish() })
    .nullish(),
});

const PodSecurityContextSchema = z.looseObject({
  runAsNonRoot: z.boolean().nullish(),
  runAsUser: z.number().int().nullish(),
  seccompProfile: SeccompProfileSchema.nullish(),
  appArmorProfile: AppArmorProfileSchema.nullish(),
  seLinuxOptions: SeLinuxOptionsSchema.nullish(),
  windowsOptions: WindowsOptionsSchema.nullish(),
  sysctls: z
    .array(z.looseObject({ name: Word, value: Word.nullish() }))
    .max(256)
    .nullish(),
});

/**
 * A volume: its name and its source, one key (`hostPath`, `emptyDir`, `nfs`, ...). The source's
 * own fields are read only for `hostPath` (the path).
 */
const VolumeSchema = z
  .looseObject({ name: Name, hostPath: z.looseObject({ path: Word.optional() }).nullish() })
  .transform((volume) => {
    const sources = Object.entries(volume)
      .filter(([key, value]) => key !== 'name' && value !== null && value !== undefined)
      .map(([key]) => key);
    // The API server defaults a volume without a source to an emptyDir (SetDefaults_Volume).
    return {
      name: volume.name,
      sources: sources.length > 0 ? sources : ['emptyDir'],
      hostPath: volume.hostPath?.path,
    };
  });

export const PodSpecSchema = z.looseObject({
  containers: z.array(ContainerSchema).max(MAX_CONTAINERS).nullish(),
  initContainers: z.array(ContainerSchema).max(MAX_CONTAINERS).nullish(),
  ephemeralContainers: z.array(ContainerSchema).max(MAX_CONTAINERS).nullish(),
  hostNetwork: z.boolean().nullish(),
  hostPID: z.boolean().nullish(),
  hostIPC: z.boolean().nullish(),
  hostUsers: z.boolean().nullish(),
  os: z.looseObject({ name: Word }).nullish(),
  securityContext: PodSecurityContextSchema.nullish(),
  volumes: z.array(VolumeSchema).max(1024).nullish(),
  serviceAccountName: Name.nullish(),
  automountServiceAccountToken: z.boolean().nullish(),
});

export type PodSpec = z.infer<typeof PodSpecSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type Volume = z.infer<typeof VolumeSchema>;
export type ProbeHandler = z.infer<typeof HandlerSchema>;

/** Annotation keys (and prefixes) the scan reads; every other annotation is dropped unread. */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
export const EXEMPT_ANNOTATION = 'sre-agent.io/exempt';
const MAX_ANNOTATION_VALUE = 4096;

/** Keeps the annotations the scan reads, each value bounded; the rest (e.g. last-applied) is dropped. */
export const RelevantAnnotationsSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((annotations) => {
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(annotations ?? {})) {
      if (typeof value !== 'string') continue;
      if (key === EXEMPT_ANNOTATION || key.startsWith(APPARMOR_ANNOTATION_PREFIX)) {
        kept[key] = value.slice(0, MAX_ANNOTATION_VALUE);
      }
    }
    return kept;
  });

/** A pod as the Pod Security Standards see it: the annotations they read and the spec. */
export type PodView = { annotations: Readonly<Record<string, string>>; spec: PodSpec };

/** Every container of the pod in the order admission visits them: init, regular, ephemeral. */
export function allContainers(spec: PodSpec): Container[] {
  return [...(spec.initContainers ?? []), ...(spec.containers ?? []), ...(spec.ephemeralContainers ?? [])];
}
