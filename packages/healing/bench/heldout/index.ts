import type { HeldOutCase } from './case.ts';
import { APP_CASES } from './cases-apps.ts';
import { EIGHTEENTH_CASES } from './cases-eighteenth.ts';
import { EIGHTH_CASES } from './cases-eighth.ts';
import { ELEVENTH_CASES } from './cases-eleventh.ts';
import { FIFTEENTH_CASES } from './cases-fifteenth.ts';
import { FIFTH_CASES } from './cases-fifth.ts';
import { FIFTIETH_CASES } from './cases-fiftieth.ts';
import { FIFTYEIGHTH_CASES } from './cases-fiftyeighth.ts';
import { FIFTYFIFTH_CASES } from './cases-fiftyfifth.ts';
import { FIFTYFIRST_CASES } from './cases-fiftyfirst.ts';
import { FIFTYFOURTH_CASES } from './cases-fiftyfourth.ts';
import { FIFTYNINTH_CASES } from './cases-fiftyninth.ts';
import { FIFTYSECOND_CASES } from './cases-fiftysecond.ts';
import { FIFTYSEVENTH_CASES } from './cases-fiftyseventh.ts';
import { FIFTYSIXTH_CASES } from './cases-fiftysixth.ts';
import { FIFTYTHIRD_CASES } from './cases-fiftythird.ts';
import { FORTIETH_CASES } from './cases-fortieth.ts';
import { FORTYEIGHTH_CASES } from './cases-fortyeighth.ts';
import { FORTYFIFTH_CASES } from './cases-fortyfifth.ts';
import { FORTYFIRST_CASES } from './cases-fortyfirst.ts';
import { FORTYFOURTH_CASES } from './cases-fortyfourth.ts';
import { FORTYNINTH_CASES } from './cases-fortyninth.ts';
import { FORTYSECOND_CASES } from './cases-fortysecond.ts';
import { FORTYSEVENTH_CASES } from './cases-fortyseventh.ts';
import { FORTYSIXTH_CASES } from './cases-fortysixth.ts';
import { FORTYTHIRD_CASES } from './cases-fortythird.ts';
import { FOURTEENTH_CASES } from './cases-fourteenth.ts';
import { FOURTH_CASES } from './cases-fourth.ts';
import { FRESH_CASES } from './cases-fresh.ts';
import { NINETEENTH_CASES } from './cases-nineteenth.ts';
import { NINTH_CASES } from './cases-ninth.ts';
import { PLATFORM_CASES } from './cases-platform.ts';
import { SEVENTEENTH_CASES } from './cases-seventeenth.ts';
import { SEVENTH_CASES } from './cases-seventh.ts';
import { SIXTEENTH_CASES } from './cases-sixteenth.ts';
import { SIXTH_CASES } from './cases-sixth.ts';
import { SIXTIETH_CASES } from './cases-sixtieth.ts';
import { SIXTYFIRST_CASES } from './cases-sixtyfirst.ts';
import { SIXTYFOURTH_CASES } from './cases-sixtyfourth.ts';
import { SIXTYSECOND_CASES } from './cases-sixtysecond.ts';
import { SIXTYTHIRD_CASES } from './cases-sixtythird.ts';
import { TENTH_CASES } from './cases-tenth.ts';
import { THIRD_CASES } from './cases-third.ts';
import { THIRTEENTH_CASES } from './cases-thirteenth.ts';
import { THIRTIETH_CASES } from './cases-thirtieth.ts';
import { THIRTYEIGHTH_CASES } from './cases-thirtyeighth.ts';
import { THIRTYFIFTH_CASES } from './cases-thirtyfifth.ts';
import { THIRTYFIRST_CASES } from './cases-thirtyfirst.ts';
import { THIRTYFOURTH_CASES } from './cases-thirtyfourth.ts';
import { THIRTYNINTH_CASES } from './cases-thirtyninth.ts';
import { THIRTYSECOND_CASES } from './cases-thirtysecond.ts';
import { THIRTYSEVENTH_CASES } from './cases-thirtyseventh.ts';
import { THIRTYSIXTH_CASES } from './cases-thirtysixth.ts';
import { THIRTYTHIRD_CASES } from './cases-thirtythird.ts';
import { TWELFTH_CASES } from './cases-twelfth.ts';
import { TWENTIETH_CASES } from './cases-twentieth.ts';
import { TWENTYEIGHTH_CASES } from './cases-twentyeighth.ts';
import { TWENTYFIFTH_CASES } from './cases-twentyfifth.ts';
import { TWENTYFIRST_CASES } from './cases-twentyfirst.ts';
import { TWENTYFOURTH_CASES } from './cases-twentyfourth.ts';
import { TWENTYNINTH_CASES } from './cases-twentyninth.ts';
import { TWENTYSECOND_CASES } from './cases-twentysecond.ts';
import { TWENTYSEVENTH_CASES } from './cases-twentyseventh.ts';
import { TWENTYSIXTH_CASES } from './cases-twentysixth.ts';
import { TWENTYTHIRD_CASES } from './cases-twentythird.ts';

export type { HeldOutCase } from './case.ts';
export { type HeldOutResult, runHeldOutCase } from './run.ts';

/**
 * The held-out failure set: written from public issue trackers and documentation, with other
 * software and wording than the catalog's own samples (`catalog/samples.ts`); never used to write
 * patterns. `npm run bench -- heldout` scores the catalog on it.
 */
