import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** `HH:MM:SS` for a number of seconds after midnight on 2026-02-11. */
const hms = (s: number): string =>
  `${String(Math.floor(s / 3600) % 24).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Milliseconds, three digits. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/**
 * A fifty-eighth batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a two-sided online marketplace (buyers and
 * independent sellers) on EKS, the ordinary mix an on-call rotation sees rather than a contest of
 * tricks. Storefront: Nuxt 3 SSR (Nitro, ofetch, a route cache on Dragonfly) behind Varnish. Listings
 * and search: a Spring Boot service on Vespa with spymemcached in front of Memcached, a nightly
 * reindex CronJob feeding Vespa. Seller onboarding and KYC: a Python service calling Onfido through
 * onfido-python and httpx. Payments and payouts: Kotlin on Stripe Connect (stripe-java), a ledger on
 * CockroachDB through pgJDBC, a nightly payouts CronJob. Messaging: Elixir/Phoenix channels with
 * Postgrex and Ecto, push through APNs. Images: imgproxy on S3. Fraud scoring: Go with a feature store
 * on Dragonfly. Fulfilment: NestJS workers on BullMQ (ioredis) and Temporal's TypeScript SDK, Prisma
 * behind PgBouncer. Notifications: a .NET 8 worker on Azure.Messaging.ServiceBus and the Vonage SMS
 * API. Reviews moderation: a PyTorch model server on GPU nodes. Event pipeline: Debezium on Kafka
 * Connect, Redpanda, Flink. Platform: Istio, external-secrets, Karpenter, containerd pulls, the
 * kubelet's evictions, PLEG and node status, nightly CronJobs (payouts, sitemap, reindex). Software
 * no earlier batch used: Vespa (feed block), Onfido (onfido-python), the Vonage SMS API,
 * spymemcached, httpcore's pool after cancellations, APNs certificates through Erlang's ssl, Varnish
 * resolving a backend at VCL load, the Azure Service Bus processor after a forced detach, Nuxt's
 * server output, Stripe's expired keys and insufficient balance. Each quotes
 * the wording of the public thread, page or source in `source`. Mix: 14 escalations (an Onfido token
 * revoked, Vonage throughput limits on the sale weekend, payouts refused for an insufficient Stripe
 * balance, an expired APNs certificate, a Secret external-secrets deleted, no GPU capacity for
 * Karpenter, cluster DNS failing under the storefront, Redpanda out of disk, an Istio
 * AuthorizationPolicy denying the moderation worker, Vespa blocking the reindex feed, Docker Hub's
 * pull limit, PgBouncer's max_client_conn, an expired CockroachDB client certificate, a sitemap
 * CronJob evicted for its scratch files); 10 restarts (7 right: spymemcached pinned to a Memcached
 * pod's old address, a Service Bus processor silent after a forced detach, a Debezium task killed
 * after a Postgres failover, BullMQ on a demoted Redis primary, a Go server out of descriptors after
 * three weeks, Varnish holding a backend address resolved at load, an httpx pool leaked full; 3 wrong: a
 * messaging migration waiting on Postgres crash recovery, a model server killed by its liveness probe
 * while it loads its weights, Temporal workers whose frontend is down); 6 memory (3 raises right:
 * Nuxt's heap sized from a limit that no longer fits the sale, Memcached's -m beside its connection
 * buffers, imgproxy under larger seller photos; 3 wrong: Flink's direct memory sized by its own configuration, a Phoenix leak that
 * kills the pod every forty minutes, a Kotlin heap capped by -Xmx); 4 rollbacks (3 right: a NestJS
 * provider not registered, a KYC tag never pushed, a Nuxt output missing a package; 1 wrong: an
 * expired Stripe key an hour after an unrelated release); 2 scale-ups (storefront SSR and the
 * listings API on the sale weekend); 2 node actions (a kubelet that stopped posting status, PLEG
 * unhealthy); 2 cache flushes (1 right: the storefront's route cache on Dragonfly in store mode; 1
 * wrong: the fraud feature store on Dragonfly).
 */
export const FIFTYEIGHTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    id: 'fiftyeighth-onfido-kyc-checks-failing',
    family: 'credentials',
    source: 'https://github.com/onfido/onfido-python/blob/master/onfido/exceptions.py',
    signal: 'Alert',
    containers: [
      {
        name: 'kyc-service',
        running: { startedAt: '2026-02-10T14:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ONFIDO_API_URL: 'https://api.eu.onfido.com/v3.6',
          ONFIDO_WEBHOOK_URL: 'https://sellers.example-market.com/hooks/onfido',
          GUNICORN_CMD_ARGS: '--workers 4 --worker-class uvicorn.workers.UvicornWorker --timeout 30',
        },
        mounts: [{ volume: 'onfido-token', path: '/var/run/secrets/onfido' }],
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    volumes: [{ name: 'onfido-token', secret: 'kyc-onfido-api-token' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KycCheckCreationFailing: seller-onboarding/kyc-service 100% of POST /v3.6/checks to Onfido failing since 07:52 (412 sellers waiting)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(27000 + i * 41)},${ms(i * 137)} INFO kyc.api: POST /v1/sellers/${880100 + i * 7}/verification 201 applicant=${(0x3f2a1c + i * 977).toString(16)}-${(i * 7919) % 9999} took=${180 + ((i * 53) % 240)}ms`,
      ),
      '2026-02-11 07:52:03,114 INFO kyc.api: POST /v1/sellers/882214/verification started',
      '2026-02-11 07:52:03,402 ERROR kyc.onfido: create_applicant failed for seller 882214',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/onfido/exceptions.py", line 28, in wrapper',
      '    return func(*args, **kwargs)',
      '  File "/app/.venv/lib/python3.12/site-packages/onfido/resource.py", line 47, in _post',
      '    response.raise_for_status()',
      '  File "/app/.venv/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.eu.onfido.com/v3.6/applicants/',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/kyc/onfido_client.py", line 61, in create_applicant',
      '    return self.api.Applicant.create(payload)',
      '  File "/app/.venv/lib/python3.12/site-packages/onfido/exceptions.py", line 35, in wrapper',
      '    raise OnfidoRequestError() from e',
      'onfido.exceptions.OnfidoRequestError',
      times(55, (i) =>
        i % 5 === 4
          ? `2026-02-11 ${hms(28330 + i * 24)},${ms(i * 71)} INFO kyc.api: GET /healthz 200 took=2ms`
          : `2026-02-11 ${hms(28330 + i * 24)},${ms(i * 71)} ERROR kyc.onfido: ${i % 3 === 0 ? 'create_check' : 'create_applicant'} failed for seller ${882215 + i}: requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.eu.onfido.com/v3.6/${i % 3 === 0 ? 'checks' : 'applicants/'} -> onfido.exceptions.OnfidoRequestError`,
      ),
      '2026-02-11 08:14:40,002 WARNING kyc.retry: 412 verification requests parked in retry queue kyc-onfido-retry (oldest 22m)',
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(29700 + i * 30)},${ms(i * 19)} ERROR kyc.onfido: create_applicant failed for seller ${883020 + i}: requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.eu.onfido.com/v3.6/applicants/ -> onfido.exceptions.OnfidoRequestError`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-vonage-sms-notifications-backlog',
    family: 'rate-limit',
    source: 'https://github.com/Vonage/vonage-node-sdk/issues/33',
    signal: 'Alert',
    containers: [
      {
        name: 'notifications-worker',
        running: { startedAt: '2026-02-11T06:55:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          ServiceBus__Queue: 'notifications-sms',
          Vonage__From: 'MARKET',
          Vonage__BaseUrl: 'https://rest.nexmo.com',
          ServiceBus__MaxConcurrentCalls: '16',
        },
      },
    ],
    rollout: { minutesAgo: 95, addedEnv: { Templates__OrderShippedSms: 'v4' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'NotificationsSmsBacklog: queue notifications-sms 48211 active messages and growing; delivery success 31% over 15m (sale weekend)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `info: Market.Notifications.SmsHandler[0]\n      SMS sent to +44*******${String(100 + i * 37).slice(-3)} for order ${7714000 + i * 3} message-id 1A0000${(0x3c11a + i * 17).toString(16).toUpperCase()} (${1 + (i % 2)} part(s))`,
      ),
      'warn: Market.Notifications.SmsHandler[0]',
      '      Vonage rejected SMS for order 7714093: status 1 "Throughput Rate Exceeded - please wait [ 978 ] and retry"',
      times(70, (i) =>
        i % 7 === 6
          ? `info: Market.Notifications.SmsHandler[0]\n      SMS sent to +44*******${String(300 + i * 11).slice(-3)} for order ${7714100 + i} message-id 1A0000${(0x3c2f0 + i * 13).toString(16).toUpperCase()} (1 part(s))`
          : `warn: Market.Notifications.SmsHandler[0]\n      Vonage rejected SMS for order ${7714100 + i}: status 1 "Throughput Rate Exceeded - please wait [ ${900 + ((i * 37) % 99)} ] and retry"; abandoning message (delivery 2/10) with retry after ${2 + (i % 3)}s`,
      ),
      'warn: Azure.Messaging.ServiceBus[0]',
      '      Message 3f1c7b0e2a1d4c4f9a0e1b2c3d4e5f60 on notifications-sms was abandoned 10 times and will be dead-lettered (MaxDeliveryCountExceeded).',
      times(
        20,
        (i) =>
          `warn: Market.Notifications.SmsHandler[0]\n      Vonage rejected SMS for order ${7714300 + i}: status 1 "Throughput Rate Exceeded - please wait [ ${950 + (i % 40)} ] and retry"`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'fiftyeighth-seller-payouts-cronjob-failed',
    family: 'dependency-refused',
    source: 'https://github.com/stripe/stripe-node/issues/1147',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'seller-payouts',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          PAYOUTS_RUN_DATE: '2026-02-10',
          PAYOUTS_CURRENCY: 'gbp',
          LEDGER_JDBC_URL:
            'jdbc:postgresql://ledger-crdb-public.payments.svc:26257/ledger?sslmode=verify-full',
        },
        args: ['java', '-jar', '/app/payouts.jar', 'run-nightly'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container seller-payouts', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 03:00:04.211 INFO  [main] c.m.payouts.PayoutsApplication : Starting PayoutsApplication v3.14.2 using Java 21.0.5 with PID 1',
      '2026-02-11 03:00:07.902 INFO  [main] c.m.payouts.NightlyRun : run date 2026-02-10, currency gbp, 6 214 connected accounts eligible',
      '2026-02-11 03:00:08.350 INFO  [main] c.m.payouts.NightlyRun : ledger snapshot 2026-02-10T23:59:59Z balanced (debits = credits = 1 842 117.42 GBP)',
      times(
        60,
        (i) =>
          `2026-02-11 03:${dd(1 + Math.floor(i / 6))}:${dd(i * 9)}.${ms(i * 131)} INFO  [payout-${i % 4}] c.m.payouts.TransferStep : transfer tr_1Qx${(0x7a11 + i * 97).toString(36)} to acct_1N${(0x4c2 + i * 31).toString(36).toUpperCase()} ${(41.2 + ((i * 37) % 900)).toFixed(2)} GBP ok`,
      ),
      '2026-02-11 03:11:42.870 ERROR [payout-2] c.m.payouts.TransferStep : transfer to acct_1NZ7QK failed',
      'com.stripe.exception.InvalidRequestException: You have insufficient funds in your Stripe account for this transfer. Your card balance is too low.  You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).; code: balance_insufficient; request-id: req_r8Yt1MZq0aS2Pe',
      '\tat com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:226)',
      '\tat com.stripe.net.LiveStripeResponseGetter.handleError(LiveStripeResponseGetter.java:178)',
      '\tat com.stripe.net.LiveStripeResponseGetter.request(LiveStripeResponseGetter.java:80)',
      '\tat com.stripe.service.TransferService.create(TransferService.java:55)',
      '\tat com.market.payouts.TransferStep.transfer(TransferStep.kt:88)',
      times(
        25,
        (i) =>
          `2026-02-11 03:${dd(12 + Math.floor(i / 5))}:${dd(i * 11)}.${ms(i * 61)} ERROR [payout-${i % 4}] c.m.payouts.TransferStep : transfer to acct_1N${(0x9a0 + i * 29).toString(36).toUpperCase()} failed: You have insufficient funds in your Stripe account for this transfer.; code: balance_insufficient`,
      ),
      '2026-02-11 03:17:20.006 WARN  [main] c.m.payouts.NightlyRun : 1 418 transfers failed with balance_insufficient; aborting run (platform available balance 12 904.11 GBP, pending 311 220.40 GBP)',
      '2026-02-11 03:17:20.114 ERROR [main] c.m.payouts.PayoutsApplication : run-nightly exited with status 1',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-messaging-push-notifications-failing',
    family: 'certificate',
    source: 'https://github.com/nerves-hub/nerves_hub_cli/issues/139',
    signal: 'Alert',
    containers: [
      {
        name: 'messaging',
        running: { startedAt: '2026-02-09T11:40:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          PHX_HOST: 'chat.example-market.com',
          APNS_HOST: 'api.push.apple.com',
          APNS_CERTFILE: '/etc/apns/cert.pem',
          RELEASE_COOKIE_FILE: '/etc/erlang/cookie',
        },
        mounts: [{ volume: 'apns-cert', path: '/etc/apns' }],
      },
    ],
    volumes: [{ name: 'apns-cert', secret: 'messaging-apns-provider-cert' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PushDeliveryFailing: messaging APNs deliveries 0/s (failures 38/s) since 00:00; buyers on iOS not notified of seller replies',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        45,
        (i) =>
          `${hms(28800 + i * 7)}.${ms(i * 113)} [info] CONNECTED TO Messaging.ChatChannel in ${20 + (i % 50)}µs\n  Transport: Phoenix.Socket.V2.WebSocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{"conversation_id" => "${30441000 + i * 7}", "vsn" => "2.0.0"}`,
      ),
      '08:05:31.004 [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired',
      '',
      '08:05:31.005 [error] Messaging.Push.Apns: push to device 6f1c...a91e for conversation 30441322 failed: {:error, {:tls_alert, {:certificate_expired, ~c"TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired\\n"}}}',
      times(50, (i) =>
        i % 4 === 3
          ? `${hms(29140 + i * 9)}.${ms(i * 77)} [info] Sent 200 in ${200 + (i % 9) * 31}µs GET /healthz`
          : `${hms(29140 + i * 9)}.${ms(i * 77)} [error] Messaging.Push.Apns: push to device ${(0x6f10 + i * 211).toString(16)}...${(0xa900 + i * 7).toString(16)} for conversation ${30441330 + i * 3} failed: {:error, {:tls_alert, {:certificate_expired, ~c"TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired\\n"}}}`,
      ),
      '08:13:10.551 [warning] Messaging.Push.Apns: 18 244 pushes in the retry queue, oldest from 00:00:04',
      '08:13:10.552 [info] Messaging.Push.Apns: provider certificate /etc/apns/cert.pem subject=UID=com.example-market.buyer,CN=Apple Push Services: com.example-market.buyer notAfter=2026-02-10T23:59:59Z',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-kyc-replacement-pod-secret-missing',
    family: 'missing-secret',
    source: 'https://external-secrets.io/latest/guides/ownership-deletion-policy',
    signal: 'CreateContainerConfigError',
    phase: 'Pending',
    containers: [
      {
        name: 'kyc-service',
        waiting: {
          reason: 'CreateContainerConfigError',
          message: 'secret "kyc-onfido-webhook-signing" not found',
        },
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ONFIDO_API_URL: 'https://api.eu.onfido.com/v3.6',
          GUNICORN_CMD_ARGS: '--workers 4 --worker-class uvicorn.workers.UvicornWorker --timeout 30',
        },
        mounts: [{ volume: 'onfido-token', path: '/var/run/secrets/onfido' }],
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    volumes: [{ name: 'onfido-token', secret: 'kyc-onfido-api-token' }],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned seller-onboarding/kyc-service-6c4d9b7f58-tq2mx to ip-10-42-18-201.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulled',
        message:
          'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1" already present on machine',
        type: 'Normal',
        count: 41,
      },
      { reason: 'Failed', message: 'Error: secret "kyc-onfido-webhook-signing" not found', count: 41 },
      {
        reason: 'AlertFiring',
        message:
          'KubeDeploymentReplicasMismatch: seller-onboarding/kyc-service 2/3 replicas available for 35m (node ip-10-42-9-77 consolidated by Karpenter at 07:51)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-moderation-model-pending-gpu',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/5527',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'moderation-model',
        memoryLimit: '24Gi',
        memoryRequest: '20Gi',
        cpuLimit: '6',
        env: { MODEL_ID: 'reviews-toxicity-xlmr-large-v7', TORCH_CUDA_ARCH_LIST: '8.6', WORKERS: '2' },
        args: ['python', '-m', 'moderation.serve', '--port', '8080', '--device', 'cuda'],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/31 nodes are available: 3 Insufficient nvidia.com/gpu, 28 node(s) didn't match Pod's node affinity/selector. preemption: 0/31 nodes are available: 3 No preemption victims found for incoming pod, 28 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 44,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "gpu", daemonset overhead={"cpu":"185m","memory":"240Mi","pods":"6"}, no instance type which met the scheduling requirements and had enough resources, had a required offering; incompatible with nodepool "general-purpose", daemonset overhead={"cpu":"155m","memory":"120Mi","pods":"4"}, no instance type satisfied resources {"cpu":"6155m","memory":"20600Mi","nvidia.com/gpu":"1","pods":"5"} and requirements karpenter.k8s.aws/instance-category In [c m r], karpenter.sh/capacity-type In [on-demand spot], karpenter.sh/nodepool In [general-purpose] (no instance type has enough resources)',
        type: 'Warning',
        count: 39,
      },
      {
        reason: 'AlertFiring',
        message:
          'ReviewsModerationBacklog: reviews awaiting moderation 21 400 (SLO 2 000); moderation-model 1/3 replicas ready since 07:20 (g5 spot interruptions)',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-storefront-ssr-fetch-failed',
    family: 'dns',
    source: 'https://github.com/nuxt/nuxt/issues/9845',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T05:14:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          NUXT_LISTINGS_API_BASE: 'http://listings-api.search.svc.cluster.local:8080',
          NUXT_PUBLIC_SITE_URL: 'https://www.example-market.com',
          NITRO_PORT: '3000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StorefrontSSR5xx: storefront 5xx ratio 0.41 over 5m; CoreDNS SERVFAIL and i/o timeout counts up cluster-wide since 08:09',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"level":30,"time":${1770797000000 + i * 9137},"msg":"request completed","method":"GET","url":"/l/${['vintage-denim-jacket', 'oak-side-table', 'road-bike-54cm', 'ceramic-vase'][i % 4]}-${41200 + i * 17}","status":200,"ms":${80 + ((i * 29) % 160)}}`,
      ),
      '[nuxt] [request error] [unhandled] [500] [GET] "http://listings-api.search.svc.cluster.local:8080/v2/listings/41877": <no response> fetch failed',
      '  at async $fetchRaw2 (./.output/server/node_modules/ofetch/dist/shared/ofetch.03887fc3.mjs:270:14)',
      '  at async $fetch2 (./.output/server/node_modules/ofetch/dist/shared/ofetch.03887fc3.mjs:316:15)',
      '  at async Object.handler (./.output/server/chunks/routes/api/listing/_id_.get.mjs:21:20)',
      '  at async ./.output/server/node_modules/h3/dist/index.mjs:1978:19',
      '  [cause]: Error: getaddrinfo EAI_AGAIN listings-api.search.svc.cluster.local',
      '      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26)',
      times(60, (i) =>
        i % 3 === 2
          ? `{"level":30,"time":${1770797400000 + i * 6011},"msg":"request completed","method":"GET","url":"/c/${['home', 'fashion', 'bikes'][i % 3]}?page=${1 + (i % 5)}","status":200,"ms":${90 + ((i * 31) % 300)}}`
          : `[nuxt] [request error] [unhandled] [500] [GET] "http://${i % 2 ? `listings-api.search.svc.cluster.local:8080/v2/listings/${41900 + i}` : `reviews-api.reviews.svc.cluster.local:8080/v1/summary?listing=${41900 + i}`}": <no response> fetch failed\n  [cause]: Error: getaddrinfo EAI_AGAIN ${i % 2 ? 'listings-api.search.svc.cluster.local' : 'reviews-api.reviews.svc.cluster.local'}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-redpanda-broker-produce-rejected',
    family: 'disk-full',
    source: 'https://github.com/redpanda-data/redpanda/issues/24492',
    signal: 'Alert',
    containers: [
      {
        name: 'redpanda',
        running: { startedAt: '2026-01-28T10:12:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '10Gi',
        memoryRequest: '10Gi',
        cpuLimit: '4',
        args: [
          'redpanda',
          'start',
          '--smp=4',
          '--memory=8G',
          '--reserve-memory=0M',
          '--advertise-kafka-addr=internal://redpanda-2.redpanda.pipeline.svc.cluster.local.:9093',
        ],
        mounts: [{ volume: 'datadir', path: '/var/lib/redpanda/data' }],
      },
    ],
    volumes: [{ name: 'datadir', persistentVolumeClaim: 'datadir-redpanda-2' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedpandaStorageDegraded: redpanda-2 redpanda_storage_disk_free_space_alert=2 (degraded), free 3.9%; producers to orders.cdc.* and events.clickstream timing out',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO  2026-02-11 ${hms(27600 + i * 40)},${ms(i * 97)} [shard ${i % 4}] storage - segment.cc:${700 + (i % 9)} - Creating new segment /var/lib/redpanda/data/kafka/events.clickstream/${i % 12}_${1800 + i}/${(88120440 + i * 5231).toString()}-${3 + (i % 2)}-v1.log`,
      ),
      'ERROR 2026-02-11 07:40:02,118 [shard 0] cluster - storage space alert: free space at 4.912% on /var/lib/redpanda/data: 1.953TiB total, 98.24GiB free, min. free 0.000bytes. Please adjust retention policies as needed to avoid running out of space.',
      times(
        25,
        (i) =>
          `INFO  2026-02-11 ${hms(27610 + i * 60)},${ms(i * 53)} [shard ${i % 4}] cluster - members_table.cc:${150 + (i % 3)} - heartbeat from node 0 ok, node 1 ok`,
      ),
      'ERROR 2026-02-11 08:06:44,903 [shard 0] cluster - storage space alert: free space at 3.901% on /var/lib/redpanda/data: 1.953TiB total, 78.01GiB free, min. free 0.000bytes. Please adjust retention policies as needed to avoid running out of space.',
      times(
        60,
        (i) =>
          `WARN  2026-02-11 ${hms(29210 + i * 17)},${ms(i * 41)} [shard ${i % 4}] kafka - produce.cc:${560 + (i % 4)} - rejecting produce request: no disk space; bytes free less than configurable threshold`,
      ),
      'INFO  2026-02-11 08:25:12,400 [shard 1] cluster - health_monitor_backend.cc:412 - node 2 data disk state degraded',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftyeighth-reviews-moderation-worker-403',
    family: 'policy-denied',
    source: 'https://github.com/istio/istio/issues/36119',
    signal: 'Alert',
    containers: [
      {
        name: 'moderation-worker',
        running: { startedAt: '2026-02-10T21:30:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          MODEL_URL: 'http://moderation-model.ml.svc.cluster.local:8080/v1/score',
          SQS_QUEUE: 'reviews-to-moderate',
          BATCH_SIZE: '16',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
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
        {
          type: 'ReadonlyFilesystem',
          status: 'False',
          reason: 'FilesystemIsNotReadOnly',
          message: 'Filesystem is not read-only',
        },
      ],
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ReviewsModerationErrors: reviews/moderation-worker 100% of calls to moderation-model answered 403 since 07:58; 9 800 reviews held',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `2026-02-11T${hms(27200 + i * 11)}.${ms(i * 211)}Z INFO moderation.worker batch=${91200 + i} reviews=16 scored=16 flagged=${i % 3} p95_ms=${40 + (i % 30)}`,
      ),
      '2026-02-11T07:58:14.402Z ERROR moderation.worker batch=91240 POST http://moderation-model.ml.svc.cluster.local:8080/v1/score -> 403 body="RBAC: access denied"; leaving 16 messages invisible for retry',
      '[2026-02-11T07:58:14.401Z] "POST /v1/score HTTP/1.1" 403 - via_upstream - "-" 4212 19 3 2 "-" "python-httpx/0.27.2" "b3c0e1aa-6f61-9d0c-a1b7-2c1d9f0e7a11" "moderation-model.ml.svc.cluster.local:8080" "10.42.21.16:8080" outbound|8080||moderation-model.ml.svc.cluster.local 10.42.6.33:50412 172.20.91.4:8080 10.42.6.33:41190 - default',
      times(70, (i) =>
        i % 2
          ? `2026-02-11T${hms(28700 + i * 21)}.${ms(i * 43)}Z ERROR moderation.worker batch=${91241 + i} POST http://moderation-model.ml.svc.cluster.local:8080/v1/score -> 403 body="RBAC: access denied"; leaving 16 messages invisible for retry`
          : `[2026-02-11T${hms(28700 + i * 21)}.${ms(i * 43 - 1)}Z] "POST /v1/score HTTP/1.1" 403 - via_upstream - "-" ${3900 + ((i * 71) % 600)} 19 ${2 + (i % 3)} 1 "-" "python-httpx/0.27.2" "${(0xb3c0e1aa + i * 7919).toString(16)}-6f61-9d0c-a1b7-2c1d9f0e7a11" "moderation-model.ml.svc.cluster.local:8080" "10.42.21.${16 + (i % 3)}:8080" outbound|8080||moderation-model.ml.svc.cluster.local 10.42.6.33:${50412 + i} 172.20.91.4:8080 10.42.6.33:${41190 + i} - default`,
      ),
      '2026-02-11T08:22:40.010Z WARNING moderation.worker 612 consecutive batches failed with 403 from moderation-model; 9 800 reviews held',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-listings-reindex-cronjob-failed',
    family: 'capacity',
    source: 'https://github.com/vespa-engine/vespa/issues/27609',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'listings-reindex',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75',
          VESPA_ENDPOINT: 'http://listings-vespa-container.search.svc:8080',
          REINDEX_SOURCE: 'jdbc:postgresql://pgbouncer.data.svc:6432/listings',
        },
        args: ['java', '-jar', '/app/reindexer.jar', '--full', '--doc-type', 'listing'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container listings-reindex', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 02:30:03.442 INFO  [main] c.m.reindex.Reindexer - full reindex of listing documents started (source listings, 4 118 220 rows, target cluster listings)',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(9010 + i * 95)}.${ms(i * 113)} INFO  [feed-${i % 8}] c.m.reindex.Reindexer - fed ${(i + 1) * 50000} / 4118220 documents (${(((i + 1) * 50000 * 100) / 4118220).toFixed(1)}%), ${2100 + ((i * 37) % 400)} docs/s, in flight ${128 + (i % 5) * 16}`,
      ),
      '2026-02-11 03:33:44.210 WARN  [feed-3] ai.vespa.feed.client.impl.HttpFeedClient - put id:listings:listing::2041877 failed: [UNKNOWN(251009) @ tcp/listings-content-2.listings-content.search.svc.cluster.local:19112/default]: ReturnCode(NO_SPACE, External feed is blocked due to resource exhaustion: memory on node 2 [listings-content-2.listings-content.search.svc.cluster.local] (0.812 > 0.800)) : retrying',
      times(
        50,
        (i) =>
          `2026-02-11 ${hms(12830 + i * 13)}.${ms(i * 37)} WARN  [feed-${i % 8}] ai.vespa.feed.client.impl.HttpFeedClient - put id:listings:listing::${2041900 + i * 11} failed: [UNKNOWN(251009) @ tcp/listings-content-${i % 3}.listings-content.search.svc.cluster.local:19112/default]: ReturnCode(NO_SPACE, External feed is blocked due to resource exhaustion: memory on node ${i % 3} [listings-content-${i % 3}.listings-content.search.svc.cluster.local] (0.${810 + (i % 9)} > 0.800)) : retrying`,
      ),
      '2026-02-11 03:45:02.003 ERROR [main] c.m.reindex.Reindexer - giving up after 10 minutes of NO_SPACE responses; 2 050 000 / 4 118 220 documents fed',
      'ai.vespa.feed.client.FeedException: (NO_SPACE) External feed is blocked due to resource exhaustion: memory on node 2 [listings-content-2.listings-content.search.svc.cluster.local] (0.814 > 0.800)',
      '\tat ai.vespa.feed.client.impl.HttpFeedClient.toResult(HttpFeedClient.java:298)',
      '\tat com.market.reindex.Reindexer.run(Reindexer.kt:141)',
      '2026-02-11 03:45:02.010 INFO  [main] c.m.reindex.Reindexer - exit status 1',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftyeighth-imgproxy-new-node-image-pull',
    family: 'image-pull',
    source: 'https://github.com/kata-containers/kata-containers/issues/10109',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'imgproxy',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "darthsim/imgproxy:v3.27.2"',
        },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          IMGPROXY_USE_S3: 'true',
          IMGPROXY_CONCURRENCY: '4',
          IMGPROXY_MAX_SRC_RESOLUTION: '50',
          IMGPROXY_TTL: '31536000',
        },
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned media/imgproxy-7d5f6c8b9d-8xw2k to ip-10-42-30-14.eu-west-1.compute.internal',
        type: 'Normal',
      },
      { reason: 'Pulling', message: 'Pulling image "darthsim/imgproxy:v3.27.2"', type: 'Normal', count: 5 },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "darthsim/imgproxy:v3.27.2": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/darthsim/imgproxy:v3.27.2": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/darthsim/imgproxy/manifests/sha256:5c0f1e7a9d2b44c3a8e1f06b7d9c2e41f3a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
        count: 5,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 5 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "darthsim/imgproxy:v3.27.2"',
        type: 'Normal',
        count: 37,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', count: 37 },
    ],
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-orders-api-database-errors',
    family: 'connection-limit',
    source: 'https://github.com/prisma/orm/issues/15334',
    signal: 'Alert',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-02-11T06:40:19Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL:
            'postgresql://orders_app@pgbouncer.data.svc:6432/orders?pgbouncer=true&connection_limit=20',
          NODE_ENV: 'production',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'OrdersApiErrors: orders-api 5xx ratio 0.22 over 10m; HPA scaled orders-api 8 -> 24 replicas since 07:45 (sale weekend)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `[Nest] 1  - 02/11/2026, ${hms(28000 + i * 13).replace(/^0/, '')} AM     LOG [HTTP] POST /v1/orders 201 ${60 + ((i * 23) % 120)}ms order=${'ord_'}${(9912000 + i * 3).toString(36)}`,
      ),
      '[Nest] 1  - 02/11/2026, 8:02:41 AM   ERROR [ExceptionsHandler] Error querying the database: db error: FATAL: no more connections allowed (max_client_conn)',
      'PrismaClientInitializationError: Error querying the database: db error: FATAL: no more connections allowed (max_client_conn)',
      '    at t.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:7749)',
      '    at t.handleAndLogRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:6784)',
      '    at t.request (/app/node_modules/@prisma/client/runtime/library.js:121:6491)',
      '    at async l (/app/node_modules/@prisma/client/runtime/library.js:130:9778)',
      '    at async OrdersService.create (/app/dist/orders/orders.service.js:58:24)',
      times(60, (i) =>
        i % 3 === 0
          ? `[Nest] 1  - 02/11/2026, ${hms(28970 + i * 19).replace(/^0/, '')} AM     LOG [HTTP] POST /v1/orders 201 ${90 + ((i * 41) % 300)}ms order=ord_${(9913000 + i).toString(36)}`
          : `[Nest] 1  - 02/11/2026, ${hms(28970 + i * 19).replace(/^0/, '')} AM   ERROR [ExceptionsHandler] Error querying the database: db error: FATAL: no more connections allowed (max_client_conn)`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-ledger-writes-failing-tls',
    family: 'certificate',
    source: 'https://github.com/cockroachdb/cockroach/issues/14126',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('ledger-service', 1, 8),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://ledger-crdb-public.payments.svc:26257/ledger?sslmode=verify-full&sslrootcert=/certs/ca.crt&sslcert=/certs/client.ledger_app.crt&sslkey=/certs/client.ledger_app.key.pk8',
        },
        mounts: [{ volume: 'crdb-client-certs', path: '/certs' }],
      },
    ],
    volumes: [{ name: 'crdb-client-certs', secret: 'ledger-app-crdb-client' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Startup probe failed: Get "http://10.42.11.52:8081/actuator/health": dial tcp 10.42.11.52:8081: connect: connection refused',
        count: 22,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container ledger-service in pod ledger-service-5f8b6d4c9-wq7zt_payments(3a9e1c70-4d2b-4f0e-9b61-2c8e5d7f1a33)',
        type: 'Warning',
        count: 61,
      },
    ],
    previousLog: log(
      '2026-02-11 08:24:03.118  INFO 1 --- [           main] c.m.ledger.LedgerApplication             : Starting LedgerApplication v5.2.0 using Java 21.0.5 with PID 1',
      '2026-02-11 08:24:05.440  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)',
      '2026-02-11 08:24:06.002  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : ledger-pool - Starting...',
      '2026-02-11 08:24:06.411 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : ledger-pool - Exception during pool initialization.',
      '',
      'org.postgresql.util.PSQLException: SSL error: Received fatal alert: certificate_expired',
      '\tat org.postgresql.ssl.MakeSSL.convert(MakeSSL.java:43)',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.enableSSL(ConnectionFactoryImpl.java:584)',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:168)',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)',
      '\tat org.postgresql.Driver.makeConnection(Driver.java:443)',
      '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
      '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
      'Caused by: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
      '\tat java.base/sun.security.ssl.Alert$AlertConsumer.consume(Alert.java:287)',
      '\tat java.base/sun.security.ssl.TransportContext.dispatch(TransportContext.java:204)',
      '\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:451)',
      '\tat org.postgresql.ssl.MakeSSL.convert(MakeSSL.java:41)',
      '\t... 31 common frames omitted',
      '',
      '2026-02-11 08:24:06.420 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flyway' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Failed to initialize dependency 'dataSourceScriptDatabaseInitializer'",
      'Caused by: org.postgresql.util.PSQLException: SSL error: Received fatal alert: certificate_expired',
      '\t... 45 common frames omitted',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-sitemap-cronjob-evicted',
    family: 'disk-full',
    source: 'https://github.com/artifact-keeper/artifact-keeper-iac/issues/153',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'sitemap-generator',
        terminated: { reason: 'ContainerStatusUnknown', exitCode: 137 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          SITEMAP_BASE_URL: 'https://www.example-market.com',
          SITEMAP_WORKDIR: '/work',
          SITEMAP_BUCKET: 's3://market-public-sitemaps/prod',
        },
        args: ['node', 'dist/generate-sitemaps.js', '--all-locales', '--gzip'],
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: {} }],
    events: [
      {
        reason: 'Evicted',
        message: 'Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container sitemap-generator', type: 'Normal' },
    ],
    previousLog: log(
      '{"level":"info","time":"2026-02-11T01:00:04.118Z","msg":"sitemap run started","locales":["en-GB","fr-FR","de-DE","es-ES","it-IT","nl-NL"],"listings":4118220}',
      times(
        60,
        (i) =>
          `{"level":"info","time":"2026-02-11T${hms(3610 + i * 70)}.${ms(i * 91)}Z","msg":"wrote sitemap part","locale":"${['en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'nl-NL'][i % 6]}","part":${Math.floor(i / 6) + 1},"urls":50000,"bytes":${38000000 + ((i * 7919) % 900000)},"file":"/work/${['en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'nl-NL'][i % 6]}/listings-${Math.floor(i / 6) + 1}.xml"}`,
      ),
      '{"level":"info","time":"2026-02-11T02:10:55.302Z","msg":"uncompressed parts kept until gzip pass","files":60,"bytes":2286411204}',
      '{"level":"info","time":"2026-02-11T02:10:55.310Z","msg":"gzip pass started","files":60}',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts, right (7) and wrong (3)
  {
    // Right: spymemcached resolved the Memcached pod's name once; the pod moved and this client
    // keeps reconnecting to the address it had.
    id: 'fiftyeighth-listings-api-cache-misses',
    family: 'stale-connection',
    source: 'https://github.com/couchbase/spymemcached/pull/41',
    signal: 'Alert',
    containers: [
      {
        name: 'listings-api',
        running: { startedAt: '2026-02-04T09:12:50Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -Dsun.net.inetaddr.ttl=30',
          MEMCACHED_SERVERS:
            'listings-memcached-0.listings-memcached.search.svc.cluster.local:11211 listings-memcached-1.listings-memcached.search.svc.cluster.local:11211',
          VESPA_QUERY_URL: 'http://listings-vespa-container.search.svc:8080/search/',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ListingsCacheHitRatioLow: listings-api-7c9d8f6b54-x2kqp memcached hit ratio 0.41 (other replicas 0.86); Vespa query rate from this pod x2.4',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        25,
        (i) =>
          `2026-02-11 ${hms(27600 + i * 17)}.${ms(i * 71)}  INFO 1 --- [nio-8080-exec-${1 + (i % 12)}] c.m.listings.web.ListingController      : GET /v2/listings/${41800 + i * 13} 200 ${8 + (i % 20)}ms cache=${i % 2 ? 'hit' : 'miss'}`,
      ),
      '2026-02-11 07:48:10.211  INFO 1 --- [Memcached IO over {MemcachedConnection to listings-memcached-0.listings-memcached.search.svc.cluster.local/10.42.4.22:11211 listings-memcached-1.listings-memcached.search.svc.cluster.local/10.42.7.19:11211}] net.spy.memcached.MemcachedConnection     : Reconnecting due to exception on {QA sa=listings-memcached-1.listings-memcached.search.svc.cluster.local/10.42.7.19:11211, #Rops=2, #Wops=0, #iq=0, topRop=Cmd: get Keys: listing:v7:41877 Exp: 0, topWop=null, toWrite=0, interested=1}',
      'java.io.IOException: Disconnected unexpected, will reconnect.',
      '\tat net.spy.memcached.MemcachedConnection.handleReadsWhenChannelEndOfStream(MemcachedConnection.java:911)',
      '\tat net.spy.memcached.MemcachedConnection.handleReads(MemcachedConnection.java:823)',
      '\tat net.spy.memcached.MemcachedConnection.handleReadsAndWrites(MemcachedConnection.java:720)',
      '\tat net.spy.memcached.MemcachedConnection.handleIO(MemcachedConnection.java:683)',
      times(60, (i) =>
        i % 3 === 0
          ? `2026-02-11 ${hms(28100 + i * 38)}.${ms(i * 29)}  WARN 1 --- [Memcached IO over {MemcachedConnection to listings-memcached-0.listings-memcached.search.svc.cluster.local/10.42.4.22:11211 listings-memcached-1.listings-memcached.search.svc.cluster.local/10.42.7.19:11211}] net.spy.memcached.MemcachedConnection     : Closing, and reopening {QA sa=listings-memcached-1.listings-memcached.search.svc.cluster.local/10.42.7.19:11211, #Rops=0, #Wops=${(i * 7) % 40}, #iq=0, topRop=null, topWop=null, toWrite=0, interested=0}, attempt ${Math.floor(i / 3) + 1}.`
          : `2026-02-11 ${hms(28100 + i * 38)}.${ms(i * 29)}  INFO 1 --- [nio-8080-exec-${1 + (i % 12)}] c.m.listings.web.ListingController      : GET /v2/listings/${42100 + i * 7} 200 ${30 + ((i * 13) % 60)}ms cache=${i % 2 ? 'miss' : 'hit'}`,
      ),
      '2026-02-11 08:21:40.902  WARN 1 --- [nio-8080-exec-4] c.m.listings.cache.ListingCache          : memcached get timed out for listing:v7:42311 (node listings-memcached-1/10.42.7.19:11211 inactive); serving from Vespa',
      '2026-02-11 08:21:41.004  INFO 1 --- [   scheduling-1] c.m.listings.health.CacheProbe           : listings-memcached-1.listings-memcached.search.svc.cluster.local -> 10.42.3.88; memcached node listings-memcached-1/10.42.7.19:11211 inactive since 07:48 (2 141 reconnect attempts)',
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // Right: the processor went silent after the link was force-detached; the queue is healthy.
    id: 'fiftyeighth-notifications-email-queue-stalled',
    family: 'wedged-consumer',
    source: 'https://github.com/Azure/azure-sdk-for-net/issues/42460',
    signal: 'Alert',
    containers: [
      {
        name: 'notifications-worker',
        running: { startedAt: '2026-02-06T16:20:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          DOTNET_ENVIRONMENT: 'Production',
          ServiceBus__Queue: 'notifications-email',
          ServiceBus__MaxConcurrentCalls: '8',
          ServiceBus__PrefetchCount: '20',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ServiceBusQueueStalled: notifications-email active messages 18 220, completed/s 0 on notifications-worker-email-64c7f9d8b-lz4rn since 05:41 (sibling replica processing normally)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `info: Market.Notifications.EmailHandler[0]\n      Email ${['order-confirmed', 'message-received', 'payout-sent', 'review-request'][i % 4]} sent for ${['order', 'conversation', 'payout', 'order'][i % 4]} ${7700100 + i * 19} via SES (${120 + ((i * 17) % 200)} ms)`,
      ),
      'warn: Azure.Messaging.ServiceBus[0]',
      "      An exception occurred while receiving messages for identifier notifications-email-3f7a1c and entity path notifications-email. Error Message: 'The link 'G9:13642683:amqps://market-prod.servicebus.windows.net/-a1b2c3d4;0:5:6:source(address:notifications-email,filter:[])' is force detached. Code: consumer(link35055). Details: InnerMessageReceiver was closed. TrackingId:638ebc4e000206d9000088ef62fbac03_G9_B32, SystemTracker:market-prod:Queue:notifications-email, Timestamp:2026-02-11T05:41:02 (ServiceCommunicationProblem)'",
      'info: Azure.Messaging.ServiceBus[0]',
      '      Receive link for notifications-email-3f7a1c is being re-established.',
      times(
        55,
        (i) =>
          `info: Market.Notifications.Health[0]\n      liveness ok; processor IsProcessing=True; last message completed ${hms(20460)} (${20 + Math.floor((i * 160) / 60)} min ago); prefetch buffer 0`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Right: the connector task was killed by the Postgres failover and Connect will not restart it.
    id: 'fiftyeighth-orders-cdc-connector-lag',
    family: 'wedged-consumer',
    source: 'https://github.com/aiven/devportal/pull/1426',
    signal: 'Alert',
    containers: [
      {
        name: 'kafka-connect',
        running: { startedAt: '2026-01-30T12:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          KAFKA_HEAP_OPTS: '-Xms1g -Xmx2g',
          CONNECT_BOOTSTRAP_SERVERS:
            'redpanda-0.redpanda.pipeline.svc:9093,redpanda-1.redpanda.pipeline.svc:9093',
          CONNECT_GROUP_ID: 'cdc-connect',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'DebeziumConnectorTaskFailed: connector orders-outbox-cdc task 0 state FAILED on cdc-connect-0 since 06:02; replication slot debezium_orders lag 4.1 GiB',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(21000 + i * 30)},${ms(i * 47)} INFO   ||  WorkerSourceTask{id=orders-outbox-cdc-0} Committing offsets for ${400 + ((i * 31) % 300)} acknowledged messages   [org.apache.kafka.connect.runtime.WorkerSourceTask]`,
      ),
      'org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)',
      '2026-02-11 06:02:31,512 ERROR  Postgres|orders|streaming  Producer failure   [io.debezium.pipeline.ErrorHandler]',
      'io.debezium.DebeziumException: Could not execute heartbeat action (Error: 57P01)',
      '\tat io.debezium.heartbeat.DatabaseHeartbeatImpl.forcedBeat(DatabaseHeartbeatImpl.java:101)',
      '\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:219)',
      '2026-02-11 06:02:31,540 ERROR  ||  WorkerSourceTask{id=orders-outbox-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted   [org.apache.kafka.connect.runtime.WorkerTask]',
      'org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.',
      '\tat io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:72)',
      'Caused by: io.debezium.DebeziumException: Could not execute heartbeat action (Error: 57P01)',
      '2026-02-11 06:02:31,541 INFO   ||  [Producer clientId=connector-producer-orders-outbox-cdc-0] Closing the Kafka producer with timeoutMillis = 30000 ms.   [org.apache.kafka.clients.producer.KafkaProducer]',
      times(50, (i) =>
        i % 2
          ? `2026-02-11 ${hms(21800 + i * 120)},${ms(i * 13)} INFO   ||  WorkerSourceTask{id=${i % 4 === 1 ? 'catalog-cdc-0' : 'payments-outbox-cdc-0'}} Committing offsets for ${100 + ((i * 17) % 400)} acknowledged messages   [org.apache.kafka.connect.runtime.WorkerSourceTask]`
          : `2026-02-11 ${hms(21800 + i * 120)},${ms(i * 13)} INFO   172.20.14.9 - - [11/Feb/2026:${hms(21800 + i * 120)} +0000] "GET /connectors/orders-outbox-cdc/status HTTP/1.1" 200 ${390 + (i % 3)} "-" "kube-probe/1.31" ${2 + (i % 4)}   [org.apache.kafka.connect.runtime.rest.RestServer]`,
      ),
      '2026-02-11 08:20:00,004 INFO   Postgres|catalog|streaming  Searching for WAL resume position   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Right: every worker's ioredis connection stayed on the demoted primary after a failover.
    id: 'fiftyeighth-fulfilment-worker-readonly',
    family: 'stale-connection',
    source: 'https://github.com/taskforcesh/bullmq/issues/1928',
    signal: 'Alert',
    containers: [
      {
        name: 'fulfilment-worker',
        running: { startedAt: '2026-02-08T10:31:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'rediss://fulfilment-queues.x7k2pa.ng.0001.euw1.cache.amazonaws.com:6379',
          BULLMQ_QUEUES: 'label-print,carrier-booking,pickup-reminder',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BullMQWaitingJobsHigh: bull:carrier-booking:wait 6 400 jobs, completed 0/min since 06:14 (ElastiCache fulfilment-queues failover 06:13:52)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        25,
        (i) =>
          `[Nest] 1  - 02/11/2026, ${hms(21600 + i * 31).replace(/^0/, '')} AM     LOG [CarrierBookingProcessor] job ${520100 + i} booked with ${['DPD', 'Evri', 'Royal Mail'][i % 3]} label=${(0x9f000 + i * 311).toString(16)}`,
      ),
      'ReplyError: UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)',
      '    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {',
      "  command: { name: 'bzpopmin', args: [ 'bull:carrier-booking:marker', '10' ] }",
      '}',
      times(45, (i) =>
        i % 10 === 9
          ? `[Nest] 1  - 02/11/2026, ${hms(22440 + i * 90).replace(/^0/, '')} AM     LOG [Health] GET /health 200 {"redis":"up","queues":3}`
          : `ReplyError: READONLY You can't write against a read only replica.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n  command: { name: '${['bzpopmin', 'bzpopmin', 'evalsha'][i % 3]}', args: ${i % 3 === 2 ? `[ 'c9f1e6b2a4d08f3e7b51c2a9d6e0f4b8a3c7d1e5', '9', 'bull:carrier-booking:wait', 'bull:carrier-booking:active', 'bull:carrier-booking:prioritized', '...' ]` : `[ 'bull:${['carrier-booking', 'label-print'][i % 3]}:marker', '10' ]`} }\n}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
  {
    // Right: a slow descriptor leak over 26 days; the pod is otherwise fine and restarts clear it.
    id: 'fiftyeighth-fraud-scorer-accept-errors',
    family: 'fd-exhaustion',
    source: 'https://github.com/NebulousLabs/Sia/issues/2935',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: '2026-01-19T04:10:33Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          FEATURE_STORE_ADDR: 'fraud-features.fraud.svc.cluster.local:6379',
          GOMEMLIMIT: '900MiB',
          LISTEN_ADDR: ':8080',
        },
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
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
        {
          type: 'KernelDeadlock',
          status: 'False',
          reason: 'KernelHasNoDeadlock',
          message: 'kernel has no deadlock',
        },
      ],
    },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.9.140:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 96,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `time=2026-02-11T${hms(27000 + i * 15)}.${ms(i * 17)}Z level=INFO msg="scored" order=${'o_'}${(8800120 + i * 7).toString(36)} score=0.${String(10 + ((i * 37) % 89)).padStart(2, '0')} decision=${i % 11 === 0 ? 'review' : 'allow'} features=214 took=${3 + (i % 9)}ms`,
      ),
      'time=2026-02-11T07:55:10.004Z level=INFO msg="process stats" uptime=555h44m37s goroutines=9412 open_fds=65501 max_fds=65536 heap_inuse=402MiB',
      times(
        80,
        (i) =>
          `2026/02/11 ${hms(28511 + i * 20)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Right: Varnish resolved the backend name when the VCL loaded; the storefront pods behind the
    // headless Service were replaced by a rollout and have new addresses.
    id: 'fiftyeighth-varnish-edge-503',
    family: 'stale-connection',
    source: 'https://github.com/uselagoon/lagoon/issues/682',
    signal: 'Alert',
    containers: [
      {
        name: 'varnish',
        running: { startedAt: '2026-02-02T08:00:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: [
          'varnishd',
          '-F',
          '-f',
          '/etc/varnish/default.vcl',
          '-a',
          'http=:8080,HTTP',
          '-s',
          'malloc,4G',
          '-n',
          '/tmp/varnish_workdir',
        ],
        mounts: [{ volume: 'vcl', path: '/etc/varnish' }],
      },
      { name: 'varnishncsa', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    volumes: [{ name: 'vcl', configMap: 'varnish-edge-vcl' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'VarnishBackendFetchFailed: varnish-edge-0 503 ratio 0.37 (cache misses all failing) since 08:03; storefront-ssr 6/6 Ready after its 08:01 rollout',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `{"Timestamp": "[11/Feb/2026:${hms(28860 + i * 3)} +0000]", "Varnish-Side": "c", "Age": ${(i * 37) % 600}, "Handling": "hit", "Request": "GET https://www.example-market.com/${['', 'c/fashion', 'c/home', 'l/road-bike-54cm-41877'][i % 4]} HTTP/1.1", "Status": "200", "Response-Reason": "OK", "Fetch-Error": "-", "Bytes": "${40000 + ((i * 7919) % 30000)}", "Time-To-Serve": ${120 + (i % 90)}}`,
      ),
      times(70, (i) =>
        i % 2
          ? `{"Timestamp": "[11/Feb/2026:${hms(29000 + i * 11)} +0000]", "Varnish-Side": "b", "Handling": "-", "Request": "GET http://storefront/l/${['oak-side-table', 'ceramic-vase', 'vintage-denim-jacket'][i % 3]}-${42000 + i} HTTP/1.1", "Status": "503", "Response-Reason": "-", "Fetch-Error": "backend storefront: fail errno 113 (No route to host)", "Bytes": "0", "Time-To-Serve": 0}`
          : `{"Timestamp": "[11/Feb/2026:${hms(29000 + i * 11)} +0000]", "Varnish-Side": "c", "Age": 0, "Handling": "miss", "Request": "GET https://www.example-market.com/l/${['oak-side-table', 'ceramic-vase', 'vintage-denim-jacket'][i % 3]}-${42000 + i} HTTP/1.1", "Status": "503", "Response-Reason": "Backend fetch failed", "Fetch-Error": "-", "Bytes": "282", "Time-To-Serve": ${3000 + (i % 50)}}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Right: cancelled vendor calls left httpcore's pool full of connections it never reclaims.
    id: 'fiftyeighth-kyc-vendor-pool-timeouts',
    family: 'wedged-client',
    source: 'https://github.com/encode/httpcore/issues/1093',
    signal: 'Alert',
    containers: [
      {
        name: 'kyc-service',
        running: { startedAt: '2026-02-09T13:20:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ONFIDO_API_URL: 'https://api.eu.onfido.com/v3.6',
          VENDOR_HTTP_MAX_CONNECTIONS: '20',
          VENDOR_HTTP_POOL_TIMEOUT: '5',
          GUNICORN_CMD_ARGS: '--workers 1 --worker-class uvicorn.workers.UvicornWorker --timeout 30',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 142, addedEnv: { KYC_DOCUMENT_MAX_MB: '25' } },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KycVendorErrors: kyc-service-6c4d9b7f58-r8d2f 100% PoolTimeout on vendor calls since 07:31 (2 sibling replicas 0.2% errors; Onfido status page green)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO:     10.42.6.${20 + (i % 30)}:${40000 + i * 17} - "POST /v1/sellers/${881900 + i}/documents HTTP/1.1" 201 Created`,
      ),
      '2026-02-11 07:30:58,120 WARNING kyc.vendor: upload_document cancelled after client disconnect (seller 881931)',
      '2026-02-11 07:31:02,004 WARNING kyc.vendor: upload_document cancelled after client disconnect (seller 881934)',
      '2026-02-11 07:31:40,512 ERROR kyc.vendor: create_check failed for seller 881940',
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/httpcore/_async/connection_pool.py", line 236, in handle_async_request',
      '    connection = await pool_request.wait_for_connection(timeout=timeout)',
      '  File "/app/.venv/lib/python3.12/site-packages/httpcore/_async/connection_pool.py", line 44, in wait_for_connection',
      '    await self._connection_acquired.wait(timeout=timeout)',
      '  File "/app/.venv/lib/python3.12/site-packages/httpcore/_synchronization.py", line 148, in wait',
      '    raise PoolTimeout(exc)',
      'httpcore.PoolTimeout',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/kyc/vendor.py", line 88, in create_check',
      '    resp = await self.client.post("/checks", json=body)',
      '  File "/app/.venv/lib/python3.12/site-packages/httpx/_transports/default.py", line 118, in map_httpcore_exceptions',
      '    raise mapped_exc(message) from exc',
      'httpx.PoolTimeout',
      times(50, (i) =>
        i % 5 === 4
          ? `INFO:     10.42.0.1:${51000 + i} - "GET /healthz HTTP/1.1" 200 OK`
          : `2026-02-11 ${hms(27200 + i * 38)},${ms(i * 61)} ERROR kyc.vendor: ${['create_check', 'upload_document', 'create_applicant'][i % 3]} failed for seller ${881941 + i}: httpx.PoolTimeout (pool <AsyncConnectionPool [Requests: 0 active, ${i % 4} queued | Connections: 20 active, 0 idle]>)`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // Wrong: the migration init container cannot reach a database that is replaying its WAL.
    id: 'fiftyeighth-messaging-migrate-init-crashloop',
    family: 'dependency-down',
    source: 'https://github.com/blockscout/blockscout/issues/11658',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('migrate', 1, 6),
        memoryLimit: '256Mi',
        args: ['/app/bin/messaging', 'eval', 'Messaging.Release.migrate()'],
        env: { DATABASE_URL: 'ecto://messaging@messaging-pg.data.svc:5432/messaging', POOL_SIZE: '2' },
      },
    ],
    containers: [
      {
        name: 'messaging',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { PHX_HOST: 'chat.example-market.com', POOL_SIZE: '20' },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container migrate in pod messaging-7bd9c6f5d4-9kq2w_messaging(c4a1e2f0-7b3d-4a91-8c2e-5f6d7e8a9b01)',
        type: 'Warning',
        count: 24,
      },
      {
        reason: 'AlertFiring',
        message:
          'PostgresDown: messaging-pg-0 restarted 08:02 after OOM kill; pg_is_in_recovery=true, replaying WAL (redo 0/9A2F1C88 of 0/C41E7730)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '08:24:12.003 [info] Migrating Messaging.Repo',
      times(
        10,
        (i) =>
          `08:24:${dd(12 + i * 2)}.${ms(100 + i * 211)} [error] Postgrex.Protocol (#PID<0.${151 + i}.0>) failed to connect: ** (Postgrex.Error) FATAL 57P03 (cannot_connect_now) the database system is in recovery mode`,
      ),
      '08:24:34.118 [error] Could not create schema migrations table. This error usually happens due to the following:',
      '',
      '  * The database does not exist',
      '  * The "schema_migrations" table, which Ecto uses for managing',
      '    migrations, was defined by another library',
      '  * There is a deadlock while migrating (such as using concurrent',
      '    indexes with a migration_lock)',
      '',
      'To fix the first issue, run "mix ecto.create" for the desired MIX_ENV.',
      '',
      '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2987ms. This means requests are coming in and your connection pool cannot serve them fast enough.',
      '    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1',
      '    (ecto_sql 3.12.1) lib/ecto/migrator.ex:776: Ecto.Migrator.verbose_schema_migration/3',
      '    (ecto_sql 3.12.1) lib/ecto/migrator.ex:564: Ecto.Migrator.lock_for_migrations/4',
      '    (messaging 4.8.0) lib/messaging/release.ex:14: anonymous fn/2 in Messaging.Release.migrate/0',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the model server needs longer than its liveness probe allows to load its weights on a
    // node with a cold cache; every restart starts the download again.
    id: 'fiftyeighth-moderation-model-restarting',
    family: 'slow-start',
    source: 'https://github.com/gke-labs/kube-agents/issues/712',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'moderation-model',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=moderation-model',
        },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 5,
        memoryLimit: '24Gi',
        memoryRequest: '20Gi',
        cpuLimit: '6',
        env: {
          MODEL_ID: 'reviews-toxicity-xlmr-large-v7',
          MODEL_URI: 's3://market-ml-models/moderation/reviews-toxicity-xlmr-large-v7/',
          HF_HOME: '/models/cache',
          WORKERS: '2',
        },
        args: ['python', '-m', 'moderation.serve', '--port', '8080', '--device', 'cuda'],
        mounts: [{ volume: 'model-cache', path: '/models/cache' }],
      },
    ],
    volumes: [{ name: 'model-cache', emptyDir: {} }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
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
      taints: ['nvidia.com/gpu=true:NoSchedule'],
    },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.31.7:8080/healthz": dial tcp 10.42.31.7:8080: connect: connection refused',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container moderation-model failed liveness probe, will be restarted',
        type: 'Normal',
        count: 6,
      },
    ],
    previousLog: log(
      '2026-02-11 08:17:02,118 INFO moderation.serve: starting, device=cuda:0 (NVIDIA A10G, 22.5 GiB), workers=2',
      '2026-02-11 08:17:02,540 INFO moderation.weights: cache /models/cache is empty; downloading s3://market-ml-models/moderation/reviews-toxicity-xlmr-large-v7/ (6 shards, 8.9 GiB)',
      times(
        24,
        (i) =>
          `2026-02-11 08:${dd(17 + Math.floor((i * 5 + 5) / 60))}:${dd(i * 5 + 5)},${ms(i * 97)} INFO moderation.weights: model-0000${1 + Math.floor(i / 4)}-of-00006.safetensors ${(((i % 4) + 1) * 25).toString()}% (${(0.37 * (i + 1)).toFixed(2)} GiB of 8.9 GiB, ${(72 + (i % 6)).toString()} MiB/s)`,
      ),
      '2026-02-11 08:19:04,990 INFO moderation.weights: download complete in 122.4s',
      '2026-02-11 08:19:05,002 INFO moderation.serve: Loading checkpoint shards:   0%|          | 0/6 [00:00<?, ?it/s]',
      '2026-02-11 08:19:11,413 INFO moderation.serve: Loading checkpoint shards:  17%|█▋        | 1/6 [00:06<00:32,  6.41s/it]',
      '2026-02-11 08:19:17,880 INFO moderation.serve: Loading checkpoint shards:  33%|███▎      | 2/6 [00:12<00:25,  6.43s/it]',
      '2026-02-11 08:19:24,206 INFO moderation.serve: Loading checkpoint shards:  50%|█████     | 3/6 [00:19<00:19,  6.40s/it]',
    ),
    accept: ['escalate'],
    harmful: ['raise-memory-limit'],
  },
  {
    // Wrong: the Temporal frontend is down for everyone; the workers cannot connect at start.
    id: 'fiftyeighth-fulfilment-workflows-worker-crashloop',
    family: 'dependency-down',
    source: 'https://github.com/temporalio/sdk-typescript/issues/344',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('workflow-worker', 1, 9),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          TEMPORAL_ADDRESS: 'temporal-frontend.temporal.svc.cluster.local:7233',
          TEMPORAL_NAMESPACE: 'fulfilment',
          TEMPORAL_TASK_QUEUE: 'order-fulfilment',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'TemporalFrontendUnavailable: temporal-frontend 0/3 ready since 08:06 (temporal-history CrashLoopBackOff: persistence unavailable); workflow task schedule-to-start p99 > 10m',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] AppModule dependencies initialized +14ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] ConfigHostModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] DiscoveryModule dependencies initialized +0ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] ConfigModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] PrismaModule dependencies initialized +3ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] CarriersModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] ActivitiesModule dependencies initialized +2ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [InstanceLoader] TemporalModule dependencies initialized +18ms',
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [TemporalWorkerService] bundling workflows from /app/dist/workflows (OrderFulfilmentWorkflow, ReturnWorkflow, PickupReminderWorkflow)',
      "2026-02-11T08:26:40.700Z [INFO] Workflow bundle created { size: '1.48MB' }",
      '[Nest] 1  - 02/11/2026, 8:26:40 AM     LOG [TemporalWorkerService] connecting to temporal-frontend.temporal.svc.cluster.local:7233 (namespace fulfilment, task queue order-fulfilment)',
      '2026-02-11T08:26:40.912Z [INFO] Creating worker {',
      "  options: { namespace: 'fulfilment', taskQueue: 'order-fulfilment', maxConcurrentActivityTaskExecutions: 100, maxConcurrentWorkflowTaskExecutions: 40 }",
      '}',
      '2026-02-11T08:26:50.940Z [ERROR] Failed to create worker',
      'TransportError: Failed to call GetSystemInfo: status: Cancelled, message: "Timeout expired", details: [], metadata: MetadataMap { headers: {} }',
      '    at Function.connect (/app/node_modules/@temporalio/worker/lib/connection.js:56:23)',
      '    at async Function.create (/app/node_modules/@temporalio/worker/lib/worker.js:141:51)',
      '    at async TemporalWorkerService.onApplicationBootstrap (/app/dist/temporal/temporal-worker.service.js:44:23)',
      '[Nest] 1  - 02/11/2026, 8:26:50 AM   ERROR [ExceptionHandler] Failed to call GetSystemInfo: status: Cancelled, message: "Timeout expired", details: [], metadata: MetadataMap { headers: {} }',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- memory, right (3) and wrong (3)
  {
    // Right: Node sizes V8's heap from the container's limit; the sale weekend's concurrent renders
    // need more than half of 1 GiB. The live heap after GC is flat, not climbing.
    id: 'fiftyeighth-storefront-ssr-heap-limit',
    family: 'oom-heap',
    source: 'https://github.com/OpenVidu/openvidu-meet/pull/89',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-11T08:06:12Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 134 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NUXT_LISTINGS_API_BASE: 'http://listings-api.search.svc.cluster.local:8080',
          NITRO_PORT: '3000',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodCrashLooping: web/storefront pods restarted 4-5 times each since 06:30 (sale weekend, SSR requests 3.1x); exit code 134',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '{"level":30,"time":1770794772004,"msg":"Listening on http://[::]:3000"}',
      '{"level":30,"time":1770794772010,"msg":"v8 heap","heap_size_limit_mb":541,"cgroup_memory_max_mb":1024,"node":"v22.12.0"}',
      times(
        40,
        (i) =>
          `{"level":30,"time":${1770794800000 + i * 60000},"msg":"runtime stats","rss_mb":${620 + ((i * 7) % 90)},"heap_used_mb":${330 + ((i * 37) % 170)},"heap_after_gc_mb":${212 + (i % 9)},"inflight_ssr":${110 + ((i * 13) % 90)},"rps":${180 + ((i * 11) % 70)}}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x6b1d0a0]  2391182 ms: Mark-Compact (reduce) 509.8 (521.4) -> 509.1 (521.9) MB, pooled: 0 MB, 612.20 / 0.00 ms  (+ 11.2 ms in 3 steps since start of marking, biggest step 5.1 ms, walltime since start of marking 640 ms) (average mu = 0.181, current mu = 0.093) allocation failure; scavenge might not succeed',
      '[1:0x6b1d0a0]  2392290 ms: Mark-Compact (reduce) 510.6 (521.9) -> 510.2 (522.4) MB, pooled: 0 MB, 688.91 / 0.00 ms  (average mu = 0.121, current mu = 0.052) allocation failure; GC in old space requested',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      ' 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 3: 0xf06747 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]',
      ' 4: 0x11180b5  [node]',
      ' 5: 0x1117c2b v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]',
    ),
    currentLog: log(
      '{"level":30,"time":1770797172004,"msg":"Listening on http://[::]:3000"}',
      '{"level":30,"time":1770797172010,"msg":"v8 heap","heap_size_limit_mb":541,"cgroup_memory_max_mb":1024,"node":"v22.12.0"}',
      times(
        20,
        (i) =>
          `{"level":30,"time":${1770797200000 + i * 60000},"msg":"runtime stats","rss_mb":${700 + ((i * 11) % 90)},"heap_used_mb":${390 + ((i * 23) % 110)},"heap_after_gc_mb":${214 + (i % 7)},"inflight_ssr":${150 + ((i * 17) % 70)},"rps":${230 + ((i * 7) % 40)}}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['scale-up', 'escalate'],
  },
  {
    // Right: -m caps only item memory; connection buffers for the sale weekend's clients push the
    // process past a limit set barely above -m.
    id: 'fiftyeighth-listings-memcached-oomkilled',
    family: 'oom-limit',
    source: 'https://github.com/rackerlabs/genestack/pull/1616',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'memcached',
        running: { startedAt: '2026-02-11T08:09:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '1600Mi',
        memoryRequest: '1600Mi',
        cpuLimit: '2',
        args: ['memcached', '-m', '1536', '-c', '8192', '-t', '4', '-I', '2m', '-vv'],
      },
      { name: 'memcached-exporter', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
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
    },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MemcachedRestarts: listings-memcached-1 OOMKilled 3 times since 06:50; curr_connections 5 900 (was 1 400 last weekend; listings-api scaled 6 -> 14 for the sale)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      'slab class   1: chunk size        96 perslab   10922',
      'slab class   2: chunk size       120 perslab    8738',
      'slab class   3: chunk size       152 perslab    6898',
      'slab class  39: chunk size   1048576 perslab       1',
      '<26 server listening (auto-negotiate)',
      times(90, (i) =>
        i % 9 === 8 ? `<${30 + i} connection closed.` : `<${30 + i} new auto-negotiating client connection`,
      ),
    ),
    currentLog: log(
      '<26 server listening (auto-negotiate)',
      times(60, (i) => `<${28 + i} new auto-negotiating client connection`),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Right: sellers now upload full-resolution phone photos; four concurrent 48 MP decodes no longer
    // fit a limit sized for 12 MP images.
    id: 'fiftyeighth-imgproxy-oomkilled',
    family: 'oom-limit',
    source: 'https://docs.imgproxy.net/memory_usage_tweaks',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'imgproxy',
        running: { startedAt: '2026-02-11T08:18:22Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          IMGPROXY_USE_S3: 'true',
          IMGPROXY_CONCURRENCY: '4',
          IMGPROXY_MAX_SRC_RESOLUTION: '50',
          IMGPROXY_DOWNLOAD_BUFFER_SIZE: '4194304',
          IMGPROXY_FREE_MEMORY_INTERVAL: '10',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ImgproxyRestarts: media/imgproxy 6 OOM kills per pod since 05:30; seller app 5.8 (full-resolution uploads) rolled out to 60% of sellers yesterday',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      times(80, (i) =>
        i % 2
          ? `INFO   [2026-02-11T${hms(29400 + i * 6)}Z] Completed in ${(0.4 + ((i * 37) % 180) / 100).toFixed(2)}s /rs:fit:${[1200, 600, 320][i % 3]}:0/q:80/plain/s3://market-listing-images/u/${7700000 + i * 13}/${(0xa1b2c + i * 97).toString(16)}.jpg request_id=${(0x5f1e0 + i * 131).toString(36)} method=GET status=200 client_ip=10.42.5.${10 + (i % 40)}`
          : `INFO   [2026-02-11T${hms(29400 + i * 6)}Z] Started /rs:fit:${[1200, 600, 320][i % 3]}:0/q:80/plain/s3://market-listing-images/u/${7700000 + i * 13}/${(0xa1b2c + i * 97).toString(16)}.jpg request_id=${(0x5f1e0 + i * 131).toString(36)} method=GET client_ip=10.42.5.${10 + (i % 40)} source=${i % 4 === 0 ? '8064x6048' : '4032x3024'}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: Flink sizes the JVM's direct memory from its own configuration; the async enrichment's
    // HTTP client runs it out while the container is far below its limit.
    id: 'fiftyeighth-flink-taskmanager-crashloop',
    family: 'oom-direct',
    source: 'https://github.com/apache/flink/pull/11408',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('flink-main-container', 1, 4),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          FLINK_PROPERTIES:
            'taskmanager.memory.process.size: 4096m\ntaskmanager.memory.task.off-heap.size: 0m\ntaskmanager.numberOfTaskSlots: 4\ntaskmanager.jvm-exit-on-oom: true',
        },
        args: ['taskmanager'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FlinkJobRestarting: orders-enrichment job restarted 14 times since 05:00 (TaskManager lost each time); container memory peak 2.9Gi of 4Gi; async fraud lookups capacity raised 100 -> 1000 on Monday',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '2026-02-11 08:01:10,212 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] - Starting TaskManager (Version: 1.19.1, Scala: 2.12, Rev:e1d7e4e, Date:2024-06-12T22:10:55+02:00)',
      '2026-02-11 08:01:10,240 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] -  JVM Options:',
      '2026-02-11 08:01:10,240 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] -     -XX:MaxDirectMemorySize=493921243',
      '2026-02-11 08:01:10,240 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] -     -XX:MaxMetaspaceSize=268435456',
      '2026-02-11 08:01:10,240 INFO  org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] -     -Xmx1530082096',
      times(
        30,
        (i) =>
          `2026-02-11 08:${dd(2 + Math.floor(i / 3))}:${dd(i * 19)},${ms(i * 71)} INFO  org.apache.flink.runtime.taskexecutor.TaskExecutor           [] - Received task Source: orders.cdc -> AsyncFraudLookup -> Sink: enriched-orders (${1 + (i % 4)}/4)#${12 + Math.floor(i / 4)} (${(0x9a1f00 + i * 4099).toString(16)}_cbc357ccb763df2852fee8c4fc7d55f2_${i % 4}_${12 + Math.floor(i / 4)}), deploy into slot with allocation id ${(0x7e12a + i * 37).toString(16)}.`,
      ),
      '2026-02-11 08:13:58,402 WARN  org.apache.flink.runtime.taskmanager.Task                    [] - Source: orders.cdc -> AsyncFraudLookup -> Sink: enriched-orders (2/4)#18 switched from RUNNING to FAILED with failure cause:',
      "java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or some of its dependencies. In this case 'taskmanager.memory.task.off-heap.size' configuration option should be increased. Flink framework and its dependencies also consume the direct memory, mostly for network communication. The most of network memory is managed by Flink and should not result in out-of-memory error. In certain special cases, in particular for jobs with high parallelism, the framework may require more direct memory which is not managed by Flink. In this case 'taskmanager.memory.framework.off-heap.size' configuration option should be increased. If the error persists then there is probably a direct memory leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...",
      '\tat java.nio.Bits.reserveMemory(Bits.java:175) ~[?:?]',
      '\tat java.nio.DirectByteBuffer.<init>(DirectByteBuffer.java:118) ~[?:?]',
      '\tat java.nio.ByteBuffer.allocateDirect(ByteBuffer.java:318) ~[?:?]',
      '\tat io.netty.buffer.PoolArena$DirectArena.allocateDirect(PoolArena.java:701) ~[blob_p-3f1c2a9e7d0b4c51-orders-enrichment.jar:?]',
      '\tat org.asynchttpclient.netty.request.NettyRequestSender.sendRequest(NettyRequestSender.java:96) ~[blob_p-3f1c2a9e7d0b4c51-orders-enrichment.jar:?]',
      '2026-02-11 08:14:02,115 ERROR org.apache.flink.runtime.taskexecutor.TaskManagerRunner      [] - Fatal error occurred while executing the TaskManager. Shutting it down...',
      '2026-02-11 08:14:02,130 INFO  org.apache.flink.runtime.blob.PermanentBlobCache             [] - Shutting down BLOB cache',
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the messaging node leaks per-connection state; it dies at the same slope every forty
    // minutes whatever the limit.
    id: 'fiftyeighth-messaging-oomkilled-repeatedly',
    family: 'oom-leak',
    source: 'https://github.com/phoenixframework/phoenix/issues/4933',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'messaging',
        running: { startedAt: '2026-02-11T08:02:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { PHX_HOST: 'chat.example-market.com', ERL_FLAGS: '+MBas aobf +MHas aobf' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePodCrashLooping: messaging pods OOMKilled 9 times in 6h, each ~40 min after start; conversation count normal',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '07:20:12.044 [info] Running MessagingWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      '07:20:12.046 [info] Access MessagingWeb.Endpoint at https://chat.example-market.com',
      times(
        40,
        (i) =>
          `${hms(26472 + i * 60)}.${ms(i * 31)} [info] vm memory total=${310 + i * 29}MB processes=${190 + i * 27}MB binary=${48 + (i % 6)}MB ets=${61 + (i % 3)}MB process_count=${51800 + ((i * 131) % 900)} sockets=${23800 + ((i * 71) % 600)}`,
      ),
      '08:01:55.901 [warning] Messaging.ChatChannel #PID<0.81234.0> topic="conversation:30441877" message_queue_len=48211 heap_size=38MB',
    ),
    currentLog: log(
      '08:02:33.118 [info] Running MessagingWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)',
      times(
        26,
        (i) =>
          `08:${dd(3 + i)}:${dd(33 + i * 3)}.${ms(i * 43)} [info] vm memory total=${300 + i * 30}MB processes=${185 + i * 28}MB binary=${47 + (i % 5)}MB ets=${60 + (i % 3)}MB process_count=${51600 + ((i * 97) % 900)} sockets=${23600 + ((i * 53) % 600)}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Wrong: the JVM's heap is capped by -Xmx far below the container limit.
    id: 'fiftyeighth-payments-api-heap-exit',
    family: 'oom-heap',
    source: 'https://github.com/GenSpectrum/LAPIS/pull/1854',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payments-api', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
          STRIPE_API_VERSION: '2024-06-20',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PaymentsApiRestarts: payments-api restarted 5 times since 07:40; container memory peak 780Mi of 2Gi',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '2026-02-11 08:19:02.411  INFO 1 --- [           main] c.m.payments.PaymentsApplication         : Started PaymentsApplication in 11.902 seconds (process running for 12.6)',
      times(
        45,
        (i) =>
          `2026-02-11 08:${dd(19 + Math.floor(i / 6))}:${dd(10 + i * 7)}.${ms(i * 61)}  INFO 1 --- [nio-8080-exec-${1 + (i % 20)}] c.m.payments.web.CheckoutController      : POST /v1/checkout/${(0x4f1a + i * 37).toString(36)} payment_intent=pi_3Qx${(0x1a2b3 + i * 97).toString(36)} 200 ${90 + ((i * 31) % 200)}ms`,
      ),
      '2026-02-11 08:26:40.118  INFO 1 --- [nio-8080-exec-7] c.m.payments.web.SellerReportController  : GET /v1/sellers/acct_1NZ7QK/statement?from=2024-01-01&format=csv started (balance transactions: streaming disabled)',
      'java.lang.OutOfMemoryError: Java heap space',
      'Dumping heap to /tmp/java_pid1.hprof ...',
      'Heap dump file created [529112604 bytes in 2.402 secs]',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollouts, rollback right (3) and wrong (1)
  {
    id: 'fiftyeighth-fulfilment-api-crashloop-after-deploy',
    family: 'bad-rollout',
    source: 'https://github.com/nestjs/nest/issues/4457',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fulfilment-api', 1, 6),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DATABASE_URL: 'postgresql://fulfilment_app@pgbouncer.data.svc:6432/fulfilment?pgbouncer=true',
          NODE_ENV: 'production',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 13, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container fulfilment-api in pod fulfilment-api-5d8c7b9f6-hn4tq_fulfilment(0b8e2c31-5a7d-4e9f-a6c1-3d2e9f8b7a40)',
        type: 'Warning',
        count: 31,
      },
    ],
    previousLog: log(
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [NestFactory] Starting Nest application...',
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [InstanceLoader] PrismaModule dependencies initialized +21ms',
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [InstanceLoader] ConfigHostModule dependencies initialized +1ms',
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [InstanceLoader] BullModule dependencies initialized +0ms',
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [InstanceLoader] ConfigModule dependencies initialized +0ms',
      '[Nest] 1  - 02/11/2026, 8:25:12 AM     LOG [InstanceLoader] OrdersModule dependencies initialized +2ms',
      "[Nest] 1  - 02/11/2026, 8:25:12 AM   ERROR [ExceptionHandler] Nest can't resolve dependencies of the ShipmentsService (PrismaService, ?). Please make sure that the argument CarrierRatesClient at index [1] is available in the ShipmentsModule context.",
      '',
      'Potential solutions:',
      '- Is ShipmentsModule a valid NestJS module?',
      '- If CarrierRatesClient is a provider, is it part of the current ShipmentsModule?',
      '- If CarrierRatesClient is exported from a separate @Module, is that module imported within ShipmentsModule?',
      '  @Module({',
      '    imports: [ /* the Module containing CarrierRatesClient */ ]',
      '  })',
      '',
      "Error: Nest can't resolve dependencies of the ShipmentsService (PrismaService, ?). Please make sure that the argument CarrierRatesClient at index [1] is available in the ShipmentsModule context.",
      '    at Injector.lookupComponentInParentModules (/app/node_modules/@nestjs/core/injector/injector.js:254:19)',
      '    at async Injector.resolveComponentInstance (/app/node_modules/@nestjs/core/injector/injector.js:207:33)',
      '    at async resolveParam (/app/node_modules/@nestjs/core/injector/injector.js:128:38)',
      '    at async Promise.all (index 1)',
      '    at async Injector.resolveConstructorParams (/app/node_modules/@nestjs/core/injector/injector.js:143:27)',
      '    at async Injector.loadInstance (/app/node_modules/@nestjs/core/injector/injector.js:70:13)',
      '    at async Injector.loadProvider (/app/node_modules/@nestjs/core/injector/injector.js:97:9)',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-kyc-service-image-pull',
    family: 'bad-rollout',
    source: 'https://github.com/cvisionai/tator/issues/439',
    signal: 'ErrImagePull',
    phase: 'Pending',
    containers: [
      {
        name: 'kyc-service',
        waiting: {
          reason: 'ErrImagePull',
          message:
            'rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1": 123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1: not found',
        },
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ONFIDO_API_URL: 'https://api.eu.onfido.com/v3.6',
          GUNICORN_CMD_ARGS: '--workers 4 --worker-class uvicorn.workers.UvicornWorker --timeout 30',
        },
      },
      { name: 'istio-proxy', running: {}, ready: true, memoryLimit: '256Mi' },
    ],
    rollout: { minutesAgo: 8, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1"',
        type: 'Normal',
        count: 4,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1": rpc error: code = NotFound desc = failed to pull and unpack image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1": failed to resolve reference "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1": 123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1: not found',
        count: 4,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', count: 4 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/kyc-service:2.3.1"',
        type: 'Normal',
        count: 12,
      },
    ],
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'fiftyeighth-storefront-crashloop-after-release',
    family: 'bad-rollout',
    source: 'https://github.com/nuxt/framework/issues/4585',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('storefront', 1, 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          NUXT_LISTINGS_API_BASE: 'http://listings-api.search.svc.cluster.local:8080',
          NITRO_PORT: '3000',
          NODE_ENV: 'production',
        },
        args: ['npm', 'run', 'start'],
      },
    ],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.14.61:3000/api/_health": dial tcp 10.42.14.61:3000: connect: connection refused',
        count: 9,
      },
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container storefront in pod storefront-84f7d6c5b9-vm2sd_web(7c1d0e2f-9a3b-4c5d-8e6f-1a2b3c4d5e6f)',
        type: 'Warning',
        count: 27,
      },
    ],
    previousLog: log(
      '',
      '> storefront@5.12.0 start',
      '> node .output/server/index.mjs',
      '',
      'node:internal/modules/esm/resolve:838',
      '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);',
      '        ^',
      '',
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '/app/.output/server/node_modules/ufo/' imported from /app/.output/server/index.mjs",
      'Did you mean to import ufo/dist/index.cjs?',
      '    at legacyMainResolve (node:internal/modules/esm/resolve:215:26)',
      '    at packageResolve (node:internal/modules/esm/resolve:860:14)',
      '    at moduleResolve (node:internal/modules/esm/resolve:946:18)',
      '    at defaultResolve (node:internal/modules/esm/resolve:1188:11)',
      '    at ModuleLoader.defaultResolve (node:internal/modules/esm/loader:642:12)',
      '    at #cachedDefaultResolve (node:internal/modules/esm/loader:591:25)',
      '    at ModuleLoader.resolve (node:internal/modules/esm/loader:574:38)',
      '    at ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:236:38)',
      '    at ModuleJob._link (node:internal/modules/esm/module_job:130:49) {',
      "  code: 'ERR_MODULE_NOT_FOUND'",
      '}',
      '',
      'Node.js v22.12.0',
      'npm error Lifecycle script `start` failed with error:',
      'npm error code 1',
      'npm error path /app',
      'npm error workspace storefront@5.12.0',
      'npm error location /app',
      'npm error command failed',
      'npm error command sh -c node .output/server/index.mjs',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong: the release ran cleanly for an hour (its migration applied); at 08:05 the restricted
    // Stripe key it reads expired after someone rolled it in the dashboard.
    id: 'fiftyeighth-payments-api-stripe-401',
    family: 'credentials',
    source: 'https://github.com/stripe/stripe-cli/pull/792',
    signal: 'Alert',
    containers: [
      {
        name: 'payments-api',
        running: { startedAt: '2026-02-11T07:21:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          STRIPE_API_VERSION: '2024-06-20',
        },
      },
    ],
    rollout: { minutesAgo: 69, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CheckoutFailures: payments-api checkout success 0% since 08:05 (was 97.8%); all Stripe calls answered 401',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:21:44.902  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Migrating schema "payments" to version "212 - connected account payout schedule"',
      '2026-02-11 07:21:45.388  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Successfully applied 1 migration to schema "payments", now at version v212 (execution time 00:00.351s)',
      '2026-02-11 07:21:52.017  INFO 1 --- [           main] c.m.payments.PaymentsApplication         : Started PaymentsApplication in 11.771 seconds (process running for 12.4)',
      times(
        60,
        (i) =>
          `2026-02-11 ${hms(26520 + i * 43)}.${ms(i * 67)}  INFO 1 --- [nio-8080-exec-${1 + (i % 20)}] c.m.payments.web.CheckoutController      : POST /v1/checkout/${(0x7a10 + i * 41).toString(36)} payment_intent=pi_3Qy${(0x2b3c4 + i * 89).toString(36)} 200 ${110 + ((i * 29) % 220)}ms`,
      ),
      '2026-02-11 08:05:02.771 ERROR 1 --- [nio-8080-exec-3] c.m.payments.web.CheckoutController      : POST /v1/checkout/8kq2 failed',
      'com.stripe.exception.AuthenticationException: Expired API Key provided: rk_live_*********************************************************************************************Q7mTx2; code: api_key_expired; request-id: req_Vb2Lm0aQ3xT9Ke',
      '\tat com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:214)',
      '\tat com.stripe.net.LiveStripeResponseGetter.handleError(LiveStripeResponseGetter.java:178)',
      '\tat com.stripe.net.LiveStripeResponseGetter.request(LiveStripeResponseGetter.java:80)',
      '\tat com.stripe.service.PaymentIntentService.create(PaymentIntentService.java:101)',
      '\tat com.market.payments.stripe.StripeGateway.createIntent(StripeGateway.kt:54)',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(29110 + i * 31)}.${ms(i * 23)} ERROR 1 --- [nio-8080-exec-${1 + (i % 20)}] c.m.payments.web.CheckoutController      : POST /v1/checkout/${(0x8b00 + i * 13).toString(36)} failed: com.stripe.exception.AuthenticationException: Expired API Key provided: rk_live_*********************************************************************************************Q7mTx2; code: api_key_expired`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'fiftyeighth-storefront-ssr-latency',
    family: 'load',
    source: 'https://github.com/nuxt/nuxt/issues/8370',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-10T18:40:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          NUXT_LISTINGS_API_BASE: 'http://listings-api.search.svc.cluster.local:8080',
          NITRO_PORT: '3000',
          NODE_ENV: 'production',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.12.30:3000/api/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 7,
      },
      {
        reason: 'AlertFiring',
        message:
          'StorefrontLatencyHigh: storefront p95 2.9s (SLO 800ms) for 20m; CPU 97% of limit on all 8 replicas; requests 3.2x last Saturday (sale weekend); no 5xx, listings-api p95 41ms',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        120,
        (i) =>
          `{"level":30,"time":${1770796800000 + i * 9871},"msg":"request completed","method":"GET","url":"/${['', 'c/fashion', 'c/home', 'sale', 'l/road-bike-54cm-41877', 'l/oak-side-table-42013', 'search?q=jacket'][i % 7]}","status":200,"ms":${400 + Math.floor(i * 19) + ((i * 373) % 900)},"ssr":true,"upstream_ms":${20 + ((i * 7) % 40)}}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    id: 'fiftyeighth-listings-api-hpa-maxed',
    family: 'load',
    source: 'https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubehpamaxedout',
    signal: 'Alert',
    containers: [
      {
        name: 'listings-api',
        running: { startedAt: '2026-02-11T06:58:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SERVER_TOMCAT_THREADS_MAX: '200',
          VESPA_QUERY_URL: 'http://listings-vespa-container.search.svc:8080/search/',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA search/listings-api has been running at max replicas for longer than 15 minutes. (14/14, CPU 93% of request, target 70%)',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'ListingsSearchLatency: /v2/search p95 1.7s (SLO 400ms); Vespa query p95 24ms; sale weekend traffic 2.9x',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        110,
        (i) =>
          `2026-02-11 ${hms(28800 + i * 13)}.${ms(i * 89)}  INFO 1 --- [nio-8080-exec-${1 + ((i * 7) % 200)}] c.m.listings.web.SearchController        : GET /v2/search?q=${['jacket', 'bike', 'sofa', 'lego', 'iphone', 'boots'][i % 6]}&page=${1 + (i % 4)} 200 total=${600 + ((i * 137) % 1300)}ms vespa=${14 + (i % 19)}ms hits=${200 + ((i * 31) % 4000)}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'fiftyeighth-messaging-pod-node-unreachable',
    family: 'node-failure',
    source: 'https://github.com/awslabs/amazon-eks-ami/issues/79',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'messaging',
        running: { startedAt: '2026-02-10T22:15:03Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { PHX_HOST: 'chat.example-market.com', POOL_SIZE: '20' },
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
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'AlertFiring',
        message:
          'KubeNodeUnreachable: ip-10-42-22-118.eu-west-1.compute.internal is unreachable and some workloads may be rescheduled (since 08:11); 3 messaging pods not ready on it',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `${hms(29000 + i * 4)}.${ms(i * 59)} [info] CONNECTED TO MessagingWeb.UserSocket in ${30 + (i % 40)}µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{"token" => "[FILTERED]", "vsn" => "2.0.0"}`,
      ),
      '08:10:44.902 [info] JOINED conversation:30442018 in 411µs',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    id: 'fiftyeighth-fulfilment-worker-node-pleg',
    family: 'node-failure',
    source: 'https://github.com/aws-samples/eks-workshop-v2/issues/447',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'fulfilment-worker',
        running: { startedAt: '2026-02-10T19:05:41Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'rediss://fulfilment-queues.x7k2pa.ng.0001.euw1.cache.amazonaws.com:6379',
          BULLMQ_QUEUES: 'label-print,carrier-booking,pickup-reminder',
        },
      },
    ],
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 41m12.704970756s ago; threshold is 3m0s',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
        },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule', 'node.kubernetes.io/not-ready:NoExecute'],
    },
    events: [
      { reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning' },
      {
        reason: 'FailedKillPod',
        message:
          'error killing pod: failed to "KillPodSandbox" for "5e1f2a3b-6c7d-4e8f-9a0b-1c2d3e4f5a6b" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
        type: 'Warning',
        count: 6,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `[Nest] 1  - 02/11/2026, ${hms(26800 + i * 20).replace(/^0/, '')} AM     LOG [LabelPrintProcessor] job ${610200 + i} printed label ${(0x7c000 + i * 173).toString(16)} for order ord_${(9920000 + i * 3).toString(36)}`,
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes, right (1) and wrong (1)
  {
    // Right: the storefront's route cache runs on Dragonfly in store mode (no eviction) and is full;
    // every entry is a rendered page with a TTL that can be rebuilt.
    id: 'fiftyeighth-storefront-route-cache-writes-failing',
    family: 'cache-full',
    source: 'https://github.com/dragonflydb/dragonfly/issues/1840',
    signal: 'Alert',
    containers: [
      {
        name: 'storefront',
        running: { startedAt: '2026-02-10T18:40:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          NUXT_ROUTE_CACHE_URL: 'redis://storefront-route-cache.web.svc.cluster.local:6379/0',
          NUXT_ROUTE_CACHE_TTL: '600',
          NITRO_PORT: '3000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'StorefrontRouteCacheErrors: storefront-route-cache write errors 100% since 07:48; SSR renders 4.6x (every page rendered uncached)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"level":30,"time":${1770795600000 + i * 11003},"msg":"request completed","method":"GET","url":"/${['c/fashion', 'c/home', 'sale', 'l/ceramic-vase-41990'][i % 4]}","status":200,"ms":${30 + ((i * 13) % 50)},"cache":"hit"}`,
      ),
      '[nitro] [cache] Cache write error. ReplyError: Out of memory',
      '    at parseError (/app/.output/server/node_modules/redis-parser/lib/parser.js:179:12)',
      '    at parseType (/app/.output/server/node_modules/redis-parser/lib/parser.js:302:14) {',
      "  command: { name: 'set', args: [ 'nitro:routes:_:sale:page-3.json', '[object Object]', 'EX', '600' ] }",
      '}',
      times(60, (i) =>
        i % 3 === 2
          ? `{"level":30,"time":${1770796080000 + i * 17009},"msg":"request completed","method":"GET","url":"/${['c/fashion', 'sale', 'l/oak-side-table-42013'][i % 3]}","status":200,"ms":${300 + ((i * 91) % 500)},"cache":"miss"}`
          : `[nitro] [cache] Cache write error. ReplyError: Out of memory`,
      ),
      '{"level":40,"time":1770797100112,"msg":"route cache stats","used_memory_human":"3.99GiB","maxmemory_human":"4.00GiB","cache_mode":"store","maxmemory_policy":"noeviction","evicted_keys":0,"keys":1811442}',
      times(20, (i) =>
        i % 2
          ? `[nitro] [cache] Cache write error. ReplyError: Out of memory`
          : `{"level":30,"time":${1770797200000 + i * 30011},"msg":"request completed","method":"GET","url":"/sale?page=${1 + (i % 9)}","status":200,"ms":${350 + ((i * 53) % 400)},"cache":"miss"}`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // Wrong: the fraud feature store on Dragonfly is full, but it holds 30-day velocity counters
    // that exist nowhere else; flushing it would blind fraud scoring for hours.
    id: 'fiftyeighth-fraud-feature-writes-failing',
    family: 'cache-full',
    source: 'https://github.com/dragonflydb/dragonfly/issues/1840',
    signal: 'Alert',
    containers: [
      {
        name: 'fraud-scorer',
        running: { startedAt: '2026-02-09T10:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          FEATURE_STORE_ADDR: 'fraud-features.fraud.svc.cluster.local:6379',
          FEATURE_WINDOWS: '1h,24h,7d,30d',
          GOMEMLIMIT: '900MiB',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FraudFeatureWritesFailing: fraud-features writes failing 100% since 07:55; scorer serving with stale velocity features (decisions falling back to rules)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'time=2026-02-09T10:02:45.118Z level=INFO msg="feature store connected" addr=fraud-features.fraud.svc.cluster.local:6379 role=system-of-record windows=1h,24h,7d,30d rebuild="redpanda replay of 30d clickstream, ~9h"',
      times(
        40,
        (i) =>
          `time=2026-02-11T${hms(27500 + i * 11)}.${ms(i * 73)}Z level=INFO msg="scored" order=o_${(8801900 + i * 7).toString(36)} score=0.${String(12 + ((i * 41) % 80)).padStart(2, '0')} decision=allow features=214 took=${3 + (i % 7)}ms`,
      ),
      'time=2026-02-11T07:55:03.771Z level=ERROR msg="feature update failed" key=vel:acct:1NZ7QK:30d op=HINCRBY err="Out of memory"',
      times(60, (i) =>
        i % 3 === 2
          ? `time=2026-02-11T${hms(28510 + i * 25)}.${ms(i * 29)}Z level=WARN msg="scored with stale features" order=o_${(8802100 + i).toString(36)} decision=${i % 4 ? 'allow' : 'review'} fallback=rules took=${4 + (i % 5)}ms`
          : `time=2026-02-11T${hms(28510 + i * 25)}.${ms(i * 29)}Z level=ERROR msg="feature update failed" key=vel:${['acct', 'device', 'card'][i % 3]}:${(0x1a2b + i * 97).toString(36)}:${['1h', '24h', '30d'][i % 3]} op=HINCRBY err="Out of memory"`,
      ),
      'time=2026-02-11T08:20:00.002Z level=WARN msg="feature store stats" used_memory_human=15.99GiB maxmemory_human=16.00GiB cache_mode=store maxmemory_policy=noeviction keys=48211877 expiring_keys=0',
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
];
