import { type HardeningContainer, type HardeningPod, quotedImage, volumeSource } from './pod.ts';

/** The uid a container runs as when the spec says (its own runAsUser, else the pod's). */
export function runAsUserOf(pod: HardeningPod, container: HardeningContainer): number | undefined {
  return container.securityContext?.runAsUser ?? pod.spec.securityContext?.runAsUser ?? undefined;
}

function inspectHint(container: HardeningContainer): string {
  const image = quotedImage(container.image);
  return image
    ? ` (\`docker inspect --format '{{.Config.User}}' ${image}\`)`
    : " (the image's `USER` instruction)";
}

/** What to confirm before `runAsNonRoot: true` can hold for these containers. */
export function verifyRunAsNonRoot(pod: HardeningPod, containers: readonly HardeningContainer[]): string[] {
  return containers.map((c) => {
    const uid = runAsUserOf(pod, c);
    return uid !== undefined
      ? `\`${c.name}\` runs as uid ${uid} (runAsUser in the spec), which runAsNonRoot accepts: check that it needs no file or port only root can use`
      : `\`${c.name}\`: the spec sets no runAsUser, so the image's own user counts; it must be a numeric, non-zero uid${inspectHint(c)}, or the kubelet refuses to start the container ("container has runAsNonRoot and image will run as root" or "image has non-numeric user")`;
  });
}

/** What to confirm before a container's root filesystem becomes read-only: the paths it can still write. */
export function verifyReadOnlyRoot(pod: HardeningPod, container: HardeningContainer): string[] {
  const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, volumeSource(v)]));
  const writable = (container.volumeMounts ?? [])
    .filter((m) => m.readOnly !== true)
    .map((m) => `\`${m.mountPath}\` (${volumes.get(m.name) ?? 'volume'} \`${m.name}\`)`);
  const lines = [
    writable.length > 0
      ? `\`${container.name}\` can still write only to ${writable.join(', ')}: every other path becomes read-only, so check that the process writes nowhere else (caches, pid and lock files, logs to files, uploads)`
      : `\`${container.name}\` mounts no writable volume: once its root filesystem is read-only it can write nowhere, so check that the process writes no files at all`,
  ];
  const tmp = (container.volumeMounts ?? []).some(
    (m) => m.readOnly !== true && (m.mountPath === '/tmp' || m.mountPath === '/tmp/'),
  );
  if (!tmp)
    lines.push(
      `nothing is mounted at \`/tmp\`: if \`${container.name}\` writes temporary files, add an \`emptyDir: {}\` volume and mount it at \`/tmp\` in this pull request`,
    );
  lines.push(
    'roll it out to a test environment and look for `Read-only file system` (EROFS) errors in its logs',
  );
  return lines;
}

/** What to confirm before a container drops every capability. */
export function verifyDropAll(pod: HardeningPod, container: HardeningContainer): string[] {
  const lines: string[] = [];
  const low = (container.ports ?? [])
    .map((p) => p.containerPort)
    .filter((p): p is number => p != null && p > 0 && p < 1024);
  if (low.length > 0)
    lines.push(
      `\`${container.name}\` listens on port ${low.join(', ')} (below 1024): without NET_BIND_SERVICE it cannot bind unless it already runs as a non-root user allowed to; move it to a port above 1024, or add \`capabilities.add: [NET_BIND_SERVICE]\` yourself`,
    );
  const root =
    runAsUserOf(pod, container) === 0 ||
    (runAsUserOf(pod, container) === undefined &&
      container.securityContext?.runAsNonRoot !== true &&
      pod.spec.securityContext?.runAsNonRoot !== true);
  if (root)
    lines.push(
      `\`${container.name}\` may run as root: without CHOWN, DAC_OVERRIDE and FOWNER root can no longer write files it does not own, and entrypoints that switch user (gosu, su-exec, nginx's master process) need SETUID and SETGID`,
    );
  lines.push(
    `\`${container.name}\` needs no capability at all (no raw sockets for ping, no chown at start-up)`,
  );
  return lines;
}

/** What to confirm before the pod runs under the container runtime's default seccomp profile. */
export function verifySeccomp(): string[] {
  return [
    "the processes make none of the system calls the runtime's default seccomp profile blocks (mount, unshare, ptrace, keyctl, perf_event_open, ...): debuggers, profilers, browsers with their own sandbox and nested containers do",
  ];
}
