import { type HeldOutCase, type HeldOutContainer, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** `HH:MM:SS` for hours, minutes and seconds that may overflow into the next field. */
const at = (h: number, m: number, s: number): string => {
  const t = h * 3600 + m * 60 + s;
  return `${String(Math.floor(t / 3600) % 24).padStart(2, '0')}:${dd(Math.floor(t / 60))}:${dd(t)}`;
};

/** A three-digit millisecond field. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/** A container the kernel killed at its memory limit, now waiting out the back-off. */
const oomLoop = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that exited on its own (a runtime's fatal error), now waiting out the back-off. */
const exitLoop = (name: string, exitCode: number, restarts: number, backOff = '2m40s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A container the kernel killed at its memory limit, already running again. */
const oomBack = (name: string, startedAt: string, restarts: number): HeldOutContainer => ({
  name,
  running: { startedAt },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
  ready: true,
});

/**
 * A fifty-seventh batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 MEMORY INCIDENTS, sixth round, every one with its pod spec,
 * half where raising the container's memory limit is the right first action and half where it is
 * wrong. The right raises: a Spring Batch 5 settlement job whose heap is seven tenths of the limit
 * and whose partitioned step now runs one partition per acquirer region after eight regions went
 * live, a Kafka Streams aggregator whose RocksDB stores doubled with its input topic's partitions, a
 * Hazelcast 5 member whose heap share holds a map grown by three tenants, an Open Liberty server on
 * OpenJ9 whose 512Mi limit came from the development namespace, a Remix SSR storefront on a staging
 * limit, an XGBoost retrainer given a sixth more rows, an R Plumber scorer given the forest with
 * three times the trees, Traefik 3 watching 6,400 tenant ingresses, a Fluentd log-shipping sidecar
 * at 128Mi, a StarRocks BE whose mem_limit is nine tenths of the container and whose primary-key
 * tables grew, an Orleans 3 silo on .NET 6 holding more device grains, MongooseIM with more online
 * users, an OpenObserve compactor whose merge peak passes the limit, a DataFusion query service whose
 * memory pool is three quarters of the limit at month end, an Infinispan member whose off-heap cache
 * is full by design beside a heap share, VerneMQ with more connected devices, an istio-proxy sidecar
 * holding 1,900 clusters, Flask on uWSGI given 600-dpi scans through Pillow, a Go 1.21 gRPC fan-out
 * whose GOMEMLIMIT automemlimit derives from the limit, and Celery prefork children loading a larger
 * embedding model. The wrong ones: Laravel Horizon run as `php -d memory_limit=256M`, a Presto
 * worker whose per-node query limit and heap come from a ConfigMap, Payara with a fixed heap whose
 * GC log shows live sessions after every full collection, a Celery task redelivered by acks_late
 * that kills every OCR worker that takes it, an Oban job rescued by Lifeline that kills each node, a
 * Superset worker holding a 13-million-row CSV export, a Camel split of a 3 GB file without
 * streaming, Kong's `worker_processes auto` on a 64-core node, a PyTorch DataLoader with one worker
 * per host CPU, Prophet's cmdstan files in a memory-backed /tmp, OpenCV VideoCapture growth outside
 * the Python heap, go-sqlite3 growth outside the Go heap, a NestJS Bull worker adding listeners per
 * job under a V8 heap flag, EF Core building a service provider per request, an APISIX prometheus
 * label on the request URI, a Druid historical whose usage alert counts mmap'd segments, a Seq
 * cache at its RAM target behind a usage alert, a Graylog pod evicted while a higher-priority
 * Dremio executor filled its node, a Prisma 5 upgrade that needs twice the memory, and a Nuxt SSR
 * server whose i18n messages are copied per request. Each quotes the wording of the public thread,
 * documentation page or source in `source`. Mix: 20 memory raises right (escalate tolerated in all,
 * a rollback tolerated in the 3 that a rollout brought: the larger forest, the 600-dpi scans, the
 * larger embedding model); 20 wrong (19 escalations only, a rollback accepted beside escalation for
 * the Prisma upgrade; a pod restart tolerated for Payara's fixed heap and for the tmpfs, which a new
 * pod empties); unrelated rollouts in the window for the Superset worker, the DataFusion service and
 * the Druid historical; restarts harmful for the Kafka Streams, Hazelcast, StarRocks, Orleans,
 * MongooseIM, Infinispan, VerneMQ, Presto, Druid and Seq members; no node action, scale-up or cache
 * flush right anywhere.
 */
export const FIFTYSEVENTH_CASES: HeldOutCase[] = [
  // ================================================================ memory raises right (20)
  {
    // Right: the heap is 70 % of the limit; the partitioned step now runs 24 regions, not 16.
    id: 'fiftyseventh-spring-batch-settlement-partitions',
    family: 'heap-share',
    source: 'https://github.com/spring-projects/spring-batch/issues/3790',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('settlement-batch', 1, 4),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:MaxRAMPercentage=70 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_BATCH_JOB_NAME: 'acquirerSettlementJob',
          SETTLEMENT_PARTITION_THREADS: '24',
        },
        mounts: [{ volume: 'dumps', path: '/dumps' }],
      },
    ],
    volumes: [{ name: 'dumps', emptyDir: { sizeLimit: '8Gi' } }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container settlement-batch in pod settlement-batch-6c9f7d8b54-w2kqp',
        count: 9,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps',
      '2026-02-11T08:22:11.204Z  INFO 1 --- [settlement-batch] [           main] c.a.settlement.SettlementApplication     : Starting SettlementApplication v5.8.0 using Java 21.0.5 with PID 1 (/app/app.jar started by app in /app)',
      '2026-02-11T08:22:11.209Z  INFO 1 --- [settlement-batch] [           main] c.a.settlement.SettlementApplication     : The following 1 profile is active: "prod"',
      '2026-02-11T08:22:13.448Z  INFO 1 --- [settlement-batch] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
      '2026-02-11T08:22:13.902Z  INFO 1 --- [settlement-batch] [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b4954b2',
      '2026-02-11T08:22:13.904Z  INFO 1 --- [settlement-batch] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.',
      '2026-02-11T08:22:15.311Z  INFO 1 --- [settlement-batch] [           main] c.a.settlement.SettlementApplication     : Started SettlementApplication in 4.492 seconds (process running for 5.118)',
      '2026-02-11T08:22:15.330Z  INFO 1 --- [settlement-batch] [           main] o.s.b.a.b.JobLauncherApplicationRunner   : Running default command line with: []',
      "2026-02-11T08:22:15.402Z  INFO 1 --- [settlement-batch] [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [SimpleJob: [name=acquirerSettlementJob]] launched with the following parameters: [{'businessDate':'{value=2026-02-10, type=class java.lang.String, identifying=true}'}]",
      '2026-02-11T08:22:15.418Z  INFO 1 --- [settlement-batch] [           main] o.s.batch.core.job.SimpleStepHandler     : Executing step: [loadAcquirerFiles]',
      times(
        12,
        (i) =>
          `2026-02-11T08:22:${dd(18 + i * 3)}.${ms(120 + i * 71)}Z  INFO 1 --- [settlement-batch] [           main] c.a.settlement.load.AcquirerFileReader   : loaded file ACQ-${['BR', 'MX', 'CO', 'CL', 'AR', 'PE', 'US', 'CA', 'ES', 'PT', 'UY', 'PY'][i]}-20260210.csv (${(412113 + i * 88411).toLocaleString('en-US')} records)`,
      ),
      '2026-02-11T08:23:01.207Z  INFO 1 --- [settlement-batch] [           main] o.s.batch.core.step.AbstractStep         : Step: [loadAcquirerFiles] executed in 45s789ms',
      '2026-02-11T08:23:01.231Z  INFO 1 --- [settlement-batch] [           main] o.s.batch.core.job.SimpleStepHandler     : Executing step: [settleRegions]',
      '2026-02-11T08:23:01.455Z  INFO 1 --- [settlement-batch] [           main] c.a.s.partition.RegionPartitioner        : businessDate=2026-02-10: 24 acquirer regions with activity, one partition each (previous completed run businessDate=2026-02-09: 16 regions, 41m12s); new regions: AR-BA, AR-CB, CL-RM, CO-DC, PE-LM, UY-MO, PY-AS, BO-LP',
      times(
        24,
        (i) =>
          `2026-02-11T08:${dd(21 + Math.floor((4 + i * 7) / 60))}:${dd(4 + i * 7)}.${ms(300 + i * 37)}Z  INFO 1 --- [settlement-batch] [     settle-${String(i + 1).padStart(2, ' ')}] c.a.s.step.NettingTasklet                : region=${['BR-SP', 'BR-RJ', 'MX-CM', 'MX-JA', 'CO-AN', 'CL-VA', 'US-NY', 'US-CA', 'CA-ON', 'ES-MD', 'PT-LI', 'BR-MG', 'MX-NL', 'US-TX', 'CA-QC', 'ES-CT', 'AR-BA', 'AR-CB', 'CL-RM', 'CO-DC', 'PE-LM', 'UY-MO', 'PY-AS', 'BO-LP'][i]} loaded ${(610233 + ((i * 91277) % 1400000)).toLocaleString('en-US')} authorisations into the netting map`,
      ),
      '2026-02-11T08:26:02.118Z  INFO 1 --- [settlement-batch] [     settle- 3] c.a.s.step.NettingTasklet                : region=MX-CM netted 1,204,118 authorisations into 88,412 positions',
      '2026-02-11T08:26:40.902Z  INFO 1 --- [settlement-batch] [     settle- 9] c.a.s.step.NettingTasklet                : region=CA-ON netted 702,331 authorisations into 41,090 positions',
      '2026-02-11T08:27:55.611Z ERROR 1 --- [settlement-batch] [     settle-17] o.s.batch.core.step.AbstractStep         : Encountered an error executing step settleRegions:partition17 in job acquirerSettlementJob',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.HashMap.resize(HashMap.java:710)',
      '\tat java.base/java.util.HashMap.putVal(HashMap.java:635)',
      '\tat java.base/java.util.HashMap.put(HashMap.java:618)',
      '\tat com.acme.settlement.step.NettingTasklet.accumulate(NettingTasklet.java:142)',
      '\tat com.acme.settlement.step.NettingTasklet.execute(NettingTasklet.java:88)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:388)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:312)',
      '\tat org.springframework.transaction.support.TransactionTemplate.execute(TransactionTemplate.java:140)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$2.doInChunkContext(TaskletStep.java:255)',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      'Dumping heap to /dumps/java_pid1.hprof ...',
      'Heap dump file created [2171338212 bytes in 9.804 secs]',
      '2026-02-11T08:28:12.430Z ERROR 1 --- [settlement-batch] [     settle-21] o.s.batch.core.step.AbstractStep         : Encountered an error executing step settleRegions:partition21 in job acquirerSettlementJob',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '2026-02-11T08:28:13.019Z  INFO 1 --- [settlement-batch] [           main] o.s.batch.core.step.AbstractStep         : Step: [settleRegions] executed in 5m11s788ms',
      "2026-02-11T08:28:13.044Z  INFO 1 --- [settlement-batch] [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [SimpleJob: [name=acquirerSettlementJob]] completed with the following parameters: [{'businessDate':'{value=2026-02-10, type=class java.lang.String, identifying=true}'}] and the following status: [FAILED] in 5m57s642ms",
      '2026-02-11T08:28:13.121Z  INFO 1 --- [settlement-batch] [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown initiated...',
      '2026-02-11T08:28:13.130Z  INFO 1 --- [settlement-batch] [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: one RocksDB instance per store per task; the input topic went from 24 to 48 partitions.
    id: 'fiftyseventh-kafka-streams-rocksdb-stores-doubled',
    family: 'oom-working-set',
    source: 'https://github.com/facebook/rocksdb/issues/10700',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('pricing-aggregator', 3),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=35',
          STREAMS_APPLICATION_ID: 'pricing-agg',
          STREAMS_NUM_STREAM_THREADS: '4',
          STREAMS_STATE_DIR: '/var/lib/kafka-streams',
          ROCKSDB_BLOCK_CACHE_MB_PER_STORE: '48',
        },
        mounts: [{ volume: 'state', path: '/var/lib/kafka-streams' }],
      },
    ],
    volumes: [{ name: 'state', persistentVolumeClaim: 'state-pricing-aggregator-1' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container pricing-aggregator in pod pricing-aggregator-1',
        count: 6,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=35',
      '2026-02-11 08:14:02,118 INFO  [main] c.a.p.PricingAggregator - starting pricing-agg 4.12.0 (kafka-streams 3.7.1, rocksdbjni 7.9.2)',
      '2026-02-11 08:14:02,402 INFO  [main] c.a.p.TopologyFactory - source topic price-ticks: 48 partitions; sub-topology 0 stores [price-window-store, last-quote-store]',
      '2026-02-11 08:14:02,633 INFO  [main] o.a.k.s.KafkaStreams - stream-client [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10] State transition from CREATED to REBALANCING',
      '2026-02-11 08:14:06,917 INFO  [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-1] o.a.k.s.p.i.TaskManager - stream-thread [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-1] Handle new assignment with:',
      '\tNew active tasks: [0_1, 0_4, 0_7, 0_10]',
      '\tNew standby tasks: []',
      '\tExisting active tasks: []',
      '\tExisting standby tasks: []',
      times(
        3,
        (i) =>
          `2026-02-11 08:14:06,${ms(918 + i * 3)} INFO  [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-${i + 2}] o.a.k.s.p.i.TaskManager - stream-thread [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-${i + 2}] Handle new assignment with:\n\tNew active tasks: [0_${13 + i * 3}, 0_${25 + i * 3}, 0_${34 + i * 3}, 0_${43 + i}]\n\tNew standby tasks: []\n\tExisting active tasks: []\n\tExisting standby tasks: []`,
      ),
      times(
        16,
        (i) =>
          `2026-02-11 08:${dd(14 + Math.floor((8 + i * 9) / 60))}:${dd(8 + i * 9)},${ms(211 + i * 17)} INFO  [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-${(i % 4) + 1}] o.a.k.s.p.i.StoreChangelogReader - stream-thread [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-${(i % 4) + 1}] Finished restoring changelog pricing-agg-price-window-store-changelog-${[1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46][i]} to store price-window-store with a total number of ${1802114 + i * 40211} records`,
      ),
      '2026-02-11 08:16:31,006 INFO  [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10-StreamThread-2] o.a.k.s.KafkaStreams - stream-client [pricing-agg-2f61c0d4-8e1b-4b8e-9c1e-5d3a8f7b2a10] State transition from REBALANCING to RUNNING',
      times(
        11,
        (i) =>
          `2026-02-11 08:${dd(17 + i)}:00,${ms(14 + i * 3)} INFO  [rocksdb-metrics] c.a.p.RocksDbMemoryReporter - stores=32 block-cache-usage=${(1.41 + Math.min(i, 6) * 0.04).toFixed(2)}GB memtables=${(1.02 + (i % 3) * 0.03).toFixed(2)}GB table-readers=${310 + (i % 2) * 6}MB heap-used=${(0.88 + (i % 4) * 0.09).toFixed(2)}GB records-per-sec=${18211 + (i % 5) * 412} lag=${120 + (i % 4) * 31}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: the member's heap is 80 % of the limit and the price map grew with three tenants.
    id: 'fiftyseventh-hazelcast-member-heap-share-map-growth',
    family: 'heap-share',
    source: 'https://github.com/hazelcast/hazelcast/issues/12950',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('hazelcast', 3, 3),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTS:
            '-XX:MaxRAMPercentage=80 -XX:+ExitOnOutOfMemoryError -Dhazelcast.health.monitoring.level=NOISY',
          HZ_CLUSTERNAME: 'pricing',
          HZ_NETWORK_JOIN_KUBERNETES_ENABLED: 'true',
        },
        mounts: [{ volume: 'hazelcast-config', path: '/data/hazelcast' }],
      },
    ],
    volumes: [{ name: 'hazelcast-config', configMap: 'hazelcast-pricing' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HazelcastHeapHigh: member hz-pricing-2 heap used/max above 90% for 30m; map price-cache entries 41.2M (7d ago 29.8M), no eviction configured',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container hazelcast in pod hz-pricing-2',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '########################################',
      '# JAVA_OPTS=-XX:MaxRAMPercentage=80 -XX:+ExitOnOutOfMemoryError -Dhazelcast.health.monitoring.level=NOISY',
      '# CLASSPATH=/opt/hazelcast/*:/opt/hazelcast/lib/*',
      '# starting now....',
      '########################################',
      "2026-02-11 08:04:12,210 [ INFO] [main] [c.h.i.c.AbstractConfigLocator]: Loading configuration '/data/hazelcast/hazelcast.yaml' from System property 'hazelcast.config'",
      '2026-02-11 08:04:12,911 [ INFO] [main] [c.h.system.logo]: [10.42.3.17]:5701 [pricing] [5.4.0] ',
      '2026-02-11 08:04:12,912 [ INFO] [main] [c.h.system]: [10.42.3.17]:5701 [pricing] [5.4.0] Hazelcast Platform 5.4.0 (20240409 - 6d2f4a8) starting at [10.42.3.17]:5701',
      '2026-02-11 08:04:12,912 [ INFO] [main] [c.h.system]: [10.42.3.17]:5701 [pricing] [5.4.0] Cluster name: pricing',
      '2026-02-11 08:04:16,433 [ INFO] [main] [c.h.i.c.ClusterService]: [10.42.3.17]:5701 [pricing] [5.4.0] ',
      '',
      'Members {size:3, ver:9} [',
      '\tMember [10.42.1.22]:5701 - 3a9e6c5b-1f0e-4a3c-9d4b-7e2c1f8a9b01',
      '\tMember [10.42.2.40]:5701 - 8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      '\tMember [10.42.3.17]:5701 - f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9 this',
      ']',
      '',
      '2026-02-11 08:04:16,902 [ INFO] [main] [c.h.c.LifecycleService]: [10.42.3.17]:5701 [pricing] [5.4.0] [10.42.3.17]:5701 is STARTED',
      '2026-02-11 08:04:17,340 [ INFO] [hz.pricing.migration] [c.h.i.p.i.MigrationManager]: [10.42.3.17]:5701 [pricing] [5.4.0] Repartitioning cluster data. Migration tasks count: 271',
      '2026-02-11 08:07:41,118 [ INFO] [hz.pricing.migration] [c.h.i.p.i.MigrationManager]: [10.42.3.17]:5701 [pricing] [5.4.0] All migration tasks have been completed. (repartitionTime=Wed Feb 11 08:04:17 UTC 2026, plannedMigrations=271, completedMigrations=271, remainingMigrations=0, totalCompletedMigrations=271)',
      times(
        18,
        (i) =>
          `2026-02-11 08:${dd(8 + i)}:${dd(17 + i * 3)},${ms(400 + i * 13)} [ INFO] [hz.pricing.HealthMonitor] [c.h.i.d.HealthMonitor]: [10.42.3.17]:5701 [pricing] [5.4.0] processors=4, physical.memory.total=6.0G, physical.memory.free=${(0.61 - i * 0.02).toFixed(1)}G, swap.space.total=0, swap.space.free=0, heap.memory.used=${(3.97 + i * 0.042).toFixed(1)}G, heap.memory.free=${(4.8 - (3.97 + i * 0.042)).toFixed(1)}G, heap.memory.total=4.8G, heap.memory.max=4.8G, heap.memory.used/total=${(82.7 + i * 0.86).toFixed(2)}%, heap.memory.used/max=${(82.7 + i * 0.86).toFixed(2)}%, minor.gc.count=${1812 + i * 41}, minor.gc.time=${51211 + i * 1802}ms, major.gc.count=${3 + Math.floor(i / 3)}, major.gc.time=${2210 + i * 190}ms, load.process=${(38 + (i % 5) * 3.1).toFixed(2)}%, load.system=${(41 + (i % 5) * 3.4).toFixed(2)}%, load.systemAverage=2.${10 + (i % 7)}, thread.count=118, thread.peakCount=121, cluster.timeDiff=-1, event.q.size=0, executor.q.async.size=0, executor.q.client.size=0, executor.q.client.query.size=0, executor.q.client.blocking.size=0, executor.q.query.size=0, executor.q.scheduled.size=0, executor.q.io.size=0, executor.q.system.size=0, executor.q.operations.size=${i % 3}, executor.q.priorityOperation.size=0, operations.completed.count=${88211033 + i * 1402211}, executor.q.mapLoad.size=0, executor.q.mapLoadAllKeys.size=0, executor.q.cluster.size=0, executor.q.response.size=0, operations.running.count=${2 + (i % 4)}, operations.pending.invocations.percentage=0.00%, operations.pending.invocations.count=${i % 6}, proxy.count=14, clientEndpoint.count=36, connection.active.count=38, client.connection.count=36, connection.count=2`,
      ),
      '2026-02-11 08:26:02,733 [ WARN] [hz.pricing.partition-operation.thread-2] [c.h.m.i.o.PutOperation]: [10.42.3.17]:5701 [pricing] [5.4.0] java.lang.OutOfMemoryError: Java heap space',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat com.hazelcast.internal.serialization.impl.HeapData.<init>(HeapData.java:62)',
      '\tat com.hazelcast.map.impl.recordstore.DefaultRecordStore.putInternal(DefaultRecordStore.java:1004)',
      '\tat com.hazelcast.map.impl.operation.PutOperation.runInternal(PutOperation.java:38)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: a Liberty server with three applications on OpenJ9 in 512Mi, the development value.
    id: 'fiftyseventh-open-liberty-openj9-512mi',
    family: 'limit-too-small',
    source: 'https://github.com/OpenLiberty/open-liberty-operator/pull/571',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('claims-portal', 5),
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          WLP_LOGGING_CONSOLE_FORMAT: 'DEV',
          WLP_LOGGING_CONSOLE_LOGLEVEL: 'info',
          OPENJ9_JAVA_OPTIONS:
            '-XX:MaxRAMPercentage=75 -Xshareclasses:name=liberty,nonfatal,cacheDir=/output/.classCache/',
          APP_ENV: 'production',
        },
        mounts: [{ volume: 'server-config', path: '/config/configDropins/overrides' }],
      },
    ],
    volumes: [{ name: 'server-config', configMap: 'claims-portal-server-xml' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container claims-portal in pod claims-portal-5d8b9c7f6-jq4nt',
        count: 12,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Launching defaultServer (Open Liberty 24.0.0.12/wlp-1.0.96.cl241220241119-0657) on Eclipse OpenJ9 VM, version 17.0.13+11 (en_US)',
      '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
      '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /config/configDropins/overrides/production.xml',
      '[INFO    ] CWWKE0002I: The kernel started after 2.114 seconds',
      '[INFO    ] CWWKF0007I: Feature update started.',
      '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
      '[INFO    ] DSRA8203I: Database product name : PostgreSQL',
      '[INFO    ] DSRA8204I: Database product version : 15.8',
      '[INFO    ] DSRA8205I: JDBC driver name  : PostgreSQL JDBC Driver',
      '[INFO    ] DSRA8206I: JDBC driver version  : 42.7.4',
      '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://claims-portal-5d8b9c7f6-jq4nt:9080/claims/',
      '[AUDIT   ] CWWKZ0001I: Application claims-portal started in 9.877 seconds.',
      '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://claims-portal-5d8b9c7f6-jq4nt:9080/documents/',
      '[AUDIT   ] CWWKZ0001I: Application claims-documents started in 6.412 seconds.',
      '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://claims-portal-5d8b9c7f6-jq4nt:9080/adjuster/',
      '[AUDIT   ] CWWKZ0001I: Application claims-adjuster started in 7.309 seconds.',
      '[AUDIT   ] CWWKF0012I: The server installed the following features: [appSecurity-5.0, beanValidation-3.0, cdi-4.0, concurrent-3.0, faces-4.0, jdbc-4.3, jpa-3.1, jsonb-3.0, mpConfig-3.1, mpHealth-4.0, mpMetrics-5.1, restfulWS-3.1, servlet-6.0, ssl-1.0].',
      '[INFO    ] CWWKF0008I: Feature update completed in 19.904 seconds.',
      '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 21.866 seconds.',
      times(
        46,
        (i) =>
          `[INFO    ] ${['claims.api.ClaimResource', 'claims.api.DocumentResource', 'claims.adjuster.QueueBean', 'claims.api.PolicyLookup'][i % 4]}: ${['GET /claims/api/v2/claims/', 'POST /documents/api/upload/', 'GET /adjuster/queue?page=', 'GET /claims/api/v2/policies/'][i % 4]}${88121 + i * 7} ${[200, 201, 200, 200][i % 4]} ${40 + ((i * 37) % 260)}ms user=${['adj-1142', 'broker-0381', 'adj-0907', 'cust-55218'][i % 4]}`,
      ),
      '[WARNING ] SRVE0266W: Error generating the JSP page /adjuster/faces/queue.xhtml is slow: 4,211 ms.',
      times(
        14,
        (i) =>
          `[INFO    ] ${['claims.api.ClaimResource', 'claims.api.DocumentResource'][i % 2]}: ${['GET /claims/api/v2/claims/', 'POST /documents/api/upload/'][i % 2]}${88512 + i * 5} ${[200, 201][i % 2]} ${210 + ((i * 53) % 900)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: render memory follows concurrent requests; the staging limit cannot hold the morning peak.
    id: 'fiftyseventh-remix-ssr-staging-limit',
    family: 'limit-too-small',
    source: 'https://github.com/remix-run/remix/issues/1555',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('storefront', '2026-02-11T08:17:44Z', 3),
        memoryLimit: '384Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '3000', SESSION_STORE: 'redis://storefront-sessions:6379/2' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: storefront OOMKilled 3 times since 07:40 on 4 of 6 replicas, at the 07:45-08:15 traffic peak',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '[remix-serve] http://localhost:3000 (http://10.42.6.31:3000)',
      times(60, (i) =>
        i % 6 === 5
          ? `{"level":30,"time":${1770796200000 + i * 27000},"pid":18,"hostname":"storefront-7c5d9f8b6-r8x2m","msg":"process stats","rss":${Math.round((262 + i * 1.55 + ((i * 7) % 11)) * 1048576)},"heapUsed":${Math.round((118 + i * 0.6 + ((i * 5) % 9)) * 1048576)},"inflight":${14 + Math.floor(i / 3)},"rpm":${3100 + i * 71}}`
          : `${['GET', 'GET', 'GET', 'POST'][i % 4]} ${['/products/', '/c/outdoor-', '/search?q=tent&page=', '/cart/lines/'][i % 4]}${4100 + i * 13} 200 - - ${(38 + ((i * 41) % 310) + i * 2.2).toFixed(3)} ms`,
      ),
    ),
    currentLog: log(
      '[remix-serve] http://localhost:3000 (http://10.42.6.31:3000)',
      times(42, (i) =>
        i % 6 === 5
          ? `{"level":30,"time":${1770797864000 + i * 9000},"pid":18,"hostname":"storefront-7c5d9f8b6-r8x2m","msg":"process stats","rss":${Math.round((318 - i * 0.9 + ((i * 7) % 13)) * 1048576)},"heapUsed":${Math.round((131 - i * 0.3 + ((i * 5) % 9)) * 1048576)},"inflight":${26 - Math.floor(i / 4)},"rpm":${6900 - i * 61}}`
          : `${['GET', 'GET', 'GET', 'POST'][i % 4]} ${['/products/', '/c/outdoor-', '/search?q=stove&page=', '/cart/lines/'][i % 4]}${5200 + i * 11} 200 - - ${(44 + ((i * 37) % 280)).toFixed(3)} ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the daily retrain reads a sixth more rows after the EU storefronts were added.
    id: 'fiftyseventh-xgboost-retrain-more-rows',
    family: 'oom-working-set',
    source: 'https://github.com/dmlc/xgboost/issues/9372',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('churn-retrainer', 2),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['python', '-m', 'churn.retrain', '--schedule', 'daily', '--window-days', '90'],
        env: { OMP_NUM_THREADS: '4', XGB_TREE_METHOD: 'hist', XGB_MAX_BIN: '256', PYTHONUNBUFFERED: '1' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'churn-models' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container churn-retrainer in pod churn-retrainer-84f6b9d7c5-m7tqz',
        count: 4,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11 08:09:02,114 INFO churn.retrain: starting retrain run 2026-02-11 (window 2025-11-13..2026-02-10), xgboost 2.0.3, numpy 1.26.4, pandas 2.2.2',
      '2026-02-11 08:09:02,116 INFO churn.retrain: last successful run 2026-02-10T06:12Z: 3,311,540 rows, peak RSS 5.38 GiB, 48m11s',
      times(
        14,
        (i) =>
          `2026-02-11 08:${dd(9 + Math.floor((10 + i * 19) / 60))}:${dd(10 + i * 19)},${ms(201 + i * 77)} INFO churn.features: read partition storefront=${['us', 'ca', 'mx', 'br', 'uk', 'ie', 'de', 'fr', 'es', 'it', 'nl', 'be', 'pl', 'se'][i]} rows=${(201114 + ((i * 73311) % 410000)).toLocaleString('en-US')}`,
      ),
      '2026-02-11 08:13:41,902 INFO churn.features: training frame 3,902,118 rows x 212 features (float32), 3.09 GiB; label rate 0.0712',
      '2026-02-11 08:13:42,015 INFO churn.retrain: storefronts de, fr, es, it, nl, be, pl, se included for the first time (EU launch 2026-02-10)',
      '2026-02-11 08:13:42,017 INFO churn.retrain: building QuantileDMatrix(max_bin=256) for train (3,121,694 rows) and valid (780,424 rows)',
      '2026-02-11 08:15:58,440 INFO churn.retrain: training booster: tree_method=hist max_depth=8 eta=0.05 subsample=0.8 colsample_bytree=0.7 num_boost_round=600',
      times(
        36,
        (i) =>
          `[${i * 10}]\ttrain-logloss:${(0.66213 - i * 0.0061 - Math.log1p(i) * 0.004).toFixed(5)}\tvalid-logloss:${(0.6641 - i * 0.0058 - Math.log1p(i) * 0.0037).toFixed(5)}\ttrain-auc:${(0.701 + i * 0.0042).toFixed(5)}\tvalid-auc:${(0.694 + i * 0.0039).toFixed(5)}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the new revision loads the approved 1,500-tree forest, three times the old one.
    id: 'fiftyseventh-plumber-ranger-forest-tripled',
    family: 'oom-new-model',
    source: 'https://github.com/rstudio/plumber/issues/450',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('risk-scorer', 4),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { R_MAX_VSIZE: '4Gb', PLUMBER_PORT: '8000' },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'risk-models' }],
    rollout: {
      minutesAgo: 92,
      previousTag: '2.2.4',
      addedEnv: { MODEL_PATH: '/models/ranger-v7-1500trees.rds' },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container risk-scorer in pod risk-scorer-6f7b8c9d4-t5xvn',
        count: 7,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '[2026-02-11 08:21:58] INFO  risk-scorer 2.3.1 (R 4.3.3, plumber 1.2.2, ranger 0.16.0)',
      '[2026-02-11 08:21:58] INFO  loading model /models/ranger-v7-1500trees.rds',
      '[2026-02-11 08:22:17] INFO  model ranger-v7: 1500 trees, 86 variables, probability forest, object.size 702.3 Mb (ranger-v6: 500 trees, 231.9 Mb)',
      '[2026-02-11 08:22:17] INFO  model card: validated 2026-02-06 by risk-modelling, AUC 0.871 (v6 0.842), approved for production',
      'Running plumber API at http://0.0.0.0:8000',
      'Running swagger Docs at http://127.0.0.1:8000/__docs__/',
      times(40, (i) =>
        i % 8 === 7
          ? `[2026-02-11 08:${dd(22 + Math.floor((20 + i * 5) / 60))}:${dd(20 + i * 5)}] INFO  POST /score/batch 200 ${(2.9 + (i % 3) * 0.6).toFixed(2)}s n=${[250, 500, 400][i % 3]}`
          : `[2026-02-11 08:${dd(22 + Math.floor((20 + i * 5) / 60))}:${dd(20 + i * 5)}] INFO  POST /score 200 ${(0.18 + ((i * 37) % 40) / 100).toFixed(3)}s n=1`,
      ),
      '[2026-02-11 08:25:41] INFO  POST /score/batch received n=1000 from underwriting-batch',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: Traefik builds a router per tenant host; the platform now watches 6,400 ingresses.
    id: 'fiftyseventh-traefik-tenant-ingresses',
    family: 'oom-working-set',
    source: 'https://github.com/traefik/traefik/issues/2376',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('traefik', 4, '2m40s'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        args: [
          '--entrypoints.web.address=:8000',
          '--entrypoints.websecure.address=:8443',
          '--providers.kubernetescrd',
          '--providers.kubernetesingress',
          '--metrics.prometheus=true',
          '--ping=true',
          '--log.level=INFO',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TraefikContainerOOMKilled: traefik OOMKilled 4 times in 55m on 3 of 3 replicas; count(kube_ingress_info) 6,412 (7d ago 4,050) after the tenant self-service launch',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.5.19:8080/ping": dial tcp 10.42.5.19:8080: connect: connection refused',
        count: 9,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11T08:24:41Z INF Traefik version 3.1.6 built on 2024-10-09T12:33:26Z version=3.1.6',
      '2026-02-11T08:24:41Z INF ',
      'Stats collection is disabled.',
      'Help us improve Traefik by turning this feature on :)',
      'More details on: https://doc.traefik.io/traefik/contributing/data-collection/',
      '',
      '2026-02-11T08:24:41Z INF Starting provider aggregator aggregator.ProviderAggregator',
      '2026-02-11T08:24:41Z INF Starting provider *traefik.Provider',
      '2026-02-11T08:24:41Z INF Starting provider *crd.Provider',
      '2026-02-11T08:24:41Z INF label selector is: "" providerName=kubernetescrd',
      '2026-02-11T08:24:41Z INF Creating in-cluster Provider client providerName=kubernetescrd',
      '2026-02-11T08:24:41Z INF Starting provider *ingress.Provider',
      '2026-02-11T08:24:41Z INF ingress label selector is: "" providerName=kubernetes',
      '2026-02-11T08:24:41Z INF Creating in-cluster Provider client providerName=kubernetes',
      '2026-02-11T08:24:41Z INF Starting provider *acme.ChallengeTLSALPN',
      times(
        22,
        (i) =>
          `2026-02-11T08:24:${dd(47 + Math.floor(i / 3))}Z ERR Skipping service: no endpoints found ingress=${['t', 'shop', 'app', 'portal'][i % 4]}-${(7310 + i * 53).toString(36)} namespace=tenant-${(7310 + i * 53).toString(36)} providerName=kubernetes serviceName=storefront servicePort=&ServiceBackendPort{Name:,Number:80,}`,
      ),
      '2026-02-11T08:25:03Z WRN A new release of Traefik has been found: 3.2.1. Please consider updating.',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the log-shipping sidecar runs Ruby, five plugins and a tail at a steady rate in 128Mi.
    id: 'fiftyseventh-fluentd-sidecar-128mi',
    family: 'sidecar-limit',
    source: 'https://github.com/aws-samples/amazon-cloudwatch-container-insights/issues/6',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'ledger-api',
        running: { startedAt: '2026-02-11T07:00:14Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { LOG_FILE: '/var/log/app/ledger-api.log', LOG_FORMAT: 'json' },
        mounts: [{ volume: 'app-logs', path: '/var/log/app' }],
      },
      {
        ...oomLoop('fluentd', 6),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '200m',
        env: {
          FLUENTD_CONF: 'fluent.conf',
          FLUENT_ELASTICSEARCH_HOST: 'logs-es.logging.svc',
          FLUENT_ELASTICSEARCH_PORT: '9200',
        },
        mounts: [
          { volume: 'app-logs', path: '/var/log/app' },
          { volume: 'fluentd-config', path: '/fluentd/etc' },
          { volume: 'fluentd-buffer', path: '/var/fluentd/buffer' },
        ],
      },
    ],
    volumes: [
      { name: 'app-logs', emptyDir: {} },
      { name: 'fluentd-config', configMap: 'ledger-fluentd' },
      { name: 'fluentd-buffer', emptyDir: { sizeLimit: '2Gi' } },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fluentd in pod ledger-api-7b9c6d5f48-hk2wd',
        count: 11,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11 08:18:31 +0000 [info]: init supervisor logger path=nil rotate_age=nil rotate_size=nil',
      '2026-02-11 08:18:31 +0000 [info]: parsing config file is succeeded path="/fluentd/etc/fluent.conf"',
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluentd' version '1.16.5'",
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluent-plugin-concat' version '2.5.0'",
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluent-plugin-elasticsearch' version '5.4.3'",
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluent-plugin-kubernetes_metadata_filter' version '3.5.0'",
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluent-plugin-prometheus' version '2.1.0'",
      "2026-02-11 08:18:31 +0000 [info]: gem 'fluent-plugin-record-modifier' version '2.2.0'",
      '2026-02-11 08:18:32 +0000 [info]: starting fluentd-1.16.5 pid=7 ruby="3.2.4"',
      '2026-02-11 08:18:32 +0000 [info]: spawn command to main:  cmdline=["/usr/local/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/local/bundle/bin/fluentd", "-c", "/fluentd/etc/fluent.conf", "-p", "/fluentd/plugins", "--under-supervisor"]',
      '2026-02-11 08:18:33 +0000 [info]: #0 init worker0 logger path=nil rotate_age=nil rotate_size=nil',
      '2026-02-11 08:18:33 +0000 [info]: adding match pattern="fluent.**" type="null"',
      '2026-02-11 08:18:33 +0000 [info]: adding filter pattern="ledger.**" type="concat"',
      '2026-02-11 08:18:33 +0000 [info]: adding filter pattern="ledger.**" type="record_modifier"',
      '2026-02-11 08:18:34 +0000 [info]: adding match pattern="ledger.**" type="elasticsearch"',
      '2026-02-11 08:18:34 +0000 [info]: adding source type="prometheus"',
      '2026-02-11 08:18:34 +0000 [info]: adding source type="prometheus_monitor"',
      '2026-02-11 08:18:34 +0000 [info]: adding source type="tail"',
      '2026-02-11 08:18:34 +0000 [info]: #0 starting fluentd worker pid=16 ppid=7 worker=0',
      '2026-02-11 08:18:34 +0000 [info]: #0 following tail of /var/log/app/ledger-api.log',
      '2026-02-11 08:18:34 +0000 [info]: #0 fluentd worker is now running worker=0',
      times(8, (i) =>
        i % 4 === 3
          ? `2026-02-11 08:${dd(19 + i)}:${dd(11 + i * 7)} +0000 [info]: #0 detected rotation of /var/log/app/ledger-api.log; waiting 5 seconds`
          : `2026-02-11 08:${dd(19 + i)}:${dd(14 + i * 5)} +0000 [warn]: #0 [out_es] buffer flush took longer time than slow_flush_log_threshold: elapsed_time=${(20.4 + (i % 3) * 1.7).toFixed(13)} slow_flush_log_threshold=20.0 plugin_id="out_es"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: mem_limit is 90 % of the container; primary-key index and tablet metadata grew with the data.
    id: 'fiftyseventh-starrocks-be-mem-limit-share',
    family: 'runtime-share',
    source: 'https://github.com/StarRocks/starrocks/issues/35175',
    signal: 'Alert',
    containers: [
      {
        name: 'be',
        running: { startedAt: '2026-02-11T07:00:21Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '32Gi',
        memoryRequest: '32Gi',
        cpuLimit: '8',
        env: { FE_SERVICE_NAME: 'starrocks-fe-search', CONFIGMAP_MOUNT_PATH: '/etc/starrocks/be/conf' },
        mounts: [
          { volume: 'be-config', path: '/etc/starrocks/be/conf' },
          { volume: 'be-data', path: '/opt/starrocks/be/storage' },
        ],
      },
    ],
    volumes: [
      { name: 'be-config', configMap: 'starrocks-be-cm' },
      { name: 'be-data', persistentVolumeClaim: 'be-data-starrocks-be-1' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StarRocksQueryMemLimitExceeded: 61 queries failed with MEM_LIMIT_EXCEEDED on be starrocks-be-1 (10.42.7.14) in 30m; starrocks_be_process_mem_bytes 96% of process limit for 2h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I0211 07:00:24.118233    11 daemon.cpp:294] version 3.2.11-ec8a5a6 (build 8f2b6a1)',
      'I0211 07:00:24.120114    11 mem_info.cpp:91] Physical Memory: 32.00 GB (cgroup memory.max)',
      'I0211 07:00:24.120208    11 exec_env.cpp:227] Set process memory limit 25.92 GB from mem_limit=90% (soft limit 0.9 of it)',
      'I0211 07:00:41.902611    11 storage_engine.cpp:412] load tablets finished, tablets=184112, primary key tables=37, time=17.2s',
      times(40, (i) =>
        i % 5 === 4
          ? `W0211 08:${dd(10 + Math.floor(i / 2))}:${dd(i * 11)}.${ms(402 + i * 17)}114  ${9120 + i} fragment_executor.cpp:181] Prepare fragment failed: ${(0x5e1f0a3c + i).toString(16)}-633e-11ee-85a1-005056816d${String(10 + i).slice(-2)} fragment_instance_id=${(0x5e1f0a3c + i).toString(16)}-633e-11ee-85a1-005056816d${String(20 + i).slice(-2)} reason=Memory of process exceed limit. Start execute plan fragment. Backend: 10.42.7.14, Used: ${27831388078 + 40211000 + i * 1000312}, Limit: 27831388078. Mem usage has exceed the limit of BE backend [id=10004]`
          : `I0211 08:${dd(10 + Math.floor(i / 2))}:${dd(i * 11)}.${ms(118 + i * 23)}233    11 daemon.cpp:210] Current memory statistics: process(${(25.41 + (i % 7) * 0.07).toFixed(2)} GB), query_pool(${(5.62 + (i % 4) * 0.21).toFixed(2)} GB), load(${(1.38 + (i % 3) * 0.08).toFixed(2)} GB), metadata(3.11 GB), compaction(${(0.71 + (i % 2) * 0.16).toFixed(2)} GB), schema_change(0), column_pool(212.41 MB), page_cache(${(3.86 + (i % 3) * 0.05).toFixed(2)} GB), update(${(8.02 + i * 0.004).toFixed(2)} GB), chunk_allocator(402.11 MB), clone(0), consistency(0), datacache(0), jit(0)`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: the GC heap is capped at 75 % of the limit; 600k new meters keep their grains active.
    id: 'fiftyseventh-orleans-silo-device-grains',
    family: 'runtime-share',
    source: 'https://github.com/dotnet/orleans/issues/6843',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('telemetry-silo', 134, 3),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          DOTNET_gcServer: '1',
          DOTNET_GCHeapHardLimitPercent: '0x4B',
          ASPNETCORE_URLS: 'http://+:8080',
          Orleans__ClusterId: 'telemetry-prod',
          Orleans__GrainCollection__CollectionAge: '02:00:00',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrleansSiloRestarts: 3 of 5 telemetry silos restarted with exit code 134 in 40m; Catalog.Activation.CurrentCount per silo 2.0M (7d ago 1.3M)',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container telemetry-silo in pod telemetry-silo-3',
        count: 4,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'info: Orleans.Runtime.Silo[100403]',
      '      -------------- Initializing silo on host telemetry-silo-3 MyAddress S10.42.4.27:11111:382262412 at 10.42.4.27:11111, gen 382262412 --------------',
      'info: Orleans.Runtime.Silo[100404]',
      '      Silo starting with GC settings: ServerGC=True GCLatencyMode=Interactive',
      'info: Orleans.Runtime.Silo[100422]',
      '      -------------- Started silo S10.42.4.27:11111:382262412, ConsistentHashCode 4C1A9E2B --------------',
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(
        20,
        (i) =>
          `info: Acme.Telemetry.SiloStats[0]\n      silo stats at 2026-02-11T08:${dd(4 + i)}:00Z: Catalog.Activation.CurrentCount=${(1402118 + Math.round(640000 * (1 - Math.exp(-i / 6)))).toLocaleString('en-US')} meter readings/min=${(318000 + i * 2100).toLocaleString('en-US')} gc heap=${(1.91 + 0.98 * (1 - Math.exp(-i / 6))).toFixed(2)}GB hard limit=3.00GB gen2 collections=${41 + i * 3}`,
      ),
      'fail: Orleans.Runtime.Scheduler.WorkItemGroup[101231]',
      '      Worker thread caught an exception thrown from task Orleans.Runtime.ActivationData.',
      "      System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '         at System.Collections.Generic.Dictionary`2.Resize(Int32 newSize, Boolean forceNewHashCodes)',
      '         at System.Collections.Generic.Dictionary`2.TryInsert(TKey key, TValue value, InsertionBehavior behavior)',
      '         at Acme.Telemetry.Grains.MeterGrain.AppendReading(MeterReading reading) in /src/Telemetry.Grains/MeterGrain.cs:line 118',
      "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '   at Orleans.Runtime.Messaging.IncomingMessageBuffer.TryDecodeMessage(Message& msg)',
      '   at Orleans.Runtime.Messaging.Connection.ProcessIncoming()',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: session and pubsub ETS tables grew with a third more online users after the field app launch.
    id: 'fiftyseventh-mongooseim-more-online-users',
    family: 'oom-working-set',
    source: 'https://github.com/esl/MongooseIM/issues/3113',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('mongooseim', '2026-02-11T08:14:52Z', 2),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          NODE_TYPE: 'name',
          NODE_NAME: 'mongooseim@mongooseim-1.mongooseim.chat.svc.cluster.local',
          JOIN_CLUSTER: 'true',
        },
        mounts: [
          { volume: 'mongooseim-config', path: '/usr/lib/mongooseim/etc' },
          { volume: 'mnesia', path: '/var/lib/mongooseim' },
        ],
      },
    ],
    volumes: [
      { name: 'mongooseim-config', configMap: 'mongooseim-cfg' },
      { name: 'mnesia', persistentVolumeClaim: 'mnesia-mongooseim-1' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MongooseIMMemoryHigh: mongooseim-1 working set 2.9GiB of 3GiB; global uniqueSessionCount 184,220 (7d ago 121,400) since the field-service app release; erlang_vm_memory_ets_tables_bytes 1.6GiB',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'when=2026-02-11T07:31:04.118233+00:00 level=notice what=mongooseim_node_starting pid=<0.9.0> at=mongoose_server:start/0:41 node=mongooseim@mongooseim-1.mongooseim.chat.svc.cluster.local',
      'when=2026-02-11T07:31:05.402118+00:00 level=info what=cets_join_done pid=<0.411.0> at=cets_discovery:handle_join/3:288 remote_nodes=[mongooseim@mongooseim-0,mongooseim@mongooseim-2] table=cets_session',
      'when=2026-02-11T07:31:06.011904+00:00 level=info what=listener_started pid=<0.1201.0> at=mongoose_listener:start_listener/1:61 port=5222 module=mongoose_c2s_listener',
      'when=2026-02-11T07:31:06.012211+00:00 level=info what=listener_started pid=<0.1203.0> at=mongoose_listener:start_listener/1:61 port=5280 module=ejabberd_cowboy',
      'when=2026-02-11T07:31:06.440118+00:00 level=notice what=mongooseim_node_started pid=<0.9.0> at=mongoose_server:start/0:58 version=6.2.1',
      times(
        28,
        (i) =>
          `when=2026-02-11T0${i < 17 ? 7 : 8}:${dd(i < 17 ? 33 + Math.floor(i * 1.6) : Math.floor((i - 17) * 1.3))}:${dd(11 + i * 7)}.${ms(114 + i * 61)}233+00:00 level=info what=${['c2s_auth_success', 'mam_lookup_done', 'muc_room_created', 'c2s_auth_success'][i % 4]} pid=<0.${88211 + i * 417}.0> at=${['mongoose_c2s:handle_sasl_success/3:412', 'mod_mam_pm:lookup/3:221', 'mod_muc_room:init/1:302', 'mongoose_c2s:handle_sasl_success/3:412'][i % 4]} jid=${['tech', 'disp', 'room', 'tech'][i % 4]}${40211 + i * 173}@field.acme-utility.com`,
      ),
      'when=2026-02-11T08:13:40.118233+00:00 level=notice what=alarm pid=<0.128.0> at=alarm_handler:handle_event/2:89 text="alarm_handler: {set,{system_memory_high_watermark,[]}}"',
      'when=2026-02-11T08:14:21.902113+00:00 level=warning what=c2s_terminate pid=<0.93121.0> at=mongoose_c2s:terminate/4:131 reason=socket_closed jid=tech44118@field.acme-utility.com',
    ),
    currentLog: log(
      'when=2026-02-11T08:14:55.218233+00:00 level=notice what=mongooseim_node_starting pid=<0.9.0> at=mongoose_server:start/0:41 node=mongooseim@mongooseim-1.mongooseim.chat.svc.cluster.local',
      'when=2026-02-11T08:14:56.602118+00:00 level=info what=cets_join_done pid=<0.411.0> at=cets_discovery:handle_join/3:288 remote_nodes=[mongooseim@mongooseim-0,mongooseim@mongooseim-2] table=cets_session',
      'when=2026-02-11T08:14:57.640118+00:00 level=notice what=mongooseim_node_started pid=<0.9.0> at=mongoose_server:start/0:58 version=6.2.1',
      times(
        30,
        (i) =>
          `when=2026-02-11T08:${dd(15 + Math.floor(i / 2))}:${dd(3 + i * 13)}.${ms(410 + i * 37)}118+00:00 level=info what=c2s_auth_success pid=<0.${9121 + i * 611}.0> at=mongoose_c2s:handle_sasl_success/3:412 jid=tech${46011 + i * 97}@field.acme-utility.com`,
      ),
      'when=2026-02-11T08:29:31.118233+00:00 level=notice what=alarm pid=<0.128.0> at=alarm_handler:handle_event/2:89 text="alarm_handler: {set,{system_memory_high_watermark,[]}}"',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: one hourly partition of the grown audit stream peaks above the limit during the merge.
    id: 'fiftyseventh-openobserve-compactor-merge-peak',
    family: 'oom-peak',
    source: 'https://github.com/openobserve/openobserve/pull/11851',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('openobserve-compactor', 3),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: {
          ZO_NODE_ROLE: 'compactor',
          ZO_COMPACT_MAX_FILE_SIZE: '512',
          ZO_FILE_MOVE_THREAD_NUM: '4',
          ZO_COMPACT_INTERVAL: '60',
          ZO_S3_BUCKET_NAME: 'o2-prod-logs',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container openobserve-compactor in pod openobserve-compactor-0',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11T08:19:02.118402+00:00 INFO openobserve: Starting OpenObserve v0.14.1 git_commit: 3e7a1f0 build_date: 2024-12-02T08:41:18Z',
      '2026-02-11T08:19:02.602113+00:00 INFO openobserve::common::infra::cluster: Got a new node_id: 12 (role: compactor)',
      '2026-02-11T08:19:03.004211+00:00 INFO openobserve::service::compact: [COMPACTOR] Running data retention',
      times(
        14,
        (i) =>
          `2026-02-11T08:${dd(19 + Math.floor((8 + i * 9) / 60))}:${dd(8 + i * 9)}.${ms(113 + i * 71)}402+00:00 INFO openobserve::service::compact::merge: [COMPACTOR:WORKER:${i % 4}] merged ${[20, 14, 9, 20][i % 4]} files into a new file: files/default/logs/${['k8s_events', 'ingress', 'app_checkout', 'app_search', 'app_ledger', 'k8s_audit', 'payments_audit'][i % 7]}/2026/02/11/0${i < 7 ? 6 : 7}/74609${930655246 + i * 7711}${(0x65c7b + i).toString(16)}.parquet, original_size: ${(250729590 + ((i * 91812341) % 1900000000)).toString()}, compressed_size: ${(16601268 + i * 811232).toString()}, took: ${9443 + i * 1711} ms`,
      ),
      '2026-02-11T08:21:17.302113+00:00 INFO openobserve::service::search::datafusion::peak_memory_pool: [trace_id ] DataFusion peak memory usage: 902118240 bytes (860.33 MB)',
      '2026-02-11T08:21:17.311402+00:00 INFO openobserve::service::compact::merge: [COMPACTOR:WORKER:2] merged 20 files into a new file: files/default/logs/payments_audit/2026/02/11/06/7460993065524658177e2a1.parquet, original_size: 3102118432, compressed_size: 201662118, took: 41102 ms',
      '2026-02-11T08:21:19.004118+00:00 INFO openobserve::service::compact::merge: [COMPACTOR:WORKER:0] start merging 20 files for stream default/logs/payments_audit/2026/02/11/07 (original_size: 3318040211)',
      '2026-02-11T08:21:19.006402+00:00 INFO openobserve::service::compact::merge: [COMPACTOR:WORKER:1] start merging 20 files for stream default/logs/payments_audit/2026/02/11/05 (original_size: 3290112004)',
      '2026-02-11T08:21:19.010211+00:00 INFO openobserve::service::compact::merge: [COMPACTOR:WORKER:3] start merging 18 files for stream default/logs/payments_audit/2026/02/11/04 (original_size: 2984401128)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the DataFusion pool is three quarters of the limit and the January close reads more partitions.
    id: 'fiftyseventh-datafusion-pool-month-end',
    family: 'runtime-share',
    source: 'https://github.com/apache/datafusion/issues/11523',
    signal: 'Alert',
    containers: [
      {
        name: 'ledger-query',
        running: { startedAt: '2026-02-11T07:00:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          LEDGERQ_MEMORY_POOL: 'fair',
          LEDGERQ_MEMORY_FRACTION: '0.75',
          LEDGERQ_TARGET_PARTITIONS: '8',
        },
        mounts: [{ volume: 'spill', path: '/var/spill' }],
      },
    ],
    volumes: [{ name: 'spill', emptyDir: { sizeLimit: '50Gi' } }],
    rollout: { minutesAgo: 96, addedEnv: { RUST_LOG: 'info,datafusion=warn' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LedgerQueryReportFailures: 38 of 61 month_end_positions reports failed in 30m (HTTP 500, Resources exhausted)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:03.118233Z  INFO ledger_query::runtime: memory pool configured pool="fair" size_bytes=6442450944 limit_source="cgroup memory.max 8589934592 x 0.75" spill_dir="/var/spill"',
      '2026-02-11T07:00:03.119102Z  INFO ledger_query: listening addr=0.0.0.0:8080 version="1.19.0"',
      times(
        30,
        (i) =>
          `2026-02-11T08:${dd(10 + Math.floor(i / 2))}:${dd(i * 17)}.${ms(211 + i * 31)}113Z  INFO request{method=${i % 3 === 0 ? 'POST' : 'GET'} uri=${i % 3 === 0 ? '/v1/reports/month_end_positions' : `/v1/balances/${40112 + i}`} version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=${i % 3 === 0 ? 18000 + i * 311 : 12 + (i % 9)} ms status=${i % 3 === 0 && i % 2 === 0 ? 500 : 200}`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11T08:${dd(14 + i * 2)}:${dd(9 + i * 7)}.402113Z ERROR ledger_query::api: report failed report="month_end_positions" period="2026-01" business_units=14 partitions=434 error=Resources exhausted: Failed to allocate additional ${795696944 + i * 1048576} bytes for RepartitionExec[${i % 4}] with ${3182787776 + i * 2097152} bytes already allocated - maximum available is ${63296515 - i * 4096}`,
      ),
      '2026-02-11T08:26:40.118233Z  WARN ledger_query::api: report month_end_positions period="2025-12" business_units=11 partitions=341 completed in 14.2s peak_reserved_bytes=5211840112',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the off-heap session cache is full at its configured size beside a 50 % heap; the sum passes the limit.
    id: 'fiftyseventh-infinispan-offheap-beside-heap-share',
    family: 'oom-working-set',
    source: 'https://github.com/jboss-dockerfiles/infinispan/pull/67',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('infinispan', 3),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTIONS: '-XX:MaxRAMPercentage=50 -XX:+UseG1GC',
          USER_CONFIG_PATH: '/user-config/infinispan.xml',
        },
        mounts: [
          { volume: 'user-config', path: '/user-config' },
          { volume: 'identities', path: '/opt/infinispan/server/conf/identities' },
        ],
      },
    ],
    volumes: [
      { name: 'user-config', configMap: 'session-grid-config' },
      { name: 'identities', secret: 'session-grid-identities' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'InfinispanContainerOOMKilled: session-grid-1 OOMKilled 3 times in 50m; cache web-sessions data memory used 1.50GB of max-size 1.5GB (OFF_HEAP, eviction active, 38k evictions/min), heap used 1.2GB of 2.0GB',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container infinispan in pod session-grid-1',
        count: 4,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11 08:09:58,118 INFO  (main) [BOOT] JVM OpenJDK 64-Bit Server VM Red Hat, Inc. 17.0.13+11-LTS',
      '2026-02-11 08:09:58,122 INFO  (main) [BOOT] JVM arguments = [-XX:MaxRAMPercentage=50, -XX:+UseG1GC, -Xlog:gc*:file=/opt/infinispan/server/log/gc.log:time,uptimemillis:filecount=5,filesize=3M, -Djava.net.preferIPv4Stack=true, -Dinfinispan.server.home.path=/opt/infinispan]',
      '2026-02-11 08:09:58,140 INFO  (main) [BOOT] PID = 171',
      '2026-02-11 08:10:00,301 INFO  (main) [org.infinispan.SERVER] ISPN080000: Infinispan Server 15.0.10.Final starting',
      '2026-02-11 08:10:00,302 INFO  (main) [org.infinispan.SERVER] ISPN080017: Server configuration: infinispan.xml, /user-config/infinispan.xml',
      '2026-02-11 08:10:00,304 INFO  (main) [org.infinispan.SERVER] ISPN080032: Logging configuration: /opt/infinispan/server/conf/log4j2.xml',
      '2026-02-11 08:10:03,511 INFO  (main) [org.infinispan.CLUSTER] ISPN000094: Received new cluster view for channel cluster: [session-grid-0-40211|11] (3) [session-grid-0-40211, session-grid-2-18823, session-grid-1-5531]',
      '2026-02-11 08:10:03,518 INFO  (main) [org.infinispan.CLUSTER] ISPN000079: Channel `cluster` local address is `session-grid-1-5531`, physical addresses are `[10.42.2.61:7800]`',
      '2026-02-11 08:10:05,902 INFO  (main) [org.infinispan.SERVER] ISPN080001: Infinispan Server 15.0.10.Final started in 7784ms',
      '2026-02-11 08:10:06,118 INFO  (non-blocking-thread--p2-t1) [org.infinispan.CLUSTER] ISPN100002: Starting rebalance with members [session-grid-0-40211, session-grid-2-18823, session-grid-1-5531], phase READ_OLD_WRITE_ALL, topology id 31',
      '2026-02-11 08:12:41,233 INFO  (non-blocking-thread--p2-t3) [org.infinispan.CLUSTER] ISPN100010: Finished rebalance with members [session-grid-0-40211, session-grid-2-18823, session-grid-1-5531], topology id 34',
      times(
        14,
        (i) =>
          `2026-02-11 08:${dd(13 + i)}:${dd(7 + i * 4)},${ms(302 + i * 41)} INFO  (non-blocking-thread--p2-t${(i % 4) + 1}) [REST_ACCESS_LOG] 10.42.${(i % 5) + 1}.${40 + i} - [11/Feb/2026:08:${dd(13 + i)}:${dd(7 + i * 4)} +0000] "${['GET', 'PUT', 'GET', 'DELETE'][i % 4]} /rest/v2/caches/web-sessions/s%3A${(0x9ab12 + i * 7919).toString(16)} HTTP/1.1" ${[200, 204, 404, 204][i % 4]} ${[0, 1843, 0, 0][i % 4]} ${[1843, 0, 0, 0][i % 4]} ${1 + (i % 4)}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: connection state and TCP buffers grew with 60 % more connected meters after the firmware push.
    id: 'fiftyseventh-vernemq-more-connected-devices',
    family: 'oom-working-set',
    source: 'https://github.com/vernemq/vernemq/issues/470',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('vernemq', 2),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          DOCKER_VERNEMQ_ACCEPT_EULA: 'yes',
          DOCKER_VERNEMQ_DISCOVERY_KUBERNETES: '1',
          DOCKER_VERNEMQ_LISTENER__TCP__DEFAULT: '0.0.0.0:1883',
          DOCKER_VERNEMQ_MAX_ONLINE_MESSAGES: '1000',
          DOCKER_VERNEMQ_MAX_OFFLINE_MESSAGES: '1000',
          DOCKER_VERNEMQ_LEVELDB__MAXIMUM_MEMORY: '268435456',
        },
        mounts: [{ volume: 'vmq-data', path: '/vernemq/data' }],
      },
    ],
    volumes: [{ name: 'vmq-data', persistentVolumeClaim: 'vmq-data-vernemq-1' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VerneMQMemoryNearLimit: vernemq-1 working set 1.96GiB of 2GiB before each kill; socket_open per node 61,204 (7d ago 38,900) since meter firmware 5.2 enabled MQTT on the eastern fleet',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container vernemq in pod vernemq-1',
        count: 3,
        type: 'Warning',
      },
    ],
    previousLog: log(
      "2026-02-11 08:02:11.118 [info] <0.9.0> Application lager started on node 'VerneMQ@vernemq-1.vernemq-headless.iot.svc.cluster.local'",
      "2026-02-11 08:02:11.402 [info] <0.9.0> Application plumtree started on node 'VerneMQ@vernemq-1.vernemq-headless.iot.svc.cluster.local'",
      "2026-02-11 08:02:12.004 [info] <0.9.0> Application vmq_server started on node 'VerneMQ@vernemq-1.vernemq-headless.iot.svc.cluster.local'",
      "2026-02-11 08:02:12.611 [info] <0.344.0>@vmq_cluster_node:init:112 cluster node connection to 'VerneMQ@vernemq-0.vernemq-headless.iot.svc.cluster.local' established",
      "2026-02-11 08:02:12.613 [info] <0.346.0>@vmq_cluster_node:init:112 cluster node connection to 'VerneMQ@vernemq-2.vernemq-headless.iot.svc.cluster.local' established",
      times(
        34,
        (i) =>
          `2026-02-11 08:${dd(2 + Math.floor((20 + i * 41) / 60))}:${dd(20 + i * 41)}.${ms(118 + i * 53)} [warning] <0.${21188 + i * 977}.${i % 3}>@vmq_mqtt_fsm:check_keepalive:231 client {[],<<"meter-${(440211 + i * 1877).toString()}">>} with username <<"meter">> stopped due to keepalive expired`,
      ),
      '2026-02-11 08:26:58.402 [info] <0.102.0> alarm_handler: {set,{system_memory_high_watermark,[]}}',
      '2026-02-11 08:27:31.118 [info] <0.102.0> alarm_handler: {set,{process_memory_high_watermark,<0.611.0>}}',
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: every sidecar holds all 1,900 clusters of the mesh; 128Mi no longer fits them.
    id: 'fiftyseventh-istio-proxy-mesh-clusters',
    family: 'sidecar-limit',
    source: 'https://github.com/istio/istio/issues/12765',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-02-11T07:00:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', SERVER_PORT: '8080' },
      },
      {
        ...oomLoop('istio-proxy', 5),
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        args: [
          'proxy',
          'sidecar',
          '--domain',
          '$(POD_NAMESPACE).svc.cluster.local',
          '--proxyLogLevel=warning',
          '--proxyComponentLogLevel=misc:error',
          '--log_output_level=default:info',
        ],
        env: {
          ISTIO_META_CLUSTER_ID: 'Kubernetes',
          PROXY_CONFIG: '{"concurrency":2}',
          ISTIO_META_MESH_ID: 'cluster.local',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'IstioProxyOOMKilled: istio-proxy OOMKilled 17 times in 1h across 9 workloads in namespace orders; envoy_cluster_manager_active_clusters 1,912 (30d ago 1,130)',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.3.88:15021/healthz/ready": dial tcp 10.42.3.88:15021: connect: connection refused',
        count: 14,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11T08:21:11.004118Z\tinfo\tFLAG: --concurrency="0"',
      '2026-02-11T08:21:11.004211Z\tinfo\tFLAG: --domain="orders.svc.cluster.local"',
      '2026-02-11T08:21:11.004402Z\tinfo\tFLAG: --proxyLogLevel="warning"',
      '2026-02-11T08:21:11.118402Z\tinfo\tVersion 1.22.6-3d3b1e5c0b1fd8f8c8f7c7a5d0a2b6e6e1e4f9a2-Clean',
      '2026-02-11T08:21:11.118611Z\tinfo\tProxy role\tips=[10.42.3.88] type=sidecar id=orders-api-6d8f9b7c5-2hxlm.orders domain=orders.svc.cluster.local',
      '2026-02-11T08:21:11.402113Z\tinfo\txdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"',
      '2026-02-11T08:21:11.611904Z\tinfo\tsds\tStarting SDS grpc server',
      '2026-02-11T08:21:11.702113Z\tinfo\tstarting Http service at 127.0.0.1:15004',
      '2026-02-11T08:21:11.912118Z\tinfo\tcache\tgenerated new workload certificate\tlatency=201.114ms ttl=23h59m59.087885s',
      '2026-02-11T08:21:11.912233Z\tinfo\tcache\tRoot cert has changed, start rotating root cert',
      '2026-02-11T08:21:12.004118Z\tinfo\tStarting proxy agent',
      '2026-02-11T08:21:12.004402Z\tinfo\tEnvoy command: [-c etc/istio/proxy/envoy-rev.json --drain-time-s 45 --drain-strategy immediate --local-address-ip-version v4 --file-flush-interval-msec 1000 --disable-hot-restart --allow-unknown-static-fields -l warning --component-log-level misc:error --concurrency 2]',
      '2026-02-11T08:21:12.611402Z\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=1',
      '2026-02-11T08:21:14.332118Z\tinfo\tReadiness succeeded in 3.38s',
      '2026-02-11T08:21:14.332611Z\tinfo\tEnvoy proxy is ready',
      times(
        30,
        (i) =>
          `[2026-02-11T08:${dd(21 + Math.floor((16 + i * 7) / 60))}:${dd(16 + i * 7)}.${ms(118 + i * 41)}Z] "${['GET', 'GET', 'POST', 'GET'][i % 4]} ${['/v1/orders/', '/v1/orders/', '/v1/orders', '/actuator/health/readiness'][i % 4]}${i % 4 === 2 ? '' : i % 4 === 3 ? '' : 44110 + i * 3} HTTP/1.1" ${[200, 200, 201, 200][i % 4]} - via_upstream - "-" ${[0, 0, 912, 0][i % 4]} ${[812, 790, 344, 49][i % 4]} ${11 + ((i * 13) % 60)} ${10 + ((i * 13) % 58)} "-" "${['okhttp/4.12.0', 'Go-http-client/2.0', 'okhttp/4.12.0', 'kube-probe/1.29'][i % 4]}" "${(0x4f1a2b3c + i * 7919).toString(16)}-93c1-4d2e-8a7b-${(0x1c2d3e4f5a6b + i).toString(16)}" "orders-api.orders.svc.cluster.local" "10.42.3.88:8080" inbound|8080|| 127.0.0.6:${41033 + i * 17} 10.42.3.88:8080 10.42.${(i % 6) + 1}.${17 + i}:${52210 + i * 11} outbound_.8080_._.orders-api.orders.svc.cluster.local default`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the new revision accepts 600-dpi archive scans; four uWSGI workers now plateau near 600 MB each.
    id: 'fiftyseventh-uwsgi-pillow-600dpi-scans',
    family: 'oom-new-feature',
    source: 'https://github.com/unbit/uwsgi/issues/1458',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('scan-normalizer', 3),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '4',
        args: ['uwsgi', '--ini', '/etc/uwsgi/uwsgi.ini', '--memory-report'],
        env: {
          UWSGI_PROCESSES: '4',
          FLASK_ENV: 'production',
        },
        mounts: [{ volume: 'uwsgi-ini', path: '/etc/uwsgi' }],
      },
    ],
    volumes: [{ name: 'uwsgi-ini', configMap: 'scan-normalizer-uwsgi' }],
    rollout: {
      minutesAgo: 94,
      previousTag: '2.2.9',
      addedEnv: { MAX_SCAN_DPI: '600', PIL_MAX_IMAGE_PIXELS: '400000000' },
    },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container scan-normalizer in pod scan-normalizer-5b7f9c8d6-x9kqp',
        count: 6,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '[uWSGI] getting INI configuration from /etc/uwsgi/uwsgi.ini',
      '*** Starting uWSGI 2.0.26 (64bit) on [Wed Feb 11 08:19:02 2026] ***',
      'compiled with version: 12.2.0 on 14 June 2024 09:12:33',
      'os: Linux-6.1.112-124.190.amzn2023.x86_64 #1 SMP PREEMPT_DYNAMIC Tue Oct 22 22:51:08 UTC 2024',
      'nodename: scan-normalizer-5b7f9c8d6-x9kqp',
      'machine: x86_64',
      'clock source: unix',
      'detected number of CPU cores: 32',
      'current working directory: /app',
      'detected binary path: /usr/local/bin/uwsgi',
      'your memory page size is 4096 bytes',
      'detected max file descriptor number: 1048576',
      'lock engine: pthread robust mutexes',
      'thunder lock: disabled (you can enable it with --thunder-lock)',
      'uwsgi socket 0 bound to TCP address :8000 fd 3',
      'Python version: 3.10.14 (main, Jun 13 2024, 09:41:12) [GCC 12.2.0]',
      '*** Python threads support is disabled. You can enable it with --enable-threads ***',
      'Python main interpreter initialized at 0x55d7c1e0a4b0',
      'your server socket listen backlog is limited to 100 connections',
      'your mercy for graceful operations on workers is 60 seconds',
      'mapped 364600 bytes (356 KB) for 4 cores',
      '*** Operational MODE: preforking ***',
      "WSGI app 0 (mountpoint='') ready in 2 seconds on interpreter 0x55d7c1e0a4b0 pid: 1 (default app)",
      'spawned uWSGI master process (pid: 1)',
      'spawned uWSGI worker 1 (pid: 14, cores: 1)',
      'spawned uWSGI worker 2 (pid: 15, cores: 1)',
      'spawned uWSGI worker 3 (pid: 16, cores: 1)',
      'spawned uWSGI worker 4 (pid: 17, cores: 1)',
      times(28, (i) => {
        const w = i % 4;
        const big = i % 3 !== 1;
        const rss = big ? 548 + ((i * 37) % 90) : 182 + ((i * 11) % 30) + (i > 8 ? 380 : 0);
        return `{address space usage: ${(1402118144 + w * 20480000 + i * 409600).toString()} bytes/${Math.round((1402118144 + w * 20480000 + i * 409600) / 1048576)}MB} {rss usage: ${rss * 1048576} bytes/${rss}MB} [pid: ${14 + w}|app: 0|req: ${Math.floor(i / 4) + 1}/${i + 1}] 10.42.${(i % 3) + 1}.${7 + i} () {36 vars in 544 bytes} [Wed Feb 11 08:${dd(19 + Math.floor((20 + i * 19) / 60))}:${dd(20 + i * 19)} 2026] POST /v1/scans/normalize?dpi=${big ? 600 : 300} => generated ${big ? 71233 + i * 311 : 18233 + i * 97} bytes in ${big ? 6140 + ((i * 131) % 2200) : 2140 + ((i * 71) % 600)} msecs (HTTP/1.1 200) 3 headers in 104 bytes (1 switches on core 0)`;
      }),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    // Right: automemlimit sets GOMEMLIMIT to 90 % of the limit; a new partner doubled the quote streams.
    id: 'fiftyseventh-grpc-fanout-more-streams',
    family: 'runtime-share',
    source: 'https://github.com/KimMachineGun/automemlimit',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('quote-fanout', '2026-02-11T08:18:37Z', 2),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { AUTOMEMLIMIT: '0.9', GOGC: '100', GRPC_LISTEN_ADDR: ':9090', FANOUT_SEND_QUEUE: '512' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'QuoteFanoutOOMKilled: quote-fanout OOMKilled 2 times since 07:55 on 3 of 4 replicas; grpc_server_started_total{grpc_type="server_stream"} streams open per pod 9,800 (7d ago 4,700)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"time":"2026-02-11T07:55:02.118233Z","level":"INFO","msg":"maxprocs: Updating GOMAXPROCS=2: determined from CPU quota"}',
      '{"time":"2026-02-11T07:55:02.118402Z","level":"INFO","msg":"GOMEMLIMIT is updated","package":"github.com/KimMachineGun/automemlimit/memlimit","GOMEMLIMIT":1932735283,"previous":9223372036854775807}',
      '{"time":"2026-02-11T07:55:02.119011Z","level":"INFO","msg":"quote-fanout starting","version":"3.8.2","go":"go1.21.13"}',
      '{"time":"2026-02-11T07:55:02.402113Z","level":"INFO","msg":"grpc server listening","addr":":9090"}',
      times(
        22,
        (i) =>
          `{"time":"2026-02-11T${i < 5 ? '07' : '08'}:${dd(i < 5 ? 56 + i : i - 5)}:00.${ms(100 + i * 13)}113Z","level":"INFO","msg":"fanout stats","streams":${4100 + Math.min(i, 14) * 410 + (i % 3) * 17},"partners":{"internal":${4020 + (i % 4) * 9},"broker-xp":${Math.max(0, Math.min(i, 14) * 410 - 20)}},"quotes_per_sec":${81200 + (i % 5) * 611},"heap_inuse_mb":${Math.min(1840, 980 + Math.min(i, 14) * 58 + (i % 3) * 11)},"gc_cpu_fraction":${(0.04 + Math.max(0, i - 10) * 0.031).toFixed(3)},"dropped_slow_consumers":0}`,
      ),
      '{"time":"2026-02-11T08:17:41.902113Z","level":"INFO","msg":"market open burst","quotes_per_sec":214118}',
    ),
    currentLog: log(
      '{"time":"2026-02-11T08:18:37.702113Z","level":"INFO","msg":"maxprocs: Updating GOMAXPROCS=2: determined from CPU quota"}',
      '{"time":"2026-02-11T08:18:37.702402Z","level":"INFO","msg":"GOMEMLIMIT is updated","package":"github.com/KimMachineGun/automemlimit/memlimit","GOMEMLIMIT":1932735283,"previous":9223372036854775807}',
      '{"time":"2026-02-11T08:18:37.703011Z","level":"INFO","msg":"quote-fanout starting","version":"3.8.2","go":"go1.21.13"}',
      '{"time":"2026-02-11T08:18:37.904113Z","level":"INFO","msg":"grpc server listening","addr":":9090"}',
      times(
        11,
        (i) =>
          `{"time":"2026-02-11T08:${dd(19 + i)}:00.${ms(200 + i * 17)}113Z","level":"INFO","msg":"fanout stats","streams":${Math.min(9810, 2100 + i * 1400)},"partners":{"internal":${Math.min(4060, 1200 + i * 600)},"broker-xp":${Math.min(5750, 900 + i * 800)}},"quotes_per_sec":${118200 - i * 2111},"heap_inuse_mb":${Math.min(1790, 610 + i * 160)},"gc_cpu_fraction":${(0.03 + Math.max(0, i - 6) * 0.04).toFixed(3)},"dropped_slow_consumers":0}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: each prefork child loads the approved larger embedding model; four of them no longer fit.
    id: 'fiftyseventh-celery-prefork-larger-embedding-model',
    family: 'oom-new-model',
    source: 'https://github.com/celery/celery/issues/1628',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('embed-worker', 3),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: [
          'celery',
          '-A',
          'search',
          'worker',
          '-Q',
          'embed',
          '--concurrency=4',
          '--prefetch-multiplier=1',
          '-l',
          'INFO',
        ],
        env: {
          HF_HOME: '/models/hf',
          TOKENIZERS_PARALLELISM: 'false',
          OMP_NUM_THREADS: '1',
        },
        mounts: [{ volume: 'models', path: '/models' }],
      },
    ],
    volumes: [{ name: 'models', persistentVolumeClaim: 'search-models' }],
    rollout: {
      minutesAgo: 93,
      previousTag: '2.2.3',
      addedEnv: { EMBED_MODEL: 'intfloat/multilingual-e5-large' },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container embed-worker in pod embed-worker-6c8d7f9b5-q2mlx',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      ' ',
      ' -------------- celery@embed-worker-6c8d7f9b5-q2mlx v5.3.6 (emerald-rush)',
      '--- ***** ----- ',
      '-- ******* ---- Linux-6.1.112-124.190.amzn2023.x86_64-x86_64-with-glibc2.36 2026-02-11 08:20:41',
      '- *** --- * --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         search:0x7f3b2c1e5a90',
      '- ** ---------- .> transport:   amqp://search:**@rabbitmq.messaging.svc:5672//',
      '- ** ---------- .> results:     disabled://',
      '- *** --- * --- .> concurrency: 4 (prefork)',
      '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
      '--- ***** ----- ',
      ' -------------- [queues]',
      '                .> embed            exchange=embed(direct) key=embed',
      '',
      '',
      '[tasks]',
      '  . search.tasks.embed_documents',
      '',
      '[2026-02-11 08:20:42,902: INFO/MainProcess] Connected to amqp://search:**@rabbitmq.messaging.svc:5672//',
      '[2026-02-11 08:20:42,918: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-02-11 08:20:43,944: INFO/MainProcess] mingle: sync with 3 nodes',
      '[2026-02-11 08:20:43,944: INFO/MainProcess] mingle: sync complete',
      '[2026-02-11 08:20:43,981: INFO/MainProcess] celery@embed-worker-6c8d7f9b5-q2mlx ready.',
      times(
        4,
        (i) =>
          `[2026-02-11 08:20:${dd(44 + i)},${ms(118 + i * 7)}: INFO/MainProcess] Task search.tasks.embed_documents[${(0x3f1e2d4c + i * 4099).toString(16)}-2b7a-4c1d-9e8f-${(0x5a6b7c8d9e0f + i).toString(16)}] received\n[2026-02-11 08:20:${dd(44 + i)},${ms(204 + i * 7)}: INFO/ForkPoolWorker-${i + 1}] loading embedding model intfloat/multilingual-e5-large (560M parameters, previous model intfloat/multilingual-e5-base 278M) on cpu`,
      ),
      times(
        3,
        (i) =>
          `[2026-02-11 08:21:${dd(9 + i * 4)},${ms(402 + i * 37)}: INFO/ForkPoolWorker-${i + 1}] model loaded in ${(24.1 + i * 3.2).toFixed(1)}s, rss=${(1.44 + i * 0.03).toFixed(2)} GiB\n[2026-02-11 08:21:${dd(12 + i * 4)},${ms(611 + i * 41)}: INFO/ForkPoolWorker-${i + 1}] Task search.tasks.embed_documents[${(0x3f1e2d4c + i * 4099).toString(16)}-2b7a-4c1d-9e8f-${(0x5a6b7c8d9e0f + i).toString(16)}] succeeded in ${(27.9 + i * 3.4).toFixed(3)}s: {'embedded': 64, 'index': 'catalog-v9'}`,
      ),
      times(
        9,
        (i) =>
          `[2026-02-11 08:21:${dd(24 + i * 3)},${ms(118 + i * 73)}: INFO/MainProcess] Task search.tasks.embed_documents[${(0x4a2b3c4d + i * 6007).toString(16)}-1c2d-4e5f-8a9b-${(0x6b7c8d9e0f1a + i).toString(16)}] received\n[2026-02-11 08:21:${dd(25 + i * 3)},${ms(902 + i * 17)}: INFO/ForkPoolWorker-${(i % 3) + 1}] Task search.tasks.embed_documents[${(0x4a2b3c4d + i * 6007).toString(16)}-1c2d-4e5f-8a9b-${(0x6b7c8d9e0f1a + i).toString(16)}] succeeded in ${(1.7 + (i % 4) * 0.3).toFixed(3)}s: {'embedded': 64, 'index': 'catalog-v9'}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },

  // ================================================================ memory raises wrong (20)
  {
    // Wrong: PHP's own memory_limit (256M on the command line) stops the export job; the container has room.
    id: 'fiftyseventh-horizon-php-memory-limit-flag',
    family: 'heap-cap',
    source: 'https://github.com/laravel/horizon/issues/246',
    signal: 'Alert',
    containers: [
      {
        name: 'horizon',
        running: { startedAt: '2026-02-11T07:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['php', '-d', 'memory_limit=256M', 'artisan', 'horizon'],
        env: {
          APP_ENV: 'production',
          QUEUE_CONNECTION: 'redis',
          REDIS_HOST: 'queue-redis.data.svc',
          HORIZON_MEMORY: '512',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HorizonFailedJobsSpike: 37 App\\Jobs\\BuildTenantExport jobs failed in 15m on queue exports (supervisor-exports); container memory 412Mi of 2Gi',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '',
      '   INFO  Horizon started successfully.',
      '',
      times(
        30,
        (i) =>
          `  2026-02-11 08:${dd(10 + Math.floor(i / 3))}:${dd(i * 7)} ${['App\\Jobs\\SendInvoiceReminder', 'App\\Jobs\\SyncStripeCustomer', 'App\\Jobs\\RecalculateUsage'][i % 3]} ${'.'.repeat(24 - (i % 3) * 2)} ${i % 2 === 0 ? 'RUNNING' : `${(180 + ((i * 53) % 900)).toFixed(2)}ms DONE`}`,
      ),
      '  2026-02-11 08:20:11 App\\Jobs\\BuildTenantExport .............................. RUNNING',
      'PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php on line 1237',
      '',
      '   Symfony\\Component\\ErrorHandler\\Error\\FatalError ',
      '',
      '  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes)',
      '',
      '  at vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php:1237',
      '    1233▕      */',
      '    1234▕     public function newInstance($attributes = [], $exists = false)',
      '    1235▕     {',
      '    1236▕         // This method just provides a convenient way for us to generate fresh model',
      '  ➜ 1237▕         $model = new static;',
      '',
      times(
        9,
        (i) =>
          `  2026-02-11 08:${dd(21 + Math.floor(i / 2))}:${dd(14 + i * 11)} ${['App\\Jobs\\SendInvoiceReminder', 'App\\Jobs\\RecalculateUsage', 'App\\Jobs\\SyncStripeCustomer'][i % 3]} ${'.'.repeat(22)} ${(201 + ((i * 61) % 700)).toFixed(2)}ms DONE`,
      ),
      '  2026-02-11 08:25:11 App\\Jobs\\BuildTenantExport .............................. RUNNING',
      'PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 12288 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php on line 423',
      '  2026-02-11 08:26:41 App\\Jobs\\BuildTenantExport .............................. 1s FAIL',
      '',
      '   Illuminate\\Queue\\MaxAttemptsExceededException ',
      '',
      '  App\\Jobs\\BuildTenantExport has been attempted too many times or run too long. The job may have previously timed out.',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the per-node query limit and the heap are set in the mounted config; the container has 8Gi to spare.
    id: 'fiftyseventh-presto-worker-per-node-query-limit',
    family: 'heap-cap',
    source: 'https://github.com/prestodb/presto/issues/21190',
    signal: 'Alert',
    containers: [
      {
        name: 'presto-worker',
        running: { startedAt: '2026-02-11T07:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '20Gi',
        memoryRequest: '20Gi',
        cpuLimit: '8',
        mounts: [{ volume: 'presto-etc', path: '/opt/presto-server/etc' }],
      },
    ],
    volumes: [{ name: 'presto-etc', configMap: 'presto-worker-etc' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PrestoQueryFailures: 14 queries failed with EXCEEDED_LOCAL_MEMORY_LIMIT in 30m (user finance-etl, catalog hive); presto-worker-3 container working set 11.2GiB of 20GiB',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:33.118Z\tINFO\tmain\tcom.facebook.airlift.log.Logging\tLogging to stderr',
      '2026-02-11T07:00:33.402Z\tINFO\tmain\tBootstrap\tPROPERTY                                  DEFAULT     RUNTIME     DESCRIPTION',
      '2026-02-11T07:00:33.402Z\tINFO\tmain\tBootstrap\tquery.max-memory-per-node                 3.60GB      4GB         Maximum amount of user memory a query can use on a worker',
      '2026-02-11T07:00:33.402Z\tINFO\tmain\tBootstrap\tquery.max-total-memory-per-node           3.60GB      5GB         Maximum amount of user and system memory a query can use on a worker',
      '2026-02-11T07:00:33.402Z\tINFO\tmain\tBootstrap\tmemory.heap-headroom-per-node             3.60GB      3.60GB      The amount of heap memory to set aside as headroom/buffer (e.g., for untracked allocations)',
      '2026-02-11T07:00:34.004Z\tINFO\tmain\tcom.facebook.presto.server.PluginManager\t-- Loading plugin /opt/presto-server/plugin/hive-hadoop2 --',
      '2026-02-11T07:00:36.211Z\tINFO\tmain\tcom.facebook.presto.server.PluginManager\t-- Finished loading plugin /opt/presto-server/plugin/hive-hadoop2 --',
      '2026-02-11T07:00:41.902Z\tINFO\tmain\tcom.facebook.presto.memory.LocalMemoryManager\tMax heap size: 12.00GB, general pool: 8.40GB, reserved pool: 0B (disabled), heap headroom: 3.60GB',
      '2026-02-11T07:00:44.118Z\tINFO\tmain\tcom.facebook.presto.server.PrestoServer\t======== SERVER STARTED ========',
      times(
        26,
        (i) =>
          `2026-02-11T08:${dd(2 + i)}:${dd(i * 13)}.${ms(118 + i * 41)}Z\tINFO\tTask-20260211_08${dd(2 + i)}${dd(i * 3)}_${String(221 + i).padStart(5, '0')}_x7kqp.${1 + (i % 3)}.0.${i % 4}-${4100 + i}\tcom.facebook.presto.execution.SqlTaskExecution\tTask 20260211_08${dd(2 + i)}${dd(i * 3)}_${String(221 + i).padStart(5, '0')}_x7kqp.${1 + (i % 3)}.0.${i % 4} finished in ${(2.1 + ((i * 37) % 90) / 10).toFixed(2)}s, input ${(41 + i * 3) * 1000000} bytes`,
      ),
      '2026-02-11T08:21:33.402Z\tERROR\tremote-task-callback-12\tcom.facebook.presto.execution.StageExecutionStateMachine\tStage execution 20260211_082114_00231_x7kqp.2.0 failed',
      'com.facebook.presto.ExceededMemoryLimitException: Query exceeded per-node total memory limit of 5GB [Allocated: 4.99GB, Delta: 24.00MB, Top Consumers: {HashBuilderOperator=4.71GB, ScanFilterAndProjectOperator=151.10MB, ExchangeOperator=88.02MB}]',
      '\tat com.facebook.presto.ExceededMemoryLimitException.exceededLocalTotalMemoryLimit(ExceededMemoryLimitException.java:53)',
      '\tat com.facebook.presto.memory.QueryContext.enforceTotalMemoryLimit(QueryContext.java:490)',
      '\tat com.facebook.presto.memory.QueryContext.updateSystemMemory(QueryContext.java:228)',
      '\tat com.facebook.presto.memory.QueryContext$QueryMemoryReservationHandler.reserveMemory(QueryContext.java:446)',
      '\tat com.facebook.presto.memory.context.RootAggregatedMemoryContext.updateBytes(RootAggregatedMemoryContext.java:37)',
      '\tat com.facebook.presto.memory.context.ChildAggregatedMemoryContext.updateBytes(ChildAggregatedMemoryContext.java:38)',
      '\tat com.facebook.presto.operator.HashBuilderOperator.updateIndex(HashBuilderOperator.java:512)',
      '2026-02-11T08:26:02.118Z\tERROR\tremote-task-callback-3\tcom.facebook.presto.execution.StageExecutionStateMachine\tStage execution 20260211_082540_00240_x7kqp.3.0 failed',
      'com.facebook.presto.ExceededMemoryLimitException: Query exceeded per-node user memory limit of 4GB [Allocated: 3.99GB, Delta: 16.00MB, Top Consumers: {HashAggregationOperator=3.62GB, ExchangeOperator=201.44MB}]',
      '\tat com.facebook.presto.ExceededMemoryLimitException.exceededLocalUserMemoryLimit(ExceededMemoryLimitException.java:40)',
      '\tat com.facebook.presto.memory.QueryContext.enforceUserMemoryLimit(QueryContext.java:505)',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: -Xmx2g is fixed; the GC log shows the heap full of live sessions after every full collection.
    id: 'fiftyseventh-payara-fixed-heap-live-sessions',
    family: 'oom-leak',
    source: 'https://github.com/payara/Payara/issues/2960',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'payara',
        running: { startedAt: '2026-02-11T08:06:12Z' },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 2,
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JVM_ARGS: '-Xms2g -Xmx2g -Xlog:gc:stdout:time',
          MEM_MAX_RAM_PERCENTAGE: '70',
          DEPLOY_PROPS: '--contextroot=/portal',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.2.18:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 9,
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Container payara failed liveness probe, will be restarted', count: 2 },
    ],
    previousLog: log(
      '[2026-02-11T07:15:41.118+0000] [Payara 6.2024.12] [INFO] [NCLS-CORE-00087] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [[ Grizzly 4.0.2 started in: 41ms - bound to [/0.0.0.0:8080]]]',
      '[2026-02-11T07:15:49.902+0000] [Payara 6.2024.12] [INFO] [AS-WEB-GLUE-00172] [javax.enterprise.web] [tid: _ThreadID=63 _ThreadName=RunLevelControllerThread-1770794149201] [[ Loading application [member-portal] at [/portal]]]',
      '[2026-02-11T07:15:50.211+0000] [Payara 6.2024.12] [INFO] [NCLS-CORE-00022] [javax.enterprise.system.core] [tid: _ThreadID=63 _ThreadName=RunLevelControllerThread-1770794149201] [[ Loading application member-portal done in 8,402 ms]]',
      times(24, (i) =>
        i % 3 === 2
          ? `[2026-02-11T07:${dd(18 + Math.floor(i * 1.8))}:00.${ms(118 + i * 3)}+0000] [Payara 6.2024.12] [INFO] [] [com.acme.portal.SessionAudit] [tid: _ThreadID=88 _ThreadName=session-audit] [[ sessions active=${(6210 + i * 1620).toLocaleString('en-US')} created/min=${300 + (i % 5) * 7} destroyed/min=0 maxInactiveInterval=-1]]`
          : `[2026-02-11T07:${dd(18 + Math.floor(i * 1.8))}:${dd(11 + i * 5)}.${ms(402 + i * 17)}+0000][info][gc] GC(${211 + i * 9}) Pause ${i > 19 ? 'Full (G1 Compaction Pause)' : 'Young (Normal) (G1 Evacuation Pause)'} ${Math.min(2046, 720 + i * 62)}M->${Math.min(2039, 610 + i * 61)}M(2048M) ${i > 19 ? (2811.4 + i * 41).toFixed(3) : (18.2 + (i % 7) * 3.1).toFixed(3)}ms`,
      ),
      '[2026-02-11T08:04:40.902+0000][info][gc] GC(440) Pause Full (G1 Compaction Pause) 2047M->2041M(2048M) 3402.118ms',
      '[2026-02-11T08:04:44.611+0000] [Payara 6.2024.12] [WARNING] [] [org.glassfish.grizzly.filterchain.DefaultFilterChain] [tid: _ThreadID=112 _ThreadName=http-thread-pool::http-listener-1(17)] [[ GRIZZLY0013: Exception during FilterChain execution',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.HashMap.resize(HashMap.java:710)',
      '\tat org.apache.catalina.session.ManagerBase.add(ManagerBase.java:725)',
      ']]',
      '[2026-02-11T08:05:21.118+0000][info][gc] GC(446) Pause Full (G1 Compaction Pause) 2047M->2043M(2048M) 3611.902ms',
    ),
    currentLog: log(
      '[2026-02-11T08:06:31.118+0000] [Payara 6.2024.12] [INFO] [NCLS-CORE-00087] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [[ Grizzly 4.0.2 started in: 39ms - bound to [/0.0.0.0:8080]]]',
      '[2026-02-11T08:06:40.211+0000] [Payara 6.2024.12] [INFO] [NCLS-CORE-00022] [javax.enterprise.system.core] [tid: _ThreadID=63 _ThreadName=RunLevelControllerThread-1770797191201] [[ Loading application member-portal done in 8,118 ms]]',
      times(22, (i) =>
        i % 3 === 2
          ? `[2026-02-11T08:${dd(8 + i)}:00.${ms(118 + i * 3)}+0000] [Payara 6.2024.12] [INFO] [] [com.acme.portal.SessionAudit] [tid: _ThreadID=88 _ThreadName=session-audit] [[ sessions active=${(4120 + i * 820).toLocaleString('en-US')} created/min=${298 + (i % 5) * 6} destroyed/min=0 maxInactiveInterval=-1]]`
          : `[2026-02-11T08:${dd(8 + i)}:${dd(21 + i * 3)}.${ms(211 + i * 13)}+0000][info][gc] GC(${31 + i * 7}) Pause Young (Normal) (G1 Evacuation Pause) ${480 + i * 38}M->${402 + i * 36}M(2048M) ${(14.1 + (i % 6) * 2.4).toFixed(3)}ms`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: acks_late redelivers one 48,000-page scan to every OCR worker, and it kills each one.
    id: 'fiftyseventh-celery-redelivered-scan-kills-workers',
    family: 'poison-message',
    source: 'https://github.com/vintasoftware/django-react-boilerplate/issues/576',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('ocr-worker', 5),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: [
          'celery',
          '-A',
          'docflow',
          'worker',
          '-Q',
          'ocr',
          '--concurrency=4',
          '--max-memory-per-child=1500000',
          '-l',
          'INFO',
        ],
        env: {
          CELERY_TASK_ACKS_LATE: 'true',
          CELERY_TASK_REJECT_ON_WORKER_LOST: 'true',
          TESSDATA_PREFIX: '/usr/share/tesseract-ocr/5/tessdata',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CeleryWorkersOOMKilled: 3 of 3 ocr-worker pods OOMKilled 14 times since 07:38; queue ocr 1 unacked, 2,114 ready',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ocr-worker in pod ocr-worker-5f9c7d8b46-h6v2r',
        count: 8,
        type: 'Warning',
      },
    ],
    previousLog: log(
      ' ',
      ' -------------- celery@ocr-worker-5f9c7d8b46-h6v2r v5.3.6 (emerald-rush)',
      '--- ***** ----- ',
      '-- ******* ---- Linux-6.1.112-124.190.amzn2023.x86_64-x86_64-with-glibc2.36 2026-02-11 08:21:52',
      '- *** --- * --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         docflow:0x7f6a1b2c3d40',
      '- ** ---------- .> transport:   amqp://docflow:**@rabbitmq.messaging.svc:5672//',
      '- ** ---------- .> results:     redis://docflow-results.data.svc:6379/1',
      '- *** --- * --- .> concurrency: 4 (prefork)',
      '-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)',
      '--- ***** ----- ',
      ' -------------- [queues]',
      '                .> ocr              exchange=ocr(direct) key=ocr',
      '',
      '[tasks]',
      '  . docflow.ocr.extract_pages',
      '  . docflow.ocr.classify',
      '',
      '[2026-02-11 08:21:53,902: INFO/MainProcess] Connected to amqp://docflow:**@rabbitmq.messaging.svc:5672//',
      '[2026-02-11 08:21:54,981: INFO/MainProcess] celery@ocr-worker-5f9c7d8b46-h6v2r ready.',
      '[2026-02-11 08:21:55,004: INFO/MainProcess] Task docflow.ocr.extract_pages[7f3e0a91-5c2d-4b8e-9a1f-2e6d4c8b0a17] received',
      '[2026-02-11 08:21:55,118: INFO/ForkPoolWorker-1] extract_pages doc_id=d-88213-20260211-0714 tenant=harbor-logistics source=s3://docflow-inbox/harbor-logistics/archive-2019-2025.pdf pages=48211 size=9.1 GB',
      times(
        14,
        (i) =>
          `[2026-02-11 08:${dd(21 + Math.floor((56 + i * 9) / 60))}:${dd(56 + i * 9)},${ms(211 + i * 37)}: INFO/MainProcess] Task docflow.ocr.${i % 2 ? 'classify' : 'extract_pages'}[${(0x1a2b3c4d + i * 5003).toString(16)}-6e7f-4a8b-9c0d-${(0x1e2f3a4b5c6d + i).toString(16)}] received\n[2026-02-11 08:${dd(21 + Math.floor((58 + i * 9) / 60))}:${dd(58 + i * 9)},${ms(402 + i * 41)}: INFO/ForkPoolWorker-${(i % 3) + 2}] Task docflow.ocr.${i % 2 ? 'classify' : 'extract_pages'}[${(0x1a2b3c4d + i * 5003).toString(16)}-6e7f-4a8b-9c0d-${(0x1e2f3a4b5c6d + i).toString(16)}] succeeded in ${(1.2 + (i % 5) * 0.9).toFixed(3)}s: ${i % 2 ? "{'label': 'invoice'}" : `{'pages': ${2 + (i % 7)}}`}`,
      ),
      '[2026-02-11 08:24:12,402: INFO/ForkPoolWorker-1] extract_pages doc_id=d-88213-20260211-0714 rasterized 12000/48211 pages',
      '[2026-02-11 08:25:40,118: INFO/ForkPoolWorker-1] extract_pages doc_id=d-88213-20260211-0714 rasterized 18000/48211 pages',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: Lifeline rescues the orphaned archive job every hour and each node that runs it dies.
    id: 'fiftyseventh-oban-rescued-archive-job',
    family: 'poison-message',
    source: 'https://github.com/OpenFn/lightning/issues/2636',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('billing', '2026-02-11T08:12:58Z', 1),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          PHX_SERVER: 'true',
          POOL_SIZE: '20',
          RELEASE_COOKIE: 'from-secret',
          OBAN_QUEUES: 'default:10,exports:2,mailers:5',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: billing OOMKilled on billing-7c4d9b8f6-p8xnd at 06:10:52, billing-7c4d9b8f6-k2wqz at 07:11:40 and billing-7c4d9b8f6-t5m7c at 08:12:41; oban_jobs executing in queue exports: 1 (attempt 3 of 20)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '07:00:14.118 [info] Running BillingWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '07:00:14.120 [info] Access BillingWeb.Endpoint at https://billing.acme.io',
      times(
        26,
        (i) =>
          `{"args":{"${['invoice_id', 'customer_id', 'email_id'][i % 3]}":${88120 + i * 37}},"attempt":1,"duration":${4211 + ((i * 7919) % 90000)},"event":"job:stop","id":${4411802 + i * 3},"max_attempts":20,"meta":{},"queue":"${['default', 'default', 'mailers'][i % 3]}","queue_time":${1201 + (i % 9) * 311},"source":"oban","state":"success","tags":[],"worker":"${['Billing.Workers.RenderInvoice', 'Billing.Workers.SyncCustomer', 'Billing.Workers.DeliverEmail'][i % 3]}"}`,
      ),
      '{"discarded_count":0,"duration":8211,"event":"plugin:stop","plugin":"Oban.Plugins.Lifeline","rescued_count":1,"source":"oban"}',
      '{"args":{"account_id":88213,"year":2025,"format":"zip"},"attempt":3,"event":"job:start","id":4398120,"max_attempts":20,"meta":{},"queue":"exports","source":"oban","system_time":1770797520118233000,"tags":["annual-statement"],"worker":"Billing.Workers.AnnualStatementArchive"}',
      '08:12:01.402 [info] annual_statement_archive account_id=88213 year=2025 statements=41211 building zip in memory',
      '08:12:33.118 [info] annual_statement_archive account_id=88213 rendered 12000/41211 statements (zip 611 MB)',
    ),
    currentLog: log(
      '08:13:01.902 [info] Running BillingWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '08:13:01.904 [info] Access BillingWeb.Endpoint at https://billing.acme.io',
      times(
        30,
        (i) =>
          `{"args":{"${['invoice_id', 'customer_id', 'email_id'][i % 3]}":${88320 + i * 41}},"attempt":1,"duration":${3811 + ((i * 6151) % 80000)},"event":"job:stop","id":${4412302 + i * 3},"max_attempts":20,"meta":{},"queue":"${['default', 'default', 'mailers'][i % 3]}","queue_time":${1102 + (i % 8) * 287},"source":"oban","state":"success","tags":[],"worker":"${['Billing.Workers.RenderInvoice', 'Billing.Workers.SyncCustomer', 'Billing.Workers.DeliverEmail'][i % 3]}"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: a SQL Lab query with no limit pulls 13 million rows into one prefork child; the kernel kills the child.
    id: 'fiftyseventh-superset-worker-unlimited-sqllab-query',
    family: 'export-whole-set',
    source: 'https://github.com/apache/superset/issues/3442',
    signal: 'Alert',
    containers: [
      {
        name: 'superset-worker',
        running: { startedAt: '2026-02-11T07:00:22Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        args: [
          'celery',
          '--app=superset.tasks.celery_app:app',
          'worker',
          '--pool=prefork',
          '-O',
          'fair',
          '-c',
          '4',
        ],
        env: { SUPERSET_CONFIG_PATH: '/app/pythonpath/superset_config.py' },
        mounts: [{ volume: 'superset-config', path: '/app/pythonpath' }],
      },
    ],
    volumes: [{ name: 'superset-config', secret: 'superset-config' }],
    rollout: { minutesAgo: 97, addedEnv: { GUNICORN_TIMEOUT: '120' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMEvents: container_oom_events_total{container="superset-worker"} increased by 4 in 30m; sqllab queries in state failed 4',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:00:31,902: INFO/MainProcess] Connected to redis://superset-redis-headless:6379/0',
      '[2026-02-11 07:00:32,981: INFO/MainProcess] celery@superset-worker-6b8d9c7f5-2jwqk ready.',
      times(
        24,
        (i) =>
          `[2026-02-11 08:${dd(1 + i)}:${dd(4 + i * 7)},${ms(118 + i * 41)}: INFO/MainProcess] Task ${['superset.tasks.cache.cache_warmup', 'superset.tasks.scheduler.execute', 'sql_lab.get_sql_results'][i % 3]}[${(0x2c1d4e3f + i * 7001).toString(16)}-8a9b-4c0d-9e1f-${(0x2a3b4c5d6e7f + i).toString(16)}] received\n[2026-02-11 08:${dd(1 + i)}:${dd(9 + i * 7)},${ms(402 + i * 23)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task ${['superset.tasks.cache.cache_warmup', 'superset.tasks.scheduler.execute', 'sql_lab.get_sql_results'][i % 3]}[${(0x2c1d4e3f + i * 7001).toString(16)}-8a9b-4c0d-9e1f-${(0x2a3b4c5d6e7f + i).toString(16)}] succeeded in ${(0.8 + (i % 6) * 1.3).toFixed(3)}s: None`,
      ),
      '[2026-02-11 08:21:14,118: INFO/MainProcess] Task sql_lab.get_sql_results[5e1f0a3c-7b2d-4c8e-9f1a-0d2c4b6a8e11] received',
      '[2026-02-11 08:21:14,140: INFO/ForkPoolWorker-3] query_logger: user=ana.r database=trino-analytics schema=payments limit=none ctas=False sql="SELECT * FROM fact_payments WHERE settled_at >= DATE \'2025-01-01\'"',
      '[2026-02-11 08:21:14,141: INFO/ForkPoolWorker-3] Query 84213: Executing 1 statement(s)',
      "[2026-02-11 08:21:14,141: INFO/ForkPoolWorker-3] Query 84213: Set query to 'running'",
      '[2026-02-11 08:21:14,402: INFO/ForkPoolWorker-3] Query 84213: Running statement 1 out of 1',
      times(
        6,
        (i) =>
          `[2026-02-11 08:21:${dd(20 + i * 9)},${ms(211 + i * 31)}: INFO/ForkPoolWorker-3] Query 84213 progress: ${Math.min(2411, 310 + i * 420)} / 2411 splits`,
      ),
      '[2026-02-11 08:22:41,902: INFO/ForkPoolWorker-3] Query 84213: fetching results, 13,402,118 rows, 61 columns',
      "[2026-02-11 08:23:55,118: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:418 exited with 'signal 9 (SIGKILL)'",
      "[2026-02-11 08:23:55,140: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 117.')",
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.10/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost',
      '    raise WorkerLostError(',
      'billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 117.',
      '[2026-02-11 08:26:02,211: INFO/MainProcess] Task sql_lab.get_sql_results[8a2c4e6f-1b3d-4f5a-8c7e-9d0b2a4c6e13] received',
      '[2026-02-11 08:26:02,233: INFO/ForkPoolWorker-5] query_logger: user=ana.r database=trino-analytics schema=payments limit=none ctas=False sql="SELECT * FROM fact_payments WHERE settled_at >= DATE \'2025-01-01\'"',
      '[2026-02-11 08:26:02,234: INFO/ForkPoolWorker-5] Query 84219: Executing 1 statement(s)',
      '[2026-02-11 08:27:31,118: INFO/ForkPoolWorker-5] Query 84219: fetching results, 13,402,118 rows, 61 columns',
      "[2026-02-11 08:28:44,902: ERROR/MainProcess] Process 'ForkPoolWorker-5' pid:611 exited with 'signal 9 (SIGKILL)'",
      "[2026-02-11 08:28:44,921: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 131.')",
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the route splits a 3.1 GB file without streaming; the whole file sits in a 2.25 GB heap.
    id: 'fiftyseventh-camel-split-full-history-file',
    family: 'export-whole-set',
    source: 'https://github.com/assimbly/runtime/issues/580',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('acquirer-import', 3, 4),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          CAMEL_INBOUND_URI:
            'file:/data/inbound?include=.*\\.csv&move=.done&moveFailed=.failed&readLock=changed&sortBy=file:name',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'inbound', path: '/data/inbound' }],
      },
    ],
    volumes: [{ name: 'inbound', persistentVolumeClaim: 'acquirer-inbound' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container acquirer-import in pod acquirer-import-7d6c5b9f84-vn2lx',
        count: 7,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11T08:21:03.118Z  INFO 1 --- [           main] c.a.acquirer.ImportApplication           : Starting ImportApplication v3.4.2 using Java 21.0.5 with PID 1',
      '2026-02-11T08:21:05.402Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   : Apache Camel 4.4.1 (acquirer-import) is starting',
      '2026-02-11T08:21:05.611Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   : Routes startup (started:3)',
      '2026-02-11T08:21:05.611Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started acquirer-file (file:///data/inbound)',
      '2026-02-11T08:21:05.611Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started settlement-line (direct://line)',
      '2026-02-11T08:21:05.612Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   :     Started aggregate-batch (seda://batch)',
      '2026-02-11T08:21:05.612Z  INFO 1 --- [           main] o.a.c.impl.engine.AbstractCamelContext   : Apache Camel 4.4.1 (acquirer-import) started in 210ms (build:0ms init:53ms start:157ms)',
      '2026-02-11T08:21:06.118Z  INFO 1 --- [           main] c.a.acquirer.ImportApplication           : Started ImportApplication in 3.311 seconds (process running for 3.902)',
      '2026-02-11T08:21:06.902Z  INFO 1 --- [/data/inbound] acquirer-file                            : Processing ACQ_ALL_20260210_FULL.csv size=3114907213 acquirer=ALL previous=ACQ_ALL_20260203_FULL.csv size=412118302 lines=2901112 took=52s',
      '2026-02-11T08:21:06.903Z  INFO 1 --- [/data/inbound] acquirer-file                            : Pending in /data/inbound: ACQ_BR_20260210.csv, ACQ_MX_20260210.csv, ACQ_US_20260210.csv, ACQ_US_20260211.csv (4 files, 611 MB)',
      times(
        10,
        (i) =>
          `2026-02-11T08:21:${dd(10 + i * 5)}.${ms(118 + i * 97)}Z  INFO 1 --- [nio-8080-exec-${(i % 4) + 1}] o.s.web.servlet.DispatcherServlet        : GET /actuator/health/liveness 200 ${2 + (i % 3)}ms`,
      ),
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: `worker_processes auto` counts the node's 64 cores under a 2-CPU limit; each worker holds the config.
    id: 'fiftyseventh-kong-workers-from-node-cores',
    family: 'worker-count',
    source: 'https://github.com/supabase-community/supabase-kubernetes/issues/187',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('proxy', 6),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KONG_DATABASE: 'off',
          KONG_DECLARATIVE_CONFIG: '/kong_dbless/kong.yml',
          KONG_NGINX_WORKER_PROCESSES: 'auto',
          KONG_PROXY_LISTEN: '0.0.0.0:8000, 0.0.0.0:8443 http2 ssl',
          KONG_MEM_CACHE_SIZE: '128m',
        },
        mounts: [{ volume: 'kong-config', path: '/kong_dbless' }],
      },
    ],
    volumes: [{ name: 'kong-config', configMap: 'kong-declarative' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned gateway/kong-5c8b7d9f6-q4tzn to ip-10-40-7-212.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container proxy in pod kong-5c8b7d9f6-q4tzn',
        count: 14,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026/02/11 08:24:30 [warn] 1#0: the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /usr/local/kong/nginx.conf:7',
      'nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /usr/local/kong/nginx.conf:7',
      '2026/02/11 08:24:31 [notice] 1#0: using the "epoll" event method',
      '2026/02/11 08:24:31 [notice] 1#0: openresty/1.25.3.1',
      '2026/02/11 08:24:31 [notice] 1#0: OS: Linux 6.1.112-124.190.amzn2023.x86_64',
      '2026/02/11 08:24:31 [notice] 1#0: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      '2026/02/11 08:24:31 [notice] 1#0: start worker processes',
      times(64, (i) => `2026/02/11 08:24:31 [notice] 1#0: start worker process ${1290 + i}`),
      times(
        24,
        (i) =>
          `2026/02/11 08:24:${dd(33 + Math.floor(i / 4))} [notice] ${1290 + i * 2}#0: *${i + 1} [lua] init.lua:259: purge(): [DB cache] purging (local) cache, context: init_worker_by_lua*`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: num_workers follows os.cpu_count() (96) under a 4-CPU limit; each worker copies the dataset.
    id: 'fiftyseventh-torch-dataloader-workers-host-cpus',
    family: 'worker-count',
    source: 'https://github.com/pytorch/pytorch/issues/8976',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('batch-scorer', 3),
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        args: ['python', '-m', 'scorer.nightly', '--batch-size', '512'],
        env: { TORCH_NUM_THREADS: '4', DATALOADER_WORKERS: 'auto', PYTHONUNBUFFERED: '1' },
        mounts: [{ volume: 'features', path: '/data/features' }],
      },
    ],
    volumes: [{ name: 'features', persistentVolumeClaim: 'scorer-features' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container batch-scorer in pod batch-scorer-78c9d6f5b4-j2fpl',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-02-11 08:20:58,118 INFO scorer.nightly: torch 2.1.2+cpu, python 3.10.14, os.cpu_count()=96, cgroup cpu.max=400000 100000',
      '2026-02-11 08:20:58,120 INFO scorer.nightly: DATALOADER_WORKERS=auto -> num_workers=96',
      '2026-02-11 08:21:34,402 INFO scorer.dataset: loaded 18,211,004 listing records into ListingDataset (list of dicts) in 36.2s',
      '2026-02-11 08:21:34,611 INFO scorer.nightly: model ranker-v12 loaded (41.2M parameters)',
      '2026-02-11 08:21:34,612 INFO scorer.nightly: DataLoader(batch_size=512, num_workers=96, persistent_workers=True, prefetch_factor=2, shuffle=False)',
      times(
        18,
        (i) =>
          `2026-02-11 08:${dd(21 + Math.floor((40 + i * 6) / 60))}:${dd(40 + i * 6)},${ms(211 + i * 67)} INFO scorer.nightly: batch ${(i + 1) * 20}/35569 scored in ${(1.9 + (i % 5) * 0.4).toFixed(2)}s (${(2.1 + i * 0.45).toFixed(1)} batches/s)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: cmdstan writes every fit's CSVs under /tmp, a memory-backed emptyDir that outlives container restarts.
    id: 'fiftyseventh-prophet-cmdstan-files-in-tmpfs',
    family: 'tmpfs-fill',
    source: 'https://github.com/facebook/prophet/issues/2253',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('forecast-api', 4, '2m40s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['uvicorn', 'forecast.app:app', '--host', '0.0.0.0', '--port', '8080', '--workers', '2'],
        env: { TMPDIR: '/tmp', PROPHET_STAN_BACKEND: 'CMDSTANPY', FORECAST_HORIZON_DAYS: '28' },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ForecastApiOOMKilled: forecast-api-6f9d8c7b5-zx4kd OOMKilled 4 times since 07:41; container lifetimes 41m, 22m, 11m, 5m',
        on: 'Deployment',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container forecast-api in pod forecast-api-6f9d8c7b5-zx4kd',
        count: 4,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
      times(36, (i) =>
        i % 3 === 2
          ? `INFO:     10.42.${(i % 4) + 1}.${20 + i}:${41022 + i * 7} - "POST /v1/forecast/sku HTTP/1.1" 200 OK`
          : `08:${dd(21 + Math.floor((14 + i * 8) / 60))}:${dd(14 + i * 8)} - cmdstanpy - INFO - Chain [1] ${i % 3 === 0 ? 'start' : 'done'} processing`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // Wrong: each VideoCapture leaves native memory behind; RSS climbs while the Python heap stays flat.
    id: 'fiftyseventh-opencv-videocapture-native-growth',
    family: 'native-leak',
    source: 'https://github.com/opencv/opencv/issues/4956',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('thumbnailer', '2026-02-11T08:05:11Z', 2),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KAFKA_TOPIC: 'video.uploaded',
          OPENCV_LOG_LEVEL: 'WARNING',
          THUMBS_PER_VIDEO: '12',
          PYTHONTRACEMALLOC: '1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: thumbnailer OOMKilled 6 times in 2h across 3 replicas, each about 35 minutes after start',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"event": "consumer started", "topic": "video.uploaded", "group": "thumbnailer", "opencv": "4.9.0", "level": "info", "timestamp": "2026-02-11T07:30:02.118Z"}',
      times(
        46,
        (i) =>
          `{"event": "thumbnails written", "video_id": "v_${(0x7a1b2c + i * 3571).toString(16)}", "frames_sampled": 12, "duration_s": ${(31 + ((i * 53) % 600)).toString()}, "codec": "${['h264', 'hevc', 'h264', 'vp9'][i % 4]}", "rss_mb": ${214 + i * 38 + (i % 3) * 4}, "py_traced_mb": ${(36.2 + (i % 5) * 0.4).toFixed(1)}, "level": "info", "timestamp": "2026-02-11T${at(7, 30, 9 + i * 45)}.${ms(211 + i * 57)}Z"}`,
      ),
    ),
    currentLog: log(
      '{"event": "consumer started", "topic": "video.uploaded", "group": "thumbnailer", "opencv": "4.9.0", "level": "info", "timestamp": "2026-02-11T08:05:13.402Z"}',
      times(
        32,
        (i) =>
          `{"event": "thumbnails written", "video_id": "v_${(0x7c9d1e + i * 3571).toString(16)}", "frames_sampled": 12, "duration_s": ${(28 + ((i * 61) % 580)).toString()}, "codec": "${['h264', 'h264', 'hevc', 'vp9'][i % 4]}", "rss_mb": ${209 + i * 37 + (i % 3) * 5}, "py_traced_mb": ${(35.9 + (i % 4) * 0.5).toFixed(1)}, "level": "info", "timestamp": "2026-02-11T${at(8, 5, 40 + i * 44)}.${ms(118 + i * 61)}Z"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: go-sqlite3 allocates outside the Go heap; RSS climbs at the same slope after every restart.
    id: 'fiftyseventh-go-sqlite-cgo-rss-climb',
    family: 'native-leak',
    source: 'https://github.com/mattn/go-sqlite3/issues/1328',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('edge-config', '2026-02-11T07:58:40Z', 2),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { GOMEMLIMIT: '900MiB', SQLITE_PATH: '/data/edge.db', SYNC_INTERVAL: '15s' },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'edge-config-data' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'EdgeConfigOOMKilled: edge-config OOMKilled 2 times since 07:00 (07:17:55, 07:58:38); container working set climbing ~20MiB/min at flat request rate',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'time=2026-02-11T07:18:02.118Z level=INFO msg="edge-config starting" version=2.9.4 go=go1.21.13 sqlite=3.45.1 driver=github.com/mattn/go-sqlite3',
      'time=2026-02-11T07:18:02.402Z level=INFO msg="opened database" path=/data/edge.db journal_mode=wal max_open_conns=8',
      'time=2026-02-11T07:18:02.404Z level=INFO msg="http listening" addr=:8080',
      times(
        40,
        (i) =>
          `time=2026-02-11T07:${dd(19 + i)}:00.${ms(118 + i * 7)}Z level=INFO msg="runtime stats" heap_alloc_mb=${37 + (i % 5)} heap_sys_mb=${71 + (i % 3)} heap_released_mb=${22 + (i % 4)} gc_cycles=${41 + i * 6} goroutines=${41 + (i % 4)} rss_mb=${204 + i * 20 + (i % 3) * 2} open_conns=${4 + (i % 3)} queries_total=${(18211 + i * 1904).toString()} rps=${31 + (i % 4)}`,
      ),
    ),
    currentLog: log(
      'time=2026-02-11T07:58:41.611Z level=INFO msg="edge-config starting" version=2.9.4 go=go1.21.13 sqlite=3.45.1 driver=github.com/mattn/go-sqlite3',
      'time=2026-02-11T07:58:41.902Z level=INFO msg="opened database" path=/data/edge.db journal_mode=wal max_open_conns=8',
      'time=2026-02-11T07:58:41.904Z level=INFO msg="http listening" addr=:8080',
      times(
        30,
        (i) =>
          `time=2026-02-11T${i < 1 ? '07' : '08'}:${dd(i < 1 ? 59 : i - 1)}:00.${ms(402 + i * 11)}Z level=INFO msg="runtime stats" heap_alloc_mb=${36 + (i % 6)} heap_sys_mb=${70 + (i % 3)} heap_released_mb=${21 + (i % 4)} gc_cycles=${12 + i * 6} goroutines=${40 + (i % 5)} rss_mb=${201 + i * 20 + (i % 3) * 3} open_conns=${4 + (i % 3)} queries_total=${(1904 + i * 1911).toString()} rps=${30 + (i % 5)}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: every job adds a listener that is never removed; V8's heap flag caps the heap below the limit anyway.
    id: 'fiftyseventh-nestjs-bull-listener-per-job',
    family: 'oom-leak',
    source: 'https://github.com/OptimalBits/bull/issues/738',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('notifications-worker', 134, 3, '5m0s'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_OPTIONS: '--max-old-space-size=1536',
          NODE_ENV: 'production',
          REDIS_URL: 'redis://queues-redis.data.svc:6379/3',
          BULL_CONCURRENCY: '8',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container notifications-worker in pod notifications-worker-59c8d7b6f4-rk8mz',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '[Nest] 1  - 02/11/2026, 7:58:02 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 02/11/2026, 7:58:02 AM     LOG [InstanceLoader] BullModule dependencies initialized +14ms',
      '[Nest] 1  - 02/11/2026, 7:58:02 AM     LOG [InstanceLoader] ConfigModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 7:58:02 AM     LOG [InstanceLoader] NotificationsModule dependencies initialized +2ms',
      '[Nest] 1  - 02/11/2026, 7:58:03 AM     LOG [NestApplication] Nest application successfully started +6ms',
      times(
        4,
        (i) =>
          `[Nest] 1  - 02/11/2026, 7:58:${dd(4 + i * 3)} AM     LOG [DigestProcessor] job ${882110 + i} digest:send user=${41200 + i * 7} done in ${311 + i * 41}ms`,
      ),
      '(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 global:completed listeners added to [Queue]. Use emitter.setMaxListeners() to increase limit',
      '(Use `node --trace-warnings ...` to show where the warning was created)',
      '(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 global:failed listeners added to [Queue]. Use emitter.setMaxListeners() to increase limit',
      times(28, (i) =>
        i % 4 === 3
          ? `[Nest] 1  - 02/11/2026, ${i < 8 ? 7 : 8}:${dd(i < 8 ? 59 : Math.floor((i - 8) * 1.2))}:${dd(5 + i * 2)} AM     LOG [MemoryProbe] heapUsed=${212 + i * 47}MB rss=${338 + i * 49}MB jobs_processed=${(4120 + i * 2210).toLocaleString('en-US')} queue_listeners=${(4120 + i * 2210) * 2}`
          : `[Nest] 1  - 02/11/2026, ${i < 8 ? 7 : 8}:${dd(i < 8 ? 59 : Math.floor((i - 8) * 1.2))}:${dd(5 + i * 2)} AM     LOG [DigestProcessor] job ${882300 + i * 733} digest:send user=${42011 + i * 13} done in ${280 + ((i * 37) % 400)}ms`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6a1b2c0]  1501211 ms: Mark-Compact 1521.4 (1552.2) -> 1519.9 (1552.7) MB, 1411.38 / 0.00 ms  (average mu = 0.112, current mu = 0.021) allocation failure; scavenge might not succeed',
      '[1:0x6a1b2c0]  1503102 ms: Mark-Compact 1535.8 (1567.1) -> 1534.1 (1568.6) MB, 1702.11 / 0.00 ms  (average mu = 0.071, current mu = 0.014) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8a0c1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf04f90 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf05277 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x1116ec5  [node]',
      ' 5: 0x112eb48 v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: EF Core builds a new internal service provider per request; the warning says so and memory follows requests.
    id: 'fiftyseventh-efcore-service-provider-per-request',
    family: 'oom-leak',
    source: 'https://github.com/PomeloFoundation/Pomelo.EntityFrameworkCore.MySql/issues/668',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('catalog-api', '2026-02-11T08:09:40Z', 2),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_URLS: 'http://+:8080', DOTNET_gcServer: '0' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: catalog-api OOMKilled 2 times since 07:00 on each of 4 replicas; working set grows with request count',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Microsoft.EntityFrameworkCore.Infrastructure[10403]',
      "      Entity Framework Core 6.0.27 initialized 'CatalogDbContext' using provider 'Pomelo.EntityFrameworkCore.MySql:6.0.3' with options: ServerVersion 8.0.36-mysql ",
      times(16, (i) =>
        i % 2 === 0
          ? "warn: Microsoft.EntityFrameworkCore.Infrastructure[10402]\n      More than twenty 'IServiceProvider' instances have been created for internal use by Entity Framework. This is commonly caused by injection of a new singleton service instance into every DbContext instance. For example, calling 'UseLoggerFactory' passing in a new instance each time--see https://go.microsoft.com/fwlink/?linkid=869049 for more details. This may lead to performance issues, consider reviewing calls on 'DbContextOptionsBuilder' that may require new service providers to be built."
          : `info: Catalog.Api.Diagnostics.MemoryReporter[0]\n      gc heap ${140 + i * 52} MB, working set ${262 + i * 58} MB, requests ${(2100 + i * 1420).toLocaleString('en-US')} since start, rps ${41 + (i % 4)}`,
      ),
    ),
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.EntityFrameworkCore.Infrastructure[10403]',
      "      Entity Framework Core 6.0.27 initialized 'CatalogDbContext' using provider 'Pomelo.EntityFrameworkCore.MySql:6.0.3' with options: ServerVersion 8.0.36-mysql ",
      times(14, (i) =>
        i % 2 === 0
          ? "warn: Microsoft.EntityFrameworkCore.Infrastructure[10402]\n      More than twenty 'IServiceProvider' instances have been created for internal use by Entity Framework. This is commonly caused by injection of a new singleton service instance into every DbContext instance. For example, calling 'UseLoggerFactory' passing in a new instance each time--see https://go.microsoft.com/fwlink/?linkid=869049 for more details. This may lead to performance issues, consider reviewing calls on 'DbContextOptionsBuilder' that may require new service providers to be built."
          : `info: Catalog.Api.Diagnostics.MemoryReporter[0]\n      gc heap ${138 + i * 51} MB, working set ${259 + i * 57} MB, requests ${(2060 + i * 1405).toLocaleString('en-US')} since start, rps ${40 + (i % 5)}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: a request_uri label on the prometheus plugin adds a series per URL; each worker's tables grow without bound.
    id: 'fiftyseventh-apisix-prometheus-uri-label',
    family: 'cardinality',
    source: 'https://github.com/apache/apisix/issues/11456',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('apisix', '2026-02-11T08:02:19Z', 3),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '4',
        env: { APISIX_STAND_ALONE: 'false', APISIX_NODE_LISTEN: '9080' },
        mounts: [{ volume: 'apisix-config', path: '/usr/local/apisix/conf/config.yaml' }],
      },
    ],
    volumes: [{ name: 'apisix-config', configMap: 'apisix-gw-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ApisixMemoryGrowth: apisix working set +310MiB/h at a flat 2.1k req/s on 3 of 3 replicas; count(apisix_http_status) 1.9M series (1h ago 1.2M)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 10 === 9
          ? `2026/02/11 ${at(8, 3, 11 + i * 19)} [error] ${49 + (i % 4)}#${49 + (i % 4)}: *${1827733 + i * 4111} [lua] prometheus.lua:860: log_error(): Unexpected error adding a key: no memory while logging request, client: 10.42.${(i % 5) + 1}.${30 + i}, server: _, request: "GET /api/v2/orders/${(0x8f3a9c1e + i * 7919).toString(16)}-44c1-4b7e-9a02-${(0x3b2e1f0c9d8a + i).toString(16)}?include=lines,shipments HTTP/1.1", host: "api.acme.io"`
          : `10.42.${(i % 5) + 1}.${30 + i} - - [11/Feb/2026:${at(8, 3, 11 + i * 19)} +0000] api.acme.io "${['GET', 'GET', 'POST', 'GET'][i % 4]} /api/v2/${['orders', 'customers', 'orders', 'carts'][i % 4]}/${(0x8f3a9c1e + i * 7919).toString(16)}-44c1-4b7e-9a02-${(0x3b2e1f0c9d8a + i).toString(16)}${['?include=lines,shipments', '', '/notes', `?ts=${1770796800 + i * 7}`][i % 4]} HTTP/1.1" ${[200, 200, 201, 200][i % 4]} ${[812, 433, 96, 1204][i % 4]} 0.0${11 + (i % 9)} "-" "${['okhttp/4.12.0', 'Mozilla/5.0', 'okhttp/4.12.0', 'axios/1.7.7'][i % 4]}" 10.42.5.${22 + (i % 6)}:8080 ${[200, 200, 201, 200][i % 4]} 0.0${10 + (i % 9)} "http://api.acme.io"`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the usage alert counts the page cache of memory-mapped segments; heap and direct memory are fixed and healthy.
    id: 'fiftyseventh-druid-historical-mmap-usage-alert',
    family: 'page-cache-alert',
    source: 'https://github.com/apache/druid/issues/6198',
    signal: 'Alert',
    containers: [
      {
        name: 'druid-historical',
        running: { startedAt: '2026-02-11T07:00:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        env: {
          DRUID_XMX: '6g',
          DRUID_XMS: '6g',
          DRUID_MAXDIRECTMEMORYSIZE: '4g',
          druid_segmentCache_locations: '[{"path":"/druid/segment-cache","maxSize":"180g"}]',
          druid_processing_numThreads: '7',
          druid_emitter: 'logging',
        },
        mounts: [{ volume: 'segment-cache', path: '/druid/segment-cache' }],
      },
    ],
    volumes: [{ name: 'segment-cache', persistentVolumeClaim: 'segment-cache-druid-historical-3' }],
    rollout: { minutesAgo: 95, addedEnv: { druid_request_logging_type: 'slf4j' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerMemoryUsageHigh: druid-historical-3 container_memory_usage_bytes 15.8GiB of 16GiB limit (99%) for 25m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:41,118 INFO [main] org.apache.druid.server.coordination.SegmentLoadDropHandler - Loading segment cache file [/druid/segment-cache/info_dir]',
      '2026-02-11T07:01:29,402 INFO [main] org.apache.druid.server.coordination.SegmentLoadDropHandler - Cache load took 48,284 ms',
      '2026-02-11T07:01:29,611 INFO [main] org.apache.druid.server.coordination.SegmentLoadDropHandler - Loaded 4,211 segments (171.4 GB) from cache',
      times(24, (i) =>
        i % 4 === 0
          ? `2026-02-11T08:${dd(4 + i)}:${dd(11 + i * 2)},${ms(118 + i * 41)} INFO [ZKCoordinator--${(i % 3) + 1}] org.apache.druid.server.coordination.SegmentLoadDropHandler - Loading segment[payments_2026-02-10T${dd(i)}:00:00.000Z_2026-02-10T${dd(i + 1)}:00:00.000Z_2026-02-11T01:02:11.118Z]`
          : `2026-02-11T08:${dd(4 + i)}:${dd(12 + i * 2)},${ms(402 + i * 17)} INFO [LoggingEmitter-0] org.apache.druid.java.util.emitter.core.LoggingEmitter - [metrics] {"feed":"metrics","metric":"${['query/time', 'jvm/mem/used', 'jvm/bufferpool/used'][i % 3]}","service":"druid/historical","host":"10.42.7.21:8083","version":"29.0.1",${i % 3 === 0 ? `"dataSource":"payments","type":"groupBy","value":${41 + ((i * 37) % 300)}` : i % 3 === 1 ? `"memKind":"heap","value":${4102118211 + (i % 5) * 90211801}` : `"bufferpoolName":"direct","value":${3121043456 + (i % 2) * 134217728}`}}`,
      ),
      '2026-02-11T08:28:02,118 INFO [LoggingEmitter-0] org.apache.druid.java.util.emitter.core.LoggingEmitter - [metrics] {"feed":"metrics","metric":"segment/usedPercent","service":"druid/historical","host":"10.42.7.21:8083","version":"29.0.1","tier":"_default_tier","value":0.952}',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: Seq fills RAM up to its configured target with cached events by design; nothing is failing.
    id: 'fiftyseventh-seq-cache-at-ram-target',
    family: 'healthy-cache-alert',
    source: 'https://github.com/datalust/seq-tickets/issues/1020',
    signal: 'Alert',
    containers: [
      {
        name: 'seq',
        running: { startedAt: '2026-02-11T07:00:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: {
          ACCEPT_EULA: 'Y',
          SEQ_CACHE_SYSTEMRAMTARGET: '0.9',
          SEQ_API_CANONICALURI: 'https://seq.internal.acme.io',
        },
        mounts: [{ volume: 'seq-data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'seq-data', persistentVolumeClaim: 'seq-data-seq-0' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KubeContainerMemoryHigh: seq-0 working set 7.3GiB of 8GiB limit (91%) for 45m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[07:00:12 INF] Seq "2024.3.11282" running on OS "Linux 6.1.112-124.190.amzn2023.x86_64"',
      '[07:00:12 INF] Seq listening on ["http://localhost/", "https://localhost/", "http://localhost:5341/", "https://localhost:45341/"]',
      '[07:00:13 INF] Storage path is "/data/Stream"',
      '[07:00:14 INF] Memory cache target is 90% of 8 GB system RAM',
      '[07:03:41 INF] Initial memory cache warm-up completed in 207114.2 ms',
      '[07:03:41 INF] 412 segments warmed up ({"Schemata": 1811, "Strings": 220114})',
      times(30, (i) =>
        i % 5 === 4
          ? `[08:${dd(1 + Math.floor(i * 0.95))}:39 INF] Retention processing and compaction took ${(812.1665 + i * 13.2).toFixed(4)} ms; allocating ${(599187.8335 - i * 13.2).toFixed(4)} ms for indexing`
          : i % 5 === 2
            ? `[08:${dd(1 + Math.floor(i * 0.95))}:${dd(7 + i)} INF] The policy ran but took no action; elapsed ${(0.1354 + (i % 3) * 0.02).toFixed(4)} ms`
            : `[08:${dd(1 + Math.floor(i * 0.95))}:${dd(11 + i)} INF] HTTP "${['POST', 'POST', 'GET'][i % 3]}" "${['/api/events/raw', '/ingest/clef', '/api/events/signal'][i % 3]}" responded ${[201, 201, 200][i % 3]} in ${(3.1 + ((i * 17) % 40) / 10).toFixed(4)} ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: the kubelet evicted Graylog under node memory pressure caused by a higher-priority neighbour.
    id: 'fiftyseventh-graylog-evicted-dremio-neighbour',
    family: 'noisy-neighbour',
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'graylog',
        terminated: { reason: 'Error', exitCode: 143 },
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          GRAYLOG_SERVER_JAVA_OPTS: '-Xms2g -Xmx2g -XX:+UseG1GC',
          GRAYLOG_HTTP_EXTERNAL_URI: 'https://graylog.internal.acme.io/',
        },
        mounts: [{ volume: 'journal', path: '/usr/share/graylog/data/journal' }],
      },
    ],
    volumes: [{ name: 'journal', emptyDir: { sizeLimit: '20Gi' } }],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientMemory',
          message: 'kubelet has insufficient memory available',
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
        },
      ],
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 81Mi. Container graylog was using 2487Mi, request is 2Gi, has larger consumption of memory.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container graylog', type: 'Normal' },
      {
        reason: 'AlertFiring',
        message:
          'KubeNodeMemoryPressure: node ip-10-40-3-77.eu-west-1.compute.internal MemoryPressure since 08:14; largest pod dremio-executor-2 (priorityClass analytics-high) 21.4GiB used, request 8GiB',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '2026-02-11 07:01:12,118 INFO : org.graylog2.bootstrap.ServerBootstrap - Graylog server 5.2.7+a6e3d4c starting up',
      '2026-02-11 07:01:12,120 INFO : org.graylog2.bootstrap.ServerBootstrap - JRE: Eclipse Adoptium 17.0.11 on Linux 6.1.112-124.190.amzn2023.x86_64',
      '2026-02-11 07:01:31,402 INFO : org.graylog2.bootstrap.ServerBootstrap - Graylog server up and running.',
      times(
        30,
        (i) =>
          `2026-02-11 ${at(7, 30, i * 97)},${ms(118 + i * 41)} INFO : org.graylog2.periodical.IndexRotationThread - Deflector index <Default index set> (index set <graylog_deflector>) ${i % 6 === 5 ? 'should be rotated, Pointing deflector to new index now!' : 'should not be rotated. Not doing anything.'}`,
      ),
      '2026-02-11 08:17:02,902 WARN : org.graylog2.shared.buffers.processors.ProcessBufferProcessor - Unable to process message <a1f2c3d4-0f1e-11f0-9a2b-0242ac120004>: java.lang.InterruptedException',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the new image moved Prisma 4.16 to 5.11 and needs twice the memory for the same traffic; roll back.
    id: 'fiftyseventh-prisma-five-upgrade-memory',
    family: 'memory-regression',
    source: 'https://github.com/prisma/orm/issues/23661',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('orders-api', '2026-02-11T08:11:30Z', 3),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '8080', PRISMA_CLIENT_ENGINE_TYPE: 'library' },
      },
    ],
    rollout: { minutesAgo: 95, previousTag: '2.2.7' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersApiMemoryRegression: orders-api working set p50 812MiB since rollout of 2.3.1 (2.2.7: 390MiB at the same request rate); OOMKilled 9 times in 90m across 4 replicas',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"level":30,"time":1770795421118,"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"orders-api 2.3.1 starting (node v20.11.1, @prisma/client 5.11.0, engines 5.11.0-15.efd2449663b3d73d637ea1fd226bafbcf45b3102)"}',
      'prisma:info Starting a postgresql pool with 9 connections.',
      '{"level":30,"time":1770795421902,"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"Server listening at http://0.0.0.0:8080"}',
      times(40, (i) =>
        i % 5 === 4
          ? `{"level":30,"time":${1770795422000 + i * 45000},"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"process stats","rss":${Math.round((402 + i * 15.1) * 1048576)},"heapUsed":${Math.round((141 + i * 3.2) * 1048576)},"external":${Math.round((188 + i * 9.4) * 1048576)},"rps":${58 + (i % 7)}}`
          : `{"level":30,"time":${1770795422000 + i * 45000},"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","reqId":"req-${(0x1a2b + i * 17).toString(36)}","res":{"statusCode":${[200, 200, 201, 200][i % 4]}},"responseTime":${(14.2 + ((i * 37) % 120)).toFixed(1)},"msg":"request completed","url":"${['/v2/orders/', '/v2/orders?customer=', '/v2/orders', '/v2/orders/'][i % 4]}${i % 4 === 2 ? '' : 88120 + i * 3}"}`,
      ),
    ),
    currentLog: log(
      '{"level":30,"time":1770797491118,"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"orders-api 2.3.1 starting (node v20.11.1, @prisma/client 5.11.0, engines 5.11.0-15.efd2449663b3d73d637ea1fd226bafbcf45b3102)"}',
      'prisma:info Starting a postgresql pool with 9 connections.',
      '{"level":30,"time":1770797491902,"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"Server listening at http://0.0.0.0:8080"}',
      times(24, (i) =>
        i % 4 === 3
          ? `{"level":30,"time":${1770797492000 + i * 45000},"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","msg":"process stats","rss":${Math.round((398 + i * 15.4) * 1048576)},"heapUsed":${Math.round((139 + i * 3.1) * 1048576)},"external":${Math.round((184 + i * 9.7) * 1048576)},"rps":${57 + (i % 6)}}`
          : `{"level":30,"time":${1770797492000 + i * 45000},"pid":1,"hostname":"orders-api-8d7c6b5f4-w2xzq","reqId":"req-${(0x2c3d + i * 19).toString(36)}","res":{"statusCode":${[200, 200, 201][i % 3]}},"responseTime":${(13.8 + ((i * 41) % 110)).toFixed(1)},"msg":"request completed","url":"${['/v2/orders/', '/v2/orders?customer=', '/v2/orders'][i % 3]}${i % 3 === 2 ? '' : 88420 + i * 3}"}`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    // Wrong: @nuxtjs/i18n keeps a copy of the messages per request; the heap fills at a flat rate every twenty minutes.
    id: 'fiftyseventh-nuxt-i18n-messages-per-request',
    family: 'oom-leak',
    source: 'https://github.com/nuxt-modules/i18n/issues/2629',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('storefront-ssr', 134, 3, '5m0s'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=1536',
          NITRO_PORT: '3000',
          NUXT_PUBLIC_I18N_BASE_URL: 'https://shop.acme.eu',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container storefront-ssr in pod storefront-ssr-6b5c4d8f97-x8ptw',
        count: 4,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Listening on http://[::]:3000',
      times(
        22,
        (i) =>
          `{"level":"info","time":"2026-02-11T${at(8, 2, i * 55)}.${ms(118 + i * 29)}Z","msg":"ssr stats","uptime_s":${60 + i * 55},"rps":${(41 + (i % 5) * 0.8).toFixed(1)},"heap_used_mb":${212 + i * 59},"rss_mb":${331 + i * 61},"locales":40,"renders":${2460 + i * 2255}}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x5e2a7d0]  1281402 ms: Mark-Compact (reduce) 1530.2 (1543.8) -> 1529.8 (1543.6) MB, 1211.46 / 0.00 ms  (average mu = 0.151, current mu = 0.012) last resort; GC in old space requested',
      '[1:0x5e2a7d0]  1282611 ms: Mark-Compact (reduce) 1529.8 (1543.6) -> 1529.7 (1543.6) MB, 1209.02 / 0.00 ms  (average mu = 0.085, current mu = 0.002) last resort; GC in old space requested',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: CALL_AND_RETRY_LAST Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8a0c1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf04f90 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf05277 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
    ),
    accept: ['escalate'],
  },
];
