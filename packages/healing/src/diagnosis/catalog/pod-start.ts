import type { Pattern } from './types.ts';

const START_REASONS = ['RunContainerError', 'CreateContainerError', 'StartError', 'ContainerCannotRun'];

/**
 * Pods that never get a running container: the runtime refuses to create or start it, a volume
 * cannot be mounted (the pod stays in ContainerCreating), an init container never finishes.
 */
export const POD_START_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- the runtime refuses the container
  {
    id: 'container-exec-permission-denied',
    title: 'Container entrypoint not executable',
    category: 'image',
    match: {
      events: [
        /exec: "(?<command>[^"]{1,200})": permission denied/,
        /exec (?<command>\/\S{1,200}): permission denied/,
      ],
    },
    boost: { reasons: START_REASONS, exitCodes: [126, 128] },
    diagnosis:
      'Container {container} cannot start: its command {command} is not executable in image {image} (permission denied).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The entrypoint {command} of {container} is not executable (exec permission denied): fix the file mode in the image (chmod +x) or the runAsUser; roll back if a new image brought it.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'chmod +x the script in the Dockerfile (COPY --chmod=755), check the shebang, and that a non-root runAsUser can read it; a noexec mount over the path does the same.',
    rollout: 'blame',
  },
  {
    id: 'container-mount-into-rootfs-failed',
    title: 'Volume cannot be mounted into the container',
    category: 'config',
    match: {
      events: [
        /error mounting "(?<source>[^"]{1,300})" to rootfs at "(?<target>[^"]{1,200})"[^\n]{0,400}?: (?<detail>not a directory|no such file or directory|permission denied|read-only file system)/,
      ],
    },
    boost: { reasons: START_REASONS },
    diagnosis:
      'Container {container} cannot start: mounting a volume at {target} fails ({detail}); a subPath or mountPath that clashes with the image (a file mounted over a directory or the reverse).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The volume mount at {target} of {container} fails ({detail}): fix the mountPath/subPath (or the ConfigMap key it names); restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'With subPath the key must exist and the types must agree (file over file); a missing key makes the kubelet create a directory in its place.',
    rollout: 'blame',
  },
  {
    id: 'container-name-reserved',
    title: 'Container runtime stuck creating the container',
    category: 'node',
    match: {
      events: [/failed to reserve container name "[^"]{1,300}": name "[^"]{1,300}" is reserved for/],
    },
    boost: { reasons: ['CreateContainerError'] },
    diagnosis:
      'The container runtime on {node|the node} is stuck creating {container}: an earlier create timed out and still holds the name (often a slow disk or an overloaded containerd).',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          'The runtime on {node|the node} cannot create {container} (name reserved by a stuck create): check the node disk I/O and containerd.',
      },
    ],
    fixable: true,
    confidence: 0.75,
    remediationHint:
      'A fresh pod usually starts (elsewhere); if it repeats on one node, its disk is throttled (EBS burst balance) or containerd is overloaded.',
    rollout: 'mention',
  },
  {
    id: 'create-container-error',
    title: 'Container cannot be created',
    category: 'config',
    generic: true,
    match: { reasons: ['CreateContainerError'] },
    captures: [/^(?:Error: )?(?<detail>[^\n]{1,200})/],
    diagnosis: 'The runtime cannot create container {container}[[: {detail}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Container {container} of {workload} cannot be created[[ ({detail})]]: check the container spec (command, volume mounts, securityContext) against the image.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'kubectl describe pod shows the runtime error; a missing command (no ENTRYPOINT), a bad mount or an unknown user are the usual causes.',
    rollout: 'blame',
  },
  {
    id: 'run-container-error',
    title: 'Container cannot be started',
    category: 'config',
    generic: true,
    match: { reasons: ['RunContainerError', 'StartError', 'ContainerCannotRun'] },
    captures: [/(?:runc create failed|OCI runtime create failed): (?<detail>[^\n]{1,200})/],
    diagnosis: 'The runtime cannot start container {container}[[: {detail}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Container {container} of {workload} fails to start in the runtime[[ ({detail})]]: check the command, mounts and securityContext against the image.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'kubectl describe pod shows the OCI runtime error: a missing or non-executable entrypoint, a mount over a file, or a user the image does not have.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- volumes that keep a pod in ContainerCreating
  {
    id: 'volume-mount-failed',
    title: 'Volume mount fails',
    category: 'disk',
    match: {
      events: [
        /MountVolume\.(?:SetUp|MountDevice) failed for volume "(?<volume>[^"]{1,200})" : (?<detail>[^\n]{1,200})/,
        /\bmount(?:\.nfs4?| failed| error)?: (?<detail>(?:Connection timed out|access denied by server|No such file or directory|wrong fs type[^\n]{0,80}))/,
      ],
    },
    boost: { reasons: ['ContainerCreating'], eventReasons: ['FailedMount'] },
    diagnosis:
      'Pod {pod} stays in ContainerCreating: volume {volume|(see events)} cannot be mounted[[ ({detail})]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Volume {volume|(see events)} of {workload} cannot be mounted[[ ({detail})]]: check the storage backend (NFS/EFS server, security group, CSI driver) and the volume spec.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'For NFS/EFS: the mount target and its security group must allow port 2049 from the node; for CSI: the driver pods on the node; the kubelet log names the failing call.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- init containers
  {
    id: 'init-container-waiting',
    title: 'Init container waits forever for a dependency',
    category: 'dependency',
    signals: ['InitContainerStuck'],
    match: {
      logs: {
        any: [
          /^(?:\S+ )?[Ww]aiting for (?<dependency>[\w.-]{1,120})\b/,
          /\bbad address '(?<host>[\w.-]{1,200})'/,
          /\bConnection to (?<host>[\w.-]{1,200}) \d{1,5} port [^\n]{0,40}failed/,
          /\bcan't resolve '(?<host>[\w.-]{1,200})'/,
          /\bserver can't find (?<host>[\w.-]{1,200})/,
        ],
      },
    },
    diagnosis:
      'The init container {container} of {workload} never finishes: it waits for[[ {dependency}]][[ {host}]] and that dependency is not reachable, so the app containers never start.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Init container {container} of {workload} is stuck waiting for[[ {dependency}]][[ {host}]]: bring that dependency up or fix its name; the pod starts on its own once it answers.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check that the Service the init container polls exists in the namespace it names and has ready endpoints; add a timeout to wait loops so the pod fails visibly.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'init-container-stuck',
    title: 'Init container never finishes',
    category: 'dependency',
    generic: true,
    signals: ['InitContainerStuck'],
    match: { reasons: ['PodInitializing'] },
    diagnosis:
      'The init container {container} of {workload} has not finished, so the app containers never start; its log shows nothing the catalog recognises.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Init container {container} of {workload} runs without finishing: read its log (kubectl logs {pod} -c {container}) for what it waits on.',
      },
    ],
    fixable: false,
    confidence: 0.5,
    remediationHint:
      'Init containers run in order and must exit 0; a wait loop without a timeout, a migration holding a lock, or a download that hangs keeps the pod Pending.',
    rollout: 'blame-if-config-changed',
  },
];
