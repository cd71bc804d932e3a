/** Deployment revisions of the look-back window and what each changed in the pod template. */
import type { ReplicaSet } from '@sre-agent/kube';
import { copyResources, iso } from './objects.ts';
import type { RevisionSummary, Rollout, RolloutChanges } from './schema.ts';

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export function revisionOf(rs: ReplicaSet): number {
  const n = Number.parseInt(rs.metadata?.annotations?.[REVISION_ANNOTATION] ?? '', 10);
  return Number.isFinite(n) ? n : 0;
}

export function newestRevision(replicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  return [...replicaSets].sort((a, b) => revisionOf(b) - revisionOf(a))[0];
}

function revisionSummary(rs: ReplicaSet): RevisionSummary {
  const summary: RevisionSummary = {
    revision: revisionOf(rs),
    replicaSet: rs.metadata?.name ?? '',
    replicas: rs.status?.replicas ?? 0,
    readyReplicas: rs.status?.readyReplicas ?? 0,
  };
  const at = iso(rs.metadata?.creationTimestamp);
  if (at) summary.at = at;
  return summary;
}

/**
 * Deployment revisions created within `windowMinutes` before `now`, newest first, each with the
 * template diff against the revision it followed. A rollback re-uses an old ReplicaSet and gives it
 * a new revision number; its creation time is then old, so rollbacks fall outside the window
 * (which is what we want: a rollback is a return to a known state, not a new change).
 */
