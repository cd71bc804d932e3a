import { crashLoop, type HeldOutCase, log } from './case.ts';

const crashed = crashLoop('5m0s', 7);

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field (minutes, seconds), wrapped at sixty. */
const dd = (n: number): string => String(n % 60).padStart(2, '0');

/** `HH:MM` for `minutes` after midnight on the case's day (08:30 is 510). */
const hm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `HH:MM:SS` for `seconds` after midnight on the case's day (08:30:00 is 30600). */
const hms = (seconds: number): string => `${hm(Math.floor(seconds / 60))}:${dd(seconds)}`;

/** A three-digit millisecond field. */
const ms = (n: number): string => String(n % 1000).padStart(3, '0');

/**
 * A thirty-seventh batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: a month of pages at a large enterprise that lifted and shifted
 * its older estate onto EKS as it was. JVMs sized for the VMs they left (fixed -Xmx, -XX:MaxPermSize
 * on Java 8), logs written inside the container, NFS and EFS shared volumes, on-prem Oracle, SQL
 * Server, Active Directory, IBM MQ and SMTP relays reached over the corporate network, cron jobs
 * turned into CronJobs. Software: Spring Boot 1.5 (tomcat-jdbc, Spring Data Redis on Jedis) and 2.x
 * (Spring LDAP, Spring JMS on IBM MQ, Apache CXF, Spring Batch with JavaMail), Tomcat 7, 8 and 9
 * (catalina.out, jTDS against a SQL Server availability group, Redisson's session manager, a Struts 2
 * application on Oracle), JBoss EAP 7, WebSphere Liberty, Apache Camel on ActiveMQ Classic and the
 * ActiveMQ Classic broker itself, IBM MQ, Keycloak federating Active Directory, Liferay, Alfresco,
 * Solr 8, Jenkins (controller heap and JENKINS_HOME), Nexus and Artifactory as internal registries,
 * SonarQube, Squid, PHP 7 with Apache httpd mod_php (prefork), Perl Catalyst with DBD::Oracle,
 * Python 2.7 Django under gunicorn with cx_Oracle and smtplib, Celery 3 on Python 2.7, Rails 5 under
 * Unicorn, .NET 6 with Microsoft.Data.SqlClient, and the platform underneath (the kubelet's mounts,
 * evictions and node status, the scheduler and cluster autoscaler, containerd pulls). Each quotes the
 * wording of the public thread, documentation page or source in `source`. Mix: 15 escalations (an
 * Oracle listener down, an AD bind account locked out behind Keycloak, a partner's expired
 * certificate, a Liberty keystore password that no longer matches, IBM MQ refusing the channel user,
 * an SMTP relay refusing the new pod network in a CronJob, an internal registry's expired
 * certificate, an NFS export refusing the new subnet, a full JENKINS_HOME, Squid's access log filling
 * its emptyDir, ActiveMQ's store full of dead letters, a revoked Artifactory API key in an init
 * container, Alfresco's content store mounted empty, a pod that asks for the memory of its old VM,
 * an on-prem database name the cluster cannot resolve); 9 restarts (6 right: Catalyst's persistent
 * DBI handle after an Oracle restart, a Camel listener that never refreshes its ActiveMQ connection,
 * a jTDS pool after an availability-group failover, Tomcat out of descriptors after weeks, Spring
 * LDAP's pool after a domain-controller reboot, an IBM MQ listener that stopped consuming; 3 wrong:
 * a Solr replica mid index replication, a JBoss EAP deployment killed by its liveness probe, gunicorn
 * workers blocked on a relay that never greets); 6 memory (3 raises right: Jenkins with a heap sized
 * as a share of the limit, a Celery worker with a modestly larger month, a Tomcat heap fixed just
 * under its limit; 3 wrong: a Liferay heap fixed above the limit that one raise cannot reach, a
 * Metaspace cap reached by hot redeploys where a pod restart, not more memory, is the answer, a
 * Unicorn leak that kills the pod every forty minutes); 4 rollbacks (3 right: a PHP 7
 * base image without mysql_*, a Spring Boot 1.5 placeholder the release added, SqlClient 4's
 * encryption default; 1 wrong: a Struts security release in the window while the Oracle password
 * expired); 2 scale-ups (Tomcat 7 at maxThreads and Apache prefork at MaxRequestWorkers under real
 * load); 2 node actions (a node that stopped posting status, a node under disk pressure); 2 cache
 * flushes (1 right, a Redis holding only Spring's rate cache under noeviction; 1 wrong, a Redis
 * holding Tomcat's sessions).
 */
