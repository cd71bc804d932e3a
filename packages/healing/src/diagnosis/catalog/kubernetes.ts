import type { Pattern } from './types.ts';

const IMAGE_SIGNALS = ['ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff'] as const;
const NODE_SIGNALS = ['NodeNotReady', 'NodePressure', 'Evicted'] as const;

/** The kubelet's pull errors; matched in events and, when an alert or a log carries them, in log lines. */
const IMAGE_NOT_FOUND = [
  /Failed to pull image "(?<image>[^"]+)":.*(?:code = NotFound|: not found\b|manifest unknown)/,
  /manifest for (?<image>\S+) not found/,
];
const IMAGE_UNAUTHORIZED = [
  /Failed to pull image "(?<image>[^"]+)":.*(?:pull access denied|insufficient_scope|authorization failed|\b401 Unauthorized\b|\b403 Forbidden\b|no basic auth credentials)/,
];
const IMAGE_RATE_LIMITED = [
  /Failed to pull image "(?<image>[^"]+)":.*(?:toomanyrequests|You have reached your pull rate limit|429 Too Many Requests)/,
];
const PULL_REASONS = ['ErrImagePull', 'ImagePullBackOff'];

/** What Kubernetes itself reports: image pulls, probes, config objects, OOM kills, nodes, scheduling, evictions, Jobs. */
export const KUBERNETES_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- image pulls
  {
    id: 'image-not-found',
    title: 'Image or tag does not exist',
    category: 'image',
    signals: IMAGE_SIGNALS,
    match: { mode: 'any', events: IMAGE_NOT_FOUND, logs: { any: IMAGE_NOT_FOUND } },
    boost: { reasons: PULL_REASONS },
    diagnosis:
      'Image {image} does not exist in its registry (not found): the tag or repository is wrong, or was never pushed.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Image {image} was not found: fix the tag in the Deployment or push the image. Running pods are unaffected; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Check that CI pushed this exact tag (and architecture) to this registry; fix the tag or roll back the change that set it.',
    rollout: 'mention',
  },
  {
    id: 'image-pull-unauthorized',
    title: 'Image pull not authorized',
    category: 'image',
    signals: IMAGE_SIGNALS,
    match: { mode: 'any', events: IMAGE_UNAUTHORIZED, logs: { any: IMAGE_UNAUTHORIZED } },
    boost: { reasons: PULL_REASONS },
    diagnosis:
      'The node may not pull image {image|(see events)}: the registry refuses its credentials (unauthorized).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Pulling {image|the image} is not authorized: fix imagePullSecrets or the node role ECR permissions.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'For ECR: the node role needs ecr:GetAuthorizationToken/BatchGetImage (and the repository policy must allow the account); elsewhere add imagePullSecrets.',
    rollout: 'mention',
  },
  {
    id: 'image-pull-rate-limited',
    title: 'Registry pull rate limit',
    category: 'image',
    signals: IMAGE_SIGNALS,
    match: { mode: 'any', events: IMAGE_RATE_LIMITED, logs: { any: IMAGE_RATE_LIMITED } },
    boost: { reasons: PULL_REASONS },
    diagnosis:
      'The registry rate-limits pulls of {image|the image} (toomanyrequests): anonymous Docker Hub pulls are limited per IP.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Registry rate limit hit pulling {image|the image}: mirror it (ECR pull-through cache) or authenticate.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Use an ECR pull-through cache or authenticated pulls; the kubelet retries on its own once the window resets.',
    rollout: 'mention',
  },
  {
    id: 'image-invalid-name',
    title: 'Invalid image reference',
    category: 'image',
    signals: IMAGE_SIGNALS,
    match: { reasons: ['InvalidImageName'] },
    captures: [
      /Failed to apply default image tag "(?<image>[^"]+)"/,
      /couldn't parse image (?:reference|name) "(?<image>[^"]+)"/,
    ],
    diagnosis: 'The image reference {image|of the pod} is not a valid image name.',
    actions: [
      {
        kind: 'escalate',
        reason: 'The image reference {image|(see events)} is invalid: fix it in the Deployment.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Image names are lower-case, with an optional registry host, and a tag after ":" or digest after "@".',
    rollout: 'mention',
  },
  {
    id: 'image-pull-backoff',
    title: 'Image cannot be pulled',
    category: 'image',
    signals: IMAGE_SIGNALS,
    match: { reasons: ['ErrImagePull', 'ImagePullBackOff'] },
    captures: [/(?:Failed to pull|Back-off pulling) image "(?<image>[^"]+)"/],
    diagnosis: 'Image {image|(see events)} cannot be pulled; the kubelet backs off between attempts.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Image {image|(see events)} cannot be pulled: check the registry, the name and network access.',
      },
    ],
    fixable: false,
    confidence: 0.55,
    remediationHint:
      'Read the Failed event of the pod for the registry error; check egress to the registry (NAT, VPC endpoints).',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- probes
  {
    id: 'liveness-probe-failed',
    title: 'Liveness probe failing',
    category: 'probe',
    // A refused connection is not a hang: nothing listens yet (liveness-probe-port-closed).
    match: {
      events: [
        /Liveness probe failed: ?(?![^\n]{0,200}?(?:connection refused|ECONNREFUSED))(?<detail>.{0,200})/i,
      ],
    },
    boost: {
      events: [/failed liveness probe, will be restarted/],
      reasons: ['Error', 'Completed'],
      exitCodes: [137, 143],
    },
    diagnosis:
      'Container {container} stops answering its liveness probe ({detail|no detail}): the process is alive but hung (deadlock or stuck event loop).',
    actions: [{ kind: 'rollout-restart' }],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'A rollout restart brings fresh pods; take a thread dump before the next hang to find the deadlock, and check that probe timeouts fit the app.',
  },
  {
    id: 'liveness-probe-port-closed',
    title: 'Liveness probe finds the port closed',
    category: 'probe',
    match: {
      events: [
        /Liveness probe failed: ?(?<detail>[^\n]{0,200}?(?:connect: connection refused|Connection refused|ECONNREFUSED)[^\n]{0,60})/,
      ],
    },
    boost: { events: [/failed liveness probe, will be restarted/], exitCodes: [137, 143] },
    diagnosis:
      'The liveness probe of {container} finds nothing listening ({detail|connection refused}): the process has not opened its port yet (a start-up slower than the probe allows) or listens elsewhere, and every kill restarts the start-up.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} is killed by its liveness probe before it listens: add a startupProbe (or raise initialDelaySeconds) for its real start-up time, or fix the probe port; restarting again only repeats the start-up.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Compare the probe port with the port the process binds, and the time to the first "listening" log line with initialDelaySeconds + failureThreshold × periodSeconds; a startupProbe holds the liveness probe until the app is up.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'liveness-kill-during-recovery',
    title: 'Liveness probe kills a process that is recovering',
    category: 'probe',
    match: {
      events: [/Liveness probe failed|failed liveness probe, will be restarted/],
      logs: {
        // Long work a data store does before it serves, in its own words: a state transfer or sync
        // from a peer, crash recovery and log replay, rebuilding or loading what it serves.
        any: [
          /\b(?:requested state transfer|Waiting for SST\b|Proceeding with SST\b|IST received|[Ii]nitial sync(?: attempt)?\b)/,
          /\b(?:automatic recovery in progress|redo starts at|redo in progress|crash recovery|[Rr]eplaying (?:the )?WAL|WAL replay|[Rr]ecovering (?:unflushed )?(?:segments?|logs?|partitions?))\b/,
          /\b(?:[Rr]ebuilding (?:the )?(?:index|indexes|indices)|[Rr]eindexing|[Ll]oading (?:collections?|segments?|snapshots?|indexes|indices))\b/,
          // A node joining its cluster, streaming its share of the data (Cassandra, ScyllaDB).
          /\b(?:[Ss]tarting to bootstrap|entering JOINING mode|Bootstrap with \S{1,60} for keyspace)\b/,
        ],
      },
    },
    // The same corroboration as a bare liveness failure: the recovery in the log is what sets it apart.
    boost: {
      events: [/failed liveness probe, will be restarted/],
      reasons: ['Error', 'Completed'],
      exitCodes: [137, 143],
    },
    captures: [
      /\b(?<work>[Ss]tarting to bootstrap|requested state transfer|initial sync|crash recovery|automatic recovery|WAL replay|[Rr]eplaying (?:the )?WAL|[Rr]ecovering (?:unflushed )?(?:segments?|logs?|partitions?)|[Rr]ebuilding (?:the )?(?:index|indexes|indices)|[Rr]eindexing|[Ll]oading (?:collections?|segments?|snapshots?|indexes|indices))\b/,
    ],
    diagnosis:
      'The liveness probe of {container} kills it while it is still recovering[[ ({work})]]: the process is working, not hung, and every kill starts that work over.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} is killed by its liveness probe in the middle of its recovery[[ ({work})]]: give it a startupProbe (or a longer failureThreshold) that covers the recovery; a restart throws the progress away and starts it again.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Let it finish: relax the liveness probe for the duration (startupProbe, failureThreshold × periodSeconds above the recovery time) and watch its progress lines; a restart of a replica mid-sync also costs its donor the transfer again.',
    rollout: 'mention',
  },
  {
    id: 'readiness-probe-failed',
    title: 'Readiness probe failing',
    category: 'probe',
    match: { events: [/Readiness probe failed: ?(?<detail>.{0,200})/] },
    diagnosis:
      'Container {container} fails its readiness probe ({detail|no detail}): it receives no traffic.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} is not ready ({detail|readiness probe failing}): check what its readiness endpoint depends on.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Readiness often reflects a dependency (database, cache); check it and the probe path, port and timeout.',
    rollout: 'blame',
  },
  {
    id: 'startup-probe-failed',
    title: 'Startup probe failing',
    category: 'probe',
    match: { events: [/Startup probe failed: ?(?<detail>.{0,200})/] },
    boost: { events: [/failed startup probe, will be restarted/] },
    diagnosis:
      'Container {container} does not finish starting within its startup probe budget ({detail|no detail}).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} starts too slowly for its startup probe: raise failureThreshold × periodSeconds or speed up startup.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Raise startupProbe.failureThreshold × periodSeconds above the real startup time; check CPU limits throttling startup.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- config objects and environment
  {
    id: 'secret-not-found',
    title: 'Referenced Secret does not exist',
    category: 'config',
    match: { events: [/secret "(?<secret>[^"]+)" not found/] },
    boost: { reasons: ['CreateContainerConfigError', 'ContainerCreating'] },
    diagnosis:
      '{workload} cannot start[[ (pod {pod})]]: Secret "{secret}" does not exist in namespace {namespace}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Secret "{secret}" is missing in namespace {namespace}: create it (or fix the reference in {workload}); restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Create the Secret (check External Secrets / Sealed Secrets sync status) or correct its name in the pod spec.',
    rollout: 'mention',
  },
  {
    id: 'configmap-not-found',
    title: 'Referenced ConfigMap does not exist',
    category: 'config',
    match: { events: [/configmap "(?<configmap>[^"]+)" not found/] },
    boost: { reasons: ['CreateContainerConfigError', 'ContainerCreating'] },
    diagnosis:
      '{workload} cannot start[[ (pod {pod})]]: ConfigMap "{configmap}" does not exist in namespace {namespace}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'ConfigMap "{configmap}" is missing in namespace {namespace}: create it or fix the reference in {workload}.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Create the ConfigMap (is it part of the same release?) or correct its name in the pod spec.',
    rollout: 'mention',
  },
  {
    id: 'config-key-not-found',
    title: 'Key missing in Secret or ConfigMap',
    category: 'config',
    match: {
      events: [
        /couldn't find key (?<key>\S+) in (?<objectKind>Secret|ConfigMap) (?<object>[\w.-]+\/[\w.-]+)/,
      ],
    },
    boost: { reasons: ['CreateContainerConfigError'] },
    diagnosis: '{workload} cannot start[[ (pod {pod})]]: {objectKind} {object} has no key {key}.',
    actions: [
      {
        kind: 'escalate',
        reason: '{objectKind} {object} lacks key {key}: add the key or fix the keyRef in {workload}.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Add the key to the object, or mark the reference optional, or fix the key name in the pod spec.',
    rollout: 'mention',
  },
  {
    id: 'missing-env-var',
    title: 'Required configuration missing',
    category: 'config',
    match: {
      logs: {
        any: [
          /Could not resolve placeholder '(?<var>[^']+)' in value/,
          /[Mm]issing required environment variables?:? ['"]?(?<var>[A-Z_][A-Z0-9_]*)/,
          /required key (?<var>[A-Z_][A-Z0-9_]*) missing value/,
          /[Ee]nvironment variable ['"]?(?<var>[A-Z_][A-Z0-9_]*)['"]? (?:is not set|is required|must be set|not found)/,
          /Invalid environment variables/,
          // Config libraries in their own words: SmallRye/Quarkus, MicroProfile, Laravel, Rails.
          /\b[Cc]onfig(?:uration)? property (?<var>[\w.$[\]-]{1,120}) is required but it could not be found\b/,
          /\bNo (?<var>[\w ]{1,40}?key) has been (?:specified|set|configured)\b/,
          /\bMissing encryption key to decrypt\b/,
          /\bMissing [`'"]?(?<var>\w{1,60}(?:key|secret|token)\w{0,20})[`'"]? for '?\w{1,20}'? environment\b/,
        ],
      },
    },
    captures: [/\bENV\[['"](?<var>[A-Z_][A-Z0-9_]{0,80})['"]\]/],
    diagnosis: 'Container {container} refuses to start: required setting {var|(see log)} is not configured.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Setting {var|(see log)} is missing for {workload}: add it to the pod env (or its Secret/ConfigMap).',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Add the variable to the Deployment (env/envFrom) or its ConfigMap/Secret; check the name the app expects.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- memory (kernel OOM killer)
  {
    id: 'oversized-input',
    title: 'An input far larger than the service is built for',
    category: 'memory',
    match: {
      logs: {
        any: [
          // Pillow, sharp and ImageMagick: an image whose pixel count is a decompression bomb's.
          /\b(?<library>DecompressionBomb(?:Warning|Error))\b/,
          /\bcould be decompression bomb DOS attack\b/,
          /\bInput image exceeds pixel limit\b/,
          /\b(?:width or height|image (?:width|height)) exceeds (?:user )?limit\b/,
        ],
      },
    },
    boost: { reasons: ['OOMKilled'], exitCodes: [137] },
    captures: [/\bImage size \((?<size>\d{1,15}) pixels\)/],
    diagnosis:
      '{container} was handed an input far larger than it is built for[[ ({library}, {size} pixels)]]: decoding it takes memory in proportion to its size, and a bigger limit only lets a bigger one through.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} is fed an oversized input (a decompression bomb or an image past its pixel limit): cap the input size where it is accepted and find who sends it; more memory is no fix, and a retried job meets the same input.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Reject inputs past a pixel or size limit before decoding (Image.MAX_IMAGE_PIXELS, limitInputPixels, policy.xml), move the job off the retry queue, and check who uploads such files.',
    rollout: 'mention',
  },
  {
    id: 'oom-killed',
    title: 'Container OOMKilled',
    category: 'memory',
    match: { reasons: ['OOMKilled'] },
    boost: { exitCodes: [137] },
    diagnosis:
      'Container {container} was killed by the kernel OOM killer (OOMKilled, exit {exitCode|137}): it used more memory than its limit.',
    actions: [{ kind: 'raise-memory-limit', percent: 20 }],
    fixable: true,
    confidence: 0.75,
    remediationHint:
      'Raise the memory limit; if usage grows without bound it is a leak, and more memory only buys time.',
  },
  // ---------------------------------------------------------------- nodes
  {
    id: 'node-not-ready',
    title: 'Node NotReady',
    category: 'node',
    signals: NODE_SIGNALS,
    match: { nodeConditions: [{ type: 'Ready', status: ['False', 'Unknown'] }] },
    boost: {
      events: [
        /status is now: NodeNotReady/,
        /Kubelet stopped posting node status/,
        /PLEG is not healthy/,
        /container runtime network not ready/,
      ],
    },
    diagnosis:
      'Node {node} is NotReady: the kubelet stopped reporting or is unhealthy; its pods are not served.',
    // Drain first; a node that stays NotReady after that is replaced through its node group.
    actions: [{ kind: 'cordon-drain-node' }, { kind: 'replace-node' }],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Cordon and drain so the pods run elsewhere; then inspect the instance (EC2 status checks, kubelet and containerd logs) or let the node group replace it.',
  },
  {
    // The node's own disk went read-only (a kernel remount after an ext4 or NVMe error): the kubelet
    // and the container runtime cannot write their state, so no pod starts there however healthy
    // the node's Ready condition still looks. Only the kubelet's and the runtime's own paths and
    // sandbox calls, in events the kubelet writes: a container writing to its own read-only root
    // filesystem is another entry (readOnlyRootFilesystem), and its own words move no node.
    id: 'node-runtime-storage-read-only',
    title: "The node's runtime storage went read-only",
    category: 'node',
    match: {
      eventReasons: ['FailedMount', 'FailedCreatePodSandBox', 'FailedSync', 'FailedKillPod', 'Failed'],
      // As `Reason: message` of the kubelet's own events. A `Failed` event quotes the container's
      // command (`exec: "..."`), which its owner writes: no quote may come before the words there.
      reportedFailures: [
        /^FailedMount: MountVolume\.[A-Za-z]{1,20} failed for volume "[\w.-]{1,253}" : mkdir (?<path>\/var\/lib\/kubelet\/[^\s:"]{1,300}): read-only file system\b/,
        /^(?:Failed|FailedSync|FailedKillPod|FailedCreatePodSandBox): [^"\n]{0,300}\bmkdir (?<path>\/var\/lib\/(?:kubelet|containerd|docker)\/[^\s:"]{1,300}): read-only file system\b/,
        /^FailedCreatePodSandBox: Failed to create pod sandbox: [^"\n]{0,300}\bread-only file system\b/,
        /^(?:Failed|FailedSync|FailedKillPod): [^"\n]{0,300}\bfailed to remove sandbox directory: read-only file system\b/,
      ],
    },
    diagnosis:
      "Node {node|the pod's node}'s own storage went read-only[[ ({path})]]: the kubelet and the container runtime cannot write their state, so pods cannot start or stop there.",
    actions: [{ kind: 'cordon-drain-node' }, { kind: 'replace-node' }],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      'Cordon and drain it and replace the instance; the kernel log (dmesg: EXT4-fs error, Remounting filesystem read-only, NVMe timeouts) says why the disk went read-only.',
  },
  {
    // node-problem-detector's permanent problems: a hung kernel task (often the container runtime)
    // or a filesystem the kernel remounted read-only. The kubelet may keep Ready True through both,
    // while pods there cannot start or stop. Conditions are written by the node's agents, never by a pod.
    id: 'node-problem-condition',
    title: 'The node reports a kernel deadlock or a read-only filesystem',
    category: 'node',
    match: {
      nodeConditions: [
        { type: 'KernelDeadlock', status: ['True'] },
        { type: 'ReadonlyFilesystem', status: ['True'] },
      ],
    },
    diagnosis:
      "Node {node|the pod's node} reports a kernel deadlock or a read-only filesystem (node-problem-detector) while its Ready condition may still look healthy: pods there cannot start or stop cleanly.",
    actions: [{ kind: 'cordon-drain-node' }, { kind: 'replace-node' }],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      "Cordon and drain it and replace the instance; the condition's message and the kernel log (hung task, EXT4-fs error) say what broke.",
  },
  {
    id: 'node-disk-pressure',
    title: 'Node DiskPressure',
    category: 'node',
    signals: NODE_SIGNALS,
    match: { nodeConditions: [{ type: 'DiskPressure', status: ['True'] }] },
    diagnosis:
      'Node {node} has DiskPressure: its disk is nearly full and the kubelet evicts pods and garbage-collects images.',
    actions: [{ kind: 'cordon-drain-node' }],
    fixable: true,
    confidence: 0.7,
    remediationHint:
      'Drain the node and replace it or grow its root volume; find what fills it (container logs, emptyDirs, images).',
  },
  {
    id: 'node-memory-pressure',
    title: 'Node MemoryPressure',
    category: 'node',
    signals: NODE_SIGNALS,
    match: { nodeConditions: [{ type: 'MemoryPressure', status: ['True'] }] },
    diagnosis:
      'Node {node} has MemoryPressure: pods use more memory than they request and the kubelet evicts them.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Node {node} is under memory pressure: set memory requests to real usage; draining would move the pressure.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Set memory requests close to real usage (requests = limits for critical pods) so the scheduler stops overcommitting the node.',
  },
  {
    id: 'node-pid-pressure',
    title: 'Node PIDPressure',
    category: 'node',
    signals: NODE_SIGNALS,
    match: { nodeConditions: [{ type: 'PIDPressure', status: ['True'] }] },
    diagnosis: 'Node {node} has PIDPressure: processes are running out of PIDs (a pod forks without bound).',
    actions: [
      {
        kind: 'escalate',
        reason: 'Node {node} runs out of PIDs: find the pod that forks without bound and set podPidsLimit.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint: 'Find the pod with the most processes; set the kubelet podPidsLimit.',
  },
  // ---------------------------------------------------------------- scheduling and volumes
  {
    id: 'unschedulable-insufficient-resources',
    title: 'No node has room for the pod',
    category: 'scheduling',
    match: { events: [/0\/(?<total>\d+) nodes are available:.*?Insufficient (?<resource>[\w./-]+)/] },
    boost: { eventReasons: ['FailedScheduling'] },
    diagnosis:
      'Pod {pod} cannot be scheduled: none of the {total} nodes has enough free {resource} for its requests.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'No node has room for {workload} (insufficient {resource}): add capacity or lower its requests.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Check the cluster autoscaler/Karpenter (max size, instance types) or lower the requests; check for stuck pods holding capacity.',
    rollout: 'mention',
  },
  {
    id: 'resource-quota-exceeded',
    title: 'Admission refuses new pods (ResourceQuota or LimitRange)',
    category: 'scheduling',
    match: {
      events: [
        /\bexceeded quota: (?<quota>[\w.-]{1,253}), requested: (?<requested>[\w./=,-]{1,200})/,
        /\bfailed quota: (?<quota>[\w.-]{1,253}): must specify (?<requested>[\w.,]{1,200})/,
        /\bforbidden: (?:\[)?maximum (?<requested>cpu|memory|ephemeral-storage) usage per (?:Container|Pod) is (?<limit>[\w.]{1,20})/,
      ],
    },
    boost: { eventReasons: ['FailedCreate'] },
    diagnosis:
      'The controller of {workload} cannot create pods: admission refuses them[[ (quota {quota})]][[: {requested}]][[, limit {limit}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'New pods of {workload} are refused by the namespace quota or LimitRange[[ ({quota})]]: raise the quota, free it, or lower the requests. Scaling up or raising limits asks for more of what is refused.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'kubectl describe resourcequota,limitrange -n <ns> shows used and hard; delete what holds the quota (finished pods, old ReplicaSets scaled up) or raise it with the namespace owner.',
    rollout: 'mention',
  },
  {
    id: 'unschedulable-constraints',
    title: 'Pod constraints match no node',
    category: 'scheduling',
    match: {
      events: [
        /0\/(?<total>\d+) nodes are available:.*?(?<constraint>untolerated taint|that the pod didn't tolerate|didn't match Pod's node affinity\/selector|didn't match pod (?:anti-)?affinity rules|didn't match pod topology spread constraints)/,
      ],
    },
    diagnosis: 'Pod {pod} cannot be scheduled: no node satisfies its constraints ({constraint}).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'No node satisfies the constraints of {workload} ({constraint}): fix tolerations/affinity or add matching nodes.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Compare nodeSelector/affinity/tolerations with the node labels and taints (kubectl get nodes --show-labels).',
    rollout: 'blame',
  },
  {
    id: 'volume-unavailable',
    title: 'Volume cannot be bound, attached or mounted',
    category: 'scheduling',
    match: {
      events: [
        /pod has unbound immediate PersistentVolumeClaims/,
        /Multi-Attach error for volume "(?<volume>[^"]+)"/,
        /had volume node affinity conflict/,
        /Unable to attach or mount volumes: unmounted volumes=\[(?<volume>[^\]]+)\]/,
        /AttachVolume\.Attach failed for volume "(?<volume>[^"]+)"/,
      ],
    },
    diagnosis: 'Pod {pod} is stuck on its volume[[ {volume}]]: it cannot be bound, attached or mounted.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Volume of {workload} cannot be attached or bound: check the PVC, the EBS CSI driver and the volume zone.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'EBS volumes attach to one node in one AZ: a Multi-Attach error means the old pod still holds it; unbound PVCs need a StorageClass that can provision.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- evictions
  {
    id: 'evicted-node-memory',
    title: 'Evicted: node low on memory',
    category: 'eviction',
    match: { events: [/The node was low on resource: memory/] },
    boost: { reasons: ['Evicted'] },
    captures: [/Container (?<offender>[\w-]+) was using (?<usage>\w+), request is (?<request>\w+)/],
    diagnosis:
      'Pod {pod} was evicted because node {node|(unknown)} ran low on memory[[; container {offender} used {usage} against a request of {request}]].',
    actions: [
      {
        kind: 'escalate',
        reason: '{workload} is evicted under node memory pressure: set its memory request to its real usage.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Pods using more than they request are evicted first: raise the memory request (and limit) to real usage.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- Jobs
  {
    id: 'job-backoff-limit',
    title: 'Job reached its backoff limit',
    category: 'job',
    match: {
      mode: 'any',
      reasons: ['BackoffLimitExceeded'],
      events: [/Job has reached the specified backoff limit/],
    },
    diagnosis: 'Job {workload} failed: its pods failed more often than backoffLimit allows.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Job {workload} failed (backoff limit reached): the pod logs show why each attempt failed.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'Read the logs of the failed pods (kubectl logs job/<name>); fix the cause and re-run the Job.',
  },
  {
    id: 'job-deadline-exceeded',
    title: 'Job exceeded its deadline',
    category: 'job',
    match: {
      mode: 'any',
      reasons: ['DeadlineExceeded'],
      events: [/Job was active longer than specified deadline/],
    },
    diagnosis: 'Job {workload} was stopped: it ran longer than activeDeadlineSeconds.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Job {workload} ran past its deadline: raise activeDeadlineSeconds or make it faster.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Check why it was slow (data volume, throttled CPU, a hung dependency) before raising the deadline.',
  },
];
