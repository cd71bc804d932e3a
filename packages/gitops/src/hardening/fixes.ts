import type { FieldEdit } from '../finding.ts';
import type { ObjectRef } from '../objects.ts';
import { containerAt, type HardeningContainer, type HardeningPod, volumeSource } from './pod.ts';
import {
  runAsUserOf,
  verifyDropAll,
  verifyReadOnlyRoot,
  verifyRunAsNonRoot,
  verifySeccomp,
} from './verify.ts';

/**
 * How far a fix can go on its own: `safe` opens a normal pull request, `check` a draft that says
 * what to verify, `never` is only reported (with the reason).
 */
export type HardeningClass = 'safe' | 'check' | 'never';

/** One fix for one security finding: edits and a summary, or the reason it is left to a human. */
export type HardeningFix =
  | { class: 'safe' | 'check'; check: string; summary: string; edits: FieldEdit[]; verify?: string[] }
  | { class: 'never'; check: string; container?: string; reason: string };

export type FixContext = {
  ref: ObjectRef;
  pod: HardeningPod;
  /** The finding's container, when it names one that the spec holds. */
  container?: HardeningContainer;
  /** Every security check that fails on this workload (after exemptions), to see what a fix meets. */
  failing: ReadonlySet<string>;
};

type FixSpec = { class: HardeningClass; doc: string; fix(context: FixContext): HardeningFix[] };

function never(check: string, reason: string, container?: HardeningContainer): HardeningFix[] {
  return [{ class: 'never', check, reason, ...(container ? { container: container.name } : {}) }];
}

function set(ref: ObjectRef, path: FieldEdit['path'], value: unknown): FieldEdit {
  return { op: 'set', target: ref, path, value };
}

function securityContextOf(c: FixContext, field: string[]): FieldEdit['path'] {
  return c.container ? [...containerAt(c.pod, c.container), 'securityContext', ...field] : [];
}

/** The volume sources the restricted level allows (the others are what `restrictedVolumes` is about). */
const ALLOWED_VOLUME_SOURCES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

const OTHER_REASONS: Record<string, string> = {
  appArmorProfile:
    'the AppArmor profile was set explicitly to something other than RuntimeDefault or Localhost; whoever chose it must say why',
  seLinuxOptions:
    'the SELinux user, role or type was set explicitly; only its owner knows what the label grants',
  procMount: 'an unmasked /proc was asked for on purpose (nested containers, build tools)',
  procMount_restricted: 'an unmasked /proc was asked for on purpose (nested containers, build tools)',
  sysctls: 'an unsafe sysctl is set; the tuning it makes is the application owner’s decision',
  windowsHostProcess: 'a Windows HostProcess pod is a node agent by design',
  hostProbesAndHostLifecycle:
    'a probe or lifecycle handler targets another host; the right target is the application owner’s decision',
  capabilities_baseline:
    'the container adds capabilities; removing one the process uses breaks it, and only its owner knows which it needs',
};

/**
 * From a security finding's id (a Pod Security Standards check name, or one of ours) to the
 * securityContext fix: one spec per id; an id not here is not a securityContext fix.
 */
