import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` for `t` seconds after midnight. */
const clock = (t: number): string =>
  `${dd(Math.floor(t / 3600) % 24)}:${dd(Math.floor((t % 3600) / 60))}:${dd(t % 60)}`;

/** Seconds after midnight. */
const at = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** Three digits of milliseconds that vary from line to line. */
const ms = (i: number): string => String((i * 137 + 41) % 1000).padStart(3, '0');

/** An Alertmanager alert as the Deployment's event. */
const alert = (message: string) => ({ reason: 'AlertFiring', message, on: 'Deployment' as const });

/** The usual node of the batch: Ready, its harmless conditions spelled out. */
const quietNode = {
  ready: 'True' as const,
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False' as const, reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False' as const, reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False' as const, reason: 'KubeletHasSufficientPID' },
  ],
};

/** A GPU node of the batch as Karpenter launches it: Ready, tainted for GPU workloads only. */
const gpuNode = {
  ...quietNode,
  conditions: [
    ...quietNode.conditions,
    {
      type: 'AcceleratedHardwareReady',
      status: 'True' as const,
      reason: 'NvidiaAcceleratedHardwareIsReady',
      message: 'Monitoring for the Nvidia system is active',
    },
  ],
  taints: ['nvidia.com/gpu=true:NoSchedule'],
};

/** A Kafka Connect (log4j) line. */
const kc = (t: number, i: number, level: string, ctx: string, msg: string, where: string): string =>
  `[2026-02-11 ${clock(t)},${ms(i)}] ${level} ${ctx ? `[${ctx}] ` : ''}${msg} (${where})`;

/** A Trino server line (tab-separated). */
const trino = (t: number, i: number, level: string, thread: string, logger: string, msg: string): string =>
  `2026-02-11T${clock(t)}.${ms(i)}Z\t${level}\t${thread}\t${logger}\t${msg}`;

/** A Flink (log4j) line. */
const flink = (t: number, i: number, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${clock(t)},${ms(i)} ${level.padEnd(5)} ${logger.padEnd(60)} [] - ${msg}`;

/** A Prefect log line. */
const prefect = (t: number, i: number, level: string, logger: string, msg: string): string =>
  `${clock(t)}.${ms(i)} | ${level.padEnd(7)} | ${logger} - ${msg}`;

/** A JupyterHub (tornado) log line. */
const hub = (t: number, i: number, level: string, where: string, msg: string): string =>
  `[${level} 2026-02-11 ${clock(t)}.${ms(i)} JupyterHub ${where}] ${msg}`;

/** A Milvus (zap, bracketed) log line. */
const milvus = (t: number, i: number, level: string, where: string, msg: string, fields = ''): string =>
  `[2026/02/11 ${clock(t)}.${ms(i)} +00:00] [${level}] [${where}] ["${msg}"]${fields ? ` ${fields}` : ''}`;

/** An Airflow (2.x) component log line. */
const af = (t: number, i: number, where: string, level: string, msg: string): string =>
  `[2026-02-11T${clock(t)}.${ms(i)}+0000] {${where}} ${level} - ${msg}`;

/** A Celery worker log line. */
const celery = (t: number, i: number, proc: string, msg: string): string =>
  `[2026-02-11 ${clock(t)},${ms(i)}: ${proc}] ${msg}`;

/** A Triton (glog) line. */
const triton = (t: number, i: number, level: string, where: string, msg: string): string =>
  `${level}0211 ${clock(t)}.${ms(i)}${String(i % 1000).padStart(3, '0')} 1 ${where}] ${msg}`;

/**
 * A thirty-sixth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages on a data and ML platform on EKS, the
 * ordinary mix an on-call rotation sees rather than a contest of tricks. Software: Kafka Connect
 * with the Debezium MySQL and Postgres connectors and the Confluent S3 sink, Trino, the Hive
 * Metastore on Postgres (HikariCP), dbt on Snowflake, Flink under the Flink Kubernetes operator
 * with the presto S3 plugin, Qdrant, Prefect's Kubernetes worker, Karpenter, KServe (a vLLM
 * predictor, the storage-initializer), JupyterHub with KubeSpawner, Text Generation Inference,
 * the NVIDIA GPU operator's driver container, dcgm-exporter, the kubelet's device-plugin admission,
 * the EKS node monitoring agent, Milvus on MinIO, Ray Serve on KubeRay and the KubeRay operator,
 * Triton with TensorRT-LLM, containerd, Feast (Spark offline store, Redis online store on
 * ElastiCache), faster-whisper, the Airflow scheduler and Celery workers on Redis, TorchServe,
 * Spark executors under the spark-operator, BentoML, Dagster, MLflow and the LiteLLM proxy. Each
 * quotes the wording of the public thread, page or source file in `source`. Mix: 15 escalations
 * (a purged binlog, a metastore down, a rotated warehouse password, S3 SlowDown on checkpoints, a
 * full vector-store PVC, DNS, no GPU capacity, a GPU ResourceQuota, a gated model, a kernel the
 * driver container cannot build for, MinIO full, a package index down, a huge image on a small
 * root volume, an upstream partition missing, a bucket policy); 9 restarts (6 right: GPUs lost
 * after a systemd reload, a metastore pool holding closed connections after a failover, a scheduler
 * hung after a database failover, a connector task killed by a source restart, a Redis password
 * rotated under a running server, Celery workers idle after a broker blip; 3 wrong: a 70B engine
 * killed by its liveness probe while loading, a Debezium initial snapshot three hours in, a broker
 * still down with tasks running); 7 memory (3 raises right: dcgm-exporter on 8-GPU nodes, the
 * KubeRay operator in a grown cluster, a Milvus query node after the collection grew; 4 wrong: a
 * skewed Spark partition, Trino's per-node query limit, CUDA out of memory in TorchServe, a slow
 * Prefect worker leak); 3 rollbacks (2 right: a Bento without its model, a Dagster image without a
 * module; 1 wrong: MLflow after its schema migration, failing on database connection slots); 2
 * scale-ups (a Celery backfill, Triton embeddings under doubled traffic); 3 node actions (2 right:
 * Xid 79, a node whose device plugin lost its GPUs; 1 wrong: a Spark executor over its own
 * ephemeral-storage limit); 1 cache flush (the LiteLLM response cache under noeviction).
 */
