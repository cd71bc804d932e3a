import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openClusterDump } from '@sre-agent/kube';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseHeldOutDump, writeHeldOutDump } from '../bench/heldout/dump.ts';
import { HELD_OUT_BATCHES, HELD_OUT_CASES, runHeldOutCase } from '../bench/heldout/index.ts';
import { clusterFor, currentLogOwner, heldOutEvidence, logOwner } from '../bench/heldout/run.ts';
import type { Evidence } from '../src/diagnosis/evidence/index.ts';

/**
 * Where the dump path's evidence differs from the cluster path's, field by field: what it reads
 * (pod, container, statuses, conditions, events, owners, rollouts, node, the previous log).
 */
function evidenceDiffs(id: string, cluster: Evidence, dump: Evidence | undefined): string[] {
  if (!dump) return ['the dump path gathered no evidence'];
  const lost = PREVIOUS_LOG_NOT_IN_DUMP.includes(id);
  const previousGap = dump.gaps.some((g) => g.includes('the dump holds no log of the previous instance'));
  const views: Record<string, (e: Evidence) => unknown> = {
    pod: (e) => [e.pod, e.podReplicaSet, e.podPhase, e.podReason, e.podMessage],
    container: (e) => e.container,
    containers: (e) => e.containers,
    conditions: (e) => e.conditions,
    events: (e) => e.events,
    ownerChain: (e) => e.ownerChain.map((l) => `${l.kind}/${l.name}`),
    rollouts: (e) => e.rollouts,
    firstFailureAt: (e) => e.firstFailureAt,
    node: (e) => e.node,
    // A container waiting to restart: the kubelet answers a log request with its last instance's
    // log, which the in-memory cluster does not model; compared as the previous log instead.
    'current log': (e) =>
      e.containers.find((x) => x.name === e.container)?.state === 'waiting'
        ? 'waiting'
        : e.logs.current?.text,
    // Listed as lost: the cluster has it, the dump has none and says so.
    'previous log': (e) =>
      lost
        ? e === cluster
          ? e.logs.previous !== undefined
          : !e.logs.previous && previousGap
        : e.logs.previous?.text,
  };
  return Object.entries(views)
    .filter(([, view]) => JSON.stringify(view(cluster)) !== JSON.stringify(view(dump)))
    .map(
      ([name, view]) =>
        `${name}: cluster ${JSON.stringify(view(cluster))?.slice(0, 300)} dump ${JSON.stringify(view(dump))?.slice(0, 300)}`,
    );
}

/**
 * Cases whose failing container runs again after a restart and whose previous instance's log the
 * case gives: a kubectl dump holds only the current log, so the dump path reads no previous log and
 * says so as a gap. (A crash-looping container's previous log is in the dump: logs.txt holds it.)
 */
