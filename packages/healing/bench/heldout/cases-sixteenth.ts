import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 11);

/** 08:00:00 on the case's day; every line is dated in seconds after it. */
const BASE = Date.UTC(2026, 1, 11, 8, 0, 0);
const iso = (s: number): string => new Date(BASE + Math.round(s * 1000)).toISOString();
const hms = (s: number): string => iso(s).slice(11, 23);
const spaced = (s: number): string => iso(s).replace('T', ' ').slice(0, 23);
const comma = (s: number): string => spaced(s).replace('.', ',');
/** Serilog's compact JSON timestamp, with seven fractional digits. */
const clef = (s: number): string => iso(s).replace('Z', '0000Z');
const epoch = (s: number): number => Math.floor((BASE + s * 1000) / 1000);
const times = <T = string>(count: number, f: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => f(i));
const j = (o: unknown): string => JSON.stringify(o);
const ansi = (code: number, s: string): string => `\u001b[${code}m${s}\u001b[0m`;
const ip = (i: number): string => `10.42.${i % 7}.${(i * 37) % 250}`;
const reqId = (i: number): string =>
  `${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}-${(i * 7919).toString(16).padStart(4, '0')}-4c1e-9a${String(i % 100).padStart(2, '0')}-5f0b6a1e2c4d`;

/** Lines from several components, round-robin, as `kubectl logs --all-containers` interleaves them. */
function weave(...parts: string[][]): string[] {
  const out: string[] = [];
  const longest = Math.max(...parts.map((p) => p.length));
  for (let i = 0; i < longest; i++) for (const p of parts) if (i < p.length) out.push(p[i] as string);
  return out;
}

/** An Envoy sidecar's default access log: probes and service traffic, all healthy. */
const envoy = (count: number, from: number, port = 8080): string[] =>
  times(
    count,
    (i) =>
      `[${iso(from + i * 3)}] "GET /healthz HTTP/1.1" 200 - via_upstream - "-" 0 2 ${i % 4} ${i % 3} "-" "kube-probe/1.30" "${reqId(i)}" "${ip(i)}:${port}" "127.0.0.1:${port}" inbound|${port}|| 127.0.0.6:${41000 + i} ${ip(i)}:${port} ${ip(i + 3)}:${52000 + i} - default`,
  );

/** A multi-KB structured request log as API gateways emit them (headers, cart, trace context). */
function fatRequest(s: number, i: number): Record<string, unknown> {
  return {
    traceId: reqId(i).replace(/-/g, ''),
    remote: ip(i),
    method: 'POST',
    path: '/api/v2/checkout/quote',
    status: 200,
    headers: {
      'user-agent':
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
      accept: 'application/json, text/plain, */*',
      'accept-language': 'en-GB,en;q=0.9,de;q=0.8,fr;q=0.7',
      'x-forwarded-for': `${ip(i + 9)}, 172.16.4.${i % 200}`,
      'x-request-id': reqId(i),
      traceparent: `00-${reqId(i).replace(/-/g, '')}-${(i * 31).toString(16).padStart(16, '0')}-01`,
    },
    cart: times(
      24,
      (k) => `sku-${1000 + ((i * 13 + k * 7) % 900)}:qty=${(k % 3) + 1}:price=${((k * 317) % 9000) / 100}`,
    ),
    featureFlags: { newPricing: true, expressShipping: i % 2 === 0, loyaltyV3: false, giftWrap: i % 5 === 0 },
    durationMs: (i * 17) % 140,
    at: iso(s),
  };
}

/** The ten-minute CrashLoopBackOff of a container the kubelet restarts, as `kubectl describe` events. */
const backOff = (name: string, count = 41) => ({
  reason: 'BackOff',
  message: `Back-off restarting failed container ${name} in pod ${name}-6d8f9c7b54-x2k9q_prod(0f3a1c2e-5b7d-4e8f-9a10-2b3c4d5e6f70)`,
  count,
});

/**
 * A sixteenth batch, written without reading the catalog, its samples or the diagnosis code, and not
 * scored by its author: on-call noise in software the earlier batches do not use (Phoenix and Ecto,
 * Akka with Alpakka Kafka, Ktor with HikariCP and Liquibase, Go with slog and zerolog and pgx, Rust
 * with tracing and sqlx and rustls, Python with loguru and uvicorn, Node with winston, bunyan, pg and
 * BullMQ, Java with JUL and Log4j2's JSON layout, PHP with Monolog and PHP-FPM, .NET with Serilog's
 * compact JSON, Npgsql and the AWS SDK), each quoting the wording of a public issue thread, with
 * interleaved sidecars, multi-KB JSON lines, ANSI colour, warnings that are not the cause, and the
 * cause at the start, in the middle or only in the events.
 */
