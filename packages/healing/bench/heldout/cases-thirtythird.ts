import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the retries, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const dd = (n: number): string => String(Math.abs(n) % 60).padStart(2, '0');

/** A Mirth Connect (NextGen Connect) server log line, as its log4j2 pattern prints it. */
const mirth = (level: string, t: string, thread: string, logger: string, msg: string): string =>
  `${level.padEnd(5)} 2026-03-04 ${t} [${thread}] ${logger}: ${msg}`;

/** A Spring Boot console line (Java 21, Logback's default pattern). */
const boot = (t: string, level: string, thread: string, logger: string, msg: string): string =>
  `2026-03-11T${t}Z ${level.padStart(5)} 1 --- [fhir] [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

/** A Celery worker line. */
const celery = (t: string, level: string, proc: string, msg: string): string =>
  `[2026-03-16 ${t}: ${level}/${proc}] ${msg}`;

/** A Celery worker line on another day. */
const celeryAt = (day: string, t: string, level: string, proc: string, msg: string): string =>
  `[${day} ${t}: ${level}/${proc}] ${msg}`;

/** A Go service's slog JSON line. */
const slog = (t: string, level: string, msg: string, rest = ''): string =>
  `{"time":"2026-03-18T${t}Z","level":"${level}","msg":"${msg}"${rest ? `,${rest}` : ''}}`;

/** A Keycloak (Quarkus) JSON log line. */
const kc = (t: string, seq: number, level: string, logger: string, msg: string): string =>
  `{"timestamp":"2026-03-06T${t}Z","sequence":${seq},"loggerClassName":"org.jboss.logging.Logger","loggerName":"${logger}","level":"${level}","message":${JSON.stringify(msg)},"threadName":"executor-thread-${(seq % 7) + 1}","threadId":${40 + (seq % 7)},"mdc":{},"ndc":"","hostName":"keycloak-0","processName":"/usr/lib/jvm/jre-21/bin/java","processId":1}`;

/** A .NET 8 console line (Microsoft.Extensions.Logging's simple console formatter). */
const dotnet = (t: string, level: string, category: string, msg: string): string =>
  `${t} ${level}: ${category}[0]\n      ${msg}`;

/** A Quarkus console line. */
const quarkus = (t: string, level: string, logger: string, thread: string, msg: string): string =>
  `2026-03-20 ${t} ${level.padEnd(5)} [${logger}] (${thread}) ${msg}`;

/**
 * A thirty-third batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a healthcare company on EKS, the ordinary
 * mix an on-call rotation sees. HL7 v2 and FHIR integration (Mirth Connect / NextGen Connect's TCP
 * and HTTP senders over the VPN to hospitals, HAPI FHIR on Spring Boot with Hibernate and HikariCP on
 * Aurora PostgreSQL), Keycloak federating the hospitals' Active Directory, Quarkus services (OIDC
 * against Keycloak, SmallRye Config), Java 21 Spring Boot, Python (Django with django-redis, Celery
 * on RabbitMQ and on Redis, pandas CronJobs, pymongo on MongoDB Atlas), Go services (amqp091-go,
 * pgx behind PgBouncer, net/http, the resolver), a .NET 8 billing system (the AWS SDK's KMS client,
 * HttpClient, EF Core), PgBouncer before RDS, OpenSearch, RabbitMQ's disk alarm, Redis maxmemory,
 * External Secrets with Secrets Manager, cert-manager against Let's Encrypt, the OpenTelemetry
 * collector, Docker Hub's pull limit, the scheduler and cluster autoscaler, and the kubelet (a node
 * that stopped posting status, disk-pressure evictions, liveness kills). Each quotes the wording of
 * the public thread or page in `source`. Mix: 15 escalations (a VPN link down, an expired partner
 * certificate, an AD bind account, Let's Encrypt's duplicate limit, IAM for External Secrets, a
 * disabled KMS key, a clearinghouse's 429s, an Atlas user, OpenSearch's flood stage, RabbitMQ's disk
 * alarm, RDS connection slots, an on-prem DNS name, a node group at its maximum, Docker Hub's pull
 * limit, a renamed CSV column); 9 restarts (6 right: a pool on the demoted Aurora writer, a Celery
 * worker that never resumed after the broker restart, a Go consumer whose channel the broker closed,
 * Django connections closed under Celery, a rotated database password read at start, a descriptor
 * leak after weeks; 3 wrong: a liveness probe killing a slow start, a three-hour export that only
 * looks hung, Keycloak down under a Quarkus service); 6 memory (3 raises right: HAPI FHIR's JVM off
 * heap, a pandas job with a modestly larger month, the collector with more services; 3 wrong: a heap
 * capped by -Xmx, a slow .NET leak, a hospital batch forty times its usual size); 4 rollbacks (3
 * right: a Duration that does not bind, a missing Quarkus property, a module missing from the image
 * in a migrate init container; 1 wrong: a release whose migration ran, failing on a partner's expired
 * certificate); 2 scale-ups (a Celery queue under open enrollment, a Quarkus facade at its HPA
 * maximum); 2 node actions (a silent kubelet, a node under disk pressure); 2 cache flushes (1 right,
 * a django-redis cache under noeviction; 1 wrong, a Redis that is a Celery broker).
 */
export const THIRTYTHIRD_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (15)
  {
    id: 'thirtythird-mirth-adt-outbound-queue-backlog',
    family: 'vpn-down',
    source: 'https://github.com/nextgenhealthcare/connect/issues/2559',
    signal: 'Alert',
    containers: [
      {
        name: 'mirth-connect',
        running: { startedAt: '2026-02-26T09:12:40Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          DATABASE: 'postgres',
          DATABASE_URL: 'jdbc:postgresql://pgbouncer.data.svc.cluster.local:6432/mirthdb',
          VMOPTIONS: '-Xmx2048m',
        },
        mounts: [
          { volume: 'appdata', path: '/opt/connect/appdata' },
          { volume: 'keystore', path: '/opt/connect/keystore' },
        ],
      },
    ],
    volumes: [
      { name: 'appdata', persistentVolumeClaim: 'mirth-appdata' },
      { name: 'keystore', secret: 'mirth-keystore' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'MirthChannelQueueHigh: channel "ADT Out - St Marys" destination 1 queued 4812 messages (threshold 500) for 25m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(30, (i) =>
        mirth(
          'INFO',
          `02:${dd(10 + Math.floor(i / 6))}:${dd(i * 10)}.${String((i * 41) % 1000).padStart(3, '0')}`,
          `LLP Listener Thread on ADT In - Epic (${(i % 3) + 1})`,
          'com.mirth.connect.connectors.tcp.TcpReceiver',
          `Message received from 10.40.12.${20 + (i % 4)}:${51000 + i}, ACK AA sent (MSH-10 ${9823100 + i})`,
        ),
      ),
      mirth(
        'WARN',
        '02:15:02.118',
        'TCP Sender Process Thread on ADT Out - St Marys (4f1c2e7a-9b0d-4c31-a1f2-6e8f0d2b7c19), Destination 1 (1)',
        'com.mirth.connect.connectors.tcp.TcpDispatcher',
        'Error sending message (TCP Sender "To St Marys ADT" on channel 4f1c2e7a-9b0d-4c31-a1f2-6e8f0d2b7c19). java.net.ConnectException: Connection timed out',
      ),
      '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
      '\tat java.base/sun.nio.ch.Net.connect(Net.java:589)',
      '\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)',
      '\tat java.base/java.net.Socket.connect(Socket.java:751)',
      '\tat com.mirth.connect.connectors.tcp.SocketUtil.connectSocket(SocketUtil.java:84)',
      '\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:279)',
      times(40, (i) =>
        i % 4 === 3
          ? mirth(
              'WARN',
              `02:${dd(16 + Math.floor(i / 4))}:${dd(i * 15)}.${String((i * 17) % 1000).padStart(3, '0')}`,
              'TCP Sender Process Thread on ADT Out - St Marys (4f1c2e7a-9b0d-4c31-a1f2-6e8f0d2b7c19), Destination 1 (1)',
              'com.mirth.connect.connectors.tcp.TcpDispatcher',
              'Error sending message (TCP Sender "To St Marys ADT" on channel 4f1c2e7a-9b0d-4c31-a1f2-6e8f0d2b7c19). java.net.ConnectException: Connection timed out',
            )
          : mirth(
              'INFO',
              `02:${dd(16 + Math.floor(i / 4))}:${dd(i * 15)}.${String((i * 29) % 1000).padStart(3, '0')}`,
              `LLP Listener Thread on ADT In - Epic (${(i % 3) + 1})`,
              'com.mirth.connect.connectors.tcp.TcpReceiver',
              `Message received from 10.40.12.${20 + (i % 4)}:${52000 + i}, ACK AA sent (MSH-10 ${9823200 + i})`,
            ),
      ),
      mirth(
        'INFO',
        '02:27:00.004',
        'pool-3-thread-1',
        'com.mirth.connect.server.controllers.DefaultChannelController',
        'Channel "ADT Out - St Marys" statistics: received=18240, sent=13428, queued=4812, errored=0',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-mirth-results-http-sender-handshake',
    family: 'expired-cert',
    source: 'https://github.com/apereo/cas/pull/3310',
    signal: 'Alert',
    containers: [
      {
        name: 'mirth-connect',
        running: { startedAt: '2026-02-26T09:12:40Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { DATABASE: 'postgres', VMOPTIONS: '-Xmx2048m' },
        mounts: [{ volume: 'appdata', path: '/opt/connect/appdata' }],
      },
    ],
    volumes: [{ name: 'appdata', persistentVolumeClaim: 'mirth-appdata' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'MirthChannelErrors: channel "ORU Out - Northside Labs" errored 212 messages in 15m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(24, (i) =>
        mirth(
          'INFO',
          `07:${dd(2 + Math.floor(i / 5))}:${dd(i * 12)}.${String((i * 53) % 1000).padStart(3, '0')}`,
          `HTTP Listener on ORU In - LIS (${(i % 2) + 1})`,
          'com.mirth.connect.connectors.http.HttpReceiver',
          `Received POST /oru from 10.40.7.${30 + (i % 3)} (200)`,
        ),
      ),
      mirth(
        'ERROR',
        '07:07:14.662',
        'HTTP Sender Process Thread on ORU Out - Northside Labs (a7d3e9c1-55b2-4f0e-8c1d-2b9f4e6a0d33), Destination 1 (1)',
        'com.mirth.connect.connectors.http.HttpDispatcher',
        'Error connecting to HTTP server at https://fhir.northside-labs.org/api/results (HTTP Sender "Northside Results" on channel a7d3e9c1-55b2-4f0e-8c1d-2b9f4e6a0d33).',
      ),
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
      '\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:383)',
      '\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1328)',
      '\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.createLayeredSocket(SSLConnectionSocketFactory.java:436)',
      '\tat com.mirth.connect.connectors.http.HttpDispatcher.send(HttpDispatcher.java:398)',
      'Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:318)',
      'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)',
      'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Mar 04 06:59:59 UTC 2026',
      '\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:182)',
      times(30, (i) =>
        i % 3 === 0
          ? mirth(
              'ERROR',
              `07:${dd(8 + Math.floor(i / 3))}:${dd(i * 20)}.${String((i * 7) % 1000).padStart(3, '0')}`,
              'HTTP Sender Process Thread on ORU Out - Northside Labs (a7d3e9c1-55b2-4f0e-8c1d-2b9f4e6a0d33), Destination 1 (1)',
              'com.mirth.connect.connectors.http.HttpDispatcher',
              'Error connecting to HTTP server at https://fhir.northside-labs.org/api/results: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
            )
          : mirth(
              'INFO',
              `07:${dd(8 + Math.floor(i / 3))}:${dd(i * 20)}.${String((i * 61) % 1000).padStart(3, '0')}`,
              'HTTP Listener on ORU In - LIS (1)',
              'com.mirth.connect.connectors.http.HttpReceiver',
              `Received POST /oru from 10.40.7.${30 + (i % 3)} (200)`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-keycloak-clinician-login-failures',
    family: 'credentials',
    source: 'https://github.com/keycloak/keycloak/issues/43855',
    signal: 'Alert',
    containers: [
      {
        name: 'keycloak',
        running: { startedAt: '2026-03-01T11:20:03Z' },
        ready: true,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_LOG_CONSOLE_OUTPUT: 'json',
          KC_HOSTNAME: 'sso.clinic-portal.example-health.com',
        },
        args: ['start', '--optimized'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KeycloakLoginErrorsHigh: realm clinicians LOGIN_ERROR rate 34/min (error=invalid_user_credentials)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        kc(
          `06:${dd(40 + Math.floor(i / 5))}:${dd(i * 11)}.${String(100000 + i * 4131).slice(0, 6)}`,
          8800 + i,
          'INFO',
          'org.keycloak.events',
          `type="LOGIN", realmId="clinicians", clientId="clinic-portal", userId="${(i * 7919).toString(16)}-2f1c", ipAddress="10.60.${i % 8}.${20 + i}", auth_method="openid-connect"`,
        ),
      ),
      kc(
        '06:44:10.432142',
        8821,
        'ERROR',
        'org.keycloak.services',
        'KC-SERVICES0055: Error when authenticating to LDAP: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563]: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563]',
      ),
      kc(
        '06:44:10.436156',
        8822,
        'WARN',
        'org.keycloak.events',
        'type="LOGIN_ERROR", realmId="clinicians", clientId="clinic-portal", userId="null", ipAddress="10.60.3.41", error="invalid_user_credentials", auth_method="openid-connect", username="dr.okafor"',
      ),
      times(40, (i) =>
        i % 2 === 0
          ? kc(
              `06:${dd(45 + Math.floor(i / 8))}:${dd(i * 7)}.${String(200000 + i * 3011).slice(0, 6)}`,
              8823 + i,
              'ERROR',
              'org.keycloak.services',
              'KC-SERVICES0055: Error when authenticating to LDAP: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563]: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563]',
            )
          : kc(
              `06:${dd(45 + Math.floor(i / 8))}:${dd(i * 7 + 1)}.${String(300000 + i * 2027).slice(0, 6)}`,
              8823 + i,
              'WARN',
              'org.keycloak.events',
              `type="LOGIN_ERROR", realmId="clinicians", clientId="clinic-portal", userId="null", ipAddress="10.60.${i % 8}.${40 + i}", error="invalid_user_credentials", auth_method="openid-connect"`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtythird-cert-manager-fhir-api-certificate-not-ready',
    family: 'cert-renewal',
    source: 'https://github.com/argoproj/argo-cd/pull/10697',
    signal: 'Alert',
    containers: [
      {
        name: 'cert-manager-controller',
        running: { startedAt: '2026-02-20T16:02:11Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '128Mi',
        args: [
          '--v=2',
          '--cluster-resource-namespace=$(POD_NAMESPACE)',
          '--leader-election-namespace=kube-system',
        ],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'CertManagerCertExpirySoon: certificate fhir/fhir-api-tls expires in 4d 6h and is not Ready',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        i % 2 === 0
          ? `I0307 03:${dd(1 + i)}:${dd(i * 13)}.${String(118201 + i * 977).slice(0, 6)}       1 conditions.go:203] "Setting lastTransitionTime for Certificate condition" logger="cert-manager.controller" condition="Issuing" lastTransitionTime="2026-03-07 03:${dd(1 + i)}:${dd(i * 13)}.1 +0000 UTC"`
          : `I0307 03:${dd(1 + i)}:${dd(i * 13 + 1)}.${String(218201 + i * 577).slice(0, 6)}       1 controller.go:162] "re-queuing item due to optimistic locking on resource" logger="cert-manager.controller" key="fhir/fhir-api-tls-${(i % 3) + 1}"`,
      ),
      'E0307 03:22:44.118201       1 controller.go:167] "re-queuing item due to error processing" err="Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) already issued for this exact set of domains in the last 168 hours: fhir.api.example-health.com, retry after 2026-03-09T01:29:08Z: see https://letsencrypt.org/docs/duplicate-certificate-limit/" logger="cert-manager.orders" key="fhir/fhir-api-tls-6-2317276124"',
      times(18, (i) =>
        i % 3 === 0
          ? `E0307 03:${dd(30 + i * 2)}:${dd(i * 7)}.${String(300111 + i * 311).slice(0, 6)}       1 controller.go:167] "re-queuing item due to error processing" err="Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) already issued for this exact set of domains in the last 168 hours: fhir.api.example-health.com, retry after 2026-03-09T01:29:08Z: see https://letsencrypt.org/docs/duplicate-certificate-limit/" logger="cert-manager.orders" key="fhir/fhir-api-tls-6-2317276124"`
          : `I0307 03:${dd(30 + i * 2)}:${dd(i * 7 + 3)}.${String(400222 + i * 211).slice(0, 6)}       1 sync.go:${200 + i}] "certificate is up to date" logger="cert-manager.controller" resource_kind="Certificate" resource_namespace="${['billing', 'portal', 'keycloak'][i % 3]}"`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-external-secrets-billing-db-not-synced',
    family: 'iam',
    source: 'https://github.com/external-secrets/external-secrets/issues/2685',
    signal: 'Alert',
    containers: [
      {
        name: 'external-secrets',
        running: { startedAt: '2026-02-28T10:41:55Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '64Mi',
        args: ['--concurrent=2', '--metrics-addr=:8080', '--loglevel=info'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ExternalSecretNotSynced: billing/billing-db-credentials status SecretSyncedError for 47m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(25, (i) =>
        JSON.stringify({
          level: 'info',
          ts: 1772969000.1 + i * 30.7,
          logger: 'controllers.ExternalSecret',
          msg: 'reconciled secret',
          ExternalSecret: {
            name: ['portal-oidc', 'fhir-db', 'mirth-db', 'celery-broker'][i % 4],
            namespace: ['portal', 'fhir', 'integration', 'workers'][i % 4],
          },
        }),
      ),
      '{"level":"error","ts":1772969812.1480799,"logger":"controllers.ExternalSecret","msg":"could not get secret data from provider","ExternalSecret":{"name":"billing-db-credentials","namespace":"billing"},"SecretStore":"aws-secrets-manager","error":"AccessDeniedException: User: arn:aws:sts::418272790345:assumed-role/eks-prod-external-secrets/external-secrets-provider-aws is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/billing/rds-billing because no identity-based policy allows the secretsmanager:GetSecretValue action\\n\\tstatus code: 400, request id: 31a64aaf-8436-4008-9faf-cd27a56122b2"}',
      times(20, (i) =>
        i % 4 === 0
          ? `{"level":"error","ts":${(1772970112.1 + i * 75).toFixed(7)},"logger":"controllers.ExternalSecret","msg":"could not get secret data from provider","ExternalSecret":{"name":"billing-db-credentials","namespace":"billing"},"SecretStore":"aws-secrets-manager","error":"AccessDeniedException: User: arn:aws:sts::418272790345:assumed-role/eks-prod-external-secrets/external-secrets-provider-aws is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/billing/rds-billing because no identity-based policy allows the secretsmanager:GetSecretValue action\\n\\tstatus code: 400, request id: ${(i * 7919).toString(16)}aa-84b6-4008-9faf-cd27a5612${String(i).padStart(3, '0')}"}`
          : JSON.stringify({
              level: 'info',
              ts: 1772970112.1 + i * 75,
              logger: 'controllers.ExternalSecret',
              msg: 'reconciled secret',
              ExternalSecret: {
                name: ['portal-oidc', 'fhir-db', 'mirth-db'][i % 3],
                namespace: ['portal', 'fhir', 'integration'][i % 3],
              },
            }),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-dotnet-billing-api-startup-crash',
    family: 'kms',
    source: 'https://github.com/hashicorp/terraform/pull/14029',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('billing-api', 134, 8),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          Billing__CardVault__KmsKeyId:
            'arn:aws:kms:us-east-1:418272790345:key/6f2a9c41-0d3e-4b8a-9c77-1e5d2a7b8f90',
          AWS_REGION: 'us-east-1',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container billing-api in pod billing-api-7c9d8b6f5-w2kqz',
        count: 41,
        type: 'Warning',
      },
    ],
    previousLog: log(
      dotnet(
        '2026-03-08T05:12:00.902Z',
        'info',
        'Billing.Api.Startup',
        'Billing.Api 4.12.0 (net8.0, linux-x64) starting, pid 1',
      ),
      dotnet(
        '2026-03-08T05:12:00.944Z',
        'info',
        'Microsoft.EntityFrameworkCore.Infrastructure',
        "Entity Framework Core 8.0.11 initialized 'BillingDbContext' using provider 'Npgsql.EntityFrameworkCore.PostgreSQL:8.0.10' with options: None",
      ),
      dotnet(
        '2026-03-08T05:12:01.021Z',
        'info',
        'Billing.Api.Startup.HealthChecks',
        'Registered health checks: db, rabbitmq, card-vault',
      ),
      dotnet(
        '2026-03-08T05:12:01.077Z',
        'warn',
        'Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository',
        'Using an in-memory repository. Keys will not be persisted to storage.',
      ),
      dotnet(
        '2026-03-08T05:12:01.118Z',
        'info',
        'Microsoft.Hosting.Lifetime',
        'Application is starting. Environment: Production',
      ),
      dotnet(
        '2026-03-08T05:12:01.406Z',
        'info',
        'Billing.Api.Startup.SecretLoader',
        'Loading card-vault data key from /app/config/datakey.enc',
      ),
      dotnet(
        '2026-03-08T05:12:01.733Z',
        'info',
        'Billing.Api.Startup.SecretLoader',
        'Decrypting data key with KMS key arn:aws:kms:us-east-1:418272790345:key/6f2a9c41-0d3e-4b8a-9c77-1e5d2a7b8f90',
      ),
      'Unhandled exception. Amazon.KeyManagementService.Model.DisabledException: arn:aws:kms:us-east-1:418272790345:key/6f2a9c41-0d3e-4b8a-9c77-1e5d2a7b8f90 is disabled.',
      " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
      '   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)',
      '   at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)',
      '   at Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)',
      '   --- End of inner exception stack trace ---',
      '   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)',
      '   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)',
      '   at Amazon.Runtime.Internal.RetryHandler.InvokeAsync[T](IExecutionContext executionContext)',
      '   at Billing.Api.Startup.SecretLoader.DecryptDataKeyAsync(String path, CancellationToken ct) in /src/Billing.Api/Startup/SecretLoader.cs:line 58',
      '   at Billing.Api.Program.<Main>$(String[] args) in /src/Billing.Api/Program.cs:line 41',
      '   at Billing.Api.Program.<Main>(String[] args)',
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtythird-celery-eligibility-checks-retrying',
    family: 'rate-limit',
    source: 'https://github.com/corradio/polynomial/issues/58',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-14T08:00:12Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'intake.settings.prod',
          CELERY_BROKER_URL: 'amqp://intake@rabbitmq.messaging.svc:5672/intake',
        },
        args: ['celery', '-A', 'intake', 'worker', '-Q', 'eligibility', '-c', '8', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'EligibilityChecksFailing: intake eligibility_270 task retry ratio 0.88 over 15m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(16, (i) =>
        celery(
          `10:${dd(1 + Math.floor(i / 4))}:${dd(i * 13)},${String((i * 37) % 1000).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 8) + 1}`,
          `Task intake.tasks.eligibility_270[${(i * 104729).toString(16)}-6b1e-4c3a-9f02-77d1c0e5a${String(i).padStart(3, '0')}] succeeded in ${(0.4 + (i % 5) * 0.13).toFixed(3)}s: {'status': 'active', 'payer': 'AETNA'}`,
        ),
      ),
      celery(
        '10:05:14,402',
        'INFO',
        'ForkPoolWorker-3',
        "Task intake.tasks.eligibility_270[9f1c2e07-6b1e-4c3a-9f02-77d1c0e5a117] retry: Retry in 60s: HTTPError('429 Client Error: Too Many Requests for url: https://api.clearinghouse-partner.com/eligibility/v3/270')",
      ),
      times(40, (i) =>
        celery(
          `10:${dd(5 + Math.floor(i / 5))}:${dd(i * 11 + 20)},${String((i * 53) % 1000).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 8) + 1}`,
          i % 7 === 0
            ? `Task intake.tasks.eligibility_270[${(i * 7919).toString(16)}-1a2b-4c3d-8e9f-0a1b2c3d4e${String(i).padStart(2, '0')}] succeeded in 0.512s: {'status': 'active', 'payer': 'UHC'}`
            : `Task intake.tasks.eligibility_270[${(i * 7919).toString(16)}-1a2b-4c3d-8e9f-0a1b2c3d4e${String(i).padStart(2, '0')}] retry: Retry in 60s: HTTPError('429 Client Error: Too Many Requests for url: https://api.clearinghouse-partner.com/eligibility/v3/270')`,
        ),
      ),
      celery(
        '10:13:40,117',
        'WARNING',
        'ForkPoolWorker-5',
        'intake.clearinghouse: partner response headers: Retry-After=3600 X-RateLimit-Limit=5000 X-RateLimit-Remaining=0 X-RateLimit-Reset=1773660000',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-consent-sync-crashloop',
    family: 'credentials',
    source: 'https://github.com/AbirHasan2005/PyroFilesStoreBot/issues/48',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('consent-sync', 1, 9),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: { MONGO_DB: 'consents', MONGO_AUTH_SOURCE: 'admin', LOG_LEVEL: 'INFO' },
        mounts: [{ volume: 'mongo-uri', path: '/var/run/secrets/mongo' }],
      },
    ],
    volumes: [{ name: 'mongo-uri', secret: 'consent-sync-atlas' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container consent-sync in pod consent-sync-5d8f7c9b4-q7x2m',
        count: 37,
        type: 'Warning',
      },
    ],
    previousLog: log(
      '2026-03-09 04:00:01,902 INFO consent_sync.config: loaded settings from env (LOG_LEVEL=INFO, MONGO_DB=consents, BATCH=500)',
      '2026-03-09 04:00:01,911 INFO consent_sync.config: reading connection string from /var/run/secrets/mongo/uri',
      '2026-03-09 04:00:01,988 INFO consent_sync.hl7: loaded 14 consent code mappings (CON segment, v2.5.1)',
      '2026-03-09 04:00:02,010 WARNING consent_sync.hl7: mapping for code OPTOUT-RESEARCH is deprecated, using RESEARCH-NO',
      '2026-03-09 04:00:02,118 INFO consent_sync.main: starting consent-sync 3.8.1 (pid 1)',
      '2026-03-09 04:00:02,120 INFO consent_sync.main: connecting to cluster0-shard-00-00.k2x9p.mongodb.net,cluster0-shard-00-01.k2x9p.mongodb.net,cluster0-shard-00-02.k2x9p.mongodb.net db=consents',
      'Traceback (most recent call last):',
      '  File "/app/consent_sync/main.py", line 44, in <module>',
      '    main()',
      '  File "/app/consent_sync/main.py", line 31, in main',
      '    last = store.last_checkpoint()',
      '  File "/app/consent_sync/store.py", line 22, in last_checkpoint',
      '    doc = self.db.checkpoints.find_one({"_id": "hl7-consent"})',
      '  File "/usr/local/lib/python3.12/site-packages/pymongo/synchronous/collection.py", line 1755, in find_one',
      '    for result in cursor.limit(-1):',
      '  File "/usr/local/lib/python3.12/site-packages/pymongo/synchronous/pool.py", line 1112, in _configured_socket',
      '    conn.authenticate()',
      '  File "/usr/local/lib/python3.12/site-packages/pymongo/synchronous/auth.py", line 241, in _authenticate_scram',
      '    res = conn.command(source, cmd)',
      '  File "/usr/local/lib/python3.12/site-packages/pymongo/helpers_shared.py", line 247, in _check_command_response',
      '    raise OperationFailure(errmsg, code, response, max_wire_version)',
      "pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}",
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtythird-audit-indexer-lag',
    family: 'disk-full',
    source: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/31343',
    signal: 'Alert',
    containers: [
      {
        name: 'audit-indexer',
        running: { startedAt: '2026-03-02T13:10:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: {
          OPENSEARCH_URL: 'https://search-phi-audit.us-east-1.es.amazonaws.com',
          INDEX_PREFIX: 'phi-audit',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'AuditIndexerLag: phi-audit events not indexed for 22m (rabbitmq queue audit.events 61203 ready)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        slog(
          `09:${dd(10 + Math.floor(i / 4))}:${dd(i * 15)}.${String(100 + i * 37).padStart(3, '0')}`,
          'INFO',
          'bulk flushed',
          `"index":"phi-audit-2026.03.18","docs":${480 + i * 7},"took_ms":${90 + (i % 6) * 13}`,
        ),
      ),
      slog(
        '09:15:02.118',
        'ERROR',
        'bulk item failed',
        '"index":"phi-audit-2026.03.18","status":429,"error":"{\\"type\\":\\"cluster_block_exception\\",\\"reason\\":\\"index [phi-audit-2026.03.18] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];\\"}"',
      ),
      times(40, (i) =>
        i % 2 === 0
          ? slog(
              `09:${dd(15 + Math.floor(i / 4))}:${dd(i * 15 + 5)}.${String(200 + i * 17).padStart(3, '0')}`,
              'ERROR',
              'bulk item failed',
              '"index":"phi-audit-2026.03.18","status":429,"error":"{\\"type\\":\\"cluster_block_exception\\",\\"reason\\":\\"index [phi-audit-2026.03.18] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];\\"}"',
            )
          : slog(
              `09:${dd(15 + Math.floor(i / 4))}:${dd(i * 15 + 6)}.${String(300 + i * 13).padStart(3, '0')}`,
              'WARN',
              'requeueing batch',
              `"attempt":${Math.floor(i / 2) + 1},"backoff":"${Math.min(2 ** Math.floor(i / 2), 60)}s"`,
            ),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-rabbitmq-publishers-blocked',
    family: 'disk-full',
    source: 'https://github.com/rabbitmq/rabbitmq-server/issues/1986',
    signal: 'Alert',
    containers: [
      {
        name: 'rabbitmq',
        running: { startedAt: '2026-02-11T03:00:41Z' },
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: { RABBITMQ_DISK_FREE_ABSOLUTE_LIMIT: '50000000' },
        mounts: [{ volume: 'persistence', path: '/var/lib/rabbitmq/mnesia' }],
      },
    ],
    volumes: [{ name: 'persistence', persistentVolumeClaim: 'persistence-rabbitmq-server-1' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitmqDiskAlarm: rabbit@rabbitmq-server-1.rabbitmq-nodes.messaging has a disk alarm; 41 publisher connections blocked',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-03-10 04:${dd(i)}:${dd(i * 7)}.${String(118311 + i * 911).slice(0, 6)}+00:00 [info] <0.${9000 + i * 13}.0> accepting AMQP connection 10.42.${i % 6}.${30 + i}:${40000 + i * 3} -> 10.42.2.17:5672`,
      ),
      '2026-03-10 04:21:02.118311+00:00 [info] <0.512.0> Free disk space is insufficient. Free bytes: 48218112. Limit: 50000000',
      "2026-03-10 04:21:02.118903+00:00 [warning] <0.508.0> disk resource limit alarm set on node 'rabbit@rabbitmq-server-1.rabbitmq-nodes.messaging'.",
      '2026-03-10 04:21:02.118903+00:00 [warning] <0.508.0> ',
      '2026-03-10 04:21:02.118903+00:00 [warning] <0.508.0> **********************************************************',
      '2026-03-10 04:21:02.118903+00:00 [warning] <0.508.0> *** Publishers will be blocked until this alarm clears ***',
      '2026-03-10 04:21:02.118903+00:00 [warning] <0.508.0> **********************************************************',
      times(30, (i) =>
        i % 3 === 0
          ? `2026-03-10 04:${dd(22 + i)}:${dd(i * 11)}.${String(400000 + i * 717).slice(0, 6)}+00:00 [info] <0.512.0> Free disk space is insufficient. Free bytes: ${47100000 - i * 120000}. Limit: 50000000`
          : `2026-03-10 04:${dd(22 + i)}:${dd(i * 11 + 3)}.${String(500000 + i * 313).slice(0, 6)}+00:00 [info] <0.${9500 + i}.0> connection <0.${9500 + i}.0> (10.42.${i % 6}.${60 + i}:${41000 + i} -> 10.42.2.17:5672): user 'mirth' authenticated and granted access to vhost 'integration'`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-pgbouncer-claims-client-wait',
    family: 'connection-limit',
    source: 'https://github.com/FreshPorts/freshports/issues/42',
    signal: 'Alert',
    containers: [
      {
        name: 'pgbouncer',
        running: { startedAt: '2026-02-19T12:00:00Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '64Mi',
        env: {
          PGBOUNCER_POOL_MODE: 'transaction',
          PGBOUNCER_DEFAULT_POOL_SIZE: '40',
          PGBOUNCER_MAX_CLIENT_CONN: '2000',
        },
        mounts: [{ volume: 'config', path: '/etc/pgbouncer' }],
      },
    ],
    volumes: [{ name: 'config', configMap: 'pgbouncer-claims' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PgbouncerClientsWaiting: pool claims/claims_app cl_waiting=412 maxwait=38s',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        15,
        (i) =>
          `2026-03-12 13:${dd(i)}:${dd(i * 9)}.${String(100 + i * 7).padStart(3, '0')} UTC [1] LOG stats: ${180 + i * 3} xacts/s, ${900 + i * 11} queries/s, ${0 + i} client parses/s, 0 server parses/s, 0 binds/s, in ${41000 + i * 100} B/s, out ${380000 + i * 900} B/s, xact ${1200 + i * 40} us, query ${240 + i * 9} us, wait ${i * 4000} us`,
      ),
      '2026-03-12 13:16:02.418 UTC [1] WARNING S-0x55d0c8a3e1f0: claims/claims_app@10.20.4.18:5432 server login failed: FATAL remaining connection slots are reserved for non-replication superuser connections',
      times(30, (i) =>
        i % 2 === 0
          ? `2026-03-12 13:${dd(16 + Math.floor(i / 3))}:${dd(i * 19)}.${String(200 + i * 11).padStart(3, '0')} UTC [1] WARNING S-0x55d0c8a3${(0xe200 + i).toString(16)}: claims/claims_app@10.20.4.18:5432 server login failed: FATAL remaining connection slots are reserved for non-replication superuser connections`
          : `2026-03-12 13:${dd(16 + Math.floor(i / 3))}:${dd(i * 19 + 4)}.${String(300 + i * 5).padStart(3, '0')} UTC [1] LOG stats: ${60 - i} xacts/s, ${300 - i * 4} queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in 12000 B/s, out 98000 B/s, xact 1800 us, query 400 us, wait ${30000000 + i * 400000} us`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-adt-router-hospital-unreachable',
    family: 'dns',
    source: 'https://github.com/nsqio/nsq/issues/810',
    signal: 'Alert',
    containers: [
      {
        name: 'adt-router',
        running: { startedAt: '2026-03-15T07:41:00Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        env: { STMARYS_EHR_ADDR: 'ehr-gw.stmarys.local:6661', GODEBUG: 'netdns=go' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HL7DeliveryFailures: adt-router destination stmarys failures 100% over 10m',
        on: 'Deployment',
      },
    ],
    rollout: { minutesAgo: 200, previousTag: '2.3.0' },
    currentLog: log(
      times(20, (i) =>
        slog(
          `11:${dd(i)}:${dd(i * 17)}.${String(100 + i * 31).padStart(3, '0')}`,
          'INFO',
          'delivered',
          `"dest":"${['northside', 'lakeview', 'stmarys'][i % 3]}","msh10":"${7700100 + i}","ack":"AA","latency_ms":${40 + (i % 7) * 11}`,
        ),
      ),
      slog(
        '11:21:04.771',
        'ERROR',
        'delivery failed',
        '"dest":"stmarys","msh10":"7700141","err":"dial tcp: lookup ehr-gw.stmarys.local on 172.20.0.10:53: no such host","attempt":1',
      ),
      times(40, (i) =>
        i % 3 === 0
          ? slog(
              `11:${dd(21 + Math.floor(i / 4))}:${dd(i * 13)}.${String(200 + i * 7).padStart(3, '0')}`,
              'ERROR',
              'delivery failed',
              `"dest":"stmarys","msh10":"${7700142 + i}","err":"dial tcp: lookup ehr-gw.stmarys.local on 172.20.0.10:53: no such host","attempt":${(i % 5) + 1}`,
            )
          : slog(
              `11:${dd(21 + Math.floor(i / 4))}:${dd(i * 13 + 2)}.${String(300 + i * 3).padStart(3, '0')}`,
              'INFO',
              'delivered',
              `"dest":"${['northside', 'lakeview'][i % 2]}","msh10":"${7700200 + i}","ack":"AA","latency_ms":${38 + (i % 5) * 9}`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  {
    id: 'thirtythird-hapi-fhir-new-replica-pending',
    family: 'capacity',
    source: 'https://github.com/kubernetes/autoscaler/issues/5692',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'hapi-fhir',

        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', SPRING_PROFILES_ACTIVE: 'prod' },
      },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/9 nodes are available: 3 node(s) had untolerated taint {dedicated: integration}, 6 Insufficient memory. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 28,
      },
      {
        reason: 'NotTriggerScaleUp',
        message:
          "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: integration}",
        count: 19,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-otel-agent-image-pull',
    family: 'image-pull',
    source: 'https://github.com/red-hat-storage/ocs-ci/issues/4494',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'otel-agent',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "otel/opentelemetry-collector-contrib:0.119.0"',
        },
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        args: ['--config=/conf/relay.yaml'],
        mounts: [{ volume: 'otelcol-config', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'otelcol-config', configMap: 'otel-agent' }],
    events: [
      {
        reason: 'Pulling',
        message: 'Pulling image "otel/opentelemetry-collector-contrib:0.119.0"',
        count: 6,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "otel/opentelemetry-collector-contrib:0.119.0": failed to pull and unpack image "docker.io/otel/opentelemetry-collector-contrib:0.119.0": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/otel/opentelemetry-collector-contrib/manifests/sha256:5a1e0c2f9b7d3e48a61c0f27d9b8e4a3c6f1d0e2b9a8c7f6e5d4c3b2a1f0e9d8: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
        type: 'Warning',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 6 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "otel/opentelemetry-collector-contrib:0.119.0"',
        count: 22,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-claims-extract-nightly-job-failed',
    family: 'bad-input',
    source: 'https://github.com/Pengeace/LncRNA-Disease-link/issues/1',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'claims-extract',
        terminated: { reason: 'Error', exitCode: 1 },
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        env: { EXTRACT_BUCKET: 's3://eh-prod-hospital-drop/lakeview/claims/', RUN_DATE: '2026-03-17' },
        args: ['python', '-m', 'extracts.claims', '--source', 'lakeview'],
      },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-03-17 02:00:04,118 INFO extracts.claims: run 2026-03-17 source=lakeview',
      '2026-03-17 02:00:04,902 INFO extracts.s3: listing s3://eh-prod-hospital-drop/lakeview/claims/2026-03-16/',
      '2026-03-17 02:00:05,331 INFO extracts.s3: fetched lakeview_claims_20260316.csv (48213 KiB)',
      '2026-03-17 02:00:09,774 INFO extracts.claims: read 212408 rows, 41 columns',
      "2026-03-17 02:00:09,775 INFO extracts.claims: columns: ['claim_id', 'MemberID', 'svc_date', 'cpt', 'icd10_1', 'icd10_2', 'billed_amt', 'allowed_amt', ...]",
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/pandas/core/indexes/base.py", line 3805, in get_loc',
      '    return self._engine.get_loc(casted_key)',
      '  File "index.pyx", line 167, in pandas._libs.index.IndexEngine.get_loc',
      '  File "index.pyx", line 196, in pandas._libs.index.IndexEngine.get_loc',
      '  File "pandas/_libs/hashtable_class_helper.pxi", line 7081, in pandas._libs.hashtable.PyObjectHashTable.get_item',
      '  File "pandas/_libs/hashtable_class_helper.pxi", line 7089, in pandas._libs.hashtable.PyObjectHashTable.get_item',
      "KeyError: 'member_id'",
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/extracts/claims.py", line 88, in <module>',
      '    main()',
      '  File "/app/extracts/claims.py", line 61, in main',
      "    df['member_id'] = df['member_id'].str.strip().str.upper()",
      '  File "/usr/local/lib/python3.12/site-packages/pandas/core/frame.py", line 4102, in __getitem__',
      '    indexer = self.columns.get_loc(key)',
      '  File "/usr/local/lib/python3.12/site-packages/pandas/core/indexes/base.py", line 3812, in get_loc',
      '    raise KeyError(key) from err',
      "KeyError: 'member_id'",
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- restarts right (6)
  {
    id: 'thirtythird-hapi-fhir-writes-failing-after-failover',
    family: 'db-failover',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1556',
    signal: 'Alert',
    containers: [
      {
        name: 'hapi-fhir',
        running: { startedAt: '2026-03-05T18:22:09Z' },
        ready: true,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://fhir-aurora.cluster-c9x2ab7kq1m0.us-east-1.rds.amazonaws.com:5432/hapi',
          SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE: '40',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'FhirWriteErrors: hapi-fhir POST/PUT 5xx ratio 0.97 over 10m (GET 5xx ratio 0.00)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(12, (i) =>
        boot(
          `03:${dd(1 + i)}:${dd(i * 13)}.${String(100 + i * 41).padStart(3, '0')}`,
          'INFO',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.u.f.j.r.s.RestfulServer',
          `Request: POST /fhir/Observation 201 ${18 + (i % 6) * 3}ms`,
        ),
      ),
      boot(
        '03:13:41.114',
        'WARN',
        'HikariPool-1 housekeeper',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5b2f7a1c (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      boot(
        '03:13:41.118',
        'WARN',
        'HikariPool-1 housekeeper',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@1e9d44b0 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      boot(
        '03:14:02.551',
        'INFO',
        'http-nio-8080-exec-4',
        'c.u.f.j.r.s.RestfulServer',
        'Request: GET /fhir/Patient?identifier=MRN|88812031 200 9ms',
      ),
      boot(
        '03:14:05.902',
        'WARN',
        'http-nio-8080-exec-7',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'SQL Error: 0, SQLState: 25006',
      ),
      boot(
        '03:14:05.902',
        'ERROR',
        'http-nio-8080-exec-7',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'ERROR: cannot execute INSERT in a read-only transaction',
      ),
      boot(
        '03:14:05.911',
        'ERROR',
        'http-nio-8080-exec-7',
        'c.u.f.j.r.s.RestfulServer',
        'Request: POST /fhir/Observation 500 Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.InternalErrorException: HAPI-0389: Failed to call access method: org.springframework.orm.jpa.JpaSystemException: could not execute statement [ERROR: cannot execute INSERT in a read-only transaction] [insert into hfj_resource (res_deleted_at,res_version,...) values (?,?,...)]',
      ),
      'Caused by: org.postgresql.util.PSQLException: ERROR: cannot execute INSERT in a read-only transaction',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)',
      '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)',
      '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
      times(40, (i) =>
        i % 3 === 2
          ? boot(
              `03:${dd(15 + Math.floor(i / 3))}:${dd(i * 7)}.${String(200 + i * 9).padStart(3, '0')}`,
              'INFO',
              `http-nio-8080-exec-${(i % 9) + 1}`,
              'c.u.f.j.r.s.RestfulServer',
              `Request: GET /fhir/Encounter?patient=${9000 + i} 200 ${11 + (i % 5)}ms`,
            )
          : boot(
              `03:${dd(15 + Math.floor(i / 3))}:${dd(i * 7 + 1)}.${String(300 + i * 7).padStart(3, '0')}`,
              'ERROR',
              `http-nio-8080-exec-${(i % 9) + 1}`,
              'o.h.engine.jdbc.spi.SqlExceptionHelper',
              `ERROR: cannot execute ${i % 2 ? 'UPDATE' : 'INSERT'} in a read-only transaction`,
            ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-celery-hl7-inbound-queue-no-consumers',
    family: 'wedged-consumer',
    source: 'https://github.com/celery/celery/issues/3201',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-13T22:04:51Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        env: {
          CELERY_BROKER_URL: 'amqp://hl7@rabbitmq.messaging.svc:5672/integration',
          CELERY_BROKER_HEARTBEAT: '10',
        },
        args: ['celery', '-A', 'hl7ingest', 'worker', '-Q', 'hl7.inbound', '-c', '4', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitmqQueueNoConsumers: queue hl7.inbound (vhost integration) 18422 ready, 0 consumers for 35m; broker nodes 3/3 running',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        celery(
          `01:${dd(10 + i)}:${dd(i * 7)},${String(100 + i * 13).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 4) + 1}`,
          `Task hl7ingest.tasks.parse_adt[${(i * 15485863).toString(16).slice(0, 8)}-2c1d-4e5f-8a9b-0c1d2e3f4a${String(i).padStart(2, '0')}] succeeded in ${(0.05 + (i % 4) * 0.02).toFixed(3)}s: None`,
        ),
      ),
      celery(
        '01:31:02,118',
        'WARNING',
        'MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
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
      '  File "/usr/local/lib/python3.12/site-packages/amqp/transport.py", line 312, in read_frame',
      "    raise ConnectionResetError('Connection reset by peer')",
      'ConnectionResetError: [Errno 104] Connection reset by peer',
      celery(
        '01:31:02,131',
        'ERROR',
        'MainProcess',
        'consumer: Cannot connect to amqp://hl7:**@rabbitmq.messaging.svc:5672/integration: [Errno 111] Connection refused.',
      ),
      'Trying again in 2.00 seconds... (1/100)',
      '',
      celery(
        '01:31:04,140',
        'ERROR',
        'MainProcess',
        'consumer: Cannot connect to amqp://hl7:**@rabbitmq.messaging.svc:5672/integration: [Errno 111] Connection refused.',
      ),
      'Trying again in 4.00 seconds... (2/100)',
      '',
      celery(
        '01:31:08,152',
        'ERROR',
        'MainProcess',
        'consumer: Cannot connect to amqp://hl7:**@rabbitmq.messaging.svc:5672/integration: [Errno 111] Connection refused.',
      ),
      'Trying again in 6.00 seconds... (3/100)',
      '',
      celery(
        '01:31:14,163',
        'WARNING',
        'MainProcess',
        'consumer: Connection to broker lost. Trying to re-establish the connection...',
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-claims-router-consumer-idle',
    family: 'wedged-consumer',
    source: 'https://github.com/MassTransit/MassTransit/issues/4544',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-router',
        running: { startedAt: '2026-03-16T09:30:00Z' },
        ready: true,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        env: {
          AMQP_URL: 'amqp://claims@rabbitmq.messaging.svc:5672/claims',
          AMQP_PREFETCH: '50',
          QUEUE: 'claims.837.outbound',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitmqQueueGrowing: queue claims.837.outbound (vhost claims) 9114 ready, consumers 0, publish 6.1/s',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(25, (i) =>
        slog(
          `13:${dd(2 + Math.floor(i / 3))}:${dd(i * 21)}.${String(100 + i * 7).padStart(3, '0')}`,
          'INFO',
          'claim routed',
          `"claim_id":"CLM-26${String(441200 + i)}","payer":"${['BCBS', 'AETNA', 'CIGNA', 'UHC'][i % 4]}","delivery_tag":${880 + i}`,
        ),
      ),
      slog(
        '13:11:40.222',
        'WARN',
        'slow payer endpoint',
        '"payer":"CIGNA","elapsed":"31m02s","delivery_tag":905',
      ),
      slog(
        '13:11:40.251',
        'ERROR',
        'channel closed',
        '"err":"Exception (406) Reason: \\"PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more\\""',
      ),
      slog(
        '13:11:40.252',
        'INFO',
        'deliveries channel closed, consumer loop exiting',
        '"queue":"claims.837.outbound"',
      ),
      times(40, (i) =>
        i % 4 === 0
          ? slog(
              `13:${dd(12 + i)}:${dd(i * 3)}.${String(400 + i).padStart(3, '0')}`,
              'INFO',
              'metrics',
              `"goroutines":${31 + (i % 3)},"heap_mb":${22 + (i % 5)},"routed_total":905`,
            )
          : `10.42.${i % 5}.${12 + i} - - [18/Mar/2026:13:${dd(12 + i)}:${dd(i * 7)} +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"`,
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-celery-reports-every-task-failing',
    family: 'stale-connection',
    source: 'https://github.com/celery/celery/issues/621',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-02T04:00:00Z' },
        ready: true,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        env: {
          DJANGO_SETTINGS_MODULE: 'portal.settings.prod',
          DATABASE_URL: 'postgres://portal@pgbouncer.data.svc.cluster.local:6432/portal',
          CONN_MAX_AGE: '600',
        },
        args: ['celery', '-A', 'portal', 'worker', '-Q', 'reports', '-c', '4'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CeleryTaskFailureRate: portal reports task failure ratio 1.00 over 15m (PgBouncer restarted 04:12 UTC by config rollout)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(10, (i) =>
        celery(
          `04:${dd(i)}:${dd(i * 17)},${String(100 + i * 3).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 4) + 1}`,
          `Task portal.reports.tasks.render_visit_summary[${(i * 7919).toString(16)}-aa01-4b2c-9d3e-5f6a7b8c9d${String(i).padStart(2, '0')}] succeeded in 1.${200 + i * 11}s: 'ok'`,
        ),
      ),
      celery(
        '04:14:07,331',
        'ERROR',
        'ForkPoolWorker-2',
        "Task portal.reports.tasks.render_visit_summary[1f2e3d4c-aa01-4b2c-9d3e-5f6a7b8c9d11] raised unexpected: InterfaceError('connection already closed')",
      ),
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 308, in _cursor',
      '    return self._prepare_cursor(self.create_cursor(name))',
      '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line 330, in create_cursor',
      '    cursor = self.connection.cursor()',
      'psycopg2.InterfaceError: connection already closed',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task',
      '    R = retval = fun(*args, **kwargs)',
      '  File "/app/portal/reports/tasks.py", line 47, in render_visit_summary',
      '    visit = Visit.objects.select_related("patient").get(pk=visit_id)',
      '  File "/usr/local/lib/python3.12/site-packages/django/db/utils.py", line 91, in __exit__',
      '    raise dj_exc_value.with_traceback(traceback) from exc_value',
      'django.db.utils.InterfaceError: connection already closed',
      times(30, (i) =>
        celery(
          `04:${dd(15 + Math.floor(i / 2))}:${dd(i * 23)},${String(200 + i * 7).padStart(3, '0')}`,
          'ERROR',
          `ForkPoolWorker-${(i % 4) + 1}`,
          `Task portal.reports.tasks.render_visit_summary[${(i * 104729).toString(16)}-bb02-4c3d-8e4f-6a7b8c9d0e${String(i).padStart(2, '0')}] raised unexpected: InterfaceError('connection already closed')`,
        ),
      ),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-eligibility-api-db-auth-errors',
    family: 'rotated-secret',
    source: 'https://github.com/firezone/firezone/issues/2541',
    signal: 'Alert',
    containers: [
      {
        name: 'eligibility-api',
        running: { startedAt: '2026-03-03T10:15:22Z' },
        ready: false,
        memoryLimit: '384Mi',
        memoryRequest: '192Mi',
        env: {
          DB_HOST: 'pgbouncer.data.svc.cluster.local',
          DB_USER: 'eligibility',
          DB_PASSWORD: '(from secret eligibility-db, key password)',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'EligibilityApi5xx: eligibility-api 5xx ratio 1.00 over 10m; SecretsManagerRotation: prod/eligibility/rds rotated 02:00 UTC, ExternalSecret eligibility/eligibility-db refreshed 02:05 UTC',
        on: 'Deployment',
      },
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 96,
        type: 'Warning',
      },
    ],
    currentLog: log(
      times(15, (i) =>
        slog(
          `01:${dd(40 + i)}:${dd(i * 9)}.${String(100 + i * 3).padStart(3, '0')}`,
          'INFO',
          'request',
          `"method":"POST","path":"/v1/eligibility","status":200,"dur_ms":${40 + (i % 6) * 7}`,
        ),
      ),
      slog(
        '02:31:05.118',
        'ERROR',
        'acquire conn',
        '"err":"failed to connect to `user=eligibility database=eligibility`: 10.100.14.22:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: password authentication failed for user \\"eligibility\\" (SQLSTATE 28P01)"',
      ),
      times(40, (i) =>
        i % 2 === 0
          ? slog(
              `02:${dd(31 + Math.floor(i / 3))}:${dd(i * 11)}.${String(200 + i * 5).padStart(3, '0')}`,
              'ERROR',
              'acquire conn',
              '"err":"failed to connect to `user=eligibility database=eligibility`: 10.100.14.22:6432 (pgbouncer.data.svc.cluster.local): server error: FATAL: password authentication failed for user \\"eligibility\\" (SQLSTATE 28P01)"',
            )
          : slog(
              `02:${dd(31 + Math.floor(i / 3))}:${dd(i * 11 + 1)}.${String(300 + i * 3).padStart(3, '0')}`,
              'INFO',
              'request',
              `"method":"POST","path":"/v1/eligibility","status":503,"dur_ms":${2 + (i % 3)}`,
            ),
      ),
    ),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'thirtythird-fhir-gateway-not-ready',
    family: 'fd-leak',
    source: 'https://github.com/NebulousLabs/Sia/issues/2935',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'fhir-gateway',
        running: { startedAt: '2026-02-20T06:11:09Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: { UPSTREAM_FHIR: 'http://hapi-fhir.fhir.svc:8080/fhir', LISTEN_ADDR: ':8080' },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.6.77:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 212,
        type: 'Warning',
      },
    ],
    currentLog: log(
      times(20, (i) =>
        slog(
          `14:${dd(i)}:${dd(i * 3)}.${String(100 + i * 11).padStart(3, '0')}`,
          'INFO',
          'proxied',
          `"method":"GET","path":"/fhir/Patient/${41000 + i}","status":200,"dur_ms":${14 + (i % 5)},"open_fds":${64820 + i * 31}`,
        ),
      ),
      '2026/03/18 14:21:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 5ms',
      '2026/03/18 14:21:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 10ms',
      '2026/03/18 14:21:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 20ms',
      '2026/03/18 14:21:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 40ms',
      '2026/03/18 14:21:07 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 80ms',
      times(
        40,
        (i) =>
          `2026/03/18 14:${dd(21 + Math.floor(i / 8))}:${dd(i * 7 + 8)} http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s`,
      ),
      slog(
        '14:26:40.004',
        'WARN',
        'upstream dial failed',
        '"err":"dial tcp 10.100.31.9:8080: socket: too many open files"',
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart'],
  },

  // ---------------------------------------------------------------- restarts wrong (3)
  {
    id: 'thirtythird-hapi-fhir-killed-while-starting',
    family: 'slow-start',
    source: 'https://github.com/apache/hertzbeat/issues/3849',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('hapi-fhir', 143, 6),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          HAPI_FHIR_ADVANCED_LUCENE_INDEXING: 'true',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.42.3.58:8080/actuator/health/liveness": dial tcp 10.42.3.58:8080: connect: connection refused',
        count: 18,
        type: 'Warning',
      },
      {
        reason: 'Killing',
        message: 'Container hapi-fhir failed liveness probe, will be restarted',
        count: 6,
      },
    ],
    previousLog: log(
      boot(
        '05:02:01.114',
        'INFO',
        'main',
        'ca.uhn.fhir.jpa.starter.Application',
        'Starting Application v8.0.0 using Java 21.0.6 with PID 1',
      ),
      boot(
        '05:02:09.408',
        'INFO',
        'main',
        'com.zaxxer.hikari.HikariDataSource',
        'HikariPool-1 - Start completed.',
      ),
      boot(
        '05:02:14.771',
        'INFO',
        'main',
        'o.h.search.engine.Version',
        'HSEARCH000034: Hibernate Search version 7.2.1.Final',
      ),
      boot(
        '05:02:31.902',
        'INFO',
        'main',
        'ca.uhn.fhir.jpa.config.HapiFhirLocalContainerEntityManagerFactoryBean',
        "Initialized JPA EntityManagerFactory for persistence unit 'HAPI_PU'",
      ),
      times(14, (i) =>
        boot(
          `05:02:${dd(40 + i * 3)}.${String(100 + i * 17).padStart(3, '0')}`,
          'INFO',
          'main',
          'c.u.f.j.s.SearchParamRegistryImpl',
          `Loaded ${40 + i * 12} search parameters for resource type ${['Patient', 'Observation', 'Encounter', 'Condition', 'MedicationRequest', 'Procedure', 'DiagnosticReport'][i % 7]}`,
        ),
      ),
      boot(
        '05:03:24.118',
        'INFO',
        'main',
        'c.u.f.j.t.TermReadSvcImpl',
        'Pre-expanding ValueSets with Lucene: 0/412 complete',
      ),
      boot(
        '05:03:44.902',
        'INFO',
        'main',
        'c.u.f.j.t.TermReadSvcImpl',
        'Pre-expanding ValueSets with Lucene: 96/412 complete',
      ),
      boot(
        '05:04:04.331',
        'INFO',
        'main',
        'c.u.f.j.t.TermReadSvcImpl',
        'Pre-expanding ValueSets with Lucene: 188/412 complete',
      ),
      boot(
        '05:04:22.117',
        'INFO',
        'SIGTERM handler',
        'o.s.b.w.e.tomcat.GracefulShutdown',
        'Commencing graceful shutdown. Waiting for active requests to complete',
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-celery-exports-worker-unresponsive',
    family: 'long-task',
    source: 'https://github.com/celery/celery/issues/619',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-31T00:02:10Z' },
        ready: true,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        env: { DJANGO_SETTINGS_MODULE: 'billing_exports.settings', CELERY_ACKS_LATE: 'true' },
        args: ['celery', '-A', 'billing_exports', 'worker', '-Q', 'month-end', '-c', '1'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'CeleryWorkerUnresponsive: celery@exports-worker-6b9c7 did not answer inspect ping in 3 consecutive checks (Error: No nodes replied within time constraint)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      celeryAt(
        '2026-03-31',
        '00:05:01,118',
        'INFO',
        'MainProcess',
        'Task billing_exports.tasks.month_end_remit_export[6c1f0e2a-9b3d-4e5f-a1b2-c3d4e5f6a7b8] received',
      ),
      celeryAt(
        '2026-03-31',
        '00:05:01,204',
        'INFO',
        'ForkPoolWorker-1',
        'month_end_remit_export: period=2026-03 payers=214 est_rows=2300000',
      ),
      times(46, (i) =>
        celeryAt(
          '2026-03-31',
          `${String(Math.floor((5 + (i + 1) * 4) / 60)).padStart(2, '0')}:${dd(5 + (i + 1) * 4)}:${dd(i * 13)},${String(100 + i * 9).padStart(3, '0')}`,
          'INFO',
          'ForkPoolWorker-1',
          `month_end_remit_export: exported ${(i + 1) * 40000}/2300000 rows (payer batch ${Math.floor(i / 2) + 1}/214) to s3://eh-prod-exports/remits/2026-03/part-${String(i).padStart(5, '0')}.parquet`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtythird-scheduling-api-unauthorized',
    family: 'dependency-down',
    source: 'https://github.com/quarkusio/quarkus/issues/16725',
    signal: 'Alert',
    containers: [
      {
        name: 'scheduling-api',
        running: { startedAt: '2026-03-20T07:40:01Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: {
          QUARKUS_OIDC_AUTH_SERVER_URL: 'https://sso.clinic-portal.example-health.com/realms/clinicians',
          QUARKUS_OIDC_CLIENT_ID: 'scheduling-api',
          QUARKUS_OIDC_CONNECTION_DELAY: '30S',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'SchedulingApiErrors: scheduling-api 5xx+401 ratio 0.98 over 10m (front desk reports "session expired" on every page)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      quarkus(
        '07:40:01,118',
        'INFO',
        'io.quarkus',
        'main',
        'scheduling-api 2.3.1 on JVM (powered by Quarkus 3.15.3) started in 2.904s. Listening on: http://0.0.0.0:8080',
      ),
      quarkus('07:40:01,120', 'INFO', 'io.quarkus', 'main', 'Profile prod activated.'),
      quarkus(
        '07:40:01,121',
        'INFO',
        'io.quarkus',
        'main',
        'Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, narayana-jta, oidc, rest, rest-jackson, security, smallrye-context-propagation, smallrye-health, vertx]',
      ),
      times(
        16,
        (i) =>
          `10.42.${i % 6}.${30 + i} - - [20/Mar/2026:${String(7 + Math.floor(i / 4)).padStart(2, '0')}:${dd(41 + i * 7)}:${dd(i * 13)} +0000] "GET /api/appointments?clinic=${100 + (i % 9)}&date=2026-03-20 HTTP/1.1" 200 ${3100 + i * 41}`,
      ),
      quarkus(
        '11:02:14,331',
        'WARN',
        'io.qua.oid.com.run.OidcCommonUtils',
        'vert.x-eventloop-thread-1',
        'OIDC Server is not available: : io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: sso.clinic-portal.example-health.com/10.100.88.14:443',
      ),
      quarkus(
        '11:02:14,402',
        'ERROR',
        'io.qua.ver.htt.run.QuarkusErrorHandler',
        'vert.x-eventloop-thread-1',
        'HTTP Request to /api/appointments failed, error id: 8f1c2e07-77aa-4b1f-9a3c-5d2e6f7a8b90-1: io.quarkus.oidc.OIDCException: Tenant configuration has not been resolved',
      ),
      '\tat io.quarkus.oidc.runtime.OidcAuthenticationMechanism.resolve(OidcAuthenticationMechanism.java:61)',
      '\tat io.quarkus.oidc.runtime.OidcAuthenticationMechanism.authenticate(OidcAuthenticationMechanism.java:40)',
      '\tat io.quarkus.vertx.http.runtime.security.HttpAuthenticator.attemptAuthentication(HttpAuthenticator.java:187)',
      times(36, (i) =>
        i % 3 === 0
          ? quarkus(
              `11:${dd(3 + Math.floor(i / 3))}:${dd(i * 11)},${String(100 + i * 7).padStart(3, '0')}`,
              'WARN',
              'io.qua.oid.com.run.OidcCommonUtils',
              `vert.x-eventloop-thread-${i % 2}`,
              'OIDC Server is not available: : io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: sso.clinic-portal.example-health.com/10.100.88.14:443',
            )
          : quarkus(
              `11:${dd(3 + Math.floor(i / 3))}:${dd(i * 11 + 1)},${String(200 + i * 5).padStart(3, '0')}`,
              'ERROR',
              'io.qua.ver.htt.run.QuarkusErrorHandler',
              `vert.x-eventloop-thread-${i % 2}`,
              `HTTP Request to /api/appointments failed, error id: 8f1c2e07-77aa-4b1f-9a3c-5d2e6f7a8b90-${i + 2}: io.quarkus.oidc.OIDCException: Tenant configuration has not been resolved`,
            ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- memory right (3)
  {
    id: 'thirtythird-hapi-fhir-bulk-import-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/openhie/instant/pull/122',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'hapi-fhir',
        running: { startedAt: '2026-03-11T15:02:44Z' },
        ready: false,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:MaxMetaspaceSize=256m',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container hapi-fhir in pod hapi-fhir-6f8d9b7c5-m2kq8',
        count: 5,
        type: 'Warning',
      },
    ],
    previousLog: log(
      boot(
        '14:20:01.114',
        'INFO',
        'main',
        'ca.uhn.fhir.jpa.starter.Application',
        'Started Application in 71.902 seconds (process running for 74.118)',
      ),
      times(30, (i) =>
        boot(
          `14:${dd(21 + Math.floor(i / 3))}:${dd(i * 19)}.${String(100 + i * 7).padStart(3, '0')}`,
          'INFO',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.u.f.j.r.s.RestfulServer',
          i % 5 === 0
            ? `Request: POST /fhir 200 transaction Bundle entries=${400 + i * 10} ${900 + i * 40}ms`
            : `Request: GET /fhir/Observation?patient=${77000 + i}&_count=100 200 ${30 + (i % 7) * 5}ms`,
        ),
      ),
      boot(
        '14:31:02.902',
        'INFO',
        'batch2-work-notification-1',
        'c.u.f.b.c.JobCoordinatorImpl',
        'Job BULK_IMPORT instance 8c1e2f0a started: 48 NDJSON files, 1.9 GiB (Northside quarterly backfill)',
      ),
      times(12, (i) =>
        boot(
          `14:3${1 + Math.floor(i / 4)}:${dd(10 + i * 4)}.${String(300 + i * 11).padStart(3, '0')}`,
          'INFO',
          `batch2-work-${(i % 4) + 1}`,
          'c.u.f.b.j.i.BulkImportFileJob',
          `Processed chunk ${i + 1}/48 (${2000 + i * 50} resources)`,
        ),
      ),
    ),
    currentLog: log(
      boot(
        '15:02:50.114',
        'INFO',
        'main',
        'ca.uhn.fhir.jpa.starter.Application',
        'Starting Application v8.0.0 using Java 21.0.6 with PID 1',
      ),
      boot(
        '15:02:58.408',
        'INFO',
        'main',
        'com.zaxxer.hikari.HikariDataSource',
        'HikariPool-1 - Start completed.',
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtythird-remittance-loader-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/starburstdata/starburst-terraform/pull/1',
    signal: 'OOMKilled',
    phase: 'Failed',
    containers: [
      {
        name: 'remit-loader',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        env: { REMIT_SOURCE: 's3://eh-prod-hospital-drop/era-835/', RUN_MONTH: '2026-03' },
        args: ['python', '-m', 'loaders.remits', '--month', '2026-03'],
      },
    ],
    events: [
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-04-01 01:00:03,118 INFO loaders.remits: month=2026-03 files=835 (2026-02: files=791 rows=2190344 peak_rss_mb=1868 duration=11m02s)',
      '2026-04-01 01:00:03,402 INFO loaders.remits: pandas 2.2.3, pyarrow 17.0.0, dtype_backend=pyarrow',
      times(
        24,
        (i) =>
          `2026-04-01 01:${dd(Math.floor(i / 2))}:${dd(i * 29)},${String(100 + i * 13).padStart(3, '0')} INFO loaders.remits: parsed batch ${i + 1}/25 files=${(i + 1) * 34} cumulative_rows=${(i + 1) * 96500} rss_mb=${700 + i * 57}`,
      ),
    ),
    accept: ['raise-memory-limit'],
  },
  {
    id: 'thirtythird-otel-gateway-oomkilled',
    family: 'oom-small-limit',
    source: 'https://github.com/elastic/opentelemetry/issues/394',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'otel-gateway',
        running: { startedAt: '2026-03-21T10:44:02Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 7,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        env: { GOMEMLIMIT: '420MiB' },
        args: ['--config=/conf/gateway.yaml'],
        mounts: [{ volume: 'otelcol-config', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'otelcol-config', configMap: 'otel-gateway' }],
    previousLog: log(
      times(
        20,
        (i) =>
          `2026-03-21T10:${dd(20 + i)}:${dd(i * 3)}.${String(100 + i * 7).padStart(3, '0')}Z\tinfo\tTraces\t{"kind": "exporter", "data_type": "traces", "name": "datadog", "resource spans": ${90 + i * 4}, "spans": ${4100 + i * 130}}`,
      ),
      '2026-03-21T10:40:11.021Z\twarn\tmemorylimiter@v0.119.0/memorylimiter.go:222\tMemory usage is above soft limit. Refusing data.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": 371}',
      '2026-03-21T10:40:16.022Z\tinfo\tmemorylimiter@v0.119.0/memorylimiter.go:215\tMemory usage back within limits. Resuming normal operation.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": 301}',
      '2026-03-21T10:42:31.118Z\twarn\tmemorylimiter@v0.119.0/memorylimiter.go:222\tMemory usage is above soft limit. Refusing data.\t{"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": 388}',
      '2026-03-21T10:43:51.402Z\tinfo\tk8sattributesprocessor@v0.119.0/processor.go:121\tpod cache size\t{"kind": "processor", "name": "k8sattributes", "pods": 1840, "namespaces": 41}',
    ),
    currentLog: log(
      '2026-03-21T10:44:03.118Z\tinfo\tservice@v0.119.0/service.go:193\tStarting otelcol-contrib...\t{"Version": "0.119.0", "NumCPU": 4}',
      '2026-03-21T10:44:03.902Z\tinfo\tservice@v0.119.0/service.go:258\tEverything is ready. Begin running and processing data.',
    ),
    accept: ['raise-memory-limit', 'scale-up'],
  },

  // ---------------------------------------------------------------- memory wrong (3)
  {
    id: 'thirtythird-prior-auth-service-crashloop',
    family: 'heap-cap',
    source: 'https://github.com/strimzi/strimzi-kafka-operator/pull/7030',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('prior-auth', 3, 5),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
      },
    ],
    previousLog: log(
      boot(
        '09:10:02.118',
        'INFO',
        'main',
        'c.e.priorauth.PriorAuthApplication',
        'Started PriorAuthApplication in 8.114 seconds (process running for 8.902)',
      ),
      times(30, (i) =>
        boot(
          `09:${dd(10 + Math.floor(i / 3))}:${dd(i * 17)}.${String(100 + i * 9).padStart(3, '0')}`,
          'INFO',
          `http-nio-8080-exec-${(i % 9) + 1}`,
          'c.e.priorauth.web.RequestLog',
          `POST /v1/prior-auth/requests 202 ${60 + (i % 7) * 9}ms`,
        ),
      ),
      boot(
        '09:20:31.004',
        'INFO',
        'scheduling-1',
        'c.e.priorauth.sync.PayerRulesSync',
        'Refreshing payer coverage rules: 214 payers',
      ),
      boot(
        '09:20:44.771',
        'INFO',
        'scheduling-1',
        'c.e.priorauth.sync.PayerRulesSync',
        'Loaded 1,822,410 CPT/ICD-10 rule rows into memory',
      ),
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtythird-billing-worker-oomkilled',
    family: 'oom-leak',
    source: 'https://github.com/flanksource/config-db/issues/2247',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'billing-worker',
        running: { startedAt: '2026-03-22T13:40:18Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 14,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        env: {
          DOTNET_gcServer: '0',
          Billing__StatementBatchSize: '500',
          ASPNETCORE_ENVIRONMENT: 'Production',
        },
      },
    ],
    previousLog: log(
      times(30, (i) =>
        dotnet(
          `2026-03-22T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${dd(i * 10)}:00.${String(100 + i).padStart(3, '0')}Z`,
          'info',
          'Billing.Worker.Diagnostics.RuntimeStats',
          `gc_heap_mb=${210 + i * 24} working_set_mb=${300 + i * 25} gen2_collections=${40 + i * 3} claims_posted=${1200 * (i + 1)} pending_statements=${12 + (i % 5)}`,
        ),
      ),
    ),
    currentLog: log(
      dotnet(
        '2026-03-22T13:40:19.118Z',
        'info',
        'Microsoft.Hosting.Lifetime',
        'Application started. Press Ctrl+C to shut down.',
      ),
      dotnet(
        '2026-03-22T13:50:19.204Z',
        'info',
        'Billing.Worker.Diagnostics.RuntimeStats',
        'gc_heap_mb=188 working_set_mb=262 gen2_collections=2 claims_posted=1310 pending_statements=14',
      ),
    ),
    accept: ['escalate'],
    tolerated: ['raise-memory-limit'],
  },
  {
    id: 'thirtythird-hl7-batch-worker-oomkilled',
    family: 'oom-input',
    source: 'https://github.com/SigNoz/signoz/issues/9773',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-23T03:18:51Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 3,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        env: { DJANGO_SETTINGS_MODULE: 'hl7ingest.settings', CELERY_ACKS_LATE: 'true' },
        args: ['celery', '-A', 'hl7ingest', 'worker', '-Q', 'hl7.batch', '-c', '2'],
      },
    ],
    previousLog: log(
      times(12, (i) =>
        celeryAt(
          '2026-03-23',
          `02:${dd(i * 3)}:${dd(i * 7)},${String(100 + i * 5).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 2) + 1}`,
          `hl7ingest.batch: file ${['lakeview', 'northside', 'stmarys'][i % 3]}_adt_202603${String(10 + i).padStart(2, '0')}.hl7 size=${78 + (i % 5) * 6} MiB messages=${41000 + i * 900} parsed in ${9 + (i % 4)}s`,
        ),
      ),
      celeryAt(
        '2026-03-23',
        '03:11:02,118',
        'INFO',
        'MainProcess',
        'Task hl7ingest.tasks.load_batch[5b6c7d8e-1f2a-4b3c-9d0e-a1b2c3d4e5f6] received',
      ),
      celeryAt(
        '2026-03-23',
        '03:11:02,204',
        'INFO',
        'ForkPoolWorker-1',
        'hl7ingest.batch: file lakeview_adt_backload_2019_2026.hl7 size=3.1 GiB messages=unknown (single file, no batch header count)',
      ),
      celeryAt(
        '2026-03-23',
        '03:11:02,211',
        'INFO',
        'ForkPoolWorker-1',
        'hl7ingest.batch: reading whole file for MSH segmentation',
      ),
    ),
    currentLog: log(
      celeryAt(
        '2026-03-23',
        '03:18:52,902',
        'INFO',
        'MainProcess',
        '-------------- celery@hl7-batch-worker-7d9f5 v5.4.0 (opalescent)',
      ),
      celeryAt(
        '2026-03-23',
        '03:18:52,903',
        'INFO',
        'MainProcess',
        '[tasks] . hl7ingest.tasks.load_batch . hl7ingest.tasks.parse_adt . hl7ingest.tasks.parse_oru',
      ),
      celeryAt(
        '2026-03-23',
        '03:18:53,004',
        'INFO',
        'MainProcess',
        'Connected to amqp://hl7:**@rabbitmq.messaging.svc:5672/integration',
      ),
      celeryAt('2026-03-23', '03:18:54,118', 'INFO', 'MainProcess', 'celery@hl7-batch-worker-7d9f5 ready.'),
      celeryAt(
        '2026-03-23',
        '03:18:54,131',
        'INFO',
        'MainProcess',
        'Task hl7ingest.tasks.load_batch[5b6c7d8e-1f2a-4b3c-9d0e-a1b2c3d4e5f6] received',
      ),
      celeryAt(
        '2026-03-23',
        '03:18:54,140',
        'INFO',
        'ForkPoolWorker-1',
        'hl7ingest.batch: file lakeview_adt_backload_2019_2026.hl7 size=3.1 GiB messages=unknown (single file, no batch header count)',
      ),
    ),
    accept: ['escalate'],
  },

  // ---------------------------------------------------------------- rollbacks (3 right, 1 wrong)
  {
    id: 'thirtythird-referral-service-crashloop',
    family: 'bad-config',
    source: 'https://github.com/spring-projects/spring-boot/issues/13357',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('referral-service', 1, 5),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        env: { JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70', SPRING_PROFILES_ACTIVE: 'prod' },
      },
    ],
    rollout: {
      minutesAgo: 12,
      previousTag: '2.3.0',
      addedEnv: { REFERRAL_OUTBOUND_RETRY_BACKOFF: '30 seconds' },
    },
    previousLog: log(
      boot(
        '16:02:01.118',
        'INFO',
        'main',
        'c.e.referral.ReferralApplication',
        'Starting ReferralApplication v2.3.1 using Java 21.0.6 with PID 1',
      ),
      boot(
        '16:02:01.121',
        'INFO',
        'main',
        'c.e.referral.ReferralApplication',
        'The following 1 profile is active: "prod"',
      ),
      boot(
        '16:02:03.406',
        'INFO',
        'main',
        'o.s.b.w.embedded.tomcat.TomcatWebServer',
        'Tomcat initialized with port 8080 (http)',
      ),
      boot(
        '16:02:03.902',
        'WARN',
        'main',
        'ConfigServletWebServerApplicationContext',
        "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.boot.context.properties.ConfigurationPropertiesBindException: Error creating bean with name 'referral.outbound-com.example.referral.config.OutboundProperties': Could not bind properties to 'OutboundProperties' : prefix=referral.outbound, ignoreInvalidFields=false, ignoreUnknownFields=true",
      ),
      boot('16:02:03.931', 'ERROR', 'main', 'o.s.b.d.LoggingFailureAnalysisReporter', ''),
      '',
      '***************************',
      'APPLICATION FAILED TO START',
      '***************************',
      '',
      'Description:',
      '',
      "Failed to bind properties under 'referral.outbound.retry.backoff' to java.time.Duration:",
      '',
      '    Property: referral.outbound.retry.backoff',
      '    Value: "30 seconds"',
      '    Origin: System Environment Property "REFERRAL_OUTBOUND_RETRY_BACKOFF"',
      "    Reason: failed to convert java.lang.String to java.time.Duration (caused by java.lang.IllegalArgumentException: '30 seconds' is not a valid duration)",
      '',
      'Action:',
      '',
      "Update your application's configuration",
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtythird-appointments-api-crashloop',
    family: 'bad-config',
    source: 'https://github.com/quarkusio/quarkus/issues/46801',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('appointments-api', 1, 4),
        memoryLimit: '384Mi',
        memoryRequest: '256Mi',
        env: {
          QUARKUS_PROFILE: 'prod',
          QUARKUS_DATASOURCE_JDBC_URL: 'jdbc:postgresql://pgbouncer.data.svc.cluster.local:6432/appointments',
        },
      },
    ],
    rollout: { minutesAgo: 9, previousTag: '2.3.0' },
    previousLog: log(
      'exec java -XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError -cp . -jar /deployments/quarkus-run.jar',
      'INFO exec -a "java" java -XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC -cp "." -jar /deployments/quarkus-run.jar',
      'INFO running in /deployments',
      '__  ____  __  _____   ___  __ ____  ______ ',
      ' --/ __ \\/ / / / _ | / _ \\/ //_/ / / / __/ ',
      ' -/ /_/ / /_/ / __ |/ , _/ ,< / /_/ /\\ \\   ',
      '--\\___\\_\\____/_/ |_/_/|_/_/|_|\\____/___/   ',
      quarkus(
        '11:30:02,004',
        'INFO',
        'io.qua.dep.QuarkusAugmentor',
        'main',
        'Quarkus augmentation completed in 1ms',
      ),
      quarkus(
        '11:30:02,418',
        'ERROR',
        'io.qua.run.Application',
        'main',
        'Failed to start application: java.lang.RuntimeException: Failed to start quarkus',
      ),
      '\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)',
      '\tat io.quarkus.runtime.Application.start(Application.java:101)',
      '\tat io.quarkus.runtime.ApplicationLifecycleManager.run(ApplicationLifecycleManager.java:119)',
      '\tat io.quarkus.runtime.Quarkus.run(Quarkus.java:71)',
      '\tat io.quarkus.runner.GeneratedMain.main(Unknown Source)',
      'Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:',
      '\tjava.util.NoSuchElementException: SRCFG00014: The config property quarkus.rest-client."eligibility-api".url is required but it could not be found in any config source',
      '\tat io.smallrye.config.SmallRyeConfig.convertValue(SmallRyeConfig.java:482)',
      '\tat io.smallrye.config.SmallRyeConfig.getValue(SmallRyeConfig.java:427)',
      '\tat io.quarkus.restclient.config.RestClientsConfig.getClientConfig(RestClientsConfig.java:88)',
      '\t... 12 more',
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtythird-patient-portal-init-crashloop',
    family: 'bad-deploy',
    source: 'https://github.com/dandi/dandi-archive/issues/112',
    signal: 'CrashLoopBackOff',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('migrate', 1, 5),
        memoryLimit: '512Mi',
        args: ['python', 'manage.py', 'migrate', '--noinput'],
        env: { DJANGO_SETTINGS_MODULE: 'portal.settings.prod' },
      },
    ],
    containers: [
      {
        name: 'web',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        args: ['gunicorn', 'portal.wsgi:application', '--workers', '4', '--bind', '0.0.0.0:8000'],
        env: { DJANGO_SETTINGS_MODULE: 'portal.settings.prod' },
      },
    ],
    rollout: { minutesAgo: 14, previousTag: '2.3.0' },
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container migrate in pod patient-portal-5c7b9d8f6-h4rz9',
        count: 9,
        type: 'Warning',
      },
    ],
    previousLog: log(
      'Traceback (most recent call last):',
      '  File "/app/manage.py", line 22, in <module>',
      '    main()',
      '  File "/app/manage.py", line 18, in main',
      '    execute_from_command_line(sys.argv)',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/__init__.py", line 442, in execute_from_command_line',
      '    utility.execute()',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/management/__init__.py", line 416, in execute',
      '    django.setup()',
      '  File "/usr/local/lib/python3.12/site-packages/django/__init__.py", line 24, in setup',
      '    apps.populate(settings.INSTALLED_APPS)',
      '  File "/usr/local/lib/python3.12/site-packages/django/apps/registry.py", line 91, in populate',
      '    app_config = AppConfig.create(entry)',
      '  File "/usr/local/lib/python3.12/site-packages/django/apps/config.py", line 193, in create',
      '    import_module(entry)',
      '  File "/usr/local/lib/python3.12/importlib/__init__.py", line 90, in import_module',
      '    return _bootstrap._gcd_import(name[level:], package, level)',
      '  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import',
      '  File "<frozen importlib._bootstrap>", line 1360, in _find_and_load',
      '  File "<frozen importlib._bootstrap>", line 1324, in _find_and_load_unlocked',
      "ModuleNotFoundError: No module named 'django_otp'",
    ),
    accept: ['rollback'],
  },
  {
    id: 'thirtythird-claims-submission-failing',
    family: 'expired-cert',
    source: 'https://github.com/dotnet/runtime/issues/101444',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-submitter',
        running: { startedAt: '2026-03-24T14:10:33Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          Clearinghouse__BaseUrl: 'https://sftp-gw.clearinghouse-partner.com/api/v2/',
        },
      },
    ],
    rollout: { minutesAgo: 50, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ClaimsSubmissionFailures: claims-submitter 837 batch submit failures 100% over 20m (first failure 15:00 UTC)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      dotnet(
        '2026-03-24T14:10:34.118Z',
        'info',
        'Microsoft.EntityFrameworkCore.Migrations',
        "Applying migration '20260320114210_AddClaimAttachmentsAndRemitLinks'.",
      ),
      dotnet(
        '2026-03-24T14:10:36.902Z',
        'info',
        'Microsoft.EntityFrameworkCore.Migrations',
        "Applied migration '20260320114210_AddClaimAttachmentsAndRemitLinks' (dropped column claim_batches.legacy_payer_code).",
      ),
      dotnet(
        '2026-03-24T14:10:37.331Z',
        'info',
        'Microsoft.Hosting.Lifetime',
        'Application started. Press Ctrl+C to shut down.',
      ),
      times(16, (i) =>
        dotnet(
          `2026-03-24T14:${dd(15 + i * 3)}:00.${String(100 + i * 3).padStart(3, '0')}Z`,
          'info',
          'Claims.Submitter.BatchSender',
          `Submitted 837P batch ${4410 + i} (${180 + i * 7} claims) -> 202 Accepted`,
        ),
      ),
      dotnet(
        '2026-03-24T15:00:00.611Z',
        'fail',
        'Claims.Submitter.BatchSender',
        'Submitting 837P batch 4426 failed',
      ),
      '      System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.',
      '       ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid',
      '         at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)',
      '         at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)',
      '         at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)',
      '         --- End of inner exception stack trace ---',
      '         at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
      '         at Claims.Submitter.BatchSender.SendAsync(ClaimBatch batch, CancellationToken ct) in /src/Claims.Submitter/BatchSender.cs:line 77',
      times(10, (i) =>
        dotnet(
          `2026-03-24T15:${dd(3 + i * 3)}:00.${String(200 + i).padStart(3, '0')}Z`,
          'fail',
          'Claims.Submitter.BatchSender',
          `Submitting 837P batch ${4427 + i} failed: The SSL connection could not be established, see inner exception. (The remote certificate is invalid because of errors in the certificate chain: NotTimeValid)`,
        ),
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },

  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'thirtythird-eligibility-queue-backlog-open-enrollment',
    family: 'load',
    source: 'https://github.com/celery/celery/issues/6912',
    signal: 'Alert',
    containers: [
      {
        name: 'celery-worker',
        running: { startedAt: '2026-03-25T06:00:04Z' },
        ready: true,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['celery', '-A', 'intake', 'worker', '-Q', 'eligibility', '-c', '8', '--loglevel=INFO'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RabbitmqQueueBacklog: queue eligibility (vhost intake) 12840 ready and rising; consumers 6, ack 41/s steady, publish 95/s (open-enrollment campaign)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(60, (i) =>
        celeryAt(
          '2026-03-25',
          `09:${dd(10 + Math.floor(i / 6))}:${dd(i * 10)},${String(100 + i * 13).padStart(3, '0')}`,
          'INFO',
          `ForkPoolWorker-${(i % 8) + 1}`,
          `Task intake.tasks.eligibility_270[${(i * 7919).toString(16)}-3c4d-4e5f-8a9b-1c2d3e4f5a${String(i).padStart(2, '0')}] succeeded in ${(0.9 + (i % 6) * 0.11).toFixed(3)}s: {'status': '${i % 9 === 0 ? 'inactive' : 'active'}', 'payer': '${['AETNA', 'UHC', 'BCBS', 'MEDICAID-NY'][i % 4]}'}`,
        ),
      ),
    ),
    accept: ['scale-up'],
  },
  {
    id: 'thirtythird-fhir-facade-latency-hpa-max',
    family: 'load',
    source: 'https://gitlab.com/gitlab-com/gl-infra/production/-/issues/1825',
    signal: 'Alert',
    containers: [
      {
        name: 'fhir-facade',
        running: { startedAt: '2026-03-20T07:01:12Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: { QUARKUS_HTTP_LIMITS_MAX_CONNECTIONS: '2000', QUARKUS_THREAD_POOL_MAX_THREADS: '64' },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubeHpaMaxedOut: HPA fhir/fhir-facade has been running at max replicas (8) for longer than 15 minutes; p99 latency 2.4s (SLO 800ms), CPU 96% of limit',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        70,
        (i) =>
          `10.42.${i % 7}.${20 + (i % 50)} - - [20/Mar/2026:09:${dd(20 + Math.floor(i / 7))}:${dd(i * 9)} +0000] "GET /fhir/r4/Patient/${51000 + i}/$everything HTTP/1.1" 200 ${18000 + i * 211} "-" "Epic-Interconnect/10.2" ${(0.3 + (i % 10) * 0.22).toFixed(3)}`,
      ),
      quarkus(
        '09:30:01,118',
        'WARN',
        'io.ver.cor.imp.BlockedThreadChecker',
        'vertx-blocked-thread-checker',
        'Thread Thread[vert.x-eventloop-thread-2,5,main] has been blocked for 2318 ms, time limit is 2000 ms',
      ),
    ),
    accept: ['scale-up'],
  },

  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'thirtythird-results-router-node-not-ready',
    family: 'node-failure',
    source: 'https://github.com/kubernetes/kubernetes/issues/34314',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'results-router',
        running: { startedAt: '2026-03-18T02:12:00Z' },
        ready: false,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
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
      { reason: 'NodeNotReady', message: 'Node is not ready' },
      {
        reason: 'TaintManagerEviction',
        message: 'Marking for deletion Pod integration/results-router-7b9c5d6f8-x2lq4',
      },
    ],
    currentLog: log(
      times(25, (i) =>
        slog(
          `04:${dd(i)}:${dd(i * 7)}.${String(100 + i).padStart(3, '0')}`,
          'INFO',
          'result forwarded',
          `"msh10":"${5510200 + i}","dest":"portal","dur_ms":${12 + (i % 4)}`,
        ),
      ),
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtythird-patient-portal-evicted',
    family: 'node-disk',
    source: 'https://github.com/cloud-ark/kubeplus/issues/1382',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'web',
        terminated: { reason: 'Evicted', exitCode: 137 },
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        args: ['gunicorn', 'portal.wsgi:application', '--workers', '4', '--bind', '0.0.0.0:8000'],
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
    currentLog: log(
      '[2026-03-29 03:10:02 +0000] [1] [INFO] Starting gunicorn 23.0.0',
      '[2026-03-29 03:10:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-03-29 03:10:02 +0000] [1] [INFO] Using worker: sync',
      times(4, (i) => `[2026-03-29 03:10:02 +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`),
      times(
        24,
        (i) =>
          `10.42.${i % 5}.${40 + i} - - [29/Mar/2026:04:${dd(i * 2)}:${dd(i * 17)} +0000] "${i % 4 === 0 ? 'POST /api/messages' : `GET /api/appointments/upcoming?patient=${60100 + i}`} HTTP/1.1" 200 ${900 + i * 37} "-" "PatientPortal/5.2 (iOS)"`,
      ),
      '[2026-03-29 04:49:31 +0000] [1] [INFO] Handling signal: term',
      times(4, (i) => `[2026-03-29 04:49:31 +0000] [${7 + i}] [INFO] Worker exiting (pid: ${7 + i})`),
    ),
    events: [
      {
        reason: 'Evicted',
        message:
          'The node was low on resource: ephemeral-storage. Threshold quantity: 8589934592, available: 6291456Ki. Container web was using 212Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container web' },
    ],
    accept: ['cordon-drain-node', 'replace-node'],
  },

  // ---------------------------------------------------------------- cache flushes (1 right, 1 wrong)
  {
    id: 'thirtythird-provider-directory-5xx',
    family: 'cache-full',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'web',
        running: { startedAt: '2026-03-10T08:00:00Z' },
        ready: true,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        env: {
          DJANGO_SETTINGS_MODULE: 'directory.settings.prod',
          CACHE_URL: 'redis://directory-cache.cache.svc:6379/1',
          CACHE_BACKEND: 'django_redis.cache.RedisCache',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'HighHTTP5xxRate: provider-directory 5xx ratio 0.61 over 5m (redis directory-cache used_memory 1.00 of maxmemory, policy noeviction, keys 2.1M all cache:*)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `[2026-03-27 12:${dd(i)}:${dd(i * 3)} +0000] [${12 + (i % 4)}] [INFO] GET /api/providers?specialty=${['cardiology', 'oncology', 'pediatrics'][i % 3]}&zip=1${1200 + i} 200`,
      ),
      '[2026-03-27 12:21:04 +0000] [14] [ERROR] Internal Server Error: /api/providers',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
      '    response = get_response(request)',
      '  File "/app/directory/api/views.py", line 88, in providers',
      '    cache.set(key, payload, timeout=None)',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/cache.py", line 29, in _decorator',
      '    return method(self, *args, **kwargs)',
      '  File "/usr/local/lib/python3.12/site-packages/django_redis/client/default.py", line 203, in set',
      '    raise ConnectionInterrupted(connection=client) from e',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 652, in read_response',
      '    raise response',
      "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
      times(30, (i) =>
        i % 2 === 0
          ? `[2026-03-27 12:${dd(22 + Math.floor(i / 4))}:${dd(i * 9)} +0000] [${12 + (i % 4)}] [ERROR] Internal Server Error: /api/providers`
          : `redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
    ),
    accept: ['flush-redis-cache'],
  },
  {
    id: 'thirtythird-reminders-enqueue-failing',
    family: 'redis-not-cache',
    source: 'https://github.com/EBWiki/EBWiki/issues/3997',
    signal: 'Alert',
    containers: [
      {
        name: 'reminders-api',
        running: { startedAt: '2026-03-12T09:30:00Z' },
        ready: true,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        env: {
          DJANGO_SETTINGS_MODULE: 'reminders.settings',
          CELERY_BROKER_URL: 'redis://reminders-redis.workers.svc:6379/0',
          CELERY_RESULT_BACKEND: 'redis://reminders-redis.workers.svc:6379/0',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'RedisMemoryHigh: reminders-redis used_memory 0.99 of maxmemory (policy noeviction); list "appointment_sms" length 1.42M',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `[2026-03-28 08:${dd(i)}:${dd(i * 3)} +0000] [${10 + (i % 3)}] [INFO] POST /api/reminders/schedule 201`,
      ),
      '[2026-03-28 08:21:44 +0000] [11] [ERROR] Internal Server Error: /api/reminders/schedule',
      'Traceback (most recent call last):',
      '  File "/app/reminders/views.py", line 52, in schedule',
      '    send_appointment_sms.apply_async(args=[appt.id], eta=appt.remind_at)',
      '  File "/usr/local/lib/python3.12/site-packages/celery/app/task.py", line 601, in apply_async',
      '    return app.send_task(',
      '  File "/usr/local/lib/python3.12/site-packages/kombu/transport/redis.py", line 947, in _put',
      '    client.lpush(self._q_for_pri(queue, pri), dumps(message))',
      '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 652, in read_response',
      '    raise response',
      "redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.",
      times(25, (i) =>
        i % 2 === 0
          ? `[2026-03-28 08:${dd(22 + Math.floor(i / 4))}:${dd(i * 11)} +0000] [${10 + (i % 3)}] [ERROR] Internal Server Error: /api/reminders/schedule`
          : `redis.exceptions.OutOfMemoryError: OOM command not allowed when used memory > 'maxmemory'.`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache'],
  },
];
