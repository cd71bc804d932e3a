import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('2m40s', 7);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit clock field. */
const p2 = (n: number): string => String(n % 60).padStart(2, '0');

/** A three-digit millisecond field. */
const p3 = (n: number): string => String(Math.abs(n) % 1000).padStart(3, '0');

/**
 * A twenty-eighth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a fortnight of pages at a B2B SaaS company on EKS, the
 * ordinary mix an on-call rotation sees rather than a contest of tricks. Software: NestJS with
 * node-auth0, the LaunchDarkly Node SDK and BullMQ on Valkey; Rails under Puma with stripe-ruby,
 * RedisCacheStore on Valkey, ActiveRecord migrations in a Helm hook Job, Sidekiq with twilio-ruby and
 * redis-rb after an ElastiCache failover, GoodJob's LISTEN/NOTIFY notifier; Celery with SendGrid and a
 * Redis broker; FastAPI under uvicorn with opensearch-py; Django and Django Channels (daphne) with a
 * busybox init container; Laravel Horizon and php-fpm behind nginx; Phoenix releases with Postgrex and
 * Ecto migrations; .NET 8 (Kestrel, EF Core with Npgsql, MassTransit on SQS); Go with pgx behind
 * PgBouncer, nats.go and grpc-go's DNS resolver; Quarkus (the AWS SDK v2 S3 client, Kafka Streams)
 * and Micronaut with Kafka Streams state restoration; PostgreSQL itself on a PVC; and the platform
 * underneath: containerd pulling from ECR, the kubelet's Secret lookup and eviction manager, a node
 * whose kubelet stopped posting status, the scheduler and the cluster autoscaler at its maximum. Each
 * quotes the wording of the public thread, documentation page or source in `source`. Mix: 15
 * escalations; 9 restarts (6 right, 3 wrong: a Kafka Streams restore, an Ecto migration at boot and a
 * PostgreSQL crash recovery); 6 memory (4 raises right, 2 wrong: a JVM -Xmx cap and PHP's
 * memory_limit); 4 rollbacks (3 right: a missing env var, a Secret never created, a tag never pushed;
 * 1 wrong: a rollout whose migration already ran, failing on a rotated database password); 2
 * scale-ups; 2 node actions (a NotReady node, a node under disk pressure); 2 cache flushes (1 right, a
 * Rails cache Valkey at maxmemory; 1 wrong, a BullMQ queue Valkey at maxmemory).
 */
