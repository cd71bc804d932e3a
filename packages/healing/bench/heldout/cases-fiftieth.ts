import { crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 8);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` for `s` seconds after 07:00:00 on the case's day. */
const hms = (s: number): string =>
  `${dd(7 + Math.floor(s / 3600))}:${dd(Math.floor((s % 3600) / 60))}:${dd(s % 60)}`;

/** ISO-8601 with milliseconds, `s` seconds after 07:00:00Z on 2026-02-11. */
const iso = (s: number, ms = 0): string => `2026-02-11T${hms(s)}.${String(ms % 1000).padStart(3, '0')}Z`;

/** The usual node of the batch: Ready, its harmless conditions spelled out. */
const quietNode: HeldOutNode = {
  ready: 'True',
  reason: 'KubeletReady',
  message: 'kubelet is posting ready status',
  conditions: [
    { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
    { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
    { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
  ],
};

/**
 * A fiftieth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: a month of pages at a public-sector digital service on EKS, the
 * ordinary mix an on-call rotation sees rather than a contest of tricks. Citizen-facing forms in
 * Django (gunicorn, django-redis), Rails (Puma, RedisCacheStore, wicked_pdf and wkhtmltopdf, Zeitwerk)
 * and .NET 8 (Kestrel, Microsoft.Extensions.DependencyInjection, nClam); identity through Keycloak
 * (a SAML broker to an eIDAS node, Infinispan sessions, a Liquibase upgrade) and an OIDC gateway on
 * OidcProxy.Net; a Go card-payments service calling an acquirer over mutual TLS and HTTP/2; letters
 * and documents through Gotenberg, unoserver with LibreOffice 7.2 and a wkhtmltopdf renderer; upload
 * scanning with ClamAV (clamd, freshclam and its CDN cool-down); notifications through GOV.UK
 * Notify's Java client on RabbitMQ (the amqp-client's topology recovery); case management on Camunda
 * 7 and Flowable 7 with Flyway; search through opensearch-py and the OpenSearch Java client; the
 * warehouse sync through Debezium on Kafka Connect and Confluent's S3 sink; Aurora and ElastiCache
 * failovers; ingress-nginx with ModSecurity and CRS 4; Kyverno, Falco, Karpenter, Harbor, CoreDNS,
 * node-problem-detector and nightly CronJobs. Software no earlier batch used: GOV.UK Notify, the
 * eIDAS broker, OidcProxy.Net, Gotenberg, unoserver, wicked_pdf/wkhtmltopdf, nClam, freshclam's CDN
 * limits, Camunda 7's job executor, Flowable, the Confluent S3 sink, CRS 4. Each quotes the wording
 * of the public thread, page or source in `source`. Mix: 14 escalations (a revoked Notify key,
 * Notify's 429 on the deadline day, an eIDAS signing certificate rolled, an expired acquirer client
 * certificate, an OpenSearch flood-stage block, a Debezium slot whose WAL was removed, Kyverno
 * refusing replacement pods, freshclam on CDN cool-down, Camunda's database in recovery, a
 * statistics CronJob on statement_timeout, a Karpenter NodePool at its limit, an expired Harbor
 * robot account, a Falco reverse-shell alert where quarantine is also right, wicked_pdf temp files
 * evicting a pod); 10 restarts (7 right: an HTTP/2 connection dead on one payments replica, a
 * RabbitMQ consumer never re-registered, django-redis and Rails pools on demoted ElastiCache and
 * Aurora nodes, Gotenberg's Chromium stuck, an OpenSearch client whose I/O reactor stopped, an OIDC
 * gateway with a stale JWKS; 3 wrong: CoreDNS throttled on the deadline day, a Debezium initial
 * snapshot 90 minutes in, a Keycloak upgrade killed by its liveness probe mid-migration); 6 memory
 * (3 raises right: clamd's concurrent reload, a Kafka Connect S3 sink given 24 more partitions, a
 * Keycloak heap under deadline-day sessions, both heaps sized by MaxRAMPercentage; 3 wrong: a Camunda
 * heap fixed by -Xmx, a poison DOCX for LibreOffice 7.2, Puma forking 24 workers from the host's
 * cores); 4 rollbacks (3 right: a CRS 4 ConfigMap refusing form posts, a missing DI registration, a
 * Zeitwerk name error; 1 wrong: a Flowable release whose migrations ran, failing on an expired
 * RabbitMQ server certificate); 2 scale-ups (scan workers and the apply service on the deadline day);
 * 2 node actions (a kubelet that stopped posting status, a root filesystem remounted read-only); 2
 * cache flushes (1 right: a Rails cache Redis under noeviction; 1 wrong: the session Redis holding
 * citizens' drafts).
 */
export const FIFTIETH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // The live GOV.UK Notify key was revoked in the Notify admin: every send is refused with 403,
    // the consumer nacks and requeues, the queue only grows. A restart reads the same key.
    id: 'fiftieth-notify-email-dispatcher-auth-error',
    family: 'credentials',
    source:
      'https://github.com/alphagov/notifications-tech-docs/blob/main/source/documentation/error_tables/_generic_errors.md',
    signal: 'Alert',
    containers: [
      {
        name: 'notify-dispatcher',
        running: { startedAt: '2026-02-11T07:01:20Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'production',
          NOTIFY_BASE_URL: 'https://api.notifications.service.gov.uk',
          AMQP_HOST: 'rabbitmq.messaging.svc.cluster.local',
          DISPATCH_QUEUE: 'notify.email',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitMQQueueBacklog: queue notify.email in vhost citizen-comms has 48211 ready messages and an ack rate of 0/s for 25m (consumers: 3)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:01:26.902Z  INFO 1 --- [notify-dispatcher] [           main] u.g.c.n.NotifyDispatcherApplication      : Started NotifyDispatcherApplication in 6.412 seconds (process running for 7.133)',
      '2026-02-11T07:01:27.044Z  INFO 1 --- [notify-dispatcher] [           main] u.g.c.n.amqp.QueueConsumer               : consuming notify.email with prefetch=20 on connection amqp://rabbitmq.messaging.svc.cluster.local:5672/citizen-comms',
      times(
        36,
        (i) =>
          `${iso(120 + i * 95, 311 + i * 7)}  INFO 1 --- [notify-dispatcher] [pool-2-thread-${(i % 4) + 1}] u.g.c.n.EmailDispatcher                  : sent email template=3c7d1e52-2c7e-4a8e-9d1b-6f0e5a1c44b2 reference=APP-2026-01${93384 + i * 7} notification_id=${(0x5e1a2b00 + i * 977).toString(16)}-6b2c-4d3e-9f10-7a8b9c0d1e2f`,
      ),
      '2026-02-11T07:58:40.118Z ERROR 1 --- [notify-dispatcher] [pool-2-thread-2] u.g.c.n.EmailDispatcher                  : Notify refused email reference=APP-2026-0193702, message will be requeued',
      '',
      'uk.gov.service.notify.NotificationClientException: Status code: 403 {"errors":[{"error":"AuthError","message":"Invalid token: API key not found"}],"status_code":403}',
      '\tat uk.gov.service.notify.NotificationClient.performPostRequest(NotificationClient.java:412)',
      '\tat uk.gov.service.notify.NotificationClient.sendEmail(NotificationClient.java:165)',
      '\tat uk.gov.citizen.notify.EmailDispatcher.dispatch(EmailDispatcher.java:88)',
      '\tat uk.gov.citizen.notify.amqp.QueueConsumer.handleDelivery(QueueConsumer.java:61)',
      '\tat com.rabbitmq.client.impl.ConsumerDispatcher$5.run(ConsumerDispatcher.java:149)',
      '\tat com.rabbitmq.client.impl.ConsumerWorkService$WorkPoolRunnable.run(ConsumerWorkService.java:111)',
      '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      '',
      times(60, (i) =>
        i % 3 === 2
          ? `${iso(3530 + i * 29, 402 + i)}  WARN 1 --- [notify-dispatcher] [pool-2-thread-${(i % 4) + 1}] u.g.c.n.amqp.QueueConsumer               : basic.nack delivery_tag=${7741 + i} requeue=true (attempt ${Math.floor(i / 3) + 2})`
          : `${iso(3530 + i * 29, 118 + i)} ERROR 1 --- [notify-dispatcher] [pool-2-thread-${(i % 4) + 1}] u.g.c.n.EmailDispatcher                  : Notify refused email reference=APP-2026-01${93702 + i}, message will be requeued: uk.gov.service.notify.NotificationClientException: Status code: 403 {"errors":[{"error":"AuthError","message":"Invalid token: API key not found"}],"status_code":403}`,
      ),
      '2026-02-11T08:28:12.730Z  INFO 1 --- [notify-dispatcher] [   scheduling-1] u.g.c.n.health.NotifyHealthIndicator     : notify health: DOWN (last success 07:58:31, consecutive failures 1840)',
    ),
    accept: ['escalate'],
  },
  {
    // Deadline day: reminder SMS volume is five times normal. Notify answers 429 for the live key's
    // 3,000 requests a minute; the queue-length autoscaler has already doubled the dispatchers,
    // which only spreads the same limit over more senders. The release 26 minutes ago only
    // lengthened the retry back-off.
    id: 'fiftieth-notify-sms-dispatcher-429',
    family: 'rate-limit',
    source: 'https://www.mintlify.com/alphagov/notifications-api/api/rate-limits',
    signal: 'Alert',
    rollout: { minutesAgo: 26, addedEnv: { DISPATCH_RETRY_BACKOFF: '30s' } },
    containers: [
      {
        name: 'sms-dispatcher',
        running: { startedAt: '2026-02-11T08:05:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'production',
          NOTIFY_BASE_URL: 'https://api.notifications.service.gov.uk',
          DISPATCH_QUEUE: 'notify.sms',
          DISPATCH_RETRY_BACKOFF: '30s',
        },
      },
    ],
    events: [
      {
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set sms-dispatcher-6d5f7c9b8 to 8 from 4',
        type: 'Normal',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message:
          'NotifySendErrors: sms-dispatcher 429 responses from api.notifications.service.gov.uk at 41% of sends over 10m; queue notify.sms 212840 ready',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T08:05:47.220Z  INFO 1 --- [sms-dispatcher] [           main] u.g.c.n.SmsDispatcherApplication         : Started SmsDispatcherApplication in 5.871 seconds (process running for 6.502)',
      times(90, (i) =>
        i % 5 === 3
          ? `${iso(3960 + i * 15, 88 + i)}  WARN 1 --- [sms-dispatcher] [pool-2-thread-${(i % 6) + 1}] u.g.c.n.SmsDispatcher                    : Notify throttled sms reference=REM-2026-0${4410231 + i * 13}, retry in 30s: uk.gov.service.notify.NotificationClientException: Status code: 429 {"errors":[{"error":"RateLimitError","message":"Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"}],"status_code":429}`
          : `${iso(3960 + i * 15, 17 + i)}  INFO 1 --- [sms-dispatcher] [pool-2-thread-${(i % 6) + 1}] u.g.c.n.SmsDispatcher                    : sent sms template=a41f0c9e-77d2-4b1a-8c55-2e9d3f6a7b10 reference=REM-2026-0${4410231 + i * 13}`,
      ),
      '2026-02-11T08:28:30.004Z  INFO 1 --- [sms-dispatcher] [   scheduling-1] u.g.c.n.metrics.SendRateReporter         : last 60s: sent=214 throttled=151 failed=0 (replica 5 of 8)',
    ),
    accept: ['escalate'],
  },
  {
    // The eIDAS node rolled its SAML signing certificate overnight; the broker's IdP config still
    // pins the old one, so every eIDAS response fails signature validation. GOV.UK One Login
    // logins through the same Keycloak keep working.
    id: 'fiftieth-keycloak-eidas-broker-invalid-signature',
    family: 'idp-certificate',
    source: 'https://github.com/sventorben/keycloak-home-idp-discovery/issues/420',
    signal: 'Alert',
    containers: [
      {
        name: 'keycloak',
        running: { startedAt: '2026-02-11T07:02:03Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_HOSTNAME: 'https://login.services.example.gov.uk',
          KC_CACHE: 'ispn',
          KC_CACHE_STACK: 'kubernetes',
          KC_HEALTH_ENABLED: 'true',
        },
        args: ['start', '--optimized'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KeycloakBrokerErrors: realm citizens IDENTITY_PROVIDER_RESPONSE_ERROR 417 in 15m for identity provider eidas-node',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:02:41,554 INFO  [io.quarkus] (main) Keycloak 26.0.7 on JVM (powered by Quarkus 3.15.1) started in 37.118s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.',
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(600 + i * 70)},${dd(i * 3)}7 INFO  [org.keycloak.events] (executor-thread-${(i % 40) + 1}) type="LOGIN", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="benefits-web", userId="${(0x3a91c000 + i * 331).toString(16)}-51f2-4c6d-8e0a-b7c9d1e2f3a4", sessionId="${(0x7b20d000 + i * 97).toString(16)}-0a1b-4c2d-9e3f-4a5b6c7d8e9f", ipAddress="10.42.${i % 8}.${20 + i}", auth_method="openid-connect", identity_provider="govuk-one-login", redirect_uri="https://apply.services.example.gov.uk/auth/callback", consent="no_consent_required", code_id="${(0x7b20d000 + i * 97).toString(16)}-0a1b-4c2d-9e3f-4a5b6c7d8e9f", username="${(0x91e2 + i * 17).toString(16)}@govuk-one-login"`,
      ),
      times(
        6,
        (i) =>
          `2026-02-11 ${hms(2750 + i * 97)},${dd(11 + i)}8 ERROR [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-${12 + i}) validation failed: org.keycloak.common.VerificationException: Invalid signature on document\n\tat org.keycloak.protocol.saml.SamlProtocolUtils.verifyDocumentSignature(SamlProtocolUtils.java:96)\n\tat org.keycloak.broker.saml.SAMLEndpoint$PostBinding.verifySignature(SAMLEndpoint.java:756)\n\tat org.keycloak.broker.saml.SAMLEndpoint$Binding.handleSamlResponse(SAMLEndpoint.java:688)\n\tat org.keycloak.broker.saml.SAMLEndpoint$Binding.execute(SAMLEndpoint.java:288)\n\tat org.keycloak.broker.saml.SAMLEndpoint.postBinding(SAMLEndpoint.java:193)\n\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)\n2026-02-11 ${hms(2750 + i * 97)},${dd(11 + i)}9 WARN  [org.keycloak.events] (executor-thread-${12 + i}) type="IDENTITY_PROVIDER_RESPONSE_ERROR", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="null", userId="null", ipAddress="10.42.${i}.${71 + i}", error="invalid_signature", identity_provider="eidas-node"`,
      ),
      times(20, (i) =>
        i % 2 === 1
          ? `2026-02-11 ${hms(3300 + i * 100)},${dd(i)}4 ERROR [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-${(i % 40) + 5}) validation failed: org.keycloak.common.VerificationException: Invalid signature on document\n2026-02-11 ${hms(3300 + i * 100)},${dd(i)}5 WARN  [org.keycloak.events] (executor-thread-${(i % 40) + 5}) type="IDENTITY_PROVIDER_RESPONSE_ERROR", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="null", userId="null", ipAddress="10.42.${i % 8}.${120 + i}", error="invalid_signature", identity_provider="eidas-node"`
          : `2026-02-11 ${hms(3300 + i * 100)},${dd(i)}2 INFO  [org.keycloak.events] (executor-thread-${(i % 40) + 3}) type="LOGIN", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="benefits-web", userId="${(0x4c10d000 + i * 211).toString(16)}-51f2-4c6d-8e0a-b7c9d1e2f3a4", ipAddress="10.42.${i % 8}.${90 + i}", auth_method="openid-connect", identity_provider="govuk-one-login"`,
      ),
      '2026-02-11 08:28:51,402 ERROR [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-37) validation failed: org.keycloak.common.VerificationException: Invalid signature on document',
      '2026-02-11 08:28:51,403 WARN  [org.keycloak.events] (executor-thread-37) type="IDENTITY_PROVIDER_RESPONSE_ERROR", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="null", userId="null", ipAddress="10.42.3.77", error="invalid_signature", identity_provider="eidas-node"',
    ),
    accept: ['escalate'],
  },
  {
    // The client certificate the acquirer pins for mutual TLS expired at midnight; the acquirer's
    // gateway answers every handshake with a certificate_expired alert. Nothing here renews it.
    id: 'fiftieth-card-payments-acquirer-handshake',
    family: 'certificate',
    source: 'https://github.com/gubernator-io/gubernator/pull/41',
    signal: 'Alert',
    containers: [
      {
        name: 'card-payments',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          ACQUIRER_URL: 'https://gw.acquirer.example.com',
          ACQUIRER_CLIENT_CERT: '/etc/acquirer-tls/tls.crt',
          ACQUIRER_CLIENT_KEY: '/etc/acquirer-tls/tls.key',
          GOMEMLIMIT: '200MiB',
        },
        mounts: [{ volume: 'acquirer-tls', path: '/etc/acquirer-tls' }],
      },
    ],
    volumes: [{ name: 'acquirer-tls', secret: 'card-payments-acquirer-mtls' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PaymentAuthorisationFailures: card-payments authorisation success ratio 0.00 over 30m (all replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"time":"2026-02-11T07:00:44.910Z","level":"INFO","msg":"starting","service":"card-payments","version":"4.12.3","go":"go1.23.4"}',
      '{"time":"2026-02-11T07:00:44.913Z","level":"INFO","msg":"loaded acquirer client certificate","subject":"CN=card-payments.payments.service.gov.example","issuer":"CN=Acquirer Partner CA G2","not_after":"2026-02-11T00:00:00Z"}',
      '{"time":"2026-02-11T07:00:44.915Z","level":"INFO","msg":"listening","addr":":8080"}',
      times(70, (i) =>
        i % 2 === 0
          ? `{"time":"${iso(300 + i * 72, 120 + i)}","level":"ERROR","msg":"authorise payment","payment_id":"pay_01JKX${(0x4a00 + i * 37).toString(36).toUpperCase()}","amount_pence":${2500 + ((i * 731) % 40000)},"attempt":${(i % 3) + 1},"error":"Post \\"https://gw.acquirer.example.com/v2/authorisations\\": remote error: tls: expired certificate"}`
          : `{"time":"${iso(300 + i * 72, 130 + i)}","level":"INFO","msg":"request","method":"POST","path":"/v1/payments/authorise","status":502,"duration_ms":${38 + (i % 11)}}`,
      ),
      '{"time":"2026-02-11T08:28:55.402Z","level":"WARN","msg":"acquirer health","status":"unreachable","error":"remote error: tls: expired certificate"}',
    ),
    accept: ['escalate'],
  },
  {
    // The OpenSearch data volumes crossed the flood-stage watermark; the cluster put a
    // read-only-allow-delete block on the index. The indexer exits on the bulk error, again and
    // again; the release 41 minutes earlier has nothing to do with it.
    id: 'fiftieth-case-search-indexer-bulk-429',
    family: 'disk-full',
    source: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/31343',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 41, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('case-search-indexer', 1, 9),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          OPENSEARCH_URL: 'https://vpc-case-search-7hq2.eu-west-2.es.amazonaws.com',
          INDEX_ALIAS: 'cases',
          BULK_SIZE: '500',
        },
        args: ['python', '-m', 'indexer', '--follow'],
      },
    ],
    node: quietNode,
    previousLog: log(
      '2026-02-11 08:21:40,118 INFO indexer.main: starting indexer, alias=cases target=cases-v7 bulk_size=500',
      '2026-02-11 08:21:40,402 INFO opensearch: GET https://vpc-case-search-7hq2.eu-west-2.es.amazonaws.com:443/_cluster/health [status:200 request:0.048s]',
      '2026-02-11 08:21:40,405 INFO indexer.main: cluster status=yellow nodes=3 active_shards_percent=96.2',
      '2026-02-11 08:21:40,611 INFO indexer.source: resuming change feed from checkpoint 418220911',
      times(
        12,
        (i) =>
          `2026-02-11 08:21:${dd(41 + i)},${100 + i * 37} INFO indexer.source: fetched batch ${i + 1} (500 changes, lag 00:${dd(41 + i)}:12)`,
      ),
      '2026-02-11 08:21:53,902 INFO opensearch: POST https://vpc-case-search-7hq2.eu-west-2.es.amazonaws.com:443/_bulk [status:200 request:0.412s]',
      '2026-02-11 08:21:53,960 ERROR indexer.main: bulk request failed, stopping',
      'Traceback (most recent call last):',
      '  File "/app/indexer/main.py", line 88, in run',
      '    ok, errors = helpers.bulk(client, actions, chunk_size=settings.bulk_size, max_retries=3)',
      '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/helpers/actions.py", line 516, in bulk',
      '    for ok, item in streaming_bulk(',
      '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/helpers/actions.py", line 431, in streaming_bulk',
      '    for data, (ok, info) in zip(',
      '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/helpers/actions.py", line 339, in _process_bulk_chunk',
      '    yield from gen',
      '  File "/usr/local/lib/python3.12/site-packages/opensearchpy/helpers/actions.py", line 272, in _process_bulk_chunk_success',
      '    raise BulkIndexError(f"{len(errors)} document(s) failed to index.", errors)',
      "opensearchpy.helpers.errors.BulkIndexError: ('500 document(s) failed to index.', [{'index': {'_index': 'cases-v7', '_id': 'CASE-2026-0083114', 'status': 429, 'error': {'type': 'cluster_block_exception', 'reason': 'index [cases-v7] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];'}}}, {'index': {'_index': 'cases-v7', '_id': 'CASE-2026-0083115', 'status': 429, 'error': {'type': 'cluster_block_exception', 'reason': 'index [cases-v7] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];'}}}])",
    ),
    accept: ['escalate'],
  },
  {
    // The warehouse CDC connector's replication slot lost its WAL (max_slot_wal_keep_size after the
    // connector lagged behind a storage alarm): the offset it must resume from is gone. Only a new
    // snapshot recovers it; the worker itself is healthy.
    id: 'fiftieth-casework-connect-task-failed',
    family: 'cdc-offset-lost',
    source: 'https://github.com/debezium/debezium/pull/752',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-11T07:01:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          CONNECT_GROUP_ID: 'casework-connect',
          CONNECT_BOOTSTRAP_SERVERS: 'b-1.analytics.kafka.eu-west-2.amazonaws.com:9098',
          KAFKA_HEAP_OPTS: '-Xms1536m -Xmx1536m',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KafkaConnectTaskFailed: connector casework-cdc task 0 is FAILED on worker casework-connect',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:01:31,224] INFO [Worker clientId=connect-10.42.6.31:8083, groupId=casework-connect] Starting connectors and tasks using config offset 2291 (org.apache.kafka.connect.runtime.distributed.DistributedHerder:1962)',
      '[2026-02-11 07:01:31,230] INFO [casework-cdc|task-0] Starting PostgresConnectorTask with configuration: (io.debezium.connector.common.BaseSourceTask:135)',
      '[2026-02-11 07:01:31,231] INFO [casework-cdc|task-0]    connector.class = io.debezium.connector.postgresql.PostgresConnector (io.debezium.connector.common.BaseSourceTask:137)',
      '[2026-02-11 07:01:31,231] INFO [casework-cdc|task-0]    slot.name = casework_warehouse (io.debezium.connector.common.BaseSourceTask:137)',
      '[2026-02-11 07:01:31,231] INFO [casework-cdc|task-0]    plugin.name = pgoutput (io.debezium.connector.common.BaseSourceTask:137)',
      '[2026-02-11 07:01:31,231] INFO [casework-cdc|task-0]    snapshot.mode = initial (io.debezium.connector.common.BaseSourceTask:137)',
      "[2026-02-11 07:01:32,880] INFO [casework-cdc|task-0] Found previous offset PostgresOffsetContext [sourceInfoSchema=Schema{io.debezium.connector.postgresql.Source:STRUCT}, sourceInfo=source_info[server='casework'db='casework', lsn=LSN{4A/1F0012C8}, txId=91120377, timestamp=2026-02-10T19:42:07.114Z, snapshot=FALSE], lastSnapshotRecord=false, lastCompletelyProcessedLsn=LSN{4A/1F0012C8}, lastCommitLsn=LSN{4A/1F0012C8}] (io.debezium.connector.common.BaseSourceTask:353)",
      '[2026-02-11 07:01:33,102] INFO [casework-cdc|task-0] Obtained valid replication slot ReplicationSlot [active=false, latestFlushedLsn=LSN{4A/1F000000}, catalogXmin=91120377] (io.debezium.connector.postgresql.connection.PostgresConnection:292)',
      '[2026-02-11 07:01:33,410] ERROR [casework-cdc|task-0] Cannot rewind to last processed WAL position (io.debezium.connector.postgresql.connection.PostgresReplicationConnection:611)',
      'org.postgresql.util.PSQLException: ERROR: requested WAL segment 000000010000004A0000001F has already been removed',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.processCopyResults(QueryExecutorImpl.java:1347)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.startCopy(QueryExecutorImpl.java:1029)',
      '\tat org.postgresql.core.v3.replication.V3ReplicationProtocol.initializeReplication(V3ReplicationProtocol.java:60)',
      '\tat io.debezium.connector.postgresql.connection.PostgresReplicationConnection.startPgReplicationStream(PostgresReplicationConnection.java:606)',
      '[2026-02-11 07:01:33,414] ERROR [casework-cdc|task-0] WorkerSourceTask{id=casework-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:212)',
      'org.apache.kafka.connect.errors.ConnectException: The offset to start reading from has been removed from the database write-ahead log. Create a new snapshot and consider setting of PostgreSQL parameter wal_keep_segments = 0.',
      '\tat io.debezium.connector.postgresql.connection.PostgresReplicationConnection.startPgReplicationStream(PostgresReplicationConnection.java:613)',
      '\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:135)',
      '\tat io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:280)',
      '[2026-02-11 07:01:33,420] INFO [casework-cdc|task-0] Stopping down connector (io.debezium.connector.common.BaseSourceTask:406)',
      times(
        24,
        (i) =>
          `[2026-02-11 ${hms(300 + i * 210)},${100 + i * 13}] INFO [warehouse-s3-sink|task-${i % 2}] Committing offsets asynchronously using sequence number ${9120 + i}: {casework.public.documents-${i % 6}=OffsetAndMetadata{offset=${18822140 + i * 3}, leaderEpoch=null, metadata=''}} (org.apache.kafka.connect.runtime.WorkerSinkTask:354)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // A Kyverno policy went from Audit to Enforce yesterday. Karpenter consolidated two nodes this
    // morning; the ReplicaSet's replacements are refused at admission, so one pod of three is left.
    // Restarting it leaves none.
    id: 'fiftieth-evidence-upload-replicas-refused',
    family: 'policy-denial',
    source: 'https://github.com/kyverno/policies/issues/979',
    signal: 'Alert',
    containers: [
      {
        name: 'evidence-upload',
        running: { startedAt: '2026-02-11T07:00:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'evidence.settings.production',
          UPLOAD_BUCKET: 'citizen-evidence-uploads-prod',
          CLAMD_HOST: 'clamav.scanning.svc.cluster.local',
        },
        args: ['gunicorn', 'evidence.wsgi', '--workers', '4', '--bind', '0.0.0.0:8000'],
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeDeploymentReplicasMismatch: Deployment citizen-uploads/evidence-upload has 1 of 3 replicas available for 30m',
        on: 'Deployment',
      },
      {
        reason: 'FailedCreate',
        message:
          'Error creating: admission webhook "validate.kyverno.svc-fail" denied the request: \n\nresource Pod/citizen-uploads/evidence-upload-5c8f7d9b6-qx7lm was blocked due to the following policies \n\nrequire-ro-rootfs:\n  validate-readOnlyRootFilesystem: \'validation error: Root filesystem must be read-only. rule validate-readOnlyRootFilesystem failed at path /spec/containers/0/securityContext/readOnlyRootFilesystem/\'',
        type: 'Warning',
        count: 47,
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:00:52 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-02-11 07:00:52 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 07:00:52 +0000] [1] [INFO] Using worker: sync',
      times(4, (i) => `[2026-02-11 07:00:52 +0000] [${8 + i}] [INFO] Booting worker with pid: ${8 + i}`),
      times(
        70,
        (i) =>
          `10.42.${i % 7}.${30 + (i % 40)} - - [11/Feb/2026:${hms(2400 + i * 40)} +0000] "${i % 4 === 0 ? 'POST /upload/evidence' : 'GET /upload/status/'}${i % 4 === 0 ? '' : `EV-${90211 + i}`} HTTP/1.1" ${i % 4 === 0 ? 201 : 200} ${i % 4 === 0 ? 311 : 88} "-" "Mozilla/5.0" ${i % 4 === 0 ? 2.8 + (i % 5) * 0.9 : 0.2 + (i % 3) * 0.4}`,
      ),
      '[2026-02-11 08:27:39 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:10)',
      '[2026-02-11 08:27:40 +0000] [1] [WARNING] Worker with pid 10 was terminated due to signal 9',
      '[2026-02-11 08:27:40 +0000] [14] [INFO] Booting worker with pid: 14',
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The ClamAV pods keep their signatures in an emptyDir; this one was rescheduled onto a new
    // Karpenter node, started empty and its first freshclam run met the CDN's 429. clamd has
    // nothing to load. Every new pod (or restart) asks the CDN again and lengthens the cool-down.
    id: 'fiftieth-clamav-scanner-no-signatures',
    family: 'third-party-rate-limit',
    source: 'https://github.com/Cisco-Talos/clamav/issues/983',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('clamav', 1, 6),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { CLAMAV_NO_MILTERD: 'true', FRESHCLAM_CHECKS: '24' },
        mounts: [{ volume: 'clamav-db', path: '/var/lib/clamav' }],
      },
    ],
    volumes: [{ name: 'clamav-db', emptyDir: {} }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container clamav in pod clamav-7b9d4c6f58-m2xkq_scanning(3f7a1c2e-9b0d-4e5f-8a6b-1c2d3e4f5a6b)',
        type: 'Warning',
        count: 22,
      },
    ],
    previousLog: log(
      'Updating initial database',
      'Wed Feb 11 08:22:14 2026 -> ClamAV update process started at Wed Feb 11 08:22:14 2026',
      'Wed Feb 11 08:22:14 2026 -> daily database available for download (remote version: 27907)',
      'WARNING: Wed Feb 11 08:22:14 2026 -> FreshClam previously received error code 429 or 403 from the ClamAV Content Delivery Network (CDN).',
      'Wed Feb 11 08:22:14 2026 -> This means that you have been rate limited or blocked by the CDN.',
      "Wed Feb 11 08:22:14 2026 ->  1. Verify that you're running a supported ClamAV version.",
      'Wed Feb 11 08:22:14 2026 ->     See https://docs.clamav.net/faq/faq-eol.html for details.',
      'Wed Feb 11 08:22:14 2026 ->  2. Run FreshClam no more than once an hour to check for updates.',
      'Wed Feb 11 08:22:14 2026 ->     FreshClam should check DNS first to see if an update is needed.',
      'Wed Feb 11 08:22:14 2026 ->  3. If you have more than 10 hosts on your network attempting to download,',
      'Wed Feb 11 08:22:14 2026 ->     it is recommended that you set up a private mirror on your network using',
      'Wed Feb 11 08:22:14 2026 ->     cvdupdate (https://pypi.org/project/cvdupdate/) to save bandwidth on the',
      'Wed Feb 11 08:22:14 2026 ->     CDN and your own network.',
      'Wed Feb 11 08:22:14 2026 ->  4. Please do not open a ticket asking for an exemption from the rate limit,',
      'Wed Feb 11 08:22:14 2026 ->     it will not be granted.',
      'WARNING: Wed Feb 11 08:22:14 2026 -> You are still on cool-down until after: 2026-02-12 07:41:09',
      'Wed Feb 11 08:22:14 2026 -> main database available for download (remote version: 62)',
      "WARNING: Wed Feb 11 08:22:14 2026 -> Can't download main.cvd from https://database.clamav.net/main.cvd",
      'Wed Feb 11 08:22:14 2026 -> bytecode database available for download (remote version: 336)',
      "WARNING: Wed Feb 11 08:22:14 2026 -> Can't download bytecode.cvd from https://database.clamav.net/bytecode.cvd",
      'ERROR: Wed Feb 11 08:22:14 2026 -> Update failed.',
      'Starting Freshclamd',
      'Starting ClamAV',
      'LibClamAV Error: cli_loaddbdir(): No supported database files found in /var/lib/clamav',
      "ERROR: Can't open file or directory",
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The case-management engine waits in its init container for Postgres, which answers
    // "rejecting connections": the RDS instance is in a long crash recovery after a storage event.
    id: 'fiftieth-casework-engine-init-waiting',
    family: 'dependency-down',
    source: 'https://www.postgresql.org/docs/current/app-pg-isready.html',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'wait-for-db',
        running: { startedAt: '2026-02-11T07:01:05Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '64Mi',
        env: { PGHOST: 'casework-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com', PGPORT: '5432' },
        args: [
          'sh',
          '-c',
          'until pg_isready -h "$PGHOST" -p "$PGPORT"; do echo "waiting for database"; sleep 5; done',
        ],
      },
    ],
    containers: [
      {
        name: 'camunda',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://casework-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com:5432/casework',
          CAMUNDA_BPM_JOB_EXECUTION_ENABLED: 'true',
        },
      },
    ],
    currentLog: log(
      times(
        60,
        (i) =>
          `casework-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com:5432 - ${i < 7 ? 'no response' : 'rejecting connections'}\nwaiting for database`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The nightly statistics job for yesterday failed all three attempts on the reporting role's
    // statement_timeout: the submissions table doubled over the deadline week. Not a pod problem.
    id: 'fiftieth-daily-statistics-job-timeout',
    family: 'cronjob-failed',
    source: 'https://github.com/AlexsLemonade/refinebio/issues/1887',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'build-statistics',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        cpuLimit: '1',
        env: { DJANGO_SETTINGS_MODULE: 'stats.settings.production', DB_OPTIONS_STATEMENT_TIMEOUT: '900000' },
        args: ['python', 'manage.py', 'build_daily_statistics', '--date', '2026-02-10'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container build-statistics', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 05:31:02,118 INFO stats.build: building statistics for 2026-02-10 (services: apply, renew, appeal)',
      '2026-02-11 05:31:02,410 INFO stats.build: step 1/5 applications started: 41220 rows',
      '2026-02-11 05:33:48,902 INFO stats.build: step 2/5 applications submitted: 38811 rows',
      '2026-02-11 05:37:15,003 INFO stats.build: step 3/5 median completion time by channel',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute',
      '    return self.cursor.execute(sql, params)',
      'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout',
      '',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/manage.py", line 22, in <module>',
      '    execute_from_command_line(sys.argv)',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/__init__.py", line 442, in execute_from_command_line',
      '    utility.execute()',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/__init__.py", line 436, in execute',
      '    self.fetch_command(subcommand).run_from_argv(self.argv)',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/base.py", line 413, in run_from_argv',
      '    self.execute(*args, **cmd_options)',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/base.py", line 459, in execute',
      '    output = self.handle(*args, **options)',
      '  File "/app/stats/management/commands/build_daily_statistics.py", line 64, in handle',
      '    medians = list(completion_medians(day))',
      '  File "/app/stats/queries.py", line 118, in completion_medians',
      '    for row in cursor.fetchall():',
      '  File "/usr/local/lib/python3.12/site-packages/django/db/utils.py", line 91, in __exit__',
      '    raise dj_exc_value.with_traceback(traceback) from exc_value',
      'django.db.utils.OperationalError: canceling statement due to statement timeout',
    ),
    accept: ['escalate'],
  },
  {
    // Deadline day: the PDF renderers' HPA wants more pods than the general NodePool's CPU limit
    // allows; Karpenter will not launch another node until someone raises the limit.
    id: 'fiftieth-pdf-render-pending-nodepool',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/4698',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'gotenberg',
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          'gotenberg',
          '--api-timeout=60s',
          '--chromium-restart-after=100',
          '--libreoffice-restart-after=10',
        ],
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/23 nodes are available: 3 node(s) had untolerated taint {dedicated: opensearch}, 20 Insufficient cpu. preemption: 0/23 nodes are available: 3 Preemption is not helpful for scheduling, 20 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 29,
      },
      {
        reason: 'FailedScheduling',
        message: 'Failed to schedule pod, all available instance types exceed limits for nodepool: "general"',
        type: 'Warning',
        count: 31,
      },
      {
        reason: 'AlertFiring',
        message: 'KubeHpaMaxedOut: HPA documents/pdf-render wants 14 replicas, 9 running for 20m',
        on: 'Deployment',
      },
    ],
    accept: ['escalate'],
  },
  {
    // The Harbor robot account behind the pull secret expired overnight. Pods on warm nodes run
    // from the cached image; this one landed on a fresh Karpenter node and cannot pull.
    id: 'fiftieth-appointments-api-pull-unauthorized',
    family: 'image-pull',
    source: 'https://github.com/gitpod-io/gitpod/issues/14837',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'appointments-api',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2"',
        },
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_URLS: 'http://+:8080' },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2"',
        type: 'Normal',
        count: 6,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2": failed to pull and unpack image "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2": failed to resolve reference "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.tools.example.gov.uk/service/token?scope=repository%3Acitizen%2Fappointments-api%3Apull&service=harbor-registry: 401 Unauthorized',
        type: 'Warning',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 6 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "harbor.tools.example.gov.uk/citizen/appointments-api:7.4.2"',
        type: 'Normal',
        count: 37,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 37 },
    ],
    accept: ['escalate'],
  },
  {
    // Falco saw a shell in the letters renderer dup its stdin/stdout onto a connection to an
    // address outside the estate, spawned under the wkhtmltopdf worker. A security incident:
    // isolate the pod for forensics; restarting or rolling it destroys the evidence.
    id: 'fiftieth-letters-pdf-falco-network-shell',
    family: 'security',
    source: 'https://github.com/blackberry/Falco-bypasses',
    signal: 'Alert',
    containers: [
      {
        name: 'letters-pdf',
        running: { startedAt: '2026-02-11T07:00:58Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { WKHTMLTOPDF_PATH: '/usr/local/bin/wkhtmltopdf', LETTER_TEMPLATES: '/srv/templates' },
        args: ['gunicorn', 'letters.app:app', '--workers', '3', '--bind', '0.0.0.0:8000'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FalcoWarning: 08:17:42.913802114: Warning Redirect stdout/stdin to network connection (user=app user_loginuid=-1 k8s.ns=documents k8s.pod=letters-pdf-66c9d8b7f5-tw4zp container=4e1b7a2c9d03 process=bash parent=sh cmdline=bash -i terminal=0 container_id=4e1b7a2c9d03 image=registry.tools.example.gov.uk/documents/letters-pdf fd.name=10.42.5.61:48816->185.225.73.19:443 fd.num=1 fd.type=ipv4 fd.sip=185.225.73.19)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:00:59 +0000] [1] [INFO] Starting gunicorn 22.0.0',
      '[2026-02-11 07:00:59 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      times(
        40,
        (i) =>
          `[2026-02-11 ${hms(600 + i * 100)} +0000] [${7 + (i % 3)}] [INFO] rendered letter template=${['award-notice', 'appointment-confirmation', 'evidence-request', 'decision-notice'][i % 4]} case=CASE-2026-00${81100 + i * 3} pages=${1 + (i % 3)} wkhtmltopdf_ms=${410 + ((i * 37) % 300)}`,
      ),
      '[2026-02-11 08:17:40 +0000] [8] [INFO] rendering letter template=evidence-request case=CASE-2026-0081241 source_url=http://letters-pdf.documents.svc.cluster.local/preview/9f1e2d',
      '[2026-02-11 08:17:41 +0000] [8] [WARNING] wkhtmltopdf stderr: Warning: Failed to load file:///etc/passwd (ignore)',
      '[2026-02-11 08:17:44 +0000] [8] [INFO] rendered letter template=evidence-request case=CASE-2026-0081241 pages=1 wkhtmltopdf_ms=3902',
      times(
        20,
        (i) =>
          `[2026-02-11 ${hms(4680 + i * 35)} +0000] [${7 + (i % 3)}] [INFO] rendered letter template=${['award-notice', 'decision-notice'][i % 2]} case=CASE-2026-00${81250 + i} pages=${1 + (i % 2)} wkhtmltopdf_ms=${420 + ((i * 41) % 260)}`,
      ),
    ),
    accept: ['quarantine-pod', 'escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    // wicked_pdf leaves its wkhtmltopdf temp files in /tmp (a 1Gi emptyDir under a read-only root);
    // after a week of letters the kubelet evicted the pod. The replacement will fill up the same way.
    id: 'fiftieth-appointments-web-evicted-tmp',
    family: 'ephemeral-storage',
    source: 'https://github.com/mileszs/wicked_pdf/issues/1044',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'appointments-web',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { RAILS_ENV: 'production', RAILS_LOG_TO_STDOUT: '1', WEB_CONCURRENCY: '3', TMPDIR: '/tmp' },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "tmp" exceeds the limit "1Gi".',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container appointments-web', type: 'Normal' },
    ],
    currentLog: log(
      times(48, (i) =>
        i % 4 === 1
          ? `I, [2026-02-11T${hms(4400 + i * 8)}.${100 + i * 11} #${14 + (i % 3)}]  INFO -- : [${(0x8a1c0000 + i * 4099).toString(16)}-2b3c-4d5e] Sent data appointment-letter-APT-2026-${118230 + i}.pdf (0.4ms)`
          : i % 4 === 0
            ? `I, [2026-02-11T${hms(4400 + i * 8)}.${100 + i * 11} #${14 + (i % 3)}]  INFO -- : [${(0x8a1c0000 + i * 4099).toString(16)}-2b3c-4d5e] Started GET "/appointments/APT-2026-${118230 + i}/letter.pdf" for 10.42.${i % 6}.${50 + i} at 2026-02-11 ${hms(4400 + i * 8)} +0000`
            : `I, [2026-02-11T${hms(4400 + i * 8)}.${100 + i * 11} #${14 + (i % 3)}]  INFO -- : [${(0x8a1c0000 + i * 4099).toString(16)}-2b3c-4d5e] Completed 200 OK in ${600 + ((i * 53) % 700)}ms (Views: ${12 + (i % 9)}.3ms | ActiveRecord: ${3 + (i % 5)}.1ms | Allocations: ${41000 + i * 37})`,
      ),
      '[1] - Gracefully stopping, waiting for requests to finish',
      '[1] === puma shutdown: 2026-02-11 08:23:51 +0000 ===',
      '[1] - Goodbye!',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },

  // ---------------------------------------------------------------- restarts right (7)
  {
    // One replica's pooled HTTP/2 connection to the acquirer went dead when the acquirer moved its
    // gateway at 07:51; every request on it now waits out the 10 s deadline. The other replicas,
    // which dialled afresh, are fine. Deleting the pod drops the dead connection.
    id: 'fiftieth-card-payments-replica-deadline',
    family: 'wedged-client',
    source: 'https://github.com/golang/go/issues/57478',
    signal: 'Alert',
    containers: [
      {
        name: 'card-payments',
        running: { startedAt: '2026-02-11T07:00:39Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          ACQUIRER_URL: 'https://gw.acquirer.example.com',
          ACQUIRER_TIMEOUT: '10s',
          GOMEMLIMIT: '200MiB',
        },
        mounts: [{ volume: 'acquirer-tls', path: '/etc/acquirer-tls' }],
      },
    ],
    volumes: [{ name: 'acquirer-tls', secret: 'card-payments-acquirer-mtls' }],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PaymentsPodErrorRatio: pod card-payments-7d9c5b8f6d-kq2xw authorisation error ratio 1.00 over 15m; deployment card-payments (4 replicas) 0.26',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '{"time":"2026-02-11T07:00:39.702Z","level":"INFO","msg":"starting","service":"card-payments","version":"4.12.3","go":"go1.23.4"}',
      '{"time":"2026-02-11T07:00:39.705Z","level":"INFO","msg":"loaded acquirer client certificate","subject":"CN=card-payments.payments.service.gov.example","not_after":"2026-08-14T00:00:00Z"}',
      times(
        60,
        (i) =>
          `{"time":"${iso(120 + i * 48, 210 + i)}","level":"INFO","msg":"request","method":"POST","path":"/v1/payments/authorise","status":200,"duration_ms":${180 + ((i * 61) % 420)},"acquirer_ms":${140 + ((i * 59) % 380)}}`,
      ),
      '{"time":"2026-02-11T07:51:14.118Z","level":"WARN","msg":"acquirer call slow","payment_id":"pay_01JKXR7Q2M","duration_ms":9874}',
      times(50, (i) =>
        i % 2 === 0
          ? `{"time":"${iso(3090 + i * 44, 330 + i)}","level":"ERROR","msg":"authorise payment","payment_id":"pay_01JKXS${(0x3100 + i * 41).toString(36).toUpperCase()}","attempt":${(i % 3) + 1},"error":"Post \\"https://gw.acquirer.example.com/v2/authorisations\\": context deadline exceeded"}`
          : `{"time":"${iso(3090 + i * 44, 340 + i)}","level":"INFO","msg":"request","method":"POST","path":"/v1/payments/authorise","status":504,"duration_ms":${10001 + (i % 4)}}`,
      ),
      '{"time":"2026-02-11T08:28:44.902Z","level":"INFO","msg":"request","method":"GET","path":"/healthz","status":200,"duration_ms":0}',
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // The RabbitMQ cluster was rolled at 07:44. The letters dispatcher reconnected before the
    // queue's process was back, so topology recovery failed to re-register its consumer: the
    // connection is up, nothing consumes. A restart registers the consumer again.
    id: 'fiftieth-letters-dispatcher-no-consumer',
    family: 'wedged-consumer',
    source: 'https://github.com/tporeba/rabbitAutorecoveryReproductor',
    signal: 'Alert',
    containers: [
      {
        name: 'letters-dispatcher',
        running: { startedAt: '2026-02-11T07:01:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          AMQP_HOST: 'rabbitmq.messaging.svc.cluster.local',
          DISPATCH_QUEUE: 'notify.letters',
          NOTIFY_BASE_URL: 'https://api.notifications.service.gov.uk',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitMQNoConsumers: queue notify.letters in vhost citizen-comms has 0 consumers for 40m (9120 ready)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11T07:01:17.330Z  INFO 1 --- [letters-dispatcher] [           main] u.g.c.n.amqp.QueueConsumer               : consuming notify.letters with prefetch=10 on connection amqp://rabbitmq.messaging.svc.cluster.local:5672/citizen-comms',
      times(
        30,
        (i) =>
          `${iso(90 + i * 83, 440 + i)}  INFO 1 --- [letters-dispatcher] [pool-2-thread-${(i % 3) + 1}] u.g.c.n.LetterDispatcher                 : sent letter template=decision-notice reference=DEC-2026-00${55120 + i} postage=second`,
      ),
      '2026-02-11T07:44:02.811Z ERROR 1 --- [letters-dispatcher] [ 10.42.0.14:5672] c.r.c.impl.ForgivingExceptionHandler     : An unexpected connection driver error occured',
      '',
      'java.net.SocketException: Connection reset',
      '\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:318)',
      '\tat com.rabbitmq.client.impl.Frame.readFrom(Frame.java:91)',
      '\tat com.rabbitmq.client.impl.AMQConnection$MainLoop.run(AMQConnection.java:665)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      '',
      '2026-02-11T07:44:07.902Z ERROR 1 --- [letters-dispatcher] [ 10.42.0.14:5672] c.r.c.impl.ForgivingExceptionHandler     : Caught an exception when recovering topology Caught an exception while recovering queue notify.letters: null',
      '',
      'com.rabbitmq.client.TopologyRecoveryException: Caught an exception while recovering queue notify.letters: null',
      '\tat com.rabbitmq.client.impl.recovery.AutorecoveringConnection.recoverQueue(AutorecoveringConnection.java:782)',
      '\tat com.rabbitmq.client.impl.recovery.AutorecoveringConnection.recoverTopology(AutorecoveringConnection.java:721)',
      '\tat com.rabbitmq.client.impl.recovery.AutorecoveringConnection.beginAutomaticRecovery(AutorecoveringConnection.java:597)',
      "Caused by: com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - queue 'notify.letters' in vhost 'citizen-comms' process is stopped by supervisor, class-id=50, method-id=10)",
      '\tat com.rabbitmq.client.impl.ChannelN.asyncShutdown(ChannelN.java:517)',
      '\t... 7 more',
      '',
      "2026-02-11T07:44:07.910Z ERROR 1 --- [letters-dispatcher] [ 10.42.0.14:5672] c.r.c.impl.ForgivingExceptionHandler     : Caught an exception when recovering topology Caught an exception while recovering consumer amq.ctag-Wq8kZ1vR3nT0pL6sY2xB9A: channel is already closed due to channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - queue 'notify.letters' in vhost 'citizen-comms' process is stopped by supervisor, class-id=50, method-id=10)",
      '',
      "com.rabbitmq.client.TopologyRecoveryException: Caught an exception while recovering consumer amq.ctag-Wq8kZ1vR3nT0pL6sY2xB9A: channel is already closed due to channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - queue 'notify.letters' in vhost 'citizen-comms' process is stopped by supervisor, class-id=50, method-id=10)",
      '\tat com.rabbitmq.client.impl.recovery.AutorecoveringConnection.recoverConsumer(AutorecoveringConnection.java:863)',
      '\tat com.rabbitmq.client.impl.recovery.AutorecoveringConnection.recoverTopology(AutorecoveringConnection.java:727)',
      '\t... 6 more',
      '',
      '2026-02-11T07:44:08.014Z  INFO 1 --- [letters-dispatcher] [ 10.42.0.14:5672] u.g.c.n.amqp.ConnectionListener          : connection recovered: amqp://rabbitmq.messaging.svc.cluster.local:5672/citizen-comms',
      times(
        12,
        (i) =>
          `${iso(2760 + i * 220, 4)}  INFO 1 --- [letters-dispatcher] [   scheduling-1] u.g.c.n.metrics.SendRateReporter         : last 5m: letters sent=0 failed=0 (connection open, channels=1)`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // ElastiCache failed the session/cache replication group over at 07:36. The primary endpoint
    // now names the new primary, but the pooled connections still talk to the demoted node.
    id: 'fiftieth-benefits-web-redis-readonly',
    family: 'stale-connection',
    source: 'https://github.com/inventree/InvenTree/issues/3292',
    signal: 'Alert',
    containers: [
      {
        name: 'benefits-web',
        running: { startedAt: '2026-02-11T07:00:47Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'benefits.settings.production',
          CACHE_URL: 'rediss://master.benefits-cache.x1k9qa.euw2.cache.amazonaws.com:6379/1',
        },
        args: ['gunicorn', 'benefits.wsgi', '--workers', '4', '--bind', '0.0.0.0:8000'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ElastiCacheFailover: replication group benefits-cache failed over at 07:36 (new primary benefits-cache-002)',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: benefits-web 5xx ratio 0.47 over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `10.42.${i % 5}.${11 + i} - - [11/Feb/2026:${hms(600 + i * 40)} +0000] "GET /apply/${['eligibility', 'household', 'income', 'declaration'][i % 4]} HTTP/1.1" 200 ${9120 + i * 3} "-" "Mozilla/5.0"`,
      ),
      '2026-02-11 07:36:21,118 ERROR django.request: Internal Server Error: /apply/household',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/cache.py", line 29, in _decorator',
      '    return method(self, *args, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/cache.py", line 74, in set',
      '    return self.client.set(*args, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/client/default.py", line 212, in set',
      '    raise ConnectionInterrupted(connection=client) from e',
      "django_redis.exceptions.ConnectionInterrupted: Redis ReadOnlyError: You can't write against a read only replica.",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
      '    response = get_response(request)',
      '  File "/app/benefits/apply/views.py", line 141, in household',
      '    cache.set(draft_key(request), form.cleaned_data, timeout=DRAFT_TTL)',
      "redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
      times(36, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${hms(2200 + i * 90)},${100 + i * 7} ERROR django.request: Internal Server Error: /apply/${['household', 'income', 'declaration'][i % 3]}\ndjango_redis.exceptions.ConnectionInterrupted: Redis ReadOnlyError: You can't write against a read only replica.`
          : `10.42.${i % 5}.${60 + i} - - [11/Feb/2026:${hms(2200 + i * 90)} +0000] "POST /apply/${['household', 'income', 'declaration'][i % 3]} HTTP/1.1" 500 145 "-" "Mozilla/5.0"`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Aurora failed the writer over at 07:38. Pooled connections that reconnected while the cluster
    // endpoint still resolved to the old writer sit on what is now a reader: reads work, every
    // write fails. A fresh pool resolves the endpoint again.
    id: 'fiftieth-childcare-web-readonly-transaction',
    family: 'stale-connection',
    source: 'https://github.com/discourse/rails_failover/issues/85',
    signal: 'Alert',
    containers: [
      {
        name: 'childcare-web',
        running: { startedAt: '2026-02-11T07:00:53Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          WEB_CONCURRENCY: '3',
          RAILS_MAX_THREADS: '5',
          DATABASE_HOST: 'childcare-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RDSClusterFailover: childcare-db failed over at 07:38, writer is now childcare-db-instance-2',
        on: 'Deployment',
      },
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: childcare-web POST 5xx ratio 0.93 over 15m, GET 5xx ratio 0.00',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `I, [2026-02-11T${hms(900 + i * 60)}.${200 + i} #${8 + (i % 3)}]  INFO -- : [${(0x51f20000 + i * 7919).toString(16)}-aa01] Completed 200 OK in ${40 + ((i * 17) % 120)}ms (Views: ${20 + (i % 30)}.1ms | ActiveRecord: ${4 + (i % 9)}.6ms | Allocations: ${18000 + i * 91})`,
      ),
      times(30, (i) =>
        i % 3 === 0
          ? `I, [2026-02-11T${hms(2400 + i * 95)}.${300 + i} #${8 + (i % 3)}]  INFO -- : [${(0x61a30000 + i * 7919).toString(16)}-bb02] Started POST "/accounts/reconfirm" for 10.42.${i % 6}.${40 + i} at 2026-02-11 ${hms(2400 + i * 95)} +0000`
          : i % 3 === 1
            ? `F, [2026-02-11T${hms(2400 + i * 95)}.${310 + i} #${8 + (i % 3)}] FATAL -- : [${(0x61a30000 + (i - 1) * 7919).toString(16)}-bb02]   \nActiveRecord::StatementInvalid (PG::ReadOnlySqlTransaction: ERROR:  cannot execute UPDATE in a read-only transaction\n):\n[${(0x61a30000 + (i - 1) * 7919).toString(16)}-bb02] app/models/reconfirmation.rb:42:in \`complete!'\n[${(0x61a30000 + (i - 1) * 7919).toString(16)}-bb02] app/controllers/accounts/reconfirmations_controller.rb:18:in \`create'`
            : `I, [2026-02-11T${hms(2400 + i * 95)}.${320 + i} #${8 + (i % 3)}]  INFO -- : [${(0x61a30000 + i * 7919).toString(16)}-bb02] Completed 200 OK in ${35 + (i % 40)}ms (Views: ${18 + (i % 20)}.4ms | ActiveRecord: ${3 + (i % 7)}.2ms | Allocations: ${17000 + i * 53})`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    // Gotenberg's Chromium timed out once while starting and never came back: every conversion
    // now fails in milliseconds and /health reports chromium down. Only a new container recovers.
    id: 'fiftieth-pdf-render-chromium-down',
    family: 'wedged-process',
    source: 'https://github.com/gotenberg/gotenberg/issues/1599',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'gotenberg',
        running: { startedAt: '2026-02-11T07:00:36Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          'gotenberg',
          '--api-timeout=60s',
          '--chromium-restart-after=100',
          '--libreoffice-restart-after=10',
        ],
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 214,
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `{"level":"info","ts":${(1770793236.5 + i * 97.3).toFixed(4)},"logger":"api","msg":"request handled","trace":"${(0x2b7c0000 + i * 6151).toString(16)}-5d1e-4f2a-9b3c-7d8e9f0a1b2c","remote_ip":"10.42.${i % 6}.${30 + i}","host":"pdf-render.documents.svc.cluster.local:3000","uri":"/forms/chromium/convert/html","method":"POST","path":"/forms/chromium/convert/html","referer":"","user_agent":"Go-http-client/1.1","status":200,"latency":${900000000 + i * 3100000},"latency_human":"${(0.9 + i * 0.0031).toFixed(3)}s","bytes_in":${22000 + i * 17},"bytes_out":${61000 + i * 29}}`,
      ),
      '{"level":"error","ts":1770796162.8811,"logger":"api","msg":"convert HTML to PDF: convert to PDF: process restart before task: restart process: start process: run exec allocator: could not dial \\"ws://127.0.0.1:43593/devtools/browser/4f2b1e0c-7a9d-4b3e-8c1f-2d3e4f5a6b7c\\": context deadline exceeded","trace":"9e1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b","remote_ip":"10.42.2.51","host":"pdf-render.documents.svc.cluster.local:3000","uri":"/forms/chromium/convert/html","method":"POST","path":"/forms/chromium/convert/html","referer":"","user_agent":"Go-http-client/1.1","status":503,"latency":30012881412,"latency_human":"30.012881412s","bytes_in":23114,"bytes_out":19}',
      times(
        60,
        (i) =>
          `{"level":"error","ts":${(1770796190.2 + i * 37.7).toFixed(4)},"logger":"api","msg":"convert HTML to PDF: convert to PDF: process restart before task: restart process: start process: start pinning proxy: pinning proxy already started","trace":"${(0x6c1d0000 + i * 4211).toString(16)}-2a3b-4c5d-8e9f-0a1b2c3d4e5f","remote_ip":"10.42.${i % 6}.${40 + i}","host":"pdf-render.documents.svc.cluster.local:3000","uri":"/forms/chromium/convert/html","method":"POST","path":"/forms/chromium/convert/html","referer":"","user_agent":"Go-http-client/1.1","status":503,"latency":${4100000 + i * 9000},"latency_human":"${(4.1 + i * 0.009).toFixed(3)}ms","bytes_in":${21000 + i * 13},"bytes_out":19}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // An exception thrown in a response callback killed the OpenSearch client's I/O reactor at
    // 07:48. The Apache async client never restarts it: every search since fails locally, without
    // reaching the cluster, which is green. A new process builds a new client.
    id: 'fiftieth-case-search-api-reactor-stopped',
    family: 'wedged-client',
    source: 'https://github.com/elastic/elasticsearch/issues/39946',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'case-search-api',
        running: { startedAt: '2026-02-11T07:00:49Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'production',
          OPENSEARCH_URIS: 'https://vpc-case-search-7hq2.eu-west-2.es.amazonaws.com',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 236,
      },
    ],
    currentLog: log(
      '2026-02-11T07:01:02.114Z  INFO 1 --- [case-search-api] [           main] u.g.c.s.CaseSearchApiApplication         : Started CaseSearchApiApplication in 11.902 seconds (process running for 12.611)',
      times(
        40,
        (i) =>
          `${iso(80 + i * 69, 300 + i)}  INFO 1 --- [case-search-api] [nio-8080-exec-${(i % 10) + 1}] u.g.c.s.web.SearchController            : search q="${['smith', 'CASE-2026-008', 'appeal', 'NI AB12'][i % 4]}" filters=${i % 3} hits=${(i * 37) % 400} took=${12 + (i % 30)}ms`,
      ),
      '2026-02-11T07:48:09.331Z ERROR 1 --- [case-search-api] [/O dispatcher 1] o.a.h.i.n.c.InternalHttpAsyncClient      : I/O reactor terminated abnormally',
      '',
      'org.apache.http.nio.reactor.IOReactorException: I/O dispatch worker terminated abnormally',
      '\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:359)',
      '\tat org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager.execute(PoolingNHttpClientConnectionManager.java:221)',
      '\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase$1.run(CloseableHttpAsyncClientBase.java:64)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: java.lang.NullPointerException: Cannot invoke "uk.gov.cases.search.HighlightMapper.map(java.util.Map)" because "this.highlightMapper" is null',
      '\tat uk.gov.cases.search.AsyncSuggestListener.onSuccess(AsyncSuggestListener.java:47)',
      '\tat org.opensearch.client.RestClient$FailureTrackingResponseListener.onSuccess(RestClient.java:702)',
      '\tat org.opensearch.client.RestClient$1.completed(RestClient.java:406)',
      '\tat org.apache.http.concurrent.BasicFuture.completed(BasicFuture.java:122)',
      '\tat org.apache.http.impl.nio.reactor.BaseIOReactor.readable(BaseIOReactor.java:162)',
      '\t... 4 common frames omitted',
      '',
      times(44, (i) =>
        i % 4 === 0
          ? `${iso(2900 + i * 45, 500 + i)} ERROR 1 --- [case-search-api] [nio-8080-exec-${(i % 10) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalStateException: Request cannot be executed; I/O reactor status: STOPPED] with root cause\n\njava.lang.IllegalStateException: Request cannot be executed; I/O reactor status: STOPPED\n\tat org.apache.http.util.Asserts.check(Asserts.java:46)\n\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase.ensureRunning(CloseableHttpAsyncClientBase.java:90)\n\tat org.apache.http.impl.nio.client.InternalHttpAsyncClient.execute(InternalHttpAsyncClient.java:123)\n\tat org.opensearch.client.RestClient.performRequestAsync(RestClient.java:403)\n\tat org.opensearch.client.RestClient.performRequest(RestClient.java:314)\n\tat org.opensearch.client.transport.rest_client.RestClientTransport.performRequest(RestClientTransport.java:144)\n\tat org.opensearch.client.opensearch.OpenSearchClient.search(OpenSearchClient.java:1224)\n\tat uk.gov.cases.search.CaseSearchService.search(CaseSearchService.java:73)`
          : `${iso(2900 + i * 45, 510 + i)}  WARN 1 --- [case-search-api] [nio-8080-exec-${(i % 10) + 1}] o.s.b.a.health.HealthEndpointSupport     : Health contributor opensearch (opensearch) took 1ms to respond: DOWN java.lang.IllegalStateException: Request cannot be executed; I/O reactor status: STOPPED`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate'],
  },
  {
    // Keycloak rotated the realm's signing key at 07:12. The OIDC gateway fetched the JWKS once at
    // start and keeps the old key set, so every ID token signed with the new key is refused and
    // citizens cannot sign in. Restarting the gateway fetches the current keys.
    id: 'fiftieth-citizen-gateway-token-kid-mismatch',
    family: 'stale-cache',
    source: 'https://github.com/oidcproxydotnet/OidcProxy.Net/issues/242',
    signal: 'Alert',
    containers: [
      {
        name: 'citizen-gateway',
        running: { startedAt: '2026-02-11T07:00:41Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          OidcProxy__Oidc__Authority: 'https://login.services.example.gov.uk/realms/citizens',
          OidcProxy__Oidc__ClientId: 'citizen-gateway',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'GatewaySignInFailures: citizen-gateway /.auth/callback 5xx ratio 0.99 over 15m (all 3 replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(
        20,
        (i) =>
          `info: Yarp.ReverseProxy.Forwarder.HttpForwarder[9]\n      Proxying to http://${['apply-web', 'benefits-web', 'appointments-web'][i % 3]}.citizen.svc.cluster.local/${['apply', 'account', 'appointments'][i % 3]}/${i} HTTP/2 RequestVersionOrLower`,
      ),
      times(
        24,
        (i) =>
          `fail: OidcProxy.Net.Endpoints.CallbackEndpoint[0]\n      Failed to process the identity provider callback.\n      Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'rK3q9xVt0cLm2NwH7bYs5eJu1dPz8aGf', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'Zp4nT8wQ1sXk6vB0mRc3hYe9LgJa2uDf', InternalId: 'Zp4nT8wQ1sXk6vB0mRc3hYe9LgJa2uDf'. , KeyId: Zp4nT8wQ1sXk6vB0mRc3hYe9LgJa2uDf\n      '. Number of keys in TokenValidationParameters: '1'. \n      Number of keys in Configuration: '0'. \n      Exceptions caught:\n       ''.\n      token: '[PII of type 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'. See https://aka.ms/IDX10503 for details.\n         at Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler.ValidateSignature(JsonWebToken jwtToken, TokenValidationParameters validationParameters, BaseConfiguration configuration)\n         at OidcProxy.Net.OpenIdConnect.JwtParser.ParseIdToken(String idToken)\n         at OidcProxy.Net.Endpoints.CallbackEndpoint.Get(HttpContext context)\ninfo: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 GET http://services.example.gov.uk/.auth/callback?state=${(0x1f2e3d + i * 101).toString(16)}&session_state=${(0x9a8b7c + i * 53).toString(16)}&code=[redacted] - 500 0 - ${(38 + (i % 20)).toFixed(4)}ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts wrong (3)
  {
    // Deadline-day load has CoreDNS throttled at its CPU limit: about a third of lookups fail with
    // EAI_AGAIN, for cluster names and external ones alike, from every pod. A restart of this pod
    // changes nothing; restarting them all adds a burst of lookups.
    id: 'fiftieth-benefits-apply-lookups-eagain',
    family: 'dns',
    source: 'https://github.com/dotnet/runtime/issues/98794',
    signal: 'Alert',
    containers: [
      {
        name: 'benefits-apply',
        running: { startedAt: '2026-02-11T07:00:45Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          AddressLookup__BaseUrl: 'https://api.os.uk/search/places/v1/',
          Casework__BaseUrl: 'http://casework-api.casework.svc.cluster.local',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.3.18:8080/health/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 19,
      },
      {
        reason: 'AlertFiring',
        message: 'HighHTTP5xxRate: benefits-apply 5xx ratio 0.31 over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 5 === 1
          ? `fail: Apply.Web.Services.AddressLookupClient[0]\n      Address lookup failed for postcode ${['SW1A 2AA', 'LS1 4DY', 'M1 1AE', 'CF10 1EP'][i % 4]}\n      System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.os.uk:443)\n       ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable\n         at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n         at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)\n         at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)\n         at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n         --- End of inner exception stack trace ---`
          : i % 5 === 3
            ? `fail: Apply.Web.Services.CaseworkClient[0]\n      Submitting application APP-2026-02${40110 + i} failed\n      System.Net.Http.HttpRequestException: Resource temporarily unavailable (casework-api.casework.svc.cluster.local:80)\n       ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable`
            : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 ${i % 2 === 0 ? 'GET' : 'POST'} http://apply.services.example.gov.uk/apply/${['address', 'household', 'submit'][i % 3]} - ${i % 5 === 4 ? 500 : 200} - text/html;+charset=utf-8 ${(120 + ((i * 37) % 900)).toFixed(4)}ms`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The payments CDC connector was re-created this morning and is 90 minutes into the initial
    // snapshot of a 48-million-row table; the warehouse gets nothing until it streams. Restarting
    // the worker throws the snapshot away and starts it again from row one.
    id: 'fiftieth-payments-connect-warehouse-stale',
    family: 'long-running-work',
    source:
      'https://github.com/debezium/debezium/blob/main/debezium-core/src/main/java/io/debezium/relational/RelationalSnapshotChangeEventSource.java',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: '2026-02-11T07:01:14Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          CONNECT_GROUP_ID: 'payments-connect',
          KAFKA_HEAP_OPTS: '-Xms1536m -Xmx1536m',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'WarehouseSyncStale: no new objects under s3://gov-analytics-raw/payments/ for 95m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '[2026-02-11 07:02:01,330] INFO [payments-cdc|task-0] Snapshot step 1 - Preparing (io.debezium.relational.RelationalSnapshotChangeEventSource:115)',
      '[2026-02-11 07:02:01,402] INFO [payments-cdc|task-0] Snapshot step 2 - Determining captured tables (io.debezium.relational.RelationalSnapshotChangeEventSource:124)',
      '[2026-02-11 07:02:01,661] INFO [payments-cdc|task-0] Snapshot step 3 - Locking captured tables [public.payment_events, public.refunds] (io.debezium.relational.RelationalSnapshotChangeEventSource:131)',
      '[2026-02-11 07:02:01,663] INFO [payments-cdc|task-0] Snapshot step 4 - Determining snapshot offset (io.debezium.relational.RelationalSnapshotChangeEventSource:137)',
      '[2026-02-11 07:02:01,702] INFO [payments-cdc|task-0] Snapshot step 5 - Reading structure of captured tables (io.debezium.relational.RelationalSnapshotChangeEventSource:140)',
      '[2026-02-11 07:02:01,889] INFO [payments-cdc|task-0] Snapshot step 6 - Persisting schema history (io.debezium.relational.RelationalSnapshotChangeEventSource:144)',
      '[2026-02-11 07:02:01,890] INFO [payments-cdc|task-0] Snapshot step 7 - Snapshotting data (io.debezium.relational.RelationalSnapshotChangeEventSource:156)',
      '[2026-02-11 07:02:01,891] INFO [payments-cdc|task-0] Creating snapshot worker pool with 1 worker thread(s) (io.debezium.relational.RelationalSnapshotChangeEventSource:167)',
      '[2026-02-11 07:02:01,893] INFO [payments-cdc|task-0] For table \'public.payment_events\' using select statement: \'SELECT "id", "payment_id", "event_type", "amount_pence", "created_at" FROM "public"."payment_events"\' (io.debezium.relational.RelationalSnapshotChangeEventSource:378)',
      "[2026-02-11 07:02:01,899] INFO [payments-cdc|task-0] Exporting data from table 'public.payment_events' (1 of 2 tables) (io.debezium.relational.RelationalSnapshotChangeEventSource:422)",
      times(
        52,
        (i) =>
          `[2026-02-11 ${hms(150 + i * 100)},${100 + i * 17}] INFO [payments-cdc|task-0] \t Exported ${(i + 1) * 580000} of 48117702 records for table 'public.payment_events' after ${hms(
            i * 100 + 28,
          )
            .replace(/^07/, '00')
            .replace(
              /^08/,
              '01',
            )}.${100 + i} (io.debezium.relational.RelationalSnapshotChangeEventSource:457)`,
      ),
      times(
        6,
        (i) =>
          `[2026-02-11 ${hms(5280 + i * 20)},${300 + i}] INFO [payments-cdc|task-0|offsets] WorkerSourceTask{id=payments-cdc-0} Committing offsets for ${((i + 1) * 1000) % 9000} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:233)`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The Keycloak upgrade's schema migration on a large session table takes longer than the
    // liveness probe allows: the kubelet kills it mid-migration, the transaction rolls back, and the
    // next attempt starts over. The old replicas still serve. The probe needs changing by a person;
    // restarting the rollout would take the old replicas down too.
    id: 'fiftieth-keycloak-upgrade-killed-migrating',
    family: 'slow-start',
    source: 'https://github.com/keycloak/keycloak/issues/35261',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 19, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('keycloak', 143, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_HOSTNAME: 'https://login.services.example.gov.uk',
          KC_HEALTH_ENABLED: 'true',
          KC_CACHE_STACK: 'kubernetes',
        },
        args: ['start', '--optimized'],
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 16,
      },
      {
        reason: 'Killing',
        message: 'Container keycloak failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
    ],
    previousLog: log(
      'Updating the configuration and installing your custom providers, if any. Please wait.',
      '2026-02-11 08:19:02,114 INFO  [org.keycloak.quarkus.runtime.storage.database.jpa.QuarkusJpaConnectionProviderFactory] (main) Database info: {databaseUrl=jdbc:postgresql://keycloak-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com:5432/keycloak, databaseUser=keycloak, databaseProduct=PostgreSQL 16.4, databaseDriver=PostgreSQL JDBC Driver 42.7.4}',
      '2026-02-11 08:19:03,902 INFO  [org.keycloak.quarkus.runtime.storage.legacy.liquibase.QuarkusJpaUpdaterProvider] (main) Updating database. Using changelog META-INF/jpa-changelog-master.xml',
      '2026-02-11 08:21:30,004 INFO  [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (Shutdown thread) Shutting down Keycloak',
      "2026-02-11 08:21:30,118 WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': Closing connection in use with an active transaction",
      '2026-02-11 08:21:30,312 INFO  [io.quarkus] (Shutdown thread) Keycloak stopped in 0.298s',
    ),
    accept: ['escalate'],
    tolerated: ['rollback'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- memory, raise right (3)
  {
    // The signature set has grown; clamd holds about 1.1 GiB and reloads concurrently, holding
    // the old and the new engine side by side for a minute. Every daily update now crosses 2Gi.
    id: 'fiftieth-upload-scanner-killed-on-reload',
    family: 'oom-limit',
    source: 'https://github.com/Cisco-Talos/clamav/issues/571',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'clamd',
        running: { startedAt: '2026-02-11T08:14:40Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { CLAMAV_NO_MILTERD: 'true' },
        mounts: [
          { volume: 'clamav-db', path: '/var/lib/clamav' },
          { volume: 'clamd-conf', path: '/etc/clamav' },
        ],
      },
    ],
    volumes: [
      { name: 'clamav-db', persistentVolumeClaim: 'clamav-signatures' },
      { name: 'clamd-conf', configMap: 'clamd-conf' },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Pulled',
        message: 'Container image "clamav/clamav:1.4.2" already present on machine',
        type: 'Normal',
        count: 4,
      },
    ],
    previousLog: log(
      times(
        30,
        (i) =>
          `Wed Feb 11 ${hms(2600 + i * 58)} 2026 -> instream(10.42.${i % 6}.${40 + i}@${41000 + i * 7}): OK`,
      ),
      'Wed Feb 11 08:12:55 2026 -> daily.cld updated (version: 27908, sigs: 2079311, f-level: 90, builder: svc.clamav-publisher)',
      'Wed Feb 11 08:13:02 2026 -> SelfCheck: Database modification detected. Forcing reload.',
      'Wed Feb 11 08:13:02 2026 -> Reading databases from /var/lib/clamav',
      'Wed Feb 11 08:13:05 2026 -> instream(10.42.2.61@41877): OK',
      'Wed Feb 11 08:13:09 2026 -> instream(10.42.4.13@52210): OK',
    ),
    currentLog: log(
      'Wed Feb 11 08:14:40 2026 -> +++ Started at Wed Feb 11 08:14:40 2026',
      'Wed Feb 11 08:14:40 2026 -> clamd daemon 1.4.2 (OS: Linux, ARCH: x86_64, CPU: x86_64)',
      'Wed Feb 11 08:14:40 2026 -> Log file size limited to 4294967295 bytes.',
      'Wed Feb 11 08:14:40 2026 -> Reading databases from /var/lib/clamav',
      'Wed Feb 11 08:15:31 2026 -> Not loading PUA signatures.',
      'Wed Feb 11 08:15:31 2026 -> Bytecode: Security mode set to "TrustSigned".',
      'Wed Feb 11 08:15:42 2026 -> Loaded 8727031 signatures.',
      'Wed Feb 11 08:15:49 2026 -> TCP: Bound to [0.0.0.0]:3310',
      'Wed Feb 11 08:15:49 2026 -> TCP: Setting connection queue length to 200',
      'Wed Feb 11 08:15:49 2026 -> Limits: Global time limit set to 120000 milliseconds.',
      'Wed Feb 11 08:15:49 2026 -> Limits: Global size limit set to 419430400 bytes.',
      'Wed Feb 11 08:15:49 2026 -> Self checking every 600 seconds.',
      times(
        30,
        (i) =>
          `Wed Feb 11 ${hms(4560 + i * 25)} 2026 -> instream(10.42.${i % 6}.${70 + i}@${43000 + i * 11}): OK`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Yesterday a second topic (24 partitions) was added to the warehouse S3 sink. The sink buffers
    // one s3.part.size block per open partition; the heap (75 % of the limit) no longer holds
    // them all. The heap follows the container limit.
    id: 'fiftieth-warehouse-sink-heap-exhausted',
    family: 'oom-heap',
    source: 'https://github.com/confluentinc/kafka-connect-storage-cloud/issues/29',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('connect', 3, 7),
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CONNECT_GROUP_ID: 'warehouse-sink',
          KAFKA_HEAP_OPTS: ' ',
          KAFKA_OPTS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
        },
      },
    ],
    previousLog: log(
      '[2026-02-11 08:24:03,118] INFO S3SinkConnectorConfig values: ',
      '\tflush.size = 50000',
      '\tformat.class = io.confluent.connect.s3.format.parquet.ParquetFormat',
      '\trotate.interval.ms = 600000',
      '\ts3.bucket.name = gov-analytics-raw',
      '\ts3.part.size = 26214400',
      '\ttopics.dir = cdc',
      ' (io.confluent.connect.s3.S3SinkConnectorConfig:376)',
      '[2026-02-11 08:24:04,551] INFO [warehouse-s3-sink|task-0] [Consumer clientId=connector-consumer-warehouse-s3-sink-0, groupId=connect-warehouse-s3-sink] Adding newly assigned partitions: casework.public.documents-0, casework.public.documents-1, casework.public.documents-2, casework.public.documents-3, casework.public.documents-4, casework.public.documents-5, casework.public.documents-6, casework.public.documents-7, casework.public.documents-8, casework.public.documents-9, casework.public.documents-10, casework.public.documents-11, casework.public.evidence_files-0, casework.public.evidence_files-1, casework.public.evidence_files-2, casework.public.evidence_files-3, casework.public.evidence_files-4, casework.public.evidence_files-5, casework.public.evidence_files-6, casework.public.evidence_files-7, casework.public.evidence_files-8, casework.public.evidence_files-9, casework.public.evidence_files-10, casework.public.evidence_files-11, casework.public.evidence_files-12, casework.public.evidence_files-13, casework.public.evidence_files-14, casework.public.evidence_files-15, casework.public.evidence_files-16, casework.public.evidence_files-17, casework.public.evidence_files-18, casework.public.evidence_files-19, casework.public.evidence_files-20, casework.public.evidence_files-21, casework.public.evidence_files-22, casework.public.evidence_files-23 (org.apache.kafka.clients.consumer.internals.ConsumerRebalanceListenerInvoker:57)',
      times(
        20,
        (i) =>
          `[2026-02-11 08:24:${dd(5 + i * 2)},${200 + i * 9}] INFO [warehouse-s3-sink|task-0] Opening record writer for: cdc/casework.public.${i % 2 === 0 ? 'evidence_files' : 'documents'}/partition=${i % 12}/casework.public.${i % 2 === 0 ? 'evidence_files' : 'documents'}+${i % 12}+${(18822140 + i * 911).toString()}.snappy.parquet (io.confluent.connect.s3.format.parquet.ParquetRecordWriterProvider:74)`,
      ),
      '[2026-02-11 08:24:51,902] ERROR [warehouse-s3-sink|task-0] WorkerSinkTask{id=warehouse-s3-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:212)',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:71)',
      '\tat java.base/java.nio.ByteBuffer.allocate(ByteBuffer.java:391)',
      '\tat io.confluent.connect.s3.storage.S3OutputStream.<init>(S3OutputStream.java:102)',
      '\tat io.confluent.connect.s3.storage.S3Storage.create(S3Storage.java:197)',
      '\tat io.confluent.connect.s3.format.parquet.ParquetRecordWriterProvider$1.write(ParquetRecordWriterProvider.java:86)',
      '\tat io.confluent.connect.s3.TopicPartitionWriter.writeRecord(TopicPartitionWriter.java:532)',
      '\tat io.confluent.connect.s3.S3SinkTask.put(S3SinkTask.java:229)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Deadline day: active citizen sessions went from about 70,000 to 190,000. Keycloak keeps them
    // in its Infinispan caches on a heap sized at 70 % of the limit, which no longer holds its share.
    id: 'fiftieth-keycloak-heap-deadline-sessions',
    family: 'oom-heap',
    source:
      'https://docs.redhat.com/en/documentation/red_hat_build_of_keycloak/24.0/html/high_availability_guide/concepts-memory-and-cpu-sizing-',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('keycloak', 3, 4),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '4',
        env: {
          KC_DB: 'postgres',
          KC_CACHE: 'ispn',
          KC_CACHE_STACK: 'kubernetes',
          JAVA_OPTS_KC_HEAP: '-XX:MaxRAMPercentage=70 -XX:MinRAMPercentage=70 -XX:InitialRAMPercentage=50',
        },
        args: ['start', '--optimized'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KeycloakActiveSessionsHigh: realm citizens 191204 active user sessions (7-day p95 71330)',
        on: 'Deployment',
      },
    ],
    previousLog: log(
      '2026-02-11 08:19:12,880 INFO  [io.quarkus] (main) Keycloak 26.0.7 on JVM (powered by Quarkus 3.15.1) started in 31.402s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.',
      '2026-02-11 08:19:14,002 INFO  [org.infinispan.CLUSTER] (jgroups-8,keycloak-5b8c7d9f6-r2p4x-41893) ISPN000094: Received new cluster view for channel ISPN: [keycloak-5b8c7d9f6-h7k2m-22310|14] (3) [keycloak-5b8c7d9f6-h7k2m-22310, keycloak-5b8c7d9f6-x9w4t-17722, keycloak-5b8c7d9f6-r2p4x-41893]',
      '2026-02-11 08:19:14,510 INFO  [org.infinispan.CLUSTER] (non-blocking-thread--p2-t3) ISPN100002: [Context=sessions] Starting rebalance with members [keycloak-5b8c7d9f6-h7k2m-22310, keycloak-5b8c7d9f6-x9w4t-17722, keycloak-5b8c7d9f6-r2p4x-41893], phase READ_OLD_WRITE_ALL, topology id 58',
      '2026-02-11 08:19:58,771 INFO  [org.infinispan.CLUSTER] (non-blocking-thread--p2-t1) ISPN100010: Finished rebalance with members [keycloak-5b8c7d9f6-h7k2m-22310, keycloak-5b8c7d9f6-x9w4t-17722, keycloak-5b8c7d9f6-r2p4x-41893], topology id 58',
      times(
        40,
        (i) =>
          `2026-02-11 08:${dd(20 + Math.floor(i / 12))}:${dd((i * 5) % 60)},${100 + i * 3} INFO  [org.keycloak.events] (executor-thread-${(i % 60) + 1}) type="LOGIN", realmId="6f1d2c0a-8e4b-4d7a-9a61-0b3c5d7e9f21", realmName="citizens", clientId="${['benefits-web', 'childcare-web', 'apply-web'][i % 3]}", userId="${(0x6d31a000 + i * 577).toString(16)}-51f2-4c6d-8e0a-b7c9d1e2f3a4", ipAddress="10.42.${i % 8}.${100 + i}", auth_method="openid-connect", identity_provider="govuk-one-login"`,
      ),
      '2026-02-11 08:23:41,902 WARN  [io.vertx.core.impl.BlockedThreadChecker] (vertx-blocked-thread-checker) Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 2411 ms, time limit is 2000 ms',
      "2026-02-11 08:23:47,118 ERROR [org.infinispan.interceptors.impl.InvocationContextInterceptor] (non-blocking-thread--p2-t4) ISPN000136: Error executing command PutKeyValueCommand on Cache 'sessions', writing keys [6d31f000-51f2-4c6d-8e0a-b7c9d1e2f3a4]: java.lang.OutOfMemoryError: Java heap space",
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'scale-up'],
  },

  // ---------------------------------------------------------------- memory, raise wrong (3)
  {
    // A caseworker started a bulk reassessment that built one process instance with a huge
    // multi-instance execution tree. The job executor loads it on every start and the 1 GiB heap,
    // fixed by -Xmx, runs out; the container limit is not what binds.
    id: 'fiftieth-casework-engine-heap-fixed',
    family: 'oom-heap-capped',
    source: 'https://github.com/camunda-community-hub/camunda-7-community-helm/issues/64',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('camunda', 3, 6),
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms1g -Xmx1g -XX:+ExitOnOutOfMemoryError',
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://casework-db.cluster-c9x2kq7v1m3n.eu-west-2.rds.amazonaws.com:5432/casework',
          CAMUNDA_BPM_JOB_EXECUTION_ENABLED: 'true',
        },
      },
    ],
    previousLog: log(
      "2026-02-11T08:23:10.442Z  INFO 1 --- [           main] org.camunda.bpm.engine.cfg               : ENGINE-12003 Plugin 'ProcessApplicationEventListenerPlugin' activated on process engine 'default'",
      '2026-02-11T08:23:12.118Z  INFO 1 --- [           main] org.camunda.bpm.engine                   : ENGINE-00001 Process Engine default created.',
      '2026-02-11T08:23:14.902Z  INFO 1 --- [           main] org.camunda.bpm.engine.jobexecutor       : ENGINE-14014 Starting up the JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor].',
      '2026-02-11T08:23:14.910Z  INFO 1 --- [ingJobExecutor]] org.camunda.bpm.engine.jobexecutor       : ENGINE-14018 JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor] starting to acquire jobs',
      '2026-02-11T08:23:15.311Z  INFO 1 --- [           main] u.g.c.casework.CaseworkEngineApplication : Started CaseworkEngineApplication in 14.882 seconds (process running for 15.902)',
      '2026-02-11T08:23:15.880Z  INFO 1 --- [aTaskExecutor-1] u.g.c.c.bulk.ReassessmentDelegate        : reassessment batch RB-2026-0211-01: expanding 184220 open cases',
      '2026-02-11T08:24:02.771Z ERROR 1 --- [aTaskExecutor-2] org.camunda.bpm.engine.jobexecutor       : ENGINE-14006 Exception while executing job 7f3c2a10-0711-11f1-9c1e-0242ac120007: ',
      '',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3689)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:238)',
      '\tat java.base/java.util.ArrayList.add(ArrayList.java:486)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.restoreProcessInstance(ExecutionEntity.java:1353)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.ensureExecutionTreeInitialized(ExecutionEntity.java:1286)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.ensureProcessInstanceInitialized(ExecutionEntity.java:794)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.getProcessInstance(ExecutionEntity.java:783)',
      '\tat org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity.getRootProcessInstanceId(ExecutionEntity.java:1776)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // One uploaded DOCX makes this LibreOffice 7.2 balloon to many gigabytes (fixed in 7.3). The
    // conversion queue redelivers the same job after every kill; any limit is reached in seconds.
    id: 'fiftieth-doc-convert-killed-same-job',
    family: 'oom-poison-input',
    source: 'https://github.com/unoconv/unoserver/issues/31',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'doc-convert',
        running: { startedAt: '2026-02-11T08:26:02Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 7,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { UNOSERVER_PORT: '2003', LIBREOFFICE_VERSION: '7.2.7.2', CONVERT_QUEUE: 'documents.convert' },
        mounts: [{ volume: 'work', path: '/work' }],
      },
    ],
    volumes: [{ name: 'work', emptyDir: { sizeLimit: '4Gi' } }],
    previousLog: log(
      '2026-02-11 08:23:31,004 INFO unoserver: Starting unoserver.',
      '2026-02-11 08:23:31,006 INFO unoserver: Command: /usr/lib/libreoffice/program/soffice --headless --invisible --nocrashreport --nodefault --nologo --nofirststartwizard --norestore -env:UserInstallation=file:///tmp/tmpq8x1k2l0 --accept=socket,host=127.0.0.1,port=2003,tcpNoDelay=1;urp;StarOffice.ComponentContext',
      '2026-02-11 08:23:34,110 INFO unoserver: Started.',
      '2026-02-11 08:23:34,512 INFO convert.worker: consuming documents.convert (prefetch=1)',
      '2026-02-11 08:23:34,630 INFO convert.worker: job conv_7f3a91c2 received (delivery 8) file=EV-2026-0290117/tenancy-agreement.docx size=18.2MB target=pdf',
      '2026-02-11 08:23:34,632 INFO unoserver: Opening /work/conv_7f3a91c2/tenancy-agreement.docx for input',
    ),
    currentLog: log(
      '2026-02-11 08:26:02,881 INFO unoserver: Starting unoserver.',
      '2026-02-11 08:26:05,902 INFO unoserver: Started.',
      '2026-02-11 08:26:06,330 INFO convert.worker: consuming documents.convert (prefetch=1)',
      '2026-02-11 08:26:06,441 INFO convert.worker: job conv_7f3a91c2 received (delivery 9) file=EV-2026-0290117/tenancy-agreement.docx size=18.2MB target=pdf',
      '2026-02-11 08:26:06,443 INFO unoserver: Opening /work/conv_7f3a91c2/tenancy-agreement.docx for input',
    ),
    accept: ['escalate'],
  },
  {
    // Karpenter consolidated appointments-web onto a 48-vCPU node. The generated puma.rb sizes the
    // cluster from Concurrent.physical_processor_count (the host's, not the pod's), so Puma forks 24
    // workers inside a 4Gi limit. On the old 8-vCPU nodes it forked 4.
    id: 'fiftieth-appointments-web-killed-on-boot',
    family: 'oom-sized-from-host',
    source: 'https://github.com/rails/rails/pull/50669',
    signal: 'OOMKilled',
    containers: [
      {
        ...crashed('appointments-web', 137, 6),
        last: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '4Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: { RAILS_ENV: 'production', RAILS_MAX_THREADS: '3', RAILS_LOG_TO_STDOUT: '1' },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
    previousLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *  Min threads: 3',
      '[1] *  Max threads: 3',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 24',
      '[1] *     Restarts: (✔) hot (✖) phased',
      '[1] * Preloading application',
      '[1] * Listening on http://0.0.0.0:3000',
      '[1] Use Ctrl-C to stop',
      times(24, (i) => `[1] - Worker ${i} (PID: ${14 + i * 3}) booted in 0.${dd(8 + i)}s, phase: 0`),
      times(
        16,
        (i) =>
          `I, [2026-02-11T08:22:${dd(10 + i * 2)}.${300 + i * 7} #${14 + (i % 24) * 3}]  INFO -- : [${(0x7a2b0000 + i * 5003).toString(16)}-cc03] Completed 200 OK in ${220 + ((i * 41) % 500)}ms (Views: ${80 + (i % 40)}.2ms | ActiveRecord: ${9 + (i % 12)}.4ms | Allocations: ${61000 + i * 213})`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks right (3), wrong (1)
  {
    // The ingress controller's new revision mounts the CRS 4 rule set at paranoia level 2; the
    // free-text declaration fields of the claim forms now score past the inbound threshold and
    // every submission is refused with 403. The previous revision ran CRS 3 without trouble.
    id: 'fiftieth-ingress-waf-refuses-declarations',
    family: 'bad-rollout',
    source: 'https://github.com/flarum/framework/issues/2994',
    signal: 'Alert',
    rollout: { minutesAgo: 24, addedConfigMapVolumes: ['ingress-modsecurity-crs4'] },
    containers: [
      {
        name: 'controller',
        running: { startedAt: '2026-02-11T08:06:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: [
          '/nginx-ingress-controller',
          '--publish-service=$(POD_NAMESPACE)/ingress-nginx-external',
          '--election-id=ingress-nginx-external-leader',
          '--controller-class=k8s.io/ingress-nginx-external',
          '--configmap=$(POD_NAMESPACE)/ingress-nginx-external',
        ],
        mounts: [{ volume: 'modsecurity-crs', path: '/etc/nginx/owasp-modsecurity-crs' }],
      },
    ],
    volumes: [{ name: 'modsecurity-crs', configMap: 'ingress-modsecurity-crs4' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'FormSubmissionsRefused: ingress-nginx-external POST /apply/* 403 ratio 0.64 over 15m (was 0.00)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'I0211 08:06:14.118402       7 controller.go:193] "Configuration changes detected, backend reload required"',
      'I0211 08:06:14.902114       7 controller.go:213] "Backend successfully reloaded"',
      times(56, (i) =>
        i % 4 === 2
          ? `2026/02/11 ${hms(3980 + i * 25)} [error] ${31 + (i % 4)}#${31 + (i % 4)}: *${880120 + i * 17} [client 10.0.${i % 3}.${40 + i}] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator \`Ge' with parameter \`5' against variable \`TX:BLOCKING_INBOUND_ANOMALY_SCORE' (Value: \`10' ) [file "/etc/nginx/owasp-modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf"] [line "222"] [id "949110"] [rev ""] [msg "Inbound Anomaly Score Exceeded (Total Score: 10)"] [data ""] [severity "0"] [ver "OWASP_CRS/4.7.0"] [maturity "0"] [accuracy "0"] [tag "anomaly-evaluation"] [tag "OWASP_CRS"] [hostname "10.42.1.17"] [uri "/apply/declaration"] [unique_id "${177079600 + i * 13}"] [ref ""], client: 10.0.${i % 3}.${40 + i}, server: apply.services.example.gov.uk, request: "POST /apply/declaration HTTP/2.0", host: "apply.services.example.gov.uk", referrer: "https://apply.services.example.gov.uk/apply/declaration"`
          : i % 4 === 3
            ? `10.0.${i % 3}.${40 + i} - - [11/Feb/2026:${hms(3980 + i * 25)} +0000] "POST /apply/declaration HTTP/2.0" 403 146 "https://apply.services.example.gov.uk/apply/declaration" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X)" 2211 0.002 [citizen-apply-web-80] [] - - - - ${(0x3f1e0000 + i * 3571).toString(16)}9c4e1f0a2b3d4c5e6f708192`
            : `10.0.${i % 3}.${40 + i} - - [11/Feb/2026:${hms(3980 + i * 25)} +0000] "GET /apply/${['household', 'income', 'check-answers'][i % 3]} HTTP/2.0" 200 ${9800 + i * 7} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 412 0.0${40 + (i % 50)} [citizen-apply-web-80] [] 10.42.${i % 5}.${20 + i}:8000 ${9800 + i * 7} 0.0${38 + (i % 50)} 200 ${(0x5a2b0000 + i * 3571).toString(16)}7d1e2f3a4b5c6d7e8f901a2b`,
      ),
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // The new appeals release registers a background scanner that needs the ClamAV client, but the
    // client registration never made it into Program.cs: the host dies at start. Old pods still
    // serve while the rollout is stuck.
    id: 'fiftieth-appeals-web-host-start-failure',
    family: 'bad-rollout',
    source: 'https://github.com/isaacrlevin/presencelight/issues/132',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 12, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('appeals-web', 134, 6),
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', ASPNETCORE_URLS: 'http://+:8080' },
      },
    ],
    previousLog: log(
      'info: Microsoft.EntityFrameworkCore.Migrations[20405]',
      '      No migrations were applied. The database is already up to date.',
      "Unhandled exception. System.InvalidOperationException: Unable to resolve service for type 'nClam.IClamClient' while attempting to activate 'Appeals.Web.Evidence.EvidenceScanWorker'.",
      '   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites(ServiceIdentifier serviceIdentifier, Type implementationType, CallSiteChain callSiteChain, ParameterInfo[] parameters, Boolean throwIfCallSiteNotFound)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateConstructorCallSite(ResultCache lifetime, ServiceIdentifier serviceIdentifier, Type implementationType, CallSiteChain callSiteChain)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.TryCreateExact(ServiceDescriptor descriptor, ServiceIdentifier serviceIdentifier, CallSiteChain callSiteChain, Int32 slot)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.TryCreateEnumerable(ServiceIdentifier serviceIdentifier, CallSiteChain callSiteChain)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateCallSite(ServiceIdentifier serviceIdentifier, CallSiteChain callSiteChain)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceProvider.CreateServiceAccessor(ServiceIdentifier serviceIdentifier)',
      '   at System.Collections.Concurrent.ConcurrentDictionary`2.GetOrAdd(TKey key, Func`2 valueFactory)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceProvider.GetService(ServiceIdentifier serviceIdentifier, ServiceProviderEngineScope serviceProviderEngineScope)',
      '   at Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService(IServiceProvider provider, Type serviceType)',
      '   at Microsoft.Extensions.Hosting.Internal.Host.StartAsync(CancellationToken cancellationToken)',
      '   at Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(IHost host, CancellationToken token)',
      '   at Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.Run(IHost host)',
      '   at Program.<Main>$(String[] args) in /src/Appeals.Web/Program.cs:line 94',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The renewals release renamed a service object's file without renaming the class; production
    // eager loading refuses to boot. The previous image is fine.
    id: 'fiftieth-renewals-web-boot-name-error',
    family: 'bad-rollout',
    source: 'https://github.com/exercism/website/issues/7733',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 8, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('renewals-web', 1, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { RAILS_ENV: 'production', WEB_CONCURRENCY: '3', RAILS_MAX_THREADS: '5' },
      },
    ],
    previousLog: log(
      '[1] Puma starting in cluster mode...',
      '[1] * Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")',
      '[1] *  Min threads: 5',
      '[1] *  Max threads: 5',
      '[1] *  Environment: production',
      '[1] *   Master PID: 1',
      '[1] *      Workers: 3',
      '[1] *     Restarts: (✔) hot (✖) phased',
      '[1] * Preloading application',
      "[1] ! Unable to load application: Zeitwerk::NameError: expected file /rails/app/services/renewals/eligibility_check.rb to define constant Renewals::EligibilityCheck, but didn't",
      'bundler: failed to load command: puma (/usr/local/bundle/bin/puma)',
      "/usr/local/bundle/gems/zeitwerk-2.6.18/lib/zeitwerk/cref.rb:63:in `const_get': expected file /rails/app/services/renewals/eligibility_check.rb to define constant Renewals::EligibilityCheck, but didn't (Zeitwerk::NameError)",
      "\tfrom /usr/local/bundle/gems/zeitwerk-2.6.18/lib/zeitwerk/loader/eager_load.rb:173:in `block in actual_eager_load_dir'",
      "\tfrom /usr/local/bundle/gems/zeitwerk-2.6.18/lib/zeitwerk/loader/helpers.rb:47:in `block in ls'",
      "\tfrom /usr/local/bundle/gems/zeitwerk-2.6.18/lib/zeitwerk/loader/eager_load.rb:16:in `eager_load'",
      "\tfrom /usr/local/bundle/gems/railties-7.2.2/lib/rails/application/finisher.rb:77:in `block in <module:Finisher>'",
      "\tfrom /rails/config/environment.rb:5:in `<main>'",
      "\tfrom /usr/local/bundle/gems/puma-6.4.3/lib/puma/launcher.rb:203:in `run'",
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // Wrong rollback. The casework release 38 minutes ago ran its Flyway migration (V42) and the
    // Flowable 7.1 schema upgrade; pods served fine. At 08:00 the internal RabbitMQ server
    // certificate expired; pods that restart since (this one, after a consolidation) cannot open
    // their AMQP connection. The old image would meet the same certificate and a newer schema.
    id: 'fiftieth-casework-flowable-amqp-handshake',
    family: 'certificate',
    source: 'https://github.com/opensearch-project/security/issues/870',
    signal: 'CrashLoopBackOff',
    rollout: { minutesAgo: 38, previousTag: '2.3.0' },
    containers: [
      {
        ...crashed('casework-flowable', 1, 4),
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_PROFILES_ACTIVE: 'production',
          SPRING_RABBITMQ_HOST: 'rabbitmq.messaging.svc.cluster.local',
          SPRING_RABBITMQ_PORT: '5671',
          SPRING_RABBITMQ_SSL_ENABLED: 'true',
          FLOWABLE_DATABASE_SCHEMA_UPDATE: 'true',
        },
      },
    ],
    previousLog: log(
      '2026-02-11T08:25:41.202Z  INFO 1 --- [           main] o.f.c.i.db.DbSqlSessionFactory           : Using database type: postgres',
      '2026-02-11T08:25:43.118Z  INFO 1 --- [           main] o.f.core.internal.command.DbValidate     : Successfully validated 42 migrations (execution time 00:00.061s)',
      '2026-02-11T08:25:43.140Z  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Current version of schema "casework": 42',
      '2026-02-11T08:25:43.141Z  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Schema "casework" is up to date. No migration necessary.',
      '2026-02-11T08:25:47.902Z  INFO 1 --- [           main] o.f.s.b.e.EventRegistryAutoConfiguration : Event registry engine default created',
      '2026-02-11T08:25:49.330Z  INFO 1 --- [           main] o.f.engine.impl.ProcessEngineImpl        : ProcessEngine default created',
      '2026-02-11T08:25:50.114Z  INFO 1 --- [           main] o.s.a.r.c.CachingConnectionFactory       : Attempting to connect to: [rabbitmq.messaging.svc.cluster.local:5671]',
      '2026-02-11T08:25:50.402Z ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      '',
      'org.springframework.amqp.AmqpIOException: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:70)',
      '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:661)',
      '\tat org.springframework.amqp.rabbit.core.RabbitAdmin.initialize(RabbitAdmin.java:685)',
      'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
      '\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:383)',
      '\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1357)',
      'Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:318)',
      'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)',
      'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Feb 11 08:00:00 UTC 2026',
      '\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)',
      '\tat java.base/sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:675)',
      '\t... 31 common frames omitted',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // Deadline day: evidence uploads run at four times the usual rate. Every scan worker is busy,
    // each scan takes its usual second or so, nothing fails; the queue simply grows.
    id: 'fiftieth-upload-scan-workers-behind',
    family: 'load',
    source: 'https://github.com/kbudde/rabbitmq_exporter/commit/1320460995bb5b737a611a31c740add67ae2fe3d',
    signal: 'Alert',
    containers: [
      {
        name: 'scan-worker',
        running: { startedAt: '2026-02-11T07:00:58Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { SCAN_QUEUE: 'uploads.scan', CLAMD_ADDRESS: '127.0.0.1:3310', PREFETCH: '4' },
      },
      {
        name: 'clamd',
        running: { startedAt: '2026-02-11T07:00:58Z' },
        ready: true,
        memoryLimit: '3Gi',
        cpuLimit: '2',
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitMQQueueBacklog: queue uploads.scan has 18420 ready messages, growing by ~600/min for 20m; 6 consumers, consumer utilisation 1.00',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        90,
        (i) =>
          `{"timestamp": "${iso(5250 + Math.floor(i * 1.2), (i * 211) % 1000)}", "level": "info", "logger": "scanworker", "event": "scan complete", "upload_id": "EV-2026-02${90000 + i * 3}", "bytes": ${180000 + ((i * 7919) % 4200000)}, "result": "OK", "clamd_ms": ${880 + ((i * 131) % 520)}, "queue_wait_s": ${1090 + Math.floor(i / 3)}}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // Deadline day: the apply service takes 3.4 times its usual peak. Requests are quick once Puma
    // picks them up, but they queue for seconds first; CPU is at the limit on every replica.
    id: 'fiftieth-apply-web-queueing-deadline',
    family: 'load',
    source: 'https://github.com/rubygems/rubygems.org/pull/5945',
    signal: 'Alert',
    containers: [
      {
        name: 'apply-web',
        running: { startedAt: '2026-02-11T07:00:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { RAILS_ENV: 'production', WEB_CONCURRENCY: '2', RAILS_MAX_THREADS: '5' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HighRequestQueueTime: apply-web p95 request queue time 2.9s over 10m (request rate 3.4x the 7-day p95; CPU 98% of limit on 6/6 replicas)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        100,
        (i) =>
          `method=${i % 3 === 0 ? 'POST' : 'GET'} path=/apply/${['household', 'income', 'childcare-costs', 'check-answers', 'submit'][i % 5]} format=html controller=Apply::${['Household', 'Income', 'ChildcareCosts', 'CheckAnswers', 'Submissions'][i % 5]}Controller action=${i % 3 === 0 ? 'create' : 'show'} status=${i % 5 === 4 && i % 3 === 0 ? 302 : 200} allocations=${30000 + i * 71} duration=${(140 + ((i * 37) % 160)).toFixed(2)} view=${(60 + ((i * 13) % 70)).toFixed(2)} db=${(8 + ((i * 7) % 30)).toFixed(2)} queue_time=${1900 + ((i * 97) % 1400)} request_id=${(0x4d3c0000 + i * 6007).toString(16)}-aa`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // The node's kubelet stopped posting status at 07:55 (the instance is still running but
    // unreachable); its pods are marked for eviction and nothing on it can be trusted.
    id: 'fiftieth-case-notes-node-unreachable',
    family: 'node-unhealthy',
    source: 'https://kubernetes.io/docs/reference/node/node-status/',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'case-notes-api',
        running: { startedAt: '2026-02-11T07:00:50Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '500m',
        env: { ASPNETCORE_ENVIRONMENT: 'Production' },
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
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod casework/case-notes-api-6b7c8d9f4-jx2vq',
        type: 'Normal',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 ${i % 2 === 0 ? 'GET' : 'POST'} http://case-notes-api.casework.svc.cluster.local/cases/CASE-2026-00${81200 + i}/notes - ${i % 2 === 0 ? 200 : 201} - application/json;+charset=utf-8 ${(11 + ((i * 7) % 40)).toFixed(4)}ms`,
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
    tolerated: ['escalate'],
  },
  {
    // The node's root volume hit I/O errors and the kernel remounted it read-only; the kubelet can
    // no longer prepare containers there. Other nodes are fine.
    id: 'fiftieth-letters-pdf-node-read-only',
    family: 'node-unhealthy',
    source: 'https://github.com/kubernetes/kubernetes/issues/12905',
    signal: 'CreateContainerError',
    containers: [
      {
        name: 'letters-pdf',
        waiting: {
          reason: 'CreateContainerError',
          message:
            'failed to generate container "9d1f3a7c2b4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7" spec: failed to apply OCI options: failed to mkdir "/var/lib/kubelet/pods/5a7c9e1b-3d2f-4b6a-8c0e-1f2a3b4c5d6e/volumes/kubernetes.io~empty-dir/tmp": mkdir /var/lib/kubelet/pods/5a7c9e1b-3d2f-4b6a-8c0e-1f2a3b4c5d6e/volumes/kubernetes.io~empty-dir/tmp: read-only file system',
        },
        last: { reason: 'Error', exitCode: 1 },
        restarts: 2,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { WKHTMLTOPDF_PATH: '/usr/local/bin/wkhtmltopdf' },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '512Mi' } }],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
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
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'Failed',
        message:
          'Error: failed to generate container "9d1f3a7c2b4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7" spec: failed to apply OCI options: failed to mkdir "/var/lib/kubelet/pods/5a7c9e1b-3d2f-4b6a-8c0e-1f2a3b4c5d6e/volumes/kubernetes.io~empty-dir/tmp": mkdir /var/lib/kubelet/pods/5a7c9e1b-3d2f-4b6a-8c0e-1f2a3b4c5d6e/volumes/kubernetes.io~empty-dir/tmp: read-only file system',
        type: 'Warning',
        count: 34,
      },
      {
        reason: 'Pulled',
        message:
          'Container image "registry.tools.example.gov.uk/documents/letters-pdf:3.8.2" already present on machine',
        type: 'Normal',
        count: 34,
      },
    ],
    previousLog: log(
      '[2026-02-11 08:02:11 +0000] [1] [INFO] Starting gunicorn 22.0.0',
      '[2026-02-11 08:02:11 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 08:03:40 +0000] [7] [ERROR] rendering failed template=award-notice case=CASE-2026-0081302',
      'Traceback (most recent call last):',
      '  File "/srv/letters/render.py", line 61, in render',
      '    with tempfile.NamedTemporaryFile(suffix=".html", dir="/tmp") as src:',
      '  File "/usr/local/lib/python3.12/tempfile.py", line 577, in NamedTemporaryFile',
      '    file = _io.open(dir, mode, buffering=buffering,',
      "OSError: [Errno 30] Read-only file system: '/tmp/tmp3k9x1q2w.html'",
      '[2026-02-11 08:03:41 +0000] [1] [ERROR] Worker (pid:7) exited with code 1',
      '[2026-02-11 08:03:41 +0000] [1] [ERROR] Shutting down: Master',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes (2)
  {
    // The Rails fragment cache's Redis was created with noeviction; it is full, every cache write
    // is refused and pages render uncached. It holds nothing but the cache.
    id: 'fiftieth-blue-badge-web-cache-writes-refused',
    family: 'cache-full',
    source: 'https://github.com/EBWiki/EBWiki/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'blue-badge-web',
        running: { startedAt: '2026-02-11T07:00:48Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          RAILS_ENV: 'production',
          REDIS_CACHE_URL: 'redis://blue-badge-cache.citizen.svc.cluster.local:6379/0',
          SESSION_STORE: 'cookie',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: blue-badge-cache used_memory 100% of maxmemory (2gb), maxmemory-policy noeviction, rejected writes 1.3k/min',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        i % 3 === 0
          ? `E, [2026-02-11T${hms(4200 + i * 20)}.${200 + i} #${10 + (i % 3)}] ERROR -- : [${(0x2c4d0000 + i * 4001).toString(16)}-dd04] RedisCacheStore: write_entry failed, returned false: Redis::CommandError: OOM command not allowed when used memory > 'maxmemory'.`
          : `I, [2026-02-11T${hms(4200 + i * 20)}.${210 + i} #${10 + (i % 3)}]  INFO -- : [${(0x2c4d0000 + i * 4001).toString(16)}-dd04] Completed 200 OK in ${420 + ((i * 59) % 600)}ms (Views: ${380 + ((i * 53) % 540)}.7ms | ActiveRecord: ${22 + (i % 30)}.1ms | Allocations: ${120000 + i * 311})`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // The session Redis is full under the deadline-day surge and refuses new sessions; it holds
    // every signed-in citizen's session and their half-completed application drafts. Flushing it
    // signs everyone out and throws the drafts away.
    id: 'fiftieth-student-support-web-session-save-refused',
    family: 'cache-full',
    source: 'https://github.com/redis/redis-py/issues/817',
    signal: 'Alert',
    containers: [
      {
        name: 'student-support-web',
        running: { startedAt: '2026-02-11T07:00:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'support.settings.production',
          SESSION_ENGINE: 'django.contrib.sessions.backends.cache',
          SESSION_CACHE_ALIAS: 'sessions',
          SESSIONS_REDIS_URL: 'rediss://master.support-sessions.x1k9qa.euw2.cache.amazonaws.com:6379/0',
        },
        args: ['gunicorn', 'support.wsgi', '--workers', '4', '--bind', '0.0.0.0:8000'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryFull: support-sessions used_memory 100% of maxmemory (6gb), maxmemory-policy noeviction, 412k keys (TTL 24h)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.${i % 5}.${30 + i} - - [11/Feb/2026:${hms(3000 + i * 50)} +0000] "GET /application/${['course', 'residency', 'household-income', 'review'][i % 4]} HTTP/1.1" 200 ${11200 + i * 5} "-" "Mozilla/5.0"`,
      ),
      '2026-02-11 08:16:02,311 ERROR django.request: Internal Server Error: /sign-in/callback',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
      '    response = get_response(request)',
      '  File "/usr/local/lib/python3.12/site-packages/django/contrib/sessions/middleware.py", line 61, in process_response',
      '    request.session.save()',
      '  File "/usr/local/lib/python3.12/site-packages/django/contrib/sessions/backends/cache.py", line 59, in save',
      '    result = func(',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/cache.py", line 29, in _decorator',
      '    return method(self, *args, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/client/default.py", line 178, in set',
      '    return bool(client.set(nkey, nvalue, nx=nx, px=timeout, xx=xx))',
      "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
      times(30, (i) =>
        i % 2 === 0
          ? `2026-02-11 ${hms(4600 + i * 26)},${100 + i * 9} ERROR django.request: Internal Server Error: /${['sign-in/callback', 'application/residency', 'application/household-income'][i % 3]}\nredis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.`
          : `10.42.${i % 5}.${70 + i} - - [11/Feb/2026:${hms(4600 + i * 26)} +0000] "POST /${['sign-in/callback', 'application/residency', 'application/household-income'][i % 3]} HTTP/1.1" 500 145 "-" "Mozilla/5.0"`,
      ),
    ),
    accept: ['escalate'],
  },
];