export const HELD_OUT_CASES: readonly HeldOutCase[] = [
  ...APP_CASES,
  ...PLATFORM_CASES,
  ...FRESH_CASES,
  ...THIRD_CASES,
  ...FOURTH_CASES,
  ...FIFTH_CASES,
  ...SIXTH_CASES,
  ...SEVENTH_CASES,
  ...EIGHTH_CASES,
  ...NINTH_CASES,
  ...TENTH_CASES,
  ...ELEVENTH_CASES,
  ...TWELFTH_CASES,
  ...THIRTEENTH_CASES,
  ...FOURTEENTH_CASES,
  ...FIFTEENTH_CASES,
  ...SIXTEENTH_CASES,
  ...SEVENTEENTH_CASES,
  ...EIGHTEENTH_CASES,
  ...NINETEENTH_CASES,
  ...TWENTIETH_CASES,
  ...TWENTYFIRST_CASES,
  ...TWENTYSECOND_CASES,
  ...TWENTYTHIRD_CASES,
  ...TWENTYFOURTH_CASES,
  ...TWENTYFIFTH_CASES,
  ...TWENTYSIXTH_CASES,
  ...TWENTYSEVENTH_CASES,
  ...TWENTYEIGHTH_CASES,
  ...TWENTYNINTH_CASES,
  ...THIRTIETH_CASES,
  ...THIRTYFIRST_CASES,
  ...THIRTYSECOND_CASES,
  ...THIRTYTHIRD_CASES,
  ...THIRTYFOURTH_CASES,
  ...THIRTYFIFTH_CASES,
  ...THIRTYSIXTH_CASES,
  ...THIRTYSEVENTH_CASES,
  ...THIRTYEIGHTH_CASES,
  ...THIRTYNINTH_CASES,
  ...FORTIETH_CASES,
  ...FORTYFIRST_CASES,
  ...FORTYSECOND_CASES,
  ...FORTYTHIRD_CASES,
  ...FORTYFOURTH_CASES,
  ...FORTYFIFTH_CASES,
  ...FORTYSIXTH_CASES,
  ...FORTYSEVENTH_CASES,
  ...FORTYEIGHTH_CASES,
  ...FORTYNINTH_CASES,
  ...FIFTIETH_CASES,
  ...FIFTYFIRST_CASES,
  ...FIFTYSECOND_CASES,
  ...FIFTYTHIRD_CASES,
  ...FIFTYFOURTH_CASES,
  ...FIFTYFIFTH_CASES,
  ...FIFTYSIXTH_CASES,
  ...FIFTYSEVENTH_CASES,
  ...FIFTYEIGHTH_CASES,
  ...FIFTYNINTH_CASES,
  ...SIXTIETH_CASES,
  ...SIXTYFIRST_CASES,
  ...SIXTYSECOND_CASES,
  ...SIXTYTHIRD_CASES,
  ...SIXTYFOURTH_CASES,
];

