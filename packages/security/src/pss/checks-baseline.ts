import { inUserNamespace, type Offence, type PssCheck, perContainer, quoted } from './check.ts';
import { APPARMOR_ANNOTATION_PREFIX, type PodView, type ProbeHandler } from './pod-spec-schema.ts';

export const privileged: PssCheck<'privileged'> = {
  id: 'privileged',
  level: 'baseline',
  fix: 'remove securityContext.privileged or set it to false',
  evaluate: (pod) =>
    perContainer(pod, (c) =>
      c.securityContext?.privileged === true
        ? 'runs privileged (securityContext.privileged=true)'
        : undefined,
    ),
};

export const hostNamespaces: PssCheck<'hostNamespaces'> = {
  id: 'hostNamespaces',
  level: 'baseline',
  fix: 'remove hostNetwork, hostPID and hostIPC from the pod spec',
  evaluate: ({ spec }) => {
    const shared = [
      spec.hostNetwork === true ? 'hostNetwork' : undefined,
      spec.hostPID === true ? 'hostPID' : undefined,
      spec.hostIPC === true ? 'hostIPC' : undefined,
    ].filter((x) => x !== undefined);
    return shared.length > 0 ? [{ message: `shares the host's namespaces (${shared.join(', ')}=true)` }] : [];
  },
};

export const hostPathVolumes: PssCheck<'hostPathVolumes'> = {
  id: 'hostPathVolumes',
  level: 'baseline',
  fix: 'replace hostPath volumes with emptyDir, a PersistentVolumeClaim or a CSI volume',
  evaluate: ({ spec }) => {
    const names = (spec.volumes ?? []).filter(
      (v) => v.hostPath !== undefined || v.sources.includes('hostPath'),
    );
    return names.length > 0
      ? [{ message: `mounts hostPath volumes ${quoted(names.map((v) => v.name))}` }]
      : [];
  },
};

export const hostPorts: PssCheck<'hostPorts'> = {
  id: 'hostPorts',
  level: 'baseline',
  fix: 'remove hostPort from the container ports (use a Service instead)',
  evaluate: (pod) =>
    perContainer(pod, (c) => {
      const ports = (c.ports ?? []).map((p) => p.hostPort ?? 0).filter((p) => p !== 0);
      return ports.length > 0 ? `uses hostPort ${ports.join(', ')}` : undefined;
    }),
};

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export const capabilitiesBaseline: PssCheck<'capabilities_baseline'> = {
  id: 'capabilities_baseline',
  level: 'baseline',
  fix: 'add no capabilities beyond the default set (no NET_RAW, SYS_ADMIN, ...)',
  evaluate: (pod) =>
    perContainer(pod, (c) => {
      const added = (c.securityContext?.capabilities?.add ?? []).filter(
        (cap) => !BASELINE_CAPABILITIES.has(cap),
      );
      return added.length > 0 ? `adds capabilities beyond the default set: ${quoted(added)}` : undefined;
    }),
};

function allowedAppArmorType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

function allowedAppArmorAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

export const appArmorProfile: PssCheck<'appArmorProfile'> = {
  id: 'appArmorProfile',
  level: 'baseline',
  fix: 'use the RuntimeDefault or a Localhost AppArmor profile (never Unconfined)',
  evaluate: (pod) => {
    const offences: Offence[] = [];
    const podProfile = pod.spec.securityContext?.appArmorProfile;
    if (podProfile && !allowedAppArmorType(podProfile.type)) {
      offences.push({ message: `sets the AppArmor profile type ${quoted([podProfile.type])}` });
    }
    offences.push(
      ...perContainer(pod, (c) => {
        const profile = c.securityContext?.appArmorProfile;
        return profile && !allowedAppArmorType(profile.type)
          ? `sets the AppArmor profile type ${quoted([profile.type])}`
          : undefined;
      }),
    );
    for (const [key, value] of Object.entries(pod.annotations)) {
      if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotation(value)) {
        const container = key.slice(APPARMOR_ANNOTATION_PREFIX.length);
        offences.push({
          container,
          message: `the annotation ${key} sets the AppArmor profile ${quoted([value])}`,
        });
      }
    }
    return offences;
  },
};

const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);

function seLinuxProblems(options: {
  type?: string | null;
  user?: string | null;
  role?: string | null;
}): string[] {
  const problems: string[] = [];
  if (!SELINUX_TYPES.has(options.type ?? '')) problems.push(`type ${quoted([options.type ?? ''])}`);
  if (options.user) problems.push('a user');
  if (options.role) problems.push('a role');
  return problems;
}