export const HARDENING_FIXES: Record<string, FixSpec> = {
  privileged: {
    class: 'safe',
    doc: '`privileged: false` on the container',
    fix: (c) =>
      c.container
        ? [
            {
              class: 'safe',
              check: 'privileged',
              summary: `privileged: false on ${c.container.name}`,
              edits: [set(c.ref, securityContextOf(c, ['privileged']), false)],
            },
          ]
        : [],
  },
  hostNamespaces: {
    class: 'safe',
    doc: 'drop hostNetwork, hostPID and hostIPC from the pod spec',
    fix: (c) => {
      const shared = HOST_NAMESPACES.filter((n) => c.pod.spec[n] === true);
      return shared.length === 0
        ? []
        : [
            {
              class: 'safe',
              check: 'hostNamespaces',
              summary: `drop ${shared.join(', ')}`,
              edits: shared.map((n) => ({ op: 'delete' as const, target: c.ref, path: [...c.pod.path, n] })),
            },
          ];
    },
  },
  hostPorts: {
    class: 'safe',
    doc: 'drop hostPort from the container ports',
    fix: (c) => {
      const container = c.container;
      if (!container) return [];
      const ports = (container.ports ?? []).flatMap((p, i) =>
        p.hostPort != null && p.hostPort !== 0
          ? [{ at: p.name ? { name: p.name } : i, port: p.hostPort }]
          : [],
      );
      if (ports.length === 0) return [];
      return [
        {
          class: 'safe',
          check: 'hostPorts',
          summary: `drop hostPort ${ports.map((p) => p.port).join(', ')} of ${container.name}`,
          edits: ports.map((p) => ({
            op: 'delete' as const,
            target: c.ref,
            path: [...containerAt(c.pod, container), 'ports', p.at, 'hostPort'],
          })),
        },
      ];
    },
  },
  allowPrivilegeEscalation: {
    class: 'safe',
    doc: '`allowPrivilegeEscalation: false` on the container',
    fix: (c) => {
      const container = c.container;
      if (!container) return [];
      const sc = container.securityContext;
      // The API server refuses allowPrivilegeEscalation=false beside privileged or CAP_SYS_ADMIN.
      if ((sc?.capabilities?.add ?? []).some((a) => a === 'SYS_ADMIN' || a === 'CAP_SYS_ADMIN'))
        return never(
          'allowPrivilegeEscalation',
          'the container adds SYS_ADMIN, which the API server does not allow together with allowPrivilegeEscalation: false; the capability must go first, by hand',
          container,
        );
      if (sc?.privileged === true && !c.failing.has('privileged'))
        return never(
          'allowPrivilegeEscalation',
          'the container stays privileged (an exemption keeps it), and the API server refuses allowPrivilegeEscalation: false on a privileged container',
          container,
        );
      return [
        {
          class: 'safe',
          check: 'allowPrivilegeEscalation',
          summary: `allowPrivilegeEscalation: false on ${container.name}`,
          edits: [set(c.ref, securityContextOf(c, ['allowPrivilegeEscalation']), false)],
        },
      ];
    },
  },
  runAsNonRoot: {
    class: 'check',
    doc: '`runAsNonRoot: true` (the pod, or a container that sets false)',
    fix: (c) => {
      const container = c.container;
      const targets = container ? [container] : c.pod.containers;
      const root = targets.find((t) => runAsUserOf(c.pod, t) === 0);
      if (root)
        return never(
          'runAsNonRoot',
          'the spec runs it as uid 0 (runAsUser: 0): runAsNonRoot would stop it from starting, and which uid to use instead is for someone who knows the image',
          root,
        );
      const own = container?.securityContext?.runAsNonRoot === false;
      const path = own
        ? securityContextOf(c, ['runAsNonRoot'])
        : [...c.pod.path, 'securityContext', 'runAsNonRoot'];
      const where = own && container ? container.name : 'the pod';
      return [
        {
          class: 'check',
          check: 'runAsNonRoot',
          summary: `runAsNonRoot: true on ${where}`,
          edits: [set(c.ref, path, true)],
          verify: verifyRunAsNonRoot(c.pod, targets),
        },
      ];
    },
  },
  runAsUser: {
    class: 'never',
    doc: 'runAsUser: 0 is reported',
    fix: (c) =>
      never(
        'runAsUser',
        'runAsUser: 0 is set; choosing another uid needs someone who knows which uid owns the image’s files',
        c.container,
      ),
  },
  capabilities_restricted: {
    class: 'check',
    doc: '`capabilities.drop: [ALL]` (capabilities it adds are reported)',
    fix: (c) => {
      const container = c.container;
      if (!container) return [];
      const caps = container.securityContext?.capabilities;
      const out: HardeningFix[] = [];
      const added = (caps?.add ?? []).filter((a) => a !== 'NET_BIND_SERVICE');
      if (added.length > 0)
        out.push(
          ...never(
            'capabilities_restricted',
            `the container adds ${added.join(', ')}; removing a capability the process uses breaks it, and only its owner knows which it needs`,
            container,
          ),
        );
      if (!(caps?.drop ?? []).includes('ALL'))
        out.push({
          class: 'check',
          check: 'capabilities_restricted',
          summary: `drop ALL capabilities of ${container.name}`,
          edits: [set(c.ref, securityContextOf(c, ['capabilities', 'drop']), ['ALL'])],
          verify: verifyDropAll(c.pod, container),
        });
      return out;
    },
  },
  seccompProfile_restricted: {
    class: 'check',
    doc: '`seccompProfile.type: RuntimeDefault` on the pod (an explicit Unconfined is reported)',
    fix: (c) => {
      const explicit = [
        c.pod.spec.securityContext?.seccompProfile?.type,
        ...c.pod.containers.map((x) => x.securityContext?.seccompProfile?.type),
      ].filter((t) => t != null && t !== 'RuntimeDefault' && t !== 'Localhost');
      if (explicit.length > 0)
        return never(
          'seccompProfile_restricted',
          `a seccomp profile ${explicit[0] === 'Unconfined' ? 'of Unconfined' : 'type'} is set explicitly; whoever turned seccomp off must say why`,
          c.container,
        );
      return [
        {
          class: 'check',
          check: 'seccompProfile_restricted',
          summary: 'seccompProfile RuntimeDefault on the pod',
          edits: [set(c.ref, [...c.pod.path, 'securityContext', 'seccompProfile', 'type'], 'RuntimeDefault')],
          verify: verifySeccomp(),
        },
      ];
    },
  },
  seccompProfile_baseline: {
    class: 'never',
    doc: 'an explicit Unconfined profile is reported',
    fix: (c) =>
      never(
        'seccompProfile_baseline',
        'seccomp was turned off explicitly (Unconfined); whoever did it must say why',
        c.container,
      ),
  },
  hostPathVolumes: {
    class: 'never',
    doc: 'hostPath volumes are reported',
    fix: (c) => hostPathReasons('hostPathVolumes', c),
  },
  restrictedVolumes: {
    class: 'never',
    doc: 'volume types the restricted level refuses are reported',
    fix: (c) => hostPathReasons('restrictedVolumes', c),
  },
  sensitiveHostPath: {
    class: 'never',
    doc: 'sensitive hostPath mounts are reported',
    fix: (c) => hostPathReasons('sensitiveHostPath', c),
  },
  ...Object.fromEntries(
    Object.entries(OTHER_REASONS).map(([id, reason]) => [
      id,
      { class: 'never' as const, doc: 'reported', fix: (c: FixContext) => never(id, reason, c.container) },
    ]),
  ),
};