export const SIXTEENTH_CASES: HeldOutCase[] = [
  {
    id: 'sixteenth-phoenix-release-migrate-invalid-password',
    family: 'credentials',
    source: 'https://github.com/firezone/firezone/issues/2541',
    signal: 'CrashLoopBackOff',
    containers: [crashed('ledger-web', 1, 9)],
    events: [backOff('ledger-web', 38)],
    previousLog: log(
      '+ echo "[entrypoint] ledger 4.12.0 (release ledger, ERTS 14.2.2)"',
      '[entrypoint] ledger 4.12.0 (release ledger, ERTS 14.2.2)',
      '+ echo "[entrypoint] running migrations: bin/ledger eval Ledger.Release.migrate"',
      '[entrypoint] running migrations: bin/ledger eval Ledger.Release.migrate',
      'warning: Logger.warn/1 is deprecated. Use Logger.warning/2 instead',
      '  (ledger 4.12.0) lib/ledger/release.ex:18: Ledger.Release.load_app/0',
      times(
        10,
        (i) =>
          `${hms(1620 + i * 0.2)} erl_level=error application=db_connection domain=elixir file=lib/db_connection/connection.ex function=connect/2 line=103 mfa=DBConnection.Connection.connect/2 module=DBConnection.Connection pid=<0.${251 + i}.0> [error] Postgrex.Protocol (#PID<0.${251 + i}.0>) failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "ledger_app"`,
      ),
      times(
        30,
        (i) =>
          `${hms(1622 + i * 0.4)} erl_level=info application=telemetry_metrics_statsd [info] statsd reporter: buffered ${40 + i} metrics (flush in ${1000 - i * 30}ms)`,
      ),
      times(
        20,
        (i) =>
          `${hms(1623 + i * 0.5)} erl_level=error application=db_connection [error] Postgrex.Protocol (#PID<0.${251 + (i % 10)}.0>) failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "ledger_app"`,
      ),
      `${hms(1634)} erl_level=warning application=telemetry_metrics_statsd [warning] statsd reporter: failed to send metrics to 127.0.0.1:8125: :econnrefused`,
      '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2956ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:',
      '',
      '  1. Ensuring your database is available and that you can connect to it',
      '  2. Tracking down slow queries and making sure they are running fast enough',
      '  3. Increasing the pool_size (although this increases resource consumption)',
      '  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval',
      '',
      'See DBConnection.start_link/2 for more information',
      '',
      '    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (ecto_sql 3.11.1) lib/ecto/migrator.ex:759: Ecto.Migrator.verbose_schema_migration/3',
      '    (ecto_sql 3.11.1) lib/ecto/migrator.ex:563: Ecto.Migrator.lock_for_migrations/4',
      '    (ecto_sql 3.11.1) lib/ecto/migrator.ex:435: Ecto.Migrator.run/4',
      '    (ecto_sql 3.11.1) lib/ecto/migrator.ex:146: Ecto.Migrator.with_repo/3',
      '    nofile:1: (file)',
      '+ echo "[entrypoint] migrations failed (exit 1)"',
      '[entrypoint] migrations failed (exit 1)',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-phoenix-ecto-pool-too-many-clients',
    family: 'connection-limit',
    source: 'https://github.com/elixir-ecto/db_connection/issues/325',
    signal: 'Alert',
    containers: [
      { name: 'storefront', running: { startedAt: '2026-02-11T07:02:11Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 57,
      },
    ],
    currentLog: log(
      times(
        160,
        (i) =>
          `${hms(300 + i * 4)} request_id=F${(i * 48271).toString(36).toUpperCase()} [info] ${i % 5 === 0 ? 'POST /cart/items' : `GET /products/${2000 + ((i * 31) % 700)}`}\n${hms(300 + i * 4 + 0.01)} request_id=F${(i * 48271).toString(36).toUpperCase()} [info] Sent 200 in ${(i * 7) % 40}ms`,
      ),
      `${hms(945)} [warning] Phoenix.LiveView: the :layout option in render/3 is deprecated, set it in live_session instead`,
      `${hms(951)} [error] Postgrex.Protocol (#PID<0.4410.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already`,
      `${hms(952)} [error] Postgrex.Protocol (#PID<0.4413.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already`,
      times(120, (i) =>
        i % 3 === 0
          ? `${hms(955 + i * 5)} request_id=G${(i * 16807).toString(36).toUpperCase()} [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after ${2400 + ((i * 37) % 900)}ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\nSee DBConnection.start_link/2 for more information\n\n    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1\n    (storefront 7.3.0) lib/storefront/catalog.ex:88: Storefront.Catalog.get_product!/1`
          : i % 3 === 1
            ? `${hms(955 + i * 5)} [error] Postgrex.Protocol (#PID<0.${4400 + i}.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already`
            : `${hms(955 + i * 5)} request_id=G${(i * 16807).toString(36).toUpperCase()} [info] Sent 500 in ${2500 + i}ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
  {
    id: 'sixteenth-dotnet-s3-imds-credentials',
    family: 'credentials',
    source: 'https://github.com/aws/aws-sdk-net/issues/1609',
    signal: 'CrashLoopBackOff',
    containers: [crashed('media-ingest', 1, 7)],
    events: [backOff('media-ingest', 29)],
    previousLog: log(
      '[entrypoint] media-ingest 5.8.2, exec dotnet MediaIngest.dll',
      '[entrypoint] AWS_REGION=eu-west-1 AWS_ROLE_ARN=<unset> AWS_WEB_IDENTITY_TOKEN_FILE=<unset>',
      j({
        '@t': clef(1641),
        '@mt': 'Starting {Application} {Version} on {Framework}',
        Application: 'MediaIngest',
        Version: '5.8.2',
        Framework: '.NET 8.0.2',
        SourceContext: 'MediaIngest.Program',
      }),
      j({
        '@t': clef(1641.2),
        '@mt': 'Now listening on: {address}',
        address: 'http://[::]:8080',
        EventId: { Id: 14, Name: 'ListeningOnAddress' },
        SourceContext: 'Microsoft.Hosting.Lifetime',
      }),
      j({
        '@t': clef(1641.3),
        '@mt':
          "Overriding HTTP_PORTS '{http}' and HTTPS_PORTS '{https}'. Binding to values defined by URLS instead '{urls}'.",
        '@l': 'Warning',
        http: '8080',
        https: '',
        urls: 'http://+:8080',
        SourceContext: 'Microsoft.AspNetCore.Hosting.Diagnostics',
      }),
      j({
        '@t': clef(1641.4),
        '@mt':
          "Storing keys in a directory '{path}' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.",
        '@l': 'Warning',
        path: '/root/.aspnet/DataProtection-Keys',
        SourceContext: 'Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository',
      }),
      times(60, (i) =>
        j({
          '@t': clef(1642 + i * 0.3),
          '@mt': 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms',
          RequestMethod: 'GET',
          RequestPath: '/healthz/live',
          StatusCode: 200,
          Elapsed: 0.41 + (i % 7) / 10,
          SourceContext: 'Serilog.AspNetCore.RequestLoggingMiddleware',
        }),
      ),
      j({
        '@t': clef(1660),
        '@mt': 'Loading ingest profiles from s3://{Bucket}/{Key}',
        Bucket: 'prod-media-profiles',
        Key: 'profiles/v3.json',
        SourceContext: 'MediaIngest.Profiles.S3ProfileStore',
      }),
      j({
        '@t': clef(1665),
        '@mt': 'Host terminated unexpectedly',
        '@l': 'Fatal',
        '@x': 'Amazon.Runtime.AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service.\n   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()\n   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.GetCredentials()\n   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.GetCredentialsAsync()\n   at Amazon.Runtime.Internal.CredentialsRetriever.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.RetryHandler.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.S3.Internal.AmazonS3ExceptionHandler.InvokeAsync[T](IExecutionContext executionContext)\n   at MediaIngest.Profiles.S3ProfileStore.LoadAsync(CancellationToken ct) in /src/MediaIngest/Profiles/S3ProfileStore.cs:line 41\n   at Program.<Main>$(String[] args) in /src/MediaIngest/Program.cs:line 77',
        SourceContext: 'MediaIngest.Program',
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixteenth-rust-sqlx-rotated-password-env',
    family: 'credentials',
    source: 'https://github.com/fly-apps/postgres-flex/issues/256',
    signal: 'Alert',
    containers: [
      { name: 'catalog-api', running: { startedAt: '2026-02-10T22:14:03Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      j({
        timestamp: iso(200),
        level: 'INFO',
        fields: {
          message: 'database credentials loaded',
          source: 'env:DATABASE_PASSWORD',
          secret: 'catalog-db',
          secret_version: '14',
        },
        target: 'catalog_api::config',
      }),
      weave(
        times(150, (i) =>
          j({
            timestamp: iso(300 + i * 6),
            level: 'INFO',
            fields: { message: 'finished processing request', latency: `${(i * 3) % 27} ms`, status: 200 },
            target: 'tower_http::trace::on_response',
            span: {
              method: 'GET',
              uri: `/v1/products/${3000 + ((i * 17) % 800)}`,
              version: 'HTTP/1.1',
              name: 'request',
            },
            spans: [
              {
                method: 'GET',
                uri: `/v1/products/${3000 + ((i * 17) % 800)}`,
                version: 'HTTP/1.1',
                name: 'request',
              },
            ],
          }),
        ),
        times(50, (i) =>
          j({
            timestamp: iso(305 + i * 18),
            level: 'DEBUG',
            fields: {
              message: 'pool stats',
              size: 10 - Math.min(9, Math.floor(i / 5)),
              idle: 2,
              max_lifetime_s: 1800,
            },
            target: 'catalog_api::db',
          }),
        ),
      ),
      j({
        timestamp: iso(900),
        level: 'WARN',
        fields: {
          message: 'metrics push failed, will retry',
          error:
            'error sending request for url (http://otel-collector.observability:4318/v1/metrics): operation timed out',
        },
        target: 'opentelemetry_otlp::exporter',
      }),
      j({
        timestamp: iso(948),
        level: 'WARN',
        fields: {
          message: 'credential file changed on disk',
          path: '/var/run/secrets/catalog-db/version',
          old: '14',
          new: '15',
          note: 'DATABASE_PASSWORD is read from the environment at start-up',
        },
        target: 'catalog_api::config::watch',
      }),
      times(90, (i) =>
        j({
          timestamp: iso(960 + i * 7),
          level: 'ERROR',
          fields: {
            message: 'request failed',
            error: 'error returned from database: password authentication failed for user "catalog_app"',
            status: 500,
          },
          target: 'catalog_api::routes::products',
          span: { method: 'GET', uri: `/v1/products/${3000 + ((i * 13) % 800)}`, name: 'request' },
        }),
      ),
    ),
    accept: ['rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'sixteenth-akka-alpakka-topic-authorization',
    family: 'authorization',
    source: 'https://github.com/strimzi/strimzi-kafka-operator/issues/3732',
    signal: 'Alert',
    containers: [
      { name: 'settlement', running: { startedAt: '2026-02-11T06:40:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      times(140, (i) =>
        i % 7 === 3
          ? `[${comma(300 + i * 8)}] [INFO] [akka.kafka.internal.KafkaConsumerActor] [settlement-akka.actor.default-dispatcher-${(i % 9) + 3}] - [${(i * 97).toString(16)}] Completing`
          : `[${comma(300 + i * 8)}] [INFO] [com.example.settlement.http.Routes] [settlement-akka.actor.default-dispatcher-${(i % 9) + 3}] - GET /settlements/${90000 + i} 200 ${(i * 11) % 60}ms`,
      ),
      `[${comma(1420)}] [WARN] [akka.kafka.ProducerSettings] [settlement-akka.actor.internal-dispatcher-4] - Configuration key [akka.kafka.producer.close-timeout] is deprecated, use [akka.kafka.producer.close-on-producer-stop] instead`,
      times(
        60,
        (i) =>
          `[${comma(1430 + i * 4)}] [ERROR] [akka.kafka.internal.DefaultProducerStage] [settlement-akka.actor.default-dispatcher-${(i % 5) + 2}] - Failed to deliver record ProducerRecord(topic=payments.settled.v2, partition=null, headers=RecordHeaders(headers = [], isReadOnly = false), key=stl-${700000 + i}, value=[B@${(i * 104729).toString(16)}, timestamp=null)\norg.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [payments.settled.v2]`,
      ),
      `[${comma(1680)}] [WARN] [akka.stream.scaladsl.RestartWithBackoffSource] [settlement-akka.actor.default-dispatcher-6] - Restarting stream due to failure [1]: org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [payments.settled.v2]`,
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-symfony-monolog-mysql-1040',
    family: 'connection-limit',
    source: 'https://github.com/apioo/fusio/issues/630',
    signal: 'Alert',
    containers: [
      { name: 'php-fpm', running: { startedAt: '2026-02-11T05:10:00Z' }, ready: true, restarts: 0 },
      { name: 'nginx', running: { startedAt: '2026-02-11T05:10:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      weave(
        times(
          180,
          (i) =>
            `${ip(i)} - - [11/Feb/2026:08:${String(5 + Math.floor((i * 7) / 60)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')} +0000] "GET /api/orders?page=${(i % 9) + 1} HTTP/1.1" ${i > 110 && i % 2 === 0 ? 500 : 200} ${i > 110 && i % 2 === 0 ? 191 : 5120 + i} "-" "okhttp/4.12.0"`,
        ),
        times(90, (i) =>
          i < 50
            ? `[${iso(300 + i * 14).replace('Z', '000+00:00')}] request.INFO: Matched route "api_orders_list". {"route":"api_orders_list","route_parameters":{"_route":"api_orders_list","_controller":"App\\\\Controller\\\\OrderController::list"},"request_uri":"http://shop.example.com/api/orders?page=${(i % 9) + 1}","method":"GET"} []`
            : i % 2 === 0
              ? `[${iso(300 + i * 14).replace('Z', '000+00:00')}] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [1040] Too many connections" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 118 {"exception":"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 1040): An exception occurred in the driver: SQLSTATE[HY000] [1040] Too many connections at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:118)\\n[previous exception] [object] (Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\Exception(code: 1040): SQLSTATE[HY000] [1040] Too many connections at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)"} []`
              : `[${iso(300 + i * 14).replace('Z', '000+00:00')}] php.DEBUG: User Deprecated: Since symfony/framework-bundle 6.4: Not setting the "framework.handle_all_throwables" config option is deprecated. {"exception":"[object] (ErrorException(code: 0): User Deprecated: Since symfony/framework-bundle 6.4 at /var/www/html/vendor/symfony/deprecation-contracts/function.php:25)"} []`,
        ),
        times(
          20,
          (i) =>
            `[11-Feb-2026 08:${String(6 + i).padStart(2, '0')}:0${i % 10}] NOTICE: [pool www] child ${4100 + i} started`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
  {
    id: 'sixteenth-npgsql-pool-exhausted-leak',
    family: 'connection-limit',
    source: 'https://github.com/npgsql/npgsql/issues/5156',
    signal: 'Alert',
    containers: [
      { name: 'billing-api', running: { startedAt: '2026-02-09T03:12:44Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 44,
      },
    ],
    currentLog: log(
      times(120, (i) =>
        i % 10 === 0
          ? j({
              '@t': clef(300 + i * 5),
              '@mt': 'Npgsql pool {Pool}: {Busy} busy, {Idle} idle, max {Max}',
              Pool: 'billing',
              Busy: Math.min(100, 62 + i / 3),
              Idle: Math.max(0, 38 - i / 3),
              Max: 100,
              SourceContext: 'Billing.Diagnostics.PoolGauge',
            })
          : j({
              '@t': clef(300 + i * 5),
              '@mt': 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms',
              RequestMethod: 'GET',
              RequestPath: `/invoices/${77000 + i}`,
              StatusCode: 200,
              Elapsed: 12.5 + (i % 13),
              SourceContext: 'Serilog.AspNetCore.RequestLoggingMiddleware',
            }),
      ),
      j({
        '@t': clef(905),
        '@mt': 'Failed to export metrics batch: {Error}',
        '@l': 'Warning',
        Error: 'Status(StatusCode="Unavailable", Detail="Error connecting to subchannel.")',
        SourceContext: 'OpenTelemetry.Exporter.OtlpExporter',
      }),
      times(70, (i) =>
        j({
          '@t': clef(920 + i * 10),
          '@mt': 'An unhandled exception has occurred while executing the request.',
          '@l': 'Error',
          '@x': `Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string.\n ---> System.TimeoutException: The operation has timed out.\n   at Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)\n   at Billing.Invoices.InvoiceExportJob.ExportAsync(Guid tenant) in /src/Billing/Invoices/InvoiceExportJob.cs:line 63\n   at Billing.Api.InvoicesController.Get(Int64 id) in /src/Billing/Api/InvoicesController.cs:line 28`,
          EventId: { Id: 1, Name: 'UnhandledException' },
          SourceContext: 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware',
        }),
      ),
      j({
        '@t': clef(1650),
        '@mt': 'Npgsql pool {Pool}: {Busy} busy, {Idle} idle, max {Max}',
        Pool: 'billing',
        Busy: 100,
        Idle: 0,
        Max: 100,
        SourceContext: 'Billing.Diagnostics.PoolGauge',
      }),
      j({
        '@t': clef(1651),
        '@mt':
          'pg_stat_activity for application {App}: {Count} connections idle in transaction longer than {Minutes} min',
        '@l': 'Warning',
        App: 'billing-api-7d9c6b5f4-kq2mz',
        Count: 97,
        Minutes: 30,
        SourceContext: 'Billing.Diagnostics.PoolGauge',
      }),
    ),
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'sixteenth-pgx-service-lookup-no-such-host',
    family: 'dns',
    source: 'https://github.com/jackc/pgx/issues/837',
    signal: 'CrashLoopBackOff',
    containers: [crashed('fulfilment', 1, 12)],
    events: [backOff('fulfilment', 52)],
    previousLog: log(
      j({
        time: iso(1650.001),
        level: 'INFO',
        msg: 'starting fulfilment',
        version: '3.9.0',
        commit: 'a41c9e2',
        go: 'go1.22.1',
      }),
      j({
        time: iso(1650.004),
        level: 'WARN',
        msg: 'GOMAXPROCS not set; using runtime default',
        cpus: 16,
        quota: 2,
      }),
      j({ time: iso(1650.01), level: 'INFO', msg: 'metrics listener started', addr: ':9102' }),
      times(40, (i) =>
        j({
          time: iso(1650.02 + i * 0.001),
          level: 'DEBUG',
          msg: 'registered route',
          method: ['GET', 'POST', 'PUT'][i % 3],
          pattern: `/v1/shipments/{id}/${['labels', 'events', 'parcels', 'returns'][i % 4]}/${i}`,
        }),
      ),
      times(25, (i) =>
        j({
          time: iso(1650.2 + i * 0.4),
          level: 'INFO',
          msg: 'connecting to database',
          attempt: i + 1,
          max_attempts: 25,
          backoff: `${200 * Math.min(i + 1, 5)}ms`,
        }),
      ),
      times(25, (i) =>
        j({
          time: iso(1650.3 + i * 0.4),
          level: 'ERROR',
          msg: 'database not ready',
          attempt: i + 1,
          err: 'failed to connect to `host=orders-pg-rw.data.svc.cluster.local user=fulfilment database=orders`: hostname resolving error (lookup orders-pg-rw.data.svc.cluster.local on 172.20.0.10:53: no such host)',
        }),
      ),
      j({
        time: iso(1661),
        level: 'ERROR',
        msg: 'fatal: giving up on database',
        err: 'failed to connect to `host=orders-pg-rw.data.svc.cluster.local user=fulfilment database=orders`: hostname resolving error (lookup orders-pg-rw.data.svc.cluster.local on 172.20.0.10:53: no such host)',
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixteenth-ktor-hikari-unknown-host-under-breaker-noise',
    family: 'dns',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/859',
    signal: 'Alert',
    containers: [
      { name: 'inventory', running: { startedAt: '2026-02-11T08:01:10Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 160,
      },
    ],
    currentLog: log(
      `${spaced(71)} [main] INFO  Application - Autoreload is disabled because the development mode is off.`,
      `${spaced(71.5)} [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...`,
      `${spaced(72.6)} [main] WARN  com.zaxxer.hikari.pool.PoolBase - HikariPool-1 - Failed to create/setup connection: inventory-db.data.svc.cluster.local`,
      `${spaced(72.6)} [main] WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool is empty, failed to create/setup connection (8a1e40c2-0f55-4c4b-9d1f-7b1c2e3d4f50)`,
      'org.postgresql.util.PSQLException: The connection attempt failed.',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:354)',
      '\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
      'Caused by: java.net.UnknownHostException: inventory-db.data.svc.cluster.local: Name or service not known',
      '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
      '\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(InetAddress.java:1211)',
      '\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)',
      `${spaced(73)} [main] INFO  Application - Application started in 2.114 seconds.`,
      `${spaced(73.1)} [DefaultDispatcher-worker-1] INFO  Application - Responding at http://0.0.0.0:8080`,
      times(200, (i) =>
        i % 4 === 0
          ? `${spaced(110 + i * 7)} [eventLoopGroupProxy-4-${(i % 8) + 1}] ERROR Application - 500 Internal Server Error: GET - /api/v1/stock/${(i * 37) % 9000}\njava.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=${(i % 12) + 1})\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)`
          : i % 4 === 1
            ? `${spaced(110 + i * 7)} [eventLoopGroupProxy-4-${(i % 8) + 1}] WARN  io.github.resilience4j.circuitbreaker - CircuitBreaker 'inventory-db' is OPEN and does not permit further calls`
            : i % 4 === 2
              ? `${spaced(110 + i * 7)} [eventLoopGroupProxy-4-${(i % 8) + 1}] INFO  Application - 503 Service Unavailable: GET - /health/ready in 1ms`
              : `${spaced(110 + i * 7)} [eventLoopGroupProxy-4-${(i % 8) + 1}] INFO  Application - 200 OK: GET - /health/live in 0ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-node20-pg-localhost-resolves-ipv6',
    family: 'dns',
    source: 'https://github.com/brianc/node-postgres/issues/2643',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 16, previousTag: '2.2.7' },
    containers: [
      crashed('quotes', 1, 6),
      { name: 'pgbouncer', running: { startedAt: '2026-02-11T08:14:40Z' }, ready: true, restarts: 0 },
    ],
    previousLog: log(
      '[entrypoint] node v20.11.1, npm 10.2.4',
      '[entrypoint] waiting for pgbouncer on localhost:6432',
      '[entrypoint] pgbouncer sidecar reports: listening on 127.0.0.1:6432',
      weave(
        times(40, (i) =>
          j({
            level: 'info',
            message: `warming price cache shard ${i + 1}/40`,
            service: 'quotes',
            timestamp: iso(1600 + i * 0.5),
          }),
        ),
        times(12, (i) =>
          j({
            level: 'debug',
            message: 'replaying captured quote request',
            service: 'quotes',
            request: fatRequest(1601 + i, i + 40),
            timestamp: iso(1601 + i),
          }),
        ),
        times(
          20,
          (i) =>
            `${iso(1600 + i)} LOG C-0x55d0c8e0${(i * 7).toString(16)}: pgbouncer/pgbouncer@127.0.0.1:${40100 + i} closing because: client close request (age=0s)`,
        ),
      ),
      j({
        level: 'warn',
        message:
          '(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.',
        service: 'quotes',
        timestamp: iso(1621),
      }),
      j({
        level: 'error',
        message: 'connect ECONNREFUSED ::1:6432',
        service: 'quotes',
        stack:
          'Error: connect ECONNREFUSED ::1:6432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)',
        errno: -111,
        code: 'ECONNREFUSED',
        syscall: 'connect',
        address: '::1',
        port: 6432,
        timestamp: iso(1622),
      }),
      j({
        level: 'error',
        message: 'unable to open database pool, exiting',
        service: 'quotes',
        timestamp: iso(1622.1),
      }),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-ktor-missing-jwt-property-after-rollout',
    family: 'config',
    source: 'https://github.com/joelsaunders/ktor-starter/issues/3',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 12, previousTag: '2.2.14', addedConfigMapVolumes: ['accounts-application-conf'] },
    containers: [crashed('accounts', 1, 5)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError',
      `${spaced(1660)} [main] INFO  ktor.application - Autoreload is disabled because the development mode is off.`,
      `${spaced(1660.4)} [main] INFO  ktor.application - Loading configuration from /etc/accounts-application-conf/application.conf`,
      `${spaced(1660.5)} [main] WARN  io.ktor.server.config.HoconApplicationConfig - Deprecated property ktor.deployment.watch ignored`,
      times(
        30,
        (i) =>
          `${spaced(1661 + i * 0.05)} [main] DEBUG org.flywaydb.core.internal.scanner.Scanner - Filtering out resource: db/migration/V${i + 1}__accounts.sql (filename: V${i + 1}__accounts.sql)`,
      ),
      `${spaced(1663)} [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.`,
      times(
        40,
        (i) =>
          `${spaced(1663.01 + i * 0.002)} [main] DEBUG io.ktor.routing.Routing - Registered route /api/v1/accounts/{id}/${['profile', 'limits', 'statements', 'cards', 'devices'][i % 5]}${i > 4 ? `/${i}` : ''}`,
      ),
      `${spaced(1663.2)} [main] ERROR ktor.application - Application startup failed`,
      'io.ktor.server.config.ApplicationConfigurationException: Property jwt.secret not found.',
      '\tat io.ktor.server.config.HoconApplicationConfig.property(HoconApplicationConfig.kt:31)',
      '\tat com.example.accounts.plugins.SecurityKt.configureSecurity(Security.kt:14)',
      '\tat com.example.accounts.ApplicationKt.module(Application.kt:22)',
      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
      '\tat io.ktor.server.engine.internal.CallableUtilsKt.callFunctionWithInjection(CallableUtils.kt:119)',
      '\tat io.ktor.server.engine.ApplicationEngineEnvironmentReloading.launchModuleByName(ApplicationEngineEnvironmentReloading.kt:328)',
      'Exception in thread "main" io.ktor.server.config.ApplicationConfigurationException: Property jwt.secret not found.',
      '\tat io.ktor.server.config.HoconApplicationConfig.property(HoconApplicationConfig.kt:31)',
      '\tat com.example.accounts.plugins.SecurityKt.configureSecurity(Security.kt:14)',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-sqlx-pool-timeout-wrong-port-rollout',
    family: 'config',
    source: 'https://github.com/transact-rs/sqlx/issues/2345',
    signal: 'CrashLoopBackOff',
    rollout: {
      minutesAgo: 9,
      previousTag: '2.3.0',
      addedEnv: {
        DATABASE_URL: 'postgres://search:$(DB_PASSWORD)@search-pg.data.svc.cluster.local:5433/search',
      },
    },
    containers: [crashed('search-indexer', 1, 4)],
    previousLog: log(
      ansi(2, `${iso(1640)}`) +
        ` ${ansi(32, ' INFO')} search_indexer: starting search-indexer 2.3.1 (rustc 1.76.0)`,
      times(40, (i) =>
        j({
          timestamp: iso(1640.5 + i * 0.2),
          level: 'INFO',
          fields: {
            message: 'loaded analyzer',
            analyzer: `lang-${['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt'][i % 8]}-${i}`,
          },
          target: 'search_indexer::analysis',
        }),
      ),
      j({
        timestamp: iso(1649),
        level: 'WARN',
        fields: { message: 'OTEL_EXPORTER_OTLP_ENDPOINT unset, traces disabled' },
        target: 'search_indexer::telemetry',
      }),
      j({
        timestamp: iso(1649.5),
        level: 'INFO',
        fields: { message: 'connecting to database', max_connections: 20, acquire_timeout: '30s' },
        target: 'search_indexer::db',
      }),
      times(30, (i) =>
        j({
          timestamp: iso(1650 + i),
          level: 'DEBUG',
          fields: { message: 'still waiting for a database connection', elapsed_s: i + 1 },
          target: 'search_indexer::db',
        }),
      ),
      j({
        timestamp: iso(1679.6),
        level: 'ERROR',
        fields: {
          message: 'failed to open pool',
          error: 'pool timed out while waiting for an open connection',
        },
        target: 'search_indexer::db',
      }),
      'Error: pool timed out while waiting for an open connection',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-loguru-redis-page-cache-noeviction',
    family: 'cache',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [{ name: 'pages', running: { startedAt: '2026-02-11T04:00:00Z' }, ready: true, restarts: 0 }],
    currentLog: log(
      `${spaced(120)} | INFO     | pages.cache:connect:31 - page cache redis://pages-cache.prod.svc:6379/0 (role: cache only, maxmemory 2gb, maxmemory-policy noeviction, keys: page:*, ttl none)`,
      weave(
        times(
          160,
          (i) =>
            `INFO:     ${ip(i)}:${50000 + i} - "GET /p/${['summer-sale', 'gift-guide', 'new-in', 'outlet'][i % 4]}?v=${i} HTTP/1.1" 200 OK`,
        ),
        times(
          80,
          (i) =>
            `${spaced(300 + i * 7)} | ${i % 2 ? 'INFO    ' : 'DEBUG   '} | pages.cache:get_or_render:58 - cache ${i % 3 ? 'hit' : 'miss'} key=page:${['summer-sale', 'gift-guide', 'new-in', 'outlet'][i % 4]}:v${i}`,
        ),
      ),
      `${spaced(880)} | WARNING  | pages.search:suggest:112 - suggest backend slow (1830ms), serving stale suggestions`,
      times(60, (i) =>
        i % 2 === 0
          ? `${spaced(900 + i * 10)} | ERROR    | pages.cache:put:71 - cache write failed for page:${['summer-sale', 'gift-guide', 'new-in', 'outlet'][i % 4]}:v${900 + i}: redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.`
          : `INFO:     ${ip(i + 40)}:${51000 + i} - "GET /p/outlet?v=${900 + i} HTTP/1.1" 200 OK`,
      ),
      `${spaced(1500)} | WARNING  | pages.cache:stats:90 - used_memory_human:2.00G maxmemory_human:2.00G evicted_keys:0 keyspace_hits:1884211 keyspace_misses:412977`,
    ),
    accept: ['flush-redis-cache', 'escalate'],
  },
  {
    id: 'sixteenth-zerolog-partner-api-cert-expired',
    family: 'tls',
    source: 'https://github.com/ostafen/xdcc-cli/issues/4',
    signal: 'Alert',
    containers: [
      { name: 'shipping-rates', running: { startedAt: '2026-02-10T19:20:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      weave(
        times(150, (i) =>
          j({
            level: 'info',
            time: iso(300 + i * 6),
            method: 'POST',
            url: '/v1/rates',
            status: 200,
            size: 812 + i,
            duration: ((i * 13) % 70) / 10,
            message: 'request',
          }),
        ),
        envoy(70, 302),
        times(40, (i) =>
          j({
            level: 'debug',
            time: iso(310 + i * 22),
            message: 'quote request body',
            ...fatRequest(310 + i * 22, i),
          }),
        ),
      ),
      j({
        level: 'warn',
        time: iso(1210),
        service: 'metrics',
        error:
          'Post "http://pushgateway.monitoring:9091/metrics/job/shipping-rates": dial tcp 10.100.7.12:9091: i/o timeout',
        message: 'push failed; retrying in 30s',
      }),
      times(80, (i) =>
        i % 2 === 0
          ? j({
              level: 'error',
              time: iso(1230 + i * 5),
              carrier: 'northwind-freight',
              attempt: (i % 3) + 1,
              error: `Post "https://api.northwind-freight.example/v2/quote": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:${String(20 + Math.floor(i / 12)).padStart(2, '0')}:${String((i * 5) % 60).padStart(2, '0')}Z is after 2026-02-11T08:20:00Z`,
              message: 'carrier quote failed',
            })
          : j({
              level: 'info',
              time: iso(1230 + i * 5),
              method: 'POST',
              url: '/v1/rates',
              status: 502,
              size: 96,
              duration: 41.2,
              message: 'request',
            }),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-jul-keystore-password-mismatch',
    family: 'tls',
    source: 'https://github.com/escline/InstallCert/issues/4',
    signal: 'CrashLoopBackOff',
    containers: [crashed('claims-gateway', 1, 8)],
    events: [backOff('claims-gateway', 33)],
    previousLog: log(
      'NOTE: Picked up JDK_JAVA_OPTIONS: -Djava.util.logging.config.file=/app/logging.properties',
      `Feb 11, 2026 8:27:02 AM org.glassfish.grizzly.http.server.NetworkListener start`,
      'INFO: Started listener bound to [0.0.0.0:8081]',
      times(
        30,
        (i) =>
          `Feb 11, 2026 8:27:0${3 + Math.floor(i / 10)} AM org.glassfish.jersey.server.ApplicationHandler initialize\nINFO: Registered resource class com.example.claims.api.Resource${i}`,
      ),
      'Feb 11, 2026 8:27:07 AM org.glassfish.jersey.internal.inject.Providers checkProviderRuntime',
      'WARNING: A provider com.example.claims.api.JsonProvider registered in SERVER runtime does not implement any provider interfaces applicable in the SERVER runtime. Due to constraint configuration problems the provider com.example.claims.api.JsonProvider will be ignored.',
      'Feb 11, 2026 8:27:08 AM com.example.claims.tls.Keystores load',
      'INFO: loading keystore /etc/tls/keystore.jks (mounted from Secret claims-gateway-tls, renewed by cert-manager at 2026-02-11T06:00:12Z)',
      'Feb 11, 2026 8:27:08 AM com.example.claims.Main main',
      'SEVERE: Failed to start HTTPS listener',
      'java.io.IOException: Keystore was tampered with, or password was incorrect',
      '\tat java.base/sun.security.provider.JavaKeyStore.engineLoad(JavaKeyStore.java:813)',
      '\tat java.base/sun.security.util.KeyStoreDelegator.engineLoad(KeyStoreDelegator.java:221)',
      '\tat java.base/java.security.KeyStore.load(KeyStore.java:1473)',
      '\tat com.example.claims.tls.Keystores.load(Keystores.java:41)',
      '\tat com.example.claims.Main.main(Main.java:58)',
      'Caused by: java.security.UnrecoverableKeyException: Password verification failed',
      '\tat java.base/sun.security.provider.JavaKeyStore.engineLoad(JavaKeyStore.java:811)',
      '\t... 4 more',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-go-slog-importer-real-oom',
    family: 'memory',
    source: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'catalog-import',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=catalog-import',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
      },
    ],
    events: [backOff('catalog-import', 9)],
    previousLog: log(
      `time=${iso(1500)} level=INFO msg="starting catalog-import" version=1.14.2 go=go1.22.1 GOMEMLIMIT=unset GOGC=100 container_memory_limit=1Gi`,
      `time=${iso(1500.2)} level=INFO msg="feed discovered" supplier=acme-wholesale items=2412093 previous_items=1190022 format=ndjson.gz`,
      [
        ...times(140, (i): [number, string] => [
          1501 + i,
          `time=${iso(1501 + i)} level=INFO msg="batch merged" supplier=acme-wholesale batch=${i + 1} items=${(i + 1) * 10000} heap_inuse_mb=${180 + Math.floor(i * 5.8)} sys_mb=${210 + Math.floor(i * 6.1)} gc_cycles=${i * 2 + 3}`,
        ]),
        ...times(40, (i): [number, string] => [
          1502.5 + i * 3.5,
          `time=${iso(1502.5 + i * 3.5)} level=DEBUG msg="probe served" path=/healthz status=200 took=${(i % 4) + 1}ms`,
        ]),
        [
          1590.5,
          `time=${iso(1590.5)} level=WARN msg="slow supplier image CDN" host=img.acme-wholesale.example p95=2.3s`,
        ] as [number, string],
      ]
        .sort((x, y) => x[0] - y[0])
        .map(([, line]) => line),
      `time=${iso(1641)} level=INFO msg="building in-memory dedup index" entries=1402000`,
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'sixteenth-node-heap-capped-by-node-options',
    family: 'memory',
    source: 'https://github.com/mitodl/ol-infrastructure/pull/5069',
    signal: 'CrashLoopBackOff',
    containers: [crashed('render-svc', 134, 14)],
    events: [backOff('render-svc', 61)],
    previousLog: log(
      '+ export NODE_OPTIONS=--max-old-space-size=384',
      '+ exec node --enable-source-maps dist/server.js',
      ansi(36, '[render-svc]') +
        ' starting with NODE_OPTIONS=--max-old-space-size=384, container memory limit 1536Mi',
      times(120, (i) =>
        j({
          level: 'info',
          message: `rendered ${['/', '/deals', '/c/shoes', '/c/bags'][i % 4]} in ${40 + ((i * 7) % 200)}ms`,
          service: 'render-svc',
          heapUsedMb: 180 + Math.floor(i * 1.6),
          timestamp: iso(1500 + i),
        }),
      ),
      j({
        level: 'warn',
        message:
          "Warning: Accessing non-existent property 'lineno' of module exports inside circular dependency",
        service: 'render-svc',
        timestamp: iso(1560),
      }),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6a4c6a0]    81234 ms: Mark-Compact (reduce) 382.4 (390.1) -> 381.9 (391.6) MB, 612.40 / 0.00 ms  (average mu = 0.218, current mu = 0.081) allocation failure; scavenge might not succeed',
      '[1:0x6a4c6a0]    82011 ms: Mark-Compact (reduce) 383.0 (391.6) -> 382.7 (392.1) MB, 701.05 / 0.00 ms  (average mu = 0.140, current mu = 0.097) allocation failure; scavenge might not succeed',
      '',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x1118105  [node]',
      'Aborted (core dumped)',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'sixteenth-php-memory-limit-export',
    family: 'memory',
    source: 'https://github.com/nfrastack/container-freescout/issues/31',
    signal: 'Alert',
    containers: [
      { name: 'backoffice', running: { startedAt: '2026-02-11T02:00:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      weave(
        times(
          150,
          (i) =>
            `${ip(i)} - admin${i % 6} [11/Feb/2026:08:${String(5 + Math.floor(i / 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')} +0000] "GET /admin/orders?page=${i % 30} HTTP/1.1" 200 ${30000 + i * 17} "-" "Mozilla/5.0"`,
        ),
        times(
          60,
          (i) =>
            `[${iso(300 + i * 15).replace('Z', '000+00:00')}] app.INFO: Admin list rendered {"entity":"Order","page":${i % 30},"ms":${80 + (i % 40)}} {"memory_usage":"${22 + (i % 9)} MB"}`,
        ),
      ),
      times(12, (i) =>
        log(
          `[11-Feb-2026 08:${String(21 + Math.floor(i / 2)).padStart(2, '0')}:${String((i * 23) % 60).padStart(2, '0')}] WARNING: [pool www] child ${2200 + i} said into stderr: "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Collection/Cells.php on line 412"`,
          `${ip(i + 90)} - finance${i % 3} [11/Feb/2026:08:${String(21 + Math.floor(i / 2)).padStart(2, '0')}:${String((i * 23) % 60).padStart(2, '0')} +0000] "GET /admin/exports/orders.xlsx?from=2025-01-01 HTTP/1.1" 500 0 "-" "Mozilla/5.0"`,
        ),
      ),
      '[11-Feb-2026 08:27:40] NOTICE: PHP message: memory_limit=128M (from /usr/local/etc/php/conf.d/zz-app.ini); container limit 2Gi',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    id: 'sixteenth-scala-gc-overhead-liveness-kill',
    family: 'probes',
    source: 'https://github.com/openshift/origin-metrics/issues/165',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'pricing-engine',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=pricing-engine',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 6,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.5.61:8558/alive": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container pricing-engine failed liveness probe, will be restarted',
        type: 'Normal',
        count: 6,
      },
      backOff('pricing-engine', 12),
    ],
    previousLog: log(
      '[entrypoint] cgroup memory.max=3221225472 (3Gi), JAVA_TOOL_OPTIONS from ConfigMap pricing-jvm',
      'Picked up JAVA_TOOL_OPTIONS: -Xms768m -Xmx768m -XX:+UseParallelGC -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp',
      `[${comma(1200)}] [INFO] [akka.event.slf4j.Slf4jLogger] [pricing-akka.actor.default-dispatcher-3] - Slf4jLogger started`,
      `[${comma(1201)}] [INFO] [akka.management.scaladsl.AkkaManagement] [pricing-akka.actor.default-dispatcher-5] - Binding Akka Management (HTTP) endpoint to: 0.0.0.0:8558`,
      times(
        90,
        (i) =>
          `[${comma(1210 + i * 3)}] [INFO] [com.example.pricing.RuleCache] [pricing-akka.actor.default-dispatcher-${(i % 6) + 2}] - loaded rule set ${i + 1}/90 (${12000 + i * 410} rules, cache ${140 + i * 6}MB)`,
      ),
      times(
        20,
        (i) =>
          `[${comma(1480 + i * 4)}] [WARN] [akka.actor.ActorSystemImpl] [pricing-akka.actor.default-dispatcher-${(i % 6) + 2}] - Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [${2100 + i * 300}] ms ago, expected interval is [1000] ms. This may cause failure detection to mark members as unreachable. The reason can be thread starvation, CPU overload, or GC.`,
      ),
      `[${comma(1590)}] [ERROR] [com.example.pricing.RuleCache] [pricing-akka.actor.default-dispatcher-7] - rule set 91/140 failed to load, retrying`,
      'java.lang.OutOfMemoryError: GC overhead limit exceeded',
      '\tat scala.collection.immutable.HashMap.updated(HashMap.scala:146)',
      '\tat com.example.pricing.RuleCache.$anonfun$load$2(RuleCache.scala:71)',
      `[${comma(1641)}] [WARN] [akka.actor.ActorSystemImpl] [pricing-akka.actor.default-dispatcher-4] - Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [41200] ms ago, expected interval is [1000] ms. This may cause failure detection to mark members as unreachable. The reason can be thread starvation, CPU overload, or GC.`,
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit', 'rollout-restart'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'sixteenth-uvicorn-model-warmup-liveness',
    family: 'probes',
    source: 'https://github.com/vectorize-io/hindsight/issues/4374',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'reranker',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=reranker',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 7,
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.2.88:8000/health/live": dial tcp 10.42.2.88:8000: connect: connection refused',
        count: 21,
      },
      {
        reason: 'Killing',
        message: 'Container reranker failed liveness probe, will be restarted',
        type: 'Normal',
        count: 7,
      },
      backOff('reranker', 16),
    ],
    previousLog: log(
      `${ansi(32, 'INFO')}:     Started server process [${ansi(36, '1')}]`,
      `${ansi(32, 'INFO')}:     Waiting for application startup.`,
      `${spaced(1600)} | INFO     | reranker.app:lifespan:44 - loading cross-encoder from /models/xlm-reranker (8 shards, 4.1 GiB)`,
      `${spaced(1600.5)} | WARNING  | transformers.utils.generic:_warn:302 - \`resume_download\` is deprecated and will be removed in version 1.0.0. Downloads always resume when possible.`,
      `${spaced(1601)} | WARNING  | reranker.telemetry:push:19 - metrics push to statsd-exporter:9125 failed: [Errno 111] Connection refused`,
      times(5, (i) =>
        log(
          times(
            20,
            (k) =>
              `Loading checkpoint shards: ${Math.floor(((i * 20 + k) / 160) * 100)}%|${'#'.repeat(Math.floor((i * 20 + k) / 16))}${' '.repeat(10 - Math.floor((i * 20 + k) / 16))}| ${i}/8 [00:${String(i * 9 + Math.floor(k / 3)).padStart(2, '0')}<01:${String(30 - i * 6).padStart(2, '0')}, ${(8.4 + k / 50).toFixed(2)}s/it]`,
          ),
          `${spaced(1604 + i * 9)} | INFO     | reranker.model:load_shard:88 - loaded shard ${i + 1}/8 in ${8.4 + i / 10}s`,
          `${spaced(1604.5 + i * 9)} | DEBUG    | reranker.app:health:21 - /health/live requested before startup completed (uvicorn not accepting yet)`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart', 'raise-memory-limit'],
  },
  {
    id: 'sixteenth-go-concurrent-map-writes-after-rollout',
    family: 'bad-rollout',
    source: 'https://github.com/gardener/docforge/issues/121',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 18, previousTag: '2.3.0' },
    containers: [crashed('session-router', 2, 8)],
    previousLog: log(
      `time=${iso(1580)} level=INFO msg="session-router starting" version=2.3.1 features="sticky-v2,geo-affinity"`,
      `time=${iso(1580.1)} level=WARN msg="flag --legacy-hash is deprecated and will be removed in 3.0"`,
      times(
        160,
        (i) =>
          `time=${iso(1581 + i * 0.4)} level=INFO msg="routed session" session=s-${(i * 7919).toString(36)} backend=edge-${i % 6} affinity=${i % 3 ? 'sticky' : 'geo'} took=${(i % 9) + 1}ms`,
      ),
      'fatal error: concurrent map writes',
      '',
      'goroutine 2817 [running]:',
      'internal/runtime/maps.fatal({0x1b2e6f3?, 0x0?})',
      '\t/usr/local/go/src/runtime/panic.go:1058 +0x18',
      'github.com/example/session-router/internal/affinity.(*Table).Assign(0xc0001c6f00, {0xc004a1e2a0, 0x14}, {0xc0038b1d40, 0x6})',
      '\t/src/internal/affinity/table.go:88 +0x1b4',
      'github.com/example/session-router/internal/router.(*Router).route(0xc000212000, {0x1e0c2a8, 0xc003f1a0f0}, 0xc0042b6c80)',
      '\t/src/internal/router/router.go:143 +0x2c5',
      'created by github.com/example/session-router/internal/router.(*Router).Serve in goroutine 41',
      '\t/src/internal/router/router.go:97 +0x1a5',
      '',
      'goroutine 1 [IO wait]:',
      'internal/poll.runtime_pollWait(0x7f3c8e2b1e28, 0x72)',
      '\t/usr/local/go/src/runtime/netpoll.go:351 +0x85',
      'net.(*netFD).accept(0xc000186080)',
      '\t/usr/local/go/src/net/fd_unix.go:172 +0x29',
      'net/http.(*Server).Serve(0xc0001ca000, {0x1e0b4f0, 0xc0001b0040})',
      '\t/usr/local/go/src/net/http/server.go:3330 +0x30c',
      '',
      'goroutine 2818 [runnable]:',
      'github.com/example/session-router/internal/affinity.(*Table).Assign(0xc0001c6f00, {0xc004a1e3c0, 0x14}, {0xc0038b1d90, 0x6})',
      '\t/src/internal/affinity/table.go:86 +0x9a',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-log4j2-json-liquibase-checksum-rollout',
    family: 'migration',
    source: 'https://github.com/php-coder/mystamps/issues/1557',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 14, previousTag: '2.2.9' },
    containers: [crashed('ledger-core', 1, 5)],
    previousLog: log(
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      ' =========|_|==============|___/=/_/_/_/',
      ' :: Spring Boot ::                (v3.2.2)',
      times(60, (i) =>
        j({
          instant: { epochSecond: epoch(1620 + i * 0.1), nanoOfSecond: (i * 1000003) % 1e9 },
          thread: 'main',
          level: i % 11 === 0 ? 'WARN' : 'INFO',
          loggerName:
            i % 11 === 0
              ? 'org.hibernate.orm.deprecation'
              : 'org.springframework.data.repository.config.RepositoryConfigurationDelegate',
          message:
            i % 11 === 0
              ? "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)"
              : `Bootstrapping Spring Data JPA repositories in DEFAULT mode (${i} found).`,
          endOfBatch: false,
          loggerFqcn: 'org.apache.commons.logging.LogAdapter$Log4jLog',
          threadId: 1,
          threadPriority: 5,
        }),
      ),
      j({
        instant: { epochSecond: epoch(1628), nanoOfSecond: 402000000 },
        thread: 'main',
        level: 'ERROR',
        loggerName: 'org.springframework.boot.SpringApplication',
        message: 'Application run failed',
        thrown: {
          commonElementCount: 0,
          localizedMessage:
            "Error creating bean with name 'liquibase' defined in class path resource [org/springframework/boot/autoconfigure/liquibase/LiquibaseAutoConfiguration$LiquibaseConfiguration.class]: liquibase.exception.ValidationFailedException: Validation Failed:\n     1 changesets check sum\n          db/changelog/2025/11-add-ledger-partition.xml::add-ledger-entries-partition::treasury was: 9:6b1f0c2a3d4e5f60718293a4b5c6d7e8 but is now: 9:0e1d2c3b4a59687766554433221100ff\n",
          name: 'org.springframework.beans.factory.BeanCreationException',
          extendedStackTrace: [
            {
              class: 'org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory',
              method: 'initializeBean',
              file: 'AbstractAutowireCapableBeanFactory.java',
              line: 1786,
              exact: false,
              location: 'spring-beans-6.1.3.jar',
              version: '6.1.3',
            },
            {
              class: 'liquibase.changelog.DatabaseChangeLog',
              method: 'validate',
              file: 'DatabaseChangeLog.java',
              line: 369,
              exact: false,
              location: 'liquibase-core-4.25.1.jar',
              version: '4.25.1',
            },
          ],
          cause: {
            commonElementCount: 31,
            localizedMessage:
              'Validation Failed:\n     1 changesets check sum\n          db/changelog/2025/11-add-ledger-partition.xml::add-ledger-entries-partition::treasury was: 9:6b1f0c2a3d4e5f60718293a4b5c6d7e8 but is now: 9:0e1d2c3b4a59687766554433221100ff\n',
            name: 'liquibase.exception.ValidationFailedException',
          },
        },
        endOfBatch: false,
        loggerFqcn: 'org.apache.commons.logging.LogAdapter$Log4jLog',
        threadId: 1,
        threadPriority: 5,
      }),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-image-tag-not-pushed',
    family: 'image',
    source: 'https://github.com/FoundationDB/fdb-kubernetes-operator/issues/2294',
    signal: 'ImagePullBackOff',
    rollout: { minutesAgo: 7, previousTag: '2.3.0' },
    containers: [
      {
        name: 'checkout-web',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example.com/prod/checkout-web:2.3.1"',
        },
        restarts: 0,
      },
    ],
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "registry.example.com/prod/checkout-web:2.3.1"',
        type: 'Normal',
        count: 5,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.example.com/prod/checkout-web:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/prod/checkout-web:2.3.1": failed to resolve reference "registry.example.com/prod/checkout-web:2.3.1": registry.example.com/prod/checkout-web:2.3.1: not found',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 5 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.example.com/prod/checkout-web:2.3.1"',
        type: 'Normal',
        count: 22,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', count: 22 },
      {
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set checkout-web-5c8f7d9b2 to 1',
        type: 'Normal',
        on: 'Deployment',
      },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-image-amd64-only-on-graviton',
    family: 'image',
    source: 'https://github.com/aws-samples/bottlerocket-images-cache/issues/7',
    signal: 'ErrImagePull',
    rollout: { minutesAgo: 10, previousTag: '2.2.12' },
    containers: [
      {
        name: 'thumbnailer',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'failed to pull and unpack image "registry.example.com/prod/thumbnailer:2.3.1": no match for platform in manifest: not found',
        },
        restarts: 0,
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned prod/thumbnailer-5c8f7d9b2-7wq4d to ip-10-0-41-17.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.example.com/prod/thumbnailer:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/prod/thumbnailer:2.3.1": no match for platform in manifest: not found',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 6 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.example.com/prod/thumbnailer:2.3.1"',
        type: 'Normal',
        count: 19,
      },
    ],
    accept: ['rollback', 'escalate'],
    harmful: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixteenth-envfrom-secret-missing-after-rollout',
    family: 'config-secrets',
    source: 'https://github.com/reportportal/kubernetes/issues/178',
    signal: 'CreateContainerConfigError',
    rollout: { minutesAgo: 6, addedSecrets: ['loyalty-partner-api'] },
    containers: [
      {
        name: 'loyalty',
        waiting: { reason: 'CreateContainerConfigError', message: 'secret "loyalty-partner-api" not found' },
        restarts: 0,
      },
    ],
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "registry.example.com/prod/loyalty:2.3.1" already present on machine',
        type: 'Normal',
        count: 8,
      },
      { reason: 'Failed', message: 'Error: secret "loyalty-partner-api" not found', count: 8 },
    ],
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-secret-key-removed-by-hand',
    family: 'config-secrets',
    source: 'https://github.com/shieldworks/aegis/issues/293',
    signal: 'CreateContainerConfigError',
    containers: [
      {
        name: 'payments-webhooks',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key STRIPE_WEBHOOK_SECRET in Secret prod/payments-env",
        },
        restarts: 0,
      },
    ],
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "registry.example.com/prod/payments-webhooks:2.3.1" already present on machine',
        type: 'Normal',
        count: 12,
      },
      {
        reason: 'Failed',
        message: "Error: couldn't find key STRIPE_WEBHOOK_SECRET in Secret prod/payments-env",
        count: 12,
      },
    ],
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'sixteenth-bullmq-redis-queue-maxmemory',
    family: 'queue',
    source: 'https://github.com/OptimalBits/bull/issues/416',
    signal: 'Alert',
    containers: [
      { name: 'mailer-worker', running: { startedAt: '2026-02-10T12:00:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      j({
        level: 'info',
        message: 'worker ready',
        queues: ['mail:transactional', 'mail:digest', 'mail:bounce'],
        redis: 'redis://jobs-redis.prod.svc:6379/2',
        concurrency: 20,
        service: 'mailer-worker',
        timestamp: iso(100),
      }),
      times(150, (i) =>
        j({
          level: 'info',
          message: `job completed mail:${['transactional', 'digest', 'bounce'][i % 3]}#${880000 + i}`,
          durationMs: 120 + ((i * 37) % 400),
          service: 'mailer-worker',
          timestamp: iso(300 + i * 5),
        }),
      ),
      j({
        level: 'warn',
        message: 'SMTP relay responded 421 4.7.0 Try again later, requeueing',
        attempt: 1,
        service: 'mailer-worker',
        timestamp: iso(1010),
      }),
      times(70, (i) =>
        j({
          level: 'error',
          message:
            "ReplyError: ERR Error running script (call to f_bed0f540aaab40cb5b63c076c00c75504e27424b): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'.",
          stack:
            "ReplyError: ERR Error running script (call to f_bed0f540aaab40cb5b63c076c00c75504e27424b): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)",
          queue: `mail:${['transactional', 'digest', 'bounce'][i % 3]}`,
          service: 'mailer-worker',
          timestamp: iso(1100 + i * 8),
        }),
      ),
      j({
        level: 'warn',
        message: 'queue depth',
        'mail:transactional': { wait: 412877, delayed: 90211, failed: 1204551, completed: 0 },
        removeOnFail: false,
        service: 'mailer-worker',
        timestamp: iso(1680),
      }),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache', 'rollout-restart'],
  },
  {
    id: 'sixteenth-php-fpm-max-children-campaign-traffic',
    family: 'saturation',
    source: 'https://github.com/mail-in-a-box/mailinabox/issues/515',
    signal: 'Alert',
    containers: [
      { name: 'php-fpm', running: { startedAt: '2026-02-10T23:00:00Z' }, ready: true, restarts: 0 },
      { name: 'nginx', running: { startedAt: '2026-02-10T23:00:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      times(
        120,
        (i) =>
          `${ip(i)} - - [11/Feb/2026:08:${String(5 + Math.floor(i / 10)).padStart(2, '0')}:${String((i * 6) % 60).padStart(2, '0')} +0000] "GET /landing/spring-campaign?utm_source=newsletter&utm_id=${i} HTTP/1.1" 200 18344 "-" "Mozilla/5.0" rt=${(0.08 + (i % 20) / 100).toFixed(3)}`,
      ),
      '[11-Feb-2026 08:17:02] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 14 total children',
      times(40, (i) =>
        i % 4 === 0
          ? `[11-Feb-2026 08:${String(17 + Math.floor(i / 4)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}] WARNING: [pool www] server reached pm.max_children setting (16), consider raising it`
          : i % 4 === 1
            ? `2026/02/11 08:${String(17 + Math.floor(i / 4)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')} [error] 31#31: *${88000 + i} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${ip(i)}, server: shop.example.com, request: "GET /landing/spring-campaign HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "shop.example.com"`
            : `[${iso(1020 + i * 15).replace('Z', '000+00:00')}] app.INFO: Landing rendered {"campaign":"spring","db_ms":${3 + (i % 5)},"render_ms":${60 + (i % 30)}} {"memory_usage":"14 MB"}`,
      ),
      '[11-Feb-2026 08:27:31] NOTICE: [pool www] requests in the last 5m: 41,233 (baseline 9,800); avg request 212ms; slowlog entries: 0',
    ),
    accept: ['scale-up'],
  },
  {
    id: 'sixteenth-bunyan-emfile-descriptor-leak',
    family: 'limits',
    source: 'https://github.com/expressjs/express/issues/2807',
    signal: 'Alert',
    containers: [
      { name: 'notify', running: { startedAt: '2026-02-02T09:41:00Z' }, ready: false, restarts: 0 },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.1.203:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 31,
      },
    ],
    currentLog: log(
      times(130, (i) =>
        j({
          name: 'notify',
          hostname: 'notify-8574d9c6f-vb2rt',
          pid: 1,
          level: 30,
          req_id: reqId(i),
          msg: 'request finished',
          res: { statusCode: 200 },
          route: '/v1/notify/push',
          responseTime: 11 + (i % 17),
          time: iso(300 + i * 6),
          v: 0,
        }),
      ),
      j({
        name: 'notify',
        hostname: 'notify-8574d9c6f-vb2rt',
        pid: 1,
        level: 40,
        msg: 'process stats',
        openFds: 1019,
        maxFds: 1024,
        uptimeHours: 214.8,
        sockets: { apns: 988, fcm: 4 },
        time: iso(1080),
        v: 0,
      }),
      times(60, (i) =>
        i % 2
          ? j({
              name: 'notify',
              hostname: 'notify-8574d9c6f-vb2rt',
              pid: 1,
              level: 50,
              err: {
                message: "EMFILE: too many open files, open '/app/templates/push/order-shipped.hbs'",
                name: 'Error',
                stack:
                  "Error: EMFILE: too many open files, open '/app/templates/push/order-shipped.hbs'\n    at Object.openSync (node:fs:573:18)\n    at Object.readFileSync (node:fs:452:35)\n    at renderTemplate (/app/dist/templates.js:22:31)",
                code: 'EMFILE',
              },
              msg: 'render failed',
              time: iso(1100 + i * 9),
              v: 0,
            })
          : j({
              name: 'notify',
              hostname: 'notify-8574d9c6f-vb2rt',
              pid: 1,
              level: 50,
              err: {
                message: 'accept EMFILE',
                name: 'Error',
                stack: 'Error: accept EMFILE\n    at TCP.onconnection (node:net:2098:24)',
                code: 'EMFILE',
              },
              msg: 'server error',
              time: iso(1100 + i * 9),
              v: 0,
            }),
      ),
    ),
    accept: ['restart-pod', 'escalate'],
    harmful: ['scale-up'],
  },
  {
    id: 'sixteenth-zerolog-secretsmanager-throttling',
    family: 'throttling',
    source: 'https://github.com/aws/aws-sdk-go/issues/3364',
    signal: 'Alert',
    containers: [
      { name: 'tenant-router', running: { startedAt: '2026-02-11T05:30:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      weave(
        times(140, (i) =>
          j({
            level: 'info',
            time: iso(300 + i * 6),
            tenant: `t-${(i * 37) % 400}`,
            path: '/v1/route',
            status: 200,
            duration: ((i * 11) % 50) / 10,
            message: 'request',
          }),
        ),
        times(40, (i) =>
          j({
            level: 'debug',
            time: iso(303 + i * 21),
            tenant: `t-${(i * 37) % 400}`,
            secret: `tenants/t-${(i * 37) % 400}/db`,
            cache: 'disabled',
            message: 'fetching tenant credentials',
          }),
        ),
        chatter('json', 60),
      ),
      j({
        level: 'warn',
        time: iso(1150),
        message:
          'HPA scaled tenant-router 6 -> 14 replicas; each replica prefetches all tenant secrets on start',
      }),
      times(80, (i) =>
        j({
          level: 'error',
          time: iso(1170 + i * 6),
          tenant: `t-${(i * 53) % 400}`,
          error: `operation error Secrets Manager: GetSecretValue, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: ${reqId(i + 500)}, api error ThrottlingException: Rate exceeded`,
          message: 'tenant credentials unavailable',
        }),
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
  {
    id: 'sixteenth-serilog-export-volume-full',
    family: 'storage',
    source: 'https://github.com/neo-project/neo-node/issues/207',
    signal: 'Alert',
    containers: [
      { name: 'reporting', running: { startedAt: '2026-02-05T00:00:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      times(100, (i) =>
        j({
          '@t': clef(300 + i * 8),
          '@mt': 'Wrote report {Report} for {Tenant} to {Path} ({Bytes} bytes)',
          Report: 'daily-ledger',
          Tenant: `t-${i % 40}`,
          Path: `/data/exports/2026-02-11/t-${i % 40}.parquet`,
          Bytes: 8_400_000 + i * 1000,
          SourceContext: 'Reporting.Exports.ParquetWriter',
        }),
      ),
      j({
        '@t': clef(1110),
        '@mt': 'Retention sweep skipped: {Reason}',
        '@l': 'Warning',
        Reason: 'RETENTION_DAYS not set',
        SourceContext: 'Reporting.Exports.Retention',
      }),
      times(50, (i) =>
        j({
          '@t': clef(1130 + i * 10),
          '@mt': 'Export {Report} for {Tenant} failed',
          '@l': 'Error',
          '@x': `System.IO.IOException: No space left on device : '/data/exports/2026-02-11/t-${i % 40}.parquet'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan\`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()\n   at Parquet.ParquetWriter.DisposeAsync()\n   at Reporting.Exports.ParquetWriter.WriteAsync(Report report, CancellationToken ct) in /src/Reporting/Exports/ParquetWriter.cs:line 57`,
          Report: 'daily-ledger',
          Tenant: `t-${i % 40}`,
          SourceContext: 'Reporting.Exports.ExportJob',
        }),
      ),
      j({
        '@t': clef(1650),
        '@mt': 'Volume {Mount}: {Used} of {Size} used',
        '@l': 'Warning',
        Mount: '/data (pvc reporting-exports, gp3)',
        Used: '199.9Gi',
        Size: '200Gi',
        SourceContext: 'Reporting.Diagnostics.Disk',
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixteenth-jul-spool-ephemeral-storage-evicted',
    family: 'storage',
    source: 'https://github.com/kubernetes/kubernetes/issues/122160',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [{ name: 'document-intake', terminated: { reason: 'Error', exitCode: 137 }, restarts: 0 }],
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
      },
      { reason: 'Killing', message: 'Stopping container document-intake', type: 'Normal' },
      {
        reason: 'ExceededGracePeriod',
        message: 'Container runtime did not kill the pod within specified grace period.',
      },
    ],
    previousLog: log(
      times(
        90,
        (i) =>
          `Feb 11, 2026 8:${String(5 + Math.floor(i / 6)).padStart(2, '0')}:${String((i * 10) % 60).padStart(2, '0')} AM com.example.intake.SpoolingUploadHandler handle\nINFO: spooled upload ${reqId(i).slice(0, 8)} (${14 + (i % 30)} MB) to /tmp/intake-spool/${reqId(i).slice(0, 8)}.pdf`,
      ),
      'Feb 11, 2026 8:14:02 AM com.example.intake.OcrClient call',
      'WARNING: OCR backend slow (p95 4.1s); spooled documents are kept until OCR completes',
      'Feb 11, 2026 8:19:40 AM com.example.intake.SpoolJanitor run',
      'WARNING: spool janitor disabled (intake.spool.cleanup=false)',
      'Feb 11, 2026 8:24:11 AM com.example.intake.SpoolingUploadHandler handle',
      'INFO: spool directory /tmp/intake-spool holds 1,941 MB in 112 files',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixteenth-pvc-zone-pinned-no-nodes',
    family: 'scheduling',
    source: 'https://github.com/kubernetes/kubernetes/issues/108096',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'search-shard', waiting: { reason: 'ContainerCreating' }, restarts: 0 }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/9 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 6 node(s) had volume node affinity conflict. preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.',
        count: 27,
      },
      {
        reason: 'NotTriggerScaleUp',
        message:
          "pod didn't trigger scale-up: 2 node(s) had volume node affinity conflict, 1 max node group size reached",
        type: 'Normal',
        count: 14,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'sixteenth-workers-left-cordoned-after-patching',
    family: 'scheduling',
    source: 'https://github.com/openshift/verification-tests/pull/456',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [{ name: 'cart', waiting: { reason: 'ContainerCreating' }, restarts: 0 }],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/6 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) were unschedulable. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.',
        count: 40,
      },
      {
        reason: 'SuccessfulCreate',
        message: 'Created pod: cart-6b7c9d8f5-qq2lp',
        type: 'Normal',
        on: 'Deployment',
      },
    ],
    accept: ['uncordon-node', 'escalate'],
  },
  {
    id: 'sixteenth-node-pleg-unhealthy-runtime-hung',
    family: 'node',
    source: 'https://github.com/kubernetes/kubernetes/issues/61117',
    signal: 'NodeNotReady',
    containers: [
      { name: 'geo-api', running: { startedAt: '2026-02-11T03:10:00Z' }, ready: false, restarts: 0 },
    ],
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready' },
      {
        reason: 'FailedKillPod',
        message:
          'error killing pod: [failed to "KillContainer" for "geo-api" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"]',
        count: 6,
      },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod prod/geo-api-7f6d5c4b3-p8z2k',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(120, (i) =>
        j({
          level: 'info',
          ts: iso(300 + i * 2),
          msg: 'served',
          path: `/v1/geocode?q=${['berlin', 'lyon', 'porto', 'gdansk'][i % 4]}`,
          status: 200,
          ms: (i * 3) % 25,
        }),
      ),
      j({ level: 'warn', ts: iso(541), msg: 'kubelet has not probed /healthz for 190s' }),
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  {
    id: 'sixteenth-log4j2-payments-503-unrelated-flag-rollout',
    family: 'dependency',
    source: 'https://github.com/istio/istio/issues/20475',
    signal: 'Alert',
    rollout: { minutesAgo: 24, addedEnv: { FEATURE_RECOMMENDATIONS_V2: 'false' } },
    containers: [
      { name: 'orders', running: { startedAt: '2026-02-11T08:06:30Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      weave(
        times(110, (i) =>
          j({
            instant: { epochSecond: epoch(400 + i * 6), nanoOfSecond: (i * 7654321) % 1e9 },
            thread: `http-nio-8080-exec-${(i % 20) + 1}`,
            level: 'INFO',
            loggerName: 'com.example.orders.web.RequestLog',
            message: `GET /orders/${550000 + i} 200 ${(i * 7) % 60}ms`,
            endOfBatch: false,
            loggerFqcn: 'org.apache.logging.slf4j.Log4jLogger',
            threadId: 40 + (i % 20),
            threadPriority: 5,
          }),
        ),
        envoy(60, 402),
        times(30, (i) =>
          j({
            instant: { epochSecond: epoch(405 + i * 20), nanoOfSecond: 0 },
            thread: `http-nio-8080-exec-${(i % 20) + 1}`,
            level: 'DEBUG',
            loggerName: 'com.example.orders.web.PayloadLog',
            message: j(fatRequest(405 + i * 20, i + 100)),
            endOfBatch: false,
            loggerFqcn: 'org.apache.logging.slf4j.Log4jLogger',
            threadId: 40 + (i % 20),
            threadPriority: 5,
          }),
        ),
      ),
      times(70, (i) =>
        j({
          instant: { epochSecond: epoch(1330 + i * 5), nanoOfSecond: (i * 1234567) % 1e9 },
          thread: `http-nio-8080-exec-${(i % 20) + 1}`,
          level: 'ERROR',
          loggerName: 'com.example.orders.payments.PaymentsClient',
          message: `capture failed for order ${560000 + i}`,
          thrown: {
            commonElementCount: 0,
            localizedMessage:
              '503 Service Unavailable: "upstream connect error or disconnect/reset before headers. reset reason: connection failure"',
            message:
              '503 Service Unavailable: "upstream connect error or disconnect/reset before headers. reset reason: connection failure"',
            name: 'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable',
            extendedStackTrace: [
              {
                class: 'org.springframework.web.client.HttpServerErrorException',
                method: 'create',
                file: 'HttpServerErrorException.java',
                line: 116,
                exact: false,
                location: 'spring-web-6.1.3.jar',
                version: '6.1.3',
              },
              {
                class: 'com.example.orders.payments.PaymentsClient',
                method: 'capture',
                file: 'PaymentsClient.java',
                line: 74,
                exact: true,
                location: 'classes',
                version: '?',
              },
            ],
          },
          endOfBatch: false,
          loggerFqcn: 'org.apache.logging.slf4j.Log4jLogger',
          threadId: 40 + (i % 20),
          threadPriority: 5,
        }),
      ),
      j({
        instant: { epochSecond: epoch(1690), nanoOfSecond: 0 },
        thread: 'scheduling-1',
        level: 'WARN',
        loggerName: 'com.example.orders.health.DependencyProbe',
        message:
          'dependency payments-gateway.payments.svc: 0/3 endpoints ready (last ready 08:21:48Z); orders degraded',
        endOfBatch: false,
        loggerFqcn: 'org.apache.logging.slf4j.Log4jLogger',
        threadId: 22,
        threadPriority: 5,
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'sixteenth-uvicorn-metrics-port-collides-after-rollout',
    family: 'port-conflict',
    source: 'https://github.com/wandb/openui/issues/226',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 11, addedEnv: { PROMETHEUS_MULTIPROC_DIR: '/tmp/prom', METRICS_PORT: '8000' } },
    containers: [crashed('recommendations', 3, 6)],
    previousLog: log(
      `${spaced(1650)} | INFO     | recs.main:configure_metrics:31 - prometheus exporter listening on 0.0.0.0:8000 (METRICS_PORT)`,
      `${spaced(1650.1)} | WARNING  | recs.features:load:77 - feature store snapshot is 26h old, using it anyway`,
      'INFO (uvicorn.error):  Started server process [1]',
      'INFO (uvicorn.error):  Waiting for application startup.',
      times(
        60,
        (i) =>
          `${spaced(1651 + i * 0.1)} | DEBUG    | recs.model:warm:52 - warmed embedding bucket ${i + 1}/60`,
      ),
      times(
        10,
        (i) =>
          `${spaced(1657 + i * 0.1)} | WARNING  | recs.features:lookup:140 - missing feature 'price_elasticity' for ${(i * 7919) % 100000} items, defaulting to 0.0`,
      ),
      'INFO (uvicorn.error):  Application startup complete.',
      "ERROR (uvicorn.error):  [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use",
      'INFO (uvicorn.error):  Waiting for application shutdown.',
      'INFO (uvicorn.error):  Application shutdown complete.',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-rustls-unknown-issuer-scratch-image',
    family: 'tls',
    source: 'https://github.com/atuinsh/atuin/issues/1142',
    signal: 'Alert',
    rollout: { minutesAgo: 21, previousTag: '2.2.6' },
    containers: [
      { name: 'webhook-relay', running: { startedAt: '2026-02-11T08:09:40Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      j({
        timestamp: iso(582),
        level: 'INFO',
        fields: {
          message: 'webhook-relay 2.3.1 starting',
          base_image: 'scratch',
          tls_roots: 'rustls-native-certs',
        },
        target: 'webhook_relay',
      }),
      j({
        timestamp: iso(582.2),
        level: 'WARN',
        fields: { message: 'no native root CA certificates found', count: 0 },
        target: 'rustls_native_certs',
      }),
      chatter('tracing', 20),
      weave(
        times(120, (i) =>
          j({
            timestamp: iso(600 + i * 8),
            level: 'INFO',
            fields: { message: 'finished processing request', latency: `${i % 9} ms`, status: 202 },
            target: 'tower_http::trace::on_response',
            span: { method: 'POST', uri: '/ingest', name: 'request' },
          }),
        ),
        times(120, (i) =>
          j({
            timestamp: iso(603 + i * 8),
            level: i % 5 === 4 ? 'ERROR' : 'WARN',
            fields: {
              message: i % 5 === 4 ? 'delivery abandoned after 5 attempts' : 'delivery failed, will retry',
              endpoint: `https://hooks.${['acme', 'globex', 'initech'][i % 3]}.example/events`,
              error: `error sending request for url (https://hooks.${['acme', 'globex', 'initech'][i % 3]}.example/events): error trying to connect: invalid peer certificate: UnknownIssuer`,
            },
            target: 'webhook_relay::deliver',
          }),
        ),
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixteenth-ecto-migrate-init-duplicate-table',
    family: 'migration',
    source: 'https://github.com/dwyl/phoenix-ecto-append-only-log-example/issues/25',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    rollout: { minutesAgo: 13, previousTag: '2.2.11' },
    initContainers: [crashed('migrate', 1, 6)],
    containers: [{ name: 'marketplace', waiting: { reason: 'PodInitializing' }, restarts: 0 }],
    previousLog: log(
      '[entrypoint] marketplace 2.3.1: bin/marketplace eval "Marketplace.Release.migrate()"',
      times(
        40,
        (i) =>
          `${hms(1638 + i * 0.03)} [debug] QUERY OK source="${['oban_jobs', 'oban_peers', 'sellers', 'listings'][i % 4]}" db=${(i % 5) + 0.4}ms queue=${((i % 3) / 10 + 0.1).toFixed(1)}ms idle=${900 + i}ms`,
      ),
      `${hms(1639.5)} [warning] Oban.Plugins.Stager is deprecated and has no effect; remove it from the plugins list`,
      `${hms(1640)} [info] Migrations already up`,
      `${hms(1640.2)} [debug] QUERY OK source="schema_migrations" db=2.8ms`,
      'SELECT s0."version"::bigint FROM "schema_migrations" AS s0 FOR UPDATE []',
      `${hms(1640.3)} [info] == Running 20260210141500 Marketplace.Repo.Migrations.CreateSellerPayouts.change/0 forward`,
      `${hms(1640.3)} [info] create table seller_payouts`,
      '** (Postgrex.Error) ERROR 42P07 (duplicate_table) relation "seller_payouts" already exists',
      '    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (elixir 1.16.1) lib/enum.ex:1700: Enum."-map/2-lists^map/1-0-"/2',
      '    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1161: Ecto.Adapters.SQL.execute_ddl/4',
      '    (ecto_sql 3.11.1) lib/ecto/migration/runner.ex:348: Ecto.Migration.Runner.log_and_execute_ddl/3',
    ),
    accept: ['rollback', 'escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'sixteenth-monolog-guzzle-fx-quota-429',
    family: 'quota',
    source: 'https://github.com/nextcloud/appstore/issues/1569',
    signal: 'Alert',
    containers: [
      { name: 'pricing-sync', running: { startedAt: '2026-02-11T00:00:00Z' }, ready: true, restarts: 0 },
    ],
    currentLog: log(
      times(
        90,
        (i) =>
          `[${iso(300 + i * 9).replace('Z', '000+00:00')}] messenger.INFO: Message App\\Message\\SyncPrices handled by App\\MessageHandler\\SyncPricesHandler::__invoke {"class":"App\\\\Message\\\\SyncPrices","message_id":${31000 + i},"handler":"App\\\\MessageHandler\\\\SyncPricesHandler::__invoke"} []`,
      ),
      `[${iso(1100).replace('Z', '000+00:00')}] php.INFO: Deprecated: Creation of dynamic property App\\Money\\Rate::$source is deprecated {"exception":"[object] (ErrorException(code: 0): Deprecated: Creation of dynamic property App\\\\Money\\\\Rate::$source is deprecated at /app/src/Money/Rate.php:19)"} []`,
      times(60, (i) =>
        i % 3 === 2
          ? `[${iso(1120 + i * 9).replace('Z', '000+00:00')}] messenger.WARNING: Error thrown while handling message App\\Message\\SyncPrices. Sending for retry #${(i % 3) + 1} using ${1000 * 2 ** (i % 3)} ms delay. Error: "Client error: \`GET https://api.fx-rates.example/v1/latest?base=EUR\` resulted in a \`429 Too Many Requests\` response:\n{"error":"monthly request quota exceeded for plan Startup (100000/100000)"}\n" {"class":"App\\\\Message\\\\SyncPrices","retryCount":${(i % 3) + 1},"delay":${1000 * 2 ** (i % 3)},"error":"Client error: \`GET https://api.fx-rates.example/v1/latest?base=EUR\` resulted in a \`429 Too Many Requests\` response"} []`
          : `[${iso(1120 + i * 9).replace('Z', '000+00:00')}] app.ERROR: FX sync failed, keeping rates from 2026-02-10T23:00:00Z {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 429): Client error: \`GET https://api.fx-rates.example/v1/latest?base=EUR\` resulted in a \`429 Too Many Requests\` response:\\n{\\"error\\":\\"monthly request quota exceeded for plan Startup (100000/100000)\\"}\\n at /app/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)"} []`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['scale-up', 'rollout-restart'],
  },
];