/**
 * The batches, reported apart: `first` was written before the issue-14 patterns (which were then
 * written with it in view), `fresh` after them (and later used to tune them), `third` scored before
 * any change was made for it (untuned: 30/35, one harmful restart of a container its liveness probe
 * killed while it was still loading; the patterns then added are generic: liveness probes that find
 * the port closed, Erlang's and the OS's own `connection refused`, missing gems, licences, data
 * owned by another user, Elasticsearch's flood-stage block). `fourth` (40 cases: Caddy, etcd,
 * Cassandra, NATS, Envoy, HAProxy, Traefik, Vault, Quarkus, Pulsar, MinIO, ClickHouse, CockroachDB,
 * Consul, Memcached, the BEAM, tokio, quotas, Docker Hub's pull limit, and bad rollouts as a new
 * revision in the look-back window) was scored before any change was made for it: 27/40 (67.5 %),
 * no pattern for 12 (etcd's space quota, HAProxy's unresolvable server, Traefik's RBAC, Quarkus's,
 * Laravel's and Rails's missing settings, a ResourceQuota, ClickHouse's and MinIO's capacity,
 * Ruby's expired certificate, Consul's ACL, a JetStream backlog) and one harmful action (a .NET heap
 * capped by `DOTNET_GCHeapHardLimit` given more container memory). The changes then made are generic:
 * klog's structured lines read like logfmt, .NET heap caps, resolvers and OpenSSL in their own words,
 * 403s from service ACLs, config libraries' missing settings, and new patterns for admission quotas,
 * data stores out of space or over their memory budget, and saturated worker pools: 40/40, none
 * harmful, the other batches unchanged.
 * `fifth`: written by a helper that did not read the catalog, scored before any change made for it,
 * with the last-resort classes already in (catalog/unclassified.ts): 30/40 (75.0 %), 9 with no
 * pattern (CoreDNS forward loop, Velero storage location, Celery worker lost, Django migration
 * history, Thanos overlap, Grafana's SQLite lock, Sidekiq latency, Fluent Bit paused, Temporal
 * namespace), one harmful (Neo4j's heap space: `raise-memory-limit` for a heap its own setting caps);
 * the last-resort classes decided 1 case.
 * `seventh` and `sixth`: each written by a helper that did not read the catalog (`seventh`: the long
 * tail of software no batch used; `sixth`: families where a catalog mutation is right, and their
 * look-alikes). Before either was seen, the last resorts gained the earliest error line of the
 * failing instance and what Kubernetes reports (a Warning event, a waiting or termination message).
 * `seventh`, scored first: 35/40 (87.5 %), 3 with no pattern (Artemis's disk guard, a JVM deadlock
 * in a thread dump, Tempo's live-traces limit logged as a warning), 1 harmful (a rollback of a
 * rollout that only raised the log level), 1 wrong (a restart for too many open files at start-up);
 * the last resorts decided 16. The generic changes then made: JVM deadlocks, start-up descriptor
 * limits, brokers' own disk guards, log-verbosity rollouts never blamed, warned limits. `sixth`, scored
 * after those and before any change made for it: 37/40 (92.5 %), 1 with no pattern (Superset
 * refusing to start), 2 harmful (a rollout restart of a Tomcat whose liveness probe failed because
 * every thread waited on a slow dependency; a flush of a Redis session store). Then: a cause named in
 * the log outranks a probe symptom, Tomcat's and Jetty's pool limits, Redis session stores are never
 * flushed, "refusing to start". Both 40/40 after, none harmful, the other batches unchanged.
 * `eighth`: written by a helper that did not read the catalog (pods that tell their story through
 * Kubernetes: unschedulable, sandbox and mount failures, admission, evictions, nodes, and runtimes
 * earlier batches use less), scored after all of the above: 38/40 (95.0 %), none harmful, 1 with
 * no pattern (GHC's runtime heap cap), 1 wrong (a NotReady node whose condition the case can only
 * give as an event on the pod: escalated, not drained; the drain keeps needing the Node's own
 * condition). Then: GHC's `+RTS -M` heap cap.
 * `ninth`: written by a helper that did not read the catalog, hard cases where a careless agent does
 * harm (OOM, rollout, restart and cache look-alikes, very noisy logs), scored after all of the above:
 * 35/40 (87.5 %), 3 harmful (more memory for a JVM given 25 % of its limit, for a Python
 * MemoryError under uWSGI's address-space limit, and for a slowly leaking Telegraf), 1 with no
 * pattern (a clamd that went silent while reloading its database), 1 wrong (a rollback of a rollout
 * that only set OpenTelemetry's endpoint). Then: small heap shares and address-space limits escalate
 * with the setting, OpenTelemetry-only rollouts are not blamed; the Telegraf raise is tolerated (its
 * author called the harm label a judgement call). 38/40 after, none harmful.
 * `tenth` (the families issue 14 names, in other software and every structured format) and
 * `eleventh` (incidents from public postmortems, in proportions close to an on-call month): each
 * written by a helper that did not read the catalog, scored after all of the above. `tenth`: 38/40
 * (95.0 %), 2 harmful (more memory for a Node heap whose cap its entrypoint printed in brackets; a
 * rollback of a rollout 47 minutes before the first error of a running pod). `eleventh`: 38/40
 * (95.0 %), 1 harmful (a flush of a Go rmq job queue's Redis), 1 with no pattern (a Kafka consumer
 * whose poll timed out). Then: flags read out of brackets and `NAME=` prefixes, a running pod's
 * failure dated by the first error its whole log shows, rmq and `queue=` as job-queue words, Kafka
 * poll timeouts. Both 40/40 after, none harmful.
 * `thirteenth`: 40 cases from 40 different families, written by a helper that did not read the
 * catalog, scored after all of the above: 39/40 (97.5 %), none harmful, none without a pattern; 1
 * wrong (a rollout restart of every pod for one pod's descriptor leak). Then: a descriptor leak
 * restarts the pod that ran out. 40/40 after. (Two of its signals, `ContainerCreating` and `Pending`,
 * are not signals the agent raises and were scored as `Alert`; they are now `FailedMount` and
 * `Unschedulable`, with the same outcome.)
 * `twelfth`: harm look-alikes (28 of 40) written by a helper that did not read the catalog, scored
 * after the thirteenth: 31/40 (77.5 %), 5 harmful (three flushes of a Redis that held Bull jobs,
 * Hangfire state and a request log; more memory for a .NET heap capped in runtimeconfig.json; a
 * rollback for a migration lock held since before the rollout), 1 with no pattern. Then: a Redis at
 * maxmemory is flushed only when the evidence says it is a cache (else escalated), runtimeconfig's
 * `System.GC.HeapHardLimit`, migration locks left by an earlier run, dead Kafka Streams threads,
 * "exceeds ... limit". 38/40 after, none harmful (2 saturations escalated where the case accepts
 * only scale-up).
 * `fourteenth` (Kubernetes on AWS: IRSA and Pod Identity, throttling and quotas, EBS/EFS, Spot and
 * Nitro nodes, Karpenter, the load balancer controller), `fifteenth` (harm look-alikes, second round:
 * restarts mid-recovery, rollbacks across forward-only migrations, heaps sized as most of the limit,
 * oversized inputs, hot partitions, Redis as a store) and `sixteenth` (long, noisy production logs in
 * a dozen frameworks' formats): each written by a helper that did not read the catalog, all three
 * scored after the generic changes made before them (the Google 403, a silent log, per-container logs
 * in the harness). `fourteenth`: 37/40 (92.5 %), none harmful, 2 with no pattern (an ALB health
 * check answered 404, ALB 502s from a short keep-alive), 1 wrong (a rollout restart for an HTTP client
 * pool leak). `fifteenth`: 30/40 (75.0 %), 8 harmful (rollout restarts of a Galera joiner mid-SST and
 * a MongoDB initial sync; a rollback of a half-applied migration; more memory for JVMs given 80 % and
 * 100 % of the limit, a tmpfs emptyDir, a decompression bomb and an unbounded SELECT). `sixteenth`:
 * 35/40 (87.5 %), 2 harmful (a rollout restart of a JVM whose -Xmx heap ran out of GC headroom; a
 * rollback of a rollout 16 minutes before an upstream failed, dated from a cut log). Then, each
 * generic: HTTP client pools, access logs answered mostly with errors, half-applied migrations, large
 * heap shares, liveness kills mid-recovery, a heap exhausted before its liveness kill, no memory raise
 * without the killed instance's log, Log4j2's and MongoDB's JSON times, no blame from a cut log that
 * cannot date the failure, one replica for a request pool saturated by load, oversized inputs. After:
 * 39/40, 37/40 (2 harmful, listed as known in heldout-set.test.ts) and 38/40; after the review's
 * tightening of the replica for saturation, 39/40, 37/40 and 37/40.
 * `seventeenth` (harm look-alikes, third round: poison messages, leader elections, heaps capped in
 * new places, stores that hold state, partition caps, node symptoms caused by one pod) and
 * `eighteenth` (40 families in the proportions of an AWS on-call month): each written by a helper
 * that did not read the catalog, scored after all of the above. `seventeenth`: 35/40 (87.5 %), 1
 * harmful (more memory for a MongoDB whose WiredTiger cache was sized from the host), 1 with no
 * pattern (a Kafka consumer lagging on partitions with no active consumer). `eighteenth`: 36/40
 * (90.0 %), 2 harmful (more memory for a metaspace capped by -XX:MaxMetaspaceSize; a rollout restart
 * of a Kestrel service starving its thread pool), 2 with no pattern. Then: JVM areas capped by their
 * own flag, thread-pool and event-loop starvation, trouble read as words, Apache's MaxRequestWorkers.
 * After: 36/40 (the MongoDB case listed as known) and 38/40.
 * `nineteenth` (a month of alerts at a mid-size SaaS on EKS, at most two per family) and `twentieth`
 * (harm look-alikes, fourth round, with the truth only in an event, mid-log, in a sidecar or behind
 * an unrelated rollout): each written by a helper that did not read the catalog, scored after all of
 * the above. `nineteenth`: 37/40 (92.5 %), 1 harmful (a rollback of a rollout that only set
 * SENTRY_ENVIRONMENT), 1 with no pattern. `twentieth`: 33/40 (82.5 %), none harmful, 2 with no
 * pattern. Then: error-tracker and APM labels never blamed, SQL writes refused by a read-only node
 * restart the pools, PHP-FPM's "seems busy". After: 38/40 and 35/40, none harmful.
 * From here the harness shows the pod spec a case gives (limits, env, args, mounts, volumes) and the
 * pod's node (not Ready under a `NodeNotReady` signal; no node at all before, which had left
 * node faults to pod events).
 * `twentyfirst` (a quarter of pages at a payments company on EKS: Debezium, stripe-node, grpc-go,
 * Npgsql, franz-go, Hazelcast, sqlx, KMS, IRSA, the Secrets Store CSI provider, LaunchDarkly,
 * pydantic-settings, HikariCP with the JVM's DNS cache, Plaid, Flyway, uvicorn, ASP.NET health
 * checks, bincode, GOMAXPROCS, Karpenter): written by a helper that did not read the catalog,
 * scored after the spec and node changes: 37/40 (92.5 %), 1 harmful (a rollout restart for a
 * liveness check that includes an unreachable Redis), 1 with no pattern (RabbitMQ's memory alarm).
 * Then: StackExchange.Redis's `UnableToConnect`, RabbitMQ's memory alarm, a heap-usage report's
 * `heap_max` read as a measurement. After: 40/40.
 * `twentysecond` (harm look-alikes, fifth round, the truth often only in the spec) and `twentythird`
 * (a week of pages at a media company: ffmpeg, PyTorch and vLLM on GPUs, sharp, uWSGI, Varnish,
 * Triton, Meilisearch, Mountpoint for S3, Phoenix): written by helpers that did not read the
 * catalog, using the pod spec. `twentysecond`, scored after batch 21's changes: 32/40 (80.0 %), 3
 * harmful (Ignite's data region sized from the host and a 926 GiB numpy array given more memory, a
 * rollout restart of Jenkins whose heap OOM caused its liveness kill), 1 with no pattern.
 * `twentythird`, scored after the first of batch 22's: 36/40 (90.0 %), 1 harmful (a rollout restart
 * of a Go service throttled by GOMAXPROCS=64 on one core), 1 with no pattern. Then: an uncapped heap
 * OOM outranks the liveness kill it caused, one allocation larger than the limit, a server's own
 * memory budget above the limit, GOMAXPROCS against the CPU limit, a node's own storage gone
 * read-only, servers below their memory minimum, uvicorn's concurrency limit, and a readiness probe
 * no longer holding back a replica while requests still complete. After: 39/40 and 38/40, none harmful.
 * `twentyfourth` (harm look-alikes, sixth round, the truth also in the node), `twentyfifth` (a
 * fortnight at a data platform: Spark, Flink, ClickHouse, DuckDB, Snowflake, asyncpg, Strimzi,
 * Liquibase) and `twentysixth` (long, noisy logs, sidecars and init containers): written by helpers
 * that did not read the catalog, scored after batches 21-23's changes. `twentyfourth`: 29/40
 * (72.5 %), 4 harmful (a flush of the Redis that holds Nextcloud's file locks, more memory for
 * DuckDB sized from the host and for a leaking Vector, a rollout restart of a ScyllaDB node
 * mid-bootstrap), 4 with no pattern. `twentyfifth`: 38/40 (95.0 %), 1 harmful (more memory for a
 * Spark driver capped by --driver-memory). `twentysixth`: 34/40 (85.0 %), none harmful. Then:
 * node-problem-detector's conditions, bootstrapping nodes, Spark's heap settings, `cache` as a word
 * of its own, budgets in a sentence, Passenger's queue and requests never answered. After: 36/40,
 * 40/40 and 34/40; one harmful left (the Vector leak, listed in `KNOWN_HARMFUL`).
 * `twentyseventh` (harm look-alikes, seventh round: Bun, Pekko, Octane, Good Job, Aerospike,
 * YugabyteDB, Vitess, Pgpool-II, Valkey, KeyDB, Garnet, Hypercorn, Tornado, Helidon, Ktor, Tekton,
 * Argo), `twentyeighth` (a fortnight of pages at a B2B SaaS company: Phoenix, Rails, Laravel, .NET,
 * Go, NestJS, FastAPI, Kafka Streams, Celery, Good Job), `twentyninth` (when a mutation is the right
 * answer: consumers and pools wedged after a dependency blip, legitimate growth, real load, sick
 * nodes, and their look-alikes) and `thirtieth` (EKS and AWS platform failures seen from one pod:
 * the VPC CNI, EBS and EFS CSI, IRSA and Pod Identity, ECR, Karpenter, spot, CoreDNS, the load
 * balancer controller): written by helpers that did not read the catalog, scored after batch 26's
 * restart entries. `twentyseventh`: 31/40 (77.5 %), 4 harmful (more memory for a leaking Bun server,
 * for an Argo step given 13 times its input and for Octane's `--workers=auto`; a rollback past a
 * Phoenix release's migration). `twentyeighth`: 30/40 (75.0 %), 2 harmful (rollbacks past boot-time
 * migrations, Ecto and EF Core). `twentyninth`: 24/40 (60.0 %), 1 harmful (more memory for a leaking
 * Centrifugo). `thirtieth`: 35/40 (87.5 %), none harmful. None without a pattern. Then: no rollback
 * past a migration the new revision applied, a leak read from the process's own usage reports, a
 * node drained when the evicted pod used a negligible share of its disk, a Kafka consumer out of its
 * group restarted, a missing setting blamed on any rollout. After: 34/40, 34/40, 26/40 and 36/40;
 * two harmful left (the Argo step and Octane, listed in `KNOWN_HARMFUL`).
 * `thirtyfirst` (harm look-alikes, eighth round: Strapi, WildFly, Camel, PM2, Curator, Infinispan,
 * Mule, Litestar, Directus, mcrouter, Payload, Quarkus native, hapi, Gin), `thirtysecond` (a mutation
 * is right, second round: Reactor Kafka, zio-kafka, EasyNetQ, Rebus, Dramatiq, Quartz.NET,
 * APScheduler, Agenda, pg-boss, Graphile Worker, River, Faktory, Kratos), `thirtythird` (a month at a
 * healthcare company: Mirth Connect, HAPI FHIR, Keycloak, Celery, amqp091-go, EF Core) and
 * `thirtyfourth` (forty memory incidents, half the raise right): written by helpers that did not read
 * the catalog, scored after batches 27-30's changes. `thirtyfirst`: 29/40 (72.5 %), 3 harmful (more
 * memory for a Strapi leak and for PM2's `-i max`; a rollback past Payload's migration). `thirtysecond`:
 * 21/40 (52.5 %), 1 harmful (more memory for an Agenda leak). `thirtythird`: 33/40 (82.5 %), 1 harmful
 * (more memory for an HL7 batch 40 times its size). `thirtyfourth`: 28/40 (70.0 %), 6 harmful (more
 * memory for nginx's and PyTorch's workers sized from the node, a Sidekiq without jemalloc, Varnish's
 * Transient storage, a cache sized from the host, an Erlang binary leak). Then the review's fixes, a
 * leak in step with the work done, worker processes against the CPU limit, a cache capacity in a
 * sentence. After: 31/40, 21/40, 33/40, 31/40; six of those harmful left, in `KNOWN_HARMFUL`.
 * `thirtyfifth` (a quarter at an online retailer: Magento, Shopware, Next.js, Ktor, WebFlux, go-redis,
 * ScyllaDB, MSK, imaginary, thumbor, LaunchDarkly relay, Karpenter on Spot), `thirtysixth` (a data
 * and ML platform: Debezium, Hive Metastore, dbt, Flink, Prefect, KServe, JupyterHub, TGI, KubeRay,
 * Feast, TorchServe, BentoML, Dagster, MLflow, LiteLLM, GPU nodes), `thirtyseventh` (an enterprise's
 * lifted-and-shifted legacy estate: Tomcat, JBoss EAP, WebSphere Liberty, Struts, Catalyst, Unicorn,
 * IBM MQ, ActiveMQ, Camel, Liferay, Alfresco, Jenkins, SonarQube, Squid, NFS) and `thirtyeighth`
 * (harm look-alikes, ninth round: Jellyfin, Rocket.Chat, Camunda, PhotoPrism, Zulip, Immich, Zeebe,
 * Forgejo, Jitsi, Mastodon, Chatwoot, Synapse, Elysia, SvelteKit, Lagom, Hono): written by helpers
 * that did not read the catalog, scored after the first changes of that stop (an alert's words in
 * the evidence, the rest healthy restarts one pod). `thirtyfifth`: 33/40 (82.5 %), 1 harmful (more
 * memory for goroutines piling up). `thirtysixth`: 31/40 (77.5 %), 1 harmful (more memory for a skewed
 * Spark partition). `thirtyseventh`: 30/40 (75.0 %), 3 harmful (a rolling restart of Alfresco killed
 * by its probe eight times; more memory for Liferay's -Xms4g in 3Gi and a Unicorn leak).
 * `thirtyeighth`: 31/40 (77.5 %), 2 harmful (more memory for Rocket.Chat killed every nine minutes and
 * for PhotoPrism decoding a 560-megapixel panorama). Then: AWS session credentials never renewed, a
 * MySQL connection the server closed, goroutines piling up with memory, no restart for a container its
 * probe killed three times, load that grew on busy pods scales up, more wordings of a healthy rest.
 * After: 37/40, 34/40, 33/40, 36/40; five harmful left, in `KNOWN_HARMFUL`.
 * `thirtyninth` (a month at a retail bank: Db2 and Oracle from Java and Node, Vault Agent, quarkus-vault,
 * GoCardless, Amazon MQ over STOMP, ISO 20022, LightGBM, redis-rs, Cilium's IP pool, Kong),
 * `fortieth` (a mutation is right, third round, the dependency's health left to the log: NServiceBus,
 * Paho, Pub/Sub, Kue, Celery beat, CAP, JobRunr, KCL, kopf, zetcd, Pravega, Kuberhealthy, Sneakers,
 * Shoryuken, Asynq), `fortyfirst` (a month at a streaming and games company: GStreamer, Shaka
 * Packager, Bento4, nginx-vod, MediaMTX, SRS, Agones, Open Match, ejabberd, Druid, Unreal servers) and
 * `fortysecond` (forty memory incidents, second round, half the raise right): written by helpers that
 * did not read the catalog, scored after batches 35-38's changes. `thirtyninth`: 35/40 (87.5 %), none
 * harmful. `fortieth`: 21/40 (52.5 %), 2 harmful (more memory under a -Xmx cap the evidence quoted
 * cut short; a Benthos leak). `fortyfirst`: 31/40 (77.5 %), 2 harmful (more memory for a Druid heap
 * set by DRUID_XMX; an SRS leak). `fortysecond`: 31/40 (77.5 %), 7 harmful (more memory for glibc
 * arenas, 50 PHP-FPM children, a 64-process pool under 2 CPUs, a BEAM mailbox, Redis pub/sub buffers,
 * memcached's `-m` above the limit, a Ruby upgrade's leak). Then: a process pool's stated size, a
 * consumer stalled after a blip whatever entry read it, heap caps found from the entry and from
 * `*_XMX` variables. After: 35/40, 23/40, 32/40, 32/40; eight harmful left, in `KNOWN_HARMFUL`.
 * `fortythird` (forty memory incidents, third round: Ktor, ZIO, Clojure, Quarkus native, Bun, polars,
 * Ray Serve, Celery prefork, Puma, tokio, .NET 8, Swoole, Phoenix, Julia, semgrep, Cassandra, KeyDB,
 * Valkey, Dragonfly, MariaDB, Neo4j, VictoriaMetrics, Prometheus, Loki, Vector, Traefik, Caddy, Squid,
 * Traffic Server), `fortyfourth` (a month at a logistics company: OR-Tools, Timefold, Odoo, Pelias,
 * Nominatim, OSRM, Valhalla, EMQX, Centrifugo, Pulsar, NATS JetStream, TimescaleDB), `fortyfifth`
 * (harm look-alikes, tenth round: Strapi, Saleor, Medusa, Discourse, Lemmy, Redash, PostgREST, Unleash,
 * GoTrue, Misskey, Zammad, Penpot, Windmill) and `fortysixth` (a mutation is right, fourth round:
 * Kafka Connect, node-rdkafka, nats.py, aio-pika, lapin, client-go informers, etcd watches, Curator,
 * Spring Integration, mongoose, http-kit, Racecar): written by helpers that did not read the catalog,
 * scored after the first changes of that stop (memory budgets the spec sets, quiet consumers).
 * `fortythird`: 26/40 (65.0 %), 10 harmful (more memory for work waiting on a failing downstream, a
 * prefork pool from the node's CPUs, GOGC=800 from a release, a heap hint twice the limit, a
 * Cassandra heap sized from the host, Squid workers' caches, a leak an alert describes).
 * `fortyfourth`: 30/40 (75.0 %), 2 harmful. `fortyfifth`: 27/40 (67.5 %), 4 harmful (three raises,
 * a rollback past a migration another pod applied). `fortysixth`: 28/40 (70.0 %), none harmful. Then:
 * a retry backlog, an alert's leak words, an oversized last input, a memory-tuning rollout, a JVM's
 * own heap report, a client closed for good, throughput reports fallen to zero, load growth in more
 * wordings. After (with the next round's changes): 35/40, 34/40, 34/40, 33/40; two harmful left.
 * `fortyseventh` (a month at a telecom operator's 5G core and IMS: Open5GS, freeDiameter, Kamailio,
 * OpenSIPS, Asterisk, rtpengine, Jasmin, Kannel, gNMIc, InfluxDB 3, Multus, SR-IOV, DPDK),
 * `fortyeighth` (forty memory incidents, fourth round), `fortyninth` (harm look-alikes, eleventh round:
 * Argo CD, GitLab, Backstage, Crossplane, Tekton, Velero, Zeebe, Temporal, Loki, JuiceFS, NetBox) and
 * `fiftieth` (a month at a public-sector digital service: Keycloak with eIDAS, Gotenberg, LibreOffice,
 * ClamAV, GOV.UK Notify, Camunda 7, Flowable, ModSecurity, Kyverno, Falco): scored after the review of
 * that stop. `fortyseventh`: 30/40 (75.0 %), 1 harmful. `fortyeighth`: 26/40 (65.0 %), 10 harmful
 * (more memory for MySQL's per-connection buffers, RabbitMQ's watermark from the host, a Fluent Bit
 * buffer behind rejections, a Prometheus cardinality burst, a leak an alert describes...).
 * `fortyninth`: 33/40 (82.5 %), 1 harmful. `fiftieth`: 29/40 (72.5 %), 2 harmful (a Django session
 * store flushed; a poison document redelivered). Then: worker pools four times the limit, RabbitMQ's
 * watermark, session frames, an alert's backlog and growth-rate words. After: 30/40, 32/40, 34/40,
 * 30/40; six harmful left, in `KNOWN_HARMFUL`.
 * `fiftyfirst` (forty memory incidents, fifth round: Helidon, Play/Pekko, Quarkus native, Clojure,
 * Ktor, Deno, Bun, Vapor, Ray actors, spaCy, transformers, gevent, .NET 8, Phoenix LiveView, Qdrant,
 * Weaviate, OpenSearch k-NN, CockroachDB, TiKV, Cassandra, Dragonfly, Valkey, Mimir, Loki,
 * VictoriaMetrics, Tempo, Jaeger, Milvus, Pulsar bookies, OTel Collector), `fiftysecond` (a month at
 * a video streaming company: FFmpeg, nginx-rtmp, Shaka Packager, Bento4, Faiss, WhisperX, libvips,
 * Typesense, ClickHouse, Vector), `fiftythird` (harm look-alikes, twelfth round: Home Assistant,
 * Jitsi, Nextcloud Collabora, Immich, Vaultwarden, Teleport, Pomerium, Headscale, Zitadel, Logto,
 * Listmonk, Mautic, Twenty, Invoice Ninja, Kimai, Redmine, OpenProject), `fiftyfourth` (a mutation
 * is right, fifth round: Marten, EventStoreDB, Axon, Bee-Queue, Knative Kafka, Event Hubs, kube-vip,
 * ztunnel, TypeORM, ZIO Kafka, Argo Events), `fiftyfifth` (a month at a hospital group: HAPI FHIR,
 * Mirth, Orthanc, dcm4chee, Medplum, OpenEMR, OpenMRS, Nextflow, REDCap, Presidio, Artemis) and
 * `fiftysixth` (restart or not: Quartz, ShedLock, Spring Batch, Spark streaming, Redpanda Connect,
 * Logstash, Promtail, collectd, Zabbix, Icinga, consul-template, OpenLDAP, 389 DS, SSSD, Samba,
 * HAProxy, MetalLB, Pulsar): scored after the first changes of that stop (kills at a rhythm, a
 * redelivered input, queues and metric names as load). `fiftyfirst`: 20/40 (50.0 %), 14 harmful
 * (more memory for leaks the process reports, a poison document, cardinality bursts, a worker pool
 * from the host's 64 CPUs, a TiKV cache over the limit, an in-memory trace store...). `fiftysecond`:
 * 31/40 (77.5 %), 1 harmful. `fiftythird`: 32/40 (80.0 %), 3 harmful. `fiftyfourth`: 25/40
 * (62.5 %), none harmful (wedges a restart clears, read as dependency errors). `fiftyfifth`: 34/40
 * (85.0 %), 1 harmful. `fiftysixth`: 22/40 (55.0 %), 2 harmful (a node drained for one pod's open
 * files, a rollback of an upgrade that migrated its database). Then `fiftyseventh` (memory, sixth
 * round: Spring Batch, Kafka Streams, Hazelcast, Open Liberty, Remix, XGBoost, R Plumber, Orleans,
 * MongooseIM, Infinispan, VerneMQ, Horizon, Presto, Payara, Oban, Superset, Camel, Kong, Prisma,
 * Nuxt), `fiftyeighth` (a month at an online marketplace: Nuxt, Vespa, Stripe Connect, CockroachDB,
 * Phoenix channels, imgproxy, DragonflyDB, BullMQ, Debezium, Redpanda, Flink), `fiftyninth` (wedged
 * or waiting: Vert.x, Akka sharding, Orleans, Dapr, Pulsar Go, Redis Streams, NATS KV, etcd leases,
 * Consul sessions, SPIRE, GoBGP, Asterisk PJSIP, rsyslog, Fluent Bit) and `sixtieth` (harm
 * look-alikes, thirteenth round: NetBox, Nautobot, Komga, Mealie, Linkding, Shlink, YOURLS, Firefly
 * III, Funkwhale, Akkoma, Kanboard, Wekan, GLPI, Wazuh): scored after the next changes (alert
 * rhythms of uptimes, prose usage reports, worker-count fields, more load wordings). `fiftyseventh`:
 * 33/40, 5 harmful. `fiftyeighth`: 33/40, none. `fiftyninth`: 25/40, none. `sixtieth`: 33/40, 2
 * harmful. Then, after a hostile review of that stop: `sixtyfirst` (memory, seventh round: WebFlux,
 * Tomcat, WildFly, JBoss EAP, Jetty 12, aiohttp, pyarrow, Dask, Triton, BentoML, multer, Playwright,
 * Next.js images, Delayed Job, Symfony Messenger, Blazor, Hasura, Pgpool, Patroni, Consul, Vault,
 * Keycloak, Nexus, Jenkins, Loki compactor, Tempo querier, Pyroscope, Tetragon, Falco, Telegraf):
 * 26/40 (65.0 %), 9 harmful; `sixtysecond` (a month at an insurer: Drools, WebLogic, Oracle,
 * Tesseract, IBM MQ, Kafka Streams, Apollo Gateway, SEPA, Auth0, Aspose, JasperReports, Argo
 * Workflows, HiveMQ, Mule): 36/40, none; `sixtythird` (a mutation is right, sixth round: Hatchet,
 * Meteor change streams, Cadence, the Cassandra driver, MirrorMaker 2, Strimzi, Qpid JMS, node-redis
 * keyspace notifications, grpc-java, Azure IoT, Kyverno, Zeebe): 28/40, none; `sixtyfourth` (harm
 * look-alikes, fourteenth round: LiveKit, Janus, Owncast, Icecast, Liquidsoap, AzuraCast, Haraka,
 * Rspamd, Postfix, Dovecot, Roundcube, SOGo, Vendure, Bagisto, Spree, PrestaShop, OpenCart, Commerce
 * Layer, Stalwart, Mailu): 29/40, 2 harmful. Fourteen batches, 407/560 untuned (72.7 %), 39
 * harmful. After this stop's changes: 30, 31, 35, 28, 35, 24, 36, 34, 27, 34, 27, 36, 28, 31 of 40
 * (436/560); 21 harmful left, in `KNOWN_HARMFUL`.
 */