function hostPathReasons(check: string, c: FixContext): HardeningFix[] {
  const mounts = c.pod.containers.flatMap((x) =>
    (x.volumeMounts ?? []).map((m) => ({ container: x.name, name: m.name, path: m.mountPath })),
  );
  const volumes = (c.pod.spec.volumes ?? []).filter((v) =>
    check === 'restrictedVolumes' ? !ALLOWED_VOLUME_SOURCES.has(volumeSource(v)) : v.hostPath != null,
  );
  const used = volumes.filter((v) => mounts.some((m) => m.name === v.name));
  const where = used
    .flatMap((v) =>
      mounts.filter((m) => m.name === v.name).map((m) => `${v.name} at ${m.path} in ${m.container}`),
    )
    .join(', ');
  return never(
    check,
    used.length > 0
      ? `the app mounts these volumes (${where}); removing or replacing them changes what it reads and writes, so it is the application owner's change`
      : 'the volume is declared but mounted by no container; remove it by hand (a list element is not removed automatically)',
    c.container,
  );
}

/** The fixable readOnlyRootFilesystem (no Pod Security Standards control has it; the restricted profile's advice does). */
export function readOnlyRootFix(
  ref: ObjectRef,
  pod: HardeningPod,
  container: HardeningContainer,
): HardeningFix[] {
  if (container.securityContext?.readOnlyRootFilesystem === true) return [];
  return [
    {
      class: 'check',
      check: 'readOnlyRootFilesystem',
      summary: `readOnlyRootFilesystem: true on ${container.name}`,
      edits: [set(ref, [...containerAt(pod, container), 'securityContext', 'readOnlyRootFilesystem'], true)],
      verify: verifyReadOnlyRoot(pod, container),
    },
  ];
}
