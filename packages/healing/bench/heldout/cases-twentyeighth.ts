import { chatter, crashLoop, type HeldOutCase, log } from './case.ts';

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
      times(
        8,
        (i) =>
          `{"time":"2026-03-06T14:20:0${2 + i}.${p3(300 + i * 11)}Z","level":"WARN","msg":"database not ready, retrying","attempt":${i + 1},"err":"failed to connect to \`user=ledger database=ledger\`: 10.100.41.7:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: no more connections allowed (max_client_conn) (SQLSTATE 08P01)"}`,
      ),
      '{"time":"2026-03-06T14:20:10.402Z","level":"ERROR","msg":"failed to initialise database pool","err":"failed to connect to `user=ledger database=ledger`: 10.100.41.7:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: no more connections allowed (max_client_conn) (SQLSTATE 08P01)"}',
      '{"time":"2026-03-06T14:20:10.402Z","level":"ERROR","msg":"exiting","code":1}',
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
          `I, [2026-03-13T0${4 + Math.floor(i / 12)}:${p2(i * 5)}:${p2(i * 7)}.${p3(i * 19)}000 #1]  INFO -- : [GoodJob] [1] [GoodJob::Scheduler(queues=* max_threads=5)-worker-${(i % 5) + 1}] Executed GoodJob 7${p3(i)}a041c-9fcb-4656-b2bb-04ea4c8b0${p3(i * 3)}`,
      ),
      'E, [2026-03-13T06:12:41.002118 #1] ERROR -- : [GoodJob] Notifier errored: PG::ConnectionBad: PQconsumeInput() server closed the connection unexpectedly',
      '\tThis probably means the server terminated abnormally',
      '\tbefore or while processing the request.',
      'I, [2026-03-13T06:12:41.002551 #1]  INFO -- : [GoodJob] Notifier unsubscribed with UNLISTEN',
      "E, [2026-03-13T06:12:41.004002 #1] ERROR -- : [GoodJob] Notifier errored: PG::ConnectionBad: PQsocket() can't get socket descriptor",
      times(
        30,
        (i) =>
          `I, [2026-03-13T06:${p2(13 + Math.floor(i * 1.5))}:${p2(i * 30)}.${p3(i * 23)}000 #1]  INFO -- : [GoodJob] [1] [GoodJob::Scheduler(queues=* max_threads=5)-worker-1] Executed GoodJob 9aa9${p3(i)}6-3a53-4edc-9a5e-a29b0e6${p3(i * 7)}`,
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
          `${p2(10 + Math.floor((2 + i * 0.5) / 60))}:${p2(Math.floor(2 + i * 0.5))}:${p2(34 + i * 30)}.${p3(i * 7)} [ledger-balances-3f9a2c1e-StreamThread-1] INFO  o.a.k.s.p.i.StoreChangelogReader - stream-thread [ledger-balances-3f9a2c1e-StreamThread-1] Restoration in progress for 4 partitions. {ledger-balances-account-balances-changelog-0: position=${210000 + i * 351000}, end=9120113, totalRestored=${210000 + i * 351000}} {ledger-balances-account-balances-changelog-1: position=${198000 + i * 342000}, end=8877201, totalRestored=${198000 + i * 342000}} {ledger-balances-account-balances-changelog-2: position=${205000 + i * 349000}, end=9034410, totalRestored=${205000 + i * 349000}} {ledger-balances-account-balances-changelog-3: position=${201000 + i * 340000}, end=8964022, totalRestored=${201000 + i * 340000}}`,
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
          `08:13:5${6 + Math.floor(i / 3)}.${p3(120 + i * 90)} [info] == Running 2026030${2 + i}1000${i} Ledger.Repo.Migrations.${['AddInvoiceMemo', 'CreateFxRates', 'AddCurrencyToAccounts', 'CreateTenantLimits', 'AddExternalRefToEntries'][i]}.change/0 forward`,
          `08:13:5${6 + Math.floor(i / 3)}.${p3(121 + i * 90)} [info] ${['alter table invoices', 'create table fx_rates', 'alter table accounts', 'create table tenant_limits', 'alter table ledger_entries'][i]}`,
          `08:13:5${6 + Math.floor(i / 3)}.${p3(140 + i * 90)} [info] == Migrated 2026030${2 + i}1000${i} in 0.0s`,
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
          ? `2026-03-13 01:${p2(2 + Math.floor((11 + i * 10) / 60))}:${p2(21 + i * 10)}.470 UTC [27] LOG:  redo in progress, elapsed time: ${(10 + i * 10).toFixed(2)} s, current LSN: 1C/${(0x5b2ff0c0 + i * 0x1a3f000).toString(16).toUpperCase()}`
          : `2026-03-13 01:${p2(2 + Math.floor((11 + i * 10) / 60))}:${p2(14 + i * 10)}.${p3(i * 83)} UTC [${300 + i}] FATAL:  the database system is starting up`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  // -- more cases
];
