import { inUserNamespace, isWindowsPod, type Offence, type PssCheck, perContainer, quoted } from './check.ts';
import { explicitlyBadSeccomp, podSeccompIsValid, unmaskedProcMounts } from './checks-baseline.ts';

/** Inline volume sources the restricted level allows; every other source (hostPath, nfs, ...) is refused. */
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

export const restrictedVolumes: PssCheck<'restrictedVolumes'> = {
  id: 'restrictedVolumes',
  level: 'restricted',
  overrides: ['hostPathVolumes'],
  fix: 'use only configMap, secret, projected, downwardAPI, emptyDir, ephemeral, image, csi or persistentVolumeClaim volumes',
  evaluate: ({ spec }) =>
    (spec.volumes ?? [])
      .filter((v) => !v.sources.some((source) => ALLOWED_VOLUME_SOURCES.has(source)))
      .map((v) => ({
        message: `volume ${quoted([v.name])} uses ${quoted(v.sources.length ? v.sources : ['no source'])}`,
      })),
};

export const allowPrivilegeEscalation: PssCheck<'allowPrivilegeEscalation'> = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  fix: 'set securityContext.allowPrivilegeEscalation: false',
  evaluate: (pod) =>
    isWindowsPod(pod)
      ? []
      : perContainer(pod, (c) =>
          c.securityContext?.allowPrivilegeEscalation === false
            ? undefined
            : 'does not set securityContext.allowPrivilegeEscalation=false',
        ),
};

export const capabilitiesRestricted: PssCheck<'capabilities_restricted'> = {
  id: 'capabilities_restricted',
  level: 'restricted',
  overrides: ['capabilities_baseline'],
  fix: 'set securityContext.capabilities.drop: ["ALL"] and add at most NET_BIND_SERVICE',
  evaluate: (pod) =>
    isWindowsPod(pod)
      ? []
      : perContainer(pod, (c) => {
          const capabilities = c.securityContext?.capabilities;
          const problems: string[] = [];
          if (!(capabilities?.drop ?? []).includes('ALL')) problems.push('does not drop ALL capabilities');
          const added = (capabilities?.add ?? []).filter((cap) => cap !== 'NET_BIND_SERVICE');
          if (added.length > 0) problems.push(`adds ${quoted(added)}`);
          return problems.length > 0 ? problems.join(' and ') : undefined;
        }),
};

export const runAsNonRoot: PssCheck<'runAsNonRoot'> = {
  id: 'runAsNonRoot',
  level: 'restricted',
  fix: 'set securityContext.runAsNonRoot: true on the pod (or on every container)',
  evaluate: (pod) => {
    if (inUserNamespace(pod)) return [];
    const podValue = pod.spec.securityContext?.runAsNonRoot;
    const offences: Offence[] = podValue === false ? [{ message: 'sets runAsNonRoot=false' }] : [];
    offences.push(
      ...perContainer(pod, (c) => {
        const value = c.securityContext?.runAsNonRoot;
        if (value === false) return 'sets runAsNonRoot=false';
        if (value == null && podValue !== true)
          return 'may run as root (runAsNonRoot is not true on it or the pod)';
        return undefined;
      }),
    );
    return offences;
  },
};

export const runAsUser: PssCheck<'runAsUser'> = {
  id: 'runAsUser',
  level: 'restricted',
  fix: 'set runAsUser to a non-zero uid (or leave it unset with runAsNonRoot: true)',
  evaluate: (pod) => {
    if (inUserNamespace(pod)) return [];
    const offences: Offence[] =
      pod.spec.securityContext?.runAsUser === 0 ? [{ message: 'sets runAsUser=0' }] : [];
    offences.push(
      ...perContainer(pod, (c) => (c.securityContext?.runAsUser === 0 ? 'sets runAsUser=0' : undefined)),
    );
    return offences;
  },
};

export const seccompProfileRestricted: PssCheck<'seccompProfile_restricted'> = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  overrides: ['seccompProfile_baseline'],
  fix: 'set securityContext.seccompProfile.type: RuntimeDefault on the pod (or Localhost with a profile)',
  evaluate: (pod) => {
    if (isWindowsPod(pod)) return [];
    const explicit = explicitlyBadSeccomp(pod);
    const podValid = podSeccompIsValid(pod);
    const implicit = perContainer(pod, (c) =>
      c.securityContext?.seccompProfile == null && !podValid
        ? 'sets no seccomp profile (RuntimeDefault or Localhost) on it or the pod'
        : undefined,
    );
    return [...explicit, ...implicit];
  },
};

export const procMountRestricted: PssCheck<'procMount_restricted'> = {
  id: 'procMount_restricted',
  level: 'restricted',
  overrides: ['procMount'],
  fix: 'remove securityContext.procMount (or set Default)',
  evaluate: unmaskedProcMounts,
};