export function summariseRollouts(
  replicaSets: readonly ReplicaSet[],
  now: Date,
  windowMinutes: number,
): Rollout[] {
  const sorted = [...replicaSets]
    .filter((rs) => revisionOf(rs) > 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  const since = now.getTime() - windowMinutes * 60_000;
  const out: Rollout[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const rs = sorted[i] as ReplicaSet;
    const created = rs.metadata?.creationTimestamp
      ? new Date(rs.metadata.creationTimestamp).getTime()
      : Number.NaN;
    if (!(created >= since && created <= now.getTime())) continue;
    const prev = i > 0 ? sorted[i - 1] : undefined;
    const rollout: Rollout = { ...revisionSummary(rs), changes: prev ? templateChanges(prev, rs) : {} };
    if (prev) rollout.previous = revisionSummary(prev);
    out.push(rollout);
  }
  return out;
}

type ContainerSpec = NonNullable<
  NonNullable<NonNullable<ReplicaSet['spec']>['template']>['spec']
>['containers'][number];

function templateChanges(from: ReplicaSet, to: ReplicaSet): RolloutChanges {
  const a = from.spec?.template;
  const b = to.spec?.template;
  const aContainers = new Map<string, ContainerSpec>(
    [...(a?.spec?.initContainers ?? []), ...(a?.spec?.containers ?? [])].map((c) => [c.name, c]),
  );
  const bContainers = new Map<string, ContainerSpec>(
    [...(b?.spec?.initContainers ?? []), ...(b?.spec?.containers ?? [])].map((c) => [c.name, c]),
  );
  const image: NonNullable<RolloutChanges['image']> = [];
  const env: NonNullable<RolloutChanges['env']> = [];
  const resources: NonNullable<RolloutChanges['resources']> = [];
  const command: string[] = [];
  const probes: string[] = [];
  for (const [name, cb] of bContainers) {
    const ca = aContainers.get(name);
    if (!ca) continue;
    if ((ca.image ?? '') !== (cb.image ?? ''))
      image.push({ container: name, from: ca.image ?? '', to: cb.image ?? '' });
    const envNames = changedEnvNames(ca, cb);
    if (envNames.length) env.push({ container: name, names: envNames });
    if (
      !sameJson(ca.resources?.limits, cb.resources?.limits) ||
      !sameJson(ca.resources?.requests, cb.resources?.requests)
    ) {
      resources.push({
        container: name,
        from: copyResources(ca.resources) ?? {},
        to: copyResources(cb.resources) ?? {},
      });
    }
    if (!sameJson(ca.command, cb.command) || !sameJson(ca.args, cb.args)) command.push(name);
    if (
      !sameJson(ca.livenessProbe, cb.livenessProbe) ||
      !sameJson(ca.readinessProbe, cb.readinessProbe) ||
      !sameJson(ca.startupProbe, cb.startupProbe)
    ) {
      probes.push(name);
    }
  }
  const containers = [
    ...[...bContainers.keys()].filter((n) => !aContainers.has(n)),
    ...[...aContainers.keys()].filter((n) => !bContainers.has(n)),
  ];
  const annA = a?.metadata?.annotations ?? {};
  const annB = b?.metadata?.annotations ?? {};
  const changedAnnotations = [...new Set([...Object.keys(annA), ...Object.keys(annB)])]
    .filter((k) => annA[k] !== annB[k])
    .sort();
  const config = changedAnnotations.filter(isConfigAnnotation);
  const annotations = changedAnnotations.filter((k) => !isConfigAnnotation(k));
  const settings: string[] = [];
  for (const field of POD_FIELDS) {
    if (!sameJson(a?.spec?.[field], b?.spec?.[field])) settings.push(field);
  }
  for (const [name, cb] of bContainers) {
    const ca = aContainers.get(name);
    if (!ca) continue;
    for (const field of CONTAINER_FIELDS) {
      if (!sameJson(ca[field], cb[field])) settings.push(`${name}: ${field}`);
    }
  }
  const before = referencedObjects(a?.spec);
  const references = [...referencedObjects(b?.spec)].filter((r) => !before.has(r)).sort();
  const changes: RolloutChanges = {};
  if (image.length) changes.image = image;
  if (env.length) changes.env = env;
  if (resources.length) changes.resources = resources;
  if (command.length) changes.command = command;
  if (probes.length) changes.probes = probes;
  if (containers.length) changes.containers = containers;
  if (annotations.length) changes.annotations = annotations;
  if (config.length) changes.config = config;
  if (settings.length) changes.settings = settings;
  if (references.length) changes.references = references;
  return changes;
}

/** Pod-level fields whose change can break the pods (the containers are compared one by one). */
const POD_FIELDS = [
  'serviceAccountName',
  'automountServiceAccountToken',
  'securityContext',
  'volumes',
  'nodeSelector',
  'affinity',
  'tolerations',
  'imagePullSecrets',
  'hostNetwork',
  'dnsPolicy',
  'dnsConfig',
  'runtimeClassName',
  'priorityClassName',
  'topologySpreadConstraints',
  'shareProcessNamespace',
  'hostAliases',
] as const;

/** Container fields not covered by image, env, resources, command and probes. */
const CONTAINER_FIELDS = [
  'securityContext',
  'volumeMounts',
  'ports',
  'workingDir',
  'lifecycle',
  'imagePullPolicy',
] as const;

/**
 * Annotations that stand for configuration: Helm's `checksum/config` convention, config hashes
 * (`configHash`, `config-hash`), and Reloader-style markers. Word checks, no regex.
 */
function isConfigAnnotation(key: string): boolean {
  const k = key.toLowerCase();
  return (
    k.includes('checksum') ||
    k.includes('confighash') ||
    k.includes('config-hash') ||
    k.includes('config_hash')
  );
}

type PodSpec = NonNullable<NonNullable<NonNullable<ReplicaSet['spec']>['template']>['spec']>;

/** Secrets and ConfigMaps a pod template references: env, envFrom, volumes, projected volumes. */
function referencedObjects(spec: PodSpec | undefined): Set<string> {
  const out = new Set<string>();
  for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const e of c.env ?? []) {
      const secret = e.valueFrom?.secretKeyRef?.name;
      const configMap = e.valueFrom?.configMapKeyRef?.name;
      if (secret) out.add(`secret ${secret}`);
      if (configMap) out.add(`configmap ${configMap}`);
    }
    for (const f of c.envFrom ?? []) {
      if (f.secretRef?.name) out.add(`secret ${f.secretRef.name}`);
      if (f.configMapRef?.name) out.add(`configmap ${f.configMapRef.name}`);
    }
  }
  for (const v of spec?.volumes ?? []) {
    if (v.secret?.secretName) out.add(`secret ${v.secret.secretName}`);
    if (v.configMap?.name) out.add(`configmap ${v.configMap.name}`);
    for (const source of v.projected?.sources ?? []) {
      if (source.secret?.name) out.add(`secret ${source.secret.name}`);
      if (source.configMap?.name) out.add(`configmap ${source.configMap.name}`);
    }
  }
  for (const s of spec?.imagePullSecrets ?? []) if (s.name) out.add(`secret ${s.name}`);
  return out;
}

