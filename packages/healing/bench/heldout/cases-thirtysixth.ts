import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

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
 * ordinary mix an on-call rotation sees rather than a contest of tricks.
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
      times(8, (i) =>
        flink(
          at(8, 4) + i * 60,
          i,
          'INFO',
          'org.apache.flink.runtime.checkpoint.CheckpointCoordinator',
          `Triggering checkpoint ${18404 + i} (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ ${1770797040118 + i * 60000} for job 3f2c9a71d8e04b6f9c1a2b7e5d40c811.`,
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
      `2026-02-11T${clock(at(8, 15, 4))}.118233Z  WARN collection::collection_manager::collection_updater: Update operation declined: No space left on device: WAL buffer size exceeds available disk space`,
      times(40, (i) =>
        i % 3 === 0
          ? `2026-02-11T${clock(at(8, 15, 5) + i * 20)}.${ms(i)}233Z  INFO actix_web::middleware::logger: 10.42.${i % 6}.${30 + i} "PUT /collections/docs_v3/points?wait=true HTTP/1.1" 500 147 "-" "python-client/1.12.1 python/3.11.9" 0.00${2 + (i % 7)}412`
          : i % 3 === 1
            ? `2026-02-11T${clock(at(8, 15, 5) + i * 20)}.${ms(i)}233Z  WARN collection::collection_manager::collection_updater: Update operation declined: No space left on device: WAL buffer size exceeds available disk space`
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
    harmful: ['rollback'],
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
    harmful: ['rollout-restart'],
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
];
