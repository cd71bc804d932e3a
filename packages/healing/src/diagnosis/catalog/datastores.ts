import type { Pattern } from './types.ts';

/** Captures the first DNS label of a redis:// URL or of a `host:6379` address: the cache's name. */
/** A Kafka consumer the broker took out of its group: the Java client, librdkafka and their codes. */
const KAFKA_OUT_OF_GROUP: readonly RegExp[] = [
  /\bconsumer poll timeout has expired\b/,
  /\bApplication maximum poll interval \((?<interval>\d{1,9}ms)\) exceeded\b/,
  /\bMAX_POLL_EXCEEDED\b|\b_MAX_POLL_EXCEEDED\b/,
];

const REDIS_CACHE_CAPTURES = [
  /rediss?:\/\/(?:[^@\s/]*@)?(?<cache>[A-Za-z][A-Za-z0-9-]*)/,
  /(?<![\w.-])(?<cache>[a-z][a-z0-9-]*)(?:\.[a-z0-9.-]+)?:6379\b/,
];

/** Clients of PostgreSQL, MySQL, MongoDB, Redis, Kafka, RabbitMQ and Elasticsearch, as their drivers print errors. */
export const DATASTORE_PATTERNS: readonly Pattern[] = [
  // ---------------------------------------------------------------- PostgreSQL
  {
    id: 'postgres-connection-refused',
    title: 'PostgreSQL refuses connections',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /ECONNREFUSED (?<host>[\w.:-]+?):5432\b/,
          /connection to server at "(?<host>[^"]+)"(?: \([^)]*\))?, port 5432 failed: Connection refused/,
          /PSQLException: Connection to (?<host>[\w.-]+):5432 refused/,
          /failed to connect to `[^`]*`: (?<host>[\w.-]+):5432 \([^)]*\): dial error: dial tcp [^ ]+: connect: connection refused/,
          /dial tcp (?<host>[\w.-]+):5432: connect: connection refused/,
          /Npgsql\.NpgsqlException.*Failed to connect to (?<host>[\w.-]+):5432/,
          /Can't reach database server at `(?<host>[^`:]+):5432`/,
        ],
      },
    },
    diagnosis:
      'PostgreSQL at {host}:5432 refuses connections: the database is down or its Service has no endpoints.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PostgreSQL at {host}:5432 is down or unreachable (connection refused); restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check the database pods or RDS instance, and that the Service selects ready endpoints; the app recovers once it is back.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'postgres-connection-timeout',
    title: 'PostgreSQL connection timeouts',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /failed to connect to `[^`]*`: (?<host>[\w.-]+):5432 \([^)]*\): dial error: timeout/,
          /failed to connect to `host=(?<host>[\w.-]+)[^`]*`: dial error \(timeout/,
          /Connection terminated due to connection timeout/,
          /timeout exceeded when trying to connect/,
          /ETIMEDOUT (?<host>[\w.:-]+?):5432\b/,
          /connection to server at "(?<host>[^"]+)" \([^)]*\), port 5432 failed: (?:timeout expired|Connection timed out|Operation timed out)/,
          /dial tcp (?<host>[\w.-]+):5432: (?:i\/o timeout|connect: connection timed out)/,
          /PSQLException: The connection attempt failed/,
          // `A.*B.*C` retries every B for every A (cubic): instead the first A, then the first B
          // after it, each taken atomically (a look-ahead and back-reference), then any C.
          // A start is the start of the text or of a line within it (where `.` stops).
          /(?:^|(?<=[\n\r\u2028\u2029]))(?=(.*?\b(?:postgres(?:ql)?|pg)\b))\1(?=(.*?:5432\b))\2.*\b(?:timed out|timeout (?:expired|exceeded)|connect(?:ion)? timeout)\b/i,
          /(?:^|(?<=[\n\r\u2028\u2029]))(?=(.*?\b(?:postgres(?:ql)?|database)\b))\1(?=(.*?\bconnect(?:ion)?\b))\2.*\b(?:timed out|timeout (?:expired|exceeded))\b/i,
        ],
      },
    },
    boost: { logs: { any: [/:5432\b/] } },
    captures: [/(?<![\w.-])(?<host>[a-z][\w.-]*):5432\b/, /connection to server at "(?<host>[^"]+)"/],
    diagnosis:
      'Connections to PostgreSQL[[ at {host}]] time out: the database is down, overloaded or unreachable from the pod.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PostgreSQL[[ at {host}]] does not answer (connection timeouts): the database is down or unreachable; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check the database (pods, RDS status, CPU and connections), NetworkPolicies and security groups between the pod and the database.',
    rollout: 'mention',
  },
  {
    // The Secrets Store CSI driver says it rotated the pod's Secret; the running processes still hold
    // the credential they read at start (an env var is never re-read), so the store refuses it.
    id: 'credentials-stale-after-rotation',
    title: 'Credentials refused right after the Secret was rotated',
    category: 'config',
    match: {
      logs: {
        // The client's own error: never a server logging a stranger's login, nor an app's own users.
        errorLinesOnly: true,
        any: [
          // A client's report; the server's own record reads `[4711] FATAL:  password ...`.
          /(?<!\] )(?:FATAL: {1,2}|error: )password authentication failed for user\b/,
          /(?:\(1045, "|Exception: |Error: |ERROR: |: )Access denied for user '[^'\n]{1,64}'@/,
          /(?:Exception|Error)[^\n]{0,80}?: Login failed for user '/,
          /\bWRONGPASS invalid username-password pair\b/,
          /\bACCESS_REFUSED - Login was refused\b/,
          /Exception: (?:SASL )?[Aa]uthentication failed(?: during authentication)? due to invalid credentials\b/,
          /\bThe security token included in the request is (?:invalid|expired)\b/,
          /\bMongo\w{0,20}Error: Authentication failed\b/,
        ],
      },
      eventReasons: ['SecretRotationComplete'],
    },
    diagnosis:
      'The Secret of {workload} was rotated and the store now refuses the credential {container} still holds: it read the old one when it started and does not read it again.',
    actions: [
      { kind: 'rollout-restart' },
      {
        kind: 'escalate',
        reason:
          '{workload} kept the credential it read before its Secret was rotated: new pods read the new one; make it reload on rotation (a file mount it re-reads, or a reloader annotation).',
      },
    ],
    fixable: true,
    confidence: 0.93,
    remediationHint:
      'Restart the pods so they read the rotated Secret; to avoid it, mount the secret as a file the client re-reads, or restart on change (Reloader, the CSI driver rotation with a watcher).',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'postgres-auth-failed',
    title: 'PostgreSQL password authentication failed',
    category: 'dependency',
    match: { logs: { any: [/password authentication failed for user "(?<user>[^"]+)"/] } },
    diagnosis: 'PostgreSQL rejects the credentials of user "{user}" (password authentication failed).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PostgreSQL password of user "{user}" is wrong: the secret and the database disagree (rotation?).',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Compare the password in the workload Secret with the database; after a rotation, update the Secret and restart.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'postgres-too-many-connections',
    title: 'PostgreSQL out of connection slots',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /sorry, too many clients already/,
          /remaining connection slots are reserved for/,
          /too many connections for (?:role|database) "(?<role>[^"]+)"/,
        ],
      },
    },
    diagnosis:
      'PostgreSQL has no free connection slots (too many clients): new connections from {workload} are refused.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PostgreSQL is out of connection slots: find the client holding them; scaling {workload} up would make it worse.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Look at pg_stat_activity for the client holding connections; add a pooler (PgBouncer/RDS Proxy) or lower pool sizes.',
    rollout: 'mention',
  },
  {
    id: 'postgres-starting-up',
    title: 'PostgreSQL not accepting connections yet',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /the database system is (?<state>starting up|shutting down|in recovery mode|not yet accepting connections)/,
        ],
      },
    },
    diagnosis:
      'PostgreSQL is {state}: connections are refused until it is ready; {workload} should recover on its own.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'PostgreSQL is {state}; {workload} will recover when it is ready. Escalating only if it persists.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Usually transient (restart or failover). If it lasts, check the database logs for crash recovery or a failed replica.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- MySQL
  {
    id: 'mysql-access-denied',
    title: 'MySQL access denied',
    category: 'dependency',
    match: {
      logs: {
        any: [/Access denied for user '(?<user>[^']*)'@'(?<host>[^']*)'/],
      },
    },
    diagnosis: "MySQL denies user '{user}' from {host}: wrong credentials or grants.",
    actions: [
      {
        kind: 'escalate',
        reason:
          "MySQL denies access to user '{user}': fix the credentials in the Secret or the user's grants.",
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      "Check the Secret against the database user; 'using password: NO' means the password variable is empty.",
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'mysql-unreachable',
    title: 'MySQL unreachable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /CommunicationsException: Communications link failure/,
          /Can't connect to MySQL server on '(?<host>[^']+)'/,
          /ECONNREFUSED (?<host>[\w.:-]+?):3306\b/,
          /dial tcp (?<host>[\w.-]+):3306: (?:connect: connection refused|i\/o timeout)/,
        ],
      },
    },
    diagnosis: 'MySQL[[ at {host}]] cannot be reached from {workload} (connection refused or link failure).',
    actions: [
      {
        kind: 'escalate',
        reason: 'MySQL[[ at {host}]] is down or unreachable; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check the database instance and its Service endpoints, NetworkPolicies and security groups.',
    rollout: 'blame-if-config-changed',
  },
  {
    // A long-running worker (a PHP queue consumer, a Rails or Perl daemon) keeps the connection it
    // opened at start; after the server closed it (a failover, a restart, wait_timeout), every
    // statement fails on the dead handle and it never connects again. Were the server down, the
    // client would report `Can't connect` (`mysql-unreachable`, which ranks above this).
    id: 'mysql-connection-gone-stale',
    title: 'A long-running MySQL client keeps using a connection the server closed',
    category: 'dependency',
    match: {
      logs: {
        errorLinesOnly: true,
        // Not a statement larger than max_allowed_packet, which the server answers the same way.
        any: [/\bMySQL server has gone away\b(?![^\n]{0,200}max_allowed_packet)/],
      },
      runningForHours: 1,
    },
    diagnosis:
      '{workload} keeps sending statements on a MySQL connection the server closed (2006, MySQL server has gone away) and does not reconnect: the process holds a dead handle since the database restarted, failed over or timed it out.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          '{workload} does not reconnect after MySQL closes its connection: a new pod connects afresh; make the worker reconnect on 2006/2013 (or restart itself after each batch).',
      },
    ],
    fixable: true,
    confidence: 0.84,
    remediationHint:
      'Check that MySQL is up and accepts new connections; then restart the pod. For good: reconnect on error 2006/2013, or let long-running consumers exit after N messages so the controller starts them afresh.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'mysql-too-many-connections',
    title: 'MySQL too many connections',
    category: 'dependency',
    match: {
      logs: { any: [/\bToo many connections\b/, /ER_CON_COUNT_ERROR/, /\(1040, ['"]Too many connections/] },
    },
    diagnosis: 'MySQL refuses new connections: max_connections is reached.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'MySQL max_connections reached: find the client holding connections; scaling {workload} up would make it worse.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'SHOW PROCESSLIST to find the holder; lower pool sizes or raise max_connections (RDS parameter group).',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- MongoDB
  {
    id: 'mongodb-server-selection',
    title: 'MongoDB server selection failed',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /MongoServerSelectionError: (?<detail>.{0,160})/,
          /ServerSelectionTimeoutError: (?<detail>.{0,160})/,
          /Timed out after \d+ ms while waiting (?:for a server that matches|to connect)/,
          /server selection error: (?<detail>.{0,160})/,
        ],
      },
    },
    diagnosis: 'No MongoDB server is reachable from {workload} (server selection failed: {detail|timeout}).',
    actions: [
      {
        kind: 'escalate',
        reason: 'MongoDB is unreachable from {workload} (server selection failed); restarting will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check the replica set members and the connection string (replicaSet name, hosts, TLS); a DNS error inside points at the host name.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'mongodb-network-error',
    title: 'MongoDB network error',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /MongoNetwork(?:Timeout)?Error: (?<detail>.{0,160})/,
          /MongoSocket(?:Open|Read|Write)Exception: (?<detail>.{0,160})/,
          /pymongo\.errors\.(?:AutoReconnect|NetworkTimeout): (?<detail>.{0,160})/,
        ],
      },
    },
    diagnosis: 'Connections between {workload} and MongoDB break ({detail}).',
    actions: [
      {
        kind: 'escalate',
        reason: 'MongoDB connections from {workload} fail ({detail}): check the database and the network.',
      },
    ],
    fixable: false,
    confidence: 0.7,
    remediationHint:
      'Check MongoDB health and elections, idle-connection timeouts of load balancers, and maxIdleTimeMS.',
    rollout: 'mention',
  },
  {
    id: 'mongodb-auth-failed',
    title: 'MongoDB authentication failed',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /MongoServerError: Authentication failed/,
          /OperationFailure: Authentication failed/,
          /'codeName': 'AuthenticationFailed'|codeName: 'AuthenticationFailed'/,
          /Exception authenticating MongoCredential\{mechanism=(?<mechanism>[\w-]+), userName='(?<user>[^']*)'/,
        ],
      },
    },
    diagnosis: 'MongoDB rejects the credentials of {workload}[[ (user {user})]]: authentication failed.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'MongoDB authentication fails for {workload}: fix the credentials in the Secret (rotation?) or authSource.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint: 'Check user, password and authSource in the connection string against the database.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- Redis
  {
    id: 'redis-oom-maxmemory',
    title: 'Redis cache full: maxmemory reached',
    category: 'dependency',
    // Flushed only when the log speaks of a cache at all: a Redis behind queues, sessions, locks or
    // request logs holds state. The flush itself binds only to a configured `role: cache`.
    // `cache` as a word of its own: `OC\Memcache\Redis` is the client Nextcloud also locks files with.
    match: {
      logs: {
        all: [/OOM command not allowed when used memory > 'maxmemory'/, /(?<![A-Za-z])[Cc]ach(?:e|ing)/],
      },
    },
    captures: REDIS_CACHE_CAPTURES,
    diagnosis:
      'Redis {cache|cache} is full: writes fail with "OOM command not allowed when used memory > \'maxmemory\'" (no eviction policy frees memory).',
    actions: [{ kind: 'flush-redis-cache' }],
    fixable: true,
    confidence: 0.9,
    remediationHint:
      'Flush the cache now; then set maxmemory-policy to allkeys-lru (or volatile-lru with TTLs on every key) so it evicts instead of failing.',
    rollout: 'mention',
  },
  {
    id: 'redis-oom-role-unknown',
    title: 'Redis full: maxmemory reached, and nothing says it is a cache',
    category: 'dependency',
    match: { logs: { any: [/OOM command not allowed when used memory > 'maxmemory'/] } },
    captures: REDIS_CACHE_CAPTURES,
    diagnosis:
      'A Redis that {workload} writes to[[ ({cache})]] is full ("OOM command not allowed when used memory > \'maxmemory\'"), and nothing in the evidence says it holds only cached data.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The Redis behind {workload}[[ ({cache})]] reached maxmemory. Nothing shows it is a pure cache, so it is not flushed: queues, sessions, locks and logs kept there would be lost. Free or grow it (TTLs, maxmemory-policy, trim what piles up), or flush it if it is a cache.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Find what fills it (redis-cli --bigkeys, INFO keyspace): keys without TTL, a backlog, a growing log or set. Declare a pure cache as role: cache in the configuration so that the agent may flush it next time.',
    rollout: 'mention',
  },
  {
    id: 'redis-oom-job-queue',
    title: 'Redis job queue full: maxmemory reached',
    category: 'dependency',
    match: {
      logs: {
        all: [
          /OOM command not allowed when used memory > 'maxmemory'/,
          // A job-queue client on the same log: its name, or the words it logs with.
          /\b(?:[Ss]idekiq|BullMQ|[Bb]ull|bee-queue|[Cc]elery|kombu|[Rr]esque|rq|RQ|rmq|[Oo]ban|[Ff]aktory|[Dd]ramatiq|[Hh]uey|asynq|[Mm]achinery|[Kk]ue)\b|\b[Jj]obs? queue\b|\b(?:[Ee]rror fetching job|[Ee]nqueue|[Dd]equeue)|[Ee]viction policy is \w+|\bqueue=\w|\bunacked[=:]/,
        ],
      },
    },
    captures: REDIS_CACHE_CAPTURES,
    diagnosis:
      'The Redis behind the job queue of {workload}[[ ({cache})]] is full ("OOM command not allowed when used memory > \'maxmemory\'"): queued jobs are data, not a cache to flush.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The job-queue Redis of {workload}[[ ({cache})]] reached maxmemory: do NOT flush it (queued jobs would be lost); drain the backlog (more or faster workers, fix failing jobs that pile up retries), trim dead/completed job sets, or raise maxmemory.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'A queue needs maxmemory-policy noeviction and room for its backlog: look at queue lengths, retry and dead sets, and completed jobs kept forever (removeOnComplete).',
    rollout: 'mention',
  },
  {
    id: 'redis-oom-session-store',
    title: 'Redis session store full: maxmemory reached',
    category: 'dependency',
    match: {
      logs: {
        all: [
          /OOM command not allowed when used memory > 'maxmemory'/,
          // A session library on the same log: its class or package, or the words it logs with.
          // Django's and Flask-Session's own frames: `request.session.save()`, `sessions/backends/cache.py`.
          /\b(?:\w{0,40}Session(?:Manager|Store|Repository|Handler|DataStore)\b|spring-session|connect-redis|express-session|redis-session|SessionMiddleware|rack-session|session_store)|\b(?:save|store|persist|write|update)\w{0,4} session\b|\bsession\.save\(|\bsessions[/.]backends\b/,
        ],
      },
    },
    captures: REDIS_CACHE_CAPTURES,
    diagnosis:
      "The Redis that keeps the sessions of {workload}[[ ({cache})]] is full (\"OOM command not allowed when used memory > 'maxmemory'\"): sessions are users' state, not a cache to flush.",
    actions: [
      {
        kind: 'escalate',
        reason:
          'The session-store Redis of {workload}[[ ({cache})]] reached maxmemory: do NOT flush it (every user would be logged out and lose carts or drafts); give sessions a TTL, set maxmemory-policy volatile-lru, or raise maxmemory.',
      },
    ],
    fixable: false,
    confidence: 0.95,
    remediationHint:
      'Sessions without expiry pile up: check the TTL the session library sets, the number of session keys (redis-cli --scan --pattern), and maxmemory-policy.',
    rollout: 'mention',
  },
  {
    id: 'redis-connection-refused',
    title: 'Redis refuses connections',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /ECONNREFUSED (?<host>[\w.:-]+?):6379\b/,
          /Error 111 connecting to (?<host>[\w.-]+):6379\. Connection refused/,
          /dial tcp (?<host>[\w.-]+):6379: connect: connection refused/,
          /RedisConnectionException: Unable to connect to (?<host>[\w.-]+)(?:\/[^:]*)?:6379/,
          // StackExchange.Redis (.NET): "It was not possible to connect to the redis server(s). UnableToConnect on host:6379/Interactive".
          /\bUnableToConnect on (?<host>[\w.-]+):6379\b/,
        ],
      },
    },
    diagnosis: 'Redis at {host}:6379 refuses connections: it is down or its Service has no endpoints.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Redis at {host}:6379 is down or unreachable; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint: 'Check the Redis pods or ElastiCache cluster and the Service endpoints.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'redis-noauth',
    title: 'Redis authentication failed',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /NOAUTH Authentication required/,
          /WRONGPASS invalid username-password pair/,
          /username-password pair or user is disabled/,
        ],
      },
    },
    diagnosis: 'Redis rejects {workload}: authentication is required or the password is wrong.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Redis authentication fails for {workload}: fix the Redis password/ACL user in the Secret.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint: 'Check requirepass/ACL users against the Secret; ElastiCache with AUTH needs TLS too.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'redis-misconf-persistence',
    title: 'Redis refuses writes: snapshots failing',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /MISCONF Redis is configured to save RDB snapshots, but it(?:'s| is) currently (?:not able|unable) to persist to disk/,
        ],
      },
    },
    captures: REDIS_CACHE_CAPTURES,
    diagnosis:
      'Redis[[ {cache}]] refuses writes (MISCONF): it cannot save RDB snapshots to disk, usually because its disk is full or not writable.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Redis[[ {cache}]] cannot persist to disk (MISCONF) and refuses writes: free its disk or fix the volume; a flush does not fix it.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Check the Redis data volume (space, permissions) and the Redis log for the bgsave error; stop-writes-on-bgsave-error can be disabled only as a stopgap.',
    rollout: 'mention',
  },
  {
    id: 'redis-readonly-replica',
    title: 'Writes sent to a Redis replica',
    category: 'dependency',
    match: { logs: { any: [/READONLY You can't write against a read only (?:replica|slave)/] } },
    diagnosis:
      '{workload} writes to a Redis replica (READONLY): after a failover its connections still point at the old primary.',
    actions: [{ kind: 'rollout-restart' }],
    fixable: true,
    confidence: 0.8,
    remediationHint:
      'A rollout restart reconnects to the new primary; make the client follow failovers (Sentinel-aware client, or the primary endpoint with DNS re-resolution).',
    // A rollout that pointed the client somewhere new (a reader endpoint) is the cause; a failover is not.
    rollout: 'blame-if-endpoint-changed',
  },
  {
    id: 'sql-write-on-read-only-node',
    title: 'SQL writes sent to a read-only database node',
    category: 'dependency',
    match: {
      logs: {
        any: [
          // PostgreSQL (SQLSTATE 25006) on a standby or a demoted primary.
          /\bcannot execute (?<statement>[A-Z]{3,20}(?: [A-Z]{2,20})?) in a read-only transaction\b/,
          // MySQL and Aurora MySQL (error 1290) on a reader or a demoted writer.
          /\bThe MySQL server is running with the --(?:super-)?read-only option so it cannot execute this statement\b/,
        ],
      },
    },
    diagnosis:
      '{workload} sends writes[[ ({statement})]] to a database node that only reads: after a failover or switchover its pooled connections still point at the old primary.',
    actions: [
      { kind: 'rollout-restart' },
      {
        kind: 'escalate',
        reason:
          '{workload} writes to a read-only database node: if fresh connections still land there, the writer endpoint itself points at a reader.',
      },
    ],
    fixable: true,
    confidence: 0.8,
    remediationHint:
      'A rollout restart opens fresh pools that resolve the writer endpoint again; make the pool follow failovers (short DNS TTLs, a max connection lifetime, target_session_attrs=read-write, the AWS JDBC wrapper).',
    // Right after a rollout the rollout is the likelier cause: a DB_HOST pointed at the reader, or code
    // that opens read-only transactions (PostgreSQL answers those with the same 25006); a restart
    // would land every pod on the same wall.
    rollout: 'blame',
  },
  // ---------------------------------------------------------------- Kafka
  {
    id: 'kafka-broker-unreachable',
    title: 'Kafka brokers unreachable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /Connection to node -?\d+ \((?<broker>[^)]+)\) could not be established\. Broker may not be available/,
          /KafkaJSConnectionError: Connection error: (?<detail>.{0,120})/,
          /\[Connection\] Connection error: connect ECONNREFUSED (?<broker>[\w.:-]+)/,
          /Connect to ipv[46]#(?<broker>[\w.:[\]-]+) failed: Connection refused/,
          /kafka: client has run out of available brokers to talk to/,
        ],
      },
    },
    diagnosis: 'Kafka broker[[ {broker}]] cannot be reached from {workload}.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Kafka brokers are unreachable from {workload}: check the cluster and bootstrap servers.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check broker health (MSK console), bootstrap servers, advertised.listeners and security groups / TLS port (9094/9096).',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'kafka-leader-not-available',
    title: 'Kafka partition without leader',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /\{(?<topic>[\w.-]+)=LEADER_NOT_AVAILABLE\}/,
          /There is no leader for this topic-partition as we are in the middle of a leadership election/,
          /In the middle of a leadership election, there is currently no leader for this partition/,
        ],
      },
    },
    diagnosis:
      'Kafka has no leader for partitions of {topic|a topic} (LEADER_NOT_AVAILABLE): a broker is down or an election is running.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Kafka partitions of {topic|a topic} have no leader: check broker health; usually transient.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Usually transient during broker restarts; if it persists, check under-replicated partitions and offline brokers.',
    rollout: 'mention',
  },
  {
    id: 'kafka-topic-missing',
    title: 'Kafka topic not in metadata',
    category: 'config',
    match: {
      logs: {
        any: [
          /TimeoutException: Topic (?<topic>\S+) not present in metadata after (?<ms>\d+) ms/,
          /\{(?<topic>[\w.-]+)=UNKNOWN_TOPIC_OR_PARTITION\}/,
          /This server does not host this topic-partition/,
        ],
      },
    },
    diagnosis:
      'Kafka topic {topic|used by the producer} does not exist (not present in metadata), and auto-creation is off.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Kafka topic {topic|(unknown)} does not exist: create it or fix the topic name.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Create the topic (with the intended partitions and replication) or correct the name; check ACLs if it does exist.',
    rollout: 'blame-if-config-changed',
  },
  {
    // A running process whose consumer the broker took out of its group: it rejoins only when its
    // poll loop comes back, and a loop stuck on one call (the common case once an alert fires on
    // the lag) never does. Restarting the one pod rejoins it; the escalation stays behind.
    id: 'kafka-consumer-out-of-group',
    title: 'Kafka consumer out of its group while the process runs',
    category: 'runtime',
    signals: ['ProbeFailure'],
    match: {
      logs: {
        any: KAFKA_OUT_OF_GROUP,
      },
    },
    diagnosis:
      'The Kafka consumer in {container} took longer than max.poll.interval.ms[[ ({interval})]] between polls and the broker took it out of its group; the process still runs, but its partitions stand still until its poll loop returns.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          'The Kafka consumer of {workload} left its group (processing outran max.poll.interval.ms): a new pod rejoins it; the slow or stuck step in its poll loop (a blocking call per batch) or max.poll.records / max.poll.interval.ms must change, or it recurs.',
      },
    ],
    fixable: true,
    confidence: 0.82,
    remediationHint:
      'Find what blocks the poll loop (a slow downstream call per record, a lock); lower max.poll.records or raise max.poll.interval.ms; a restart only rejoins the group.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'kafka-consumer-poll-timeout',
    title: 'Kafka consumer left its group: processing outran max.poll.interval.ms',
    category: 'runtime',
    match: {
      logs: {
        any: KAFKA_OUT_OF_GROUP,
      },
    },
    diagnosis:
      'The Kafka consumer in {container} took longer than max.poll.interval.ms[[ ({interval})]] between polls: the broker took it out of its group and its partitions stand still while the process looks alive.',
    // Escalated: the process crash-loops, so it is restarted anyway. A running one is
    // `kafka-consumer-out-of-group`'s, restarted unless its log shows it rejoined (stalled-consumer.ts).
    actions: [
      {
        kind: 'escalate',
        reason:
          'The Kafka consumer of {workload} left its group (processing outran max.poll.interval.ms). If its poll loop is stuck (nothing processed since), a restart rejoins it; the slow step (a blocking call per batch) or max.poll.records / max.poll.interval.ms must change, or it recurs.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Find what blocks the poll loop (a slow downstream call per record, a lock); lower max.poll.records or raise max.poll.interval.ms; a restart only rejoins the group.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'kafka-streams-dead',
    title: 'Kafka Streams: every stream thread died, the process lives on',
    category: 'runtime',
    match: {
      logs: {
        any: [/\bAll stream threads have died\. The instance will be in error state and should be closed\./],
      },
    },
    diagnosis:
      'Every Kafka Streams thread in {container} died: the process is up but processes nothing until it is restarted.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          'The Kafka Streams threads of {workload} died (the error before it names why): a restart resumes processing; find the exception that killed them, or it recurs.',
      },
    ],
    fixable: true,
    confidence: 0.82,
    remediationHint:
      'The ERROR just before names what killed the threads (a fenced producer, a deserialisation error); set an uncaught exception handler that replaces threads, and fix the cause.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- RabbitMQ
  {
    id: 'kafka-not-authorized',
    title: 'Kafka ACLs deny the client',
    category: 'permissions',
    match: {
      logs: {
        any: [
          /\b(?:Topic|Group|Cluster|TransactionalId)AuthorizationException: (?<detail>[^\n]{1,160})/,
          /\bTOPIC_AUTHORIZATION_FAILED\b|\bGROUP_AUTHORIZATION_FAILED\b|Broker: (?:Topic|Group) authorization failed/,
          /\bSaslAuthenticationException: (?<detail>[^\n]{1,160})/,
        ],
      },
    },
    diagnosis:
      'Kafka denies {workload} access[[ ({detail})]]: its principal lacks an ACL or its SASL credentials are wrong.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Kafka refuses {workload}[[ ({detail})]]: grant the ACL (topic, group) to its principal or fix its SASL credentials; restarts cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'kafka-acls --list for the principal; MSK IAM needs kafka-cluster:* actions on the topic and group ARNs; a renamed consumer group needs its own ACL.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'nats-unreachable',
    title: 'NATS unreachable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /\bnats: no servers available for connection\b/,
          /\bNATS\w*: (?:Could not connect to server|CONNECTION_REFUSED)/,
        ],
      },
    },
    diagnosis:
      '{workload} cannot reach any NATS server: the NATS cluster is down or its Service has no endpoints.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'NATS is unreachable from {workload}: check the NATS pods and Service; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint: 'Check the NATS StatefulSet, its Service and the client URL (nats://host:4222).',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'rabbitmq-access-refused',
    title: 'RabbitMQ login refused',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /ACCESS_REFUSED - Login was refused using authentication mechanism (?<mechanism>\w+)/,
          /Login was refused using authentication mechanism (?<mechanism>\w+)/,
          /ACCESS_REFUSED - access to vhost '(?<vhost>[^']*)' refused for user '(?<user>[^']*)'/,
        ],
      },
    },
    diagnosis:
      'RabbitMQ refuses the login of {workload} (ACCESS_REFUSED): wrong credentials or no access to the vhost.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'RabbitMQ refuses the credentials of {workload}: fix the user/password in the Secret or its vhost permissions.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Check the user and vhost permissions (rabbitmqctl list_permissions); the guest user only works from localhost.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'rabbitmq-connection-refused',
    title: 'RabbitMQ unreachable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /ECONNREFUSED (?<host>[\w.:-]+?):5672\b/,
          /dial tcp (?<host>[\w.-]+):5672: connect: connection refused/,
          /AmqpConnectException: java\.net\.ConnectException: Connection refused/,
          /AMQPConnect(?:ion|orSocketConnect)Error/,
          /Cannot connect to amqps?:\/\/(?:[^@\s]*@)?(?<host>[\w.-]+):5672\S*: (?:\[Errno 111\] )?Connection refused/,
        ],
      },
    },
    diagnosis:
      'RabbitMQ[[ at {host}]] refuses connections from {workload}: the broker is down or unreachable.',
    actions: [
      {
        kind: 'escalate',
        reason: 'RabbitMQ {host|broker} is down or unreachable; restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check the broker pods (memory/disk alarms block connections too) and the Service endpoints.',
    rollout: 'blame-if-config-changed',
  },
  {
    // The broker closes the channel of a consumer that held a delivery unacknowledged past its
    // consumer_timeout; most clients do not reopen it, so a running worker idles while its queue grows.
    id: 'rabbitmq-consumer-ack-timeout',
    title: 'RabbitMQ closed the consumer channel: a delivery was not acknowledged in time',
    category: 'dependency',
    signals: ['ProbeFailure'],
    match: {
      logs: {
        any: [
          /\bPRECONDITION_FAILED - delivery acknowledgement on channel (?<channel>\d{1,5}) timed out\b(?:\. Timeout value used: (?<ms>\d{1,12}) ms)?/,
        ],
      },
    },
    diagnosis:
      'RabbitMQ closed channel {channel|of the consumer} of {container}: a delivery stayed unacknowledged past the consumer timeout[[ ({ms} ms)]]. The client does not reopen the channel, so the process runs but consumes nothing.',
    actions: [
      { kind: 'restart-pod' },
      {
        kind: 'escalate',
        reason:
          '{workload} held a RabbitMQ delivery unacknowledged past the consumer timeout and lost its channel: a new pod consumes again; a handler that runs longer than the timeout (or never acks) will lose it again.',
      },
    ],
    fixable: true,
    confidence: 0.88,
    remediationHint:
      'Find the handler that runs past consumer_timeout (or never acknowledges); ack before long work or raise consumer_timeout for that queue (x-consumer-timeout), and let the client reopen a closed channel.',
    rollout: 'mention',
  },
  {
    id: 'rabbitmq-precondition-failed',
    title: 'RabbitMQ queue declared with different arguments',
    category: 'config',
    match: {
      logs: {
        any: [
          /PRECONDITION_FAILED - inequivalent arg '(?<arg>[^']+)' for (?:queue|exchange) '(?<queue>[^']+)'/,
          /PRECONDITION_FAILED - (?<detail>[^"')]{1,160})/,
        ],
      },
    },
    diagnosis:
      'RabbitMQ refuses to redeclare {queue|a queue}: argument {arg|(see log)} differs from the existing one (PRECONDITION_FAILED).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Queue {queue|(see log)} exists with other arguments ({arg|PRECONDITION_FAILED}): migrate the queue or align the code.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'A queue cannot change its arguments (type, TTL, DLX) in place: migrate via a new queue, or revert the declaration.',
    rollout: 'blame',
  },
  {
    id: 'rabbitmq-memory-alarm',
    title: 'RabbitMQ blocks publishers: its memory alarm is set',
    category: 'limits',
    match: {
      logs: {
        any: [/\bmemory resource limit alarm set on node\b/, /\bis blocked by resource alarm: memory\b/],
      },
    },
    diagnosis:
      'RabbitMQ set its memory alarm: it blocks every publishing connection until its memory falls back under the high watermark, so producers hang while consumers keep draining.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'RabbitMQ blocks publishers on its memory alarm: find the queue that grows (no consumers, a stuck consumer, a backlog) and drain it, or give the broker more memory; restarting producers or the broker does not clear it.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'rabbitmqctl list_queues name messages consumers memory: a queue with no or slow consumers is usual; vm_memory_high_watermark is a share of the memory the broker sees (the container limit on cgroup-aware versions).',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- Cassandra / ZooKeeper
  {
    id: 'cassandra-unavailable',
    title: 'Cassandra replicas not answering',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /(?<error>WriteTimeoutException|ReadTimeoutException|UnavailableException): (?<detail>.{0,200})/,
          /(?<error>AllNodesFailedException|NoHostAvailableException): (?<detail>.{0,200})/,
        ],
      },
    },
    diagnosis: 'Cassandra does not answer {workload} in time ({error}): {detail}',
    actions: [
      {
        kind: 'escalate',
        reason: 'Cassandra replicas are down or overloaded ({error}); restarting {workload} will not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Check nodetool status (down nodes), compaction and GC pauses; the consistency level needs enough live replicas.',
    rollout: 'mention',
  },
  {
    id: 'zookeeper-session-expired',
    title: 'ZooKeeper session expired',
    category: 'dependency',
    match: {
      logs: { any: [/KeeperException\$SessionExpiredException/, /KeeperErrorCode = Session expired/] },
    },
    diagnosis:
      'The ZooKeeper session of {workload} expired: ZooKeeper was unreachable or the process paused longer than the session timeout.',
    actions: [
      {
        kind: 'escalate',
        reason: 'ZooKeeper session of {workload} expired: check ZooKeeper health and long GC pauses.',
      },
    ],
    fixable: false,
    confidence: 0.75,
    remediationHint:
      'Check the ZooKeeper ensemble (quorum, latency) and GC pauses of the client longer than the session timeout.',
    rollout: 'mention',
  },
  // ---------------------------------------------------------------- Elasticsearch / OpenSearch
  {
    id: 'elasticsearch-flood-stage',
    title: 'Elasticsearch index read-only (disk flood stage)',
    category: 'dependency',
    // Clients print the block in their own words, with or without the exception's name.
    match: {
      logs: {
        any: [/flood[- ]stage (?:disk )?watermark/i, /read-only-allow-delete|read-only \/ allow delete/i],
      },
    },
    boost: { logs: { any: [/cluster_block_exception|ClusterBlockException/] } },
    captures: [/index \[(?<index>[^\]]+)\] blocked by/],
    diagnosis:
      'Elasticsearch blocks writes to index {index|(see log)}: its disks passed the flood-stage watermark (read-only-allow-delete).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Elasticsearch disks are full (flood stage): free space or add storage; writes from {workload} are blocked.',
      },
    ],
    fixable: false,
    confidence: 0.9,
    remediationHint:
      'Delete old indices or grow the volumes; Elasticsearch 7.4+ lifts the block itself once usage drops below the high watermark.',
    rollout: 'mention',
  },
  {
    id: 'elasticsearch-circuit-breaker',
    title: 'Elasticsearch circuit breaker tripped',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /circuit_breaking_exception/,
          /CircuitBreakingException/,
          /\[(?<breaker>parent|fielddata|request|in_flight_requests)\] Data too large/,
        ],
      },
    },
    captures: [/\[(?<breaker>parent|fielddata|request|in_flight_requests)\] Data too large/],
    diagnosis:
      'Elasticsearch rejects requests: the {breaker|parent} circuit breaker tripped (data too large for the heap).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'Elasticsearch heap is exhausted ({breaker|parent} circuit breaker): reduce request size or add heap/nodes.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Smaller bulk requests and aggregations; more heap (≤ 50% of RAM, ≤ 31 GB) or more data nodes.',
    rollout: 'mention',
  },
  {
    id: 'elasticsearch-unreachable',
    title: 'Elasticsearch unreachable',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /NoNodesAvailableException\[None of the configured nodes are available/,
          /ConnectionError: connect ECONNREFUSED (?<host>[\w.:-]+?):9200\b/,
          /(?:elasticsearch\.exceptions|elastic_transport)\.ConnectionError/,
          /dial tcp (?<host>[\w.-]+):9200: connect: connection refused/,
        ],
      },
    },
    diagnosis: 'Elasticsearch[[ at {host}]] cannot be reached from {workload}.',
    actions: [
      {
        kind: 'escalate',
        reason: 'Elasticsearch {host|cluster} is unreachable from {workload}: check the cluster.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'Check cluster health (red status, master election), the Service endpoints and the client URL/port.',
    rollout: 'blame-if-config-changed',
  },
  // ---------------------------------------------------------------- any data store: capacity
  {
    id: 'datastore-storage-full',
    title: 'A data store refuses writes: out of space or over its storage quota',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /\b(?<store>etcd)server: (?:mvcc: database space exceeded|no space)\b/,
          /\bmvcc: database space exceeded\b/,
          /\balarm:NOSPACE\b/,
          /\bStorage (?:backend has )?reached its minimum free (?:drive|disk) threshold\b/,
          /\bX(?<store>Minio)StorageFull\b/,
          /\b507 Insufficient Storage\b/,
        ],
      },
    },
    diagnosis:
      'A data store[[ ({store})]] that {workload} writes to refuses writes: it is out of disk space or over its storage quota.',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The data store[[ ({store})]] behind {workload} is full and refuses writes: free or grow its storage (compact and defragment etcd, delete or expire objects); restarting or scaling {workload} cannot help.',
      },
    ],
    fixable: false,
    confidence: 0.85,
    remediationHint:
      'etcd: etcdctl compact, defrag, alarm disarm, then raise --quota-backend-bytes; object stores: df -i and df -h on every drive, lifecycle rules; grow the volumes.',
    rollout: 'mention',
  },
  {
    id: 'datastore-memory-limit',
    title: 'A data store rejects work over its own memory limit',
    category: 'dependency',
    match: {
      logs: {
        any: [
          /\bMEMORY_LIMIT_EXCEEDED\b/,
          /\b[Mm]emory limit \((?:total|for query|for user)\) exceeded\b/,
          /\((?:total|query|user)\) memory limit exceeded: would use\b/,
          /\bDETAIL: {1,2}Failed on request of size \d{1,20}\b/,
          /\bout of memory \(SQLSTATE 53200\)/,
          /\bOut of memory; check if mysqld or some other process uses all available memory\b/,
          /\bSERVER_ERROR out of memory storing object\b/,
        ],
      },
    },
    captures: [
      /\bwould use (?<usage>[\d.]{1,12} ?[KMGT]i?B)\b[^\n]{0,200}?\bmaximum: (?<limit>[\d.]{1,12} ?[KMGT]i?B)/,
    ],
    diagnosis:
      'A data store that {workload} uses rejects its queries or writes: the store ran out of its own memory budget[[ (would use {usage}, maximum {limit})]].',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The data store behind {workload} is out of memory for this work: reduce the query or batch, or give the store more memory; more memory for {workload} itself changes nothing.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'ClickHouse: max_memory_usage / max_server_memory_usage and the query (GROUP BY spilling, joins); PostgreSQL: work_mem and the server memory; Memcached: -m and item sizes (slab classes).',
    rollout: 'mention',
  },
  {
    id: 'sqlite-database-locked',
    title: 'SQLite database locked by another writer',
    category: 'config',
    match: {
      logs: {
        errorLinesOnly: true,
        any: [/\b(?:database is locked|database table is locked|SQLITE_BUSY|SQLITE_LOCKED)\b/],
      },
    },
    boost: { events: [/\bScaled up replica set\b/] },
    diagnosis:
      '{workload} cannot write its SQLite database: another writer holds the lock (a second replica or a leftover process on the same file, or a network volume whose locks SQLite cannot rely on).',
    actions: [
      {
        kind: 'escalate',
        reason:
          'The SQLite file of {workload} is locked by another writer: SQLite allows one writer, so more replicas make it worse. Run one replica (strategy Recreate) or move to a server database; check the volume is not NFS/EFS.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'One replica per SQLite file (replicas: 1, strategy Recreate so the old pod lets go first); a ReadWriteMany network volume breaks SQLite locking. For more than one replica, use PostgreSQL or MySQL.',
    rollout: 'blame-if-config-changed',
  },
  {
    id: 'storage-blocks-overlap-or-corrupt',
    title: 'Stored blocks overlap or are corrupt (a store halts)',
    category: 'disk',
    match: {
      logs: {
        errorLinesOnly: true,
        any: [
          /\b(?:overlaps? found|overlapping blocks|block time ranges overlap|blocks? overlap)\b/i,
          /\bcorrupt(?:ed|ion)?\b[^\n]{0,30}?\b(?:block|chunk|segment|WAL|sstable|page|commit ?log|tsdb)s?\b/i,
          /\b(?:block|chunk|segment|WAL|sstable|page)s? (?:is |are )?corrupt(?:ed)?\b/i,
        ],
      },
    },
    diagnosis:
      '{workload} found stored data it cannot trust (blocks that overlap or are corrupt) and halted or refuses the data: a restart meets the same blocks.',
    actions: [
      {
        kind: 'escalate',
        reason:
          '{workload} stopped on overlapping or corrupt stored blocks: a human must inspect, repair or remove them (the line names them); restarts and more resources do not help.',
      },
    ],
    fixable: false,
    confidence: 0.8,
    remediationHint:
      'Find what wrote the bad blocks (two writers with the same external labels or replica id, an interrupted upload, a disk fault); mark or delete the named blocks with the tool of the store (thanos tools bucket, promtool tsdb, the store’s repair), then let it resume.',
    rollout: 'mention',
  },
];
