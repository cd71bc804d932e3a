import type { Pattern } from './types.ts';

/** Disk, file descriptors, file permissions and AWS IAM (including IRSA). */
export const PLATFORM_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- disk
  {
    id: 'disk-full',
    title: 'No space left on device',
    category: 'disk',
    match: {
      logs: {
        any: [
          /no space left on device/i,
          /\bENOSPC\b/,
          /\[Errno 28\]/,
          // A broker or store that guards its own volume, in its own words (Artemis, RabbitMQ, ...).
          /\bDisk Full!? (?:Blocking|Rejecting|Dropping)\b/i,
          /\bdisk (?:resource limit )?alarm (?:set|raised)\b/i,
          /\bbeyond the configured <?max-disk-usage>?/,
          /\bfree (?:disk|storage) space (?:is )?(?:at|below|under)\b[^\n]{0,80}\b(?:block|refus|reject|read.only)/i,
        ],
      },
    },
    captures: [
      /(?:ENOSPC: no space left on device, \w+ '|write |open |could not extend file ")(?<path>\/[^'":\s]+)/,
    ],
    diagnosis:
      'Container {container} cannot write[[ to {path}]]: the volume or filesystem is full (No space left on device).',
    actions: [
      { kind: 'escalate', reason: 'A volume of {workload} is full (ENOSPC): grow the PVC or free space.' },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Find the full mount (kubectl exec … df -h): grow the PVC (allowVolumeExpansion), clean up old data, or give emptyDir a sizeLimit and rotate files.',
    rollout: 'mention',
  },
  {
    id: 'ephemeral-storage-eviction',
    title: 'Evicted for ephemeral storage',
    category: 'eviction',
    match: {
      mode: 'any',
      events: [
        /The node was low on resource: ephemeral-storage/,
        /ephemeral local storage usage exceeds the total limit of containers (?<limit>\S+)/,
        /Container (?<offender>[\w-]+) exceeded its local ephemeral storage limit "(?<limit>[^"]+)"/,
      ],
    },
    boost: { reasons: ['Evicted'] },
    diagnosis:
      'Pod {pod} was evicted for ephemeral storage: its containers wrote too much to local disk (logs, /tmp, emptyDir)[[ over the {limit} limit]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} fills local disk and gets evicted: set ephemeral-storage requests/limits and stop the writes.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Find what writes to the container filesystem; move it to a volume, log to stdout, and set ephemeral-storage limits.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- file descriptors
  {
    id: 'too-many-open-files',
    title: 'Too many open files',
    category: 'limits',
    match: { logs: { any: [/too many open files/i, /\bEMFILE\b/, /\[Errno 24\]/] } },
    diagnosis:
      'Container {container} ran out of file descriptors (Too many open files): descriptors leak or the limit is too low.',
    // The pod that ran out is restarted; its siblings leak at their own pace and are not touched.
    actions: [{ kind: 'restart-pod' }],
    fixable: true,
    confidence: 0.65,
    remediationHint:
      'A restart releases leaked descriptors for a while; find the leak (ls /proc/1/fd | wc -l, unclosed sockets/files) or raise the nofile limit of the runtime.',
  },
  {
    id: 'too-many-open-files-at-start',
    title: 'Too many open files before the process is up',
    category: 'limits',
    signals: ['CrashLoopBackOff'],
    match: {
      logs: {
        any: [
          /too many open files/i,
          /\bEMFILE\b/,
          /\[Errno 24\]/,
          /\binotify (?:instances|watch(?:es)?)\b[^\n]{0,60}\b(?:limit|reached|exhausted)/i,
        ],
      },
      reasons: ['CrashLoopBackOff'],
    },
    captures: [/(?<inotify>\binotify\b|\bfile target manager\b|\bfsnotify\b|\bwatcher\b)/i],
    diagnosis:
      'Container {container} runs out of file descriptors while it starts (Too many open files)[[, in its file watcher ({inotify})]]: what it opens at start-up does not fit the limit, so every restart fails the same way.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} cannot start: too many open files at start-up. The nofile limit (or, for file watchers, the node’s fs.inotify.max_user_instances / max_user_watches) is too low for it; restarts reproduce it.',
      },
    ],
    fixable: false,
    confidence: 0.72,
    remediationHint:
      'Compare what it opens at start (files it tails or watches, connections it pools) with ulimit -n in the container and, for inotify, sysctl fs.inotify.max_user_instances and max_user_watches on the node.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'stale-file-handle',
    title: 'Stale file handle on a network volume',
    category: 'disk',
    match: {
      logs: { any: [/\b[Ss]tale (?:NFS )?file handle\b/, /\bESTALE\b/, /\[Errno 116\]/] },
    },
    captures: [/\b[Ss]tale (?:NFS )?file handle:? '?(?<path>\/[^'"\s]{1,200})/],
    diagnosis:
      'Container {container} holds a stale handle on a network volume[[ ({path})]]: the server restarted or moved the export, and the mount of this pod no longer resolves.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          'The network volume of {workload} returns stale file handles: a new pod mounts it afresh; if it recurs, check the NFS/EFS server (restarts, fsid changes).',
      },
    ],
    fixable: true,
    confidence: 0.75,
    remediationHint:
      'A new pod mounts the export again; if handles go stale after every server restart, give the export a fixed fsid (or avoid device-based fsids) and check the provisioner.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- worker pools
  {
    id: 'thread-wedged',
    title: 'A Vert.x thread is wedged: blocked for minutes',
    category: 'runtime',
    signals: ['ProbeFailure'],
    match: {
      logs: {
        any: [
          // Vert.x's blocked-thread checker on an event loop, past 100 s: held by a lock or a call that
          // never returns, not by load (a worker thread may run long blocking work by design).
          // JDK 21 prints the thread id first: `Thread[#23,vert.x-eventloop-thread-1,5,main]`.
          /\bThread Thread\[(?:#\d{1,10},)?(?<thread>vert\.x-eventloop-thread-\d{1,4}),[^\]\n]{0,80}\][^\n]{0,120}? has been blocked for (?<ms>\d{6,12}) ms\b/,
        ],
      },
    },
    diagnosis:
      'A thread of {container} is wedged[[ ({thread} blocked {ms} ms)]]: it waits on a lock or a call that never returns, and the requests it owns hang while the rest of the process keeps answering.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          '{workload} had a thread wedged on a lock or a call without a timeout: a new pod clears it; the thread dump in the log shows what it waited on, and it will wedge again until that is fixed.',
      },
    ],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Read the stack under the blocked-thread warning (or the deadlock report): the lock or the call without a timeout it waits on is the bug; keep blocking calls off event-loop threads.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'thread-pool-starved',
    title: 'Request threads blocked: thread-pool or event-loop starvation',
    category: 'limits',
    match: {
      logs: {
        any: [
          // Kestrel's heartbeat, late because no thread-pool thread is free to run it.
          /\bThis could be caused by thread pool starvation\b/,
          // Vert.x (and Quarkus on it): an event loop or worker thread held by blocking code.
          /\bThread Thread\[(?<thread>vert\.x-[\w-]{1,60}),[^\]\n]{0,80}\][^\n]{0,120}? has been blocked for (?<ms>\d{1,12}) ms\b/,
        ],
      },
    },
    diagnosis:
      'The request threads of {container} are all held by blocking work[[ ({thread} blocked {ms} ms)]]: health checks and requests wait behind it, whatever the load.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} starves its own thread pool or event loop (blocking calls on request threads, sync over async): find the blocking call in a thread dump; restarting every pod only resets the queue, and more replicas starve the same way.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Take a thread dump (dotnet-stack, jstack) while it is slow: look for threads blocked in .Result/.Wait(), synchronous I/O or locks on the request path, and move that work off it.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'worker-pool-saturated',
    title: 'Every worker is busy: requests or messages queue up',
    category: 'limits',
    match: {
      logs: {
        any: [
          /\bserver reached (?:pm\.)?max_children setting(?: \((?<workers>\d{1,6})\))?/,
          // Apache httpd's MPMs (prefork, worker, event).
          /\bserver reached (?:MaxRequestWorkers|MaxClients) setting\b/,
          /\bAll threads \((?<workers>\d{1,6})\) are currently busy\b/,
          // Tomcat's connector and Jetty's pool at their maximum.
          /\bMaximum number of threads \((?<workers>\d{1,6})\) created for connector\b/,
          /\bInsufficient configured threads\b/,
          /\b[Tt]hread pool (?:is )?EXHAUSTED\b/,
          /\blisten queue of socket "?[^\n"]{1,80}"? \(fd: \d{1,6}\) full\b/,
          // uvicorn's --limit-concurrency, answered with 503.
          /\bExceeded concurrency limit\./,
          // Phusion Passenger's request queue, answered with 503.
          /\bReturning HTTP 503 due to: Request queue full \(configured max\. size: (?<workers>\d{1,6})\)/,
          /\ball[ _]workers[ _](?:are[ _])?busy\b/i,
          /\b(?:backlog|queue|lag) (?:is )?(?:growing|increasing)\b/i,
        ],
      },
      // Or an alert on the queue itself: its latency, lag or depth over a threshold.
      events: [
        /\b[A-Z]\w{0,40}(?:Queue|Backlog|Consumer(?:Group)?|Job)(?:Latency|Lag|Depth|Size|Backlog|Age|Messages\w{0,10})(?:High|Too\w{0,10}|Growing|Critical|Warning)?\b/,
        /\b(?:queue|backlog|consumer(?: group)?)\b[^\n]{0,60}?\b(?:latency|lag|depth|age)\b[^\n]{0,40}?\(threshold\b/i,
      ],
      mode: 'any',
    },
    diagnosis:
      '{workload} cannot keep up: every worker[[ ({workers})]] is busy and requests or messages queue up.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Every worker of {workload} is busy and work queues up: add replicas (or workers per replica) if the load is real and its dependencies are healthy; find the slow calls first if they are not.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Check whether the load grew (scale out, raise pm.max_children / maxThreads within memory) or each request got slower (a slow dependency: more workers only add load to it).',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- permissions
  {
    id: 'aws-access-denied',
    title: 'AWS IAM access denied',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /(?<principal>arn:aws:(?:sts|iam)::\d{12}:[\w+=,.@/-]+) is not authorized to perform: (?<action>[\w-]+:[\w*-]+)(?: on resource: (?<resource>\S+))?/,
          /An error occurred \(AccessDenied(?:Exception)?\) when calling the (?<operation>\w+) operation/,
          /\bapi error (?:AccessDenied(?:Exception)?|AllAccessDisabled|AccountProblem|UnauthorizedOperation): (?<detail>.{0,120})/,
          /An error occurred \((?:AllAccessDisabled|AccountProblem|UnauthorizedOperation)\) when calling the (?<operation>\w+) operation/,
          // AWS SDK v2 (Go) wording for any service: the HTTP 403 is the refusal, whatever the code.
          /\boperation error (?<service>[\w ]{1,40}): (?<operation>\w{1,60}), https response error StatusCode: 403\b/,
        ],
      },
    },
    diagnosis:
      'AWS denies {workload}[[ the action {action}]][[ on {resource}]]: the IAM role of its service account lacks the permission.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'IAM role of {workload} lacks a permission[[ ({action})]]: extend its policy; restarts will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Add the action to the IAM policy of the role annotated on the ServiceAccount (eks.amazonaws.com/role-arn); check resource ARNs, KMS key policies and SCPs.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'irsa-web-identity',
    title: 'IRSA / web identity credentials fail',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /WebIdentityErr: failed to retrieve credentials/,
          /\bInvalidIdentityToken\b/,
          /Not authorized to perform sts:AssumeRoleWithWebIdentity/,
          /NoCredentialProviders: no valid providers in chain/,
          /\bCredentialsProviderError\b|Could not load credentials from any providers/,
          /\bNoCredentialsError\b|Unable to locate credentials/,
        ],
      },
    },
    diagnosis:
      '{workload} gets no AWS credentials: the IRSA web identity exchange fails (role trust policy, OIDC provider or service account annotation).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} cannot assume its IAM role (IRSA): fix the role trust policy, OIDC provider or ServiceAccount annotation.',
      },
    ],
    fixable: false,
    confidence: 0.88,
    remediationHint:
      'Check the ServiceAccount annotation eks.amazonaws.com/role-arn, the role trust policy (OIDC provider, sub = system:serviceaccount:<ns>:<sa>) and that the cluster OIDC provider exists in IAM.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'file-permission-denied',
    title: 'File permission denied',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /EACCES: permission denied, \w+ '(?<path>[^']+)'/,
          /PermissionError: \[Errno 13\] Permission denied: '(?<path>[^']+)'/,
          /java\.nio\.file\.AccessDeniedException: (?<path>\/\S+)/,
          /(?:open|mkdir|stat|remove|create) (?<path>\/\S+): permission denied/,
          /(?:cannot|can't) (?:create|open|touch) (?:directory |regular file )?'(?<path>[^']+)': Permission denied/,
          /'(?<path>\/[^'\n]{1,200})' is not writable/,
          /(?<!\w)\w+\(\) "(?<path>[^"]+)" failed \(13: Permission denied\)/,
        ],
      },
    },
    diagnosis:
      'Container {container} may not write {path|a file}: the user it runs as does not own the directory (Permission denied).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} cannot access {path|a path} (permission denied): fix securityContext (runAsUser/fsGroup) or the image.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Set securityContext.fsGroup for mounted volumes, chown the directory in the image for the runAsUser, or mount an emptyDir there.',
    rollout: 'blame',
  },
  {
    id: 'read-only-filesystem',
    title: 'Read-only file system',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /EROFS: read-only file system, \w+ '(?<path>[^']+)'/,
          /\[Errno 30\] Read-only file system: '(?<path>[^']+)'/,
          // The path starts a word and holds none of the characters that may open one, so that two
          // starts never scan the same text (`\/\S+` retried every `/` of a long run to the line's end).
          /(?<![^\s'"(=,[])(?<path>\/[^\s'"(=,[]+): read-only file system/,
          /"(?<path>[^"]+)" failed \(30: Read-only file system\)/,
          /Read-only file system/i,
        ],
      },
    },
    diagnosis:
      'Container {container} tries to write {path|to its filesystem}, which is read-only (readOnlyRootFilesystem).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} writes to {path|a read-only path}: mount an emptyDir there or stop writing to the root filesystem.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Keep readOnlyRootFilesystem and mount an emptyDir at the path (e.g. /tmp, /var/cache/nginx).',
    rollout: 'blame',
  },
  {
    id: 'run-as-non-root-violation',
    title: 'Image runs as root but runAsNonRoot is set',
    category: 'permissions',
    match: {
      events: [
        /container has runAsNonRoot and image will run as root/,
        /container has runAsNonRoot and image has non-numeric user \((?<user>[^)]+)\), cannot verify user is non-root/,
      ],
    },
    boost: { reasons: ['CreateContainerConfigError'] },
    diagnosis:
      'Container {container} is refused: the pod requires runAsNonRoot but image {image} runs as root[[ (user {user})]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Image {image} runs as root while runAsNonRoot is required: set runAsUser or fix the image USER.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Set securityContext.runAsUser to a numeric non-root UID, or build the image with a numeric USER.',
    rollout: 'blame',
  },
  {
    id: 'kubernetes-rbac-forbidden',
    title: 'Kubernetes API forbids the service account',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /\bis forbidden: User "(?<user>system:serviceaccount:[\w.:-]{1,200})" cannot (?<verb>\w{1,20}) resource "(?<resource>[\w./-]{1,120})"/,
        ],
      },
    },
    diagnosis:
      "The Kubernetes API forbids {user} to {verb} {resource}: the workload's service account lacks a Role or ClusterRole binding.",
    actions: [
      {
        kind: 'escalate',
        reason:
          "{user} may not {verb} {resource}: bind it a Role/ClusterRole with that verb (check the chart's rbac.create and the namespace it was granted in).",
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'kubectl auth can-i <verb> <resource> --as=<user>; a cluster-scoped list needs a ClusterRole, a namespaced one a RoleBinding in that namespace.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'config-file-not-found',
    title: 'Configuration file missing',
    category: 'config',
    match: {
      logs: {
        any: [
          /FileNotFoundError: \[Errno 2\] No such file or directory: '(?<path>\/[^'\n]{1,200})'/,
          /java\.io\.FileNotFoundException: (?<path>\/\S{1,200}) \(No such file or directory\)/,
          /\bopen (?<path>\/\S{1,200}\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|pem|crt|key)): no such file or directory/,
          /\bENOENT: no such file or directory, open '(?<path>\/[^'\n]{1,200})'/,
        ],
      },
    },
    diagnosis:
      'Container {container} cannot open {path}: the file it needs is not in the image or not mounted there (a ConfigMap/Secret key or mountPath mismatch).',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} needs {path}, which does not exist: check the volume mount (mountPath, subPath, the ConfigMap/Secret key) or the path in its configuration.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'kubectl exec ls the directory; a ConfigMap key mounts as a file named after the key; a subPath mount does not update and needs the exact key.',
    rollout: 'blame',
  },
  {
    id: 'vault-auth-denied',
    title: "Vault rejects the pod's login",
    category: 'permissions',
    match: {
      logs: {
        any: [
          /\bauth\.handler: error authenticating\b/,
          /\bURL: (?:PUT|POST) \S{1,200}\/v1\/auth\/(?<method>kubernetes|aws|jwt|approle)[\w-]{0,40}\/login\b/,
          /\bpermission denied\b[^\n]{0,80}\bauth\/(?<method>kubernetes|aws|jwt|approle)[\w-]{0,40}\/login\b/,
        ],
      },
    },
    boost: { logs: { any: [/^\* permission denied$|\bCode: 403\b/] } },
    diagnosis:
      'Vault refuses the login of {workload}[[ ({method} auth)]]: its service account is not bound to the Vault role it asks for, or the role does not exist.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Vault denies the[[ {method}]] login of {workload}: bind the service account and namespace to the Vault role (bound_service_account_names / _namespaces) or fix the role annotation; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'vault read auth/kubernetes/role/<role> shows the bound names; the agent annotation vault.hashicorp.com/role names the role; the token reviewer JWT must be valid.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'log-collector-input-paused',
    title: 'A log or telemetry collector paused its input (buffer full)',
    category: 'limits',
    match: {
      logs: {
        any: [
          /\b(?:input|source|tail|receiver|harvester)\b[^\n]{0,40}?\bpaused\b[^\n]{0,40}?\b(?:buf(?:fer)?|overlimit|back-?pressure|full|storage)\b/i,
          /\bBufferOverflowError\b|\bbuffer space has too many data\b/,
          /\b(?:pausing|paused|blocking) (?:ingestion|input|reading|consumption|the source)\b[^\n]{0,40}?\b(?:buffer|back-?pressure|full)\b/i,
        ],
      },
    },
    diagnosis:
      'The collector in {container} paused its input because its buffer is full: its output does not drain (a stuck or slow destination, or a wedged output worker), so nothing is shipped.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The collector {workload} stopped reading its input (buffer full): check that its destination accepts data; if the destination is healthy and the collector alone does not flush, restarting its pod resumes it (buffered data may be lost).',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Check the output errors and the destination first; raise the buffer limit or use filesystem buffering so a slow output does not pause inputs; a collector that never resumes after the destination recovers needs a restart (and a bug report).',
    rollout: 'mention',
  },
];