export const THIRTYSIXTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (15)
  {
    id: 'thirtysixth-kafka-connect-orders-cdc-task-failed',
    family: 'cdc-position-lost',
    source: 'https://github.com/risingwavelabs/risingwave/issues/12313',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-10T21:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          KAFKA_HEAP_OPTS: '-Xms2g -Xmx2g',
          CONNECT_BOOTSTRAP_SERVERS:
            'b-1.datalake.x7k2qp.c4.kafka.eu-west-1.amazonaws.com:9098,b-2.datalake.x7k2qp.c4.kafka.eu-west-1.amazonaws.com:9098',
          CONNECT_GROUP_ID: 'cdc-connect',
          CONNECT_CONFIG_STORAGE_TOPIC: 'cdc-connect-configs',
          CONNECT_OFFSET_STORAGE_TOPIC: 'cdc-connect-offsets',
          CONNECT_STATUS_STORAGE_TOPIC: 'cdc-connect-status',
        },
      },
    ],
    events: [
      alert(
        'KafkaConnectTaskFailed: connector orders-mysql-cdc task 0 in state FAILED on worker 10.42.6.31:8083 for 20m (cluster cdc-connect, 11 connectors, 10 RUNNING)',
      ),
    ],
    currentLog: log(
      times(24, (i) =>
        kc(
          at(7, 52) + i * 20,
          i,
          'INFO',
          `s3-sink-clickstream|task-${i % 3}`,
          `Files committed to S3. Target commit offset for clickstream.events-${(i * 5) % 12} is ${88231402 + i * 4113}`,
          'io.confluent.connect.s3.TopicPartitionWriter:636',
        ),
      ),
      kc(
        at(8, 8, 2),
        30,
        'INFO',
        'orders-mysql-cdc|worker',
        'Setting connector orders-mysql-cdc state to STARTED',
        'org.apache.kafka.connect.runtime.Worker:442',
      ),
      kc(
        at(8, 8, 3),
        31,
        'INFO',
        'orders-mysql-cdc|task-0',
        'Starting MySqlConnectorTask with configuration:',
        'io.debezium.connector.common.BaseSourceTask:137',
      ),
      kc(
        at(8, 8, 3),
        32,
        'INFO',
        'orders-mysql-cdc|task-0',
        '   database.hostname = orders-aurora.cluster-ro-c1x9v2k8.eu-west-1.rds.amazonaws.com',
        'io.debezium.connector.common.BaseSourceTask:139',
      ),
      kc(
        at(8, 8, 3),
        33,
        'INFO',
        'orders-mysql-cdc|task-0',
        '   snapshot.mode = schema_only',
        'io.debezium.connector.common.BaseSourceTask:139',
      ),
      kc(
        at(8, 8, 4),
        34,
        'INFO',
        'orders-mysql-cdc|task-0',
        'Found previous partition offset MySqlPartition [sourcePartition={server=orders}]: {transaction_id=null, ts_sec=1770659881, file=mysql-bin-changelog.184213, pos=5512874, row=1, server_id=1907346, event=2}',
        'io.debezium.connector.common.BaseSourceTask:318',
      ),
      kc(
        at(8, 8, 5),
        35,
        'INFO',
        'orders-mysql-cdc|task-0',
        'Connector started for the first time? false',
        'io.debezium.connector.mysql.MySqlConnectorTask:112',
      ),
      kc(
        at(8, 8, 5),
        36,
        'ERROR',
        'orders-mysql-cdc|task-0',
        'The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin-changelog.184213, currentBinlogPosition=5512874, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.',
        'io.debezium.connector.mysql.MySqlConnectorTask:117',
      ),
      kc(
        at(8, 8, 5),
        37,
        'ERROR',
        'orders-mysql-cdc|task-0',
        'WorkerSourceTask{id=orders-mysql-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted',
        'org.apache.kafka.connect.runtime.WorkerTask:234',
      ),
      'io.debezium.DebeziumException: The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin-changelog.184213, currentBinlogPosition=5512874, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.',
      '\tat io.debezium.connector.mysql.MySqlConnectorTask.start(MySqlConnectorTask.java:118)',
      '\tat io.debezium.connector.common.BaseSourceTask.start(BaseSourceTask.java:248)',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.initializeAndStart(AbstractWorkerSourceTask.java:280)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:202)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:259)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
      kc(
        at(8, 8, 5),
        38,
        'INFO',
        'orders-mysql-cdc|task-0',
        'Stopping down connector',
        'io.debezium.connector.common.BaseSourceTask:406',
      ),
      times(30, (i) =>
        kc(
          at(8, 9) + i * 36,
          40 + i,
          'INFO',
          `s3-sink-clickstream|task-${i % 3}`,
          `Files committed to S3. Target commit offset for clickstream.events-${(i * 7) % 12} is ${88331402 + i * 3877}`,
          'io.confluent.connect.s3.TopicPartitionWriter:636',
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-trino-coordinator-queries-failing',
    family: 'dependency-down',
    source: 'https://github.com/joshuarobinson/trino-on-k8s/issues/3',
    signal: 'Alert',
    containers: [
      {
        name: 'trino-coordinator',
        running: { startedAt: '2026-02-08T14:20:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        mounts: [
          { volume: 'config', path: '/etc/trino' },
          { volume: 'catalog', path: '/etc/trino/catalog' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'trino-coordinator' },
      { name: 'catalog', configMap: 'trino-catalog' },
    ],
    events: [
      alert(
        'TrinoQueryFailureRateHigh: 71% of queries failed in the last 10m on trino (error HIVE_METASTORE_ERROR 212, ICEBERG_CATALOG_ERROR 0)',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        trino(
          at(8, 12) + i * 9,
          i,
          'INFO',
          `dispatcher-query-${20 + i}`,
          'io.trino.event.QueryMonitor',
          `TIMELINE: Query 20260211_${clock(at(8, 12) + i * 9).replace(/:/g, '')}_0${4100 + i}_x8k2m :: FINISHED :: elapsed ${310 + i * 47}ms :: planning 41ms :: waiting 0ms :: scheduling 12ms :: running ${240 + i * 40}ms :: finishing 3ms :: begin 2026-02-11T${clock(at(8, 12) + i * 9)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 12) + i * 9 + 1)}.${ms(i + 3)}Z`,
        ),
      ),
      trino(
        at(8, 16, 40),
        30,
        'DEBUG',
        'Query-20260211_081640_04188_x8k2m-412',
        'io.trino.execution.QueryStateMachine',
        'Query 20260211_081640_04188_x8k2m failed',
      ),
      'io.trino.spi.TrinoException: Failed connecting to Hive metastore: [hive-metastore.data.svc.cluster.local:9083]',
      '\tat io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastore.getAllDatabases(ThriftHiveMetastore.java:269)',
      '\tat io.trino.plugin.hive.metastore.thrift.BridgingHiveMetastore.getAllDatabases(BridgingHiveMetastore.java:90)',
      '\tat io.trino.plugin.hive.metastore.cache.CachingHiveMetastore.loadAllDatabases(CachingHiveMetastore.java:255)',
      '\tat com.google.common.cache.LocalCache$Segment.loadSync(LocalCache.java:2282)',
      '\tat io.trino.collect.cache.EvictableCache$TokenCacheLoader.load(EvictableCache.java:390)',
      '\tSuppressed: org.apache.thrift.TException: Failed connecting to Hive metastore: [hive-metastore.data.svc.cluster.local:9083]',
      '\t\t... 45 more',
      '\tCaused by: org.apache.thrift.transport.TTransportException: hive-metastore.data.svc.cluster.local:9083: java.net.ConnectException: Connection refused (Connection refused)',
      '\t\tat io.trino.plugin.hive.metastore.thrift.Transport.rewriteException(Transport.java:96)',
      '\t\tat io.trino.plugin.hive.metastore.thrift.Transport.create(Transport.java:55)',
      '\t\tat io.trino.plugin.hive.metastore.thrift.DefaultThriftMetastoreClientFactory.createTransport(DefaultThriftMetastoreClientFactory.java:110)',
      '\t\tat io.trino.plugin.hive.metastore.thrift.StaticMetastoreLocator.createMetastoreClient(StaticMetastoreLocator.java:109)',
      '\t\t... 44 more',
      times(26, (i) =>
        i % 3 === 0
          ? trino(
              at(8, 17) + i * 17,
              40 + i,
              'INFO',
              `dispatcher-query-${60 + i}`,
              'io.trino.event.QueryMonitor',
              `TIMELINE: Query 20260211_${clock(at(8, 17) + i * 17).replace(/:/g, '')}_0${4200 + i}_x8k2m :: FINISHED :: elapsed ${280 + i * 31}ms :: planning 38ms :: waiting 0ms :: scheduling 9ms :: running ${220 + i * 29}ms :: finishing 2ms :: begin 2026-02-11T${clock(at(8, 17) + i * 17)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 17) + i * 17 + 1)}.${ms(i + 5)}Z`,
            )
          : trino(
              at(8, 17) + i * 17,
              40 + i,
              'INFO',
              `dispatcher-query-${60 + i}`,
              'io.trino.event.QueryMonitor',
              `TIMELINE: Query 20260211_${clock(at(8, 17) + i * 17).replace(/:/g, '')}_0${4200 + i}_x8k2m :: FAILED (HIVE_METASTORE_ERROR) :: elapsed ${2010 + i * 3}ms :: planning 2004ms :: waiting 0ms :: scheduling 0ms :: running 0ms :: finishing 0ms :: begin 2026-02-11T${clock(at(8, 17) + i * 17)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 17) + i * 17 + 2)}.${ms(i + 7)}Z`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtysixth-dbt-nightly-marts-job-failed',
    family: 'credentials',
    source: 'https://github.com/dbt-labs/dbt-utils/issues/992',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'dbt',
        terminated: { reason: 'Error', exitCode: 2 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['dbt', 'build', '--target', 'prod', '--select', 'tag:nightly', '--fail-fast'],
        env: {
          DBT_PROFILES_DIR: '/etc/dbt',
          DBT_SNOWFLAKE_ACCOUNT: 'xy12345.eu-west-1',
          DBT_SNOWFLAKE_USER: 'SVC_DBT_PROD',
          DBT_TARGET_PATH: '/tmp/target',
        },
        mounts: [{ volume: 'profiles', path: '/etc/dbt' }],
      },
    ],
    volumes: [
      { name: 'profiles', configMap: 'dbt-profiles' },
      { name: 'snowflake-password', secret: 'dbt-snowflake-prod' },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '+ cd /usr/app/analytics',
      '+ dbt deps --target prod',
      '06:59:48  Running with dbt=1.8.7',
      '06:59:49  Updating lock file in file path: /usr/app/analytics/package-lock.yml',
      '06:59:51  Installing dbt-labs/dbt_utils',
      '06:59:52  Installed from version 1.3.0',
      '06:59:52  Up to date!',
      '06:59:52  Installing calogica/dbt_expectations',
      '06:59:53  Installed from version 0.10.4',
      '06:59:53  Up to date!',
      '06:59:53  Installing calogica/dbt_date',
      '06:59:54  Installed from version 0.10.1',
      '06:59:54  Up to date!',
      '+ dbt build --target prod --select tag:nightly --fail-fast',
      '07:00:06  Running with dbt=1.8.7',
      '07:00:07  Registered adapter: snowflake=1.8.4',
      '07:00:11  Found 412 models, 1893 data tests, 87 sources, 23 exposures, 1015 macros',
      '07:00:11  ',
      "07:00:11  The selection criterion 'tag:nightly' matched 164 nodes",
      '07:00:11  ',
      '07:00:42  ',
      '07:00:42  Finished running  in 0 hours 0 minutes and 30.88 seconds (30.88s).',
      '07:00:42  Encountered an error:',
      'Database Error',
      '  250001 (08001): Failed to connect to DB: xy12345.eu-west-1.snowflakecomputing.com:443. Incorrect username or password was specified.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-flink-clickstream-sessionizer-checkpoints',
    family: 's3-throttling',
    source: 'https://github.com/flightstats/hub/issues/291',
    signal: 'Alert',
    containers: [
      {
        name: 'flink-main-container',
        running: { startedAt: '2026-02-09T10:03:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          ENABLE_BUILT_IN_PLUGINS: 'flink-s3-fs-presto-1.19.1.jar',
          FLINK_PROPERTIES:
            'state.checkpoints.dir: s3p://acme-flink-state/checkpoints\nexecution.checkpointing.interval: 60s\nexecution.checkpointing.tolerable-failed-checkpoints: 100\nstate.backend.type: rocksdb\nstate.backend.incremental: true',
        },
        mounts: [{ volume: 'flink-config-volume', path: '/opt/flink/conf' }],
      },
    ],
    volumes: [{ name: 'flink-config-volume', configMap: 'flink-config-clickstream-sessionizer' }],
    events: [
      alert(
        'FlinkCheckpointsFailing: job clickstream-sessionizer has 17 consecutive failed checkpoints; last completed checkpoint 18395 is 18m old; records lag on clickstream.events 2.1M and rising',
      ),
    ],
    currentLog: log(
      times(16, (i) =>
        i % 2 === 0
          ? flink(
              at(8, 4) + i * 30,
              i,
              'INFO',
              'org.apache.flink.runtime.checkpoint.CheckpointCoordinator',
              `Triggering checkpoint ${18404 + i / 2} (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ ${1770797040118 + i * 30000} for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811.`,
            )
          : flink(
              at(8, 4) + i * 30,
              i,
              'WARN',
              'org.apache.flink.runtime.checkpoint.CheckpointFailureManager',
              `Failed to trigger or complete checkpoint ${18404 + (i - 1) / 2} for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811. (${9 + (i - 1) / 2} consecutive failed attempts so far)`,
            ),
      ),
      flink(
        at(8, 12, 14),
        20,
        'WARN',
        'org.apache.flink.runtime.checkpoint.CheckpointFailureManager',
        'Failed to trigger or complete checkpoint 18412 for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811. (17 consecutive failed attempts so far)',
      ),
      'org.apache.flink.runtime.checkpoint.CheckpointException: Asynchronous task checkpoint failed.',
      '\tat org.apache.flink.runtime.messages.checkpoint.SerializedCheckpointException.unwrap(SerializedCheckpointException.java:51)',
      '\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator.receiveDeclineMessage(CheckpointCoordinator.java:1071)',
      '\tat org.apache.flink.runtime.scheduler.ExecutionGraphHandler.lambda$declineCheckpoint$2(ExecutionGraphHandler.java:103)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)',
      '\tat java.base/java.lang.Thread.run(Unknown Source)',
      'Caused by: java.lang.Exception: Could not materialize checkpoint 18412 for operator sessionize -> Sink: sessions-to-kafka (7/24)#0.',
      '\tat org.apache.flink.streaming.runtime.tasks.AsyncCheckpointRunnable.handleExecutionException(AsyncCheckpointRunnable.java:298)',
      '\t... 4 more',
      'Caused by: java.util.concurrent.ExecutionException: java.io.IOException: Could not flush to file and close the file system output stream to s3p://acme-flink-state/checkpoints/3f2c9a71d8e04b6f9c1a2b7e5d40c811/shared/1c0e74f2-8e1b-4d52-9a55-3d8f0a17b6e2 in order to obtain the stream state handle',
      'Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; Request ID: 03D8D00FA3AD0455; S3 Extended Request ID: n6X1cJ0pBWbD3yqv8LrLq2F7sVh0Gd5fJb8Wq1xYHk0Tq3m2M9pRzC5eUy8aK4oT; Proxy: null)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)',
      '\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleServiceErrorResponse(AmazonHttpClient.java:1418)',
      '\tat com.amazonaws.services.s3.AmazonS3Client.putObject(AmazonS3Client.java:1860)',
      '\t... 12 more',
      times(14, (i) =>
        i % 2 === 0
          ? flink(
              at(8, 13) + i * 30,
              30 + i,
              'INFO',
              'org.apache.flink.runtime.checkpoint.CheckpointCoordinator',
              `Triggering checkpoint ${18413 + i / 2} (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ ${1770797580118 + i * 30000} for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811.`,
            )
          : flink(
              at(8, 13) + i * 30,
              30 + i,
              'WARN',
              'org.apache.flink.runtime.checkpoint.CheckpointFailureManager',
              `Failed to trigger or complete checkpoint ${18413 + (i - 1) / 2} for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811. (${18 + (i - 1) / 2} consecutive failed attempts so far)`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'thirtysixth-qdrant-semantic-search-upserts-failing',
    family: 'disk-full',
    source: 'https://github.com/Azure-Samples/qdrant-azure/issues/35',
    signal: 'Alert',
    containers: [
      {
        name: 'qdrant',
        running: { startedAt: '2026-01-29T16:12:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '32Gi',
        memoryRequest: '32Gi',
        cpuLimit: '8',
        env: {
          QDRANT__STORAGE__STORAGE_PATH: '/qdrant/storage',
          QDRANT__STORAGE__SNAPSHOTS_PATH: '/qdrant/snapshots',
          QDRANT__CLUSTER__ENABLED: 'true',
        },
        mounts: [
          { volume: 'qdrant-storage', path: '/qdrant/storage' },
          { volume: 'qdrant-snapshots', path: '/qdrant/snapshots' },
        ],
      },
    ],
    volumes: [
      { name: 'qdrant-storage', persistentVolumeClaim: 'qdrant-storage-qdrant-1' },
      { name: 'qdrant-snapshots', persistentVolumeClaim: 'qdrant-snapshots-qdrant-1' },
    ],
    events: [
      alert(
        'KubePersistentVolumeFillingUp: PersistentVolume claimed by qdrant-storage-qdrant-1 in namespace search is only 0.3% free (500Gi gp3)',
      ),
      alert(
        'SemanticSearchIndexerErrors: doc-indexer upsert failures 100% over 15m (HTTP 500 from qdrant-1)',
      ),
    ],
    currentLog: log(
      times(30, (i) =>
        i % 4 === 3
          ? `2026-02-11T${clock(at(8, 5) + i * 20)}.${ms(i)}233Z  INFO actix_web::middleware::logger: 10.42.${i % 6}.${30 + i} "PUT /collections/docs_v3/points?wait=true HTTP/1.1" 200 81 "-" "python-client/1.12.1 python/3.11.9" 0.0${41 + i}118`
          : `2026-02-11T${clock(at(8, 5) + i * 20)}.${ms(i)}233Z  INFO actix_web::middleware::logger: 10.42.${i % 6}.${30 + i} "POST /collections/docs_v3/points/query HTTP/1.1" 200 ${2012 + i * 3} "-" "python-client/1.12.1 python/3.11.9" 0.00${3 + (i % 6)}412`,
      ),
      `2026-02-11T${clock(at(8, 15, 4))}.118233Z  WARN collection::collection_manager::collection_updater: Service internal error: No space left on device: WAL buffer size exceeds available disk space`,
      times(40, (i) =>
        i % 3 === 0
          ? `2026-02-11T${clock(at(8, 15, 5) + i * 20)}.${ms(i)}233Z  INFO actix_web::middleware::logger: 10.42.${i % 6}.${30 + i} "PUT /collections/docs_v3/points?wait=true HTTP/1.1" 500 147 "-" "python-client/1.12.1 python/3.11.9" 0.00${2 + (i % 7)}412`
          : i % 3 === 1
            ? `2026-02-11T${clock(at(8, 15, 5) + i * 20)}.${ms(i)}233Z  WARN collection::collection_manager::collection_updater: Service internal error: No space left on device: WAL buffer size exceeds available disk space`
            : `2026-02-11T${clock(at(8, 15, 5) + i * 20)}.${ms(i)}233Z  INFO actix_web::middleware::logger: 10.42.${i % 6}.${30 + i} "POST /collections/docs_v3/points/query HTTP/1.1" 200 ${1998 + i * 5} "-" "python-client/1.12.1 python/3.11.9" 0.00${4 + (i % 5)}117`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-prefect-k8s-worker-crashloop',
    family: 'dns',
    source: 'https://github.com/PrefectHQ/prefect/issues/22638',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('prefect-worker', 1, 7),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          'prefect',
          'worker',
          'start',
          '--type',
          'kubernetes',
          '--pool',
          'k8s-etl',
          '--with-healthcheck',
        ],
        env: {
          PREFECT_API_URL:
            'https://api.prefect.cloud/api/accounts/3c1f9a0e-7b2d-4e51-8f6a-2d9c0b7e4a11/workspaces/9e2d4c6b-1a3f-4b8e-a5d7-0c2e6f1b9d43',
          PREFECT_CLIENT_MAX_RETRIES: '5',
          PREFECT_LOGGING_LEVEL: 'DEBUG',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container prefect-worker in pod prefect-worker-7c9d5f8b6-m2x8q_data(1b8e2c4d-9f0a-4e3b-8c7d-6a5f4e3d2c1b)',
        count: 31,
        type: 'Warning',
      },
    ],
    previousLog: log(
      prefect(at(8, 24, 11), 1, 'DEBUG', 'prefect.profiles', "Using profile 'ephemeral'"),
      prefect(
        at(8, 24, 12),
        2,
        'DEBUG',
        'prefect.client',
        'Connecting to API at https://api.prefect.cloud/api/accounts/3c1f9a0e-7b2d-4e51-8f6a-2d9c0b7e4a11/workspaces/9e2d4c6b-1a3f-4b8e-a5d7-0c2e6f1b9d43/',
      ),
      times(5, (i) =>
        prefect(
          at(8, 24, 13) + i * 2 ** i,
          3 + i,
          'WARNING',
          'prefect.client',
          `Encountered retryable exception during request. Another attempt will be made in ${2 ** i}s. This is attempt ${i + 1}/6.`,
        ),
      ),
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", line 101, in map_httpcore_exceptions',
      '    yield',
      '  File "/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", line 394, in handle_async_request',
      '    resp = await self._pool.handle_async_request(req)',
      '  File "/usr/local/lib/python3.12/site-packages/httpcore/_async/connection.py", line 124, in _connect',
      '    stream = await self._network_backend.connect_tcp(**kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/anyio/_core/_sockets.py", line 190, in connect_tcp',
      '    gai_res = await getaddrinfo(',
      '  File "/usr/local/lib/python3.12/site-packages/anyio/_core/_sockets.py", line 496, in getaddrinfo',
      '    gai_res = await get_async_backend().getaddrinfo(',
      'socket.gaierror: [Errno -3] Temporary failure in name resolution',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/prefect/cli/worker.py", line 177, in start',
      '    is_paused = await _check_work_pool_paused(work_pool_name)',
      '  File "/usr/local/lib/python3.12/site-packages/prefect/client/orchestration/_work_pools/client.py", line 407, in read_work_pool',
      '    response = await self.request(',
      '  File "/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", line 118, in map_httpcore_exceptions',
      '    raise mapped_exc(message) from exc',
      'httpx.ConnectError: [Errno -3] Temporary failure in name resolution',
      'An exception occurred.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-kserve-llm-predictor-pending',
    family: 'gpu-capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/5527',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'kserve-container',
        memoryLimit: '48Gi',
        memoryRequest: '48Gi',
        cpuLimit: '8',
        args: [
          '--model',
          '/mnt/models',
          '--served-model-name',
          'support-assistant',
          '--max-model-len',
          '16384',
          '--gpu-memory-utilization',
          '0.92',
        ],
        env: { HF_HUB_OFFLINE: '1', VLLM_WORKER_MULTIPROC_METHOD: 'spawn' },
        mounts: [{ volume: 'kserve-provision-location', path: '/mnt/models' }],
      },
    ],
    volumes: [{ name: 'kserve-provision-location', emptyDir: {} }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/31 nodes are available: 6 Insufficient nvidia.com/gpu, 25 node(s) didn't match Pod's node affinity/selector. preemption: 0/31 nodes are available: 25 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.",
        count: 44,
        type: 'Warning',
      },
      {
        reason: 'Nominated',
        message: 'Pod should schedule on: nodeclaim/gpu-a10g-x8m2q',
        type: 'Normal',
        count: 9,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "gpu-a10g", daemonset overhead={"cpu":"385m","memory":"612Mi","pods":"7"}, no instance type satisfied resources {"cpu":"8385m","memory":"49764Mi","nvidia.com/gpu":"1","pods":"8"} and requirements karpenter.k8s.aws/instance-family In [g5], karpenter.sh/capacity-type In [on-demand], karpenter.sh/nodepool In [gpu-a10g], node.kubernetes.io/instance-type In [g5.12xlarge g5.16xlarge g5.4xlarge g5.8xlarge] (no instance type which met the scheduling requirements and had enough resources, had a required offering); incompatible with nodepool "general", no instance type satisfied resources {"nvidia.com/gpu":"1"}',
        count: 27,
        type: 'Warning',
      },
      {
        reason: 'InsufficientCapacityError',
        message:
          'NodeClaim gpu-a10g-x8m2q event: insufficient capacity, all requested instance types were unavailable during launch',
        count: 9,
        type: 'Warning',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-jupyterhub-spawns-failing',
    family: 'quota',
    source: 'https://github.com/jupyterhub/jupyterhub/issues/4414',
    signal: 'Alert',
    containers: [
      {
        name: 'hub',
        running: { startedAt: '2026-02-11T07:51:22Z' },
        ready: true,
        restarts: 2,
        last: { reason: 'Error', exitCode: 1 },
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['jupyterhub', '--config', '/usr/local/etc/jupyterhub/jupyterhub_config.py', '--upgrade-db'],
        env: { PYTHONUNBUFFERED: '1', HELM_RELEASE_NAME: 'jhub', POD_NAMESPACE: 'notebooks' },
        mounts: [
          { volume: 'config', path: '/usr/local/etc/jupyterhub/jupyterhub_config.py' },
          { volume: 'pvc', path: '/srv/jupyterhub' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'hub' },
      { name: 'pvc', persistentVolumeClaim: 'hub-db-dir' },
    ],
    rollout: { minutesAgo: 190, previousTag: '2.3.0' },
    events: [
      alert(
        'JupyterHubSpawnFailures: 23 failed server spawns in 15m (profile gpu-a10g-small 23, cpu-large 0)',
      ),
    ],
    currentLog: log(
      times(12, (i) =>
        hub(
          at(8, 14) + i * 15,
          i,
          'I',
          'log:192',
          `200 GET /hub/api/users?state=ready&offset=0&limit=200 (cull-idle@127.0.0.1) ${(11 + i * 0.7).toFixed(2)}ms`,
        ),
      ),
      hub(at(8, 17, 2), 20, 'I', 'provider:661', 'Creating oauth client jupyterhub-user-mbauer'),
      hub(at(8, 17, 2), 21, 'I', 'spawner:2836', 'Attempting to create pod jupyter-mbauer, with timeout 3'),
      hub(at(8, 17, 3), 22, 'E', 'user:884', "Unhandled error starting mbauer's server: (403)"),
      '    Reason: Forbidden',
      "    HTTP response headers: <CIMultiDictProxy('Audit-Id': '6c2e1f0a-8b4d-4f3e-9a1c-7d5b2e0f4a91', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'Date': 'Wed, 11 Feb 2026 08:17:03 GMT', 'Content-Length': '352')>",
      '    HTTP response body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \\"jupyter-mbauer\\" is forbidden: exceeded quota: notebooks-gpu, requested: requests.nvidia.com/gpu=1, used: requests.nvidia.com/gpu=8, limited: requests.nvidia.com/gpu=8","reason":"Forbidden","details":{"name":"jupyter-mbauer","kind":"pods"},"code":403}',
      '    ',
      hub(
        at(8, 17, 3),
        23,
        'W',
        'base:1030',
        '2 consecutive spawns failed.  Hub will exit if failure count reaches 5 before succeeding',
      ),
      hub(
        at(8, 17, 3),
        24,
        'E',
        'gen:630',
        "Exception in Future <Task finished name='Task-2114' coro=<BaseHandler.spawn_single_user.<locals>.finish_user_spawn() done, defined at /usr/local/lib/python3.11/site-packages/jupyterhub/handlers/base.py:954> exception=ApiException()> after timeout",
      ),
      times(18, (i) =>
        i % 6 === 5
          ? hub(
              at(8, 18) + i * 25,
              30 + i,
              'E',
              'user:884',
              `Unhandled error starting ${['akhan', 'jlopez', 'tnguyen'][i % 3]}'s server: (403)`,
            )
          : hub(
              at(8, 18) + i * 25,
              30 + i,
              'I',
              'log:192',
              `${i % 2 ? 302 : 200} GET /hub/spawn-pending/${['akhan', 'jlopez', 'tnguyen'][i % 3]} (${['akhan', 'jlopez', 'tnguyen'][i % 3]}@10.42.3.${17 + i}) ${(8 + i * 1.3).toFixed(2)}ms`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-tgi-support-llama-crashloop',
    family: 'credentials',
    source: 'https://github.com/kubeai-project/kubeai/issues/155',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('tgi', 1, 6),
        memoryLimit: '40Gi',
        memoryRequest: '40Gi',
        cpuLimit: '8',
        args: [
          '--model-id',
          'meta-llama/Llama-3.1-8B-Instruct',
          '--num-shard',
          '1',
          '--max-input-tokens',
          '7680',
          '--max-total-tokens',
          '8192',
          '--port',
          '8080',
        ],
        env: { HF_HOME: '/data', HF_HUB_ENABLE_HF_TRANSFER: '1', PREFIX_CACHING: '1' },
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'shm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'data', emptyDir: { sizeLimit: '60Gi' } },
      { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } },
      { name: 'hf-token', secret: 'hf-token-ml-serving' },
    ],
    node: gpuNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned ml-serving/tgi-support-llama-6f8d7c5b9-tq4zr to ip-10-42-88-17.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulled',
        message:
          'Container image "ghcr.io/huggingface/text-generation-inference:3.0.1" already present on machine',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container tgi in pod tgi-support-llama-6f8d7c5b9-tq4zr_ml-serving',
        type: 'Warning',
        count: 26,
      },
    ],
    previousLog: log(
      '2026-02-11T08:24:02.118233Z  INFO text_generation_launcher: Args { model_id: "meta-llama/Llama-3.1-8B-Instruct", revision: None, validation_workers: 2, sharded: None, num_shard: Some(1), quantize: None, speculate: None, dtype: None, trust_remote_code: false, max_concurrent_requests: 128, max_best_of: 2, max_stop_sequences: 4, max_top_n_tokens: 5, max_input_tokens: Some(7680), max_input_length: None, max_total_tokens: Some(8192), waiting_served_ratio: 0.3, max_batch_prefill_tokens: None, max_batch_total_tokens: None, max_waiting_tokens: 20, max_batch_size: None, hostname: "tgi-support-llama-6f8d7c5b9-tq4zr", port: 8080, shard_uds_path: "/tmp/text-generation-server", master_addr: "localhost", master_port: 29500, huggingface_hub_cache: None, weights_cache_override: None, disable_custom_kernels: false, cuda_memory_fraction: 1.0, json_output: false, otlp_endpoint: None, cors_allow_origin: [], watermark_gamma: None, watermark_delta: None, ngrok: false, env: false }',
      '2026-02-11T08:24:02.612301Z  INFO text_generation_launcher: Using prefix caching = true',
      '2026-02-11T08:24:02.612344Z  INFO text_generation_launcher: Using Attention = flashinfer',
      '2026-02-11T08:24:02.612978Z  INFO download: text_generation_launcher: Starting check and download process for meta-llama/Llama-3.1-8B-Instruct',
      '2026-02-11T08:24:05.771245Z ERROR download: text_generation_launcher: Download encountered an error: ',
      'Traceback (most recent call last):',
      '',
      '  File "/usr/src/.venv/lib/python3.11/site-packages/huggingface_hub/utils/_http.py", line 409, in hf_raise_for_status',
      '    response.raise_for_status()',
      '',
      '  File "/usr/src/.venv/lib/python3.11/site-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      '',
      'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json',
      '',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      '',
      'Traceback (most recent call last):',
      '',
      '  File "/usr/src/.venv/bin/text-generation-server", line 10, in <module>',
      '    sys.exit(app())',
      '',
      '  File "/usr/src/server/text_generation_server/cli.py", line 178, in download_weights',
      '    utils.weight_files(model_id, revision, extension)',
      '',
      '  File "/usr/src/.venv/lib/python3.11/site-packages/huggingface_hub/file_download.py", line 1484, in _raise_on_head_call_error',
      '    raise head_call_error',
      '',
      'huggingface_hub.errors.GatedRepoError: 403 Client Error. (Request ID: Root=1-67ab1c2d-5f3e2a1b7c9d0e4f6a8b2c1d;8e2f4a6c-1b3d-4e5f-9a7b-0c2d4e6f8a1b)',
      '',
      'Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.',
      'Access to model meta-llama/Llama-3.1-8B-Instruct is restricted and you are not in the authorized list. Visit https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct to ask for access.',
      '',
      'Error: DownloadError',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-nvidia-driver-daemonset-crashloop',
    family: 'node-driver',
    source: 'https://github.com/NVIDIA/gpu-operator/issues/526',
    signal: 'CrashLoopBackOff',
    initContainers: [
      {
        name: 'k8s-driver-manager',
        terminated: { reason: 'Completed', exitCode: 0 },
        restarts: 0,
        args: ['uninstall_driver'],
        env: { ENABLE_GPU_POD_EVICTION: 'true', DRAIN_USE_FORCE: 'false' },
      },
    ],
    containers: [
      {
        ...crashed('nvidia-driver-ctr', 1, 9),
        memoryLimit: '4Gi',
        args: ['nvidia-driver', 'init'],
        env: {
          DRIVER_VERSION: '550.127.08',
          NVIDIA_VISIBLE_DEVICES: 'void',
          GPU_DIRECT_RDMA_ENABLED: 'false',
        },
        mounts: [
          { volume: 'run-nvidia', path: '/run/nvidia' },
          { volume: 'host-os-release', path: '/host-etc/os-release' },
        ],
      },
    ],
    node: {
      ...quietNode,
      taints: ['nvidia.com/gpu=true:NoSchedule'],
    },
    events: [
      alert(
        'GPUNodeNoAllocatableGPU: node ip-10-42-91-203.eu-west-1.compute.internal (nodepool gpu-l4, launched 07:41 from the ubuntu-eks jammy 22.04 image published 2026-02-10) has nvidia.com/gpu allocatable 0 for 45m; 6 GPU pods Pending',
      ),
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container nvidia-driver-ctr in pod nvidia-driver-daemonset-8kx2p_gpu-operator',
        type: 'Warning',
        count: 38,
      },
    ],
    previousLog: log(
      'DRIVER_ARCH is x86_64',
      'Creating directory NVIDIA-Linux-x86_64-550.127.08',
      'Verifying archive integrity... OK',
      'Uncompressing NVIDIA Accelerated Graphics Driver for Linux-x86_64 550.127.08........................................................',
      '',
      'WARNING: Unable to determine the default X library path. The path /tmp/null/lib will be used, but this path was not detected in the ldconfig(8) cache, and no directory exists at this path, so it is likely that libraries installed there will not be found by the loader.',
      '',
      '========== NVIDIA Software Installer ==========',
      '',
      'Starting installation of NVIDIA driver version 550.127.08 for Linux kernel version 6.8.0-1021-aws',
      '',
      'Stopping NVIDIA persistence daemon...',
      'Unloading NVIDIA driver kernel modules...',
      'Unmounting NVIDIA driver rootfs...',
      'Checking NVIDIA driver packages...',
      'Updating the package cache...',
      "Getting current value of the 'nvidia.com/gpu.deploy.operator-validator' node label",
      "Current value of 'nvidia.com/gpu.deploy.operator-validator=true'",
      "Getting current value of the 'nvidia.com/gpu.deploy.container-toolkit' node label",
      "Current value of 'nvidia.com/gpu.deploy.container-toolkit=true'",
      "Getting current value of the 'nvidia.com/gpu.deploy.device-plugin' node label",
      "Current value of 'nvidia.com/gpu.deploy.device-plugin=true'",
      'Resolving Linux kernel version...',
      'Could not resolve Linux kernel version',
      'Stopping NVIDIA persistence daemon...',
      'Unloading NVIDIA driver kernel modules...',
      'Unmounting NVIDIA driver rootfs...',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-milvus-datanode-flush-failing',
    family: 'storage-full',
    source: 'https://github.com/milvus-io/milvus/issues/35791',
    signal: 'Alert',
    containers: [
      {
        name: 'datanode',
        running: { startedAt: '2026-02-03T09:41:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: ['milvus', 'run', 'datanode'],
        env: {
          MINIO_ADDRESS: 'milvus-minio:9000',
          MINIO_BUCKET_NAME: 'milvus-bucket',
          KAFKA_BROKER_LIST: 'kafka:9092',
        },
        mounts: [{ volume: 'milvus-config', path: '/milvus/configs/user.yaml' }],
      },
    ],
    volumes: [{ name: 'milvus-config', configMap: 'milvus' }],
    events: [
      alert(
        'MilvusSegmentFlushFailing: datanode flush failures 100% for 20m in milvus (collection product_embeddings), growing segments 148 and rising',
      ),
    ],
    currentLog: log(
      times(14, (i) =>
        milvus(
          at(8, 2) + i * 31,
          i,
          'INFO',
          'syncmgr/task.go:157',
          'task done',
          `[segmentID=4553${20871 + i}] [flushed=false] [level=L1] [batchSize=${4012 + i * 17}]`,
        ),
      ),
      milvus(
        at(8, 9, 40),
        20,
        'WARN',
        'storage/minio_object_storage.go:177',
        'failed to put object',
        '[bucket=milvus-bucket] [path=files/insert_log/455318202711093412/455318202711093413/455318202712988011/102/455318202713001554] [error="Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed."]',
      ),
      milvus(
        at(8, 9, 40),
        21,
        'WARN',
        'syncmgr/task.go:128',
        'failed to write binlog',
        '[segmentID=455318202712988011] [error="Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed."]',
      ),
      times(36, (i) =>
        i % 3 === 2
          ? milvus(
              at(8, 10) + i * 30,
              30 + i,
              'INFO',
              'datanode/services.go:79',
              'DataNode receives FlushSegments request',
              `[channel=by-dev-rootcoord-dml_${i % 4}_455318202711093412v${i % 2}] [segments="[4553182027129${88011 + i}]"]`,
            )
          : milvus(
              at(8, 10) + i * 30,
              30 + i,
              'WARN',
              i % 3 === 0 ? 'storage/minio_object_storage.go:177' : 'syncmgr/task.go:128',
              i % 3 === 0 ? 'failed to put object' : 'failed to write binlog',
              `[segmentID=4553182027129${88011 + i}] [error="Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed."]`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-ray-serve-embeddings-not-ready',
    family: 'dependency-down',
    source: 'https://github.com/ray-project/ray/issues/44021',
    signal: 'Alert',
    containers: [
      {
        name: 'ray-head',
        running: { startedAt: '2026-02-11T07:55:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        args: ['ray', 'start', '--head', '--dashboard-host=0.0.0.0', '--num-cpus=0', '--block'],
        env: {
          RAY_SERVE_ENABLE_EXPERIMENTAL_STREAMING: '1',
          RAY_GRAFANA_HOST: 'http://grafana.monitoring:80',
        },
        mounts: [{ volume: 'ray-logs', path: '/tmp/ray' }],
      },
    ],
    volumes: [{ name: 'ray-logs', emptyDir: {} }],
    events: [
      alert(
        'RayServicePendingClusterNotReady: RayService search/embeddings pending cluster embeddings-raycluster-x7k2q not ready for 31m (active cluster embeddings-raycluster-m4p8d still serving app embed)',
      ),
    ],
    currentLog: log(
      '2026-02-11 07:58:12,118\tINFO serve.py:412 -- Started Serve in namespace "serve".',
      '2026-02-11 07:58:14,502\tINFO runtime_env_agent.py:501 -- Creating runtime env: {"pip": {"packages": ["sentence-transformers==3.4.1", "acme-text-utils==0.9.2"], "pip_check": false}, "env_vars": {"HF_HOME": "/tmp/hf"}} with timeout 600 seconds.',
      'Looking in indexes: https://artifactory.acme.internal/api/pypi/pypi-remote/simple',
      times(
        5,
        (i) =>
          `WARNING: Retrying (Retry(total=${4 - i}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2b8c1d4e${50 + i * 3}>, 'Connection to artifactory.acme.internal timed out. (connect timeout=15)')': /api/pypi/pypi-remote/simple/acme-text-utils/`,
      ),
      'ERROR: Could not find a version that satisfies the requirement acme-text-utils==0.9.2 (from versions: none)',
      'ERROR: No matching distribution found for acme-text-utils==0.9.2',
      '2026-02-11 08:00:41,902\tERROR runtime_env_agent.py:377 -- Failed to create runtime env {"pip": {"packages": ["sentence-transformers==3.4.1", "acme-text-utils==0.9.2"], "pip_check": false}, "env_vars": {"HF_HOME": "/tmp/hf"}}',
      times(12, (i) =>
        i % 2 === 0
          ? `(ServeController pid=612) WARNING 2026-02-11 ${clock(at(8, 1) + i * 150)},${ms(i)} controller 612 -- Deployment 'Embedder' in application 'embed' has 2 replicas that have taken more than 30s to be scheduled. This may be due to waiting for the cluster to auto-scale or for a runtime environment to be installed. Resources required for each replica: {"CPU": 2.0, "GPU": 1.0}, total resources available: {"CPU": 46.0, "GPU": 4.0}. Use \`ray status\` for more details.`
          : `2026-02-11 ${clock(at(8, 1) + i * 150)},${ms(i)}\tERROR runtime_env_agent.py:377 -- Failed to create runtime env {"pip": {"packages": ["sentence-transformers==3.4.1", "acme-text-utils==0.9.2"], "pip_check": false}, "env_vars": {"HF_HOME": "/tmp/hf"}}`,
      ),
      'ray.exceptions.RuntimeEnvSetupError: Failed to set up runtime environment.',
      'Could not create the actor because its associated runtime env failed to be created.',
      'Failed to install pip requirements:',
      'ERROR: No matching distribution found for acme-text-utils==0.9.2',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-triton-llm-image-pull-failing',
    family: 'image-too-large',
    source: 'https://github.com/tableau/tableau-server-in-kubernetes/issues/14',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'triton',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "nvcr.io/nvidia/tritonserver:24.12-trtllm-python-py3"',
        },
        ready: false,
        restarts: 0,
        memoryLimit: '64Gi',
        memoryRequest: '64Gi',
        cpuLimit: '12',
        args: [
          'tritonserver',
          '--model-repository=s3://acme-model-repo/triton/llm',
          '--http-port=8000',
          '--grpc-port=8001',
        ],
        mounts: [{ volume: 'shm', path: '/dev/shm' }],
      },
    ],
    volumes: [{ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '8Gi' } }],
    node: gpuNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned ml-serving/triton-llm-5c8f7d9b4-q2w7x to ip-10-42-77-140.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulling',
        message: 'Pulling image "nvcr.io/nvidia/tritonserver:24.12-trtllm-python-py3"',
        type: 'Normal',
        count: 4,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "nvcr.io/nvidia/tritonserver:24.12-trtllm-python-py3": failed to pull and unpack image "nvcr.io/nvidia/tritonserver:24.12-trtllm-python-py3": failed to extract layer sha256:7c1f0e9b2d4a6c8e1f3b5d7a9c2e4f6b8d0a2c4e6f8b1d3a5c7e9f2b4d6a8c0e: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/412/fs/usr/local/lib/python3.12/dist-packages/tensorrt_llm/libs/libtensorrt_llm.so: no space left on device: unknown',
        type: 'Warning',
        count: 4,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 4 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "nvcr.io/nvidia/tritonserver:24.12-trtllm-python-py3"',
        type: 'Normal',
        count: 19,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 19 },
      alert(
        'KubeDeploymentReplicasMismatch: Deployment ml-serving/triton-llm has not matched the expected number of replicas for 15m (2 of 3 available; the new replica runs on nodepool gpu-a10g-v2, EC2NodeClass default-gpu)',
      ),
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-feast-materialize-hourly-failed',
    family: 'upstream-data-missing',
    source: 'https://github.com/feast-dev/feast/issues/4882',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'materialize',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['feast', 'materialize-incremental', '2026-02-11T08:00:00'],
        env: {
          FEAST_REPO_PATH: '/app/feature_repo',
          PYSPARK_PYTHON: 'python3',
          FEAST_USAGE: 'False',
        },
        mounts: [{ volume: 'feature-store-yaml', path: '/app/feature_repo/feature_store.yaml' }],
      },
    ],
    volumes: [{ name: 'feature-store-yaml', configMap: 'feast-feature-store' }],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'Materializing 6 feature views to 2026-02-11 08:00:00+00:00 into the redis online store.',
      '',
      'driver_hourly_stats from 2026-02-11 07:00:00+00:00 to 2026-02-11 08:00:00+00:00:',
      '100%|██████████████████████████████████████████████████████████| 18412/18412 [00:03<00:00, 5811.02it/s]',
      'zone_demand_5m from 2026-02-11 07:00:00+00:00 to 2026-02-11 08:00:00+00:00:',
      '100%|██████████████████████████████████████████████████████████| 2208/2208 [00:00<00:00, 6120.44it/s]',
      'rider_activity_daily from 2026-02-10 08:00:00+00:00 to 2026-02-11 08:00:00+00:00:',
      '26/02/11 08:02:41 WARN FileStreamSink: Assume no metadata directory. Error while looking for metadata directory in the path: s3a://acme-features/curated/rider_activity/dt=2026-02-11.',
      'java.io.FileNotFoundException: No such file or directory: s3a://acme-features/curated/rider_activity/dt=2026-02-11',
      '\tat org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:3866)',
      '\tat org.apache.hadoop.fs.s3a.S3AFileSystem.innerGetFileStatus(S3AFileSystem.java:3688)',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/feast/infra/offline_stores/contrib/spark_offline_store/spark_source.py", line 184, in get_table_query_string',
      '    df = spark_session.read.format(self.file_format).load(self.path)',
      '  File "/usr/local/lib/python3.11/site-packages/pyspark/sql/readwriter.py", line 307, in load',
      '    return self._df(self._jreader.load(path))',
      '  File "/usr/local/lib/python3.11/site-packages/pyspark/errors/exceptions/captured.py", line 185, in deco',
      '    raise converted from None',
      'pyspark.errors.exceptions.captured.AnalysisException: [PATH_NOT_FOUND] Path does not exist: s3a://acme-features/curated/rider_activity/dt=2026-02-11.',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/bin/feast", line 8, in <module>',
      '    sys.exit(cli())',
      '  File "/usr/local/lib/python3.11/site-packages/feast/cli.py", line 743, in materialize_incremental_command',
      '    store.materialize_incremental(',
      '  File "/usr/local/lib/python3.11/site-packages/feast/infra/offline_stores/contrib/spark_offline_store/spark_source.py", line 187, in get_table_query_string',
      '    raise DataSourceNotFoundException(self.path)',
      "feast.errors.DataSourceNotFoundException: Unable to find table at 's3a://acme-features/curated/rider_activity/dt=2026-02-11'. Please check that table exists.",
      '26/02/11 08:02:42 WARN ExecutorPodsWatchSnapshotSource: Kubernetes client has been closed.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-kserve-churn-predictor-init-failing',
    family: 'iam',
    source: 'https://github.com/kserve/kserve/issues/3843',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('storage-initializer', 1, 6),
        memoryLimit: '1Gi',
        args: ['s3://acme-model-registry/churn/xgb/v14/', '/mnt/models'],
        env: { AWS_REGION: 'eu-west-1', S3_USE_HTTPS: '1', AWS_STS_REGIONAL_ENDPOINTS: 'regional' },
        mounts: [{ volume: 'kserve-provision-location', path: '/mnt/models' }],
      },
    ],
    containers: [
      {
        name: 'kserve-container',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['--model_name=churn', '--model_dir=/mnt/models', '--http_port=8080'],
        mounts: [{ volume: 'kserve-provision-location', path: '/mnt/models' }],
      },
    ],
    volumes: [{ name: 'kserve-provision-location', emptyDir: {} }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container storage-initializer in pod churn-predictor-7d9c8b6f5-zq2lp_models(5e1a9c3b-7d2f-4a8e-b6c1-0f9e8d7c6b5a)',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      '2026-02-11 08:22:41.118 1 kserve INFO [initializer-entrypoint:<module>():16] Initializing, args: src_uri [s3://acme-model-registry/churn/xgb/v14/] dest_path[ [/mnt/models]',
      '2026-02-11 08:22:41.118 1 kserve INFO [storage.py:download():66] Copying contents of s3://acme-model-registry/churn/xgb/v14/ to local',
      '2026-02-11 08:22:41.502 1 kserve INFO [credentials.py:load():1132] Found credentials from IAM Role: kserve-models-irsa',
      'Traceback (most recent call last):',
      '  File "/storage-initializer/scripts/initializer-entrypoint", line 17, in <module>',
      '    Storage.download(src_uri, dest_path)',
      '  File "/kserve/kserve/storage/storage.py", line 86, in download',
      '    Storage._download_s3(uri, out_dir)',
      '  File "/kserve/kserve/storage/storage.py", line 225, in _download_s3',
      '    for obj in bucket.objects.filter(Prefix=bucket_path):',
      '  File "/prod_venv/lib/python3.11/site-packages/boto3/resources/collection.py", line 81, in __iter__',
      '    for page in self.pages():',
      '  File "/prod_venv/lib/python3.11/site-packages/boto3/resources/collection.py", line 171, in pages',
      '    for page in pages:',
      '  File "/prod_venv/lib/python3.11/site-packages/botocore/paginate.py", line 269, in __iter__',
      '    response = self._make_request(current_kwargs)',
      '  File "/prod_venv/lib/python3.11/site-packages/botocore/client.py", line 1023, in _make_api_call',
      '    raise error_class(parsed_response, operation_name)',
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts right (6)
  {
    id: 'thirtysixth-whisper-transcriber-not-ready',
    family: 'gpu-access-lost',
    source: 'https://github.com/NVIDIA/nvidia-container-toolkit/issues/48',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'transcriber',
        running: { startedAt: '2026-02-02T11:18:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: ['uvicorn', 'transcribe.app:app', '--host', '0.0.0.0', '--port', '8000', '--workers', '1'],
        env: {
          WHISPER_MODEL: 'large-v3',
          COMPUTE_TYPE: 'float16',
          GPU_STATS_INTERVAL_S: '60',
          JOBS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/412907318842/transcribe-jobs',
        },
      },
    ],
    node: gpuNode,
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: Failed to initialize NVML: Unknown Error',
        type: 'Warning',
        count: 287,
      },
      alert(
        'TranscriptionQueueBacklog: transcribe-jobs 1841 messages visible, oldest 47m; deployment transcriber 1/2 replicas ready',
      ),
    ],
    currentLog: log(
      '2026-02-02 11:18:52,004 INFO transcribe.app: loading faster-whisper model large-v3 (float16) on cuda:0',
      '2026-02-02 11:19:31,447 INFO transcribe.app: model ready in 39.4s',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      times(16, (i) =>
        i % 4 === 3
          ? `2026-02-11 ${clock(at(7, 30) + i * 45)},${ms(i)} INFO transcribe.gpu_stats: gpu0 util=${71 + (i % 9)}% mem=14211MiB/23028MiB temp=${58 + (i % 5)}C`
          : `2026-02-11 ${clock(at(7, 30) + i * 45)},${ms(i)} INFO transcribe.worker: job ${8812400 + i} done: ${(41 + i * 3.7).toFixed(1)}s audio in ${(3.1 + (i % 5) * 0.4).toFixed(2)}s (lang=${['en', 'de', 'es', 'fr'][i % 4]})`,
      ),
      '2026-02-11 07:43:00,118 WARNING transcribe.gpu_stats: nvidia-smi exited with 255: Failed to initialize NVML: Unknown Error',
      '2026-02-11 07:43:02,774 ERROR transcribe.worker: job 8812416 failed',
      'Traceback (most recent call last):',
      '  File "/app/transcribe/worker.py", line 88, in handle',
      '    segments, info = self.model.transcribe(audio, beam_size=5, vad_filter=True)',
      '  File "/usr/local/lib/python3.11/site-packages/faster_whisper/transcribe.py", line 812, in transcribe',
      '    encoder_output = self.encode(segment)',
      '  File "/usr/local/lib/python3.11/site-packages/faster_whisper/transcribe.py", line 1371, in encode',
      '    return self.model.encode(features, to_cpu=to_cpu)',
      'RuntimeError: CUDA failed with error unknown error',
      times(40, (i) =>
        i % 5 === 4
          ? `2026-02-11 ${clock(at(7, 44) + i * 60)},${ms(i)} WARNING transcribe.gpu_stats: nvidia-smi exited with 255: Failed to initialize NVML: Unknown Error`
          : i % 5 === 2
            ? `INFO:     10.42.3.1:${41000 + i} - "GET /ready HTTP/1.1" 503 Service Unavailable`
            : `2026-02-11 ${clock(at(7, 44) + i * 60)},${ms(i)} ERROR transcribe.worker: job ${8812417 + i} failed: RuntimeError: CUDA failed with error unknown error (message returned to queue)`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-hive-metastore-intermittent-errors',
    family: 'stale-db-connection',
    source: 'https://github.com/apache/hive/pull/6664',
    signal: 'Alert',
    containers: [
      {
        name: 'metastore',
        running: { startedAt: '2026-01-30T12:04:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['/opt/hive/bin/hive', '--service', 'metastore'],
        env: {
          SERVICE_NAME: 'metastore',
          DB_DRIVER: 'postgres',
          HIVE_METASTORE_JDBC_URL:
            'jdbc:postgresql://hms-db.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com:5432/metastore',
          HADOOP_HEAPSIZE: '3072',
        },
        mounts: [{ volume: 'hive-site', path: '/opt/hive/conf/hive-site.xml' }],
      },
    ],
    volumes: [{ name: 'hive-site', configMap: 'hive-metastore-site' }],
    events: [
      alert(
        'TrinoHiveMetastoreErrors: 38% of hive catalog queries failed in 30m with HIVE_METASTORE_ERROR (Connection is closed); RDS hms-db writer available since failover at 03:12',
      ),
    ],
    currentLog: log(
      '2026-02-11T03:12:07,412 ERROR [pool-6-thread-114] metastore.ObjectStore: org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.',
      '2026-02-11T03:12:07,415  WARN [pool-6-thread-114] pool.ProxyConnection: HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@5b2e0f1a marked as broken because of SQLSTATE(08006), ErrorCode(0)',
      'org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)',
      'Caused by: java.net.SocketException: Connection reset',
      '\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)',
      '2026-02-11T03:12:41,003  INFO [HikariPool-1 housekeeper] pool.HikariPool: HikariPool-1 - Pool stats (total=10, active=3, idle=7, waiting=0)',
      times(36, (i) =>
        i % 4 === 1
          ? `2026-02-11T${clock(at(8, 0) + i * 40)},${ms(i)} ERROR [pool-6-thread-${[114, 131, 142][i % 3]}] metastore.RetryingHMSHandler: Retrying HMSHandler after 2000 ms (attempt 1 of 10) with error: javax.jdo.JDODataStoreException: Error executing SQL query "select "TBLS"."TBL_ID" from "TBLS" where "TBLS"."TBL_NAME" = ?". Caused by: java.sql.SQLException: Connection is closed`
          : `2026-02-11T${clock(at(8, 0) + i * 40)},${ms(i)}  INFO [pool-6-thread-${160 + (i % 40)}] HiveMetaStore.audit: ugi=trino\tip=10.42.7.${19 + (i % 8)}\tcmd=${['get_table', 'get_partitions_by_names', 'get_table', 'get_database'][i % 4]} : tbl=hive.${['sales', 'finance', 'marketing'][i % 3]}.${['orders', 'invoices', 'sessions', 'ledger'][i % 4]}`,
      ),
      '2026-02-11T08:24:02,118 ERROR [pool-6-thread-131] metastore.RetryingHMSHandler: MetaException(message:javax.jdo.JDODataStoreException: Error executing SQL query "select "PARTITIONS"."PART_ID" from "PARTITIONS" inner join "TBLS" on "PARTITIONS"."TBL_ID" = "TBLS"."TBL_ID"". Caused by: java.sql.SQLException: Connection is closed)',
      '\tat com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection.lambda$getClosedConnection$0(ProxyConnection.java:515)',
      '\tat com.sun.proxy.$Proxy21.prepareStatement(Unknown Source)',
      '\tat org.datanucleus.store.rdbms.SQLController.getStatementForQuery(SQLController.java:345)',
      '\tat org.apache.hadoop.hive.metastore.MetaStoreDirectSql.getPartitionsViaSqlFilter(MetaStoreDirectSql.java:602)',
      '\tat org.apache.hadoop.hive.metastore.ObjectStore.getPartitionsByNames(ObjectStore.java:4015)',
      '\tat org.apache.hadoop.hive.metastore.RetryingHMSHandler.invokeInternal(RetryingHMSHandler.java:160)',
      times(
        10,
        (i) =>
          `2026-02-11T${clock(at(8, 24, 10) + i * 20)},${ms(i)}  INFO [pool-6-thread-${170 + i}] HiveMetaStore.audit: ugi=spark\tip=10.42.9.${40 + i}\tcmd=get_table : tbl=hive.sales.orders`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-airflow-scheduler-heartbeat-stale',
    family: 'wedged-scheduler',
    source: 'https://github.com/apache/airflow/issues/29121',
    signal: 'Alert',
    containers: [
      {
        name: 'scheduler',
        running: { startedAt: '2026-02-06T16:40:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['bash', '-c', 'exec airflow scheduler'],
        env: {
          AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor',
          AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC: '5',
          AIRFLOW__SCHEDULER__PARSING_PROCESSES: '4',
          AIRFLOW__DATABASE__SQL_ALCHEMY_POOL_PRE_PING: 'True',
        },
        mounts: [{ volume: 'dags', path: '/opt/airflow/dags' }],
      },
      { name: 'git-sync', running: { startedAt: '2026-02-06T16:40:08Z' }, ready: true, memoryLimit: '256Mi' },
    ],
    volumes: [{ name: 'dags', emptyDir: {} }],
    events: [
      alert(
        'AirflowSchedulerHeartbeatStale: scheduler airflow-scheduler-6d8f9c7b5-k2x9p last heartbeat 1h41m ago; 318 task instances in state scheduled; webserver healthy; metadata DB airflow-db writer available since failover at 06:48',
      ),
    ],
    currentLog: log(
      times(24, (i) =>
        i % 6 === 5
          ? af(
              at(6, 40) + i * 19,
              i,
              'scheduler_job_runner.py:1719',
              'INFO',
              'Adopting or resetting orphaned tasks for active dag runs',
            )
          : af(
              at(6, 40) + i * 19,
              i,
              'scheduler_job_runner.py:740',
              'INFO',
              `Received executor event with state success for task instance TaskInstanceKey(dag_id='${['orders_hourly', 'dbt_marts', 'ml_features'][i % 3]}', task_id='${['extract', 'transform', 'load'][i % 3]}', run_id='scheduled__2026-02-11T06:00:00+00:00', try_number=1, map_index=-1)`,
            ),
      ),
      af(
        at(6, 48, 3),
        30,
        'scheduler_job_runner.py:1003',
        'ERROR',
        'Scheduler heartbeat got an exception: (psycopg2.OperationalError) server closed the connection unexpectedly',
      ),
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
      '',
      '(Background on this error at: https://sqlalche.me/e/14/e3q8)',
      times(8, (i) =>
        af(
          at(6, 48, 8) + i * 5,
          31 + i,
          'scheduler_job_runner.py:1003',
          'ERROR',
          "Scheduler heartbeat got an exception: (sqlalchemy.exc.PendingRollbackError) Can't reconnect until invalid transaction is rolled back.  Please rollback() fully before proceeding (Background on this error at: https://sqlalche.me/e/14/8s2b)",
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-kafka-connect-billing-cdc-lag',
    family: 'wedged-connector',
    source: 'https://github.com/debezium/debezium-examples/issues/35',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-09T13:22:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          KAFKA_HEAP_OPTS: '-Xms2g -Xmx2g',
          CONNECT_GROUP_ID: 'billing-connect',
          CONNECT_OFFSET_STORAGE_TOPIC: 'billing-connect-offsets',
        },
      },
    ],
    events: [
      alert(
        'KafkaConnectTaskFailed: connector billing-pg-cdc task 0 FAILED since 04:11; replication slot debezium_billing on billing-db retains 38 GiB of WAL and growing; billing-db available since 04:14 (maintenance restart)',
      ),
    ],
    currentLog: log(
      kc(
        at(4, 10, 58),
        1,
        'WARN',
        'billing-pg-cdc|task-0',
        'Retry 1 of unlimited retries will be attempted',
        'io.debezium.pipeline.ErrorHandler:40',
      ),
      kc(
        at(4, 11, 3),
        2,
        'ERROR',
        'billing-pg-cdc|task-0',
        'Producer failure',
        'io.debezium.pipeline.ErrorHandler:52',
      ),
      'org.postgresql.util.PSQLException: Database connection failed when reading from copy',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1166)',
      '\tat org.postgresql.core.v3.CopyDualImpl.readFromCopy(CopyDualImpl.java:44)',
      '\tat io.debezium.connector.postgresql.connection.PostgresReplicationConnection$1.readPending(PostgresReplicationConnection.java:508)',
      'Caused by: java.io.EOFException',
      '\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)',
      kc(
        at(4, 11, 3),
        3,
        'ERROR',
        'billing-pg-cdc|task-0',
        'WorkerSourceTask{id=billing-pg-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted',
        'org.apache.kafka.connect.runtime.WorkerTask:234',
      ),
      'org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.',
      '\tat io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:67)',
      '\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:180)',
      'Caused by: org.postgresql.util.PSQLException: Database connection failed when reading from copy',
      kc(
        at(4, 11, 3),
        4,
        'INFO',
        'billing-pg-cdc|task-0',
        'Stopping down connector',
        'io.debezium.connector.common.BaseSourceTask:406',
      ),
      times(40, (i) =>
        kc(
          at(7, 50) + i * 57,
          10 + i,
          'INFO',
          `billing-s3-sink|task-${i % 2}`,
          `Files committed to S3. Target commit offset for billing.invoices-${i % 6} is ${3120442 + i * 211}`,
          'io.confluent.connect.s3.TopicPartitionWriter:636',
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-feast-feature-server-5xx',
    family: 'rotated-secret',
    source: 'https://github.com/ruoccofabrizio/azure-open-ai-embeddings-qna/issues/72',
    signal: 'Alert',
    containers: [
      {
        name: 'feature-server',
        running: { startedAt: '2026-02-08T10:12:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['feast', 'serve', '--host', '0.0.0.0', '--port', '6566', '--workers', '4', '--no-access-log'],
        env: {
          FEAST_REPO_PATH: '/app/feature_repo',
          REDIS_HOST: 'master.feast-online.x1y2z3.euw1.cache.amazonaws.com',
          REDIS_USERNAME: 'feast-svc',
          REDIS_PASSWORD_FILE: '/var/run/secrets/redis/password',
        },
        mounts: [
          { volume: 'redis-auth', path: '/var/run/secrets/redis' },
          { volume: 'feature-store-yaml', path: '/app/feature_repo/feature_store.yaml' },
        ],
      },
    ],
    volumes: [
      { name: 'redis-auth', secret: 'feast-redis-auth' },
      { name: 'feature-store-yaml', configMap: 'feast-feature-store' },
    ],
    events: [
      alert(
        'FeatureServerErrors: feast-feature-server 5xx ratio 0.97 over 10m on POST /get-online-features (3/3 pods); ElastiCache feast-online maintenance window 03:00-04:00 completed',
      ),
    ],
    currentLog: log(
      '2026-02-08 10:12:41,007 INFO feast_server.config: read Redis password for user feast-svc from /var/run/secrets/redis/password',
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:6566 (Press CTRL+C to quit)',
      times(
        8,
        (i) =>
          `2026-02-11 ${clock(at(2, 58) + i * 20)},${ms(i)} INFO feast_server.app: get-online-features feature_service=rider_ranking_v3 entities=${40 + i} latency_ms=${6 + (i % 4)}`,
      ),
      '2026-02-11 03:01:12,404 ERROR feast_server.app: get-online-features failed',
      'redis.exceptions.ConnectionError: Connection closed by server.',
      times(
        6,
        (i) =>
          `2026-02-11 ${clock(at(3, 1, 20) + i * 4)},${ms(i)} INFO feast_server.app: get-online-features feature_service=rider_ranking_v3 entities=${38 + i} latency_ms=${7 + (i % 3)}`,
      ),
      '2026-02-11 03:02:41,880 ERROR feast_server.app: get-online-features failed',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/feast/infra/online_stores/redis.py", line 393, in online_read',
      '    redis_values = pipe.execute()',
      '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 373, in connect',
      '    self.on_connect()',
      '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 466, in on_connect',
      '    auth_response = self.read_response()',
      '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 604, in read_response',
      '    raise response',
      'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.',
      times(40, (i) =>
        i % 8 === 7
          ? `2026-02-11 ${clock(at(8, 10) + i * 25)},${ms(i)} INFO feast_server.app: get-online-features feature_service=rider_ranking_v3 entities=${41 + (i % 5)} latency_ms=${8 + (i % 3)}`
          : `2026-02-11 ${clock(at(8, 10) + i * 25)},${ms(i)} ERROR feast_server.app: get-online-features failed: redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.`,
      ),
    ),
    accept: ['rollout-restart', 'escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'thirtysixth-airflow-celery-worker-tasks-queued',
    family: 'wedged-consumer',
    source: 'https://github.com/stackabletech/airflow-operator/issues/631',
    signal: 'Alert',
    containers: [
      {
        name: 'worker',
        running: { startedAt: '2026-02-04T09:15:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: ['bash', '-c', 'exec airflow celery worker'],
        env: {
          AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor',
          AIRFLOW__CELERY__WORKER_CONCURRENCY: '16',
          AIRFLOW__CELERY__BROKER_URL_SECRET: 'airflow/broker-url',
        },
        mounts: [{ volume: 'dags', path: '/opt/airflow/dags' }],
      },
    ],
    volumes: [{ name: 'dags', persistentVolumeClaim: 'airflow-dags' }],
    events: [
      alert(
        'AirflowTasksQueuedTooLong: 214 task instances queued for more than 30m; celery queue default length 214; 3 workers online, 0 tasks active; airflow-redis ready since 03:14',
      ),
    ],
    currentLog: log(
      times(10, (i) =>
        celery(
          at(3, 0) + i * 70,
          i,
          `INFO/ForkPoolWorker-${(i % 16) + 1}`,
          `Task airflow.providers.celery.executors.celery_executor_utils.execute_command[${(0x7a457fda + i * 7919).toString(16)}-8875-4b9d-add7-8b4711e2e43d] succeeded in ${(2.1 + i * 0.37).toFixed(8)}s: None`,
        ),
      ),
      celery(
        at(3, 12, 38),
        20,
        'WARNING/MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
      'Traceback (most recent call last):',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py", line 340, in start',
      '    blueprint.start(self)',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/kombu/transport/redis.py", line 1353, in _brpop_read',
      '    dest__item = self.client.parse_response(self.client.connection,',
      '  File "/home/airflow/.local/lib/python3.11/site-packages/redis/connection.py", line 524, in read_response',
      '    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)',
      'redis.exceptions.ConnectionError: Connection closed by server.',
      times(5, (i) =>
        celery(
          at(3, 12, 41) + i * (i + 1) * 2,
          21 + i,
          'ERROR/MainProcess',
          `consumer: Cannot connect to redis://:**@airflow-redis:6379/0: Error 111 connecting to airflow-redis:6379. Connection refused..\nTrying again in ${(2 * (i + 1)).toFixed(2)} seconds... (${i + 1}/100)\n`,
        ),
      ),
      celery(at(3, 14, 1), 30, 'INFO/MainProcess', 'Connected to redis://:**@airflow-redis:6379/0'),
      celery(at(3, 14, 1), 31, 'INFO/MainProcess', 'mingle: searching for neighbors'),
      celery(at(3, 14, 2), 32, 'INFO/MainProcess', 'mingle: sync with 2 nodes'),
      celery(at(3, 14, 2), 33, 'INFO/MainProcess', 'mingle: sync complete'),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },

  // ---------------------------------------------------------------- restarts wrong (3)
  {
    id: 'thirtysixth-triton-llama70b-restarting',
    family: 'slow-start-probe',
    source: 'https://github.com/kserve/kserve/issues/5062',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('triton', 137, 7),
        memoryLimit: '320Gi',
        memoryRequest: '320Gi',
        cpuLimit: '32',
        args: [
          'tritonserver',
          '--model-repository=s3://acme-model-repo/triton/llama3-70b-trtllm',
          '--model-control-mode=explicit',
          '--load-model=ensemble',
          '--http-port=8000',
          '--grpc-port=8001',
        ],
        env: { AWS_REGION: 'eu-west-1', TRTLLM_ORCHESTRATOR: '1' },
        mounts: [{ volume: 'shm', path: '/dev/shm' }],
      },
    ],
    volumes: [{ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '32Gi' } }],
    node: gpuNode,
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned ml-serving/triton-llama70b-7b4c9d8f6-w8n2k to ip-10-42-80-12.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.80.12:8000/v2/health/live": dial tcp 10.42.80.12:8000: connect: connection refused',
        type: 'Warning',
        count: 24,
      },
      {
        reason: 'Killing',
        message: 'Container triton failed liveness probe, will be restarted',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container triton in pod triton-llama70b-7b4c9d8f6-w8n2k_ml-serving',
        type: 'Warning',
        count: 12,
      },
    ],
    previousLog: log(
      triton(
        at(8, 18, 2),
        1,
        'I',
        'pinned_memory_manager.cc:277',
        '"Pinned memory pool is created at \'0x7f4a20000000\' with size 268435456"',
      ),
      times(4, (i) =>
        triton(
          at(8, 18, 2),
          2 + i,
          'I',
          'cuda_memory_manager.cc:107',
          `"CUDA memory pool is created on device ${i} with size 67108864"`,
        ),
      ),
      triton(at(8, 18, 3), 7, 'I', 'model_lifecycle.cc:472', '"loading: preprocessing:1"'),
      triton(at(8, 18, 3), 8, 'I', 'model_lifecycle.cc:472', '"loading: postprocessing:1"'),
      triton(at(8, 18, 3), 9, 'I', 'model_lifecycle.cc:472', '"loading: tensorrt_llm:1"'),
      triton(
        at(8, 18, 9),
        10,
        'I',
        'python_be.cc:2249',
        '"TRITONBACKEND_ModelInstanceInitialize: preprocessing_0_0 (CPU device 0)"',
      ),
      triton(at(8, 18, 11), 11, 'I', 'model_lifecycle.cc:838', '"successfully loaded \'preprocessing\'"'),
      triton(at(8, 18, 11), 12, 'I', 'model_lifecycle.cc:838', '"successfully loaded \'postprocessing\'"'),
      '[TensorRT-LLM][INFO] Engine version 0.16.0 found in the config file, assuming engine(s) built by new builder API.',
      '[TensorRT-LLM][INFO] Initializing MPI with thread mode 3',
      '[TensorRT-LLM][INFO] MPI size: 4, MPI local size: 4, rank: 0',
      '[TensorRT-LLM][INFO] Rank 0 is using GPU 0',
      '[TensorRT-LLM][INFO] Rank 1 is using GPU 1',
      '[TensorRT-LLM][INFO] Rank 2 is using GPU 2',
      '[TensorRT-LLM][INFO] Rank 3 is using GPU 3',
      '[TensorRT-LLM][INFO] TRTGptModel maxNumSequences: 64',
      '[TensorRT-LLM][INFO] TRTGptModel maxBatchSize: 64',
      '[TensorRT-LLM][INFO] TRTGptModel mMaxAttentionWindowSize: 8192',
      '[TensorRT-LLM][INFO] Loaded engine size: 34982 MiB',
      '[TensorRT-LLM][INFO] Inspecting the engine to identify potential runtime issues...',
      "[TensorRT-LLM][INFO] The profiling verbosity of the engine does not allow this analysis to proceed. Re-build the engine with 'detailed' profiling verbosity to get more diagnostics.",
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-kafka-connect-ledger-cdc-not-streaming',
    family: 'long-initial-snapshot',
    source:
      'https://github.com/debezium/debezium/blob/main/debezium-core/src/main/java/io/debezium/relational/RelationalSnapshotChangeEventSource.java',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-10T18:02:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '3',
        env: {
          KAFKA_HEAP_OPTS: '-Xms3g -Xmx3g',
          CONNECT_GROUP_ID: 'ledger-connect',
          CONNECT_OFFSET_STORAGE_TOPIC: 'ledger-connect-offsets',
        },
      },
    ],
    events: [
      alert(
        'DebeziumConnectorNotStreaming: connector ledger-pg-cdc has not entered streaming for 3h12m; replication slot debezium_ledger retains 212 GiB of WAL on ledger-db (FreeStorageSpace 41%)',
      ),
    ],
    currentLog: log(
      kc(
        at(5, 14, 2),
        1,
        'INFO',
        'ledger-pg-cdc|task-0',
        'Snapshot step 7 - Snapshotting data',
        'io.debezium.relational.RelationalSnapshotChangeEventSource:183',
      ),
      kc(
        at(5, 14, 2),
        2,
        'INFO',
        'ledger-pg-cdc|task-0',
        "Exporting data from table 'public.ledger_accounts' (1 of 3 tables)",
        'io.debezium.relational.RelationalSnapshotChangeEventSource:470',
      ),
      kc(
        at(5, 23, 50),
        3,
        'INFO',
        'ledger-pg-cdc|task-0',
        "\t Finished exporting 18412003 records for table 'public.ledger_accounts' (1 of 3 tables); total duration '00:09:48.113'",
        'io.debezium.relational.RelationalSnapshotChangeEventSource:560',
      ),
      kc(
        at(5, 23, 50),
        4,
        'INFO',
        'ledger-pg-cdc|task-0',
        "Exporting data from table 'public.ledger_entries' (2 of 3 tables)",
        'io.debezium.relational.RelationalSnapshotChangeEventSource:470',
      ),
      times(60, (i) =>
        kc(
          at(8, 15) + i * 10,
          10 + i,
          'INFO',
          'ledger-pg-cdc|task-0',
          `\t Exported ${(268500000 + i * 201000).toString()} of 412118000 records for table 'public.ledger_entries' after ${clock(at(2, 51, 10) + i * 10)}`,
          'io.debezium.relational.RelationalSnapshotChangeEventSource:523',
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtysixth-airflow-celery-worker-broker-errors',
    family: 'dependency-down',
    source: 'https://github.com/apache/airflow/issues/14100',
    signal: 'Alert',
    containers: [
      {
        name: 'worker',
        running: { startedAt: '2026-02-09T20:31:07Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: ['bash', '-c', 'exec airflow celery worker'],
        env: { AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor', AIRFLOW__CELERY__WORKER_CONCURRENCY: '16' },
        mounts: [{ volume: 'dags', path: '/opt/airflow/dags' }],
      },
    ],
    volumes: [{ name: 'dags', persistentVolumeClaim: 'airflow-dags' }],
    events: [
      alert(
        'AirflowTasksQueuedTooLong: 96 task instances queued for more than 30m; 4 task instances running (finance_close)',
      ),
      alert(
        'KubeStatefulSetReplicasMismatch: StatefulSet airflow/airflow-redis has 0/1 ready replicas for 24m (pod airflow-redis-0 FailedAttachVolume)',
      ),
    ],
    currentLog: log(
      times(4, (i) =>
        celery(
          at(7, 51) + i * 40,
          i,
          `INFO/ForkPoolWorker-${i + 1}`,
          `Running <TaskInstance: finance_close.${['spark_ledger_rollup', 'spark_fx_revaluation', 'spark_intercompany', 'spark_accruals'][i]} scheduled__2026-02-11T06:00:00+00:00 [queued]> on host airflow-worker-1.airflow-worker.airflow.svc.cluster.local`,
        ),
      ),
      celery(
        at(8, 4, 12),
        10,
        'WARNING/MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
      'redis.exceptions.ConnectionError: Connection closed by server.',
      times(16, (i) =>
        celery(
          at(8, 4, 15) + i * (i + 1),
          11 + i,
          'ERROR/MainProcess',
          `consumer: Cannot connect to redis://:**@airflow-redis:6379/0: Error 111 connecting to airflow-redis:6379. Connection refused..\nTrying again in ${(2 * Math.min(i + 1, 16)).toFixed(2)} seconds... (${i + 1}/100)\n`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- memory raises right (3)
  {
    id: 'thirtysixth-dcgm-exporter-p4d-crashloop',
    family: 'oom-limit-too-small',
    source: 'https://github.com/pytorch/ci-infra/pull/799',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'nvidia-dcgm-exporter',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=nvidia-dcgm-exporter',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '200m',
        args: ['-f', '/etc/dcgm-exporter/dcp-metrics-included.csv'],
        env: {
          DCGM_EXPORTER_LISTEN: ':9400',
          DCGM_EXPORTER_KUBERNETES: 'true',
          DCGM_EXPORTER_INTERVAL: '15000',
          GOMEMLIMIT: '450MiB',
        },
      },
    ],
    node: gpuNode,
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container nvidia-dcgm-exporter in pod nvidia-dcgm-exporter-q7m4t_gpu-operator',
        type: 'Warning',
        count: 41,
      },
      alert(
        'KubePodCrashLooping: dcgm-exporter OOMKilled on 6 of 6 p4d.24xlarge nodes (8 GPUs each), on 0 of 21 g5.xlarge/g5.2xlarge nodes; working set at the kill 538-547Mi against a 512Mi limit, steady 430-470Mi on single-GPU nodes',
      ),
    ],
    previousLog: log(
      'time="2026-02-11T08:11:02Z" level=info msg="Starting dcgm-exporter"',
      'time="2026-02-11T08:11:02Z" level=info msg="DCGM successfully initialized!"',
      'time="2026-02-11T08:11:03Z" level=info msg="Collecting DCP Metrics"',
      'time="2026-02-11T08:11:03Z" level=info msg="Falling back to metric file \'/etc/dcgm-exporter/dcp-metrics-included.csv\'"',
      'time="2026-02-11T08:11:03Z" level=info msg="Initializing system entities of type: GPU"',
      'time="2026-02-11T08:11:04Z" level=info msg="Initializing system entities of type: NvSwitch"',
      'time="2026-02-11T08:11:04Z" level=info msg="Not collecting switch metrics: no switches to monitor"',
      'time="2026-02-11T08:11:04Z" level=info msg="Initializing system entities of type: NvLink"',
      'time="2026-02-11T08:11:04Z" level=info msg="Not collecting link metrics: no switches to monitor"',
      'time="2026-02-11T08:11:04Z" level=info msg="Kubernetes metrics collection enabled!"',
      'time="2026-02-11T08:11:04Z" level=info msg="Pipeline starting"',
      'time="2026-02-11T08:11:04Z" level=info msg="Starting webserver"',
      'time="2026-02-11T08:11:04Z" level=info msg="Listening on" address="[::]:9400"',
      'time="2026-02-11T08:11:04Z" level=info msg="TLS is disabled." address="[::]:9400" http2=false',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtysixth-kuberay-operator-crashloop',
    family: 'oom-limit-too-small',
    source: 'https://github.com/ray-project/kuberay/issues/685',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'kuberay-operator',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=kuberay-operator',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '100m',
        args: [
          '--feature-gates=RayClusterStatusConditions=true',
          '--enable-leader-election=true',
          '--metrics-addr=:8080',
        ],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container kuberay-operator in pod kuberay-operator-6c9b7f5d84-x2j7v_ray-system',
        type: 'Warning',
        count: 29,
      },
      alert(
        'KubePodCrashLooping: ray-system/kuberay-operator OOMKilled 11 times in 2h; working set peaks 541-566Mi before each kill (limit 512Mi); RayClusters 64 (25 on 2026-01-12), Ray pods 1,812',
      ),
    ],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:19:41.118Z","logger":"setup","msg":"the operator","version:":"v1.2.2"}',
      '{"level":"info","ts":"2026-02-11T08:19:41.119Z","logger":"setup","msg":"Feature flag enable-batch-scheduler is deprecated and will not be supported soon. Use batch-scheduler instead. "}',
      '{"level":"info","ts":"2026-02-11T08:19:41.119Z","logger":"setup","msg":"Flag watchNamespace is not set. Watch custom resources in all namespaces."}',
      '{"level":"info","ts":"2026-02-11T08:19:41.120Z","logger":"setup","msg":"Setup manager"}',
      '{"level":"info","ts":"2026-02-11T08:19:41.204Z","logger":"setup","msg":"starting manager"}',
      '{"level":"info","ts":"2026-02-11T08:19:41.205Z","logger":"controller-runtime.metrics","msg":"Starting metrics server"}',
      '{"level":"info","ts":"2026-02-11T08:19:41.301Z","msg":"attempting to acquire leader lease ray-system/ray-operator-leader..."}',
      '{"level":"info","ts":"2026-02-11T08:19:58.774Z","msg":"successfully acquired lease ray-system/ray-operator-leader"}',
      times(
        6,
        (i) =>
          `{"level":"info","ts":"2026-02-11T08:19:58.${String(780 + i).padStart(3, '0')}Z","msg":"Starting EventSource","controller":"raycluster-controller","controllerGroup":"ray.io","controllerKind":"RayCluster","source":"kind source: *${['v1.RayCluster', 'v1.Pod', 'v1.Service', 'v1.ServiceAccount', 'v1.Role', 'v1.RoleBinding'][i]}"}`,
      ),
      '{"level":"info","ts":"2026-02-11T08:19:58.792Z","msg":"Starting Controller","controller":"raycluster-controller","controllerGroup":"ray.io","controllerKind":"RayCluster"}',
      '{"level":"info","ts":"2026-02-11T08:20:09.441Z","msg":"Starting workers","controller":"raycluster-controller","controllerGroup":"ray.io","controllerKind":"RayCluster","worker count":1}',
      times(
        40,
        (i) =>
          `{"level":"info","ts":"2026-02-11T08:${dd(20 + Math.floor((9 + i * 2) / 60))}:${dd((9 + i * 2) % 60)}.${ms(i)}Z","logger":"controllers.RayCluster","msg":"reconcilePods","RayCluster":{"name":"${['batch-infer', 'tune-sweep', 'feature-backfill', 'embed-batch'][i % 4]}-${(0x3a1f + i * 37).toString(16)}","namespace":"${['ml-batch', 'ml-research', 'data-eng', 'search'][i % 4]}"},"reconcileID":"${(0x9f2c41d0 + i * 104729).toString(16)}-3b1e-4c8a-9d2f-7e6a5b4c3d21","desired workerReplicas (always adhering to minReplicas/maxReplica)":${8 + (i % 24)},"worker group":"gpu-workers","maxReplicas":64,"minReplicas":0,"replicas":${8 + (i % 24)}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtysixth-milvus-querynode-oomkilled',
    family: 'oom-data-growth',
    source: 'https://github.com/milvus-io/milvus/issues/30483',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'querynode',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=querynode',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        args: ['milvus', 'run', 'querynode'],
        env: { KAFKA_BROKER_LIST: 'kafka:9092', MINIO_ADDRESS: 'milvus-minio:9000' },
        mounts: [{ volume: 'milvus-config', path: '/milvus/configs/user.yaml' }],
      },
    ],
    volumes: [{ name: 'milvus-config', configMap: 'milvus' }],
    events: [
      alert(
        'MilvusCollectionLoadStuck: collection product_embeddings loaded 61% for 1h50m; querynode-0 OOMKilled 5 times since 06:40; collection rows 23.4M (19.8M on 2026-02-04, catalog import since), 1 querynode of 16Gi',
      ),
    ],
    previousLog: log(
      milvus(at(8, 10, 2), 1, 'INFO', 'querynodev2/server.go:381', 'QueryNode start successfully'),
      times(30, (i) =>
        milvus(
          at(8, 10, 30) + i * 14,
          2 + i,
          'INFO',
          'segments/segment_loader.go:412',
          'load segment done',
          `[collectionID=455318202711093412] [segmentID=4553182027${11094000 + i * 17}] [rows=${262144 - (i % 5) * 3011}] [memUsage=${(9412.2 + i * 199.3).toFixed(1)}MB] [totalMem=16384MB]`,
        ),
      ),
      milvus(
        at(8, 17, 31),
        40,
        'INFO',
        'segments/segment_loader.go:1224',
        'predict memory usage while loading',
        '[collectionID=455318202711093412] [predictMemUsage=15601.7MB] [totalMem=16384MB] [thresholdFactor=0.95]',
      ),
      times(6, (i) =>
        milvus(
          at(8, 17, 40) + i * 9,
          41 + i,
          'INFO',
          'querynodev2/handlers.go:261',
          'start to search segments',
          `[collectionID=455318202711093412] [nq=${8 + i}] [topK=50] [segments=${118 + i}]`,
        ),
      ),
    ),
    accept: ['raise-memory-limit', 'scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- memory raises wrong (4)
  {
    id: 'thirtysixth-spark-sessionize-executor-oomkilled',
    family: 'data-skew',
    source: 'https://github.com/kubeflow/spark-operator/issues/766',
    signal: 'OOMKilled',
    phase: 'Failed',
    containers: [
      {
        name: 'spark-kubernetes-executor',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        ready: false,
        restarts: 0,
        memoryLimit: '9216Mi',
        memoryRequest: '9216Mi',
        cpuLimit: '4',
        args: ['executor'],
        env: {
          SPARK_EXECUTOR_MEMORY: '7g',
          SPARK_EXECUTOR_CORES: '4',
          SPARK_EXECUTOR_ID: '41',
          SPARK_APPLICATION_ID: 'spark-3c1f9a0e7b2d4e51',
          SPARK_DRIVER_URL: 'spark://CoarseGrainedScheduler@sessionize-daily-driver-svc.spark.svc:7078',
          SPARK_JAVA_OPT_0: '-Dspark.sql.shuffle.partitions=1200',
        },
        mounts: [{ volume: 'spark-local-dir-1', path: '/var/data/spark-local-dir-1' }],
      },
    ],
    volumes: [{ name: 'spark-local-dir-1', emptyDir: {} }],
    events: [
      alert(
        'SparkApplicationRetrying: spark/sessionize-daily attempt 2 of 3; stage 14.0 task 173 failed 3 times (ExecutorLostFailure: The executor with id 41 exited with exit code 137(SIGKILL, possible container OOM)); 1199 of 1200 tasks of stage 14 finished in under 40s',
      ),
    ],
    previousLog: log(
      '26/02/11 07:58:40 INFO CoarseGrainedExecutorBackend: Started daemon with process name: 14@sessionize-daily-exec-41',
      '26/02/11 07:58:41 INFO CoarseGrainedExecutorBackend: Successfully registered with driver',
      '26/02/11 07:58:41 INFO Executor: Starting executor ID 41 on host 10.42.14.77',
      '26/02/11 07:58:41 INFO MemoryStore: MemoryStore started with capacity 3.8 GiB',
      times(16, (i) =>
        i % 4 === 0
          ? `26/02/11 ${clock(at(7, 59) + i * 11)} INFO Executor: Running task ${1080 + i}.0 in stage 14.0 (TID ${8890 + i})`
          : i % 4 === 1
            ? `26/02/11 ${clock(at(7, 59) + i * 11)} INFO ShuffleBlockFetcherIterator: Getting 1200 (${(58.1 + i * 0.9).toFixed(1)} MiB) non-empty blocks including 24 (1.2 MiB) local and 0 (0.0 B) host-local and 0 (0.0 B) push-merged-local and 1176 (${(56.9 + i * 0.9).toFixed(1)} MiB) remote blocks`
            : i % 4 === 2
              ? `26/02/11 ${clock(at(7, 59) + i * 11)} INFO ShuffleBlockFetcherIterator: Started 12 remote fetches in ${20 + i} ms`
              : `26/02/11 ${clock(at(7, 59) + i * 11)} INFO Executor: Finished task ${1080 + i - 3}.0 in stage 14.0 (TID ${8890 + i - 3}). ${6400 + i * 3} bytes result sent to driver`,
      ),
      '26/02/11 08:02:11 INFO CoarseGrainedExecutorBackend: Got assigned task 9012',
      '26/02/11 08:02:11 INFO Executor: Running task 173.3 in stage 14.0 (TID 9012)',
      '26/02/11 08:02:12 INFO ShuffleBlockFetcherIterator: Getting 1200 (18.4 GiB) non-empty blocks including 21 (301.7 MiB) local and 0 (0.0 B) host-local and 0 (0.0 B) push-merged-local and 1179 (18.1 GiB) remote blocks',
      '26/02/11 08:02:12 INFO ShuffleBlockFetcherIterator: Started 12 remote fetches in 38 ms',
      times(
        9,
        (i) =>
          `26/02/11 ${clock(at(8, 3) + i * 41)} INFO UnsafeExternalSorter: Thread 61 spilling sort data of ${(2.1 + (i % 3) * 0.1).toFixed(1)} GiB to disk (${i + 1}  time${i ? 's' : ''} so far)`,
      ),
      '26/02/11 08:09:31 WARN TaskMemoryManager: Failed to allocate a page (67108864 bytes), try again.',
      '26/02/11 08:09:33 WARN TaskMemoryManager: Failed to allocate a page (67108864 bytes), try again.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-trino-dbt-queries-memory-alert',
    family: 'runtime-cap',
    source: 'https://github.com/trinodb/trino/issues/25408',
    signal: 'Alert',
    containers: [
      {
        name: 'trino-coordinator',
        running: { startedAt: '2026-02-08T14:20:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        mounts: [
          { volume: 'config', path: '/etc/trino' },
          { volume: 'catalog', path: '/etc/trino/catalog' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'trino-coordinator' },
      { name: 'catalog', configMap: 'trino-catalog' },
    ],
    rollout: { minutesAgo: 240, addedConfigMapVolumes: ['trino-resource-groups'] },
    events: [
      alert(
        'TrinoQueryMemoryLimitFailures: 37 queries failed with EXCEEDED_LOCAL_MEMORY_LIMIT in 30m (user svc_dbt, source dbt-trino-1.8.2, model fct_order_lines); cluster memory 41% used; no worker OOM kills',
      ),
    ],
    currentLog: log(
      times(14, (i) =>
        trino(
          at(8, 2) + i * 33,
          i,
          'INFO',
          `dispatcher-query-${110 + i}`,
          'io.trino.event.QueryMonitor',
          `TIMELINE: Query 20260211_${clock(at(8, 2) + i * 33).replace(/:/g, '')}_0${5100 + i}_x8k2m :: FINISHED :: elapsed ${1210 + i * 97}ms :: planning 88ms :: waiting 0ms :: scheduling 31ms :: running ${1050 + i * 90}ms :: finishing 4ms :: begin 2026-02-11T${clock(at(8, 2) + i * 33)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 2) + i * 33 + 2)}.${ms(i + 2)}Z`,
        ),
      ),
      trino(
        at(8, 10, 14),
        20,
        'DEBUG',
        'Query-20260211_080512_05141_x8k2m-1191',
        'io.trino.execution.QueryStateMachine',
        'Query 20260211_080512_05141_x8k2m failed',
      ),
      'io.trino.ExceededMemoryLimitException: Query exceeded per-node memory limit of 20GB [Allocated: 19.99GB, Delta: 12.71MB, Top Consumers: {HashBuilderOperator=19.41GB, ScanFilterAndProjectOperator=412.20MB, PartitionedOutputOperator=96.11MB}]',
      '\tat io.trino.ExceededMemoryLimitException.exceededLocalUserMemoryLimit(ExceededMemoryLimitException.java:40)',
      '\tat io.trino.memory.QueryContext.enforceUserMemoryLimit(QueryContext.java:330)',
      '\tat io.trino.memory.QueryContext.updateUserMemory(QueryContext.java:165)',
      '\tat io.trino.memory.QueryContext.lambda$addTaskContext$0(QueryContext.java:250)',
      '\tat io.trino.memory.QueryContext$QueryMemoryReservationHandler.reserveMemory(QueryContext.java:311)',
      '\tat io.trino.memory.context.RootAggregatedMemoryContext.updateBytes(RootAggregatedMemoryContext.java:37)',
      times(18, (i) =>
        trino(
          at(8, 11) + i * 41,
          30 + i,
          'INFO',
          `dispatcher-query-${140 + i}`,
          'io.trino.event.QueryMonitor',
          i % 3 === 0
            ? `TIMELINE: Query 20260211_${clock(at(8, 11) + i * 41 - 300).replace(/:/g, '')}_0${5160 + i}_x8k2m :: FAILED (EXCEEDED_LOCAL_MEMORY_LIMIT) :: elapsed ${301200 + i * 311}ms :: planning 102ms :: waiting 0ms :: scheduling 44ms :: running ${300900 + i * 300}ms :: finishing 0ms :: begin 2026-02-11T${clock(at(8, 11) + i * 41 - 300)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 11) + i * 41)}.${ms(i + 1)}Z`
            : `TIMELINE: Query 20260211_${clock(at(8, 11) + i * 41).replace(/:/g, '')}_0${5160 + i}_x8k2m :: FINISHED :: elapsed ${980 + i * 61}ms :: planning 77ms :: waiting 0ms :: scheduling 21ms :: running ${860 + i * 55}ms :: finishing 3ms :: begin 2026-02-11T${clock(at(8, 11) + i * 41)}.${ms(i)}Z :: end 2026-02-11T${clock(at(8, 11) + i * 41 + 1)}.${ms(i + 4)}Z`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-torchserve-sdxl-inference-errors',
    family: 'gpu-memory',
    source: 'https://github.com/pytorch/serve/issues/3114',
    signal: 'Alert',
    containers: [
      {
        name: 'torchserve',
        running: { startedAt: '2026-02-05T15:02:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '32Gi',
        memoryRequest: '24Gi',
        cpuLimit: '8',
        args: [
          'torchserve',
          '--start',
          '--foreground',
          '--model-store',
          '/home/model-server/model-store',
          '--models',
          'sdxl=sdxl.mar',
          '--ts-config',
          '/home/model-server/config.properties',
        ],
        env: { TS_DEFAULT_WORKERS_PER_MODEL: '1', PYTORCH_CUDA_ALLOC_CONF: 'max_split_size_mb:512' },
        mounts: [{ volume: 'model-store', path: '/home/model-server/model-store' }],
      },
    ],
    volumes: [{ name: 'model-store', persistentVolumeClaim: 'sdxl-model-store' }],
    node: gpuNode,
    events: [
      alert(
        'ImageGenErrors: sdxl 5xx ratio 0.38 over 15m; DCGM_FI_DEV_FB_USED 22.1 of 22.5 GiB on the g5.2xlarge; container_memory_working_set_bytes 11.2 of 32Gi',
      ),
    ],
    currentLog: log(
      times(20, (i) =>
        i % 2 === 0
          ? `2026-02-11T${clock(at(8, 6) + i * 14)},${ms(i)} [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - request ${(0x5a1c + i * 97).toString(16)} width=${i % 6 === 0 ? 2048 : 1024} height=${i % 6 === 0 ? 2048 : 1024} num_images=${i % 6 === 0 ? 4 : 1} steps=30`
          : `2026-02-11T${clock(at(8, 6) + i * 14 + 9)},${ms(i)} [INFO ] W-9000-sdxl_1.0 ACCESS_LOG - /10.42.3.${17 + (i % 9)}:${51200 + i} "POST /predictions/sdxl HTTP/1.1" 200 ${8800 + i * 31}`,
      ),
      '2026-02-11T08:11:04,118 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - request 5c3e width=2048 height=2048 num_images=4 steps=30',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - Invoking custom service failed.',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - Traceback (most recent call last):',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG -   File "/home/venv/lib/python3.10/site-packages/ts/service.py", line 134, in predict',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG -     ret = self._entry_point(input_batch, self.context)',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG -   File "/home/model-server/tmp/models/8f1c2a/sdxl_handler.py", line 71, in inference',
      '2026-02-11T08:11:06,502 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG -     images = self.pipe(prompt, height=h, width=w, num_images_per_prompt=n, num_inference_steps=steps).images',
      '2026-02-11T08:11:06,503 [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total capacity of 22.06 GiB of which 1.12 GiB is free. Process 2841 has 20.93 GiB memory in use. Of the allocated memory 19.71 GiB is allocated by PyTorch, and 842.32 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)',
      '2026-02-11T08:11:06,504 [INFO ] W-9000-sdxl_1.0 ACCESS_LOG - /10.42.3.21:51288 "POST /predictions/sdxl HTTP/1.1" 503 2412',
      times(30, (i) =>
        i % 5 === 0
          ? `2026-02-11T${clock(at(8, 12) + i * 20)},${ms(i)} [INFO ] W-9000-sdxl_1.0-stdout MODEL_LOG - torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total capacity of 22.06 GiB of which ${(0.9 + (i % 3) * 0.1).toFixed(2)} GiB is free. Process 2841 has 21.0${i % 9} GiB memory in use.`
          : i % 5 === 1
            ? `2026-02-11T${clock(at(8, 12) + i * 20)},${ms(i)} [INFO ] W-9000-sdxl_1.0 ACCESS_LOG - /10.42.3.${17 + (i % 9)}:${51300 + i} "POST /predictions/sdxl HTTP/1.1" 503 2412`
            : `2026-02-11T${clock(at(8, 12) + i * 20)},${ms(i)} [INFO ] W-9000-sdxl_1.0 ACCESS_LOG - /10.42.3.${17 + (i % 9)}:${51300 + i} "POST /predictions/sdxl HTTP/1.1" 200 ${8700 + i * 29}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtysixth-prefect-ml-worker-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/PrefectHQ/prefect/issues/12989',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'prefect-worker',
        running: { startedAt: '2026-02-11T08:03:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['prefect', 'worker', 'start', '--type', 'kubernetes', '--pool', 'k8s-ml'],
        env: {
          PREFECT_API_URL: 'http://prefect-server.prefect.svc.cluster.local:4200/api',
          PREFECT_WORKER_QUERY_SECONDS: '10',
        },
      },
    ],
    events: [
      alert(
        'KubeContainerOOMKilled: prefect/prefect-worker-ml OOMKilled 9 times since 2026-02-10 05:00, every 2h50m to 3h10m; working set climbs about 4.9 MiB/min from 180Mi after each start (4 deployments on a 1-minute schedule)',
      ),
    ],
    previousLog: log(
      prefect(
        at(5, 8, 2),
        0,
        'INFO',
        'prefect.flow_runs.worker',
        "Worker 'KubernetesWorker 6f2a9c1e-4b7d-4e3a-9c8f-1d2e3f4a5b6c' started!",
      ),
      times(60, (i) =>
        prefect(
          at(7, 3) + i * 60,
          i + 1,
          'INFO',
          'prefect.flow_runs.worker',
          `${i % 2 === 0 ? 'Worker' : 'Completed submission of flow run'} ${i % 2 === 0 ? `'KubernetesWorker 6f2a9c1e-4b7d-4e3a-9c8f-1d2e3f4a5b6c' submitting flow run '${(0x1f3a9c + i * 7331).toString(16)}-2b4d-4e6f-8a1c-3e5d7f9b1c2d'` : `'${(0x1f3a9c + (i - 1) * 7331).toString(16)}-2b4d-4e6f-8a1c-3e5d7f9b1c2d'`}`,
        ),
      ),
    ),
    currentLog: log(
      prefect(
        at(8, 3, 20),
        0,
        'INFO',
        'prefect.flow_runs.worker',
        "Worker 'KubernetesWorker 8d4e2b1a-7c9f-4a3e-b5d6-2e1f0a9b8c7d' started!",
      ),
      times(24, (i) =>
        prefect(
          at(8, 4) + i * 60,
          i + 1,
          'INFO',
          'prefect.flow_runs.worker',
          `Worker 'KubernetesWorker 8d4e2b1a-7c9f-4a3e-b5d6-2e1f0a9b8c7d' submitting flow run '${(0x2a4c6e + i * 6151).toString(16)}-3c5e-4f7a-9b1d-2f4a6c8e0b1d'`,
        ),
      ),
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit'],
  },

  // ---------------------------------------------------------------- rollbacks (2 right, 1 wrong)
  {
    id: 'thirtysixth-bentoml-fraud-scorer-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/bentoml/BentoML/issues/4158',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fraud-scorer', 1, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['bentoml', 'serve', '/home/bentoml/bento', '--port', '3000'],
        env: { BENTOML_HOME: '/home/bentoml/bentoml', BENTOML_CONFIG: '/home/bentoml/bentoml_config.yaml' },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fraud-scorer in pod fraud-scorer-7f6d5c9b8-p4k2m_risk',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      "2026-02-11T08:24:39+0000 [WARNING] [cli] Converting 'FraudScorer' to lowercase: 'fraudscorer'.",
      "2026-02-11T08:24:40+0000 [INFO] [cli] Loading service from default location 'service.py'",
      '2026-02-11T08:24:41+0000 [INFO] [cli] Prometheus metrics for HTTP BentoServer from "/home/bentoml/bento" can be accessed at http://localhost:3000/metrics.',
      '2026-02-11T08:24:41+0000 [INFO] [cli] Starting production HTTP BentoServer from "/home/bentoml/bento" listening on http://0.0.0.0:3000 (Press CTRL+C to quit)',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.11/site-packages/bentoml/_internal/store.py", line 158, in get',
      '    raise NotFound(',
      "bentoml.exceptions.NotFound: Model 'fraud_xgb:k3n2x7qyhkmbd5s2' is not found in BentoML store <osfs '/home/bentoml/bentoml/models'>, you may need to run `bentoml models pull` first",
      "Error: [bentoml-cli] `serve` failed: Model 'fraud_xgb:k3n2x7qyhkmbd5s2' is not found in BentoML store <osfs '/home/bentoml/bentoml/models'>, you may need to run `bentoml models pull` first",
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtysixth-dagster-analytics-code-location-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/dagster-io/dagster/issues/31830',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('analytics-pipelines', 1, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: [
          'dagster',
          'api',
          'grpc',
          '-h',
          '0.0.0.0',
          '-p',
          '3030',
          '-m',
          'analytics_pipelines.definitions',
        ],
        env: {
          DAGSTER_HOME: '/opt/dagster/dagster_home',
          DAGSTER_CURRENT_IMAGE: 'ecr.acme/analytics-pipelines:2.3.1',
        },
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container analytics-pipelines in pod dagster-user-deployments-analytics-pipelines-5d8c7b9f4-x7q2w_dagster',
        type: 'Warning',
        count: 12,
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: dagster api grpc-health-check: failed to connect to all addresses',
        type: 'Warning',
        count: 8,
      },
    ],
    previousLog: log(
      '2026-02-11 08:25:31 +0000 - dagster.code_server - INFO - Starting Dagster code server for module analytics_pipelines.definitions on port 3030 in process 1',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/dagster/_core/errors.py", line 279, in user_code_error_boundary',
      '    yield',
      '  File "/usr/local/lib/python3.12/site-packages/dagster/_grpc/server.py", line 291, in __init__',
      '    repo_def = recon_repo.get_definition()',
      '  File "/usr/local/lib/python3.12/site-packages/dagster/_core/definitions/reconstruct.py", line 111, in get_definition',
      '    return reconstruct_repository_def_from_pointer(self.pointer, self.repository_load_data)',
      '  File "/usr/local/lib/python3.12/site-packages/dagster/_core/code_pointer.py", line 138, in load_python_module',
      '    return importlib.import_module(module_name)',
      '  File "/app/analytics_pipelines/definitions.py", line 7, in <module>',
      '    from analytics_pipelines.assets.dbt import dbt_marts',
      '  File "/app/analytics_pipelines/assets/dbt.py", line 3, in <module>',
      '    from dagster_dbt import DbtCliResource, dbt_assets',
      "ModuleNotFoundError: No module named 'dagster_dbt'",
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      "dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named 'dagster_dbt'` while importing module analytics_pipelines.definitions. Local modules were resolved using the working directory `/app`. If another working directory should be used, please explicitly specify the appropriate path using the `-d` or `--working-directory` for CLI based targets or the `working_directory` configuration option for workspace targets.",
      '2026-02-11 08:25:33 +0000 - dagster.code_server - ERROR - Error while loading code',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtysixth-mlflow-tracking-server-crashloop',
    family: 'db-connection-limit',
    source: 'https://github.com/mlflow/mlflow/issues/3727',
    signal: 'CrashLoopBackOff',
    initContainers: [
      {
        name: 'db-upgrade',
        terminated: { reason: 'Completed', exitCode: 0 },
        restarts: 0,
        args: ['mlflow', 'db', 'upgrade', '$(MLFLOW_BACKEND_STORE_URI)'],
      },
    ],
    containers: [
      {
        ...crashed('mlflow', 3, 4),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: [
          'mlflow',
          'server',
          '--host',
          '0.0.0.0',
          '--port',
          '5000',
          '--backend-store-uri',
          '$(MLFLOW_BACKEND_STORE_URI)',
          '--artifacts-destination',
          's3://acme-mlflow-artifacts',
          '--workers',
          '4',
        ],
        env: { GUNICORN_CMD_ARGS: '--max-requests 2000 --timeout 120' },
      },
    ],
    rollout: { minutesAgo: 45, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container mlflow in pod mlflow-6b9d8c7f5-r2v8n_mlops',
        type: 'Warning',
        count: 9,
      },
      alert(
        'RDSConnectionsNearMax: mlflow-db DatabaseConnections 1994 of max_connections 2000 since 08:12; ray-tune jobs in ml-research started 08:10 (4,800 trials)',
      ),
    ],
    previousLog: log(
      '[2026-02-11 08:24:12 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 08:24:12 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
      '[2026-02-11 08:24:12 +0000] [1] [INFO] Using worker: sync',
      times(4, (i) => `[2026-02-11 08:24:12 +0000] [${12 + i}] [INFO] Booting worker with pid: ${12 + i}`),
      '[2026-02-11 08:24:14 +0000] [12] [ERROR] Exception in worker process',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__',
      '    self._dbapi_connection = engine.raw_connection()',
      '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/pool/base.py", line 674, in __init__',
      '    self.__connect()',
      '  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
      '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
      'psycopg2.OperationalError: connection to server at "mlflow-db.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com" (10.20.4.18), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser and rds_superuser connections',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/arbiter.py", line 608, in spawn_worker',
      '    worker.init_process()',
      '  File "/usr/local/lib/python3.11/site-packages/mlflow/server/handlers.py", line 344, in _get_tracking_store',
      '    _tracking_store = _tracking_store_registry.get_store(store_uri, artifact_root)',
      '  File "/usr/local/lib/python3.11/site-packages/mlflow/store/tracking/sqlalchemy_store.py", line 165, in __init__',
      '    mlflow.store.db.utils._verify_schema(self.engine)',
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "mlflow-db.cluster-c8x2kq1v9z.eu-west-1.rds.amazonaws.com" (10.20.4.18), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser and rds_superuser connections',
      '',
      '(Background on this error at: https://sqlalche.me/e/20/e3q8)',
      '[2026-02-11 08:24:14 +0000] [12] [INFO] Worker exiting (pid: 12)',
      '[2026-02-11 08:24:15 +0000] [1] [ERROR] Worker (pid:12) exited with code 3',
      '[2026-02-11 08:24:15 +0000] [1] [ERROR] Shutting down: Master',
      '[2026-02-11 08:24:15 +0000] [1] [ERROR] Reason: Worker failed to boot.',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'thirtysixth-airflow-celery-queue-backlog',
    family: 'load',
    source: 'https://github.com/apache/airflow/issues/34175',
    signal: 'Alert',
    containers: [
      {
        name: 'worker',
        running: { startedAt: '2026-02-10T22:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['bash', '-c', 'exec airflow celery worker'],
        env: { AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor', AIRFLOW__CELERY__WORKER_CONCURRENCY: '16' },
        mounts: [{ volume: 'dags', path: '/opt/airflow/dags' }],
      },
    ],
    volumes: [{ name: 'dags', persistentVolumeClaim: 'airflow-dags' }],
    events: [
      alert(
        'AirflowCeleryQueueBacklog: queue default 1,240 messages and rising (published 38/min, consumed 21/min) for 50m; 3 of 3 workers at 16/16 active tasks; worker CPU 88-93% of limit, memory 61%; task failure rate 0.4% (2025 restatement backfill of orders_daily running since 06:30)',
      ),
    ],
    currentLog: log(
      times(70, (i) =>
        i % 2 === 0
          ? celery(
              at(8, 5) + i * 20,
              i,
              `INFO/ForkPoolWorker-${(i % 16) + 1}`,
              `Running <TaskInstance: orders_daily.${['extract_orders', 'load_orders', 'aggregate_orders'][i % 3]} backfill__2025-${dd(10 + Math.floor(i / 30))}-${dd((i % 28) + 1)}T00:00:00+00:00 [queued]> on host airflow-worker-0.airflow-worker.airflow.svc.cluster.local`,
            )
          : celery(
              at(8, 5) + i * 20,
              i,
              `INFO/ForkPoolWorker-${((i + 7) % 16) + 1}`,
              `Task airflow.providers.celery.executors.celery_executor_utils.execute_command[${(0x51a2c3e4 + i * 7919).toString(16)}-6d7e-4f81-9a2b-3c4d5e6f7a8b] succeeded in ${(98.4 + (i % 11) * 6.3).toFixed(8)}s: None`,
            ),
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtysixth-triton-embeddings-latency',
    family: 'load',
    source: 'https://github.com/triton-inference-server/server/issues/3416',
    signal: 'Alert',
    containers: [
      {
        name: 'triton',
        running: { startedAt: '2026-02-09T09:41:07Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '24Gi',
        memoryRequest: '24Gi',
        cpuLimit: '6',
        args: [
          'tritonserver',
          '--model-repository=/models',
          '--http-port=8000',
          '--grpc-port=8001',
          '--metrics-port=8002',
        ],
        mounts: [{ volume: 'models', path: '/models' }],
      },
      {
        name: 'gateway',
        running: { startedAt: '2026-02-09T09:41:06Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        args: ['uvicorn', 'gateway.main:app', '--host', '0.0.0.0', '--port', '8080', '--workers', '2'],
        env: { TRITON_GRPC_URL: 'localhost:8001', MODEL_NAME: 'e5_large_v2', MAX_BATCH: '32' },
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'embeddings-model-repo' }],
    node: gpuNode,
    events: [
      alert(
        'EmbeddingLatencyHigh: embeddings p99 1.9s (SLO 250ms) for 25m; nv_inference_queue_duration p50 410ms, compute p50 38ms; GPU utilization 97-99% on 6 of 6 replicas; requests 2.3x last Wednesday (semantic search enabled for all EU tenants at 07:00); error rate 0.1%',
      ),
    ],
    currentLog: log(
      times(80, (i) =>
        i % 4 === 3
          ? `2026-02-11 ${clock(at(8, 20) + Math.floor(i * 7.3))},${ms(i)} INFO gateway.embed: batch=${24 + (i % 9)} triton_queue_ms=${380 + (i % 13) * 9} compute_ms=${36 + (i % 5)} total_ms=${430 + (i % 13) * 10}`
          : `INFO:     10.42.${i % 8}.${20 + (i % 60)}:${40000 + i * 13} - "POST /v1/embeddings HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['scale-up'],
  },

  // ---------------------------------------------------------------- node actions (2 right, 1 wrong)
  {
    id: 'thirtysixth-reranker-gpu-crashloop',
    family: 'gpu-hardware',
    source: 'https://github.com/aws/eks-node-monitoring-agent/issues/272',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('reranker', 1, 6),
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['uvicorn', 'rerank.app:app', '--host', '0.0.0.0', '--port', '8000'],
        env: { RERANK_MODEL: 'BAAI/bge-reranker-v2-m3', TORCH_DTYPE: 'float16', HF_HUB_OFFLINE: '1' },
      },
    ],
    rollout: { minutesAgo: 300, addedEnv: { RERANK_TOP_K: '50' } },
    node: {
      ...gpuNode,
      conditions: [
        ...quietNode.conditions,
        {
          type: 'AcceleratedHardwareReady',
          status: 'False',
          reason: 'NvidiaXID79Error',
          message:
            "NVRM: Xid (PCI:0000:a1:00): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus.",
        },
      ],
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container reranker in pod reranker-84d6f9c7b5-n5t2h_search',
        type: 'Warning',
        count: 23,
      },
      alert(
        'KubeDeploymentReplicasMismatch: search/reranker 3 of 4 replicas available for 35m; the unavailable replica runs on ip-10-42-88-41.eu-west-1.compute.internal (g5.xlarge)',
      ),
    ],
    previousLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      '2026-02-11 08:23:40,902 INFO rerank.app: torch 2.5.1+cu124, cuda available=True, device count=1',
      '2026-02-11 08:23:40,904 INFO rerank.app: config top_k=50 max_length=512 batch_size=32',
      '2026-02-11 08:23:41,118 INFO rerank.app: loading BAAI/bge-reranker-v2-m3 (float16) on cuda:0',
      '2026-02-11 08:23:41,502 INFO sentence_transformers.cross_encoder.CrossEncoder: Use pytorch device: cuda',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.11/site-packages/starlette/routing.py", line 693, in lifespan',
      '    async with self.lifespan_context(app) as maybe_state:',
      '  File "/app/rerank/app.py", line 31, in lifespan',
      '    model = CrossEncoder(MODEL, device="cuda", automodel_args={"torch_dtype": DTYPE})',
      '  File "/usr/local/lib/python3.11/site-packages/torch/nn/modules/module.py", line 1340, in convert',
      '    return t.to(',
      'RuntimeError: CUDA error: unspecified launch failure',
      'CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.',
      'For debugging consider passing CUDA_LAUNCH_BLOCKING=1',
      'Compile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.',
      '',
      'ERROR:    Application startup failed. Exiting.',
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtysixth-asr-streaming-pods-failed',
    family: 'gpu-device-plugin',
    source: 'https://github.com/kubernetes/kubernetes/issues/130145',
    signal: 'Alert',
    phase: 'Failed',
    containers: [
      {
        name: 'asr',
        ready: false,
        restarts: 0,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: ['python', '-m', 'asr.server', '--port', '50051'],
        env: { ASR_MODEL: 'parakeet-tdt-0.6b', CUDA_MODULE_LOADING: 'LAZY' },
      },
    ],
    node: gpuNode,
    events: [
      {
        reason: 'UnexpectedAdmissionError',
        message:
          'Allocate failed due to requested number of devices unavailable for nvidia.com/gpu. Requested: 1, Available: 0, which is unexpected',
        type: 'Warning',
      },
      alert(
        'KubeDeploymentReplicasMismatch: speech/asr-streaming 2 of 4 replicas available for 25m; 57 pods in phase Failed (UnexpectedAdmissionError) all bound to ip-10-42-93-18.eu-west-1.compute.internal, which reports nvidia.com/gpu allocatable 4 with none in use',
      ),
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtysixth-spark-etl-executor-evicted',
    family: 'pod-ephemeral-limit',
    source: 'https://github.com/bitnami/charts/issues/14538',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'spark-kubernetes-executor',
        terminated: { reason: 'Error', exitCode: 137 },
        ready: false,
        restarts: 0,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: ['executor'],
        env: {
          SPARK_EXECUTOR_MEMORY: '10g',
          SPARK_EXECUTOR_CORES: '4',
          SPARK_EXECUTOR_ID: '17',
          SPARK_LOCAL_DIRS: '/var/data/spark-local-dir-1',
          SPARK_APPLICATION_ID: 'spark-8e2f4a6c1b3d4e5f',
        },
        mounts: [{ volume: 'spark-local-dir-1', path: '/var/data/spark-local-dir-1' }],
      },
    ],
    volumes: [{ name: 'spark-local-dir-1', emptyDir: {} }],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 20Gi.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container spark-kubernetes-executor', type: 'Normal' },
    ],
    previousLog: log(
      '26/02/11 07:41:02 INFO Executor: Starting executor ID 17 on host 10.42.21.64',
      '26/02/11 07:41:02 INFO DiskBlockManager: Created local directory at /var/data/spark-local-dir-1/blockmgr-3f1c9e2a-7b4d-4c8e-9a6f-2d1e0b9c8a7f',
      '26/02/11 07:41:02 INFO MemoryStore: MemoryStore started with capacity 5.4 GiB',
      times(30, (i) =>
        i % 3 === 0
          ? `26/02/11 ${clock(at(7, 42) + i * 70)} INFO Executor: Running task ${212 + i}.0 in stage 6.0 (TID ${4410 + i})`
          : i % 3 === 1
            ? `26/02/11 ${clock(at(7, 42) + i * 70 + 30)} INFO UnsafeExternalSorter: Thread ${58 + (i % 4)} spilling sort data of ${(1.6 + (i % 4) * 0.2).toFixed(1)} GiB to disk (${Math.floor(i / 3) + 1}  time${i > 3 ? 's' : ''} so far)`
            : `26/02/11 ${clock(at(7, 42) + i * 70 + 60)} INFO Executor: Finished task ${212 + i - 2}.0 in stage 6.0 (TID ${4410 + i - 2}). ${5200 + i * 7} bytes result sent to driver`,
      ),
      '26/02/11 08:17:44 INFO ShuffleExternalSorter: Thread 61 spilling sort data of 1.9 GiB to disk (11  times so far)',
      '26/02/11 08:18:02 INFO CoarseGrainedExecutorBackend: Driver commanded a shutdown',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flush (1)
  {
    id: 'thirtysixth-litellm-gateway-cache-misses',
    family: 'cache-full',
    source: 'https://github.com/BerriAI/litellm/issues/9024',
    signal: 'Alert',
    containers: [
      {
        name: 'litellm',
        running: { startedAt: '2026-02-06T13:02:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['--config', '/app/config.yaml', '--port', '4000', '--num_workers', '4'],
        env: {
          LITELLM_LOG: 'INFO',
          JSON_LOGS: 'True',
          REDIS_HOST: 'litellm-cache-redis.ai-gateway.svc.cluster.local',
          REDIS_PORT: '6379',
        },
        mounts: [{ volume: 'config', path: '/app/config.yaml' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'litellm-config' }],
    events: [
      alert(
        'LLMGatewayCacheHitRateZero: litellm response cache hit ratio 0.00 over 30m (0.41 last week); upstream OpenAI spend 3.1x normal; redis litellm-cache-redis used_memory 100% of maxmemory 6gb, maxmemory-policy noeviction, 4.1M keys all under litellm_caching:*',
      ),
    ],
    currentLog: log(
      times(60, (i) =>
        i % 3 === 2
          ? `{"message": "LiteLLM Redis Caching: async set_cache_pipeline() - Got exception from REDIS OOM command not allowed when used memory > 'maxmemory'., Writing value=None", "level": "ERROR", "timestamp": "2026-02-11T${clock(at(8, 14) + i * 12)}.${ms(i)}233"}`
          : i % 3 === 1
            ? `INFO:     10.42.${i % 6}.${50 + (i % 40)}:${52000 + i * 7} - "POST /v1/chat/completions HTTP/1.1" 200 OK`
            : `{"message": "litellm.acompletion(model=azure/gpt-4o-mini) 200 OK", "level": "INFO", "timestamp": "2026-02-11T${clock(at(8, 14) + i * 12)}.${ms(i)}118"}`,
      ),
    ),
    accept: ['flush-redis-cache'],
  },
];