/** Names of env vars (and envFrom sources) added, removed or changed; values are compared, never kept. */
function changedEnvNames(a: ContainerSpec, b: ContainerSpec): string[] {
  const envA = new Map((a.env ?? []).map((e) => [e.name, JSON.stringify([e.value, e.valueFrom])]));
  const envB = new Map((b.env ?? []).map((e) => [e.name, JSON.stringify([e.value, e.valueFrom])]));
  const names = new Set<string>();
  for (const [k, v] of envB) if (envA.get(k) !== v) names.add(k);
  for (const k of envA.keys()) if (!envB.has(k)) names.add(k);
  const from = (c: ContainerSpec) =>
    new Set(
      (c.envFrom ?? []).map((f) =>
        f.secretRef ? `secret:${f.secretRef.name}` : f.configMapRef ? `configmap:${f.configMapRef.name}` : '',
      ),
    );
  const fa = from(a);
  const fb = from(b);
  for (const s of fb) if (s && !fa.has(s)) names.add(`envFrom ${s}`);
  for (const s of fa) if (s && !fb.has(s)) names.add(`envFrom ${s}`);
  return [...names].sort();
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** One line about a rollout, e.g. `revision 5 (web-6f7d) at …: image app shop/api:1.4 → shop/api:1.5`. */
export function describeRollout(rollout: Rollout): string {
  const prev = rollout.previous ? ` (replaced revision ${rollout.previous.revision})` : '';
  return `revision ${rollout.revision} (${rollout.replicaSet}) at ${rollout.at ?? 'unknown time'}${prev}: ${describeChanges(rollout.changes)}`;
}

/** What a revision changed, in words; env vars by name only. */
export function describeChanges(c: RolloutChanges): string {
  const parts: string[] = [];
  for (const i of c.image ?? []) parts.push(`image of ${i.container} ${i.from} → ${i.to}`);
  for (const e of c.env ?? []) parts.push(`env of ${e.container}: ${e.names.join(', ')}`);
  for (const r of c.resources ?? []) {
    parts.push(`resources of ${r.container} ${formatResources(r.from)} → ${formatResources(r.to)}`);
  }
  if (c.command?.length) parts.push(`command/args of ${c.command.join(', ')}`);
  if (c.probes?.length) parts.push(`probes of ${c.probes.join(', ')}`);
  if (c.containers?.length) parts.push(`containers ${c.containers.join(', ')} added or removed`);
  if (c.config?.length) parts.push(`configuration (${c.config.join(', ')})`);
  if (c.settings?.length) parts.push(`settings ${c.settings.join(', ')}`);
  if (c.references?.length) parts.push(`now references ${c.references.join(', ')}`);
  if (c.annotations?.length) parts.push(`annotations ${c.annotations.join(', ')}`);
  return parts.length ? parts.join('; ') : 'no template change recorded';
}

function formatResources(r: { limits?: Record<string, string>; requests?: Record<string, string> }): string {
  const fmt = (rec?: Record<string, string>) =>
    rec
      ? Object.entries(rec)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')
      : '-';
  return `limits ${fmt(r.limits)} requests ${fmt(r.requests)}`;
}
