import type { Finding, Severity } from '../finding.ts';
import { allContainers } from '../pss/pod-spec-schema.ts';
import type { Detector } from './detector.ts';

/** Host paths that hand a pod the node: the container runtime, the root filesystem, credentials. */
const CRITICAL_PATHS = [
  '/',
  '/var/run',
  '/run',
  '/var/run/docker.sock',
  '/run/containerd',
  '/var/run/containerd',
  '/run/crio',
  '/var/run/crio',
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/etc/kubernetes',
  '/root',
];
/** Host paths that expose the node's configuration or kernel. */
const HIGH_PATHS = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/home',
  '/var/log',
  '/var/lib',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
];

/** `/var//run/` → `/var/run`; `.` and `..` segments resolved. */
export function normaliseHostPath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root === '/' ? '/' : `${root}/`);
}

/** How sensitive a host path is, or undefined when it is not on the list. */
export function hostPathSeverity(rawPath: string): Severity | undefined {
  const path = normaliseHostPath(rawPath);
  if (path.endsWith('.sock')) return 'critical';
  // A parent of a critical path exposes it too (mounting /var exposes /var/run).
  if (
    CRITICAL_PATHS.some((p) => path === p || (p !== '/' && within(p, path)) || (p !== '/' && within(path, p)))
  ) {
    return 'critical';
  }
  if (HIGH_PATHS.some((p) => within(path, p))) return 'high';
  return undefined;
}

/** hostPath volumes onto the container runtime's socket, the root filesystem, /etc, /proc and the like. */
export const detectSensitiveHostPaths: Detector = (inventory) => {
  const findings: Finding[] = [];
  for (const workload of inventory.workloads) {
    for (const volume of workload.pod.spec.volumes ?? []) {
      if (volume.hostPath === undefined) continue;
      const severity = hostPathSeverity(volume.hostPath);
      if (severity === undefined) continue;
      const mounters = allContainers(workload.pod.spec).filter((c) =>
        (c.volumeMounts ?? []).some((m) => m.name === volume.name),
      );
      const path = JSON.stringify(normaliseHostPath(volume.hostPath));
      const base = {
        id: 'sensitiveHostPath',
        severity,
        namespace: workload.namespace,
        kind: workload.kind,
        name: workload.name,
      };
      const fix =
        'mount only what the process needs (a narrower path, read-only), or move the agent to a dedicated, exempted namespace';
      if (mounters.length === 0) {
        findings.push({
          ...base,
          message: `volume ${JSON.stringify(volume.name)} is the host's ${path}`,
          fix,
        });
      }
      for (const container of mounters) {
        const mount = container.volumeMounts?.find((m) => m.name === volume.name);
        findings.push({
          ...base,
          container: container.name,
          message: `mounts the host's ${path} (volume ${JSON.stringify(volume.name)}) at ${JSON.stringify(mount?.mountPath ?? '')}`,
          fix,
        });
      }
    }
  }
  return findings;
};