const PREVIOUS_LOG_NOT_IN_DUMP: readonly string[] = [
  'third-slow-start-liveness',
  'fourth-startup-probe-404-after-rollout',
  'sixth-logstash-heap-liveness-kill',
  'sixth-celos-connector-threads-exhausted',
  'seventh-metabase-heap-liveness-kill',
  'seventh-mattermost-db-password-retry-loop',
  'eighth-akka-heap-then-liveness',
  'ninth-metabase-max-ram-percentage-liveness',
  'ninth-clamav-concurrent-reload-oomkilled',
  'ninth-telegraf-heap-leak-oomkilled',
  'ninth-nebula-lighthouse-concurrent-map-writes',
  'tenth-node-heap-capped-liveness-kill',
  'tenth-v8-heap-above-container-limit-oomkilled',
  'eleventh-skipper-ingress-oom-inflight',
  'twelfth-imageproxy-oomkilled-no-cap',
  'twelfth-passenger-no-memory-limit-oomkilled',
  'fourteenth-java-sdk-s3-connection-pool-leak',
  'fifteenth-kafka-maxrampercentage-100-oomkilled',
  'fifteenth-pgadmin-unbounded-select-oom',
  'seventeenth-fluentd-sidecar-leak-app-healthy',
  'seventeenth-fluentd-aggregator-chunk-above-limit',
  'eighteenth-orders-liveness-restarts',
  'eighteenth-quotes-api-liveness-timeouts',
  'nineteenth-solr-heap-cap-liveness-kill',
  'nineteenth-vector-aggregator-unbounded-growth',
  'twentyfirst-jvm-xmx-heap-liveness-kill',
  'twentyfirst-jvm-heap-share-plus-native-oomkilled',
  'twentythird-go-edge-gomaxprocs-throttled-liveness-timeouts',
  'twentythird-sharp-resizer-native-rss-oom-with-heap-cap',
  'twentythird-sqs-ingest-worker-http-liveness-on-headless-worker',
  'twentythird-triton-liveness-kills-during-model-repository-load',
  'twentyeighth-dotnet-reports-api-oomkilled',
  'twentyeighth-nestjs-uploads-gateway-oomkilled',
  'twentyeighth-sidekiq-imports-oomkilled',
  'thirtyfourth-elixir-ingest-oomkilled-repeatedly',
  'thirtysecond-agenda-fast-leak',
  'thirtythird-billing-worker-oomkilled',
  'thirtythird-hl7-batch-worker-oomkilled',
  'thirtysecond-cats-effect-tariff-cache-grown',
  'thirtysecond-graphile-worker-database-still-in-recovery',
  'thirtysecond-quartznet-row-lock-held-elsewhere',
  'thirtythird-hapi-fhir-bulk-import-oomkilled',
  'thirtythird-otel-gateway-oomkilled',
  'thirtyfirst-infinispan-2-not-ready-after-rejoin',
  'thirtyfifth-thumbor-oomkilled',
  'thirtyfifth-storefront-oomkilled',
  'thirtyfifth-recommendations-oomkilled-every-half-hour',
  'thirtysixth-prefect-ml-worker-oomkilled',
  'thirtyseventh-tomcat9-fixed-heap-just-under-limit',
  'thirtyseventh-rails5-unicorn-worker-leak-oomkilled',
  'thirtyeighth-dawarich-sidekiq-oomkilled',
  'thirtyninth-camt-statement-gateway-oomkilled-after-onboarding',
  'fortieth-discosrv-liveness-restarts',
  'fortyfirst-inventory-postgres-not-accepting-connections',
  'fortyfirst-ejabberd-node-oomkilled',
  'fortysecond-bun-notifications-oomkilled',
  'fortysecond-pandas-rows-api-oomkilled',
  'fortysecond-ruby-feed-builder-oomkilled',
  'fortysecond-go-geofence-oomkilled',
  'fortysecond-dotnet-invoice-api-oomkilled',
  'fortysecond-elixir-session-gateway-oomkilled',
  'fortysecond-postgres-ledger-db-oomkilled',
  'fortysecond-varnish-api-cache-oomkilled',
  'fortysecond-bun-realtime-oomkilled',
  'fortysecond-ruby-accounts-api-oomkilled',
  'fortysecond-deno-og-render-oomkilled',
  'fortysecond-python-feature-worker-oomkilled',
  'fortysecond-php-fpm-shop-oomkilled',
  'fortysecond-elixir-ingest-oomkilled',
  'fortysecond-redis-fanout-bus-oomkilled',
  'fortysecond-memcached-sessions-oomkilled',
  'fortysecond-varnish-media-cache-oomkilled',
  'fortysecond-nginx-upload-gateway-oomkilled',
  'fortythird-phoenix-departures-board-oomkilled',
  'fortythird-prometheus-k8s-oomkilled',
  'fortythird-caddy-custom-domains-edge-oomkilled',
  'fortythird-mariadb-orders-primary-oomkilled',
  'fortythird-puma-cluster-helpdesk-web-oomkilled',
  'fortythird-grails-pricing-rules-liveness-restarts',
  'fortythird-traefik-public-ingress-oomkilled',
  'fortythird-squid-egress-proxy-oomkilled',
  'fortythird-trafficserver-media-edge-oomkilled',
  'fortyfourth-label-renderer-oomkilled',
  'fortyfifth-kestra-standalone-oomkilled',
  'fortyfifth-tooljet-server-oomkilled',
  'fortyfifth-baserow-celery-export-worker-oomkilled',
  'fortyfifth-lemmy-backend-oomkilled-again',
  'fortyfifth-redash-adhoc-worker-oomkilled',
  'fortyfifth-flagsmith-api-liveness-restarts',
  'fortysixth-connect-lake-worker-oomkilled',
  'fortysixth-webhook-relay-liveness-restarts',
  'fortysixth-mqttjs-telemetry-ingest-oomkilled',
  'fortyseventh-coredns-oomkilled',
  'fortyeighth-sidekiq-exports-oomkilled',
  'fortyeighth-grafana-oomkilled',
  'fortyeighth-orders-mongo-oomkilled',
  'fortyeighth-storefront-oomkilled',
  'fortyeighth-badge-renderer-restarts',
  'fortyeighth-backoffice-oomkilled',
  'fortyeighth-ws-gateway-oomkilled',
  'fortyninth-backstage-backend-memory-creeps-to-limit',
  'fiftieth-upload-scanner-killed-on-reload',
  'fiftieth-doc-convert-killed-same-job',
  'fiftyfirst-opensearch-knn-new-index-native',
  'fiftyfirst-cockroachdb-sql-memory-connections',
  'fiftyfirst-postgrest-schema-cache-reload-peak',
  'fiftyfirst-tempo-ingester-more-teams',
  'fiftyfirst-vapor-rss-climbs-same-slope',
  'fiftyfirst-liveview-process-grows-per-connection',
  'fiftyfirst-tikv-block-cache-above-limit',
  'fiftysecond-artwork-thumbnailer-oomkilled',
  'fiftysecond-playback-sessions-oomkilled',
  'fiftysecond-live-packager-oomkilled',
  'fiftythird-jibri-recorder-oomkilled',
  'fiftythird-frigate-oomkilled',
  'fiftyfourth-skywalking-oap-heap-exhausted',
  'fiftyfourth-reloader-memory-climbing-after-upgrade',
  'fiftyfifth-research-archive-oomkilled',
  'fiftyfifth-phi-analyzer-oomkilled',
  'fiftysixth-logstash-syslog-pipeline-stalls-again',
  'fiftysixth-promtail-targets-fail-minutes-after-restart',
  'fiftyseventh-remix-ssr-staging-limit',
  'fiftyseventh-mongooseim-more-online-users',
  'fiftyseventh-grpc-fanout-more-streams',
  'fiftyseventh-payara-fixed-heap-live-sessions',
  'fiftyseventh-oban-rescued-archive-job',
  'fiftyseventh-opencv-videocapture-native-growth',
  'fiftyseventh-go-sqlite-cgo-rss-climb',
  'fiftyseventh-efcore-service-provider-per-request',
  'fiftyseventh-prisma-five-upgrade-memory',
  'fiftyeighth-storefront-ssr-heap-limit',
  'fiftyeighth-listings-memcached-oomkilled',
  'fiftyeighth-imgproxy-oomkilled',
  'fiftyeighth-messaging-oomkilled-repeatedly',
  'fiftyninth-pdf-gateway-descriptors-gone-again-after-each-restart',
  'fiftyninth-vertx-search-api-blocked-again-after-each-restart',
  'sixtieth-netbox-web-oomkilled',
  'sixtieth-komga-oomkilled-no-heap-error',
  'sixtieth-mealie-oomkilled-after-restart',
  'sixtieth-navidrome-oomkilled-while-streaming',
  'sixtieth-espocrm-liveness-500',
  'sixtyfirst-keycloak-new-realm-sessions',
  'sixtyfirst-jenkins-controller-staging-values-limit',
  'sixtyfirst-nexus3-direct-buffers-ci-runners',
  'sixtyfirst-blazor-server-circuits-branch-go-live',
  'sixtyfirst-hasura-fourth-tenant-schema-cache',
  'sixtyfirst-dask-scheduler-graph-new-region',
  'sixtyfirst-pyroscope-ingester-new-team',
  'sixtyfirst-otel-javaagent-injected-heap-share',
  'sixtyfirst-wildfly-standalone-conf-xmx512m',
  'sixtyfirst-aiohttp-client-session-per-request',
  'sixtyfirst-multer-memory-storage-video-uploads',
  'sixtyfirst-playwright-traces-memory-emptydir',
  'sixtyfirst-socketio-permessage-deflate-rss',
  'sixtyfirst-delayed-job-supplier-import-relocked',
  'sixtyfirst-telegraf-statsd-pod-name-tag-series',
  'sixtyfirst-nextjs-image-rebuild-without-sharp',
  'sixtyfirst-caddy-cache-handler-same-slope',
  'sixtyfirst-tempo-querier-batch-job-trace',
  'sixtysecond-claims-ocr-worker-oomkilled',
  'sixtythird-kyverno-background-controller-no-lease',
  'sixtythird-pg2k4j-orders-cdc-stalled',
  'sixtythird-telemetry-relay-oomkilled-every-40m',
  'sixtyfourth-livekit-egress-oomkilled-room-composite',
  'sixtyfourth-azuracast-all-in-one-below-minimum',
  'sixtyfourth-rspamd-maps-outgrew-limit',
  'sixtyfourth-janus-videoroom-kill-every-seventy-minutes',
  'sixtyfourth-owncast-hls-segments-in-memory-volume',
  'sixtyfourth-haraka-nodes-cpus-on-wide-node',
];