export const TWENTYEIGHTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (15)
  {
    id: 'twentyeighth-nestjs-tenant-admin-auth0-401',
    family: 'credentials',
    source: 'https://github.com/auth0/node-auth0/issues/682',
    signal: 'Alert',
    containers: [
      {
        name: 'tenant-admin',
        running: { startedAt: '2026-03-02T06:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          AUTH0_DOMAIN: 'acme-prod.eu.auth0.com',
          AUTH0_MGMT_CLIENT_ID: 'q8T2vLx0pR4mWz1nB7cY',
          PORT: '3000',
        },
        args: ['node', 'dist/main.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TenantProvisioningFailing: tenant-admin POST /v1/tenants/:id/users 502 ratio 0.98 over 15m (auth0 management api)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[Nest] 1  - 03/02/2026, 6:12:41 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 03/02/2026, 6:12:41 AM     LOG [InstanceLoader] ConfigModule dependencies initialized +14ms',
      '[Nest] 1  - 03/02/2026, 6:12:41 AM     LOG [InstanceLoader] TypeOrmModule dependencies initialized +2ms',
      '[Nest] 1  - 03/02/2026, 6:12:41 AM     LOG [InstanceLoader] Auth0Module dependencies initialized +1ms',
      '[Nest] 1  - 03/02/2026, 6:12:42 AM     LOG [RoutesResolver] TenantsController {/v1/tenants}: +4ms',
      '[Nest] 1  - 03/02/2026, 6:12:42 AM     LOG [RouterExplorer] Mapped {/v1/tenants/:id/users, POST} route +1ms',
      '[Nest] 1  - 03/02/2026, 6:12:42 AM     LOG [NestApplication] Nest application successfully started +3ms',
      times(
        30,
        (i) =>
          `[Nest] 1  - 03/02/2026, ${9 + Math.floor(i / 20)}:${p2(3 + i * 2)}:${p2(i * 7)} AM     LOG [HttpLogger] GET /v1/tenants/${4100 + i}/settings 200 ${8 + (i % 11)}ms`,
      ),
      '[Nest] 1  - 03/02/2026, 10:41:07 AM   ERROR [Auth0ManagementService] Failed to obtain Management API token for acme-prod.eu.auth0.com',
      '[Nest] 1  - 03/02/2026, 10:41:07 AM   ERROR [Auth0ManagementService] Error: {"error":"access_denied","error_description":"Unauthorized"}',
      '    at ManagementTokenProvider.getAccessToken (/app/node_modules/auth0/dist/cjs/management/management-client-options.js:38:19)',
      '    at async TokenProviderMiddleware.onRequest (/app/node_modules/auth0/dist/cjs/management/token-provider-middleware.js:21:35)',
      '    at async UsersManager.create (/app/node_modules/auth0/dist/cjs/management/__generated/managers/users-manager.js:212:26)',
      '    at async Auth0ManagementService.inviteUser (/app/dist/auth0/auth0-management.service.js:54:26)',
      '[Nest] 1  - 03/02/2026, 10:41:07 AM   ERROR [ExceptionsHandler] Bad Gateway',
      times(40, (i) =>
        i % 4 === 3
          ? `[Nest] 1  - 03/02/2026, 10:${p2(42 + Math.floor(i / 4))}:${p2(i * 9)} AM   ERROR [Auth0ManagementService] Error: {"error":"access_denied","error_description":"Unauthorized"}`
          : i % 4 === 1
            ? `[Nest] 1  - 03/02/2026, 10:${p2(42 + Math.floor(i / 4))}:${p2(i * 9)} AM     LOG [HttpLogger] POST /v1/tenants/${4120 + i}/users 502 ${140 + i}ms`
            : `[Nest] 1  - 03/02/2026, 10:${p2(42 + Math.floor(i / 4))}:${p2(i * 9)} AM     LOG [HttpLogger] GET /v1/tenants/${4120 + i}/settings 200 ${7 + (i % 9)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-rails-billing-stripe-webhooks-400',
    family: 'credentials',
    source: 'https://github.com/integrallis/stripe_event/issues/128',
    signal: 'Alert',
    containers: [
      {
        name: 'puma',
        running: { startedAt: '2026-03-01T22:04:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          WEB_CONCURRENCY: '2',
          RAILS_MAX_THREADS: '5',
          RAILS_LOG_TO_STDOUT: '1',
        },
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StripeWebhooksRejected: billing-web POST /webhooks/stripe 400 ratio 1.00 over 30m (48 events pending retry)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(36, (i) => {
        const ts = `2026-03-03T02:${p2(10 + Math.floor(i / 3))}:${p2(i * 13)}.${p3(i * 71)}`;
        const rid = `7f3c${(i * 2654435761).toString(16).slice(-8)}`;
        if (i % 6 === 2) {
          return [
            `I, [${ts} #1]  INFO -- : [${rid}] Started POST "/webhooks/stripe" for 10.42.3.1 at 2026-03-03 02:${p2(10 + Math.floor(i / 3))}:${p2(i * 13)} +0000`,
            `I, [${ts} #1]  INFO -- : [${rid}] Processing by Webhooks::StripeController#create as JSON`,
            `W, [${ts} #1]  WARN -- : [${rid}] Stripe webhook rejected: Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload`,
            `I, [${ts} #1]  INFO -- : [${rid}] Completed 400 Bad Request in ${2 + (i % 4)}ms (ActiveRecord: 0.0ms | Allocations: ${900 + i * 3})`,
          ].join('\n');
        }
        return [
          `I, [${ts} #1]  INFO -- : [${rid}] Started GET "/api/v2/invoices?page=${(i % 5) + 1}" for 10.42.3.1 at 2026-03-03 02:${p2(10 + Math.floor(i / 3))}:${p2(i * 13)} +0000`,
          `I, [${ts} #1]  INFO -- : [${rid}] Processing by Api::V2::InvoicesController#index as JSON`,
          `I, [${ts} #1]  INFO -- : [${rid}] Completed 200 OK in ${18 + (i % 30)}ms (Views: 4.1ms | ActiveRecord: ${6 + (i % 9)}.3ms | Allocations: ${12000 + i * 41})`,
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-celery-notifications-sendgrid-401',
    family: 'credentials',
    source: 'https://github.com/sendgrid/sendgrid-python/issues/954',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-04T05:40:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'notify.settings.production',
          CELERY_BROKER_URL: 'redis://broker-valkey.platform.svc.cluster.local:6379/0',
          EMAIL_BACKEND: 'sendgrid',
        },
        args: ['celery', '-A', 'notify', 'worker', '-Q', 'email,default', '-c', '4', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CeleryTaskFailureRatio: notify.tasks.send_transactional_email failure ratio 1.00 over 10m (1,204 retries)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-03-04 05:40:04,118: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/0',
      '[2026-03-04 05:40:04,131: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-03-04 05:40:05,160: INFO/MainProcess] mingle: sync with 2 nodes',
      '[2026-03-04 05:40:05,161: INFO/MainProcess] celery@notify-worker-6c9d7b8f5-x2mzq ready.',
      times(24, (i) => {
        const t = `2026-03-04 07:${p2(2 + Math.floor(i / 3))}:${p2(i * 11)},${p3(i * 37)}`;
        const id = `9b1c${p3(i)}e2-44d1-4f0a-8c1b-5d2e0a7f${p3(i * 7)}1`;
        if (i % 3 === 0) {
          return `[${t}: INFO/MainProcess] Task notify.tasks.render_digest[${id}] received\n[${t}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task notify.tasks.render_digest[${id}] succeeded in ${(0.2 + (i % 5) * 0.07).toFixed(3)}s: None`;
        }
        return [
          `[${t}: INFO/MainProcess] Task notify.tasks.send_transactional_email[${id}] received`,
          `[${t}: WARNING/ForkPoolWorker-${(i % 4) + 1}] SendGrid rejected message template=invoice_ready status=401 body={"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`,
          `[${t}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task notify.tasks.send_transactional_email[${id}] retry: Retry in ${60 * ((i % 3) + 1)}s: UnauthorizedError()`,
        ].join('\n');
      }),
      '[2026-03-04 07:14:52,903: ERROR/ForkPoolWorker-3] Task notify.tasks.send_transactional_email[c0ffee12-7a9b-4c3d-9e8f-112233445566] raised unexpected: UnauthorizedError()',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task',
      '    R = retval = fun(*args, **kwargs)',
      '  File "/app/notify/tasks.py", line 88, in send_transactional_email',
      '    response = sg.send(message)',
      '  File "/usr/local/lib/python3.12/site-packages/sendgrid/base_interface.py", line 62, in send',
      '    return self.client.mail.send.post(request_body=message)',
      '  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request',
      '    self._make_request(opener, request, timeout=timeout)',
      '  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 184, in _make_request',
      '    raise exc',
      'python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized',
      times(
        12,
        (i) =>
          `[2026-03-04 07:${p2(15 + i)}:0${i % 10},${p3(i * 91)}: INFO/MainProcess] Task notify.tasks.send_transactional_email[5e7a${p3(i)}b0-1c2d-4e3f-8a9b-00aa11bb${p3(i * 3)}c] received`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-sidekiq-reminders-twilio-429',
    family: 'rate-limit',
    source: 'https://github.com/twilio-labs/serverless-api/issues/37',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-03-05T12:00:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { RAILS_ENV: 'production', SIDEKIQ_CONCURRENCY: '10', MALLOC_ARENA_MAX: '2' },
        args: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml', '-q', 'sms,5', '-q', 'default,1'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'SidekiqQueueLatencyHigh: queue sms latency 1840s, 22,410 enqueued (appointment reminders)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-03-05T12:00:33.114Z pid=1 tid=2k4c INFO: Booted Rails 7.1.3 application in production environment',
      '2026-03-05T12:00:33.120Z pid=1 tid=2k4c INFO: Running in ruby 3.3.0 (2023-12-25 revision 5124f9ac75) +YJIT [x86_64-linux]',
      '2026-03-05T12:00:33.121Z pid=1 tid=2k4c INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>15, :pool_name=>"internal", :url=>"redis://sidekiq-valkey.platform.svc.cluster.local:6379/0"}',
      '2026-03-05T12:00:33.130Z pid=1 tid=2k4c INFO: Starting processing, hit Ctrl-C to stop',
      times(60, (i) => {
        const ts = `2026-03-05T18:${p2(40 + Math.floor(i / 6))}:${p2(i * 7)}.${p3(i * 53)}Z`;
        const jid = `a1b2${(i * 40503).toString(16).padStart(8, '0')}c3d4e5f6`.slice(0, 24);
        if (i % 3 === 0) {
          return `${ts} pid=1 tid=3m${p2(i)} class=AppointmentReminderSmsJob jid=${jid} INFO: start\n${ts} pid=1 tid=3m${p2(i)} class=AppointmentReminderSmsJob jid=${jid} elapsed=0.412 INFO: done`;
        }
        return [
          `${ts} pid=1 tid=3m${p2(i)} class=AppointmentReminderSmsJob jid=${jid} INFO: start`,
          `${ts} pid=1 tid=3m${p2(i)} class=AppointmentReminderSmsJob jid=${jid} elapsed=0.188 INFO: fail`,
          `${ts} pid=1 tid=3m${p2(i)} WARN: {"context":"Job raised exception","job":{"retry":25,"queue":"sms","class":"AppointmentReminderSmsJob","args":[${880000 + i}],"jid":"${jid}","retry_count":${i % 5}}}`,
          `${ts} pid=1 tid=3m${p2(i)} WARN: Twilio::REST::RestError: [HTTP 429] 20429 : Unable to create record`,
          'Too many requests',
          'https://www.twilio.com/docs/errors/20429',
        ].join('\n');
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-pgx-ledger-api-pgbouncer-full',
    family: 'connection-limit',
    source: 'https://github.com/pgbouncer/pgbouncer/issues/1086',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-api', 1, 5),
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          DATABASE_URL: 'postgres://ledger@pgbouncer.data.svc.cluster.local:6432/ledger?sslmode=disable',
          DB_MAX_CONNS: '40',
          GRPC_PORT: '9090',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container ledger-api in pod ledger-api-7b9c4d6f8-kq2lx',
        count: 23,
      },
      {
        reason: 'AlertFiring',
        message: 'PgBouncerClientsWaiting: pgbouncer cl_waiting 310, max_client_conn 400 reached',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"time":"2026-03-06T14:20:01.114Z","level":"INFO","msg":"starting ledger-api","version":"2.3.1","commit":"a91f3c2"}',
      '{"time":"2026-03-06T14:20:01.116Z","level":"INFO","msg":"loaded config","grpc_port":9090,"http_port":8080,"db_max_conns":40}',
      '{"time":"2026-03-06T14:20:01.117Z","level":"INFO","msg":"otel exporter configured","endpoint":"otel-collector.observability.svc.cluster.local:4317"}',
      '{"time":"2026-03-06T14:20:01.119Z","level":"INFO","msg":"sentry initialised","environment":"production","release":"ledger-api@2.3.1"}',
      '{"time":"2026-03-06T14:20:01.121Z","level":"INFO","msg":"connecting to database","host":"pgbouncer.data.svc.cluster.local","port":6432,"database":"ledger"}',
      times(
        16,
        (i) =>
          `{"time":"2026-03-06T14:20:${p2(2 + i)}.${p3(300 + i * 11)}Z","level":"WARN","msg":"database not ready, retrying","attempt":${i + 1},"err":"failed to connect to \`user=ledger database=ledger\`: 10.100.41.7:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: no more connections allowed (max_client_conn) (SQLSTATE 08P01)"}`,
      ),
      '{"time":"2026-03-06T14:20:18.402Z","level":"ERROR","msg":"failed to initialise database pool","err":"failed to connect to `user=ledger database=ledger`: 10.100.41.7:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: no more connections allowed (max_client_conn) (SQLSTATE 08P01)"}',
      '{"time":"2026-03-06T14:20:18.402Z","level":"ERROR","msg":"exiting","code":1}',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'twentyeighth-dotnet-invoicing-db-tls-notimevalid',
    family: 'certificate',
    source: 'https://github.com/Devolutions/UniGetUI/issues/4377',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'invoicing-api',
        running: { startedAt: '2026-03-07T00:01:12Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          DOTNET_ENVIRONMENT: 'Production',
          ConnectionStrings__Invoicing:
            'Host=invoicing-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com;Database=invoicing;Username=invoicing_app;SSL Mode=VerifyFull;Root Certificate=/etc/ssl/rds/eu-west-1-bundle.pem',
        },
        mounts: [{ volume: 'rds-ca', path: '/etc/ssl/rds' }],
      },
    ],
    volumes: [{ name: 'rds-ca', configMap: 'rds-ca-bundle' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 96,
      },
    ],
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      times(18, (i) =>
        i % 3 === 2
          ? [
              'warn: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[103]',
              `      Health check npgsql with status Unhealthy completed after ${(5000 + i * 3).toFixed(4)}ms with message '(null)'`,
            ].join('\n')
          : [
              'info: Microsoft.AspNetCore.Hosting.Diagnostics[2]',
              `      Request finished HTTP/1.1 GET http://10.42.6.21:8080/health/ready - 503 null text/plain ${(4.1 + i).toFixed(4)}ms`,
            ].join('\n'),
      ),
      'fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]',
      "      An error occurred using the connection to database 'invoicing' on server 'tcp://invoicing-db.cluster-c9x2k1.eu-west-1.rds.amazonaws.com:5432'.",
      'fail: Invoicing.Api.Jobs.DunningWorker[0]',
      '      Dunning run failed',
      '      Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.12.44:5432',
      '       ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid',
      '         at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)',
      '         at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)',
      '         at Npgsql.Internal.NpgsqlConnector.NegotiateEncryption(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, Boolean isFirstAttempt)',
      '         at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|213_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)',
      '         --- End of inner exception stack trace ---',
      '         at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
      '         at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)',
      '         at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)',
      '         at Invoicing.Api.Jobs.DunningWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Invoicing.Api/Jobs/DunningWorker.cs:line 61',
      times(
        12,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://10.42.6.21:8080/health/ready - 503 null text/plain ${(5003.2 + i).toFixed(4)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-fastapi-support-api-opensearch-blocked',
    family: 'disk-full',
    source: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/31343',
    signal: 'Alert',
    containers: [
      {
        name: 'support-api',
        running: { startedAt: '2026-03-07T09:00:04Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          OPENSEARCH_URL: 'https://search-support-prod.eu-west-1.es.amazonaws.com',
          OPENSEARCH_INDEX: 'tickets-v3',
          UVICORN_WORKERS: '2',
        },
        args: ['uvicorn', 'support.main:app', '--host', '0.0.0.0', '--port', '8000', '--workers', '2'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SearchIndexingFailing: support-api ticket index writes failing 100% over 10m; ticket search results stale',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'INFO:     Started server process [8]',
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      times(40, (i) =>
        i % 5 === 4
          ? [
              `2026-03-07 13:${p2(20 + Math.floor(i / 5))}:${p2(i * 3)},${p3(i * 17)} ERROR [support.search.indexer] failed to index ticket ${88100 + i}`,
              'Traceback (most recent call last):',
              '  File "/app/support/search/indexer.py", line 41, in index_ticket',
              '    await client.index(index=settings.opensearch_index, id=str(ticket.id), body=doc)',
              '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/_async/client/__init__.py", line 380, in index',
              '    return await self.transport.perform_request(',
              '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/_async/transport.py", line 408, in perform_request',
              '    raise e',
              "opensearchpy.exceptions.TransportError: TransportError(429, 'cluster_block_exception', 'index [tickets-v3] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];')",
            ].join('\n')
          : `INFO:     10.42.${(i % 5) + 1}.${20 + i}:5${p3(i * 29)} - "${i % 2 ? 'POST /v1/tickets HTTP/1.1" 201 Created' : `GET /v1/tickets/${88000 + i} HTTP/1.1" 200 OK`}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-phoenix-portal-readiness-nxdomain',
    family: 'dns',
    source: 'https://github.com/elixir-ecto/postgrex/issues/255',
    signal: 'Alert',
    containers: [
      {
        name: 'portal',
        running: { startedAt: '2026-03-08T07:30:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          PHX_HOST: 'portal.acme.io',
          PHX_SERVER: 'true',
          DATABASE_URL: 'ecto://portal@pgbouncer-rw.data.svc.cluster.local:6432/portal',
          POOL_SIZE: '15',
        },
        args: ['/app/bin/server'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PortalReadinessDown: 4/4 pods of portal not ready for 12m',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 72,
      },
    ],
    currentLog: log(
      '07:30:11.402 [info] Running PortalWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '07:30:11.405 [info] Access PortalWeb.Endpoint at https://portal.acme.io',
      times(
        20,
        (i) =>
          `07:${p2(31 + i)}:${p2(i * 3)}.${p3(i * 41)} request_id=F7x${p3(i)}q2 [info] GET /api/health\n07:${p2(31 + i)}:${p2(i * 3)}.${p3(i * 41 + 2)} request_id=F7x${p3(i)}q2 [info] Sent 200 in ${2 + (i % 4)}ms`,
      ),
      '09:41:07.221 [error] Postgrex.Protocol (#PID<0.2471.0>) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed',
      times(50, (i) =>
        i % 5 === 4
          ? `09:${p2(41 + Math.floor(i / 5))}:${p2(i * 6)}.${p3(i * 13)} request_id=F8k${p3(i)}z1 [info] GET /api/health\n09:${p2(41 + Math.floor(i / 5))}:${p2(i * 6)}.${p3(i * 13 + 5)} request_id=F8k${p3(i)}z1 [info] Sent 503 in 5004ms`
          : `09:${p2(41 + Math.floor(i / 5))}:${p2(i * 6)}.${p3(i * 13)} [error] Postgrex.Protocol (#PID<0.${2471 + (i % 15)}.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (pgbouncer-rw.data.svc.cluster.local:6432): non-existing domain - :nxdomain`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-quarkus-exports-s3-access-denied',
    family: 'permissions',
    source: 'https://github.com/quarkusio/quarkus-quickstarts/issues/815',
    signal: 'Alert',
    containers: [
      {
        name: 'exports-service',
        running: { startedAt: '2026-03-08T08:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          QUARKUS_PROFILE: 'prod',
          EXPORTS_BUCKET: 'acme-prod-customer-exports',
          AWS_REGION: 'eu-west-1',
          AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/exports-service-irsa',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
        mounts: [{ volume: 'aws-iam-token', path: '/var/run/secrets/eks.amazonaws.com/serviceaccount' }],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ExportDownloadsFailing: exports-service 5xx ratio 0.93 on /v1/exports/*/download over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '__  ____  __  _____   ___  __ ____  ______ ',
      ' --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ',
      ' -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ',
      '--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ',
      '2026-03-08 08:00:43,114 INFO  [io.quarkus] (main) exports-service 2.3.1 on JVM (powered by Quarkus 3.15.1) started in 2.314s. Listening on: http://0.0.0.0:8080',
      '2026-03-08 08:00:43,115 INFO  [io.quarkus] (main) Profile prod activated. ',
      '2026-03-08 08:00:43,115 INFO  [io.quarkus] (main) Installed features: [amazon-s3, cdi, hibernate-orm, jdbc-postgresql, narayana-jta, rest, rest-jackson, scheduler, smallrye-health]',
      times(
        24,
        (i) =>
          `2026-03-08 ${p2(8 + Math.floor(i / 8))}:${p2(10 + i * 2)}:${p2(i * 7)},${p3(i * 31)} INFO  [com.acm.exp.ExportJob] (executor-thread-${(i % 4) + 1}) export ${44000 + i} for tenant ${310 + (i % 9)} written: ${1200 + i * 37} rows`,
      ),
      times(8, (i) =>
        [
          `2026-03-08 10:${p2(14 + i)}:52,${p3(118 + i * 7)} ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-${(i % 3) + 1}) HTTP Request to /v1/exports/${44011 + i}/download failed, error id: 1c9e${p3(i * 7)}a-${p3(i * 13)}4-4d2e-9f10-${p3(i)}7b: software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: M652TMBNA1DW${p3(i * 3)}, Extended Request ID: IVFIUI+nbmHAyIEbxRybqo/F794IoEYOauoBc71Ekb6am2K+rJq20bs8CVgPZ550Dl5E/G/vPGA=)`,
          '\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156)',
          '\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleResponse(AwsXmlPredicatedResponseHandler.java:108)',
          '\tat software.amazon.awssdk.core.internal.http.pipeline.stages.HandleResponseStage.execute(HandleResponseStage.java:40)',
          '\tat software.amazon.awssdk.services.s3.DefaultS3Client.getObject(DefaultS3Client.java:5368)',
          '\tat com.acme.exports.ExportResource.download(ExportResource.java:77)',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-masstransit-billing-worker-sqs-queue-missing',
    family: 'config',
    source: 'https://github.com/MassTransit/MassTransit/issues/3094',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('billing-worker', 134, 8),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          AWS_REGION: 'eu-west-1',
          MassTransit__QueuePrefix: 'prod-',
          MassTransit__ConfigureTopology: 'false',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container billing-worker in pod billing-worker-5d8f7c9b6-m4t2p',
        count: 31,
      },
    ],
    previousLog: log(
      'info: MassTransit[0]',
      '      Configured endpoint prod-invoice-issued, Consumer: Billing.Worker.Consumers.InvoiceIssuedConsumer',
      'info: MassTransit[0]',
      '      Configured endpoint prod-payment-captured, Consumer: Billing.Worker.Consumers.PaymentCapturedConsumer',
      'info: MassTransit[0]',
      '      Configured endpoint prod-subscription-renewed, Consumer: Billing.Worker.Consumers.SubscriptionRenewedConsumer',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'dbug: MassTransit[0]',
      '      Starting bus: amazonsqs://eu-west-1/',
      'fail: MassTransit.ReceiveTransport[0]',
      '      Connection Failed: amazonsqs://eu-west-1/prod-payment-captured',
      '      Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist for this wsdl version.',
      "       ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
      '         at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)',
      '         at Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)',
      '         --- End of inner exception stack trace ---',
      '         at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)',
      '         at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)',
      '         at MassTransit.AmazonSqsTransport.ClientContext.GetQueueUrl(String queueName)',
      'info: MassTransit[0]',
      '      Bus started: amazonsqs://eu-west-1/',
      'fail: Microsoft.Extensions.Hosting.Internal.Host[11]',
      '      Hosting failed to start',
      '      MassTransit.ConnectionException: Connection Failed: amazonsqs://eu-west-1/prod-payment-captured',
      '       ---> Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist for this wsdl version.',
      'Unhandled exception. MassTransit.ConnectionException: Connection Failed: amazonsqs://eu-west-1/prod-payment-captured',
      ' ---> Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist for this wsdl version.',
      '   at MassTransit.Transports.ReceiveEndpoint.Started(CancellationToken cancellationToken)',
      '   at MassTransit.MassTransitHostedService.StartAsync(CancellationToken cancellationToken)',
      '   at Microsoft.Extensions.Hosting.Internal.Host.StartAsync(CancellationToken cancellationToken)',
      '   at Program.<Main>$(String[] args) in /src/Billing.Worker/Program.cs:line 48',
      '   at Program.<Main>(String[] args)',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-rails-db-migrate-hook-job-failed',
    family: 'bad-migration',
    source: 'https://github.com/rubyforgood/human-essentials/issues/3715',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'db-migrate',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '512Mi',
        cpuLimit: '500m',
        env: { RAILS_ENV: 'production', DISABLE_DATABASE_ENVIRONMENT_CHECK: '0' },
        args: ['bundle', 'exec', 'rails', 'db:migrate'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container db-migrate', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      'I, [2026-03-09T09:15:02.114511 #1]  INFO -- : Migrating to CreateUsageRollups (20260309091200)',
      '== 20260309091200 CreateUsageRollups: migrating ===============================',
      '-- create_table(:usage_rollups)',
      '   -> 0.0113s',
      '-- add_index(:usage_rollups, [:account_id, :period_start], {:unique=>true})',
      '   -> 0.0042s',
      '== 20260309091200 CreateUsageRollups: migrated (0.0161s) ======================',
      '',
      'I, [2026-03-09T09:15:02.141022 #1]  INFO -- : Migrating to AddTrialEndsAtToSubscriptions (20260309091500)',
      '== 20260309091500 AddTrialEndsAtToSubscriptions: migrating ====================',
      '-- add_column(:subscriptions, :trial_ends_at, :datetime)',
      'bin/rails aborted!',
      'StandardError: An error has occurred, this and all later migrations canceled: (StandardError)',
      '',
      'PG::DuplicateColumn: ERROR:  column "trial_ends_at" of relation "subscriptions" already exists',
      "/app/db/migrate/20260309091500_add_trial_ends_at_to_subscriptions.rb:3:in `change'",
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/migration.rb:960:in `exec_migration'",
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/migration.rb:944:in `block (2 levels) in migrate'",
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/migration.rb:1268:in `execute_migration_in_transaction'",
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/tasks/database_tasks.rb:260:in `migrate'",
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/railties/databases.rake:90:in `block (2 levels) in <main>'",
      '',
      'Caused by:',
      'ActiveRecord::StatementInvalid: PG::DuplicateColumn: ERROR:  column "trial_ends_at" of relation "subscriptions" already exists (ActiveRecord::StatementInvalid)',
      "/app/db/migrate/20260309091500_add_trial_ends_at_to_subscriptions.rb:3:in `change'",
      '',
      'Caused by:',
      'PG::DuplicateColumn: ERROR:  column "trial_ends_at" of relation "subscriptions" already exists (PG::DuplicateColumn)',
      "/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql/database_statements.rb:55:in `exec'",
      "/app/db/migrate/20260309091500_add_trial_ends_at_to_subscriptions.rb:3:in `change'",
      'Tasks: TOP => db:migrate',
      '(See full trace by running task with --trace)',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-postgres-reporting-db-wal-volume-full',
    family: 'disk-full',
    source: 'https://github.com/openstate/open-raadsinformatie/issues/427',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('postgres', 1, 9),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { PGDATA: '/var/lib/postgresql/data/pgdata', POSTGRES_DB: 'reporting' },
        mounts: [{ volume: 'data', path: '/var/lib/postgresql/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-reporting-postgres-0' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container postgres in pod reporting-postgres-0',
        count: 44,
      },
    ],
    previousLog: log(
      '',
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
      '',
      '2026-03-10 04:12:01.114 UTC [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-03-10 04:12:01.121 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-03-10 04:12:01.121 UTC [1] LOG:  listening on IPv6 address "::", port 5432',
      '2026-03-10 04:12:01.126 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2026-03-10 04:12:01.140 UTC [29] LOG:  database system was interrupted; last known up at 2026-03-10 03:58:12 UTC',
      times(
        6,
        (i) =>
          `2026-03-10 04:12:0${1 + Math.floor(i / 3)}.${p3(300 + i * 97)} UTC [${31 + i}] FATAL:  the database system is starting up`,
      ),
      '2026-03-10 04:12:01.402 UTC [29] LOG:  database system was not properly shut down; automatic recovery in progress',
      '2026-03-10 04:12:01.419 UTC [29] LOG:  redo starts at 3/9A000028',
      times(
        5,
        (i) =>
          `2026-03-10 04:12:0${2 + Math.floor(i / 3)}.${p3(100 + i * 211)} UTC [${40 + i}] FATAL:  the database system is starting up`,
      ),
      '2026-03-10 04:12:03.881 UTC [29] PANIC:  could not write to file "pg_wal/xlogtemp.29": No space left on device',
      '2026-03-10 04:12:03.990 UTC [1] LOG:  startup process (PID 29) was terminated by signal 6: Aborted',
      '2026-03-10 04:12:03.990 UTC [1] LOG:  aborting startup due to startup process failure',
      '2026-03-10 04:12:04.002 UTC [1] LOG:  database system is shut down',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-channels-live-updates-pending-no-capacity',
    family: 'capacity',
    source: 'https://github.com/kubernetes/autoscaler/issues/5692',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'daphne',
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          DJANGO_SETTINGS_MODULE: 'live.settings.production',
          CHANNEL_LAYERS_REDIS: 'redis://channels-valkey.platform.svc.cluster.local:6379/2',
        },
        args: ['daphne', '-b', '0.0.0.0', '-p', '8001', 'live.asgi:application'],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/14 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 12 Insufficient cpu. preemption: 0/14 nodes are available: 2 Preemption is not helpful for scheduling, 12 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 38,
      },
      {
        reason: 'NotTriggerScaleUp',
        message:
          "pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached",
        type: 'Normal',
        count: 41,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-django-accounts-init-waiting-for-valkey',
    family: 'dependency-down',
    source: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-init-containers/',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'wait-for-sessions',
        running: { startedAt: '2026-03-10T11:02:14Z' },
        ready: false,
        restarts: 0,
        args: [
          'sh',
          '-c',
          'until nslookup sessions-valkey.cache.svc.cluster.local; do echo waiting for sessions-valkey; sleep 2; done',
        ],
      },
    ],
    containers: [
      {
        name: 'accounts',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'accounts.settings.production',
          SESSION_REDIS_URL: 'redis://sessions-valkey.cache.svc.cluster.local:6379/0',
        },
        args: ['gunicorn', 'accounts.wsgi', '-b', '0.0.0.0:8000', '-w', '3'],
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned accounts/accounts-6f7d9c8b4-wq5vz to ip-10-0-44-17.eu-west-1.compute.internal',
        type: 'Normal',
      },
      { reason: 'Started', message: 'Started container wait-for-sessions', type: 'Normal' },
    ],
    currentLog: log(
      times(30, () =>
        [
          'Server:    172.20.0.10',
          'Address 1: 172.20.0.10 kube-dns.kube-system.svc.cluster.local',
          '',
          "nslookup: can't resolve 'sessions-valkey.cache.svc.cluster.local'",
          'waiting for sessions-valkey',
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-nestjs-checkout-launchdarkly-401',
    family: 'credentials',
    source: 'https://github.com/launchdarkly/node-server-sdk/issues/288',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout-bff',
        running: { startedAt: '2026-03-11T07:45:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', LD_STREAM: 'true', PORT: '3000' },
        args: ['node', 'dist/main.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FeatureFlagsServingDefaults: checkout-bff ld_evaluations{reason="CLIENT_NOT_READY"} 100% over 20m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[Nest] 1  - 03/11/2026, 7:45:20 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 03/11/2026, 7:45:20 AM     LOG [InstanceLoader] FeatureFlagsModule dependencies initialized +3ms',
      'info: [LaunchDarkly] Opened LaunchDarkly stream connection',
      'error: [LaunchDarkly] Received error 401 (invalid SDK key) for streaming request - giving up permanently',
      'error: [LaunchDarkly] Authentication failed. Double check your SDK key.',
      '[Nest] 1  - 03/11/2026, 7:45:21 AM     LOG [NestApplication] Nest application successfully started +2ms',
      times(50, (i) =>
        i % 5 === 2
          ? "warn: [LaunchDarkly] Variation called before LaunchDarkly client initialization completed (did you wait for the 'ready' event?) - using default value"
          : `[Nest] 1  - 03/11/2026, ${8 + Math.floor(i / 25)}:${p2(i * 2)}:${p2(i * 11)} AM     LOG [HttpLogger] ${i % 2 ? 'POST /v1/cart/checkout 201' : 'GET /v1/cart 200'} ${12 + (i % 17)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- restarts right (6)
  {
    id: 'twentyeighth-quarkus-fraud-scoring-streams-threads-dead',
    family: 'wedged-consumer',
    source: 'https://github.com/sitewhere/sitewhere/issues/947',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scoring',
        running: { startedAt: '2026-03-10T17:22:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KAFKA_BOOTSTRAP_SERVERS:
            'b-1.events.kafka.eu-west-1.amazonaws.com:9098,b-2.events.kafka.eu-west-1.amazonaws.com:9098',
          QUARKUS_KAFKA_STREAMS_APPLICATION_ID: 'fraud-scoring',
          QUARKUS_KAFKA_STREAMS_TOPICS: 'payments.authorized,payments.refunded',
          JAVA_OPTS: '-XX:MaxRAMPercentage=60',
        },
        mounts: [{ volume: 'streams-state', path: '/var/lib/kafka-streams' }],
      },
    ],
    volumes: [{ name: 'streams-state', emptyDir: { sizeLimit: '5Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KafkaConsumerGroupLagHigh: group fraud-scoring lag 92,114 on payments.authorized (partitions 0-5), growing for 40m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-03-11 01:${p2(20 + i)}:${p2(i * 3)},${p3(i * 77)} INFO  [com.acm.fra.ScoringTopology] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) scored ${180 + (i % 40)} payments in last 60s, p99 ${11 + (i % 7)}ms`,
      ),
      '2026-03-11 01:41:12,004 WARN  [org.apa.kaf.cli.NetworkClient] (kafka-producer-network-thread | fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1-producer) [Producer clientId=fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1-producer] Connection to node 2 (b-2.events.kafka.eu-west-1.amazonaws.com/10.0.33.12:9098) could not be established. Broker may not be available.',
      '2026-03-11 01:42:12,118 ERROR [org.apa.kaf.str.pro.int.StreamThread] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-thread [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1] Encountered the following exception during processing and the thread is going to shut down: : org.apache.kafka.streams.errors.StreamsException: task [0_3] Abort sending since an error caught with a previous record (timestamp 1773193272004) to topic fraud-scoring-risk-store-changelog due to org.apache.kafka.common.errors.TimeoutException: Expiring 14 record(s) for fraud-scoring-risk-store-changelog-3:120001 ms has passed since batch creation',
      '\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.recordSendError(RecordCollectorImpl.java:306)',
      '\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.lambda$send$0(RecordCollectorImpl.java:253)',
      '\tat org.apache.kafka.clients.producer.KafkaProducer$AppendCallbacks.onCompletion(KafkaProducer.java:1506)',
      'Caused by: org.apache.kafka.common.errors.TimeoutException: Expiring 14 record(s) for fraud-scoring-risk-store-changelog-3:120001 ms has passed since batch creation',
      '2026-03-11 01:42:12,120 INFO  [org.apa.kaf.str.pro.int.StreamThread] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-thread [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1] State transition from RUNNING to PENDING_SHUTDOWN',
      '2026-03-11 01:42:12,120 INFO  [org.apa.kaf.str.pro.int.StreamThread] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-thread [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1] Shutting down',
      '2026-03-11 01:42:12,141 INFO  [org.apa.kaf.cli.con.KafkaConsumer] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) [Consumer clientId=fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1-restore-consumer, groupId=null] Unsubscribed all topics or patterns and assigned partitions',
      '2026-03-11 01:42:12,166 INFO  [org.apa.kaf.str.pro.int.StreamThread] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-thread [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1] State transition from PENDING_SHUTDOWN to DEAD',
      '2026-03-11 01:42:12,166 ERROR [org.apa.kaf.str.KafkaStreams] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-client [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f] All stream threads have died. The instance will be in error state and should be closed.',
      '2026-03-11 01:42:12,167 INFO  [org.apa.kaf.str.KafkaStreams] (fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f-StreamThread-1) stream-client [fraud-scoring-7c1e4a9f-2b3d-4c5e-8f60-1a2b3c4d5e6f] State transition from RUNNING to ERROR',
      times(
        30,
        (i) =>
          `2026-03-11 ${p2(1 + Math.floor((43 + i * 2) / 60))}:${p2(43 + i * 2)}:${p2(i * 17)},${p3(i * 13)} INFO  [io.qua.sma.hea.run.SmallRyeHealthReporter] (vert.x-eventloop-thread-${i % 2}) GET /q/health/live 200 (UP)`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-go-presence-gateway-nats-closed',
    family: 'wedged-consumer',
    source: 'https://github.com/nats-io/nats.go/issues/181',
    signal: 'Alert',
    containers: [
      {
        name: 'presence-gateway',
        running: { startedAt: '2026-03-09T10:11:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          NATS_URL: 'nats://nats.messaging.svc.cluster.local:4222',
          NATS_MAX_RECONNECTS: '60',
          NATS_RECONNECT_WAIT: '2s',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PresenceUpdatesStalled: rate(presence_events_published_total[5m]) == 0 on presence-gateway-66c7d9f8b-lq7rk for 25m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `{"level":"info","ts":${(1773225000.114 + i * 30).toFixed(3)},"caller":"ws/hub.go:88","msg":"websocket sessions","active":${2100 + i * 7},"published_last_30s":${5400 + i * 13}}`,
      ),
      '{"level":"warn","ts":1773225481.902,"caller":"natsx/conn.go:61","msg":"nats disconnected","error":"EOF"}',
      times(
        12,
        (i) =>
          `{"level":"warn","ts":${(1773225483.9 + i * 2).toFixed(3)},"caller":"natsx/conn.go:70","msg":"nats reconnect error","error":"dial tcp 10.100.12.9:4222: connect: connection refused"}`,
      ),
      '{"level":"error","ts":1773225603.911,"caller":"natsx/conn.go:79","msg":"nats connection closed","last_error":"nats: no servers available for connection"}',
      times(60, (i) =>
        i % 3 === 0
          ? `{"level":"info","ts":${(1773225630.114 + i * 25).toFixed(3)},"caller":"ws/hub.go:88","msg":"websocket sessions","active":${2190 - i},"published_last_30s":0}`
          : `{"level":"error","ts":${(1773225630.2 + i * 25).toFixed(3)},"caller":"presence/publisher.go:47","msg":"failed to publish presence update","subject":"presence.tenant.${400 + (i % 30)}","error":"nats: connection closed"}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-sidekiq-mailers-readonly-after-failover',
    family: 'stale-connection',
    source: 'https://github.com/sidekiq/sidekiq/issues/5271',
    signal: 'Alert',
    containers: [
      {
        name: 'sidekiq',
        running: { startedAt: '2026-03-08T21:03:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          REDIS_URL: 'redis://master.jobs-redis.x1y2z3.euw1.cache.amazonaws.com:6379/0',
          SIDEKIQ_CONCURRENCY: '10',
        },
        args: ['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SidekiqNotProcessing: processed rate 0 for 18m, queue default latency 1,120s (ElastiCache failover event at 03:11)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-03-11T03:${p2(Math.floor(i / 2))}:${p2(i * 13)}.${p3(i * 97)}Z pid=1 tid=ow${p2(i)}k class=InvoiceMailerJob jid=4c1d${p3(i)}9e7f${p3(i * 5)}a2b3 elapsed=${(0.3 + (i % 4) * 0.11).toFixed(3)} INFO: done`,
      ),
      '2026-03-11T03:11:06.412Z pid=1 tid=owf3k ERROR: Error fetching job: Redis::CannotConnectError: Error connecting to Redis on master.jobs-redis.x1y2z3.euw1.cache.amazonaws.com:6379 (Errno::ECONNRESET)',
      times(70, (i) => {
        const ts = `2026-03-11T03:${p2(11 + Math.floor(i / 4))}:${p2(i * 11)}.${p3(i * 31)}Z`;
        return i % 2 === 0
          ? `${ts} pid=1 tid=ow${p2(i)}q ERROR: Error fetching job: READONLY You can't write against a read only replica.`
          : `${ts} pid=1 tid=ow${p2(i)}q WARN: Redis::CommandError: READONLY You can't write against a read only replica.`;
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-celery-exports-worker-stopped-consuming',
    family: 'wedged-consumer',
    source: 'https://github.com/celery/celery/issues/10205',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-12T02:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          CELERY_BROKER_URL: 'redis://broker-valkey.platform.svc.cluster.local:6379/3',
          DJANGO_SETTINGS_MODULE: 'reports.settings.production',
        },
        args: ['celery', '-A', 'reports', 'worker', '-Q', 'exports', '-c', '4', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CeleryQueueBacklog: queue exports 18,422 messages, 0 tasks received by reports-worker in 35m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        18,
        (i) =>
          `[2026-03-12 06:${p2(Math.floor(i / 3))}:${p2(i * 19)},${p3(i * 37)}: INFO/MainProcess] Task reports.tasks.export_csv[2f4e${p3(i)}a1-77bb-4c10-9d2e-6a5b4c3d${p3(i * 9)}0] received\n[2026-03-12 06:${p2(Math.floor(i / 3))}:${p2(i * 19 + 4)},${p3(i * 41)}: INFO/ForkPoolWorker-${(i % 4) + 1}] Task reports.tasks.export_csv[2f4e${p3(i)}a1-77bb-4c10-9d2e-6a5b4c3d${p3(i * 9)}0] succeeded in ${(3.1 + (i % 6)).toFixed(3)}s: None`,
      ),
      '[2026-03-12 06:15:42,336: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-4xk2n',
      '[2026-03-12 06:16:17,946: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py", line 340, in start',
      '    blueprint.start(self)',
      '  File "/usr/local/lib/python3.12/site-packages/celery/bootsteps.py", line 116, in start',
      '    step.start(parent)',
      '  File "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py", line 746, in start',
      '    c.loop(*c.loop_args())',
      '  File "/usr/local/lib/python3.12/site-packages/celery/worker/loops.py", line 97, in asynloop',
      '    next(loop)',
      '  File "/usr/local/lib/python3.12/site-packages/kombu/asynchronous/hub.py", line 373, in create_loop',
      '    cb(*cbargs)',
      '  File "/usr/local/lib/python3.12/site-packages/kombu/transport/redis.py", line 1352, in on_readable',
      '    self.cycle.on_readable(fileno)',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 529, in read_response',
      '    response = self._parser.read_response(disable_decoding=disable_decoding)',
      "redis.exceptions.ConnectionError: Error while reading from broker-valkey.platform.svc.cluster.local:6379 : (104, 'Connection reset by peer')",
      '[2026-03-12 06:16:17,964: INFO/MainProcess] Temporarily reducing the prefetch count to 4 to avoid over-fetching since 4 tasks are currently being processed.',
      '[2026-03-12 06:16:18,002: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/3',
      '[2026-03-12 06:16:18,011: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-03-12 06:16:19,040: INFO/MainProcess] mingle: all alone',
      times(
        24,
        (i) =>
          `[2026-03-12 ${p2(6 + Math.floor((20 + i * 2) / 60))}:${p2(20 + i * 2)}:${p2(i * 7)},${p3(i * 53)}: INFO/MainProcess] missed heartbeat from celery@reports-worker-7c5d9b8c6-${i % 2 ? 'p9w3d' : 'h2m8s'}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-grpc-go-checkout-resolver-zero-addresses',
    family: 'stale-connection',
    source: 'https://github.com/grpc/grpc-go/issues/1795',
    signal: 'Alert',
    containers: [
      {
        name: 'checkout-api',
        running: { startedAt: '2026-03-06T13:44:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          PRICING_GRPC_TARGET: 'dns:///pricing-grpc.pricing.svc.cluster.local:50051',
          GRPC_LB_POLICY: 'round_robin',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CheckoutQuoteErrors: checkout-api -> pricing Unavailable 100% for 22m on checkout-api-5f6d8c7b9-vz8tq; pricing-grpc SLO green (other callers succeeding)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        14,
        (i) =>
          `{"time":"2026-03-12T15:${p2(10 + i)}:${p2(i * 4)}.${p3(i * 61)}Z","level":"INFO","msg":"request","method":"POST","path":"/v1/checkout/quote","status":200,"duration_ms":${31 + (i % 20)}}`,
      ),
      '{"time":"2026-03-12T15:24:40.118Z","level":"WARN","msg":"pricing quote failed","attempt":1,"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.42.7.19:50051: connect: connection refused\\""}',
      '{"time":"2026-03-12T15:24:41.302Z","level":"WARN","msg":"pricing quote failed","attempt":2,"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.42.3.88:50051: connect: connection refused\\""}',
      times(80, (i) =>
        i % 4 === 3
          ? `{"time":"2026-03-12T15:${p2(25 + Math.floor(i / 4))}:${p2(i * 9)}.${p3(i * 17)}Z","level":"INFO","msg":"request","method":"POST","path":"/v1/checkout/quote","status":503,"duration_ms":${1 + (i % 3)}}`
          : `{"time":"2026-03-12T15:${p2(25 + Math.floor(i / 4))}:${p2(i * 9)}.${p3(i * 17)}Z","level":"ERROR","msg":"pricing quote failed","attempt":${(i % 3) + 1},"error":"rpc error: code = Unavailable desc = last resolver error: produced zero addresses"}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-goodjob-notifier-unlistened-backlog',
    family: 'wedged-consumer',
    source: 'https://github.com/bensheldon/good_job/issues/303',
    signal: 'Alert',
    containers: [
      {
        name: 'good-job',
        running: { startedAt: '2026-03-13T04:00:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          GOOD_JOB_MAX_THREADS: '5',
          GOOD_JOB_POLL_INTERVAL: '30',
          DATABASE_URL: 'postgres://app@pgbouncer-session.data.svc.cluster.local:6433/app',
        },
        args: ['bundle', 'exec', 'good_job', 'start'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GoodJobQueueLatency: queue default oldest unfinished job 38m, 1,930 scheduled (usually < 5s)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I, [2026-03-13T04:00:05.114201 #1]  INFO -- : [GoodJob] [1] GoodJob 3.29.3 started scheduler with queues=* max_threads=5.',
      'I, [2026-03-13T04:00:05.220114 #1]  INFO -- : [GoodJob] Notifier subscribed with LISTEN',
      times(
        24,
        (i) =>
          `I, [2026-03-13T0${4 + Math.floor(i / 12)}:${p2(i * 5 + 1)}:${p2(i * 7)}.${p3(i * 19)}000 #1]  INFO -- : [GoodJob] [1] [GoodJob::Scheduler(queues=* max_threads=5)-worker-${(i % 5) + 1}] Executed GoodJob 7${p3(i)}a041-9fcb-4656-b2bb-04ea4c8b0${p3(i * 3)}`,
      ),
      'E, [2026-03-13T06:12:41.002118 #1] ERROR -- : [GoodJob] Notifier errored: PG::ConnectionBad: PQconsumeInput() server closed the connection unexpectedly',
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
      'I, [2026-03-13T06:12:41.002551 #1]  INFO -- : [GoodJob] Notifier unsubscribed with UNLISTEN',
      "E, [2026-03-13T06:12:41.004002 #1] ERROR -- : [GoodJob] Notifier errored: PG::ConnectionBad: PQsocket() can't get socket descriptor",
      times(
        30,
        (i) =>
          `I, [2026-03-13T06:${p2(13 + Math.floor(i * 1.5))}:${p2(i * 30)}.${p3(i * 23)}000 #1]  INFO -- : [GoodJob] [1] [GoodJob::Scheduler(queues=* max_threads=5)-worker-1] Executed GoodJob 9aa9${p3(i)}6-3a53-4edc-9a5e-a29b0e6f1${p3(i * 7)}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- restarts wrong (3)
  {
    id: 'twentyeighth-micronaut-balances-streams-restoring',
    family: 'slow-start',
    source: 'https://github.com/confluentinc/kafka-streams-examples/issues/180',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger-balances',
        running: { startedAt: '2026-03-13T10:01:58Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          KAFKA_BOOTSTRAP_SERVERS:
            'redpanda-0.redpanda.data.svc.cluster.local:9093,redpanda-1.redpanda.data.svc.cluster.local:9093',
          KAFKA_STREAMS_STATE_DIR: '/var/lib/kafka-streams',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=50',
        },
        mounts: [{ volume: 'streams-state', path: '/var/lib/kafka-streams' }],
      },
    ],
    volumes: [{ name: 'streams-state', emptyDir: { sizeLimit: '40Gi' } }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned ledger/ledger-balances-0 to ip-10-0-51-208.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 41,
      },
    ],
    currentLog: log(
      '10:02:00.114 [main] INFO  i.m.c.e.DefaultEnvironment - Established active environments: [k8s, cloud]',
      '10:02:01.902 [main] INFO  o.a.k.s.KafkaStreams - stream-client [ledger-balances-3f9a2c1e] State transition from CREATED to REBALANCING',
      '10:02:01.940 [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in 2114ms. Server Running: http://ledger-balances-0:8080',
      '10:02:04.118 [ledger-balances-3f9a2c1e-StreamThread-1] INFO  o.a.k.s.p.i.StreamThread - stream-thread [ledger-balances-3f9a2c1e-StreamThread-1] State transition from STARTING to PARTITIONS_ASSIGNED',
      '10:02:04.301 [ledger-balances-3f9a2c1e-StreamThread-1] INFO  o.a.k.s.p.i.ProcessorStateManager - stream-thread [ledger-balances-3f9a2c1e-StreamThread-1] task [0_0] State store account-balances did not find checkpoint offset, hence would default to the starting offset at changelog ledger-balances-account-balances-changelog-0',
      times(
        26,
        (i) =>
          `10:${p2(2 + Math.floor((34 + i * 30) / 60))}:${p2(34 + i * 30)}.${p3(i * 7)} [ledger-balances-3f9a2c1e-StreamThread-1] INFO  o.a.k.s.p.i.StoreChangelogReader - stream-thread [ledger-balances-3f9a2c1e-StreamThread-1] Restoration in progress for 4 partitions. {ledger-balances-account-balances-changelog-0: position=${210000 + i * 351000}, end=9120113, totalRestored=${210000 + i * 351000}} {ledger-balances-account-balances-changelog-1: position=${198000 + i * 342000}, end=8877201, totalRestored=${198000 + i * 342000}} {ledger-balances-account-balances-changelog-2: position=${205000 + i * 349000}, end=9034410, totalRestored=${205000 + i * 349000}} {ledger-balances-account-balances-changelog-3: position=${201000 + i * 340000}, end=8964022, totalRestored=${201000 + i * 340000}}`,
      ),
      times(
        10,
        (i) =>
          `10:${p2(4 + i)}:${p2(i * 6)}.${p3(i * 11)} [default-nioEventLoopGroup-1-${(i % 3) + 1}] INFO  c.a.l.h.StreamsHealthIndicator - kafka-streams state REBALANCING (restoring active tasks), reporting DOWN`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'twentyeighth-phoenix-ledger-boot-migration-running',
    family: 'slow-start',
    source: 'https://github.com/neutree-ai/agent-platform/pull/252',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'ledger',
        running: { startedAt: '2026-03-12T08:13:55Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { PHX_SERVER: 'true', POOL_SIZE: '10', RELEASE_COOKIE: 'set-by-secret' },
        args: ['sh', '-c', '/app/bin/migrate && exec /app/bin/server'],
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.5.31:4000/healthz": dial tcp 10.42.5.31:4000: connect: connection refused',
        type: 'Warning',
        count: 19,
      },
    ],
    currentLog: log(
      times(5, (i) =>
        [
          `08:13:5${6 + Math.floor(i / 3)}.${p3(120 + i * 90)} [info] == Running 2026030${2 + i}1000${i}0 Ledger.Repo.Migrations.${['AddInvoiceMemo', 'CreateFxRates', 'AddCurrencyToAccounts', 'CreateTenantLimits', 'AddExternalRefToEntries'][i]}.change/0 forward`,
          `08:13:5${6 + Math.floor(i / 3)}.${p3(121 + i * 90)} [info] ${['alter table invoices', 'create table fx_rates', 'alter table accounts', 'create table tenant_limits', 'alter table ledger_entries'][i]}`,
          `08:13:5${6 + Math.floor(i / 3)}.${p3(140 + i * 90)} [info] == Migrated 2026030${2 + i}1000${i}0 in 0.0s`,
        ].join('\n'),
      ),
      '08:13:57.652 [info] == Running 20260312080000 Ledger.Repo.Migrations.AddTenantIdToEntries.change/0 forward',
      '08:13:57.653 [info] alter table ledger_entries',
      '08:13:57.671 [info] == Migrated 20260312080000 in 0.0s',
      '08:13:57.690 [info] == Running 20260312080500 Ledger.Repo.Migrations.BackfillEntryTenantIds.up/0 forward',
      '08:13:57.691 [info] execute "UPDATE ledger_entries e SET tenant_id = a.tenant_id FROM accounts a WHERE e.account_id = a.id AND e.tenant_id IS NULL"',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    id: 'twentyeighth-postgres-analytics-crash-recovery-redo',
    family: 'slow-start',
    source: 'https://github.com/zalando/postgres-operator/issues/1974',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'postgres',
        running: { startedAt: '2026-03-13T01:02:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '4',
        env: { PGDATA: '/var/lib/postgresql/data/pgdata', POSTGRES_DB: 'analytics' },
        mounts: [{ volume: 'data', path: '/var/lib/postgresql/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-analytics-postgres-0' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned analytics/analytics-postgres-0 to ip-10-0-12-91.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: /var/run/postgresql:5432 - rejecting connections',
        type: 'Warning',
        count: 58,
      },
    ],
    currentLog: log(
      '',
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
      '',
      '2026-03-13 01:02:11.114 UTC [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '2026-03-13 01:02:11.121 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '2026-03-13 01:02:11.126 UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '2026-03-13 01:02:11.201 UTC [27] LOG:  database system was interrupted; last known up at 2026-03-13 00:41:52 UTC',
      '2026-03-13 01:02:11.455 UTC [27] LOG:  database system was not properly shut down; automatic recovery in progress',
      '2026-03-13 01:02:11.470 UTC [27] LOG:  redo starts at 1C/4E0012A8',
      times(60, (i) =>
        i % 3 === 2
          ? `2026-03-13 01:${p2(2 + Math.floor((11 + i * 10) / 60))}:${p2(11 + i * 10)}.470 UTC [27] LOG:  redo in progress, elapsed time: ${(i * 10).toFixed(2)} s, current LSN: 1C/${(0x5b2ff0c0 + i * 0x1a3f000).toString(16).toUpperCase()}`
          : `2026-03-13 01:${p2(2 + Math.floor((14 + i * 10) / 60))}:${p2(14 + i * 10)}.${p3(i * 83)} UTC [${300 + i}] FATAL:  the database system is starting up`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // ---------------------------------------------------------------- memory: raises right (4)
  {
    id: 'twentyeighth-sidekiq-imports-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/zooniverse/panoptes/pull/3863',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'sidekiq-imports',
        running: { startedAt: '2026-03-09T14:22:51Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { RAILS_ENV: 'production', SIDEKIQ_CONCURRENCY: '8', MALLOC_ARENA_MAX: '2' },
        args: ['bundle', 'exec', 'sidekiq', '-q', 'imports', '-c', '8'],
      },
    ],
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/crm-app:2.3.1" already present on machine',
        type: 'Normal',
        count: 5,
      },
      { reason: 'Started', message: 'Started container sidekiq-imports', type: 'Normal', count: 5 },
    ],
    previousLog: log(
      '2026-03-09T14:02:10.114Z pid=1 tid=2p1x INFO: Booted Rails 7.1.3 application in production environment',
      '2026-03-09T14:02:10.120Z pid=1 tid=2p1x INFO: Starting processing, hit Ctrl-C to stop',
      times(40, (i) => {
        const ts = `2026-03-09T14:${p2(2 + Math.floor(i / 2))}:${p2(i * 17)}.${p3(i * 29)}Z`;
        const jid = `b7${p3(i * 7)}c1d2e3f4a5b6c7d8e9f0`.slice(0, 24);
        return i % 4 === 0
          ? `${ts} pid=1 tid=2q${p2(i)} class=ContactCsvImportJob jid=${jid} INFO: start\n${ts} pid=1 tid=2q${p2(i)} class=ContactCsvImportJob jid=${jid} INFO: parsing s3://acme-prod-imports/tenants/${300 + i}/contacts-2026-03-09.csv (${(18 + (i % 9) * 6.5).toFixed(1)} MB, ${42000 + i * 1300} rows)`
          : `${ts} pid=1 tid=2q${p2(i)} class=ContactCsvImportJob jid=${jid} INFO: upserted batch ${i % 40} of ${(i % 7) + 40} (1000 rows)`;
      }),
      '2026-03-09T14:22:48.902Z pid=1 tid=2q9z class=ContactCsvImportJob jid=f00d1e2a3b4c5d6e7f8a9b0c INFO: parsing s3://acme-prod-imports/tenants/512/contacts-2026-03-09.csv (211.4 MB, 1804113 rows)',
    ),
    currentLog: log(
      '2026-03-09T14:22:53.004Z pid=1 tid=2r7a INFO: Booted Rails 7.1.3 application in production environment',
      '2026-03-09T14:22:53.010Z pid=1 tid=2r7a INFO: Starting processing, hit Ctrl-C to stop',
      times(
        20,
        (i) =>
          `2026-03-09T14:${p2(23 + Math.floor(i / 4))}:${p2(i * 13)}.${p3(i * 43)}Z pid=1 tid=2s${p2(i)} class=ContactCsvImportJob jid=c3${p3(i)}d4e5f6a7b8c9d0e1f2a3 INFO: upserted batch ${i} of ${40 + (i % 5)} (1000 rows)`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'twentyeighth-celery-invoice-pdf-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/celery/billiard/issues/302',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'celery-pdf',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=celery-pdf',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'billing.settings.production',
          CELERY_BROKER_URL: 'redis://broker-valkey.platform.svc.cluster.local:6379/4',
        },
        args: ['celery', '-A', 'billing', 'worker', '-Q', 'pdf', '-c', '4', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container celery-pdf in pod billing-pdf-worker-84c7d5f9b-t6n2j',
        count: 17,
      },
    ],
    previousLog: log(
      '[2026-03-10 01:00:04,114: INFO/MainProcess] Connected to redis://broker-valkey.platform.svc.cluster.local:6379/4',
      '[2026-03-10 01:00:04,140: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-03-10 01:00:05,166: INFO/MainProcess] mingle: all alone',
      '[2026-03-10 01:00:05,190: INFO/MainProcess] celery@billing-pdf-worker-84c7d5f9b-t6n2j ready.',
      times(28, (i) => {
        const id = `6a7b${p3(i)}c8-1d2e-4f30-a1b2-c3d4e5f6${p3(i * 3)}7`;
        const t = `2026-03-10 01:${p2(Math.floor(i / 4))}:${p2(6 + i * 2)},${p3(i * 59)}`;
        return i % 2
          ? `[${t}: INFO/ForkPoolWorker-${(i % 4) + 1}] Rendering invoice batch month=2026-02 tenant=${700 + i} invoices=${120 + i * 9} (WeasyPrint)`
          : `[${t}: INFO/MainProcess] Task billing.tasks.render_invoice_batch[${id}] received`;
      }),
      '[2026-03-10 01:07:58,031: INFO/ForkPoolWorker-2] Rendering invoice batch month=2026-02 tenant=1044 invoices=2210 (WeasyPrint)',
      '[2026-03-10 01:07:58,502: INFO/ForkPoolWorker-4] Rendering invoice batch month=2026-02 tenant=1051 invoices=1986 (WeasyPrint)',
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'twentyeighth-dotnet-reports-api-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/dotnet/core/issues/2696',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'reports-api',
        running: { startedAt: '2026-03-11T16:40:22Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '256Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { ASPNETCORE_URLS: 'http://+:8080', DOTNET_ENVIRONMENT: 'Production', DOTNET_gcServer: '0' },
      },
    ],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(30, (i) =>
        i % 5 === 4
          ? `info: Reports.Api.Exports.WorkbookExporter[0]\n      Building workbook for report ${9100 + i} tenant ${50 + (i % 13)}: ${48000 + i * 2500} rows x 34 columns`
          : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://reports-api.reports.svc/v1/reports/${9100 + i}/summary - 200 ${1200 + i * 9} application/json ${(14.2 + i).toFixed(4)}ms`,
      ),
      'info: Reports.Api.Exports.WorkbookExporter[0]',
      '      Building workbook for report 9188 tenant 61: 412000 rows x 34 columns',
    ),
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(
        14,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://reports-api.reports.svc/v1/reports/${9200 + i}/summary - 200 ${1100 + i * 7} application/json ${(12.9 + i).toFixed(4)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'twentyeighth-nestjs-uploads-gateway-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/lies-exposed/lies.exposed/pull/3817',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'uploads-gateway',
        running: { startedAt: '2026-03-12T10:14:03Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: { NODE_ENV: 'production', UPLOAD_MAX_MB: '100', S3_BUCKET: 'acme-prod-attachments' },
        args: ['node', 'dist/main.js'],
      },
    ],
    previousLog: log(
      '[Nest] 1  - 03/12/2026, 9:51:40 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 03/12/2026, 9:51:40 AM     LOG [NestApplication] Nest application successfully started +41ms',
      times(36, (i) =>
        i % 6 === 5
          ? `{"level":30,"time":${1773309100114 + i * 31000},"pid":1,"hostname":"uploads-gateway-7d8c9b6f5-w2kqp","reqId":"req-${(i * 7).toString(36)}","msg":"buffering multipart upload","file":"export-${4400 + i}.zip","sizeBytes":${(38 + (i % 5) * 14) * 1048576}}`
          : `{"level":30,"time":${1773309100114 + i * 31000},"pid":1,"hostname":"uploads-gateway-7d8c9b6f5-w2kqp","reqId":"req-${(i * 7).toString(36)}","res":{"statusCode":${i % 2 ? 201 : 200}},"responseTime":${40 + i * 3.5},"msg":"request completed"}`,
      ),
      '{"level":30,"time":1773310213118,"pid":1,"hostname":"uploads-gateway-7d8c9b6f5-w2kqp","reqId":"req-1q","msg":"buffering multipart upload","file":"board-pack-q1.pdf","sizeBytes":97517568}',
      '{"level":30,"time":1773310213402,"pid":1,"hostname":"uploads-gateway-7d8c9b6f5-w2kqp","reqId":"req-1r","msg":"buffering multipart upload","file":"site-survey-photos.zip","sizeBytes":94371840}',
    ),
    currentLog: log(
      '[Nest] 1  - 03/12/2026, 10:14:04 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 03/12/2026, 10:14:04 AM     LOG [NestApplication] Nest application successfully started +38ms',
      times(
        18,
        (i) =>
          `{"level":30,"time":${1773310444114 + i * 20000},"pid":1,"hostname":"uploads-gateway-7d8c9b6f5-w2kqp","reqId":"req-${(i * 11).toString(36)}","res":{"statusCode":200},"responseTime":${22 + i},"msg":"request completed"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  // ---------------------------------------------------------------- memory: raises wrong (2)
  {
    id: 'twentyeighth-quarkus-statements-heap-exhausted',
    family: 'heap-cap',
    source: 'https://github.com/micronaut-projects/micronaut-micrometer/issues/422',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('statements-service', 3, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          QUARKUS_PROFILE: 'prod',
          JAVA_OPTS_APPEND: '-Xmx256m -XX:+ExitOnOutOfMemoryError',
          STATEMENTS_BATCH_SIZE: '5000',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container statements-service in pod statements-service-6b9d7c5f8-hx4vn',
        count: 21,
      },
    ],
    previousLog: log(
      'INFO exec -a "java" java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "." -jar /deployments/quarkus-run.jar',
      '2026-03-13 03:00:02,118 INFO  [io.quarkus] (main) statements-service 2.3.1 on JVM (powered by Quarkus 3.15.1) started in 3.022s. Listening on: http://0.0.0.0:8080',
      '2026-03-13 03:00:02,119 INFO  [io.quarkus] (main) Profile prod activated. ',
      '2026-03-13 03:00:02,120 INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, narayana-jta, rest, scheduler, smallrye-health]',
      '2026-03-13 03:00:05,004 INFO  [com.acm.sta.MonthlyStatementJob] (executor-thread-1) resuming monthly statement run 2026-02 at tenant 1,118 of 2,340',
      times(
        22,
        (i) =>
          `2026-03-13 03:${p2(Math.floor((5 + i * 9) / 60))}:${p2(5 + i * 9)},${p3(i * 61)} INFO  [com.acm.sta.MonthlyStatementJob] (executor-thread-1) tenant ${1118 + i}: loaded ${5000 * ((i % 4) + 1)} ledger lines, rendered statement (${(0.4 + (i % 5) * 0.3).toFixed(1)}s)`,
      ),
      '2026-03-13 03:03:29,882 WARN  [com.acm.sta.MonthlyStatementJob] (executor-thread-1) tenant 1140: 1,912,440 ledger lines in period, loading in batches of 5000',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'twentyeighth-horizon-usage-reports-php-memory-limit',
    family: 'heap-cap',
    source: 'https://github.com/laravel/horizon/issues/712',
    signal: 'Alert',
    containers: [
      {
        name: 'horizon',
        running: { startedAt: '2026-03-13T22:10:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { APP_ENV: 'production', PHP_MEMORY_LIMIT: '128M', QUEUE_CONNECTION: 'redis' },
        args: ['php', 'artisan', 'horizon'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HorizonFailedJobs: App\\Jobs\\GenerateUsageReport failed 214 times in 1h (queue reports); container memory 31% of limit',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '',
      '   INFO  Horizon started successfully.',
      '',
      times(40, (i) => {
        const t = `2026-03-14 02:${p2(Math.floor((i * 23) / 60))}:${p2(i * 23)}`;
        if (i % 4 === 1) {
          return [
            `  ${t} App\\Jobs\\GenerateUsageReport ........................... RUNNING`,
            'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Collection.php on line 742',
            `  ${t} App\\Jobs\\GenerateUsageReport ...................... ${14 + (i % 6)}s FAIL`,
          ].join('\n');
        }
        return `  ${t} App\\Jobs\\SyncSubscriptionSeats ........................ RUNNING\n  ${t} App\\Jobs\\SyncSubscriptionSeats ..................... ${40 + (i % 90)}.${p2(i * 3)}ms DONE`;
      }),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- rollbacks right (3)
  {
    id: 'twentyeighth-phoenix-billing-portal-env-missing',
    family: 'bad-deploy',
    source: 'https://github.com/superfly/flyctl/issues/1612',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('billing-portal', 1, 5),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { PHX_HOST: 'billing.acme.io', PHX_SERVER: 'true', POOL_SIZE: '10' },
        args: ['/app/bin/server'],
      },
    ],
    rollout: { minutesAgo: 8, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container billing-portal in pod billing-portal-8f9c7d6b5-r2x7m',
        count: 14,
      },
    ],
    previousLog: log(
      '+ echo "starting billing-portal 2.3.1 (node billing-portal@10.42.6.77)"',
      'starting billing-portal 2.3.1 (node billing-portal@10.42.6.77)',
      '+ export RELEASE_DISTRIBUTION=name',
      '+ export RELEASE_NODE=billing-portal@10.42.6.77',
      '+ exec /app/bin/billing_portal start',
      'ERROR! Config provider Config.Reader failed with:',
      '** (RuntimeError) environment variable PAYMENTS_WEBHOOK_SECRET is missing.',
      'Set it to the signing secret of the payments webhook endpoint.',
      '',
      '    /app/releases/2.3.1/runtime.exs:61: (file)',
      '    (elixir 1.17.3) src/elixir.erl:386: :elixir.eval_external_handler/3',
      '    (stdlib 6.1) erl_eval.erl:904: :erl_eval.do_apply/7',
      '    (stdlib 6.1) erl_eval.erl:648: :erl_eval.expr/6',
      '    (stdlib 6.1) erl_eval.erl:136: :erl_eval.exprs/6',
      '    (elixir 1.17.3) src/elixir.erl:364: :elixir.eval_forms/4',
      '    (elixir 1.17.3) lib/module/parallel_checker.ex:120: Module.ParallelChecker.verify/1',
      '    (elixir 1.17.3) lib/code.ex:572: Code.validated_eval_string/3',
      '',
      "Runtime terminating during boot ({#{message=><<\"environment variable PAYMENTS_WEBHOOK_SECRET is missing.\\nSet it to the signing secret of the payments webhook endpoint.\\n\">>,'__struct__'=>'Elixir.RuntimeError','__exception__'=>true},[{elixir_eval,'__FILE__',1,[{file,\"/app/releases/2.3.1/runtime.exs\"},{line,61}]},{elixir,'-eval_external_handler/1-fun-2-',4,[{file,\"src/elixir.erl\"},{line,386}]}]})",
      '',
      'Crash dump is being written to: erl_crash.dump...done',
    ),
    accept: ['rollback'],
  },
  {
    id: 'twentyeighth-notifications-api-secret-not-found',
    family: 'bad-deploy',
    source: 'https://github.com/open-metadata/openmetadata-helm-charts/issues/46',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'notifications-api',
        waiting: { reason: 'CreateContainerConfigError', message: 'secret "notifications-twilio" not found' },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { NODE_ENV: 'production', PORT: '3000', SMS_PROVIDER: 'twilio' },
      },
    ],
    rollout: { minutesAgo: 6, addedSecrets: ['notifications-twilio'] },
    events: [
      {
        reason: 'Pulled',
        message:
          'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/notifications-api:2.3.1" already present on machine',
        type: 'Normal',
        count: 27,
      },
      {
        reason: 'Failed',
        message: 'Error: secret "notifications-twilio" not found',
        type: 'Warning',
        count: 27,
      },
    ],
    accept: ['rollback'],
  },
  {
    id: 'twentyeighth-billing-api-image-tag-not-found',
    family: 'bad-deploy',
    source: 'https://github.com/lachie83/k8s-kubectl/issues/157',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'billing-api',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1"',
        },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { GOMAXPROCS: '1', HTTP_ADDR: ':8080' },
      },
    ],
    rollout: { minutesAgo: 12, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1"',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1": 123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1: not found',
        type: 'Warning',
        count: 7,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 7 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-api:2.3.1"',
        type: 'Normal',
        count: 31,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 31 },
    ],
    accept: ['rollback'],
  },
  // ---------------------------------------------------------------- rollback wrong (1)
  {
    id: 'twentyeighth-dotnet-identity-cognito-secret-hash',
    family: 'credentials',
    source: 'https://github.com/scientifichackers/flutter_cognito_plugin/issues/24',
    signal: 'Alert',
    containers: [
      {
        name: 'identity-api',
        running: { startedAt: '2026-03-14T09:11:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_URLS: 'http://+:8080',
          Cognito__UserPoolId: 'eu-west-1_Qx7bT2mZa',
          Cognito__ClientId: '6npouauc8jt1fioujvblmvpise',
          Database__MigrateOnStartup: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 27, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'LoginFailureRatio: identity-api POST /v1/auth/token 401 ratio 0.99 over 15m (baseline 0.04)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'info: Microsoft.EntityFrameworkCore.Migrations[20402]',
      "      Applying migration '20260314071544_DropLegacyPasswordColumns'.",
      'info: Microsoft.EntityFrameworkCore.Database.Command[20101]',
      "      Executed DbCommand (38ms) [Parameters=[], CommandType='Text', CommandTimeout='30']",
      '      ALTER TABLE users DROP COLUMN legacy_password_hash;',
      'info: Microsoft.EntityFrameworkCore.Database.Command[20101]',
      "      Executed DbCommand (12ms) [Parameters=[], CommandType='Text', CommandTimeout='30']",
      '      ALTER TABLE users DROP COLUMN legacy_password_salt;',
      'info: Microsoft.EntityFrameworkCore.Database.Command[20101]',
      "      Executed DbCommand (3ms) [Parameters=[], CommandType='Text', CommandTimeout='30']",
      '      INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")',
      "      VALUES ('20260314071544_DropLegacyPasswordColumns', '8.0.8');",
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(
        16,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 POST http://identity-api.identity.svc/v1/auth/token - 200 ${1480 + (i % 40)} application/json ${(88.1 + i * 3).toFixed(4)}ms`,
      ),
      times(24, (i) =>
        i % 3 === 2
          ? `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://identity-api.identity.svc/v1/me - 200 ${612 + i} application/json ${(6.2 + i).toFixed(4)}ms`
          : [
              'warn: Identity.Api.Auth.CognitoTokenService[0]',
              `      Cognito InitiateAuth failed for user pool eu-west-1_Qx7bT2mZa (request ${i})`,
              '      Amazon.CognitoIdentityProvider.Model.NotAuthorizedException: Unable to verify secret hash for client 6npouauc8jt1fioujvblmvpise',
              "       ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
              '         at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)',
              '         --- End of inner exception stack trace ---',
              '         at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)',
              '         at Identity.Api.Auth.CognitoTokenService.PasswordGrantAsync(String username, String password, CancellationToken ct) in /src/Identity.Api/Auth/CognitoTokenService.cs:line 73',
              'info: Microsoft.AspNetCore.Hosting.Diagnostics[2]',
              `      Request finished HTTP/1.1 POST http://identity-api.identity.svc/v1/auth/token - 401 118 application/problem+json ${(41.7 + i).toFixed(4)}ms`,
            ].join('\n'),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'twentyeighth-fastapi-quotes-api-saturated',
    family: 'load',
    source: 'https://github.com/spatiumddi/spatiumddi/issues/1051',
    signal: 'Alert',
    containers: [
      {
        name: 'quotes-api',
        running: { startedAt: '2026-03-09T02:10:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { UVICORN_WORKERS: '2', DB_POOL_SIZE: '10', LOG_LEVEL: 'info' },
        args: ['uvicorn', 'quotes.main:app', '--host', '0.0.0.0', '--port', '8000', '--workers', '2'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'APILatencyP99High: quotes-api p99 4.8s (SLO 800ms), request rate 2.9x last Monday 09:00 CET; 3/3 replicas at CPU limit, 78% of CFS periods throttled; error ratio 0.2%',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.4.12:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 9,
      },
    ],
    currentLog: log(
      times(90, (i) =>
        i % 10 === 9
          ? `2026-03-16 08:${p2(40 + Math.floor(i / 5))}:${p2(i * 7)},${p3(i * 13)} INFO [quotes.middleware] request_id=${(i * 2654435761).toString(16).slice(-8)} path=/v1/quotes method=POST status=200 duration_ms=${3100 + i * 20} db_ms=${40 + (i % 30)} cpu_wait=true`
          : `INFO:     10.42.${(i % 6) + 1}.${10 + (i % 40)}:${40000 + i * 13} - "${i % 3 ? 'POST /v1/quotes' : `GET /v1/quotes/${71000 + i}`} HTTP/1.1" 200 OK`,
      ),
    ),
    accept: ['scale-up'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'twentyeighth-laravel-storefront-fpm-max-children',
    family: 'load',
    source: 'https://github.com/matomo-org/docker/issues/152',
    signal: 'Alert',
    containers: [
      {
        name: 'php-fpm',
        running: { startedAt: '2026-03-15T03:00:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { APP_ENV: 'production', PHP_FPM_PM: 'static', PHP_FPM_PM_MAX_CHILDREN: '20' },
      },
      { name: 'nginx', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'UpstreamSaturation: storefront nginx 504 ratio 0.07, upstream_response_time p95 6.2s; requests 2.6x baseline since 09:00 (spring newsletter); pod CPU 55% of limit, memory 61%',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[15-Mar-2026 03:00:09] NOTICE: fpm is running, pid 1',
      '[15-Mar-2026 03:00:09] NOTICE: ready to handle connections',
      times(80, (i) =>
        i % 8 === 7
          ? `[15-Mar-2026 09:${p2(2 + Math.floor(i / 6))}:${p2(i * 11)}] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it`
          : `10.42.${(i % 4) + 1}.${30 + (i % 20)} -  15/Mar/2026:09:${p2(2 + Math.floor(i / 6))}:${p2(i * 11)} +0000 "${i % 5 === 0 ? 'POST /index.php' : 'GET /index.php'}" 200`,
      ),
    ),
    accept: ['scale-up'],
  },
  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'twentyeighth-node-notready-search-gateway',
    family: 'node-down',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/7029',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'search-gateway',
        running: { startedAt: '2026-03-14T18:20:11Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          OPENSEARCH_URL: 'https://search-support-prod.eu-west-1.es.amazonaws.com',
        },
        args: ['node', 'dist/server.js'],
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
    events: [{ reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' }],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"level":30,"time":${1773520000114 + i * 15000},"pid":1,"hostname":"search-gateway-7f8d6c5b4-q9k2x","reqId":"req-${(i * 13).toString(36)}","req":{"method":"GET","url":"/v1/search?q=${['invoice', 'refund', 'sso', 'export'][i % 4]}"},"res":{"statusCode":200},"responseTime":${31 + (i % 25)},"msg":"request completed"}`,
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'twentyeighth-node-disk-pressure-evicted-marketing-site',
    family: 'node-pressure',
    source: 'https://github.com/cloud-ark/kubeplus/issues/1382',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'web',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: { DJANGO_SETTINGS_MODULE: 'site.settings.production', GUNICORN_WORKERS: '3' },
        args: ['gunicorn', 'site.wsgi', '-b', '0.0.0.0:8000', '-w', '3'],
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
          'The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1883424Ki. Container web was using 1304Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container web', type: 'Normal' },
    ],
    previousLog: log(
      '[2026-03-15 11:02:01 +0000] [1] [INFO] Starting gunicorn 22.0.0',
      '[2026-03-15 11:02:01 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-03-15 11:02:01 +0000] [1] [INFO] Using worker: sync',
      times(3, (i) => `[2026-03-15 11:02:01 +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`),
      times(
        30,
        (i) =>
          `10.42.2.${10 + (i % 30)} - - [15/Mar/2026:11:${p2(3 + i)}:${p2(i * 9)} +0000] "GET /${['pricing/', 'blog/', 'customers/', ''][i % 4]} HTTP/1.1" 200 ${18000 + i * 311} "-" "Mozilla/5.0"`,
      ),
      '[2026-03-15 11:34:12 +0000] [1] [INFO] Handling signal: term',
      '[2026-03-15 11:34:12 +0000] [7] [INFO] Worker exiting (pid: 7)',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  // ---------------------------------------------------------------- cache flushes (2)
  {
    id: 'twentyeighth-rails-catalog-cache-valkey-maxmemory',
    family: 'cache-full',
    source: 'https://github.com/EBWiki/EBWiki/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'puma',
        running: { startedAt: '2026-03-15T06:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          REDIS_CACHE_URL: 'redis://catalog-cache.cache.svc.cluster.local:6379/1',
          SIDEKIQ_REDIS_URL: 'redis://jobs-valkey.platform.svc.cluster.local:6379/0',
          WEB_CONCURRENCY: '2',
        },
        args: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CacheWriteErrors: catalog-web Rails.cache write failures 100% over 15m; catalog-cache used_memory 100% of maxmemory 1gb (maxmemory-policy noeviction); p95 latency 2.4x',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(40, (i) => {
        const ts = `2026-03-15T14:${p2(5 + Math.floor(i / 3))}:${p2(i * 11)}.${p3(i * 67)}`;
        const rid = `c4t${(i * 40503).toString(16).padStart(6, '0')}`;
        return [
          `I, [${ts} #${1 + (i % 2)}]  INFO -- : [${rid}] Started GET "/products/${2000 + i}" for 10.42.1.9 at 2026-03-15 14:${p2(5 + Math.floor(i / 3))}:${p2(i * 11)} +0000`,
          `I, [${ts} #${1 + (i % 2)}]  INFO -- : [${rid}] Processing by ProductsController#show as HTML`,
          i % 2
            ? `E, [${ts} #${1 + (i % 2)}] ERROR -- : [${rid}] RedisCacheStore: write_entry failed, returned false: Redis::CommandError: OOM command not allowed when used memory > 'maxmemory'.`
            : `I, [${ts} #${1 + (i % 2)}]  INFO -- : [${rid}]   Rendered products/show.html.erb within layouts/application (Duration: ${120 + i}.4ms | Allocations: ${41000 + i * 97})`,
          `I, [${ts} #${1 + (i % 2)}]  INFO -- : [${rid}] Completed 200 OK in ${180 + i * 3}ms (Views: ${120 + i}.9ms | ActiveRecord: ${40 + (i % 20)}.1ms | Allocations: ${52000 + i * 131})`,
        ].join('\n');
      }),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'twentyeighth-bullmq-webhooks-worker-valkey-maxmemory',
    family: 'queue-full',
    source: 'https://github.com/OptimalBits/bull/issues/433',
    signal: 'Alert',
    containers: [
      {
        name: 'webhooks-worker',
        running: { startedAt: '2026-03-14T12:00:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          NODE_ENV: 'production',
          REDIS_URL: 'redis://queue-valkey.platform.svc.cluster.local:6379/0',
          BULLMQ_QUEUE: 'outbound-webhooks',
          WORKER_CONCURRENCY: '20',
        },
        args: ['node', 'dist/worker.js'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'QueueStoreFull: queue-valkey used_memory 100% of maxmemory 2gb (noeviction); outbound-webhooks waiting 412,000, delayed 38,000, completed retained 1.9M',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[Nest] 1  - 03/14/2026, 12:00:41 PM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 03/14/2026, 12:00:41 PM     LOG [BullModule] Registered queue outbound-webhooks',
      '[Nest] 1  - 03/14/2026, 12:00:42 PM     LOG [NestApplication] Nest application successfully started +12ms',
      times(
        20,
        (i) =>
          `[Nest] 1  - 03/15/2026, 4:${p2(10 + i)}:${p2(i * 7)} PM     LOG [OutboundWebhookProcessor] delivered job ${9120000 + i * 17} to https://hooks.customer${i % 9}.example/acme (${180 + i * 4}ms)`,
      ),
      times(30, (i) =>
        i % 3 === 0
          ? `[Nest] 1  - 03/15/2026, 4:${p2(31 + Math.floor(i / 2))}:${p2(i * 13)} PM   ERROR [OutboundWebhookProcessor] Worker error: ReplyError: ERR Error running script (call to f_d5e879576feacc56627a3618fd6e20d53efe58de): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'.`
          : i % 3 === 1
            ? `[Nest] 1  - 03/15/2026, 4:${p2(31 + Math.floor(i / 2))}:${p2(i * 13)} PM   ERROR [WebhookEnqueueService] failed to enqueue webhook event invoice.paid tenant=${300 + i}: ReplyError: ERR Error running script (call to f_8f2d1a7c44b9e0f6a3c5b7d9e1f2a4c6b8d0e2f4): @user_script:1: @user_script: 1: -OOM command not allowed when used memory > 'maxmemory'.`
            : `    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
];