export const THIRTYSEVENTH_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- escalations (15)
  {
    id: 'thirtyseventh-springboot15-oracle-network-adapter-refused',
    family: 'dependency-down',
    source: 'https://github.com/oracle/big-data-lite/issues/2',
    signal: 'Alert',
    containers: [
      {
        name: 'policy-admin',
        running: { startedAt: '2026-02-10T22:14:05Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms1g -Xmx1g -XX:+UseG1GC -Duser.timezone=Europe/London',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_DATASOURCE_URL: 'jdbc:oracle:thin:@//oradb-prd-scan.corp.example.com:1521/POLADM',
        },
        args: ['java', '-jar', '/opt/app/policy-admin.jar'],
        mounts: [{ volume: 'app-logs', path: '/opt/app/logs' }],
      },
    ],
    volumes: [{ name: 'app-logs', emptyDir: { sizeLimit: '1Gi' } }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'PolicyAdminHighErrorRate: 5xx ratio 0.93 over 10m on policy-admin (3/3 pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(28920 + Math.floor((i * 60) / 4) + ((i * 7) % 14))}.${ms(i * 71)}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.policy.web.PolicyController         : GET /policies/${40211 + i * 7} user=${['jsmith', 'mkhan', 'aperez', 'tnguyen'][i % 4]} took ${38 + (i % 17)}ms`,
      ),
      '2026-02-11 08:10:51.118  WARN 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 17002, SQLState: 08006',
      '2026-02-11 08:10:51.118 ERROR 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : IO Error: Connection reset',
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(29460 + Math.floor((i * 60) / 3) + 4 + ((i * 7) % 15))}.${ms(200 + i * 37)} ERROR 1 --- [nio-8080-exec-${(i % 9) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause`,
      ),
      '',
      'java.net.ConnectException: Connection refused (Connection refused)',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
      '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)',
      '\tat java.net.Socket.connect(Socket.java:607)',
      '\tat oracle.net.nt.TcpNTAdapter.connect(TcpNTAdapter.java:162)',
      '\tat oracle.net.nt.ConnOption.connect(ConnOption.java:133)',
      '\tat oracle.net.nt.ConnStrategy.execute(ConnStrategy.java:411)',
      '\tat oracle.net.resolver.AddrResolution.resolveAndExecute(AddrResolution.java:498)',
      '\tat oracle.net.ns.NSProtocol.establishConnection(NSProtocol.java:553)',
      '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:420)',
      '\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:677)',
      '\tat oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:39)',
      '\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:706)',
      '\tat org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:319)',
      '\tat org.apache.tomcat.jdbc.pool.PooledConnection.connect(PooledConnection.java:212)',
      '\tat org.apache.tomcat.jdbc.pool.ConnectionPool.createConnection(ConnectionPool.java:736)',
      '\tat org.apache.tomcat.jdbc.pool.ConnectionPool.borrowConnection(ConnectionPool.java:668)',
      '\tat org.apache.tomcat.jdbc.pool.ConnectionPool.getConnection(ConnectionPool.java:198)',
      '\tat org.apache.tomcat.jdbc.pool.DataSourceProxy.getConnection(DataSourceProxy.java:132)',
      '\tat org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)',
      '\t... 62 common frames omitted',
      '',
      '2026-02-11 08:19:40.221 ERROR 1 --- [nio-8080-exec-2] o.s.b.a.jdbc.DataSourceHealthIndicator   : DataSource health check failed',
      '',
      'org.springframework.jdbc.CannotGetJdbcConnectionException: Could not get JDBC Connection; nested exception is java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection',
      '\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:80)',
      '\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:394)',
      '\tat org.springframework.boot.actuate.health.DataSourceHealthIndicator.doDataSourceHealthCheck(DataSourceHealthIndicator.java:114)',
      'Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection',
      '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)',
      '\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:677)',
      'Caused by: oracle.net.ns.NetException: The Network Adapter could not establish the connection',
      '\tat oracle.net.nt.ConnStrategy.execute(ConnStrategy.java:439)',
      '\t... 71 common frames omitted',
      'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
      '\t... 78 common frames omitted',
      '',
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(30000 + Math.floor((i * 60) / 4) + ((i * 7) % 14))}.${ms(i * 53)} ERROR 1 --- [nio-8080-exec-${(i % 9) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtyseventh-keycloak-ad-bind-account-locked-775',
    family: 'credentials',
    source: 'https://www.dotcms.com/docs/latest/active-directory-error-codes',
    signal: 'Alert',
    containers: [
      {
        name: 'keycloak',
        running: { startedAt: '2026-02-09T03:12:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_HOSTNAME: 'sso.corp.example.com',
          KC_PROXY: 'edge',
          KC_CACHE: 'ispn',
          KC_CACHE_STACK: 'kubernetes',
          JAVA_OPTS_APPEND: '-Djgroups.dns.query=keycloak-headless.iam.svc.cluster.local',
        },
        args: ['start', '--optimized'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'KeycloakLoginErrorsHigh: realm corp LOGIN_ERROR rate 41/s over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `2026-02-11 08:${dd(1 + i)}:${dd(i * 17)},${ms(i * 61)} INFO  [org.keycloak.events] (executor-thread-${3 + (i % 20)}) type=CODE_TO_TOKEN, realmId=corp, clientId=${['claims-portal', 'policy-admin', 'jenkins', 'sonarqube'][i % 4]}, userId=${(0x3f2a1c07 + i * 977).toString(16)}-6c1e-4d0b-9a52-0e${(i * 7919).toString(16).padStart(10, '0')}, ipAddress=10.42.${(i % 4) + 1}.${20 + i}, token_id=${(i * 104729).toString(16)}, grant_type=authorization_code, client_auth_method=client-secret`,
      ),
      '2026-02-11 08:17:02,114 WARN  [org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager] (executor-thread-12) LDAP Operation Authentication took 1204 ms',
      times(
        28,
        (i) =>
          `2026-02-11 ${hms(29820 + Math.floor((i * 60) / 4) + 5 + ((i * 7) % 8))},${ms(i * 97)} ERROR [org.keycloak.services] (executor-thread-${3 + (i % 20)}) KC-SERVICES0055: Error when authenticating to LDAP: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563]: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 775, v4563]\n\tat java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)\n\tat java.naming/com.sun.jndi.ldap.LdapCtx.processReturnCode(LdapCtx.java:3207)\n\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2905)\n\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPContextManager.createLdapContext(LDAPContextManager.java:79)\n\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.execute(LDAPOperationManager.java:795)\n\n${times(2, (k) => `2026-02-11 ${hms(29820 + Math.floor((i * 60) / 4) + 6 + ((i * 7) % 8))},${ms(i * 97 + k * 5)} WARN  [org.keycloak.events] (executor-thread-${3 + (i % 20)}) type=LOGIN_ERROR, realmId=corp, clientId=${['claims-portal', 'policy-admin', 'jenkins', 'sonarqube'][(i + k) % 4]}, userId=null, ipAddress=10.42.${(i % 4) + 1}.${40 + i}, error=invalid_user_credentials, auth_method=openid-connect, auth_type=code, redirect_uri=https://${['claims', 'policy-admin', 'jenkins', 'sonar'][(i + k) % 4]}.corp.example.com/sso/callback, code_id=${(i * 7727 + k).toString(16)}, username=${['jsmith', 'mkhan', 'aperez', 'tnguyen', 'lbrown'][(i + k) % 5]}`).join('\n')}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-cxf-partner-soap-certificate-expired',
    family: 'expired-certificate',
    source: 'https://github.com/opensearch-project/security/issues/870',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-gateway',
        running: { startedAt: '2026-02-11T02:51:30Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-Xmx1g -Djavax.net.ssl.trustStore=/etc/pki/java/partners.jks',
          PARTNER_ENDPOINT: 'https://b2b.reinsurer-partner.example/ws/ClaimNotification/v3',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'partner-truststore', path: '/etc/pki/java' }],
      },
    ],
    volumes: [{ name: 'partner-truststore', secret: 'claims-gateway-truststore' }],
    rollout: { minutesAgo: 339, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'ClaimNotificationBacklog: 1834 notifications pending delivery to reinsurer for 2h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 02:51:44.902  INFO 1 --- [           main] c.e.claims.gateway.GatewayApplication    : Started GatewayApplication in 13.802 seconds (JVM running for 14.611)',
      times(
        18,
        (i) =>
          `2026-02-11 0${3 + Math.floor(i / 6)}:${dd(i * 10 + 2)}:${dd(i * 7)}.${ms(i * 41)}  INFO 1 --- [  notify-pool-${(i % 4) + 1}] c.e.claims.gateway.NotificationSender   : ClaimNotification ${88120 + i} delivered to reinsurer (HTTP 200, ${312 + i * 9}ms)`,
      ),
      '2026-02-11 06:00:02.314  WARN 1 --- [  notify-pool-2] o.a.cxf.phase.PhaseInterceptorChain      : Interceptor for {http://reinsurer-partner.example/ws/claims/v3}ClaimNotificationService#{http://reinsurer-partner.example/ws/claims/v3}notify has thrown exception, unwinding now',
      '',
      'org.apache.cxf.interceptor.Fault: Could not send Message.',
      '\tat org.apache.cxf.interceptor.MessageSenderInterceptor$MessageSenderEndingInterceptor.handleMessage(MessageSenderInterceptor.java:67)',
      '\tat org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:308)',
      '\tat org.apache.cxf.endpoint.ClientImpl.doInvoke(ClientImpl.java:530)',
      '\tat org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:140)',
      '\tat com.sun.proxy.$Proxy142.notify(Unknown Source)',
      '\tat com.example.claims.gateway.NotificationSender.send(NotificationSender.java:88)',
      'Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat sun.security.ssl.Alert.createSSLException(Alert.java:131)',
      '\tat sun.security.ssl.TransportContext.fatal(TransportContext.java:324)',
      '\tat sun.security.ssl.CertificateMessage$T12CertificateConsumer.checkServerCerts(CertificateMessage.java:654)',
      '\tat sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:430)',
      '\tat sun.net.www.protocol.https.HttpsClient.afterConnect(HttpsClient.java:559)',
      '\tat org.apache.cxf.transport.http.URLConnectionHTTPConduit$URLConnectionWrappedOutputStream.setupWrappedStream(URLConnectionHTTPConduit.java:274)',
      '\t... 41 more',
      'Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:369)',
      '\tat sun.security.validator.PKIXValidator.engineValidate(PKIXValidator.java:275)',
      '\tat sun.security.validator.Validator.validate(Validator.java:262)',
      '\t... 47 more',
      'Caused by: java.security.cert.CertPathValidatorException: validity check failed',
      '\tat sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)',
      '\tat sun.security.provider.certpath.PKIXCertPathValidator.validate(PKIXCertPathValidator.java:233)',
      '\t... 52 more',
      'Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Feb 11 05:59:59 UTC 2026',
      '\tat sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)',
      '\tat sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:675)',
      '\tat sun.security.provider.certpath.BasicChecker.verifyValidity(BasicChecker.java:190)',
      '\t... 56 more',
      times(
        40,
        (i) =>
          `2026-02-11 0${6 + Math.floor(i / 16)}:${dd(3 + (i % 16) * 3)}:${dd(i * 11)}.${ms(i * 29)}  WARN 1 --- [  notify-pool-${(i % 4) + 1}] c.e.claims.gateway.NotificationSender   : ClaimNotification ${88139 + i} delivery failed, will retry in 300s: Could not send Message. (PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed)`,
      ),
      times(
        10,
        (i) =>
          `2026-02-11 ${hms(30300 + Math.floor((i * 60) / 2) + ((i * 7) % 29))}.${ms(i * 61)}  INFO 1 --- [nio-8080-exec-${(i % 8) + 1}] c.e.claims.gateway.web.NotificationApi  : POST /notifications accepted claim CLM-${77140 + i} (queued for reinsurer, backlog ${1790 + i * 4})`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-liberty-keystore-password-incorrect',
    family: 'credentials',
    source: 'https://github.com/OpenLiberty/ci.docker/issues/427',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'underwriting',
        running: { startedAt: '2026-02-11T08:06:40Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          WLP_LOGGING_CONSOLE_FORMAT: 'SIMPLE',
          WLP_LOGGING_CONSOLE_SOURCE: 'message,ffdc',
          KEYSTORE_PASSWORD: '(from secret underwriting-keystore-pass)',
          JVM_ARGS: '-Xmx1280m',
        },
        mounts: [
          { volume: 'tls-keystore', path: '/config/resources/security' },
          { volume: 'server-config', path: '/config/configDropins/overrides' },
        ],
      },
    ],
    volumes: [
      { name: 'tls-keystore', secret: 'underwriting-tls-p12' },
      { name: 'server-config', configMap: 'underwriting-liberty-overrides' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "https://10.42.5.61:9443/health/ready": remote error: tls: handshake failure',
        type: 'Warning',
        count: 132,
      },
    ],
    currentLog: log(
      'Launching defaultServer (WebSphere Application Server 23.0.0.3/wlp-1.0.75.cl230320230319-1900) on IBM J9 VM, version 8.0.7.20 - pxa6480sr7fp20-20221020_01(SR7 FP20) (en_US)',
      '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
      '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /config/configDropins/overrides/keystore.xml',
      '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /config/configDropins/overrides/datasource.xml',
      '[INFO    ] CWWKE0002I: The kernel started after 1.482 seconds',
      '[INFO    ] CWWKF0007I: Feature update started.',
      '[ERROR   ] CWPKI0033E: The keystore located at /config/resources/security/key.p12 did not load because of the following error: keystore password was incorrect',
      '[WARNING ] CWPKI0809W: There is a failure loading the defaultKeyStore keystore. If an SSL configuration references the defaultKeyStore keystore, then the SSL configuration will fail to initialize.',
      '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
      '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://underwriting-6b8f9d7c5-l2xkq:9080/health/',
      '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://underwriting-6b8f9d7c5-l2xkq:9080/underwriting/',
      '[AUDIT   ] CWWKZ0001I: Application underwriting started in 6.914 seconds.',
      '[AUDIT   ] CWWKO0219I: TCP Channel defaultHttpEndpoint has been started and is now listening for requests on host *  (IPv6) port 9080.',
      '[AUDIT   ] CWWKO0219I: TCP Channel defaultHttpEndpoint-ssl has been started and is now listening for requests on host *  (IPv6) port 9443.',
      '[AUDIT   ] CWWKF0012I: The server installed the following features: [appSecurity-2.0, cdi-1.2, distributedMap-1.0, jaxrs-2.0, jdbc-4.2, jndi-1.0, jsonp-1.0, mpHealth-1.0, servlet-3.1, ssl-1.0, transportSecurity-1.0].',
      '[INFO    ] CWWKF0008I: Feature update completed in 9.317 seconds.',
      '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 10.802 seconds.',
      times(60, (i) =>
        i % 6 === 2
          ? '[ERROR   ] CWWKO0801E: Unable to initialize SSL connection. Unauthorized access was denied or security settings have expired. Exception is javax.net.ssl.SSLHandshakeException: no cipher suites in common'
          : i % 13 === 5
            ? `[INFO    ] SRVE0242I: [underwriting] [/underwriting] [com.example.uw.api.${['RatingResource', 'QuoteResource', 'ReferralResource', 'DocumentResource', 'PartyResource'][i % 5]}]: Initialization successful.`
            : `[INFO    ] com.example.uw.api.QuoteResource: GET /underwriting/api/v2/quotes/${71200 + i * 3} 200 ${21 + (i % 30)}ms broker=${['B0412', 'B1177', 'B0093', 'B2210'][i % 4]}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-ibmmq-channel-user-not-authorized-2035',
    family: 'credentials',
    source: 'https://github.com/ibm-messaging/mq-container/issues/554',
    signal: 'Alert',
    containers: [
      {
        name: 'fnol-intake',
        running: { startedAt: '2026-02-11T07:40:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          IBM_MQ_QUEUEMANAGER: 'QMCLAIMS1',
          IBM_MQ_CHANNEL: 'FNOL.SVRCONN',
          IBM_MQ_CONNNAME: 'mq-claims.corp.example.com(1414)',
          IBM_MQ_USER: 'svc-fnol',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'MQQueueDepthHigh: FNOL.REQUEST depth 12840 on QMCLAIMS1, 0 open input handles',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      ' :: Spring Boot ::               (v2.7.18)',
      '',
      '2026-02-11 07:40:15.881  INFO 1 --- [           main] c.e.fnol.FnolIntakeApplication           : Starting FnolIntakeApplication v4.2.0 using Java 11.0.21 with PID 1 (/app/fnol-intake.jar started by 1001 in /app)',
      "2026-02-11 07:40:22.310  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
      '2026-02-11 07:40:22.334  INFO 1 --- [           main] c.e.fnol.FnolIntakeApplication           : Started FnolIntakeApplication in 7.212 seconds (JVM running for 8.102)',
      times(
        36,
        (i) =>
          `2026-02-11 ${hms(i < 6 ? 27630 + i * 180 : 28920 + (i - 6) * 54)}.${ms(i * 83)} ${i % 9 === 4 ? ' INFO' : ' WARN'} 1 --- [ntContainer#0-1] o.s.j.l.DefaultMessageListenerContainer  : ${
            i % 9 === 4
              ? 'JMS message listener invoker needs to establish shared Connection'
              : `Could not refresh JMS Connection for destination 'FNOL.REQUEST' - retrying using FixedBackOff{interval=5000, currentAttempts=${i * 12}, maxAttempts=unlimited}. Cause: JMSWMQ2013: The security authentication was not valid that was supplied for queue manager 'QMCLAIMS1' with connection mode 'Client' and host name 'mq-claims.corp.example.com(1414)'.; nested exception is com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2035' ('MQRC_NOT_AUTHORIZED').`
          }`,
      ),
      times(
        8,
        (i) =>
          `2026-02-11 ${hms(30500 + i * 12)}.${ms(i * 37)}  INFO 1 --- [nio-8080-exec-${(i % 8) + 1}] c.e.fnol.web.FnolController             : POST /fnol accepted FNOL-${330410 + i} (publish pending: JMS connection unavailable)`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-springbatch-javamail-relay-access-denied',
    family: 'smtp-relay',
    source: 'https://github.com/openboxes/openboxes/issues/60',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'statement-mailer',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          SPRING_MAIL_HOST: 'smtp-relay.corp.example.com',
          SPRING_MAIL_PORT: '25',
          SPRING_BATCH_JOB_NAMES: 'monthlyStatementJob',
          JAVA_OPTS: '-Xmx640m',
        },
        args: ['java', '-jar', '/opt/batch/statement-batch.jar', 'run.id=212'],
      },
    ],
    events: [
      { reason: 'Started', message: 'Started container statement-mailer', type: 'Normal' },
      {
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        type: 'Warning',
      },
    ],
    currentLog: log(
      '2026-02-11 07:00:06.412  INFO 1 --- [           main] c.e.batch.StatementBatchApplication      : Starting StatementBatchApplication v3.1.4 using Java 1.8.0_392 on statement-mailer-29512020-k8w2p with PID 1 (/opt/batch/statement-batch.jar started by batch in /opt/batch)',
      '2026-02-11 07:00:06.415  INFO 1 --- [           main] c.e.batch.StatementBatchApplication      : No active profile set, falling back to 1 default profile: "default"',
      '2026-02-11 07:00:09.880  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
      '2026-02-11 07:00:10.544  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.',
      '2026-02-11 07:00:11.203  INFO 1 --- [           main] o.s.b.c.r.s.JobRepositoryFactoryBean     : No database type set, using meta data indicating: ORACLE',
      '2026-02-11 07:00:11.622  INFO 1 --- [           main] o.s.b.c.l.support.SimpleJobLauncher      : No TaskExecutor has been set, defaulting to synchronous executor.',
      '2026-02-11 07:00:12.018  INFO 1 --- [           main] c.e.batch.StatementBatchApplication      : Started StatementBatchApplication in 6.301 seconds (JVM running for 7.112)',
      '2026-02-11 07:00:12.031  INFO 1 --- [           main] o.s.b.a.b.JobLauncherApplicationRunner   : Running default command line with: [run.id=212]',
      '2026-02-11 07:00:12.402  INFO 1 --- [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [SimpleJob: [name=monthlyStatementJob]] launched with the following parameters: [{run.id=212}]',
      '2026-02-11 07:00:12.488  INFO 1 --- [           main] o.s.batch.core.job.SimpleStepHandler     : Executing step: [renderStatementsStep]',
      times(
        24,
        (i) =>
          `2026-02-11 07:00:${dd(13 + i)}.${ms(i * 131)}  INFO 1 --- [           main] c.e.batch.statement.StatementWriter      : rendered statement batch ${i + 1}/24 (${40 + (i % 5)} brokers, ${1200 + i * 37} policies) to /tmp/statements/2026-01/batch-${String(i + 1).padStart(2, '0')}.pdf`,
      ),
      '2026-02-11 07:00:37.902  INFO 1 --- [           main] o.s.batch.core.step.AbstractStep         : Step: [renderStatementsStep] executed in 25s414ms',
      '2026-02-11 07:00:37.911  INFO 1 --- [           main] o.s.batch.core.job.SimpleStepHandler     : Executing step: [sendStatementsStep]',
      '2026-02-11 07:00:38.114  INFO 1 --- [           main] c.e.batch.statement.StatementMailer      : sending 1018 statements via smtp-relay.corp.example.com:25 as statements@corp.example.com',
      '2026-02-11 07:00:38.602 ERROR 1 --- [           main] o.s.batch.core.step.AbstractStep         : Encountered an error executing step sendStatementsStep in job monthlyStatementJob',
      '',
      'org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <statements@northgate-brokers.example>: Relay access denied',
      '; message exception details (1) are:',
      'Failed message 1:',
      'javax.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <statements@northgate-brokers.example>: Relay access denied',
      '',
      '\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)',
      '\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)',
      '\tat org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:465)',
      '\tat org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:361)',
      '\tat org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:356)',
      '\tat com.example.batch.statement.StatementMailer.write(StatementMailer.java:71)',
      '\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.writeItems(SimpleChunkProcessor.java:193)',
      '\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.doWrite(SimpleChunkProcessor.java:159)',
      '\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.write(SimpleChunkProcessor.java:294)',
      '\tat org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:407)',
      '\tat org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:208)',
      'Caused by: com.sun.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <statements@northgate-brokers.example>: Relay access denied',
      '',
      '\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:1961)',
      '\t... 24 common frames omitted',
      '',
      '2026-02-11 07:00:38.640  INFO 1 --- [           main] o.s.batch.core.step.AbstractStep         : Step: [sendStatementsStep] executed in 728ms',
      '2026-02-11 07:00:38.702  INFO 1 --- [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [SimpleJob: [name=monthlyStatementJob]] completed with the following parameters: [{run.id=212}] and the following status: [FAILED] in 26s294ms',
      '2026-02-11 07:00:38.731  INFO 1 --- [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown initiated...',
      '2026-02-11 07:00:38.744  INFO 1 --- [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-nexus-registry-certificate-expired-pull',
    family: 'registry',
    source: 'https://github.com/GoogleCloudPlatform/horizon-sdv/issues/8',
    signal: 'ImagePullBackOff',
    phase: 'Pending',
    containers: [
      {
        name: 'claims-batch-ui',
        waiting: {
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1"',
        },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: { CATALINA_OPTS: '-Xms512m -Xmx640m', TZ: 'Europe/London' },
      },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned claims/claims-batch-ui-5c7f8d9b6-7hzxq to ip-10-80-21-144.eu-west-2.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'Pulling',
        message: 'Pulling image "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1"',
        type: 'Normal',
        count: 6,
      },
      {
        reason: 'Failed',
        message:
          'Failed to pull image "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1": rpc error: code = Unknown desc = failed to pull and unpack image "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1": failed to resolve reference "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1": failed to do request: Head "https://nexus.corp.example.com:8443/v2/legacy/claims-batch-ui/manifests/2.3.1": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-11T08:27:12Z is after 2026-02-10T23:59:59Z',
        type: 'Warning',
        count: 6,
      },
      { reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', count: 6 },
      {
        reason: 'BackOff',
        message: 'Back-off pulling image "nexus.corp.example.com:8443/legacy/claims-batch-ui:2.3.1"',
        type: 'Normal',
        count: 24,
      },
      { reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', count: 24 },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-nfs-archive-export-access-denied',
    family: 'storage',
    source: 'https://github.com/kubernetes/kubernetes/issues/108963',
    signal: 'FailedMount',
    phase: 'Pending',
    containers: [
      {
        name: 'doc-archive',
        waiting: { reason: 'ContainerCreating' },
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: { ARCHIVE_ROOT: '/mnt/archive', APACHE_RUN_USER: 'www-data' },
        mounts: [
          { volume: 'archive', path: '/mnt/archive' },
          { volume: 'apache-logs', path: '/var/log/apache2' },
        ],
      },
    ],
    volumes: [
      { name: 'archive', persistentVolumeClaim: 'claims-archive' },
      { name: 'apache-logs', emptyDir: {} },
    ],
    events: [
      {
        reason: 'Scheduled',
        message:
          'Successfully assigned docs/doc-archive-7d9c6b5f4-m2lqn to ip-10-80-37-19.eu-west-2.compute.internal',
        type: 'Normal',
      },
      {
        reason: 'FailedMount',
        message:
          'MountVolume.SetUp failed for volume "claims-archive-pv" : mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs -o hard,nfsvers=3,timeo=600 filer02.corp.example.com:/vol/claims_archive /var/lib/kubelet/pods/3f9a2c1e-7b44-4d2a-9e61-0c58d1a2b7f3/volumes/kubernetes.io~nfs/claims-archive-pv\nOutput: mount.nfs: access denied by server while mounting filer02.corp.example.com:/vol/claims_archive',
        type: 'Warning',
        count: 17,
      },
      {
        reason: 'FailedMount',
        message:
          'Unable to attach or mount volumes: unmounted volumes=[archive], unattached volumes=[archive apache-logs kube-api-access-8w2xk]: timed out waiting for the condition',
        type: 'Warning',
        count: 7,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-jenkins-home-no-space-left',
    family: 'disk-full',
    source: 'https://github.com/kata-containers/ci/issues/71',
    signal: 'Alert',
    containers: [
      {
        name: 'jenkins',
        running: { startedAt: '2026-01-26T09:40:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=60 -Djenkins.install.runSetupWizard=false',
          JENKINS_HOME: '/var/jenkins_home',
        },
        mounts: [{ volume: 'jenkins-home', path: '/var/jenkins_home' }],
      },
    ],
    volumes: [{ name: 'jenkins-home', persistentVolumeClaim: 'jenkins-home' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'KubePersistentVolumeFillingUp: PersistentVolume claimed by jenkins-home in namespace ci has 0% free',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 07:${dd(20 + i * 2)}:${dd(i * 13)}.${ms(i * 47)}+0000 [id=${412 + i * 31}]\tINFO\thudson.model.Run#execute: ${['claims-web/main', 'policy-admin/release', 'fnol-intake/main', 'underwriting/develop'][i % 4]} #${1390 + i} main build action completed: SUCCESS`,
      ),
      '2026-02-11 08:11:02.305+0000 [id=1122]\tWARNING\th.model.Run$RunExecution#handleFatalBuildProblem: claims-web/main #1411 failed to save build record',
      'java.io.IOException: No space left on device',
      '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
      '\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)',
      '\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:113)',
      '\tat java.base/sun.nio.ch.IOUtil.write(IOUtil.java:79)',
      '\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:280)',
      '\tat hudson.util.FileChannelWriter.write(FileChannelWriter.java:72)',
      '\tat java.base/java.io.Writer.write(Writer.java:249)',
      '\tat hudson.util.AtomicFileWriter.write(AtomicFileWriter.java:162)',
      '\tat java.base/java.io.Writer.write(Writer.java:192)',
      '\tat hudson.XmlFile.write(XmlFile.java:223)',
      '\tat hudson.model.Run.save(Run.java:1992)',
      '\tat hudson.model.Run.execute(Run.java:1889)',
      '\tat hudson.model.FreeStyleBuild.run(FreeStyleBuild.java:44)',
      '\tat hudson.model.ResourceController.execute(ResourceController.java:101)',
      '\tat hudson.model.Executor.run(Executor.java:442)',
      times(
        18,
        (i) =>
          `2026-02-11 08:${dd(12 + i)}:${dd((i * 23) % 58)}.${ms(i * 67)}+0000 [id=${1130 + i * 9}]\tWARNING\tj.p.w.s.concurrent.Timeout#lambda$ping$0: ${['policy-admin/release', 'fnol-intake/main', 'claims-web/main'][i % 3]} #${1412 + i} unresponsive for ${5 + i} min\n2026-02-11 08:${dd(12 + i)}:${dd(((i * 23) % 58) + 1)}.${ms(i * 67 + 5)}+0000 [id=${1131 + i * 9}]\tSEVERE\thudson.model.Executor#finish1: Executor threw an exception\njava.io.IOException: No space left on device\n\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:354)\n\tat hudson.console.AnnotatedLargeText.writeLogTo(AnnotatedLargeText.java:178)\n\tat hudson.model.Run.writeLogTo(Run.java:1532)`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyseventh-squid-access-log-emptydir-evicted',
    family: 'disk-full',
    source: 'https://github.com/uc-cdis/cloud-automation/issues/547',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'squid',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['-N', '-f', '/etc/squid/squid.conf'],
        mounts: [
          { volume: 'squid-config', path: '/etc/squid' },
          { volume: 'squid-logs', path: '/var/log/squid' },
          { volume: 'squid-spool', path: '/var/spool/squid' },
        ],
      },
    ],
    volumes: [
      { name: 'squid-config', configMap: 'egress-proxy-squid-conf' },
      { name: 'squid-logs', emptyDir: { sizeLimit: '2Gi' } },
      { name: 'squid-spool', emptyDir: { sizeLimit: '1Gi' } },
    ],
    events: [
      {
        reason: 'Evicted',
        message: 'Usage of EmptyDir volume "squid-logs" exceeds the limit "2Gi". ',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container squid', type: 'Normal' },
    ],
    previousLog: log(
      '2026/02/11 07:00:04| Set Current Directory to /var/spool/squid',
      '2026/02/11 07:00:04| Starting Squid Cache version 4.13 for x86_64-pc-linux-gnu...',
      '2026/02/11 07:00:04| Service Name: squid',
      '2026/02/11 07:00:04| Process ID 1',
      '2026/02/11 07:00:04| Process Roles: master worker',
      '2026/02/11 07:00:04| With 1048576 file descriptors available',
      '2026/02/11 07:00:04| Initializing IP Cache...',
      '2026/02/11 07:00:04| DNS Socket created at [::], FD 5',
      '2026/02/11 07:00:04| DNS Socket created at 0.0.0.0, FD 9',
      '2026/02/11 07:00:04| Adding nameserver 172.20.0.10 from /etc/resolv.conf',
      '2026/02/11 07:00:04| Adding domain egress.svc.cluster.local from /etc/resolv.conf',
      '2026/02/11 07:00:04| Logfile: opening log daemon:/var/log/squid/access.log',
      '2026/02/11 07:00:04| Logfile Daemon: opening log /var/log/squid/access.log',
      '2026/02/11 07:00:04| Local cache digest enabled; rebuild/rewrite every 3600/3600 sec',
      '2026/02/11 07:00:04| Store logging disabled',
      '2026/02/11 07:00:04| Swap maxSize 0 + 262144 KB, estimated 20164 objects',
      '2026/02/11 07:00:04| Target number of buckets: 1008',
      '2026/02/11 07:00:04| Using 8192 Store buckets',
      '2026/02/11 07:00:04| Max Mem  size: 262144 KB',
      '2026/02/11 07:00:04| Max Swap size: 0 KB',
      '2026/02/11 07:00:04| Using Least Load store dir selection',
      '2026/02/11 07:00:04| Set Current Directory to /var/spool/squid',
      '2026/02/11 07:00:04| Finished loading MIME types and icons.',
      '2026/02/11 07:00:04| HTCP Disabled.',
      '2026/02/11 07:00:04| Squid plugin modules loaded: 0',
      '2026/02/11 07:00:04| Adaptation support is off.',
      '2026/02/11 07:00:04| Accepting HTTP Socket connections at local=[::]:3128 remote=[::] FD 14 flags=9',
      '2026/02/11 07:00:05| storeLateRelease: released 0 objects',
      times(
        14,
        (i) =>
          `2026/02/11 0${7 + Math.floor((i * 6 + 3) / 60)}:${dd(i * 6 + 3)}:${dd(i * 17)} kid1| ${
            [
              'WARNING: Closing client connection due to lifetime timeout',
              'local=10.42.7.31:3128 remote=10.42.3.19:51844 FD 212 flags=1: read/write failure: (104) Connection reset by peer',
              'Starting new redirector helpers...',
              'WARNING! Your cache is running out of filedescriptors',
              "ipcacheParse: No Address records in response to 'sftp.legacy-vendor.example'",
              'SECURITY ALERT: Host header forgery detected on local=10.42.7.31:3128 remote=10.42.5.8:40214 FD 388 flags=1 (local IP does not match any domain IP)',
            ][i % 6]
          }`,
      ),
      '2026/02/11 08:26:51| Preparing for shutdown after 4812733 requests',
      '2026/02/11 08:26:51| Waiting 0 seconds for active connections to finish',
      '2026/02/11 08:26:51| Closing HTTP(S) port [::]:3128',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-activemq-classic-store-full-dlq',
    family: 'broker-disk',
    source: 'https://github.com/assimbly/runtime/issues/575',
    signal: 'Alert',
    containers: [
      {
        name: 'activemq',
        running: { startedAt: '2026-02-02T19:03:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          ACTIVEMQ_OPTS_MEMORY: '-Xms2g -Xmx2g',
          ACTIVEMQ_DATA: '/opt/activemq/data',
        },
        mounts: [
          { volume: 'kahadb', path: '/opt/activemq/data' },
          { volume: 'broker-config', path: '/opt/activemq/conf/activemq.xml' },
        ],
      },
    ],
    volumes: [
      { name: 'kahadb', persistentVolumeClaim: 'data-activemq-0' },
      { name: 'broker-config', configMap: 'activemq-broker-xml' },
    ],
    node: {
      ready: 'True',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
      ],
    },
    events: [
      {
        reason: 'AlertFiring',
        message: 'ActiveMQStoreUsageHigh: broker activemq-0 store usage 100% (limit 10 GiB) for 25m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `2026-02-11 07:${dd(40 + i * 2)}:${dd(i * 19)},${ms(i * 83)} | INFO  | not removing data file: ${2304 + i} as contained ack(s) refer to referenced file: [${2303 + i}, ${2304 + i}] | org.apache.activemq.store.kahadb.MessageDatabase | ActiveMQ Journal Checkpoint Worker`,
      ),
      '2026-02-11 08:02:11,402 | INFO  | Usage(default:store:queue://ActiveMQ.DLQ:store) percentUsage=96%, usage=10310712832, limit=10737418240, percentUsageMinDelta=1%;Parent:Usage(default:store) percentUsage=100%, usage=10737418240, limit=10737418240, percentUsageMinDelta=1% | org.apache.activemq.broker.region.Queue | ActiveMQ Transport: tcp:///10.42.4.19:51422@61616',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(28980 + Math.floor((i * 60) / 2) + ((i * 7) % 29))},${ms(i * 41)} | INFO  | Usage Manager Store is Full, 100% of 10737418240. Stopping producer (ID:${['fnol-intake-6b9c8d7f5-x2lq9', 'claims-gateway-5f7d9c8b6-r8m2k', 'camel-claims-router-7c4d8f-2wq7n'][i % 3]}-${43811 + i}-1770796812${String(345 + i).padStart(3, '0')}-1:1:1:1) to prevent flooding queue://${['CLAIMS.INBOUND', 'FNOL.EVENTS', 'CLAIMS.NOTIFY'][i % 3]}. See http://activemq.apache.org/producer-flow-control.html for more info (blocking for: ${60 + i * 30}s) | org.apache.activemq.broker.region.Queue | ActiveMQ Transport: tcp:///10.42.${(i % 4) + 1}.${19 + (i % 30)}:${51422 + i}@61616`,
      ),
      times(
        7,
        (i) =>
          `2026-02-11 08:${dd(23 + i)}:${dd(i * 7)},${ms(i * 13)} | INFO  | not removing data file: ${2311 + i} as contained ack(s) refer to referenced file: [${2310 + i}, ${2311 + i}] | org.apache.activemq.store.kahadb.MessageDatabase | ActiveMQ Journal Checkpoint Worker`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyseventh-artifactory-init-api-key-rejected',
    family: 'credentials',
    source: 'https://github.com/jfrog/jfrog-cli/issues/416',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        ...crashed('fetch-war', 1, 6),
        memoryLimit: '128Mi',
        args: [
          'sh',
          '-c',
          'echo "fetching $WAR from $ART_URL" && code=$(curl -sS -o /deploy/ROOT.war -w "%{http_code}" -H "X-JFrog-Art-Api: $ART_API_KEY" "$ART_URL/$WAR") && if [ "$code" != 200 ]; then cat /deploy/ROOT.war; echo; echo "download failed: HTTP $code"; exit 1; fi',
        ],
        env: {
          ART_URL: 'https://artifactory.corp.example.com/artifactory/libs-release-local',
          WAR: 'com/example/claims/claims-web/2.3.1/claims-web-2.3.1.war',
        },
        mounts: [{ volume: 'deploy', path: '/deploy' }],
      },
    ],
    containers: [
      {
        name: 'tomcat',
        waiting: { reason: 'PodInitializing' },
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: { CATALINA_OPTS: '-Xms1g -Xmx1280m -XX:MaxMetaspaceSize=256m' },
        mounts: [{ volume: 'deploy', path: '/usr/local/tomcat/webapps' }],
      },
    ],
    volumes: [{ name: 'deploy', emptyDir: {} }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container fetch-war in pod claims-web-84d9c7b6f5-vx2pl_claims',
        type: 'Warning',
        count: 27,
      },
    ],
    previousLog: log(
      'fetching com/example/claims/claims-web/2.3.1/claims-web-2.3.1.war from https://artifactory.corp.example.com/artifactory/libs-release-local',
      '{',
      '  "errors" : [ {',
      '    "status" : 401,',
      '    "message" : "Bad credentials"',
      '  } ]',
      '}',
      'download failed: HTTP 401',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-alfresco-dir-root-content-missing',
    family: 'storage',
    source: 'https://community.alfresco.com/thread/184527-what-can-cause-dreaded-content-integrity-errors',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('alfresco', 143, 8),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS:
            '-Ddir.root=/usr/local/tomcat/alf_data -Ddb.url=jdbc:postgresql://alfresco-db.cxq2.eu-west-2.rds.amazonaws.com:5432/alfresco -XX:MaxRAMPercentage=65',
          JAVA_TOOL_OPTIONS: '-Dencryption.keystore.type=JCEKS',
        },
        mounts: [{ volume: 'alf-data', path: '/usr/local/tomcat/alf_data' }],
      },
    ],
    volumes: [{ name: 'alf-data', persistentVolumeClaim: 'alfresco-contentstore-efs' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 404',
        type: 'Warning',
        count: 29,
      },
      {
        reason: 'Killing',
        message: 'Container alfresco failed liveness probe, will be restarted',
        type: 'Normal',
        count: 8,
      },
    ],
    previousLog: log(
      '11-Feb-2026 08:22:01.402 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.80',
      '11-Feb-2026 08:22:01.406 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.20.1+1-LTS',
      '11-Feb-2026 08:22:02.918 INFO [main] org.apache.catalina.startup.HostConfig.deployDescriptor Deploying deployment descriptor [/usr/local/tomcat/conf/Catalina/localhost/alfresco.xml]',
      "2026-02-11 08:22:19,304  INFO  [alfresco.repo.admin] [main] Using database URL 'jdbc:postgresql://alfresco-db.cxq2.eu-west-2.rds.amazonaws.com:5432/alfresco' with user 'alfresco'.",
      '2026-02-11 08:22:19,306  INFO  [alfresco.repo.admin] [main] Connected to database PostgreSQL version 13.13',
      '2026-02-11 08:22:27,881  INFO  [domain.schema.SchemaBootstrap] [main] Connecting to database: jdbc:postgresql://alfresco-db.cxq2.eu-west-2.rds.amazonaws.com:5432/alfresco, UserName=alfresco@alfresco-db, PostgreSQL JDBC Driver',
      '2026-02-11 08:22:27,883  INFO  [domain.schema.SchemaBootstrap] [main] Schema managed by database dialect org.alfresco.repo.domain.dialect.PostgreSQLDialect.',
      '2026-02-11 08:22:29,012  INFO  [domain.schema.SchemaBootstrap] [main] No changes were made to the schema.',
      "2026-02-11 08:22:34,550  INFO  [management.subsystems.ChildApplicationContextFactory] [main] Starting 'sysAdmin' subsystem, ID: [sysAdmin, default]",
      "2026-02-11 08:22:34,702  INFO  [management.subsystems.ChildApplicationContextFactory] [main] Startup of 'sysAdmin' subsystem, ID: [sysAdmin, default] complete",
      "2026-02-11 08:22:36,118  INFO  [repo.admin.ConfigurationChecker] [main] The Alfresco root data directory ('dir.root') is: /usr/local/tomcat/alf_data",
      '2026-02-11 08:22:36,240 ERROR  [repo.admin.ConfigurationChecker] [main] CONTENT INTEGRITY ERROR: System content not found in content store.',
      "2026-02-11 08:22:36,240 ERROR  [repo.admin.ConfigurationChecker] [main] Ensure that the 'dir.root' property is pointing to the correct data location.",
      '2026-02-11 08:22:36,251 ERROR  [web.context.ContextLoader] [main] Context initialization failed',
      "org.alfresco.error.AlfrescoRuntimeException: 01110001 Ensure that the 'dir.root' property is pointing to the correct data location.",
      '\tat org.alfresco.repo.admin.ConfigurationChecker.check(ConfigurationChecker.java:256)',
      '\tat org.alfresco.repo.admin.ConfigurationChecker.access$000(ConfigurationChecker.java:64)',
      '\tat org.alfresco.repo.admin.ConfigurationChecker$1$1.doWork(ConfigurationChecker.java:179)',
      '\tat org.alfresco.repo.security.authentication.AuthenticationUtil.runAs(AuthenticationUtil.java:548)',
      '\tat org.alfresco.repo.admin.ConfigurationChecker$1.execute(ConfigurationChecker.java:175)',
      '\tat org.alfresco.repo.transaction.RetryingTransactionHelper.doInTransaction(RetryingTransactionHelper.java:457)',
      '\tat org.alfresco.repo.transaction.RetryingTransactionHelper.doInTransaction(RetryingTransactionHelper.java:345)',
      '\tat org.alfresco.repo.admin.ConfigurationChecker.onBootstrap(ConfigurationChecker.java:185)',
      '\tat org.springframework.extensions.surf.util.AbstractLifecycleBean.onApplicationEvent(AbstractLifecycleBean.java:56)',
      '\tat org.alfresco.repo.management.SafeApplicationEventMulticaster.multicastEvent(SafeApplicationEventMulticaster.java:185)',
      '\tat org.springframework.context.support.AbstractApplicationContext.publishEvent(AbstractApplicationContext.java:421)',
      '\tat org.springframework.context.support.AbstractApplicationContext.finishRefresh(AbstractApplicationContext.java:938)',
      '\tat org.springframework.web.context.ContextLoader.initWebApplicationContext(ContextLoader.java:272)',
      '11-Feb-2026 08:22:36.290 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file',
      '11-Feb-2026 08:22:36.312 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Context [/alfresco] startup failed due to previous errors',
      '11-Feb-2026 08:22:36.951 INFO [main] org.apache.catalina.startup.HostConfig.deployDescriptor Deployment of deployment descriptor [/usr/local/tomcat/conf/Catalina/localhost/alfresco.xml] has finished in [34,033] ms',
      '11-Feb-2026 08:22:37.014 INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]',
      '11-Feb-2026 08:22:37.033 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [35,512] milliseconds',
      '11-Feb-2026 08:23:31.118 INFO [Thread-4] org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]',
      '11-Feb-2026 08:23:31.120 INFO [Thread-4] org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]',
      '11-Feb-2026 08:23:31.188 INFO [Thread-4] org.apache.coyote.AbstractProtocol.stop Stopping ProtocolHandler ["http-nio-8080"]',
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
  {
    id: 'thirtyseventh-sonarqube-vm-sized-request-unschedulable',
    family: 'capacity',
    source: 'https://github.com/harvester/harvester/issues/3136',
    signal: 'Unschedulable',
    phase: 'Pending',
    containers: [
      {
        name: 'sonarqube',
        memoryLimit: '16Gi',
        memoryRequest: '16Gi',
        cpuLimit: '4',
        env: {
          SONAR_WEB_JAVAOPTS: '-Xmx4g -Xms1g',
          SONAR_CE_JAVAOPTS: '-Xmx6g -Xms2g',
          SONAR_SEARCH_JAVAOPTS: '-Xmx4g -Xms4g -XX:MaxDirectMemorySize=1g',
          SONAR_JDBC_URL: 'jdbc:postgresql://sonar-db.cxq2.eu-west-2.rds.amazonaws.com:5432/sonar',
        },
        mounts: [
          { volume: 'sonar-data', path: '/opt/sonarqube/data' },
          { volume: 'sonar-extensions', path: '/opt/sonarqube/extensions' },
        ],
      },
    ],
    volumes: [
      { name: 'sonar-data', persistentVolumeClaim: 'sonarqube-data' },
      { name: 'sonar-extensions', persistentVolumeClaim: 'sonarqube-extensions' },
    ],
    events: [
      {
        reason: 'FailedScheduling',
        message:
          '0/11 nodes are available: 11 Insufficient memory. preemption: 0/11 nodes are available: 11 No preemption victims found for incoming pod.',
        type: 'Warning',
        count: 46,
      },
      {
        reason: 'NotTriggerScaleUp',
        message: "pod didn't trigger scale-up: 2 Insufficient memory",
        type: 'Normal',
        count: 52,
      },
    ],
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-django-py2-cx-oracle-ora-12545',
    family: 'dns',
    source: 'https://github.com/rsim/oracle-enhanced/issues/1165',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-search',
        running: { startedAt: '2026-02-10T16:32:08Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'claims.settings.production',
          ORACLE_DSN: 'oradb-clm-scan.corp.example.com:1521/CLMPRD',
          LD_LIBRARY_PATH: '/opt/oracle/instantclient_12_2',
        },
        args: ['gunicorn', 'claims.wsgi:application', '-b', '0.0.0.0:8000', '-w', '4', '--timeout', '60'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ClaimsSearch5xx: 5xx ratio 1.00 over 10m on claims-search (4/4 pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        24,
        (i) =>
          `10.42.${(i % 4) + 1}.${30 + i} - - [11/Feb/2026:${hms(28860 + Math.floor((i * 60) / 3) + ((i * 7) % 19))} +0000] "GET /claims/search/?q=${['CLM-2291', 'smith', 'M4+7QT', 'policy%3A88213'][i % 4]} HTTP/1.1" 200 ${4100 + i * 97} "https://claims.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"`,
      ),
      '[2026-02-11 08:09:41,114] ERROR django.request: Internal Server Error: /claims/search/',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/handlers/exception.py", line 41, in inner',
      '    response = get_response(request)',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/handlers/base.py", line 187, in _get_response',
      '    response = self.process_exception_by_middleware(e, request)',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/handlers/base.py", line 185, in _get_response',
      '    response = wrapped_callback(request, *callback_args, **callback_kwargs)',
      '  File "/srv/claims/claims/search/views.py", line 58, in search',
      '    for row in qs[:50]:',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/models/query.py", line 250, in __iter__',
      '    self._fetch_all()',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/models/query.py", line 1121, in _fetch_all',
      '    self._result_cache = list(self._iterable_class(self))',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/models/sql/compiler.py", line 872, in execute_sql',
      '    cursor = self.connection.cursor()',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/backends/base/base.py", line 189, in connect',
      '    self.connection = self.get_new_connection(conn_params)',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/backends/oracle/base.py", line 228, in get_new_connection',
      '    **conn_params)',
      '  File "/usr/local/lib/python2.7/site-packages/django/db/utils.py", line 94, in __exit__',
      '    six.reraise(dj_exc_type, dj_exc_value, traceback)',
      'DatabaseError: ORA-12545: Connect failed because target host or object does not exist',
      times(40, (i) =>
        i % 5 === 2
          ? `[2026-02-11 ${hms(29400 + Math.floor((i * 60) / 2) + ((i * 7) % 29))},${ms(i * 61)}] ERROR django.request: Internal Server Error: /claims/${['search/', 'detail/88213/', 'search/', 'export/'][i % 4]}\nTraceback (most recent call last):\n  File "/usr/local/lib/python2.7/site-packages/django/db/backends/oracle/base.py", line 228, in get_new_connection\n    **conn_params)\nDatabaseError: ORA-12545: Connect failed because target host or object does not exist`
          : `10.42.${(i % 4) + 1}.${30 + i} - - [11/Feb/2026:${hms(29400 + Math.floor((i * 60) / 2) + ((i * 7) % 29))} +0000] "GET /claims/${['search/?q=CLM-2291', 'detail/88213/', 'search/?q=jones', 'export/?fmt=csv'][i % 4]} HTTP/1.1" 500 145 "https://claims.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"`,
      ),
      '10.42.0.1 - - [11/Feb/2026:08:29:58 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28+"',
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- restarts (6 right, 3 wrong)
  {
    id: 'thirtyseventh-catalyst-dbd-oracle-not-connected-after-db-restart',
    family: 'stale-connection',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1663',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-intranet',
        running: { startedAt: '2026-02-04T10:21:37Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          CATALYST_CONFIG_LOCAL_SUFFIX: 'production',
          ORACLE_HOME: '/usr/lib/oracle/19.19/client64',
          TNS_ADMIN: '/etc/oracle',
          DBI_DSN: 'dbi:Oracle:CLMPRD',
        },
        args: ['starman', '--workers', '6', '--port', '5000', '/opt/claims-intranet/claims_intranet.psgi'],
        mounts: [{ volume: 'tnsnames', path: '/etc/oracle' }],
      },
    ],
    volumes: [{ name: 'tnsnames', configMap: 'oracle-tnsnames' }],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'ClaimsIntranetPod5xx: 5xx ratio 0.96 over 15m on pod claims-intranet-6d4f7b9c8-t7wzp (other replicas 0.00)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        6,
        (i) =>
          `[info] *** Request ${118201 + i} (0.212/s) [${31 + (i % 6)}] [Wed Feb 11 03:0${i}:${dd(i * 13)} 2026] ***\n[info] "GET" request for "policy/${88200 + i}" from "10.42.1.${9 + i}"\n[info] Request took 0.0${41 + i}118s (23.${740 + i}/s)`,
      ),
      '[error] Caught exception in ClaimsIntranet::Controller::Policy->view "DBD::Oracle::st execute failed: ORA-01089: immediate shutdown or close in progress - no operations are permitted (DBD ERROR: OCIStmtExecute) [for Statement "SELECT p.policy_no, p.status, p.holder_name FROM policy p WHERE p.policy_no = ?" with ParamValues: :p1=\'88207\'] at /opt/claims-intranet/lib/ClaimsIntranet/Model/Policy.pm line 42."',
      '[error] Caught exception in ClaimsIntranet::Controller::Policy->view "DBD::Oracle::st execute failed: ORA-03113: end-of-file on communication channel\nProcess ID: 41877\nSession ID: 412 Serial number: 50911 (DBD ERROR: OCIStmtExecute) [for Statement "SELECT p.policy_no, p.status, p.holder_name FROM policy p WHERE p.policy_no = ?" with ParamValues: :p1=\'88208\'] at /opt/claims-intranet/lib/ClaimsIntranet/Model/Policy.pm line 42."',
      times(46, (i) =>
        i % 6 === 3
          ? `[info] *** Request ${118400 + i * 37} (0.207/s) [${31 + (i % 6)}] [Wed Feb 11 ${hms(28920 + Math.floor((i * 60) / 2) + ((i * 7) % 29))} 2026] ***\n[info] "GET" request for "healthz/db" from "10.42.0.1"\n[debug] healthz: opened fresh handle to CLMPRD (SELECT 1 FROM DUAL) ok in 0.231s\n[info] Request took 0.244512s (4.089/s)`
          : `[info] *** Request ${118400 + i * 37} (0.207/s) [${31 + (i % 6)}] [Wed Feb 11 ${hms(28920 + Math.floor((i * 60) / 2) + ((i * 7) % 29))} 2026] ***\n[info] "GET" request for "${['policy', 'claim', 'policy', 'broker'][i % 4]}/${88400 + i * 3}" from "10.42.${(i % 4) + 1}.${12 + i}"\n[error] Caught exception in ClaimsIntranet::Controller::${['Policy', 'Claim', 'Policy', 'Broker'][i % 4]}->view "DBD::Oracle::st execute failed: ORA-03114: not connected to ORACLE (DBD ERROR: OCIStmtExecute) [for Statement "SELECT ${['p.policy_no, p.status, p.holder_name FROM policy p WHERE p.policy_no', 'c.claim_no, c.status, c.reserve_amt FROM claim c WHERE c.claim_no', 'p.policy_no, p.status, p.holder_name FROM policy p WHERE p.policy_no', 'b.broker_id, b.name FROM broker b WHERE b.broker_id'][i % 4]} = ?" with ParamValues: :p1='${88400 + i * 3}'] at /opt/claims-intranet/lib/ClaimsIntranet/Model/${['Policy', 'Claim', 'Policy', 'Broker'][i % 4]}.pm line ${[42, 57, 42, 19][i % 4]}."\n[info] Request took 0.00${2 + (i % 7)}411s (${400 + i}.118/s)`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyseventh-camel-activemq-listener-never-refreshes',
    family: 'wedged-consumer',
    source: 'https://github.com/spring-projects/spring-framework/issues/31418',
    signal: 'Alert',
    containers: [
      {
        name: 'camel-claims-router',
        running: { startedAt: '2026-02-06T14:02:51Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          ACTIVEMQ_BROKER_URL:
            'failover:(tcp://activemq-0.activemq.mq.svc.cluster.local:61616)?maxReconnectAttempts=10',
          CAMEL_SPRINGBOOT_NAME: 'claims-router',
          JAVA_OPTS: '-Xmx1g -XX:+UseG1GC',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'ActiveMQQueueNoConsumers: queue CLAIMS.INBOUND has 0 consumers and 48211 pending messages',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 05:41:09.402  WARN 1 --- [ActiveMQ Transport: tcp://activemq-0.activemq.mq.svc.cluster.local/10.42.6.14:61616@44102] o.a.a.t.failover.FailoverTransport       : Transport (tcp://10.42.6.14:61616) failed , attempting to automatically reconnect: java.io.EOFException',
      "2026-02-11 05:41:12.114  WARN 1 --- [CLAIMS.INBOUND]] o.a.c.c.j.DefaultJmsMessageListenerContainer : Setup of JMS message listener invoker failed for destination 'CLAIMS.INBOUND' - trying to recover. Cause: The Consumer is closed",
      times(
        10,
        (i) =>
          `2026-02-11 ${hms(20477 + i * 5)}.${ms(i * 37)} ERROR 1 --- [CLAIMS.INBOUND]] o.a.c.c.j.DefaultJmsMessageListenerContainer : Could not refresh JMS Connection for destination 'CLAIMS.INBOUND' - retrying using FixedBackOff{interval=5000, currentAttempts=${i}, maxAttempts=unlimited}. Cause: The JMS connection has failed: java.io.EOFException`,
      ),
      '2026-02-11 05:43:55.902  INFO 1 --- [ActiveMQ Task-3] o.a.a.t.failover.FailoverTransport       : Successfully reconnected to tcp://activemq-0.activemq.mq.svc.cluster.local:61616',
      times(40, (i) =>
        i % 4 === 1
          ? `2026-02-11 0${6 + Math.floor(i / 20)}:${dd((i % 20) * 3)}:${dd(i * 7)}.${ms(i * 53)}  INFO 1 --- [ - timer://sweep] claims-outbound                           : Published ${3 + (i % 9)} acknowledgements to queue://CLAIMS.ACK`
          : `2026-02-11 0${6 + Math.floor(i / 20)}:${dd((i % 20) * 3)}:${dd(i * 7 + 2)}.${ms(i * 41)} ERROR 1 --- [CLAIMS.INBOUND]] o.a.c.c.j.DefaultJmsMessageListenerContainer : Could not refresh JMS Connection for destination 'CLAIMS.INBOUND' - retrying using FixedBackOff{interval=5000, currentAttempts=${60 + i * 47}, maxAttempts=unlimited}. Cause: The JMS connection has failed: java.io.EOFException`,
      ),
      times(
        28,
        (i) =>
          `2026-02-11 08:${dd(1 + i)}:${dd(i * 11)}.${ms(i * 19)} ${i % 3 === 0 ? ' INFO' : 'ERROR'} 1 --- [${i % 3 === 0 ? ' - timer://sweep] claims-outbound                           : Published 4 acknowledgements to queue://CLAIMS.ACK' : `CLAIMS.INBOUND]] o.a.c.c.j.DefaultJmsMessageListenerContainer : Could not refresh JMS Connection for destination 'CLAIMS.INBOUND' - retrying using FixedBackOff{interval=5000, currentAttempts=${1900 + i * 12}, maxAttempts=unlimited}. Cause: The JMS connection has failed: java.io.EOFException`}`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyseventh-tomcat-jtds-pool-closed-after-ag-failover',
    family: 'stale-connection',
    source: 'https://github.com/spring-projects/spring-boot/issues/1303',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-web',
        running: { startedAt: '2026-02-08T11:15:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-Xms1g -Xmx1280m -XX:MaxMetaspaceSize=256m -Djava.security.egd=file:/dev/./urandom',
          DB_URL:
            'jdbc:jtds:sqlserver://billing-ag-listener.corp.example.com:1433/Billing;instance=;ssl=request',
        },
        mounts: [
          { volume: 'context-xml', path: '/usr/local/tomcat/conf/Catalina/localhost' },
          { volume: 'tomcat-logs', path: '/usr/local/tomcat/logs' },
        ],
      },
    ],
    volumes: [
      { name: 'context-xml', configMap: 'billing-web-context' },
      { name: 'tomcat-logs', emptyDir: { sizeLimit: '2Gi' } },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'BillingWebErrors: 5xx ratio 0.88 over 10m on pod billing-web-7b5d9f6c4-4kqsn',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 07:42:17,881 ERROR [http-nio-8080-exec-14] c.e.billing.dao.InvoiceDao - query failed: java.sql.SQLException: I/O Error: Connection reset',
      '\tat net.sourceforge.jtds.jdbc.TdsCore.executeSQL(TdsCore.java:1099)',
      '\tat net.sourceforge.jtds.jdbc.JtdsStatement.executeSQLQuery(JtdsStatement.java:506)',
      '\tat net.sourceforge.jtds.jdbc.JtdsPreparedStatement.executeQuery(JtdsPreparedStatement.java:979)',
      '\tat org.apache.tomcat.dbcp.dbcp2.DelegatingPreparedStatement.executeQuery(DelegatingPreparedStatement.java:122)',
      '\tat com.example.billing.dao.InvoiceDao.findOpen(InvoiceDao.java:88)',
      'Caused by: java.net.SocketException: Connection reset',
      '\tat java.net.SocketInputStream.read(SocketInputStream.java:210)',
      '\tat java.io.DataInputStream.readFully(DataInputStream.java:195)',
      '\tat net.sourceforge.jtds.jdbc.SharedSocket.readPacket(SharedSocket.java:850)',
      '2026-02-11 07:43:02,114 INFO  [QuartzScheduler_billingScheduler-billing-web-7b5d9f6c4-4kqsn_ClusterManager] o.q.impl.jdbcjobstore.JobStoreTX - ClusterManager: detected 1 failed or restarted instances.',
      '2026-02-11 07:43:02,230 INFO  [QuartzScheduler_billingScheduler-billing-web-7b5d9f6c4-4kqsn_MisfireHandler] o.q.impl.jdbcjobstore.JobStoreTX - Handling 1 trigger(s) that missed their scheduled fire-time.',
      times(50, (i) =>
        i % 8 === 5
          ? `2026-02-11 ${hms(27840 + i * 54)},${ms(i * 7)} INFO  [billingScheduler_Worker-${(i % 3) + 1}] c.e.billing.jobs.DunningSweepJob - dunning sweep: ${12 + (i % 5)} invoices escalated (quartzDataSource)`
          : `2026-02-11 ${hms(27840 + i * 54)},${ms(i * 71)} ERROR [http-nio-8080-exec-${(i % 20) + 1}] c.e.billing.dao.${['InvoiceDao', 'AccountDao', 'PaymentDao'][i % 3]} - query failed: java.sql.SQLException: Invalid state, the Connection object is closed.\n\tat net.sourceforge.jtds.jdbc.JtdsConnection.checkOpen(JtdsConnection.java:1713)\n\tat net.sourceforge.jtds.jdbc.JtdsConnection.prepareStatement(JtdsConnection.java:2093)\n\tat org.apache.tomcat.dbcp.dbcp2.DelegatingConnection.prepareStatement(DelegatingConnection.java:328)\n\tat com.example.billing.dao.${['InvoiceDao', 'AccountDao', 'PaymentDao'][i % 3]}.${['findOpen', 'load', 'listRecent'][i % 3]}(${['InvoiceDao', 'AccountDao', 'PaymentDao'][i % 3]}.java:${[88, 41, 63][i % 3]})`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyseventh-tomcat9-too-many-open-files-after-weeks',
    family: 'fd-leak',
    source: 'https://github.com/alibaba/nacos/issues/9248',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'document-service',
        running: { startedAt: '2026-01-19T06:44:12Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-Xms768m -Xmx1024m -XX:+HeapDumpOnOutOfMemoryError',
          DOCS_SHARE: '/mnt/docs',
        },
        mounts: [{ volume: 'docs', path: '/mnt/docs' }],
      },
    ],
    volumes: [{ name: 'docs', persistentVolumeClaim: 'document-efs' }],
    events: [
      {
        reason: 'Unhealthy',
        message:
          'Readiness probe failed: Get "http://10.42.2.77:8080/docs/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        type: 'Warning',
        count: 61,
      },
    ],
    currentLog: log(
      times(
        20,
        (i) =>
          `2026-02-11 08:${dd(1 + i)}:${dd(i * 7)},${ms(i * 13)} INFO  [http-nio-8080-exec-${(i % 25) + 1}] c.e.docs.web.RenditionServlet - GET /docs/rendition/${700211 + i * 19}/pdf 200 ${110 + (i % 40)}ms`,
      ),
      '2026-02-11 08:21:40,317 ERROR [http-nio-8080-exec-17] c.e.docs.web.RenditionServlet - rendition failed for 700601',
      'java.io.FileNotFoundException: /mnt/docs/2026/02/700601/original.tif (Too many open files)',
      '\tat java.base/java.io.FileInputStream.open0(Native Method)',
      '\tat java.base/java.io.FileInputStream.open(FileInputStream.java:219)',
      '\tat java.base/java.io.FileInputStream.<init>(FileInputStream.java:157)',
      '\tat com.example.docs.render.TiffRenderer.open(TiffRenderer.java:52)',
      times(
        22,
        (i) =>
          `11-Feb-2026 ${hms(30120 + Math.floor((i * 60) / 4) + ((i * 7) % 14))}.${ms(i * 41)} SEVERE [http-nio-8080-Acceptor] org.apache.tomcat.util.net.Acceptor.run Socket accept failed\n\tjava.io.IOException: Too many open files\n\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept0(Native Method)\n\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:533)\n\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:285)\n\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:546)\n\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:79)\n\t\tat org.apache.tomcat.util.net.Acceptor.run(Acceptor.java:129)\n\t\tat java.base/java.lang.Thread.run(Thread.java:829)`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['escalate', 'rollout-restart'],
  },
  {
    id: 'thirtyseventh-spring-ldap-pooled-context-connection-closed',
    family: 'stale-connection',
    source: 'https://github.com/eclipse-ee4j/glassfish/issues/21527',
    signal: 'Alert',
    containers: [
      {
        name: 'broker-portal',
        running: { startedAt: '2026-02-03T09:12:55Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          SPRING_LDAP_URLS: 'ldaps://ad.corp.example.com:636',
          SPRING_LDAP_BASE: 'DC=corp,DC=example,DC=com',
          LDAP_POOL_TEST_ON_BORROW: 'false',
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=65',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BrokerPortalLoginFailures: 100% of logins failing on pod broker-portal-6c8d7f9b5-jp4vd for 40m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-11 02:14:08.221  WARN 1 --- [nio-8080-exec-3] c.e.portal.security.AdAuthProvider       : LDAP search failed for broker b.ahmed: dc01.corp.example.com:636 [Root exception is java.net.ConnectException: Connection refused (Connection refused)]',
      times(30, (i) =>
        i === 12
          ? '2026-02-11 08:00:03.902  INFO 1 --- [   scheduling-1] c.e.portal.sync.LdapGroupSync            : synchronised 412 broker groups from OU=Brokers,DC=corp,DC=example,DC=com in 2.114s (new context)'
          : `2026-02-11 0${i < 12 ? 7 : 8}:${dd(i < 12 ? 46 + i : (i - 12) * 3 + 1)}:${dd(i * 17)}.${ms(i * 59)} ERROR 1 --- [nio-8080-exec-${(i % 10) + 1}] c.e.portal.security.AdAuthProvider       : authentication failed for broker ${['j.patel', 'm.oconnor', 's.li', 'r.garcia', 'k.schmidt'][i % 5]}\n\norg.springframework.ldap.CommunicationException: connection closed; nested exception is javax.naming.CommunicationException: connection closed [Root exception is java.io.IOException: connection closed]; remaining name 'OU=Brokers,DC=corp,DC=example,DC=com'\n\tat org.springframework.ldap.support.LdapUtils.convertLdapException(LdapUtils.java:108)\n\tat org.springframework.ldap.core.LdapTemplate.search(LdapTemplate.java:363)\n\tat org.springframework.ldap.core.LdapTemplate.searchForContext(LdapTemplate.java:1647)\n\tat com.example.portal.security.AdAuthProvider.authenticate(AdAuthProvider.java:74)\nCaused by: javax.naming.CommunicationException: connection closed\n\tat java.naming/com.sun.jndi.ldap.LdapClient.ensureOpen(LdapClient.java:1615)\n\tat java.naming/com.sun.jndi.ldap.LdapClient.search(LdapClient.java:518)\n\tat java.naming/com.sun.jndi.ldap.LdapCtx.doSearch(LdapCtx.java:2011)\n\tat org.springframework.ldap.pool2.DelegatingDirContext.search(DelegatingDirContext.java:343)`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyseventh-ibmmq-listener-silent-after-mqback-2009',
    family: 'wedged-consumer',
    source: 'https://github.com/ibm-messaging/mq-jms-spring/issues/99',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-settlement',
        running: { startedAt: '2026-02-07T20:11:04Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          IBM_MQ_QUEUEMANAGER: 'QMCLAIMS1',
          IBM_MQ_CHANNEL: 'SETTLE.SVRCONN',
          IBM_MQ_CONNNAME: 'mq-claims.corp.example.com(1414)',
          IBM_MQ_POOL_ENABLED: 'true',
          SPRING_JMS_LISTENER_ACKNOWLEDGE_MODE: 'client',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'MQQueueDepthHigh: SETTLEMENT.REQUEST depth 9412 on QMCLAIMS1, IPPROCS 0 for 5h',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        8,
        (i) =>
          `[2026-02-11 03:0${i}:${dd(i * 4)},${ms(i * 91)}] [claimsJmsListener-1] INFO  c.e.settlement.SettlementListener - settled claim CLM-${771020 + i} amount=${1200 + i * 311}.00 GBP`,
      ),
      "[2026-02-11 03:07:36,574] [claimsJmsListener-1] WARN  org.messaginghub.pooled.jms.JmsPoolSession - Caught exception trying rollback() when putting session back into the pool, will invalidate. com.ibm.msg.client.jms.DetailedJMSException: JMSCMQ0002: The method 'MQBACK' failed.",
      'An IBM MQ call failed.',
      'Please see the linked exception for more information.',
      "com.ibm.msg.client.jms.DetailedJMSException: JMSCMQ0002: The method 'MQBACK' failed.",
      '\tat com.ibm.msg.client.wmq.common.internal.Reason.reasonToException(Reason.java:595)',
      '\tat com.ibm.msg.client.wmq.common.internal.Reason.createException(Reason.java:215)',
      '\tat com.ibm.msg.client.wmq.common.internal.Reason.createException(Reason.java:253)',
      '\tat com.ibm.msg.client.wmq.internal.WMQSession.rollback(WMQSession.java:1312)',
      '\tat com.ibm.msg.client.jms.internal.JmsSessionImpl.rollback(JmsSessionImpl.java:1294)',
      '\tat com.ibm.mq.jms.MQSession.rollback(MQSession.java:1102)',
      '\tat org.messaginghub.pooled.jms.JmsPoolSession.close(JmsPoolSession.java:113)',
      "Caused by: com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '2009' ('MQRC_CONNECTION_BROKEN').",
      '\tat com.ibm.msg.client.wmq.common.internal.Reason.createException(Reason.java:203)',
      '\t... 14 more',
      times(60, (i) =>
        i % 7 === 3
          ? `[2026-02-11 0${3 + Math.floor(i / 11)}:${dd(10 + (i % 11) * 4)}:${dd(i * 13)},${ms(i * 17)}] [scheduling-1] INFO  c.e.settlement.AckPublisher - published ${2 + (i % 5)} payment acknowledgements to SETTLEMENT.ACK on QMCLAIMS1`
          : `[2026-02-11 0${3 + Math.floor(i / 11)}:${dd(10 + (i % 11) * 4)}:${dd(i * 13 + 3)},${ms(i * 29)}] [http-nio-8080-exec-${(i % 10) + 1}] DEBUG o.s.web.servlet.DispatcherServlet - Completed 200 OK GET /actuator/health`,
      ),
    ),
    accept: ['restart-pod'],
    tolerated: ['rollout-restart', 'escalate'],
  },
  {
    id: 'thirtyseventh-solr8-replica-full-replication-recovery',
    family: 'recovering',
    source: 'https://github.com/bitnami/charts/issues/10377',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'solr',
        running: { startedAt: '2026-02-11T08:03:51Z' },
        ready: false,
        restarts: 1,
        last: { reason: 'Error', exitCode: 143 },
        memoryLimit: '12Gi',
        memoryRequest: '12Gi',
        cpuLimit: '4',
        env: {
          SOLR_HEAP: '6g',
          ZK_HOST:
            'zk-0.zk-headless.search:2181,zk-1.zk-headless.search:2181,zk-2.zk-headless.search:2181/solr',
          SOLR_JAVA_MEM: '-Xms6g -Xmx6g',
        },
        mounts: [{ volume: 'solr-data', path: '/var/solr' }],
      },
    ],
    volumes: [{ name: 'solr-data', persistentVolumeClaim: 'data-solr-2' }],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        type: 'Warning',
        count: 148,
      },
    ],
    currentLog: log(
      '2026-02-11 08:03:58.114 INFO  (main) [   ] o.a.s.s.SolrDispatchFilter  ___      _       Welcome to Apache Solr™ version 8.11.2',
      '2026-02-11 08:03:58.118 INFO  (main) [   ] o.a.s.s.SolrDispatchFilter / __| ___| |_ _   Starting in cloud mode on port 8983',
      "2026-02-11 08:03:58.118 INFO  (main) [   ] o.a.s.s.SolrDispatchFilter \\__ \\/ _ \\ | '_|  Install dir: /opt/solr",
      '2026-02-11 08:03:58.119 INFO  (main) [   ] o.a.s.s.SolrDispatchFilter |___/\\___/_|_|    Start time: 2026-02-11T08:03:58.102Z',
      '2026-02-11 08:04:02.402 INFO  (main) [   ] o.a.s.c.ZkController Register node as live in ZooKeeper:/live_nodes/solr-2.solr-headless.search.svc.cluster.local:8983_solr',
      '2026-02-11 08:04:09.771 INFO  (coreLoadExecutor-10-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.c.SolrCore [policies_shard1_replica_n3]  Opening new SolrCore at [/var/solr/data/policies_shard1_replica_n3], dataDir=[/var/solr/data/policies_shard1_replica_n3/data/]',
      '2026-02-11 08:04:21.230 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.c.RecoveryStrategy Starting recovery process. recoveringAfterStartup=true',
      '2026-02-11 08:04:21.884 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.u.PeerSync PeerSync: core=policies_shard1_replica_n3 url=http://solr-2.solr-headless.search.svc.cluster.local:8983/solr too many updates received since start - startingUpdates no longer overlaps with our currentUpdates',
      '2026-02-11 08:04:21.885 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.c.RecoveryStrategy PeerSync Recovery was not successful - trying replication.',
      '2026-02-11 08:04:21.886 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.c.RecoveryStrategy Starting Replication Recovery.',
      '2026-02-11 08:04:21.886 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.c.RecoveryStrategy Attempting to replicate from [http://solr-0.solr-headless.search.svc.cluster.local:8983/solr/policies_shard1_replica_n1/].',
      "2026-02-11 08:04:22.031 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Leader's generation: 48211",
      "2026-02-11 08:04:22.031 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Leader's version: 1770791512345",
      "2026-02-11 08:04:22.031 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Follower's generation: 47102",
      "2026-02-11 08:04:22.032 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Follower's version: 1770609811021",
      '2026-02-11 08:04:22.032 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Starting replication process',
      '2026-02-11 08:04:22.415 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Number of files in latest index in leader: 418',
      '2026-02-11 08:04:22.430 INFO  (recoveryExecutor-7-thread-1-processing-n:solr-2.solr-headless.search.svc.cluster.local:8983_solr x:policies_shard1_replica_n3 c:policies s:shard1 r:core_node4) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.h.IndexFetcher Starting download (fullCopy=true) to NRTCachingDirectory(MMapDirectory@/var/solr/data/policies_shard1_replica_n3/data/index.20260211080422415 lockFactory=org.apache.lucene.store.NativeFSLockFactory@5c1e8a2b; maxCacheMB=48.0 maxMergeSizeMB=4.0)',
      times(60, (i) =>
        i % 3 === 0
          ? `2026-02-11 ${hms(29100 + Math.floor((i * 60) / 2.5) + ((i * 7) % 23))}.${ms(i * 37)} INFO  (qtp1782580546-${120 + i}) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.u.p.DistributedUpdateProcessor Ignoring commit while not ACTIVE - state: BUFFERING replay: false`
          : `2026-02-11 ${hms(29100 + Math.floor((i * 60) / 2.5) + 1 + ((i * 7) % 22))}.${ms(i * 41)} INFO  (qtp1782580546-${121 + i}) [c:policies s:shard1 r:core_node4 x:policies_shard1_replica_n3] o.a.s.u.p.LogUpdateProcessorFactory [policies_shard1_replica_n3]  webapp=/solr path=/update params={update.distrib=FROMLEADER&distrib.from=http://solr-0.solr-headless.search.svc.cluster.local:8983/solr/policies_shard1_replica_n1/&wt=javabin&version=2}{add=[POL-${88100 + i * 7} (${1770797000 + i * 13}000000), POL-${88101 + i * 7} (${1770797000 + i * 13}000001)]} 0 ${1 + (i % 4)}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'thirtyseventh-jboss-eap-ear-deploy-outlasts-liveness',
    family: 'slow-start',
    source: 'https://github.com/jbossdemocentral/coolstore-microservice/issues/2',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('claims-core', 143, 9),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS_APPEND: '-Xms2g -Xmx2g -XX:MetaspaceSize=256m -XX:MaxMetaspaceSize=768m',
          DB_SERVICE_PREFIX_MAPPING: 'claimsds-oracle=CLAIMSDS',
          CLAIMSDS_URL: 'jdbc:oracle:thin:@//oradb-clm-scan.corp.example.com:1521/CLMPRD',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 404',
        type: 'Warning',
        count: 27,
      },
      {
        reason: 'Killing',
        message: 'Container claims-core failed liveness probe, will be restarted',
        type: 'Normal',
        count: 9,
      },
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container claims-core in pod claims-core-5b7c9d8f6-qk2mw_claims',
        type: 'Warning',
        count: 31,
      },
    ],
    previousLog: log(
      '=========================================================================',
      '',
      '  JBoss Bootstrap Environment',
      '',
      '  JBOSS_HOME: /opt/eap',
      '',
      '  JAVA: /usr/lib/jvm/java-11/bin/java',
      '',
      '  JAVA_OPTS:  -server -Xms2g -Xmx2g -XX:MetaspaceSize=256m -XX:MaxMetaspaceSize=768m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true',
      '',
      '=========================================================================',
      '',
      '08:26:41,102 INFO  [org.jboss.modules] (main) JBoss Modules version 1.12.0.Final-redhat-00001',
      '08:26:42,318 INFO  [org.jboss.msc] (main) JBoss MSC version 1.4.12.Final-redhat-00001',
      '08:26:42,331 INFO  [org.jboss.threads] (main) JBoss Threads version 2.4.0.Final-redhat-00001',
      '08:26:42,610 INFO  [org.jboss.as] (MSC service thread 1-1) WFLYSRV0049: JBoss EAP 7.4.12.GA (WildFly Core 15.0.28.Final-redhat-00001) starting',
      '08:26:49,907 INFO  [org.wildfly.extension.undertow] (MSC service thread 1-1) WFLYUT0006: Undertow HTTP listener default listening on 0.0.0.0:8080',
      '08:26:50,214 INFO  [org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-1) WFLYJCA0001: Bound data source [java:jboss/datasources/ClaimsDS]',
      '08:26:50,502 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-1) WFLYSRV0027: Starting deployment of "claims-core.ear" (runtime-name: "claims-core.ear")',
      '08:27:21,778 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-1) WFLYSRV0207: Starting subdeployment (runtime-name: "claims-ejb.jar")',
      '08:27:21,779 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-1) WFLYSRV0207: Starting subdeployment (runtime-name: "claims-web.war")',
      '08:27:44,902 INFO  [org.jboss.as.jpa] (MSC service thread 1-1) WFLYJPA0002: Read persistence.xml for claimsPU',
      '08:27:58,311 INFO  [org.hibernate.jpa.internal.util.LogHelper] (ServerService Thread Pool -- 78) HHH000204: Processing PersistenceUnitInfo [name: claimsPU]',
      '08:27:58,402 INFO  [org.hibernate.Version] (ServerService Thread Pool -- 78) HHH000412: Hibernate ORM core version 5.3.29.Final-redhat-00001',
      '08:28:03,740 INFO  [org.hibernate.dialect.Dialect] (ServerService Thread Pool -- 78) HHH000400: Using dialect: org.hibernate.dialect.Oracle12cDialect',
      '08:28:05,118 INFO  [org.jboss.weld.deployer] (MSC service thread 1-1) WFLYWELD0003: Processing weld deployment claims-web.war',
      '08:28:09,884 INFO  [org.jboss.weld.Version] (MSC service thread 1-1) WELD-000900: 3.1.10 (redhat)',
      '08:28:31,206 INFO  [org.hibernate.tool.schema.internal.SchemaValidatorImpl] (ServerService Thread Pool -- 78) validating 912 mapped entities against schema CLAIMS',
      '08:28:43,910 INFO  [org.jboss.as.server] (Thread-1) WFLYSRV0220: Server shutdown has been requested via an OS signal',
      '08:28:43,955 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-1) WFLYSRV0208: Stopped subdeployment (runtime-name: claims-web.war) in 21ms',
      '08:28:44,120 INFO  [org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-1) WFLYJCA0010: Unbound data source [java:jboss/datasources/ClaimsDS]',
      '08:28:44,221 INFO  [org.jboss.as] (MSC service thread 1-1) WFLYSRV0050: JBoss EAP 7.4.12.GA (WildFly Core 15.0.28.Final-redhat-00001) stopped in 302ms',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-django-py2-gunicorn-blocked-on-smtp-relay',
    family: 'dependency-slow',
    source: 'https://github.com/django/django/pull/1752',
    signal: 'Alert',
    containers: [
      {
        name: 'claims-portal',
        running: { startedAt: '2026-02-10T18:20:33Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          DJANGO_SETTINGS_MODULE: 'portal.settings.production',
          EMAIL_HOST: 'smtp-relay.corp.example.com',
          EMAIL_TIMEOUT: '25',
          GUNICORN_CMD_ARGS: '--workers 4 --timeout 30 --bind 0.0.0.0:8000',
        },
        args: ['gunicorn', 'portal.wsgi:application'],
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'HAProxyBackendSlow: backend be_claims_portal p95 29.7s, 58% 5xx/timeouts over 10m',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        16,
        (i) =>
          `10.42.${(i % 4) + 1}.${12 + i} - - [11/Feb/2026:${hms(28920 + Math.floor((i * 60) / 2) + ((i * 7) % 29))} +0000] "GET /claims/${['mine/', 'status/CLM-77120/', 'docs/', ''][i % 4]} HTTP/1.1" 200 ${5100 + i * 61} "https://portal.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"`,
      ),
      '[2026-02-11 08:11:02,114] ERROR django.request: Internal Server Error: /claims/submit/',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/handlers/exception.py", line 41, in inner',
      '    response = get_response(request)',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/handlers/base.py", line 185, in _get_response',
      '    response = wrapped_callback(request, *callback_args, **callback_kwargs)',
      '  File "/srv/portal/portal/claims/views.py", line 212, in submit',
      '    notify_handler(claim)',
      '  File "/srv/portal/portal/claims/notify.py", line 33, in notify_handler',
      '    fail_silently=False)',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/mail/__init__.py", line 62, in send_mail',
      '    return mail.send()',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/mail/message.py", line 348, in send',
      '    return self.get_connection(fail_silently).send_messages([self])',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/mail/backends/smtp.py", line 104, in send_messages',
      '    new_conn_created = self.open()',
      '  File "/usr/local/lib/python2.7/site-packages/django/core/mail/backends/smtp.py", line 64, in open',
      '    self.connection = self.connection_class(self.host, self.port, **connection_params)',
      '  File "/usr/lib/python2.7/smtplib.py", line 256, in __init__',
      '    (code, msg) = self.connect(host, port)',
      '  File "/usr/lib/python2.7/smtplib.py", line 317, in connect',
      '    (code, msg) = self.getreply()',
      '  File "/usr/lib/python2.7/smtplib.py", line 365, in getreply',
      '    line = self.file.readline(_MAXLINE + 1)',
      '  File "/usr/lib/python2.7/socket.py", line 480, in readline',
      '    data = self._sock.recv(self._rbufsize)',
      'timeout: timed out',
      times(36, (i) =>
        i % 4 === 0
          ? `[2026-02-11 ${hms(29470 + Math.floor((i * 60) / 2) + ((i * 7) % 28))} +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:${31 + i})\n[2026-02-11 ${hms(29470 + Math.floor((i * 60) / 2) + ((i * 7) % 28))} +0000] [${31 + i}] [INFO] Worker exiting (pid: ${31 + i})\n[2026-02-11 ${hms(29470 + Math.floor((i * 60) / 2) + 1 + ((i * 7) % 28))} +0000] [${67 + i}] [INFO] Booting worker with pid: ${67 + i}`
          : i % 4 === 2
            ? `[2026-02-11 ${hms(29470 + Math.floor((i * 60) / 2) + ((i * 7) % 28))},${ms(i * 71)}] ERROR django.request: Internal Server Error: /claims/${['submit/', 'upload/', 'submit/'][i % 3]}\nTraceback (most recent call last):\n  File "/usr/lib/python2.7/smtplib.py", line 365, in getreply\n    line = self.file.readline(_MAXLINE + 1)\n  File "/usr/lib/python2.7/socket.py", line 480, in readline\n    data = self._sock.recv(self._rbufsize)\ntimeout: timed out`
            : `10.42.${(i % 4) + 1}.${40 + i} - - [11/Feb/2026:${hms(29470 + Math.floor((i * 60) / 2) + ((i * 7) % 28))} +0000] "${i % 4 === 1 ? 'POST /claims/submit/' : 'GET /claims/mine/'} HTTP/1.1" ${i % 4 === 1 ? 500 : 200} ${i % 4 === 1 ? 145 : 5210} "https://portal.corp.example.com/claims/new/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- memory (3 raises right, 3 wrong)
  {
    id: 'thirtyseventh-jenkins-heap-share-of-limit-more-jobs',
    family: 'memory-small-limit',
    source: 'https://github.com/openshift/jenkins/issues/302',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('jenkins', 3, 4),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS:
            '-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djenkins.install.runSetupWizard=false',
          JENKINS_HOME: '/var/jenkins_home',
          CASC_JENKINS_CONFIG: '/var/jenkins_home/casc_configs',
        },
        mounts: [{ volume: 'jenkins-home', path: '/var/jenkins_home' }],
      },
    ],
    volumes: [{ name: 'jenkins-home', persistentVolumeClaim: 'jenkins-legacy-home' }],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container jenkins in pod jenkins-legacy-0_ci',
        type: 'Warning',
        count: 11,
      },
    ],
    previousLog: log(
      'Running from: /usr/share/jenkins/jenkins.war',
      'webroot: /var/jenkins_home/war',
      '2026-02-11 08:17:02.114+0000 [id=1]\tINFO\twinstone.Logger#logInternal: Beginning extraction from war file',
      '2026-02-11 08:17:06.402+0000 [id=1]\tINFO\torg.eclipse.jetty.server.Server#doStart: jetty-10.0.18; built: 2023-10-27T02:14:36.036Z; git: 5a9a771a9fbcb9d36993630850f612581b78c13f; jvm 11.0.21+9',
      '2026-02-11 08:17:08.118+0000 [id=1]\tINFO\torg.eclipse.jetty.server.AbstractConnector#doStart: Started ServerConnector@5e0e82ae{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}',
      '2026-02-11 08:17:08.230+0000 [id=32]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started initialization',
      '2026-02-11 08:17:11.902+0000 [id=41]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Listed all plugins',
      '2026-02-11 08:17:22.415+0000 [id=38]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Prepared all plugins',
      '2026-02-11 08:17:24.006+0000 [id=40]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started all plugins',
      '2026-02-11 08:17:24.331+0000 [id=37]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Augmented all extensions',
      '2026-02-11 08:17:25.102+0000 [id=39]\tINFO\tjenkins.InitReactorRunner$1#onAttained: System config loaded',
      '2026-02-11 08:17:25.114+0000 [id=39]\tINFO\tjenkins.InitReactorRunner$1#onAttained: System config adapted',
      '2026-02-11 08:18:41.772+0000 [id=36]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Loaded all jobs',
      '2026-02-11 08:18:42.004+0000 [id=41]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Configuration for all jobs updated',
      '2026-02-11 08:18:44.311+0000 [id=51]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Completed initialization',
      '2026-02-11 08:18:44.612+0000 [id=25]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running',
      '2026-02-11 08:18:46.901+0000 [id=88]\tINFO\tc.e.jenkins.LegacyImport#onOnline: legacy-vm folders present: 9 (3,812 jobs, 143 added by the 2026-02-09 import from jenkins-vm02)',
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(29940 + Math.floor((i * 60) / 5) + ((i * 7) % 11))}.${ms(i * 37)}+0000 [id=${140 + i * 7}]\tINFO\t${
            i % 3 === 0
              ? `jenkins.branch.MultiBranchProject$BranchIndexing#run: legacy-vm/${['claims-batch', 'policy-etl', 'broker-portal', 'quote-engine'][i % 4]} #${412 + i} branch indexing action completed: SUCCESS`
              : `hudson.model.Run#execute: legacy-vm/${['claims-batch', 'policy-etl', 'broker-portal', 'quote-engine'][i % 4]}/${['main', 'release-2026.02', 'develop'][i % 3]} #${1880 + i} main build action completed: SUCCESS`
          }`,
      ),
      '2026-02-11 08:23:57.114+0000 [id=34]\tWARNING\thudson.triggers.SafeTimerTask#run: Timer task hudson.model.LoadStatistics$LoadStatisticsUpdater@6d2f0a11 failed',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      '\tat hudson.model.Queue.getBuildableItems(Queue.java:927)',
      '\tat hudson.model.LoadStatistics$LoadStatisticsUpdater.doRun(LoadStatistics.java:412)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-celery3-py27-statement-worker-oomkilled',
    family: 'memory-small-limit',
    source: 'https://github.com/celery/billiard/issues/302',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'statement-worker',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 2m40s restarting failed container=statement-worker',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 4,
        memoryLimit: '512Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          CELERY_BROKER_URL: 'amqp://statements:***@rabbitmq.mq.svc.cluster.local:5672/statements',
          CELERYD_CONCURRENCY: '1',
          CELERY_ACKS_LATE: 'True',
          DJANGO_SETTINGS_MODULE: 'statements.settings.production',
        },
        args: ['celery', 'worker', '-A', 'statements', '-Q', 'monthly', '--loglevel=INFO'],
      },
    ],
    previousLog: log(
      ' ',
      ' -------------- celery@statement-worker-7c9f8b6d5-h2kfx v3.1.26.post2 (Cipater)',
      '---- **** ----- ',
      '--- * ***  * -- Linux-5.10.209-198.858.amzn2.x86_64-x86_64-with-debian-9.13',
      '-- * - **** --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         statements:0x7f3a2c1e2d10',
      '- ** ---------- .> transport:   amqp://statements:**@rabbitmq.mq.svc.cluster.local:5672/statements',
      '- ** ---------- .> results:     disabled://',
      '- *** --- * --- .> concurrency: 1 (prefork)',
      '-- ******* ---- ',
      '--- ***** ----- [queues]',
      ' -------------- .> monthly          exchange=monthly(direct) key=monthly',
      '',
      '[2026-02-11 08:14:03,118: INFO/MainProcess] Connected to amqp://statements:**@rabbitmq.mq.svc.cluster.local:5672/statements',
      '[2026-02-11 08:14:03,140: INFO/MainProcess] mingle: searching for neighbors',
      '[2026-02-11 08:14:04,171: INFO/MainProcess] mingle: all alone',
      '[2026-02-11 08:14:04,203: WARNING/MainProcess] celery@statement-worker-7c9f8b6d5-h2kfx ready.',
      times(
        9,
        (i) =>
          `[2026-02-11 ${hms(29645 + i * 63)},${ms(i * 71)}: INFO/MainProcess] Received task: statements.tasks.build_broker_statement[${(0x3c1f2a07 + i * 977).toString(16)}-8d2e-4b1a-9f0c-5a${(i * 104729).toString(16).padStart(10, '0')}]\n[2026-02-11 ${hms(29646 + i * 63)},${ms(i * 71 + 3)}: INFO/Worker-1] building January statement for broker ${['B0412', 'B1177', 'B0718', 'B2210', 'B0561', 'B1904', 'B0330', 'B1452', 'B0876'][i]}: ${41200 + i * 2300} transactions\n[2026-02-11 ${hms(29646 + i * 63 + 41 + i * 2)},${ms(i * 13)}: INFO/MainProcess] Task statements.tasks.build_broker_statement[${(0x3c1f2a07 + i * 977).toString(16)}-8d2e-4b1a-9f0c-5a${(i * 104729).toString(16).padStart(10, '0')}] succeeded in ${41 + i * 2}.${i}s: {'broker': '${['B0412', 'B1177', 'B0718', 'B2210', 'B0561', 'B1904', 'B0330', 'B1452', 'B0876'][i]}', 'pages': ${112 + i * 9}, 'maxrss_mb': ${418 + i * 7}}`,
      ),
      '[2026-02-11 08:23:31,402: INFO/MainProcess] Received task: statements.tasks.build_broker_statement[7f2a1c9e-8d2e-4b1a-9f0c-5a00004f1c20]',
      '[2026-02-11 08:23:31,411: INFO/Worker-1] building January statement for broker B0093: 68412 transactions (December: 62977)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-tomcat9-fixed-heap-just-under-limit',
    family: 'memory-small-limit',
    source: 'https://github.com/GoogleCloudPlatform/continuous-deployment-on-kubernetes/issues/99',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'quote-engine',
        running: { startedAt: '2026-02-11T08:19:02Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 6,
        memoryLimit: '1664Mi',
        memoryRequest: '1664Mi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS:
            '-Xms1536m -Xmx1536m -XX:+UseG1GC -Xlog:gc:stdout:time,level,tags -XX:ReservedCodeCacheSize=128m',
          JAVA_HOME: '/opt/java/openjdk',
        },
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message:
          'Back-off restarting failed container quote-engine in pod quote-engine-6f8b7c9d4-9rxwq_quotes',
        type: 'Warning',
        count: 6,
      },
    ],
    previousLog: log(
      '11-Feb-2026 07:58:04.114 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.85',
      '11-Feb-2026 07:58:04.118 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.22+7',
      '11-Feb-2026 07:58:04.119 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xms1536m',
      '11-Feb-2026 07:58:04.119 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xmx1536m',
      '[2026-02-11T07:58:04.402+0000][info][gc] Using G1',
      '11-Feb-2026 07:58:19.881 INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/quote.war] has finished in [14,208] ms',
      '11-Feb-2026 07:58:19.902 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [15762] milliseconds',
      times(40, (i) =>
        i % 3 === 0
          ? `[2026-02-11T${hms(28700 + i * 28)}.${ms(i * 61)}+0000][info][gc] GC(${100 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${980 + (i % 7) * 31}M->${610 + (i % 5) * 17}M(1536M) ${22 + (i % 9)}.${i % 10}${(i * 7) % 10}1ms`
          : `2026-02-11 ${hms(28700 + i * 28 + 1)},${ms(i * 53)} INFO  [http-nio-8080-exec-${(i % 40) + 1}] c.e.quote.api.QuoteController - POST /quote/api/v1/rate product=${['HOME', 'MOTOR', 'LANDLORD'][i % 3]} broker=${['B0412', 'B1177', 'B0093'][i % 3]} 200 ${180 + (i % 50)}ms`,
      ),
    ),
    currentLog: log(
      '11-Feb-2026 08:19:04.402 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.85',
      '[2026-02-11T08:19:04.771+0000][info][gc] Using G1',
      '11-Feb-2026 08:19:20.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [15214] milliseconds',
      times(24, (i) =>
        i % 3 === 0
          ? `[2026-02-11T${hms(30000 + Math.floor((i * 60) / 3) + ((i * 7) % 19))}.${ms(i * 61)}+0000][info][gc] GC(${i}) Pause Young (Normal) (G1 Evacuation Pause) ${940 + (i % 7) * 29}M->${590 + (i % 5) * 19}M(1536M) ${21 + (i % 9)}.${i % 10}41ms`
          : `2026-02-11 ${hms(30000 + Math.floor((i * 60) / 3) + 1 + ((i * 7) % 18))},${ms(i * 53)} INFO  [http-nio-8080-exec-${(i % 40) + 1}] c.e.quote.api.QuoteController - POST /quote/api/v1/rate product=${['HOME', 'MOTOR', 'LANDLORD'][i % 3]} broker=${['B0412', 'B1177', 'B0093'][i % 3]} 200 ${180 + (i % 50)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-liferay-heap-fixed-above-container-limit',
    family: 'heap-cap',
    source: 'https://github.com/helm/charts/issues/12605',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'liferay',
        waiting: {
          reason: 'CrashLoopBackOff',
          message: 'back-off 5m0s restarting failed container=liferay',
        },
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 8,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          LIFERAY_JVM_OPTS: '-Xms4g -Xmx4g -XX:MaxMetaspaceSize=768m -XX:+UseG1GC',
          LIFERAY_JDBC_PERIOD_DEFAULT_PERIOD_URL:
            'jdbc:oracle:thin:@//oradb-web-scan.corp.example.com:1521/PORTAL',
        },
        mounts: [
          { volume: 'liferay-data', path: '/opt/liferay/data' },
          { volume: 'portal-ext', path: '/mnt/liferay/files' },
        ],
      },
    ],
    volumes: [
      { name: 'liferay-data', persistentVolumeClaim: 'liferay-document-library-efs' },
      { name: 'portal-ext', configMap: 'liferay-portal-ext' },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container liferay in pod liferay-7f9d8c6b5-wm4zt_portal',
        type: 'Warning',
        count: 19,
      },
    ],
    previousLog: log(
      '[LIFERAY] To SSH into this container, run: "docker exec -it liferay-7f9d8c6b5-wm4zt /bin/bash".',
      '[LIFERAY] Using LIFERAY_JVM_OPTS: -Xms4g -Xmx4g -XX:MaxMetaspaceSize=768m -XX:+UseG1GC',
      '[LIFERAY] Copying files from /mnt/liferay/files:',
      '/mnt/liferay/files',
      '└── portal-ext.properties',
      '[LIFERAY] Starting Liferay Portal. To stop the container with CTRL-C, run this container with the option "-it".',
      '11-Feb-2026 08:21:14.402 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.56',
      '11-Feb-2026 08:21:14.406 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xms4g',
      '11-Feb-2026 08:21:14.406 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xmx4g',
      '11-Feb-2026 08:21:16.118 INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [2,118] milliseconds',
      'Loading jar:file:/opt/liferay/tomcat/webapps/ROOT/WEB-INF/lib/portal-impl.jar!/system.properties',
      'Loading jar:file:/opt/liferay/tomcat/webapps/ROOT/WEB-INF/lib/portal-impl.jar!/portal.properties',
      'Loading file:/opt/liferay/portal-ext.properties',
      '2026-02-11 08:21:31.902 INFO  [main][DialectDetector:71] Using dialect org.hibernate.dialect.Oracle10gDialect for Oracle 19.0',
      '2026-02-11 08:21:40.114 INFO  [main][ModuleFrameworkImpl:1359] Starting initial bundles',
      '2026-02-11 08:22:51.806 INFO  [main][ModuleFrameworkImpl:1634] Started initial bundles',
      '2026-02-11 08:22:51.807 INFO  [main][ModuleFrameworkImpl:1669] Starting dynamic bundles',
      '2026-02-11 08:23:44.331 INFO  [main][ModuleFrameworkImpl:1764] Started dynamic bundles',
      '2026-02-11 08:23:45.902 INFO  [main][StartupHelperUtil:72] There are no patches installed',
      '2026-02-11 08:23:46.014 INFO  [main][AutoDeployDir:193] Auto deploy scanner started for /opt/liferay/deploy',
      times(
        14,
        (i) =>
          `2026-02-11 ${hms(30240 + Math.floor((i * 60) / 3) + ((i * 7) % 19))}.${ms(i * 71)} INFO  [Refresh Thread: Equinox Container: 7d2a9f1e-${(0x1a2b + i).toString(16)}][BundleStartStopLogger:${i % 2 === 0 ? 39 : 42}] STARTED ${['com.liferay.journal.web', 'com.liferay.document.library.web', 'com.liferay.portal.search.elasticsearch7.impl', 'com.liferay.asset.publisher.web', 'com.liferay.blogs.web', 'com.liferay.dynamic.data.mapping.service', 'com.liferay.site.navigation.menu.web'][i % 7]}_${['5.0.147', '5.0.152', '3.0.58', '5.0.103', '5.0.88', '5.0.186', '5.0.41'][i % 7]} [${1012 + i * 3}]`,
      ),
      '2026-02-11 08:28:51.220 INFO  [Elasticsearch initialization thread][EmbeddedElasticsearchConnection:289] Starting embedded Elasticsearch cluster LiferayElasticsearchCluster',
    ),
    accept: ['escalate'],
  },
  {
    id: 'thirtyseventh-tomcat8-metaspace-after-manager-redeploys',
    family: 'classloader-leak',
    source: 'https://github.com/vaadin/flow/issues/1585',
    signal: 'Alert',
    containers: [
      {
        name: 'tomcat',
        running: { startedAt: '2026-02-06T07:31:18Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-Xms768m -Xmx1024m -XX:MaxPermSize=256m -XX:MaxMetaspaceSize=256m',
          CATALINA_OPTS: '-Dcom.sun.management.jmxremote.port=9010',
        },
        mounts: [{ volume: 'webapps', path: '/usr/local/tomcat/webapps' }],
      },
    ],
    volumes: [{ name: 'webapps', persistentVolumeClaim: 'broker-quotes-webapps-efs' }],
    events: [
      {
        reason: 'AlertFiring',
        message: 'BrokerQuotes5xx: 5xx ratio 0.74 over 10m on broker-quotes',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      'OpenJDK 64-Bit Server VM warning: ignoring option MaxPermSize=256m; support was removed in 8.0',
      '06-Feb-2026 07:31:22.118 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version:        Apache Tomcat/8.5.93',
      '06-Feb-2026 07:31:22.121 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           1.8.0_392-b08',
      '06-Feb-2026 07:31:49.402 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 27114 ms',
      times(
        7,
        (i) =>
          `${['06', '07', '08', '09', '10', '10', '11'][i]}-Feb-2026 ${['21', '14', '19', '22', '11', '16', '02'][i]}:${dd(4 + i * 7)}:${dd(i * 11)}.${ms(i * 83)} INFO [http-nio-8080-exec-${3 + i}] org.apache.catalina.startup.HostConfig.undeploy Undeploying context [/quotes]\n${['06', '07', '08', '09', '10', '10', '11'][i]}-Feb-2026 ${['21', '14', '19', '22', '11', '16', '02'][i]}:${dd(4 + i * 7)}:${dd(i * 11 + 1)}.${ms(i * 83 + 9)} WARNING [http-nio-8080-exec-${3 + i}] org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads The web application [quotes] appears to have started a thread named [Abandoned connection cleanup thread] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.lang.Object.wait(Native Method)\n java.lang.ref.ReferenceQueue.remove(ReferenceQueue.java:144)\n com.mysql.jdbc.AbandonedConnectionCleanupThread.run(AbandonedConnectionCleanupThread.java:64)\n${['06', '07', '08', '09', '10', '10', '11'][i]}-Feb-2026 ${['21', '14', '19', '22', '11', '16', '02'][i]}:${dd(4 + i * 7)}:${dd(i * 11 + 1)}.${ms(i * 83 + 12)} SEVERE [http-nio-8080-exec-${3 + i}] org.apache.catalina.loader.WebappClassLoaderBase.checkThreadLocalMapForLeaks The web application [quotes] created a ThreadLocal with key of type [org.apache.log4j.helpers.ThreadLocalMap] (value [org.apache.log4j.helpers.ThreadLocalMap@4f1a2c3e]) and a value of type [java.util.Hashtable] (value [{}]) but failed to remove it when the web application was stopped. Threads are going to be renewed over time to try and avoid a probable memory leak.\n${['06', '07', '08', '09', '10', '10', '11'][i]}-Feb-2026 ${['21', '14', '19', '22', '11', '16', '02'][i]}:${dd(5 + i * 7)}:${dd(i * 11)}.${ms(i * 83 + 40)} INFO [http-nio-8080-exec-${3 + i}] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/quotes.war]\n${['06', '07', '08', '09', '10', '10', '11'][i]}-Feb-2026 ${['21', '14', '19', '22', '11', '16', '02'][i]}:${dd(5 + i * 7)}:${dd(i * 11 + 19)}.${ms(i * 83 + 77)} INFO [http-nio-8080-exec-${3 + i}] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/quotes.war] has finished in [${18202 + i * 611}] ms`,
      ),
      times(
        18,
        (i) =>
          `2026-02-11 0${7 + Math.floor((50 + i) / 60)}:${dd(50 + i)}:${dd(i * 19)},${ms(i * 31)} INFO  [http-nio-8080-exec-${(i % 12) + 1}] c.e.quotes.web.QuoteAction - quote ${['HOME', 'MOTOR', 'LANDLORD'][i % 3]} for broker ${['B0412', 'B1177', 'B0093'][i % 3]} issued in ${220 + i * 3}ms`,
      ),
      '2026-02-11 08:08:12,402 ERROR [http-nio-8080-exec-9] c.e.quotes.web.QuoteAction - quote failed',
      'java.lang.OutOfMemoryError: Metaspace',
      '\tat java.lang.ClassLoader.defineClass1(Native Method)',
      '\tat java.lang.ClassLoader.defineClass(ClassLoader.java:756)',
      '\tat java.security.SecureClassLoader.defineClass(SecureClassLoader.java:142)',
      '\tat org.apache.catalina.loader.WebappClassLoaderBase.findClassInternal(WebappClassLoaderBase.java:2370)',
      '\tat org.apache.catalina.loader.WebappClassLoaderBase.findClass(WebappClassLoaderBase.java:841)',
      '\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1296)',
      '\tat com.example.quotes.rating.RatingEngine.compileRules(RatingEngine.java:118)',
      times(30, (i) =>
        i % 4 === 1
          ? `2026-02-11 ${hms(29340 + Math.floor((i * 60) / 2) + ((i * 7) % 29))},${ms(i * 17)} INFO  [http-nio-8080-exec-${(i % 12) + 1}] c.e.quotes.web.QuoteAction - quote ${['HOME', 'MOTOR'][i % 2]} for broker B1177 issued in ${240 + i}ms`
          : `11-Feb-2026 ${hms(29340 + Math.floor((i * 60) / 2) + 2 + ((i * 7) % 27))}.${ms(i * 29)} SEVERE [http-nio-8080-exec-${(i % 12) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [action] in context with path [/quotes] threw exception [java.lang.OutOfMemoryError: Metaspace] with root cause\n java.lang.OutOfMemoryError: Metaspace`,
      ),
    ),
    accept: ['restart-pod', 'escalate'],
    tolerated: ['rollout-restart'],
  },
  {
    id: 'thirtyseventh-rails5-unicorn-worker-leak-oomkilled',
    family: 'memory-leak',
    source: 'https://github.com/hitobito/hitobito_pbs/issues/376',
    signal: 'OOMKilled',
    containers: [
      {
        name: 'quotes-web',
        running: { startedAt: '2026-02-11T08:06:12Z' },
        ready: true,
        last: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 11,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          RAILS_ENV: 'production',
          RAILS_LOG_TO_STDOUT: '1',
          UNICORN_WORKERS: '4',
          MALLOC_ARENA_MAX: '2',
        },
        args: ['bundle', 'exec', 'unicorn', '-c', 'config/unicorn.rb', '-E', 'production'],
      },
    ],
    events: [
      {
        reason: 'BackOff',
        message: 'Back-off restarting failed container quotes-web in pod quotes-web-5d8f7c6b9-x7n2r_sales',
        type: 'Warning',
        count: 3,
      },
    ],
    previousLog: log(
      'I, [2026-02-11T07:24:40.114511 #1]  INFO -- : Refreshing Gem list',
      'I, [2026-02-11T07:24:46.902118 #1]  INFO -- : listening on addr=0.0.0.0:8080 fd=9',
      'I, [2026-02-11T07:24:46.911402 #1]  INFO -- : master process ready',
      times(
        4,
        (i) => `I, [2026-02-11T07:24:47.${ms(100 + i * 40)}511 #${27 + i}]  INFO -- : worker=${i} ready`,
      ),
      times(
        40,
        (i) =>
          `I, [2026-02-11T0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)}.${ms(i * 61)}402 #${27 + (i % 4)}]  INFO -- : [${(0x9a1b2c07 + i * 7919).toString(16)}-4e2f-41aa-8c3d-${(i * 104729).toString(16).padStart(12, '0')}] Started GET "/quotes/${118200 + i * 3}" for 10.42.${(i % 4) + 1}.${20 + i} at 2026-02-11 0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)} +0000\nI, [2026-02-11T0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)}.${ms(i * 61 + 300)}118 #${27 + (i % 4)}]  INFO -- : [${(0x9a1b2c07 + i * 7919).toString(16)}-4e2f-41aa-8c3d-${(i * 104729).toString(16).padStart(12, '0')}] Completed 200 OK in ${280 + (i % 9) * 23}ms (Views: ${190 + (i % 7) * 11}.2ms | ActiveRecord: ${38 + (i % 5) * 4}.1ms)\nI, [2026-02-11T0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)}.${ms(i * 61 + 310)}006 #${27 + (i % 4)}]  INFO -- : Oink Action: quotes#show\nI, [2026-02-11T0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)}.${ms(i * 61 + 311)}441 #${27 + (i % 4)}]  INFO -- : Memory usage: ${228112 + i * 4210 + (i % 4) * 1733} | PID: ${27 + (i % 4)}\nI, [2026-02-11T0${7 + Math.floor((25 + i) / 60)}:${dd(25 + i)}:${dd(i * 17)}.${ms(i * 61 + 311)}502 #${27 + (i % 4)}]  INFO -- : Oink Log Entry Complete`,
      ),
    ),
    currentLog: log(
      'I, [2026-02-11T08:06:12.402511 #1]  INFO -- : Refreshing Gem list',
      'I, [2026-02-11T08:06:18.118402 #1]  INFO -- : listening on addr=0.0.0.0:8080 fd=9',
      'I, [2026-02-11T08:06:18.127118 #1]  INFO -- : master process ready',
      times(
        4,
        (i) => `I, [2026-02-11T08:06:18.${ms(200 + i * 40)}511 #${27 + i}]  INFO -- : worker=${i} ready`,
      ),
      times(
        22,
        (i) =>
          `I, [2026-02-11T08:${dd(7 + i)}:${dd(i * 17)}.${ms(i * 61)}402 #${27 + (i % 4)}]  INFO -- : Oink Action: ${['quotes#show', 'quotes#index', 'quotes#rate'][i % 3]}\nI, [2026-02-11T08:${dd(7 + i)}:${dd(i * 17)}.${ms(i * 61 + 1)}118 #${27 + (i % 4)}]  INFO -- : Memory usage: ${226004 + i * 4390 + (i % 4) * 1811} | PID: ${27 + (i % 4)}`,
      ),
    ),
    accept: ['escalate'],
  },
  // ---------------------------------------------------------------- rollbacks (3 right, 1 wrong)
  {
    id: 'thirtyseventh-php7-base-image-mysql-connect-undefined',
    family: 'bad-deploy',
    source: 'https://github.com/ChurchCRM/CRM/issues/810',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'agent-portal',
        running: { startedAt: '2026-02-11T08:17:51Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          DB_HOST: 'agentportal-db.cxq2.eu-west-2.rds.amazonaws.com',
          DB_NAME: 'agentportal',
          APACHE_LOG_DIR: '/var/log/apache2',
        },
      },
    ],
    rollout: { minutesAgo: 13, previousTag: '2.2.9' },
    events: [
      {
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        type: 'Warning',
        count: 74,
      },
    ],
    currentLog: log(
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.3.41. Set the 'ServerName' directive globally to suppress this message",
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.42.3.41. Set the 'ServerName' directive globally to suppress this message",
      '[Wed Feb 11 08:17:52.114511 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.56 (Debian) PHP/7.4.33 configured -- resuming normal operations',
      "[Wed Feb 11 08:17:52.114602 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'",
      times(36, (i) =>
        i % 3 === 0
          ? `[Wed Feb 11 ${hms(29880 + Math.floor((i * 60) / 3) + ((i * 7) % 19))}.${ms(i * 73)}118 2026] [php7:error] [pid ${17 + (i % 8)}] [client ${i % 6 === 0 ? '10.42.0.1' : `10.42.${(i % 4) + 1}.${30 + i}`}:${51200 + i * 7}] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/includes/db.php:14\\nStack trace:\\n#0 /var/www/html/${i % 6 === 0 ? 'health.php(3)' : 'agents/commission.php(22)'}: db_connect()\\n#1 {main}\\n  thrown in /var/www/html/includes/db.php on line 14`
          : `${i % 3 === 1 ? '10.42.0.1' : `10.42.${(i % 4) + 1}.${30 + i}`} - - [11/Feb/2026:${hms(29880 + Math.floor((i * 60) / 3) + ((i * 7) % 19))} +0000] "GET ${i % 3 === 1 ? '/health.php' : '/agents/commission.php?period=2026-01'} HTTP/1.1" 500 ${i % 3 === 1 ? 185 : 312} "-" "${i % 3 === 1 ? 'kube-probe/1.28+' : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko'}"`,
      ),
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-springboot15-release-placeholder-unresolved',
    family: 'bad-deploy',
    source: 'https://github.com/cloud-native-java/bootcamp/issues/1',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('commission-service', 1, 6),
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_OPTS: '-Xmx640m -Duser.timezone=Europe/London',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_CONFIG_LOCATION: 'classpath:/application.yml,file:/config/application-prod.yml',
        },
        mounts: [{ volume: 'app-config', path: '/config' }],
      },
    ],
    volumes: [{ name: 'app-config', configMap: 'commission-service-config' }],
    rollout: { minutesAgo: 16, previousTag: '2.3.0' },
    previousLog: log(
      '',
      '  .   ____          _            __ _ _',
      " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
      "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
      ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
      "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
      ' =========|_|==============|___/=/_/_/_/',
      ' :: Spring Boot ::       (v1.5.22.RELEASE)',
      '',
      '2026-02-11 08:27:02.402  INFO 1 --- [           main] c.e.commission.CommissionApplication     : Starting CommissionApplication v2.3.1 on commission-service-7c8d9f6b5-p2lqw with PID 1 (/app/commission-service.jar started by app in /app)',
      '2026-02-11 08:27:02.410  INFO 1 --- [           main] c.e.commission.CommissionApplication     : The following profiles are active: prod',
      '2026-02-11 08:27:02.559  INFO 1 --- [           main] ationConfigEmbeddedWebApplicationContext : Refreshing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6d2f0a11: startup date [Wed Feb 11 08:27:02 UTC 2026]; root of context hierarchy',
      '2026-02-11 08:27:05.114  INFO 1 --- [           main] s.b.c.e.t.TomcatEmbeddedServletContainer : Tomcat initialized with port(s): 8080 (http)',
      '2026-02-11 08:27:05.140  INFO 1 --- [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]',
      '2026-02-11 08:27:05.141  INFO 1 --- [           main] org.apache.catalina.core.StandardEngine  : Starting Servlet Engine: Apache Tomcat/8.5.43',
      '2026-02-11 08:27:05.288  INFO 1 --- [ost-startStop-1] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring embedded WebApplicationContext',
      '2026-02-11 08:27:05.288  INFO 1 --- [ost-startStop-1] o.s.web.context.ContextLoader            : Root WebApplicationContext: initialization completed in 2729 ms',
      '2026-02-11 08:27:06.902  INFO 1 --- [           main] o.s.j.e.a.AnnotationMBeanExporter        : Registering beans for JMX exposure on startup',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Spring prints the placeholder as written in the code.
      "2026-02-11 08:27:07.118  WARN 1 --- [           main] ationConfigEmbeddedWebApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'brokerSftpExporter': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'broker.sftp.host' in value \"${broker.sftp.host}\"",
      '2026-02-11 08:27:07.131  INFO 1 --- [           main] o.apache.catalina.core.StandardService   : Stopping service [Tomcat]',
      '2026-02-11 08:27:07.160  INFO 1 --- [           main] utoConfigurationReportLoggingInitializer : ',
      '',
      "Error starting ApplicationContext. To display the auto-configuration report re-run your application with 'debug' enabled.",
      '2026-02-11 08:27:07.171 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application startup failed',
      '',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Spring prints the placeholder as written in the code.
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'brokerSftpExporter': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'broker.sftp.host' in value \"${broker.sftp.host}\"",
      '\tat org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessPropertyValues(AutowiredAnnotationBeanPostProcessor.java:372)',
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.populateBean(AbstractAutowireCapableBeanFactory.java:1268)',
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:553)',
      '\tat org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:543)',
      '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:304)',
      '\tat com.example.commission.CommissionApplication.main(CommissionApplication.java:14)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Spring prints the placeholder as written in the code.
      'Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder \'broker.sftp.host\' in value "${broker.sftp.host}"',
      '\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:174)',
      '\tat org.springframework.util.PropertyPlaceholderHelper.replacePlaceholders(PropertyPlaceholderHelper.java:126)',
      '\tat org.springframework.core.env.AbstractPropertyResolver.doResolvePlaceholders(AbstractPropertyResolver.java:236)',
      '\tat org.springframework.core.env.AbstractPropertyResolver.resolveRequiredPlaceholders(AbstractPropertyResolver.java:210)',
      '\tat org.springframework.context.support.PropertySourcesPlaceholderConfigurer$2.resolveStringValue(PropertySourcesPlaceholderConfigurer.java:172)',
      '\tat org.springframework.beans.factory.support.AbstractBeanFactory.resolveEmbeddedValue(AbstractBeanFactory.java:831)',
      '\t... 24 common frames omitted',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-dotnet6-sqlclient4-encrypt-default-prelogin',
    family: 'bad-deploy',
    source: 'https://github.com/dotnet/SqlClient/issues/1402',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...crashed('reinsurance-api', 134, 7),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ASPNETCORE_URLS: 'http://+:8080',
          ConnectionStrings__Reinsurance:
            'Server=tcp:sqlag-ri.corp.example.com,1433;Database=Reinsurance;User Id=svc_ri_api;Password=***;MultiSubnetFailover=True',
        },
      },
    ],
    rollout: { minutesAgo: 11, previousTag: '2.2.7' },
    previousLog: log(
      'info: Reinsurance.Api.Program[0]',
      '      Reinsurance.Api 2.3.1 starting (Microsoft.Data.SqlClient 4.1.0, EF Core 6.0.25)',
      'info: Microsoft.EntityFrameworkCore.Infrastructure[10403]',
      "      Entity Framework Core 6.0.25 initialized 'ReinsuranceContext' using provider 'Microsoft.EntityFrameworkCore.SqlServer:6.0.25' with options: MaxPoolSize=64 ",
      'fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]',
      "      An error occurred using the connection to database 'Reinsurance' on server 'tcp:sqlag-ri.corp.example.com,1433'.",
      'Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 35 - An internal exception was caught)',
      ' ---> System.Security.Authentication.AuthenticationException: The remote certificate was rejected by the provided RemoteCertificateValidationCallback.',
      '   at System.Net.Security.SslStream.SendAuthResetSignal(ProtocolToken message, ExceptionDispatchInfo exception)',
      '   at System.Net.Security.SslStream.CompleteHandshake(SslAuthenticationOptions sslAuthenticationOptions)',
      '   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](TIOAdapter adapter, Boolean receiveFirst, Byte[] reAuthenticationData, Boolean isApm)',
      '   at System.Net.Security.SslStream.AuthenticateAsClient(SslClientAuthenticationOptions sslClientAuthenticationOptions)',
      '   at System.Net.Security.SslStream.AuthenticateAsClient(String targetHost, X509CertificateCollection clientCertificates, SslProtocols enabledSslProtocols, Boolean checkCertificateRevocation)',
      '   at Microsoft.Data.SqlClient.SNI.SNITCPHandle.EnableSsl(UInt32 options)',
      '   --- End of inner exception stack trace ---',
      '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
      '   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)',
      '   at Microsoft.Data.SqlClient.TdsParser.ConsumePreLoginHandshake(SqlConnectionEncryptOption encrypt, Boolean trustServerCert, Boolean integratedSecurity, Boolean& marsCapable, Boolean& fedAuthRequired)',
      '   at Microsoft.Data.SqlClient.TdsParser.Connect(ServerInfo serverInfo, SqlInternalConnectionTds connHandler, Boolean ignoreSniOpenTimeout, Int64 timerExpire, SqlConnectionString connectionOptions, Boolean withFailover)',
      '   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin(ServerInfo serverInfo, String newPassword, SecureString newSecurePassword, Boolean ignoreSniOpenTimeout, TimeoutTimer timeout, Boolean withFailover)',
      '   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.LoginWithFailover(Boolean useFailoverHost, ServerInfo primaryServerInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance, SqlConnectionString connectionOptions, SqlCredential credential, TimeoutTimer timeout)',
      '   at Microsoft.Data.SqlClient.SqlConnection.Open(SqlConnectionOverrides overrides)',
      '   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenDbConnection(Boolean errorsExpected)',
      '   at Microsoft.EntityFrameworkCore.Migrations.HistoryRepository.Exists()',
      '   at Microsoft.EntityFrameworkCore.Migrations.Internal.Migrator.Migrate(String targetMigration)',
      '   at Program.<Main>$(String[] args) in /src/Reinsurance.Api/Program.cs:line 61',
      'ClientConnectionId:6c1e8a2b-4f1a-4d0b-9a52-0e5c7d3b9f11',
    ),
    accept: ['rollback'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-struts-security-release-then-ora-28001',
    family: 'credentials',
    source: 'https://github.com/besley/Slickflow/issues/19',
    signal: 'Alert',
    containers: [
      {
        name: 'policy-servicing',
        running: { startedAt: '2026-02-11T05:22:31Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-Xms1g -Xmx1280m -Dstruts.devMode=false',
          DB_URL: 'jdbc:oracle:thin:@//oradb-pol-scan.corp.example.com:1521/POLPRD',
          DB_USER: 'POLSVC_APP',
        },
        mounts: [{ volume: 'tomcat-logs', path: '/usr/local/tomcat/logs' }],
      },
    ],
    volumes: [{ name: 'tomcat-logs', emptyDir: { sizeLimit: '1Gi' } }],
    rollout: { minutesAgo: 189, previousTag: '2.3.0' },
    events: [
      {
        reason: 'AlertFiring',
        message: 'PolicyServicing5xx: 5xx ratio 0.81 over 15m on policy-servicing (3/3 pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '11-Feb-2026 05:22:33.114 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version:        Apache Tomcat/8.5.96',
      '2026-02-11 05:22:49,402 INFO  [main] c.e.policy.web.StartupListener - policy-servicing 2.3.1 started (struts2-core 2.5.33, security release for CVE-2023-50164)',
      '11-Feb-2026 05:22:51.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 17902 ms',
      times(
        40,
        (i) =>
          `2026-02-11 0${5 + Math.floor((23 + i * 4) / 60)}:${dd(23 + i * 4)}:${dd(i * 13)},${ms(i * 71)} INFO  [http-nio-8080-exec-${(i % 25) + 1}] c.e.policy.action.${['EndorsementAction', 'RenewalAction', 'CancellationAction', 'PolicyViewAction'][i % 4]} - ${['endorsement', 'renewal', 'cancellation', 'view'][i % 4]} POL-${88200 + i * 11} completed in ${110 + (i % 40)}ms`,
      ),
      '2026-02-11 08:05:12,402 ERROR [http-nio-8080-exec-7] c.e.policy.dao.PolicyDao - could not obtain connection',
      'java.sql.SQLException: ORA-28001: the password has expired',
      '',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:509)',
      '\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:461)',
      '\tat oracle.jdbc.driver.T4CTTIfun.processError(T4CTTIfun.java:1104)',
      '\tat oracle.jdbc.driver.T4CTTIfun.receive(T4CTTIfun.java:550)',
      '\tat oracle.jdbc.driver.T4CTTIfun.doRPC(T4CTTIfun.java:268)',
      '\tat oracle.jdbc.driver.T4CTTIoauthenticate.doOAUTH(T4CTTIoauthenticate.java:499)',
      '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:1327)',
      '\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1094)',
      '\tat oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:90)',
      '\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:681)',
      '\tat org.apache.tomcat.dbcp.dbcp2.DriverConnectionFactory.createConnection(DriverConnectionFactory.java:55)',
      '\tat org.apache.tomcat.dbcp.dbcp2.PoolableConnectionFactory.makeObject(PoolableConnectionFactory.java:355)',
      '\tat org.apache.tomcat.dbcp.pool2.impl.GenericObjectPool.create(GenericObjectPool.java:889)',
      '\tat org.apache.tomcat.dbcp.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:424)',
      '\tat org.apache.tomcat.dbcp.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:134)',
      '\tat com.example.policy.dao.PolicyDao.load(PolicyDao.java:57)',
      times(36, (i) =>
        i % 5 === 3
          ? `2026-02-11 ${hms(29160 + i * 40)},${ms(i * 37)} INFO  [http-nio-8080-exec-${(i % 25) + 1}] c.e.policy.action.PolicyViewAction - view POL-${88700 + i} completed in ${120 + i}ms`
          : `2026-02-11 ${hms(29160 + i * 40 + 3)},${ms(i * 53)} ERROR [http-nio-8080-exec-${(i % 25) + 1}] c.e.policy.dao.${['PolicyDao', 'EndorsementDao', 'RenewalDao'][i % 3]} - could not obtain connection: java.sql.SQLException: ORA-28001: the password has expired`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollback'],
  },
  // ---------------------------------------------------------------- scale-ups (2)
  {
    id: 'thirtyseventh-tomcat7-bio-max-threads-open-enrollment',
    family: 'load',
    source: 'https://github.com/collectivemedia/celos/issues/238',
    signal: 'Alert',
    containers: [
      {
        name: 'benefits-quote',
        running: { startedAt: '2026-02-09T06:02:44Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-Xms1g -Xmx1280m -XX:+UseParallelGC',
          CONNECTOR_MAX_THREADS: '200',
          RATING_DB_URL: 'jdbc:oracle:thin:@//oradb-ben-scan.corp.example.com:1521/BENPRD',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'BenefitsQuoteLatencyHigh: p95 6.4s (SLO 1.5s); request rate 3.3x the 4-week baseline, error ratio 0.01, open-enrollment window',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `2026-02-11 ${hms(28800 + Math.floor((i * 60) / 3) + ((i * 7) % 19))},${ms(i * 43)} INFO  [http-bio-8080-exec-${(i * 7) % 200}] c.e.benefits.QuoteServlet - quote plan=${['MED-PPO', 'DENTAL-B', 'VISION', 'MED-HMO'][i % 4]} employer=${4100 + (i % 60)} dependants=${i % 4} rated in ${48 + (i % 35)}ms (db ${12 + (i % 9)}ms)`,
      ),
      'Feb 11, 2026 8:10:02 AM org.apache.tomcat.util.net.JIoEndpoint createWorkerThread',
      'INFO: Maximum number of threads (200) created for connector with address null and port 8080',
      times(
        60,
        (i) =>
          `2026-02-11 ${hms(29400 + Math.floor((i * 60) / 3) + 4 + ((i * 7) % 15))},${ms(i * 47)} INFO  [http-bio-8080-exec-${(i * 13) % 200}] c.e.benefits.QuoteServlet - quote plan=${['MED-PPO', 'DENTAL-B', 'VISION', 'MED-HMO', 'LIFE-1X'][i % 5]} employer=${4100 + (i % 90)} dependants=${i % 4} rated in ${52 + (i % 41)}ms (db ${13 + (i % 11)}ms)${i % 10 === 7 ? ` queued ${3100 + i * 29}ms before processing` : ''}`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-apache-prefork-max-request-workers-payday',
    family: 'load',
    source: 'https://github.com/hbz/oerworldmap/issues/1913',
    signal: 'Alert',
    containers: [
      {
        name: 'payslip-portal',
        running: { startedAt: '2026-02-08T05:30:12Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          APACHE_MAX_REQUEST_WORKERS: '60',
          PHP_MEMORY_LIMIT: '128M',
          DB_HOST: 'payroll-db.cxq2.eu-west-2.rds.amazonaws.com',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message:
          'PayslipPortalSlow: p95 8.1s, request rate 4.2x baseline (pay day), 5xx ratio 0.02, db latency normal',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      times(
        30,
        (i) =>
          `10.42.${(i % 4) + 1}.${10 + ((i * 7) % 200)} - ${['e10423', 'e20981', 'e31177', 'e04410', 'e18872'][i % 5]} [11/Feb/2026:${hms(28800 + Math.floor((i * 60) / 3) + ((i * 7) % 19))} +0000] "GET /payslips/${i % 3 === 0 ? 'view.php?period=2026-01' : 'download.php?period=2026-01&fmt=pdf'} HTTP/1.1" 200 ${i % 3 === 0 ? 18211 + i * 13 : 94112 + i * 211} "https://payslips.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"`,
      ),
      '[Wed Feb 11 08:10:14.402118 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
      times(
        70,
        (i) =>
          `10.42.${(i % 4) + 1}.${10 + ((i * 11) % 200)} - ${['e10423', 'e20981', 'e31177', 'e04410', 'e18872', 'e27710', 'e09931'][i % 7]} [11/Feb/2026:${hms(29400 + Math.floor((i * 60) / 4) + ((i * 7) % 14))} +0000] "GET /payslips/${i % 3 === 0 ? 'view.php?period=2026-01' : i % 3 === 1 ? 'download.php?period=2026-01&fmt=pdf' : 'p60.php?year=2025'} HTTP/1.1" ${i % 31 === 17 ? 503 : 200} ${i % 31 === 17 ? 299 : 18211 + i * 97} "https://payslips.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"`,
      ),
    ),
    accept: ['scale-up'],
    tolerated: ['escalate'],
  },
  // ---------------------------------------------------------------- node actions (2)
  {
    id: 'thirtyseventh-perl-cgi-phonebook-node-stopped-posting',
    family: 'node-down',
    source: 'https://github.com/aws/karpenter-provider-aws/issues/7029',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'phonebook',
        running: { startedAt: '2026-02-05T12:40:19Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        env: { PERL5LIB: '/opt/phonebook/lib', LDAP_URI: 'ldaps://ad.corp.example.com' },
        args: ['apache2ctl', '-D', 'FOREGROUND'],
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
        36,
        (i) =>
          `10.42.${(i % 4) + 1}.${20 + i} - - [11/Feb/2026:${hms(28800 + Math.floor((i * 60) / 3) + ((i * 7) % 19))} +0000] "GET /cgi-bin/phonebook.pl?${['q=smith', 'dept=claims', 'q=patel', 'site=leeds', 'q=o%27connor'][i % 5]} HTTP/1.1" 200 ${3100 + i * 41} "http://intranet.corp.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"`,
      ),
      '10.42.0.1 - - [11/Feb/2026:08:12:01 +0000] "GET /server-status?auto HTTP/1.1" 200 812 "-" "kube-probe/1.28+"',
    ),
    accept: ['replace-node', 'cordon-drain-node'],
  },
  {
    id: 'thirtyseventh-alfresco-share-evicted-node-disk-pressure',
    family: 'node-pressure',
    source: 'https://github.com/kubernetes/kubernetes/issues/91600',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'share',
        terminated: { reason: 'Error', exitCode: 137 },
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          REPO_HOST: 'alfresco.ecm.svc.cluster.local',
          REPO_PORT: '8080',
          JAVA_OPTS: '-Xms512m -Xmx1g',
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
          'The node was low on resource: ephemeral-storage. Threshold quantity: 2146223340, available: 1702114Ki. Container share was using 412Ki, request is 0, has larger consumption of ephemeral-storage.',
        type: 'Warning',
      },
      { reason: 'Killing', message: 'Stopping container share', type: 'Normal' },
    ],
    previousLog: log(
      '11-Feb-2026 07:02:11.402 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.80',
      '11-Feb-2026 07:02:38.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [25,114] milliseconds',
      times(
        40,
        (i) =>
          `2026-02-11 07:${dd(5 + i)}:${dd(i * 13)},${ms(i * 71)}  INFO  [extensions.surf.SurfService] [http-nio-8080-exec-${(i % 10) + 1}] GET /share/page/${['dashboard', 'site/claims-ops/documentlibrary', 'search?t=CLM-7712', 'user/jsmith/dashboard'][i % 4]} 200 in ${180 + (i % 60)}ms`,
      ),
      '11-Feb-2026 07:46:02.310 INFO [Thread-4] org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]',
      '11-Feb-2026 07:46:02.312 INFO [Thread-4] org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]',
    ),
    accept: ['cordon-drain-node', 'replace-node'],
  },
  // ---------------------------------------------------------------- cache flushes (1 right, 1 wrong)
  {
    id: 'thirtyseventh-springboot15-rate-cache-redis-noeviction-full',
    family: 'cache-full',
    source: 'https://github.com/redis/redis/issues/2746',
    signal: 'Alert',
    containers: [
      {
        name: 'rates-api',
        running: { startedAt: '2026-02-03T10:02:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          SPRING_CACHE_TYPE: 'redis',
          SPRING_CACHE_CACHE_NAMES: 'fxRates,brokerTiers,productFactors',
          SPRING_REDIS_HOST: 'rates-cache-redis.cache.svc.cluster.local',
          JAVA_OPTS: '-Xmx512m',
        },
      },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'RatesApiErrors: 5xx ratio 0.63 over 10m on rates-api',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '2026-02-03 10:02:58.114  INFO 1 --- [           main] c.e.rates.config.CacheConfig             : RedisCacheManager: caches [fxRates, brokerTiers, productFactors] on rates-cache-redis (database 0), defaultExpiration=0, usePrefix=true',
      times(
        20,
        (i) =>
          `2026-02-11 ${hms(28800 + Math.floor((i * 60) / 2) + ((i * 7) % 29))}.${ms(i * 37)}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.rates.web.RateController             : GET /rates/${['GBP-EUR', 'GBP-USD', 'broker/B0412/tier', 'product/HOME/factors'][i % 4]}?asOf=2026-02-1${i % 2} 200 ${6 + (i % 9)}ms (cache ${i % 3 === 0 ? 'miss' : 'hit'})`,
      ),
      "2026-02-11 08:10:41.902 ERROR 1 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.InvalidDataAccessApiUsageException: OOM command not allowed when used memory > 'maxmemory'.; nested exception is redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.] with root cause",
      '',
      "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
      '\tat redis.clients.jedis.Protocol.processError(Protocol.java:127)',
      '\tat redis.clients.jedis.Protocol.process(Protocol.java:161)',
      '\tat redis.clients.jedis.Protocol.read(Protocol.java:215)',
      '\tat redis.clients.jedis.Connection.readProtocolWithCheckingBroken(Connection.java:340)',
      '\tat redis.clients.jedis.Connection.getStatusCodeReply(Connection.java:239)',
      '\tat redis.clients.jedis.BinaryJedis.set(BinaryJedis.java:227)',
      '\tat org.springframework.data.redis.connection.jedis.JedisConnection.set(JedisConnection.java:1195)',
      '\tat org.springframework.data.redis.cache.RedisCache$RedisCachePutCallback.doInRedis(RedisCache.java:562)',
      '\tat org.springframework.data.redis.cache.RedisCache.put(RedisCache.java:175)',
      '\tat org.springframework.cache.interceptor.AbstractCacheInvoker.doPut(AbstractCacheInvoker.java:85)',
      '\tat org.springframework.cache.interceptor.CacheAspectSupport$CachePutRequest.apply(CacheAspectSupport.java:784)',
      '\tat org.springframework.cache.interceptor.CacheAspectSupport.execute(CacheAspectSupport.java:417)',
      '\tat com.example.rates.service.FxRateService$$EnhancerBySpringCGLIB$$4f1a2c3e.rateFor(<generated>)',
      times(40, (i) =>
        i % 3 === 0
          ? `2026-02-11 ${hms(29460 + Math.floor((i * 60) / 2.3) + ((i * 7) % 25))}.${ms(i * 41)}  INFO 1 --- [nio-8080-exec-${(i % 9) + 1}] c.e.rates.web.RateController             : GET /rates/GBP-EUR?asOf=2026-02-11 200 4ms (cache hit)`
          : `2026-02-11 ${hms(29460 + Math.floor((i * 60) / 2.3) + 2 + ((i * 7) % 23))}.${ms(i * 53)} ERROR 1 --- [nio-8080-exec-${(i % 9) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.InvalidDataAccessApiUsageException: OOM command not allowed when used memory > 'maxmemory'.; nested exception is redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.] with root cause`,
      ),
    ),
    accept: ['flush-redis-cache'],
    tolerated: ['escalate'],
  },
  {
    id: 'thirtyseventh-tomcat-redisson-sessions-redis-maxmemory',
    family: 'session-store-full',
    source: 'https://github.com/redisson/redisson/issues/3591',
    signal: 'Alert',
    containers: [
      {
        name: 'broker-extranet',
        running: { startedAt: '2026-02-04T09:10:02Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-Xms1g -Xmx1280m',
          REDISSON_CONFIG: '/usr/local/tomcat/conf/redisson.yaml',
        },
        mounts: [
          { volume: 'tomcat-context', path: '/usr/local/tomcat/conf/context.xml' },
          { volume: 'redisson-config', path: '/usr/local/tomcat/conf/redisson.yaml' },
        ],
      },
    ],
    volumes: [
      { name: 'tomcat-context', configMap: 'broker-extranet-context-xml' },
      { name: 'redisson-config', secret: 'broker-extranet-redisson' },
    ],
    events: [
      {
        reason: 'AlertFiring',
        message: 'BrokerExtranetLoginFailures: 91% of logins failing over 10m (3/3 pods)',
        on: 'Deployment',
      },
    ],
    currentLog: log(
      '04-Feb-2026 09:10:19.402 INFO [main] org.redisson.Version.logVersion Redisson 3.13.5',
      '04-Feb-2026 09:10:19.881 INFO [redisson-netty-2-4] org.redisson.connection.pool.MasterConnectionPool.lambda$createConnection$1 24 connections initialized for broker-sessions-redis.cache.svc.cluster.local/172.20.41.9:6379',
      '04-Feb-2026 09:10:20.118 INFO [main] org.apache.catalina.core.StandardContext.setManager RedissonSessionManager[/extranet] readMode=REDIS updateMode=DEFAULT',
      times(
        14,
        (i) =>
          `2026-02-11 ${hms(28800 + Math.floor((i * 60) / 2) + ((i * 7) % 29))},${ms(i * 31)} INFO  [http-nio-8080-exec-${(i % 20) + 1}] c.e.extranet.web.LoginAction - broker ${['B0412', 'B1177', 'B0093', 'B2210'][i % 4]} user ${['k.ward', 'p.singh', 'a.nowak', 'r.evans'][i % 4]} signed in`,
      ),
      times(40, (i) =>
        i % 6 === 2
          ? `2026-02-11 ${hms(29220 + Math.floor((i * 60) / 2) + ((i * 7) % 29))},${ms(i * 13)} INFO  [http-nio-8080-exec-${(i % 20) + 1}] c.e.extranet.web.QuoteAction - draft quote Q-${551200 + i} saved to session for broker B0412`
          : `11-Feb-2026 ${hms(29220 + Math.floor((i * 60) / 2) + 1 + ((i * 7) % 28))}.${ms(i * 29)} SEVERE [http-nio-8080-exec-${(i % 20) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [action] in context with path [/extranet] threw exception\n org.redisson.client.RedisOutOfMemoryException: command not allowed when used memory > 'maxmemory'.. channel: [id: 0x${(0x5c1e8a2b + i * 4099).toString(16)}, L:/10.42.3.17:${51244 + i} - R:broker-sessions-redis.cache.svc.cluster.local/172.20.41.9:6379] data: CommandData [promise=RedissonPromise [promise=ImmediateEventExecutor$ImmediatePromise@${(0x6d2f0a11 + i * 977).toString(16)}(incomplete)], command=(HMSET), params=[redisson:tomcat_session:${(0x4f2a91c3 + i * 7919).toString(16).toUpperCase()}E1B7C0D2A94F6E3B1C8D7A2F, session:thisAccessedTime, PooledUnsafeDirectByteBuf(ridx: 0, widx: 24, cap: 256), session:lastAccessedTime, PooledUnsafeDirectByteBuf(ridx: 0, widx: 24, cap: 256)], codec=org.redisson.codec.FstCodec]\n \tat org.redisson.client.handler.CommandDecoder.decode(CommandDecoder.java:348)\n \tat org.redisson.client.handler.CommandDecoder.decodeCommand(CommandDecoder.java:201)\n \tat org.redisson.tomcat.RedissonSession.access(RedissonSession.java:301)\n \tat org.redisson.tomcat.UpdateValve.invoke(UpdateValve.java:48)`,
      ),
    ),
    accept: ['escalate'],
  },
];
