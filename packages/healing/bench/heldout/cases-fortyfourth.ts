import { crashLoop, type HeldOutCase, type HeldOutContainer, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** Two digits. */
const p2 = (n: number): string => String(n).padStart(2, '0');

/** Seconds after midnight UTC on the case's day (2026-02-11) for h:m:s. */
const T = (h: number, m: number, s = 0): number => h * 3600 + m * 60 + s;

/** `HH:MM:SS` for `s` seconds after midnight. */
const hms = (s: number): string =>
  `${p2(Math.floor(s / 3600) % 24)}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;

/** An ISO-8601 UTC timestamp on the case's day, with milliseconds. */
const iso = (s: number, frac = 0): string => `2026-02-11T${hms(s)}.${String(frac % 1000).padStart(3, '0')}Z`;

/** Epoch milliseconds, as pino writes `time`. */
const epochMs = (s: number, frac = 0): number => Date.UTC(2026, 1, 11) + s * 1000 + (frac % 1000);

/** The Linkerd sidecar most meshed pods of this cluster carry. */
const mesh = (): HeldOutContainer => ({
  name: 'linkerd-proxy',
  running: {},
  ready: true,
  memoryLimit: '250Mi',
  memoryRequest: '64Mi',
  cpuLimit: '1',
});

/**
 * A forty-fourth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a logistics and delivery company on EKS,
 * the ordinary mix an on-call rotation sees rather than a contest of tricks. Route optimisation:
 * OR-Tools in Python (a nightly plan and an on-demand re-optimiser), Timefold and OptaPlanner on
 * Spring Boot. The driver app backend: Kotlin Spring Boot with grpc-java and a Pulsar consumer.
 * Live tracking: Go services on MQTT (paho.mqtt.golang against EMQX and HiveMQ), Centrifugo
 * WebSockets on ElastiCache, a NATS JetStream geofence worker, a Pulsar producer, TimescaleDB and
 * MongoDB for history. Warehouse management: Odoo on Aurora PostgreSQL with S3 attachments.
 * Labels and carriers: Node.js services against the USPS and UPS APIs (OAuth), pdfkit label
 * rendering, an SQS label worker completing Step Functions callbacks, ioredis, the MongoDB Node
 * driver. Geocoding and routing: Pelias on Elasticsearch, a Nominatim import, OSRM, Valhalla, a
 * Go geocoder gateway with a Redis cache, an address validator on PostGIS (psycopg2). Platform:
 * Keycloak on RDS, Linkerd sidecars, Karpenter with Spot and Graviton node pools, the VPC CNI,
 * the EBS CSI driver, ECR, the kubelet, and nightly settlement CronJobs. Software no earlier batch
 * used: OR-Tools, Timefold, OptaPlanner, Odoo, Pelias, Nominatim/osm2pgsql, OSRM, Valhalla,
 * HiveMQ, the USPS and UPS APIs, pdfkit, Step Functions task tokens. Each quotes the wording of
 * the public thread, page or source in `source`. Mix: 14 escalations (a USPS client revoked, UPS's
 * 429s under a bulk re-rate, an expired HiveMQ server certificate, a TimescaleDB WAL volume full
 * behind failed archiving, Pelias's Elasticsearch down, a renamed gRPC Service, a rotated Keycloak
 * database password, a Karpenter NodePool at its limit, a duplicated carrier invoice in the
 * settlement CronJob, an amd64-only OSRM image on a Graviton Spot node, an init container refused
 * its S3 tiles, an EBS volume still attached to an interrupted Spot node, a Pulsar backlog quota,
 * a poison JetStream message redelivered forever); 10 restarts (7 right: Odoo pooled on the
 * demoted Aurora writer, paho subscriptions lost on an EMQX restart, a Pulsar consumer stuck after
 * a topic unload, ioredis closed after ElastiCache maintenance, one Centrifugo pod wedged on
 * subscribes, a MongoDB client whose topology was closed, a psycopg2 connection dead since a
 * PostGIS reboot; 3 wrong: a nightly OR-Tools solve three hours into its search, a Timefold
 * service killed by its liveness probe while loading a grown matrix, Centrifugo cut off from
 * ElastiCache by a security group); 6 memory (3 raises right: OSRM with a larger extract, an
 * OR-Tools re-optimiser with a new depot, Timefold under MaxRAMPercentage with twice the visits;
 * 3 wrong: an OptaPlanner heap fixed by -Xmx, a pdfkit leak at flat traffic, an osm2pgsql cache
 * larger than the limit); 4 rollbacks (3 right: a Duration that does not bind, an image tag never
 * pushed to ECR, a malformed pelias.json in a new ConfigMap; 1 wrong: an Odoo release whose module
 * upgrade ran, failing on an S3 key deleted by a rotation); 2 scale-ups (an SQS label worker on
 * Valentine's peak, Valhalla under the morning dispatch); 2 node actions (a Spot node whose VPC
 * CNI died, a node whose PLEG stopped); 2 cache flushes (1 right: a geocode cache full of keys
 * without a TTL; 1 wrong: the live-tracking state store at maxmemory under noeviction).
 */
export const FORTYFOURTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // USPS answers the client-credentials grant with invalid_client since the hourly token ran
    // out: the app's credentials were revoked or rotated on the USPS side. UPS and DHL labels work.
    id: 'fortyfourth-label-service-usps-labels-failing',
    family: 'credentials',
    source: 'https://github.com/USPS/api-examples/issues/27',
    signal: 'Alert',
    containers: [
      {
        name: 'label-service',
        running: { startedAt: '2026-02-11T07:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          USPS_TOKEN_URL: 'https://api.usps.com/oauth2/v1/token',
          USPS_CREDENTIALS_DIR: '/var/run/secrets/usps',
          UPS_TOKEN_URL: 'https://onlinetools.ups.com/security/v1/oauth/token',
          LABEL_BUCKET: 's3://fleetway-labels-prod',
        },
        mounts: [
          { volume: 'usps-oauth', path: '/var/run/secrets/usps' },
          { volume: 'ups-oauth', path: '/var/run/secrets/ups' },
        ],
      },
      mesh(),
    ],
    volumes: [
      { name: 'usps-oauth', secret: 'carrier-usps-oauth' },
      { name: 'ups-oauth', secret: 'carrier-ups-oauth' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CarrierLabelFailureRate: label-service USPS label creation failing for 212 of 212 requests over 15m (UPS 0.4%, DHL 0.1%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        36,
        (i) =>
          `{"level":30,"time":${epochMs(T(8, 0, 4) + i * 23, i * 71)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","reqId":"req-${(0x3a1f0 + i).toString(36)}","carrier":"${['ups', 'usps', 'dhl', 'ups'][i % 4]}","shipmentId":"SHP-26021${(40112 + i * 7) % 100000}","res":{"statusCode":201},"responseTime":${180 + ((i * 37) % 260)},"msg":"request completed"}`,
      ),
      `{"level":30,"time":${epochMs(T(8, 13, 58), 12)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","carrier":"usps","expiresIn":58,"msg":"access token near expiry, refreshing"}`,
      `{"level":50,"time":${epochMs(T(8, 13, 59), 304)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","carrier":"usps","url":"https://api.usps.com/oauth2/v1/token","grant_type":"client_credentials","err":{"type":"AxiosError","message":"Request failed with status code 401","code":"ERR_BAD_REQUEST","status":401},"response":{"error":"invalid_client"},"msg":"token refresh failed"}`,
      times(60, (i) =>
        i % 5 === 4
          ? `{"level":50,"time":${epochMs(T(8, 14, 30) + i * 15, i * 13)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","carrier":"usps","url":"https://api.usps.com/oauth2/v1/token","err":{"type":"AxiosError","message":"Request failed with status code 401","code":"ERR_BAD_REQUEST","status":401},"response":{"error":"invalid_client"},"attempt":${Math.floor(i / 5) + 2},"msg":"token refresh failed"}`
          : i % 5 === 1
            ? `{"level":50,"time":${epochMs(T(8, 14, 30) + i * 15, i * 29)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","reqId":"req-${(0x3b100 + i).toString(36)}","carrier":"usps","shipmentId":"SHP-2602${(52210 + i * 11) % 100000}","err":{"type":"CarrierAuthError","message":"usps: no valid access token (last refresh: 401 invalid_client)"},"msg":"label request failed"}`
            : `{"level":30,"time":${epochMs(T(8, 14, 30) + i * 15, i * 41)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","reqId":"req-${(0x3b100 + i).toString(36)}","carrier":"${i % 2 === 0 ? 'ups' : 'dhl'}","shipmentId":"SHP-2602${(52210 + i * 11) % 100000}","res":{"statusCode":201},"responseTime":${210 + ((i * 53) % 300)},"msg":"request completed"}`,
      ),
      `{"level":40,"time":${epochMs(T(8, 29, 12), 550)},"pid":1,"hostname":"label-service-6f9c7d5b48-q7wzm","carrier":"usps","queued":212,"msg":"usps labels parked for manual retry"}`,
    ),
    accept: ['escalate'],
  },
  {
    // A merchant's bulk re-rate (41,200 shipments) pushed the rate shopper past UPS's request
    // quota; every extra replica adds to the 429s. Quotes from the other carriers are fine.
    id: 'fortyfourth-rate-shopper-ups-quotes-failing',
    family: 'rate-limit',
    source: 'https://github.com/UPS-API/api-documentation/issues/123',
    signal: 'Alert',
    containers: [
      {
        name: 'rate-shopper',
        running: { startedAt: '2026-02-11T07:31:40Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          UPS_RATING_URL: 'https://onlinetools.ups.com/api/rating/v2403/Shop',
          UPS_MAX_CONCURRENCY: '24',
          QUOTE_CACHE_TTL_S: '900',
        },
        mounts: [{ volume: 'ups-oauth', path: '/var/run/secrets/ups' }],
      },
      mesh(),
    ],
    volumes: [{ name: 'ups-oauth', secret: 'carrier-ups-oauth' }],
    events: [
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target',
        type: 'Normal',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'CarrierQuoteErrorRate: rate-shopper UPS quotes failing 61% over 15m (FedEx 0.2%, DHL 0.3%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `{"level":"info","message":"quote","carrier":"${['ups', 'fedex', 'dhl', 'ups'][i % 4]}","service":"${['03', 'FEDEX_GROUND', 'U', '12'][i % 4]}","ms":${220 + ((i * 31) % 180)},"cached":${i % 3 === 0},"timestamp":"${iso(T(7, 57, 2) + i * 4, i * 17)}"}`,
      ),
      `{"level":"info","message":"bulk rate request accepted","merchantId":"m_88412","shipments":41200,"carriers":["ups","fedex","dhl"],"batchId":"bulk-20260211-0758-88412","timestamp":"${iso(T(7, 58, 31), 8)}"}`,
      times(90, (i) =>
        i % 3 === 0
          ? `{"level":"warn","message":"carrier responded 429","carrier":"ups","url":"https://onlinetools.ups.com/api/rating/v2403/Shop","status":429,"body":{"response":{"errors":[{"code":"10429","message":"Too Many Requests"}]}},"retryInMs":${500 * 2 ** (i % 5)},"batchId":"bulk-20260211-0758-88412","timestamp":"${iso(T(8, 1, 0) + i * 18, i * 7)}"}`
          : i % 3 === 1
            ? `{"level":"error","message":"quote failed after retries","carrier":"ups","shipmentId":"SHP-2602${(61300 + i * 13) % 100000}","error":"UPS 429 10429 Too Many Requests","timestamp":"${iso(T(8, 1, 0) + i * 18 + 6, i * 11)}"}`
            : `{"level":"info","message":"quote","carrier":"${i % 2 === 0 ? 'fedex' : 'dhl'}","service":"${i % 2 === 0 ? 'FEDEX_GROUND' : 'U'}","ms":${240 + ((i * 29) % 200)},"cached":false,"timestamp":"${iso(T(8, 1, 0) + i * 18 + 12, i * 19)}"}`,
      ),
      `{"level":"info","message":"bulk batch progress","batchId":"bulk-20260211-0758-88412","done":9120,"failed":5566,"remaining":26514,"timestamp":"${iso(T(8, 28, 1), 602)}"}`,
    ),
    accept: ['escalate'],
  },
  {
    // The broker's server certificate expired at 06:00: every connect fails verification. The
    // bridge gives up after ten attempts and exits.
    id: 'fortyfourth-telematics-bridge-cannot-connect-hivemq',
    family: 'certificate',
    source: 'https://github.com/chirpstack/chirpstack-gateway-bridge/issues/210',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('telematics-bridge', 1, 9),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          MQTT_BROKERS: 'ssl://mqtt-a.fleet.fleetway.net:8883,ssl://mqtt-b.fleet.fleetway.net:8883',
          MQTT_CLIENT_ID_PREFIX: 'telematics-bridge',
          MQTT_CA_FILE: '/etc/mqtt/ca.crt',
          KAFKA_TOPIC: 'telematics.raw',
          LOG_LEVEL: 'info',
        },
        mounts: [{ volume: 'mqtt-ca', path: '/etc/mqtt' }],
      },
    ],
    volumes: [{ name: 'mqtt-ca', configMap: 'hivemq-ca-bundle' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container telematics-bridge in pod telematics-bridge-5c8f6d9b7-lk2pd_tracking',
        type: 'Warning',
        count: 41,
      },
    ],
    previousLog: log(
      `time="${iso(T(8, 24, 31)).slice(0, 19)}Z" level=info msg="starting telematics-bridge" version=1.14.2 commit=4be19c0`,
      `time="${iso(T(8, 24, 31)).slice(0, 19)}Z" level=info msg="connecting to mqtt brokers" brokers="ssl://mqtt-a.fleet.fleetway.net:8883,ssl://mqtt-b.fleet.fleetway.net:8883" module=mqtt`,
      `time="${iso(T(8, 24, 31)).slice(0, 19)}Z" level=info msg="kafka producer ready" topic=telematics.raw brokers=3`,
      times(10, (i) =>
        [
          `time="${iso(T(8, 24, 31) + i * 2).slice(0, 19)}Z" level=error msg="[client]   x509: certificate has expired or is not yet valid: current time ${iso(T(8, 24, 31) + i * 2).slice(0, 19)}Z is after 2026-02-11T06:00:00Z" module=mqtt`,
          `time="${iso(T(8, 24, 31) + i * 2).slice(0, 19)}Z" level=warning msg="[client]   failed to connect to broker, trying next" module=mqtt`,
          `time="${iso(T(8, 24, 32) + i * 2).slice(0, 19)}Z" level=error msg="[client]   Failed to connect to a broker" module=mqtt`,
          `time="${iso(T(8, 24, 32) + i * 2).slice(0, 19)}Z" level=error msg="mqtt: connection error" attempt=${i + 1} error="network Error : x509: certificate has expired or is not yet valid: current time ${iso(T(8, 24, 32) + i * 2).slice(0, 19)}Z is after 2026-02-11T06:00:00Z"`,
        ].join('\n'),
      ),
      `time="${iso(T(8, 24, 52)).slice(0, 19)}Z" level=fatal msg="mqtt connect failed after 10 attempts, exiting" error="network Error : x509: certificate has expired or is not yet valid: current time 2026-02-11T08:24:52Z is after 2026-02-11T06:00:00Z"`,
    ),
    accept: ['escalate'],
  },
  {
    // pgBackRest has not archived WAL since yesterday evening; pg_wal filled its volume and
    // PostgreSQL cannot write a new segment, so Patroni's every attempt to start it fails.
    id: 'fortyfourth-timescaledb-tracking-history-down',
    family: 'disk-full',
    source: 'https://github.com/timescale/helm-charts/issues/320',
    signal: 'Alert',
    containers: [
      {
        name: 'timescaledb',
        running: { startedAt: '2026-02-11T07:00:22Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: {
          PATRONI_SCOPE: 'tracking-history',
          PGDATA: '/var/lib/postgresql/data',
          PGBACKREST_CONFIG: '/etc/pgbackrest/pgbackrest.conf',
        },
        mounts: [
          { volume: 'storage-volume', path: '/var/lib/postgresql' },
          { volume: 'wal-volume', path: '/var/lib/postgresql/wal' },
          { volume: 'pgbackrest', path: '/etc/pgbackrest' },
        ],
      },
    ],
    volumes: [
      { name: 'storage-volume', persistentVolumeClaim: 'storage-volume-tracking-history-timescaledb-0' },
      { name: 'wal-volume', persistentVolumeClaim: 'wal-volume-tracking-history-timescaledb-0' },
      { name: 'pgbackrest', configMap: 'tracking-history-pgbackrest' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: /var/run/postgresql:5432 - no response',
        type: 'Warning',
        count: 64,
      },
      {
        reason: 'AlertFiring',
        message: 'PostgresDown: tracking-history primary unavailable for 9m; tracking-writer inserts failing',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubePersistentVolumeFillingUp: The PersistentVolume claimed by wal-volume-tracking-history-timescaledb-0 in Namespace tracking is only 0% free.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'PgBackRestArchiveFailing: tracking-history WAL archiving failing since 2026-02-10 19:42 (ERROR: [082]: WAL segment 000000010000012A000000E3 was not archived before the 60000ms timeout)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 08:20:41 UTC [388]: [65f1e0a6.184-1] @,app= [00000] LOG:  checkpoint starting: wal',
      '2026-02-11 08:20:58 UTC [392]: [65f1e0a6.188-7] tracking_writer@tracking,app=tracking-writer [53100] PANIC:  could not write to file "pg_wal/xlogtemp.392": No space left on device',
      '2026-02-11 08:20:58 UTC [371]: [65f1e0a6.173-3] @,app= [00000] LOG:  server process (PID 392) was terminated by signal 6: Aborted',
      '2026-02-11 08:20:58 UTC [371]: [65f1e0a6.173-4] @,app= [00000] LOG:  terminating any other active server processes',
      '2026-02-11 08:20:59 UTC [371]: [65f1e0a6.173-5] @,app= [00000] LOG:  all server processes terminated; reinitializing',
      times(6, (i) => {
        const s = T(8, 21, 10) + i * 75;
        const pid = 412 + i * 9;
        const hex = (0x19c + i * 9).toString(16);
        return [
          `2026-02-11 ${hms(s)},118 INFO: Lock owner: tracking-history-timescaledb-0; I am tracking-history-timescaledb-0`,
          `2026-02-11 ${hms(s)},127 INFO: starting as readonly because i had the session lock`,
          `2026-02-11 ${hms(s + 1)} UTC [${pid}]: [65f1e0a6.${hex}-1] @,app= [00000] LOG:  starting PostgreSQL 16.6 (Ubuntu 16.6-1.pgdg22.04+1) on x86_64-pc-linux-gnu, compiled by gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, 64-bit`,
          `2026-02-11 ${hms(s + 1)} UTC [${pid}]: [65f1e0a6.${hex}-2] @,app= [00000] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
          `2026-02-11 ${hms(s + 1)} UTC [${pid + 6}]: [65f1e0a6.${(0x1a2 + i * 9).toString(16)}-1] @,app= [00000] LOG:  database system was interrupted; last known up at 2026-02-11 08:19:58 UTC`,
          `2026-02-11 ${hms(s + 1)} UTC [${pid + 6}]: [65f1e0a6.${(0x1a2 + i * 9).toString(16)}-2] @,app= [00000] LOG:  database system was not properly shut down; automatic recovery in progress`,
          `2026-02-11 ${hms(s + 2)} UTC [${pid + 6}]: [65f1e0a6.${(0x1a2 + i * 9).toString(16)}-3] @,app= [00000] LOG:  redo starts at 12A/F2FFE0B8`,
          `2026-02-11 ${hms(s + 5)} UTC [${pid + 6}]: [65f1e0a6.${(0x1a2 + i * 9).toString(16)}-4] @,app= [00000] LOG:  redo done at 12A/F3FFFF58 system usage: CPU: user: 1.92 s, system: 0.41 s, elapsed: 3.02 s`,
          `2026-02-11 ${hms(s + 5)} UTC [${pid + 6}]: [65f1e0a6.${(0x1a2 + i * 9).toString(16)}-5] @,app= [53100] FATAL:  could not write to file "pg_wal/xlogtemp.${pid + 6}": No space left on device`,
          `2026-02-11 ${hms(s + 5)} UTC [${pid}]: [65f1e0a6.${hex}-3] @,app= [00000] LOG:  startup process (PID ${pid + 6}) exited with exit code 1`,
          `2026-02-11 ${hms(s + 5)} UTC [${pid}]: [65f1e0a6.${hex}-4] @,app= [00000] LOG:  aborting startup due to startup process failure`,
          `2026-02-11 ${hms(s + 5)} UTC [${pid}]: [65f1e0a6.${hex}-5] @,app= [00000] LOG:  database system is shut down`,
          `2026-02-11 ${hms(s + 6)},204 INFO: postmaster pid=${pid}`,
          `2026-02-11 ${hms(s + 6)},219 INFO: Error communicating with PostgreSQL. Will try again later`,
          `2026-02-11 ${hms(s + 16)},233 INFO: failed to start postgres`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    // The Elasticsearch cluster behind Pelias lost its data nodes; every search answers 500.
    id: 'fortyfourth-pelias-api-search-errors',
    family: 'dependency-down',
    source: 'https://github.com/pelias-deprecated/kubernetes/issues/103',
    signal: 'Alert',
    containers: [
      {
        name: 'pelias-api',
        running: { startedAt: '2026-02-11T07:05:12Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { PELIAS_CONFIG: '/config/pelias.json', PORT: '4000' },
        mounts: [{ volume: 'pelias-config', path: '/config' }],
      },
      mesh(),
    ],
    volumes: [{ name: 'pelias-config', configMap: 'pelias-api-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'GeocoderErrorRate: pelias-api 5xx ratio 0.98 over 5m (search, autocomplete, reverse)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"level":"info","message":"::ffff:10.42.${11 + (i % 6)}.${20 + i} - - [11/Feb/2026:${hms(T(8, 9, 2) + i * 7)} +0000] \\"GET /v1/search?text=${['Keizersgracht%20112%20Amsterdam', 'Rue%20de%20Rivoli%2044%20Paris', 'Hauptstrasse%209%20Berlin', 'Calle%20Mayor%203%20Madrid'][i % 4]}&size=1 HTTP/1.1\\" 200 ${2100 + ((i * 97) % 900)}","label":"api","timestamp":"${iso(T(8, 9, 2) + i * 7, i * 13)}"}`,
      ),
      `Elasticsearch WARNING: ${iso(T(8, 12, 34)).slice(0, 19)}Z`,
      '  Unable to revive connection: http://pelias-es.geo.svc.cluster.local:9200/',
      '',
      `Elasticsearch WARNING: ${iso(T(8, 12, 34)).slice(0, 19)}Z`,
      '  No living connections',
      '',
      times(50, (i) =>
        i % 2 === 0
          ? `{"level":"error","message":"elasticsearch error Error: No Living connections","label":"api","timestamp":"${iso(T(8, 12, 35) + i * 12, i * 17)}"}`
          : `{"level":"info","message":"::ffff:10.42.${11 + (i % 6)}.${20 + i} - - [11/Feb/2026:${hms(T(8, 12, 35) + i * 12)} +0000] \\"GET /v1/${i % 4 === 1 ? 'autocomplete' : 'reverse'}?${i % 4 === 1 ? 'text=Wilhelminastraat' : 'point.lat=52.3702&point.lon=4.8952'} HTTP/1.1\\" 500 ${486 + (i % 3)}","label":"api","timestamp":"${iso(T(8, 12, 35) + i * 12, i * 31)}"}`,
      ),
      `Elasticsearch WARNING: ${iso(T(8, 27, 40)).slice(0, 19)}Z`,
      '  Unable to revive connection: http://pelias-es.geo.svc.cluster.local:9200/',
    ),
    accept: ['escalate'],
  },
  {
    // The route planner's Service was renamed in the routing namespace; the driver API still dials
    // the old name. The driver API's own rollout, 95 minutes ago, ran cleanly for an hour.
    id: 'fortyfourth-driver-api-route-plan-fetch-failing',
    family: 'dns',
    source: 'https://github.com/grpc/grpc-java/issues/10434',
    signal: 'Alert',
    containers: [
      {
        name: 'driver-api',
        running: { startedAt: '2026-02-11T06:57:02Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          GRPC_CLIENT_ROUTEPLANNER_ADDRESS: 'dns:///route-planner.routing.svc.cluster.local:9090',
        },
      },
      mesh(),
    ],
    rollout: { minutesAgo: 95, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DriverAppRouteFetchErrors: driver-api grpc RoutePlanner/GetPlan error ratio 1.0 over 10m; drivers on shift start cannot load routes',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T06:57:09.402Z  INFO 1 --- [driver-api] [           main] c.f.driver.DriverApiApplicationKt        : Started DriverApiApplicationKt in 6.812 seconds (process running for 7.431)',
      times(
        24,
        (i) =>
          `${iso(T(7, 40, 11) + i * 71)}  INFO 1 --- [driver-api] [nio-8080-exec-${(i % 9) + 1}] c.f.driver.route.RouteController        : GET /v2/drivers/DRV${20311 + i * 17}/route shift=${['AMS-N', 'AMS-S', 'RTM-1', 'UTR-2'][i % 4]} stops=${38 + (i % 19)} planMs=${41 + ((i * 7) % 60)}`,
      ),
      `${iso(T(8, 12, 4), 118)}  WARN 1 --- [driver-api] [ault-executor-3] io.grpc.internal.ManagedChannelImpl      : [Channel<5>: (dns:///route-planner.routing.svc.cluster.local:9090)] Failed to resolve name. status=Status{code=UNAVAILABLE, description=Unable to resolve host route-planner.routing.svc.cluster.local, cause=java.lang.RuntimeException: java.net.UnknownHostException: route-planner.routing.svc.cluster.local: Name or service not known`,
      '\tat io.grpc.internal.DnsNameResolver.resolveAddresses(DnsNameResolver.java:223)',
      '\tat io.grpc.internal.DnsNameResolver.doResolve(DnsNameResolver.java:282)',
      '\tat io.grpc.internal.DnsNameResolver$Resolve.run(DnsNameResolver.java:318)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: java.net.UnknownHostException: route-planner.routing.svc.cluster.local: Name or service not known',
      '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
      '\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(InetAddress.java:1211)',
      '\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1828)',
      '\tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1688)',
      '\tat io.grpc.internal.DnsNameResolver$JdkAddressResolver.resolveAddress(DnsNameResolver.java:632)',
      '\tat io.grpc.internal.DnsNameResolver.resolveAddresses(DnsNameResolver.java:219)',
      '\t... 6 more',
      '}',
      times(
        36,
        (i) =>
          `${iso(T(8, 12, 9) + i * 29, i * 37)} ERROR 1 --- [driver-api] [nio-8080-exec-${(i % 9) + 1}] c.f.driver.route.RouteController        : GET /v2/drivers/DRV${20340 + i * 13}/route failed: io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host route-planner.routing.svc.cluster.local`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The RDS password was rotated by Secrets Manager at 08:05; the Kubernetes Secret syncs once a
    // day. This pod was moved by a consolidation and cannot log in; the two replicas still up hold
    // pooled connections opened with the old password.
    id: 'fortyfourth-keycloak-pod-cannot-start',
    family: 'credentials',
    source: 'https://github.com/keycloak/keycloak-community/issues/307',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('keycloak', 1, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_DB_URL:
            'jdbc:postgresql://keycloak-db.cluster-c7rk2w9qz1.eu-west-1.rds.amazonaws.com:5432/keycloak',
          KC_DB_USERNAME: 'keycloak',
          KC_HOSTNAME: 'https://sso.fleetway.net',
          KC_PROXY_HEADERS: 'xforwarded',
          KC_CACHE_STACK: 'kubernetes',
        },
        args: ['start', '--optimized'],
        mounts: [{ volume: 'db-credentials', path: '/opt/keycloak/conf/db' }],
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'keycloak-db-credentials' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.17.64:9000/health/started": dial tcp 10.42.17.64:9000: connect: connection refused',
        type: 'Warning',
        count: 22,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container keycloak in pod keycloak-2_identity',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '2026-02-11 08:24:02,311 INFO  [org.keycloak.quarkus.runtime.storage.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager',
      '2026-02-11 08:24:03,904 INFO  [org.infinispan.CLUSTER] (main) ISPN000078: Starting JGroups channel `ISPN` with stack `kubernetes`',
      '2026-02-11 08:24:05,118 INFO  [org.infinispan.CLUSTER] (main) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-31044|18] (3) [keycloak-0-31044, keycloak-1-51211, keycloak-2-9904]',
      '2026-02-11 08:24:09,872 INFO  [org.keycloak.common.Profile] (main) Preview features enabled: token-exchange:v1',
      '2026-02-11 08:24:10,406 WARN  [io.agroal.pool] (agroal-11) Datasource \'<default>\': FATAL: password authentication failed for user "keycloak"',
      '2026-02-11 08:24:10,409 WARN  [org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator] (JPA Startup Thread) HHH000342: Could not obtain connection to query metadata: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "keycloak"',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:711)',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:213)',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:268)',
      '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
      '\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)',
      '\tat org.postgresql.Driver.makeConnection(Driver.java:446)',
      '\tat org.postgresql.Driver.connect(Driver.java:298)',
      '\tat io.agroal.pool.ConnectionFactory.createConnection(ConnectionFactory.java:225)',
      '\tat io.agroal.pool.ConnectionPool$CreateConnectionTask.call(ConnectionPool.java:580)',
      '\tat io.agroal.pool.ConnectionPool$CreateConnectionTask.call(ConnectionPool.java:561)',
      '\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      times(
        5,
        (i) =>
          `2026-02-11 08:24:${p2(15 + i * 5)},${p2(10 + i)}4 WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': FATAL: password authentication failed for user "keycloak"`,
      ),
      '2026-02-11 08:24:44,355 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode',
      '2026-02-11 08:24:44,355 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to obtain JDBC connection',
      '2026-02-11 08:24:44,356 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: FATAL: password authentication failed for user "keycloak"',
      "2026-02-11 08:24:44,356 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) For more details run the same command passing the '--verbose' option. Also you can use '--help' to see the details about the usage of the particular command.",
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The nightly graph build asks for 96 GiB; the batch Spot NodePool is at its CPU limit with the
    // nightly route plans still running. Raising the limit (or waiting) is a human's call.
    id: 'fortyfourth-osrm-graph-build-pending',
    family: 'capacity',
    source: 'https://github.com/kubernetes-sigs/karpenter/issues/2123',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'osrm-build',
        memoryLimit: '96Gi',
        memoryRequest: '96Gi',
        cpuLimit: '16',
        args: ['/bin/sh', '-c', '/scripts/build-graph.sh europe-west-latest.osm.pbf'],
        env: {
          OSRM_PROFILE: '/opt/car.lua',
          OSRM_ALGORITHM: 'mld',
          OUTPUT_PREFIX: 's3://fleetway-routing-graphs/osrm/',
        },
        mounts: [
          { volume: 'scratch', path: '/data' },
          { volume: 'scripts', path: '/scripts' },
        ],
      },
    ],
    volumes: [
      { name: 'scratch', emptyDir: { sizeLimit: '300Gi' } },
      { name: 'scripts', configMap: 'osrm-build-scripts' },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/41 nodes are available: 8 node(s) had untolerated taint {workload: realtime}, 33 Insufficient memory. preemption: 0/41 nodes are available: 41 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 34,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "batch-spot", daemonset overhead={"cpu":"680m","memory":"912Mi","pods":"6"}, all available instance types exceed limits for nodepool: "batch-spot"; incompatible with nodepool "general", daemonset overhead={"cpu":"680m","memory":"912Mi","pods":"6"}, did not tolerate workload=batch:NoSchedule; incompatible with nodepool "realtime", daemonset overhead={"cpu":"680m","memory":"912Mi","pods":"6"}, did not tolerate workload=realtime:NoSchedule',
        type: 'Warning',
        count: 29,
      },
      {
        reason: 'AlertFiring',
        message:
          'KarpenterNodePoolNearLimit: nodepool batch-spot using 502 of 512 cpu (limits.cpu); 3 pods pending in namespace routing',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    // DHL re-sent yesterday's invoice under a revision number; the load hits the unique key on
    // every attempt. Someone has to decide which file is the invoice.
    id: 'fortyfourth-carrier-settlement-cronjob-failed',
    family: 'cronjob',
    source: 'https://github.com/1Panel-dev/MaxKB/issues/2679',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'settlement',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        args: ['python', '-m', 'settlement.run', '--date', 'yesterday'],
        env: {
          SETTLEMENT_DB_HOST: 'billing-db.cluster-c7rk2w9qz1.eu-west-1.rds.amazonaws.com',
          INVOICE_BUCKET: 's3://fleetway-carrier-invoices',
          CARRIERS: 'dhl,ups,usps,postnl',
        },
        mounts: [{ volume: 'billing-db', path: '/var/run/secrets/billing-db' }],
      },
    ],
    volumes: [{ name: 'billing-db', secret: 'settlement-db-credentials' }],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'KubeJobFailed: Job billing/carrier-settlement-29512230 failed to complete.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:03:04,112 INFO settlement.run: carrier settlement for 2026-02-10 (attempt 3/3), carriers=dhl,ups,usps,postnl',
      '2026-02-11 07:03:04,405 INFO settlement.fetch: listing s3://fleetway-carrier-invoices/2026-02-10/',
      '2026-02-11 07:03:04,871 INFO settlement.fetch: 6 invoice files: dhl/INV-DE-2026-0041877.csv, dhl/INV-DE-2026-0041877-R1.csv, ups/0000A1B2C3-20260210.xml, usps/EPS-20260210.csv, postnl/PNL-260210.csv, postnl/PNL-260210-surcharges.csv',
      '2026-02-11 07:03:06,230 INFO settlement.ups: parsed 0000A1B2C3-20260210.xml: 9,804 charges, EUR 61,218.44',
      '2026-02-11 07:03:07,918 INFO settlement.usps: parsed EPS-20260210.csv: 2,117 charges, USD 14,903.10',
      '2026-02-11 07:03:08,540 INFO settlement.postnl: parsed PNL-260210.csv + surcharges: 22,410 charges, EUR 98,332.71',
      '2026-02-11 07:03:11,002 INFO settlement.dhl: parsed INV-DE-2026-0041877.csv: 18,412 charges, EUR 112,904.38',
      '2026-02-11 07:03:13,377 INFO settlement.dhl: parsed INV-DE-2026-0041877-R1.csv: 18,412 charges, EUR 113,015.02',
      '2026-02-11 07:03:13,402 INFO settlement.load: loading 71,155 settlement lines into billing.settlement_lines (batch 5000)',
      times(
        8,
        (i) =>
          `2026-02-11 07:03:${p2(14 + i * 2)},${p2(10 + i * 7)}1 INFO settlement.load: batch ${i + 1}/15 inserted (${(i + 1) * 5000} rows)`,
      ),
      '2026-02-11 07:03:31,774 ERROR settlement.run: load failed, rolling back run 2026-02-10',
      'Traceback (most recent call last):',
      '  File "/app/settlement/run.py", line 61, in main',
      '    load.load_lines(conn, lines, run_date)',
      '  File "/app/settlement/load.py", line 88, in load_lines',
      '    cur.executemany(INSERT_LINE, batch)',
      '  File "/usr/local/lib/python3.12/site-packages/psycopg2/extras.py", line 1299, in execute_batch',
      '    cur.execute(b";".join(sqls))',
      'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "settlement_lines_carrier_tracking_charge_key"',
      'DETAIL:  Key (carrier, tracking_number, charge_code)=(dhl, JJD0002249610003817, FRT) already exists.',
      '',
      '2026-02-11 07:03:31,790 INFO settlement.run: rollback complete; exit 1',
    ),
    accept: ['escalate'],
  },
  {
    // A consolidation moved the router onto a Graviton Spot node; the OSRM image is amd64 only.
    // The multi-arch aws-cli init container ran fine on the same node.
    id: 'fortyfourth-osrm-routed-crashloop-after-reschedule',
    family: 'arch-mismatch',
    source: 'https://github.com/GoogleCloudPlatform/microservices-demo/issues/2688',
    signal: 'CrashLoopBackOff',
    initContainers: [
      {
        name: 'fetch-graph',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '512Mi',
        args: [
          'aws',
          's3',
          'sync',
          '--only-show-errors',
          's3://fleetway-routing-graphs/osrm/europe-west-260210/',
          '/data/',
        ],
        mounts: [{ volume: 'graph', path: '/data' }],
      },
    ],
    containers: [
      {
        ...crashed('osrm-routed', 255, 8),
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: [
          'osrm-routed',
          '--algorithm',
          'mld',
          '--max-table-size',
          '2500',
          '/data/europe-west-latest.osrm',
        ],
        mounts: [{ volume: 'graph', path: '/data' }],
      },
    ],
    volumes: [{ name: 'graph', emptyDir: { sizeLimit: '40Gi' } }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned routing/osrm-routed-eu-7d9b6c5f48-t2xv8 to ip-10-42-77-180.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulled',
        message:
          'Container image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/osrm-backend:v5.27.1-fleetway.3" already present on machine',
        type: 'Normal',
        count: 9,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container osrm-routed in pod osrm-routed-eu-7d9b6c5f48-t2xv8_routing',
        type: 'Warning',
        count: 44,
      },
    ],
    previousLog: 'exec /usr/local/bin/osrm-routed: exec format error',
    accept: ['escalate'],
  },
  {
    // The tiles bucket's policy changed in this morning's Terraform apply; the init container's
    // role is still assumed but may no longer list the bucket.
    id: 'fortyfourth-valhalla-tiles-init-failing',
    family: 'init-container',
    source:
      'https://github.com/aws-samples/amazon-eks-and-amazon-ec2-k8s-container-networking-workshops/issues/30',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('fetch-tiles', 1, 7),
        memoryLimit: '512Mi',
        args: [
          '/bin/sh',
          '-xc',
          'aws sts get-caller-identity --query Arn --output text && aws s3 sync --only-show-errors s3://fleetway-routing-tiles/valhalla/2026-02-10/ /data/valhalla/',
        ],
        env: { AWS_REGION: 'eu-west-1', AWS_ROLE_ARN: 'arn:aws:iam::318440927714:role/valhalla-tiles-irsa' },
        mounts: [{ volume: 'tiles', path: '/data' }],
      },
    ],
    containers: [
      {
        name: 'valhalla',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['valhalla_service', '/conf/valhalla.json', '4'],
        mounts: [
          { volume: 'tiles', path: '/data' },
          { volume: 'conf', path: '/conf' },
        ],
      },
    ],
    volumes: [
      { name: 'tiles', emptyDir: { sizeLimit: '30Gi' } },
      { name: 'conf', configMap: 'valhalla-config' },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container fetch-tiles in pod valhalla-eu-6c4d8f9b7-mw4xz_routing',
        type: 'Warning',
        count: 33,
      },
    ],
    previousLog: log(
      '+ aws sts get-caller-identity --query Arn --output text',
      'arn:aws:sts::318440927714:assumed-role/valhalla-tiles-irsa/botocore-session-1770798301',
      '+ aws s3 sync --only-show-errors s3://fleetway-routing-tiles/valhalla/2026-02-10/ /data/valhalla/',
      'fatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
    ),
    accept: ['escalate'],
  },
  {
    // The Spot node under this replica was interrupted at 07:44; its Node object is still there,
    // NotReady, and the EBS volume is still recorded as attached to it.
    id: 'fortyfourth-tracking-events-mongo-stuck-creating',
    family: 'storage',
    source: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/issues/542',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'mongod',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        args: ['mongod', '--replSet', 'rs0', '--bind_ip_all', '--wiredTigerCacheSizeGB', '3'],
        mounts: [{ volume: 'datadir', path: '/data/db' }],
      },
    ],
    volumes: [{ name: 'datadir', persistentVolumeClaim: 'datadir-tracking-events-mongo-1' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned tracking/tracking-events-mongo-1 to ip-10-42-40-213.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedAttachVolume',
        message:
          'Multi-Attach error for volume "pvc-4be8c1d2-77a1-4f0e-9d3b-2c18aa90e511" Volume is already exclusively attached to one node and can\'t be attached to another',
        type: 'Warning',
        count: 14,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[datadir], unattached volumes=[datadir kube-api-access-7w2mq]: timed out waiting for the condition',
        type: 'Warning',
        count: 19,
      },
      {
        reason: 'AlertFiring',
        message:
          'MongodbReplicaSetMemberDown: tracking-events rs0 member tracking-events-mongo-1 unreachable for 44m (2/3 members healthy)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    // The history sink's consumer has been gone since 02:14; its backlog reached the namespace
    // quota and the broker now refuses producers on the topic.
    id: 'fortyfourth-position-publisher-producer-blocked',
    family: 'queue-backlog',
    source: 'https://github.com/milvus-io/milvus/issues/38030',
    signal: 'Alert',
    containers: [
      {
        name: 'position-publisher',
        running: { startedAt: '2026-02-11T07:12:40Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          PULSAR_URL: 'pulsar+ssl://pulsar-proxy.messaging.svc.cluster.local:6651',
          PULSAR_TOPIC: 'persistent://fleet/tracking/positions',
          GOMEMLIMIT: '450MiB',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PulsarBacklogQuotaExceeded: persistent://fleet/tracking/positions subscription eta-history-sink backlog 50.0 GiB (quota 50 GiB, policy producer_exception), consumers 0 since 02:14',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'TrackingPublishErrors: position-publisher publish error ratio 1.0 over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `time="2026-02-11T08:${p2(8 + Math.floor(i / 4))}:${p2((i * 15) % 60)}Z" level=info msg="published batch" partition=${i % 8} messages=${412 + ((i * 37) % 140)} latency_ms=${6 + (i % 9)}`,
      ),
      'time="2026-02-11T08:13:02Z" level=warning msg="Connection was closed" cnx="10.42.9.31:51822 -> 10.42.3.14:6651" topic="persistent://fleet/tracking/positions-partition-3"',
      'time="2026-02-11T08:13:02Z" level=info msg="Reconnecting to broker in 110.491ms" topic="persistent://fleet/tracking/positions-partition-3" producerID=4 producer_name=position-publisher-0-17',
      times(40, (i) =>
        i % 2 === 0
          ? `time="2026-02-11T08:${p2(13 + Math.floor(i / 3))}:${p2((i * 21 + 3) % 60)}Z" level=error msg="[Failed to create producer at send PRODUCER request]" error="server error: ProducerBlockedQuotaExceededException: Cannot create producer on topic with backlog quota exceeded" topic="persistent://fleet/tracking/positions-partition-${i % 8}"`
          : `time="2026-02-11T08:${p2(13 + Math.floor(i / 3))}:${p2((i * 21 + 9) % 60)}Z" level=error msg="publish failed, dropping batch to local spool" partition=${i % 8} messages=${390 + ((i * 29) % 160)} spool_mb=${12 + i * 3} error="server error: ProducerBlockedQuotaExceededException: Cannot create producer on topic with backlog quota exceeded"`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // One geofence event has an empty polygon; the worker panics on it, and the consumer's
    // unlimited redelivery hands it back after every restart.
    id: 'fortyfourth-geofence-worker-crashloop',
    family: 'poison-message',
    source: 'https://github.com/kannon-email/kannon/issues/377',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('geofence-worker', 2, 12),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          NATS_URL: 'nats://nats.messaging.svc.cluster.local:4222',
          JS_STREAM: 'GEOFENCE',
          JS_CONSUMER: 'geofence-worker',
          GOMEMLIMIT: '220MiB',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container geofence-worker in pod geofence-worker-85d7c9f4b6-p9sld_tracking',
        type: 'Warning',
        count: 58,
      },
    ],
    previousLog: log(
      '{"time":"2026-02-11T08:27:40.112Z","level":"INFO","msg":"connected to nats","url":"nats://nats.messaging.svc.cluster.local:4222","server_name":"nats-1"}',
      '{"time":"2026-02-11T08:27:40.118Z","level":"INFO","msg":"consumer bound","stream":"GEOFENCE","consumer":"geofence-worker","filter_subject":"geofence.events.>","ack_wait":"30s","max_deliver":-1}',
      times(
        14,
        (i) =>
          `{"time":"2026-02-11T08:27:40.${p2(20 + i * 5)}1Z","level":"INFO","msg":"event evaluated","subject":"geofence.events.depot.${['AMS-1', 'RTM-2', 'UTR-1', 'EIN-1'][i % 4]}","stream_seq":${8812332 + i},"num_delivered":1,"vehicle":"VAN-${4400 + i * 7}","crossed":${i % 5 === 0}}`,
      ),
      '{"time":"2026-02-11T08:27:41.004Z","level":"INFO","msg":"message received","subject":"geofence.events.depot.RTM-2","stream_seq":8812331,"num_delivered":17,"vehicle":"VAN-4471"}',
      'panic: runtime error: index out of range [0] with length 0',
      '',
      'goroutine 47 [running]:',
      'github.com/fleetway/geofence/internal/fence.(*Evaluator).Crossed(0xc0001b2000, {0xc00041e0f0, 0x0, 0x0}, {0x404a2f5c28f5c28f, 0x40134bc6a7ef9db2})',
      '\t/src/internal/fence/evaluate.go:88 +0x3a5',
      'github.com/fleetway/geofence/internal/worker.(*Worker).handle(0xc000126a00, {0x1d2c9a8, 0xc0003ba0c0})',
      '\t/src/internal/worker/worker.go:141 +0x1f4',
      'github.com/nats-io/nats.go/jetstream.(*pullConsumer).Consume.func2()',
      '\t/go/pkg/mod/github.com/nats-io/nats.go@v1.38.0/jetstream/pull.go:331 +0x1a6',
      'created by github.com/nats-io/nats.go/jetstream.(*pullConsumer).Consume in goroutine 1',
      '\t/go/pkg/mod/github.com/nats-io/nats.go@v1.38.0/jetstream/pull.go:315 +0x6a5',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts, right (7) and wrong (3)
  {
    // Right: at the Aurora failover this pod's pool reconnected to the old writer, now a reader;
    // reads work, every write fails. The other five Odoo pods write normally.
    id: 'fortyfourth-odoo-web-writes-failing',
    family: 'stale-connection',
    source: 'https://github.com/OCA/server-tools/pull/3393',
    signal: 'Alert',
    containers: [
      {
        name: 'odoo',
        running: { startedAt: '2026-02-11T07:00:41Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['odoo', '--workers=6', '--max-cron-threads=0', '--proxy-mode', '--db-filter=^wms$'],
        env: {
          HOST: 'wms-db.cluster-c7rk2w9qz1.eu-west-1.rds.amazonaws.com',
          PORT: '5432',
          USER: 'odoo',
          ODOO_DB_MAXCONN: '64',
        },
        mounts: [
          { volume: 'odoo-conf', path: '/etc/odoo' },
          { volume: 'filestore', path: '/var/lib/odoo' },
        ],
      },
      mesh(),
    ],
    volumes: [
      { name: 'odoo-conf', configMap: 'odoo-web-conf' },
      { name: 'filestore', persistentVolumeClaim: 'odoo-filestore' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RDSClusterFailover: wms-db failed over at 07:41:09 (writer wms-db-instance-2 -> wms-db-instance-1), completed 07:41:38',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'WMSWriteErrors: odoo-web-5d8f7c9b6-kq2xz answers 500 to 97% of POST /web/dataset/call_kw since 07:42 (other 5 odoo-web pods 0.1%)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `2026-02-11 07:${p2(36 + Math.floor(i / 3))}:${p2((i * 17) % 60)},${100 + i * 37} ${23 + (i % 6)} INFO wms werkzeug: 10.42.${3 + (i % 4)}.${40 + i} - - [11/Feb/2026 07:${p2(36 + Math.floor(i / 3))}:${p2((i * 17) % 60)}] "POST /web/dataset/call_kw/stock.picking/${i % 2 === 0 ? 'button_validate' : 'action_assign'} HTTP/1.1" 200 - ${14 + i} 0.0${20 + i} 0.0${31 + i}`,
      ),
      '2026-02-11 07:41:12,884 25 ERROR wms odoo.http: Exception during request handling.',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/odoo/sql_db.py", line 332, in execute',
      '    res = self._obj.execute(query, params)',
      'psycopg2.OperationalError: server closed the connection unexpectedly',
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
      '',
      times(24, (i) =>
        i % 3 === 2
          ? [
              `2026-02-11 ${hms(T(7, 42, 5) + i * 110)},${200 + i * 11} ${23 + (i % 6)} ERROR wms odoo.sql_db: bad query: UPDATE "stock_picking" SET "date_done" = '2026-02-11 ${hms(T(7, 42, 5) + i * 110)}', "state" = 'done', "write_date" = (now() at time zone 'UTC'), "write_uid" = 41 WHERE id IN (${88120 + i})`,
              'ERROR: cannot execute UPDATE in a read-only transaction',
              '',
              `2026-02-11 ${hms(T(7, 42, 5) + i * 110)},${230 + i * 11} ${23 + (i % 6)} ERROR wms odoo.http: Exception during request handling.`,
              'Traceback (most recent call last):',
              '  File "/usr/lib/python3/dist-packages/odoo/http.py", line 2155, in _transactioning',
              '    return service_model.retrying(func, env=self.env)',
              '  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 156, in retrying',
              '    result = func()',
              '  File "/usr/lib/python3/dist-packages/odoo/sql_db.py", line 332, in execute',
              '    res = self._obj.execute(query, params)',
              'psycopg2.errors.ReadOnlySqlTransaction: cannot execute UPDATE in a read-only transaction',
              '',
              `2026-02-11 ${hms(T(7, 42, 5) + i * 110)},${240 + i * 11} ${23 + (i % 6)} INFO wms werkzeug: 10.42.${3 + (i % 4)}.${60 + i} - - [11/Feb/2026 ${hms(T(7, 42, 5) + i * 110)}] "POST /web/dataset/call_kw/stock.picking/button_validate HTTP/1.1" 500 - 9 0.011 0.019`,
            ].join('\n')
          : `2026-02-11 ${hms(T(7, 42, 5) + i * 110)},${300 + i * 13} ${23 + (i % 6)} INFO wms werkzeug: 10.42.${3 + (i % 4)}.${60 + i} - - [11/Feb/2026 ${hms(T(7, 42, 5) + i * 110)}] "POST /web/dataset/call_kw/stock.quant/${i % 2 === 0 ? 'search_read' : 'read_group'} HTTP/1.1" 200 - ${6 + (i % 5)} 0.00${3 + (i % 6)} 0.01${i % 9}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // Right: the EMQX rolling upgrade dropped the connection; paho reconnected with a clean
    // session and the subscription made once at start-up was never made again.
    id: 'fortyfourth-position-ingest-stopped-receiving',
    family: 'wedged-consumer',
    source: 'https://github.com/eclipse-paho/paho.mqtt.golang/issues/238',
    signal: 'Alert',
    containers: [
      {
        name: 'position-ingest',
        running: { startedAt: '2026-02-11T07:02:03Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '192Mi',
        cpuLimit: '1',
        env: {
          MQTT_BROKER: 'tcp://emqx.messaging.svc.cluster.local:1883',
          MQTT_TOPIC: '$share/ingest/fleet/+/position',
          MQTT_CLEAN_SESSION: 'true',
          MQTT_AUTO_RECONNECT: 'true',
          KAFKA_TOPIC: 'positions.raw',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PositionIngestStalled: position-ingest received 0 msg/s for 36m while EMQX reports 4.2k msg/s published to fleet/+/position',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","ts":"2026-02-11T07:02:03.881Z","caller":"mqtt/client.go:71","msg":"connected to broker","broker":"tcp://emqx.messaging.svc.cluster.local:1883","client_id":"position-ingest-7c6f9d8b54-r2kdl","clean_session":true}',
      '{"level":"info","ts":"2026-02-11T07:02:03.894Z","caller":"mqtt/client.go:84","msg":"subscribed","topic":"$share/ingest/fleet/+/position","qos":1}',
      times(
        18,
        (i) =>
          `{"level":"info","ts":"${iso(T(7, 34, 0) + i * 60, 2)}","caller":"ingest/stats.go:40","msg":"ingest stats","received_per_s":${1380 + ((i * 53) % 160)},"produced_per_s":${1379 + ((i * 53) % 160)},"kafka_queue":${i % 7}}`,
      ),
      '{"level":"warn","ts":"2026-02-11T07:52:08.117Z","caller":"mqtt/client.go:102","msg":"connection lost","error":"EOF"}',
      '{"level":"info","ts":"2026-02-11T07:52:08.118Z","caller":"mqtt/client.go:110","msg":"reconnecting","attempt":1}',
      '{"level":"info","ts":"2026-02-11T07:52:10.241Z","caller":"mqtt/client.go:110","msg":"reconnecting","attempt":2}',
      '{"level":"info","ts":"2026-02-11T07:52:14.402Z","caller":"mqtt/client.go:71","msg":"connected to broker","broker":"tcp://emqx.messaging.svc.cluster.local:1883","client_id":"position-ingest-7c6f9d8b54-r2kdl","clean_session":true}',
      times(
        36,
        (i) =>
          `{"level":"info","ts":"${iso(T(7, 53, 0) + i * 60, 4)}","caller":"ingest/stats.go:40","msg":"ingest stats","received_per_s":0,"produced_per_s":0,"kafka_queue":0}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: a topic unload at 07:36 moved the topic to another broker; the zero-queue consumer
    // re-subscribed and has received nothing since, while the backlog grows.
    id: 'fortyfourth-eta-calculator-consumer-idle',
    family: 'wedged-consumer',
    source: 'https://github.com/apache/pulsar/issues/15679',
    signal: 'Alert',
    containers: [
      {
        name: 'eta-calculator',
        running: { startedAt: '2026-02-11T07:00:52Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          PULSAR_SERVICE_URL: 'pulsar://pulsar-broker.messaging.svc.cluster.local:6650',
          PULSAR_TOPIC: 'persistent://fleet/tracking/stop-events',
          PULSAR_SUBSCRIPTION: 'eta-calculator',
          PULSAR_SUBSCRIPTION_TYPE: 'Failover',
          PULSAR_RECEIVER_QUEUE_SIZE: '0',
        },
      },
      mesh(),
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
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
          'PulsarSubscriptionBacklogGrowing: subscription eta-calculator on persistent://fleet/tracking/stop-events backlog 184,220 and rising, msgRateOut 0 for 50m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:00:58.301Z  INFO 1 --- [eta-calculator] [           main] o.a.pulsar.client.impl.ConsumerImpl      : [persistent://fleet/tracking/stop-events][eta-calculator] Subscribed to topic on pulsar-broker-2.pulsar-broker.messaging.svc.cluster.local/10.42.6.19:6650 -- consumer: 0',
      times(
        12,
        (i) =>
          `${iso(T(7, 25, 0) + i * 60, 118)}  INFO 1 --- [eta-calculator] [   scheduling-1] c.f.eta.StopEventProcessor               : processed ${2210 + ((i * 61) % 300)} stop events in last 60s, eta updates ${2198 + ((i * 61) % 300)}, p95 ${31 + (i % 7)}ms`,
      ),
      '2026-02-11T07:36:02.118Z  WARN 1 --- [eta-calculator] [r-client-io-1-3] o.a.pulsar.client.impl.ClientCnx         : [id: 0x5f2a9c1e, L:/10.42.21.77:41288 - R:pulsar-broker-2.pulsar-broker.messaging.svc.cluster.local/10.42.6.19:6650] Broker notification of closed consumer: 0',
      '2026-02-11T07:36:02.121Z  INFO 1 --- [eta-calculator] [r-client-io-1-3] o.a.p.client.impl.ConnectionHandler      : [persistent://fleet/tracking/stop-events] [eta-calculator] Closed connection [id: 0x5f2a9c1e, L:/10.42.21.77:41288 - R:pulsar-broker-2.pulsar-broker.messaging.svc.cluster.local/10.42.6.19:6650] -- Will try again in 0.1 s',
      '2026-02-11T07:36:02.330Z  INFO 1 --- [eta-calculator] [r-client-io-1-1] o.a.pulsar.client.impl.ConsumerImpl      : [persistent://fleet/tracking/stop-events][eta-calculator] Subscribing to topic on cnx [id: 0x7b1d44e0, L:/10.42.21.77:52910 - R:pulsar-broker-0.pulsar-broker.messaging.svc.cluster.local/10.42.4.8:6650], consumerId 0',
      '2026-02-11T07:36:02.402Z  INFO 1 --- [eta-calculator] [r-client-io-1-1] o.a.pulsar.client.impl.ConsumerImpl      : [persistent://fleet/tracking/stop-events][eta-calculator] Subscribed to topic on pulsar-broker-0.pulsar-broker.messaging.svc.cluster.local/10.42.4.8:6650 -- consumer: 0',
      times(
        52,
        (i) =>
          `${iso(T(7, 37, 0) + i * 60, 120)}  INFO 1 --- [eta-calculator] [   scheduling-1] c.f.eta.StopEventProcessor               : processed 0 stop events in last 60s, eta updates 0, p95 0ms`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // Right: ElastiCache replaced a node in its maintenance window; this pod's ioredis client gave
    // up reconnecting and fails every command. Its three siblings reconnected.
    id: 'fortyfourth-pickup-scheduler-not-ready',
    family: 'stale-connection',
    source: 'https://github.com/redis/ioredis/issues/1683',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'pickup-scheduler',
        running: { startedAt: '2026-02-11T07:03:20Z' },
        ready: false,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          REDIS_URL: 'rediss://pickup-cache.x7kq2m.ng.0001.euw1.cache.amazonaws.com:6379',
          REDIS_MAX_RETRIES: '10',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 402,
      },
      {
        reason: 'AlertFiring',
        message:
          'ReplicasUnready: 1 of 4 pickup-scheduler replicas not ready for 66m (pickup-scheduler-7b9f6c4d85-hn4tz); ElastiCache pickup-cache maintenance 07:15-07:25 completed',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `{"level":30,"time":${epochMs(T(7, 15, 0) + i * 20, i * 31)},"pid":1,"hostname":"pickup-scheduler-7b9f6c4d85-hn4tz","carrier":"${['dhl', 'ups', 'postnl'][i % 3]}","window":"2026-02-11T13:00/17:00","pickups":${4 + (i % 9)},"msg":"pickup windows refreshed"}`,
      ),
      '[ioredis] Unhandled error event: Error: read ECONNRESET',
      '    at TLSWrap.onStreamRead (node:internal/stream_base_commons:216:20)',
      times(
        10,
        () =>
          `[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at TLSSocket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)\n    at Object.onceWrapper (node:events:632:28)\n    at TLSSocket.emit (node:events:518:28)`,
      ),
      `{"level":40,"time":${epochMs(T(7, 22, 41), 7)},"pid":1,"hostname":"pickup-scheduler-7b9f6c4d85-hn4tz","msg":"redis: retry limit reached (10), giving up reconnecting"}`,
      times(40, (i) =>
        i % 2 === 0
          ? `{"level":50,"time":${epochMs(T(7, 23, 0) + i * 95, i * 17)},"pid":1,"hostname":"pickup-scheduler-7b9f6c4d85-hn4tz","err":{"type":"Error","message":"Connection is closed.","stack":"Error: Connection is closed.\\n    at Redis.sendCommand (/app/node_modules/ioredis/built/Redis.js:332:28)\\n    at Redis.get (/app/node_modules/ioredis/built/utils/Commander.js:90:25)\\n    at PickupWindowCache.get (/app/dist/cache.js:41:33)"},"msg":"cache read failed"}`
          : `{"level":40,"time":${epochMs(T(7, 23, 0) + i * 95, i * 23)},"pid":1,"hostname":"pickup-scheduler-7b9f6c4d85-hn4tz","check":"redis","status":"down","err":"Connection is closed.","msg":"readiness check failed"}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Right: one Centrifugo node stopped getting answers for its subscribe calls after a Redis
    // blip; the other two replicas and ElastiCache are healthy.
    id: 'fortyfourth-centrifugo-subscribe-errors-one-pod',
    family: 'wedged-client',
    source: 'https://github.com/centrifugal/centrifugo/issues/925',
    signal: 'Alert',
    containers: [
      {
        name: 'centrifugo',
        running: { startedAt: '2026-02-11T07:00:33Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['centrifugo', '--config=/centrifugo/config.json'],
        env: {
          CENTRIFUGO_ENGINE: 'redis',
          CENTRIFUGO_REDIS_CLUSTER_ADDRESS: 'realtime-pubsub.x7kq2m.clustercfg.euw1.cache.amazonaws.com:6379',
        },
        mounts: [{ volume: 'centrifugo-config', path: '/centrifugo' }],
      },
    ],
    volumes: [{ name: 'centrifugo-config', secret: 'centrifugo-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CentrifugoSubscribeErrors: centrifugo-5f7d8c6b9-vx4pq failing 100% of subscribes for 38m (centrifugo-5f7d8c6b9-2mzkq 0%, centrifugo-5f7d8c6b9-hh8wd 0%); ElastiCache realtime-pubsub healthy',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","version":"5.4.9","runtime":"go1.22.9","pid":1,"engine":"redis","gomaxprocs":2,"time":"2026-02-11T07:00:33Z","message":"starting Centrifugo"}',
      '{"level":"info","path":"/centrifugo/config.json","time":"2026-02-11T07:00:33Z","message":"using config file"}',
      '{"level":"info","time":"2026-02-11T07:00:33Z","message":"serving websocket, api, admin, prometheus endpoints on :8000"}',
      '{"level":"warn","error":"context deadline exceeded","time":"2026-02-11T07:51:57Z","message":"error publishing control message"}',
      times(
        70,
        (i) =>
          `{"level":"error","error":"context deadline exceeded","channel":"eta:route:${['AMS-N', 'RTM-2', 'UTR-1', 'EIN-1', 'DHG-3'][i % 5]}-0211-${100 + ((i * 7) % 90)}","client":"${(0x4b1c7e00 + i * 977).toString(16)}-${(0x9a20 + i).toString(16)}-4c1e-8f2d-${(0x1f00a3b2c4d5 + i * 131).toString(16)}","user":"${i % 3 === 0 ? 'cust' : 'drv'}_${20400 + i * 3}","time":"2026-02-11T${hms(T(7, 52, 11) + i * 31)}Z","message":"error adding subscription"}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Right: during the Atlas primary election the service's error path closed its MongoClient;
    // every request since has failed with "Topology is closed", which no retry recovers. The
    // 07:02 release served cleanly for 55 minutes before that.
    id: 'fortyfourth-shipment-events-api-5xx',
    family: 'wedged-client',
    source: 'https://github.com/3drepo/3drepo.io/issues/5418',
    signal: 'Alert',
    containers: [
      {
        name: 'shipment-events-api',
        running: { startedAt: '2026-02-11T07:04:15Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          MONGODB_URI: 'mongodb+srv://shipments.f3k2p.mongodb.net/shipments?retryWrites=true&w=majority',
          MONGODB_MAX_POOL_SIZE: '50',
        },
        mounts: [{ volume: 'mongo-credentials', path: '/var/run/secrets/mongo' }],
      },
      mesh(),
    ],
    volumes: [{ name: 'mongo-credentials', secret: 'shipments-mongo-user' }],
    rollout: { minutesAgo: 88, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ShipmentEventsAPIErrors: shipment-events-api-6d9f8b7c54-wq5tn 5xx 100% for 31m (other 2 replicas 0.2%); Atlas cluster shipments healthy, election at 07:57',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `{"level":30,"time":${epochMs(T(7, 50, 0) + i * 25, i * 41)},"pid":1,"hostname":"shipment-events-api-6d9f8b7c54-wq5tn","req":{"method":"GET","url":"/v1/shipments/SHP-2602${(70110 + i * 9) % 100000}/events"},"res":{"statusCode":200},"responseTime":${18 + (i % 13)},"msg":"request completed"}`,
      ),
      `{"level":50,"time":${epochMs(T(7, 57, 41), 220)},"pid":1,"hostname":"shipment-events-api-6d9f8b7c54-wq5tn","err":{"type":"MongoServerSelectionError","message":"Server selection timed out after 30000 ms"},"msg":"mongo operation failed"}`,
      `{"level":40,"time":${epochMs(T(7, 57, 41), 224)},"pid":1,"hostname":"shipment-events-api-6d9f8b7c54-wq5tn","msg":"fatal mongo error, closing client"}`,
      times(60, (i) =>
        i % 2 === 0
          ? `{"level":50,"time":${epochMs(T(7, 58, 0) + i * 30, i * 19)},"pid":1,"hostname":"shipment-events-api-6d9f8b7c54-wq5tn","err":{"type":"MongoTopologyClosedError","message":"Topology is closed","stack":"MongoTopologyClosedError: Topology is closed\\n    at Topology.selectServer (/app/node_modules/mongodb/lib/sdam/topology.js:309:38)\\n    at executeOperation (/app/node_modules/mongodb/lib/operations/execute_operation.js:104:35)\\n    at FindCursor._initialize (/app/node_modules/mongodb/lib/cursor/find_cursor.js:53:65)"},"msg":"request failed"}`
          : `{"level":30,"time":${epochMs(T(7, 58, 0) + i * 30, i * 23)},"pid":1,"hostname":"shipment-events-api-6d9f8b7c54-wq5tn","req":{"method":"GET","url":"/v1/shipments/SHP-2602${(71100 + i * 7) % 100000}/events"},"res":{"statusCode":500},"responseTime":${1 + (i % 3)},"msg":"request completed"}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Right: the PostGIS instance rebooted for maintenance at 07:35; this worker's module-level
    // connection died with it and is never reopened. The other replica started after the reboot.
    id: 'fortyfourth-address-validator-500s',
    family: 'stale-connection',
    source: 'https://github.com/WebwareForPython/DBUtils/issues/36',
    signal: 'Alert',
    containers: [
      {
        name: 'address-validator',
        running: { startedAt: '2026-02-11T07:01:02Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgresql://geo_ro@geo-db.c7rk2w9qz1.eu-west-1.rds.amazonaws.com:5432/geo',
          GUNICORN_CMD_ARGS: '--workers 2 --threads 4 --timeout 30 --bind 0.0.0.0:8000',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AddressValidationErrors: address-validator-64c7d9f8b5-tq8ln 500 on 100% of /v1/validate since 07:35 (address-validator-64c7d9f8b5-2wxjd 0%); RDS geo-db rebooted 07:34-07:36 for pending maintenance',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:01:02 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 07:01:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 07:01:02 +0000] [1] [INFO] Using worker: gthread',
      '[2026-02-11 07:01:02 +0000] [7] [INFO] Booting worker with pid: 7',
      '[2026-02-11 07:01:02 +0000] [8] [INFO] Booting worker with pid: 8',
      times(
        14,
        (i) =>
          `2026-02-11 ${hms(T(7, 30, 0) + i * 17)},${100 + i * 7} INFO validator.api: validate country=${['NL', 'BE', 'DE'][i % 3]} postcode=${['1016', '2000', '10115'][i % 3]}XX matched=${i % 6 !== 0} snap_m=${(i * 3.7).toFixed(1)} ms=${9 + (i % 8)}`,
      ),
      '2026-02-11 07:35:04,881 ERROR validator.api: validate failed',
      'Traceback (most recent call last):',
      '  File "/app/validator/db.py", line 27, in nearest_address',
      '    cur.execute(NEAREST_SQL, (lon, lat, lon, lat))',
      'psycopg2.OperationalError: server closed the connection unexpectedly',
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
      '',
      times(30, (i) =>
        [
          `2026-02-11 ${hms(T(7, 36, 10) + i * 100)},${200 + i * 9} ERROR validator.api: validate failed`,
          'Traceback (most recent call last):',
          '  File "/app/validator/api.py", line 58, in validate',
          '    hit = db.nearest_address(req.lon, req.lat)',
          '  File "/app/validator/db.py", line 25, in nearest_address',
          '    with CONN.cursor() as cur:',
          'psycopg2.InterfaceError: connection already closed',
          `10.42.${5 + (i % 3)}.${30 + i} - - [11/Feb/2026:${hms(T(7, 36, 10) + i * 100)} +0000] "POST /v1/validate HTTP/1.1" 500 71 "-" "label-service/4.12.0"`,
        ].join('\n'),
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // Wrong: the nightly plan has 38% more stops (Valentine's week) and is using its full
    // four-hour search; it is improving and 74% through its limit. A restart throws away 3 hours.
    id: 'fortyfourth-route-plan-job-running-long',
    family: 'long-running-job',
    source: 'https://github.com/google/or-tools/issues/550',
    signal: 'Alert',
    containers: [
      {
        name: 'route-plan',
        running: { startedAt: '2026-02-11T05:10:04Z' },
        ready: true,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        args: ['python', '-m', 'planner.nightly', '--region', 'eu-west', '--date', '2026-02-11'],
        env: {
          SOLVER_TIME_LIMIT_S: '14400',
          FIRST_SOLUTION: 'PARALLEL_CHEAPEST_INSERTION',
          METAHEURISTIC: 'GUIDED_LOCAL_SEARCH',
          LOG_SEARCH: 'true',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RoutePlanJobRunningLong: job routing/route-plan-eu-29512290 running 3h18m (p95 2h05m); plans are due for dispatch at 09:30',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 05:10:09,412 INFO planner.nightly: region eu-west, service date 2026-02-11',
      '2026-02-11 05:11:52,008 INFO planner.load: 18,412 stops (7-day median 13,305, +38%), 1,204 vehicles, 37 depots',
      '2026-02-11 05:31:40,771 INFO planner.matrix: time matrix 18,449 x 18,449 built from OSRM table in 1188.6s',
      '2026-02-11 05:33:02,118 INFO planner.model: time windows 18,412, capacity dims 2, breaks 1,204; search time limit 14400s',
      'I0211 05:33:04.402190      14 search.cc:286] Start search (memory used = 6.12 GB)',
      'I0211 05:33:04.918713      14 search.cc:286] Root node processed (time = 516 ms, constraints = 241112, memory used = 6.14 GB)',
      times(70, (i) => {
        const s = T(5, 40, 0) + i * 144;
        const elapsed = (s - T(5, 33, 4)) * 1000 + ((i * 137) % 1000);
        return `I0211 ${hms(s)}.${String(100000 + ((i * 7919) % 900000))}      14 search.cc:286] Solution #${12800 + i * 417} (${4391022 - i * 6650}, objective maximum = 4512991, time = ${elapsed} ms, branches = ${99041 + i * 5880}, failures = ${40117 + i * 2705}, depth = 33, ${['Relocate<1>', 'Exchange<1>', 'Cross', 'TwoOpt', 'OrOpt<2>'][i % 5]}, neighbors = ${1901221 + i * 103000}, filtered neighbors = ${12800 + i * 417}, accepted neighbors = ${12800 + i * 417}, memory used = ${(7.02 + i * 0.012).toFixed(2)} GB, limit = ${Math.floor(elapsed / 144000)}%)`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // Wrong: the distance-matrix cache this service loads at start grew from 3.4 to 6.1 GiB; the
    // load outlasts the liveness probe's allowance, so every start is killed. The two replicas
    // that started yesterday still serve; a rolling restart would put them in the same loop.
    id: 'fortyfourth-dispatch-optimizer-killed-while-starting',
    family: 'slow-start',
    source: 'https://github.com/spring-projects/spring-boot/issues/28432',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'dispatch-optimizer',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=dispatch-optimizer',
        },
        last: { reason: 'Error', exitCode: 143 },
        restarts: 11,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+UseG1GC',
          MATRIX_CACHE_URI: 's3://fleetway-routing-matrices/eu-west/2026-02-10/matrix.bin',
          TIMEFOLD_SOLVER_MOVE_THREAD_COUNT: '2',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.30.18:8081/actuator/health/liveness": dial tcp 10.42.30.18:8081: connect: connection refused',
        type: 'Warning',
        count: 33,
      },
      {
        reason: 'Killing',
        message: 'Container dispatch-optimizer failed liveness probe, will be restarted',
        type: 'Normal',
        count: 11,
      },
      {
        reason: 'AlertFiring',
        message: 'DeploymentReplicasUnavailable: dispatch-optimizer 2 of 3 replicas available for 47m',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      " ( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      '  \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "   '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      '',
      ' :: Spring Boot ::                (v3.4.2)',
      '',
      '2026-02-11T08:22:31.405Z  INFO 1 --- [dispatch-optimizer] [           main] c.f.dispatch.DispatchOptimizerKt         : Starting DispatchOptimizerKt v5.8.0 using Java 21.0.6 with PID 1',
      '2026-02-11T08:22:31.409Z  INFO 1 --- [dispatch-optimizer] [           main] c.f.dispatch.DispatchOptimizerKt         : The following 1 profile is active: "prod"',
      '2026-02-11T08:22:34.602Z  INFO 1 --- [dispatch-optimizer] [           main] c.f.dispatch.matrix.MatrixCache          : loading distance matrix s3://fleetway-routing-matrices/eu-west/2026-02-10/matrix.bin (6.1 GiB; previous 3.4 GiB)',
      times(
        14,
        (i) =>
          `${iso(T(8, 22, 46) + i * 12, 200 + i * 17)}  INFO 1 --- [dispatch-optimizer] [      matrix-io] c.f.dispatch.matrix.MatrixCache          : matrix load ${(i + 1) * 6}% (${((i + 1) * 0.366).toFixed(2)} GiB, ${(30.4 + (i % 4) * 0.3).toFixed(1)} MiB/s)`,
      ),
      '2026-02-11T08:25:36.990Z  INFO 1 --- [dispatch-optimizer] [ionShutdownHook] c.f.dispatch.matrix.MatrixCache          : shutdown requested while loading matrix (84%), aborting load',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: a security-group change at 08:06 cut every Centrifugo pod off from ElastiCache; the
    // dial times out on all three replicas. A restart reconnects to nothing.
    id: 'fortyfourth-centrifugo-subscribe-errors-all-pods',
    family: 'dependency-down',
    source: 'https://github.com/centrifugal/centrifuge/pull/491',
    signal: 'Alert',
    containers: [
      {
        name: 'centrifugo',
        running: { startedAt: '2026-02-11T07:00:35Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['centrifugo', '--config=/centrifugo/config.json'],
        env: {
          CENTRIFUGO_ENGINE: 'redis',
          CENTRIFUGO_REDIS_CLUSTER_ADDRESS: 'realtime-pubsub.x7kq2m.clustercfg.euw1.cache.amazonaws.com:6379',
        },
        mounts: [{ volume: 'centrifugo-config', path: '/centrifugo' }],
      },
    ],
    volumes: [{ name: 'centrifugo-config', secret: 'centrifugo-config' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CentrifugoSubscribeErrors: all 3 centrifugo replicas failing 100% of subscribes since 08:06; ElastiCache realtime-pubsub CurrConnections dropped to 0 at 08:06',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","version":"5.4.9","runtime":"go1.22.9","pid":1,"engine":"redis","gomaxprocs":2,"time":"2026-02-11T07:00:35Z","message":"starting Centrifugo"}',
      '{"level":"info","time":"2026-02-11T07:00:35Z","message":"serving websocket, api, admin, prometheus endpoints on :8000"}',
      '{"level":"error","error":"dial tcp 10.42.88.14:6379: i/o timeout","time":"2026-02-11T08:06:19Z","message":"pub/sub error"}',
      times(60, (i) =>
        i % 4 === 3
          ? `{"level":"error","error":"dial tcp 10.42.88.${14 + (i % 3) * 7}:6379: i/o timeout","time":"2026-02-11T${hms(T(8, 6, 30) + i * 22)}Z","message":"pub/sub error"}`
          : `{"level":"error","error":"redis: pub/sub connection temporary unavailable","channel":"eta:route:${['AMS-N', 'RTM-2', 'UTR-1', 'EIN-1'][i % 4]}-0211-${110 + ((i * 7) % 80)}","client":"${(0x6c2d8e00 + i * 911).toString(16)}-${(0x1b30 + i).toString(16)}-4a7e-9c1d-${(0x2e11b4c5d6e7 + i * 97).toString(16)}","user":"${i % 3 === 0 ? 'cust' : 'drv'}_${21100 + i * 5}","time":"2026-02-11T${hms(T(8, 6, 30) + i * 22)}Z","message":"error adding subscription"}`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- memory, raise right (3) and wrong (3)
  {
    // Right: last night's graph adds Poland to the extract; osrm-routed holds the whole MLD graph
    // in memory and the new files no longer fit in 12 GiB.
    id: 'fortyfourth-osrm-routed-oomkilled-new-extract',
    family: 'oom',
    source: 'https://github.com/Project-OSRM/osrm-backend/issues/6011',
    signal: 'OOMKilled',
    initContainers: [
      {
        name: 'fetch-graph',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '512Mi',
        args: [
          'aws',
          's3',
          'sync',
          '--only-show-errors',
          's3://fleetway-routing-graphs/osrm/europe-west-260211/',
          '/data/',
        ],
        mounts: [{ volume: 'graph', path: '/data' }],
      },
    ],
    containers: [
      {
        name: 'osrm-routed',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=osrm-routed',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        args: ['/entrypoint.sh'],
        env: { OSRM_ALGORITHM: 'mld', OSRM_MAX_TABLE_SIZE: '2500', OSRM_THREADS: '4' },
        mounts: [{ volume: 'graph', path: '/data' }],
      },
    ],
    volumes: [{ name: 'graph', emptyDir: { sizeLimit: '40Gi' } }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container osrm-routed in pod osrm-routed-eu-6b8c7d9f54-z8w2k_routing',
        type: 'Warning',
        count: 12,
      },
      {
        reason: 'AlertFiring',
        message:
          'DeploymentReplicasUnavailable: osrm-routed-eu 1 of 3 replicas available since the 07:50 graph refresh',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '+ GRAPH=/data/europe-west-latest.osrm',
      '+ cat /data/VERSION',
      'europe-west-260211 (DACH, Benelux, France, Poland)',
      '+ ls -l /data',
      'total 12163780',
      '-rw-r--r-- 1 osrm osrm         48 Feb 11 07:49 VERSION',
      '-rw-r--r-- 1 osrm osrm 1904115712 Feb 11 07:49 europe-west-latest.osrm.cell_metrics',
      '-rw-r--r-- 1 osrm osrm  118620160 Feb 11 07:49 europe-west-latest.osrm.cells',
      '-rw-r--r-- 1 osrm osrm 1466433536 Feb 11 07:49 europe-west-latest.osrm.cnbg',
      '-rw-r--r-- 1 osrm osrm 2231369728 Feb 11 07:49 europe-west-latest.osrm.ebg',
      '-rw-r--r-- 1 osrm osrm 1392508928 Feb 11 07:49 europe-west-latest.osrm.fileIndex',
      '-rw-r--r-- 1 osrm osrm 2684354560 Feb 11 07:49 europe-west-latest.osrm.geometry',
      '-rw-r--r-- 1 osrm osrm 1971322880 Feb 11 07:49 europe-west-latest.osrm.mldgr',
      '-rw-r--r-- 1 osrm osrm  687865856 Feb 11 07:49 europe-west-latest.osrm.partition',
      '-rw-r--r-- 1 osrm osrm  335544320 Feb 11 07:49 europe-west-latest.osrm.names',
      '+ du -sh /data',
      '11.6G\t/data',
      '+ exec osrm-routed --algorithm mld --threads 4 --max-table-size 2500 /data/europe-west-latest.osrm',
      '[info] starting up engines, v5.27.1',
      '[info] Threads: 4',
      '[info] IP address: 0.0.0.0',
      '[info] IP port: 5000',
      '[info] loading graph data',
      '[info] number_of_nodes: 168204117, number_of_edges: 402918833',
      '[info] loaded 168204117 nodes and 402918833 edges',
      '[info] Data checksum is 2861201347',
      '[info] loading edge information',
      '[info] loading geometries',
      '[info] loading datasource info',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the Rotterdam depot joined the on-demand re-optimisation this week; its instances are
    // two and a half times the others and the solver's memory climbs past 4 GiB.
    id: 'fortyfourth-dispatch-reopt-oomkilled',
    family: 'oom',
    source: 'https://github.com/google/or-tools/issues/2357',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'dispatch-reopt',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 1m20s restarting failed container=dispatch-reopt',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: ['uvicorn', 'reopt.app:app', '--host', '0.0.0.0', '--port', '8080', '--workers', '1'],
        env: {
          REOPT_DEPOTS: 'AMS-1,AMS-2,UTR-1,EIN-1,RTM-3',
          SOLVER_TIME_LIMIT_S: '45',
          MATRIX_SOURCE: 'http://valhalla-eu.routing.svc.cluster.local:8002',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container dispatch-reopt in pod dispatch-reopt-69c8f7d5b4-lx7pw_routing',
        type: 'Warning',
        count: 6,
      },
    ],
    previousLog: log(
      'INFO:     Started server process [1]',
      'INFO:     Waiting for application startup.',
      '2026-02-11 08:14:02,118 INFO reopt.app: depots in scope: AMS-1, AMS-2, UTR-1, EIN-1, RTM-3 (config reopt-depots v42: +RTM-3)',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
      times(
        6,
        (i) =>
          `2026-02-11 08:${p2(14 + i)}:${p2(10 + i * 7)},${300 + i * 11} INFO reopt.solve: depot=${['AMS-1', 'UTR-1', 'EIN-1', 'AMS-2', 'UTR-1', 'AMS-1'][i]} stops=${[912, 744, 688, 955, 761, 930][i]} vehicles=${[38, 31, 29, 40, 31, 39][i]} solved in ${(12 + i * 1.7).toFixed(1)}s (memory used = ${(1.42 + i * 0.05).toFixed(2)} GB)`,
      ),
      times(
        6,
        (i) =>
          `INFO:     10.42.${7 + (i % 3)}.${41 + i}:${50110 + i * 7} - "POST /v1/reoptimize HTTP/1.1" 200 OK`,
      ),
      '2026-02-11 08:21:44,902 INFO reopt.solve: depot=RTM-3 stops=2412 vehicles=96 horizon=08:00-20:00',
      '2026-02-11 08:21:47,551 INFO reopt.matrix: matrix 2508 x 2508 (time, distance) from valhalla in 2.6s',
      'I0211 08:21:48.102211       1 search.cc:286] Start search (memory used = 2.71 GB)',
      'I0211 08:21:48.311904       1 search.cc:286] Root node processed (time = 209 ms, constraints = 33218, memory used = 2.74 GB)',
      times(
        24,
        (i) =>
          `I0211 08:${p2(21 + Math.floor((49 + i) / 60))}:${p2((49 + i) % 60)}.${String(100000 + ((i * 7717) % 900000))}       1 search.cc:286] Solution #${i + 1} (${91220411 - i * 410221}, objective maximum = 91220411, time = ${1200 + i * 1210} ms, branches = ${2410 + i * 611}, failures = ${812 + i * 301}, depth = 33, ${['Relocate<1>', 'Exchange<1>', 'Cross', 'OrOpt<2>'][i % 4]}, neighbors = ${10021 + i * 4110}, filtered neighbors = ${i + 1}, accepted neighbors = ${i + 1}, memory used = ${(2.93 + i * 0.037).toFixed(2)} GB, limit = ${Math.floor((1200 + i * 1210) / 450)}%)`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: the heap is a percentage of the limit, and this week's plan has twice the visits; the
    // heap, four move threads and the native memory around them no longer fit in 3 GiB.
    id: 'fortyfourth-shift-planner-oomkilled',
    family: 'oom',
    source: 'https://github.com/TimefoldAI/timefold-solver/issues/1396',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'shift-planner',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=shift-planner',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=80 -XX:+UseG1GC -Xlog:gc:stdout',
          TIMEFOLD_SOLVER_MOVE_THREAD_COUNT: '4',
          TIMEFOLD_SOLVER_TERMINATION_SPENT_LIMIT: '10m',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container shift-planner in pod shift-planner-7d5c9b8f64-rm2qv_routing',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      '2026-02-11T08:19:02.331Z  INFO 1 --- [shift-planner] [           main] c.f.shifts.ShiftPlannerApplicationKt     : Started ShiftPlannerApplicationKt in 5.118 seconds (process running for 5.902)',
      '2026-02-11T08:19:10.004Z  INFO 1 --- [shift-planner] [nio-8080-exec-1] c.f.shifts.PlanController                : planning week 2026-W07 for region eu-west: 3,120 visits (week 2026-W06: 1,490), 412 driver shifts',
      '2026-02-11T08:19:10.216Z  INFO 1 --- [shift-planner] [pool-2-thread-1] a.t.s.core.impl.solver.DefaultSolver     : Solving started: time spent (212), best score (-3120init/0hard/0soft), environment mode (REPRODUCIBLE), move thread count (4), random (JDK with seed 0).',
      '2026-02-11T08:19:10.218Z  INFO 1 --- [shift-planner] [pool-2-thread-1] a.t.s.core.impl.solver.DefaultSolver     : Problem scale: entity count (3120), variable count (3120), approximate value count (412), approximate problem scale (2.041189 × 10^8151).',
      times(
        26,
        (i) =>
          `[${(12.4 + i * 7.9).toFixed(3)}s][info][gc] GC(${180 + i * 3}) Pause Young (Normal) (G1 Evacuation Pause) ${1510 + i * 34}M->${1402 + i * 36}M(2457M) ${(21 + (i % 9) * 3.1).toFixed(3)}ms`,
      ),
      '2026-02-11T08:22:31.870Z  INFO 1 --- [shift-planner] [pool-2-thread-1] .c.i.c.DefaultConstructionHeuristicPhase : Construction Heuristic phase (0) ended: time spent (201654), best score (0hard/-8812204soft), move evaluation speed (41280/sec), step total (3120).',
      times(
        6,
        (i) =>
          `[${(218.1 + i * 4.2).toFixed(3)}s][info][gc] GC(${260 + i}) Pause Young (Mixed) (G1 Evacuation Pause) ${2290 + i * 22}M->${2236 + i * 24}M(2457M) ${(44 + i * 5.5).toFixed(3)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: the heap is fixed at 2 GiB by -Xmx inside a 6 GiB container; the JVM runs out of heap
    // and exits long before the container limit matters.
    id: 'fortyfourth-load-planner-crashloop',
    family: 'heap-capped',
    source: 'https://github.com/Workflomics/ape/issues/114',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('load-planner', 3, 6),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTS: '-Xms2g -Xmx2g -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
          OPTAPLANNER_SOLVER_TERMINATION_SPENT_LIMIT: '5m',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container load-planner in pod load-planner-5b9d7c6f84-k4q8s_warehouse',
        type: 'Warning',
        count: 21,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:32.840  INFO 1 --- [           main] c.f.load.LoadPlannerApplication          : Starting LoadPlannerApplication v3.9.4 using Java 17.0.13 with PID 1 (/app/app.jar started by app in /app)',
      '2026-02-11 08:21:32.846  INFO 1 --- [           main] c.f.load.LoadPlannerApplication          : The following 1 profile is active: "prod"',
      '2026-02-11 08:21:36.201  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port(s): 8080 (http)',
      "2026-02-11 08:21:39.912  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
      '2026-02-11 08:21:40.118  INFO 1 --- [           main] c.f.load.LoadPlannerApplication          : Started LoadPlannerApplication in 7.2 seconds (JVM running for 8.0)',
      '2026-02-11 08:21:40.402  INFO 1 --- [           main] c.f.load.JvmInfo                         : max heap 2048 MB, available processors 4, container memory limit 6144 MB',
      '2026-02-11 08:21:44.602  INFO 1 --- [nio-8080-exec-2] c.f.load.TrailerLoadController           : load plan request hub=DC-TILBURG trailers=86 parcels=61,240 pallets=1,904',
      '2026-02-11 08:21:44.990  INFO 1 --- [pool-1-thread-1] o.o.core.impl.solver.DefaultSolver       : Solving started: time spent (381), best score (-63144init/0hard/0medium/0soft), environment mode (REPRODUCIBLE), random (JDK with seed 0).',
      times(
        10,
        (i) =>
          `2026-02-11 ${hms(T(8, 22, 5) + i * 14)}.${100 + i * 37}  INFO 1 --- [pool-1-thread-1] c.f.load.SolverMonitor                   : CH progress ${(i + 1) * 8}% (${(i + 1) * 5051} of 63144 placed), heap used ${1190 + i * 84} MB of 2048 MB`,
      ),
      '2026-02-11 08:24:29.771  WARN 1 --- [pool-1-thread-1] c.f.load.SolverMonitor                   : GC overhead 87% over the last 30s',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3540)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      '\tat org.optaplanner.core.impl.score.stream.bavet.uni.BavetFilterUniNode.insert(BavetFilterUniNode.java:52)',
      '\tat org.optaplanner.core.impl.score.stream.bavet.BavetConstraintSession.insert(BavetConstraintSession.java:44)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: label rendering leaks outside the JS heap at steady traffic; the container reaches
    // 1 GiB every half hour. More memory only spaces the kills out.
    id: 'fortyfourth-label-renderer-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/foliojs/pdfkit/issues/1444',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'label-renderer',
        running: { startedAt: '2026-02-11T08:23:41Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=512', RENDER_CONCURRENCY: '8' },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeContainerOOMKilled: label-renderer-7f6d5c9b48-j2mnx restarted 3 times in 1h25m, each time OOMKilled (limit 1Gi); request rate flat',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(
        32,
        (i) =>
          `{"level":30,"time":${epochMs(T(7, 52, 0) + i * 60, i * 13)},"pid":1,"hostname":"label-renderer-7f6d5c9b48-j2mnx","labels_per_min":${832 + ((i * 17) % 40)},"rss_mb":${248 + i * 24},"heap_used_mb":${92 + (i % 5) * 6},"external_mb":${38 + i * 22},"array_buffers_mb":${31 + i * 21},"msg":"memory"}`,
      ),
    ),
    currentLog: log(
      times(
        6,
        (i) =>
          `{"level":30,"time":${epochMs(T(8, 24, 0) + i * 60, i * 11)},"pid":1,"hostname":"label-renderer-7f6d5c9b48-j2mnx","labels_per_min":${840 + ((i * 13) % 30)},"rss_mb":${251 + i * 25},"heap_used_mb":${90 + (i % 4) * 5},"external_mb":${40 + i * 23},"array_buffers_mb":${33 + i * 22},"msg":"memory"}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the import asks osm2pgsql for a 24 GB node cache in a 16 GiB container; a fifth more
    // memory is still far below what the flag asks for.
    id: 'fortyfourth-nominatim-import-oomkilled',
    family: 'oom-config',
    source: 'https://github.com/osm-search/Nominatim/issues/1577',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'nominatim-import',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 40s restarting failed container=nominatim-import',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 2,
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '8',
        args: [
          'nominatim',
          'import',
          '--osm-file',
          '/nominatim/data/europe-west-latest.osm.pbf',
          '--osm2pgsql-cache',
          '24000',
          '--threads',
          '8',
        ],
        env: {
          NOMINATIM_DATABASE_DSN: 'pgsql:host=geo-nominatim-db;dbname=nominatim',
          PROJECT_DIR: '/nominatim',
        },
        mounts: [{ volume: 'osm-data', path: '/nominatim/data' }],
      },
    ],
    volumes: [{ name: 'osm-data', persistentVolumeClaim: 'nominatim-osm-data' }],
    previousLog: log(
      '2026-02-11 08:12:40: Using project directory: /nominatim',
      '2026-02-11 08:12:41: Creating database',
      '2026-02-11 08:12:52: Setting up country tables',
      '2026-02-11 08:12:58: Importing OSM data file',
      '2026-02-11 08:12:58  osm2pgsql version 1.11.0',
      '2026-02-11 08:12:58  Database version: 16.4 (Ubuntu 16.4-1.pgdg22.04+1)',
      '2026-02-11 08:12:58  PostGIS version: 3.4',
      '2026-02-11 08:12:58  Node-cache: cache=24000MB, maxblocks=384000*65536, allocation method=11',
      "2026-02-11 08:12:58  Parsing gazetteer style file '/usr/local/etc/nominatim/import-full.style'.",
      '2026-02-11 08:12:59  Reading input files done in 0s.',
      times(
        30,
        (i) =>
          `Processing: Node(${(i + 1) * 14120}k ${(1180.2 - i * 3.1).toFixed(1)}k/s) Way(0k 0.00k/s) Relation(0 0.0/s)`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks, right (3) and wrong (1)
  {
    // Right: the new revision sets a Duration as "90 seconds", which Spring Boot cannot bind; every
    // start fails before the context is up.
    id: 'fortyfourth-driver-api-crashloop-after-release',
    family: 'bad-rollout',
    source: 'https://github.com/spring-projects/spring-boot/issues/25881',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('driver-api', 1, 6),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          DRIVER_LOCATION_STALE_AFTER: '90 seconds',
        },
      },
      mesh(),
    ],
    rollout: {
      minutesAgo: 12,
      previousTag: '2.3.0',
      addedEnv: { DRIVER_LOCATION_STALE_AFTER: '90 seconds' },
    },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container driver-api in pod driver-api-8c5f7d6b94-v7nqs_driver',
        type: 'Warning',
        count: 17,
      },
    ],
    previousLog: log(
      '',
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      " ( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      '  \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "   '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      '',
      ' :: Spring Boot ::                (v3.4.2)',
      '',
      '2026-02-11T08:26:11.002Z  INFO 1 --- [driver-api] [           main] c.f.driver.DriverApiApplicationKt        : Starting DriverApiApplicationKt v2.3.1 using Java 21.0.6 with PID 1',
      '2026-02-11T08:26:11.006Z  INFO 1 --- [driver-api] [           main] c.f.driver.DriverApiApplicationKt        : The following 1 profile is active: "prod"',
      '2026-02-11T08:26:13.482Z  INFO 1 --- [driver-api] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      "2026-02-11T08:26:14.118Z  WARN 1 --- [driver-api] [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'driverLocationService': Unsatisfied dependency expressed through constructor parameter 1: Error creating bean with name 'driver.location-com.fleetway.driver.location.LocationProperties': Could not bind properties to 'LocationProperties' : prefix=driver.location, ignoreInvalidFields=false, ignoreUnknownFields=true",
      '2026-02-11T08:26:14.131Z  INFO 1 --- [driver-api] [           main] o.apache.catalina.core.StandardService   : Stopping service [Tomcat]',
      '2026-02-11T08:26:14.160Z ERROR 1 --- [driver-api] [           main] o.s.b.d.LoggingFailureAnalysisReporter   : ',
      '',
      '***************************',
      'APPLICATION FAILED TO START',
      '***************************',
      '',
      'Description:',
      '',
      "Failed to bind properties under 'driver.location.stale-after' to java.time.Duration:",
      '',
      '    Property: driver.location.stale-after',
      '    Value: "90 seconds"',
      '    Origin: System Environment Property "DRIVER_LOCATION_STALE_AFTER"',
      "    Reason: failed to convert java.lang.String to java.time.Duration (caused by java.lang.IllegalArgumentException: '90 seconds' is not a valid duration)",
      '',
      'Action:',
      '',
      "Update your application's configuration",
      '',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the pipeline tagged 2.3.1 but pushed it to the staging registry only; the new
    // revision's image does not exist in the production ECR.
    id: 'fortyfourth-carrier-gateway-image-pull',
    family: 'bad-rollout',
    source: 'https://github.com/practo/k8s-worker-pod-autoscaler/issues/146',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'carrier-gateway',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1"',
        },
        memoryLimit: '768Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', CARRIERS: 'dhl,ups,usps,postnl,dpd' },
      },
      mesh(),
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1"',
        type: 'Normal',
        count: 6,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1": failed to resolve reference "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1": 318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1: not found',
        type: 'Warning',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 6 },
      {
        reason: 'BackOff',
        message:
          'Back-off pulling image "318440927714.dkr.ecr.eu-west-1.amazonaws.com/carrier-gateway:2.3.1"',
        type: 'Normal',
        count: 29,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 29 },
    ],
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Right: the new revision mounts a new pelias.json whose JSON does not parse; pelias-config
    // throws before the API listens.
    id: 'fortyfourth-pelias-api-crashloop-after-config-change',
    family: 'bad-rollout',
    source: 'https://github.com/pelias-deprecated/dockerfiles/issues/33',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pelias-api', 1, 7),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { PELIAS_CONFIG: '/code/pelias.json', PORT: '4000' },
        mounts: [{ volume: 'pelias-config', path: '/code/pelias.json' }],
      },
      mesh(),
    ],
    volumes: [{ name: 'pelias-config', configMap: 'pelias-api-config-v2' }],
    rollout: { minutesAgo: 16, addedConfigMapVolumes: ['pelias-api-config-v2'] },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container pelias-api in pod pelias-api-79d6c8b5f4-rq2vt_geo',
        type: 'Warning',
        count: 26,
      },
    ],
    previousLog: log(
      '',
      '> pelias-api@0.0.0-semantic-release start',
      '> ./bin/start',
      '',
      '/code/pelias/api/node_modules/mergeable/lib/Mergeable.js:70',
      "    throw new Error( 'failed to merge config from path:' + path );",
      '    ^',
      '',
      'Error: failed to merge config from path:/code/pelias.json',
      '    at Config._requirePath (/code/pelias/api/node_modules/mergeable/lib/Mergeable.js:70:11)',
      '    at Config.deepMergeFromPath (/code/pelias/api/node_modules/mergeable/lib/Mergeable.js:20:21)',
      '    at getConfig (/code/pelias/api/node_modules/pelias-config/index.js:45:37)',
      '    at Object.generate (/code/pelias/api/node_modules/pelias-config/index.js:23:18)',
      '    at Object.<anonymous> (/code/pelias/api/node_modules/pelias-logger/index.js:10:30)',
      '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
      '    at Object..js (node:internal/modules/cjs/loader:1706:10)',
      '    at Module.load (node:internal/modules/cjs/loader:1289:32)',
      '    at Function._load (node:internal/modules/cjs/loader:1108:12)',
      '    at TracingChannel.traceSync (node:diagnostics_channel:322:14)',
      '',
      'Node.js v20.19.0',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: the 07:40 release ran a module upgrade on the WMS database and worked for forty
    // minutes; at 08:18 the rotation job deleted the IAM key the attachment store uses. Rolling
    // the code back under the upgraded schema would break far more than attachments.
    id: 'fortyfourth-odoo-web-picking-validate-errors',
    family: 'credentials',
    source: 'https://github.com/Miserlou/Zappa/issues/1761',
    signal: 'Alert',
    initContainers: [
      {
        name: 'module-upgrade',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '2Gi',
        args: ['odoo', '-u', 'stock,fleetway_wms', '--stop-after-init', '--no-http'],
      },
    ],
    containers: [
      {
        name: 'odoo',
        running: { startedAt: '2026-02-11T07:41:58Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: ['odoo', '--workers=6', '--max-cron-threads=0', '--proxy-mode', '--db-filter=^wms$'],
        env: {
          HOST: 'wms-db.cluster-c7rk2w9qz1.eu-west-1.rds.amazonaws.com',
          ODOO_ATTACHMENT_STORAGE: 's3',
          AWS_BUCKETNAME: 'fleetway-wms-attachments',
        },
        mounts: [
          { volume: 'odoo-conf', path: '/etc/odoo' },
          { volume: 'attachment-s3', path: '/var/run/secrets/attachment-s3' },
        ],
      },
      mesh(),
    ],
    volumes: [
      { name: 'odoo-conf', configMap: 'odoo-web-conf' },
      { name: 'attachment-s3', secret: 'odoo-attachment-s3-key' },
    ],
    rollout: { minutesAgo: 50, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'WMSPickingValidateErrors: odoo-web 500 on 62% of stock.picking/button_validate since 08:19 (all 6 pods); other WMS calls normal',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:42:03,118 1 INFO wms odoo.service.server: HTTP service (werkzeug) running on odoo-web-6b7c9d8f5-x4lkp:8069',
      '2026-02-11 07:42:04,402 1 INFO wms odoo.modules.loading: loading 1 modules...',
      '2026-02-11 07:42:04,416 1 INFO wms odoo.modules.loading: 1 modules loaded in 0.01s, 0 queries (+0 extra)',
      '2026-02-11 07:42:05,790 1 INFO wms odoo.modules.loading: 141 modules loaded in 1.36s, 0 queries (+0 extra)',
      '2026-02-11 07:42:06,022 1 INFO wms odoo.modules.registry: Registry loaded in 2.908s',
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(T(7, 50, 0) + i * 83)},${110 + i * 29} ${31 + (i % 6)} INFO wms werkzeug: 10.42.${3 + (i % 4)}.${70 + i} - - [11/Feb/2026 ${hms(T(7, 50, 0) + i * 83)}] "POST /web/dataset/call_kw/stock.picking/button_validate HTTP/1.1" 200 - ${40 + (i % 20)} 0.0${41 + i} 0.1${10 + i}`,
      ),
      times(12, (i) =>
        [
          `2026-02-11 ${hms(T(8, 19, 4) + i * 49)},${210 + i * 17} ${31 + (i % 6)} ERROR wms odoo.addons.attachment_s3.models.ir_attachment: error writing attachment stock.picking/${88410 + i} to s3://fleetway-wms-attachments`,
          'Traceback (most recent call last):',
          '  File "/mnt/extra-addons/attachment_s3/models/ir_attachment.py", line 118, in _store_file_write',
          '    obj.put(Body=bin_data)',
          '  File "/usr/lib/python3/dist-packages/botocore/client.py", line 1023, in _make_api_call',
          '    raise error_class(parsed_response, operation_name)',
          'botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.',
          `2026-02-11 ${hms(T(8, 19, 4) + i * 49)},${260 + i * 17} ${31 + (i % 6)} INFO wms werkzeug: 10.42.${3 + (i % 4)}.${90 + i} - - [11/Feb/2026 ${hms(T(8, 19, 4) + i * 49)}] "POST /web/dataset/call_kw/stock.picking/button_validate HTTP/1.1" 500 - 31 0.052 0.211`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // Right: Valentine's-week volume; the workers run at their full concurrency without errors and
    // the queue grows faster than they drain it. Some jobs now wait past their Step Functions
    // timeout before a worker reaches them.
    id: 'fortyfourth-label-worker-queue-backlog',
    family: 'load',
    source: 'https://github.com/aws-samples/amazon-mwaa-examples/issues/61',
    signal: 'Alert',
    containers: [
      {
        name: 'label-worker',
        running: { startedAt: '2026-02-11T07:01:30Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/318440927714/label-jobs',
          WORKER_CONCURRENCY: '16',
          VISIBILITY_TIMEOUT_S: '120',
          LABEL_SERVICE_URL: 'http://label-service.shipping.svc.cluster.local:8080',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SQSQueueBacklog: label-jobs ApproximateNumberOfMessagesVisible 48,210 (+9,400 in 15m), ApproximateAgeOfOldestMessage 41m; label-worker 4/4 replicas at full concurrency, error rate 0.2%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(70, (i) =>
        i % 10 === 9
          ? `{"level":30,"time":${epochMs(T(8, 0, 0) + i * 24, i * 7)},"pid":1,"hostname":"label-worker-6c9d8f7b5-pk2wq","in_flight":16,"concurrency":16,"done_last_min":${231 + ((i * 7) % 14)},"failed_last_min":${i % 20 === 9 ? 1 : 0},"queue_wait_p50_s":${Math.round(640 + i * 26)},"event_loop_lag_ms":${9 + (i % 5)},"msg":"worker stats"}`
          : i % 13 === 5
            ? `{"level":40,"time":${epochMs(T(8, 0, 0) + i * 24, i * 11)},"pid":1,"hostname":"label-worker-6c9d8f7b5-pk2wq","jobId":"lbl-${(0x8c0f1 + i * 331).toString(16)}","shipmentId":"SHP-2602${(80100 + i * 17) % 100000}","queueWaitS":${1830 + i * 9},"err":{"name":"TaskTimedOut","message":"Task Timed Out: 'Provided task does not exist anymore'","$fault":"client"},"msg":"SendTaskSuccess rejected: callback token expired while the job waited in the queue"}`
            : `{"level":30,"time":${epochMs(T(8, 0, 0) + i * 24, i * 13)},"pid":1,"hostname":"label-worker-6c9d8f7b5-pk2wq","jobId":"lbl-${(0x8c0f1 + i * 331).toString(16)}","shipmentId":"SHP-2602${(80100 + i * 17) % 100000}","carrier":"${['dhl', 'ups', 'postnl', 'dpd'][i % 4]}","renderMs":${380 + ((i * 41) % 300)},"queueWaitS":${610 + i * 26},"taskSuccess":true,"msg":"label job done"}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Right: the morning dispatch and Valentine's volume more than doubled route requests; Valhalla
    // is CPU bound at its limit and Traefik gives up on the slowest requests.
    id: 'fortyfourth-valhalla-route-latency',
    family: 'load',
    source: 'https://github.com/valhalla/valhalla/issues/4091',
    signal: 'Alert',
    containers: [
      {
        name: 'valhalla',
        running: { startedAt: '2026-02-11T07:02:48Z' },
        ready: true,
        memoryLimit: '8Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        args: ['valhalla_service', '/conf/valhalla.json', '4'],
        mounts: [
          { volume: 'tiles', path: '/data' },
          { volume: 'conf', path: '/conf' },
        ],
      },
      mesh(),
    ],
    volumes: [
      { name: 'tiles', emptyDir: { sizeLimit: '30Gi' } },
      { name: 'conf', configMap: 'valhalla-config' },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
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
          'RoutingLatencyHigh: traefik router routing-valhalla@kubernetescrd p95 8.4s (SLO 1.5s), 504 ratio 0.07; requests 2.3x the Tuesday baseline; valhalla-eu CPU throttled 61% on 3/3 pods',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026/02/11 07:02:51.118431 [INFO] Tile extract successfully loaded with tile count: 204242',
      '2026/02/11 07:02:51.118997 [WARN] (stat): /data/valhalla/traffic.tar No such file or directory',
      '2026/02/11 07:02:51.119012 [WARN] Traffic tile extract could not be loaded',
      times(90, (i) => {
        const s = T(8, 12, 0) + Math.floor(i * 11.5);
        const us = String(100000 + ((i * 61813) % 900000));
        const req = 410220 + i * 37;
        return i % 9 === 4
          ? `2026/02/11 ${hms(s)}.${us} [WARN] Request ${req - 300} was interrupted`
          : i % 3 === 0
            ? `2026/02/11 ${hms(s)}.${us} [INFO] Got Loki Request ${req}`
            : i % 3 === 1
              ? `2026/02/11 ${hms(s)}.${us} [ANALYTICS] location_count::${2 + (i % 14)}`
              : `2026/02/11 ${hms(s)}.${us} [INFO] Got Thor Request ${req - 2}`;
      }),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // Right: the VPC CNI's ipamd died on this Spot node at 08:02; the kubelet reports the network
    // plugin not ready and no sandbox can be created. Other nodes are fine.
    id: 'fortyfourth-eta-api-stuck-creating',
    family: 'node-failure',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/issues/1322',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      {
        name: 'eta-api',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70' },
      },
      { name: 'linkerd-proxy', waiting: { reason: 'ContainerCreating' }, memoryLimit: '250Mi' },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned tracking/eta-api-5f8c7b6d94-gk3xw to ip-10-42-66-141.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5b0d6c1e94f2a3b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:50051: connect: connection refused"',
        type: 'Warning',
        count: 24,
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeDaemonSetRolloutStuck / aws-node: aws-node-7xk2p on ip-10-42-66-141.eu-west-1.compute.internal CrashLoopBackOff since 08:02',
        on: 'Deployment',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate', 'restart-pod'],
  },
  {
    // Right: the kubelet's PLEG stopped 24 minutes ago on this node; the pods on it can neither be
    // checked nor stopped, and the eviction sits waiting on a runtime that does not answer.
    id: 'fortyfourth-tracking-api-node-not-ready',
    family: 'node-failure',
    source: 'https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'tracking-api',
        running: { startedAt: '2026-02-11T07:03:12Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          GOMEMLIMIT: '900MiB',
          TIMESCALE_DSN: 'postgres://tracking_ro@tracking-history.tracking.svc:5432/tracking',
        },
      },
      mesh(),
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 24m12.10934518s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod tracking/tracking-api-7d8b9c6f45-s5lqz',
        type: 'Normal',
      },
      {
        reason: 'AlertFiring',
        message:
          'KubeNodeNotReady: ip-10-42-58-201.eu-west-1.compute.internal has been unready for more than 15 minutes.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"time":"${iso(T(7, 58, 0) + i * 12, i * 23)}","level":"INFO","msg":"request","method":"GET","path":"/v1/vehicles/VAN-${4400 + i * 3}/position","status":200,"dur_ms":${3 + (i % 6)}}`,
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes, right (1) and wrong (1)
  {
    // Right: since a config change set CACHE_TTL=0 ("no expiry"), geocode results have piled up
    // without TTLs; volatile-lru finds nothing to evict and every SET fails. The cache holds only
    // results Pelias can recompute.
    id: 'fortyfourth-geocoder-gateway-cache-writes-failing',
    family: 'cache-full',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'geocoder-gateway',
        running: { startedAt: '2026-02-11T07:00:50Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'rediss://geocode-cache.x7kq2m.ng.0001.euw1.cache.amazonaws.com:6379/0',
          CACHE_TTL: '0',
          PELIAS_URL: 'http://pelias-api.geo.svc.cluster.local:4000',
          GOMEMLIMIT: '220MiB',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GeocodeCacheWriteErrors: geocoder-gateway cache SET failing 100% since 07:58; cache hit ratio 0.61 -> 0.44, Pelias QPS 2.9x',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","used_memory_human":"6.19G","maxmemory_human":"6.21G","maxmemory_policy":"volatile-lru","keys":41190022,"expires":0,"evicted_keys":0,"time":"2026-02-11T07:55:00Z","message":"redis stats"}',
      times(60, (i) =>
        i % 3 === 0
          ? `{"level":"warn","error":"OOM command not allowed when used memory > 'maxmemory'.","key":"geo:v3:fwd:${(0x1a2b3c4d + i * 7919).toString(16)}","time":"2026-02-11T${hms(T(7, 58, 10) + i * 29)}Z","message":"cache set failed"}`
          : `{"level":"info","method":"GET","path":"/v1/geocode","cache":"${i % 3 === 1 ? 'miss' : 'hit'}","upstream_ms":${i % 3 === 1 ? 120 + ((i * 37) % 200) : 0},"status":200,"time":"2026-02-11T${hms(T(7, 58, 10) + i * 29)}Z","message":"request"}`,
      ),
      '{"level":"info","used_memory_human":"6.21G","maxmemory_human":"6.21G","maxmemory_policy":"volatile-lru","keys":41208812,"expires":0,"evicted_keys":0,"time":"2026-02-11T08:25:00Z","message":"redis stats"}',
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: this Redis is the live-tracking state itself (driver positions, route assignments
    // for every open shift), deliberately under noeviction; it filled because the shift-closing
    // job has failed for three days. A flush would wipe every active driver's assignment.
    id: 'fortyfourth-live-tracking-state-writes-failing',
    family: 'state-store-full',
    source: 'https://github.com/EBWiki/EBWiki/issues/1049',
    signal: 'Alert',
    containers: [
      {
        name: 'live-tracking',
        running: { startedAt: '2026-02-11T07:01:15Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        env: {
          STATE_REDIS_URL: 'rediss://tracking-state.x7kq2m.ng.0001.euw1.cache.amazonaws.com:6379/0',
          GEO_KEY_PREFIX: 'pos:geo:',
          ASSIGNMENT_KEY_PREFIX: 'route:assign:',
          GOMEMLIMIT: '450MiB',
        },
      },
      mesh(),
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TrackingStateWriteErrors: live-tracking GEOADD/HSET failing 100% since 08:11; driver positions frozen on the dispatch map',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'KubeJobFailed: Job tracking/shift-closer-29511840 failed to complete.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"level":"info","used_memory_human":"3.02G","maxmemory_human":"3.06G","maxmemory_policy":"noeviction","keys":1841207,"expires":1204,"open_shifts":1193,"stale_shifts":6402,"time":"2026-02-11T08:05:00Z","message":"state store stats"}',
      times(50, (i) =>
        i % 2 === 0
          ? `{"level":"error","error":"OOM command not allowed when used memory > 'maxmemory'.","cmd":"${i % 4 === 0 ? 'geoadd' : 'hset'}","key":"${i % 4 === 0 ? 'pos:geo:eu-west' : `route:assign:DRV${20400 + i}`}","driver":"DRV${20400 + i}","time":"2026-02-11T${hms(T(8, 11, 2) + i * 21)}Z","message":"state write failed"}`
          : `{"level":"info","driver":"DRV${20400 + i}","lat":${(51.9 + (i % 9) * 0.04).toFixed(5)},"lon":${(4.4 + (i % 7) * 0.05).toFixed(5)},"assignment":"RTM-2-0211-${100 + (i % 40)}","time":"2026-02-11T${hms(T(8, 11, 2) + i * 21)}Z","message":"position received"}`,
      ),
      '{"level":"info","used_memory_human":"3.06G","maxmemory_human":"3.06G","maxmemory_policy":"noeviction","keys":1843390,"expires":1204,"open_shifts":1201,"stale_shifts":6402,"time":"2026-02-11T08:25:00Z","message":"state store stats"}',
    ),
    accept: ['escalate'],
  },
];
