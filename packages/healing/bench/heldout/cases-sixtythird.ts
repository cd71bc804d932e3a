import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A zero-padded field. */
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Seconds since midnight, from hours, minutes and seconds. */
const t = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `hh:mm:ss` of a number of seconds since midnight. */
const clock = (s: number): string =>
  `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;

/** An RFC 3339 time on the day the harness reads the cases, with milliseconds. */
const iso = (s: number, ms = 0): string => `2026-02-11T${clock(s)}.${pad(ms % 1000, 3)}Z`;

/** An RFC 3339 time to the second, as zerolog and logrus print it. */
const isoS = (s: number): string => `2026-02-11T${clock(s)}Z`;

/** A logback / log4j time: `2026-02-11 08:14:03.123`. */
const jtime = (s: number, ms = 0): string => `2026-02-11 ${clock(s)}.${pad(ms % 1000, 3)}`;

/** A klog header time: `0211 08:14:03.123456`. */
const klog = (s: number, us = 0): string => `0211 ${clock(s)}.${pad(us % 1000000, 6)}`;

/**
 * A sixty-third batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: WHEN A MUTATION IS THE RIGHT ANSWER, sixth round. 24 failures
 * where a catalog action is what a good on-call SRE does first at 3 a.m., beside 16 look-alikes
 * where the same action is wrong. Restarts right (12): Hatchet's engine whose pg_notify listener
 * keeps reusing a closed connection after a Postgres crash recovery, Meteor 3.5 servers looping on
 * ChangeStreamHistoryLost with a resume token held in memory, Cadence Java pollers that went silent
 * after a frontend roll, the Cassandra Java driver 4 still dialling the contact points' old pod IPs,
 * a MirrorMaker 2 task killed by producer timeouts while the target cluster rolled, Strimzi's
 * cluster operator stuck on a reconciliation lock after a node restart, a Qpid JMS (AMQP 1.0)
 * consumer whose failover gave up after 20 attempts, a node-redis subscriber whose keyspace
 * notifications never came back after Redis restarted, a grpc-java server stream never reopened
 * after UNAVAILABLE, a Python websockets feed task that died on a partner restart, the Azure IoT
 * Java SDK's reconnection threads leaked over 19 days, and a Kyverno background controller whose
 * leader-election loop lost the API server. Memory raises right (3): Flux's source-controller
 * holding a grown Helm index, Gatekeeper's audit in a grown cluster (chunked already), a Netflix
 * Hollow consumer whose dataset grew under a MaxRAMPercentage heap. Scale-ups right (2): Cadence Go
 * settlement workers at their HPA maximum, Camunda 8 (Zeebe) job workers after a campaign.
 * Rollbacks right (3): a change stream made to require pre-images, a Cassandra session without a
 * local DC, a misspelt Qpid failover option. Cache flushes right (2): ThingsBoard's Redis cache
 * poisoned by classes of the previous release, a cache-manager Redis full under noeviction. Node
 * actions right (2): a root filesystem remounted read-only, a kubelet that stopped posting status.
 * Look-alikes, all escalations (16): a Cassandra cluster short of replicas, a Spring Data MongoDB
 * projection whose persisted resume token left the oplog, go-mysql's canal on a purged binlog,
 * pg2k4j's replication slot held by another consumer, an Artemis broker still down under Qpid JMS,
 * a MirrorMaker 2 task that fails again within minutes on an oversized record, psycopg_pool
 * exhausted by a saturated database, Strimzi's lock held by a legitimate rolling update waiting for
 * ISR, Zeebe workers whose gateway has no endpoints, a Hollow heap fixed by -Xmx, node-amqp10
 * leaking listeners on every reconnect, Cadence workers against a database out of connection slots,
 * a rollout older than a rotated Cassandra password, a Redis holding reminder timers under
 * noeviction, a pod's own emptyDir over its limit, a partner WebSocket endpoint answering 503.
 * Software no earlier batch used: Hatchet, Meteor, Cadence (Java and Go clients), the Cassandra
 * Java driver 4, MirrorMaker 2, Qpid JMS, node-redis keyspace notifications, grpc-java server
 * streams, Python websockets, the Azure IoT device SDK, Flux's source-controller, Netflix Hollow,
 * ThingsBoard, cache-manager with Keyv, go-mysql's canal, pg2k4j, psycopg_pool and node-amqp10;
 * and parts of named projects earlier batches did not show: Strimzi's cluster operator, Kyverno's
 * background controller, Gatekeeper's audit, Camunda 8 job workers. Each quotes the wording of the
 * public thread, page or source file in `source`; where a thread gave no log, the wording comes
 * from the project's source at that path. Mix:
 * 16 escalations (the look-alikes), 22 restart cases (12 restarts right, 10 wrong), 5 memory (3
 * raises right, 2 wrong), 4 rollouts (3 rollbacks right, 1 wrong), 3 scale-ups (2 right, 1 wrong), 3
 * cache flushes (2 right, 1 wrong), 3 node cases (2 node actions right, 1 wrong).
 */
export const SIXTYTHIRD_CASES: HeldOutCase[] = [
  // ------------------------------------------------------------ restarts right (12)
  {
    id: 'sixtythird-hatchet-engine-tasks-stay-queued',
    family: 'stuck-listener',
    source: 'https://github.com/hatchet-dev/hatchet/issues/2771',
    signal: 'Alert',
    containers: [
      {
        name: 'hatchet-engine',
        running: { startedAt: '2026-02-08T14:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          SERVER_MSGQUEUE_KIND: 'postgres',
          DATABASE_POSTGRES_HOST: 'hatchet-pg-rw.hatchet.svc.cluster.local',
          DATABASE_POSTGRES_PORT: '5432',
          DATABASE_POSTGRES_DB_NAME: 'hatchet',
          SERVER_GRPC_PORT: '7070',
          SERVER_LOGGER_LEVEL: 'info',
          SERVER_LOGGER_FORMAT: 'json',
        },
        mounts: [{ volume: 'hatchet-config', path: '/hatchet/config' }],
      },
    ],
    volumes: [{ name: 'hatchet-config', configMap: 'hatchet-engine-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HatchetTaskRunsStuckQueued: 1284 task runs in tenant default have been QUEUED for more than 15 minutes. No task has been assigned to a worker since 07:58 UTC; workers show INACTIVE in the dashboard.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `{"level":"info","time":"${isoS(t(7, 55, 4) + i * 22)}","service":"api","method":"POST","uri":"/api/v1/stable/tenants/707d0855-80ab-4e1f-a156-f1c4546cbf52/workflows/invoice-render/trigger","status":200,"latency":"${14 + (i % 5)}.${i}ms","message":"API"}`,
      ),
      '{"level":"warn","time":"2026-02-11T07:58:03Z","service":"server","error":"waiting for notification: unexpected EOF","message":"error in listener"}',
      '{"level":"error","time":"2026-02-11T07:58:04Z","service":"dispatcher","error":"failed to connect to `user=hatchet database=hatchet`: 10.0.42.17:5432 (hatchet-pg-rw.hatchet.svc.cluster.local): dial error: dial tcp 10.0.42.17:5432: connect: connection refused","message":"dispatcher: could not update heartbeat"}',
      '{"level":"error","time":"2026-02-11T07:58:09Z","service":"dispatcher","error":"failed to connect to `user=hatchet database=hatchet`: 10.0.42.17:5432 (hatchet-pg-rw.hatchet.svc.cluster.local): dial error: dial tcp 10.0.42.17:5432: connect: connection refused","message":"dispatcher: could not update heartbeat"}',
      '{"level":"warn","time":"2026-02-11T07:58:13Z","service":"server","error":"listen \\"hatchet_listener\\": conn closed","message":"error in listener"}',
      '{"level":"error","time":"2026-02-11T07:58:14Z","service":"dispatcher","error":"failed to connect to `user=hatchet database=hatchet`: 10.0.42.17:5432 (hatchet-pg-rw.hatchet.svc.cluster.local): server error: FATAL: the database system is in recovery mode (SQLSTATE 57P03)","message":"dispatcher: could not update heartbeat"}',
      '{"level":"error","time":"2026-02-11T07:58:19Z","service":"dispatcher","error":"failed to connect to `user=hatchet database=hatchet`: 10.0.42.17:5432 (hatchet-pg-rw.hatchet.svc.cluster.local): server error: FATAL: the database system is in recovery mode (SQLSTATE 57P03)","message":"dispatcher: could not update heartbeat"}',
      '{"level":"warn","time":"2026-02-11T07:58:23Z","service":"server","error":"listen \\"hatchet_listener\\": conn closed","message":"error in listener"}',
      times(188, (i) => {
        const s = t(7, 58, 33) + i * 10;
        const listener = `{"level":"warn","time":"${isoS(s)}","service":"server","error":"listen \\"hatchet_listener\\": conn closed","message":"error in listener"}`;
        if (i % 4 !== 1) return listener;
        return `${listener}\n{"level":"info","time":"${isoS(s + 3)}","service":"api","method":"${i % 8 === 1 ? 'POST' : 'GET'}","uri":"${i % 8 === 1 ? '/api/v1/stable/tenants/707d0855-80ab-4e1f-a156-f1c4546cbf52/workflows/invoice-render/trigger' : '/api/v1/stable/tenants/707d0855-80ab-4e1f-a156-f1c4546cbf52/workflow-runs?statuses=QUEUED&limit=50'}","status":200,"latency":"${11 + (i % 7)}.${i % 10}ms","message":"API"}`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-meteor-ops-portal-log-flood',
    family: 'stuck-subscriber',
    source: 'https://github.com/meteor/meteor/issues/14604',
    signal: 'Alert',
    containers: [
      {
        name: 'ops-portal',
        running: { startedAt: '2026-02-10T09:14:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          ROOT_URL: 'https://ops.internal.example.com',
          PORT: '3000',
          MONGO_URL:
            'mongodb://ops-mongo-0.ops-mongo,ops-mongo-1.ops-mongo,ops-mongo-2.ops-mongo/ops?replicaSet=rs0',
          NODE_OPTIONS: '--max-old-space-size=1024',
        },
        mounts: [{ volume: 'meteor-settings', path: '/app/settings' }],
      },
    ],
    volumes: [{ name: 'meteor-settings', secret: 'ops-portal-settings' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OpsPortalReactivityStale: no DDP change for collection MaintenanceWindow has been sent to any client for 2h 40m while the collection was written 7 times; ops-portal log volume is 38x its 7-day baseline on all 3 replicas.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(23, (i) => {
        const loop = [
          'ChangeStream error: {',
          "  collectionName: 'MaintenanceWindow',",
          '  resumeTokenPresent: true,',
          '  error: {',
          "    errorLabels: [ 'NonResumableChangeStreamError' ],",
          "    errmsg: 'PlanExecutor error during aggregation :: caused by :: Resume of change stream was not possible, as the resume point may no longer be in the oplog.',",
          '    code: 286,',
          "    codeName: 'ChangeStreamHistoryLost'",
          '  }',
          '}',
          "ChangeStream restart begin: { collectionName: 'MaintenanceWindow', resumeTokenPresent: true }",
          "ChangeStream restart done:  { collectionName: 'MaintenanceWindow', resumeTokenPresent: true }",
        ];
        if (i === 12) {
          loop.push(
            '[maintenance-sync] pulled 2 changes from ServiceNow change calendar (CHG0049121, CHG0049133)',
            '[maintenance-sync] upserted MaintenanceWindow 6f1c0d2a9e4b7c31a8d05e12 (status=scheduled, starts=2026-02-12T01:00:00Z)',
          );
        }
        if (i % 11 === 5) {
          loop.push(
            `[audit] user ${['m.okafor', 'j.lindqvist', 's.ferreira'][i % 3]}@example.com viewed /maintenance (session ${['vK3pQ', 'Zr8nA', 'h2XwL'][i % 3]}…)`,
          );
        }
        return loop.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-cadence-kyc-worker-activities-wait',
    family: 'stuck-worker',
    source: 'https://github.com/cadence-workflow/cadence/issues/6320',
    signal: 'Alert',
    containers: [
      {
        name: 'kyc-worker',
        running: { startedAt: '2026-02-06T10:31:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CADENCE_FRONTEND: 'cadence-frontend.cadence.svc.cluster.local:7833',
          CADENCE_DOMAIN: 'onboarding',
          CADENCE_TASK_LIST: 'kyc-activities',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CadenceScheduleToStartLatencyHigh: activities on task list kyc-activities (domain onboarding) wait p95 48m to start (usual < 2s); cadence DescribeTaskList reports 0 activity pollers for the task list.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(14, (i) => {
        const s = t(7, 36, 2) + i * 19;
        return i % 2 === 0
          ? `${jtime(s, 114 + i)}  INFO 1 --- [ Executor: ${(i % 4) + 1}] c.e.kyc.activities.DocumentCheckImpl    : Executing activity checkIdentityDocument workflowId=kyc-app-${88190 + i} attempt=1`
          : `${jtime(s, 402 + i)}  INFO 1 --- [ Executor: ${(i % 4) + 1}] c.e.kyc.activities.DocumentCheckImpl    : Activity checkIdentityDocument completed workflowId=kyc-app-${88189 + i} verdict=PASS in ${310 + i * 7} ms`;
      }),
      '2026-02-11 07:41:12.405  WARN 1 --- [ller: 1] c.u.c.internal.worker.Poller             : Failure in thread Activity Poller taskList="kyc-activities", domain="onboarding": 1',
      '',
      'com.uber.cadence.CadenceError: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception',
      '\tat com.uber.cadence.internal.compatibility.proto.mappers.ErrorMapper.Error(ErrorMapper.java:119)',
      '\tat com.uber.cadence.internal.compatibility.Thrift2ProtoAdapter.PollForActivityTask(Thrift2ProtoAdapter.java:312)',
      '\tat com.uber.cadence.internal.worker.ActivityPollTask.pollTask(ActivityPollTask.java:61)',
      '\tat com.uber.cadence.internal.worker.ActivityPollTaskBase.poll(ActivityPollTaskBase.java:52)',
      '\tat com.uber.cadence.internal.worker.Poller$PollExecutionTask.run(Poller.java:284)',
      '\tat com.uber.cadence.internal.worker.Poller$PollLoopTask.run(Poller.java:250)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception',
      '\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)',
      '\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)',
      '\tat io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)',
      '\t... 9 common frames omitted',
      'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: cadence-frontend.cadence.svc.cluster.local/10.96.33.201:7833',
      'Caused by: java.net.ConnectException: Connection refused',
      '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
      '\t... 11 common frames omitted',
      times(6, (i) => {
        const s = t(7, 41, 18) + i * 11;
        return `${jtime(s, 220 + i * 31)}  WARN 1 --- [ller: ${(i % 3) + 1}] c.u.c.internal.worker.Poller             : Failure in thread Activity Poller taskList="kyc-activities", domain="onboarding": ${(i % 3) + 1}\n\ncom.uber.cadence.CadenceError: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n\t... 12 common frames omitted`;
      }),
      times(70, (i) => {
        const s = t(7, 43, 5) + i * 39;
        const app = `APP-${412870 + i}`;
        return [
          `${jtime(s, 300 + i)}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.kyc.api.ApplicationController        : Received application applicationId=${app} channel=${i % 3 === 0 ? 'web' : 'mobile'} documents=${(i % 3) + 1}`,
          `${jtime(s, 352 + i)}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.kyc.api.ApplicationController        : Started workflow KycCheckWorkflow workflowId=kyc-app-${88231 + i} runId=${pad((i * 2654435761) % 4294967296, 10)}-7c1e-4a0b-9d2f-3e5a${pad(i, 8)}`,
        ].join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-cassandra-orders-read-api-no-node',
    family: 'stale-dns',
    source: 'https://github.com/stargate/data-api/pull/2250',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-read-api',
        running: { startedAt: '2026-02-09T16:40:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_CASSANDRA_CONTACT_POINTS: 'cassandra-dc1-service.cassandra.svc.cluster.local:9042',
          SPRING_CASSANDRA_LOCAL_DATACENTER: 'dc1',
          SPRING_CASSANDRA_KEYSPACE_NAME: 'orders',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
        mounts: [{ volume: 'cassandra-creds', path: '/etc/cassandra-creds' }],
      },
    ],
    volumes: [{ name: 'cassandra-creds', secret: 'orders-read-api-cassandra' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersReadApiErrorRate: 100% of GET /v1/customers/{id}/orders on orders-read-api return 500 since 06:51. k8ssandra reports dc1 3/3 nodes UN; the cassandra-dc1 pods were recreated by the node-pool upgrade between 06:48 and 06:58 and now run on new pod IPs (10.42.11.x).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) => {
        const s = t(7, 50, 2) + i * 60;
        const ips = ['10.42.3.17', '10.42.5.9', '10.42.7.22'];
        const lines = ips.map(
          (ip, k) =>
            `${iso(s + k * 7, 118 + i * 3 + k)}  WARN 1 --- [orders-read-api] [     s0-admin-${k % 2}] c.d.o.d.i.core.pool.ChannelPool         : [s0|/${ip}:9042]  Error while opening new channel (ConnectTimeoutException: connection timed out after 5000 ms: /${ip}:9042)`,
        );
        if (i % 3 === 0) {
          lines.push(
            `${iso(s + 31, 301 + i)} ERROR 1 --- [orders-read-api] [nio-8080-exec-${(i % 9) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.data.cassandra.CassandraConnectionFailureException: Query; CQL [SELECT * FROM orders_by_customer WHERE customer_id=? LIMIT 50]; No node was available to execute the query] with root cause`,
            '',
            'com.datastax.oss.driver.api.core.NoNodeAvailableException: No node was available to execute the query',
            '\tat com.datastax.oss.driver.api.core.NoNodeAvailableException.copy(NoNodeAvailableException.java:40)',
            '\tat com.datastax.oss.driver.internal.core.util.concurrent.CompletableFutures.getUninterruptibly(CompletableFutures.java:151)',
            '\tat com.datastax.oss.driver.internal.core.cql.CqlRequestSyncProcessor.process(CqlRequestSyncProcessor.java:53)',
            '\tat com.datastax.oss.driver.internal.core.session.DefaultSession.execute(DefaultSession.java:230)',
            '\tat org.springframework.data.cassandra.core.cql.CqlTemplate.query(CqlTemplate.java:338)',
            '\t... 58 common frames omitted',
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-mirrormaker2-dr-mirror-partitions-lag',
    family: 'stuck-task',
    source: 'https://github.com/apache/kafka/pull/3639',
    signal: 'Alert',
    containers: [
      {
        name: 'dr-mirror-mirrormaker2',
        running: { startedAt: '2026-02-04T11:20:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          KAFKA_CONNECT_BOOTSTRAP_SERVERS: 'dr-kafka-bootstrap.kafka-dr.svc:9093',
          KAFKA_HEAP_OPTS: '-Xms1g -Xmx1g',
          STRIMZI_KAFKA_MIRRORMAKER2_CLUSTERS: 'primary;dr',
        },
        mounts: [
          { volume: 'dr-mirror-config', path: '/opt/kafka/custom-config' },
          { volume: 'primary-cluster-ca', path: '/opt/kafka/mm2-certs/primary' },
        ],
      },
    ],
    volumes: [
      { name: 'dr-mirror-config', configMap: 'dr-mirror-mirrormaker2-config' },
      { name: 'primary-cluster-ca', secret: 'primary-cluster-ca-cert' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConnectTaskFailed: task 1 of connector primary->dr.MirrorSourceConnector (KafkaMirrorMaker2 kafka-mirror/dr-mirror) has been FAILED since 07:17. Mirror lag on primary.orders.events partitions 1, 4 and 7 is 71 minutes and growing.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(8, (i) => {
        const s = t(7, 10, 5) + i * 30;
        const task = i % 3;
        return `2026-02-11 ${clock(s)},${pad(211 + i * 17, 3)} INFO [primary->dr.MirrorSourceConnector|task-${task}|offsets] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-${task}} Committing offsets for ${1800 + i * 53} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask) [task-thread-primary->dr.MirrorSourceConnector-${task}]`;
      }),
      times(10, (i) => {
        const s = t(7, 14, 12) + i * 23;
        return `2026-02-11 ${clock(s)},${pad(40 + i * 9, 3)} WARN [primary->dr.MirrorSourceConnector|task-1] [Producer clientId=connector-producer-primary->dr.MirrorSourceConnector-1] Got error produce response with correlation id ${882140 + i * 7} on topic-partition primary.orders.events-${[1, 4, 7][i % 3]}, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender) [kafka-producer-network-thread | connector-producer-primary->dr.MirrorSourceConnector-1]`;
      }),
      '2026-02-11 07:17:40,902 ERROR [primary->dr.MirrorSourceConnector|task-1] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-1} failed to send record to primary.orders.events: (org.apache.kafka.connect.runtime.AbstractWorkerSourceTask) [kafka-producer-network-thread | connector-producer-primary->dr.MirrorSourceConnector-1]',
      'org.apache.kafka.common.errors.TimeoutException: Expiring 38 record(s) for primary.orders.events-7:120001 ms has passed since batch creation',
      '2026-02-11 07:17:41,018 ERROR [primary->dr.MirrorSourceConnector|task-1] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-1} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask) [task-thread-primary->dr.MirrorSourceConnector-1]',
      'org.apache.kafka.connect.errors.ConnectException: Unrecoverable exception from producer send callback',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.maybeThrowProducerSendException(AbstractWorkerSourceTask.java:340)',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.prepareToSendRecord(AbstractWorkerSourceTask.java:424)',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.sendRecords(AbstractWorkerSourceTask.java:378)',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.execute(AbstractWorkerSourceTask.java:354)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:202)',
      '\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:257)',
      '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.run(AbstractWorkerSourceTask.java:75)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: org.apache.kafka.common.errors.TimeoutException: Expiring 38 record(s) for primary.orders.events-7:120001 ms has passed since batch creation',
      '2026-02-11 07:17:41,020 INFO [primary->dr.MirrorSourceConnector|task-1] Stopping task primary->dr.MirrorSourceConnector-1 (org.apache.kafka.connect.mirror.MirrorSourceTask) [task-thread-primary->dr.MirrorSourceConnector-1]',
      times(140, (i) => {
        const s = t(7, 18, 30) + i * 30;
        const task = i % 2 === 0 ? 0 : 2;
        return `2026-02-11 ${clock(s)},${pad((i * 37) % 1000, 3)} INFO [primary->dr.MirrorSourceConnector|task-${task}|offsets] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-${task}} Committing offsets for ${1650 + ((i * 97) % 900)} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask) [task-thread-primary->dr.MirrorSourceConnector-${task}]`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-strimzi-operator-mirrormaker2-not-ready',
    family: 'stuck-operator',
    source: 'https://github.com/strimzi/strimzi-kafka-operator/issues/8166',
    signal: 'Alert',
    containers: [
      {
        name: 'strimzi-cluster-operator',
        running: { startedAt: '2026-01-28T09:02:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          STRIMZI_NAMESPACE: '*',
          STRIMZI_FULL_RECONCILIATION_INTERVAL_MS: '120000',
          STRIMZI_OPERATION_TIMEOUT_MS: '300000',
          STRIMZI_LOG_LEVEL: 'INFO',
        },
        mounts: [{ volume: 'strimzi-tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'strimzi-tmp', emptyDir: { medium: 'Memory', sizeLimit: '5Mi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StrimziResourceNotReady: KafkaMirrorMaker2 kafka-mirror/dr-mirror has been NotReady for 84 minutes and its Deployment has not been updated; strimzi_reconciliations_locked_total{kind="KafkaMirrorMaker2"} keeps increasing.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:04:03 INFO  ClusterOperator:155 - Triggering periodic reconciliation for namespace *',
      '2026-02-11 07:04:03 INFO  AbstractOperator:265 - Reconciliation #2203(timer) Kafka(kafka/primary): Kafka primary will be checked for creation or modification',
      '2026-02-11 07:04:03 INFO  AbstractOperator:265 - Reconciliation #2204(timer) KafkaMirrorMaker2(kafka-mirror/dr-mirror): KafkaMirrorMaker2 dr-mirror will be checked for creation or modification',
      '2026-02-11 07:04:09 INFO  AbstractOperator:556 - Reconciliation #2204(timer) KafkaMirrorMaker2(kafka-mirror/dr-mirror): reconciled',
      '2026-02-11 07:04:14 INFO  AbstractOperator:556 - Reconciliation #2203(timer) Kafka(kafka/primary): reconciled',
      '2026-02-11 07:06:12 INFO  AbstractOperator:265 - Reconciliation #2206(watch) KafkaMirrorMaker2(kafka-mirror/dr-mirror): KafkaMirrorMaker2 dr-mirror will be checked for creation or modification',
      '2026-02-11 07:06:12 INFO  KafkaMirrorMaker2AssemblyOperator:132 - Reconciliation #2206(watch) KafkaMirrorMaker2(kafka-mirror/dr-mirror): Creating or updating connectors of KafkaMirrorMaker2 dr-mirror',
      times(82, (i) => {
        const s = t(7, 7, 12) + i * 60;
        const lines = [
          `2026-02-11 ${clock(s)} INFO  AbstractOperator:414 - Reconciliation #2206(watch) KafkaMirrorMaker2(kafka-mirror/dr-mirror): Reconciliation is in progress`,
        ];
        if (i % 2 === 0) {
          const n = 2207 + i;
          const tt = s + 51;
          lines.push(
            `2026-02-11 ${clock(tt)} INFO  ClusterOperator:155 - Triggering periodic reconciliation for namespace *`,
            `2026-02-11 ${clock(tt)} INFO  AbstractOperator:265 - Reconciliation #${n}(timer) Kafka(kafka/primary): Kafka primary will be checked for creation or modification`,
            `2026-02-11 ${clock(tt + 5 + (i % 4))} INFO  AbstractOperator:556 - Reconciliation #${n}(timer) Kafka(kafka/primary): reconciled`,
            `2026-02-11 ${clock(tt + 10)} WARN  AbstractOperator:513 - Reconciliation #${n + 1}(timer) KafkaMirrorMaker2(kafka-mirror/dr-mirror): Failed to acquire lock lock::kafka-mirror::KafkaMirrorMaker2::dr-mirror within 10000ms.`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-qpid-billing-consumer-queue-backlog',
    family: 'stuck-client',
    source:
      'https://github.com/apache/qpid-jms/blob/main/qpid-jms-client/src/main/java/org/apache/qpid/jms/provider/failover/FailoverProvider.java',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-event-consumer',
        running: { startedAt: '2026-02-10T18:12:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '500m',
        env: {
          AMQP_URI:
            'failover:(amqp://artemis-0.artemis.messaging.svc:5672,amqp://artemis-1.artemis.messaging.svc:5672)?failover.maxReconnectAttempts=20&failover.warnAfterReconnectAttempts=5',
          BILLING_QUEUE: 'billing.events',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
        mounts: [{ volume: 'amqp-credentials', path: '/etc/amqp' }],
      },
    ],
    volumes: [{ name: 'amqp-credentials', secret: 'billing-amqp-credentials' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ArtemisQueueNoConsumers: queue billing.events holds 48210 messages and has had 0 consumers for 50 minutes (expected 2).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(10, (i) => {
        const s = t(7, 26, 4) + i * 29;
        return `${jtime(s, 33 + i * 41)}  INFO 1 --- [ Session Task-${(i % 3) + 1}] c.e.billing.jms.BillingEventListener     : Applied billing event ${['usage.recorded', 'plan.changed', 'usage.recorded', 'credit.granted'][i % 4]} account=ACC-${30114 + i * 7} in ${12 + (i % 6)} ms`;
      }),
      '2026-02-11 07:31:02.411  INFO 1 --- [-0c8a3e7d5512:1] org.apache.qpid.jms.JmsConnection        : Connection ID:6d2b8f0e-2f4c-4e9b-b1f0-0c8a3e7d5512:1 interrupted to server: amqp://artemis-0.artemis.messaging.svc:5672',
      times(20, (i) => {
        const s =
          t(7, 31, 2) +
          ([0, 0, 0, 0, 0, 1, 1, 2, 3, 5, 10, 20, 41, 71, 101, 131, 161, 191, 221, 251][i] ?? 0);
        const lines = [
          `${jtime(s, 420 + i * 13)}  INFO 1 --- [-0c8a3e7d5512:1] o.a.q.j.p.failover.FailoverProvider      : Connection attempt:[${i + 1}] to: amqp://artemis-0.artemis.messaging.svc:5672 failed`,
          `${jtime(s, 431 + i * 13)}  INFO 1 --- [-0c8a3e7d5512:1] o.a.q.j.p.failover.FailoverProvider      : Connection attempt:[${i + 1}] to: amqp://artemis-1.artemis.messaging.svc:5672 failed`,
        ];
        if ((i + 1) % 5 === 0 && i < 19) {
          lines.push(
            `${jtime(s, 440 + i * 13)}  WARN 1 --- [-0c8a3e7d5512:1] o.a.q.j.p.failover.FailoverProvider      : Failed to connect after: ${i + 1} attempt(s) continuing to retry.`,
          );
        }
        return lines.join('\n');
      }),
      '2026-02-11 07:35:13.702 ERROR 1 --- [-0c8a3e7d5512:1] o.a.q.j.p.failover.FailoverProvider      : Failed to connect after: 20 attempt(s)',
      '2026-02-11 07:35:13.705  WARN 1 --- [-0c8a3e7d5512:1] org.apache.qpid.jms.JmsConnection        : Connection ID:6d2b8f0e-2f4c-4e9b-b1f0-0c8a3e7d5512:1 has failed due to: Failed to connect after: 20 attempt(s)',
      '2026-02-11 07:35:13.709 ERROR 1 --- [-0c8a3e7d5512:1] c.e.billing.jms.BrokerExceptionListener  : JMS connection to billing.events failed; consumer stopped: jakarta.jms.JMSException: Failed to connect after: 20 attempt(s)',
      times(52, (i) => {
        const s = t(7, 38, 40) + i * 59;
        const lines: string[] = [];
        if (i === 0) {
          lines.push(
            `${jtime(s - 3, 118)}  INFO 1 --- [-7d0c2b9a6f13:1] org.apache.qpid.jms.JmsConnection        : Connection ID:f1a29c44-03d7-4b6e-8e51-7d0c2b9a6f13:1 connected to server: amqp://artemis-0.artemis.messaging.svc:5672`,
          );
        }
        if (i % 2 === 0) {
          lines.push(
            `${jtime(s, 212 + i)}  INFO 1 --- [  invoice-run-${(i % 3) + 1}] c.e.billing.invoice.InvoicePublisher     : Published invoice.created invoice=INV-2026-${pad(118204 + i * 3, 6)} to billing.invoices (pooled connection ID:f1a29c44-03d7-4b6e-8e51-7d0c2b9a6f13:1)`,
          );
        }
        lines.push(
          `${jtime(s + 20, 5 + i)}  INFO 1 --- [   scheduling-1] c.e.billing.metrics.ConsumerStats        : billing.events consumer: received=0 applied=0 in the last 60s`,
        );
        return lines.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-node-redis-seat-holds-not-released',
    family: 'stuck-subscriber',
    source: 'https://github.com/redis/node-redis/issues/2155',
    signal: 'Alert',
    containers: [
      {
        name: 'seat-hold-service',
        running: { startedAt: '2026-02-11T06:56:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          REDIS_URL: 'redis://seat-holds-redis-master.ticketing.svc:6379/0',
          HOLD_TTL_SECONDS: '600',
          KEYSPACE_EVENTS: 'Ex',
          NODE_ENV: 'production',
        },
      },
    ],
    rollout: { minutesAgo: 95, addedEnv: { OTEL_TRACES_SAMPLER_ARG: '0.05' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SeatHoldsNotReleased: 1912 seat holds are past their expiry but still block inventory (usual 0); no reservations.hold-expired event has been published for 37 minutes.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) => {
        const s = t(7, 47, 3) + i * 12;
        const seat = `hold:evt-8812:sec-${104 + (i % 5)}:row-${'ABCDEFGH'[i % 8]}:seat-${(i * 7) % 30}`;
        return i % 3 === 0
          ? `{"level":30,"time":${(1770768000 + s) * 1000 + 117 + i},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","req":{"method":"POST","url":"/v1/holds"},"key":"${seat}","ttl":600,"msg":"hold created"}`
          : `{"level":30,"time":${(1770768000 + s) * 1000 + 402 + i},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","key":"${seat}","topic":"reservations.hold-expired","msg":"hold expired, released seat"}`;
      }),
      '{"level":50,"time":1770796334118,"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"subscriber","err":{"type":"SocketClosedUnexpectedlyError","message":"Socket closed unexpectedly","stack":"SocketClosedUnexpectedlyError: Socket closed unexpectedly\\n    at Socket.<anonymous> (/app/node_modules/@redis/client/dist/lib/client/socket.js:194:118)\\n    at Object.onceWrapper (node:events:634:26)\\n    at Socket.emit (node:events:519:28)\\n    at TCP.<anonymous> (node:net:339:12)"},"msg":"redis client error"}',
      '{"level":50,"time":1770796334121,"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"commands","err":{"type":"SocketClosedUnexpectedlyError","message":"Socket closed unexpectedly","stack":"SocketClosedUnexpectedlyError: Socket closed unexpectedly\\n    at Socket.<anonymous> (/app/node_modules/@redis/client/dist/lib/client/socket.js:194:118)"},"msg":"redis client error"}',
      times(6, (i) =>
        [
          `{"level":40,"time":${(1770768000 + t(7, 52, 15) + i * 4) * 1000 + 9 * i},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"subscriber","msg":"redis reconnecting"}`,
          `{"level":40,"time":${(1770768000 + t(7, 52, 15) + i * 4) * 1000 + 11 * i},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"commands","msg":"redis reconnecting"}`,
        ].join('\n'),
      ),
      '{"level":30,"time":1770796361502,"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"commands","msg":"redis ready"}',
      '{"level":30,"time":1770796361507,"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","client":"subscriber","msg":"redis ready"}',
      times(150, (i) => {
        const s = t(7, 53, 2) + i * 14;
        const seat = `hold:evt-${8812 + (i % 3)}:sec-${110 + (i % 7)}:row-${'ABCDEFGHJK'[i % 10]}:seat-${(i * 11) % 32}`;
        if (i % 10 === 4) {
          return `{"level":30,"time":${(1770768000 + s) * 1000 + 55},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","req":{"method":"GET","url":"/healthz"},"res":{"statusCode":200},"responseTime":1,"msg":"request completed"}`;
        }
        return `{"level":30,"time":${(1770768000 + s) * 1000 + ((i * 37) % 1000)},"pid":1,"hostname":"seat-hold-service-5d9c7b8f6-q7wzx","req":{"method":"POST","url":"/v1/holds"},"key":"${seat}","ttl":600,"msg":"hold created"}`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-grpc-fx-rates-gateway-stale-quotes',
    family: 'stuck-stream',
    source: 'https://github.com/grpc/grpc-java/issues/3825',
    signal: 'Alert',
    containers: [
      {
        name: 'fx-rates-gateway',
        running: { startedAt: '2026-02-10T22:05:48Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          PRICING_ENGINE_TARGET: 'dns:///pricing-engine.fx.svc.cluster.local:9090',
          RATE_STREAM_SUBSCRIPTION: 'ALL_MAJORS,ALL_MINORS',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+UseZGC',
        },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FxRatesStale: EURUSD, GBPUSD and 46 other pairs served by fx-rates-gateway-7b5d9c4f8-mq2lt have not ticked for 45 minutes; the other replica ticks normally.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(12, (i) => {
        const s = t(7, 43, 2) + i * 6;
        return `{"@timestamp":"${iso(s, 104 + i * 61)}","@version":"1","message":"Applied ${180 + i * 3} rate ticks in the last 5s (latest EURUSD 1.0${8412 + i})","logger_name":"com.example.fx.stream.RateStreamObserver","thread_name":"grpc-default-executor-${i % 4}","level":"DEBUG","level_value":10000}`;
      }),
      '{"@timestamp":"2026-02-11T07:44:10.512Z","@version":"1","message":"Rate stream to pricing-engine terminated","logger_name":"com.example.fx.stream.RateStreamObserver","thread_name":"grpc-default-executor-3","level":"WARN","level_value":30000,"stack_trace":"io.grpc.StatusRuntimeException: UNAVAILABLE: Network closed for unknown reason\\n\\tat io.grpc.Status.asRuntimeException(Status.java:533)\\n\\tat io.grpc.stub.ClientCalls$StreamObserverToCallListenerAdapter.onClose(ClientCalls.java:481)\\n\\tat io.grpc.internal.ClientCallImpl.closeObserver(ClientCallImpl.java:574)\\n\\tat io.grpc.internal.ClientCallImpl.access$300(ClientCallImpl.java:72)\\n\\tat io.grpc.internal.ClientCallImpl$ClientStreamListenerImpl$1StreamClosed.runInternal(ClientCallImpl.java:742)\\n\\tat io.grpc.internal.ClientCallImpl$ClientStreamListenerImpl$1StreamClosed.runInContext(ClientCallImpl.java:723)\\n\\tat io.grpc.internal.ContextRunnable.run(ContextRunnable.java:37)\\n\\tat io.grpc.internal.SerializingExecutor.run(SerializingExecutor.java:133)\\n\\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\\n\\tat java.base/java.lang.Thread.run(Thread.java:1583)\\n"}',
      times(45, (i) => {
        const s = t(7, 45, 0) + i * 60;
        const lines = [
          `{"@timestamp":"${iso(s, 3 + i)}","@version":"1","message":"Rates cache stale: 48 pairs without a tick since 2026-02-11T07:44:09.877Z","logger_name":"com.example.fx.cache.StalenessWatchdog","thread_name":"scheduling-1","level":"WARN","level_value":30000}`,
        ];
        for (let k = 0; k < 4; k += 1) {
          const pair = ['EURUSD', 'GBPUSD', 'USDJPY', 'EURCHF'][(i + k) % 4];
          lines.push(
            k === 3
              ? `{"@timestamp":"${iso(s + 12 + k * 11, 240 + k)}","@version":"1","message":"GetInstrument ${pair} from pricing-engine OK in ${3 + ((i + k) % 5)} ms","logger_name":"com.example.fx.client.InstrumentClient","thread_name":"http-nio-8080-exec-${(i + k) % 10}","level":"INFO","level_value":20000}`
              : `{"@timestamp":"${iso(s + 12 + k * 11, 118 + k)}","@version":"1","message":"Served quote ${pair} from cache (tick age ${60 + i * 60 + k * 11}s)","logger_name":"com.example.fx.api.QuoteController","thread_name":"http-nio-8080-exec-${(i + k) % 10}","level":"INFO","level_value":20000}`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-websockets-market-data-bridge-silent',
    family: 'stuck-client',
    source: 'https://github.com/tintin10q/headless-henk/issues/24',
    signal: 'Alert',
    containers: [
      {
        name: 'market-data-bridge',
        running: { startedAt: '2026-02-09T05:47:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          FEED_URL: 'wss://stream.tickvendor.example/v2/ticks',
          SNAPSHOT_URL: 'https://api.tickvendor.example/v2/snapshot',
          KAFKA_TOPIC: 'md.ticks',
          PYTHONUNBUFFERED: '1',
        },
        args: ['uvicorn', 'bridge.app:app', '--host', '0.0.0.0', '--port', '8080'],
        mounts: [{ volume: 'vendor-token', path: '/var/run/secrets/tickvendor' }],
      },
    ],
    volumes: [{ name: 'vendor-token', secret: 'tickvendor-api-token' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MarketDataFeedSilent: market-data-bridge has published no tick to md.ticks for 50 minutes (usual 900/s during the Asia session).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(10, (i) => {
        const s = t(7, 35, 0) + i * 20;
        return i % 2 === 0
          ? `INFO:     10.42.7.1:${40210 + i} - "GET /healthz HTTP/1.1" 200 OK`
          : `2026-02-11 ${clock(s)},${pad(311 + i, 3)} INFO bridge.feed published ${51200 + i * 377} ticks to md.ticks in the last 60s`;
      }),
      '2026-02-11 07:38:21,402 ERROR asyncio Task exception was never retrieved',
      "future: <Task finished name='feed-consumer' coro=<consume_feed() done, defined at /app/bridge/feed.py:41> exception=ConnectionClosedError(None, None, None)>",
      'Traceback (most recent call last):',
      '  File "/app/bridge/feed.py", line 58, in consume_feed',
      '    async for raw in ws:',
      '  File "/usr/local/lib/python3.12/site-packages/websockets/legacy/protocol.py", line 498, in __aiter__',
      '    yield await self.recv()',
      '          ^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/websockets/legacy/protocol.py", line 568, in recv',
      '    await self.ensure_open()',
      '  File "/usr/local/lib/python3.12/site-packages/websockets/legacy/protocol.py", line 944, in ensure_open',
      '    raise self.connection_closed_exc()',
      'websockets.exceptions.ConnectionClosedError: no close frame received or sent',
      times(50, (i) => {
        const s = t(7, 39, 0) + i * 60;
        const lines = [
          `INFO:     10.42.7.1:${41002 + i * 3} - "GET /healthz HTTP/1.1" 200 OK`,
          `2026-02-11 ${clock(s + 1)},${pad(14 + i, 3)} INFO bridge.feed published 0 ticks to md.ticks in the last 60s`,
        ];
        if (i % 3 === 0) {
          lines.push(
            `2026-02-11 ${clock(s + 30)},${pad(500 + i, 3)} INFO httpx HTTP Request: GET https://api.tickvendor.example/v2/snapshot?symbols=BTC-USD,ETH-USD,SOL-USD "HTTP/1.1 200 OK"`,
            `2026-02-11 ${clock(s + 30)},${pad(530 + i, 3)} INFO bridge.snapshot refreshed reference snapshot for 3 symbols (served by api.tickvendor.example in ${140 + (i % 9) * 7} ms)`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-azure-iot-telemetry-gateway-threads',
    family: 'thread-leak',
    source: 'https://github.com/Azure/azure-iot-sdk-java/issues/1412',
    signal: 'Alert',
    containers: [
      {
        name: 'fleet-telemetry-gateway',
        running: { startedAt: '2026-01-23T06:10:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          IOTHUB_HOSTNAME: 'fleet-prod-weu.azure-devices.net',
          IOTHUB_PROTOCOL: 'AMQPS_WS',
          DEVICE_CLIENTS: '220',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65 -Xss1m',
        },
        mounts: [{ volume: 'device-certs', path: '/etc/fleet/device-certs' }],
      },
    ],
    volumes: [{ name: 'device-certs', secret: 'fleet-device-x509' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'JvmThreadsNearPidLimit: fleet-telemetry-gateway-7c9d6f5b8-2xkqp has 4071 live JVM threads (pod pids limit 4096; +210 threads a day for 19 days); telemetry forwarded by this pod is 12% of its usual rate.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) => {
        const s = t(8, 14, 2) + i * 29;
        const dev = `truck-${pad(1040 + ((i * 37) % 220), 4)}`;
        const uuid = `${(0x1a2b3c4d + i * 7919).toString(16)}-36e2-4538-848c-`;
        if (i % 6 === 2) {
          return [
            `2026-02-11 ${clock(s)},${pad(118 + i, 3)} WARN  (azure-iot-sdk-IotHubReconnectTask:${uuid}a0c1d2e3f405) [com.microsoft.azure.sdk.iot.device.transport.IotHubTransport] - Updating transport status to new status DISCONNECTED_RETRYING with reason NO_NETWORK`,
            `[${1641700 + i * 29}.${pad(i * 13, 3)}s][warning][os,thread] Failed to start thread "Unknown thread" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 0k, detached.`,
            `Exception in thread "azure-iot-sdk-ConnectionReconnectionTask:${uuid}a0c1d2e3f405" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
            '\tat java.base/java.lang.Thread.start0(Native Method)',
            '\tat java.base/java.lang.Thread.start(Thread.java:1553)',
            '\tat java.base/java.util.concurrent.ThreadPoolExecutor.addWorker(ThreadPoolExecutor.java:945)',
            '\tat java.base/java.util.concurrent.ThreadPoolExecutor.ensurePrestart(ThreadPoolExecutor.java:1593)',
            '\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor.delayedExecute(ScheduledThreadPoolExecutor.java:346)',
            '\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor.scheduleWithFixedDelay(ScheduledThreadPoolExecutor.java:706)',
            '\tat com.microsoft.azure.sdk.iot.device.DeviceIO.open(DeviceIO.java:187)',
            `2026-02-11 ${clock(s + 2)},${pad(701 + i, 3)} ERROR (pool-3-thread-${i % 8}) [com.example.fleet.DeviceSession] - device ${dev}: reconnect failed, telemetry buffered (queue=${900 + i * 41})`,
          ].join('\n');
        }
        if (i % 6 === 4) {
          return [
            `2026-02-11 ${clock(s)},${pad(204 + i, 3)} INFO  (azure-iot-sdk-IotHubReconnectTask:${uuid}b1c2d3e4f506) [com.microsoft.azure.sdk.iot.device.transport.IotHubTransport] - The connection to the IoT Hub has been established`,
            `2026-02-11 ${clock(s)},${pad(206 + i, 3)} INFO  (azure-iot-sdk-IotHubReconnectTask:${uuid}b1c2d3e4f506) [com.microsoft.azure.sdk.iot.device.transport.IotHubTransport] - Updating transport status to new status CONNECTED with reason CONNECTION_OK`,
          ].join('\n');
        }
        return `2026-02-11 ${clock(s)},${pad(300 + i, 3)} INFO  (forwarder-1) [com.example.fleet.TelemetryForwarder] - forwarded ${140 + ((i * 53) % 90)} telemetry messages in the last 30s (device sessions connected=${31 - (i % 4)}/220)`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtythird-kyverno-background-controller-no-lease',
    family: 'leader-election',
    source: 'https://github.com/kubernetes-sigs/controller-runtime/issues/3298',
    signal: 'Alert',
    containers: [
      {
        name: 'controller',
        running: { startedAt: '2026-02-11T07:57:35Z' },
        ready: true,
        restarts: 1,
        last: { reason: 'Error', exitCode: 1 },
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        cpuLimit: '500m',
        args: [
          '--disableMetrics=false',
          '--otelConfig=prometheus',
          '--metricsPort=8000',
          '--leaderElectionRetryPeriod=10s',
          '--loggingFormat=text',
          '--v=2',
        ],
        env: { KYVERNO_SERVICEACCOUNT_NAME: 'kyverno-background-controller', KYVERNO_NAMESPACE: 'kyverno' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KyvernoBackgroundControllerStalled: no UpdateRequest processed and no generate or mutate-existing rule applied for 32 minutes (kyverno_controller_reconcile_total{controller_name="background"} flat). kube-apiserver availability is 100% and the kyverno-admission-controller pods, one on the same node, serve normally.',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        16,
        (i) =>
          `I${klog(t(7, 54, 2) + i * 11, 114003 + i * 911)}       1 controller.go:${100 + (i % 3)}] "processing" logger="background" ur="kyverno/ur-${(0x5c1f + i * 13).toString(16)}" policy="sync-registry-pull-secret"`,
      ),
      `E${klog(t(7, 57, 11), 402118)}       1 leaderelection.go:429] Failed to update lock optimitically: Put "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kyverno/leases/kyverno-background-controller?timeout=5s": context deadline exceeded, falling back to slow path`,
      `E${klog(t(7, 57, 21), 403550)}       1 leaderelection.go:436] error retrieving resource lock kyverno/kyverno-background-controller: Get "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kyverno/leases/kyverno-background-controller?timeout=5s": context deadline exceeded`,
      `I${klog(t(7, 57, 31), 404001)}       1 leaderelection.go:297] failed to renew lease kyverno/kyverno-background-controller: timed out waiting for the condition`,
      `I${klog(t(7, 57, 31), 404327)}       1 leaderelection.go:90] "leadership lost, stopped leading" logger="setup.leader-election" id="kyverno-background-controller-6f7d8c9b54-wq4hd_3a1f5d2e-9c7b-4e8a-b2d6-0f1e3c5a7b9d"`,
      `I${klog(t(7, 57, 31), 404551)}       1 main.go:201] "shutting down..." logger="setup"`,
    ),
    currentLog: log(
      `I${klog(t(7, 57, 36), 12401)}       1 main.go:88] "setup" logger="setup" version="v1.13.4" loggingFormat="text"`,
      `I${klog(t(7, 57, 36), 15032)}       1 main.go:122] "background controller starting" logger="setup"`,
      `I${klog(t(7, 57, 36), 15620)}       1 leaderelection.go:257] attempting to acquire leader lease kyverno/kyverno-background-controller...`,
      times(127, (i) => {
        const s = t(7, 57, 41) + i * 15;
        return `E${klog(s, 118402 + ((i * 4217) % 800000))}       1 leaderelection.go:436] error retrieving resource lock kyverno/kyverno-background-controller: Get "https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kyverno/leases/kyverno-background-controller?timeout=5s": dial tcp 172.20.0.1:443: i/o timeout`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ------------------------------------------------------------ memory raises right (3)
  {
    id: 'sixtythird-flux-source-controller-oomkilled',
    family: 'oom-growth',
    source: 'https://github.com/fluxcd/source-controller/issues/192',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'manager',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=manager pod=source-controller-7f6d5c9b8d-jx2vq',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '1Gi',
        memoryRequest: '64Mi',
        cpuLimit: '1',
        args: [
          '--events-addr=http://notification-controller.flux-system.svc.cluster.local./',
          '--watch-all-namespaces=true',
          '--log-level=info',
          '--log-encoding=json',
          '--enable-leader-election',
          '--storage-path=/data',
          '--storage-adv-addr=source-controller.$(RUNTIME_NAMESPACE).svc.cluster.local.',
          '--helm-cache-max-size=10',
          '--helm-cache-ttl=60m',
          '--helm-cache-purge-interval=5m',
        ],
        env: { RUNTIME_NAMESPACE: 'flux-system', TUF_ROOT: '/tmp/.sigstore' },
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'tmp', path: '/tmp' },
        ],
      },
    ],
    volumes: [
      { name: 'data', emptyDir: {} },
      { name: 'tmp', emptyDir: {} },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container manager in pod source-controller-7f6d5c9b8d-jx2vq_flux-system(4c0b9e2a-6f1d-4a7e-9b3c-2d8e5f7a1c60)',
        count: 23,
      },
    ],
    previousLog: log(
      '{"level":"info","ts":"2026-02-11T08:19:02.114Z","logger":"setup","msg":"starting manager"}',
      '{"level":"info","ts":"2026-02-11T08:19:02.118Z","logger":"setup","msg":"caching of Helm index files enabled","maxSize":10,"ttl":"60m","purgeInterval":"5m"}',
      '{"level":"info","ts":"2026-02-11T08:19:02.301Z","msg":"starting server","kind":"health probe","addr":"[::]:9440"}',
      '{"level":"info","ts":"2026-02-11T08:19:02.302Z","logger":"controller-runtime.metrics","msg":"Starting metrics server"}',
      '{"level":"info","ts":"2026-02-11T08:19:02.305Z","msg":"attempting to acquire leader lease flux-system/source-controller-leader-election..."}',
      '{"level":"info","ts":"2026-02-11T08:19:19.517Z","msg":"successfully acquired lease flux-system/source-controller-leader-election"}',
      times(5, (i) => {
        const kind =
          ['GitRepository', 'HelmRepository', 'HelmChart', 'OCIRepository', 'Bucket'][i] ?? 'Bucket';
        return `{"level":"info","ts":"2026-02-11T08:19:19.${pad(600 + i * 31, 3)}Z","msg":"Starting workers","controller":"${kind.toLowerCase()}","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"${kind}","worker count":4}`;
      }),
      times(9, (i) => {
        const repo = [
          'platform',
          'apps-payments',
          'apps-catalog',
          'apps-identity',
          'infra-addons',
          'apps-search',
          'apps-notify',
          'apps-ledger',
          'policies',
        ][i];
        return `{"level":"info","ts":"2026-02-11T08:19:${pad(21 + i * 2)}.${pad(118 + i * 73, 3)}Z","msg":"no changes since last reconcilation: observed revision 'main@sha1:${(0x9f3c1a7 + i * 104729).toString(16)}e1d0b6a4c2f8e7d1'","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"${repo}","namespace":"flux-system"},"namespace":"flux-system","name":"${repo}","reconcileID":"${(0x3b1e7c20 + i * 7717).toString(16)}-5d2a-4c8e-9f10-7a6b${pad(i, 8)}"}`;
      }),
      times(4, (i) => {
        const ns = ['flux-system', 'team-payments', 'team-catalog', 'team-identity'][i];
        return `{"level":"info","ts":"2026-02-11T08:19:${pad(41 + i * 4)}.${pad(207 + i * 91, 3)}Z","msg":"stored fetched index of size 61.28MB from 'https://artifactory.corp.example/artifactory/api/helm/helm-virtual'","controller":"helmrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"HelmRepository","HelmRepository":{"name":"artifactory-virtual","namespace":"${ns}"},"namespace":"${ns}","name":"artifactory-virtual","reconcileID":"${(0x7c2d9e10 + i * 5501).toString(16)}-1a3b-4c5d-8e9f-0a1b${pad(i, 8)}"}`;
      }),
      times(6, (i) => {
        const chart = [
          'ingress-nginx',
          'cert-manager',
          'external-dns',
          'payments-api',
          'catalog-web',
          'identity-gateway',
        ][i];
        const ns = [
          'flux-system',
          'flux-system',
          'flux-system',
          'team-payments',
          'team-catalog',
          'team-identity',
        ][i];
        return `{"level":"info","ts":"2026-02-11T08:19:${pad(52 + i)}.${pad(40 + i * 113, 3)}Z","msg":"artifact up-to-date with remote revision: '${['4.11.3', 'v1.16.2', '1.15.0', '3.42.1', '2.8.0', '1.19.4'][i]}'","controller":"helmchart","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"HelmChart","HelmChart":{"name":"${ns}-${chart}","namespace":"${ns}"},"namespace":"${ns}","name":"${ns}-${chart}","reconcileID":"${(0x51aa0c3e + i * 9001).toString(16)}-77de-4b0a-a1c2-5e6f${pad(i, 8)}"}`;
      }),
      '{"level":"info","ts":"2026-02-11T08:20:41.902Z","msg":"stored fetched index of size 61.28MB from \'https://artifactory.corp.example/artifactory/api/helm/helm-virtual\'","controller":"helmrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"HelmRepository","HelmRepository":{"name":"artifactory-virtual","namespace":"team-search"},"namespace":"team-search","name":"artifactory-virtual","reconcileID":"9e0f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtythird-gatekeeper-audit-oomkilled-mid-audit',
    family: 'oom-growth',
    source: 'https://github.com/cloudoperators/greenhouse-extensions/pull/1990',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'manager',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=manager pod=gatekeeper-audit-6b8c7d5f94-rk7tz',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          '--audit-interval=60',
          '--log-level=INFO',
          '--constraint-violations-limit=20',
          '--validating-webhook-configuration-name=gatekeeper-validating-webhook-configuration',
          '--mutating-webhook-configuration-name=gatekeeper-mutating-webhook-configuration',
          '--audit-from-cache=false',
          '--audit-chunk-size=500',
          '--audit-match-kind-only=false',
          '--emit-audit-events=false',
          '--operation=audit',
          '--operation=status',
          '--operation=mutation-status',
          '--logtostderr',
          '--health-addr=:9090',
          '--prometheus-port=8888',
          '--enable-external-data=true',
        ],
        env: {
          POD_NAMESPACE: 'gatekeeper-system',
          CONTAINER_NAME: 'manager',
          OTEL_RESOURCE_ATTRIBUTES: 'k8s.pod.name=gatekeeper-audit',
        },
        mounts: [{ volume: 'tmp-volume', path: '/tmp/audit' }],
      },
    ],
    volumes: [{ name: 'tmp-volume', emptyDir: {} }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container manager in pod gatekeeper-audit-6b8c7d5f94-rk7tz_gatekeeper-system(0e7d3a91-2c44-4b6f-9a1e-5f8c2b7d3e06)',
        count: 31,
      },
      {
        reason: 'AlertFiring',
        message:
          'GatekeeperAuditStale: the last completed Gatekeeper audit finished at 05:41 UTC; the cluster has grown from 6100 to 14800 pods since the batch-inference NodePool was added on 2026-02-10.',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"level":"info","ts":1770797821.4412,"logger":"setup","msg":"setting up manager","audit":true,"webhook":false}',
      '{"level":"info","ts":1770797821.9024,"logger":"setup","msg":"setting up controllers"}',
      '{"level":"info","ts":1770797822.0117,"logger":"controller","msg":"Starting Audit Manager","process":"audit"}',
      '{"level":"info","ts":1770797822.0119,"logger":"controller","msg":"Starting workers","controller":"constrainttemplate-controller","worker count":1}',
      times(14, (i) => {
        const kind = [
          'K8sRequiredLabels',
          'K8sAllowedRepos',
          'K8sContainerLimits',
          'K8sPSPPrivilegedContainer',
          'K8sPSPHostNamespace',
          'K8sBlockNodePort',
          'K8sRequiredProbes',
          'K8sDisallowedTags',
          'K8sReplicaLimits',
          'K8sPSPCapabilities',
          'K8sHttpsOnly',
          'K8sUniqueIngressHost',
          'K8sPSPReadOnlyRootFilesystem',
          'K8sRequiredAnnotations',
        ][i];
        return `{"level":"info","ts":${(1770797822.2 + i * 0.137).toFixed(4)},"logger":"controller","msg":"constraint","process":"audit","audit_id":"2026-02-11T08:17:02Z","resource kind":"${kind}"}`;
      }),
      '{"level":"info","ts":1770797882.0121,"logger":"controller","msg":"auditing constraints and violations","process":"audit","audit_id":"2026-02-11T08:18:02Z","event_type":"audit_started","semantic":true}',
      '{"level":"info","ts":1770797882.0133,"logger":"controller","msg":"Auditing via discovery client","process":"audit","audit_id":"2026-02-11T08:18:02Z","semantic":true}',
      '{"level":"info","ts":1770797884.2051,"logger":"controller","msg":"starting update constraints loop","process":"audit","audit_id":"2026-02-11T08:18:02Z","constraints to update":"map[]"}',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixtythird-hollow-catalog-api-heap-on-snapshot',
    family: 'oom-growth',
    source:
      'https://github.com/Netflix/hollow/blob/master/hollow/src/main/java/com/netflix/hollow/api/client/HollowClientUpdater.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('catalog-api', 3, 5),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          HOLLOW_BLOB_BUCKET: 'catalog-hollow-prod',
          HOLLOW_NAMESPACE: 'catalog',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'hollow-blobs', path: '/var/cache/hollow' }],
      },
    ],
    volumes: [{ name: 'hollow-blobs', emptyDir: { sizeLimit: '8Gi' } }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container catalog-api in pod catalog-api-5f7c9d8b6-vz4pl_catalog(7a2e1c0d-94b3-4f6e-8d1a-3c5b7e9f2a14)',
        count: 14,
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.6.77:8081/actuator/health/readiness": dial tcp 10.42.6.77:8081: connect: connection refused',
        count: 22,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11 08:22:14.211  INFO 1 --- [           main] c.e.catalog.CatalogApiApplication        : Starting CatalogApiApplication v7.4.2 using Java 21.0.5 with PID 1 (/app/catalog-api.jar started by app in /app)',
      '2026-02-11 08:22:14.214  INFO 1 --- [           main] c.e.catalog.CatalogApiApplication        : The following 1 profile is active: "prod"',
      '2026-02-11 08:22:16.902  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11 08:22:16.918  INFO 1 --- [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]',
      '2026-02-11 08:22:16.919  INFO 1 --- [           main] o.apache.catalina.core.StandardEngine    : Starting Servlet engine: [Apache Tomcat/10.1.33]',
      '2026-02-11 08:22:17.004  INFO 1 --- [           main] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring embedded WebApplicationContext',
      '2026-02-11 08:22:17.338  INFO 1 --- [           main] c.e.catalog.hollow.HollowConsumerConfig  : JVM max heap 2304 MiB (MaxRAMPercentage=75 of 3072 MiB)',
      '2026-02-11 08:22:17.512  INFO 1 --- [           main] c.e.catalog.hollow.S3BlobRetriever       : Latest announced version 20260211074500017 (previous snapshots: 20260210074500011 0.97 GiB, 20260211014500004 1.12 GiB)',
      '2026-02-11 08:22:17.516  INFO 1 --- [           main] c.e.catalog.hollow.S3BlobRetriever       : Retrieving snapshot s3://catalog-hollow-prod/catalog/snapshot-20260211074500017 (1.41 GiB, 26014882 Product records after the marketplace import)',
      '2026-02-11 08:22:17.519  INFO 1 --- [           main] c.n.h.api.client.HollowClientUpdater     : Hollow update plan: beforeVersion=-9223372036854775808, requestedVersion=20260211074500017, updatePlan={SNAPSHOT to 20260211074500017}',
      times(
        8,
        (i) =>
          `2026-02-11 08:22:${pad(22 + i * 3)}.${pad(100 + i * 77, 3)}  INFO 1 --- [           main] c.e.catalog.hollow.S3BlobRetriever       : snapshot-20260211074500017: ${Math.round(((i + 1) / 9) * 1444)} MiB of 1444 MiB read`,
      ),
      '2026-02-11 08:22:49.640  INFO 1 --- [           main] c.e.catalog.hollow.S3BlobRetriever       : snapshot-20260211074500017: 1444 MiB of 1444 MiB read',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
  },
  // ------------------------------------------------------------ scale-ups right (2)
  {
    id: 'sixtythird-cadence-settlement-workers-backlog',
    family: 'capacity',
    source:
      'https://github.com/kubernetes-monitoring/kubernetes-mixin/blob/master/alerts/apps_alerts.libsonnet',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement-worker',
        running: { startedAt: '2026-02-11T06:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          CADENCE_HOSTPORT: 'cadence-frontend.cadence.svc.cluster.local:7833',
          CADENCE_DOMAIN: 'payments',
          TASK_LIST: 'settlement-activities',
          WORKER_ACTIVITY_CONCURRENCY: '64',
          BANK_API_URL: 'https://api.clearing.example-bank.com/v3',
        },
      },
    ],
    rollout: { minutesAgo: 140, addedEnv: { GOMEMLIMIT: '460MiB' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA payments/settlement-worker has been running at max replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'CadenceTaskListBacklog: task list settlement-activities (domain payments) backlog is 42180 activities (usual < 500); schedule-to-start p99 14m while activity execution p99 stays 0.6s; every settlement-worker pod is at its 1-CPU limit. Month-end settlement volume is 3.1x last Wednesday.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T06:12:41.902Z","logger":"cadence","msg":"Started Worker","Domain":"payments","TaskList":"settlement-activities","WorkerID":"1@settlement-worker-6c8d7f9b5-n4kqz@settlement-activities"}',
      times(180, (i) => {
        const s = t(8, 15, 1) + i * 5;
        const d = 380 + ((i * 71) % 260);
        if (i % 12 === 6) {
          return `{"level":"info","ts":"${iso(s, 500 + i)}","logger":"worker","msg":"activity slots in use","in_use":64,"max":64,"task_list":"settlement-activities"}`;
        }
        return `{"level":"info","ts":"${iso(s, (i * 137) % 1000)}","logger":"settlement","msg":"settled batch","batch_id":"stl-20260211-${pad(48200 + i, 6)}","payments":${40 + (i % 11)},"bank_api_ms":${d - 120},"duration_ms":${d},"attempt":1}`;
      }),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'sixtythird-zeebe-kyc-workers-job-backlog',
    family: 'capacity',
    source: 'https://github.com/camunda/connector-sdk/pull/224',
    signal: 'Alert',
    containers: [
      {
        name: 'kyc-job-worker',
        running: { startedAt: '2026-02-10T13:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          CAMUNDA_CLIENT_ZEEBE_GRPC_ADDRESS: 'http://zeebe-gateway.camunda.svc.cluster.local:26500',
          CAMUNDA_CLIENT_ZEEBE_DEFAULTS_MAX_JOBS_ACTIVE: '32',
          CAMUNDA_CLIENT_ZEEBE_EXECUTION_THREADS: '8',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ZeebeJobBacklogHigh: 18400 activatable jobs of type kyc-document-check (usual < 300) since the 07:30 spring onboarding campaign; all 4 kyc-job-worker pods run at their CPU limit with 32 of 32 jobs active; job completion latency p99 41s (usual 1.2s). Zeebe gateway and brokers healthy, backpressure 0%.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(190, (i) => {
        const s = t(8, 13, 2) + i * 5;
        const wait = 28 + ((i * 13) % 14);
        if (i % 15 === 7) {
          return `${jtime(s, 412 + i)}  INFO 1 --- [   scheduling-1] c.e.kyc.metrics.WorkerLoad               : kyc-document-check: 32/32 jobs active, 8/8 execution threads busy, process CPU ${(0.97 + (i % 3) * 0.01).toFixed(2)} of 1.00`;
        }
        return `${jtime(s, (i * 173) % 1000)}  INFO 1 --- [pool-2-thread-${(i % 8) + 1}] com.example.kyc.KycWorker                : Completed job ${2251799813685248 + i * 37} kyc-document-check applicationId=APP-${5520100 + i} documents=${(i % 3) + 1} in ${900 + ((i * 61) % 500)} ms (waited ${wait}s in worker queue)`;
      }),
    ),
    accept: ['scale-up'],
  },
  // ------------------------------------------------------------ rollbacks right (3)
  {
    id: 'sixtythird-audit-trail-writer-change-stream-crash',
    family: 'bad-config',
    source:
      'https://github.com/mongodb/mongo/blob/master/src/mongo/db/pipeline/document_source_change_stream_add_pre_image.cpp',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('audit-trail-writer', 1, 6),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          MONGO_URL:
            'mongodb://core-mongo-0.core-mongo,core-mongo-1.core-mongo,core-mongo-2.core-mongo/core?replicaSet=rs0',
          WATCH_COLLECTIONS: 'accounts,entitlements',
          AUDIT_TOPIC: 'audit.trail',
          NODE_ENV: 'production',
        },
      },
    ],
    rollout: {
      minutesAgo: 18,
      previousTag: '2.2.9',
      addedEnv: { CHANGE_STREAM_FULL_DOCUMENT_BEFORE_CHANGE: 'required' },
    },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container audit-trail-writer in pod audit-trail-writer-84d9c6f7b-tq5mx_core(61b0f2d4-8a3e-4c17-95e2-3d7a9c1b0e48)',
        count: 19,
      },
    ],
    previousLog: log(
      '{"level":30,"time":1770798300101,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"audit-trail-writer 2.3.1 starting","node":"v20.18.1"}',
      '{"level":30,"time":1770798300108,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"config loaded","watchCollections":["accounts","entitlements"],"auditTopic":"audit.trail","fullDocumentBeforeChange":"required"}',
      '{"level":30,"time":1770798300211,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"health server listening","port":8081}',
      '{"level":30,"time":1770798300297,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"loaded resume tokens from audit_checkpoints","collections":2}',
      '{"level":30,"time":1770798300312,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"connected to mongodb","replicaSet":"rs0","primary":"core-mongo-1.core-mongo:27017"}',
      '{"level":30,"time":1770798300318,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","msg":"kafka producer connected","brokers":"kafka-bootstrap.streaming.svc:9092"}',
      '{"level":30,"time":1770798300344,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","collection":"accounts","fullDocument":"updateLookup","fullDocumentBeforeChange":"required","resumeAfter":"8267AB3E9C000000012B042C0100296E5A10046C1F0A2E9D3B4E7A8C5F1D2B3A4C5E6F46645F696400646765F1C2A08B3D7E9F1A2B3C4D0004","msg":"watching collection"}',
      '{"level":30,"time":1770798300351,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","collection":"entitlements","fullDocument":"updateLookup","fullDocumentBeforeChange":"required","msg":"watching collection"}',
      times(
        12,
        (i) =>
          `{"level":30,"time":${1770798300400 + i * 151},"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","collection":"entitlements","operationType":"insert","documentKey":"65f1c2a08b3d7e9f1a2b${pad(i * 7, 4)}","msg":"published audit record"}`,
      ),
      '{"level":60,"time":1770798302418,"pid":1,"hostname":"audit-trail-writer-84d9c6f7b-tq5mx","collection":"accounts","err":{"type":"MongoServerError","message":"Executor error during getMore :: caused by :: Change stream was configured to require a pre-image for all update, delete and replace events, but pre-image id was not available for event: {_id: {_data: \\"8267AB3F0E000000022B042C0100296E5A10046C1F0A2E9D3B4E7A8C5F1D2B3A4C5E6F46645F696400646765F1C2A08B3D7E9F1A2B3C4D0004\\"}, operationType: \\"update\\", clusterTime: Timestamp(1770798302, 2), wallTime: new Date(1770798302114), ns: {db: \\"core\\", coll: \\"accounts\\"}, documentKey: {_id: ObjectId(\'65f1c2a08b3d7e9f1a2b3c4d\')}}","code":51770,"codeName":"Location51770","stack":"MongoServerError: Executor error during getMore :: caused by :: Change stream was configured to require a pre-image for all update, delete and replace events, but pre-image id was not available for event: ...\\n    at Connection.sendCommand (/app/node_modules/mongodb/lib/cmap/connection.js:299:27)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)\\n    at async Connection.command (/app/node_modules/mongodb/lib/cmap/connection.js:327:26)\\n    at async GetMoreOperation.execute (/app/node_modules/mongodb/lib/operations/get_more.js:54:16)\\n    at async ChangeStreamCursor.getMore (/app/node_modules/mongodb/lib/cursor/abstract_cursor.js:435:16)"},"msg":"change stream failed, exiting"}',
    ),
    accept: ['rollback'],
  },
  {
    id: 'sixtythird-inventory-service-cassandra-session-fails',
    family: 'bad-config',
    source:
      'https://github.com/apache/cassandra-java-driver/blob/4.x/core/src/main/java/com/datastax/oss/driver/internal/core/loadbalancing/helper/MandatoryLocalDcHelper.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('inventory-service', 1, 8),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_CASSANDRA_KEYSPACE_NAME: 'inventory',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
        mounts: [{ volume: 'cassandra-creds', path: '/etc/cassandra-creds' }],
      },
    ],
    volumes: [{ name: 'cassandra-creds', secret: 'inventory-service-cassandra' }],
    rollout: {
      minutesAgo: 22,
      previousTag: '2.2.7',
      addedEnv: { SPRING_CASSANDRA_CONTACT_POINTS: 'cassandra-dc1-service.cassandra.svc.cluster.local:9042' },
    },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.9.31:8081/actuator/health/liveness": dial tcp 10.42.9.31:8081: connect: connection refused',
        count: 27,
      },
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container inventory-service in pod inventory-service-6cf9d8b7c4-8rjzn_retail(2f8e4b1a-c6d0-4e93-a7b5-1d3c9f0e2a67)',
        count: 24,
      },
    ],
    previousLog: log(
      '2026-02-11T08:24:40.902Z  INFO 1 --- [inventory-service] [           main] c.e.inventory.InventoryApplication       : Starting InventoryApplication v2.3.1 using Java 21.0.5 with PID 1 (/app/inventory-service.jar started by app in /app)',
      '2026-02-11T08:24:40.906Z  INFO 1 --- [inventory-service] [           main] c.e.inventory.InventoryApplication       : The following 1 profile is active: "prod"',
      '2026-02-11T08:24:43.311Z  INFO 1 --- [inventory-service] [           main] .s.d.r.c.RepositoryConfigurationDelegate : Bootstrapping Spring Data Cassandra repositories in DEFAULT mode.',
      '2026-02-11T08:24:43.402Z  INFO 1 --- [inventory-service] [           main] .s.d.r.c.RepositoryConfigurationDelegate : Finished Spring Data repository scanning in 84 ms. Found 6 Cassandra repository interfaces.',
      '2026-02-11T08:24:45.118Z  INFO 1 --- [inventory-service] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11T08:24:45.877Z  INFO 1 --- [inventory-service] [           main] c.d.o.d.internal.core.DefaultMavenCoordinates : DataStax Java driver for Apache Cassandra(R) (com.datastax.oss:java-driver-core) version 4.17.0',
      '2026-02-11T08:24:46.529Z  INFO 1 --- [inventory-service] [     s0-admin-0] c.d.o.d.internal.core.time.Clock         : Using native clock for microsecond precision',
      "2026-02-11T08:24:46.998Z  WARN 1 --- [inventory-service] [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'stockLevelService' defined in URL [jar:nested:/app/inventory-service.jar/!BOOT-INF/classes/!/com/example/inventory/StockLevelService.class]: Unsatisfied dependency expressed through constructor parameter 0: Error creating bean with name 'cassandraSession' defined in class path resource [org/springframework/boot/autoconfigure/cassandra/CassandraAutoConfiguration.class]: Failed to instantiate [com.datastax.oss.driver.api.core.CqlSession]: Factory method 'cassandraSession' threw exception with message: Since you provided explicit contact points, the local DC must be explicitly set (see basic.load-balancing-policy.local-datacenter in the config, or set it programmatically with SessionBuilder.withLocalDatacenter). Current contact points are: Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042, hostId=9b0f7c2e-41d3-4a8e-b6f1-0d2c3e4f5a61, hashCode=5e1a2b3c)=dc1, Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.22:9042, hostId=1c7e9a04-2b5d-4f6e-8a9b-3c0d1e2f4a52, hashCode=2d7f6e1a)=dc1, Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.35:9042, hostId=7a3b5c9d-0e1f-4a2b-9c8d-6e5f4a3b2c10, hashCode=4b9c0d2e)=dc1. Current DCs in this cluster are: dc1",
      '2026-02-11T08:24:47.004Z  INFO 1 --- [inventory-service] [           main] o.apache.catalina.core.StandardService   : Stopping service [Tomcat]',
      '2026-02-11T08:24:47.031Z  INFO 1 --- [inventory-service] [           main] .s.b.a.l.ConditionEvaluationReportLogger : ',
      '',
      "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled.",
      '2026-02-11T08:24:47.049Z ERROR 1 --- [inventory-service] [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'stockLevelService': Unsatisfied dependency expressed through constructor parameter 0: Error creating bean with name 'cassandraSession' defined in class path resource [org/springframework/boot/autoconfigure/cassandra/CassandraAutoConfiguration.class]: Failed to instantiate [com.datastax.oss.driver.api.core.CqlSession]: Factory method 'cassandraSession' threw exception with message: Since you provided explicit contact points, the local DC must be explicitly set (see basic.load-balancing-policy.local-datacenter in the config, or set it programmatically with SessionBuilder.withLocalDatacenter).",
      '\tat org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:795)',
      '\tat org.springframework.beans.factory.support.ConstructorResolver.autowireConstructor(ConstructorResolver.java:237)',
      '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)',
      '\tat com.example.inventory.InventoryApplication.main(InventoryApplication.java:12)',
      'Caused by: java.lang.IllegalStateException: Since you provided explicit contact points, the local DC must be explicitly set (see basic.load-balancing-policy.local-datacenter in the config, or set it programmatically with SessionBuilder.withLocalDatacenter). Current contact points are: Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042, hostId=9b0f7c2e-41d3-4a8e-b6f1-0d2c3e4f5a61, hashCode=5e1a2b3c)=dc1, Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.22:9042, hostId=1c7e9a04-2b5d-4f6e-8a9b-3c0d1e2f4a52, hashCode=2d7f6e1a)=dc1, Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.35:9042, hostId=7a3b5c9d-0e1f-4a2b-9c8d-6e5f4a3b2c10, hashCode=4b9c0d2e)=dc1. Current DCs in this cluster are: dc1',
      '\tat com.datastax.oss.driver.internal.core.loadbalancing.helper.MandatoryLocalDcHelper.discoverLocalDc(MandatoryLocalDcHelper.java:86)',
      '\tat com.datastax.oss.driver.internal.core.loadbalancing.BasicLoadBalancingPolicy.init(BasicLoadBalancingPolicy.java:161)',
      '\tat com.datastax.oss.driver.internal.core.loadbalancing.DefaultLoadBalancingPolicy.init(DefaultLoadBalancingPolicy.java:127)',
      '\tat com.datastax.oss.driver.internal.core.metadata.LoadBalancingPolicyWrapper.init(LoadBalancingPolicyWrapper.java:140)',
      '\t... 46 common frames omitted',
    ),
    accept: ['rollback'],
  },
  {
    id: 'sixtythird-ledger-sync-amqp-provider-rejected',
    family: 'bad-config',
    source:
      'https://github.com/apache/qpid-jms/blob/main/qpid-jms-client/src/main/java/org/apache/qpid/jms/provider/failover/FailoverProviderFactory.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-sync', 1, 5),
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          LEDGER_QUEUE: 'ledger.postings',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
        mounts: [{ volume: 'amqp-credentials', path: '/etc/amqp' }],
      },
    ],
    volumes: [{ name: 'amqp-credentials', secret: 'ledger-amqp-credentials' }],
    rollout: {
      minutesAgo: 14,
      previousTag: '2.2.8',
      addedEnv: {
        AMQP_URI:
          'failover:(amqp://artemis-0.artemis.messaging.svc:5672,amqp://artemis-1.artemis.messaging.svc:5672)?failover.maxReconectAttempts=-1&failover.warnAfterReconnectAttempts=10',
      },
    },
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container ledger-sync in pod ledger-sync-59b7d4c8f6-hw2mt_finance(9d4c1e7a-0b2f-4a63-8e95-7c1d3b5a2f08)',
        count: 11,
      },
    ],
    previousLog: log(
      '2026-02-11 08:26:02.114 INFO  [main] c.e.ledger.LedgerSyncMain - ledger-sync 2.3.1 starting (queue=ledger.postings, prefetch=100)',
      '2026-02-11 08:26:02.118 INFO  [main] c.e.ledger.config.Settings - AMQP_URI=failover:(amqp://artemis-0.artemis.messaging.svc:5672,amqp://artemis-1.artemis.messaging.svc:5672)?failover.maxReconectAttempts=-1&failover.warnAfterReconnectAttempts=10',
      '2026-02-11 08:26:02.120 INFO  [main] c.e.ledger.config.Settings - LEDGER_QUEUE=ledger.postings',
      '2026-02-11 08:26:02.301 INFO  [main] c.e.ledger.db.DataSourceFactory - HikariPool-1 - Starting...',
      '2026-02-11 08:26:02.451 INFO  [main] c.e.ledger.db.DataSourceFactory - HikariPool-1 - Start completed.',
      '2026-02-11 08:26:02.560 INFO  [main] c.e.ledger.LedgerSyncMain - ledger schema version 41 (expected 41)',
      '2026-02-11 08:26:02.608 INFO  [main] c.e.ledger.LedgerSyncMain - last applied posting id 88412907 (2026-02-11T08:11:52Z)',
      '2026-02-11 08:26:02.611 INFO  [main] c.e.ledger.LedgerSyncMain - connecting to AMQP broker using AMQP_URI',
      '2026-02-11 08:26:02.733 ERROR [main] c.e.ledger.LedgerSyncMain - could not create JMS connection, exiting',
      'jakarta.jms.JMSException:  Not all options could be set on the Failover provider. Check the options are spelled correctly. Unused parameters=[{maxReconectAttempts=-1}]. This Provider cannot be started.',
      '\tat org.apache.qpid.jms.exceptions.JmsExceptionSupport.create(JmsExceptionSupport.java:80)',
      '\tat org.apache.qpid.jms.exceptions.JmsExceptionSupport.create(JmsExceptionSupport.java:112)',
      '\tat org.apache.qpid.jms.JmsConnectionFactory.createProvider(JmsConnectionFactory.java:266)',
      '\tat org.apache.qpid.jms.JmsConnectionFactory.createConnection(JmsConnectionFactory.java:199)',
      '\tat org.apache.qpid.jms.JmsConnectionFactory.createConnection(JmsConnectionFactory.java:186)',
      '\tat com.example.ledger.LedgerSyncMain.main(LedgerSyncMain.java:57)',
      'Caused by: java.lang.IllegalArgumentException:  Not all options could be set on the Failover provider. Check the options are spelled correctly. Unused parameters=[{maxReconectAttempts=-1}]. This Provider cannot be started.',
      '\tat org.apache.qpid.jms.provider.failover.FailoverProviderFactory.createProvider(FailoverProviderFactory.java:81)',
      '\tat org.apache.qpid.jms.provider.ProviderFactory.create(ProviderFactory.java:86)',
      '\tat org.apache.qpid.jms.JmsConnectionFactory.createProvider(JmsConnectionFactory.java:261)',
      '\t... 3 more',
      '2026-02-11 08:26:02.741 INFO  [main] c.e.ledger.db.DataSourceFactory - HikariPool-1 - Shutdown completed.',
    ),
    accept: ['rollback'],
  },
  // ------------------------------------------------------------ cache flushes right (2)
  {
    id: 'sixtythird-thingsboard-login-500-after-upgrade',
    family: 'poisoned-cache',
    source: 'https://github.com/thingsboard/thingsboard/issues/11013',
    signal: 'Alert',
    containers: [
      {
        name: 'tb-node',
        running: { startedAt: '2026-02-11T07:55:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          CACHE_TYPE: 'redis',
          REDIS_CONNECTION_TYPE: 'standalone',
          REDIS_HOST: 'tb-redis-cache.iot.svc.cluster.local',
          SPRING_DATASOURCE_URL: 'jdbc:postgresql://tb-postgres-rw.iot.svc:5432/thingsboard',
          TB_QUEUE_TYPE: 'kafka',
          JAVA_OPTS: '-XX:MaxRAMPercentage=70',
        },
        mounts: [{ volume: 'tb-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'tb-config', configMap: 'tb-node-config' }],
    rollout: { minutesAgo: 36, previousTag: '2.2.4' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ThingsBoardLoginErrors: 97% of POST /api/auth/login on tb-node return 500 since 07:56; device telemetry ingestion is normal.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:55:31,904 [main] INFO  o.t.server.ThingsboardServerApplication - Started ThingsboardServerApplication in 18.702 seconds (process running for 19.611)',
      times(33, (i) => {
        const s = t(7, 56, 4) + i * 58;
        if (i % 4 === 3) {
          return `2026-02-11 ${clock(s)},${pad((i * 41) % 1000, 3)} [sql-queue-${i % 4}-ts-callback] INFO  o.t.s.dao.sql.TbSqlBlockingQueue - [ts] queueSize [0] totalAdded [${11800 + i * 47}] totalSaved [${11800 + i * 47}] totalFailed [0]`;
        }
        return [
          `2026-02-11 ${clock(s)},${pad(190 + i, 3)} [http-nio-0.0.0.0-8080-exec-${(i % 9) + 1}] ERROR o.a.c.c.C.[.[.[.[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception`,
          'org.springframework.data.redis.serializer.SerializationException: Cannot deserialize; nested exception is org.springframework.core.serializer.support.SerializationFailedException: Failed to deserialize payload. Is the byte array a result of corresponding serialization for DefaultDeserializer?; nested exception is java.io.InvalidClassException: org.thingsboard.server.common.data.security.model.UserPasswordPolicy; local class incompatible: stream classdesc serialVersionUID = -975976702760516703, local class serialVersionUID = -6416815499769045467',
          '\tat org.springframework.data.redis.serializer.JdkSerializationRedisSerializer.deserialize(JdkSerializationRedisSerializer.java:84)',
          '\tat org.springframework.data.redis.serializer.DefaultRedisElementReader.read(DefaultRedisElementReader.java:49)',
          '\tat org.springframework.data.redis.serializer.RedisSerializationContext$SerializationPair.read(RedisSerializationContext.java:272)',
          '\tat org.springframework.data.redis.cache.RedisCache.deserializeCacheValue(RedisCache.java:298)',
          '\tat org.springframework.data.redis.cache.RedisCache.lookup(RedisCache.java:95)',
          '\tat org.springframework.cache.support.AbstractValueAdaptingCache.get(AbstractValueAdaptingCache.java:58)',
          '\tat org.thingsboard.server.cache.RedisTbTransactionalCache.get(RedisTbTransactionalCache.java:106)',
          '\tat org.thingsboard.server.dao.settings.AdminSettingsServiceImpl.findAdminSettingsByKey(AdminSettingsServiceImpl.java:71)',
          '\t... 96 common frames omitted',
        ].join('\n');
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'sixtythird-catalog-bff-cache-set-oom',
    family: 'cache-full',
    source: 'https://github.com/integrations/slack/pull/448',
    signal: 'Alert',
    containers: [
      {
        name: 'catalog-bff',
        running: { startedAt: '2026-02-10T16:22:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          CACHE_REDIS_URL: 'redis://catalog-bff-cache-master.storefront.svc:6379/0',
          CACHE_TTL_MS: '300000',
          CATALOG_API_URL: 'http://catalog-api.catalog.svc.cluster.local:8080',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CatalogBffLatencyHigh: catalog-bff p99 2.8s (usual 190ms) for 25 minutes; cache hit ratio 31% (usual 92%). catalog-bff-cache Redis: used_memory 2.00G of maxmemory 2.00G, maxmemory-policy noeviction, evicted_keys 0.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(120, (i) => {
        const s = t(8, 5, 3) + i * 12;
        const d = new Date((1770768000 + s) * 1000);
        const hh = d.getUTCHours();
        const ts = `02/11/2026, ${hh % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hh < 12 ? 'AM' : 'PM'}`;
        const sku = `SKU-${pad(104000 + ((i * 7919) % 90000), 6)}`;
        if (i % 3 === 2) {
          return `[Nest] 1  - ${ts}     LOG [HttpAccess] GET /v2/products/${sku} 200 ${420 + ((i * 53) % 2400)}ms`;
        }
        if (i % 3 === 1) {
          return `[Nest] 1  - ${ts}   ERROR [CatalogCache] cache set failed for key catalog:product:${sku}: ReplyError: OOM command not allowed when used memory > 'maxmemory'.`;
        }
        return `[Nest] 1  - ${ts}   DEBUG [CatalogCache] miss catalog:product:${sku}, fetched from catalog-api in ${380 + ((i * 31) % 120)}ms`;
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  // ------------------------------------------------------------ node actions right (2)
  {
    id: 'sixtythird-ws-gateway-cannot-create-container',
    family: 'node-disk',
    source: 'https://github.com/kubernetes/node-problem-detector/blob/master/config/readonly-monitor.json',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'ws-gateway',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to create containerd container: failed to mount /var/lib/containerd/tmpmounts/containerd-mount2871441093: mkdir /var/lib/containerd/tmpmounts/containerd-mount2871441093: read-only file system',
        },
        last: { reason: 'Error', exitCode: 1 },
        restarts: 4,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { PORT: '8080', SESSION_SPOOL_DIR: '/tmp/ws-gateway', NODE_ENV: 'production' },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'ReadonlyFilesystem',
          status: 'True',
          reason: 'FilesystemIsReadOnly',
          message: 'Filesystem is read-only',
        },
        {
          type: 'KernelDeadlock',
          status: 'False',
          reason: 'KernelHasNoDeadlock',
          message: 'kernel has no deadlock',
        },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'Failed',
        type: 'Warning',
        message:
          'Error: failed to create containerd container: failed to mount /var/lib/containerd/tmpmounts/containerd-mount2871441093: mkdir /var/lib/containerd/tmpmounts/containerd-mount2871441093: read-only file system',
        count: 17,
      },
      {
        reason: 'FilesystemIsReadOnly',
        type: 'Warning',
        message:
          'Node condition ReadonlyFilesystem is now: True, reason: FilesystemIsReadOnly, message: "Filesystem is read-only"',
      },
    ],
    previousLog: log(
      times(18, (i) => {
        const s = t(8, 3, 4) + i * 9;
        return `{"level":"info","time":"${iso(s, 120 + i * 37)}","msg":"session ${i % 3 === 0 ? 'opened' : 'message'}","sid":"ws_${(0x7e1a0 + i * 131).toString(16)}","room":"order-tracking-${4410 + (i % 6)}"}`;
      }),
      '{"level":"error","time":"2026-02-11T08:05:49.311Z","msg":"failed to spool session state","sid":"ws_7e9d6","err":"EROFS: read-only file system, open \'/tmp/ws-gateway/ws_7e9d6.json\'"}',
      '{"level":"error","time":"2026-02-11T08:05:49.502Z","msg":"failed to spool session state","sid":"ws_7ea59","err":"EROFS: read-only file system, open \'/tmp/ws-gateway/ws_7ea59.json\'"}',
      '{"level":"fatal","time":"2026-02-11T08:05:50.014Z","msg":"cannot write heartbeat file, exiting","err":"EROFS: read-only file system, open \'/tmp/ws-gateway/.alive\'"}',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixtythird-notification-dispatcher-node-unknown',
    family: 'node-down',
    source: 'https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    phase: 'Running',
    containers: [
      {
        name: 'notification-dispatcher',
        running: { startedAt: '2026-02-10T11:02:17Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '500m',
        env: {
          SMTP_RELAY: 'smtp-relay.mail.svc:2525',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/notifications',
        },
      },
    ],
    node: {
      ready: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'DiskPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
        {
          type: 'PIDPressure',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
      ],
      taints: ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        type: 'Normal',
        message: 'Marking for deletion Pod notifications/notification-dispatcher-7d4b9c6f5-k8m2x',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeNodeNotReady: ip-10-0-9-141.eu-west-1.compute.internal has been unready for more than 15 minutes.',
        on: 'Deployment',
      },
    ],
    accept: ['replace-node', 'cordon-drain-node'],
  },
  // ------------------------------------------------------------ look-alikes: restarts wrong (10)
  {
    id: 'sixtythird-cassandra-orders-write-api-unavailable',
    family: 'dependency-down',
    source:
      'https://github.com/apache/cassandra-java-driver/blob/4.x/core/src/main/java/com/datastax/oss/driver/api/core/servererrors/UnavailableException.java',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-write-api',
        running: { startedAt: '2026-02-10T07:12:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_CASSANDRA_CONTACT_POINTS: 'cassandra-dc1-service.cassandra.svc.cluster.local:9042',
          SPRING_CASSANDRA_LOCAL_DATACENTER: 'dc1',
          SPRING_CASSANDRA_KEYSPACE_NAME: 'orders',
          ORDERS_WRITE_CONSISTENCY: 'LOCAL_QUORUM',
        },
        mounts: [{ volume: 'cassandra-creds', path: '/etc/cassandra-creds' }],
      },
    ],
    volumes: [{ name: 'cassandra-creds', secret: 'orders-write-api-cassandra' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersWriteApiErrorRate: 64% of POST /v1/orders on orders-write-api return 503 since 07:48.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) => {
        const s = t(7, 50, 4) + i * 60;
        const lines = [
          `${iso(s, 210 + i)}  WARN 1 --- [orders-write-api] [     s0-admin-${i % 2}] c.d.o.d.i.core.pool.ChannelPool         : [s0|/10.42.11.22:9042]  Error while opening new channel (AnnotatedConnectException: Connection refused: /10.42.11.22:9042)`,
          `${iso(s + 3, 415 + i)}  WARN 1 --- [orders-write-api] [     s0-admin-${(i + 1) % 2}] c.d.o.d.i.core.pool.ChannelPool         : [s0|/10.42.11.35:9042]  Error while opening new channel (AnnotatedConnectException: Connection refused: /10.42.11.35:9042)`,
        ];
        if (i % 3 === 0) {
          lines.push(
            `${iso(s + 17, 88 + i)} ERROR 1 --- [orders-write-api] [nio-8080-exec-${(i % 9) + 1}] c.e.orders.api.OrderController           : order ORD-${7741200 + i * 13} not stored: org.springframework.data.cassandra.CassandraInsufficientReplicasAvailableException: Query; CQL [INSERT INTO orders_by_id (order_id,customer_id,placed_at,lines,total) VALUES (?,?,?,?,?)]; Not enough replicas available for query at consistency LOCAL_QUORUM (2 required but only 1 alive)`,
            'com.datastax.oss.driver.api.core.servererrors.UnavailableException: Not enough replicas available for query at consistency LOCAL_QUORUM (2 required but only 1 alive)',
            '\tat com.datastax.oss.driver.api.core.servererrors.UnavailableException.copy(UnavailableException.java:97)',
            '\tat com.datastax.oss.driver.internal.core.util.concurrent.CompletableFutures.getUninterruptibly(CompletableFutures.java:151)',
            '\tat com.datastax.oss.driver.internal.core.cql.CqlRequestSyncProcessor.process(CqlRequestSyncProcessor.java:53)',
            '\t... 61 common frames omitted',
          );
        } else {
          lines.push(
            `${iso(s + 24, 640 + i)}  INFO 1 --- [orders-write-api] [nio-8080-exec-${(i % 9) + 1}] c.e.orders.api.OrderController           : served GET /v1/orders/ORD-${7741000 + i * 7} at consistency ONE in ${6 + (i % 5)} ms`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-order-projection-changestream-history-lost',
    family: 'dependency-state',
    source: 'https://github.com/johanhaleby/occurrent/issues/77',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('order-projection', 1, 9),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '500m',
        env: {
          SPRING_DATA_MONGODB_URI: 'mongodb+srv://orders-prod.x1y2z3.mongodb.net/orders',
          PROJECTION_CHECKPOINT_COLLECTION: 'projection_checkpoints',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
        mounts: [{ volume: 'mongo-credentials', path: '/etc/mongo' }],
      },
    ],
    volumes: [{ name: 'mongo-credentials', secret: 'order-projection-mongo' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container order-projection in pod order-projection-6b5d4c8f7-zr9tw_orders(83c1f0e2-7a5b-4d9c-b1e8-4f2a6c0d9e37)',
        count: 41,
      },
    ],
    previousLog: log(
      '2026-02-11 08:24:11.402  INFO 1 --- [           main] c.e.orders.ProjectionApplication         : Starting ProjectionApplication v4.2.0 using Java 21.0.5 with PID 1',
      '2026-02-11 08:24:14.118  INFO 1 --- [           main] org.mongodb.driver.client                : MongoClient with metadata {"driver": {"name": "mongo-java-driver|sync|spring-boot", "version": "5.1.4"}, "os": {"type": "Linux", "name": "Linux", "architecture": "amd64", "version": "6.1.119-129.201.amzn2023.x86_64"}, "platform": "Java/Eclipse Adoptium/21.0.5+11-LTS"} created with settings MongoClientSettings{readPreference=primary, writeConcern=WriteConcern{w=majority, wTimeout=null ms, journal=null}, retryWrites=true, retryReads=true}',
      '2026-02-11 08:24:11.405  INFO 1 --- [           main] c.e.orders.ProjectionApplication         : The following 1 profile is active: "prod"',
      '2026-02-11 08:24:13.210  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11 08:24:13.242  INFO 1 --- [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]',
      '2026-02-11 08:24:14.905  INFO 1 --- [ngodb.net:27017] org.mongodb.driver.cluster               : Discovered replica set primary orders-prod-shard-00-01.x1y2z3.mongodb.net:27017 with max election id 7fffffff0000000000000031 and max set version 14',
      '2026-02-11 08:24:15.007  INFO 1 --- [           main] c.e.orders.projection.CheckpointStore    : Resuming change stream on orders.orders from stored resume token saved at 2026-02-10T21:14:03Z (last event ORD-7738842)',
      '2026-02-11 08:24:15.311 ERROR 1 --- [cTaskExecutor-1] rContainer$DecoratingLoggingErrorHandler : Unexpected error occurred while listening to MongoDB.',
      '',
      'org.springframework.data.mongodb.UncategorizedMongoDbException: Command failed with error 286 (ChangeStreamHistoryLost): \'Resume of change stream was not possible, as the resume point may no longer be in the oplog.\' on server orders-prod-shard-00-01.x1y2z3.mongodb.net:27017. The full response is {"errorLabels": ["NonResumableChangeStreamError"], "operationTime": {"$timestamp": {"t": 1770798255, "i": 3}}, "ok": 0.0, "errmsg": "Resume of change stream was not possible, as the resume point may no longer be in the oplog.", "code": 286, "codeName": "ChangeStreamHistoryLost"}',
      '\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible(MongoExceptionTranslator.java:133)',
      '\tat org.springframework.data.mongodb.core.MongoTemplate.potentiallyConvertRuntimeException(MongoTemplate.java:2994)',
      '\tat org.springframework.data.mongodb.core.messaging.ChangeStreamTask.initCursor(ChangeStreamTask.java:145)',
      '\tat org.springframework.data.mongodb.core.messaging.CursorReadingTask.start(CursorReadingTask.java:97)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      "Caused by: com.mongodb.MongoCommandException: Command failed with error 286 (ChangeStreamHistoryLost): 'Resume of change stream was not possible, as the resume point may no longer be in the oplog.' on server orders-prod-shard-00-01.x1y2z3.mongodb.net:27017.",
      '\t... 14 common frames omitted',
      '2026-02-11 08:24:15.318 ERROR 1 --- [cTaskExecutor-1] c.e.orders.projection.ProjectionRunner   : Change stream for orders.orders cannot resume from the stored token; refusing to start with a gap in the read model. Rebuild the projection or reset the checkpoint.',
      '2026-02-11 08:24:15.402  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.GracefulShutdown : Commencing graceful shutdown. Waiting for active requests to complete',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-mysql-es-sync-binlog-missing',
    family: 'dependency-state',
    source: 'https://github.com/go-mysql-org/go-mysql-elasticsearch/issues/293',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('mysql-es-sync', 1, 12),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: ['-config=/etc/go-mysql-es/river.toml', '-data-dir=/data'],
        mounts: [
          { volume: 'river-config', path: '/etc/go-mysql-es' },
          { volume: 'sync-state', path: '/data' },
        ],
      },
    ],
    volumes: [
      { name: 'river-config', configMap: 'mysql-es-sync-river' },
      { name: 'sync-state', persistentVolumeClaim: 'mysql-es-sync-state' },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container mysql-es-sync in pod mysql-es-sync-0_search(4e7b2c90-1d3f-4a85-96c2-0b8e5d1f7a43)',
        count: 58,
      },
    ],
    previousLog: log(
      'time="2026-02-11T08:27:41Z" level=info msg="load config from /etc/go-mysql-es/river.toml"',
      'time="2026-02-11T08:27:41Z" level=info msg="connect to elasticsearch http://search-es-http.search.svc:9200 ok"',
      'time="2026-02-11T08:27:41Z" level=info msg="rule catalog.products -> index products, type _doc, id [id]"',
      'time="2026-02-11T08:27:41Z" level=info msg="rule catalog.product_prices -> index products, parent product_id"',
      'time="2026-02-11T08:27:41Z" level=info msg="rule catalog.categories -> index categories, type _doc, id [id]"',
      'time="2026-02-11T08:27:41Z" level=info msg="rule catalog.sellers -> index sellers, type _doc, id [id]"',
      'time="2026-02-11T08:27:41Z" level=info msg="load master info from /data/master.info: bin_name mysql-bin.003417, bin_pos 84122109"',
      'time="2026-02-11T08:27:41Z" level=info msg="[canal] create BinlogSyncer with config {ServerID:1001 Flavor:mysql Host:catalog-mysql-primary.db.svc Port:3306 User:es_sync}"',
      'time="2026-02-11T08:27:41Z" level=info msg="start sync binlog at binlog file (mysql-bin.003417, 84122109)"',
      'time="2026-02-11T08:27:41Z" level=info msg="begin to sync binlog from position (mysql-bin.003417, 84122109)"',
      'time="2026-02-11T08:27:41Z" level=info msg="register slave for master server catalog-mysql-primary.db.svc:3306"',
      'time="2026-02-11T08:27:41Z" level=info msg="rotate binlog to (mysql-bin.003417, 84122109)"',
      'time="2026-02-11T08:27:41Z" level=error msg="close sync with err: ERROR 1236 (HY000): Could not find first log file name in binary log index file"',
      'time="2026-02-11T08:27:41Z" level=info msg="syncer is closing..."',
      'time="2026-02-11T08:27:41Z" level=info msg="syncer is closed"',
      'time="2026-02-11T08:27:41Z" level=error msg="canal start sync binlog err: ERROR 1236 (HY000): Could not find first log file name in binary log index file"',
      'time="2026-02-11T08:27:41Z" level=error msg="start canal err ERROR 1236 (HY000): Could not find first log file name in binary log index file"',
      'time="2026-02-11T08:27:41Z" level=info msg="closing river"',
      'time="2026-02-11T08:27:41Z" level=info msg="closing canal"',
      'time="2026-02-11T08:27:41Z" level=info msg="save position (mysql-bin.003417, 84122109)"',
      'time="2026-02-11T08:27:41Z" level=info msg="all river stopped"',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-pg2k4j-orders-cdc-stalled',
    family: 'lock-held-elsewhere',
    source: 'https://github.com/disneystreaming/pg2k4j/issues/35',
    signal: 'Alert',
    containers: [
      {
        name: 'pg2k4j-orders',
        running: { startedAt: '2026-02-11T08:16:40Z' },
        ready: true,
        restarts: 2,
        last: { reason: 'Error', exitCode: 1 },
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        args: [
          '--pgHost=orders-pg-rw.db.svc',
          '--pgDatabase=orders',
          '--pgUser=pg2k4j',
          '--replicationSlotName=pg2k4j',
          '--kafkaBootstrapServers=kafka-bootstrap.streaming.svc:9092',
          '--kafkaTopic=pg.public.orders',
        ],
        mounts: [{ volume: 'pg-credentials', path: '/etc/pg2k4j' }],
      },
    ],
    volumes: [{ name: 'pg-credentials', secret: 'pg2k4j-orders-credentials' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersCdcStalled: no change event published to pg.public.orders for 47 minutes while orders-pg committed 18204 transactions; pg2k4j-orders has restarted 2 times.',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(30, (i) => {
        const left = 29 - i;
        return [
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Attempting to create replication slot pg2k4j',
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Slot pg2k4j already exists',
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Replication slot currently has another process consuming from it',
          left > 0
            ? `[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Sleeping for 30 seconds before retrying ${left} more times`
            : '[main] ERROR com.disneystreaming.pg2k4j.PostgresConnector - Giving up on replication slot pg2k4j after 30 attempts',
        ].join('\n');
      }).slice(20),
      'org.postgresql.util.PSQLException: ERROR: replication slot "pg2k4j" is active for PID 7957',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.processCopyResults(QueryExecutorImpl.java:1305)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.startCopy(QueryExecutorImpl.java:1018)',
      '\tat org.postgresql.core.v3.replication.V3ReplicationProtocol.initializeReplication(V3ReplicationProtocol.java:60)',
      '\tat org.postgresql.core.v3.replication.V3ReplicationProtocol.startLogical(V3ReplicationProtocol.java:44)',
      '\tat org.postgresql.replication.fluent.ReplicationStreamBuilder$1.start(ReplicationStreamBuilder.java:38)',
      '\tat org.postgresql.replication.fluent.logical.LogicalStreamBuilder.start(LogicalStreamBuilder.java:41)',
      '\tat com.disneystreaming.pg2k4j.PostgresConnector.getPgReplicationStream(PostgresConnector.java:96)',
      '\tat com.disneystreaming.pg2k4j.SlotReaderKafkaWriter.runLoop(SlotReaderKafkaWriter.java:71)',
      '\tat com.disneystreaming.pg2k4j.CommandLineRunner.main(CommandLineRunner.java:27)',
    ),
    currentLog: log(
      times(25, (i) =>
        [
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Attempting to create replication slot pg2k4j',
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Slot pg2k4j already exists',
          '[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Replication slot currently has another process consuming from it',
          `[main] INFO com.disneystreaming.pg2k4j.PostgresConnector - Sleeping for 30 seconds before retrying ${29 - i} more times`,
          'org.postgresql.util.PSQLException: ERROR: replication slot "pg2k4j" is active for PID 7957',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-qpid-settlement-consumer-reconnecting',
    family: 'dependency-down',
    source:
      'https://github.com/apache/qpid-jms/blob/main/qpid-jms-client/src/main/java/org/apache/qpid/jms/provider/failover/FailoverProvider.java',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement-event-consumer',
        running: { startedAt: '2026-02-09T20:41:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '500m',
        env: {
          AMQP_URI:
            'failover:(amqp://artemis-0.artemis.messaging.svc:5672,amqp://artemis-1.artemis.messaging.svc:5672)?failover.maxReconnectAttempts=-1&failover.warnAfterReconnectAttempts=10',
          SETTLEMENT_QUEUE: 'settlement.events',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
        mounts: [{ volume: 'amqp-credentials', path: '/etc/amqp' }],
      },
    ],
    volumes: [{ name: 'amqp-credentials', secret: 'settlement-amqp-credentials' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SettlementEventsNotConsumed: settlement-event-consumer has applied no settlement event for 31 minutes (usual 40/min).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `${jtime(t(7, 55, 2) + i * 21, 40 + i * 97)}  INFO 1 --- [ Session Task-${(i % 2) + 1}] c.e.settle.jms.SettlementListener        : Applied settlement event ${['payout.created', 'payout.settled'][i % 2]} payout=PO-${661201 + i * 3} in ${9 + (i % 4)} ms`,
      ),
      '2026-02-11 07:58:40.118  INFO 1 --- [-4f1e9a0c2b77:1] org.apache.qpid.jms.JmsConnection        : Connection ID:2c5a7e13-88d0-4b1f-a6c2-4f1e9a0c2b77:1 interrupted to server: amqp://artemis-0.artemis.messaging.svc:5672',
      times(73, (i) => {
        const s = t(7, 58, 41) + (i < 12 ? Math.round(0.01 * 2 ** i) : 41 + (i - 12) * 30);
        const lines = [
          `${jtime(s, 201 + i * 7)}  INFO 1 --- [-4f1e9a0c2b77:1] o.a.q.j.p.failover.FailoverProvider      : Connection attempt:[${i + 1}] to: amqp://artemis-0.artemis.messaging.svc:5672 failed`,
          `${jtime(s, 214 + i * 7)}  INFO 1 --- [-4f1e9a0c2b77:1] o.a.q.j.p.failover.FailoverProvider      : Connection attempt:[${i + 1}] to: amqp://artemis-1.artemis.messaging.svc:5672 failed`,
        ];
        if ((i + 1) % 10 === 0) {
          lines.push(
            `${jtime(s, 220 + i * 7)}  WARN 1 --- [-4f1e9a0c2b77:1] o.a.q.j.p.failover.FailoverProvider      : Failed to connect after: ${i + 1} attempt(s) continuing to retry.`,
          );
        }
        if (i >= 12 && i % 2 === 0) {
          lines.push(
            `${jtime(s + 11, 3 + i)}  INFO 1 --- [   scheduling-1] c.e.settle.metrics.ConsumerStats         : settlement.events consumer: received=0 applied=0 in the last 60s (connection interrupted since 07:58:40)`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-mirrormaker2-audit-topic-task-keeps-failing',
    family: 'bad-config',
    source: 'https://github.com/apache/kafka/pull/3639',
    signal: 'Alert',
    containers: [
      {
        name: 'audit-mirror-mirrormaker2',
        running: { startedAt: '2026-02-06T09:15:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          KAFKA_CONNECT_BOOTSTRAP_SERVERS: 'dr-kafka-bootstrap.kafka-dr.svc:9093',
          KAFKA_HEAP_OPTS: '-Xms1g -Xmx1g',
          STRIMZI_KAFKA_MIRRORMAKER2_CLUSTERS: 'primary;dr',
        },
        mounts: [{ volume: 'audit-mirror-config', path: '/opt/kafka/custom-config' }],
      },
    ],
    volumes: [{ name: 'audit-mirror-config', configMap: 'audit-mirror-mirrormaker2-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConnectTaskFailed: task 0 of connector primary->dr.MirrorSourceConnector (KafkaMirrorMaker2 kafka-mirror/audit-mirror) is FAILED; it has been restarted 4 times since 07:36.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(4, (k) => {
        const start = [t(7, 44, 2), t(7, 52, 5), t(8, 6, 9), t(8, 24, 12)][k] ?? 0;
        const lines = [
          `2026-02-11 ${clock(start)},${pad(110 + k, 3)} INFO [primary->dr.MirrorSourceConnector|task-0] Creating task primary->dr.MirrorSourceConnector-0 (org.apache.kafka.connect.runtime.Worker) [StartAndStopExecutor-connect-1-${k + 1}]`,
          `2026-02-11 ${clock(start + 1)},${pad(402 + k, 3)} INFO [primary->dr.MirrorSourceConnector|task-0] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-0} Source task finished initialization and start (org.apache.kafka.connect.runtime.AbstractWorkerSourceTask) [task-thread-primary->dr.MirrorSourceConnector-0]`,
          `2026-02-11 ${clock(start + 1)},${pad(517 + k, 3)} INFO [primary->dr.MirrorSourceConnector|task-0] task-thread-primary->dr.MirrorSourceConnector-0 replicating 12 topic-partitions primary->dr: [audit.events-0, audit.events-1, audit.events-2, audit.events-3, audit.events-4, audit.events-5, audit.snapshots-0, audit.snapshots-1, audit.snapshots-2, audit.snapshots-3, audit.snapshots-4, audit.snapshots-5]. (org.apache.kafka.connect.mirror.MirrorSourceTask) [task-thread-primary->dr.MirrorSourceConnector-0]`,
        ];
        for (let c = 0; c < 3; c += 1) {
          lines.push(
            `2026-02-11 ${clock(start + 20 + c * 20)},${pad(50 + c * 33, 3)} INFO [primary->dr.MirrorSourceConnector|task-0|offsets] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-0} Committing offsets for ${900 + c * 117 + k * 31} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask) [task-thread-primary->dr.MirrorSourceConnector-0]`,
          );
        }
        lines.push(
          `2026-02-11 ${clock(start + 74)},${pad(811 + k, 3)} ERROR [primary->dr.MirrorSourceConnector|task-0] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-0} failed to send record to primary.audit.snapshots: (org.apache.kafka.connect.runtime.AbstractWorkerSourceTask) [kafka-producer-network-thread | connector-producer-primary->dr.MirrorSourceConnector-0]`,
          'org.apache.kafka.common.errors.RecordTooLargeException: The message is 2097240 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.',
          `2026-02-11 ${clock(start + 74)},${pad(902 + k, 3)} ERROR [primary->dr.MirrorSourceConnector|task-0] WorkerSourceTask{id=primary->dr.MirrorSourceConnector-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask) [task-thread-primary->dr.MirrorSourceConnector-0]`,
          'org.apache.kafka.connect.errors.ConnectException: Unrecoverable exception from producer send callback',
          '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.maybeThrowProducerSendException(AbstractWorkerSourceTask.java:340)',
          '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.prepareToSendRecord(AbstractWorkerSourceTask.java:424)',
          '\tat org.apache.kafka.connect.runtime.AbstractWorkerSourceTask.execute(AbstractWorkerSourceTask.java:354)',
          '\tat org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:257)',
          'Caused by: org.apache.kafka.common.errors.RecordTooLargeException: The message is 2097240 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.',
        );
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-claims-api-pool-timeouts',
    family: 'db-saturated',
    source: 'https://github.com/canvas-medical/canvas-plugins/issues/634',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-api',
        running: { startedAt: '2026-02-10T12:08:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_HOST: 'claims-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com',
          DB_POOL_MIN_SIZE: '5',
          DB_POOL_MAX_SIZE: '20',
          DB_POOL_TIMEOUT: '30',
          DB_STATEMENT_TIMEOUT_MS: '15000',
          WEB_CONCURRENCY: '2',
        },
        args: ['uvicorn', 'claims.main:app', '--host', '0.0.0.0', '--port', '8000', '--workers', '2'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ClaimsApiLatencyHigh: claims-api p99 latency 31s (usual 240ms) and 41% of requests return 500 for the last 20 minutes.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(38, (i) => {
        const s = t(8, 9, 5) + i * 32;
        const lines: string[] = [];
        if (i % 4 === 0) {
          lines.push(
            `2026-02-11 ${clock(s)},${pad(118 + i, 3)} WARNING claims.db slow query ${(14.1 + (i % 7) * 0.3).toFixed(1)}s: SELECT c.id, c.status, sum(l.amount) FROM claims c JOIN claim_lines l ON l.claim_id = c.id WHERE c.provider_id = $1 AND c.submitted_at >= $2 GROUP BY c.id`,
          );
        }
        if (i % 4 === 1) {
          lines.push(
            `2026-02-11 ${clock(s)},${pad(402 + i, 3)} ERROR claims.api.reports provider report failed for PRV-${20418 + i}: canceling statement due to statement timeout`,
            'psycopg.errors.QueryCanceled: canceling statement due to statement timeout',
          );
        }
        if (i % 4 === 2) {
          lines.push(
            `INFO:     10.42.3.${20 + (i % 30)}:${51000 + i} - "GET /v1/claims/CLM-${90021 + i}/status HTTP/1.1" 200 OK`,
            `2026-02-11 ${clock(s + 2)},${pad(7 + i, 3)} INFO claims.db pool stats: {'pool_min': 5, 'pool_max': 20, 'pool_size': 20, 'pool_available': 0, 'requests_waiting': ${110 + ((i * 7) % 60)}, 'usage_ms': ${5100000 + i * 41000}, 'requests_wait_ms': ${9800000 + i * 310000}, 'requests_errors': ${310 + i * 9}}`,
          );
        }
        if (i % 4 === 3) {
          lines.push(
            'ERROR:    Exception in ASGI application',
            'Traceback (most recent call last):',
            '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi',
            '    result = await app(  # type: ignore[func-returns-value]',
            '  File "/app/claims/api/claims.py", line 88, in get_claim',
            '    async with pool.connection() as conn:',
            '  File "/usr/local/lib/python3.12/site-packages/psycopg_pool/pool_async.py", line 199, in getconn',
            '    raise PoolTimeout(',
            "psycopg_pool.PoolTimeout: couldn't get a connection after 30.00 sec",
            `INFO:     10.42.3.${20 + (i % 30)}:${52000 + i} - "GET /v1/claims/CLM-${90100 + i} HTTP/1.1" 500 Internal Server Error`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-strimzi-operator-reconciliation-long',
    family: 'long-job',
    source: 'https://github.com/strimzi/strimzi-kafka-operator/issues/12649',
    signal: 'Alert',
    containers: [
      {
        name: 'strimzi-cluster-operator',
        running: { startedAt: '2026-01-30T15:44:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          STRIMZI_NAMESPACE: 'kafka',
          STRIMZI_FULL_RECONCILIATION_INTERVAL_MS: '120000',
          STRIMZI_OPERATION_TIMEOUT_MS: '300000',
          STRIMZI_LOG_LEVEL: 'INFO',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StrimziReconciliationLocked: periodic reconciliations of Kafka kafka/events have been skipped for 38 minutes because the resource lock is held (strimzi_reconciliations_locked_total increasing).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:40:03 INFO  AbstractOperator:265 - Reconciliation #5120(watch) Kafka(kafka/events): Kafka events will be checked for creation or modification',
      '2026-02-11 07:40:19 INFO  KafkaRoller:358 - Reconciliation #5120(watch) Kafka(kafka/events): Pod events-kafka-0 needs to be restarted. Reason: [Pod has old revision]',
      '2026-02-11 07:46:51 INFO  KafkaRoller:358 - Reconciliation #5120(watch) Kafka(kafka/events): Pod events-kafka-1 needs to be restarted. Reason: [Pod has old revision]',
      '2026-02-11 07:55:30 INFO  KafkaRoller:358 - Reconciliation #5120(watch) Kafka(kafka/events): Pod events-kafka-2 needs to be restarted. Reason: [Pod has old revision]',
      '2026-02-11 08:06:02 INFO  KafkaRoller:358 - Reconciliation #5120(watch) Kafka(kafka/events): Pod events-kafka-3 needs to be restarted. Reason: [Pod has old revision]',
      times(24, (i) => {
        const s = t(8, 7, 10) + i * 57;
        const blocking = 3 - Math.floor(i / 9);
        const lines = times(blocking, (k) => {
          const topic = ['orders.events', 'audit.events', 'payments.ledger'][(i + k) % 3];
          return `2026-02-11 ${clock(s)} INFO  KafkaAvailability:135 - Reconciliation #5120(watch) Kafka(kafka/events): ${topic}/${(i * 5 + k * 7) % 24} will be under-replicated (ISR={4,5}, replicas=[4,3,5], min.insync.replicas=2) if broker 4 is restarted.`;
        });
        lines.push(
          `2026-02-11 ${clock(s)} INFO  KafkaRoller:401 - Reconciliation #5120(watch) Kafka(kafka/events): Will temporarily skip verifying pod events-kafka-4/4 is up-to-date due to io.strimzi.operator.cluster.operator.resource.KafkaRoller$UnforceableProblem: Pod events-kafka-4 cannot be updated right now., retrying after at least ${[2000, 4000, 8000, 16000, 32000, 64000][Math.min(i, 5)]}ms`,
        );
        if (i % 2 === 1) {
          const n = 5180 + i;
          lines.push(
            `2026-02-11 ${clock(s + 30)} INFO  ClusterOperator:155 - Triggering periodic reconciliation for namespace kafka`,
            `2026-02-11 ${clock(s + 40)} WARN  AbstractOperator:513 - Reconciliation #${n}(timer) Kafka(kafka/events): Failed to acquire lock lock::kafka::Kafka::events within 10000ms.`,
            `2026-02-11 ${clock(s + 45)} INFO  AbstractOperator:556 - Reconciliation #${n + 100}(timer) KafkaConnect(kafka/connect-cluster): reconciled`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-zeebe-kyc-workers-cannot-activate',
    family: 'dependency-down',
    source: 'https://github.com/camunda/camunda/issues/9740',
    signal: 'Alert',
    containers: [
      {
        name: 'kyc-job-worker',
        running: { startedAt: '2026-02-10T13:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          CAMUNDA_CLIENT_ZEEBE_GRPC_ADDRESS: 'http://zeebe-gateway.camunda.svc.cluster.local:26500',
          CAMUNDA_CLIENT_ZEEBE_DEFAULTS_MAX_JOBS_ACTIVE: '32',
          CAMUNDA_CLIENT_ZEEBE_EXECUTION_THREADS: '8',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ZeebeJobsNotActivated: 0 jobs of type kyc-document-check activated in the last 25 minutes while 6200 are activatable; all 4 kyc-job-worker pods are Running.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(45, (i) => {
        const s = t(8, 26, 15) + i * 5;
        return [
          `${jtime(s, 118 + ((i * 37) % 800))}  WARN 1 --- [ault-executor-${i % 3}] io.camunda.zeebe.client.job.poller       : Failed to activate jobs for worker kycDocumentCheck and job type kyc-document-check`,
          '',
          'io.grpc.StatusRuntimeException: UNAVAILABLE: io exception',
          '\tat io.grpc.Status.asRuntimeException(Status.java:539)',
          '\tat io.grpc.stub.ClientCalls$StreamObserverToCallListenerAdapter.onClose(ClientCalls.java:487)',
          'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: zeebe-gateway.camunda.svc.cluster.local/10.96.118.40:26500',
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: memory wrong (2)
  {
    id: 'sixtythird-hollow-pricing-api-heap-on-snapshot',
    family: 'heap-cap',
    source: 'https://github.com/Netflix/hollow/issues/440',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing-api', 3, 6),
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xms2g -Xmx2g -XX:+ExitOnOutOfMemoryError',
          HOLLOW_BLOB_BUCKET: 'pricing-hollow-prod',
          HOLLOW_NAMESPACE: 'prices',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'hollow-blobs', path: '/var/cache/hollow' }],
      },
    ],
    volumes: [{ name: 'hollow-blobs', emptyDir: { sizeLimit: '8Gi' } }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container pricing-api in pod pricing-api-7d6c5b9f48-p2wqs_pricing(5c8e0a1f-3b27-4d96-a4e1-9f2b7c3d6e05)',
        count: 17,
      },
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.4.58:8081/actuator/health/readiness": dial tcp 10.42.4.58:8081: connect: connection refused',
        count: 25,
      },
    ],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -Xms2g -Xmx2g -XX:+ExitOnOutOfMemoryError',
      '2026-02-11 08:23:40.114  INFO 1 --- [           main] c.e.pricing.PricingApiApplication        : Starting PricingApiApplication v3.9.0 using Java 21.0.5 with PID 1 (/app/pricing-api.jar started by app in /app)',
      '2026-02-11 08:23:40.117  INFO 1 --- [           main] c.e.pricing.PricingApiApplication        : The following 1 profile is active: "prod"',
      '2026-02-11 08:23:42.851  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11 08:23:42.866  INFO 1 --- [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]',
      '2026-02-11 08:23:42.867  INFO 1 --- [           main] o.apache.catalina.core.StandardEngine    : Starting Servlet engine: [Apache Tomcat/10.1.33]',
      '2026-02-11 08:23:42.952  INFO 1 --- [           main] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring embedded WebApplicationContext',
      '2026-02-11 08:23:43.209  INFO 1 --- [           main] c.e.pricing.hollow.HollowConsumerConfig  : JVM max heap 2048 MiB (container memory limit 3072 MiB)',
      '2026-02-11 08:23:43.377  INFO 1 --- [           main] c.e.pricing.hollow.S3BlobRetriever       : Latest announced version 20260211080000006 (previous snapshots: 20260210080000002 1.22 GiB, 20260211020000004 1.29 GiB)',
      '2026-02-11 08:23:43.380  INFO 1 --- [           main] c.e.pricing.hollow.S3BlobRetriever       : Retrieving snapshot s3://pricing-hollow-prod/prices/snapshot-20260211080000006 (1.34 GiB, 41880410 PricePoint records)',
      '2026-02-11 08:23:43.384  INFO 1 --- [           main] c.n.h.api.client.HollowClientUpdater     : Hollow update plan: beforeVersion=-9223372036854775808, requestedVersion=20260211080000006, updatePlan={SNAPSHOT to 20260211080000006}',
      times(
        9,
        (i) =>
          `2026-02-11 08:23:${pad(47 + i * 3)}.${pad(210 + i * 61, 3)}  INFO 1 --- [           main] c.e.pricing.hollow.S3BlobRetriever       : snapshot-20260211080000006: ${Math.round(((i + 1) / 10) * 1372)} MiB of 1372 MiB read`,
      ),
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-telemetry-relay-oomkilled-every-40m',
    family: 'oom-leak',
    source: 'https://github.com/noodlefrenzy/node-amqp10/issues/98',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'telemetry-relay',
        running: { startedAt: '2026-02-11T08:04:51Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          AMQP_URI: 'amqps://relay@router.partner-iot.example:5671',
          AMQP_RECONNECT_STRATEGY: 'fibonacci',
          NODE_OPTIONS: '--max-old-space-size=448',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilledRepeatedly: telemetry-relay in pod telemetry-relay-5bd8c7f964-w6tjp has been OOMKilled 11 times in 8 hours (about every 40 minutes).',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(40, (i) => {
        const s = t(7, 24, 20) + i * 60;
        const rss = 92 + i * 10 + (i % 3);
        const lines = [
          `${iso(s, 41 + i)} [relay] connect to amqps://router.partner-iot.example:5671 failed: Error: connect ECONNREFUSED 203.0.113.40:5671`,
          `${iso(s + 1, 44 + i)} [relay] attempting to reconnect in ${[5, 8, 13, 21, 34, 55][i % 6]}s (attempt ${380 + i})`,
        ];
        if (i === 1) {
          lines.push(
            `(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 SessionMapped listeners added to [AMQPClient]. Use emitter.setMaxListeners() to increase limit`,
          );
        }
        if (i % 5 === 2) {
          lines.push(
            `${iso(s + 30, 7 + i)} [relay] process memory rss=${rss}MiB heapUsed=${rss - 38}MiB buffered=0 forwarded=0`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  // ------------------------------------------------------------ look-alikes: scale-up, rollback, flush, node (4)
  {
    id: 'sixtythird-cadence-refund-workers-backlog',
    family: 'db-saturated',
    source:
      'https://github.com/kubernetes-monitoring/kubernetes-mixin/blob/master/alerts/apps_alerts.libsonnet',
    signal: 'Alert',
    containers: [
      {
        name: 'refund-worker',
        running: { startedAt: '2026-02-11T05:02:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          CADENCE_HOSTPORT: 'cadence-frontend.cadence.svc.cluster.local:7833',
          CADENCE_DOMAIN: 'payments',
          TASK_LIST: 'refund-activities',
          WORKER_ACTIVITY_CONCURRENCY: '64',
          LEDGER_DB_DSN:
            'postgres://refund_worker@ledger-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com:5432/ledger?pool_max_conns=16',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA payments/refund-worker has been running at max replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'CadenceTaskListBacklog: task list refund-activities (domain payments) backlog is 9340 activities (usual < 200); schedule-to-start p99 11m; activity execution p99 24s (usual 0.4s).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(130, (i) => {
        const s = t(8, 19, 2) + i * 5;
        if (i % 4 === 1) {
          return `{"level":"warn","ts":"${iso(s, 300 + i)}","logger":"refund","msg":"activity failed, will be retried","activity":"PostRefundToLedger","refund_id":"rf_${pad(771200 + i, 7)}","attempt":${(i % 5) + 2},"error":"failed to connect to \`user=refund_worker database=ledger\`: 10.0.88.14:5432 (ledger-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com): server error: FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute (SQLSTATE 53300)"}`;
        }
        if (i % 4 === 3) {
          return `{"level":"warn","ts":"${iso(s, 700 + i)}","logger":"refund","msg":"activity failed, will be retried","activity":"PostRefundToLedger","refund_id":"rf_${pad(771100 + i, 7)}","attempt":${(i % 4) + 2},"error":"ERROR: canceling statement due to statement timeout (SQLSTATE 57014)","duration_ms":${20000 + ((i * 13) % 900)}}`;
        }
        return `{"level":"info","ts":"${iso(s, (i * 131) % 1000)}","logger":"refund","msg":"refund posted","refund_id":"rf_${pad(770900 + i, 7)}","ledger_ms":${9000 + ((i * 577) % 14000)},"duration_ms":${9400 + ((i * 577) % 14000)},"attempt":${(i % 3) + 1}}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-shipment-tracker-crashloop-after-release',
    family: 'credentials',
    source:
      'https://github.com/apache/cassandra-java-driver/blob/4.x/core/src/main/java/com/datastax/oss/driver/internal/core/channel/ProtocolInitHandler.java',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('shipment-tracker', 1, 5),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_CASSANDRA_CONTACT_POINTS: 'cassandra-dc1-service.cassandra.svc.cluster.local:9042',
          SPRING_CASSANDRA_LOCAL_DATACENTER: 'dc1',
          SPRING_CASSANDRA_KEYSPACE_NAME: 'shipments',
          SPRING_CASSANDRA_USERNAME: 'shipment_svc',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
        mounts: [{ volume: 'cassandra-password', path: '/etc/cassandra-password' }],
      },
    ],
    volumes: [{ name: 'cassandra-password', secret: 'shipment-tracker-cassandra' }],
    rollout: { minutesAgo: 35, previousTag: '2.3.0', addedEnv: { OTEL_TRACES_SAMPLER_ARG: '0.1' } },
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        count: 3,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container shipment-tracker failed liveness probe, will be restarted',
      },
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container shipment-tracker in pod shipment-tracker-8c4f7d6b9-2mvzk_logistics(b9e3a5c1-0d7f-4e28-a6b4-1c9f3e5d7a20)',
        count: 12,
      },
    ],
    previousLog: log(
      '2026-02-11T08:25:10.401Z  INFO 1 --- [shipment-tracker] [           main] c.e.shipments.TrackerApplication         : Starting TrackerApplication v2.3.1 using Java 21.0.5 with PID 1 (/app/shipment-tracker.jar started by app in /app)',
      '2026-02-11T08:25:10.405Z  INFO 1 --- [shipment-tracker] [           main] c.e.shipments.TrackerApplication         : The following 1 profile is active: "prod"',
      '2026-02-11T08:25:11.922Z  INFO 1 --- [shipment-tracker] [           main] .s.d.r.c.RepositoryConfigurationDelegate : Bootstrapping Spring Data Cassandra repositories in DEFAULT mode.',
      '2026-02-11T08:25:12.010Z  INFO 1 --- [shipment-tracker] [           main] .s.d.r.c.RepositoryConfigurationDelegate : Finished Spring Data repository scanning in 77 ms. Found 4 Cassandra repository interfaces.',
      '2026-02-11T08:25:13.301Z  INFO 1 --- [shipment-tracker] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11T08:25:13.344Z  INFO 1 --- [shipment-tracker] [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]',
      '2026-02-11T08:25:13.887Z  INFO 1 --- [shipment-tracker] [           main] c.d.o.d.internal.core.DefaultMavenCoordinates : DataStax Java driver for Apache Cassandra(R) (com.datastax.oss:java-driver-core) version 4.17.0',
      times(3, (k) => {
        const ip = ['10.42.11.14', '10.42.11.22', '10.42.11.35'][k];
        return `2026-02-11T08:25:14.${pad(402 + k * 61, 3)}Z  WARN 1 --- [shipment-tracker] [        s0-io-${k}] c.d.o.d.i.core.pool.ChannelPool         : [s0|/${ip}:9042] Authentication error (AuthenticationException: Authentication error on node /${ip}:9042: server replied with 'Provided username shipment_svc and/or password are incorrect' to AuthResponse request)`;
      }),
      "2026-02-11T08:25:14.690Z  WARN 1 --- [shipment-tracker] [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'cassandraSession' defined in class path resource [org/springframework/boot/autoconfigure/cassandra/CassandraAutoConfiguration.class]: Failed to instantiate [com.datastax.oss.driver.api.core.CqlSession]: Factory method 'cassandraSession' threw exception with message: Could not reach any contact point, make sure you've provided valid addresses (showing first 3 nodes, use getAllErrors() for more): Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042, hostId=null, hashCode=3a9f2c1e): [com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042: server replied with 'Provided username shipment_svc and/or password are incorrect' to AuthResponse request], Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.22:9042, hostId=null, hashCode=61d4b0a7): [com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.22:9042: server replied with 'Provided username shipment_svc and/or password are incorrect' to AuthResponse request], Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.35:9042, hostId=null, hashCode=2c8e7f15): [com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.35:9042: server replied with 'Provided username shipment_svc and/or password are incorrect' to AuthResponse request]",
      '2026-02-11T08:25:14.742Z ERROR 1 --- [shipment-tracker] [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'cassandraSession' defined in class path resource [org/springframework/boot/autoconfigure/cassandra/CassandraAutoConfiguration.class]: Failed to instantiate [com.datastax.oss.driver.api.core.CqlSession]: Factory method 'cassandraSession' threw exception with message: Could not reach any contact point, make sure you've provided valid addresses (showing first 3 nodes, use getAllErrors() for more)",
      '\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:657)',
      '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335)',
      '\tat com.example.shipments.TrackerApplication.main(TrackerApplication.java:14)',
      "Caused by: com.datastax.oss.driver.api.core.AllNodesFailedException: Could not reach any contact point, make sure you've provided valid addresses (showing first 3 nodes, use getAllErrors() for more): Node(endPoint=cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042, hostId=null, hashCode=3a9f2c1e): [com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node cassandra-dc1-service.cassandra.svc.cluster.local/10.42.11.14:9042: server replied with 'Provided username shipment_svc and/or password are incorrect' to AuthResponse request]",
      '\tat com.datastax.oss.driver.api.core.AllNodesFailedException.copy(AllNodesFailedException.java:141)',
      '\tat com.datastax.oss.driver.internal.core.util.concurrent.BlockingOperation.getUninterruptibly(BlockingOperation.java:96)',
      '\tat com.datastax.oss.driver.api.core.session.SessionBuilder.build(SessionBuilder.java:896)',
      '\t... 41 common frames omitted',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'sixtythird-reminder-scheduler-redis-oom',
    family: 'cache-full',
    source: 'https://github.com/redis/node-redis/issues/641',
    signal: 'Alert',
    containers: [
      {
        name: 'reminder-scheduler',
        running: { startedAt: '2026-02-08T10:30:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          REDIS_ADDR: 'reminders-redis-master.clinic.svc:6379',
          REMINDER_KEY_PREFIX: 'reminder:',
          KEYSPACE_EVENTS: 'Ex',
          SMS_PROVIDER_URL: 'https://sms.gateway.example/v1/messages',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ReminderSchedulingFailures: 100% of new appointment reminders fail to schedule for 20 minutes. reminders-redis: used_memory 4.00G of maxmemory 4.00G, maxmemory-policy noeviction, 1.9M keys.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(110, (i) => {
        const s = t(8, 11, 3) + i * 10;
        const appt = `appt_${pad(3310200 + i * 17, 7)}`;
        const due = new Date(Date.UTC(2026, 1, 12 + (i % 14), 7 + (i % 10), (i * 7) % 60))
          .toISOString()
          .replace('.000', '');
        if (i % 3 === 2) {
          return `{"level":"info","ts":"${iso(s, 400 + i)}","logger":"expiry","msg":"reminder fired, SMS queued","key":"reminder:appt_${pad(3290100 + i, 7)}:24h","channel":"__keyevent@0__:expired"}`;
        }
        return `{"level":"error","ts":"${iso(s, (i * 211) % 1000)}","logger":"scheduler","msg":"schedule reminder failed","key":"reminder:${appt}:24h","due":"${due}","error":"OOM command not allowed when used memory > 'maxmemory'."}`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-call-recorder-evicted',
    family: 'pod-disk',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/eviction/helpers.go',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'call-recorder',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RECORDINGS_DIR: '/recordings',
          UPLOAD_BUCKET: 's3://contact-centre-recordings-prod',
          AWS_REGION: 'eu-west-1',
        },
        mounts: [{ volume: 'recordings', path: '/recordings' }],
      },
    ],
    volumes: [{ name: 'recordings', emptyDir: { sizeLimit: '4Gi' } }],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
        },
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
      ],
    },
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message: 'Usage of EmptyDir volume "recordings" exceeds the limit "4Gi".',
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Stopping container call-recorder',
      },
    ],
    previousLog: log(
      times(60, (i) => {
        const s = t(7, 30, 12) + i * 34;
        const call = `call-${(0x4e1a20 + i * 977).toString(16)}`;
        return i % 2 === 0
          ? `${iso(s, 120 + i)} INFO  recorder: finished recording ${call}.opus (${(3.1 + (i % 9) * 1.7).toFixed(1)} MiB) in /recordings/2026/02/11`
          : `${iso(s + 2, 310 + i)} ERROR uploader: upload of /recordings/2026/02/11/call-${(0x4e1a20 + (i - 1) * 977).toString(16)}.opus failed, keeping local copy: AccessDenied: User: arn:aws:sts::123456789012:assumed-role/call-recorder-irsa/botocore-session-1770790212 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::contact-centre-recordings-prod/2026/02/11/call-${(0x4e1a20 + (i - 1) * 977).toString(16)}.opus" because no identity-based policy allows the s3:PutObject action`;
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtythird-websockets-odds-feed-bridge-silent',
    family: 'dependency-down',
    source: 'https://github.com/python-websockets/websockets/blob/main/src/websockets/asyncio/client.py',
    signal: 'Alert',
    containers: [
      {
        name: 'odds-feed-bridge',
        running: { startedAt: '2026-02-09T06:12:08Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          FEED_URL: 'wss://feed.oddsvendor.example/v3/stream',
          SNAPSHOT_URL: 'https://api.oddsvendor.example/v3/snapshot',
          KAFKA_TOPIC: 'odds.updates',
          PYTHONUNBUFFERED: '1',
        },
        args: ['uvicorn', 'bridge.app:app', '--host', '0.0.0.0', '--port', '8080'],
        mounts: [{ volume: 'vendor-token', path: '/var/run/secrets/oddsvendor' }],
      },
    ],
    volumes: [{ name: 'vendor-token', secret: 'oddsvendor-api-token' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OddsFeedSilent: odds-feed-bridge has published no update to odds.updates for 42 minutes (usual 300/s).',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(28, (i) => {
        const s = t(7, 48, 10) + i * 90;
        const lines = [
          `2026-02-11 ${clock(s)},${pad(100 + i * 7, 3)} INFO websockets.client connect failed; reconnecting in ${Math.min(90, 3.1 * 1.618 ** (i + 4)).toFixed(1)} seconds: websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 503`,
        ];
        if (i % 2 === 0) {
          lines.push(`INFO:     10.42.5.1:${38200 + i} - "GET /healthz HTTP/1.1" 200 OK`);
        }
        if (i % 3 === 1) {
          lines.push(
            `2026-02-11 ${clock(s + 10)},${pad(500 + i, 3)} INFO httpx HTTP Request: GET https://api.oddsvendor.example/v3/snapshot?sports=football,tennis "HTTP/1.1 503 Service Unavailable"`,
            `2026-02-11 ${clock(s + 10)},${pad(520 + i, 3)} WARNING bridge.snapshot snapshot refresh failed (503 from api.oddsvendor.example), keeping snapshot from 07:47:55`,
          );
        }
        if (i % 3 === 2) {
          lines.push(
            `2026-02-11 ${clock(s + 15)},${pad(30 + i, 3)} INFO bridge.feed published 0 updates to odds.updates in the last 5m`,
          );
        }
        return lines.join('\n');
      }),
    ),
    accept: ['escalate'],
  },
];
