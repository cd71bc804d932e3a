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
    id: 'jvm-direct-memory-oom',
    title: 'JVM direct buffer memory exhausted',
    category: 'memory',
    match: {
      logs: {
        any: [
          /java\.lang\.OutOfMemoryError: (?:Direct buffer memory|Cannot reserve \d+ bytes of direct buffer memory)/,
        ],
      },
    },
    diagnosis:
      'The JVM in {container} ran out of direct (off-heap) buffer memory: bounded by -XX:MaxDirectMemorySize, or by the heap size when unset.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Direct buffer memory of {container} is exhausted (OutOfMemoryError: Direct buffer memory): set -XX:MaxDirectMemorySize with room in the container limit, or find the buffer leak (Netty, NIO); a bigger limit alone does not raise it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Netty and NIO clients pool direct buffers; check io.netty.maxDirectMemory and leaks (-Dio.netty.leakDetection.level=advanced); size the container for heap + direct + metaspace.',
    rollout: 'mention',
  },
  {
    id: 'cpu-oversubscribed-runtime',
    title: 'A runtime runs many more threads than its CPU limit has cores',
    category: 'limits',
    match: { logFindings: [/^cpu: (?<detail>[^\n]{1,400})/] },
    diagnosis:
      '{container} is throttled by its own thread count: {detail}. The threads use up the CFS quota early in every period and the whole process stalls until the next one: latency climbs and probes time out.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} runs far more threads than its CPU limit ({detail}): set GOMAXPROCS to the limit (go.uber.org/automaxprocs; Go 1.25 reads it itself) or raise the limit; a restart starts the same way and every replica throttles alike.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Set GOMAXPROCS from the CPU limit (the downward API resources.limits.cpu, or import go.uber.org/automaxprocs), or raise the CPU limit; container_cpu_cfs_throttled_periods_total shows the throttling.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'jvm-threads-leaked',
    title: 'JVM cannot create native threads after a long run: threads accumulated',
    category: 'limits',
    match: {
      logs: {
        // The JVM's own error (an exception line or an error record), never a warning that quotes one.
        errorLinesOnly: true,
        any: [/java\.lang\.OutOfMemoryError: unable to create (?:new )?native thread/],
      },
      // A leak needs time; a workload that needs more threads than it may have fails within minutes.
      runningForHours: 12,
    },
    diagnosis:
      'The JVM in container {container} cannot start more threads (OutOfMemoryError: unable to create native thread) after running for a long time: threads accumulated (a leak), so a new pod starts with few.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          '{workload} accumulates threads until the JVM cannot create more: a restart buys time, the leak remains (a pool or client created per request, threads never shut down).',
      },
    ],
    fixable: true,
    confidence: 0.92,
    remediationHint:
      'Take a thread dump before the restart (jcmd <pid> Thread.print) and count threads by name prefix: the one that grows is the leak (an executor or HTTP client created per call and never shut down).',
    rollout: 'blame-if-config-changed',
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
    id: 'jvm-unsupported-class-version',
    title: 'Classes compiled for a newer Java',
    category: 'image',
    match: {
      logs: {
        any: [
          /\bUnsupportedClassVersionError: (?<class>[\w.$/]{1,200}) has been compiled by a more recent version of the Java Runtime \(class file version (?<built>[\d.]{1,8})\)/,
          /\bUnsupportedClassVersionError: (?<class>[\w.$/]{1,200}) : Unsupported major\.minor version (?<built>[\d.]{1,8})/,
        ],
      },
    },
    diagnosis:
      'Container {container} runs classes built for a newer Java (class file version {built}) than the JRE in image {image}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The image of {container} pairs classes built for a newer Java (class file {built}) with an older JRE: align the build toolchain and the base image; roll back if a new image brought it.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Class file 61 is Java 17, 65 is Java 21: build with --release for the runtime, or move the base image up.',
    rollout: 'blame',
  },
  {
    // A server that measures the memory it was given at start and refuses to run below its own
    // minimum: Redpanda's syschecks, Dragonfly's per-thread floor. The container limit is simply
    // too small for it, and a bigger one is the fix (bounded by the policy's factor).
    id: 'memory-below-minimum',
    title: 'A server refuses to start below its own memory minimum',
    category: 'memory',
    match: {
      // The server's own line, from its start: a request line or a quoted value a client wrote
      // (a user agent, a search) has a quote before these words. It is a refusal, not a report.
      logs: {
        errorLinesOnly: true,
        any: [
          /^[^"\n]{0,160}\bsyschecks - Memory: '(?<have>\d{1,15})' below recommended: '(?<need>\d{1,15})'/,
          /^[^"\n]{0,160}\bThere are \d{1,4} threads, so (?<need>[\d.]{1,10} ?[KMGT]i?B) are required\b/,
        ],
      },
    },
    diagnosis:
      '{container} measured the memory it was given and refuses to run below its own minimum[[ ({need} required)]]: the container limit is too small for it.',
    actions: [RAISE_MEMORY],
    fixable: true,
    confidence: 0.85,
    remediationHint:
      'Give the container at least the minimum the server names (or lower what it sizes from, such as its thread count); keep any explicit memory flag of the server in step with the limit.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'jvm-heap-reservation-failed',
    title: 'JVM cannot reserve its configured heap',
    category: 'config',
    match: {
      logs: {
        any: [
          /\bCould not reserve enough space for (?<size>\d{1,12}KB) object heap/,
          /\bInvalid (?:maximum|initial) heap size: (?<flag>-Xm[sx]\S{1,20})/,
          /\bInitial heap size set to a larger value than the maximum heap size/,
        ],
      },
    },
    boost: { logs: { any: [/^Error: Could not create the Java Virtual Machine\./] } },
    diagnosis:
      'The JVM in {container} cannot start with its heap settings[[ ({flag})]][[ ({size} requested)]]: the heap flags do not fit the container.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The JVM of {workload} cannot reserve the heap its flags ask for[[ ({flag})]]: fix -Xmx / -XX:MaxRAMPercentage (JAVA_OPTS, JAVA_TOOL_OPTIONS) to fit the memory limit.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Prefer -XX:MaxRAMPercentage=75 over a fixed -Xmx so the heap follows the limit; check JAVA_TOOL_OPTIONS injected by agents.',
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
  {
    id: 'http-client-pool-exhausted',
    title: 'HTTP client connection pool exhausted',
    category: 'dependency',
    match: {
      logs: {
        any: [
          // Apache HttpClient, as the AWS SDK for Java v1 and many others use it.
          /\bTimeout waiting for connection from pool\b/,
          // Netty's pool, as the AWS SDK for Java v2's async clients report it.
          /\bAcquire operation took longer than (?:the configured maximum time|(?<ms>\d{1,9}) milliseconds)/,
          /\bcannot get a connection from the pool within the specified maximum time\b/,
        ],
      },
    },
    diagnosis:
      'The HTTP client of {container} waits for a pooled connection and times out: every connection is in use, held by slow calls or never returned (a response body left unread or unclosed).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'HTTP client connections of {workload} are exhausted: find the calls that hold them (unclosed responses, aborted downloads) before raising the pool size; a restart only resets the leak.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Check that every response stream is closed (abortable streams on cancelled downloads), then maxConnections/acquire timeout against the request rate; more replicas multiply the connections to the same upstream.',
    rollout: 'blame-if-config-changed',
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
  // ---------------------------------------------------------------- Haskell (GHC's runtime)
  {
    id: 'ghc-heap-cap',
    title: 'The Haskell runtime hit its own heap cap (+RTS -M)',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /^[\w.-]{1,80}: Heap exhausted;?$/,
          /\bCurrent maximum heap size is (?<heap>\d{1,15} bytes(?: \(\d{1,9} [KMGT]?B\))?)/,
        ],
      },
    },
    boost: { exitCodes: [251] },
    diagnosis:
      'The Haskell program in {container} exhausted the heap its runtime is capped at[[ ({heap})]] (+RTS -M), below what the container may use.',
    actions: [
      {
        kind: 'escalate',
        reason:
          "The GHC runtime of {workload} is capped by +RTS -M[[ at {heap}]]: a bigger container limit does not reach it. Raise -M (the program's RTS options or GHCRTS) within the limit, or find what grows.",
      },
    ],
    fixable: false,
    confidence: 0.88,
    remediationHint:
      'Look for -M in the command, `-with-rtsopts` at build time or the GHCRTS env; raise it within the container limit, or profile the heap (+RTS -hT).',
    rollout: 'blame',
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
  // ---------------------------------------------------------------- Ruby
  {
    id: 'ruby-gem-missing',
    title: 'Ruby gem or library missing',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /Could not find (?<module>[\w.-]{1,120}) in (?:locally installed gems|any of the sources)/,
          /\bBundler::GemNotFound\b/,
          /cannot load such file -- (?<module>[\w./-]{1,200}) \(LoadError\)/,
        ],
      },
    },
    diagnosis: 'Container {container} cannot start: the Ruby library[[ {module}]] is missing from the image.',
    actions: [
      {
        kind: 'escalate',
        reason: 'A gem[[ ({module})]] is missing from the image of {container}: fix the bundle in the build.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      "Check Gemfile.lock platforms (`bundle lock --add-platform` for the image's), the bundle install stage that is copied into the image, and BUNDLE_WITHOUT.",
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
  {
    id: 'python-import-error',
    title: 'Python import fails at start-up',
    category: 'runtime',
    match: {
      logs: {
        any: [/^ImportError: (?<detail>[^\n]{1,200})/],
      },
    },
    boost: { logs: { any: [/^Traceback \(most recent call last\):/] } },
    diagnosis: 'Container {container} cannot start: a Python import fails ({detail}).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'A Python import fails in {container}[[ ({detail})]]: the image lacks a library or pins incompatible versions; fix the build.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'A missing .so means the runtime image lacks a system package (libpq, libssl); "cannot import name" means incompatible package versions: pin them and rebuild.',
    rollout: 'blame',
  },
  {
    id: 'python-key-error-startup',
    title: 'Python KeyError at start-up',
    category: 'config',
    match: {
      logs: {
        all: [/^KeyError: '(?<key>[^'\n]{1,80})'/, /^\s*File "[^"]+", line \d+, in <module>/],
      },
    },
    diagnosis:
      'Container {container} crashed while starting: a setting or key {key} is missing (KeyError at module load).',
    actions: [
      {
        kind: 'escalate',
        reason:
          "{container} cannot start: key '{key}' is missing from its configuration (KeyError at import); add it to the environment, Secret or ConfigMap.",
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'The traceback shows which settings dictionary lacks the key; set it in the pod spec (env, envFrom) or give it a default.',
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
  {
    id: 'jvm-deadlock',
    title: 'JVM threads deadlocked: the process is alive but wedged',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /^Found (?:one Java-level deadlock|(?<count>\d+) Java-level deadlocks?):?/,
          /^Found \d+ deadlocks?\.$/,
        ],
      },
    },
    diagnosis:
      'The JVM in {container} has deadlocked threads (its thread dump says “Found one Java-level deadlock”): the process runs but the work behind those locks never finishes.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          'Threads of {container} deadlocked: a restart frees them until the same lock order meets again; the thread dump names the two locks.',
      },
    ],
    fixable: true,
    confidence: 0.8,
    remediationHint:
      'The dump lists each thread, the monitor it waits for and who holds it: fix the lock order (or the plugin that takes them); a restart only frees the wedged threads.',
    rollout: 'blame',
  },
  {
    id: 'go-runtime-panic',
    title: 'Go runtime panic (bounds, conversion, division)',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /^panic: (?<detail>runtime error: (?:index|slice bounds) out of range[^\n{}]{0,80})/,
          /^panic: (?<detail>runtime error: (?:integer divide by zero|makeslice: len out of range|hash of unhashable type[^\n{}]{0,80}))/,
          /^panic: (?<detail>interface conversion): [^\n]{1,160}/,
        ],
      },
    },
    boost: { exitCodes: [2], logs: { any: [/^goroutine \d+ \[running\]:/] } },
    diagnosis: 'The Go program in {container} panicked: {detail}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Go panic in {container} ({detail}): a code bug that restarts reproduce; the goroutine trace shows the line.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'The first frame under "goroutine N [running]" names the function; usually unchecked input or an empty list. Roll back if a new image brought it.',
    rollout: 'blame',
  },
  {
    id: 'go-concurrent-map-access',
    title: 'Go concurrent map access',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /^fatal error: (?<detail>concurrent map (?:writes|read and map write|iteration and map write))/,
        ],
      },
    },
    boost: { exitCodes: [2] },
    diagnosis:
      'The Go program in {container} crashed on a data race ({detail}): a map shared between goroutines without a lock.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Data race in {container} (fatal error: {detail}): a code bug; guard the map with a mutex or use sync.Map. A restart only waits for the next race.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint: 'Run the tests with -race; protect the map named in the goroutine trace.',
    rollout: 'blame',
  },
  {
    id: 'go-closed-channel',
    title: 'Go send on or close of a closed channel',
    category: 'runtime',
    match: {
      logs: {
        any: [/^panic: (?<detail>send on closed channel|close of closed channel|close of nil channel)/],
      },
    },
    boost: { exitCodes: [2] },
    diagnosis:
      'The Go program in {container} panicked: {detail} (a shutdown or ownership bug between goroutines).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Go panic "{detail}" in {container}: a code bug in channel ownership; the goroutine trace shows where.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Only the sender should close a channel; look for a close racing with a send during shutdown or reconnects.',
    rollout: 'blame',
  },
  {
    id: 'go-panic',
    title: 'Go panic',
    category: 'runtime',
    match: {
      logs: {
        all: [/^panic: (?<detail>[^\n{}]{1,160})/, /^goroutine \d+ \[running\]:/],
      },
    },
    boost: { exitCodes: [2] },
    diagnosis: 'The Go program in {container} panicked: {detail}.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Go panic in {container} ({detail}): the goroutine trace in the log shows the line; a code bug or an unchecked condition that restarts reproduce.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'The first frame under "goroutine N [running]" names the function; roll back if a new image brought it.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- Rust
  {
    id: 'rust-panic',
    title: 'Rust panic',
    category: 'runtime',
    match: {
      logs: {
        any: [
          /^thread '(?<thread>[^']{1,80})' panicked at (?<location>[^\s:]{1,200}:\d+(?::\d+)?)/,
          /^thread '(?<thread>[^']{1,80})' panicked at '/,
        ],
      },
    },
    boost: {
      exitCodes: [101],
      logs: { any: [/called `(?:Result|Option)::(?:unwrap|expect)\(\)`/] },
    },
    captures: [/(?<detail>called `(?:Result|Option)::\w+\(\)` on an? `?(?:Err|None)`?[^\n{}]{0,160})/],
    diagnosis: 'The Rust program in {container} panicked in thread {thread}[[ at {location}]][[: {detail}]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Rust panic in {container}[[ at {location}]][[ ({detail})]]: a failed unwrap or assertion; read the panic message for the cause.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'The panic message names the file and line; an unwrap on an Err usually wraps a config, I/O or connection error that the message quotes.',
    rollout: 'blame',
  },
  {
    id: 'rust-sqlx-pool-timeout',
    title: 'sqlx pool timed out',
    category: 'dependency',
    match: {
      logs: {
        any: [/pool timed out while waiting for an open connection/, /\bPoolTimedOut\b/],
      },
    },
    diagnosis:
      'The sqlx pool of {container} timed out waiting for a database connection: the database is unreachable or slow, the URL or port is wrong, or the pool is exhausted.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} cannot get a database connection (sqlx: pool timed out): check the database, the DATABASE_URL host and port, and max_connections.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'sqlx reports a refused or unreachable server as a pool timeout: test the URL from the pod (psql/mysql), then look at the pool size and long transactions.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'privileged-port-denied',
    title: 'Non-root process cannot bind a privileged port',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /\blisten tcp[46]? [\w.:[\]-]{0,80}?:(?<port>\d{1,4}): bind: permission denied/,
          /\bbind\(\) to \S{0,80}?:(?<port>\d{1,4}) failed \(13: Permission denied\)/,
          /\blisten EACCES: permission denied [\w.:[\]-]{0,80}?:(?<port>\d{1,4})\b/,
          /\bjava\.net\.SocketException: Permission denied\b/,
          /\[Errno 13\] error while attempting to bind on address \([^)]{0,80}?, (?<port>\d{1,4})\)/,
        ],
      },
    },
    diagnosis:
      'Container {container} cannot listen on privileged port {port|(below 1024)}: it runs as a non-root user without NET_BIND_SERVICE.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} runs as non-root and cannot bind port {port|(below 1024)}: listen on a port above 1024 (the Service can still expose 80/443) or add the NET_BIND_SERVICE capability.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Set the app to listen on 8080/8443 and map it in the Service (targetPort); or grant NET_BIND_SERVICE, or set net.ipv4.ip_unprivileged_port_start via the pod sysctls.',
    rollout: 'blame',
  },
  {
    id: 'pids-exhausted',
    title: 'Process or thread limit reached',
    category: 'limits',
    match: {
      logs: {
        any: [
          /\bfork: (?:retry: )?(?:Resource temporarily unavailable|Cannot allocate memory)/,
          /\bruntime: failed to create new OS thread\b/,
          /\bpthread_create failed \(EAGAIN\)|\bpthread_create: Resource temporarily unavailable/,
          /\bcan't start new thread\b/,
        ],
      },
    },
    diagnosis:
      "Container {container} cannot create more processes or threads: the pod PID limit (or the node's) is reached, often by a thread or process leak.",
    actions: [
      {
        kind: 'escalate',
        reason:
          '{container} hits the process/thread limit (fork or thread creation fails): find the leak (ps -eLf | wc -l), bound its pools, or raise the kubelet podPidsLimit; more memory will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Count threads and processes in the pod; zombie processes need an init (tini, shareProcessNamespace); the kubelet podPidsLimit caps every pod.',
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- PHP
  {
    id: 'php-memory-limit',
    title: 'PHP memory_limit exhausted',
    category: 'memory',
    match: {
      logs: {
        any: [
          /\bAllowed memory size of (?<bytes>\d{1,14}) bytes exhausted \(tried to allocate \d{1,14} bytes\)/,
        ],
      },
    },
    diagnosis:
      'A PHP script in {container} hit its own memory_limit ({bytes} bytes): a PHP setting, not the container limit.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PHP in {workload} exhausts memory_limit ({bytes} bytes): raise memory_limit in php.ini (or PHP_MEMORY_LIMIT) or fix the script; raising the container limit alone does not help.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'memory_limit caps each PHP process below the container limit; raise it only with the container limit in mind (workers × memory_limit), or stream the data.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- every runtime
  {
    id: 'port-in-use',
    title: 'Port already in use',
    category: 'config',
    match: {
      logs: {
        any: [
          /\blisten tcp[46]? (?<address>[\w.:[\]-]{0,80}?:\d{1,5}): bind: address already in use/,
          /java\.net\.BindException: Address already in use/,
          /Port (?<port>\d{1,5}) was already in use/,
          /\[Errno (?:98|48)\] (?:Address already in use|error while attempting to bind on address \([^)]{0,80}\): address already in use)/,
          /\bkind: AddrInUse\b/,
          /\bEADDRINUSE\b/,
          // The OS's own words (EADDRINUSE's strerror), whatever runtime quotes them.
          /\b[Aa]ddress already in use\b/,
          /\bAddrInUse\b/,
          /\bbind\(\) to (?<address>\S{1,80}) failed \(98: Address (?:already )?in use\)/,
          /(?:Failed to bind to|Unable to bind|Cannot bind|could not bind)[^\n]{0,80}Address already in use/i,
        ],
      },
    },
    captures: [/:(?<port>\d{2,5})\b[^\n]{0,40}address already in use/i, /\('[\d.:]+', (?<port>\d{2,5})\)/],
    diagnosis:
      'Container {container} cannot listen[[ on {address}]][[ (port {port})]]: another process in the pod (or on the host network) already holds the port.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The port[[ {port}]] of {container} is already in use: two containers of the pod (or two hostNetwork pods on the node) listen on the same port; fix the port configuration.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Give each container of the pod its own port (sidecars, metrics exporters); with hostNetwork no two pods on a node may share one; a process that forks a second server binds twice.',
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
          /exec: "(?<command>[^"]{1,200})": executable file not found in \$PATH/,
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
    id: 'entrypoint-interpreter-missing',
    title: 'Entrypoint script interpreter missing',
    category: 'image',
    match: {
      mode: 'any',
      logs: { any: [/exec user process caused:? "?no such file or directory/] },
      events: [/exec user process caused:? "?no such file or directory/],
    },
    boost: { reasons: ['StartError', 'RunContainerError', 'CrashLoopBackOff'], exitCodes: [1, 127, 128] },
    diagnosis:
      'Container {container} cannot start its entrypoint: the file exists but its interpreter does not (a #! line with Windows line endings, or a binary linked against glibc on a musl image).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The entrypoint of {container} cannot be executed (exec user process caused: no such file or directory): fix the script line endings / shebang or the base image; roll back if a new image brought it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Run `file` on the entrypoint: CRLF in the #! line, a /bin/bash shebang on alpine, or a dynamically linked binary on scratch/alpine (build with CGO_ENABLED=0).',
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
  {
    id: 'child-process-sigkilled',
    title: 'A worker process killed by SIGKILL inside a running container',
    category: 'memory',
    match: {
      logs: {
        any: [
          /\b(?:[Ww]orker|[Cc]hild|[Pp]rocess|[Ss]ubprocess|pid)\b[^\n]{0,80}?\b(?:exited|killed|terminated|died|was sent)\b[^\n]{0,40}?(?:\bsignal 9\b|\bSIGKILL\b)/,
          /\bWorkerLostError\b[^\n]{0,80}?(?:\bsignal 9\b|\bSIGKILL\b)/,
          // Go's os/exec wording for a child killed by SIGKILL.
          /\b(?:[Ww]orker|[Cc]hild|[Pp]rocess|[Ss]ubprocess|[Pp]lugin)\b[^\n]{0,80}?\bsignal: killed\b/,
        ],
      },
    },
    diagnosis:
      'A worker process of {container} was killed by SIGKILL while the container kept running: most often the kernel OOM killer chose a child over the memory limit (the container is not OOMKilled while its PID 1 lives), else a supervisor killed a stuck worker.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Worker processes of {workload} die by SIGKILL inside a running container: check the node kernel log / container memory for OOM kills of the child (then raise the memory limit or lower the work per worker); if a timeout killed it, find the slow call.',
      },
    ],
    fixable: false,
    confidence: 0.6,
    remediationHint:
      'Compare the container memory with its limit when the kill happened (kubectl top, container_memory_working_set_bytes, dmesg "Killed process"); lower concurrency or the size of one task, or raise the memory limit.',
    rollout: 'mention',
  },
];
