import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** The clock time `sec` seconds after `h:m:00` on the case's day, as HH:MM:SS. */
const at = (h: number, m: number, sec: number): string => {
  const total = h * 3600 + m * 60 + sec;
  const hh = String(Math.floor(total / 3600)).padStart(2, '0');
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  return `${hh}:${mm}:${String(total % 60).padStart(2, '0')}`;
};

/** Milliseconds of a clock time `t` (HH:MM:SS) on the case's day, for epoch-stamped loggers. */
const epochMs = (t: string, ms = 0): number => Date.parse(`2026-02-11T${t}Z`) + ms;

/** A Monolog line as Magento 2 and Shopware (Symfony) write it: ISO time with microseconds. */
const mono = (t: string, channel: string, level: string, msg: string, ctx = '[]'): string =>
  `[2026-02-11T${t}+00:00] ${channel}.${level}: ${msg} ${ctx} []`;

/** An nginx access line in the combined format. */
const access = (ip: string, t: string, req: string, status: number, bytes: number, ua: string): string =>
  `${ip} - - [11/Feb/2026:${t} +0000] "${req} HTTP/1.1" ${status} ${bytes} "-" "${ua}"`;

/** A Spring Boot 3 console line (Logback's default pattern with the application name). */
const boot = (t: string, level: string, app: string, thread: string, logger: string, msg: string): string =>
  `2026-02-11T${t}Z ${level.padStart(5)} 1 --- [${app}] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

/** A zap JSON line, as the Go workers of this estate log. */
const zap = (t: string, level: string, caller: string, msg: string, rest = ''): string =>
  `{"level":"${level}","ts":"2026-02-11T${t}Z","caller":"${caller}","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

/** A log/slog JSON line, as the Go APIs of this estate log. */
const slog = (t: string, level: string, msg: string, rest = ''): string =>
  `{"time":"2026-02-11T${t}Z","level":"${level}","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

/** A Ktor service line (Logback pattern of the Ktor project generator). */
const ktor = (t: string, thread: string, level: string, logger: string, msg: string): string =>
  `2026-02-11 ${t} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;

/** A pino line as the storefront's Next.js custom server writes it. */
const pino = (t: string, ms: number, level: number, msg: string, rest = ''): string =>
  `{"level":${level},"time":${epochMs(t, ms)},"pid":1,"hostname":"storefront","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

/**
 * A thirty-fifth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a quarter of pages at an online retailer on EKS, the ordinary
 * mix an on-call rotation sees rather than a contest of tricks. A Next.js SSR storefront (with a
 * pino-logging custom server), Magento / Adobe Commerce (the Adyen plugin's webhooks, the Algolia
 * indexers, queue consumers, full reindexes, Cm_Cache_Backend_Redis) and Shopware 6 on PHP-FPM with
 * Symfony's HttpClient and Redis sessions, a Go estate (gocql on ScyllaDB, go-redis on ElastiCache,
 * confluent-kafka-go on MSK, the AWS SDK's SQS and SES clients, stripe-go, LaunchDarkly's Go SDK
 * behind the Relay Proxy, encoding/csv in a price import, imaginary on libvips) and a Kotlin estate
 * (Spring WebFlux with Reactor Netty and R2DBC on Aurora MySQL, Spring Kafka with MSK IAM, Ktor),
 * ProxySQL before Aurora, Meilisearch on a PVC, thumbor, ECR, Karpenter on Spot, the HPA, the
 * scheduler and the kubelet (a Spot node gone without a drain, image-filesystem pressure, liveness
 * kills of a slow JVM start). Software no earlier batch used: Magento / Adobe Commerce, the Adyen
 * plugin, Algolia, Shopware, thumbor, imaginary, stripe-go, the LaunchDarkly Go SDK and Relay Proxy,
 * Spring WebFlux, R2DBC, Spring Kafka on MSK IAM. Each quotes the wording of the public thread in
 * `source`. Mix: 14 escalations (an Adyen HMAC key, Algolia's record quota, SES's sending rate, a
 * carrier's expired certificate, ScyllaDB short of replicas, a Kafka topic ACL, a Karpenter
 * NodePool at its limit, a full Meilisearch volume, a cross-account ECR pull, a Secret key that
 * vanished, a partner host that no longer resolves, a supplier's changed CSV, ProxySQL with no
 * writer, an expired Stripe key); 10 restarts (7 right: an R2DBC pool on the demoted Aurora writer,
 * a Magento consumer after "MySQL server has gone away", a librdkafka consumer that left its group,
 * imaginary out of descriptors after weeks, go-redis on the demoted ElastiCache primary, a
 * LaunchDarkly client that gave up on its stream, SQS credentials that expired after twelve hours;
 * 3 wrong: a full reindex that prints nothing while it works, a JVM killed by its liveness probe
 * while starting, a storefront whose upstream has no endpoints); 6 memory (3 raises right: thumbor
 * decoding bigger originals, a storefront limit too small for campaign traffic, a WebFlux heap sized
 * by MaxRAMPercentage with a grown rule set; 3 wrong: PHP's memory_limit in a Magento consumer, a Go
 * goroutine leak, a Ktor heap capped by -Xmx); 4 rollbacks (3 right: a Next.js image without its
 * build, a WebFlux release without a reactive server, a Shopware release reading a renamed variable;
 * 1 wrong: a Magento release whose schema upgrade ran, failing on a password rotated since); 2
 * scale-ups (the storefront at its HPA maximum, an order-events consumer group behind under a
 * campaign); 2 node actions (a Spot node reclaimed but never drained, an image filesystem full); 2
 * cache flushes (1 right, Magento's page and object cache full under noeviction; 1 wrong, a Redis
 * that holds the storefront's sessions).
 */
export const THIRTYFIFTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    id: 'thirtyfifth-adyen-notifications-401',
    family: 'credentials',
    source: 'https://github.com/Adyen/adyen-magento2/issues/1748',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-09T14:02:11Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '2G', MAGE_RUN_TYPE: 'website' },
        mounts: [
          { volume: 'env-php', path: '/var/www/html/app/etc/env.php' },
          { volume: 'media', path: '/var/www/html/pub/media' },
        ],
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-09T14:02:10Z' },
        ready: true,
        memoryLimit: '128Mi',
      },
    ],
    volumes: [
      { name: 'env-php', secret: 'magento-env-php' },
      { name: 'media', persistentVolumeClaim: 'magento-media' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AdyenNotificationsRejected: 231 webhook notifications answered 401 in the last 15m on /adyen/webhook/index (payments-webhooks)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(18, (i) =>
        access(
          `10.42.${3 + (i % 2)}.${17 + (i % 5)}`,
          at(7, 40, i * 33),
          'POST /adyen/webhook/index',
          200,
          10,
          'Adyen HttpClient 1.0',
        ),
      ),
      times(6, (i) =>
        access(
          '10.42.6.9',
          at(7, 41, i * 47),
          `GET /checkout/cart/?___store=default&_=${1770795660 + i}`,
          200,
          48211,
          'Mozilla/5.0',
        ),
      ),
      mono(
        '07:52:03.418812',
        'AdyenLogger',
        'ERROR',
        'HMAC key validation failed',
        '{"pspReference":"ZC4R9HQ7K2XV5T82","eventCode":"AUTHORISATION","merchantReference":"000418213"}',
      ),
      access('10.42.3.18', at(7, 52, 3), 'POST /adyen/webhook/index', 401, 0, 'Adyen HttpClient 1.0'),
      times(40, (i) =>
        i % 3 === 2
          ? access(
              '10.42.6.9',
              at(7, 53, i * 19),
              `GET /catalog/product/view/id/${20410 + i}`,
              200,
              61234 + i * 7,
              'Mozilla/5.0',
            )
          : i % 3 === 0
            ? mono(
                `${at(7, 53, i * 19)}.${String(100000 + i * 7919).slice(0, 6)}`,
                'AdyenLogger',
                'ERROR',
                'HMAC key validation failed',
                `{"pspReference":"ZC4R9HQ${(7000 + i * 37).toString(36).toUpperCase()}X5T8","eventCode":"${['AUTHORISATION', 'CAPTURE', 'REFUND'][i % 3]}","merchantReference":"0004182${String(20 + i).padStart(2, '0')}"}`,
              )
            : access(
                `10.42.${3 + (i % 2)}.${17 + (i % 5)}`,
                at(7, 53, i * 19),
                'POST /adyen/webhook/index',
                401,
                0,
                'Adyen HttpClient 1.0',
              ),
      ),
      `[11-Feb-2026 ${at(8, 6, 41)}] NOTICE: [pool www] child 8890 started`,
      times(20, (i) =>
        i % 2 === 0
          ? mono(
              `${at(8, 10, i * 27)}.${String(200000 + i * 6133).slice(0, 6)}`,
              'AdyenLogger',
              'ERROR',
              'HMAC key validation failed',
              `{"pspReference":"LX2M7TQ${(9100 + i * 53).toString(36).toUpperCase()}P4R2","eventCode":"AUTHORISATION","merchantReference":"0004183${String(10 + i).padStart(2, '0')}"}`,
            )
          : access(
              `10.42.${3 + (i % 2)}.${17 + (i % 5)}`,
              at(8, 10, i * 27),
              'POST /adyen/webhook/index',
              401,
              0,
              'Adyen HttpClient 1.0',
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-algolia-nightly-reindex-failed',
    family: 'quota',
    source: 'https://github.com/umbraco/Umbraco.Cms.Integrations/issues/256',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'reindex',
        terminated: { reason: 'Error', exitCode: 1 },
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '2G', ALGOLIA_INDEX_PREFIX: 'prod_' },
        args: [
          'php',
          'bin/magento',
          'indexer:reindex',
          'algolia_products',
          'algolia_categories',
          'algolia_pages',
        ],
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[catalog-algolia-reindex] 2026-02-11T03:00:04Z starting full reindex, store views: default, de_de, fr_fr, nl_nl',
      '[catalog-algolia-reindex] 2026-02-11T03:00:04Z catalog: 131842 enabled SKUs (126017 yesterday)',
      '[catalog-algolia-reindex] 2026-02-11T03:00:05Z php 8.3.14, magento/product-enterprise-edition 2.4.7-p3, algolia/algoliasearch-magento-2 3.14.3',
      'Algolia Search Categories index has been rebuilt successfully in 00:00:38',
      'Algolia Search Pages index has been rebuilt successfully in 00:00:06',
      'Algolia Search Suggestions index has been rebuilt successfully in 00:00:02',
      'Algolia Search Additional Sections index has been rebuilt successfully in 00:00:01',
      'Algolia Search Queue Runner index has been rebuilt successfully in 00:00:00',
      'Algolia Search Products index process error during indexation process:',
      'You have exceeded your Record quota. You’ll need to change your plan for more capacity, or delete records. See more details at https://www.algolia.com/account/billing/details',
      '[catalog-algolia-reindex] 2026-02-11T03:41:19Z indexer:reindex exited with status 1',
    ),
    previousLog: log(
      '[catalog-algolia-reindex] 2026-02-11T02:00:03Z starting full reindex, store views: default, de_de, fr_fr, nl_nl',
      '[catalog-algolia-reindex] 2026-02-11T02:00:03Z catalog: 131842 enabled SKUs (126017 yesterday)',
      '[catalog-algolia-reindex] 2026-02-11T02:00:04Z php 8.3.14, magento/product-enterprise-edition 2.4.7-p3, algolia/algoliasearch-magento-2 3.14.3',
      'Algolia Search Categories index has been rebuilt successfully in 00:00:41',
      'Algolia Search Pages index has been rebuilt successfully in 00:00:05',
      'Algolia Search Suggestions index has been rebuilt successfully in 00:00:02',
      'Algolia Search Additional Sections index has been rebuilt successfully in 00:00:01',
      'Algolia Search Queue Runner index has been rebuilt successfully in 00:00:00',
      'Algolia Search Products index process error during indexation process:',
      'You have exceeded your Record quota. You’ll need to change your plan for more capacity, or delete records. See more details at https://www.algolia.com/account/billing/details',
      '[catalog-algolia-reindex] 2026-02-11T02:39:52Z indexer:reindex exited with status 1',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-order-emails-backlog',
    family: 'rate-limit',
    source: 'https://github.com/aws/aws-sdk/issues/76',
    signal: 'Alert',
    containers: [
      {
        name: 'order-mailer',
        running: { startedAt: '2026-02-10T22:14:08Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          SQS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/418295310662/order-confirmation-emails',
          SES_CONFIGURATION_SET: 'transactional',
          WORKER_CONCURRENCY: '32',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SQSQueueBacklog: order-confirmation-emails ApproximateNumberOfMessagesVisible 48211, oldest message 1840s (threshold 300s)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        zap(
          `${at(8, 11, i * 5)}.${String(100 + i * 13).slice(0, 3)}`,
          'info',
          'mailer/worker.go:74',
          'order confirmation sent',
          `"order":"1004${52300 + i}","template":"order_confirmation_v7","ses_message_id":"0102018d${(0x4f2a10 + i * 977).toString(16)}-9c1b-4e8e-a7f3-2b1d0c9e${(0x1000 + i).toString(16)}-000000","latency_ms":${41 + (i % 9) * 6}`,
        ),
      ),
      times(60, (i) =>
        i % 4 === 3
          ? zap(
              `${at(8, 13, i * 6)}.${String(200 + i * 7).slice(0, 3)}`,
              'info',
              'mailer/worker.go:74',
              'order confirmation sent',
              `"order":"1004${52400 + i}","template":"order_confirmation_v7","ses_message_id":"0102018d${(0x5a3b20 + i * 811).toString(16)}-77e2-41a0-b3c9-8d2e1f0a${(0x2000 + i).toString(16)}-000000","latency_ms":${38 + (i % 7) * 5}`,
            )
          : zap(
              `${at(8, 13, i * 6)}.${String(300 + i * 11).slice(0, 3)}`,
              'warn',
              'mailer/ses.go:112',
              'SendEmail failed, message left on queue for redelivery',
              `"order":"1004${52400 + i}","attempt":${1 + (i % 5)},"error":"Throttling: Maximum sending rate exceeded.\\n\\tstatus code: 400, request id: ${(0x8f23e6e6 + i * 4099).toString(16)}-b4f2-4572-b426-343b370c${(0xb32c + i).toString(16)}"`,
            ),
      ),
      zap(
        '08:19:02.118',
        'info',
        'mailer/stats.go:31',
        'throughput',
        '"window":"60s","sent":401,"throttled":1187,"received":1633,"visible_in_queue":46920',
      ),
      times(30, (i) =>
        zap(
          `${at(8, 19, 4 + i * 9)}.${String(400 + i * 17).slice(0, 3)}`,
          'warn',
          'mailer/ses.go:112',
          'SendEmail failed, message left on queue for redelivery',
          `"order":"1004${52600 + i}","attempt":${2 + (i % 4)},"error":"Throttling: Maximum sending rate exceeded.\\n\\tstatus code: 400, request id: ${(0x5db31848 + i * 3331).toString(16)}-39ad-59e1-80aa-574fb0ef${(0xc57b + i).toString(16)}"`,
        ),
      ),
      zap(
        '08:24:02.121',
        'info',
        'mailer/stats.go:31',
        'throughput',
        '"window":"60s","sent":398,"throttled":1240,"received":1702,"visible_in_queue":48211',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-shipping-quotes-failing',
    family: 'expired-cert',
    source: 'https://github.com/jikan-me/jikan-rest/issues/379',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-11T06:56:10Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          APP_ENV: 'prod',
          SHOPWARE_HTTP_CACHE_ENABLED: '1',
          CARRIER_API_BASE: 'https://shipping-api.northwind-logistics.com',
        },
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T06:56:09Z' },
        ready: true,
        memoryLimit: '128Mi',
      },
    ],
    rollout: { minutesAgo: 95, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CheckoutShippingQuoteErrors: 96% of shipping rate lookups failed in the last 10m (carrier northwind, storefront shopware-storefront)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        access(
          `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
          at(7, 30, i * 29),
          i % 4 === 0
            ? 'GET /checkout/confirm'
            : `GET /detail/${(0x9a3f2c + i * 131).toString(16)}0c4e4d2b8f1a6e3d5c7b9a01`,
          200,
          i % 4 === 0 ? 38122 : 51877 + i * 3,
          'Mozilla/5.0',
        ),
      ),
      mono(
        '07:41:13.088211',
        'app',
        'INFO',
        'Northwind shipping quote fetched',
        '{"zone":"DE","weight_g":1840,"services":3,"duration_ms":212}',
      ),
      mono(
        '07:41:29.512087',
        'request',
        'CRITICAL',
        'Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\TransportException: "SSL certificate problem: certificate has expired for "https://shipping-api.northwind-logistics.com/v2/rates"." at /var/www/html/vendor/symfony/http-client/Chunk/ErrorChunk.php line 56',
        '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\TransportException(code: 0): SSL certificate problem: certificate has expired for \\"https://shipping-api.northwind-logistics.com/v2/rates\\". at /var/www/html/vendor/symfony/http-client/Chunk/ErrorChunk.php:56)\\n[previous exception] [object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\TransportException(code: 0): SSL certificate problem: certificate has expired for \\"https://shipping-api.northwind-logistics.com/v2/rates\\". at /var/www/html/vendor/symfony/http-client/Response/CurlResponse.php:315)"}',
      ),
      access('10.42.2.41', '07:41:29', 'POST /checkout/order', 500, 612, 'Mozilla/5.0'),
      times(45, (i) =>
        i % 3 === 0
          ? mono(
              `${at(7, 42, i * 31)}.${String(300000 + i * 7411).slice(0, 6)}`,
              'request',
              'CRITICAL',
              'Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\TransportException: "SSL certificate problem: certificate has expired for "https://shipping-api.northwind-logistics.com/v2/rates"." at /var/www/html/vendor/symfony/http-client/Chunk/ErrorChunk.php line 56',
              '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\TransportException(code: 0): SSL certificate problem: certificate has expired for \\"https://shipping-api.northwind-logistics.com/v2/rates\\". at /var/www/html/vendor/symfony/http-client/Chunk/ErrorChunk.php:56)"}',
            )
          : i % 3 === 1
            ? access(
                `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
                at(7, 42, i * 31),
                'POST /checkout/order',
                500,
                612,
                'Mozilla/5.0',
              )
            : access(
                `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
                at(7, 42, i * 31),
                `GET /navigation/${(0x51ac + i).toString(16)}`,
                200,
                44120 + i,
                'Mozilla/5.0',
              ),
      ),
      times(20, (i) =>
        access(
          `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
          at(8, 6, i * 61),
          i % 2 ? 'GET /checkout/cart' : 'POST /checkout/order',
          i % 2 ? 200 : 500,
          i % 2 ? 29011 : 612,
          'Mozilla/5.0',
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-availability-api-5xx',
    family: 'dependency-degraded',
    source: 'https://github.com/scylladb/scylladb/issues/21455',
    signal: 'Alert',
    containers: [
      {
        name: 'availability-api',
        running: { startedAt: '2026-02-06T10:44:51Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          SCYLLA_HOSTS: 'scylla-client.scylla.svc:9042',
          SCYLLA_KEYSPACE: 'inventory',
          SCYLLA_CONSISTENCY: 'LOCAL_QUORUM',
          GOMAXPROCS: '1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: availability-api 5xx ratio 0.71 over 5m (GET /v1/stock)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        slog(
          `${at(8, 2, i * 7)}.${String(100 + i * 29).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"GET","path":"/v1/stock","sku":"RC-${104000 + i * 17}","status":200,"dur_ms":${3 + (i % 5)}`,
        ),
      ),
      `2026/02/11 ${at(8, 5, 12)} gocql: unable to dial control conn 10.42.11.7:9042: dial tcp 10.42.11.7:9042: connect: connection refused`,
      `2026/02/11 ${at(8, 5, 12)} gocql: Session.handleNodeDown: 10.42.11.7:9042`,
      times(14, (i) =>
        slog(
          `${at(8, 5, 14 + i * 9)}.${String(100 + i * 31).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"GET","path":"/v1/stock","sku":"RC-${105000 + i * 13}","status":200,"dur_ms":${4 + (i % 6)}`,
        ),
      ),
      `2026/02/11 ${at(8, 7, 48)} gocql: unable to dial control conn 10.42.14.3:9042: dial tcp 10.42.14.3:9042: i/o timeout`,
      `2026/02/11 ${at(8, 7, 48)} gocql: Session.handleNodeDown: 10.42.14.3:9042`,
      times(70, (i) =>
        i % 5 === 4
          ? slog(
              `${at(8, 7, 50 + i * 8)}.${String(100 + i * 7).slice(0, 3)}`,
              'INFO',
              'request',
              `"method":"GET","path":"/v1/stock","sku":"RC-${106000 + i * 11}","status":200,"dur_ms":${9 + (i % 4)},"cache":"hit"`,
            )
          : slog(
              `${at(8, 7, 50 + i * 8)}.${String(100 + i * 7).slice(0, 3)}`,
              'ERROR',
              'stock lookup failed',
              `"sku":"RC-${106000 + i * 11}","status":503,"err":"Cannot achieve consistency level for cl LOCAL_QUORUM. Requires 2, alive 1"`,
            ),
      ),
      `2026/02/11 ${at(8, 18, 2)} gocql: unable to dial control conn 10.42.11.7:9042: dial tcp 10.42.11.7:9042: connect: connection refused`,
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-fulfilment-consumer-lag',
    family: 'authorization',
    source: 'https://github.com/confluentinc/common/issues/785',
    signal: 'Alert',
    containers: [
      {
        name: 'fulfilment-consumer',
        running: { startedAt: '2026-02-10T16:20:33Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_KAFKA_BOOTSTRAP_SERVERS: 'b-1.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9098',
          SPRING_KAFKA_PROPERTIES_SASL_MECHANISM: 'AWS_MSK_IAM',
          AWS_ROLE_ARN: 'arn:aws:iam::418295310662:role/fulfilment-consumer',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KafkaConsumerGroupLag: group fulfilment lag 61204 on orders.v1 and rising for 30m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        boot(
          `${at(7, 44, i * 11)}.${String(100 + i * 37).slice(0, 3)}`,
          'INFO',
          'fulfilment',
          'ntainer#0-0-C-1',
          'c.r.fulfilment.OrderPlacedListener',
          `order 1004${51200 + i} routed to warehouse ${['DUS-1', 'AMS-2', 'LYS-1'][i % 3]} (${2 + (i % 4)} lines)`,
        ),
      ),
      boot(
        '07:48:02.311',
        'WARN',
        'fulfilment',
        'ntainer#0-0-C-1',
        'org.apache.kafka.clients.NetworkClient',
        '[Consumer clientId=consumer-fulfilment-1, groupId=fulfilment] Error while fetching metadata with correlation id 218452 : {orders.v1=TOPIC_AUTHORIZATION_FAILED}',
      ),
      boot(
        '07:48:02.312',
        'ERROR',
        'fulfilment',
        'ntainer#0-0-C-1',
        'org.apache.kafka.clients.Metadata',
        '[Consumer clientId=consumer-fulfilment-1, groupId=fulfilment] Topic authorization failed for topics [orders.v1]',
      ),
      boot(
        '07:48:02.315',
        'ERROR',
        'fulfilment',
        'ntainer#0-0-C-1',
        'o.s.k.l.KafkaMessageListenerContainer',
        'Authentication/Authorization Exception and no authExceptionRetryInterval set',
      ),
      '',
      'org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [orders.v1]',
      '',
      boot(
        '07:48:02.318',
        'ERROR',
        'fulfilment',
        'ntainer#0-0-C-1',
        'o.s.k.l.KafkaMessageListenerContainer',
        'Fatal consumer exception; stopping container',
      ),
      boot(
        '07:48:02.402',
        'INFO',
        'fulfilment',
        'ntainer#0-0-C-1',
        'o.a.k.c.c.internals.ConsumerCoordinator',
        '[Consumer clientId=consumer-fulfilment-1, groupId=fulfilment] Revoke previously assigned partitions orders.v1-0, orders.v1-1, orders.v1-2, orders.v1-3, orders.v1-4, orders.v1-5',
      ),
      boot(
        '07:48:02.410',
        'INFO',
        'fulfilment',
        'ntainer#0-0-C-1',
        'o.a.k.c.c.internals.ConsumerCoordinator',
        '[Consumer clientId=consumer-fulfilment-1, groupId=fulfilment] Member consumer-fulfilment-1-5d1c0b7e-8a2f-4c1e-9d3b-61f0e2a4c7d9 sending LeaveGroup request to coordinator b-2.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9098 (id: 2147483645 rack: null) due to the consumer is being closed',
      ),
      boot(
        '07:48:02.433',
        'INFO',
        'fulfilment',
        'ntainer#0-0-C-1',
        'o.s.k.l.KafkaMessageListenerContainer',
        'fulfilment: Consumer stopped',
      ),
      times(40, (i) =>
        boot(
          `${at(7, 50, i * 58)}.${String(100 + i * 13).slice(0, 3)}`,
          'INFO',
          'fulfilment',
          `ctor-http-nio-${1 + (i % 4)}`,
          'reactor.netty.http.server.AccessLog',
          `10.42.17.1 - - [11/Feb/2026:${at(7, 50, i * 58)} +0000] "GET /actuator/health/${i % 2 ? 'readiness' : 'liveness'} HTTP/1.1" 200 15 ${1 + (i % 3)}`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-checkout-api-new-replica-pending',
    family: 'capacity',
    source: 'https://github.com/kubernetes-sigs/karpenter/issues/2123',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'checkout-api',
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { GOMEMLIMIT: '900MiB', GOMAXPROCS: '2', CART_REDIS_ADDR: 'cart-redis.cache.svc:6379' },
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/31 nodes are available: 3 node(s) had untolerated taint {CriticalAddonsOnly: true}, 28 Insufficient cpu. preemption: 0/31 nodes are available: 3 Preemption is not helpful for scheduling, 28 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 41,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "storefront-spot", daemonset overhead={"cpu":"680m","memory":"912Mi","pods":"6"}, all available instance types exceed limits for nodepool: "storefront-spot"; incompatible with nodepool "system", daemonset overhead={"cpu":"680m","memory":"912Mi","pods":"6"}, did not tolerate CriticalAddonsOnly=true:NoSchedule',
        type: 'Warning',
        count: 33,
      },
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 38; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-meilisearch-document-updates-failing',
    family: 'disk-full',
    source: 'https://github.com/meilisearch/meilisearch/issues/5287',
    signal: 'Alert',
    containers: [
      {
        name: 'meilisearch',
        running: { startedAt: '2026-01-28T09:12:40Z' },
        ready: true,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          MEILI_ENV: 'production',
          MEILI_DB_PATH: '/meili_data/data.ms',
          MEILI_MAX_INDEXING_MEMORY: '3Gb',
        },
        mounts: [{ volume: 'data', path: '/meili_data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'meili-data-meilisearch-0' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePersistentVolumeFillingUp: The PersistentVolume claimed by meili-data-meilisearch-0 in Namespace search is only 0.3% free.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        i % 5 === 0
          ? `2026-02-11T${at(7, 58, i * 6)}.${String(100000 + i * 3137).slice(0, 6)}Z  INFO HTTP request{method=POST host="meilisearch.search.svc:7700" route=/indexes/products/documents query_parameters=?primaryKey=sku user_agent=Meilisearch Go (v0.26.2) status_code=202}: meilisearch: close time.busy=2.41ms time.idle=311µs`
          : `2026-02-11T${at(7, 58, i * 6)}.${String(100000 + i * 3137).slice(0, 6)}Z  INFO HTTP request{method=POST host="meilisearch.search.svc:7700" route=/multi-search query_parameters= user_agent=undici status_code=200}: meilisearch: close time.busy=${3 + (i % 7)}.${i % 10}ms time.idle=${180 + i}µs`,
      ),
      '2026-02-11T08:01:12.482117Z  INFO index_scheduler: A batch of tasks was successfully completed with 4 successful tasks and 0 failed tasks.',
      '2026-02-11T08:04:41.118244Z ERROR index_scheduler: No space left on device (os error 28)',
      '2026-02-11T08:04:41.118903Z  INFO index_scheduler: A batch of tasks was successfully completed with 0 successful tasks and 6 failed tasks.',
      times(40, (i) =>
        i % 8 === 7
          ? `2026-02-11T${at(8, 5, i * 13)}.${String(200000 + i * 4111).slice(0, 6)}Z ERROR index_scheduler: No space left on device (os error 28)`
          : i % 4 === 0
            ? `2026-02-11T${at(8, 5, i * 13)}.${String(200000 + i * 4111).slice(0, 6)}Z  INFO HTTP request{method=POST host="meilisearch.search.svc:7700" route=/indexes/products/documents query_parameters=?primaryKey=sku user_agent=Meilisearch Go (v0.26.2) status_code=202}: meilisearch: close time.busy=2.1${i % 10}ms time.idle=290µs`
            : `2026-02-11T${at(8, 5, i * 13)}.${String(200000 + i * 4111).slice(0, 6)}Z  INFO HTTP request{method=POST host="meilisearch.search.svc:7700" route=/multi-search query_parameters= user_agent=undici status_code=200}: meilisearch: close time.busy=${4 + (i % 5)}.${i % 10}ms time.idle=${190 + i}µs`,
      ),
      '2026-02-11T08:14:02.918211Z  INFO HTTP request{method=GET host="meilisearch.search.svc:7700" route=/tasks query_parameters=?statuses=failed&limit=20 user_agent=curl/8.5.0 status_code=200}: meilisearch: close time.busy=1.88ms time.idle=402µs',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-recommendations-new-replica-image-pull',
    family: 'image-pull',
    source: 'https://github.com/aws-samples/bedrock-access-gateway/issues/114',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'reco-api',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1"',
        },
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { GOMEMLIMIT: '650MiB', MODEL_BUCKET: 's3://retail-ml-artifacts/reco/2026-02-09/' },
      },
    ],
    events: [
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 14; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
      {
        reason: 'Pulling',
        message:
          'Pulling image "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1"',
        count: 7,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1": failed to pull and unpack image "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1": failed to resolve reference "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1": unexpected status from HEAD request to https://730335217428.dkr.ecr.eu-west-1.amazonaws.com/v2/recommendations/reco-api/manifests/2.3.1: 403 Forbidden',
        type: 'Warning',
        count: 7,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 7 },
      {
        reason: 'BackOff',
        message:
          'Back-off pulling image "730335217428.dkr.ecr.eu-west-1.amazonaws.com/recommendations/reco-api:2.3.1"',
        count: 26,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-payments-webhooks-container-config',
    family: 'missing-secret-key',
    source: 'https://github.com/keptn/lifecycle-toolkit/issues/588',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'payments-webhooks',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key STRIPE_WEBHOOK_SECRET in Secret payments/stripe-credentials",
        },
        memoryLimit: '256Mi',
        memoryRequest: '192Mi',
        cpuLimit: '500m',
        env: { STRIPE_API_VERSION: '2024-06-20', LISTEN_ADDR: ':8080' },
      },
    ],
    events: [
      {
        reason: 'Nominated',
        message: 'Pod should schedule on: nodeclaim/storefront-spot-x7c2v',
      },
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned payments/payments-webhooks-6f9d8c7b5-q2lzn to ip-10-42-23-118.eu-west-1.compute.internal',
      },
      {
        reason: 'Pulled',
        message:
          'Container image "418295310662.dkr.ecr.eu-west-1.amazonaws.com/payments/payments-webhooks:2.3.1" already present on machine',
        count: 12,
      },
      {
        reason: 'Failed',
        message: "Error: couldn't find key STRIPE_WEBHOOK_SECRET in Secret payments/stripe-credentials",
        type: 'Warning',
        count: 12,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-tax-quotes-on-fallback',
    family: 'dns',
    source: 'https://github.com/reactor/reactor-netty/issues/1431',
    signal: 'Alert',
    containers: [
      {
        name: 'tax-service',
        running: { startedAt: '2026-02-04T11:31:27Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          TAX_PROVIDER_URL: 'https://rates.eurotax-gateway.com/v3',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TaxQuoteFallbackRate: 100% of tax quotes served from the fallback table for 25m (tax-service)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(14, (i) =>
        boot(
          `${at(7, 50, i * 31)}.${String(100 + i * 41).slice(0, 3)}`,
          'INFO',
          'tax-service',
          `ctor-http-nio-${1 + (i % 4)}`,
          'c.r.tax.QuoteController',
          `quote cart=${(0x3fa1 + i * 97).toString(16)} country=${['DE', 'FR', 'NL', 'BE'][i % 4]} lines=${2 + (i % 5)} provider=eurotax in ${88 + i * 3}ms`,
        ),
      ),
      boot(
        '07:58:14.902',
        'WARN',
        'tax-service',
        'ctor-http-nio-2',
        'c.r.tax.EurotaxClient',
        "rate lookup failed, serving fallback table: org.springframework.web.reactive.function.client.WebClientRequestException: failed to resolve 'rates.eurotax-gateway.com' after 6 queries ",
      ),
      "org.springframework.web.reactive.function.client.WebClientRequestException: failed to resolve 'rates.eurotax-gateway.com' after 6 queries ",
      '\tat org.springframework.web.reactive.function.client.ExchangeFunctions$DefaultExchangeFunction.lambda$wrapException$9(ExchangeFunctions.java:136)',
      '\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ',
      'Error has been observed at the following site(s):',
      '\t*__checkpoint ⇢ Request to POST https://rates.eurotax-gateway.com/v3/quotes [DefaultWebClient]',
      'Original Stack Trace:',
      '\t\tat org.springframework.web.reactive.function.client.ExchangeFunctions$DefaultExchangeFunction.lambda$wrapException$9(ExchangeFunctions.java:136)',
      '\t\tat reactor.core.publisher.MonoErrorSupplied.subscribe(MonoErrorSupplied.java:55)',
      "Caused by: java.net.UnknownHostException: failed to resolve 'rates.eurotax-gateway.com' after 6 queries ",
      '\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1125)',
      '\tat io.netty.resolver.dns.DnsResolveContext.tryToFinishResolve(DnsResolveContext.java:1064)',
      '\tat io.netty.resolver.dns.DnsResolveContext.query(DnsResolveContext.java:432)',
      times(50, (i) =>
        i % 5 === 4
          ? boot(
              `${at(7, 59, i * 17)}.${String(100 + i * 7).slice(0, 3)}`,
              'WARN',
              'tax-service',
              `ctor-http-nio-${1 + (i % 4)}`,
              'c.r.tax.EurotaxClient',
              "rate lookup failed, serving fallback table: org.springframework.web.reactive.function.client.WebClientRequestException: failed to resolve 'rates.eurotax-gateway.com' after 6 queries ",
            )
          : boot(
              `${at(7, 59, i * 17)}.${String(100 + i * 7).slice(0, 3)}`,
              'INFO',
              'tax-service',
              `ctor-http-nio-${1 + (i % 4)}`,
              'c.r.tax.QuoteController',
              `quote cart=${(0x41c0 + i * 89).toString(16)} country=${['DE', 'FR', 'NL', 'BE'][i % 4]} lines=${1 + (i % 6)} provider=fallback-table in ${2 + (i % 3)}ms`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-supplier-price-import-failed',
    family: 'bad-input',
    source: 'https://github.com/wrgl/wrgl/issues/3',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'price-import',
        terminated: { reason: 'Error', exitCode: 1 },
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: {
          SUPPLIER: 'acme-textiles',
          DROP_PREFIX: 's3://retail-supplier-drop/acme-textiles/prices/',
          DB_DSN_FILE: '/var/run/secrets/pricing/dsn',
        },
        args: ['/price-import', '--supplier=acme-textiles', '--date=2026-02-11'],
        mounts: [{ volume: 'pricing-db', path: '/var/run/secrets/pricing' }],
      },
    ],
    volumes: [{ name: 'pricing-db', secret: 'pricing-db-dsn' }],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      zap(
        '04:30:02.114',
        'info',
        'cmd/price-import/main.go:41',
        'starting',
        '"supplier":"acme-textiles","date":"2026-02-11","dry_run":false',
      ),
      zap(
        '04:30:02.190',
        'info',
        'importer/db.go:29',
        'connected',
        '"db":"pricing","host":"proxysql.data.svc:6033","max_open_conns":4',
      ),
      zap(
        '04:30:02.288',
        'info',
        'importer/s3.go:31',
        'listing',
        '"prefix":"acme-textiles/prices/","objects":3',
      ),
      zap(
        '04:30:02.289',
        'debug',
        'importer/s3.go:36',
        'object',
        '"key":"acme-textiles/prices/2026-02-09.csv","bytes":18391044,"last_modified":"2026-02-09T03:41:10Z"',
      ),
      zap(
        '04:30:02.289',
        'debug',
        'importer/s3.go:36',
        'object',
        '"key":"acme-textiles/prices/2026-02-10.csv","bytes":18402210,"last_modified":"2026-02-10T03:40:52Z"',
      ),
      zap(
        '04:30:02.289',
        'debug',
        'importer/s3.go:36',
        'object',
        '"key":"acme-textiles/prices/2026-02-11.csv","bytes":18422917,"last_modified":"2026-02-11T03:58:19Z"',
      ),
      zap(
        '04:30:02.531',
        'info',
        'importer/s3.go:58',
        'downloaded',
        '"key":"acme-textiles/prices/2026-02-11.csv","bytes":18422917,"etag":"\\"9b1e2c7a0f4d3e8b6a5c1d2e3f4a5b6c\\""',
      ),
      zap(
        '04:30:02.533',
        'info',
        'importer/csv.go:37',
        'header',
        '"columns":["sku","list_price","sale_price","currency","valid_from"]',
      ),
      zap(
        '04:30:02.534',
        'error',
        'importer/csv.go:52',
        'parse failed, nothing written',
        '"key":"acme-textiles/prices/2026-02-11.csv","error":"record on line 2: wrong number of fields"',
      ),
      zap(
        '04:30:02.534',
        'info',
        'importer/report.go:22',
        'summary',
        '"rows_read":0,"rows_upserted":0,"rows_rejected":0',
      ),
      'Error: import acme-textiles 2026-02-11: record on line 2: wrong number of fields',
    ),
    previousLog: log(
      zap(
        '04:26:11.902',
        'info',
        'cmd/price-import/main.go:41',
        'starting',
        '"supplier":"acme-textiles","date":"2026-02-11","dry_run":false',
      ),
      zap(
        '04:26:11.977',
        'info',
        'importer/db.go:29',
        'connected',
        '"db":"pricing","host":"proxysql.data.svc:6033","max_open_conns":4',
      ),
      zap(
        '04:26:12.071',
        'info',
        'importer/s3.go:31',
        'listing',
        '"prefix":"acme-textiles/prices/","objects":3',
      ),
      zap(
        '04:26:12.318',
        'info',
        'importer/s3.go:58',
        'downloaded',
        '"key":"acme-textiles/prices/2026-02-11.csv","bytes":18422917,"etag":"\\"9b1e2c7a0f4d3e8b6a5c1d2e3f4a5b6c\\""',
      ),
      zap(
        '04:26:12.320',
        'info',
        'importer/csv.go:37',
        'header',
        '"columns":["sku","list_price","sale_price","currency","valid_from"]',
      ),
      zap(
        '04:26:12.321',
        'error',
        'importer/csv.go:52',
        'parse failed, nothing written',
        '"key":"acme-textiles/prices/2026-02-11.csv","error":"record on line 2: wrong number of fields"',
      ),
      'Error: import acme-textiles 2026-02-11: record on line 2: wrong number of fields',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-magento-admin-stuck-initializing',
    family: 'dependency-down',
    source: 'https://github.com/sysown/proxysql/issues/4657',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'wait-for-db',
        running: { startedAt: '2026-02-11T08:03:12Z' },
        ready: false,
        memoryLimit: '512Mi',
        args: [
          'sh',
          '-c',
          'n=0; until php bin/magento setup:db:status; do n=$((n+1)); echo "[wait-for-db] not ready, retrying in 5s (attempt $n, $(date +%T))"; sleep 5; done',
        ],
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
    ],
    containers: [
      {
        name: 'php-fpm',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '2G', DB_HOST: 'proxysql.data.svc:6033' },
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
      { name: 'nginx', waiting: { reason: 'PodInitializing' }, memoryLimit: '128Mi' },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned commerce/magento-admin-5b8d7f9c4-r7kx2 to ip-10-42-17-64.eu-west-1.compute.internal',
      },
      { reason: 'Started', message: 'Started container wait-for-db' },
    ],
    currentLog: log(
      times(22, (i) =>
        [
          '',
          '  [Zend_Db_Adapter_Exception]',
          '  SQLSTATE[HY000] [9001] Max connect timeout reached while reaching hostgroup 10 after 10000ms',
          '',
          '',
          '  [PDOException]',
          '  SQLSTATE[HY000] [9001] Max connect timeout reached while reaching hostgroup 10 after 10000ms',
          '',
          `[wait-for-db] not ready, retrying in 5s (attempt ${79 + i}, ${at(8, 23, 3 + i * 16)})`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-refunds-api-failing',
    family: 'expired-credentials',
    source: 'https://github.com/stripe/stripe-cli/pull/792',
    signal: 'Alert',
    containers: [
      {
        name: 'refunds-api',
        running: { startedAt: '2026-02-08T12:07:54Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { STRIPE_KEY_FILE: '/var/run/secrets/stripe/restricted-key', LISTEN_ADDR: ':8080' },
        mounts: [{ volume: 'stripe', path: '/var/run/secrets/stripe' }],
      },
    ],
    volumes: [{ name: 'stripe', secret: 'stripe-refunds-key' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RefundsFailing: 100% of POST /v1/refunds answered 502 in the last 15m (refunds-api)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        slog(
          `${at(7, 40, i * 37)}.${String(100 + i * 23).slice(0, 3)}`,
          'INFO',
          'refund created',
          `"order":"1004${49800 + i}","refund":"re_3Qm${(0x71b2c + i * 311).toString(36)}Lk2aZ","amount":${1999 + i * 350},"currency":"eur","dur_ms":${310 + i * 9}`,
        ),
      ),
      times(50, (i) =>
        i % 6 === 5
          ? slog(
              `${at(8, 1, i * 31)}.${String(100 + i * 11).slice(0, 3)}`,
              'INFO',
              'request',
              `"method":"GET","path":"/healthz","status":200,"dur_ms":0`,
            )
          : slog(
              `${at(8, 1, i * 31)}.${String(100 + i * 11).slice(0, 3)}`,
              'ERROR',
              'refund failed',
              `"order":"1004${50100 + i}","status":502,"err":"{\\"code\\":\\"api_key_expired\\",\\"doc_url\\":\\"https://stripe.com/docs/error-codes/api-key-expired\\",\\"status\\":401,\\"message\\":\\"Expired API Key provided: rk_live_*********************************************************************************************Qm4T2x\\",\\"request_id\\":\\"req_${(0x5a81c2 + i * 7717).toString(36)}Zp\\",\\"type\\":\\"invalid_request_error\\"}"`,
            ),
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts (7 right, 3 wrong)
  {
    id: 'thirtyfifth-inventory-reservations-5xx',
    family: 'db-failover',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/2185',
    signal: 'Alert',
    containers: [
      {
        name: 'inventory-service',
        running: { startedAt: '2026-02-08T09:14:02Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_R2DBC_URL:
            'r2dbc:mysql://inventory.cluster-c8x2k1hq0f3z.eu-west-1.rds.amazonaws.com:3306/inventory',
          SPRING_R2DBC_POOL_MAX_SIZE: '20',
          SPRING_R2DBC_POOL_VALIDATION_QUERY: 'SELECT 1',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HighHTTP5xxRate: inventory-service 5xx ratio 0.47 over 5m on POST /v1/reservations (1 of 6 pods: inventory-service-7d9c6b8f4-kq2vx)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(10, (i) =>
        boot(
          `${at(6, 38, i * 13)}.${String(100 + i * 17).slice(0, 3)}`,
          'INFO',
          'inventory-service',
          `ctor-http-nio-${1 + (i % 4)}`,
          'c.r.inventory.ReservationHandler',
          `reserved sku=RC-${118200 + i * 7} qty=${1 + (i % 3)} cart=${(0x9c1a + i * 131).toString(16)} in ${6 + (i % 4)}ms`,
        ),
      ),
      boot(
        '06:41:08.221',
        'ERROR',
        'inventory-service',
        'ctor-tcp-nio-3',
        'c.r.inventory.ReservationHandler',
        'reservation failed sku=RC-118297: io.r2dbc.spi.R2dbcNonTransientResourceException: Connection unexpectedly closed',
      ),
      boot(
        '06:41:09.004',
        'WARN',
        'inventory-service',
        'ctor-tcp-nio-1',
        'io.r2dbc.pool.ConnectionPool',
        'Connection validation failed, discarding connection: Connection refused: inventory.cluster-c8x2k1hq0f3z.eu-west-1.rds.amazonaws.com/10.40.12.87:3306',
      ),
      boot(
        '06:41:31.880',
        'INFO',
        'inventory-service',
        `ctor-http-nio-2`,
        'c.r.inventory.StockHandler',
        'stock read sku=RC-118310 available=42 in 3ms',
      ),
      times(70, (i) =>
        i % 3 === 0
          ? boot(
              `${at(6, 42, i * 79)}.${String(100 + i * 7).slice(0, 3)}`,
              'ERROR',
              'inventory-service',
              `ctor-tcp-nio-${1 + (i % 4)}`,
              'c.r.inventory.ReservationHandler',
              `reservation failed sku=RC-${118400 + i * 5}: io.r2dbc.spi.R2dbcPermissionDeniedException: [1290] [HY000] The MySQL server is running with the --read-only option so it cannot execute this statement`,
            )
          : boot(
              `${at(6, 42, i * 79)}.${String(100 + i * 7).slice(0, 3)}`,
              'INFO',
              'inventory-service',
              `ctor-http-nio-${1 + (i % 4)}`,
              'c.r.inventory.StockHandler',
              `stock read sku=RC-${118400 + i * 5} available=${(i * 13) % 90} in ${2 + (i % 4)}ms`,
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-magento-import-consumer-every-message-fails',
    family: 'stale-connection',
    source: 'https://github.com/bigbridge-nl/product-import/pull/46',
    signal: 'Alert',
    containers: [
      {
        name: 'consumer',
        running: { startedAt: '2026-02-10T17:45:20Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '1G' },
        args: ['php', 'bin/magento', 'queue:consumers:start', 'supplier.product.import', '--single-thread'],
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitMQQueueGrowing: queue supplier.product.import 18422 ready messages, 1 consumer, ack rate 0/s for 5h (vhost magento)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(8, (i) =>
        mono(
          `${at(3, 2, i * 41)}.${String(110000 + i * 9091).slice(0, 6)}`,
          'main',
          'INFO',
          `BigBridge product import: batch ${8120 + i} done, ${250} products, ${3 + (i % 3)} warnings`,
        ),
      ),
      mono(
        '03:12:44.902117',
        'main',
        'CRITICAL',
        'SQLSTATE[HY000]: General error: 2013 Lost connection to MySQL server during query',
        '{"exception":"[object] (PDOException(code: HY000): SQLSTATE[HY000]: General error: 2013 Lost connection to MySQL server during query at /var/www/html/vendor/bigbridge/product-import/src/Model/Db/Magento2DbConnection.php:84)"}',
      ),
      times(60, (i) =>
        mono(
          `${at(3, 14, i * 293)}.${String(200000 + i * 7001).slice(0, 6)}`,
          'main',
          'CRITICAL',
          'SQLSTATE[HY000]: General error: 2006 MySQL server has gone away',
          `{"exception":"[object] (PDOException(code: HY000): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away at /var/www/html/vendor/bigbridge/product-import/src/Model/Db/Magento2DbConnection.php:84)\\n#0 /var/www/html/vendor/bigbridge/product-import/src/Model/Db/Magento2DbConnection.php(84): PDOStatement->execute()\\n#1 /var/www/html/vendor/bigbridge/product-import/src/Model/Storage/ProductStorage.php(${212 + (i % 3)}): BigBridge\\\\ProductImport\\\\Model\\\\Db\\\\Magento2DbConnection->fetchMap()\\n#2 /var/www/html/vendor/bigbridge/product-import/src/Api/Importer.php(131): BigBridge\\\\ProductImport\\\\Model\\\\Storage\\\\ProductStorage->storeProducts()"}`,
        ),
      ),
      mono(
        '08:12:03.551021',
        'main',
        'INFO',
        'Consumer supplier.product.import: message 9c1d7e20-4b3a-4f1e-8a2d-5e6f7a8b9c0d rejected, requeued',
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-search-indexer-lag',
    family: 'wedged-consumer',
    source: 'https://github.com/confluentinc/confluent-kafka-go/issues/344',
    signal: 'Alert',
    containers: [
      {
        name: 'search-indexer',
        running: { startedAt: '2026-02-09T19:32:47Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BROKERS:
            'b-1.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9094,b-2.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9094',
          KAFKA_GROUP_ID: 'search-indexer',
          KAFKA_TOPICS: 'catalog.product-changed.v2',
          MEILI_URL: 'http://meilisearch.search.svc:7700',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLag: group search-indexer lag 212480 on catalog.product-changed.v2 and rising for 2h (members: 2 of 3)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(12, (i) =>
        zap(
          `${at(5, 40, i * 53)}.${String(100 + i * 19).slice(0, 3)}`,
          'info',
          'indexer/batch.go:88',
          'batch indexed',
          `"partition":${i % 4},"offset":${48211000 + i * 500},"docs":500,"meili_task":${881200 + i},"dur_ms":${640 + i * 11}`,
        ),
      ),
      zap(
        '05:51:40.118',
        'info',
        'indexer/batch.go:61',
        'flushing large batch',
        '"partition":2,"docs":5000,"reason":"price-change burst"',
      ),
      zap(
        '05:57:01.907',
        'warn',
        'indexer/meili.go:142',
        'meilisearch task still enqueued',
        '"meili_task":881219,"waited_s":320',
      ),
      '%4|1770789422.571|MAXPOLL|rdkafka#consumer-1| [thrd:main]: Application maximum poll interval (300000ms) exceeded by 212ms (adjust max.poll.interval.ms for long-running message processing): leaving group',
      zap(
        '05:57:09.442',
        'info',
        'indexer/batch.go:88',
        'batch indexed',
        '"partition":2,"offset":48217000,"docs":5000,"meili_task":881219,"dur_ms":329301',
      ),
      zap(
        '05:57:09.443',
        'warn',
        'indexer/commit.go:40',
        'commit failed',
        '"error":"Broker: Unknown member"',
      ),
      times(60, (i) =>
        zap(
          `${at(5, 58, i * 137)}.${String(100 + i * 13).slice(0, 3)}`,
          'debug',
          'indexer/loop.go:57',
          'poll returned no messages',
          `"assigned_partitions":[],"idle_polls":${(i + 1) * 137}`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-imaginary-not-ready',
    family: 'fd-leak',
    source: 'https://github.com/h2non/imaginary/issues/356',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'imaginary',
        running: { startedAt: '2026-01-19T06:51:02Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        args: [
          '-enable-url-source',
          '-allowed-origins',
          'https://media.retailco.example',
          '-concurrency',
          '20',
          '-p',
          '9000',
        ],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.8.31:9000/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 64,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.${2 + (i % 3)}.${30 + (i % 9)} - - [11/Feb/2026 ${at(7, 55, i * 11)}] "GET /resize?width=${[320, 640, 1280][i % 3]}&type=webp&url=https%3A%2F%2Fmedia.retailco.example%2Fcatalog%2F${104200 + i}.jpg HTTP/1.1" 200 ${18211 + i * 733} 0.0${31 + (i % 50)}`,
      ),
      times(45, (i) =>
        i % 5 === 4
          ? `10.42.${2 + (i % 3)}.${30 + (i % 9)} - - [11/Feb/2026 ${at(8, 1, i * 17)}] "GET /resize?width=640&type=webp&url=https%3A%2F%2Fmedia.retailco.example%2Fcatalog%2F${105000 + i}.jpg HTTP/1.1" 500 87 0.0${12 + (i % 40)}`
          : `2026/02/11 ${at(8, 1, i * 17)} http: Accept error: accept tcp [::]:9000: accept4: too many open files; retrying in ${[5, 10, 20, 40, 80, 160, 320, 640, 1000][i % 9]}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-cart-api-write-errors',
    family: 'db-failover',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        name: 'cart-api',
        running: { startedAt: '2026-02-07T13:25:49Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          REDIS_ADDR: 'carts.x1q9zk.ng.0001.euw1.cache.amazonaws.com:6379',
          REDIS_POOL_SIZE: '64',
          GOMEMLIMIT: '450MiB',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CartWriteErrors: cart-api PUT /v1/carts error ratio 0.93 over 10m (1 of 8 pods: cart-api-59c7d6f8b-w4nlp)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(14, (i) =>
        slog(
          `${at(7, 50, i * 23)}.${String(100 + i * 31).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"${i % 2 ? 'GET' : 'PUT'}","path":"/v1/carts/${(0x7a11c + i * 997).toString(16)}","status":200,"dur_ms":${1 + (i % 3)}`,
        ),
      ),
      slog(
        '07:58:12.004',
        'WARN',
        'redis command failed, retrying',
        '"cmd":"hset","attempt":1,"err":"read tcp 10.42.9.14:51882->10.40.31.12:6379: i/o timeout"',
      ),
      slog('07:58:26.771', 'WARN', 'redis command failed, retrying', '"cmd":"hset","attempt":1,"err":"EOF"'),
      times(80, (i) =>
        i % 2 === 0
          ? slog(
              `${at(7, 59, i * 21)}.${String(100 + i * 13).slice(0, 3)}`,
              'ERROR',
              'request',
              `"method":"PUT","path":"/v1/carts/${(0x7b200 + i * 577).toString(16)}","status":500,"dur_ms":1,"err":"READONLY You can't write against a read only replica."`,
            )
          : slog(
              `${at(7, 59, i * 21)}.${String(100 + i * 13).slice(0, 3)}`,
              'INFO',
              'request',
              `"method":"GET","path":"/v1/carts/${(0x7b200 + i * 577).toString(16)}","status":200,"dur_ms":1`,
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-checkout-bff-flags-stale',
    family: 'wedged-client',
    source: 'https://github.com/launchdarkly/ld-relay/issues/113',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout-bff',
        running: { startedAt: '2026-02-09T10:03:17Z' },
        ready: true,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          LD_RELAY_URI: 'http://ld-relay.feature-flags.svc:8030',
          LD_SDK_KEY_FILE: '/var/run/secrets/launchdarkly/sdk-key',
        },
        mounts: [{ volume: 'ld', path: '/var/run/secrets/launchdarkly' }],
      },
    ],
    volumes: [{ name: 'ld', secret: 'launchdarkly-sdk-key' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LaunchDarklyDataSourceOff: checkout-bff-6c8f7d9b5-lx7pq reports data source state OFF since 06:12 (1 of 6 pods; flag valentines-free-shipping served stale)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(10, (i) =>
        slog(
          `${at(6, 5, i * 37)}.${String(100 + i * 7).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"POST","path":"/checkout/summary","status":200,"dur_ms":${38 + i * 3}`,
        ),
      ),
      '[LaunchDarkly] 2026/02/11 06:12:38 WARN: Error in stream connection (will retry): EOF',
      '[LaunchDarkly] 2026/02/11 06:12:38 INFO: Reconnecting in 0.7156 secs',
      '[LaunchDarkly] 2026/02/11 06:12:39 ERROR: Error in stream connection (giving up permanently): HTTP error 401 (invalid SDK key)',
      slog(
        '06:12:39.412',
        'WARN',
        'launchdarkly data source status changed',
        '"state":"OFF","error_kind":"ERROR_RESPONSE","status_code":401',
      ),
      times(26, (i) =>
        i % 4 === 3
          ? slog(
              `${at(6, 17, i * 269)}.${String(100 + i * 17).slice(0, 3)}`,
              'WARN',
              'launchdarkly data source not valid',
              '"state":"OFF","since":"2026-02-11T06:12:39Z","flags_last_updated":"2026-02-11T06:09:51Z"',
            )
          : slog(
              `${at(6, 17, i * 269)}.${String(100 + i * 17).slice(0, 3)}`,
              'INFO',
              'request',
              `"method":"POST","path":"/checkout/summary","status":200,"dur_ms":${41 + (i % 7) * 4}`,
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-returns-worker-backlog',
    family: 'expired-credentials',
    source: 'https://github.com/aws/aws-sdk-go/issues/4879',
    signal: 'Alert',
    containers: [
      {
        name: 'returns-worker',
        running: { startedAt: '2026-02-10T20:05:12Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          AWS_REGION: 'eu-west-1',
          RETURNS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/418295310662/returns-requested',
          ASSUME_ROLE_ARN: 'arn:aws:iam::418295310662:role/returns-worker-queue',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SQSQueueBacklog: returns-requested oldest message 1460s (threshold 600s), 1 consumer',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        zap(
          `${at(7, 58, i * 19)}.${String(100 + i * 23).slice(0, 3)}`,
          'info',
          'worker/returns.go:66',
          'return processed',
          `"rma":"RMA-2026-${88120 + i}","order":"1004${47100 + i * 3}","items":${1 + (i % 3)},"label":"dhl"`,
        ),
      ),
      times(70, (i) =>
        zap(
          `${at(8, 5, 31 + i * 19)}.${String(100 + i * 7).slice(0, 3)}`,
          'error',
          'worker/poll.go:41',
          'receive failed',
          `"queue":"returns-requested","error":"ExpiredToken: The security token included in the request is expired\\n\\tstatus code: 403, request id: ${(0x12c88087 + i * 65537).toString(16)}-5b8d-5054-aa22-cf08d63f${(0x5dd9 + i).toString(16)}","backoff":"${Math.min(2 ** (i % 6), 30)}s"`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyfifth-catalog-full-reindex-silent',
    family: 'long-task',
    source: 'https://github.com/magento/magento2/issues/7963',
    signal: 'Alert',
    containers: [
      {
        name: 'reindex',
        running: { startedAt: '2026-02-11T07:12:04Z' },
        ready: true,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '4G' },
        args: ['/usr/local/bin/full-reindex.sh'],
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeJobNotCompleted: Job commerce/catalog-full-reindex-29514912 is taking more than 1 hour to complete.',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[full-reindex] 07:12:04 supplier import finished at 07:09 (412087 products touched), starting bin/magento indexer:reindex',
      'Design Config Grid index has been rebuilt successfully in 00:00:01',
      'Customer Grid index has been rebuilt successfully in 00:00:19',
      'Category Products index has been rebuilt successfully in 00:02:44',
      'Product Categories index has been rebuilt successfully in 00:00:03',
      'Catalog Rule Product index has been rebuilt successfully in 00:01:12',
      'Product EAV index has been rebuilt successfully in 00:09:31',
      'Stock index has been rebuilt successfully in 00:00:48',
      'Inventory index has been rebuilt successfully in 00:00:52',
      'Catalog Product Rule index has been rebuilt successfully in 00:00:02',
      'Product Price index has been rebuilt successfully in 00:06:27',
      times(
        11,
        (i) =>
          `[full-reindex] ${at(7, 35 + i * 5, 1)} pid 31 alive, elapsed ${at(0, 23 + i * 5, 0)}, cpu ${96 + (i % 4)}.${i % 10}%, rss ${(2.1 + i * 0.12).toFixed(2)}G, current indexer catalogsearch_fulltext, scope rows written ${(186000 + i * 61450).toLocaleString('en-US')}`,
      ),
      'Catalog Search index ',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    id: 'thirtyfifth-pricing-api-killed-while-starting',
    family: 'slow-start',
    source: 'https://github.com/egovernments/DIGIT-DevOps/pull/4893',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing-api', 143, 7),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '250m',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -XX:+UseSerialGC',
          SPRING_PROFILES_ACTIVE: 'prod',
          PRICE_CACHE_WARMUP: 'full',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.19.77:8081/actuator/health/liveness": dial tcp 10.42.19.77:8081: connect: connection refused',
        type: 'Warning',
        count: 21,
      },
      {
        reason: 'Killing',
        message: 'Container pricing-api failed liveness probe, will be restarted',
        count: 7,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container pricing-api in pod pricing-api-8b6d9c7f5-t9m2w_pricing(5e0c1d2a-7f3b-4c9e-8a1d-2b3c4d5e6f70)',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '',
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      '',
      ' :: Spring Boot ::                (v3.3.5)',
      '',
      boot(
        '08:24:31.902',
        'INFO',
        'pricing-api',
        'main',
        'c.r.pricing.PricingApplicationKt',
        'Starting PricingApplicationKt v4.12.0 using Java 21.0.5 with PID 1',
      ),
      boot(
        '08:24:31.988',
        'INFO',
        'pricing-api',
        'main',
        'c.r.pricing.PricingApplicationKt',
        'The following 1 profile is active: "prod"',
      ),
      boot(
        '08:24:44.310',
        'INFO',
        'pricing-api',
        'main',
        '.s.d.r.c.RepositoryConfigurationDelegate',
        'Bootstrapping Spring Data R2DBC repositories in DEFAULT mode.',
      ),
      boot(
        '08:24:46.871',
        'INFO',
        'pricing-api',
        'main',
        '.s.d.r.c.RepositoryConfigurationDelegate',
        'Finished Spring Data repository scanning in 2489 ms. Found 9 R2DBC repository interfaces.',
      ),
      boot(
        '08:25:03.114',
        'INFO',
        'pricing-api',
        'main',
        'c.r.pricing.cache.PriceCacheWarmer',
        'warming price cache (mode=full) from pricing.price_list_entries',
      ),
      boot(
        '08:25:19.842',
        'INFO',
        'pricing-api',
        'main',
        'c.r.pricing.cache.PriceCacheWarmer',
        'warmup progress 250000/1648212 entries',
      ),
      boot(
        '08:25:37.516',
        'INFO',
        'pricing-api',
        'main',
        'c.r.pricing.cache.PriceCacheWarmer',
        'warmup progress 500000/1648212 entries',
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtyfifth-storefront-product-pages-500',
    family: 'dependency-down',
    source: 'https://github.com/vercel/next.js/issues/49896',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-10T19:40:02Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          CATALOG_GRAPHQL_URL: 'http://catalog-graphql.catalog.svc/graphql',
          NEXT_CACHE_HANDLER: 'redis',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: storefront 5xx ratio 0.64 over 5m (routes /p/[slug], /c/[...path])',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        pino(
          at(8, 6, i * 9),
          (i * 137) % 1000,
          30,
          'request completed',
          `"req":{"method":"GET","url":"/p/${['linen-shirt', 'wool-coat', 'silk-scarf', 'leather-belt'][i % 4]}-${2200 + i}"},"res":{"statusCode":200},"responseTime":${120 + i * 7}`,
        ),
      ),
      pino(
        '08:09:12',
        404,
        50,
        'TypeError: fetch failed',
        '"err":{"type":"TypeError","message":"fetch failed","stack":"TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\\n    at async getProduct (/app/.next/server/chunks/8812.js:1:4410)","cause":{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"172.20.141.9","port":80}}',
      ),
      times(60, (i) =>
        i % 3 === 0
          ? pino(
              at(8, 9, 14 + i * 11),
              (i * 211) % 1000,
              50,
              'TypeError: fetch failed',
              '"err":{"type":"TypeError","message":"fetch failed","cause":{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"172.20.141.9","port":80}}',
            )
          : i % 3 === 1
            ? pino(
                at(8, 9, 14 + i * 11),
                (i * 211) % 1000,
                30,
                'request completed',
                `"req":{"method":"GET","url":"/p/${['linen-shirt', 'wool-coat', 'silk-scarf', 'leather-belt'][i % 4]}-${2300 + i}"},"res":{"statusCode":500},"responseTime":${3 + (i % 4)}`,
              )
            : pino(
                at(8, 9, 14 + i * 11),
                (i * 211) % 1000,
                30,
                'request completed',
                `"req":{"method":"GET","url":"/_next/static/chunks/${(0x5c1f + i).toString(16)}.js"},"res":{"statusCode":200},"responseTime":1`,
              ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- memory (3 raises right, 3 wrong)
  {
    id: 'thirtyfifth-thumbor-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/thumbor/thumbor/issues/1479',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'thumbor',
        running: { startedAt: '2026-02-11T08:21:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          THUMBOR_NUM_PROCESSES: '1',
          ENGINE: 'thumbor.engines.pil',
          LOADER: 'thumbor_aws.loader',
          RESULT_STORAGE: 'thumbor_aws.result_storage',
          MAX_WIDTH: '2400',
          MAX_HEIGHT: '2400',
        },
      },
    ],
    events: [{ reason: 'Started', message: 'Started container thumbor', count: 7 }],
    previousLog: log(
      times(24, (i) =>
        i % 3 === 0
          ? `2026-02-11 ${at(8, 12, i * 17)} thumbor:DEBUG METRICS: inc: original_image.response_bytes:${2811000 + i * 91733}`
          : i % 3 === 1
            ? `2026-02-11 ${at(8, 12, i * 17)} thumbor:DEBUG METRICS: timing: original_image.fetch.200.retailco-media-originals:${41 + (i % 7) * 5}`
            : `2026-02-11 ${at(8, 12, i * 17)} tornado.access:INFO 200 GET /${(0x4be1 + i).toString(36)}Kx2=/fit-in/800x800/filters:format(webp)/catalog/${104300 + i}.jpg (10.42.${3 + (i % 2)}.${50 + (i % 8)}) ${88 + i * 3}.${i % 10}1ms`,
      ),
      '2026-02-11 08:19:44 thumbor:DEBUG METRICS: inc: storage.miss:1',
      '2026-02-11 08:19:44 thumbor:DEBUG METRICS: timing: original_image.fetch.200.retailco-media-originals:311',
      '2026-02-11 08:19:44 thumbor:DEBUG METRICS: inc: original_image.response_bytes:31457113',
      '2026-02-11 08:19:45 tornado.access:INFO 200 GET /Qm1x0=/fit-in/1600x1600/filters:format(webp)/editorial/spring26/look-014.jpg (10.42.4.51) 1884.20ms',
      '2026-02-11 08:20:57 thumbor:DEBUG METRICS: inc: original_image.response_bytes:29884410',
      '2026-02-11 08:20:58 tornado.access:INFO 200 GET /Zr7pA=/fit-in/800x800/filters:format(webp)/editorial/spring26/look-022.jpg (10.42.3.55) 1702.88ms',
      '2026-02-11 08:21:36 thumbor:DEBUG METRICS: inc: storage.miss:1',
      '2026-02-11 08:21:36 thumbor:DEBUG METRICS: inc: original_image.response_bytes:33120577',
      '2026-02-11 08:21:36 thumbor:DEBUG METRICS: inc: storage.miss:1',
      '2026-02-11 08:21:37 thumbor:DEBUG METRICS: inc: original_image.response_bytes:30981244',
    ),
    currentLog: log(
      '2026-02-11 08:21:41 thumbor:INFO thumbor running at 0.0.0.0:8888',
      times(
        12,
        (i) =>
          `2026-02-11 ${at(8, 22, i * 9)} tornado.access:INFO 200 GET /${(0x51f2 + i).toString(36)}Pq9=/fit-in/400x400/filters:format(webp)/catalog/${104500 + i}.jpg (10.42.${3 + (i % 2)}.${50 + (i % 8)}) ${61 + i * 4}.${i % 10}3ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtyfifth-storefront-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/kenlasko/monize/issues/1002',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T08:22:10Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '384Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          CATALOG_GRAPHQL_URL: 'http://catalog-graphql.catalog.svc/graphql',
          NEXT_CACHE_HANDLER: 'redis',
        },
        args: ['node', 'server.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ContainerMemoryNearLimit: storefront working set p95 371Mi of 384Mi across 18 pods since 07:30 (request rate 2.8x the same hour last week)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '  ▲ Next.js 14.2.5',
      '  - Local:        http://storefront-7f6c9d8b4-pz2mk:3000',
      '  - Network:      http://10.42.12.40:3000',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 402ms',
      times(80, (i) =>
        pino(
          at(7, 58, i * 17),
          (i * 173) % 1000,
          30,
          'request completed',
          `"req":{"method":"GET","url":"${i % 5 === 0 ? `/c/valentines/${['for-her', 'for-him', 'jewellery', 'gift-sets'][i % 4]}?page=${1 + (i % 3)}` : `/p/${['rose-gold-pendant', 'cashmere-scarf', 'silk-pyjamas', 'leather-wallet'][i % 4]}-${3100 + i}`}"},"res":{"statusCode":200},"responseTime":${140 + (i % 11) * 9}`,
        ),
      ),
    ),
    currentLog: log(
      '  ▲ Next.js 14.2.5',
      '  - Local:        http://storefront-7f6c9d8b4-pz2mk:3000',
      '  - Network:      http://10.42.12.40:3000',
      '',
      ' ✓ Starting...',
      ' ✓ Ready in 391ms',
      times(30, (i) =>
        pino(
          at(8, 22, 12 + i * 9),
          (i * 97) % 1000,
          30,
          'request completed',
          `"req":{"method":"GET","url":"/p/${['rose-gold-pendant', 'cashmere-scarf', 'silk-pyjamas', 'leather-wallet'][i % 4]}-${3300 + i}"},"res":{"statusCode":200},"responseTime":${150 + (i % 9) * 11}`,
        ),
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtyfifth-promotions-service-crashloop',
    family: 'heap-percentage',
    source: 'https://github.com/Azure/azure-sdk-for-java/issues/26892',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('promotions-service', 3, 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
          PROMO_RULES_SOURCE: 'r2dbc',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container promotions-service in pod promotions-service-5d7b8c9f6-m4vq8_commerce(a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d)',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      boot(
        '08:18:02.441',
        'INFO',
        'promotions',
        'main',
        'c.r.promotions.PromotionsApplicationKt',
        'Starting PromotionsApplicationKt v3.8.2 using Java 21.0.5 with PID 1',
      ),
      boot(
        '08:18:02.502',
        'INFO',
        'promotions',
        'main',
        'c.r.promotions.PromotionsApplicationKt',
        'The following 1 profile is active: "prod"',
      ),
      boot(
        '08:18:07.915',
        'INFO',
        'promotions',
        'main',
        'o.s.b.web.embedded.netty.NettyWebServer',
        'Netty started on port 8080 (http)',
      ),
      boot(
        '08:18:07.933',
        'INFO',
        'promotions',
        'main',
        'c.r.promotions.PromotionsApplicationKt',
        'Started PromotionsApplicationKt in 6.211 seconds (process running for 6.902)',
      ),
      boot(
        '08:18:08.114',
        'INFO',
        'promotions',
        'parallel-1',
        'c.r.promotions.rules.RuleSetLoader',
        'loading active promotion rules',
      ),
      boot(
        '08:18:31.702',
        'INFO',
        'promotions',
        'parallel-1',
        'c.r.promotions.rules.RuleSetLoader',
        'loaded 41288 active rules (campaign valentines-2026: 32104, always-on: 9184), compiled into 1.9M eligibility entries',
      ),
      times(20, (i) =>
        boot(
          `${at(8, 18, 32 + i * 3)}.${String(100 + i * 37).slice(0, 3)}`,
          'INFO',
          'promotions',
          `ctor-http-nio-${1 + (i % 4)}`,
          'c.r.promotions.api.EvaluateHandler',
          `evaluated cart=${(0xa91c + i * 313).toString(16)} lines=${2 + (i % 5)} matched=${i % 4} in ${14 + (i % 6) * 3}ms`,
        ),
      ),
      boot(
        '08:19:41.118',
        'ERROR',
        'promotions',
        'actor-tcp-nio-2',
        'r.n.channel.ChannelOperationsHandler',
        '[5a7d1e0c, L:/10.42.14.22:48812 - R:promotions.cluster-c8x2k1hq0f3z.eu-west-1.rds.amazonaws.com/10.40.12.87:3306] Error was received while reading the incoming data. The connection will be closed.',
      ),
      'java.lang.OutOfMemoryError: Java heap space',
      boot(
        '08:19:41.131',
        'ERROR',
        'promotions',
        'actor-tcp-nio-2',
        'i.a.r2dbc.mysql.client.ReactorNettyClient',
        'Connection Error',
      ),
      'reactor.netty.ReactorNetty$InternalNettyException: java.lang.OutOfMemoryError: Java heap space',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtyfifth-attribute-update-consumer-crashloop',
    family: 'runtime-memory-cap',
    source: 'https://github.com/firegento/firegento-dynamiccategory/issues/52',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('consumer', 255, 6),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '1G' },
        args: [
          'php',
          '-d',
          'memory_limit=1G',
          'bin/magento',
          'queue:consumers:start',
          'product_action_attribute.update',
          '--single-thread',
        ],
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    previousLog: log(
      mono('08:16:02.118204', 'main', 'INFO', 'Consumer product_action_attribute.update started'),
      mono(
        '08:16:02.441933',
        'main',
        'INFO',
        'Bulk operation 7f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b: Update attributes for 48211 selected products (status, news_from_date, special_price)',
      ),
      'PHP Fatal error:  Allowed memory size of 1073741824 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/magento/framework/DB/Statement/Pdo/Mysql.php on line 91',
      '',
      'Fatal error: Allowed memory size of 1073741824 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/magento/framework/DB/Statement/Pdo/Mysql.php on line 91',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-recommendations-oomkilled-every-half-hour',
    family: 'oom-leak',
    source: 'https://github.com/sacloud/sakuracloud_exporter/issues/18',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'recommendations',
        running: { startedAt: '2026-02-11T08:19:05Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 17,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { FEATURE_STORE_URL: 'http://feature-store.ml.svc:8080', MODEL_PATH: '/models/reco-2026-02-09' },
      },
    ],
    previousLog: log(
      slog('07:43:58.901', 'INFO', 'listening', '"addr":":8080","model":"reco-2026-02-09","build":"2.3.1"'),
      times(34, (i) =>
        slog(
          `${at(7, 44, i * 60)}.${String(100 + i * 3).slice(0, 3)}`,
          'INFO',
          'runtime',
          `"goroutines":${1204 + i * 2531},"heap_alloc_mb":${58 + i * 12},"sys_mb":${71 + i * 13},"num_gc":${40 + i * 9},"open_conns_feature_store":${12 + i * 2517}`,
        ),
      ),
      times(20, (i) =>
        slog(
          `${at(8, 18, i * 3)}.${String(100 + i * 11).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"GET","path":"/v1/recommendations","user":"u_${88120 + i * 17}","status":200,"dur_ms":${22 + (i % 9)}`,
        ),
      ),
    ),
    currentLog: log(
      slog('08:19:06.004', 'INFO', 'listening', '"addr":":8080","model":"reco-2026-02-09","build":"2.3.1"'),
      times(10, (i) =>
        slog(
          `${at(8, 19, 6 + i * 60)}.${String(200 + i * 3).slice(0, 3)}`,
          'INFO',
          'runtime',
          `"goroutines":${1198 + i * 2544},"heap_alloc_mb":${57 + i * 12},"sys_mb":${70 + i * 13},"num_gc":${39 + i * 9},"open_conns_feature_store":${11 + i * 2531}`,
        ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyfifth-reviews-api-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/adamfisk/LittleProxy/issues/177',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('reviews-api', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '1',
        env: { JAVA_OPTS: '-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError', KTOR_ENV: 'prod' },
      },
    ],
    previousLog: log(
      ktor(
        '08:20:14.902',
        'main',
        'INFO',
        'ktor.application',
        'Autoreload is disabled because the development mode is off.',
      ),
      ktor('08:20:16.118', 'main', 'INFO', 'ktor.application', 'Application started in 1.204 seconds.'),
      ktor(
        '08:20:16.341',
        'DefaultDispatcher-worker-1',
        'INFO',
        'ktor.application',
        'Responding at http://0.0.0.0:8080',
      ),
      times(30, (i) =>
        ktor(
          `${at(8, 20, 17 + i * 4)}.${String(100 + i * 29).slice(0, 3)}`,
          `eventLoopGroupProxy-4-${1 + (i % 4)}`,
          'INFO',
          'ktor.application',
          `200 OK: GET - /v1/products/RC-${118000 + i * 13}/reviews?page=${1 + (i % 4)}&size=${[20, 50, 200][i % 3]} in ${31 + (i % 8) * 14}ms`,
        ),
      ),
      ktor(
        '08:22:21.004',
        'eventLoopGroupProxy-4-3',
        'INFO',
        'ktor.application',
        'GET /v1/products/RC-100017/reviews/export?format=json (all 284113 reviews)',
      ),
      'Exception in thread "eventLoopGroupProxy-4-3" java.lang.OutOfMemoryError: Java heap space',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks (3 right, 1 wrong)
  {
    id: 'thirtyfifth-storefront-crashloop-after-deploy',
    family: 'bad-deploy',
    source: 'https://github.com/code100x/tiplink/issues/94',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('storefront', 1, 5),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', PORT: '3000' },
        args: ['npm', 'run', 'start'],
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    previousLog: log(
      '',
      '> storefront@4.18.0 start',
      '> next start -p 3000',
      '',
      '  ▲ Next.js 14.2.5',
      '  - Local:        http://localhost:3000',
      '',
      ' ✓ Starting...',
      "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server. https://nextjs.org/docs/messages/production-start-no-build-id",
      '    at setupFsCheck (/app/node_modules/next/dist/server/lib/router-utils/filesystem.js:151:19)',
      '    at async initialize (/app/node_modules/next/dist/server/lib/router-server.js:61:23)',
      '    at async Server.<anonymous> (/app/node_modules/next/dist/server/lib/start-server.js:249:36)',
      'npm notice',
      'npm notice New minor version of npm available! 10.8.2 -> 10.9.2',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfifth-pricing-gateway-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/spring-projects/spring-boot/issues/31532',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('pricing-gateway', 1, 6),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', SPRING_PROFILES_ACTIVE: 'prod' },
      },
    ],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    previousLog: log(
      boot(
        '08:25:48.102',
        'INFO',
        'pricing-gateway',
        'main',
        'c.r.gateway.PricingGatewayApplicationKt',
        'Starting PricingGatewayApplicationKt v2.3.1 using Java 21.0.5 with PID 1',
      ),
      boot(
        '08:25:48.166',
        'INFO',
        'pricing-gateway',
        'main',
        'c.r.gateway.PricingGatewayApplicationKt',
        'The following 1 profile is active: "prod"',
      ),
      boot(
        '08:25:51.774',
        'INFO',
        'pricing-gateway',
        'main',
        'o.s.cloud.context.scope.GenericScope',
        'BeanFactory id=4b7a1e2c-9d3f-3c5b-8e6a-1f2d3c4b5a69',
      ),
      boot(
        '08:25:53.018',
        'WARN',
        'pricing-gateway',
        'main',
        'onfigReactiveWebServerApplicationContext',
        'Exception encountered during context initialization - cancelling refresh attempt: org.springframework.context.ApplicationContextException: Unable to start reactive web server',
      ),
      boot('08:25:53.041', 'INFO', 'pricing-gateway', 'main', '.s.b.a.l.ConditionEvaluationReportLogger', ''),
      '',
      "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled.",
      boot('08:25:53.062', 'ERROR', 'pricing-gateway', 'main', 'o.s.b.d.LoggingFailureAnalysisReporter', ''),
      '',
      '***************************',
      'APPLICATION FAILED TO START',
      '***************************',
      '',
      'Description:',
      '',
      'Web application could not be started as there was no org.springframework.boot.web.reactive.server.ReactiveWebServerFactory bean defined in the context.',
      '',
      'Action:',
      '',
      "Check your application's dependencies for a supported reactive web server.",
      'Check the configured web application type.',
      '',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfifth-shopware-storefront-crashloop',
    family: 'bad-config',
    source: 'https://github.com/kellerkinderDE/devenv-shopware/pull/93',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('php-fpm', 1, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          APP_ENV: 'prod',
          SHOPWARE_ES_ENABLED: '1',
          SHOPWARE_ES_HOSTS: 'https://vpc-catalog-search-7x2k.eu-west-1.es.amazonaws.com:443',
          SHOPWARE_ES_INDEX_PREFIX: 'sw_prod',
        },
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T08:21:03Z' },
        ready: false,
        memoryLimit: '128Mi',
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    previousLog: log(
      '[entrypoint] Shopware 6.5.8.7 (image 2.3.1), APP_ENV=prod',
      '[entrypoint] running bin/console cache:warmup',
      '',
      'In EnvVarProcessor.php line 187:',
      '                                                     ',
      '  Environment variable not found: "OPENSEARCH_URL".  ',
      '                                                     ',
      '',
      'cache:warmup [--no-optional-warmers]',
      '',
      '[entrypoint] cache:warmup failed with status 1, not starting php-fpm',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtyfifth-magento-web-new-replica-not-ready',
    family: 'rotated-secret',
    source: 'https://github.com/sysown/proxysql/issues/4576',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-11T08:17:40Z' },
        ready: false,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { MAGE_MODE: 'production', PHP_MEMORY_LIMIT: '2G', DB_HOST: 'proxysql.data.svc:6033' },
        mounts: [{ volume: 'db-credentials', path: '/var/run/secrets/magento-db' }],
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-11T08:17:39Z' },
        ready: true,
        memoryLimit: '128Mi',
      },
    ],
    volumes: [{ name: 'db-credentials', secret: 'magento-db' }],
    rollout: { minutesAgo: 170, previousTag: '2.3.0' },
    events: [
      {
        reason: 'SuccessfulRescale',
        message: 'New size: 16; reason: cpu resource utilization (percentage of request) above target',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 38,
      },
    ],
    currentLog: log(
      '[entrypoint] Magento 2.4.7-p3 (image 2.3.1), MAGE_MODE=production',
      '[entrypoint] app/etc/env.php rendered from /var/run/secrets/magento-db (secret resourceVersion 81244719, updated 2026-02-11T08:05:12Z)',
      `[11-Feb-2026 08:17:41] NOTICE: fpm is running, pid 1`,
      `[11-Feb-2026 08:17:41] NOTICE: ready to handle connections`,
      times(36, (i) =>
        i % 2 === 0
          ? mono(
              `${at(8, 17, 50 + i * 19)}.${String(100000 + i * 3119).slice(0, 6)}`,
              'main',
              'CRITICAL',
              "SQLSTATE[HY000] [1045] ProxySQL Error: Access denied for user 'magento'@'10.42.7.31' (using password: YES)",
              `{"exception":"[object] (Zend_Db_Adapter_Exception(code: 1045): SQLSTATE[HY000] [1045] ProxySQL Error: Access denied for user 'magento'@'10.42.7.31' (using password: YES) at /var/www/html/vendor/magento/zendframework1/library/Zend/Db/Adapter/Pdo/Abstract.php:128)\\n[previous exception] [object] (PDOException(code: 1045): SQLSTATE[HY000] [1045] ProxySQL Error: Access denied for user 'magento'@'10.42.7.31' (using password: YES) at /var/www/html/vendor/magento/zendframework1/library/Zend/Db/Adapter/Pdo/Abstract.php:128)"}`,
            )
          : access(
              '10.40.23.118',
              at(8, 17, 50 + i * 19),
              'GET /health_check.php',
              503,
              0,
              'kube-probe/1.31',
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'thirtyfifth-storefront-latency-campaign',
    family: 'load',
    source: 'https://github.com/kubernetes/kubernetes/issues/59888',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T06:40:12Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          CATALOG_GRAPHQL_URL: 'http://catalog-graphql.catalog.svc/graphql',
          NEXT_CACHE_HANDLER: 'redis',
        },
        args: ['node', 'server.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA commerce/storefront has been running at max replicas for longer than 15 minutes.',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'StorefrontLatencyHigh: p95 3.6s over 10m (objective 800ms); requests 3.3x the same hour last week',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(90, (i) =>
        i % 15 === 14
          ? pino(
              at(8, 10, i * 11),
              (i * 61) % 1000,
              40,
              'event loop delay high',
              `"p99_ms":${310 + (i % 4) * 60},"cpu_throttled_pct":${38 + (i % 5) * 4}`,
            )
          : pino(
              at(8, 10, i * 11),
              (i * 61) % 1000,
              30,
              'request completed',
              `"req":{"method":"GET","url":"${i % 4 === 0 ? `/c/valentines/${['for-her', 'for-him', 'jewellery', 'gift-sets'][(i / 4) % 4]}` : `/p/${['rose-gold-pendant', 'cashmere-scarf', 'silk-pyjamas', 'leather-wallet'][i % 4]}-${3400 + i}`}"},"res":{"statusCode":200},"responseTime":${900 + i * 31}`,
            ),
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtyfifth-order-projections-consumer-lag',
    family: 'load',
    source: 'https://github.com/strimzi/strimzi.github.io/pull/212',
    signal: 'Alert',
    containers: [
      {
        name: 'order-projections',
        running: { startedAt: '2026-02-10T14:02:55Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          KAFKA_BROKERS:
            'b-1.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9098,b-2.retail-msk.x7k2qa.c4.kafka.eu-west-1.amazonaws.com:9098',
          KAFKA_GROUP: 'order-projections',
          KAFKA_TOPIC: 'orders.v1',
          SCYLLA_HOSTS: 'scylla-client.scylla.svc:9042',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLag: group order-projections lag 412300 on orders.v1 (24 partitions, 8 members) and rising; consume 3.6k/s, produce 11.2k/s',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[INFO] assigned partitions; group: order-projections; added: orders.v1[3 11 19]',
      times(60, (i) =>
        zap(
          `${at(8, 0, i * 29)}.${String(100 + i * 17).slice(0, 3)}`,
          'info',
          'projector/batch.go:73',
          'batch applied',
          `"partition":${[3, 11, 19][i % 3]},"records":500,"upserts":${1480 + (i % 7) * 11},"dur_ms":${1090 + (i % 9) * 14},"lag":${17100 + i * 211}`,
        ),
      ),
      zap(
        '08:29:02.118',
        'info',
        'projector/stats.go:28',
        'throughput',
        '"window":"60s","records":27012,"per_s":450,"cpu_pct":97',
      ),
    ),
    accept: ['scale-up'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'thirtyfifth-checkout-api-pod-unreachable',
    family: 'node-failure',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/9226',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'checkout-api',
        running: { startedAt: '2026-02-11T03:02:10Z' },
        ready: false,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { GOMEMLIMIT: '900MiB', GOMAXPROCS: '2', CART_REDIS_ADDR: 'cart-redis.cache.svc:6379' },
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
      taints: [
        'node.kubernetes.io/unreachable:NoExecute',
        'node.kubernetes.io/unreachable:NoSchedule',
        'karpenter.sh/disrupted:NoSchedule',
      ],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod commerce/checkout-api-6d8c9f7b4-h2x9k',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        slog(
          `${at(8, 1, i * 7)}.${String(100 + i * 29).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"POST","path":"/v1/checkout/${['validate', 'quote', 'place'][i % 3]}","status":200,"dur_ms":${24 + (i % 8) * 6}`,
        ),
      ),
      times(8, (i) =>
        slog(
          `${at(8, 4, 33 + i * 9)}.${String(100 + i * 31).slice(0, 3)}`,
          'INFO',
          'request',
          `"method":"POST","path":"/v1/checkout/quote","status":200,"dur_ms":${29 + i * 4}`,
        ),
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'thirtyfifth-imgproxy-evicted',
    family: 'node-disk',
    source: 'https://github.com/kubernetes/kubernetes/issues/71869',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'imgproxy',
        terminated: { reason: 'Evicted', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          IMGPROXY_USE_S3: 'true',
          IMGPROXY_MAX_SRC_RESOLUTION: '50',
          IMGPROXY_CONCURRENCY: '8',
          IMGPROXY_TTL: '31536000',
        },
      },
    ],
    node: {
      ready: 'True',
      conditions: [
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 8589934592, available: 6815744Ki. Container imgproxy was using 2104Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container imgproxy' },
      {
        reason: 'FreeDiskSpaceFailed',
        message:
          'Failed to garbage collect required amount of images. Attempted to free 12884901888 bytes, but only found 0 bytes eligible to free.',
        type: 'Warning',
        count: 9,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO    [2026-02-11T${at(8, 2, i * 13)}Z] Completed in ${(18 + (i % 9) * 7).toString()}.${i % 10}ms /insecure/rs:fit:${[400, 800, 1200][i % 3]}:0/plain/s3://retailco-media-originals/catalog/${104700 + i}.jpg@webp request_id=${(0x1a2b3c + i * 977).toString(36)} method=GET status=200 client_ip=10.42.${4 + (i % 2)}.${60 + (i % 9)}`,
      ),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ---------------------------------------------------------------- cache flushes (1 right, 1 wrong)
  {
    id: 'thirtyfifth-magento-pages-503',
    family: 'cache-full',
    source: 'https://github.com/colinmollenhour/Cm_Cache_Backend_Redis/issues/109',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-09T14:02:11Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          MAGE_MODE: 'production',
          PHP_MEMORY_LIMIT: '2G',
          CACHE_BACKEND: 'Magento\\Framework\\Cache\\Backend\\Redis',
          CACHE_REDIS_SERVER: 'magento-cache.cache.svc',
          PAGE_CACHE_REDIS_DB: '1',
          SESSION_SAVE: 'db',
        },
        mounts: [{ volume: 'env-php', path: '/var/www/html/app/etc/env.php' }],
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-09T14:02:10Z' },
        ready: true,
        memoryLimit: '128Mi',
      },
    ],
    volumes: [{ name: 'env-php', secret: 'magento-env-php' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HighHTTP5xxRate: magento-web 5xx ratio 0.58 over 5m; RedisMemoryFull: magento-cache used_memory 6.00G of maxmemory 6.00G (policy noeviction), keys 3.4M zc:k:* / zc:ti:*',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        access(
          `10.42.${1 + (i % 3)}.${20 + (i % 9)}`,
          at(8, 4, i * 13),
          `GET /catalog/category/view/id/${310 + (i % 40)}`,
          200,
          71234 + i * 11,
          'Mozilla/5.0',
        ),
      ),
      mono(
        '08:08:31.004117',
        'main',
        'CRITICAL',
        "OOM command not allowed when used memory > 'maxmemory'.",
        '{"exception":"[object] (CredisException(code: 0): OOM command not allowed when used memory > \'maxmemory\'. at /var/www/html/vendor/colinmollenhour/credis/Client.php:1157)\\n[previous exception] [object] (RedisException(code: 0): OOM command not allowed when used memory > \'maxmemory\'. at /var/www/html/vendor/colinmollenhour/credis/Client.php:1119)"}',
      ),
      times(60, (i) =>
        i % 3 === 0
          ? mono(
              `${at(8, 8, 40 + i * 17)}.${String(100000 + i * 5119).slice(0, 6)}`,
              'main',
              'CRITICAL',
              "OOM command not allowed when used memory > 'maxmemory'.",
              '{"exception":"[object] (CredisException(code: 0): OOM command not allowed when used memory > \'maxmemory\'. at /var/www/html/vendor/colinmollenhour/credis/Client.php:1157)"}',
            )
          : i % 3 === 1
            ? access(
                `10.42.${1 + (i % 3)}.${20 + (i % 9)}`,
                at(8, 8, 40 + i * 17),
                `GET /catalog/product/view/id/${20500 + i}`,
                503,
                1204,
                'Mozilla/5.0',
              )
            : access(
                `10.42.${1 + (i % 3)}.${20 + (i % 9)}`,
                at(8, 8, 40 + i * 17),
                `GET /static/version1770713000/frontend/RetailCo/default/en_US/css/styles-l.css`,
                200,
                88120,
                'Mozilla/5.0',
              ),
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'thirtyfifth-storefront-login-errors',
    family: 'redis-not-cache',
    source: 'https://github.com/rhubarbgroup/redis-cache/issues/530',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-02-10T09:31:44Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          APP_ENV: 'prod',
          REDIS_SESSION_URL: 'redis://shop-sessions.cache.svc:6379/0',
          PHP_SESSION_HANDLER: 'redis',
          SHOPWARE_CACHE_REDIS_URL: 'redis://shop-cache.cache.svc:6379/0',
        },
      },
      {
        name: 'nginx',
        running: { startedAt: '2026-02-10T09:31:43Z' },
        ready: true,
        memoryLimit: '128Mi',
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: shop-sessions used_memory 1.99G of maxmemory 2.00G (policy noeviction), 1.9M keys PHPREDIS_SESSION:*, 1.4M with a live cart token',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        access(
          `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
          at(8, 10, i * 17),
          i % 3 === 0
            ? 'POST /checkout/line-item/add'
            : `GET /detail/${(0x8c1d + i * 71).toString(16)}4e2b9a7c6d5e4f3a2b1c0d9e8f7a6`,
          200,
          30211 + i * 13,
          'Mozilla/5.0',
        ),
      ),
      mono(
        '08:15:02.318820',
        'request',
        'CRITICAL',
        'Uncaught PHP Exception RedisException: "OOM command not allowed when used memory > \'maxmemory\'." at /var/www/html/vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php line 73',
        '{"exception":"[object] (RedisException(code: 0): OOM command not allowed when used memory > \'maxmemory\'. at /var/www/html/vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php:73)"}',
      ),
      times(50, (i) =>
        i % 2 === 0
          ? mono(
              `${at(8, 15, 5 + i * 17)}.${String(100000 + i * 4441).slice(0, 6)}`,
              'request',
              'CRITICAL',
              'Uncaught PHP Exception RedisException: "OOM command not allowed when used memory > \'maxmemory\'." at /var/www/html/vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php line 73',
              '{"exception":"[object] (RedisException(code: 0): OOM command not allowed when used memory > \'maxmemory\'. at /var/www/html/vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php:73)"}',
            )
          : access(
              `10.42.${1 + (i % 3)}.${40 + (i % 7)}`,
              at(8, 15, 5 + i * 17),
              i % 4 === 1 ? 'POST /account/login' : 'POST /checkout/line-item/add',
              500,
              612,
              'Mozilla/5.0',
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
];