/**
 * What the dump path decides for a case whose dump lacks the log of a restarted container's previous
 * instance (see above), and why.
 */
type DumpLack = {
  lacks: 'previous-log' | 'previous-log-in-the-case' | 'node-signal' | 'job-events';
  pattern: string | undefined;
  action: string;
};

/**
 * Cases where the dump path decides otherwise than the cluster path, and what it decides instead: the
 * container runs again after a restart (a liveness kill, an OOM kill); the cause, or a heap cap that
 * makes a bigger limit useless, is in its previous instance's log, which `kubectl cluster-info dump` does not write (it asks for current logs only).
 * The report names the missing log as a gap, and the same dump with `kubectl logs --previous` added
 * decides as the cluster does (tested below).
 */
const DUMP_LACKS: Readonly<Record<string, DumpLack>> = {
  'sixth-logstash-heap-liveness-kill': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  // The restart is the harm this case warns of: without the killed instance's log, nothing is restarted blind.
  'sixth-celos-connector-threads-exhausted': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'seventh-metabase-heap-liveness-kill': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'eighth-akka-heap-then-liveness': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'ninth-metabase-max-ram-percentage-liveness': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'ninth-nebula-lighthouse-concurrent-map-writes': {
    lacks: 'previous-log',
    pattern: undefined,
    action: 'escalate',
  },
  'tenth-node-heap-capped-liveness-kill': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-port-closed',
    action: 'escalate',
  },
  // A memory kill without the killed instance's log: a heap cap it printed would make a raise useless.
  'ninth-clamav-concurrent-reload-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'ninth-telegraf-heap-leak-oomkilled': { lacks: 'previous-log', pattern: 'oom-killed', action: 'escalate' },
  'tenth-v8-heap-above-container-limit-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'eleventh-skipper-ingress-oom-inflight': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'twelfth-imageproxy-oomkilled-no-cap': { lacks: 'previous-log', pattern: 'oom-killed', action: 'escalate' },
  'twelfth-passenger-no-memory-limit-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fifteenth-pgadmin-unbounded-select-oom': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'seventeenth-fluentd-sidecar-leak-app-healthy': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'seventeenth-fluentd-aggregator-chunk-above-limit': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'eighteenth-quotes-api-liveness-timeouts': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'nineteenth-solr-heap-cap-liveness-kill': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  // The kernel killed it and the case gives no log of the killed instance: the dump names that gap
  // and raises nothing blind; the in-memory cluster answers the missing log with nothing, where an
  // API server would answer an error (a known-harmful raise in the cluster path).
  'twentyfourth-vector-agent-file-watch-leak': {
    lacks: 'previous-log-in-the-case',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The monitor's detectors read the dump: the workload is diagnosed on its pod's own failing probe,
  // and its NotReady node as a target of its own (`node/<name>`), where the node is drained.
  'twentyfourth-pleg-not-healthy-node': {
    lacks: 'node-signal',
    pattern: 'readiness-probe-failed',
    action: 'escalate',
  },
  'thirtysecond-node-pleg-not-healthy': {
    lacks: 'node-signal',
    pattern: 'readiness-probe-failed',
    action: 'escalate',
  },
  'twentyfirst-jvm-xmx-heap-liveness-kill': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'nineteenth-vector-aggregator-unbounded-growth': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fourteenth-java-sdk-s3-connection-pool-leak': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'twentyeighth-dotnet-reports-api-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'twentyeighth-nestjs-uploads-gateway-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'twentyeighth-sidekiq-imports-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtyfourth-elixir-ingest-oomkilled-repeatedly': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtysecond-agenda-fast-leak': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtythird-billing-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtythird-hl7-batch-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the instance the probe killed: the dump names it missing and restarts
  // nothing blind; the in-memory cluster answers the missing log with nothing.
  'thirtysecond-node-conntrack-table-full': {
    lacks: 'previous-log-in-the-case',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'thirtyfifth-thumbor-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtyfifth-storefront-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtysixth-prefect-ml-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtyseventh-rails5-unicorn-worker-leak-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'thirtyeighth-dawarich-sidekiq-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the instance the kernel killed: the dump names it missing; the cluster
  // path reads the current instance's recovery and names PostgreSQL starting up. Both escalate.
  'fortyfirst-inventory-postgres-not-accepting-connections': {
    lacks: 'previous-log-in-the-case',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyfirst-ejabberd-node-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the killed instance: the dump names it missing and raises nothing blind
  // (a known-harmful raise in the cluster path).
  'fortyfirst-srs-rtc-bridge-oomkilled': {
    lacks: 'previous-log-in-the-case',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-bun-notifications-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-pandas-rows-api-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-ruby-feed-builder-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-go-geofence-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-dotnet-invoice-api-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-elixir-session-gateway-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-postgres-ledger-db-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-varnish-api-cache-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-ruby-accounts-api-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-python-feature-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-php-fpm-shop-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-elixir-ingest-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-redis-fanout-bus-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortysecond-memcached-sessions-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-phoenix-departures-board-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-prometheus-k8s-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-caddy-custom-domains-edge-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-mariadb-orders-primary-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-puma-cluster-helpdesk-web-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortythird-grails-pricing-rules-liveness-restarts': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'fortythird-squid-egress-proxy-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyfourth-label-renderer-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'raise-memory-limit',
  },
  'fortyfifth-baserow-celery-export-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyfifth-flagsmith-api-liveness-restarts': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  // A failed Job: the cluster path names the Job's own BackoffLimitExceeded event; the dump path reads
  // the pod's log and names the refusal in it. Both escalate.
  'fortyseventh-inventory-sync-job-failed': {
    lacks: 'job-events',
    pattern: 'upstream-forbidden',
    action: 'escalate',
  },
  'fortyseventh-coredns-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyeighth-sidekiq-exports-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyeighth-grafana-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyeighth-orders-mongo-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyeighth-storefront-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the instance that was killed: the dump names it missing and changes nothing blind.
  'fortyeighth-image-service-oomkilled': {
    lacks: 'previous-log-in-the-case',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fortyeighth-badge-renderer-restarts': {
    lacks: 'previous-log',
    pattern: 'unclassified-reported-failure',
    action: 'escalate',
  },
  'fortyeighth-backoffice-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the instance that was killed: the dump names it missing and changes nothing blind.
  'fortyninth-argocd-repo-server-stale-git-index-lock': {
    lacks: 'previous-log-in-the-case',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'fiftieth-upload-scanner-killed-on-reload': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftieth-doc-convert-killed-same-job': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyfirst-cockroachdb-sql-memory-connections': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyfirst-postgrest-schema-cache-reload-peak': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyfirst-tempo-ingester-more-teams': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyfirst-tikv-block-cache-above-limit': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the killed instance: the dump names it missing and changes nothing blind.
  'fiftyfirst-puma-libvips-native-growth': {
    lacks: 'previous-log-in-the-case',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftysecond-artwork-thumbnailer-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftysecond-playback-sessions-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftythird-frigate-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The monitor's detectors read the dump: the pod's own failing probe, and its NotReady node as a target of its own.
  'fiftythird-mealie-node-not-ready': {
    lacks: 'node-signal',
    pattern: 'readiness-probe-failed',
    action: 'escalate',
  },
  'fiftyfourth-skywalking-oap-heap-exhausted': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'fiftyfifth-phi-analyzer-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftysixth-logstash-syslog-pipeline-stalls-again': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'fiftyseventh-remix-ssr-staging-limit': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyseventh-mongooseim-more-online-users': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyseventh-grpc-fanout-more-streams': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyseventh-payara-fixed-heap-live-sessions': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'fiftyeighth-storefront-ssr-heap-limit': {
    lacks: 'previous-log',
    pattern: 'unclassified-reported-failure',
    action: 'escalate',
  },
  'fiftyeighth-listings-memcached-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'fiftyeighth-imgproxy-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtieth-netbox-web-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtieth-mealie-oomkilled-after-restart': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-keycloak-new-realm-sessions': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-nexus3-direct-buffers-ci-runners': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-blazor-server-circuits-branch-go-live': {
    lacks: 'previous-log',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'sixtyfirst-hasura-fourth-tenant-schema-cache': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-dask-scheduler-graph-new-region': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  // The case gives no log of the killed instance: the dump names it missing and changes nothing blind.
  'sixtyfirst-webflux-netty-bytebuf-leak': {
    lacks: 'previous-log-in-the-case',
    pattern: 'liveness-probe-failed',
    action: 'escalate',
  },
  'sixtyfirst-aiohttp-client-session-per-request': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-playwright-traces-memory-emptydir': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-delayed-job-supplier-import-relocked': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfirst-nextjs-image-rebuild-without-sharp': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtysecond-claims-ocr-worker-oomkilled': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfourth-livekit-egress-oomkilled-room-composite': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfourth-azuracast-all-in-one-below-minimum': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfourth-rspamd-maps-outgrew-limit': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
  'sixtyfourth-haraka-nodes-cpus-on-wide-node': {
    lacks: 'previous-log',
    pattern: 'oom-killed',
    action: 'escalate',
  },
};

/**
 * The held-out set read twice: through the in-memory cluster as the bench does, and as the kubectl
 * `cluster-info dump` of that same cluster read offline by `sre-agent diagnose --dump` (the dump
 * reader, the monitor's detectors, the on-demand diagnosis). Both must gather the same evidence
 * (pod, statuses, conditions, events, owners, rollouts, node, previous log) and find the same best
 * pattern and first action, except where listed above with the reason.
 */
describe('held-out cases: the dump path decides as the cluster path does', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'heldout-dump-'));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('writes the layout kubectl writes', async () => {
    const c = HELD_OUT_CASES.find((x) => x.initContainers?.length && x.previousLog);
    if (!c) throw new Error('the held-out set has no case with an init container and a previous log');
    const dir = join(root, 'layout');
    const { pod } = await writeHeldOutDump(c, dir);
    const pods = JSON.parse(await readFile(join(dir, 'prod', 'pods.json'), 'utf8'));
    expect(pods.kind).toBe('PodList');
    expect(pods.items[0].metadata.name).toBe(pod);
    expect([pods.items[0].kind, pods.items[0].apiVersion]).toEqual(['Pod', 'v1']);
    expect(pods.items[0].metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const logs = await readFile(join(dir, 'prod', pod, 'logs.txt'), 'utf8');
    const first = c.initContainers?.[0]?.name;
    expect(logs.startsWith(`==== START logs for container ${first} of pod prod/${pod} ====\n`)).toBe(true);
  });

  // One test per batch: each stays seconds long however many batches the set gains.
  it.each(Object.entries(HELD_OUT_BATCHES))(
    'batch %s: finds the same best pattern and first action for every case, or what DUMP_LACKS says and why',
    async (_batch, cases) => {
      const differ: string[] = [];
      for (const c of cases) {
        const dir = join(root, c.id);
        await writeHeldOutDump(c, dir);
        const [cluster, dump, evidence] = await Promise.all([
          runHeldOutCase(c),
          diagnoseHeldOutDump(c, dir),
          heldOutEvidence(c),
        ]);
        await rm(dir, { recursive: true, force: true });
        for (const d of evidenceDiffs(c.id, evidence, dump.evidence)) differ.push(`${c.id} evidence ${d}`);
        const lack = DUMP_LACKS[c.id];
        const expected = lack ?? { pattern: cluster.pattern, action: cluster.action };
        if (dump.pattern === expected.pattern && dump.action === expected.action) continue;
        differ.push(
          `${c.id} (${c.signal}; detected as ${dump.signal}): cluster ${cluster.pattern ?? 'no pattern'} -> ${cluster.action}, ` +
            `dump ${dump.pattern ?? 'no pattern'} -> ${dump.action}` +
            (lack
              ? ` (DUMP_LACKS expects ${lack.pattern ?? 'no pattern'} -> ${lack.action}: lacks the ${lack.lacks})`
              : '') +
            (dump.gaps ? `; gaps: ${dump.gaps.replaceAll('\n', '; ')}` : ''),
        );
      }
      expect(differ, differ.join('\n')).toEqual([]);
    },
    60_000,
  );
  it('covers every case in some batch', () => {
    const batched = Object.values(HELD_OUT_BATCHES).reduce((sum, batch) => sum + batch.length, 0);
    expect(batched).toBe(HELD_OUT_CASES.length);
  });

  // A sidecar crash-loops beside a running app whose log says what that does (connection refused on
  // localhost): both paths keep each container's log apart, as a kubelet does, so the diagnosis reads
  // the sidecar's own log and never blames it for the app's.
  const sidecarCases = HELD_OUT_CASES.filter((c) => currentLogOwner(c, logOwner(c)) !== undefined).map(
    (c) => c.id,
  );
  it('has cases of a crash-looping sidecar beside a running app', () => {
    expect(sidecarCases.length).toBeGreaterThanOrEqual(2);
  });
  it.each(sidecarCases)("%s: the app's log stays the app's, in the dump and in the cluster", async (id) => {
    const c = HELD_OUT_CASES.find((x) => x.id === id);
    if (!c) throw new Error(`${id} is no held-out case`);
    const dir = join(root, `${id}-sibling`);
    const { pod } = await writeHeldOutDump(c, dir);
    const reader = await openClusterDump(dir);
    const { cluster } = clusterFor(c);
    const app = c.containers.find((x) => x.running);
    const sidecar = c.containers.find((x) => x.waiting?.reason === 'CrashLoopBackOff');
    if (!app || !sidecar) throw new Error(`${id} has no running app and crash-looping sidecar`);

    for (const source of [reader, cluster]) {
      const read = async (container: string, previous = false) =>
        (await source.readPodLog('prod', pod, { container, previous }))?.trimEnd();
      expect(await read(app.name)).toBe(c.currentLog?.trimEnd());
      expect(await read(sidecar.name)).toBe(c.previousLog?.trimEnd());
      expect(await read(sidecar.name, true)).toBe(c.previousLog?.trimEnd());
    }
  });

  it.each(Object.keys(DUMP_LACKS).filter((id) => DUMP_LACKS[id]?.lacks === 'previous-log'))(
    '%s: names the missing previous log, and decides as the cluster once it is added',
    async (id) => {
      const c = HELD_OUT_CASES.find((x) => x.id === id);
      if (!c) throw new Error(`DUMP_LACKS names ${id}, which is no held-out case`);
      const bare = join(root, `${id}-bare`);
      const added = join(root, `${id}-previous`);
      await writeHeldOutDump(c, bare);
      await writeHeldOutDump(c, added, { previousLogs: true });

      const [cluster, without, withPrevious] = await Promise.all([
        runHeldOutCase(c),
        diagnoseHeldOutDump(c, bare),
        diagnoseHeldOutDump(c, added),
      ]);

      expect(PREVIOUS_LOG_NOT_IN_DUMP).toContain(id);
      expect(without.gaps).toContain('the dump holds no log of the previous instance');
      expect({ pattern: withPrevious.pattern, action: withPrevious.action }).toEqual({
        pattern: cluster.pattern,
        action: cluster.action,
      });
      expect(withPrevious.gaps).not.toContain('previous instance');
    },
  );
});
