import type { Pattern } from './types.ts';

const RAISE_MEMORY = { kind: 'raise-memory-limit', percent: 20 } as const;

/** Language runtimes: JVM, Node.js, Python, Go, .NET, and how processes die (exit codes, signals). */
export const RUNTIME_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- JVM
  {
    id: 'jvm-heap-oom',
    title: 'JVM heap exhausted',
    category: 'memory',
    match: { logs: { any: [/java\.lang\.OutOfMemoryError: Java heap space/] } },
    boost: { reasons: ['OOMKilled', 'Error'], exitCodes: [1, 3, 137] },
    diagnosis:
      'The JVM in container {container} ran out of heap (java.lang.OutOfMemoryError: Java heap space).',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      'Raise the memory limit (with -XX:MaxRAMPercentage the heap grows with it), then look for a leak with a heap dump (-XX:+HeapDumpOnOutOfMemoryError).',
  },
  {
    id: 'jvm-metaspace-oom',
    title: 'JVM metaspace exhausted',
    category: 'memory',
    match: { logs: { any: [/java\.lang\.OutOfMemoryError: Metaspace/] } },
    boost: { exitCodes: [1, 3, 137] },
    diagnosis:
      'The JVM in container {container} ran out of metaspace (class metadata): OutOfMemoryError: Metaspace.',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.75,
    remediationHint:
      'Raise the memory limit or -XX:MaxMetaspaceSize; repeated redeploys or dynamic class generation that keep growing metaspace point at a class-loader leak.',
  },
  {
    id: 'jvm-gc-overhead',
    title: 'JVM GC overhead limit exceeded',
    category: 'memory',
    match: { logs: { any: [/java\.lang\.OutOfMemoryError: GC overhead limit exceeded/] } },
    boost: { exitCodes: [1, 3, 137] },
    diagnosis:
      'The JVM in container {container} spent almost all its time collecting garbage (OutOfMemoryError: GC overhead limit exceeded): the heap is too small for the live data.',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Raise the memory limit and heap; if live data keeps growing, take a heap dump and find the leak.',
  },
  {
    id: 'jvm-native-thread',
    title: 'JVM cannot create native threads',
    category: 'limits',
    match: { logs: { any: [/java\.lang\.OutOfMemoryError: unable to create (?:new )?native thread/] } },
    diagnosis:
      'The JVM in container {container} cannot start more threads (OutOfMemoryError: unable to create native thread): a thread leak or the PID limit, not the heap.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} runs out of threads (unable to create native thread): a thread leak or PID limit; more memory will not help.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Count threads (jcmd <pid> Thread.print); bound thread pools; check the kubelet podPidsLimit and the container nproc limit.',
    rollout: 'blame',
  },
  {
    id: 'jvm-stack-overflow',
    title: 'JVM StackOverflowError',
    category: 'runtime',
    match: { logs: { any: [/java\.lang\.StackOverflowError/] } },
    diagnosis:
      'Container {container} crashed with java.lang.StackOverflowError: unbounded recursion in the code.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'StackOverflowError in {container}: a code bug (unbounded recursion); restarts will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Read the repeating frames of the stack trace to find the recursion; -Xss only hides it.',
    rollout: 'blame',
  },
  {
    id: 'jvm-class-not-found',
    title: 'JVM class missing from the classpath',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /java\.lang\.(?:ClassNotFoundException|NoClassDefFoundError): (?<class>[\w.$/]+)/,
          /Error: Could not find or load main class (?<class>[\w.$]+)/,
        ],
      },
    },
    diagnosis:
      'Container {container} cannot load class {class}: the artifact was built or packaged without it.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Class {class} is missing from the classpath of {container}: fix the build or the image.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check the build (shaded jar, dependency scope, Class-Path), and roll back if a new image introduced it.',
    rollout: 'blame',
  },
  {
    id: 'jdbc-pool-timeout',
    title: 'JDBC connection pool timed out',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /HikariPool-\d+ - Connection is not available, request timed out after (?<ms>\d+)ms/,
          /Unable to acquire JDBC Connection/,
        ],
      },
    },
    diagnosis:
      'The JDBC pool of {container} could not get a database connection in time: the database is slow or unreachable, or connections leak.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Database connections of {workload} time out (pool exhausted): check the database and connection leaks.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Check the database health and its connection count; look for connections that are never returned (leakDetectionThreshold).',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- Node.js
  {
    id: 'node-heap-oom',
    title: 'Node.js heap exhausted',
    category: 'memory',
    match: {
      logs: {
        any: [
          /FATAL ERROR: (?:Reached heap limit|Ineffective mark-compacts near heap limit|CALL_AND_RETRY_LAST) Allocation failed - JavaScript heap out of memory/,
        ],
      },
    },
    boost: { exitCodes: [134, 137], reasons: ['OOMKilled', 'Error'] },
    diagnosis: 'The Node.js process in {container} ran out of V8 heap (JavaScript heap out of memory).',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      'Raise the memory limit (Node sizes its heap from the container limit; an explicit --max-old-space-size must be raised too), then profile for a leak.',
  },
  {
    id: 'node-unhandled-rejection',
    title: 'Node.js unhandled promise rejection',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /triggerUncaughtException\(err, true \/\* fromPromise \*\/\)/,
          /\[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block/,
          /code: 'ERR_UNHANDLED_REJECTION'/,
        ],
      },
    },
    diagnosis: 'The Node.js process in {container} exited on an unhandled promise rejection.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Unhandled promise rejection crashes {container}: the error above it in the log is the cause.',
      },
    ],
    fixable: false,
    confidence: 0.55,
    remediationHint:
      'The rejection reason printed just before is the real error; handle it (catch) and fix its cause.',
    rollout: 'blame',
  },
  {
    id: 'node-stack-overflow',
    title: 'Node.js call stack exceeded',
    category: 'runtime',
    match: { logs: { any: [/RangeError: Maximum call stack size exceeded/] } },
    diagnosis:
      'Container {container} hit "RangeError: Maximum call stack size exceeded": unbounded recursion in the code.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Unbounded recursion in {container} (Maximum call stack size exceeded): a code bug; more memory or restarts will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'The repeating frames of the stack trace show the recursion (often a circular structure being rendered or serialised).',
    rollout: 'blame',
  },
  {
    id: 'node-eaddrinuse',
    title: 'Port already in use',
    category: 'config',
    match: {
      logs: { any: [/Error: listen EADDRINUSE: address already in use (?<address>\S*?):?(?<port>\d+)\b/] },
    },
    diagnosis:
      'Container {container} cannot listen on port {port}: another process in the pod (or on the host network) holds it.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Port {port} is already in use in {pod}: fix the port configuration (sidecar or hostNetwork clash).',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Give each container of the pod its own port; with hostNetwork, no two pods on a node may share it.',
    rollout: 'blame',
  },
  {
    id: 'node-module-not-found',
    title: 'Node.js module not found',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /Error: Cannot find module '(?<module>[^']+)'/,
          /Error \[ERR_MODULE_NOT_FOUND\]: Cannot find (?:package|module) '(?<module>[^']+)'/,
        ],
      },
    },
    boost: { logs: { any: [/code: 'MODULE_NOT_FOUND'/] } },
    diagnosis: "Container {container} cannot start: Node.js module '{module}' is missing from the image.",
    actions: [
      {
        kind: 'escalate',
        reason: "Module '{module}' is missing from the image of {container}: fix the build.",
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check package.json dependencies (not devDependencies), the Docker build stage that copies node_modules, and the entry path.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- Python
  {
    id: 'python-memory-error',
    title: 'Python MemoryError',
    category: 'memory',
    match: {
      logs: {
        any: [/^MemoryError\b/, /_ArrayMemoryError: Unable to allocate (?<size>[\d.]+ [KMGT]iB)/],
      },
    },
    boost: { logs: { any: [/^Traceback \(most recent call last\):/] } },
    diagnosis: 'The Python process in {container} could not allocate memory (MemoryError).',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.8,
    remediationHint:
      'Raise the memory limit; if the allocation is one huge array, process the data in chunks instead.',
  },
  {
    id: 'python-module-not-found',
    title: 'Python module not found',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /ModuleNotFoundError: No module named '(?<module>[^']+)'/,
          /ImportError: cannot import name '(?<module>[^']+)'/,
        ],
      },
    },
    diagnosis: "Container {container} cannot start: Python module '{module}' is not installed in the image.",
    actions: [
      {
        kind: 'escalate',
        reason: "Python module '{module}' is missing from the image of {container}: fix the requirements.",
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Add the package to requirements/pyproject and rebuild; check that the virtualenv of the build stage is the one copied.',
    rollout: 'blame',
  },
  {
    id: 'python-missing-env',
    title: 'Python KeyError on an environment variable',
    category: 'config',
    match: {
      logs: {
        all: [
          /os\.environ\[|<frozen os>|os\.py", line \d+, in __getitem__|raise KeyError\(key\) from None/,
          /^KeyError: '(?<var>[A-Za-z_][A-Za-z0-9_]*)'/,
        ],
      },
    },
    diagnosis:
      'Container {container} crashed at startup: environment variable {var} is not set (KeyError in os.environ).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Environment variable {var} is missing in {workload}: add it to the pod spec (or its Secret/ConfigMap).',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint: 'Set the variable in the Deployment (env or envFrom), or give it a default in the code.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- Go
  {
    id: 'go-nil-pointer',
    title: 'Go nil pointer dereference',
    category: 'runtime',
    match: { logs: { any: [/panic: runtime error: invalid memory address or nil pointer dereference/] } },
    boost: { exitCodes: [2] },
    diagnosis: 'The Go program in {container} panicked on a nil pointer dereference.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Nil pointer panic in {container}: a code bug; the goroutine trace in the log shows where.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'The first frame of the goroutine trace under the panic names the function; often a missing config value or an unchecked error.',
    rollout: 'blame',
  },
  {
    id: 'go-runtime-oom',
    title: 'Go runtime out of memory',
    category: 'memory',
    match: { logs: { any: [/fatal error: runtime: out of memory/] } },
    boost: { exitCodes: [2, 137] },
    diagnosis:
      'The Go runtime in {container} could not get more memory (fatal error: runtime: out of memory).',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Raise the memory limit and set GOMEMLIMIT below it so the GC works harder before the limit.',
  },
  {
    id: 'go-deadlock',
    title: 'Go deadlock: all goroutines asleep',
    category: 'runtime',
    match: { logs: { any: [/fatal error: all goroutines are asleep - deadlock!/] } },
    diagnosis: 'The Go program in {container} deadlocked: all goroutines are asleep.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Deadlock in {container} (all goroutines are asleep): a code bug; restarts reproduce it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint: 'The goroutine dump shows the channel or mutex each goroutine waits on.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- .NET
  {
    id: 'dotnet-oom',
    title: '.NET OutOfMemoryException',
    category: 'memory',
    match: { logs: { any: [/System\.OutOfMemoryException/] } },
    boost: { exitCodes: [134, 137, 139], reasons: ['OOMKilled'] },
    diagnosis: 'The .NET process in {container} ran out of memory (System.OutOfMemoryException).',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Raise the memory limit (the GC heap limit follows it, or set GCHeapHardLimitPercent), then check for a leak with dotnet-gcdump.',
  },
  {
    id: 'dotnet-unhandled-exception',
    title: '.NET unhandled exception',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /Unhandled exception\. (?!System\.OutOfMemoryException)(?<exception>[\w.]+(?:Exception|Error)): (?<detail>.{0,200})/,
        ],
      },
    },
    diagnosis: 'The .NET process in {container} crashed on an unhandled {exception}: {detail}',
    actions: [{ kind: 'escalate', reason: 'Unhandled {exception} crashes {container}: {detail}' }],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'The exception message usually names the misconfiguration (missing service registration, connection string, setting).',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- processes: exit codes and signals
  {
    id: 'entrypoint-not-found',
    title: 'Container command not found',
    category: 'config',
    match: {
      mode: 'any',
      events: [
        /exec: "(?<command>[^"]+)": (?:stat [^:]+: no such file or directory|executable file not found in \$PATH)/,
        /exec (?<command>\S+): no such file or directory/,
      ],
      logs: {
        any: [
          /exec (?<command>\/\S+): no such file or directory/,
          /exec: (?:line \d+: )?(?<command>\S+): not found/,
          /^(?:\/bin\/)?(?:ba)?sh: (?:\d+: )?(?<command>\S+): (?:command )?not found$/,
        ],
      },
    },
    boost: {
      reasons: ['StartError', 'RunContainerError', 'CreateContainerError', 'ContainerCannotRun'],
      exitCodes: [127, 128],
    },
    diagnosis: 'Container {container} cannot start: command {command} does not exist in image {image}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Command {command} of {container} does not exist in image {image}: fix the image or the command.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Compare the Deployment command/args with the image ENTRYPOINT; a distroless or alpine image may lack the shell or binary.',
    rollout: 'blame',
  },
  {
    id: 'exec-format-error',
    title: 'Image built for another CPU architecture',
    category: 'image',
    match: {
      logs: {
        any: [
          /exec (?<binary>\S+): exec format error/,
          /standard_init_linux\.go:\d+: exec user process caused: exec format error/,
        ],
      },
    },
    diagnosis:
      'Container {container} cannot run: image {image} was built for another CPU architecture (exec format error).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Image {image} does not match the node CPU architecture (exec format error): build a multi-arch image.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Build with docker buildx --platform linux/amd64,linux/arm64, or pin the workload to matching nodes (kubernetes.io/arch).',
    rollout: 'blame',
  },
  {
    id: 'segfault',
    title: 'Segmentation fault (SIGSEGV, exit 139)',
    category: 'crash',
    match: { mode: 'any', exitCodes: [139], logs: { any: [/Segmentation fault|SIGSEGV/] } },
    generic: true,
    diagnosis: 'Container {container} died of a segmentation fault (exit {exitCode|139}).',
    actions: [
      {
        kind: 'escalate',
        reason: 'Segmentation fault in {container}: a native crash (driver, native module or runtime bug).',
      },
    ],
    fixable: false,
    confidence: 0.5,
    remediationHint:
      'Look for a native library or base-image change; get a core dump or run with the debug build.',
    rollout: 'blame',
  },
  {
    id: 'sigterm-exit-143',
    title: 'Terminated by SIGTERM (exit 143)',
    category: 'crash',
    match: { exitCodes: [143] },
    boost: { events: [/Stopping container/] },
    diagnosis:
      'Container {container} was stopped by SIGTERM (exit 143): the kubelet stopped it (probe failure, eviction or rollout) or it shut itself down slowly.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Container {container} keeps being terminated with SIGTERM (exit 143): find who stops it.',
      },
    ],
    fixable: false,
    confidence: 0.4,
    remediationHint:
      'Check events for probe failures and evictions; make the app exit quickly on SIGTERM within terminationGracePeriodSeconds.',
  },
  {
    id: 'sigkill-exit-137',
    title: 'Killed by SIGKILL without OOM (exit 137)',
    category: 'crash',
    match: { exitCodes: [137] },
    diagnosis:
      'Container {container} was killed by SIGKILL (exit 137) without an OOMKilled reason: it did not stop within the grace period, or a probe killed it.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Container {container} was SIGKILLed (exit 137) without OOM: check probes and shutdown time.',
      },
    ],
    fixable: false,
    confidence: 0.35,
    remediationHint:
      'Handle SIGTERM and finish within terminationGracePeriodSeconds; check liveness probe timeouts.',
  },
];