export const HELD_OUT_BATCHES: Readonly<Record<string, readonly HeldOutCase[]>> = {
  first: [...APP_CASES, ...PLATFORM_CASES],
  fresh: FRESH_CASES,
  third: THIRD_CASES,
  fourth: FOURTH_CASES,
  fifth: FIFTH_CASES,
  sixth: SIXTH_CASES,
  seventh: SEVENTH_CASES,
  eighth: EIGHTH_CASES,
  ninth: NINTH_CASES,
  tenth: TENTH_CASES,
  eleventh: ELEVENTH_CASES,
  twelfth: TWELFTH_CASES,
  thirteenth: THIRTEENTH_CASES,
  fourteenth: FOURTEENTH_CASES,
  fifteenth: FIFTEENTH_CASES,
  sixteenth: SIXTEENTH_CASES,
  seventeenth: SEVENTEENTH_CASES,
  eighteenth: EIGHTEENTH_CASES,
  nineteenth: NINETEENTH_CASES,
  twentieth: TWENTIETH_CASES,
  twentyfirst: TWENTYFIRST_CASES,
  twentysecond: TWENTYSECOND_CASES,
  twentythird: TWENTYTHIRD_CASES,
  twentyfourth: TWENTYFOURTH_CASES,
  twentyfifth: TWENTYFIFTH_CASES,
  twentysixth: TWENTYSIXTH_CASES,
  twentyseventh: TWENTYSEVENTH_CASES,
  twentyeighth: TWENTYEIGHTH_CASES,
  twentyninth: TWENTYNINTH_CASES,
  thirtieth: THIRTIETH_CASES,
  thirtyfirst: THIRTYFIRST_CASES,
  thirtysecond: THIRTYSECOND_CASES,
  thirtythird: THIRTYTHIRD_CASES,
  thirtyfourth: THIRTYFOURTH_CASES,
  thirtyfifth: THIRTYFIFTH_CASES,
  thirtysixth: THIRTYSIXTH_CASES,
  thirtyseventh: THIRTYSEVENTH_CASES,
  thirtyeighth: THIRTYEIGHTH_CASES,
  thirtyninth: THIRTYNINTH_CASES,
  fortieth: FORTIETH_CASES,
  fortyfirst: FORTYFIRST_CASES,
  fortysecond: FORTYSECOND_CASES,
  fortythird: FORTYTHIRD_CASES,
  fortyfourth: FORTYFOURTH_CASES,
  fortyfifth: FORTYFIFTH_CASES,
  fortysixth: FORTYSIXTH_CASES,
  fortyseventh: FORTYSEVENTH_CASES,
  fortyeighth: FORTYEIGHTH_CASES,
  fortyninth: FORTYNINTH_CASES,
  fiftieth: FIFTIETH_CASES,
  fiftyfirst: FIFTYFIRST_CASES,
  fiftysecond: FIFTYSECOND_CASES,
  fiftythird: FIFTYTHIRD_CASES,
  fiftyfourth: FIFTYFOURTH_CASES,
  fiftyfifth: FIFTYFIFTH_CASES,
  fiftysixth: FIFTYSIXTH_CASES,
  fiftyseventh: FIFTYSEVENTH_CASES,
  fiftyeighth: FIFTYEIGHTH_CASES,
  fiftyninth: FIFTYNINTH_CASES,
  sixtieth: SIXTIETH_CASES,
  sixtyfirst: SIXTYFIRST_CASES,
  sixtysecond: SIXTYSECOND_CASES,
  sixtythird: SIXTYTHIRD_CASES,
  sixtyfourth: SIXTYFOURTH_CASES,
};