export const seLinuxOptions: PssCheck<'seLinuxOptions'> = {
  id: 'seLinuxOptions',
  level: 'baseline',
  fix: 'leave seLinuxOptions unset, or set only level or an allowed container type',
  evaluate: (pod) => {
    const offences: Offence[] = [];
    const podOptions = pod.spec.securityContext?.seLinuxOptions;
    const podProblems = podOptions ? seLinuxProblems(podOptions) : [];
    if (podProblems.length > 0) offences.push({ message: `sets SELinux ${podProblems.join(', ')}` });
    offences.push(
      ...perContainer(pod, (c) => {
        const options = c.securityContext?.seLinuxOptions;
        const problems = options ? seLinuxProblems(options) : [];
        return problems.length > 0 ? `sets SELinux ${problems.join(', ')}` : undefined;
      }),
    );
    return offences;
  },
};

/** Offences of containers that set a /proc mount other than Default. */
export function unmaskedProcMounts(pod: PodView): Offence[] {
  return perContainer(pod, (c) => {
    const procMount = c.securityContext?.procMount;
    return procMount != null && procMount !== 'Default' ? `sets procMount ${quoted([procMount])}` : undefined;
  });
}

export const procMount: PssCheck<'procMount'> = {
  id: 'procMount',
  level: 'baseline',
  fix: 'remove securityContext.procMount (or set Default), or run the pod in a user namespace (hostUsers: false)',
  evaluate: (pod) => (inUserNamespace(pod) ? [] : unmaskedProcMounts(pod)),
};

function validSeccompType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** Offences of the pod and containers that set a seccomp profile type other than RuntimeDefault/Localhost. */
export function explicitlyBadSeccomp(pod: PodView): Offence[] {
  const offences: Offence[] = [];
  const podProfile = pod.spec.securityContext?.seccompProfile;
  if (podProfile && !validSeccompType(podProfile.type)) {
    offences.push({ message: `sets the seccomp profile type ${quoted([podProfile.type])}` });
  }
  offences.push(
    ...perContainer(pod, (c) => {
      const profile = c.securityContext?.seccompProfile;
      return profile && !validSeccompType(profile.type)
        ? `sets the seccomp profile type ${quoted([profile.type])}`
        : undefined;
    }),
  );
  return offences;
}

/** Whether the pod sets a valid seccomp profile that its containers inherit. */
export function podSeccompIsValid(pod: PodView): boolean {
  const type = pod.spec.securityContext?.seccompProfile?.type;
  return type !== undefined && validSeccompType(type);
}

export const seccompProfileBaseline: PssCheck<'seccompProfile_baseline'> = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  fix: 'set seccompProfile.type to RuntimeDefault or Localhost (never Unconfined)',
  evaluate: explicitlyBadSeccomp,
};

/** The safe sysctl set of policy v1.32 to v1.36. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

export const sysctls: PssCheck<'sysctls'> = {
  id: 'sysctls',
  level: 'baseline',
  fix: 'set only sysctls of the safe, namespaced set',
  evaluate: ({ spec }) => {
    const unsafe = (spec.securityContext?.sysctls ?? [])
      .map((s) => s.name)
      .filter((n) => !SAFE_SYSCTLS.has(n));
    return unsafe.length > 0 ? [{ message: `sets unsafe sysctls ${quoted(unsafe)}` }] : [];
  },
};

export const windowsHostProcess: PssCheck<'windowsHostProcess'> = {
  id: 'windowsHostProcess',
  level: 'baseline',
  fix: 'remove windowsOptions.hostProcess (or set it to false)',
  evaluate: (pod) => {
    const offences: Offence[] = [];
    if (pod.spec.securityContext?.windowsOptions?.hostProcess === true) {
      offences.push({ message: 'runs as a Windows HostProcess pod' });
    }
    offences.push(
      ...perContainer(pod, (c) =>
        c.securityContext?.windowsOptions?.hostProcess === true
          ? 'runs as a Windows HostProcess container'
          : undefined,
      ),
    );
    return offences;
  },
};

function hostsOf(handler: ProbeHandler | null | undefined): string[] {
  if (!handler) return [];
  return [handler.httpGet?.host, handler.tcpSocket?.host].filter((h): h is string => !!h);
}

export const hostProbesAndHostLifecycle: PssCheck<'hostProbesAndHostLifecycle'> = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  fix: 'remove host from httpGet/tcpSocket probes and lifecycle handlers (they must target the pod itself)',
  evaluate: (pod) =>
    perContainer(pod, (c) => {
      const hosts = [
        ...hostsOf(c.livenessProbe),
        ...hostsOf(c.readinessProbe),
        ...hostsOf(c.startupProbe),
        ...hostsOf(c.lifecycle?.postStart),
        ...hostsOf(c.lifecycle?.preStop),
      ];
      return hosts.length > 0
        ? `probes or lifecycle handlers target other hosts: ${quoted(hosts)}`
        : undefined;
    }),
};
