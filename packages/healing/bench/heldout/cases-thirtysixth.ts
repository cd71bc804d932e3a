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
];
