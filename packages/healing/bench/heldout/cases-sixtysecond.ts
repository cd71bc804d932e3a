import { crashLoop, type HeldOutCase, type HeldOutNode, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` items built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(n).padStart(2, '0');

/** Milliseconds as three digits. */
const ms3 = (n: number): string => String(Math.abs(n) % 1000).padStart(3, '0');

/** `HH:MM:SS` for `s` seconds after 06:00:00 on the case's day. */
const hms = (s: number): string =>
  `${dd(6 + Math.floor(s / 3600))}:${dd(Math.floor((s % 3600) / 60))}:${dd(s % 60)}`;

/** ISO-8601 UTC with milliseconds, `s` seconds after 06:00:00Z on 2026-02-11. */
const iso = (s: number, ms = 0): string => `2026-02-11T${hms(s)}.${ms3(ms)}Z`;

/** `2026-02-11 HH:MM:SS.mmm` (or `,mmm`), as Spring Boot, Quarkus, Mule and Python logging print it. */
const stamp = (s: number, ms = 0, sep = '.'): string => `2026-02-11 ${hms(s)}${sep}${ms3(ms)}`;

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
 * A sixty-second batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at an insurance company on EKS, the ordinary
 * mix an on-call rotation sees rather than a contest of tricks. Quote and rating: a Quarkus quote API
 * (SmallRye Fault Tolerance bulkhead, the Vert.x Redis client on ElastiCache) in front of a Drools
 * rating engine that compiles decision tables into a KIE base. Policy administration: a vendor
 * policy-admin microservice on WebLogic 14 (JDBC data sources on Oracle RDS, a vendor image
 * registry) and a Spring Boot modular monolith on Oracle (HikariCP, ojdbc, Flyway). Claims: a FastAPI
 * intake under uvicorn (httpx to a vehicle-valuation vendor, --limit-concurrency), a pymqi FNOL
 * consumer on IBM MQ, a Tesseract OCR worker, a pdf2image document splitter, a claims search indexer
 * on Elasticsearch, a vehicle-lookup service on a redis-py cache. Fraud: a Scala Kafka Streams scorer
 * with a watchlist in its heap. Portals: Apollo Gateway (Node) for brokers and agents, an nginx-served
 * Angular front end, a Go token exchange on Auth0 (golang.org/x/oauth2 client credentials, keyfunc
 * JWKS). Payments: an Elixir release calling a bank's SEPA API over mutual TLS (Req, Finch, Mint,
 * Erlang ssl) with idempotency keys in Redis (Redix). Documents: an ASP.NET Core generator with an
 * Aspose licence fetched by an aws-cli init container, an HTML-to-PDF renderer, a JasperReports
 * service. Actuarial: R (futile.logger) and Python (polars) steps on Argo Workflows. Telematics: the
 * HiveMQ MQTT client bridging to Kafka. Integration: MuleSoft Mule 4 flows (IBM MQ connector, HTTP
 * requester, Grizzly listener), the Elasticsearch low-level REST client, JSch SFTP to a managing
 * general agent. Platform: Karpenter, Pod Security Admission, containerd, the kubelet's PLEG, image
 * GC and eviction manager, nightly CronJobs (bordereaux export, GDPR erasure). Software no earlier
 * batch used: Drools, WebLogic JDBC data sources, Tesseract, pdf2image, python-oracledb, pymqi,
 * JasperReports, Aspose, Mule 4's error reports, Grizzly, keyfunc, golang.org/x/oauth2, Mint and
 * Req, Redix, JSch, futile.logger, SmallRye Fault Tolerance, Apollo Gateway's IntrospectAndCompose.
 * Each quotes the wording of the public thread, page or source in `source`. Mix: 14 escalations (an
 * Auth0 client secret rotated, an expired mutual-TLS client certificate at the bank, a valuation
 * vendor's 429s on storm day, Elasticsearch's flood-stage block, a partner SFTP host key changed, a
 * GDPR erasure stopped by an open claim, IBM MQ's queue full, a reserving step too big for its
 * NodePool, Pod Security Admission refusing replacement pods, an expired vendor pull token, a renamed
 * subgraph Service, a reinsurer's expired certificate, an S3 bucket policy refusing an init
 * container, an actuarial step evicted for its own scratch volume); 10 restarts (7 right: a WebLogic
 * pool disabled behind a JVM that caches DNS after an RDS failover, a pymqi consumer holding a stale
 * queue handle, a Go JWKS cache that stopped refreshing, a Mule runtime out of descriptors after 34
 * days, an Elasticsearch client whose I/O reactor stopped, an MQTT bridge not resubscribed after a
 * HiveMQ restart, Redis connections left on a demoted ElastiCache primary; 3 wrong: a three-hour
 * reserving bootstrap that is progressing, a WebLogic server killed by its liveness probe while it
 * deploys, payments not ready while the bank is in maintenance); 6 memory (3 raises right: a rating
 * engine whose compiled rules outgrew its non-heap room, OCR of 600 dpi storm scans, a gateway
 * holding a larger supergraph; 3 wrong: a Scala heap fixed by -Xmx, an HTML converter's native leak,
 * page images left in a memory-backed /tmp); 4 rollouts (3 rollbacks right: fonts missing from a new
 * base image, a DRL rule that does not compile, a release needing an unset variable; 1 wrong: an
 * Oracle password expired an hour after a release whose migrations ran); 2 scale-ups (claims intake
 * on storm day, the quote API under an aggregator campaign); 2 node actions (a node under disk
 * pressure its image GC cannot relieve, PLEG unhealthy beside an unrelated rollout); 2 cache flushes
 * (1 right: a registration-lookup cache under noeviction; 1 wrong: payout idempotency keys).
 */
export const SIXTYSECOND_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (14)
  {
    // The identity team rotated the token exchange's Auth0 client secret at 07:12; the Secret in the
    // cluster still holds the old one. The cached upstream token lasted until 08:04, then every
    // refresh is refused. A new pod reads the same stale Secret.
    id: 'sixtysecond-token-exchange-upstream-refused',
    family: 'credentials',
    source: 'https://github.com/auth0-samples/auth0-golang-web-app/issues/2',
    signal: 'Alert',
    containers: [
      {
        name: 'token-exchange',
        running: { startedAt: '2026-02-09T22:14:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          AUTH0_DOMAIN: 'login.example-insure.eu.auth0.com',
          AUTH0_AUDIENCE: 'https://policy-api.internal',
          AUTH0_CLIENT_SECRET_FILE: '/var/run/secrets/auth0/client_secret',
          UPSTREAM_TOKEN_TTL: '55m',
          LOG_FORMAT: 'json',
        },
        mounts: [{ volume: 'auth0-m2m', path: '/var/run/secrets/auth0' }],
      },
    ],
    volumes: [{ name: 'auth0-m2m', secret: 'token-exchange-auth0-m2m' }],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'TokenExchangeUpstreamErrors: token-exchange answered 502 to 97% of POST /v1/exchange over 10m on all 3 replicas; broker and agent portals cannot call policy-api',
      },
    ],
    currentLog: log(
      times(
        44,
        (i) =>
          `{"time":"${iso(5960 + i * 34, i * 113)}","level":"INFO","msg":"token exchanged","client_id":"broker-portal","subject_token_type":"urn:ietf:params:oauth:token-type:id_token","audience":"https://policy-api.internal","upstream_token":"cached","duration_ms":${2 + (i % 4)}}`,
      ),
      `{"time":"${iso(7471, 118)}","level":"INFO","msg":"upstream token expired, requesting a new one","audience":"https://policy-api.internal","grant_type":"client_credentials"}`,
      `{"time":"${iso(7471, 902)}","level":"ERROR","msg":"upstream token request failed","audience":"https://policy-api.internal","token_url":"https://login.example-insure.eu.auth0.com/oauth/token","error":"oauth2: cannot fetch token: 401 Unauthorized\\nResponse: {\\"error\\":\\"access_denied\\",\\"error_description\\":\\"Unauthorized\\"}"}`,
      times(60, (i) =>
        i % 4 === 3
          ? `{"time":"${iso(7480 + i * 24, i * 71)}","level":"ERROR","msg":"upstream token request failed","audience":"https://policy-api.internal","token_url":"https://login.example-insure.eu.auth0.com/oauth/token","error":"oauth2: cannot fetch token: 401 Unauthorized\\nResponse: {\\"error\\":\\"access_denied\\",\\"error_description\\":\\"Unauthorized\\"}"}`
          : `{"time":"${iso(7480 + i * 24, i * 71 + 9)}","level":"WARN","msg":"exchange failed","client_id":"${i % 2 === 0 ? 'broker-portal' : 'agent-portal'}","status":502,"reason":"upstream_token_unavailable","duration_ms":${140 + ((i * 13) % 60)}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The bank answers the payments service's mutual-TLS handshake with a certificate_expired alert:
    // the client certificate the bank enrolled a year ago ran out at 08:00. Needs a new certificate
    // signed and registered with the bank.
    id: 'sixtysecond-sepa-gateway-submissions-failing',
    family: 'certificate-expired',
    source: 'https://github.com/nerves-hub/nerves_hub_cli/issues/139',
    signal: 'Alert',
    containers: [
      {
        name: 'payments',
        running: { startedAt: '2026-02-10T16:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RELEASE_NAME: 'payments',
          SEPA_API_BASE: 'https://api.corporate.nordbank.example/sepa/v2',
          SEPA_CLIENT_CERTFILE: '/etc/sepa/tls/tls.crt',
          SEPA_CLIENT_KEYFILE: '/etc/sepa/tls/tls.key',
          POOL_SIZE: '10',
        },
        mounts: [{ volume: 'sepa-mtls', path: '/etc/sepa/tls' }],
      },
    ],
    volumes: [{ name: 'sepa-mtls', secret: 'payments-sepa-mtls-client' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'SepaSubmissionFailing: 0 of 14 payment batches accepted by the bank since 08:00; 412 claim payouts and premium refunds waiting',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `${hms(6300 + i * 30)}.${ms3(i * 61)} batch_id=PAY-20260211-${String(310 + i).padStart(4, '0')} [info] sepa.submitter: pain.001 accepted by bank (${12 + (i % 9)} credit transfers) bank_ref=NB${77120934 + i * 7}`,
      ),
      times(
        8,
        (i) =>
          `${hms(7100 + i * 9)}.${ms3(i * 17)} request_id=F4y${i}Qm2vKp${i}hAAAB [info] GET /healthz\n${hms(7100 + i * 9)}.${ms3(i * 17 + 1)} request_id=F4y${i}Qm2vKp${i}hAAAB [info] Sent 200 in ${280 + i * 11}µs`,
      ),
      `${hms(7212)}.118 batch_id=PAY-20260211-0340 [info] sepa.submitter: submitting pain.001 (17 credit transfers, EUR 23 418.90)`,
      `${hms(7212)}.233 [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired`,
      `${hms(7212)}.236 batch_id=PAY-20260211-0340 [warning] retry: got exception, will retry in 1000ms, 3 attempts left`,
      `${hms(7212)}.236 batch_id=PAY-20260211-0340 [warning] ** (Mint.TransportError) TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired`,
      `${hms(7213)}.301 [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired`,
      `${hms(7215)}.402 [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired`,
      `${hms(7219)}.511 [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired`,
      `${hms(7219)}.514 batch_id=PAY-20260211-0340 [error] sepa.submitter: batch failed, will retry at next tick: {:error, %Mint.TransportError{reason: {:tls_alert, {:certificate_expired, ~c"TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired\\n"}}}}`,
      times(
        13,
        (i) =>
          `${hms(7500 + i * 110)}.${ms3(i * 37)} [notice] TLS :client: In state :connection received SERVER ALERT: Fatal - Certificate Expired\n${hms(7507 + i * 110)}.${ms3(i * 41)} batch_id=PAY-20260211-${String(341 + i).padStart(4, '0')} [error] sepa.submitter: batch failed, will retry at next tick: {:error, %Mint.TransportError{reason: {:tls_alert, {:certificate_expired, ~c"TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired\\n"}}}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // Storm day: the claims intake calls the vehicle-valuation vendor for every motor FNOL and the
    // vendor caps the contract at 600 calls a minute. More intake replicas would only hit the cap
    // harder; the vendor (or the contract) has to move.
    id: 'sixtysecond-claims-intake-enrichment-parked',
    family: 'rate-limited',
    source: 'https://github.com/michaelhly/solana-py/issues/441',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-intake',
        running: { startedAt: '2026-02-10T05:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          UVICORN_WORKERS: '2',
          VALUATION_API_URL: 'https://api.autovalue-data.example/v2/valuations',
          VALUATION_TIMEOUT_S: '8',
          PARK_ON_ENRICHMENT_FAILURE: 'true',
        },
        args: ['uvicorn', 'intake.main:app', '--host', '0.0.0.0', '--port', '8080', '--workers', '2'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ClaimsEnrichmentParked: 3,912 motor FNOL claims parked awaiting vehicle valuation in the last 30m (storm event STORM-2026-02)',
      },
    ],
    currentLog: log(
      times(90, (i) => {
        const s = 8400 + i * 6;
        if (i % 3 === 0) {
          return `INFO:     10.42.${3 + (i % 4)}.${17 + (i % 50)}:${51000 + i * 7} - "POST /v1/fnol HTTP/1.1" 202 Accepted`;
        }
        if (i % 3 === 1 && i < 12) {
          return `{"event": "vehicle valuation received", "claim_ref": "CLM-2026-0211-${String(4400 + i).padStart(5, '0')}", "vrm": "LK${20 + (i % 9)}ABC", "valuation_gbp": ${6200 + i * 311}, "storm_event": "STORM-2026-02", "level": "info", "logger": "intake.enrichment", "timestamp": "${iso(s, i * 19)}"}`;
        }
        return `{"event": "vehicle valuation failed, claim parked for retry", "claim_ref": "CLM-2026-0211-${String(4400 + i).padStart(5, '0')}", "error": "Client error '429 Too Many Requests' for url 'https://api.autovalue-data.example/v2/valuations'\\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429", "retry_after": "60", "x_ratelimit_limit": "600", "x_ratelimit_remaining": "0", "storm_event": "STORM-2026-02", "level": "warning", "logger": "intake.enrichment", "timestamp": "${iso(s, i * 19 + 3)}"}`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['scale-up'],
  },
  {
    // The claims search indexer cannot write: the Elasticsearch data nodes crossed the flood-stage
    // disk watermark and Elasticsearch put a read-only-allow-delete block on the claims indices.
    // The indexer is fine; the cluster needs disk or retention.
    id: 'sixtysecond-claims-search-indexer-lag',
    family: 'disk-full',
    source: 'https://github.com/rwynn/monstache/issues/610',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-search-indexer',
        running: { startedAt: '2026-02-04T11:20:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          ES_URLS: 'https://claims-es.search.svc:9200',
          KAFKA_TOPIC: 'claims.events',
          KAFKA_GROUP: 'claims-search-indexer',
          BULK_ACTIONS: '500',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ClaimsSearchIndexLag: consumer group claims-search-indexer lag 221004 on claims.events and growing; claim handlers see claims from 07:50 onwards missing in search',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `time=${iso(6600 + i * 40, i * 77)} level=info msg="bulk flushed" index=claims-2026.02 docs=500 took_ms=${180 + ((i * 29) % 140)} lag=${1200 + i * 41}`,
      ),
      `time=${iso(7608, 404)} level=warn msg="bulk request partially failed" index=claims-2026.02 failed=500 succeeded=0`,
      times(
        70,
        (i) =>
          `time=${iso(7610 + i * 19, i * 53)} level=error msg="bulk item failed" index=claims-2026.02 doc_id=CLM-2026-0211-${String(3100 + i * 7).padStart(5, '0')} status=429 error.type=cluster_block_exception error.reason="index [claims-2026.02] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"${i % 10 === 9 ? `\ntime=${iso(7611 + i * 19, i * 53)} level=warn msg="backing off before next bulk" backoff=30s lag=${4300 + i * 3100}` : ''}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The monthly bordereaux export to a managing general agent fails on upload: the partner's SFTP
    // server presents a host key that no longer matches the pinned one. Rotation or interception,
    // only a person who can reach the partner can tell.
    id: 'sixtysecond-bordereaux-export-upload-failed',
    family: 'cronjob-failed',
    source: 'https://github.com/CloudSlang/cs-actions/issues/50',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'bordereaux-export',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          BDX_BINDER: 'NB-MGA-2024-017',
          BDX_PERIOD: '2026-01',
          SFTP_HOST: 'sftp.northbridge-mga.example',
          SFTP_PORT: '2222',
          SFTP_KNOWN_HOSTS: '/etc/sftp/known_hosts',
        },
        mounts: [
          { volume: 'known-hosts', path: '/etc/sftp' },
          { volume: 'sftp-key', path: '/var/run/secrets/sftp' },
        ],
      },
    ],
    volumes: [
      { name: 'known-hosts', configMap: 'partner-sftp-known-hosts' },
      { name: 'sftp-key', secret: 'bordereaux-sftp-key' },
    ],
    events: [
      { reason: 'Started', message: 'Started container bordereaux-export', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 07:09:02.114  INFO 1 --- [           main] c.e.bdx.BordereauxExportApplication      : Starting BordereauxExportApplication v3.4.2 using Java 21.0.5 with PID 1',
      '2026-02-11 07:09:05.881  INFO 1 --- [           main] c.e.bdx.job.PremiumBordereauStep         : Premium bordereau for binder NB-MGA-2024-017, period 2026-01',
      times(
        18,
        (i) =>
          `2026-02-11 07:${dd(9 + Math.floor((i * 9) / 60))}:${dd((6 + i * 9) % 60)}.${ms3(i * 83)}  INFO 1 --- [           main] c.e.bdx.job.PremiumBordereauStep         : chunk ${i + 1}/18 written: ${1000} risks (cumulative GWP GBP ${412300 + i * 38911})`,
      ),
      '2026-02-11 07:11:51.402  INFO 1 --- [           main] c.e.bdx.job.PremiumBordereauStep         : wrote /tmp/bdx/NB-MGA-2024-017_PREMIUM_2026-01.csv (17 412 rows, 6.1 MB)',
      '2026-02-11 07:11:51.509  INFO 1 --- [           main] c.e.bdx.transfer.SftpUploader            : uploading to sftp.northbridge-mga.example:2222/inbound/bordereaux',
      '2026-02-11 07:11:51.522  INFO 1 --- [           main] com.jcraft.jsch                          : Connecting to sftp.northbridge-mga.example port 2222',
      '2026-02-11 07:11:51.561  INFO 1 --- [           main] com.jcraft.jsch                          : Connection established',
      '2026-02-11 07:11:51.609  INFO 1 --- [           main] com.jcraft.jsch                          : Remote version string: SSH-2.0-OpenSSH_9.6',
      '2026-02-11 07:11:51.609  INFO 1 --- [           main] com.jcraft.jsch                          : Local version string: SSH-2.0-JSCH_0.2.20',
      '2026-02-11 07:11:51.640  INFO 1 --- [           main] com.jcraft.jsch                          : SSH_MSG_KEXINIT sent',
      '2026-02-11 07:11:51.652  INFO 1 --- [           main] com.jcraft.jsch                          : SSH_MSG_KEXINIT received',
      '2026-02-11 07:11:51.701  INFO 1 --- [           main] com.jcraft.jsch                          : Disconnecting from sftp.northbridge-mga.example port 2222',
      '2026-02-11 07:11:51.712 ERROR 1 --- [           main] o.s.batch.core.step.AbstractStep         : Encountered an error executing step uploadStep in job bordereauxExportJob',
      '',
      'com.jcraft.jsch.JSchChangedHostKeyException: HostKey has been changed: [sftp.northbridge-mga.example]:2222',
      '\tat com.jcraft.jsch.Session.checkHost(Session.java:913)',
      '\tat com.jcraft.jsch.Session.connect(Session.java:394)',
      '\tat com.jcraft.jsch.Session.connect(Session.java:201)',
      '\tat c.e.bdx.transfer.SftpUploader.upload(SftpUploader.java:58)',
      '\tat c.e.bdx.job.UploadTasklet.execute(UploadTasklet.java:31)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:388)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:312)',
      '',
      '2026-02-11 07:11:51.730  INFO 1 --- [           main] o.s.batch.core.step.AbstractStep         : Step: [uploadStep] executed in 221ms',
      '2026-02-11 07:11:51.741  INFO 1 --- [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [SimpleJob: [name=bordereauxExportJob]] completed with the following parameters: [{binder=NB-MGA-2024-017, period=2026-01}] and the following status: [FAILED] in 2m45s',
    ),
    accept: ['escalate'],
  },
  {
    // The nightly GDPR erasure job stops at a data subject who still has an open claim: the delete
    // of the party row is refused by the claims foreign key. Which requests may be erased is a
    // decision for the data protection officer, not for a re-run.
    id: 'sixtysecond-gdpr-erasure-job-aborted',
    family: 'cronjob-failed',
    source: 'https://github.com/liimaorg/liima/issues/279',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'gdpr-erasure',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          ORACLE_DSN: 'policy-db.cx1a2b3c4d5e.eu-west-1.rds.amazonaws.com:1521/POLADM',
          ORACLE_USER: 'GDPR_ERASER',
          ERASURE_GRACE_DAYS: '30',
          DRY_RUN: 'false',
        },
        args: ['python', '-m', 'gdpr.erase', '--due-before', '2026-01-12'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container gdpr-erasure', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 07:05:01,204 INFO gdpr.erase: python-oracledb 2.5.1 thin mode, connected to POLADM as GDPR_ERASER',
      '2026-02-11 07:05:01,977 INFO gdpr.erase: 213 erasure requests due (received on or before 2026-01-12)',
      times(
        41,
        (i) =>
          `2026-02-11 07:05:${dd(3 + i)},${ms3(i * 97)} INFO gdpr.erase: request ER-2026-${String(117 + i).padStart(5, '0')}: erased party P-${900120 + i * 37} (policies ${i % 3}, quotes ${2 + (i % 5)}, marketing consents ${i % 2})`,
      ),
      '2026-02-11 07:05:44,602 INFO gdpr.erase: request ER-2026-00158: erasing party P-901637',
      '2026-02-11 07:05:44,688 ERROR gdpr.erase: request ER-2026-00158 failed, rolling back',
      'Traceback (most recent call last):',
      '  File "/app/gdpr/erase.py", line 142, in erase_party',
      '    cur.execute("DELETE FROM POLADMIN.PARTY WHERE PARTY_ID = :id", id=party_id)',
      '  File "/usr/local/lib/python3.12/site-packages/oracledb/cursor.py", line 710, in execute',
      '    impl.execute(self)',
      '  File "src/oracledb/impl/thin/cursor.pyx", line 196, in oracledb.thin_impl.ThinCursorImpl.execute',
      '  File "src/oracledb/impl/thin/protocol.pyx", line 440, in oracledb.thin_impl.Protocol._process_single_message',
      '  File "src/oracledb/impl/thin/protocol.pyx", line 441, in oracledb.thin_impl.Protocol._process_single_message',
      '  File "src/oracledb/impl/thin/protocol.pyx", line 433, in oracledb.thin_impl.Protocol._process_message',
      'oracledb.exceptions.IntegrityError: ORA-02292: integrity constraint (POLADMIN.FK_CLAIM_PARTY_PARTY) violated - child record found',
      'Help: https://docs.oracle.com/error-help/db/ora-02292/',
      '2026-02-11 07:05:44,701 ERROR gdpr.erase: aborting run after 41 of 213 requests: a party is still referenced by CLAIM_PARTY',
    ),
    accept: ['escalate'],
  },
  {
    // The ESB cannot put policy events onto the mainframe's inbound queue: it is full because the
    // mainframe consumer batch is held. Mule retries and redelivers; nothing in the cluster drains it.
    id: 'sixtysecond-policy-sync-esb-publish-errors',
    family: 'dependency-down',
    source: 'https://github.com/ibm-messaging/kafka-connect-mq-sink/issues/16',
    signal: 'Alert',
    containers: [
      {
        name: 'mule-runtime',
        running: { startedAt: '2026-02-06T19:02:10Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          MULE_ENV: 'prod',
          MQ_QMGR: 'QMPOL01',
          MQ_CHANNEL: 'ESB.SVRCONN',
          MQ_CONN_NAME: 'mq-pol01.mainframe.example-insure.internal(1414)',
        },
        mounts: [{ volume: 'mq-tls', path: '/opt/mule/conf/mq' }],
      },
    ],
    volumes: [{ name: 'mq-tls', secret: 'esb-ibm-mq-keystore' }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'EsbPublishErrors: policy-sync-esb failed to publish 1204 policy events to POLICY.EVENTS.TO.MAINFRAME in 15m; redelivery backlog growing',
      },
    ],
    currentLog: log(
      times(
        26,
        (i) =>
          `INFO  ${stamp(7560 + i * 17, i * 43, ',')} [[MuleRuntime].uber.${dd(3 + (i % 9))}: [policy-sync-esb].policy-events-flow.CPU_LITE @5b1c9e2f] [processor: policy-events-flow/processors/0; event: 8a1d${(0x4c20 + i * 97).toString(16)}-e6b1-11f0-9c41-0a58a9feac02] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: policy event received policy=POL-${7731200 + i * 13} type=${i % 3 === 0 ? 'MTA' : 'RENEWAL'}`,
      ),
      times(
        4,
        (i) =>
          `ERROR ${stamp(8460 + i * 95, i * 211, ',')} [[MuleRuntime].uber.${dd(4 + i)}: [policy-sync-esb].policy-events-flow.BLOCKING @2e6f0a9c] [processor: policy-events-flow/processors/2; event: 8a1d${(0x9f00 + i * 131).toString(16)}-e6b1-11f0-9c41-0a58a9feac02] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: \n********************************************************************************\nMessage               : JMSWMQ2007: Failed to send a message to destination 'POLICY.EVENTS.TO.MAINFRAME'.\nJMS attempted to perform an MQPUT or MQPUT1; however IBM MQ reported an error.\nUse the linked exception to determine the cause of this error.\nElement               : policy-events-flow/processors/2 @ policy-sync-esb:policy-events.xml:31 (Publish to mainframe)\nElement DSL           : <ibm-mq:publish doc:name="Publish to mainframe" config-ref="IBM_MQ_Config" destination="POLICY.EVENTS.TO.MAINFRAME"></ibm-mq:publish>\nError type            : IBM-MQ:PUBLISHING\nFlowStack             : at policy-events-flow(policy-events-flow/processors/2 @ policy-sync-esb:policy-events.xml:31 (Publish to mainframe))\n\n  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)\n********************************************************************************\nRoot Exception stack trace:\ncom.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2053' ('MQRC_Q_FULL').\n\tat com.ibm.msg.client.wmq.common.internal.Reason.createException(Reason.java:203)\n\tat com.ibm.msg.client.wmq.internal.WMQMessageProducer.checkJmqiCallSuccess(WMQMessageProducer.java:1285)\n\tat com.ibm.msg.client.wmq.internal.WMQMessageProducer.checkJmqiCallSuccess(WMQMessageProducer.java:1242)\n\tat com.ibm.msg.client.wmq.internal.WMQMessageProducer.access$800(WMQMessageProducer.java:75)\n\tat com.ibm.msg.client.wmq.internal.WMQMessageProducer$SpiIdentifiedProducerShadow.sendInternal(WMQMessageProducer.java:1022)`,
      ),
      times(
        20,
        (i) =>
          `WARN  ${stamp(8500 + i * 21, i * 37, ',')} [[MuleRuntime].uber.${dd(2 + (i % 7))}: [policy-sync-esb].policy-events-flow.CPU_LITE @5b1c9e2f] [processor: ; event: 8a1d${(0xa100 + i * 71).toString(16)}-e6b1-11f0-9c41-0a58a9feac02] org.mule.runtime.core.internal.source.MessageSourceErrorHandler: redelivery ${1 + (i % 5)}/5 for policy event POL-${7731500 + i * 11}, cause IBM-MQ:PUBLISHING`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The quarter-end reserving template was edited to request 300Gi for the main step; the
    // actuarial NodePool only offers r6i/r7i up to 8xlarge (256 GiB). Karpenter cannot launch
    // anything that fits. Someone decides: smaller request or a bigger instance size.
    id: 'sixtysecond-reserving-step-pending',
    family: 'capacity',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/5169',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'main',
        memoryLimit: '300Gi',
        memoryRequest: '300Gi',
        cpuLimit: '32',
        env: { R_MAX_VSIZE: '280Gb', RESERVING_QUARTER: '2025Q4', OMP_NUM_THREADS: '32' },
        args: ['Rscript', '/opt/reserving/run_chain_ladder.R', '--quarter', '2025Q4', '--bootstrap', '10000'],
      },
      { name: 'wait', memoryLimit: '128Mi', cpuLimit: '100m' },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          "0/34 nodes are available: 11 Insufficient memory, 23 node(s) didn't match Pod's node affinity/selector. preemption: 0/34 nodes are available: 11 No preemption victims found for incoming pod, 23 Preemption is not helpful for scheduling.",
        type: 'Warning',
        count: 41,
      },
      {
        reason: 'FailedScheduling',
        message:
          'Failed to schedule pod, incompatible with nodepool "actuarial-batch", daemonset overhead={"cpu":"380m","memory":"612Mi","pods":"5"}, no instance type satisfied resources {"cpu":"32380m","memory":"307812Mi","pods":"6"} and requirements karpenter.k8s.aws/instance-family In [r6i r7i], karpenter.k8s.aws/instance-size In [4xlarge 8xlarge], karpenter.sh/capacity-type In [on-demand], karpenter.sh/nodepool In [actuarial-batch], kubernetes.io/arch In [amd64], kubernetes.io/os In [linux], workload In [actuarial] (no instance type has enough resources)',
        type: 'Warning',
        count: 38,
      },
    ],
    accept: ['escalate'],
  },
  {
    // The platform team set the docs namespace to enforce the restricted Pod Security Standard
    // yesterday. Karpenter consolidated two nodes this morning and the ReplicaSet cannot create the
    // replacements; one replica is left serving every letter and policy schedule.
    id: 'sixtysecond-docgen-api-replicas-missing',
    family: 'admission-policy',
    source: 'https://github.com/redhat-developer/odo/issues/6847',
    signal: 'Alert',
    containers: [
      {
        name: 'docgen-api',
        running: { startedAt: '2026-02-08T13:31:07Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ASPNETCORE_URLS: 'http://+:8080',
          DOTNET_gcServer: '1',
          LICENCE_PATH: '/licence/Aspose.Total.NET.lic',
        },
        mounts: [{ volume: 'licence', path: '/licence' }],
      },
    ],
    volumes: [{ name: 'licence', emptyDir: {} }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeDeploymentReplicasMismatch: Deployment docs/docgen-api has had 1 of 3 replicas available for more than 40 minutes',
      },
      {
        reason: 'FailedCreate',
        on: 'Deployment',
        message:
          'Error creating: pods "docgen-api-6f9d7c5b8-q2xkm" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "docgen-api" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "docgen-api" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "docgen-api" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "docgen-api" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
        count: 27,
      },
    ],
    currentLog: log(
      times(60, (i) => {
        const s = 8100 + i * 13;
        const doc = ['policy-schedule', 'renewal-invitation', 'mta-confirmation', 'claim-acknowledgement'][
          i % 4
        ];
        return i % 2 === 0
          ? `info: Microsoft.AspNetCore.Hosting.Diagnostics[1]\n      Request starting HTTP/1.1 POST http://docgen-api.docs.svc.cluster.local/v1/documents/${doc} - application/json ${1800 + i * 7}`
          : `info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/1.1 POST http://docgen-api.docs.svc.cluster.local/v1/documents/${doc} - 200 ${41000 + i * 313} application/pdf ${(1900 + ((i * 211) % 2400) + (s % 7)).toFixed(4)}ms`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // The policy administration microservice runs on the vendor's image registry. The pull token
    // in the pull secret expired last night; pods on warm nodes run from the cached image, this one
    // landed on a fresh Karpenter node and cannot pull.
    id: 'sixtysecond-policy-admin-ms-image-pull',
    family: 'image-pull',
    source: 'https://github.com/containerd/containerd/issues/11103',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'policy-admin-ms',
        waiting: {
          reason: 'ImagePullBackOff',
          message:
            'Back-off pulling image "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4"',
        },
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTIONS: '-Xms4g -Xmx4g -Dweblogic.StdoutDebugEnabled=false',
          DOMAIN_HOME: '/u01/domains/policy_domain',
          MANAGED_SERVER_NAME: 'policy_ms',
        },
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4"',
        type: 'Normal',
        count: 7,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4": failed to pull and unpack image "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4": failed to resolve reference "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4": unexpected status from HEAD request to https://registry.pas-vendor.example/v2/insurer-suite/policy-admin-ms/manifests/10.2.4: 401 Unauthorized',
        type: 'Warning',
        count: 7,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 7 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "registry.pas-vendor.example/insurer-suite/policy-admin-ms:10.2.4"',
        type: 'Normal',
        count: 33,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 33 },
    ],
    accept: ['escalate'],
  },
  {
    // The broker portal's GraphQL gateway composes its supergraph from the subgraphs at start-up.
    // The claims team renamed their Service to claims-subgraph yesterday; the running gateways still
    // hold yesterday's schema, but this one was rescheduled and cannot compose.
    id: 'sixtysecond-broker-graph-gateway-crashloop',
    family: 'dns',
    source: 'https://github.com/nestjs/graphql/issues/1496',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('broker-graph-gateway', 1, 6),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          SUBGRAPH_POLICY_URL: 'http://policy-graphql.policy.svc.cluster.local:4001/graphql',
          SUBGRAPH_QUOTES_URL: 'http://quotes-graphql.quotes.svc.cluster.local:4001/graphql',
          SUBGRAPH_CLAIMS_URL: 'http://claims-graphql.claims.svc.cluster.local:4001/graphql',
          SUBGRAPH_DOCUMENTS_URL: 'http://documents-graphql.docs.svc.cluster.local:4001/graphql',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container broker-graph-gateway in pod broker-graph-gateway-5d8c7b9f4-h7t2w',
        type: 'Warning',
        count: 24,
      },
    ],
    previousLog: log(
      '{"level":30,"time":1770798001114,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"starting broker graph gateway","subgraphs":["policy","quotes","claims","documents"],"apolloGateway":"2.9.3"}',
      '{"level":30,"time":1770798001122,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"config loaded","pollIntervalMs":30000,"introspection":false,"playground":false}',
      '{"level":30,"time":1770798001140,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"opentelemetry tracer registered","exporter":"otlp","endpoint":"http://otel-collector.observability.svc:4318"}',
      '{"level":30,"time":1770798001157,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"metrics server listening","port":9464}',
      '{"level":30,"time":1770798001301,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"introspecting subgraphs"}',
      '{"level":20,"time":1770798001388,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"subgraph introspected","name":"policy","url":"http://policy-graphql.policy.svc.cluster.local:4001/graphql","ms":87}',
      '{"level":20,"time":1770798001412,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"subgraph introspected","name":"quotes","url":"http://quotes-graphql.quotes.svc.cluster.local:4001/graphql","ms":111}',
      '{"level":20,"time":1770798001435,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"subgraph introspected","name":"documents","url":"http://documents-graphql.docs.svc.cluster.local:4001/graphql","ms":134}',
      'Error checking for changes to service definitions: Couldn\'t load service definitions for "claims" at http://claims-graphql.claims.svc.cluster.local:4001/graphql: request to http://claims-graphql.claims.svc.cluster.local:4001/graphql failed, reason: getaddrinfo ENOTFOUND claims-graphql.claims.svc.cluster.local',
      'This data graph is missing a valid configuration. Couldn\'t load service definitions for "claims" at http://claims-graphql.claims.svc.cluster.local:4001/graphql: request to http://claims-graphql.claims.svc.cluster.local:4001/graphql failed, reason: getaddrinfo ENOTFOUND claims-graphql.claims.svc.cluster.local',
      '{"level":40,"time":1770798001397,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"supergraph composition failed","attempt":1,"subgraphsLoaded":3,"subgraphsExpected":4}',
      '{"level":60,"time":1770798001399,"pid":1,"hostname":"broker-graph-gateway-5d8c7b9f4-h7t2w","msg":"gateway failed to load, exiting","err":{"type":"Error","message":"Couldn\'t load service definitions for \\"claims\\" at http://claims-graphql.claims.svc.cluster.local:4001/graphql: request to http://claims-graphql.claims.svc.cluster.local:4001/graphql failed, reason: getaddrinfo ENOTFOUND claims-graphql.claims.svc.cluster.local"}}',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The reinsurance ESB flow cannot post cessions: the reinsurer's API certificate expired at
    // 06:00 and the JVM refuses the handshake. Only the reinsurer can renew it.
    id: 'sixtysecond-reinsurance-esb-cessions-failing',
    family: 'certificate-expired',
    source: 'https://github.com/opensearch-project/security/issues/870',
    signal: 'Alert',
    containers: [
      {
        name: 'mule-runtime',
        running: { startedAt: '2026-02-03T08:44:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { MULE_ENV: 'prod', ATLASRE_BASE_URL: 'https://api.treaty.atlas-re.example/v2' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'EsbFlowErrors: reinsurance-esb cessions-flow error rate 100% since 06:00 (HTTP:SECURITY); 318 cessions queued for Atlas Re',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `INFO  ${stamp(8100 + i * 19, i * 59, ',')} [[MuleRuntime].uber.${dd(2 + (i % 8))}: [reinsurance-esb].cessions-flow.CPU_LITE @1f2e3d4c] [processor: cessions-flow/processors/0; event: 5c3e${(0x1a00 + i * 87).toString(16)}-e6b8-11f0-8a2c-0a58a9feac11] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: cession batch picked up treaty=QS-2026-MOTOR-01 risks=${40 + (i % 25)}`,
      ),
      times(
        3,
        (i) =>
          `ERROR ${stamp(8520 + i * 130, i * 301, ',')} [[MuleRuntime].uber.${dd(5 + i)}: [reinsurance-esb].cessions-flow.BLOCKING @1f2e3d4c] [processor: cessions-flow/processors/3; event: 5c3e${(0x2f00 + i * 211).toString(16)}-e6b8-11f0-8a2c-0a58a9feac11] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: \n********************************************************************************\nMessage               : HTTP POST on resource 'https://api.treaty.atlas-re.example:443/v2/cessions' failed: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed.\nElement               : cessions-flow/processors/3 @ reinsurance-esb:cessions.xml:44 (Send cession to reinsurer)\nElement DSL           : <http:request method="POST" doc:name="Send cession to reinsurer" config-ref="AtlasRe_HTTPS" path="/v2/cessions"></http:request>\nError type            : HTTP:SECURITY\nFlowStack             : at cessions-flow(cessions-flow/processors/3 @ reinsurance-esb:cessions.xml:44 (Send cession to reinsurer))\n\n  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)\n********************************************************************************\nRoot Exception stack trace:\njava.security.cert.CertificateExpiredException: NotAfter: Wed Feb 11 06:00:00 UTC 2026\n\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)\n\tat java.base/sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:675)\n\tat java.base/sun.security.provider.certpath.BasicChecker.verifyValidity(BasicChecker.java:190)\n\tat java.base/sun.security.provider.certpath.BasicChecker.check(BasicChecker.java:144)\n\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:125)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    // The document renderer's init container fetches the PDF library's licence file from S3 and
    // gets 403: the bucket policy was tightened this morning and no longer names the renderer's
    // IRSA role. Nothing inside the pod can fix it.
    id: 'sixtysecond-docgen-renderer-init-failing',
    family: 'permissions',
    source: 'https://github.com/aws/res/issues/111',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('fetch-licence', 1, 5),
        memoryLimit: '128Mi',
        env: {
          AWS_REGION: 'eu-west-1',
          AWS_ROLE_ARN: 'arn:aws:iam::418273645510:role/docgen-renderer-irsa',
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        },
        args: [
          'sh',
          '-c',
          'aws --version; aws sts get-caller-identity; for i in 1 2 3; do aws s3 cp s3://example-insure-licences/aspose/Aspose.Total.NET.lic /licence/Aspose.Total.NET.lic && exit 0; echo "licence download failed (attempt $i/3)"; sleep 5; done; exit 1',
        ],
        mounts: [{ volume: 'licence', path: '/licence' }],
      },
    ],
    containers: [
      {
        name: 'docgen-renderer',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { ASPNETCORE_ENVIRONMENT: 'Production', LICENCE_PATH: '/licence/Aspose.Total.NET.lic' },
        mounts: [{ volume: 'licence', path: '/licence' }],
      },
    ],
    volumes: [{ name: 'licence', emptyDir: {} }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fetch-licence in pod docgen-renderer-7b6c9d5f8-m4r8p',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      'aws-cli/2.22.35 Python/3.12.6 Linux/6.1.119-129.201.amzn2023.x86_64 exe/x86_64.amzn.2023',
      '{',
      '    "UserId": "AROAWBZ7QK3N5XJ2ERT4Y:botocore-session-1770798310",',
      '    "Account": "418273645510",',
      '    "Arn": "arn:aws:sts::418273645510:assumed-role/docgen-renderer-irsa/botocore-session-1770798310"',
      '}',
      times(3, (i) =>
        [
          'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
          `licence download failed (attempt ${i + 1}/3)`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    // An experience-study step writes its lapse-model partitions to a 20Gi scratch emptyDir and
    // this year's study has three more years of policies: the kubelet evicted the pod for its own
    // volume. The node is healthy; the template's scratch size or the step needs changing.
    id: 'sixtysecond-experience-study-step-evicted',
    family: 'ephemeral-storage',
    source: 'https://github.com/kubernetes/kubernetes/issues/116986',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'main',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '64Gi',
        memoryRequest: '64Gi',
        cpuLimit: '16',
        env: { SCRATCH_DIR: '/scratch', STUDY_YEARS: '2016-2025', POLARS_MAX_THREADS: '16' },
        args: [
          'python',
          '-m',
          'experience.lapse_study',
          '--years',
          '2016-2025',
          '--out',
          's3://example-insure-actuarial/studies/lapse/2026-02',
        ],
        mounts: [{ volume: 'scratch', path: '/scratch' }],
      },
      { name: 'wait', terminated: { reason: 'Completed', exitCode: 0 }, memoryLimit: '128Mi' },
    ],
    volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '20Gi' } }],
    node: quietNode,
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "scratch" exceeds the limit "20Gi". ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container main', type: 'Normal' },
      { reason: 'Killing', message: 'Stopping container wait', type: 'Normal' },
    ],
    currentLog: log(
      '2026-02-11 06:40:02,118 INFO experience.lapse_study: lapse study 2016-2025, 10 cohorts, writing partitions to /scratch/partitions',
      times(
        56,
        (i) =>
          `2026-02-11 ${hms(2400 + i * 75)},${ms3(i * 71)} INFO experience.lapse_study: cohort ${2016 + Math.floor(i / 7)} partition ${(i % 7) + 1}/7 written: ${(340 + ((i * 37) % 120)).toFixed(0)} MiB (scratch used ${(0.36 * (i + 1)).toFixed(1)} GiB)`,
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts (10: 7 right, 3 wrong)
  {
    // An RDS Multi-AZ failover at 05:41 moved the policy database to a new address. This managed
    // server runs under a security manager, so its JVM caches DNS forever and keeps dialling the old
    // primary; WebLogic disabled the pool. The other managed servers were restarted by a node
    // rotation at 06:50 and are fine. A fresh JVM resolves the endpoint again.
    id: 'sixtysecond-policy-admin-ms-datasource-disabled',
    family: 'stale-connection',
    source: 'https://docs.aws.amazon.com/sdk-for-java/v1/developer-guide/jvm-ttl-dns.html',
    signal: 'Alert',
    containers: [
      {
        name: 'weblogic',
        running: { startedAt: '2026-01-29T21:14:52Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTIONS:
            '-Xms4g -Xmx4g -Djava.security.manager -Djava.security.policy=/u01/domains/policy_domain/weblogic.policy',
          DOMAIN_HOME: '/u01/domains/policy_domain',
          MANAGED_SERVER_NAME: 'policy_ms_2',
          DB_URL: 'jdbc:oracle:thin:@//policy-db.cx1a2b3c4d5e.eu-west-1.rds.amazonaws.com:1521/POLADM',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'PolicyAdminDatasourceDown: data source PolicyDS disabled on policy_ms_2 since 05:42 (policy_ms_1 and policy_ms_3 healthy); 38% of policy-admin requests fail',
      },
    ],
    currentLog: log(
      '<Feb 11, 2026, 5:41:58,402 AM Coordinated Universal Time> <Error> <JDBC> <BEA-001112> <Test "SELECT 1 FROM DUAL" set up for pool "PolicyDS" failed with exception: "java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=Wz3mQ1rXTQ6kB0n7c9dVfA==)".>',
      '<Feb 11, 2026, 5:42:19,606 AM Coordinated Universal Time> <Warning> <JDBC> <BEA-001129> <Received exception while creating connection for pool "PolicyDS": IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=pV8kL2sWQq+3yN1m4aZbTg==).>',
      '<Feb 11, 2026, 5:42:19,611 AM Coordinated Universal Time> <Info> <JDBC> <BEA-001156> <Stack trace associated with message 001129 follows: ',
      '',
      'java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=pV8kL2sWQq+3yN1m4aZbTg==)',
      '\tat oracle.jdbc.driver.T4CConnection.handleLogonNetException(T4CConnection.java:892)',
      '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:697)',
      '\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1103)',
      '\tat weblogic.jdbc.common.internal.ConnectionEnvFactory.makeConnection(ConnectionEnvFactory.java:358)',
      'Caused By: java.io.IOException: Connection timed out, socket connect lapse 21003 ms. policy-db.cx1a2b3c4d5e.eu-west-1.rds.amazonaws.com/10.20.31.17 1521 0 1 true',
      '\tat oracle.net.nt.TcpNTAdapter.connect(TcpNTAdapter.java:300)',
      '\tat oracle.net.nt.ConnOption.connect(ConnOption.java:220)',
      '>',
      '<Feb 11, 2026, 5:42:19,702 AM Coordinated Universal Time> <Error> <JDBC> <BEA-001172> <Data source PolicyDS was disabled because a connection test failed and the pool could not be refreshed.>',
      times(
        48,
        (i) =>
          `<Feb 11, 2026, ${6 + Math.floor((600 + i * 170) / 3600)}:${dd(Math.floor(((600 + i * 170) % 3600) / 60))}:${dd((600 + i * 170) % 60)},${ms3(i * 131)} AM Coordinated Universal Time> <Error> <HTTP> <BEA-101020> <[ServletContext@1417723588[app:policy-admin module:policy-admin.war path:/policy spec-version:6.0]] Servlet failed with an Exception\njava.sql.SQLException: weblogic.jdbc.extensions.PoolDisabledSQLException: weblogic.common.resourcepool.ResourceDisabledException: Pool PolicyDS is disabled, cannot allocate resources to applications..\n\tat weblogic.jdbc.common.internal.JDBCUtil.wrapAndThrowResourceException(JDBCUtil.java:288)\n\tat weblogic.jdbc.common.internal.RmiDataSource.getPoolConnection(RmiDataSource.java:545)\n\tat weblogic.jdbc.common.internal.RmiDataSource.getConnection(RmiDataSource.java:453)\n\tat com.example.policy.repo.PolicyRepository.findByNumber(PolicyRepository.java:77)>${i % 8 === 7 ? `\n<Feb 11, 2026, ${6 + Math.floor((650 + i * 170) / 3600)}:${dd(Math.floor(((650 + i * 170) % 3600) / 60))}:${dd((650 + i * 170) % 60)},${ms3(i * 17)} AM Coordinated Universal Time> <Warning> <JDBC> <BEA-001129> <Received exception while creating connection for pool "PolicyDS": IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=${(0x5a3b1c + i * 7919).toString(36)}Qw==).>` : ''}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    // The FNOL consumer reconnected to the claims queue manager after its 06:12 failover but kept
    // the old queue handle: every MQGET since answers 2019 (MQRC_HOBJ_ERROR) and nothing is read.
    // The queue manager is up; a fresh process connects and opens the queue again.
    id: 'sixtysecond-claims-fnol-consumer-idle',
    family: 'wedged-consumer',
    source: 'https://github.com/dsuch/pymqi/issues/113',
    signal: 'Alert',
    containers: [
      {
        name: 'fnol-consumer',
        running: { startedAt: '2026-02-07T10:03:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '500m',
        env: {
          MQ_QMGR: 'QMCLM01',
          MQ_CHANNEL: 'CLAIMS.SVRCONN',
          MQ_CONN_INFO: 'mq-clm01.mainframe.example-insure.internal(1414)',
          MQ_QUEUE: 'CLAIMS.FNOL.IN',
          MQ_WAIT_MS: '5000',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ClaimsFnolQueueDepth: CLAIMS.FNOL.IN depth 18412 and rising; claims-fnol-consumer processed 0 messages since 06:12 (queue manager QMCLM01 running, 1 input handle open)',
      },
    ],
    currentLog: log(
      times(
        12,
        (i) =>
          `2026-02-11 06:${dd(i)}:${dd((i * 17) % 60)},${ms3(i * 101)} INFO fnol.consumer: FNOL ${`MF${88123400 + i * 3}`} -> claim CLM-2026-0211-${String(1200 + i).padStart(5, '0')} created`,
      ),
      '2026-02-11 06:12:44,310 ERROR fnol.consumer: MQ get failed: MQI Error. Comp: 2, Reason 2009: FAILED: MQRC_CONNECTION_BROKEN',
      '2026-02-11 06:12:44,311 INFO fnol.consumer: reconnecting to QMCLM01 at mq-clm01.mainframe.example-insure.internal(1414)',
      '2026-02-11 06:12:49,320 WARNING fnol.consumer: connect failed: MQI Error. Comp: 2, Reason 2538: FAILED: MQRC_HOST_NOT_AVAILABLE, retrying in 30s',
      '2026-02-11 06:13:19,504 INFO fnol.consumer: connected to queue manager QMCLM01',
      times(120, (i) =>
        i % 12 === 11
          ? `2026-02-11 ${hms(800 + i * 65)},${ms3(i * 7)} INFO fnol.consumer: heartbeat processed=0 errors=${(i + 1) * 13} last_ok=06:11:58`
          : `2026-02-11 ${hms(800 + i * 65)},${ms3(i * 7 + 3)} ERROR fnol.consumer: MQ get failed: MQI Error. Comp: 2, Reason 2019: FAILED: MQRC_HOBJ_ERROR`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    // Auth0's signing key was rotated at 07:30. This token-exchange replica's background JWKS refresh
    // failed once at 07:00 and never ran again, so it rejects every token signed with the new key.
    // The other replicas refreshed and validate fine.
    id: 'sixtysecond-token-exchange-rejecting-tokens',
    family: 'stale-cache',
    source: 'https://github.com/MicahParks/keyfunc/issues/124',
    signal: 'Alert',
    containers: [
      {
        name: 'token-exchange',
        running: { startedAt: '2026-02-02T09:41:27Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: {
          AUTH0_DOMAIN: 'login.example-insure.eu.auth0.com',
          JWKS_URL: 'https://login.example-insure.eu.auth0.com/.well-known/jwks.json',
          JWKS_REFRESH_INTERVAL: '1h',
          LOG_FORMAT: 'json',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'PortalAuthRejections: 31% of broker-portal calls rejected with 401 invalid_token since 07:31, all from pod token-exchange-7d9c6b5f4-x2kqp',
      },
    ],
    currentLog: log(
      `{"time":"${iso(0, 402)}","level":"INFO","msg":"jwks refreshed","kids":["kX9mT2vQpL0","pQ2rN8wYc4e"]}`,
      times(
        30,
        (i) =>
          `{"time":"${iso(60 + i * 117, i * 29)}","level":"INFO","msg":"token exchanged","client_id":"${i % 3 === 0 ? 'agent-portal' : 'broker-portal'}","kid":"kX9mT2vQpL0","duration_ms":${2 + (i % 3)}}`,
      ),
      `{"time":"${iso(3600, 11)}","level":"ERROR","msg":"cannot fetch JWKS","error":"Get \\"https://login.example-insure.eu.auth0.com/.well-known/jwks.json\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}`,
      times(
        20,
        (i) =>
          `{"time":"${iso(3700 + i * 83, i * 41)}","level":"INFO","msg":"token exchanged","client_id":"broker-portal","kid":"kX9mT2vQpL0","duration_ms":${2 + (i % 3)}}`,
      ),
      times(70, (i) =>
        i % 3 === 2
          ? `{"time":"${iso(5470 + i * 49, i * 13)}","level":"INFO","msg":"token exchanged","client_id":"agent-portal","kid":"kX9mT2vQpL0","duration_ms":3}`
          : `{"time":"${iso(5470 + i * 49, i * 13 + 5)}","level":"WARN","msg":"subject token rejected","client_id":"broker-portal","kid":"Zr4vB7nM1sQ","status":401,"error":"token is unverifiable: error while executing keyfunc: the given key ID was not found in the JWKS"}`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    // The partner gateway's Mule runtime has been up for 34 days and leaks sockets on a retried
    // outbound call: it is out of file descriptors, cannot accept the kubelet's probe connections
    // and fails readiness. The partners' APIs are fine; a new container starts with an empty table.
    id: 'sixtysecond-partner-gateway-esb-not-ready',
    family: 'fd-exhaustion',
    source: 'https://github.com/knowm/XChange/issues/1876',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'mule-runtime',
        running: { startedAt: '2026-01-08T04:22:10Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { MULE_ENV: 'prod', MULE_HTTP_LISTENER_PORT: '8081' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.6.21:8081/api/ping": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 37,
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `INFO  ${stamp(7900 + i * 21, i * 61, ',')} [[MuleRuntime].uber.${dd(3 + (i % 6))}: [partner-gateway-esb].quote-callback-flow.CPU_LITE @7d2e1b0a] [processor: quote-callback-flow/processors/0; event: 2f9c${(0x11a0 + i * 53).toString(16)}-e6c0-11f0-a1b2-0a58a9fe21c3] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: callback from aggregator=${['compare-cover', 'quote-zone', 'policy-finder'][i % 3]} quote=${'Q'}${64011200 + i * 9}`,
      ),
      times(
        6,
        (i) =>
          `WARN  ${stamp(8330 + i * 97, i * 211, ',')} [http.listener.0${1 + (i % 2)} SelectorRunner] org.glassfish.grizzly.nio.transport.TCPNIOTransport: GRIZZLY0006: Exception accepting channel\njava.io.IOException: Too many open files\n\tat java.base/sun.nio.ch.Net.accept(Native Method)\n\tat java.base/sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:433)\n\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:399)\n\tat org.glassfish.grizzly.nio.transport.TCPNIOServerConnection.doAccept(TCPNIOServerConnection.java:165)\n\tat org.glassfish.grizzly.nio.transport.TCPNIOServerConnection.onAccept(TCPNIOServerConnection.java:230)${i % 2 === 1 ? `\nERROR ${stamp(8360 + i * 97, i * 7, ',')} [[MuleRuntime].uber.0${i}: [partner-gateway-esb].quote-callback-flow.BLOCKING @7d2e1b0a] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: HTTP POST on resource 'https://rating-engine.quotes.svc.cluster.local:8443/v1/rate' failed: Too many open files.\nError type: HTTP:CONNECTIVITY\nRoot Exception stack trace:\njava.net.SocketException: Too many open files\n\tat java.base/sun.nio.ch.Net.socket0(Native Method)\n\tat java.base/sun.nio.ch.Net.socket(Net.java:524)` : ''}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    // One policy-search replica's Elasticsearch low-level client lost its I/O reactor at 06:52, when
    // an exception escaped a response callback. Every search since fails at once with "I/O reactor
    // status: STOPPED"; Elasticsearch and the other replicas are healthy. Only a new client (a new
    // process) recovers.
    id: 'sixtysecond-policy-search-replica-errors',
    family: 'wedged-client',
    source: 'https://github.com/ICIJ/datashare/issues/855',
    signal: 'Alert',
    containers: [
      {
        name: 'policy-search',
        running: { startedAt: '2026-02-05T15:12:09Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          ES_URIS: 'https://policy-es.search.svc:9200',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'PolicySearchErrors: policy-search-6c8f9d7b5-kq4zn answers 500 to 100% of /v1/policies/search since 06:52; other 2 replicas 0% errors; policy-es cluster green',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `${stamp(2600 + i * 37, i * 59)}  INFO 1 --- [nio-8080-exec-${1 + (i % 9)}] c.e.policy.search.SearchController       : search broker=BRK-${1040 + (i % 30)} q="${['smith', 'AB12 CDE', 'POL-77', 'fleet'][i % 4]}" hits=${(i * 7) % 40} took=${18 + (i % 11)}ms`,
      ),
      `${stamp(3120, 44)} ERROR 1 --- [/O dispatcher 3] o.a.h.i.n.c.InternalHttpAsyncClient      : I/O reactor terminated abnormally`,
      '',
      'org.apache.http.nio.reactor.IOReactorException: I/O dispatch worker terminated abnormally',
      '\tat org.apache.http.impl.nio.reactor.AbstractMultiworkerIOReactor.execute(AbstractMultiworkerIOReactor.java:359)',
      '\tat org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager.execute(PoolingNHttpClientConnectionManager.java:221)',
      '\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase$1.run(CloseableHttpAsyncClientBase.java:64)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
      'Caused by: java.lang.NullPointerException: Cannot invoke "com.example.policy.search.BrokerScope.agencyIds()" because "scope" is null',
      '\tat com.example.policy.search.AsyncAuditListener.onSuccess(AsyncAuditListener.java:42)',
      '\tat org.elasticsearch.client.RestClient$FailureTrackingResponseListener.onSuccess(RestClient.java:646)',
      '\tat org.elasticsearch.client.RestClient$1.completed(RestClient.java:375)',
      '\tat org.apache.http.concurrent.BasicFuture.completed(BasicFuture.java:122)',
      '\t... 10 common frames omitted',
      '',
      times(
        60,
        (i) =>
          `${stamp(3200 + i * 87, i * 31)} ERROR 1 --- [nio-8080-exec-${1 + (i % 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.RuntimeException: Request cannot be executed; I/O reactor status: STOPPED] with root cause${i % 10 === 0 ? '\n\njava.lang.IllegalStateException: Request cannot be executed; I/O reactor status: STOPPED\n\tat org.apache.http.util.Asserts.check(Asserts.java:46)\n\tat org.apache.http.impl.nio.client.CloseableHttpAsyncClientBase.ensureRunning(CloseableHttpAsyncClientBase.java:90)\n\tat org.apache.http.impl.nio.client.InternalHttpAsyncClient.execute(InternalHttpAsyncClient.java:123)\n\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:307)\n\tat org.elasticsearch.client.RestClient.performRequest(RestClient.java:294)' : ''}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },
  {
    // The HiveMQ node this bridge replica was connected to restarted at 06:10 in a rolling upgrade.
    // The client reconnected with a clean session but the app subscribes only at start-up, so it
    // forwards nothing; the other replica, on another HiveMQ node, carries half the fleet.
    id: 'sixtysecond-telematics-bridge-forwarding-nothing',
    family: 'wedged-consumer',
    source: 'https://github.com/hivemq/hivemq-mqtt-client/issues/528',
    signal: 'Alert',
    containers: [
      {
        name: 'telematics-bridge',
        running: { startedAt: '2026-02-03T12:50:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          MQTT_SERVER: 'hivemq.telematics.svc.cluster.local:8883',
          MQTT_SHARED_SUBSCRIPTION: '$share/bridge/vehicles/+/trips',
          MQTT_CLEAN_START: 'true',
          KAFKA_TOPIC: 'telematics.trips.raw',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'TelematicsIngestStalled: telematics-bridge-5f7d8c9b6-r2vlk forwarded 0 trip messages since 06:10; shared subscription $share/bridge/vehicles/+/trips has 1 of 2 expected subscribers',
      },
    ],
    currentLog: log(
      times(
        10,
        (i) =>
          `${stamp(i * 60, i * 13)}  INFO 1 --- [    stats-timer] c.e.telematics.bridge.ForwardingStats    : forwarded ${40120 + i * 233} messages to telematics.trips.raw in last 60s (kafka acks ok)`,
      ),
      `${stamp(641, 207)}  WARN 1 --- [ com.hivemq.client.mqtt-1-1] c.e.telematics.bridge.MqttLifecycle      : MQTT client disconnected, reconnect=true, cause: com.hivemq.client.mqtt.exceptions.ConnectionClosedException: Server closed connection without DISCONNECT.`,
      `${stamp(643, 911)}  INFO 1 --- [ com.hivemq.client.mqtt-1-1] c.e.telematics.bridge.MqttLifecycle      : reconnect attempt 1 to hivemq.telematics.svc.cluster.local:8883 in 2s`,
      `${stamp(649, 322)}  INFO 1 --- [ com.hivemq.client.mqtt-1-1] c.e.telematics.bridge.MqttLifecycle      : MQTT client connected (session present: false)`,
      times(
        138,
        (i) =>
          `${stamp(660 + i * 60, i * 7)}  INFO 1 --- [    stats-timer] c.e.telematics.bridge.ForwardingStats    : forwarded 0 messages to telematics.trips.raw in last 60s (kafka acks ok)`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    // ElastiCache failed over the quote cache at 07:48. This quote-api replica's pooled Redis
    // connections still point at the old primary, now a replica, and every quote save is refused.
    // Replicas started since the failover are fine.
    id: 'sixtysecond-quote-api-saves-refused',
    family: 'stale-connection',
    source: 'https://github.com/StackExchange/StackExchange.Redis/issues/2264',
    signal: 'Alert',
    containers: [
      {
        name: 'quote-api',
        running: { startedAt: '2026-02-09T07:15:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          QUARKUS_REDIS_HOSTS: 'rediss://quote-cache.abc123.ng.0001.euw1.cache.amazonaws.com:6379',
          QUARKUS_REDIS_MAX_POOL_SIZE: '16',
          JAVA_OPTS_APPEND: '-XX:MaxRAMPercentage=75',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'QuoteApi5xx: quote-api-7b9f6d8c5-wd6nk returns 500 on 52% of POST /v1/quotes/motor since 07:48 (ElastiCache quote-cache failover at 07:48); 3 other replicas below 0.5%',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `${stamp(6400 + i * 20, i * 41, ',')} INFO  [com.exa.quo.QuoteResource] (executor-thread-${1 + (i % 12)}) quote Q${64200100 + i} saved, premium GBP ${(412 + i * 17.3).toFixed(2)} in ${41 + (i % 20)} ms`,
      ),
      times(90, (i) =>
        i % 2 === 0
          ? `${stamp(6500 + i * 26, i * 17, ',')} ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-${1 + (i % 12)}) HTTP Request to /v1/quotes/motor failed, error id: 3c6f1e9a-${(0x1b2c + i).toString(16)}-4d1e-9a7b-2f0c8e1d4a${dd(i % 100)}-${i}: io.vertx.redis.client.impl.types.ErrorType: READONLY You can't write against a read only replica.`
          : `${stamp(6500 + i * 26, i * 17 + 9, ',')} INFO  [com.exa.quo.QuoteResource] (executor-thread-${1 + (i % 12)}) quote Q${64200200 + i} priced (cache read hit), premium GBP ${(388 + i * 3.1).toFixed(2)} in ${9 + (i % 6)} ms`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    // The quarter-end reserving run has been bootstrapping for three hours, longer than usual
    // because the storm year added a cohort. It is steadily progressing; killing the pod throws
    // away three hours of work and delays the reserving committee.
    id: 'sixtysecond-reserving-workflow-running-long',
    family: 'long-running-job',
    source: 'https://rdocumentation.org/packages/futile.logger/versions/1.4.3/topics/flog.layout',
    signal: 'Alert',
    containers: [
      {
        name: 'main',
        running: { startedAt: '2026-02-11T05:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '192Gi',
        memoryRequest: '192Gi',
        cpuLimit: '32',
        env: { RESERVING_QUARTER: '2025Q4', OMP_NUM_THREADS: '32' },
        args: ['Rscript', '/opt/reserving/run_chain_ladder.R', '--quarter', '2025Q4', '--bootstrap', '10000'],
      },
      { name: 'wait', running: { startedAt: '2026-02-11T05:12:40Z' }, ready: true, memoryLimit: '128Mi' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ArgoWorkflowRunningLong: workflow reserving-2025q4-7xk2p step chain-ladder-bootstrap running 3h16m (p95 of last 8 runs: 1h52m)',
      },
    ],
    currentLog: log(
      'INFO [2026-02-11 05:13:02] reserving 2025Q4: 14 lines of business, accident years 2012-2025 (storm year 2025 included)',
      'INFO [2026-02-11 05:19:44] triangles built from claims_paid_2025q4.parquet (1.8 GB), 14 paid and 14 incurred triangles',
      times(
        50,
        (i) =>
          `INFO [2026-02-11 ${hms(i * 180)}] bootstrap ${Math.min(10000, 2600 + i * 100)}/10000 line=${['MOTOR_OD', 'MOTOR_TPBI', 'HOME_BUILDINGS', 'HOME_CONTENTS'][Math.floor(i / 13) % 4]} elapsed=${Math.floor((2280 + i * 180) / 3600)}h${dd(Math.floor(((2280 + i * 180) % 3600) / 60))}m rss=${(141.2 + (i % 5) * 0.4).toFixed(1)}G`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    // A policy-admin managed server was rescheduled and now takes longer to deploy its EAR than the
    // liveness probe allows (the product catalogue it warms at start-up has doubled). The kubelet
    // kills it mid-deployment every time. Restarting repeats the loop; a rolling restart would send
    // the healthy servers into it too. The probe needs a startupProbe or a longer delay.
    id: 'sixtysecond-policy-admin-ms-restarting',
    family: 'slow-start',
    source: 'https://github.com/oracle/weblogic-kubernetes-operator/issues/3423',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('weblogic', 143, 5),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTIONS: '-Xms4g -Xmx4g',
          DOMAIN_HOME: '/u01/domains/policy_domain',
          MANAGED_SERVER_NAME: 'policy_ms_3',
          CATALOGUE_WARMUP: 'full',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.4.19:8001/weblogic/ready": dial tcp 10.42.4.19:8001: connect: connection refused',
        type: 'Warning',
        count: 18,
      },
      {
        reason: 'Killing',
        message: 'Container weblogic failed liveness probe, will be restarted',
        type: 'Normal',
        count: 5,
      },
    ],
    previousLog: log(
      '<Feb 11, 2026, 8:14:02,118 AM Coordinated Universal Time> <Info> <Management> <BEA-141107> <Version: WebLogic Server 14.1.1.0.0  Thu Mar 26 03:15:09 GMT 2020 2000885>',
      '<Feb 11, 2026, 8:14:09,402 AM Coordinated Universal Time> <Notice> <WebLogicServer> <BEA-000365> <Server state changed to STARTING.>',
      '<Feb 11, 2026, 8:14:11,911 AM Coordinated Universal Time> <Info> <WorkManager> <BEA-002900> <Initializing self-tuning thread pool.>',
      '<Feb 11, 2026, 8:14:22,640 AM Coordinated Universal Time> <Info> <Deployer> <BEA-149060> <Module policy-admin.war of application policy-admin is being deployed.>',
      times(
        26,
        (i) =>
          `<Feb 11, 2026, 8:${dd(14 + Math.floor((30 + i * 6) / 60))}:${dd((30 + i * 6) % 60)},${ms3(i * 97)} AM Coordinated Universal Time> <Info> <PolicyAdmin> <BEA-000000> <catalogue warm-up: ${(i + 1) * 3700} of 96412 products loaded>`,
      ),
      '<Feb 11, 2026, 8:17:12,004 AM Coordinated Universal Time> <Notice> <WebLogicServer> <BEA-000396> <Server shutdown has been requested by <WLS Kernel>.>',
      '<Feb 11, 2026, 8:17:12,118 AM Coordinated Universal Time> <Notice> <WebLogicServer> <BEA-000365> <Server state changed to FORCE_SUSPENDING.>',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    // The bank's SEPA API is in its announced maintenance window (07:30-09:30) and answers 503. The
    // payments pods report not-ready because their readiness check includes the bank; they hold the
    // due payouts and retry. New pods would see the same 503.
    id: 'sixtysecond-payments-not-ready',
    family: 'dependency-down',
    source: 'https://req.hexdocs.pm/0.7.2/Req.Steps.html#retry/1-examples',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'payments',
        running: { startedAt: '2026-02-10T16:40:12Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RELEASE_NAME: 'payments',
          SEPA_API_BASE: 'https://api.corporate.nordbank.example/sepa/v2',
          READINESS_CHECKS: 'db,redis,bank',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 61,
      },
    ],
    currentLog: log(
      times(80, (i) => {
        const t = `${hms(5400 + i * 44)}.${ms3(i * 67)}`;
        if (i % 5 === 0) {
          return `${t} request_id=F4z${i}Kp7vQm${i}iAAAC [info] GET /health/ready\n${t} request_id=F4z${i}Kp7vQm${i}iAAAC [info] Sent 503 in ${3 + (i % 4)}ms`;
        }
        if (i % 5 === 4) {
          return `${t} batch_id=PAY-20260211-${String(300 + i).padStart(4, '0')} [error] sepa.submitter: bank unavailable, batch kept for next tick: status=503 body=%{"code" => "MAINTENANCE", "message" => "Scheduled maintenance 07:30-09:30 UTC. SEPA Credit Transfer API unavailable."}`;
        }
        return `${t} [warning] retry: got response with status 503, will retry in ${[1000, 2000, 4000][i % 3]}ms, ${3 - (i % 3)} attempts left`;
      }),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- memory (6: 3 raises right, 3 wrong)
  {
    // The rating engine compiles this morning's storm-season tariff tables (24k rules, up from 18k)
    // into its KIE base. Drools compiles rules to classes, so metaspace and code cache grew with
    // them; with the heap at 75 % of the limit the process no longer fits and the kernel kills it
    // while the heap is far from full. No release changed; the data did.
    id: 'sixtysecond-rating-engine-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/virtualcell/vcell/pull/1899',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'rating-engine',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=rating-engine',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 5,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS_APPEND: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          TARIFF_SOURCE: 's3://example-insure-tariffs/motor/current/',
          QUARKUS_PROFILE: 'prod',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container rating-engine in pod rating-engine-58c9d7f6b-t8wqz',
        type: 'Warning',
        count: 14,
      },
    ],
    previousLog: log(
      '2026-02-11 08:19:02,118 INFO  [io.quarkus] (main) rating-engine 7.12.0 on JVM (powered by Quarkus 3.15.3) starting in 2.311s.',
      '2026-02-11 08:19:02,402 INFO  [com.exa.rat.TariffLoader] (main) loading tariff tables from s3://example-insure-tariffs/motor/current/ (published 2026-02-11T05:30Z, storm-season loadings)',
      times(
        24,
        (i) =>
          `2026-02-11 08:19:${dd(4 + i * 2)},${ms3(i * 83)} INFO  [com.exa.rat.TariffLoader] (main) decision table ${['area', 'vehicle-group', 'driver-age', 'ncd', 'storm-postcode', 'occupation'][i % 6]}-${i + 1}.xlsx -> ${820 + ((i * 37) % 300)} rules`,
      ),
      '2026-02-11 08:19:53,611 INFO  [com.exa.rat.TariffLoader] (main) 412 decision tables, 24118 rules (tables of 2026-02-04: 17902 rules)',
      '2026-02-11 08:20:41,077 INFO  [com.exa.rat.KieBaseFactory] (main) KieBase ratingKBase built in 47.4s',
      '2026-02-11 08:20:41,090 INFO  [com.exa.rat.JvmStats] (main) heap used 1.02 GiB of max 1.50 GiB; non-heap 524 MiB (metaspace 341 MiB, code cache 119 MiB, compressed class space 44 MiB)',
      '2026-02-11 08:20:43,310 INFO  [io.quarkus] (main) rating-engine 7.12.0 on JVM (powered by Quarkus 3.15.3) started in 101.503s. Listening on: http://0.0.0.0:8080',
      times(
        12,
        (i) =>
          `2026-02-11 08:20:${dd(45 + i * 1)},${ms3(i * 119)} INFO  [com.exa.rat.RatingResource] (executor-thread-${1 + (i % 8)}) rated quote Q${64210000 + i * 3}: ${180 + (i % 40)} rules fired in ${12 + (i % 9)} ms`,
      ),
      '2026-02-11 08:20:57,402 INFO  [com.exa.rat.JvmStats] (jvm-stats) heap used 1.19 GiB of max 1.50 GiB; non-heap 561 MiB (metaspace 347 MiB, code cache 152 MiB, compressed class space 45 MiB)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // Storm season: policyholders photograph damage documents with new phones and the intake portal
    // now passes 600 dpi scans through. Tesseract on a 600 dpi A4 page needs several hundred MiB;
    // with two pages in flight the OCR worker passes its 1Gi limit. A modest raise fits the work.
    id: 'sixtysecond-claims-ocr-worker-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/ocrmypdf/OCRmyPDF/issues/976',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'ocr-worker',
        running: { startedAt: '2026-02-11T08:21:18Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          OCR_CONCURRENCY: '2',
          OCR_LANG: 'eng',
          TESSERACT_OEM: '1',
          QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/418273645510/claims-ocr-jobs',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ClaimsOcrWorkerOOM: claims-ocr-worker containers OOMKilled 4 times in the last hour; OCR queue age 14m',
      },
    ],
    previousLog: log(
      times(48, (i) => {
        const job = `OCR-2026-0211-${String(7100 + Math.floor(i / 4)).padStart(5, '0')}`;
        const page = (i % 4) + 1;
        const dpi = i > 30 && i % 3 !== 0 ? 600 : 300;
        const px = dpi === 600 ? '4960x7016' : '2480x3508';
        return `{"event": "page ocr done", "job": "${job}", "page": ${page}, "dpi": ${dpi}, "pixels": "${px}", "chars": ${1800 + ((i * 211) % 1900)}, "rss_mib": ${dpi === 600 ? 610 + ((i * 37) % 240) : 310 + ((i * 29) % 90)}, "seconds": ${(dpi === 600 ? 7.9 : 2.1) + (i % 5) * 0.3}, "level": "info", "logger": "ocr.worker", "timestamp": "${iso(7500 + i * 20, i * 31)}"}`;
      }),
      `{"event": "rasterising page", "job": "OCR-2026-0211-07113", "page": 2, "dpi": 600, "pixels": "4960x7016", "level": "info", "logger": "ocr.worker", "timestamp": "${iso(8471, 402)}"}`,
      `{"event": "rasterising page", "job": "OCR-2026-0211-07114", "page": 1, "dpi": 600, "pixels": "4960x7016", "level": "info", "logger": "ocr.worker", "timestamp": "${iso(8472, 118)}"}`,
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // The agent portal's GraphQL gateway picked up a supergraph with two new subgraphs (telematics
    // and claims documents) this morning; its resident set after loading it sits just above the
    // 768Mi it was sized for last year, and it is killed within a minute of every start.
    id: 'sixtysecond-agent-graph-gateway-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/apollographql/federation/issues/2085',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'agent-graph-gateway',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 1m20s restarting failed container=agent-graph-gateway',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          NODE_ENV: 'production',
          APOLLO_GRAPH_REF: 'agent-graph@prod',
          APOLLO_KEY_FILE: '/var/run/secrets/apollo/key',
        },
        mounts: [{ volume: 'apollo-key', path: '/var/run/secrets/apollo' }],
      },
    ],
    volumes: [{ name: 'apollo-key', secret: 'agent-graph-apollo-key' }],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container agent-graph-gateway in pod agent-graph-gateway-6b8d9c7f5-p4kx9',
        type: 'Warning',
        count: 17,
      },
    ],
    previousLog: log(
      '{"level":30,"time":1770798004118,"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","msg":"starting agent graph gateway","apolloGateway":"2.9.3","node":"v20.18.1"}',
      '{"level":30,"time":1770798005402,"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","msg":"supergraph fetched from uplink","graphRef":"agent-graph@prod","launchId":"c1f0a9e2-7b11-4f0d-9d2e-0a58a9fe11c4","subgraphs":["policy","quotes","claims","documents","claims-documents","telematics"],"sdlBytes":3841220}',
      '{"level":30,"time":1770798011911,"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","msg":"memory","rssMiB":702,"heapUsedMiB":488,"heapTotalMiB":531,"externalMiB":41}',
      '{"level":30,"time":1770798014204,"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","msg":"gateway ready","port":4000}',
      times(
        18,
        (i) =>
          `{"level":30,"time":${1770798015000 + i * 2100},"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","req":{"method":"POST","url":"/graphql","operationName":"${['AgentDashboard', 'PolicySearch', 'QuoteDetail', 'ClaimTimeline'][i % 4]}"},"res":{"statusCode":200},"responseTime":${40 + ((i * 23) % 160)},"msg":"request completed"}`,
      ),
      '{"level":30,"time":1770798041911,"pid":1,"hostname":"agent-graph-gateway-6b8d9c7f5-p4kx9","msg":"memory","rssMiB":759,"heapUsedMiB":531,"heapTotalMiB":574,"externalMiB":44}',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    // The fraud scorer loads the sanctions and watchlist snapshot into its heap at start-up; the
    // snapshot tripled with this week's list update. The heap is fixed at 1g by -Xmx, so a bigger
    // container changes nothing: the JVM exits on the same OutOfMemoryError at any limit.
    id: 'sixtysecond-fraud-scoring-crashloop',
    family: 'heap-capped',
    source: 'https://github.com/sitewhere/sitewhere/issues/947',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('fraud-scoring', 3, 6),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms1g -Xmx1g -XX:+ExitOnOutOfMemoryError',
          KAFKA_BOOTSTRAP: 'b-1.claims.kafka.eu-west-1.amazonaws.com:9098',
          WATCHLIST_SNAPSHOT: 's3://example-insure-fraud/watchlists/latest.avro',
          APPLICATION_ID: 'fraud-scoring',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fraud-scoring in pod fraud-scoring-69d8f7c5b-z7m2c',
        type: 'Warning',
        count: 21,
      },
    ],
    previousLog: log(
      '2026-02-11 08:21:40,118 INFO  [c.e.f.FraudScoringApp] (main) fraud-scoring 4.7.2 (Scala 2.13.15, Kafka Streams 3.8.1) starting',
      '2026-02-11 08:21:40,907 INFO  [c.e.f.watchlist.WatchlistLoader] (main) loading watchlist snapshot s3://example-insure-fraud/watchlists/latest.avro (published 2026-02-10T22:00Z)',
      times(
        13,
        (i) =>
          `2026-02-11 08:21:${dd(42 + i * 1)},${ms3(i * 207)} INFO  [c.e.f.watchlist.WatchlistLoader] (main) ${(i + 1) * 100000} entities indexed`,
      ),
      '2026-02-11 08:21:56,602 WARN  [c.e.f.watchlist.WatchlistLoader] (main) snapshot has 1304112 entities (previous snapshot 410220)',
      '2026-02-11 08:22:03,914 INFO  [o.a.k.s.KafkaStreams] (main) stream-client [fraud-scoring-1c2d3e4f] State transition from CREATED to REBALANCING',
      '2026-02-11 08:22:03,933 INFO  [o.a.k.s.p.i.StreamThread] (fraud-scoring-1c2d3e4f-StreamThread-1) stream-thread [fraud-scoring-1c2d3e4f-StreamThread-1] State transition from CREATED to STARTING',
      '2026-02-11 08:22:09,118 INFO  [o.a.k.s.p.i.StreamThread] (fraud-scoring-1c2d3e4f-StreamThread-1) stream-thread [fraud-scoring-1c2d3e4f-StreamThread-1] State transition from STARTING to PARTITIONS_ASSIGNED',
      '2026-02-11 08:22:12,402 INFO  [o.a.k.s.p.i.StreamThread] (fraud-scoring-1c2d3e4f-StreamThread-1) stream-thread [fraud-scoring-1c2d3e4f-StreamThread-1] State transition from PARTITIONS_ASSIGNED to RUNNING',
      times(
        8,
        (i) =>
          `2026-02-11 08:22:${dd(13 + i * 2)},${ms3(i * 61)} INFO  [c.e.f.ScoringTopology] (fraud-scoring-1c2d3e4f-StreamThread-1) scored claim CLM-2026-0211-${String(5200 + i).padStart(5, '0')} score=${(0.08 + i * 0.021).toFixed(3)} watchlist_hits=0`,
      ),
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    // The HTML-to-PDF renderer leaks unmanaged memory in the HTML converter it uses: its working set
    // climbs by about 40 MB a minute at a flat request rate and the kernel kills it every forty
    // minutes whatever its limit. A bigger limit only spaces the kills out.
    id: 'sixtysecond-docgen-html2pdf-oomkilled',
    family: 'oom-leak',
    source: 'https://dev.to/ironsoftware/aspose-html-to-pdf-memory-leak-issue-fixed-44f4',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'html2pdf',
        running: { startedAt: '2026-02-11T08:12:31Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 9,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          DOTNET_gcServer: '0',
          DOTNET_GCHeapHardLimitPercent: '0x46',
          RENDER_CONCURRENCY: '4',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ContainerOOMKilledRepeatedly: docs/docgen-html2pdf OOMKilled 9 times since 02:10, about every 40 minutes; request rate flat at 11 req/s',
      },
    ],
    currentLog: log(
      times(
        68,
        (i) =>
          `info: DocGen.Html2Pdf.Converter[0]\n      converted ${['renewal-invitation', 'policy-schedule', 'claim-acknowledgement', 'broker-statement'][i % 4]} ${['RNW', 'POL', 'CLM', 'BST'][i % 4]}-${7700100 + i * 3} (${2 + (i % 5)} pages) in ${640 + ((i * 53) % 400)} ms; managed heap ${96 + (i % 7)} MB, working set ${412 + i * 15} MB`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    // The claims document splitter rasterises uploaded PDFs into a temporary directory under /tmp,
    // a memory-backed emptyDir. When a PDF fails to convert the library leaves its temporary
    // directory behind; storm-day uploads fail often and the page images pile up in RAM.
    id: 'sixtysecond-claims-doc-splitter-oomkilled',
    family: 'tmpfs-growth',
    source: 'https://github.com/Belval/pdf2image/issues/224',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'doc-splitter',
        running: { startedAt: '2026-02-11T07:58:02Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { PDF2IMAGE_USE_PDFTOCAIRO: 'true', RASTER_DPI: '300', TMPDIR: '/tmp' },
        mounts: [{ volume: 'tmp', path: '/tmp' }],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '2Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message: 'ContainerOOMKilledRepeatedly: claims/claims-doc-splitter OOMKilled 3 times since 06:30',
      },
    ],
    currentLog: log(
      times(30, (i) => {
        const s = 7090 + i * 61;
        const doc = `DOC-2026-0211-${String(51200 + i * 3).padStart(6, '0')}`;
        if (i % 3 === 2) {
          return `{"event": "split failed", "doc": "${doc}", "level": "error", "logger": "splitter", "timestamp": "${iso(s, i * 43)}", "exception": "Traceback (most recent call last):\\n  File \\"/usr/local/lib/python3.12/site-packages/pdf2image/pdf2image.py\\", line 251, in convert_from_path\\n    images += _load_from_output_folder(\\n  File \\"/usr/local/lib/python3.12/site-packages/pdf2image/pdf2image.py\\", line 571, in _load_from_output_folder\\n    images.append(Image.open(os.path.join(output_folder, f)))\\n  File \\"/usr/local/lib/python3.12/site-packages/PIL/Image.py\\", line 3498, in open\\n    raise UnidentifiedImageError(msg)\\nPIL.UnidentifiedImageError: cannot identify image file '/tmp/tmp${(0x3a9f11 + i * 4099).toString(36)}/${(0x9c2e + i).toString(16)}d0-6f1b-4a2e-9b7c-0a58a9fe${dd(i)}a1-${1 + (i % 9)}.png'"}`;
        }
        return `{"event": "split done", "doc": "${doc}", "pages": ${3 + (i % 9)}, "tmp_used_mib": ${190 + i * 49}, "level": "info", "logger": "splitter", "timestamp": "${iso(s, i * 43 + 7)}"}`;
      }),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },

  // ---------------------------------------------------------------- rollouts (4: 3 rollbacks right, 1 wrong)
  {
    // The document generator's 2.3.1 image moved to a slimmer base image without the DejaVu fonts
    // the JasperReports templates use. Every render since the rollout fails; the old image works.
    id: 'sixtysecond-docgen-jasper-render-errors',
    family: 'bad-deploy',
    source: 'https://github.com/urvanov-ru/java-examples/issues/1',
    signal: 'Alert',
    containers: [
      {
        name: 'docgen-jasper',
        running: { startedAt: '2026-02-11T08:08:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70 -Djava.awt.headless=true',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    rollout: { minutesAgo: 22, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'DocgenRenderErrors: docgen-jasper answers 500 to 100% of POST /v1/render since 08:09 (bordereaux, schedules, certificates of motor insurance)',
      },
    ],
    currentLog: log(
      '2026-02-11 08:08:43.118  INFO 1 --- [           main] c.e.docgen.DocgenJasperApplication       : Starting DocgenJasperApplication v2.3.1 using Java 21.0.5 with PID 1',
      "2026-02-11 08:08:51.402  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'",
      '2026-02-11 08:08:51.431  INFO 1 --- [           main] c.e.docgen.DocgenJasperApplication       : Started DocgenJasperApplication in 8.744 seconds (process running for 9.31)',
      times(
        14,
        (i) =>
          `2026-02-11 ${hms(8940 - 1400 + i * 97)}.${ms3(i * 61)} ERROR 1 --- [nio-8080-exec-${1 + (i % 10)}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: net.sf.jasperreports.engine.util.JRFontNotFoundException: Font 'DejaVu Sans' is not available to the JVM. See the Javadoc for more details.] with root cause${i % 5 === 0 ? "\n\nnet.sf.jasperreports.engine.util.JRFontNotFoundException: Font 'DejaVu Sans' is not available to the JVM. See the Javadoc for more details.\n\tat net.sf.jasperreports.engine.fonts.FontUtil.checkAwtFont(FontUtil.java:604)\n\tat net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.loadFont(SimpleTextLineWrapper.java:390)\n\tat net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.getGeneralFontInfo(SimpleTextLineWrapper.java:351)\n\tat net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.createFontInfo(SimpleTextLineWrapper.java:291)\n\tat net.sf.jasperreports.engine.fill.SimpleTextLineWrapper.start(SimpleTextLineWrapper.java:253)\n\tat net.sf.jasperreports.engine.fill.TextMeasurer.measure(TextMeasurer.java:604)\n\tat net.sf.jasperreports.engine.fill.JRFillTextElement.chopTextElement(JRFillTextElement.java:705)\n\tat net.sf.jasperreports.engine.fill.JRFillStaticText.prepare(JRFillStaticText.java:203)\n\tat net.sf.jasperreports.engine.fill.JRVerticalFiller.fillColumnHeader(JRVerticalFiller.java:594)\n\tat net.sf.jasperreports.engine.fill.JRVerticalFiller.fillReport(JRVerticalFiller.java:283)\n\tat com.example.docgen.render.JasperRenderer.render(JasperRenderer.java:88)" : ''}`,
      ),
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    // The rating engine's 2.3.1 release ships a DRL rule that refers to a variable it never binds.
    // The KIE base cannot be built and the service exits at start; 2.3.0 still runs on the old pods.
    id: 'sixtysecond-rating-engine-release-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/apache/incubator-kie/pull/4411',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('rating-engine', 1, 4),
        memoryLimit: '2560Mi',
        memoryRequest: '2560Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS_APPEND: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          QUARKUS_PROFILE: 'prod',
        },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container rating-engine in pod rating-engine-7fd6c8b94-c2m5n',
        type: 'Warning',
        count: 9,
      },
    ],
    previousLog: log(
      '2026-02-11 08:24:10,118 INFO  [io.quarkus] (main) rating-engine 2.3.1 on JVM (powered by Quarkus 3.15.3) starting',
      '2026-02-11 08:24:10,402 INFO  [com.exa.rat.TariffLoader] (main) loading rules from classpath:rules/motor/*.drl (release 2.3.1)',
      times(
        9,
        (i) =>
          `2026-02-11 08:24:${dd(11 + i)},${ms3(i * 77)} INFO  [com.exa.rat.TariffLoader] (main) rules/motor/${['area', 'vehicle-group', 'driver-age', 'ncd', 'storm-postcode', 'occupation', 'young-driver', 'mileage', 'security'][i]}.drl loaded`,
      ),
      '2026-02-11 08:24:26,911 ERROR [org.dro.com.kie.bui.imp.AbstractKieProject] (main) Unable to build KieBaseModel:ratingKBase',
      "Rule Compilation error : [Rule name='motor-young-driver-storm-loading']",
      '\t$driverAge cannot be resolved to a variable',
      '',
      '2026-02-11 08:24:27,004 ERROR [io.quarkus.runtime.Application] (main) Failed to start application: java.lang.RuntimeException: Failed to start quarkus',
      '\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)',
      '\tat io.quarkus.runtime.Application.start(Application.java:101)',
      'Caused by: java.lang.RuntimeException: Error while creating KieBase[Message [id=1, kieBase=ratingKBase, level=ERROR, path=rules/motor/young-driver.drl, line=31, column=0',
      '   text=Rule Compilation error $driverAge cannot be resolved to a variable]]',
      '\tat org.drools.compiler.kie.builder.impl.KieContainerImpl.getKieBase(KieContainerImpl.java:398)',
      '\tat com.example.rating.KieBaseFactory.build(KieBaseFactory.java:44)',
    ),
    accept: ['rollback'],
  },
  {
    // The payments 2.3.1 release reads SEPA_CREDITOR_ID in runtime.exs with System.fetch_env!; the
    // Deployment was not given the variable, so the release stops during boot.
    id: 'sixtysecond-payments-release-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/etalab/transport-site/pull/1456',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('payments', 1, 5),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RELEASE_NAME: 'payments',
          SEPA_API_BASE: 'https://api.corporate.nordbank.example/sepa/v2',
          DATABASE_URL_FILE: '/var/run/secrets/db/url',
          POOL_SIZE: '10',
        },
        mounts: [{ volume: 'db', path: '/var/run/secrets/db' }],
      },
    ],
    volumes: [{ name: 'db', secret: 'payments-db' }],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container payments in pod payments-5c7b8d9f6-k9v2x',
        type: 'Warning',
        count: 8,
      },
    ],
    previousLog: log(
      'ERROR! Config provider Config.Reader failed with:',
      '** (System.EnvError) could not fetch environment variable "SEPA_CREDITOR_ID" because it is not set',
      '    (elixir 1.17.3) lib/system.ex:703: System.fetch_env!/1',
      '    /app/releases/2.3.1/runtime.exs:41: (file)',
      '    (elixir 1.17.3) src/elixir.erl:386: :elixir.eval_external_handler/3',
      '    (stdlib 6.1.2) erl_eval.erl:919: :erl_eval.do_apply/7',
      '    (stdlib 6.1.2) erl_eval.erl:1207: :erl_eval.expr_list/7',
      '    (stdlib 6.1.2) erl_eval.erl:620: :erl_eval.expr/6',
      '    (elixir 1.17.3) src/elixir.erl:364: :elixir.eval_forms/4',
      '    (elixir 1.17.3) lib/module/parallel_checker.ex:112: Module.ParallelChecker.verify/1',
      '',
      "Runtime terminating during boot ({#{message=><<\"could not fetch environment variable \\\"SEPA_CREDITOR_ID\\\" because it is not set\">>,'__struct__'=>'Elixir.System.EnvError','__exception__'=>true,env=><<\"SEPA_CREDITOR_ID\">>},[{'Elixir.System','fetch_env!',1,[{file,\"lib/system.ex\"},{line,703}]}]})",
      '',
      'Crash dump is being written to: erl_crash.dump...done',
    ),
    accept: ['rollback'],
  },
  {
    // The policy admin 2.3.1 release went out at 07:16 and ran its schema migrations; it served
    // fine for an hour. At 08:15 the application account's password reached the end of its grace
    // period: pods already running keep their pooled sessions, but every new connection is refused.
    // Rolling back cannot change a database password, and the old pods would meet the same refusal
    // (and the migrated schema).
    id: 'sixtysecond-policy-admin-new-pods-crashloop',
    family: 'credentials',
    source: 'https://github.com/besley/Slickflow/issues/19',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('policy-admin', 1, 6),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_DATASOURCE_URL:
            'jdbc:oracle:thin:@//policy-db.cx1a2b3c4d5e.eu-west-1.rds.amazonaws.com:1521/POLADM',
          SPRING_DATASOURCE_USERNAME: 'POLADMIN_APP',
          SPRING_FLYWAY_ENABLED: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 74, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubePodCrashLooping: 2 new policy-admin pods (HPA scale-out at 08:18) crash-looping; 4 pods started at 07:16 serving normally',
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container policy-admin in pod policy-admin-86d9f5c7b-q7n4t',
        type: 'Warning',
        count: 11,
      },
    ],
    previousLog: log(
      '2026-02-11 08:27:02.114  INFO 1 --- [           main] c.e.policy.PolicyAdminApplication         : Starting PolicyAdminApplication v2.3.1 using Java 21.0.5 with PID 1',
      '2026-02-11 08:27:04.902  INFO 1 --- [           main] c.e.policy.PolicyAdminApplication         : The following 1 profile is active: "prod"',
      '2026-02-11 08:27:11.377  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
      '2026-02-11 08:27:12.051 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.',
      '',
      'java.sql.SQLException: ORA-28001: the password has expired',
      '',
      'https://docs.oracle.com/error-help/db/ora-28001/',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:709)',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:609)',
      '\tat oracle.jdbc.driver.T4CTTIfun.processError(T4CTTIfun.java:1347)',
      '\tat oracle.jdbc.driver.T4CTTIoauthenticate.processError(T4CTTIoauthenticate.java:705)',
      '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:1029)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)',
      '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)',
      '\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
      '\tat org.flywaydb.core.internal.jdbc.JdbcUtils.openConnection(JdbcUtils.java:48)',
      '',
      "2026-02-11 08:27:12.066  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Unable to obtain connection from database: ORA-28001: the password has expired",
      '2026-02-11 08:27:12.101 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
    ),
    accept: ['escalate'],
    harmful: ['rollback', 'rollout-restart'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    // Storm day: first notifications of loss arrive at three times the usual rate and each intake
    // pod sheds what it cannot take with uvicorn's concurrency limit. CPU is at 70 % per pod, the
    // claims database and the valuation queue are healthy; the Deployment has no autoscaler.
    id: 'sixtysecond-claims-intake-shedding-load',
    family: 'load',
    source: 'https://github.com/Kludex/uvicorn/pull/148',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-intake',
        running: { startedAt: '2026-02-10T05:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: { UVICORN_WORKERS: '2', DB_POOL_SIZE: '10' },
        args: [
          'uvicorn',
          'intake.main:app',
          '--host',
          '0.0.0.0',
          '--port',
          '8080',
          '--workers',
          '2',
          '--limit-concurrency',
          '64',
        ],
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'ClaimsIntakeShedding: 14% of POST /v1/fnol answered 503 for 20m (FNOL rate 3.1x the February baseline, storm event STORM-2026-02); pod CPU 70%, claims-db and valuation queue healthy; 4 of 4 replicas busy',
      },
    ],
    currentLog: log(
      times(120, (i) => {
        if (i % 7 === 3) {
          return 'WARNING:  Exceeded concurrency limit.';
        }
        if (i % 7 === 4) {
          return `INFO:     10.42.${2 + (i % 5)}.${30 + (i % 60)}:${48000 + i * 13} - "POST /v1/fnol HTTP/1.1" 503 Service Unavailable`;
        }
        if (i % 9 === 0) {
          return `{"event": "fnol accepted", "claim_ref": "CLM-2026-0211-${String(8100 + i).padStart(5, '0')}", "channel": "${['web', 'app', 'broker'][i % 3]}", "storm_event": "STORM-2026-02", "db_ms": ${6 + (i % 9)}, "level": "info", "logger": "intake.fnol", "timestamp": "${iso(8400 + i * 4, i * 37)}"}`;
        }
        return `INFO:     10.42.${2 + (i % 5)}.${30 + (i % 60)}:${48000 + i * 13} - "POST /v1/fnol HTTP/1.1" 202 Accepted`;
      }),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    // A price-comparison campaign tripled motor quote traffic this morning. The quote API protects
    // its calls to the rating engine with a bulkhead of 40 per pod and rejects the overflow; the
    // rating engine itself answers in 180 ms at 35 % CPU. One more quote-api pod takes the load.
    id: 'sixtysecond-quote-api-rejecting-quotes',
    family: 'load',
    source: 'https://github.com/quarkusio/quarkus/issues/6073',
    signal: 'Alert',
    containers: [
      {
        name: 'quote-api',
        running: { startedAt: '2026-02-09T07:15:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '2',
        env: {
          RATING_CLIENT_BULKHEAD_VALUE: '40',
          RATING_CLIENT_BULKHEAD_WAITING_TASK_QUEUE: '20',
          JAVA_OPTS_APPEND: '-XX:MaxRAMPercentage=75',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'QuoteApiRejections: 11% of motor quote requests rejected by the rating bulkhead over 15m (aggregator traffic 3.2x); rating-engine p99 190ms, CPU 35%; quote-api pods CPU 81%',
      },
    ],
    currentLog: log(
      times(110, (i) => {
        const t = stamp(8400 + i * 4, i * 37, ',');
        if (i % 8 === 5) {
          return `${t} ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-${1 + (i % 40)}) HTTP Request to /v1/quotes/motor failed, error id: 91ac${(0x2000 + i).toString(16)}-77e1-4b90-a1f3-0a58a9fe${dd(i % 100)}c7-${i}: org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException: com.example.quote.rating.RatingClient#rate rejected from bulkhead`;
        }
        return `${t} INFO  [com.exa.quo.QuoteResource] (executor-thread-${1 + (i % 40)}) quote Q${64300000 + i} priced via ${['compare-cover', 'quote-zone', 'policy-finder', 'direct'][i % 4]}, premium GBP ${(402 + ((i * 13.7) % 600)).toFixed(2)} in ${160 + ((i * 29) % 140)} ms`;
      }),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    // The node's root volume is full of container images the image garbage collector cannot free,
    // and the kubelet evicts pods one after another under disk pressure. This broker-portal pod used
    // almost nothing itself. The node needs replacing; its pods belong elsewhere.
    id: 'sixtysecond-broker-portal-web-evicted',
    family: 'node-disk-pressure',
    source: 'https://github.com/kubernetes/kubernetes/issues/71869',
    signal: 'NodePressure',
    phase: 'Failed',
    containers: [
      {
        name: 'broker-portal-web',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { NGINX_WORKER_PROCESSES: '2', API_BASE: '/graphql' },
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        {
          type: 'DiskPressure',
          status: 'True',
          reason: 'KubeletHasDiskPressure',
          message: 'kubelet has disk pressure',
        },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/disk-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1622016Ki. Container broker-portal-web was using 48Ki, request is 0, has larger consumption of ephemeral-storage. ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container broker-portal-web', type: 'Normal' },
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'KubeNodeDiskPressure: node ip-10-20-7-41.eu-west-1.compute.internal under DiskPressure for 35m; ImageGCFailed: failed to garbage collect required amount of images. Wanted to free 21474836480 bytes, but freed 0 bytes',
      },
    ],
    currentLog: log(
      times(
        40,
        (i) =>
          `10.42.${1 + (i % 5)}.${60 + (i % 40)} - - [11/Feb/2026:${hms(7800 + i * 11)} +0000] "GET /${['', 'assets/main.8f3c1e.js', 'assets/styles.2b9d4a.css', 'quotes', 'policies/POL-7731200'][i % 5]} HTTP/1.1" 200 ${[1243, 482110, 61204, 1243, 1243][i % 5]} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"`,
      ),
      `2026/02/11 ${hms(8241)} [notice] 1#1: signal 15 (SIGTERM) received from 0, exiting`,
    ),
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },
  {
    // A renewals-api rollout 12 minutes ago placed its new pod on a node whose container runtime
    // has stopped answering: PLEG has not relisted for 14 minutes and sandboxes time out. The
    // release is not at fault; other new pods on other nodes started fine.
    id: 'sixtysecond-renewals-api-stuck-creating',
    family: 'node-unhealthy',
    source: 'https://github.com/kubernetes/kubernetes/issues/101056',
    signal: 'NodeNotReady',
    phase: 'Pending',
    containers: [
      {
        name: 'renewals-api',
        waiting: { reason: 'ContainerCreating' },
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { SPRING_PROFILES_ACTIVE: 'prod', RENEWAL_WINDOW_DAYS: '30' },
      },
    ],
    rollout: { minutesAgo: 12, previousTag: '2.3.0' },
    node: {
      ready: 'False',
      reason: 'KubeletNotReady',
      message:
        'container runtime status check may not have completed yet, PLEG is not healthy: pleg was last seen active 14m2.571s ago; threshold is 3m0s',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
      ],
      taints: ['node.kubernetes.io/not-ready:NoSchedule'],
    },
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned renewals/renewals-api-6d5f8b7c9-w4n8q to ip-10-20-12-88.eu-west-1.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'Failed to create pod sandbox: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        type: 'Warning',
        count: 6,
      },
      {
        reason: 'NodeNotReady',
        message: 'Node is not ready',
        type: 'Warning',
      },
      {
        reason: 'ScalingReplicaSet',
        on: 'Deployment',
        message: 'Scaled up replica set renewals-api-6d5f8b7c9 to 3 from 2',
        type: 'Normal',
      },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
    tolerated: ['escalate'],
  },

  // ---------------------------------------------------------------- cache flushes (2: 1 right, 1 wrong)
  {
    // The vehicle-lookup cache Redis was created with maxmemory-policy noeviction; it is full and
    // refuses every SET, so lookups that miss the cache fail instead of being cached. It holds only
    // copies of registration lookups with a one-day TTL.
    id: 'sixtysecond-vehicle-lookup-errors',
    family: 'cache-full',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'vehicle-lookup',
        running: { startedAt: '2026-02-06T18:20:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        env: {
          REDIS_URL: 'redis://vehicle-cache-redis.cache.svc.cluster.local:6379/0',
          CACHE_MODE: 'read-through',
          CACHE_TTL_S: '86400',
          LOOKUP_API: 'https://api.vehicle-registry.example/v1/vehicles',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'VehicleLookupErrors: vehicle-lookup returns 500 for 38% of lookups since 07:55; vehicle-cache-redis used_memory 2.00G of maxmemory 2.00G (noeviction)',
      },
    ],
    currentLog: log(
      times(96, (i) => {
        const vrm = `${['LK', 'MA', 'YR', 'BD', 'GX'][i % 5]}${20 + (i % 6)}${['ABC', 'XYZ', 'KPL', 'DVE'][i % 4]}`;
        if (i % 3 === 2) {
          return `{"event": "lookup failed", "vrm": "${vrm}", "cache": "miss", "error": "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.", "command": "SETEX", "level": "error", "logger": "lookup.cache", "timestamp": "${iso(7300 + i * 17, i * 41)}"}\nINFO:     10.42.${3 + (i % 4)}.${20 + (i % 30)}:${52000 + i} - "GET /v1/vehicles/${vrm} HTTP/1.1" 500 Internal Server Error`;
        }
        return `INFO:     10.42.${3 + (i % 4)}.${20 + (i % 30)}:${52000 + i} - "GET /v1/vehicles/${vrm} HTTP/1.1" 200 OK`;
      }),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    // The payments Redis holds the idempotency keys that stop a claim payout being sent twice, kept
    // 35 days by contract with the bank. It reached maxmemory and the service refuses to submit
    // payouts it cannot record. Flushing it would forget which payouts were already sent.
    id: 'sixtysecond-payouts-stalled',
    family: 'stateful-redis-full',
    source: 'https://github.com/EBWiki/EBWiki/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'payments',
        running: { startedAt: '2026-02-10T16:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          RELEASE_NAME: 'payments',
          REDIS_URL: 'redis://payments-state-redis.payments.svc.cluster.local:6379/0',
          IDEMPOTENCY_TTL_DAYS: '35',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        on: 'Deployment',
        message:
          'PayoutsStalled: 0 claim payouts submitted since 07:40, 1,118 waiting; payments-state-redis used_memory at maxmemory',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `${hms(5400 + i * 59)}.${ms3(i * 71)} payout_id=PO-${99120300 + i} [info] payouts.dedupe: idempotency key recorded payout:CLM-2026-0210-${String(3300 + i).padStart(5, '0')} ttl=35d`,
      ),
      times(
        60,
        (i) =>
          `${hms(6010 + i * 48)}.${ms3(i * 29)} payout_id=PO-${99120400 + i} [error] payouts.dedupe: could not record idempotency key payout:CLM-2026-0211-${String(100 + i).padStart(5, '0')}: %Redix.Error{message: "OOM command not allowed when used memory > 'maxmemory'."}\n${hms(6010 + i * 48)}.${ms3(i * 29 + 1)} payout_id=PO-${99120400 + i} [warning] payouts.submitter: refusing to submit payout without an idempotency record, will retry`,
      ),
    ),
    accept: ['escalate'],
  },
];
