import type { EvidenceSample } from '../../testing/evidence-fixture.ts';

/** The shape of `CatalogSamples` (samples.ts), restated: samples.ts imports this module. */
type FamilySamples = Record<
  string,
  { positive: readonly (EvidenceSample & { expectBest?: string })[]; negative?: readonly EvidenceSample[] }
>;

/**
 * Samples of the start-up, cloud, pod-start and runtime families added for issue 14, written from
 * the software's own documentation and trackers (other projects and wording than the held-out set
 * in `healing/bench/heldout`).
 */
export const FAMILY_SAMPLES: FamilySamples = {
  // ------------------------------------------------------------------ probes, generic dependencies
  'liveness-probe-port-closed': {
    positive: [
      {
        signal: 'ProbeFailure',
        events: [
          {
            reason: 'Unhealthy',
            message: 'Liveness probe failed: dial tcp 10.1.4.22:9000: connect: connection refused',
          },
          { reason: 'Killing', message: 'Container minio failed liveness probe, will be restarted' },
        ],
        lastExitCode: 137,
      },
    ],
    negative: [
      {
        signal: 'ProbeFailure',
        events: [
          { reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500' },
        ],
      },
    ],
  },
  'ruby-gem-missing': {
    positive: [
      {
        previousLog:
          "/usr/local/lib/ruby/3.2.0/rubygems/core_ext/kernel_require.rb:86:in `require': cannot load such file -- pg (LoadError)",
        lastExitCode: 1,
      },
      {
        previousLog:
          'Could not find rack-3.0.9.1 in any of the sources\nRun `bundle install` to install missing gems.',
        lastExitCode: 7,
      },
    ],
    negative: [{ previousLog: 'I, [2026-03-02T09:41:07] INFO -- : loaded 212 gems from Gemfile.lock' }],
  },
  'data-directory-owner-mismatch': {
    positive: [
      {
        previousLog:
          'mongod: the data directory /data/db is owned by uid 0, but mongod runs as uid 999: refusing to start',
        lastExitCode: 100,
      },
    ],
  },
  'license-expired': {
    positive: [
      {
        previousLog:
          '2026-03-02T09:41:07Z ERROR startup aborted: Enterprise license has expired (valid until 2026-02-28)',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog: 'INFO license check ok, valid until 2027-01-01 (Apache-2.0 components listed in NOTICE)',
      },
    ],
  },
  'elasticsearch-flood-stage': {
    positive: [
      {
        previousLog:
          '{"level":"error","msg":"bulk request failed","error":"elastic: Error 429 (Too Many Requests): index [orders-v3] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block]"}',
        lastExitCode: 1,
      },
    ],
  },
  // ------------------------------------------------------------------ runtimes
  'go-runtime-panic': {
    positive: [
      {
        previousLog: [
          '2026/03/02 09:41:07 consuming partition 4',
          'panic: runtime error: slice bounds out of range [5:3]',
          '',
          'goroutine 42 [running]:',
          'main.decodeHeader(...)',
        ].join('\n'),
        lastExitCode: 2,
      },
      {
        previousLog:
          'panic: interface conversion: interface {} is nil, not map[string]interface {}\n\ngoroutine 1 [running]:',
        lastExitCode: 2,
      },
    ],
    negative: [{ previousLog: 'level=warn msg="recovered from panic in handler" err="index out of range"' }],
  },
  'go-concurrent-map-access': {
    positive: [
      {
        previousLog:
          'fatal error: concurrent map read and map write\n\ngoroutine 311 [running]:\ninternal/runtime/maps.fatal({0x1c2b8f0?, 0x0?})',
        lastExitCode: 2,
      },
    ],
  },
  'go-closed-channel': {
    positive: [{ previousLog: 'panic: close of closed channel\n\ngoroutine 77 [running]:', lastExitCode: 2 }],
  },
  'go-panic': {
    positive: [
      {
        previousLog: [
          'panic: unable to load config: open /etc/relay/config.yaml: no such file or directory',
          '',
          'goroutine 1 [running]:',
          'main.main()',
          '\t/src/cmd/relay/main.go:27 +0x1c5',
        ].join('\n'),
        lastExitCode: 2,
      },
    ],
    negative: [{ previousLog: 'level=error msg="handler panic recovered" panic="boom"' }],
  },
  'rust-panic': {
    positive: [
      {
        previousLog: [
          "thread 'main' panicked at 'failed to read config: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }', src/config.rs:31:10",
          'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
        ].join('\n'),
        lastExitCode: 101,
      },
      {
        previousLog: [
          "thread 'actix-rt|system:0|arbiter:3' panicked at crates/api/src/handlers.rs:88:14:",
          'called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }',
        ].join('\n'),
        lastExitCode: 101,
      },
    ],
  },
  'rust-sqlx-pool-timeout': {
    positive: [
      {
        previousLog:
          '2026-03-02T09:41:07.000000Z ERROR sqlx::pool::inner: acquire failed error=PoolTimedOut\nError: PoolTimedOut',
        lastExitCode: 1,
      },
    ],
  },
  'database-unreachable': {
    positive: [
      {
        previousLog:
          'Error: error connecting to server: Connection refused (os error 111)\n\nCaused by:\n    Connection refused (os error 111)',
        lastExitCode: 1,
      },
    ],
  },
  'port-in-use': {
    positive: [
      {
        previousLog:
          '2026/03/02 09:41:07 [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)',
        lastExitCode: 1,
      },
      {
        previousLog: 'FATAL: listen tcp4 0.0.0.0:9090: bind: address already in use',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Exception in thread "main" java.net.BindException: Address already in use\n\tat java.base/sun.nio.ch.Net.bind0(Native Method)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO reusing address 0.0.0.0:8080 (SO_REUSEADDR set)' }],
  },
  'python-import-error': {
    positive: [
      {
        previousLog: [
          'Traceback (most recent call last):',
          '  File "/srv/app/wsgi.py", line 3, in <module>',
          '    import lxml.etree',
          'ImportError: libxslt.so.1: cannot open shared object file: No such file or directory',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
  },
  'python-key-error-startup': {
    positive: [
      {
        previousLog: [
          'Traceback (most recent call last):',
          '  File "/srv/app/main.py", line 7, in <module>',
          '    QUEUE = CONFIG["queues"]["ingest"]',
          "KeyError: 'ingest'",
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: "WARNING cache miss for KeyError: 'user:42' (recomputed)" }],
  },
  'jvm-unsupported-class-version': {
    positive: [
      {
        previousLog:
          'Error: LinkageError occurred while loading main class com.example.App\n\tjava.lang.UnsupportedClassVersionError: com/example/App has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0',
        lastExitCode: 1,
      },
    ],
  },
  'jvm-heap-reservation-failed': {
    positive: [
      {
        previousLog:
          'Error occurred during initialization of VM\nCould not reserve enough space for 4194304KB object heap',
        lastExitCode: 1,
      },
      {
        previousLog: 'Invalid maximum heap size: -Xmx8gb\nError: Could not create the Java Virtual Machine.',
        lastExitCode: 1,
      },
    ],
  },
  'php-memory-limit': {
    positive: [
      {
        previousLog:
          'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Collections/Arr.php on line 240',
        lastExitCode: 255,
      },
    ],
  },
  // ------------------------------------------------------------------ datastores
  'redis-oom-job-queue': {
    positive: [
      {
        previousLog: [
          '2026-03-02 09:41:07 [worker.1] Resque::Worker starting',
          "Redis::CommandError: OOM command not allowed when used memory > 'maxmemory'.",
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"error","msg":"enqueue failed","queue":"default","error":"OOM command not allowed when used memory > \'maxmemory\'."}',
      },
    ],
    negative: [
      {
        currentLog:
          '{"level":"error","msg":"session write failed","err":"OOM command not allowed when used memory > \'maxmemory\'."}',
      },
    ],
  },
  'kafka-not-authorized': {
    positive: [
      {
        previousLog:
          'org.apache.kafka.common.errors.GroupAuthorizationException: Not authorized to access group: billing-consumers',
        lastExitCode: 1,
      },
    ],
  },
  'nats-unreachable': {
    positive: [
      {
        previousLog: 'FATAL connect to nats://nats.messaging:4222: nats: no servers available for connection',
        lastExitCode: 1,
      },
    ],
  },
  'jvm-direct-memory-oom': {
    positive: [
      {
        previousLog:
          'io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory\nCaused by: java.lang.OutOfMemoryError: Direct buffer memory',
        lastExitCode: 1,
      },
    ],
  },
  'privileged-port-denied': {
    positive: [
      {
        previousLog: '2026/03/02 09:41:07 [emerg] 1#1: bind() to 0.0.0.0:80 failed (13: Permission denied)',
        lastExitCode: 1,
      },
      { previousLog: 'Error: listen EACCES: permission denied 0.0.0.0:443', lastExitCode: 1 },
    ],
  },
  'pids-exhausted': {
    positive: [
      {
        previousLog:
          'runtime: failed to create new OS thread (have 1021 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc',
        lastExitCode: 2,
      },
    ],
  },
  'dependency-connection-timeout': {
    positive: [
      {
        previousLog:
          'level=error msg="fetch rates" err="Get \\"http://10.0.44.7:8080/rates\\": dial tcp 10.0.44.7:8080: i/o timeout"',
        lastExitCode: 1,
      },
    ],
  },
  'kubernetes-rbac-forbidden': {
    positive: [
      {
        previousLog:
          'E0302 09:41:07.000000       1 reflector.go:147] failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:tools:reloader" cannot list resource "configmaps" in API group "" at the cluster scope',
        lastExitCode: 1,
      },
      // klog's structured form (client-go 1.31+): the error in err="…" with its quotes escaped.
      {
        signal: 'Alert',
        currentLog:
          'E0302 09:41:07.000000       1 reflector.go:158] "Unhandled Error" err="k8s.io/client-go@v0.31.0/tools/cache/reflector.go:243: Failed to watch *v1.Certificate: failed to list *v1.Certificate: certificates.cert-manager.io is forbidden: User \\"system:serviceaccount:certs:cert-manager\\" cannot list resource \\"certificates\\" in API group \\"cert-manager.io\\" at the cluster scope" logger="UnhandledError"',
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"error","ts":"2026-03-02T09:41:07.000Z","logger":"controller-runtime.source","msg":"failed to get informer from cache","error":"pods is forbidden: User \\"system:serviceaccount:ops:kube-janitor\\" cannot list resource \\"pods\\" in API group \\"\\" at the cluster scope"}',
      },
      {
        signal: 'Alert',
        currentLog:
          'time="2026-03-02T09:41:07Z" level=error msg="sync failed" err="secrets is forbidden: User \\"system:serviceaccount:ops:sealed-secrets\\" cannot watch resource \\"secrets\\" in API group \\"\\" in the namespace \\"ops\\""',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          'I0302 09:41:07.000000       1 leaderelection.go:250] "attempting to acquire leader lease" lease="ops/sealed-secrets"',
      },
    ],
  },
  'config-file-not-found': {
    positive: [
      {
        previousLog:
          "Error: ENOENT: no such file or directory, open '/etc/gateway/routes.json'\n    at Object.openSync (node:fs:573:18)",
        lastExitCode: 1,
      },
    ],
  },
  'entrypoint-interpreter-missing': {
    positive: [
      {
        previousLog: 'standard_init_linux.go:228: exec user process caused: no such file or directory',
        lastExitCode: 1,
      },
    ],
  },
  'mesh-upstream-connect-error': {
    positive: [
      {
        currentLog:
          '[2026-03-02T09:41:07.000Z] "GET /api/stock HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure}\nerror calling inventory: status 503: upstream connect error or disconnect/reset before headers. reset reason: connection failure',
        signal: 'ProbeFailure',
      },
    ],
  },
  // ------------------------------------------------------------------ cloud
  'aws-api-throttled': {
    positive: [
      {
        previousLog:
          'ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)',
        lastExitCode: 1,
      },
      {
        previousLog:
          'com.amazonaws.services.kinesis.model.LimitExceededException: Rate exceeded for shard shardId-000000000003 in stream clicks under account 123456789012. (Service: AmazonKinesis; Status Code: 400; Error Code: LimitExceededException)',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO throttling disabled for local development' }],
  },
  'aws-imds-unreachable': {
    positive: [
      {
        previousLog:
          'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()])',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Error: EC2RoleRequestError: no EC2 instance role found\ncaused by: EC2MetadataError: failed to make EC2Metadata request',
        lastExitCode: 1,
      },
    ],
  },
  // ------------------------------------------------------------------ start-up
  'migration-checksum-mismatch': {
    positive: [
      {
        previousLog: [
          'Caused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation',
          'Migration checksum mismatch for migration version 1.4',
          '-> Applied to database : 1384218771',
          '-> Resolved locally    : -551107463',
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog:
          'liquibase.exception.ValidationFailedException: Validation Failed:\n     1 changesets check sum\n          db/changelog/2024-01-orders.yaml::7::dev was: 9:d41d8cd98f00b204e9800998ecf8427e but is now: 9:0cc175b9c0f1b6a831c399e269772661',
        lastExitCode: 1,
      },
      {
        previousLog: 'Error: migration 20240102_add_orders was previously applied but has been modified',
        lastExitCode: 1,
      },
    ],
  },
  'migration-failed': {
    positive: [
      {
        previousLog: [
          'ERROR: Migration V3__orders_fk.sql failed',
          '-----------------------------------------',
          'SQL State  : 23503',
          'Message    : ERROR: insert or update on table "orders" violates foreign key constraint',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
  },
  'database-schema-missing': {
    positive: [
      {
        previousLog:
          'org.postgresql.util.PSQLException: ERROR: relation "public.shipments" does not exist\n  Position: 15',
        lastExitCode: 1,
      },
      {
        previousLog: 'sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: accounts',
        lastExitCode: 1,
      },
    ],
  },
  'database-does-not-exist': {
    positive: [
      {
        previousLog: 'FATAL:  database "orders_prod" does not exist',
        lastExitCode: 1,
      },
      {
        previousLog: "ERROR 1049 (42000): Unknown database 'inventory'",
        lastExitCode: 1,
      },
    ],
  },
  'config-file-invalid': {
    positive: [
      {
        previousLog:
          'Error: failed to load config: yaml: unmarshal errors:\n  line 12: cannot unmarshal !!str `ten` into time.Duration',
        lastExitCode: 1,
      },
      {
        previousLog:
          'Error: unknown field `listen_adress`, expected one of `listen_address`, `workers` at line 3 column 1',
        lastExitCode: 1,
      },
      {
        previousLog:
          'pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\nredis_url\n  Field required [type=missing, input_value={}, input_type=dict]',
        lastExitCode: 1,
      },
    ],
  },
  'nginx-config-invalid': {
    positive: [
      {
        previousLog:
          'nginx: [emerg] invalid number of arguments in "proxy_set_header" directive in /etc/nginx/conf.d/site.conf:9',
        lastExitCode: 1,
      },
      {
        previousLog:
          'nginx: [emerg] unknown "upstream_host" variable\nnginx: configuration file /etc/nginx/nginx.conf test failed',
        lastExitCode: 1,
      },
    ],
  },
  'nginx-emerg': {
    positive: [
      {
        previousLog:
          'nginx: [emerg] open() "/etc/nginx/snippets/cors.conf" failed (2: No such file or directory) in /etc/nginx/conf.d/default.conf:18',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: '2026/03/02 09:41:07 [warn] 1#1: the "http2_push" directive is obsolete' }],
  },
  'nginx-upstream-host-not-found': {
    positive: [
      {
        previousLog:
          'nginx: [emerg] host not found in upstream "api.shop.svc.cluster.local" in /etc/nginx/nginx.conf:31',
        lastExitCode: 1,
      },
    ],
  },
  'postgres-data-directory-permissions': {
    positive: [
      {
        previousLog: [
          'fixing permissions on existing directory /pgdata/16 ... initdb: error: could not change permissions of directory "/pgdata/16": Operation not permitted',
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog:
          '2026-03-02 09:41:07.000 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has invalid permissions\n2026-03-02 09:41:07.000 UTC [1] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).',
        lastExitCode: 1,
      },
    ],
  },
  // ------------------------------------------------------------------ pods that do not start
  'container-exec-permission-denied': {
    positive: [
      {
        signal: 'RunContainerError',
        reason: 'RunContainerError',
        message:
          'failed to start container "a1b2": Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/docker-entrypoint.sh": permission denied: unknown',
        lastReason: 'StartError',
        lastExitCode: 128,
      },
    ],
  },
  'container-mount-into-rootfs-failed': {
    positive: [
      {
        signal: 'RunContainerError',
        reason: 'RunContainerError',
        message:
          'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/var/lib/kubelet/pods/9f/volumes/kubernetes.io~configmap/settings/app.ini" to rootfs at "/etc/app": mount src=/var/lib/kubelet/pods/9f/volumes/kubernetes.io~configmap/settings/app.ini, dst=/etc/app, flags=0x5000: not a directory: unknown',
        lastReason: 'StartError',
        lastExitCode: 128,
      },
    ],
  },
  'container-name-reserved': {
    positive: [
      {
        signal: 'CreateContainerError',
        reason: 'CreateContainerError',
        events: [
          {
            message:
              'Error: failed to reserve container name "web_web-6d5f7c9b8-x2x4q_shop_1f2e_1": name "web_web-6d5f7c9b8-x2x4q_shop_1f2e_1" is reserved for "c0ffee"',
          },
        ],
      },
    ],
  },
  'create-container-error': {
    positive: [
      {
        signal: 'CreateContainerError',
        reason: 'CreateContainerError',
        message: 'Error: container create failed: user "appuser" not found in /etc/passwd',
      },
    ],
  },
  'run-container-error': {
    positive: [
      {
        signal: 'RunContainerError',
        reason: 'RunContainerError',
        message:
          'failed to create containerd task: OCI runtime create failed: runc create failed: unable to apply cgroup configuration: cannot enter cgroupv2 "/sys/fs/cgroup/kubepods" with domain controllers',
      },
    ],
  },
  'volume-mount-failed': {
    positive: [
      {
        signal: 'FailedMount',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedMount',
            message:
              'MountVolume.MountDevice failed for volume "pvc-7a1e" : rpc error: code = Internal desc = format of disk "/dev/nvme2n1" failed: type:("ext4") target:("/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/7a1e/globalmount")',
            count: 9,
          },
        ],
      },
      {
        signal: 'FailedMount',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedMount',
            message:
              'MountVolume.SetUp failed for volume "efs-share" : rpc error: code = Internal desc = Could not mount "fs-0abc:/" at "/var/lib/kubelet/pods/1/volumes/x/mount": mount failed: exit status 32',
            count: 4,
          },
        ],
      },
    ],
  },
  'init-container-waiting': {
    positive: [
      {
        signal: 'InitContainerStuck',
        init: true,
        reason: 'PodInitializing',
        currentLog: [
          'Server:    172.20.0.10',
          'Address:   172.20.0.10:53',
          '',
          "** server can't find orders-db.shop.svc.cluster.local: NXDOMAIN",
          'waiting for orders-db',
        ].join('\n'),
      },
    ],
    negative: [
      { signal: 'CrashLoopBackOff', previousLog: 'waiting for leader election', lastExitCode: 1 },
      {
        // An alert about an app container that waits for work: no init container is involved.
        signal: 'Alert',
        currentLog: 'waiting for messages reader_stats=dials=25 fetches=0 messages=0 lag=-1',
      },
    ],
  },
  'init-container-stuck': {
    positive: [
      {
        signal: 'InitContainerStuck',
        init: true,
        reason: 'PodInitializing',
        currentLog: 'downloading model weights (shard 3/8)',
      },
    ],
  },
  'vault-auth-denied': {
    positive: [
      {
        previousLog: [
          '2026-03-02T09:41:07.000Z [ERROR] auth.handler: error authenticating:',
          '  error=',
          '  | Error making API request.',
          '  | ',
          '  | URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login',
          '  | Code: 403. Errors:',
          '  | ',
          '  | * permission denied',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
  },
  // ------------------------------------------------------------------ fourth held-out batch's families
  'resource-quota-exceeded': {
    positive: [
      {
        signal: 'Alert',
        events: [
          {
            reason: 'FailedCreate',
            message:
              'Error creating: pods "reports-6b7c9d8f5-" is forbidden: exceeded quota: team-analytics, requested: requests.cpu=2, used: requests.cpu=15500m, limited: requests.cpu=16',
          },
        ],
      },
      {
        signal: 'Alert',
        events: [
          {
            reason: 'FailedCreate',
            message:
              'Error creating: pods "etl-runner-5f6d7c8b9-" is forbidden: failed quota: compute-quota: must specify limits.cpu,limits.memory',
          },
        ],
      },
      {
        signal: 'Alert',
        events: [
          {
            reason: 'FailedCreate',
            message:
              'Error creating: pods "indexer-7c8d9e0f1-" is forbidden: [maximum memory usage per Container is 1Gi, but limit is 4Gi, maximum memory usage per Pod is 2Gi, but limit is 4294967296]',
          },
        ],
      },
    ],
    negative: [
      {
        signal: 'Alert',
        events: [
          { reason: 'SuccessfulCreate', type: 'Normal', message: 'Created pod: reports-6b7c9d8f5-x2k4p' },
        ],
      },
    ],
  },
  'datastore-storage-full': {
    positive: [
      {
        previousLog: [
          '2026-03-02 09:41:07,000 ERROR: failed to update leader lock',
          'Traceback (most recent call last):',
          '  File "/usr/lib/python3/dist-packages/patroni/dcs/etcd3.py", line 339, in put',
          "patroni.dcs.etcd3.Etcd3ClientError: <Unknown error: 'etcdserver: mvcc: database space exceeded', code: 8>",
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":"warn","ts":"2026-03-02T09:41:07.000Z","logger":"etcd-client","caller":"v3@v3.5.12/retry_interceptor.go:62","msg":"retrying of unary invoker failed","attempt":0,"error":"rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="backup upload failed" bucket=db-backups err="We encountered an internal error, please try again.: cause(Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed.)"',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog: 'time=2026-03-02T09:41:07Z level=info msg="etcd status" db_size=512MB quota=2GB',
        lastExitCode: 0,
      },
    ],
  },
  'datastore-memory-limit': {
    positive: [
      {
        previousLog:
          'clickhouse_driver.errors.ServerException: Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB. (MEMORY_LIMIT_EXCEEDED)',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":50,"time":1772444467000,"msg":"aggregation failed","err":{"type":"ClickHouseError","message":"Memory limit (total) exceeded: would use 3.60 GiB (attempt to allocate chunk of 2097152 bytes), maximum: 3.60 GiB","code":"241"}}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="monthly report failed" err="ERROR: out of memory (SQLSTATE 53200)"',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'INFO max_memory_usage for user reports set to 10 GiB', lastExitCode: 0 }],
  },
  'worker-pool-saturated': {
    positive: [
      {
        // Tomcat's connector at its maximum while the liveness probe times out: the pool is the cause.
        signal: 'ProbeFailure',
        lastExitCode: 137,
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Liveness probe failed: Get "http://10.244.6.12:8080/ping": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
            count: 27,
          },
          {
            type: 'Normal',
            reason: 'Killing',
            message: 'Container app failed liveness probe, will be restarted',
          },
        ],
        previousLog: [
          '2026-03-02 09:38:30,118 WARN  [http-nio-8080-exec-12] c.e.OrdersClient - orders call took 58211 ms',
          'Mar 02, 2026 9:39:51 AM org.apache.tomcat.util.net.NioEndpoint$Acceptor run',
          'INFO: Maximum number of threads (200) created for connector with address null and port 8080',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '2026-03-02 09:41:07.000  WARN 1 --- [DubboServerHandler-10.0.4.7:20880-thread-200] o.a.d.c.t.support.AbortPolicyWithReport : [DUBBO] Thread pool is EXHAUSTED! Thread Name: DubboServerHandler-10.0.4.7:20880, Pool Size: 200 (active: 200, core: 200, max: 200, largest: 200)',
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"warn","ts":"2026-03-02T09:41:07.000Z","msg":"all workers busy, request queued","queue_depth":412,"workers":16}',
      },
      {
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=warn msg="consumer lag increasing" topic=orders partition=3 lag=120334',
      },
      {
        signal: 'Alert',
        currentLog: '*** uWSGI listen queue of socket "127.0.0.1:8000" (fd: 3) full !!! (101/100) ***',
      },
      {
        // An alert on a RabbitMQ queue (the consumers' log says nothing).
        signal: 'Alert',
        events: [
          {
            type: 'Normal',
            reason: 'Alert',
            message: 'RabbitmqQueueMessagesHigh: queue invoices has 48210 ready messages',
          },
        ],
        currentLog: 'time=2026-03-02T09:41:07Z level=info msg="invoice rendered" ms=812',
      },
      {
        // An alert on a Kafka consumer group.
        signal: 'Alert',
        events: [
          {
            type: 'Normal',
            reason: 'Alert',
            message: 'KafkaConsumerGroupLagHigh: group billing lag 120334 on topic orders',
          },
        ],
      },
      {
        // A BullMQ queue alert worded by hand.
        signal: 'Alert',
        events: [
          { type: 'Normal', reason: 'Alert', message: 'BullMQ queue emails latency 512s (threshold 60s)' },
        ],
      },
    ],
    negative: [
      { signal: 'Alert', currentLog: 'INFO worker pool started size=8 queue=1024' },
      {
        signal: 'Alert',
        events: [
          {
            type: 'Warning',
            reason: 'Alert',
            message: 'KubeJobFailed: Job reports/nightly failed to complete',
          },
        ],
      },
    ],
  },
  'stale-file-handle': {
    positive: [
      {
        signal: 'Alert',
        currentLog:
          '2026-03-02 09:41:07,000 ERROR [indexer] snapshot write failed: java.io.IOException: Stale file handle\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"error","ts":"2026-03-02T09:41:07.000Z","msg":"cannot read upload","error":"open /shared/uploads/7f3a.bin: stale NFS file handle"}',
      },
      {
        signal: 'Alert',
        currentLog:
          'time=2026-03-02T09:41:07Z level=error msg="thumbnail failed" err="[Errno 116] Stale file handle: \'/media/cache/7f3a.webp\'"',
      },
    ],
    negative: [{ signal: 'Alert', currentLog: 'INFO mounted /shared from nfs.storage.svc:/exports/shared' }],
  },

  // ------------------------------------------------------------------ unclassified (last resort)
  'unclassified-access-denied': {
    positive: [
      {
        previousLog:
          '2026-03-02 09:41:07,112 ERROR [main] o.a.s.SchedulerApp - cannot register with the coordinator: authentication failed for principal scheduler@CORP',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":"error","time":"2026-03-02T09:41:07.000Z","msg":"export failed","error":"upload to bucket reports-eu: Access Denied"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="plugin handshake failed" err="rpc error: code = PermissionDenied desc = insufficient permissions for scope admin"',
        lastExitCode: 1,
      },
    ],
    negative: [
      {
        previousLog: '2026-03-02 09:41:07.112 INFO  [http-nio-8080] GET /admin -> 403 Forbidden (2 ms)',
        lastExitCode: 0,
      },
      {
        previousLog: '{"level":"info","msg":"request done","status":401,"reason":"unauthorized"}',
        lastExitCode: 0,
      },
    ],
  },
  'unclassified-limit-reached': {
    positive: [
      {
        previousLog:
          '2026-03-02T09:41:07.000Z ERROR ingest: batch rejected by tenant store: series limit per tenant exceeded (limit: 150000)',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"severity":"ERROR","message":"cannot allocate job slot","error":"out of capacity in pool batch-large"}',
        lastExitCode: 1,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=error msg="write failed" err="storage quota reached for volume data"',
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'level=info msg="rate limit reached, backing off" retry_in=2s', lastExitCode: 0 },
      { previousLog: 'WARN disk space 81% full on /data', lastExitCode: 0 },
    ],
  },
  'unclassified-missing-setting': {
    positive: [
      {
        previousLog:
          'FATAL 2026-03-02 09:41:07 [boot] configuration key "storage.bucket" is missing: refusing to start',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":"error","ts":1772444467.0,"msg":"startup failed","error":"required option --cluster-id not provided"}',
        lastExitCode: 2,
      },
      {
        previousLog:
          'time=2026-03-02T09:41:07Z level=fatal msg="invalid settings" err="parameter SIGNING_SECRET is not set"',
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'INFO optional setting cache.ttl not set, using the default of 60s', lastExitCode: 0 },
    ],
  },
  'unclassified-certificate-refused': {
    positive: [
      {
        previousLog:
          '2026-03-02 09:41:07 ERROR webhook client: TLS handshake failed with hooks.internal:8443: certificate has been revoked',
        lastExitCode: 1,
      },
      {
        previousLog:
          '{"level":"error","msg":"dial upstream","error":"ssl peer certificate is not yet valid (notBefore 2026-03-03)"}',
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: 'INFO certificate for api.internal renewed; valid until 2026-06-01', lastExitCode: 0 },
    ],
  },
  'unclassified-host-unresolved': {
    positive: [
      {
        previousLog:
          '2026-03-02 09:41:07.000 ERROR [sync] unable to resolve ledger-primary.db.svc for replication',
        lastExitCode: 1,
      },
      {
        previousLog: '{"level":"error","msg":"peer lookup","error":"no such host peers.cluster.local"}',
        lastExitCode: 1,
      },
    ],
    negative: [{ previousLog: 'DEBUG could not resolve optional mirror, skipping it', lastExitCode: 0 }],
  },
  'unclassified-error': {
    positive: [
      {
        previousLog: [
          '2026-03-02 09:41:05,112 INFO  [main] o.e.Bootstrap - starting ledger-sync 4.2.0',
          '2026-03-02 09:41:07,430 ERROR [main] o.e.LedgerSync - reconciliation cursor ahead of journal head (cursor=88121, head=88007)',
          '2026-03-02 09:41:07,431 ERROR [main] o.e.Bootstrap - shutting down after fatal error',
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog: [
          '{"level":"info","ts":1772444465.1,"msg":"serving","addr":":8080"}',
          '{"level":"error","ts":1772444467.4,"msg":"shard map disagrees with placement service","shards":12,"placed":11}',
        ].join('\n'),
        lastExitCode: 2,
      },
      {
        previousLog: [
          '2026-03-02T09:41:05.112Z  INFO indexer: starting workers=4',
          '2026-03-02T09:41:07.430Z ERROR indexer::segments: segment 0042 has a generation newer than the manifest',
        ].join('\n'),
        lastExitCode: 101,
      },
    ],
    negative: [
      {
        previousLog: '2026-03-02 09:41:07,430 WARN  [main] cursor ahead of journal head, catching up',
        lastExitCode: 0,
      },
    ],
  },
  'unclassified-failure': {
    positive: [
      {
        previousLog: [
          'ledger-sync 4.2.0 starting',
          'reconciliation failed: cursor ahead of journal head (cursor=88121, head=88007)',
        ].join('\n'),
        lastExitCode: 1,
      },
      {
        previousLog: [
          'Loading plugins from /opt/app/plugins',
          'com.example.ledger.CursorMismatchException: cursor ahead of journal head',
          '\tat com.example.ledger.Sync.run(Sync.java:88)',
        ].join('\n'),
        lastExitCode: 1,
      },
    ],
    negative: [
      { previousLog: '2026-03-02 09:41:07 INFO reconciliation failed once, retrying in 5s', lastExitCode: 0 },
    ],
  },
  'unclassified-reported-failure': {
    positive: [
      {
        signal: 'Alert',
        reason: 'ContainerCreating',
        events: [
          {
            reason: 'FailedCreatePodSandBox',
            message:
              'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4f1c": plugin type="weave-net" name="weave" failed (add): unable to allocate IP address',
          },
        ],
      },
      {
        signal: 'CrashLoopBackOff',
        reason: 'CrashLoopBackOff',
        message: 'back-off 5m0s restarting failed container=app',
        lastExitCode: 2,
        lastReason: 'Error',
        lastMessage: 'ledger cursor ahead of journal head; refusing to start',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        events: [
          { reason: 'BackOff', message: 'Back-off restarting failed container app in pod web-1' },
          {
            type: 'Normal',
            reason: 'Pulled',
            message: 'Container image "web:1.4.2" already present on machine',
          },
        ],
      },
    ],
  },
  'unclassified-limit-warning': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          'level=info ts=2026-03-02T09:40:01.003Z caller=main.go:118 msg="Starting ingester" version=2.5.0',
          'level=warn ts=2026-03-02T09:41:07.830Z caller=instance.go:49 msg="max live series exceeded for tenant acme: per-tenant series limit (local: 30000) exceeded"',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":"warn","ts":"2026-03-02T09:41:07Z","msg":"block upload skipped","error":"storage quota exceeded for tenant fleet"}',
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog: 'level=info msg="rate limit reached for anonymous client, throttling" path=/metrics',
      },
    ],
  },
  'unclassified-silent-log': {
    positive: [
      // ClamAV's clamd, ctime stamps: a scan every 2 minutes, then the log stops in a database reload
      // 46 minutes before the evidence was read.
      {
        signal: 'Alert',
        currentLog: [
          ...Array.from(
            { length: 7 },
            (_, i) =>
              `Tue Mar  2 09:${String(i * 2).padStart(2, '0')}:12 2026 -> instream(10.244.3.${20 + i}@${41_000 + i * 7}): OK`,
          ),
          'Tue Mar  2 09:14:03 2026 -> SelfCheck: Database modification detected. Forcing reload.',
          'Tue Mar  2 09:14:03 2026 -> Reading databases from /var/lib/clamav',
        ].join('\n'),
      },
      // pino, epoch milliseconds: a line every 30 s, then nothing after taking a lock.
      {
        signal: 'Alert',
        currentLog: [
          ...Array.from(
            { length: 12 },
            (_, i) =>
              `{"level":30,"time":${1_772_441_400_000 + i * 30_000},"pid":1,"hostname":"exporter-7c9f","msg":"batch shipped","rows":${100 + i}}`,
          ),
          '{"level":30,"time":1772441760000,"pid":1,"hostname":"exporter-7c9f","msg":"acquiring advisory lock","lock":"nightly-export"}',
        ].join('\n'),
      },
    ],
    negative: [
      // Still logging: the last line is a minute old.
      {
        signal: 'Alert',
        currentLog: Array.from(
          { length: 20 },
          (_, i) => `2026-03-02T09:${40 + i}:00Z INFO processed batch ${40 + i}`,
        ).join('\n'),
      },
      // A line every 30 minutes: 30 minutes of quiet is its rhythm, not a hang.
      {
        signal: 'Alert',
        currentLog: Array.from(
          { length: 14 },
          (_, i) =>
            `2026-03-02T0${3 + Math.floor(i / 2)}:${i % 2 ? '30' : '00'}:00Z INFO half-hourly rollup done`,
        ).join('\n'),
      },
    ],
  },
  'unclassified-error-responses': {
    positive: [
      // uvicorn: its own health check passes, while the load balancer's checks of `/` get 404.
      {
        signal: 'Alert',
        currentLog: [
          'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
          ...Array.from({ length: 30 }, (_, i) =>
            i % 3 === 2
              ? 'INFO:     10.0.3.7:51422 - "GET /healthz HTTP/1.1" 200 OK'
              : `INFO:     10.0.${i % 2}.18:${40_000 + i} - "GET / HTTP/1.1" 404 Not Found`,
          ),
        ].join('\n'),
      },
      // nginx's combined format: every request behind a broken upstream answered 502.
      {
        signal: 'Alert',
        currentLog: Array.from(
          { length: 24 },
          (_, i) =>
            `10.0.${i % 4}.9 - - [02/Mar/2026:09:${String(30 + i).padStart(2, '0')}:07 +0000] "POST /api/v2/orders?dry_run=${i % 2} HTTP/1.1" 502 157 "-" "checkout/4.2 (okhttp)"`,
        ).join('\n'),
      },
    ],
    negative: [
      // Scanners' 404s among healthy traffic.
      {
        signal: 'Alert',
        currentLog: Array.from(
          { length: 30 },
          (_, i) =>
            `10.0.1.${i} - - [02/Mar/2026:09:41:07 +0000] "GET ${i % 5 === 0 ? '/wp-login.php' : '/api/items'} HTTP/1.1" ${i % 5 === 0 ? 404 : 200} 512 "-" "curl/8.5.0"`,
        ).join('\n'),
      },
      // Too few requests to say anything about a rate.
      {
        signal: 'Alert',
        currentLog: Array.from(
          { length: 8 },
          () => 'INFO:     10.0.3.7:51422 - "GET /admin HTTP/1.1" 403 Forbidden',
        ).join('\n'),
      },
    ],
  },
  'redis-oom-session-store': {
    positive: [
      {
        signal: 'Alert',
        currentLog: [
          '2026-03-02 09:41:07.551:WARN:oejs.HttpChannel:qtp1836019240-41: /cart/add',
          "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
          '\tat redis.clients.jedis.Protocol.processError(Protocol.java:113)',
          '\tat com.example.session.RedisSessionManager.storeSession(RedisSessionManager.java:218)',
        ].join('\n'),
      },
      {
        signal: 'Alert',
        currentLog:
          '{"level":50,"time":1772444467000,"msg":"failed to save session","err":{"type":"ReplyError","message":"OOM command not allowed when used memory > \'maxmemory\'.","stack":"ReplyError: OOM command not allowed\\n    at RedisStore.set (/app/node_modules/connect-redis/dist/esm/index.js:48:5)"}}',
      },
      {
        // Django keeping its sessions in the cache backend: the traceback's own frames say so.
        signal: 'Alert',
        currentLog: [
          '2026-02-11 08:16:02,311 ERROR django.request: Internal Server Error: /sign-in/callback',
          'Traceback (most recent call last):',
          '  File "/usr/local/lib/python3.12/site-packages/django/contrib/sessions/middleware.py", line 61, in process_response',
          '    request.session.save()',
          '  File "/usr/local/lib/python3.12/site-packages/django/contrib/sessions/backends/cache.py", line 59, in save',
          "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
        ].join('\n'),
      },
    ],
    negative: [
      {
        signal: 'Alert',
        currentLog:
          "2026-03-02 09:41:07 ERROR cache write failed: OOM command not allowed when used memory > 'maxmemory'. (key product:8812)",
      },
    ],
  },
};
