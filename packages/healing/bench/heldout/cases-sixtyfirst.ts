import { type HeldOutCase, type HeldOutContainer, type HeldOutNode, log } from './case.ts';

/** `count` lines built from their index: the polls, probes and access lines a busy pod repeats. */
const times = (count: number, line: (i: number) => string): string[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** A two-digit field. */
const p2 = (n: number): string => String(Math.floor(n)).padStart(2, '0');

/** Seconds after 07:00:00 of the clock time `h:m:s` on the case's day (08:20:00 is `at(8, 20)`). */
const at = (h: number, m: number, s = 0): number => (h - 7) * 3600 + m * 60 + s;

/** `HH:MM:SS`, `s` seconds after 07:00:00 on the case's day. */
const hms = (s: number): string => {
  const t = 7 * 3600 + Math.floor(s);
  return `${p2(t / 3600)}:${p2((t % 3600) / 60)}:${p2(t % 60)}`;
};

/** A three-digit millisecond field that looks random but is stable. */
const ms = (i: number): string => String((i * 389 + 117) % 1000).padStart(3, '0');

/** ISO 8601 with milliseconds, `s` seconds after 07:00:00. */
const iso = (s: number, i = 0): string => `2026-02-11T${hms(s)}.${ms(i)}Z`;

/** A container the kernel killed at its memory limit, now waiting out the kubelet's back-off. */
const oomLoop = (name: string, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** A container that exited on its own with `exitCode`, now waiting out the back-off. */
const exitLoop = (name: string, exitCode: number, restarts: number, backOff = '5m0s'): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A container the kernel killed at its memory limit that runs again since `startedAt`. */
const oomBack = (name: string, restarts: number, startedAt: string): HeldOutContainer => ({
  name,
  running: { startedAt },
  ready: true,
  last: { reason: 'OOMKilled', exitCode: 137 },
  restarts,
});

/** The kubelet's back-off event for a container of `pod`. */
const backOff = (container: string, pod: string, count: number) => ({
  reason: 'BackOff',
  type: 'Warning' as const,
  message: `Back-off restarting failed container ${container} in pod ${pod}`,
  count,
});

/** The kubelet's image event when a container restarts in place. */
const pulled = (image: string, count: number) => ({
  reason: 'Pulled',
  type: 'Normal' as const,
  message: `Container image "${image}" already present on machine`,
  count,
});

/** An Alertmanager alert as the evidence makes it: an event on the Deployment. */
const alert = (message: string) => ({ reason: 'AlertFiring', message, on: 'Deployment' as const });

/** A Ready node with its harmless conditions spelled out, as `kubectl get node -o yaml` shows them. */
const quietNode: HeldOutNode = {
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
};

/**
 * A sixty-first batch, written without reading the catalog (its patterns, samples or diagnosis
 * code) and not scored by its author: 40 MEMORY INCIDENTS, seventh round, every one with its pod
 * spec, half where raising the container's memory limit is the right first action and half where it
 * is wrong. The right raises: a JBoss EAP 7.4 image whose heap is half the limit and whose
 * catalogue cache grew with two onboarded brands, Keycloak 24 (heap seven tenths of the limit, 300
 * MB beside it) holding a new realm's sessions in its Infinispan caches, a Jenkins controller whose
 * 2Gi limit came from the staging values, a Nexus 3 whose direct buffers grew with three times the
 * CI runners, SonarQube whose compute engine heap a rollout raised for a monorepo without raising
 * the limit, a .NET 7 Blazor Server portal whose circuits grew with a branch roll-out, Hasura
 * building a fourth tenant's schema cache at start-up, a Django service under `gunicorn --preload`
 * given a gazetteer, a pyarrow compaction CronJob over a partition a sixth larger than its median,
 * a Dask scheduler holding a graph three times longer after a region was added, a BentoML runner
 * given a larger ranking model, a Hugo docs build with two new locales, the Loki compactor sweeping
 * two more tenants' retention, a Pyroscope ingester with a new team's services, Tetragon given
 * three TracingPolicies, a PgBouncer sidecar under more client connections, a Consul server
 * restoring a catalogue grown by a second cluster's services, a single-node Vault restoring the
 * leases of thirty new services, the OpenTelemetry Java agent injected beside a heap share, and a
 * Jetty 12 service on a limit copied from its development namespace. The wrong ones: Spring WebFlux
 * leaking Netty direct buffers that Netty itself reports, Tomcat creating a session per API call
 * with a day-long timeout and a GC log full of live sessions, WildFly started with the image's
 * `-Xmx512m`, a Kotlin export that loads a whole table through Exposed, a Scala Spark driver
 * collecting a whole data set with `maxResultSize=0`, aiohttp client sessions opened per request
 * and never closed, Triton's Python backend asked for sixteen CPU instances under a 4-CPU limit,
 * multer buffering video uploads in memory, Playwright traces written to a memory-backed emptyDir,
 * Socket.IO with `perMessageDeflate` growing outside the V8 heap, a Symfony Messenger worker under
 * a 128M `memory_limit` from a ConfigMap, a memory alert on a Redis object cache for WordPress that
 * sits at its `maxmemory` by design, a Delayed Job import that kills every worker that takes it,
 * Telegraf keeping every series of a pod-name tag, a Next.js image whose rebuild lost `sharp`,
 * Pgpool told to prefork a thousand children, Caddy's cache-handler growing at the same slope after
 * every restart, MLflow evicted while a higher-priority notebook filled its node, a Tempo querier
 * killed by one enormous trace a dashboard keeps requesting, and a memory alert on Falco that
 * counts the page cache of its event file. Each quotes the wording of the public thread,
 * documentation page or source in `source`. Mix: 20 memory raises right (escalate tolerated in all,
 * a rollback tolerated in the 5 that a rollout brought: the compute engine heap, the gazetteer, the
 * ranking model, the TracingPolicies and the Java agent; an unrelated rollout in the window for
 * Pyroscope); 20 wrong (18 escalations only, a rollback accepted beside escalation for the Next.js
 * rebuild and the Pgpool children; a pod restart tolerated for the WebFlux buffers, the Tomcat
 * sessions and the Playwright tmpfs, which a new pod empties; unrelated rollouts in the window for
 * the Exposed export and the Tempo querier); restarts harmful for the Jenkins controller's running
 * builds, the Pyroscope ingesters' unflushed profiles, the Consul quorum member, the Redis object
 * cache and Falco on every node; a cache flush harmful for the Redis object cache; no node action,
 * scale-up or cache flush right anywhere.
 */
export const SIXTYFIRST_CASES: HeldOutCase[] = [
  // ---------------------------------------------------------------- memory raises right (20)
  {
    id: 'sixtyfirst-jboss-eap-catalogue-heap-half-limit',
    family: 'oom-heap-share',
    source:
      'https://docs.redhat.com/zh-cn/documentation/red_hat_jboss_enterprise_application_platform/7.4/html/getting_started_with_jboss_eap_for_openshift_container_platform/configuring_eap_env_vars',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('catalogue-eap', 3, 5),
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS_APPEND: '-Dcatalogue.cache.preload=true -Dcatalogue.cache.brands=all',
          GC_MAX_METASPACE_SIZE: '256',
          CATALOGUE_DB_URL: 'jdbc:postgresql://catalogue-db.retail.svc:5432/catalogue',
        },
        mounts: [{ volume: 'catalogue-config', path: '/opt/eap/standalone/configuration/catalogue' }],
      },
    ],
    volumes: [{ name: 'catalogue-config', configMap: 'catalogue-eap-config' }],
    node: quietNode,
    events: [backOff('catalogue-eap', 'catalogue-eap-7c9d5b6f48-q2xwn', 14)],
    previousLog: log(
      'INFO Running jboss-eap-7/eap74-openjdk11-openshift-rhel8 image, version 7.4.14',
      'INFO Access log is disabled, ignoring configuration.',
      'INFO Configuring JGroups cluster traffic encryption protocol to SYM_ENCRYPT.',
      '=========================================================================',
      '',
      '  JBoss Bootstrap Environment',
      '',
      '  JBOSS_HOME: /opt/eap',
      '',
      '  JAVA: /usr/lib/jvm/java-11/bin/java',
      '',
      '  JAVA_OPTS:  -server -Xms192m -Xmx768m -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError -Dcatalogue.cache.preload=true -Dcatalogue.cache.brands=all',
      '',
      '=========================================================================',
      '',
      '08:22:41,114 INFO  [org.jboss.modules] (main) JBoss Modules version 1.12.2.Final-redhat-00001',
      '08:22:41,902 INFO  [org.jboss.msc] (main) JBoss MSC version 1.4.13.Final-redhat-00001',
      '08:22:42,011 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: JBoss EAP 7.4.14.GA (WildFly Core 15.0.33.Final-redhat-00001) starting',
      '08:22:45,318 INFO  [org.jboss.as.connector.subsystems.datasources] (ServerService Thread Pool -- 41) WFLYJCA0004: Deploying JDBC-compliant driver class org.postgresql.Driver (version 42.6)',
      '08:22:45,702 INFO  [org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-1) WFLYJCA0001: Bound data source [java:jboss/datasources/CatalogueDS]',
      '08:22:46,440 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-2) WFLYSRV0027: Starting deployment of "catalogue.war" (runtime-name: "catalogue.war")',
      "08:22:49,817 INFO  [org.wildfly.extension.undertow] (ServerService Thread Pool -- 78) WFLYUT0021: Registered web context: '/' for server 'default-server'",
      '08:22:49,903 INFO  [com.acme.catalogue.cache.CataloguePreloader] (ServerService Thread Pool -- 78) Preloading catalogue cache: 14 brands, source=catalogue-db',
      times(
        14,
        (i) =>
          `08:${p2(22 + Math.floor((51 + i * 5) / 60))}:${p2((51 + i * 5) % 60)},${ms(i)} INFO  [com.acme.catalogue.cache.CataloguePreloader] (ServerService Thread Pool -- 78) brand=${['northway', 'kelso', 'halden', 'marbrook', 'tiller', 'oakhurst', 'renfrew', 'vantor', 'caliber', 'linmoor', 'dunmere', 'astley', 'pellworth', 'quarrie'][i]} loaded ${(82113 + ((i * 31771) % 160000)).toLocaleString('en-US')} SKUs with variants and price ladders${i >= 12 ? ' (onboarded 2026-02-10)' : ''}`,
      ),
      '08:24:02,811 INFO  [com.acme.catalogue.cache.CataloguePreloader] (ServerService Thread Pool -- 78) Catalogue cache ready: 1,842,310 SKUs (previous start 2026-02-09: 1,512,004 SKUs, 12 brands), estimated retained size 581 MB',
      '08:24:03,020 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 45) WFLYSRV0010: Deployed "catalogue.war" (runtime-name : "catalogue.war")',
      '08:24:03,114 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: JBoss EAP 7.4.14.GA (WildFly Core 15.0.33.Final-redhat-00001) started in 82012ms - Started 612 of 860 services (402 services are lazy, passive or on-demand)',
      times(
        30,
        (i) =>
          `08:${p2(24 + Math.floor((10 + i * 6) / 60))}:${p2((10 + i * 6) % 60)},${ms(i + 40)} INFO  [io.undertow.accesslog] (default task-${(i % 16) + 1}) 10.130.4.${(i * 7) % 250} - - [11/Feb/2026:08:${p2(24 + Math.floor((10 + i * 6) / 60))}:${p2((10 + i * 6) % 60)} +0000] "GET /api/catalogue/search?q=${['boots', 'parka', 'fleece', 'rain+jacket', 'gloves', 'thermal'][i % 6]}&page=${(i % 3) + 1} HTTP/1.1" 200 ${18211 + i * 97}`,
      ),
      '08:27:19,402 WARN  [com.acme.catalogue.cache.CatalogueCache] (default task-7) facet index rebuild for brand=pellworth took 4,811 ms',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-keycloak-new-realm-sessions',
    family: 'oom-heap-share',
    source: 'https://github.com/keycloak/keycloak/pull/27079',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('keycloak', 3, '2026-02-11T08:24:47Z'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          KC_DB: 'postgres',
          KC_DB_URL: 'jdbc:postgresql://keycloak-db.iam.svc:5432/keycloak',
          KC_CACHE: 'ispn',
          KC_CACHE_STACK: 'kubernetes',
          KC_PROXY: 'edge',
          KC_HOSTNAME: 'sso.example.com',
          KC_METRICS_ENABLED: 'true',
          JAVA_OPTS_APPEND: '-Djgroups.dns.query=keycloak-headless.iam.svc.cluster.local -Xlog:gc:stdout',
        },
        args: ['start', '--optimized'],
      },
    ],
    node: quietNode,
    events: [
      pulled('quay.io/keycloak/keycloak:24.0.4', 3),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.3.88:8080/health/ready": dial tcp 10.42.3.88:8080: connect: connection refused',
        count: 6,
      },
    ],
    previousLog: log(
      '2026-02-11 07:52:10,402 INFO  [org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider] (main) Hostname settings: Base URL: <unset>, Hostname: sso.example.com, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true',
      '2026-02-11 07:52:13,881 INFO  [org.keycloak.quarkus.runtime.storage.legacy.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager',
      "2026-02-11 07:52:14,202 INFO  [org.infinispan.CONTAINER] (keycloak-cache-init) ISPN000556: Starting user marshaller 'org.infinispan.jboss.marshalling.core.JBossUserMarshaller'",
      '2026-02-11 07:52:15,930 INFO  [org.infinispan.CLUSTER] (keycloak-cache-init) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-40412|11] (3) [keycloak-0-40412, keycloak-2-18821, keycloak-1-53007]',
      '2026-02-11 07:52:16,114 INFO  [org.infinispan.CLUSTER] (keycloak-cache-init) ISPN000079: Channel `ISPN` local address is `keycloak-1-53007`, physical addresses are `[10.42.3.88:7800]`',
      '2026-02-11 07:52:19,677 INFO  [io.quarkus] (main) Keycloak 24.0.4 on JVM (powered by Quarkus 3.8.4) started in 11.902s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.',
      '2026-02-11 07:52:19,678 INFO  [io.quarkus] (main) Profile prod activated.',
      '2026-02-11 07:52:19,678 INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, micrometer, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]',
      times(
        26,
        (i) =>
          `[2026-02-11T${hms(at(7, 55) + i * 35)}.${ms(i)}+0000][info][gc] GC(${311 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${596 + (i % 5) * 6}M->${262 + Math.floor(i * 3.6)}M(716M) ${(8 + (i % 7) * 1.3).toFixed(3)}ms`,
      ),
      '2026-02-11 08:12:40,515 INFO  [org.keycloak.events] (executor-thread-41) type=LOGIN, realmId=partner-harbor, clientId=harbor-portal, userId=6f0e1a12-9c3b-4d8f-8a71-2b4e5d9c1f03, ipAddress=10.42.0.1, auth_method=openid-connect, auth_type=code, response_type=code, redirect_uri=https://portal.harbor-logistics.example/callback, consent=no_consent_required, code_id=9b2f8e44-5d0c-4b6e-93a7-1c8d2e7f6a10, username=t.okafor',
      '2026-02-11 08:13:00,004 INFO  [org.keycloak.storage.ldap.LDAPStorageProviderFactory] (Timer-0) Sync changed users from LDAP to local store: realm: partner-harbor, federation provider: harbor-ad, last sync time: Tue Feb 10 08:13:00 UTC 2026',
      '2026-02-11 08:13:07,331 INFO  [org.keycloak.storage.ldap.LDAPStorageProviderFactory] (Timer-0) Sync changed users finished: 0 imported users, 412 updated users, 0 removed users, 0 users failed sync',
      times(
        18,
        (i) =>
          `2026-02-11 ${hms(at(8, 13, 9) + i * 4)},${ms(i + 30)} INFO  [org.keycloak.events] (executor-thread-${10 + (i % 30)}) type=LOGIN, realmId=${i % 4 === 3 ? 'employees' : 'partner-harbor'}, clientId=${i % 4 === 3 ? 'intranet' : 'harbor-portal'}, userId=${(0x1a2b3c4d + i * 7919).toString(16)}-9c3b-4d8f-8a71-${(0x2b4e5d9c1f03 + i * 131).toString(16)}, ipAddress=10.42.0.1, auth_method=openid-connect, auth_type=code, response_type=code, redirect_uri=${i % 4 === 3 ? 'https://intranet.example.com/oidc/callback' : 'https://portal.harbor-logistics.example/callback'}, consent=no_consent_required, code_id=${(0x9b2f8e44 + i * 104729).toString(16)}-5d0c-4b6e-93a7-1c8d2e7f6a10, username=${['t.okafor', 'm.lindqvist', 'a.pereira', 'j.hsu', 'k.mensah', 'r.dubois'][i % 6]}`,
      ),
      times(
        21,
        (i) =>
          `[2026-02-11T${hms(at(8, 14, 20) + i * 22)}.${ms(i + 80)}+0000][info][gc] GC(${359 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${648 + (i % 4) * 8}M->${360 + Math.floor(i * 5.4)}M(716M) ${(11 + (i % 5) * 1.7).toFixed(3)}ms`,
      ),
      '[2026-02-11T08:22:01.402+0000][info][gc] GC(383) Pause Young (Concurrent Start) (G1 Evacuation Pause) 702M->487M(716M) 19.118ms',
      '[2026-02-11T08:22:01.655+0000][info][gc] GC(384) Concurrent Mark Cycle',
      '[2026-02-11T08:22:02.904+0000][info][gc] GC(384) Pause Remark 512M->509M(716M) 6.311ms',
      '[2026-02-11T08:22:03.311+0000][info][gc] GC(384) Pause Cleanup 514M->514M(716M) 0.412ms',
      '[2026-02-11T08:22:03.390+0000][info][gc] GC(384) Concurrent Mark Cycle 1735.402ms',
      '[2026-02-11T08:23:40.118+0000][info][gc] GC(385) Pause Young (Normal) (G1 Evacuation Pause) 706M->498M(716M) 21.904ms',
    ),
    currentLog: log(
      '2026-02-11 08:24:49,811 INFO  [org.keycloak.quarkus.runtime.storage.legacy.infinispan.CacheManagerFactory] (main) Starting Infinispan embedded cache manager',
      '2026-02-11 08:24:51,402 INFO  [org.infinispan.CLUSTER] (keycloak-cache-init) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-40412|14] (3) [keycloak-0-40412, keycloak-2-18821, keycloak-1-61190]',
      '2026-02-11 08:24:52,807 INFO  [org.infinispan.CLUSTER] (stateTransferExecutor-thread--p2-t1) [Context=sessions] ISPN100002: Starting rebalance with members [keycloak-0-40412, keycloak-2-18821, keycloak-1-61190], phase READ_OLD_WRITE_ALL, topology id 41',
      '2026-02-11 08:25:09,114 INFO  [org.infinispan.CLUSTER] (non-blocking-thread--p2-t4) [Context=sessions] ISPN100010: Finished rebalance with members [keycloak-0-40412, keycloak-2-18821, keycloak-1-61190], topology id 44',
      '2026-02-11 08:25:11,330 INFO  [io.quarkus] (main) Keycloak 24.0.4 on JVM (powered by Quarkus 3.8.4) started in 21.418s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.',
      times(
        12,
        (i) =>
          `[2026-02-11T${hms(at(8, 25, 20) + i * 21)}.${ms(i + 5)}+0000][info][gc] GC(${12 + i}) Pause Young (Normal) (G1 Evacuation Pause) ${640 + (i % 3) * 9}M->${466 + i * 2}M(716M) ${(12 + (i % 4) * 1.1).toFixed(3)}ms`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-jenkins-controller-staging-values-limit',
    family: 'limit-too-small',
    source: 'https://github.com/GoogleCloudPlatform/continuous-deployment-on-kubernetes/issues/99',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('jenkins', 2, '2026-02-11T08:17:32Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_OPTS: '-XX:MaxRAMPercentage=75 -XX:+UseG1GC -Djenkins.install.runSetupWizard=false',
          JENKINS_OPTS: '--webroot=/var/jenkins_cache/war',
          CASC_JENKINS_CONFIG: '/var/jenkins_home/casc_configs',
        },
        mounts: [
          { volume: 'jenkins-home', path: '/var/jenkins_home' },
          { volume: 'casc', path: '/var/jenkins_home/casc_configs' },
        ],
      },
      { name: 'config-reload', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    volumes: [
      { name: 'jenkins-home', persistentVolumeClaim: 'jenkins-home-jenkins-0' },
      { name: 'casc', configMap: 'jenkins-jenkins-jcasc-config' },
    ],
    events: [pulled('jenkins/jenkins:2.440.3-lts-jdk17', 2)],
    previousLog: log(
      'Running from: /usr/share/jenkins/jenkins.war',
      'webroot: /var/jenkins_cache/war',
      '2026-02-11 07:41:02.118+0000 [id=1]\tINFO\twinstone.Logger#logInternal: Beginning extraction from war file',
      '2026-02-11 07:41:04.402+0000 [id=1]\tINFO\torg.eclipse.jetty.server.Server#doStart: jetty-10.0.20; built: 2024-01-29T20:46:45.278Z; git: 3a745c71c23682146f262b99f4ddc4c1bc41630c; jvm 17.0.10+7',
      '2026-02-11 07:41:06.911+0000 [id=1]\tINFO\to.e.j.s.handler.ContextHandler#doStart: Started w.@1b5a1d85{Jenkins v2.440.3,/,file:///var/jenkins_cache/war/,AVAILABLE}{/var/jenkins_cache/war}',
      '2026-02-11 07:41:07.004+0000 [id=1]\tINFO\to.e.j.server.AbstractConnector#doStart: Started ServerConnector@6a6afff2{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}',
      '2026-02-11 07:41:07.118+0000 [id=41]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started initialization',
      '2026-02-11 07:41:12.450+0000 [id=46]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Listed all plugins',
      '2026-02-11 07:41:41.902+0000 [id=44]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Prepared all plugins',
      '2026-02-11 07:41:42.011+0000 [id=45]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Started all plugins',
      '2026-02-11 07:41:42.330+0000 [id=41]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Augmented all extensions',
      '2026-02-11 07:43:18.114+0000 [id=44]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Loaded all jobs',
      '2026-02-11 07:43:19.602+0000 [id=44]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Configuration for all jobs updated',
      '2026-02-11 07:43:23.918+0000 [id=44]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Completed initialization',
      '2026-02-11 07:43:24.210+0000 [id=32]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running',
      times(
        44,
        (i) =>
          `2026-02-11 ${hms(at(7, 44) + i * 43)}.${ms(i)}+0000 [id=${900 + i * 3}]\tINFO\t${i % 3 === 2 ? 'o.c.j.p.k.KubernetesLauncher#launch' : 'hudson.model.Run#execute'}: ${i % 3 === 2 ? `Created Pod: kubernetes ci/build-agent-${(4411 + i).toString(36)}-${(88211 + i * 7).toString(36)}` : `${['payments', 'ledger', 'web-shop', 'mobile-api', 'search', 'identity', 'infra'][i % 7]}/${['main', 'release-2026.02', 'PR-4412', 'PR-4419'][i % 4]} #${2210 + i} main build action completed: ${i % 11 === 5 ? 'FAILURE' : 'SUCCESS'}`}`,
      ),
    ),
    currentLog: log(
      'Running from: /usr/share/jenkins/jenkins.war',
      'webroot: /var/jenkins_cache/war',
      '2026-02-11 08:17:36.402+0000 [id=1]\tINFO\to.e.j.server.AbstractConnector#doStart: Started ServerConnector@6a6afff2{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}',
      '2026-02-11 08:19:41.118+0000 [id=44]\tINFO\tjenkins.InitReactorRunner$1#onAttained: Loaded all jobs',
      '2026-02-11 08:19:47.210+0000 [id=32]\tINFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running',
      times(
        26,
        (i) =>
          `2026-02-11 ${hms(at(8, 20) + i * 21)}.${ms(i + 3)}+0000 [id=${1200 + i * 5}]\tINFO\thudson.model.Run#execute: ${['payments', 'ledger', 'web-shop', 'mobile-api', 'search', 'identity', 'infra'][(i + 3) % 7]}/${['main', 'PR-4420', 'PR-4421'][i % 3]} #${2260 + i} main build action completed: SUCCESS`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['restart-pod', 'rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-nexus3-direct-buffers-ci-runners',
    family: 'oom-native',
    source: 'https://github.com/travelaudience/kubernetes-nexus/pull/15',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('nexus', 2, '2026-02-11T08:12:20Z'),
        memoryLimit: '5Gi',
        memoryRequest: '5Gi',
        cpuLimit: '4',
        env: {
          INSTALL4J_ADD_VM_PARAMS:
            '-Xms2703m -Xmx2703m -XX:MaxDirectMemorySize=2703m -Djava.util.prefs.userRoot=/nexus-data/javaprefs',
          NEXUS_SECURITY_RANDOMPASSWORD: 'false',
        },
        mounts: [{ volume: 'nexus-data', path: '/nexus-data' }],
      },
    ],
    volumes: [{ name: 'nexus-data', persistentVolumeClaim: 'nexus-data-nexus-0' }],
    node: quietNode,
    events: [pulled('sonatype/nexus3:3.61.0', 2)],
    previousLog: log(
      '2026-02-11 07:30:41,118+0000 INFO  [FelixStartLevel] *SYSTEM org.sonatype.nexus.pax.logging.NexusLogActivator - start',
      '2026-02-11 07:30:44,902+0000 INFO  [FelixStartLevel] *SYSTEM org.sonatype.nexus.features.internal.FeaturesWrapper - Fast FeaturesService starting',
      '2026-02-11 07:30:52,311+0000 WARN  [FelixStartLevel] *SYSTEM com.orientechnologies.common.util.OMemory - Configured maximum amount of memory available to the cache (4294967296 bytes) is larger than configured JVM maximum direct memory size (2834300928 bytes). That may cause out of memory errors, please tune the configuration up. Use the -XX:MaxDirectMemorySize JVM option to raise the JVM maximum direct memory size or storage.diskCache.bufferSize OrientDB option to lower memory requirements of the cache.',
      '2026-02-11 07:31:20,402+0000 INFO  [jetty-main-1] *SYSTEM org.eclipse.jetty.server.AbstractConnector - Started ServerConnector@7e2f8a2{HTTP/1.1, (http/1.1)}{0.0.0.0:8081}',
      '2026-02-11 07:31:20,410+0000 INFO  [jetty-main-1] *SYSTEM org.sonatype.nexus.bootstrap.jetty.JettyServer - ',
      '-------------------------------------------------',
      '',
      'Started Sonatype Nexus OSS 3.61.0-02',
      '',
      '-------------------------------------------------',
      "2026-02-11 07:32:00,118+0000 INFO  [quartz-12-thread-3] *SYSTEM org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo - Task 'Storage facet cleanup' [repository.storage-facet-cleanup] state change WAITING -> RUNNING",
      times(
        40,
        (i) =>
          `10.44.${(i * 13) % 120}.${(i * 29) % 250} - ci-bot [11/Feb/2026:${hms(at(7, 35) + i * 48)} +0000] "GET /repository/${['npm-group', 'maven-public', 'docker-proxy', 'pypi-group'][i % 4]}${['/@babel/core/-/core-7.23.9.tgz', '/org/springframework/spring-core/6.1.3/spring-core-6.1.3.jar', '/v2/library/node/blobs/sha256:4a1f02b8e6', '/packages/numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl'][i % 4]} HTTP/1.1" 200 - ${1204113 + ((i * 3777113) % 412000000)} ${40 + ((i * 37) % 900)} "${['npm/10.2.4 node/v20.11.0 linux x64 workspaces/false', 'Apache-Maven/3.9.6 (Java 17.0.10; Linux 6.1.0-17-amd64)', 'docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/6.1.0-17-amd64 os/linux arch/amd64', 'pip/24.0'][i % 4]}"`,
      ),
    ),
    currentLog: log(
      '2026-02-11 08:12:24,881+0000 INFO  [FelixStartLevel] *SYSTEM org.sonatype.nexus.pax.logging.NexusLogActivator - start',
      '2026-02-11 08:12:35,402+0000 WARN  [FelixStartLevel] *SYSTEM com.orientechnologies.common.util.OMemory - Configured maximum amount of memory available to the cache (4294967296 bytes) is larger than configured JVM maximum direct memory size (2834300928 bytes). That may cause out of memory errors, please tune the configuration up. Use the -XX:MaxDirectMemorySize JVM option to raise the JVM maximum direct memory size or storage.diskCache.bufferSize OrientDB option to lower memory requirements of the cache.',
      '2026-02-11 08:13:02,118+0000 INFO  [jetty-main-1] *SYSTEM org.sonatype.nexus.bootstrap.jetty.JettyServer - Started Sonatype Nexus OSS 3.61.0-02',
      times(
        30,
        (i) =>
          `10.44.${(i * 17) % 120}.${(i * 31) % 250} - ci-bot [11/Feb/2026:${hms(at(8, 14) + i * 29)} +0000] "GET /repository/${['npm-group', 'maven-public', 'docker-proxy', 'pypi-group'][i % 4]}${['/react-dom/-/react-dom-18.2.0.tgz', '/com/fasterxml/jackson/core/jackson-databind/2.16.1/jackson-databind-2.16.1.jar', '/v2/library/eclipse-temurin/blobs/sha256:1d7e55c2a0', '/packages/pandas-2.2.0-cp311-cp311-manylinux_2_17_x86_64.whl'][i % 4]} HTTP/1.1" 200 - ${804113 + ((i * 4177113) % 402000000)} ${35 + ((i * 41) % 800)} "${['npm/10.2.4 node/v20.11.0 linux x64 workspaces/false', 'Apache-Maven/3.9.6 (Java 17.0.10; Linux 6.1.0-17-amd64)', 'docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/6.1.0-17-amd64 os/linux arch/amd64', 'pip/24.0'][i % 4]}"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-sonarqube-ce-heap-raised-for-monorepo',
    family: 'oom-new-feature',
    source: 'https://github.com/SonarSource/docker-sonarqube/issues/491',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('sonarqube', 4),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          SONAR_JDBC_URL: 'jdbc:postgresql://sonar-db.quality.svc:5432/sonarqube',
          SONAR_WEB_JAVAOPTS: '-Xmx1g -Xms256m',
          SONAR_SEARCH_JAVAOPTS: '-Xmx512m -Xms512m',
          SONAR_CE_JAVAOPTS: '-Xmx4g -Xms1g',
        },
        mounts: [
          { volume: 'sonarqube-data', path: '/opt/sonarqube/data' },
          { volume: 'sonarqube-extensions', path: '/opt/sonarqube/extensions' },
        ],
      },
    ],
    volumes: [
      { name: 'sonarqube-data', persistentVolumeClaim: 'sonarqube-data' },
      { name: 'sonarqube-extensions', persistentVolumeClaim: 'sonarqube-extensions' },
    ],
    rollout: { minutesAgo: 55, addedEnv: { SONAR_CE_JAVAOPTS: '-Xmx4g -Xms1g' } },
    events: [backOff('sonarqube', 'sonarqube-sonarqube-0', 11)],
    previousLog: log(
      '2026.02.11 08:19:02 INFO  app[][o.s.a.AppFileSystem] Cleaning or creating temp directory /opt/sonarqube/temp',
      '2026.02.11 08:19:02 INFO  app[][o.s.a.es.EsSettings] Elasticsearch listening on [HTTP: 127.0.0.1:9001, TCP: 127.0.0.1:41233]',
      '2026.02.11 08:19:03 INFO  app[][o.s.a.ProcessLauncherImpl] Launch process[ELASTICSEARCH] from [/opt/sonarqube/elasticsearch]: /opt/java/openjdk/bin/java -Xms4m -Xmx64m -XX:+UseSerialGC -Dcli.name=server -Dcli.script=./bin/elasticsearch -Dcli.libs=lib/tools/server-cli -Des.path.home=/opt/sonarqube/elasticsearch -Des.path.conf=/opt/sonarqube/temp/conf/es -Des.distribution.type=tar -cp /opt/sonarqube/elasticsearch/lib/*:/opt/sonarqube/elasticsearch/lib/cli-launcher/* org.elasticsearch.launcher.CliToolLauncher',
      '2026.02.11 08:19:03 INFO  app[][o.s.a.SchedulerImpl] Waiting for Elasticsearch to be up and running',
      '2026.02.11 08:19:19 INFO  app[][o.s.a.SchedulerImpl] Process[es] is up',
      '2026.02.11 08:19:19 INFO  app[][o.s.a.ProcessLauncherImpl] Launch process[WEB_SERVER] from [/opt/sonarqube]: /opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInFastThrow -Xmx1g -Xms256m -XX:+HeapDumpOnOutOfMemoryError -cp ./lib/sonar-application-10.4.1.88267.jar:/opt/sonarqube/lib/jdbc/postgresql/postgresql-42.6.0.jar org.sonar.server.app.WebServer /opt/sonarqube/temp/sq-process13880114215391446510properties',
      '2026.02.11 08:19:48 INFO  web[][o.s.s.a.TomcatAccessLog] Tomcat is started',
      '2026.02.11 08:19:48 INFO  web[][o.s.s.a.EmbeddedTomcat] HTTP connector enabled on port 9000',
      '2026.02.11 08:20:02 INFO  web[][o.s.s.p.Platform] Web Server is operational',
      '2026.02.11 08:20:02 INFO  app[][o.s.a.SchedulerImpl] Process[web] is up',
      '2026.02.11 08:20:02 INFO  app[][o.s.a.ProcessLauncherImpl] Launch process[COMPUTE_ENGINE] from [/opt/sonarqube]: /opt/java/openjdk/bin/java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djava.io.tmpdir=/opt/sonarqube/temp -XX:-OmitStackTraceInFastThrow -Xmx4g -Xms1g -XX:+HeapDumpOnOutOfMemoryError -cp ./lib/sonar-application-10.4.1.88267.jar:/opt/sonarqube/lib/jdbc/postgresql/postgresql-42.6.0.jar org.sonar.ce.app.CeServer /opt/sonarqube/temp/sq-process5520912276180041223properties',
      '2026.02.11 08:20:11 INFO  ce[][o.s.ce.app.CeServer] Compute Engine is started',
      '2026.02.11 08:20:11 INFO  app[][o.s.a.SchedulerImpl] Process[ce] is up',
      '2026.02.11 08:20:11 INFO  app[][o.s.a.SchedulerImpl] SonarQube is operational',
      times(
        16,
        (i) =>
          `2026.02.11 ${hms(at(8, 20, 15) + i * 19)} INFO  ce[${(0x6e1a40 + i * 977).toString(16)}][o.s.c.t.CeWorkerImpl] ${i % 2 === 0 ? 'Execute' : 'Executed'} task | project=${['auth-service', 'billing-api', 'catalogue-ui', 'ledger', 'notifications', 'search-indexer', 'mobile-bff', 'gateway'][Math.floor(i / 2) % 8]} | type=REPORT | branch=main | branchType=BRANCH | id=AY${(9910 + i).toString(36).toUpperCase()}q${i}${i % 2 === 1 ? ` | submitter=ci-bot | status=SUCCESS | time=${1200 + i * 311}ms` : ''}`,
      ),
      '2026.02.11 08:25:18 INFO  ce[AY7WXq0][o.s.c.t.CeWorkerImpl] Execute task | project=platform-monorepo | type=REPORT | branch=main | branchType=BRANCH | id=AY7WXq0 | submitter=ci-bot',
      '2026.02.11 08:25:19 INFO  ce[AY7WXq0][o.s.c.t.s.ComputationStepExecutor] Extract report | status=SUCCESS | time=6412ms',
      '2026.02.11 08:25:24 INFO  ce[AY7WXq0][o.s.c.t.s.ComputationStepExecutor] Persist scanner context | status=SUCCESS | time=41ms',
      '2026.02.11 08:25:31 INFO  ce[AY7WXq0][o.s.c.t.s.ComputationStepExecutor] Load file hashes and statuses | status=SUCCESS | time=7102ms',
      '2026.02.11 08:26:02 INFO  ce[AY7WXq0][o.s.c.t.s.ComputationStepExecutor] Build tree of components | components=61204 | status=SUCCESS | time=30811ms',
      '2026.02.11 08:26:40 INFO  ce[AY7WXq0][o.s.c.t.s.ComputationStepExecutor] Compute new coverage | status=SUCCESS | time=38402ms',
      '2026.02.11 08:27:11 WARN  es[][o.e.m.j.JvmGcMonitorService] [sonarqube] [gc][453] overhead, spent [611ms] collecting in the last [1s]',
      '2026.02.11 08:27:23 WARN  app[][o.s.a.p.AbstractManagedProcess] Process exited with exit value [ce]: 137',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    id: 'sixtyfirst-blazor-server-circuits-branch-go-live',
    family: 'oom-heap-share',
    source: 'https://github.com/dotnet/AspNetCore.Docs/issues/27768',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'branch-portal',
        running: { startedAt: '2026-02-11T08:23:05Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 143 },
        restarts: 2,
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Production',
          ASPNETCORE_URLS: 'http://+:8080',
          ASPNET_VERSION: '7.0.15',
          DOTNET_gcServer: '1',
          CircuitOptions__DisconnectedCircuitRetentionPeriod: '00:03:00',
          CircuitOptions__DisconnectedCircuitMaxRetained: '100',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
        count: 9,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container branch-portal failed liveness probe, will be restarted',
        count: 2,
      },
    ],
    previousLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Hosting environment: Production',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Content root path: /app',
      'info: BranchPortal.Diagnostics.CircuitTelemetry[0]',
      '      GC: server=True heap_hard_limit_mb=768 total_available_memory_mb=1024 (container limit)',
      times(18, (i) =>
        [
          'info: BranchPortal.Diagnostics.CircuitTelemetry[0]',
          `      ${hms(at(7, 40) + i * 120)} circuits active=${1120 + i * 61} disconnected_retained=${40 + (i % 5) * 11} branches_online=${88 + Math.floor(i * 2.9)}/140 gc_heap_mb=${331 + i * 21} gen2_mb=${250 + i * 19} per_circuit_kb=${292 + (i % 4) * 3}`,
        ].join('\n'),
      ),
      'info: BranchPortal.Diagnostics.CircuitTelemetry[0]',
      '      08:16:02 circuits active=2214 disconnected_retained=98 branches_online=140/140 gc_heap_mb=705 gen2_mb=652 per_circuit_kb=296',
      'warn: BranchPortal.Diagnostics.CircuitTelemetry[0]',
      '      08:18:02 circuits active=2261 disconnected_retained=100 branches_online=140/140 gc_heap_mb=751 gen2_mb=690 per_circuit_kb=297 (heap within 3% of heap_hard_limit_mb=768)',
      'fail: Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost[111]',
      "      Unhandled exception in circuit 'Q1d9Hk3hYwzS0mBGvq8Xz1rNw7cD2pLf5eTjUa4KoiE'.",
      "      System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
      '         at System.Collections.Generic.List`1.set_Capacity(Int32 value)',
      '         at BranchPortal.Pages.StockLedger.OnParametersSetAsync() in /src/BranchPortal/Pages/StockLedger.razor.cs:line 88',
      '         at Microsoft.AspNetCore.Components.ComponentBase.CallStateHasChangedOnAsyncCompletion(Task task)',
      '         at Microsoft.AspNetCore.Components.RenderTree.Renderer.GetErrorHandledTask(Task taskToHandle, ComponentState owningComponentState)',
      times(6, (i) =>
        [
          'fail: Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost[111]',
          `      Unhandled exception in circuit '${['Vb7', 'Kq2', 'Zt9', 'Mw4', 'Hc1', 'Rp6'][i]}${'x'.repeat(3)}9dLkP2sQeR4tY6uI8oA0zXcVbNm1QwErTy'.`,
          "      System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
        ].join('\n'),
      ),
      'warn: Microsoft.AspNetCore.Diagnostics.HealthChecks.DefaultHealthCheckService[103]',
      "      Health check memory with status Unhealthy completed after 0.4118ms with message 'GC heap 762 MB of 768 MB hard limit'",
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application is shutting down...',
    ),
    currentLog: log(
      'info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      'info: Microsoft.Hosting.Lifetime[0]',
      '      Application started. Press Ctrl+C to shut down.',
      times(3, (i) =>
        [
          'info: BranchPortal.Diagnostics.CircuitTelemetry[0]',
          `      ${hms(at(8, 24) + i * 120)} circuits active=${1404 + i * 262} disconnected_retained=${60 + i * 12} branches_online=140/140 gc_heap_mb=${441 + i * 78} gen2_mb=${380 + i * 74} per_circuit_kb=${295 + i}`,
        ].join('\n'),
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-hasura-fourth-tenant-schema-cache',
    family: 'oom-startup-peak',
    source: 'https://github.com/hasura/graphql-engine/issues/6701',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('graphql-engine', 6, '2026-02-11T08:28:31Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          HASURA_GRAPHQL_METADATA_DATABASE_URL:
            'postgres://hasura@metadata-db.platform.svc:5432/hasura_metadata',
          HASURA_GRAPHQL_ENABLE_CONSOLE: 'false',
          HASURA_GRAPHQL_ENABLED_LOG_TYPES: 'startup, http-log, webhook-log, websocket-log, query-log',
          HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '1000',
          HASURA_GRAPHQL_MIGRATIONS_SERVER_TIMEOUT: '180',
        },
      },
    ],
    node: quietNode,
    events: [
      backOff('graphql-engine', 'hasura-6d8b9c7f5d-m4p7z', 13),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Startup probe failed: Get "http://10.42.6.19:8080/healthz": dial tcp 10.42.6.19:8080: connect: connection refused',
        count: 24,
      },
    ],
    previousLog: log(
      '{"timestamp":"2026-02-11T08:24:11.000+0000","level":"info","type":"startup","detail":{"kind":"migrations-startup","info":"starting graphql engine temporarily on port 9691"}}',
      '{"timestamp":"2026-02-11T08:24:11.000+0000","level":"info","type":"startup","detail":{"kind":"migrations-startup","info":"waiting 180 for 9691 to be ready"}}',
      '{"detail":{"info":{"admin_secret_set":true,"auth_hook":null,"cors_config":{"allowed_origins":"*","disabled":false,"ws_read_cookie":null},"enable_allowlist":false,"enable_console":false,"enable_maintenance_mode":false,"enable_telemetry":false,"enabled_apis":["metadata","graphql","config","pgdump","metrics"],"enabled_log_types":["query-log","websocket-log","webhook-log","http-log","startup"],"events_http_pool_size":100,"infer_function_permissions":true,"live_query_options":{"batch_size":100,"refetch_delay":1},"log_level":"info","plan_cache_options":{"plan_cache_size":4000},"port":8080,"server_host":"HostAny","stringify_numeric_types":false,"transaction_isolation":"ISOLATION LEVEL READ COMMITTED","use_prepared_statements":true,"v1-boolean-null-collapse":false},"kind":"server_configuration"},"level":"info","timestamp":"2026-02-11T08:24:12.118+0000","type":"startup"}',
      '{"detail":{"info":{"database_url":"postgres://hasura:...@metadata-db.platform.svc:5432/hasura_metadata","retries":1},"kind":"metadata-db"},"level":"info","timestamp":"2026-02-11T08:24:12.301+0000","type":"startup"}',
      '{"detail":{"info":"Already at the latest catalog version (47); nothing to do.","kind":"catalog_migrate"},"level":"info","timestamp":"2026-02-11T08:24:12.690+0000","type":"startup"}',
      '{"detail":{"info":"Schema sync enabled. Polling at 1s","kind":"schema-sync"},"level":"info","timestamp":"2026-02-11T08:24:12.702+0000","type":"startup"}',
      '{"detail":{"info":{"instance_id":"7b1e3c22-91f4-4a6e-bb02-6d3c9a1f0e55","message":"listener thread started","thread_id":"ThreadId 17"},"kind":"schema-sync"},"level":"info","timestamp":"2026-02-11T08:24:12.705+0000","type":"startup"}',
      times(
        4,
        (i) =>
          `{"detail":{"info":{"message":"source \\"${['tenant_alpha', 'tenant_bravo', 'tenant_charlie', 'tenant_delta'][i]}\\" is already at the latest catalog version (3).","source":"${['tenant_alpha', 'tenant_bravo', 'tenant_charlie', 'tenant_delta'][i]}"},"kind":"source_catalog_migrate"},"level":"info","timestamp":"2026-02-11T08:24:${p2(14 + i * 3)}.${ms(i)}+0000","type":"startup"}`,
      ),
    ),
    currentLog: log(
      '{"timestamp":"2026-02-11T08:28:32.000+0000","level":"info","type":"startup","detail":{"kind":"migrations-startup","info":"starting graphql engine temporarily on port 9691"}}',
      '{"timestamp":"2026-02-11T08:28:32.000+0000","level":"info","type":"startup","detail":{"kind":"migrations-startup","info":"waiting 180 for 9691 to be ready"}}',
      '{"detail":{"info":{"database_url":"postgres://hasura:...@metadata-db.platform.svc:5432/hasura_metadata","retries":1},"kind":"metadata-db"},"level":"info","timestamp":"2026-02-11T08:28:32.402+0000","type":"startup"}',
      '{"detail":{"info":"Already at the latest catalog version (47); nothing to do.","kind":"catalog_migrate"},"level":"info","timestamp":"2026-02-11T08:28:32.811+0000","type":"startup"}',
      '{"detail":{"info":"Schema sync enabled. Polling at 1s","kind":"schema-sync"},"level":"info","timestamp":"2026-02-11T08:28:32.820+0000","type":"startup"}',
      times(
        4,
        (i) =>
          `{"detail":{"info":{"message":"source \\"${['tenant_alpha', 'tenant_bravo', 'tenant_charlie', 'tenant_delta'][i]}\\" is already at the latest catalog version (3).","source":"${['tenant_alpha', 'tenant_bravo', 'tenant_charlie', 'tenant_delta'][i]}"},"kind":"source_catalog_migrate"},"level":"info","timestamp":"2026-02-11T08:28:${p2(35 + i * 3)}.${ms(i + 20)}+0000","type":"startup"}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-gunicorn-preload-gazetteer-workers',
    family: 'oom-new-feature',
    source: 'https://github.com/benoitc/gunicorn/issues/1892',
    signal: 'Alert',
    containers: [
      {
        name: 'geo-api',
        running: { startedAt: '2026-02-11T06:51:40Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '4',
        env: {
          DJANGO_SETTINGS_MODULE: 'geo.settings.production',
          PYTHON_VERSION: '3.9.18',
          GUNICORN_CMD_ARGS: '--preload --workers 4 --worker-class sync --timeout 60 --max-requests 0',
          GEO_GAZETTEER: '/data/gazetteer/allCountries-2026-02.parquet',
        },
        args: ['gunicorn', 'geo.wsgi:application', '--bind', '0.0.0.0:8000'],
        mounts: [{ volume: 'gazetteer', path: '/data/gazetteer' }],
      },
    ],
    volumes: [{ name: 'gazetteer', persistentVolumeClaim: 'geo-gazetteer' }],
    rollout: { minutesAgo: 100, addedEnv: { GEO_GAZETTEER: '/data/gazetteer/allCountries-2026-02.parquet' } },
    events: [
      alert(
        'ContainerOOMKillEvents: container geo-api in pod geo-api-5d7f9c8b6-tq2lx had 9 OOM kill events in the last 90m (container_oom_events_total); the container itself has not restarted',
      ),
    ],
    currentLog: log(
      '2026-02-11 06:51:41,210 INFO geo.gazetteer loading /data/gazetteer/allCountries-2026-02.parquet (preload in arbiter)',
      '2026-02-11 06:52:58,902 INFO geo.gazetteer gazetteer ready: 12,388,117 names, 241 countries, trigram index 1,502 MB (previous gazetteer cities15000: 31,204 names, 28 MB)',
      '[2026-02-11 06:52:59 +0000] [1] [INFO] Starting gunicorn 20.1.0',
      '[2026-02-11 06:52:59 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[2026-02-11 06:52:59 +0000] [1] [INFO] Using worker: sync',
      '[2026-02-11 06:52:59 +0000] [8] [INFO] Booting worker with pid: 8',
      '[2026-02-11 06:52:59 +0000] [9] [INFO] Booting worker with pid: 9',
      '[2026-02-11 06:52:59 +0000] [10] [INFO] Booting worker with pid: 10',
      '[2026-02-11 06:52:59 +0000] [11] [INFO] Booting worker with pid: 11',
      times(70, (i) => {
        const t = at(7, 27) + i * 40;
        const pids = [8, 9, 10, 11, 23, 31, 38, 44, 52, 57];
        const pid = pids[Math.min(pids.length - 1, 4 + Math.floor(i / 8)) - (i % 4)] ?? 9;
        return i % 10 === 9
          ? `2026-02-11 ${hms(t)},${ms(i)} INFO geo.memstat pid=${pid} uss_mb=${352 + (i % 6) * 5} pss_mb=${761 + (i % 5) * 4} shared_mb=1618 requests_served=${9000 + i * 211}`
          : `10.42.${(i * 7) % 16}.${(i * 13) % 250} - - [11/Feb/2026:${hms(t)} +0000] "GET /v2/geocode?q=${['Rua+Augusta+1500', 'Calle+Mayor+12', 'Via+Roma+44', 'Ring+7', 'Baker+St+221'][i % 5]}&country=${['BR', 'ES', 'IT', 'AT', 'GB'][i % 5]} HTTP/1.1" 200 ${812 + (i % 9) * 31} "-" "geo-client/3.4"`;
      }),
      '[2026-02-11 08:14:22 +0000] [1] [ERROR] Worker (pid:44) was sent SIGKILL! Perhaps out of memory?',
      '[2026-02-11 08:14:22 +0000] [61] [INFO] Booting worker with pid: 61',
      times(
        14,
        (i) =>
          `10.42.${(i * 5) % 16}.${(i * 17) % 250} - - [11/Feb/2026:${hms(at(8, 14, 30) + i * 25)} +0000] "GET /v2/reverse?lat=${(-23.5 + i * 0.01).toFixed(3)}&lon=${(-46.6 + i * 0.01).toFixed(3)} HTTP/1.1" 200 ${640 + i * 7} "-" "geo-client/3.4"`,
      ),
      '2026-02-11 08:20:40,118 INFO geo.memstat pid=61 uss_mb=361 pss_mb=766 shared_mb=1618 requests_served=2212',
      '2026-02-11 08:21:20,902 INFO geo.memstat pid=52 uss_mb=371 pss_mb=774 shared_mb=1618 requests_served=14481',
      '[2026-02-11 08:26:51 +0000] [1] [ERROR] Worker (pid:57) was sent SIGKILL! Perhaps out of memory?',
      '[2026-02-11 08:26:51 +0000] [66] [INFO] Booting worker with pid: 66',
      times(
        10,
        (i) =>
          `10.42.${(i * 3) % 16}.${(i * 19) % 250} - - [11/Feb/2026:${hms(at(8, 27) + i * 17)} +0000] "GET /v2/geocode?q=${['Avenida+Paulista+900', 'Gran+Via+28', 'Corso+Buenos+Aires+5'][i % 3]} HTTP/1.1" 200 ${790 + i * 5} "-" "geo-client/3.4"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    id: 'sixtyfirst-pyarrow-compaction-partition-growth',
    family: 'oom-data-growth',
    source: 'https://github.com/apache/arrow/issues/34274',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'compact',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 0,
        memoryLimit: '20Gi',
        memoryRequest: '20Gi',
        cpuLimit: '4',
        env: {
          COMPACT_DATASET: 's3://lake-prod/events/',
          COMPACT_SORT_KEY: 'account_id,event_ts',
          ARROW_DEFAULT_MEMORY_POOL: 'jemalloc',
          PYTHONUNBUFFERED: '1',
        },
        args: [
          'python',
          '-m',
          'lake.compact',
          '--partition',
          'dt=2026-02-10',
          '--target-file-size',
          '512MiB',
        ],
      },
    ],
    previousLog: log(
      '2026-02-11 07:05:00,114 INFO lake.compact Python 3.9.18, pyarrow 14.0.2, jemalloc pool, cpu_count=4',
      '2026-02-11 07:05:01,902 INFO lake.compact listing s3://lake-prod/events/dt=2026-02-10/',
      '2026-02-11 07:05:09,311 INFO lake.compact partition dt=2026-02-10: 418 input files, 6.12 GiB compressed, 1,402,331,118 rows (30-day median 5.21 GiB / 1,190,204,411 rows, max 5.74 GiB on 2026-01-26)',
      '2026-02-11 07:05:09,320 INFO lake.compact sort key (account_id, event_ts) requires the whole partition in memory; last 30 runs peaked at 13.1-17.4 GiB RSS',
      times(
        42,
        (i) =>
          `2026-02-11 ${hms(at(7, 5, 12) + i * 41)},${ms(i)} INFO lake.compact read ${(i + 1) * 10}/418 files, ${((i + 1) * 10 * 3354711).toLocaleString('en-US')} rows, arrow pool ${(0.39 + i * 0.401).toFixed(2)} GiB`,
      ),
      '2026-02-11 07:33:58,402 INFO lake.compact read 418/418 files, 1,402,331,118 rows, arrow pool 17.12 GiB',
      '2026-02-11 07:34:01,118 INFO lake.compact concat_tables + sort_by([("account_id", "ascending"), ("event_ts", "ascending")])',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-dask-scheduler-graph-new-region',
    family: 'oom-data-growth',
    source: 'https://github.com/dask/dask-gke/issues/39',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('scheduler', 2, '2026-02-11T08:19:12Z'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING: 'True',
          DASK_DISTRIBUTED__ADMIN__TICK__LIMIT: '3s',
        },
        args: [
          'dask-scheduler',
          '--port',
          '8786',
          '--dashboard-address',
          ':8787',
          '--preload',
          'etl_monitor',
        ],
      },
    ],
    node: quietNode,
    events: [pulled('ghcr.io/dask/dask:2023.9.3-py3.9', 2)],
    previousLog: log(
      '2026-02-11 07:40:02,114 - distributed.scheduler - INFO - -----------------------------------------------',
      '2026-02-11 07:40:02,611 - distributed.scheduler - INFO - State start',
      '2026-02-11 07:40:02,618 - distributed.scheduler - INFO - -----------------------------------------------',
      '2026-02-11 07:40:02,622 - distributed.scheduler - INFO -   Scheduler at:   tcp://10.42.5.71:8786',
      '2026-02-11 07:40:02,622 - distributed.scheduler - INFO -   dashboard at:  http://10.42.5.71:8787/status',
      '2026-02-11 07:40:02,640 - distributed.preloading - INFO - Import preload module: etl_monitor',
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(at(7, 40, 5) + i * 2)},${ms(i)} - distributed.scheduler - INFO - Register worker <WorkerState 'tcp://10.42.${8 + (i % 6)}.${20 + i * 3}:38${p2(10 + i)}', name: etl-worker-${(0x3f1a + i * 97).toString(16)}, status: init, memory: 0, processing: 0>`,
      ),
      '2026-02-11 07:41:00,402 - distributed.scheduler - INFO - Receive client connection: Client-2e9b4f10-0733-11f1-8a1c-5e2d4f3a9b10',
      '2026-02-11 07:41:00,404 - distributed.core - INFO - Starting established connection to tcp://10.42.2.14:51882',
      '2026-02-11 07:41:22,118 - etl_monitor - INFO - graph submitted by nightly-orders: 487,204 tasks, 3 regions (eu, us, apac); previous runs: 161,114 tasks until 2026-02-09 (eu, us)',
      times(
        16,
        (i) =>
          `2026-02-11 ${hms(at(7, 42) + i * 140)},${ms(i + 30)} - distributed.core - INFO - Event loop was unresponsive in Scheduler for ${(3.1 + (i % 5) * 0.7).toFixed(2)}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.`,
      ),
      '2026-02-11 08:18:40,311 - etl_monitor - INFO - nightly-orders progress: 402,118/487,204 tasks done, 71,980 in memory, scheduler rss 3.91 GiB',
    ),
    currentLog: log(
      '2026-02-11 08:19:13,402 - distributed.scheduler - INFO - State start',
      '2026-02-11 08:19:13,411 - distributed.scheduler - INFO -   Scheduler at:   tcp://10.42.5.71:8786',
      '2026-02-11 08:19:13,440 - distributed.preloading - INFO - Import preload module: etl_monitor',
      times(
        24,
        (i) =>
          `2026-02-11 ${hms(at(8, 19, 16) + i)},${ms(i + 50)} - distributed.scheduler - INFO - Register worker <WorkerState 'tcp://10.42.${8 + (i % 6)}.${20 + i * 3}:39${p2(10 + i)}', name: etl-worker-${(0x3f1a + i * 97).toString(16)}, status: init, memory: 0, processing: 0>`,
      ),
      '2026-02-11 08:20:02,118 - distributed.scheduler - INFO - Receive client connection: Client-8c41aa02-0738-11f1-8a1c-5e2d4f3a9b10',
      '2026-02-11 08:20:24,903 - etl_monitor - INFO - graph submitted by nightly-orders (retry 2): 487,204 tasks, 3 regions (eu, us, apac)',
      times(
        5,
        (i) =>
          `2026-02-11 ${hms(at(8, 21) + i * 110)},${ms(i + 70)} - distributed.core - INFO - Event loop was unresponsive in Scheduler for ${(3.4 + i * 0.6).toFixed(2)}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability.`,
      ),
      '2026-02-11 08:29:10,114 - etl_monitor - INFO - nightly-orders progress: 96,412/487,204 tasks done, 58,114 in memory, scheduler rss 3.62 GiB',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-bentoml-runner-larger-ranker',
    family: 'oom-new-feature',
    source: 'https://github.com/bentoml/BentoML/issues/3037',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('search-ranker', 5),
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          BENTOML_CONFIG: '/home/bentoml/configuration.yaml',
          RANKER_MODEL_TAG: 'ranker:v7',
          OMP_NUM_THREADS: '4',
        },
        args: ['serve', '.', '--production', '--api-workers', '2'],
        mounts: [{ volume: 'bentoml-config', path: '/home/bentoml/configuration.yaml' }],
      },
    ],
    volumes: [{ name: 'bentoml-config', configMap: 'search-ranker-bentoml' }],
    rollout: { minutesAgo: 35, previousTag: '2.2.6', addedEnv: { RANKER_MODEL_TAG: 'ranker:v7' } },
    events: [backOff('search-ranker', 'search-ranker-7b5d8c9f4-x8kqj', 9)],
    previousLog: log(
      '2026-02-11T08:23:40+0000 [INFO] [cli] Environ for worker 0: set CPU thread count to 4',
      '2026-02-11T08:23:40+0000 [INFO] [cli] Environ for worker 1: set CPU thread count to 4',
      '2026-02-11T08:23:41+0000 [INFO] [cli] Prometheus metrics for HTTP BentoServer from "." can be accessed at http://localhost:3000/metrics.',
      '2026-02-11T08:23:42+0000 [INFO] [cli] Starting production HTTP BentoServer from "." listening on http://0.0.0.0:3000 (Press CTRL+C to quit)',
      '2026-02-11T08:23:49+0000 [INFO] [runner:ranker:1] Service loaded from Bento directory: bentoml.Service(tag="search_ranker:4vq2mhd3kcx7ayhq", path="/home/bentoml/bento/")',
      '2026-02-11T08:23:49+0000 [INFO] [runner:ranker:1] loading ranker:v7 (cross-encoder, 1.32B parameters, fp32 weights 5.3 GB; ranker:v6 was 560M parameters, 2.2 GB)',
      '2026-02-11T08:23:51+0000 [INFO] [api_server:1] Service loaded from Bento directory: bentoml.Service(tag="search_ranker:4vq2mhd3kcx7ayhq", path="/home/bentoml/bento/")',
      '2026-02-11T08:23:51+0000 [INFO] [api_server:2] Service loaded from Bento directory: bentoml.Service(tag="search_ranker:4vq2mhd3kcx7ayhq", path="/home/bentoml/bento/")',
      times(
        12,
        (i) =>
          `2026-02-11T${hms(at(8, 24) + i * 13)}+0000 [INFO] [api_server:${(i % 2) + 1}] 10.42.1.${40 + i}:${51200 + i * 37} (scheme=http,method=GET,path=/readyz,type=,length=0) (status=503,type=text/plain; charset=utf-8,length=22) 0.611ms (trace=0,span=0,sampled=0,service.name=search_ranker)`,
      ),
      '2026-02-11T08:26:58+0000 [INFO] [runner:ranker:1] ranker:v7 weights loaded, materialising tokenizer and warm-up batch (32 x 512 tokens)',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    id: 'sixtyfirst-hugo-docs-build-two-locales',
    family: 'oom-data-growth',
    source: 'https://github.com/gohugoio/hugo/issues/12129',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'hugo',
        terminated: { reason: 'OOMKilled', exitCode: 137 },
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: { HUGO_MEMORYLIMIT: '3', HUGO_ENVIRONMENT: 'production', GOMAXPROCS: '4' },
        args: ['sh', '-c', './ci/build.sh && hugo --minify --logLevel info --destination /out'],
        mounts: [
          { volume: 'site', path: '/src' },
          { volume: 'out', path: '/out' },
        ],
      },
    ],
    volumes: [
      { name: 'site', emptyDir: {} },
      { name: 'out', persistentVolumeClaim: 'docs-site-out' },
    ],
    initContainers: [
      { name: 'git-clone', terminated: { reason: 'Completed', exitCode: 0 }, memoryLimit: '256Mi' },
    ],
    previousLog: log(
      'build.sh: docs-site @ 8f3e2a1 "i18n: publish ja and de translations" (content/en 39,611 files, content/pt-br 38,902, content/es 39,114, content/ja 38,870 new, content/de 39,005 new)',
      'build.sh: last successful build #1812 on 2026-02-10 built 3 languages, peak RSS 4.1 GiB',
      'build.sh: hugo v0.123.8+extended, HUGO_MEMORYLIMIT=3 (GB, dynacache), container limit 6Gi',
      'hugo: downloading modules …',
      'hugo: collected modules in 2154 ms',
      'Start building sites … ',
      'hugo v0.123.8-5fed9c591b694f314e5939548e11cc3dcb79a79c+extended linux/amd64 BuildDate=2024-03-07T13:14:42Z VendorInfo=gohugoio',
      '',
      'INFO  static: syncing static files to / duration 212.441028ms',
      'INFO  build:  step process substep collect files 96000 files_total 96000 duration 5.118203411s',
      'INFO  build:  step process substep collect files 99502 files_total 195502 duration 5.402119874s',
      'INFO  build:  step process duration 10.611203554s',
      'INFO  build:  step assemble duration 9.904112203s',
      'INFO  build:  step render substep pages site en outputFormat html duration 1m21.402118554s',
      'INFO  build:  step render substep pages site en outputFormat json duration 2.011402331s',
      "INFO  dynacache: adjusted partitions' max size evicted 6114 numGC 58 limit 3.00 GB alloc 3.12 GB totalAlloc 71.40 GB",
      'INFO  build:  step render substep pages site pt-br outputFormat html duration 1m18.114009212s',
      "INFO  dynacache: adjusted partitions' max size evicted 7902 numGC 71 limit 3.00 GB alloc 3.08 GB totalAlloc 98.21 GB",
      'INFO  build:  step render substep pages site es outputFormat html duration 1m19.902331004s',
      "INFO  dynacache: adjusted partitions' max size evicted 8011 numGC 84 limit 3.00 GB alloc 3.05 GB totalAlloc 126.77 GB",
      'INFO  build:  step render substep pages site ja outputFormat html duration 1m24.330112908s',
      "INFO  dynacache: adjusted partitions' max size evicted 8340 numGC 97 limit 3.00 GB alloc 3.11 GB totalAlloc 155.02 GB",
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-loki-compactor-retention-two-tenants',
    family: 'oom-compaction-peak',
    source: 'https://github.com/grafana/loki/issues/11926',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('compactor', 4),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        args: [
          '-config.file=/etc/loki/config/config.yaml',
          '-target=compactor',
          '-runtime-config.file=/etc/loki/runtime/runtime.yaml',
        ],
        mounts: [
          { volume: 'config', path: '/etc/loki/config' },
          { volume: 'runtime', path: '/etc/loki/runtime' },
          { volume: 'data', path: '/var/loki' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'loki' },
      { name: 'runtime', configMap: 'loki-runtime' },
      { name: 'data', persistentVolumeClaim: 'data-loki-compactor-0' },
    ],
    node: quietNode,
    events: [backOff('compactor', 'loki-compactor-0', 10)],
    previousLog: log(
      'level=info ts=2026-02-11T08:14:02.118Z caller=main.go:108 msg="Starting Loki" version="(version=2.9.4, branch=HEAD, revision=f599ebc535)"',
      'level=info ts=2026-02-11T08:14:02.120Z caller=server.go:322 http=[::]:3100 grpc=[::]:9095 msg="server listening on addresses"',
      'level=info ts=2026-02-11T08:14:02.311Z caller=runtime_config.go:114 msg="runtime config loaded"',
      'level=info ts=2026-02-11T08:14:02.402Z caller=module_service.go:82 msg=starting module=compactor',
      'level=info ts=2026-02-11T08:14:02.404Z caller=basic_lifecycler.go:297 msg="instance not found in the ring" instance=loki-compactor-0 ring=compactor',
      'level=info ts=2026-02-11T08:14:02.405Z caller=compactor.go:414 msg="waiting until compactor is JOINING in the ring"',
      'level=info ts=2026-02-11T08:14:02.406Z caller=compactor.go:418 msg="compactor is JOINING in the ring"',
      'level=info ts=2026-02-11T08:14:03.407Z caller=compactor.go:428 msg="waiting until compactor is ACTIVE in the ring"',
      'level=info ts=2026-02-11T08:14:03.408Z caller=compactor.go:432 msg="compactor is ACTIVE in the ring"',
      'level=info ts=2026-02-11T08:14:08.409Z caller=compactor.go:493 msg="this instance has been chosen to run the compactor, starting compactor"',
      'level=info ts=2026-02-11T08:14:08.410Z caller=compactor.go:522 msg="waiting 10m0s for ring to stay stable and previous compactions to finish before starting compactor"',
      'level=info ts=2026-02-11T08:24:08.411Z caller=compactor.go:527 msg="compactor startup delay completed"',
      'level=info ts=2026-02-11T08:24:08.420Z caller=expiration.go:78 msg="overall smallest retention period 168h0m0s, default smallest retention period 744h0m0s"',
      'level=info ts=2026-02-11T08:24:08.421Z caller=compactor.go:610 msg="applying retention with compaction"',
      times(
        18,
        (i) =>
          `level=info ts=2026-02-11T08:24:${p2(9 + i * 3)}.${ms(i)}Z caller=${i % 3 === 0 ? 'table.go:132' : i % 3 === 1 ? 'table_compactor.go:325' : 'marker.go:177'} ${i % 3 === 0 ? `table-name=index_${20484 + Math.floor(i / 3)} msg="listed files" count=${212 + i * 31}` : i % 3 === 1 ? `table-name=index_${20484 + Math.floor(i / 3)} msg="starting compaction of dbs"` : `msg="mark file created" file=/var/loki/compactor/retention/markers/${1770798249 + i}${ms(i)}511230`}`,
      ),
      'level=info ts=2026-02-11T08:25:04.118Z caller=marker.go:177 msg="mark file created" file=/var/loki/compactor/retention/markers/1770798304118511230',
      'level=info ts=2026-02-11T08:25:04.402Z caller=table.go:132 table-name=index_20490 msg="listed files" count=1184',
      'level=info ts=2026-02-11T08:25:04.403Z caller=table_compactor.go:325 table-name=index_20490 msg="starting compaction of dbs"',
      'level=info ts=2026-02-11T08:25:31.902Z caller=util.go:85 table-name=index_20490 file-name=ingester-3-1770715281-1770716103.tsdb.gz size="141 MB" msg="downloaded file" total_time=2.114s',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-pyroscope-ingester-new-team',
    family: 'oom-data-growth',
    source: 'https://github.com/grafana/pyroscope/issues/3653',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('ingester', 2, '2026-02-11T08:03:44Z'),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        args: ['-target=ingester', '-config.file=/etc/pyroscope/config.yaml', '-log.level=info'],
        env: { JAEGER_AGENT_HOST: '', GOMEMLIMIT: '3600MiB' },
        mounts: [
          { volume: 'config', path: '/etc/pyroscope' },
          { volume: 'data', path: '/data' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'pyroscope-config' },
      { name: 'data', persistentVolumeClaim: 'data-pyroscope-ingester-1' },
    ],
    rollout: { minutesAgo: 85, addedEnv: { JAEGER_AGENT_HOST: '' } },
    events: [
      alert(
        'PyroscopeIngesterMemoryHigh: pyroscope-ingester-1 working set 3.9Gi of 4Gi limit; pyroscope_ingester_head_series up 58% since 2026-02-10T15:00Z (62 new service_name values); 2 OOM kills today',
      ),
      pulled('grafana/pyroscope:1.4.0', 2),
    ],
    previousLog: log(
      'level=info ts=2026-02-11T07:12:40.118Z caller=main.go:59 msg="Starting application" version="(version=1.4.0, branch=HEAD, revision=7a3d3b8f)"',
      'level=info ts=2026-02-11T07:12:40.402Z caller=server.go:322 http=[::]:4040 grpc=[::]:9095 msg="server listening on addresses"',
      'level=info ts=2026-02-11T07:12:40.511Z caller=module_service.go:82 msg=starting module=ingester',
      'level=info ts=2026-02-11T07:12:40.514Z caller=lifecycler.go:614 msg="not loading tokens from file, tokens file path is empty"',
      'level=info ts=2026-02-11T07:12:40.520Z caller=lifecycler.go:644 msg="instance found in ring" ring=ingester state=LEAVING tokens=128',
      'level=info ts=2026-02-11T07:12:40.522Z caller=lifecycler.go:484 msg="auto-joining cluster after timeout" ring=ingester',
      times(
        16,
        (i) =>
          `level=info ts=${iso(at(7, 14) + i * 180, i)} caller=head.go:${i % 2 === 0 ? 612 : 640} tenant=anonymous msg="${i % 2 === 0 ? 'flushing head' : 'head flushed'}" ${i % 2 === 0 ? `series=${(1204113 + i * 38011).toLocaleString('en-US').replace(/,/g, '')} profiles=${2811442 + i * 91107}` : `duration=${(12.1 + (i % 5) * 1.9).toFixed(1)}s block=01HPZ${(0x4a1f + i).toString(36).toUpperCase()}Q8K2V`}`,
      ),
      'level=warn ts=2026-02-11T08:02:51.311Z caller=head.go:612 tenant=anonymous msg="flushing head" series=2211402 profiles=5112904',
    ),
    currentLog: log(
      'level=info ts=2026-02-11T08:03:45.118Z caller=main.go:59 msg="Starting application" version="(version=1.4.0, branch=HEAD, revision=7a3d3b8f)"',
      'level=info ts=2026-02-11T08:03:45.511Z caller=module_service.go:82 msg=starting module=ingester',
      'level=info ts=2026-02-11T08:03:45.522Z caller=lifecycler.go:484 msg="auto-joining cluster after timeout" ring=ingester',
      times(
        9,
        (i) =>
          `level=info ts=${iso(at(8, 5) + i * 180, i + 40)} caller=head.go:${i % 2 === 0 ? 612 : 640} tenant=anonymous msg="${i % 2 === 0 ? 'flushing head' : 'head flushed'}" ${i % 2 === 0 ? `series=${1790211 + i * 41007} profiles=${4102211 + i * 88402}` : `duration=${(14.2 + (i % 3) * 1.4).toFixed(1)}s block=01HQ0${(0x5b2e + i).toString(36).toUpperCase()}R3M7W`}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-tetragon-three-tracing-policies',
    family: 'oom-new-feature',
    source: 'https://github.com/cilium/tetragon/issues/2892',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomLoop('tetragon', 6, '2m40s'),
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: [
          '--bpf-lib=/var/lib/tetragon/',
          '--server-address=localhost:54321',
          '--export-filename=/var/run/cilium/tetragon/tetragon.log',
          '--tracing-policy-dir=/etc/tetragon/tetragon.tp.d',
          '--process-cache-size=65536',
        ],
        mounts: [
          { volume: 'bpf-maps', path: '/sys/fs/bpf' },
          { volume: 'export-logs', path: '/var/run/cilium/tetragon' },
          { volume: 'tetragon-tracing-policies', path: '/etc/tetragon/tetragon.tp.d' },
        ],
      },
      {
        name: 'export-stdout',
        running: {},
        ready: true,
        memoryLimit: '64Mi',
        mounts: [{ volume: 'export-logs', path: '/var/run/cilium/tetragon' }],
      },
    ],
    volumes: [
      { name: 'bpf-maps', emptyDir: {} },
      { name: 'export-logs', emptyDir: {} },
      { name: 'tetragon-tracing-policies', configMap: 'tetragon-tracing-policies' },
    ],
    rollout: { minutesAgo: 120, addedConfigMapVolumes: ['tetragon-tracing-policies'] },
    events: [backOff('tetragon', 'tetragon-7xk2p', 15)],
    previousLog: log(
      'time="2026-02-11T08:24:31Z" level=info msg="Starting tetragon" version=v1.0.2',
      'time="2026-02-11T08:24:31Z" level=info msg="config settings" config="map[bpf-lib:/var/lib/tetragon/ btf: cilium-bpf: config-dir: cri-endpoint: data-cache-size:1024 debug:false disable-kprobe-multi:false enable-export-aggregation:false enable-k8s-api:true enable-pid-set-filter:false enable-pod-info:false enable-policy-filter:true enable-policy-filter-debug:false enable-process-ancestors:true enable-process-cred:false enable-process-ns:false event-queue-size:10000 export-filename:/var/run/cilium/tetragon/tetragon.log log-format:text log-level:info process-cache-size:65536 rb-size:0 server-address:localhost:54321 tracing-policy-dir:/etc/tetragon/tetragon.tp.d]"',
      'time="2026-02-11T08:24:31Z" level=info msg="Tetragon pid file creation succeeded" pid=1 pidfile=/var/run/tetragon/tetragon.pid',
      'time="2026-02-11T08:24:31Z" level=info msg="BTF discovery: default kernel btf file found" btf-file=/sys/kernel/btf/vmlinux',
      'time="2026-02-11T08:24:32Z" level=info msg="Enabling Kubernetes API"',
      'time="2026-02-11T08:24:33Z" level=info msg="Initialized pod cache" num_pods=118',
      'time="2026-02-11T08:24:33Z" level=info msg="Loading sensor" name=__base__',
      times(
        6,
        (i) =>
          `time="2026-02-11T08:24:${p2(34 + i)}Z" level=info msg="tetragon, map loaded." map=${['execve_map', 'execve_map_stats', 'names_map', 'tg_conf_map', 'tcpmon_map', 'execve_calls'][i]} path=/sys/fs/bpf/tetragon/${['execve_map', 'execve_map_stats', 'names_map', 'tg_conf_map', 'tcpmon_map', 'execve_calls'][i]} sensor=__base__`,
      ),
      'time="2026-02-11T08:24:40Z" level=info msg="Read ProcFS /proc appended 1214/2902 entries"',
      times(
        3,
        (i) =>
          `time="2026-02-11T08:24:${p2(41 + i * 6)}Z" level=info msg="Loaded tracing policy from file" file=/etc/tetragon/tetragon.tp.d/${['file-monitoring.yaml', 'network-egress.yaml', 'privileged-exec.yaml'][i]} metadata.name=${['file-monitoring-filtered', 'network-egress-connect', 'privileged-exec'][i]}`,
      ),
      times(
        21,
        (i) =>
          `time="2026-02-11T08:${p2(24 + Math.floor((59 + i) / 60))}:${p2((59 + i) % 60)}Z" level=info msg="tetragon, map loaded." map=${['fdinstall_map', 'config_map', 'kprobe_calls', 'filter_map', 'argfilter_maps', 'addr4lpm_maps', 'addr6lpm_maps'][i % 7]} path=/sys/fs/bpf/tetragon/gkp-sensor-${Math.floor(i / 7) + 1}-gkp-${Math.floor(i / 7)}-${['fdinstall_map', 'config_map', 'kp_calls', 'filter_map', 'argfilter_maps', 'addr4lpm_maps', 'addr6lpm_maps'][i % 7]} sensor=gkp-sensor-${Math.floor(i / 7) + 1}`,
      ),
      'time="2026-02-11T08:25:20Z" level=info msg="Listening for events..."',
      'time="2026-02-11T08:25:20Z" level=info msg="Starting gRPC server" address="localhost:54321" protocol=tcp',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    id: 'sixtyfirst-pgbouncer-sidecar-client-connections',
    family: 'sidecar-limit',
    source: 'https://github.com/pgbouncer/pgbouncer/issues/775',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'orders-api',
        running: { startedAt: '2026-02-10T17:41:02Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: {
          DATABASE_URL: 'postgresql://orders_app@127.0.0.1:6432/orders',
          UVICORN_WORKERS: '8',
          SQLALCHEMY_POOL_SIZE: '150',
          SQLALCHEMY_MAX_OVERFLOW: '50',
        },
      },
      {
        ...oomLoop('pgbouncer', 7, '2m40s'),
        memoryLimit: '32Mi',
        memoryRequest: '16Mi',
        cpuLimit: '500m',
        mounts: [{ volume: 'pgbouncer-ini', path: '/etc/pgbouncer' }],
      },
    ],
    volumes: [{ name: 'pgbouncer-ini', configMap: 'orders-api-pgbouncer' }],
    events: [
      backOff('pgbouncer', 'orders-api-6b8f7d5c9-2hxvw', 18),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        count: 41,
      },
    ],
    previousLog: log(
      '2026-02-11 08:24:12.114 UTC [1] LOG kernel file descriptor limit: 1048576 (hard: 1048576); max_client_conn: 3000, max expected fd use: 3212',
      '2026-02-11 08:24:12.115 UTC [1] LOG listening on 127.0.0.1:6432',
      '2026-02-11 08:24:12.115 UTC [1] LOG listening on unix:/tmp/.s.PGSQL.6432',
      '2026-02-11 08:24:12.115 UTC [1] LOG process up: PgBouncer 1.21.0, libevent 2.1.12-stable (epoll), adns: c-ares 1.19.1, tls: OpenSSL 3.0.11 19 Sep 2023',
      times(
        90,
        (i) =>
          `2026-02-11 ${hms(at(8, 24, 12) + Math.floor(i / 3))}.${ms(i)} UTC [1] LOG C-0x55d1c2${(0xa4b1e0 + i * 0x1c8).toString(16)}: orders/orders_app@127.0.0.1:${40120 + i * 7} login attempt: db=orders user=orders_app tls=no`,
      ),
      '2026-02-11 08:24:44.402 UTC [1] LOG S-0x55d1c2b0a1f0: orders/orders_app@10.40.8.12:5432 new connection to server (from 10.42.7.31:51840)',
      times(
        40,
        (i) =>
          `2026-02-11 ${hms(at(8, 24, 45) + Math.floor(i / 2))}.${ms(i + 90)} UTC [1] LOG C-0x55d1c3${(0x11a0e0 + i * 0x1c8).toString(16)}: orders/orders_app@127.0.0.1:${44810 + i * 11} login attempt: db=orders user=orders_app tls=no`,
      ),
      '2026-02-11 08:25:12.116 UTC [1] LOG stats: 2211 xacts/s, 8904 queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in 1942308 B/s, out 6813221 B/s, xact 1402 us, query 371 us, wait 18 us',
      '2026-02-11 08:26:12.116 UTC [1] LOG stats: 2304 xacts/s, 9311 queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in 2012711 B/s, out 7120946 B/s, xact 1388 us, query 366 us, wait 21 us',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-consul-server-snapshot-restore-peak',
    family: 'oom-startup-peak',
    source: 'https://github.com/hashicorp/consul/issues/13190',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('consul', 5),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: { CONSUL_DISABLE_PERM_MGMT: 'true', GOMAXPROCS: '1' },
        args: [
          'agent',
          '-config-dir=/consul/config',
          '-data-dir=/consul/data',
          '-bootstrap-expect=3',
          '-server',
        ],
        mounts: [
          { volume: 'data-consul', path: '/consul/data' },
          { volume: 'config', path: '/consul/config' },
        ],
      },
    ],
    volumes: [
      { name: 'data-consul', persistentVolumeClaim: 'data-consul-consul-server-1' },
      { name: 'config', configMap: 'consul-server-config' },
    ],
    node: quietNode,
    events: [backOff('consul', 'consul-server-1', 12), pulled('hashicorp/consul:1.16.4', 5)],
    previousLog: log(
      '==> Starting Consul agent...',
      "               Version: '1.16.4'",
      "            Build Date: '2023-12-12 21:41:22 +0000 UTC'",
      "               Node ID: '6f2b1c9e-4a3d-8e1f-5b07-2c9d4e6a1f38'",
      "             Node name: 'consul-server-1'",
      "            Datacenter: 'dc1' (Segment: '<all>')",
      '                Server: true (Bootstrap: false)',
      '           Client Addr: [0.0.0.0] (HTTP: 8500, HTTPS: 8501, gRPC: -1, gRPC-TLS: 8503, DNS: 8600)',
      '          Cluster Addr: 10.42.2.31 (LAN: 8301, WAN: 8302)',
      '     Gossip Encryption: true',
      '      Auto-Encrypt-TLS: true',
      '           ACL Enabled: true',
      '    ACL Default Policy: deny',
      '             HTTPS TLS: Verify Incoming: false, Verify Outgoing: true, Min Version: TLSv1_2',
      '              gRPC TLS: Verify Incoming: false, Min Version: TLSv1_2',
      '      Internal RPC TLS: Verify Incoming: true, Verify Outgoing: true (Verify Hostname: true), Min Version: TLSv1_2',
      '',
      '==> Log data will now stream in as it occurs:',
      '',
      '2026-02-11T08:22:31.114Z [WARN]  agent: skipping file /consul/config/extra-from-values.json, extension must be .hcl or .json, or config format must be set',
      '2026-02-11T08:22:31.402Z [INFO]  agent.server.raft: starting restore from snapshot: id=412-88211402-1770791402118 last-index=88211402 last-term=412 size-in-bytes=98402118',
      times(
        9,
        (i) =>
          `2026-02-11T${hms(at(8, 22, 41) + i * 10)}.${ms(i)}Z [INFO]  agent.server.raft: snapshot restore progress: id=412-88211402-1770791402118 last-index=88211402 last-term=412 size-in-bytes=98402118 read-bytes=${Math.floor(98402118 * (0.09 + i * 0.089))} percent-complete="${((0.09 + i * 0.089) * 100).toFixed(2)}%"`,
      ),
    ),
    accept: ['raise-memory-limit'],
    harmful: ['rollout-restart'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-vault-lease-restore-thirty-services',
    family: 'oom-startup-peak',
    source: 'https://github.com/hashicorp/vault/issues/3860',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('vault', 6),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          VAULT_ADDR: 'https://127.0.0.1:8200',
          VAULT_API_ADDR: 'https://vault-0.vault-internal:8200',
          VAULT_SEAL_TYPE: 'awskms',
          SKIP_SETCAP: 'true',
        },
        args: ['server', '-config=/vault/config/extraconfig-from-values.hcl'],
        mounts: [
          { volume: 'data', path: '/vault/data' },
          { volume: 'config', path: '/vault/config' },
        ],
      },
    ],
    volumes: [
      { name: 'data', persistentVolumeClaim: 'data-vault-0' },
      { name: 'config', configMap: 'vault-config' },
    ],
    events: [
      backOff('vault', 'vault-0', 16),
      alert(
        'VaultSealedOrDown: vault-0 has not answered sys/health for 38m; vault_expire_num_leases was 418,204 at the last scrape (96,240 on 2026-02-01)',
      ),
    ],
    previousLog: log(
      '==> Vault server configuration:',
      '',
      'Administrative Namespace: ',
      '             Api Address: https://vault-0.vault-internal:8200',
      '                     Cgo: disabled',
      '         Cluster Address: https://vault-0.vault-internal:8201',
      '   Environment Variables: HOME, HOSTNAME, KUBERNETES_PORT, PATH, SKIP_SETCAP, VAULT_ADDR, VAULT_API_ADDR, VAULT_SEAL_TYPE',
      '              Go Version: go1.21.5',
      '              Listener 1: tcp (addr: "[::]:8200", cluster address: "[::]:8201", max_request_duration: "1m30s", max_request_size: "33554432", tls: "enabled")',
      '               Log Level: info',
      '                   Mlock: supported: true, enabled: false',
      '           Recovery Mode: false',
      '                 Storage: raft (HA available)',
      '                 Version: Vault v1.15.4, built 2023-12-04T17:45:28Z',
      '             Version Sha: 9b61934559ba31150860e618cf18e816cbddc630',
      '',
      '==> Vault server started! Log data will stream in below:',
      '',
      '2026-02-11T08:21:02.114Z [INFO]  proxy environment: http_proxy="" https_proxy="" no_proxy=""',
      '2026-02-11T08:21:02.402Z [INFO]  core: Initializing version history cache for core',
      '2026-02-11T08:21:02.411Z [INFO]  core: stored unseal keys supported, attempting fetch',
      '2026-02-11T08:21:02.640Z [INFO]  core.cluster-listener.tcp: starting listener: listener_address=[::]:8201',
      '2026-02-11T08:21:02.641Z [INFO]  core.cluster-listener: serving cluster requests: cluster_listen_address=[::]:8201',
      '2026-02-11T08:21:02.702Z [INFO]  storage.raft: creating Raft: config="&raft.Config{ProtocolVersion:3, HeartbeatTimeout:15000000000, ElectionTimeout:15000000000, CommitTimeout:50000000, MaxAppendEntries:64, BatchApplyCh:true, ShutdownOnRemove:true, TrailingLogs:0x2800, SnapshotInterval:120000000000, SnapshotThreshold:0x2000, LeaderLeaseTimeout:2500000000, LocalID:\\"vault-0\\", NotifyCh:(chan<- bool)(0xc0031a2e00), LogOutput:io.Writer(nil), LogLevel:\\"DEBUG\\", Logger:(*hclog.interceptLogger)(0xc002f8a6f0), NoSnapshotRestoreOnStart:true, skipStartup:false}"',
      '2026-02-11T08:21:02.731Z [INFO]  storage.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:vault-0 Address:vault-0.vault-internal:8201}]"',
      '2026-02-11T08:21:02.732Z [INFO]  storage.raft: entering follower state: follower="Node at vault-0.vault-internal:8201 [Follower]" leader-address= leader-id=',
      '2026-02-11T08:21:17.901Z [WARN]  storage.raft: heartbeat timeout reached, starting election: last-leader-addr= last-leader-id=',
      '2026-02-11T08:21:17.902Z [INFO]  storage.raft: entering candidate state: node="Node at vault-0.vault-internal:8201 [Candidate]" term=88',
      '2026-02-11T08:21:17.911Z [INFO]  storage.raft: election won: term=88 tally=1',
      '2026-02-11T08:21:17.911Z [INFO]  storage.raft: entering leader state: leader="Node at vault-0.vault-internal:8201 [Leader]"',
      '2026-02-11T08:21:17.944Z [INFO]  core: vault is unsealed',
      '2026-02-11T08:21:17.951Z [INFO]  core: acquired lock, enabling active operation',
      '2026-02-11T08:21:18.002Z [INFO]  core: post-unseal setup starting',
      '2026-02-11T08:21:18.011Z [INFO]  core: loaded wrapping token key',
      '2026-02-11T08:21:18.012Z [INFO]  core: successfully setup plugin runtime catalog',
      '2026-02-11T08:21:18.013Z [INFO]  core: successfully setup plugin catalog: plugin-directory=""',
      times(
        5,
        (i) =>
          `2026-02-11T08:21:18.0${p2(20 + i * 3)}Z [INFO]  core: successfully mounted: type=${['system', 'identity', 'cubbyhole', 'kv', 'transit'][i]} version="v1.15.4+builtin.vault" path=${['sys/', 'identity/', 'cubbyhole/', 'secret/', 'transit/'][i]} namespace="ID: root. Path: "`,
      ),
      times(
        34,
        (i) =>
          `2026-02-11T08:21:18.${String(40 + i * 2).padStart(3, '0')}Z [INFO]  core: successfully mounted: type=database version="v1.15.4+builtin.vault" path=db-${['orders', 'payments', 'ledger', 'catalogue', 'search', 'identity', 'loyalty', 'pricing', 'returns', 'shipping', 'invoicing', 'fraud', 'stock', 'promo', 'reviews', 'wishlist', 'checkout', 'cart', 'tax', 'refunds', 'vouchers', 'giftcards', 'subscriptions', 'notifications', 'routing', 'fleet', 'depots', 'slots', 'drivers', 'partners', 'settlement', 'kyc', 'disputes', 'chargebacks'][i]}/ namespace="ID: root. Path: "`,
      ),
      '2026-02-11T08:21:18.141Z [INFO]  core: successfully enabled credential backend: type=kubernetes version="v0.17.1+builtin" path=kubernetes/ namespace="ID: root. Path: "',
      '2026-02-11T08:21:18.150Z [INFO]  core: restoring leases',
      '2026-02-11T08:21:18.151Z [INFO]  rollback: Starting the rollback manager with 256 workers',
      '2026-02-11T08:21:18.160Z [INFO]  rollback: starting rollback manager',
      '2026-02-11T08:21:18.402Z [INFO]  identity: entities restored',
      '2026-02-11T08:21:18.402Z [INFO]  identity: groups restored',
      '2026-02-11T08:21:18.950Z [INFO]  core: post-unseal setup complete',
      '2026-02-11T08:21:33.118Z [INFO]  secrets.database.database_5c1e2a0b: initializing database plugin: name=db-orders',
      '2026-02-11T08:21:33.402Z [INFO]  secrets.database.database_7f3b9d12: initializing database plugin: name=db-payments',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  {
    id: 'sixtyfirst-otel-javaagent-injected-heap-share',
    family: 'oom-new-feature',
    source: 'https://github.com/open-telemetry/opentelemetry-java-instrumentation/issues/1294',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('pricing-service', 3, '2026-02-11T08:21:50Z'),
        memoryLimit: '768Mi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:MaxRAMPercentage=75 -javaagent:/otel-auto-instrumentation-java/javaagent.jar',
          OTEL_SERVICE_NAME: 'pricing-service',
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability.svc:4318',
          OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
          OTEL_TRACES_SAMPLER_ARG: '0.25',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [
          { volume: 'opentelemetry-auto-instrumentation-java', path: '/otel-auto-instrumentation-java' },
        ],
      },
    ],
    initContainers: [
      {
        name: 'opentelemetry-auto-instrumentation-java',
        terminated: { reason: 'Completed', exitCode: 0 },
        memoryLimit: '64Mi',
        mounts: [
          { volume: 'opentelemetry-auto-instrumentation-java', path: '/otel-auto-instrumentation-java' },
        ],
      },
    ],
    volumes: [{ name: 'opentelemetry-auto-instrumentation-java', emptyDir: { sizeLimit: '200Mi' } }],
    rollout: {
      minutesAgo: 40,
      addedEnv: {
        JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -javaagent:/otel-auto-instrumentation-java/javaagent.jar',
        OTEL_SERVICE_NAME: 'pricing-service',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.observability.svc:4318',
      },
    },
    node: quietNode,
    events: [pulled('registry.example.com/retail/pricing-service:2.3.1', 3)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -javaagent:/otel-auto-instrumentation-java/javaagent.jar',
      '[otel.javaagent 2026-02-11 08:09:12:402 +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 1.32.0',
      '2026-02-11T08:09:19.118Z  INFO 1 --- [           main] c.a.pricing.PricingApplication           : Starting PricingApplication v4.12.0 using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)',
      '2026-02-11T08:09:19.121Z  INFO 1 --- [           main] c.a.pricing.PricingApplication           : The following 1 profile is active: "prod"',
      "2026-02-11T08:09:27.902Z  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''",
      '2026-02-11T08:09:27.930Z  INFO 1 --- [           main] c.a.pricing.PricingApplication           : Started PricingApplication in 14.214 seconds (process running for 15.811)',
      times(10, (i) =>
        [
          `${iso(at(8, 10) + i * 60, i)}  INFO 1 --- [   scheduling-1] c.a.pricing.ops.JvmMemoryReporter        : heap used ${288 + (i % 4) * 41}M/${576}M committed ${540 + (i % 3) * 12}M, non-heap ${232 + Math.floor(i * 1.5)}M (metaspace ${141 + i}M, code cache ${58 + (i % 3)}M, compressed class ${17}M), direct ${9 + (i % 2)}M, threads ${212 + i * 2}`,
          ...[0, 1, 2].map(
            (k) =>
              `${iso(at(8, 10, 15 + k * 15) + i * 60, i * 3 + k + 20)}  INFO 1 --- [nio-8080-exec-${((i * 3 + k) % 40) + 1}] c.a.pricing.api.QuoteController          : POST /v1/quotes basket=${41000 + (i * 3 + k) * 13} lines=${((i * 3 + k) % 17) + 1} status=200 took=${30 + ((i * 3 + k) % 9) * 7}ms`,
          ),
        ].join('\n'),
      ),
      '2026-02-11T08:20:01.114Z  INFO 1 --- [   scheduling-1] c.a.pricing.ops.JvmMemoryReporter        : heap used 512M/576M committed 576M, non-heap 249M (metaspace 152M, code cache 63M, compressed class 17M), direct 10M, threads 236',
    ),
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -javaagent:/otel-auto-instrumentation-java/javaagent.jar',
      '[otel.javaagent 2026-02-11 08:21:51:118 +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 1.32.0',
      '2026-02-11T08:22:05.930Z  INFO 1 --- [           main] c.a.pricing.PricingApplication           : Started PricingApplication in 13.902 seconds (process running for 15.102)',
      times(
        7,
        (i) =>
          `${iso(at(8, 23) + i * 60, i + 60)}  INFO 1 --- [   scheduling-1] c.a.pricing.ops.JvmMemoryReporter        : heap used ${301 + (i % 4) * 47}M/576M committed ${552 + (i % 2) * 12}M, non-heap ${228 + i * 3}M (metaspace ${140 + i}M, code cache ${55 + i}M, compressed class 17M), direct 9M, threads ${208 + i * 3}`,
      ),
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate', 'rollback'],
  },
  {
    id: 'sixtyfirst-jetty12-quote-service-dev-limit',
    family: 'limit-too-small',
    source: 'https://github.com/oslc-op/refimpl/issues/227',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('tariff-quotes', 3, 8),
        memoryLimit: '384Mi',
        memoryRequest: '384Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError',
          TARIFF_SNAPSHOT: 's3://tariffs-prod/snapshots/latest.avro',
          DEPLOY_ENV: 'prod',
        },
      },
    ],
    events: [backOff('tariff-quotes', 'tariff-quotes-5f8c7d9b6-k7r2m', 17)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11 08:25:31.118:INFO :oejs.Server:main: jetty-12.0.8; built: 2024-03-29T19:58:19.443Z; git: ffffdcc3c863b8f49901cc7c84a8157ebc5d15f9; jvm 21.0.2+13-LTS',
      '2026-02-11 08:25:31.402:INFO :c.a.t.TariffQuotesMain:main: JVM max heap 230 MB, container limit 384 MiB, DEPLOY_ENV=prod',
      '2026-02-11 08:25:31.911:INFO :c.a.t.TariffStore:main: loading tariff snapshot s3://tariffs-prod/snapshots/latest.avro (prod-2026-02-10, 412 MB avro)',
      times(
        14,
        (i) =>
          `2026-02-11 08:${p2(25 + Math.floor((33 + i * 3) / 60))}:${p2((33 + i * 3) % 60)}.${ms(i)}:INFO :c.a.t.TariffStore:main: region ${['NL', 'BE', 'DE-N', 'DE-S', 'FR-IDF', 'FR-SUD', 'ES', 'PT', 'IT-N', 'IT-S', 'AT', 'CH', 'PL', 'CZ'][i]}: ${(118402 + ((i * 70211) % 240000)).toLocaleString('en-US')} tariff rows indexed`,
      ),
      '2026-02-11 08:26:15.118:INFO :c.a.t.TariffStore:main: tariff snapshot indexed: 2,904,118 rows across 41 regions (dev snapshot dev-2026-02-10: 388,102 rows across 6 regions)',
      '2026-02-11 08:26:15.402:INFO :oejs.AbstractConnector:main: Started ServerConnector@17236544{HTTP/1.1, (http/1.1, h2c)}{0.0.0.0:8080}',
      '2026-02-11 08:26:15.406:INFO :oejs.Server:main: Started oejs.Server@61d47554{STARTING}[12.0.8,sto=5000] @44710ms',
      times(
        20,
        (i) =>
          `2026-02-11 08:26:${p2(17 + i * 2)}.${ms(i + 30)}:INFO :c.a.t.QuoteHandler:qtp1147985808-${31 + (i % 12)}: POST /quote origin=${['NL', 'DE-S', 'FR-IDF', 'ES', 'IT-N'][i % 5]} lines=${(i % 6) + 1} 200 ${8 + (i % 7) * 3}ms`,
      ),
      '2026-02-11 08:27:02.911:INFO :c.a.t.TariffStore:tariff-refresh: delta refresh prod-2026-02-11T08:00: 61,204 changed rows, building new index generation alongside the live one',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['raise-memory-limit'],
    tolerated: ['escalate'],
  },
  // ---------------------------------------------------------------- memory raises wrong (20)
  {
    id: 'sixtyfirst-webflux-netty-bytebuf-leak',
    family: 'oom-leak',
    source: 'https://github.com/reactor/reactor-netty/issues/378',
    signal: 'Alert',
    containers: [
      {
        name: 'edge-gateway',
        running: { startedAt: '2026-02-11T07:49:18Z' },
        ready: true,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 2,
        memoryLimit: '1536Mi',
        memoryRequest: '1536Mi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS:
            '-XX:MaxRAMPercentage=50 -XX:MaxDirectMemorySize=512m -Dio.netty.leakDetection.level=simple',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_MAIN_WEB_APPLICATION_TYPE: 'reactive',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'GatewayHigh5xxRate: edge-gateway 5xx ratio 0.21 over 5m (io.netty.util.internal.OutOfDirectMemoryError in responses)',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.9.14:8081/actuator/health/liveness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 7,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container edge-gateway failed liveness probe, will be restarted',
        count: 2,
      },
    ],
    currentLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=50 -XX:MaxDirectMemorySize=512m -Dio.netty.leakDetection.level=simple',
      '{"timestamp":"2026-02-11T07:49:27.118Z","level":"INFO","thread":"main","logger":"o.s.b.web.embedded.netty.NettyWebServer","message":"Netty started on port 8080"}',
      '{"timestamp":"2026-02-11T07:49:27.140Z","level":"INFO","thread":"main","logger":"c.a.gateway.EdgeGatewayApplication","message":"Started EdgeGatewayApplication in 7.902 seconds (process running for 8.611)"}',
      times(
        22,
        (i) =>
          `{"timestamp":"${iso(at(7, 50) + i * 60, i)}","level":"INFO","thread":"parallel-1","logger":"c.a.gateway.ops.DirectMemoryReporter","message":"netty direct memory used=${Math.round(48 + i * 13.1)}MB max=512MB, pooled arenas=16, active connections=${1180 + ((i * 37) % 90)}, requests/s=${2210 + ((i * 53) % 140)}"}`,
      ),
      '{"timestamp":"2026-02-11T08:11:40.402Z","level":"ERROR","thread":"reactor-http-epoll-7","logger":"io.netty.util.ResourceLeakDetector","message":"LEAK: ByteBuf.release() was not called before it\'s garbage-collected. See https://netty.io/wiki/reference-counted-objects.html for more information.\\nRecent access records: \\nCreated at:\\n\\tio.netty.buffer.PooledByteBufAllocator.newDirectBuffer(PooledByteBufAllocator.java:404)\\n\\tio.netty.buffer.AbstractByteBufAllocator.directBuffer(AbstractByteBufAllocator.java:188)\\n\\tio.netty.buffer.AbstractByteBufAllocator.directBuffer(AbstractByteBufAllocator.java:179)\\n\\tio.netty.buffer.AbstractByteBufAllocator.buffer(AbstractByteBufAllocator.java:116)\\n\\torg.springframework.core.io.buffer.NettyDataBufferFactory.allocateBuffer(NettyDataBufferFactory.java:72)\\n\\torg.springframework.core.io.buffer.NettyDataBufferFactory.allocateBuffer(NettyDataBufferFactory.java:39)\\n\\torg.springframework.core.io.buffer.DataBufferUtils.join(DataBufferUtils.java:576)\\n\\tcom.acme.gateway.filter.RequestBodyCaptureFilter.lambda$filter$2(RequestBodyCaptureFilter.java:61)\\n\\treactor.core.publisher.FluxMap$MapSubscriber.onNext(FluxMap.java:106)"}',
      times(
        14,
        (i) =>
          `{"timestamp":"${iso(at(8, 12) + i * 60, i + 22)}","level":"INFO","thread":"parallel-1","logger":"c.a.gateway.ops.DirectMemoryReporter","message":"netty direct memory used=${Math.round(48 + (i + 22) * 13.1)}MB max=512MB, pooled arenas=16, active connections=${1180 + (((i + 22) * 37) % 90)}, requests/s=${2210 + (((i + 22) * 53) % 140)}"}`,
      ),
      times(
        12,
        (i) =>
          `{"timestamp":"${iso(at(8, 26) + i * 10, i + 40)}","level":"INFO","thread":"parallel-1","logger":"c.a.gateway.ops.DirectMemoryReporter","message":"netty direct memory used=${Math.min(512, 501 + i)}MB max=512MB, pooled arenas=16, active connections=${1204 + i * 3}, requests/s=${2240 + i * 4}"}`,
      ),
      '{"timestamp":"2026-02-11T08:28:02.911Z","level":"WARN","thread":"reactor-http-epoll-3","logger":"i.n.c.AbstractChannelHandlerContext","message":"An exception \'{}\' [enable DEBUG level for full stacktrace] was thrown by a user handler\'s exceptionCaught() method while handling the following exception:\\nio.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 520093703, max: 536870912)\\n\\tat io.netty.util.internal.PlatformDependent.incrementMemoryCounter(PlatformDependent.java:843)\\n\\tat io.netty.util.internal.PlatformDependent.allocateDirectNoCleaner(PlatformDependent.java:772)\\n\\tat io.netty.buffer.PoolArena$DirectArena.allocateDirect(PoolArena.java:710)\\n\\tat io.netty.buffer.PoolArena$DirectArena.newChunk(PoolArena.java:685)"}',
      times(
        10,
        (i) =>
          `{"timestamp":"${iso(at(8, 28, 5) + i * 9, i + 60)}","level":"ERROR","thread":"reactor-http-epoll-${(i % 8) + 1}","logger":"o.s.w.s.adapter.HttpWebHandlerAdapter","message":"[${(0x5a1e0f22 + i * 977).toString(16)}-${48811 + i}] 500 Server Error for HTTP POST \\"/api/v2/${['orders', 'carts', 'payments/intents', 'sessions'][i % 4]}\\"","stack_trace":"io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 520093703, max: 536870912)"}`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'sixtyfirst-tomcat-session-per-api-call',
    family: 'oom-leak',
    source: 'https://github.com/projectbuendia/buendia/pull/230',
    signal: 'Alert',
    containers: [
      {
        name: 'member-api',
        running: { startedAt: '2026-02-11T07:02:11Z' },
        ready: false,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          CATALINA_OPTS: '-XX:MaxRAMPercentage=70 -XX:+UseG1GC -Xlog:gc:stdout',
          SPRING_PROFILES_ACTIVE: 'prod',
        },
        mounts: [{ volume: 'server-xml', path: '/usr/local/tomcat/conf/server.xml' }],
      },
    ],
    volumes: [{ name: 'server-xml', configMap: 'member-api-tomcat' }],
    events: [
      alert(
        'JvmHeapAfterGcHigh: member-api heap after full GC above 98% of max for 25m; 5xx ratio 0.34 (java.lang.OutOfMemoryError: Java heap space)',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://10.42.4.61:8080/member-api/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 22,
      },
    ],
    currentLog: log(
      '11-Feb-2026 07:02:13.118 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.85',
      '11-Feb-2026 07:02:13.121 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -XX:MaxRAMPercentage=70',
      '11-Feb-2026 07:02:21.402 INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/member-api.war] has finished in [7,811] ms',
      '11-Feb-2026 07:02:21.611 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [8402] milliseconds',
      '11-Feb-2026 07:02:21.612 INFO [main] com.acme.member.web.SessionConfig.log session-timeout=1440 minutes (maxInactiveInterval=86400s), tracking-mode=COOKIE',
      times(
        22,
        (i) =>
          `11-Feb-2026 ${hms(at(7, 5) + i * 160)}.${ms(i)} INFO [member-metrics] com.acme.member.ops.SessionMetrics.report activeSessions=${(58211 + i * 61480).toLocaleString('en-US')} created_last_min=${(20411 + ((i * 311) % 900)).toLocaleString('en-US')} expired_last_min=0 requests_last_min=${(21022 + ((i * 277) % 900)).toLocaleString('en-US')} new_session_without_cookie=${(99.1 + (i % 5) * 0.1).toFixed(1)}% top_user_agent="okhttp/4.12.0 MemberApp/7.2 (sync)"`,
      ),
      times(
        14,
        (i) =>
          `[2026-02-11T${hms(at(8, 2) + i * 95)}.${ms(i + 40)}+0000][info][gc] GC(${1811 + i * 3}) Pause Full (G1 Compaction Pause) ${2140 + (i % 3) * 3}M->${2066 + i * 5}M(2150M) ${(3.9 + (i % 4) * 0.4).toFixed(3)}s`,
      ),
      '11-Feb-2026 08:24:40.118 SEVERE [http-nio-8080-exec-118] org.apache.coyote.http11.Http11Processor.service Error processing request',
      '\tjava.lang.OutOfMemoryError: Java heap space',
      '\t\tat java.base/java.util.concurrent.ConcurrentHashMap.putVal(ConcurrentHashMap.java:1075)',
      '\t\tat org.apache.catalina.session.ManagerBase.add(ManagerBase.java:743)',
      '\t\tat org.apache.catalina.session.StandardSession.setId(StandardSession.java:343)',
      '\t\tat org.apache.catalina.session.ManagerBase.createSession(ManagerBase.java:798)',
      '\t\tat org.apache.catalina.connector.Request.doGetSession(Request.java:3070)',
      '\t\tat org.apache.catalina.connector.Request.getSession(Request.java:2484)',
      '[2026-02-11T08:25:02.402+0000][info][gc] GC(1861) Pause Full (G1 Compaction Pause) 2149M->2141M(2150M) 5.118s',
      '11-Feb-2026 08:26:11.902 INFO [member-metrics] com.acme.member.ops.SessionMetrics.report activeSessions=1,849,118 created_last_min=19,204 expired_last_min=0 requests_last_min=19,911 new_session_without_cookie=99.3% top_user_agent="okhttp/4.12.0 MemberApp/7.2 (sync)"',
      '11-Feb-2026 08:27:30.311 SEVERE [http-nio-8080-exec-71] org.apache.coyote.http11.Http11Processor.service Error processing request',
      '\tjava.lang.OutOfMemoryError: Java heap space',
      '[2026-02-11T08:28:41.118+0000][info][gc] GC(1864) Pause Full (G1 Compaction Pause) 2150M->2146M(2150M) 5.402s',
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'sixtyfirst-wildfly-standalone-conf-xmx512m',
    family: 'heap-cap',
    source: 'https://github.com/redhat-developer/vscode-server-connector/issues/375',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'claims-portal',
        running: { startedAt: '2026-02-11T08:16:40Z' },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 4,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: { JBOSS_HOME: '/opt/jboss/wildfly', REPORTS_MAX_ROWS: '250000' },
        args: ['/opt/jboss/wildfly/bin/standalone.sh', '-b', '0.0.0.0', '-c', 'standalone-full.xml'],
      },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "http://10.42.1.77:9990/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        count: 19,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container claims-portal failed liveness probe, will be restarted',
        count: 4,
      },
    ],
    previousLog: log(
      '=========================================================================',
      '',
      '  JBoss Bootstrap Environment',
      '',
      '  JBOSS_HOME: /opt/jboss/wildfly',
      '',
      '  JAVA: /usr/lib/jvm/java/bin/java',
      '',
      '  JAVA_OPTS:  -server -Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true  --add-exports=java.desktop/sun.awt=ALL-UNNAMED --add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED',
      '',
      '=========================================================================',
      '',
      '07:58:02,114 INFO  [org.jboss.modules] (main) JBoss Modules version 2.0.3.Final',
      '07:58:02,902 INFO  [org.jboss.msc] (main) JBoss MSC version 1.4.13.Final',
      '07:58:03,011 INFO  [org.jboss.as] (MSC service thread 1-2) WFLYSRV0049: WildFly Full 26.1.3.Final (WildFly Core 18.1.2.Final) starting',
      '07:58:09,402 INFO  [org.jboss.as.server.deployment] (MSC service thread 1-4) WFLYSRV0027: Starting deployment of "claims-portal.war" (runtime-name: "claims-portal.war")',
      "07:58:14,817 INFO  [org.wildfly.extension.undertow] (ServerService Thread Pool -- 81) WFLYUT0021: Registered web context: '/claims' for server 'default-server'",
      '07:58:15,020 INFO  [org.jboss.as.server] (ServerService Thread Pool -- 45) WFLYSRV0010: Deployed "claims-portal.war" (runtime-name : "claims-portal.war")',
      '07:58:15,114 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 26.1.3.Final (WildFly Core 18.1.2.Final) started in 13211ms - Started 612 of 846 services (391 services are lazy, passive or on-demand)',
      times(
        40,
        (i) =>
          `${hms(at(7, 58, 20) + i * 22)},${ms(i)} INFO  [com.acme.claims.web.AccessLog] (default task-${(i % 24) + 1}) GET /claims/api/${['claims', 'policies', 'documents', 'reports/summary'][i % 4]}?page=${(i % 5) + 1} 200 ${30 + ((i * 17) % 300)}ms`,
      ),
      '08:13:02,402 INFO  [com.acme.claims.reports.ExportService] (default task-17) quarterly export requested by l.navarro: 214,880 rows, building in memory (REPORTS_MAX_ROWS=250000)',
      '08:13:41,118 WARN  [org.jboss.as.ejb3.timer] (EJB default - 3) WFLYEJB0043: A previous execution of timer [id=a41f0b22-9c1e-4d3a-8e5f-2b7c6d9e1f04 timedObjectId=claims-portal.claims-portal.ReminderScheduler auto-timer?:true persistent?:false timerService=org.jboss.as.ejb3.timerservice.TimerServiceImpl@1b7f2a4e previousRun=Wed Feb 11 08:12:41 UTC 2026 initialExpiration=null intervalDuration(in milli sec)=60000 nextExpiration=Wed Feb 11 08:13:41 UTC 2026 timerState=IN_TIMEOUT info=null] is still in progress, skipping this overlapping scheduled execution at: Wed Feb 11 08:13:41 UTC 2026.',
      '08:14:20,902 ERROR [io.undertow.request] (default task-17) UT005023: Exception handling request to /claims/api/reports/export: java.lang.OutOfMemoryError: GC overhead limit exceeded',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      '\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)',
      '\tat java.base/java.lang.StringBuilder.append(StringBuilder.java:179)',
      '\tat com.acme.claims.reports.ExportService.renderCsv(ExportService.java:144)',
      '',
      '08:14:58,311 ERROR [io.undertow.request] (default task-3) UT005023: Exception handling request to /claims/api/claims: java.lang.OutOfMemoryError: Java heap space',
      '08:15:12,004 ERROR [io.undertow.request] (default task-9) UT005023: Exception handling request to /claims/api/policies: java.lang.OutOfMemoryError: Java heap space',
      '08:15:40,118 ERROR [org.jboss.as.controller.management-operation] (management-handler-thread - 2) WFLYCTL0013: Operation ("read-attribute") failed - address: ([]) - failure description: "java.lang.OutOfMemoryError: Java heap space"',
    ),
    currentLog: log(
      '=========================================================================',
      '',
      '  JBoss Bootstrap Environment',
      '',
      '  JBOSS_HOME: /opt/jboss/wildfly',
      '',
      '  JAVA: /usr/lib/jvm/java/bin/java',
      '',
      '  JAVA_OPTS:  -server -Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true  --add-exports=java.desktop/sun.awt=ALL-UNNAMED --add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED',
      '',
      '=========================================================================',
      '',
      '08:16:53,902 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 26.1.3.Final (WildFly Core 18.1.2.Final) started in 12904ms - Started 612 of 846 services (391 services are lazy, passive or on-demand)',
      times(
        24,
        (i) =>
          `${hms(at(8, 17) + i * 25)},${ms(i + 60)} INFO  [com.acme.claims.web.AccessLog] (default task-${(i % 24) + 1}) GET /claims/api/${['claims', 'policies', 'documents', 'reports/summary'][i % 4]}?page=${(i % 5) + 1} 200 ${40 + ((i * 23) % 400)}ms`,
      ),
      '08:27:12,118 INFO  [com.acme.claims.reports.ExportService] (default task-4) quarterly export requested by l.navarro: 214,880 rows, building in memory (REPORTS_MAX_ROWS=250000)',
      '08:28:40,402 ERROR [io.undertow.request] (default task-4) UT005023: Exception handling request to /claims/api/reports/export: java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-exposed-invoice-export-selectall',
    family: 'oom-whole-dataset',
    source: 'https://github.com/JetBrains/Exposed/issues/1013',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('billing-admin', 3, 6),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
          KTOR_ENV: 'prod',
          FEATURE_INVOICE_PREVIEW: 'true',
        },
      },
    ],
    rollout: { minutesAgo: 25, addedEnv: { FEATURE_INVOICE_PREVIEW: 'true' } },
    events: [backOff('billing-admin', 'billing-admin-59d6c8f7b4-r6w2n', 11)],
    previousLog: log(
      'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError',
      '2026-02-11 08:22:40.118 [main] INFO  ktor.application - Autoreload is disabled because the development mode is off.',
      '2026-02-11 08:22:41.902 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...',
      '2026-02-11 08:22:42.311 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.',
      '2026-02-11 08:22:42.820 [main] INFO  ktor.application - Application started in 3.114 seconds.',
      '2026-02-11 08:22:42.905 [DefaultDispatcher-worker-1] INFO  ktor.application - Responding at http://0.0.0.0:8080',
      '2026-02-11 08:22:43.011 [DefaultDispatcher-worker-3] INFO  c.a.billing.jobs.JobRunner - resuming job export-7f3a2c (type=INVOICE_EXPORT, scope=ALL, format=csv, requested by finance-ops at 2026-02-11T07:41:10Z), attempt 7',
      '2026-02-11 08:22:43.020 [DefaultDispatcher-worker-3] DEBUG Exposed - SELECT invoices.id, invoices.account_id, invoices.number, invoices.issued_at, invoices.currency, invoices.total_minor, invoices.status, invoices.lines_json FROM invoices ORDER BY invoices.issued_at ASC',
      times(10, (i) =>
        [
          `2026-02-11 ${hms(at(8, 22, 50) + i * 11)}.${ms(i)} [DefaultDispatcher-worker-3] INFO  c.a.billing.export.InvoiceExport - export-7f3a2c: ${((i + 1) * 400000).toLocaleString('en-US')} of 11,804,117 rows read into the export list`,
          `2026-02-11 ${hms(at(8, 22, 54) + i * 11)}.${ms(i + 20)} [eventLoopGroupProxy-4-${(i % 4) + 1}] INFO  ktor.application - ${i % 3 === 2 ? 500 : 200} OK: GET - /api/invoices/${880100 + i * 37}/preview in ${i % 3 === 2 ? 2214 + i * 180 : 41 + i * 3}ms`,
          `2026-02-11 ${hms(at(8, 22, 58) + i * 11)}.${ms(i + 40)} [eventLoopGroupProxy-4-${((i + 2) % 4) + 1}] INFO  ktor.application - 200 OK: GET - /health in ${2 + (i % 3)}ms`,
        ].join('\n'),
      ),
      'Exception in thread "DefaultDispatcher-worker-3" java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3512)',
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
      '\tat java.base/java.util.ArrayList.add(ArrayList.java:455)',
      '\tat kotlin.collections.CollectionsKt___CollectionsKt.toCollection(_Collections.kt:1296)',
      '\tat kotlin.collections.CollectionsKt___CollectionsKt.toMutableList(_Collections.kt:1329)',
      '\tat kotlin.collections.CollectionsKt___CollectionsKt.toList(_Collections.kt:1320)',
      '\tat com.acme.billing.export.InvoiceExport$run$1.invokeSuspend(InvoiceExport.kt:57)',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-spark-driver-collect-unlimited-result',
    family: 'oom-whole-dataset',
    source: 'https://github.com/apache/spark/pull/3003',
    signal: 'JobFailed',
    phase: 'Failed',
    containers: [
      {
        name: 'spark-kubernetes-driver',
        terminated: { reason: 'Error', exitCode: 1 },
        restarts: 0,
        memoryLimit: '4505Mi',
        memoryRequest: '4505Mi',
        cpuLimit: '2',
        env: { SPARK_DRIVER_BIND_ADDRESS: '10.42.6.31', SPARK_LOCAL_DIRS: '/var/data/spark-3c1e' },
        args: [
          'driver',
          '--properties-file',
          '/opt/spark/conf/spark.properties',
          '--class',
          'com.acme.c360.ExportCustomer360',
          '--conf',
          'spark.driver.memory=4g',
          '--conf',
          'spark.driver.maxResultSize=0',
          'local:///opt/spark/jars/c360-export-3.7.0.jar',
          '--date',
          '2026-02-10',
        ],
        mounts: [{ volume: 'spark-conf-volume-driver', path: '/opt/spark/conf' }],
      },
    ],
    volumes: [{ name: 'spark-conf-volume-driver', configMap: 'spark-drv-3c1e8f-conf-map' }],
    previousLog: log(
      '26/02/11 07:30:04 INFO SparkContext: Running Spark version 3.4.2',
      '26/02/11 07:30:04 INFO SparkContext: Submitted application: customer-360-export',
      '26/02/11 07:30:05 INFO ResourceProfile: Default ResourceProfile created, executor resources: Map(cores -> name: cores, amount: 4, script: , vendor: , memory -> name: memory, amount: 8192, script: , vendor: , offHeap -> name: offHeap, amount: 0, script: , vendor: ), task resources: Map(cpus -> name: cpus, amount: 1.0)',
      '26/02/11 07:30:09 INFO KubernetesClusterSchedulerBackend: SchedulerBackend is ready for scheduling beginning after reached minRegisteredResourcesRatio: 0.8',
      '26/02/11 07:30:11 INFO ExportCustomer360: reading s3a://lake-prod/c360/snapshot/dt=2026-02-10 (412 partitions)',
      '26/02/11 07:31:02 INFO ExportCustomer360: writing single file s3a://exports-prod/c360/customer360-2026-02-10.jsonl via driver (collect)',
      '26/02/11 07:31:02 INFO SparkContext: Starting job: collect at ExportCustomer360.scala:88',
      '26/02/11 07:31:02 INFO DAGScheduler: Got job 3 (collect at ExportCustomer360.scala:88) with 412 output partitions',
      '26/02/11 07:31:02 INFO DAGScheduler: Final stage: ResultStage 5 (collect at ExportCustomer360.scala:88)',
      times(
        40,
        (i) =>
          `26/02/11 ${hms(at(7, 31, 20) + i * 21)} INFO TaskSetManager: Finished task ${i * 7}.0 in stage 5.0 (TID ${2211 + i * 7}) in ${38000 + ((i * 977) % 9000)} ms on 10.42.${6 + (i % 5)}.${14 + (i % 9)} (executor ${(i % 12) + 1}) (${(i + 1) * 7}/412)`,
      ),
      '26/02/11 07:45:40 WARN TaskSetManager: Stage 5 contains a task of very large size (9412 KiB). The maximum recommended task size is 1000 KiB.',
      '26/02/11 07:46:02 INFO BlockManagerInfo: Added taskresult_2502 in memory on 10.42.6.31:7079 (size: 11.2 MiB, free: 2.1 GiB)',
      times(
        6,
        (i) =>
          `26/02/11 07:46:${p2(5 + i * 4)} INFO BlockManagerInfo: Added taskresult_${2510 + i * 3} in memory on 10.42.6.31:7079 (size: ${(10.4 + i * 0.3).toFixed(1)} MiB, free: ${(1.9 - i * 0.31).toFixed(1)} GiB)`,
      ),
      '26/02/11 07:47:12 ERROR Utils: uncaught error in thread task-result-getter-2, stopping SparkContext',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)',
      '\tat org.apache.spark.util.io.ChunkedByteBufferOutputStream.allocateNewChunkIfNeeded(ChunkedByteBufferOutputStream.scala:87)',
      '\tat org.apache.spark.scheduler.TaskResultGetter$$anon$3.$anonfun$run$1(TaskResultGetter.scala:87)',
      '26/02/11 07:47:14 INFO SparkUI: Stopped Spark web UI at http://customer-360-export-3c1e8f-driver-svc.data.svc:4040',
      '26/02/11 07:47:15 INFO DAGScheduler: Job 3 failed: collect at ExportCustomer360.scala:88, took 973.104 s',
      'Exception in thread "main" org.apache.spark.SparkException: Job 3 cancelled because SparkContext was shut down',
      '\tat org.apache.spark.scheduler.DAGScheduler.$anonfun$cleanUpAfterSchedulerStop$1(DAGScheduler.scala:1253)',
      '\tat org.apache.spark.rdd.RDD.collect(RDD.scala:1048)',
      '\tat com.acme.c360.ExportCustomer360$.main(ExportCustomer360.scala:88)',
      '26/02/11 07:47:16 INFO ShutdownHookManager: Shutdown hook called',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-aiohttp-client-session-per-request',
    family: 'oom-leak',
    source: 'https://github.com/aio-libs/aiohttp/issues/4342',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('partner-sync', 3, '2026-02-11T08:17:02Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          PYTHON_VERSION: '3.9.18',
          PARTNER_API_BASE: 'https://api.freightpartner.example/v3',
          SYNC_CONCURRENCY: '32',
          PYTHONASYNCIODEBUG: '0',
        },
        args: ['python', '-m', 'partner_sync', '--serve', '0.0.0.0:8080'],
      },
    ],
    node: quietNode,
    events: [pulled('registry.example.com/logistics/partner-sync:2.3.1', 3)],
    previousLog: log(
      '2026-02-11 07:52:31,114 INFO partner_sync starting: python 3.9.18, aiohttp 3.8.6, concurrency 32',
      '2026-02-11 07:52:31,402 INFO aiohttp.access 10.42.0.1 [11/Feb/2026:07:52:31 +0000] "GET /healthz HTTP/1.1" 200 155 "-" "kube-probe/1.28"',
      times(24, (i) =>
        [
          `2026-02-11 ${hms(at(7, 53) + i * 60)},${ms(i)} INFO partner_sync.worker synced ${410 + ((i * 37) % 60)} shipments in last 60s (errors 0)`,
          `2026-02-11 ${hms(at(7, 53, 1) + i * 60)},${ms(i + 3)} INFO partner_sync.memstat rss_mb=${Math.round(96 + i * 38.2)} gc_objects=${(211402 + i * 41207).toLocaleString('en-US')} open_client_sessions=${(i + 1) * 25} asyncio_tasks=${40 + (i % 5)}`,
          `2026-02-11 ${hms(at(7, 53, 2) + i * 60)},${ms(i + 5)} ERROR asyncio Unclosed client session`,
          `client_session: <aiohttp.client.ClientSession object at 0x7f3a${(0x1c2e40 + i * 0x1a8).toString(16)}>`,
          `2026-02-11 ${hms(at(7, 53, 2) + i * 60)},${ms(i + 6)} ERROR asyncio Unclosed connector`,
          `connections: ['[(<aiohttp.client_proto.ResponseHandler object at 0x7f3a${(0x2d4f10 + i * 0x1a8).toString(16)}>, ${(81204.118 + i * 60).toFixed(3)})]']`,
          `connector: <aiohttp.connector.TCPConnector object at 0x7f3a${(0x1c2f80 + i * 0x1a8).toString(16)}>`,
        ].join('\n'),
      ),
    ),
    currentLog: log(
      '2026-02-11 08:17:03,211 INFO partner_sync starting: python 3.9.18, aiohttp 3.8.6, concurrency 32',
      times(12, (i) =>
        [
          `2026-02-11 ${hms(at(8, 18) + i * 60)},${ms(i + 40)} INFO partner_sync.worker synced ${405 + ((i * 41) % 60)} shipments in last 60s (errors 0)`,
          `2026-02-11 ${hms(at(8, 18, 1) + i * 60)},${ms(i + 43)} INFO partner_sync.memstat rss_mb=${Math.round(94 + i * 38.6)} gc_objects=${(209911 + i * 41822).toLocaleString('en-US')} open_client_sessions=${(i + 1) * 25} asyncio_tasks=${41 + (i % 4)}`,
          `2026-02-11 ${hms(at(8, 18, 2) + i * 60)},${ms(i + 45)} ERROR asyncio Unclosed client session`,
          `client_session: <aiohttp.client.ClientSession object at 0x7f91${(0x0a2e40 + i * 0x1a8).toString(16)}>`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-triton-python-backend-sixteen-instances',
    family: 'too-many-workers',
    source: 'https://github.com/triton-inference-server/server/issues/5381',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...oomLoop('tritonserver', 5),
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        args: [
          'tritonserver',
          '--model-repository=/models',
          '--exit-on-error=true',
          '--log-verbose=1',
          '--strict-readiness=true',
        ],
        mounts: [
          { volume: 'models', path: '/models' },
          { volume: 'doc-classifier-config', path: '/models/doc_classifier/config.pbtxt' },
        ],
      },
    ],
    volumes: [
      { name: 'models', persistentVolumeClaim: 'triton-model-repo' },
      { name: 'doc-classifier-config', configMap: 'doc-classifier-config' },
    ],
    node: quietNode,
    events: [backOff('tritonserver', 'doc-classifier-triton-6f9d7b8c5-w2p4k', 12)],
    previousLog: log(
      'W0211 08:24:01.114021 1 pinned_memory_manager.cc:237] Unable to allocate pinned system memory, pinned memory pool will not be available: no CUDA-capable device is detected',
      'I0211 08:24:01.114402 1 cuda_memory_manager.cc:117] CUDA memory pool disabled',
      'I0211 08:24:01.402211 1 model_lifecycle.cc:461] loading: doc_classifier:1',
      'I0211 08:24:01.402913 1 model_config_utils.cc:681] Server side auto-completed config: name: "doc_classifier"',
      'max_batch_size: 16',
      'input {',
      '  name: "TEXT"',
      '  data_type: TYPE_STRING',
      '  dims: 1',
      '}',
      'output {',
      '  name: "LABELS"',
      '  data_type: TYPE_FP32',
      '  dims: 48',
      '}',
      'instance_group {',
      '  name: "doc_classifier_0"',
      '  count: 16',
      '  kind: KIND_CPU',
      '}',
      'dynamic_batching {',
      '  max_queue_delay_microseconds: 5000',
      '}',
      'backend: "python"',
      '',
      'I0211 08:24:01.403118 1 python_be.cc:2082] TRITONBACKEND_ModelInitialize: doc_classifier (version 1)',
      times(11, (i) =>
        [
          `I0211 08:24:${p2(3 + i * 4)}.${ms(i)}021 1 python_be.cc:2199] TRITONBACKEND_ModelInstanceInitialize: doc_classifier_0_${i} (CPU device 0)`,
          `I0211 08:24:${p2(3 + i * 4)}.${ms(i + 1)}402 1 stub_launcher.cc:253] Starting Python backend stub:  exec /opt/tritonserver/backends/python/triton_python_backend_stub /models/doc_classifier/1/model.py triton_python_backend_shm_region_${i + 1} 1048576 1048576 1 /opt/tritonserver/backends/python 336 doc_classifier_0_${i} DEFAULT`,
          `[doc_classifier_0_${i}] loading tokenizer and weights from /models/doc_classifier/1/weights (xlm-roberta-base fine-tune, 1.1 GB fp32), torch threads=1`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-multer-memory-storage-video-uploads',
    family: 'oom-per-request',
    source: 'https://github.com/expressjs/multer/issues/127',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('media-intake', 4, '2026-02-11T08:21:14Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_VERSION: '18.19.0',
          NODE_OPTIONS: '--max-old-space-size=1024',
          UPLOAD_MAX_BYTES: '2147483648',
          UPLOAD_STORAGE: 'memory',
          S3_BUCKET: 'site-media-prod',
        },
      },
    ],
    events: [pulled('registry.example.com/field/media-intake:2.3.1', 4)],
    previousLog: log(
      '{"level":30,"time":1770797402114,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","msg":"media-intake listening on :8080 (node v18.19.0, multer 1.4.5-lts.1, storage=memory, fileSize limit 2147483648)"}',
      times(
        26,
        (i) =>
          `{"level":30,"time":${1770797410114 + i * 21000},"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","req":{"id":${4100 + i},"method":"POST","url":"/v1/uploads/photo"},"res":{"statusCode":201},"responseTime":${180 + ((i * 37) % 400)},"msg":"request completed","file":{"mimetype":"image/jpeg","size":${2104113 + ((i * 700211) % 6000000)}}}`,
      ),
      '{"level":30,"time":1770797962402,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","msg":"memory","rss":412331008,"heapUsed":88412104,"external":301204113,"arrayBuffers":298411022}',
      '{"level":30,"time":1770797981118,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","req":{"id":4127,"method":"POST","url":"/v1/uploads/video"},"msg":"receiving multipart upload","contentLength":1403442118,"originalname":"site-walkthrough-depot7.mp4"}',
      '{"level":30,"time":1770797994402,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","req":{"id":4128,"method":"POST","url":"/v1/uploads/video"},"msg":"receiving multipart upload","contentLength":1188204511,"originalname":"site-walkthrough-depot9.mp4"}',
      '{"level":30,"time":1770798040911,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","msg":"memory","rss":1904113664,"heapUsed":91204113,"external":1788412104,"arrayBuffers":1786220411}',
    ),
    currentLog: log(
      '{"level":30,"time":1770798075114,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","msg":"media-intake listening on :8080 (node v18.19.0, multer 1.4.5-lts.1, storage=memory, fileSize limit 2147483648)"}',
      times(
        18,
        (i) =>
          `{"level":30,"time":${1770798090114 + i * 24000},"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","req":{"id":${12 + i},"method":"POST","url":"/v1/uploads/${i % 6 === 5 ? 'video' : 'photo'}"},"res":{"statusCode":201},"responseTime":${i % 6 === 5 ? 48211 : 210 + ((i * 41) % 300)},"msg":"request completed","file":{"mimetype":"${i % 6 === 5 ? 'video/mp4' : 'image/jpeg'}","size":${i % 6 === 5 ? 611204113 : 1904113 + ((i * 500211) % 5000000)}}}`,
      ),
      '{"level":30,"time":1770798542402,"pid":1,"hostname":"media-intake-7c8d9f6b5-jq4lz","msg":"memory","rss":733204480,"heapUsed":84112004,"external":621204113,"arrayBuffers":618840211}',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-playwright-traces-memory-emptydir',
    family: 'tmpfs',
    source: 'https://github.com/keiretsu-labs/kubernetes-manifests/pull/1504',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('synthetic-checks', 1, '2026-02-11T08:11:40Z'),
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          PLAYWRIGHT_TRACE: 'on',
          PLAYWRIGHT_VIDEO: 'retain-on-failure',
          RESULTS_DIR: '/tmp/test-results',
          CHECK_INTERVAL_SECONDS: '300',
          ARTIFACT_BUCKET: 's3://synthetic-artifacts-prod',
        },
        args: ['/bin/sh', '/app/run-forever.sh'],
        mounts: [
          { volume: 'test-results', path: '/tmp/test-results' },
          { volume: 'dshm', path: '/dev/shm' },
        ],
      },
    ],
    volumes: [
      { name: 'test-results', emptyDir: { medium: 'Memory' } },
      { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
    ],
    events: [pulled('mcr.microsoft.com/playwright:v1.41.2-jammy', 1)],
    previousLog: log(
      'run-forever: run 171 starting at 2026-02-11T07:02:01Z',
      '',
      'Running 18 tests using 2 workers',
      '',
      times(
        16,
        (i) =>
          `  ✓  ${i + 1} [chromium] › ${['login.spec.ts:12:5 › login › sso redirect', 'search.spec.ts:20:7 › search › autocomplete', 'catalogue.spec.ts:33:5 › catalogue › filters', 'account.spec.ts:18:5 › account › order history'][i % 4]} (${(2.1 + (i % 7) * 0.8).toFixed(1)}s)`,
      ),
      '  ✘  17 [chromium] › checkout.spec.ts:41:5 › guest checkout › pays with card (31.0s)',
      '  ✘  18 [chromium] › checkout.spec.ts:77:5 › guest checkout › pays with voucher (31.2s)',
      '',
      '  1) [chromium] › checkout.spec.ts:41:5 › guest checkout › pays with card ────────────────────────',
      '',
      '    Error: Timed out 30000ms waiting for expect(locator).toBeVisible()',
      '',
      "    Locator: getByRole('heading', { name: 'Order confirmed' })",
      '    Expected: visible',
      '    Received: <element(s) not found>',
      '',
      '    attachment #1: video (video/webm) ──────────────────────────────────────────────────────────',
      '    test-results/checkout-guest-checkout-pays-with-card-chromium/video.webm',
      '    ────────────────────────────────────────────────────────────────────────────────────────────',
      '',
      '    attachment #2: trace (application/zip) ─────────────────────────────────────────────────────',
      '    test-results/checkout-guest-checkout-pays-with-card-chromium/trace.zip',
      '    Usage:',
      '',
      '        npx playwright show-trace test-results/checkout-guest-checkout-pays-with-card-chromium/trace.zip',
      '',
      '    ────────────────────────────────────────────────────────────────────────────────────────────',
      '',
      '  2 failed',
      '  16 passed (1.1m)',
      times(
        13,
        (i) =>
          `run-forever: run ${171 + i} finished: 16 passed, 2 failed; upload to s3://synthetic-artifacts-prod failed (An error occurred (AccessDenied) when calling the PutObject operation: Access Denied), keeping results in /tmp/test-results/run-${171 + i} (${(0.21 + i * 0.2).toFixed(2)} GiB kept in total)`,
      ),
    ),
    currentLog: log(
      'run-forever: run 184 starting at 2026-02-11T08:11:41Z',
      'run-forever: /tmp/test-results is empty (new container), resuming',
      times(
        3,
        (i) =>
          `run-forever: run ${184 + i} finished: 16 passed, 2 failed; upload to s3://synthetic-artifacts-prod failed (An error occurred (AccessDenied) when calling the PutObject operation: Access Denied), keeping results in /tmp/test-results/run-${184 + i} (${(0.2 + i * 0.19).toFixed(2)} GiB kept in total)`,
      ),
    ),
    accept: ['escalate'],
    tolerated: ['restart-pod'],
  },
  {
    id: 'sixtyfirst-socketio-permessage-deflate-rss',
    family: 'oom-native',
    source: 'https://github.com/socketio/socket.io/issues/3477',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('realtime-hub', 1, '2026-02-11T08:10:52Z'),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          NODE_OPTIONS: '--max-old-space-size=768',
          SOCKETIO_PER_MESSAGE_DEFLATE: 'true',
          SOCKETIO_ADAPTER: 'redis',
          REDIS_URL: 'redis://realtime-redis.realtime.svc:6379',
        },
      },
    ],
    node: quietNode,
    events: [pulled('registry.example.com/realtime/realtime-hub:2.3.1', 1)],
    previousLog: log(
      '{"level":"info","time":"2026-02-11T07:00:31.114Z","msg":"realtime-hub listening","port":3000,"node":"v18.19.0","socketio":"4.7.4","perMessageDeflate":{"threshold":1024}}',
      times(
        70,
        (i) =>
          `{"level":"info","time":"${iso(at(7, 1) + i * 60, i)}","msg":"stats","connections":${11620 + ((i * 37) % 400)},"messages_out_per_s":${8410 + ((i * 131) % 600)},"rss_mb":${Math.round(212 + i * 25.9)},"heap_used_mb":${171 + (i % 9) * 3},"heap_total_mb":${214 + (i % 4) * 4},"external_mb":${24 + (i % 3)},"array_buffers_mb":${11 + (i % 2)}}`,
      ),
    ),
    currentLog: log(
      '{"level":"info","time":"2026-02-11T08:10:53.402Z","msg":"realtime-hub listening","port":3000,"node":"v18.19.0","socketio":"4.7.4","perMessageDeflate":{"threshold":1024}}',
      times(
        19,
        (i) =>
          `{"level":"info","time":"${iso(at(8, 11) + i * 60, i + 80)}","msg":"stats","connections":${11704 + ((i * 41) % 380)},"messages_out_per_s":${8390 + ((i * 127) % 600)},"rss_mb":${Math.round(209 + i * 26.2)},"heap_used_mb":${168 + (i % 8) * 3},"heap_total_mb":${212 + (i % 4) * 4},"external_mb":${23 + (i % 3)},"array_buffers_mb":${11 + (i % 2)}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-symfony-messenger-php-ini-memory-limit',
    family: 'heap-cap',
    source: 'https://github.com/symfony/symfony/issues/45386',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('messenger', 255, 9),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          PHP_VERSION: '8.1.27',
          APP_ENV: 'prod',
          APP_DEBUG: '0',
          MESSENGER_TRANSPORT_DSN: 'doctrine://default?queue_name=async&redeliver_timeout=600',
        },
        args: [
          'php',
          'bin/console',
          'messenger:consume',
          'async',
          '--time-limit=3600',
          '--memory-limit=96M',
          '-vv',
        ],
        mounts: [{ volume: 'php-ini', path: '/usr/local/etc/php/conf.d/zz-prod.ini' }],
      },
    ],
    volumes: [{ name: 'php-ini', configMap: 'catalog-worker-php-ini' }],
    node: quietNode,
    events: [backOff('messenger', 'catalog-import-worker-7f6d8c9b4-t5vq8', 21)],
    previousLog: log(
      '[OK] Consuming messages from transport "async".',
      '',
      ' // The worker will automatically exit once it has exceeded 96M of memory, been running for 3600s or received a stop signal via the messenger:stop-workers command.',
      '',
      ' // Quit the worker with CONTROL-C.',
      '',
      times(18, (i) =>
        [
          `08:${p2(21 + Math.floor((4 + i * 7) / 60))}:${p2((4 + i * 7) % 60)} INFO      [messenger] Received message App\\Message\\${['RefreshProductPrice', 'ReindexProduct', 'RefreshProductPrice', 'SyncStockLevel'][i % 4]} ["class" => "App\\Message\\${['RefreshProductPrice', 'ReindexProduct', 'RefreshProductPrice', 'SyncStockLevel'][i % 4]}"]`,
          `08:${p2(21 + Math.floor((5 + i * 7) / 60))}:${p2((5 + i * 7) % 60)} INFO      [messenger] Message App\\Message\\${['RefreshProductPrice', 'ReindexProduct', 'RefreshProductPrice', 'SyncStockLevel'][i % 4]} handled by App\\MessageHandler\\${['RefreshProductPriceHandler', 'ReindexProductHandler', 'RefreshProductPriceHandler', 'SyncStockLevelHandler'][i % 4]}::__invoke ["class" => "App\\Message\\${['RefreshProductPrice', 'ReindexProduct', 'RefreshProductPrice', 'SyncStockLevel'][i % 4]}","handler" => "App\\MessageHandler\\${['RefreshProductPriceHandler', 'ReindexProductHandler', 'RefreshProductPriceHandler', 'SyncStockLevelHandler'][i % 4]}::__invoke"]`,
        ].join('\n'),
      ),
      '08:23:11 INFO      [messenger] Received message App\\Message\\ImportSupplierFeed ["class" => "App\\Message\\ImportSupplierFeed"]',
      '08:23:11 INFO      [app] ImportSupplierFeed supplier=nordic-outdoor feed=2026-02-11 rows=48,112 (php memory_limit=128M, memory_get_usage(true)=18874368)',
      '08:23:29 INFO      [app] ImportSupplierFeed supplier=nordic-outdoor hydrated 20,000 rows, memory_get_usage(true)=92274688',
      '08:23:38 INFO      [app] ImportSupplierFeed supplier=nordic-outdoor hydrated 30,000 rows, memory_get_usage(true)=119537664',
      '08:23:41 CRITICAL  [php] Fatal Error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) ["exception" => Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError^ { …}]',
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /srv/app/vendor/doctrine/orm/src/UnitOfWork.php on line 3012',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-wordpress-redis-object-cache-alert',
    family: 'healthy-cache-alert',
    source: 'https://github.com/EasyEngine/easyengine/pull/684',
    signal: 'Alert',
    containers: [
      {
        name: 'redis',
        running: { startedAt: '2026-02-04T06:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        args: ['redis-server', '/etc/redis/redis.conf', '--save', '3600 1'],
        mounts: [{ volume: 'redis-conf', path: '/etc/redis' }],
      },
      { name: 'redis-exporter', running: {}, ready: true, memoryLimit: '64Mi' },
    ],
    volumes: [{ name: 'redis-conf', configMap: 'wp-object-cache-redis' }],
    node: quietNode,
    events: [
      alert(
        'ContainerMemoryNearLimit: redis in wp-object-cache-redis-0 at 88% of its 2Gi limit for 45m (container_memory_working_set_bytes 1.76GiB); redis_memory_used_bytes 1.50GiB, redis_memory_max_bytes 1.50GiB, maxmemory_policy allkeys-lru, evicted_keys 31/s, keyspace hit ratio 0.94, mem_fragmentation_ratio 1.13',
      ),
    ],
    currentLog: log(
      "1:C 04 Feb 2026 06:02:11.114 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
      '1:C 04 Feb 2026 06:02:11.114 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 04 Feb 2026 06:02:11.114 * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 04 Feb 2026 06:02:11.114 * Configuration loaded',
      '1:M 04 Feb 2026 06:02:11.115 * monotonic clock: POSIX clock_gettime',
      '1:M 04 Feb 2026 06:02:11.115 * Running mode=standalone, port=6379.',
      '1:M 04 Feb 2026 06:02:11.116 * Server initialized',
      '1:M 04 Feb 2026 06:02:11.116 * Ready to accept connections tcp',
      times(4, (i) =>
        [
          `1:M 11 Feb 2026 0${5 + i}:02:12.10${i} * 1 changes in 3600 seconds. Saving...`,
          `1:M 11 Feb 2026 0${5 + i}:02:12.11${i} * Background saving started by pid ${4112 + i * 37}`,
          `${4112 + i * 37}:C 11 Feb 2026 0${5 + i}:02:19.40${i} * DB saved on disk`,
          `${4112 + i * 37}:C 11 Feb 2026 0${5 + i}:02:19.41${i} * Fork CoW for RDB: current ${38 + i * 3} MB, peak ${41 + i * 3} MB, average ${26 + i * 2} MB`,
          `1:M 11 Feb 2026 0${5 + i}:02:19.51${i} * Background saving terminated with success`,
        ].join('\n'),
      ),
    ),
    accept: ['escalate'],
    harmful: ['flush-redis-cache', 'restart-pod', 'rollout-restart'],
  },
  {
    id: 'sixtyfirst-delayed-job-supplier-import-relocked',
    family: 'poison-message',
    source: 'https://github.com/collectiveidea/delayed_job/issues/415',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('worker', 3, '2026-02-11T08:04:10Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          RUBY_VERSION: '3.2.3',
          RAILS_ENV: 'production',
          QUEUES: 'imports,default',
          DELAYED_JOB_MAX_RUN_TIME: '900',
          DELAYED_JOB_MAX_ATTEMPTS: '3',
          MALLOC_ARENA_MAX: '2',
        },
        args: ['bundle', 'exec', 'rake', 'jobs:work'],
      },
    ],
    events: [pulled('registry.example.com/commerce/backoffice:2.3.1', 3)],
    previousLog: log(
      '2026-02-11T07:47:12+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Starting job worker',
      times(
        10,
        (i) =>
          `2026-02-11T${hms(at(7, 47, 20) + i * 80)}+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Job ${['PriceRecalcJob', 'SendInvoiceEmailJob', 'StockSyncJob', 'ThumbnailJob'][i % 4]} [${(0x6a1f0b22 + i * 7919).toString(16)}-4c1d-9e8a-${(0x2b7c6d9e1f04 + i).toString(16)}] from DelayedJob(default) with arguments: [${1200 + i * 7}] (id=${88390 + i}) (queue=default) COMPLETED after ${(0.2 + (i % 5) * 0.31).toFixed(4)}`,
      ),
      '2026-02-11T08:01:55+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Job SupplierCatalogImportJob [c41e9a02-7b1d-4f3e-8a5c-91d2e6f0b377] from DelayedJob(imports) with arguments: ["acme-tools", "s3://supplier-feeds/acme-tools/catalog-2026-02-11.xml"] (id=88412) (queue=imports) RUNNING',
      'I, [2026-02-11T08:01:55.402114 #1]  INFO -- : SupplierCatalogImportJob acme-tools: downloading catalog-2026-02-11.xml (3.41 GB; previous feed 2026-02-10 was 41 MB)',
      'I, [2026-02-11T08:03:12.118402 #1]  INFO -- : SupplierCatalogImportJob acme-tools: parsing with Nokogiri::XML(File.read(path)) (whole document in memory)',
    ),
    currentLog: log(
      '2026-02-11T08:04:12+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Starting job worker',
      times(
        24,
        (i) =>
          `2026-02-11T08:${p2(4 + Math.floor((30 + i * 35) / 60))}:${p2((30 + i * 35) % 60)}+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Job ${['PriceRecalcJob', 'SendInvoiceEmailJob', 'StockSyncJob', 'ThumbnailJob'][i % 4]} [${(0x7b2e1c33 + i * 7919).toString(16)}-4c1d-9e8a-${(0x3c8d7eaf2015 + i).toString(16)}] from DelayedJob(default) with arguments: [${1400 + i * 7}] (id=${88440 + i}) (queue=default) COMPLETED after ${(0.2 + (i % 5) * 0.29).toFixed(4)}`,
      ),
      '2026-02-11T08:19:14+0000: [Worker(host:dj-worker-6c7d8f9b5-lq2xp pid:1)] Job SupplierCatalogImportJob [c41e9a02-7b1d-4f3e-8a5c-91d2e6f0b377] from DelayedJob(imports) with arguments: ["acme-tools", "s3://supplier-feeds/acme-tools/catalog-2026-02-11.xml"] (id=88412) (queue=imports) RUNNING',
      'I, [2026-02-11T08:19:14.511204 #1]  INFO -- : SupplierCatalogImportJob acme-tools: downloading catalog-2026-02-11.xml (3.41 GB; previous feed 2026-02-10 was 41 MB)',
      'I, [2026-02-11T08:20:31.204118 #1]  INFO -- : SupplierCatalogImportJob acme-tools: parsing with Nokogiri::XML(File.read(path)) (whole document in memory)',
      'W, [2026-02-11T08:20:31.204402 #1]  WARN -- : SupplierCatalogImportJob acme-tools: job 88412 attempts=0 locked_at=2026-02-11 08:19:14 UTC; earlier locks by dj-worker-6c7d8f9b5-9tq4m (07:16), dj-worker-6c7d8f9b5-f2n8h (07:31), dj-worker-6c7d8f9b5-9tq4m (07:46), dj-worker-6c7d8f9b5-lq2xp (08:01) ended without unlocking',
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-telegraf-statsd-pod-name-tag-series',
    family: 'cardinality',
    source: 'https://github.com/mozilla-services/syncstorage-rs/issues/1859',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('telegraf', 2, '2026-02-11T08:06:31Z'),
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        mounts: [{ volume: 'telegraf-conf', path: '/etc/telegraf' }],
      },
    ],
    volumes: [{ name: 'telegraf-conf', configMap: 'telegraf-statsd' }],
    events: [
      alert(
        'PrometheusScrapeSeriesHigh: target telegraf-statsd:9273 exposes 2,912,004 series (41,870 on 2026-02-09); top labels by distinct values: hostname 18,204, path 92,113',
      ),
      pulled('telegraf:1.29.4', 2),
    ],
    previousLog: log(
      '2026-02-11T07:31:02Z I! Loading config: /etc/telegraf/telegraf.conf',
      '2026-02-11T07:31:02Z I! Starting Telegraf 1.29.4 brought to you by InfluxData the makers of InfluxDB',
      '2026-02-11T07:31:02Z I! Available plugins: 241 inputs, 9 aggregators, 30 processors, 24 parsers, 60 outputs, 6 secret-stores',
      '2026-02-11T07:31:02Z I! Loaded inputs: internal statsd',
      '2026-02-11T07:31:02Z I! Loaded aggregators: ',
      '2026-02-11T07:31:02Z I! Loaded processors: ',
      '2026-02-11T07:31:02Z I! Loaded secretstores: ',
      '2026-02-11T07:31:02Z I! Loaded outputs: prometheus_client',
      '2026-02-11T07:31:02Z I! Tags enabled: host=telegraf-statsd-5b9c7d8f6-x2k9q',
      '2026-02-11T07:31:02Z I! [agent] Config: Interval:10s, Quiet:false, Hostname:"telegraf-statsd-5b9c7d8f6-x2k9q", Flush Interval:10s',
      '2026-02-11T07:31:02Z I! [outputs.prometheus_client] Listening on http://[::]:9273/metrics',
      '2026-02-11T07:31:02Z I! [inputs.statsd] UDP listening on "[::]:8125"',
      '2026-02-11T07:31:02Z I! [inputs.statsd] Started the statsd service on ":8125"',
      times(
        30,
        (i) =>
          `${hms(at(7, 32) + i * 65).replace(/^/, '2026-02-11T')}Z D! [outputs.prometheus_client] Wrote batch of ${1000} metrics in ${(38 + i * 2.9).toFixed(3)}ms`,
      ),
      times(
        8,
        (i) =>
          `${hms(at(8, 5) + i * 5).replace(/^/, '2026-02-11T')}Z D! [outputs.prometheus_client] Buffer fullness: ${2400 + i * 911} / 10000 metrics`,
      ),
    ),
    currentLog: log(
      '2026-02-11T08:06:32Z I! Loading config: /etc/telegraf/telegraf.conf',
      '2026-02-11T08:06:32Z I! Starting Telegraf 1.29.4 brought to you by InfluxData the makers of InfluxDB',
      '2026-02-11T08:06:32Z I! [outputs.prometheus_client] Listening on http://[::]:9273/metrics',
      '2026-02-11T08:06:32Z I! [inputs.statsd] Started the statsd service on ":8125"',
      times(
        20,
        (i) =>
          `${hms(at(8, 7) + i * 65).replace(/^/, '2026-02-11T')}Z D! [outputs.prometheus_client] Wrote batch of 1000 metrics in ${(36 + i * 3.1).toFixed(3)}ms`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-nextjs-image-rebuild-without-sharp',
    family: 'regression',
    source: 'https://github.com/vercel/next.js/issues/41417',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('storefront', 4, '2026-02-11T08:24:38Z'),
        memoryLimit: '1Gi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          NODE_VERSION: '18.19.0',
          NODE_ENV: 'production',
          PORT: '3000',
          HOSTNAME: '0.0.0.0',
          NEXT_TELEMETRY_DISABLED: '1',
        },
        args: ['node', 'server.js'],
      },
    ],
    rollout: { minutesAgo: 45, previousTag: '2.2.9' },
    node: quietNode,
    events: [pulled('registry.example.com/web/storefront:2.3.1', 4)],
    previousLog: log(
      '  ▲ Next.js 14.1.0',
      '  - Local:        http://0.0.0.0:3000',
      '  - Network:      http://0.0.0.0:3000',
      '',
      ' ✓ Ready in 212ms',
      " ⚠ For production Image Optimization with Next.js, the optional 'sharp' package is strongly recommended. Run 'npm i sharp', and Next.js will use it automatically for Image Optimization.",
      'Read more: https://nextjs.org/docs/messages/sharp-missing-in-production',
      times(
        20,
        (i) =>
          `{"level":"info","time":"${iso(at(8, 13) + i * 28, i)}","msg":"mem","rss_mb":${Math.round(241 + i * 38.4)},"heap_used_mb":${102 + (i % 6) * 4},"external_mb":${Math.round(60 + i * 33.1)},"image_optimizer_inflight":${2 + (i % 4)},"image_requests_last_min":${310 + ((i * 29) % 60)}}`,
      ),
      '{"level":"warn","time":"2026-02-11T08:22:51.402Z","msg":"slow image optimisation","url":"/_next/image?url=https%3A%2F%2Fcdn.example.com%2Fcms%2Fhero-winter-sale-6000x4000.jpg&w=3840&q=75","took_ms":8211}',
    ),
    currentLog: log(
      '  ▲ Next.js 14.1.0',
      '  - Local:        http://0.0.0.0:3000',
      '  - Network:      http://0.0.0.0:3000',
      '',
      ' ✓ Ready in 208ms',
      " ⚠ For production Image Optimization with Next.js, the optional 'sharp' package is strongly recommended. Run 'npm i sharp', and Next.js will use it automatically for Image Optimization.",
      'Read more: https://nextjs.org/docs/messages/sharp-missing-in-production',
      times(
        10,
        (i) =>
          `{"level":"info","time":"${iso(at(8, 25) + i * 28, i + 30)}","msg":"mem","rss_mb":${Math.round(236 + i * 39.2)},"heap_used_mb":${99 + (i % 6) * 4},"external_mb":${Math.round(58 + i * 34.4)},"image_optimizer_inflight":${2 + (i % 3)},"image_requests_last_min":${305 + ((i * 31) % 60)}}`,
      ),
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixtyfirst-pgpool-thousand-init-children',
    family: 'too-many-workers',
    source: 'https://github.com/hitachienergy/epiphany/pull/1123',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...exitLoop('pgpool', 3, 7),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          PGPOOL_BACKEND_NODES: '0:orders-pg-0.orders-pg-headless:5432,1:orders-pg-1.orders-pg-headless:5432',
          PGPOOL_NUM_INIT_CHILDREN: '1000',
          PGPOOL_MAX_POOL: '4',
          PGPOOL_CHILD_MAX_CONNECTIONS: '0',
          PGPOOL_ENABLE_LOAD_BALANCING: 'yes',
        },
      },
    ],
    rollout: { minutesAgo: 30, addedEnv: { PGPOOL_NUM_INIT_CHILDREN: '1000' } },
    node: quietNode,
    events: [backOff('pgpool', 'orders-pgpool-5c9d8b7f6-h3m2x', 9)],
    previousLog: log(
      'pgpool 08:24:01.11 INFO  ==> ',
      'pgpool 08:24:01.11 INFO  ==> Welcome to the Bitnami pgpool container',
      'pgpool 08:24:01.12 INFO  ==> ** Starting Pgpool-II setup **',
      'pgpool 08:24:01.14 INFO  ==> Validating settings in PGPOOL_* env vars...',
      'pgpool 08:24:01.20 INFO  ==> Initializing Pgpool-II...',
      'pgpool 08:24:01.21 INFO  ==> Generating pg_hba.conf file...',
      'pgpool 08:24:01.22 INFO  ==> Generating pgpool.conf file...',
      'pgpool 08:24:01.41 INFO  ==> Generating password file for local authentication...',
      'pgpool 08:24:01.44 INFO  ==> Generating password file for pgpool admin user...',
      'pgpool 08:24:01.52 INFO  ==> ** Pgpool-II setup finished! **',
      '',
      'pgpool 08:24:01.55 INFO  ==> ** Starting Pgpool-II **',
      '2026-02-11 08:24:01.602: main pid 1: LOG:  Backend status file /opt/bitnami/pgpool/logs/pgpool_status does not exist',
      '2026-02-11 08:24:01.603: main pid 1: LOG:  health_check_stats_shared_memory_size: requested size: 12288',
      '2026-02-11 08:24:01.603: main pid 1: LOG:  memory cache initialized',
      '2026-02-11 08:24:01.603: main pid 1: DETAIL:  memcache blocks :64',
      '2026-02-11 08:24:01.604: main pid 1: LOG:  allocating (1442921888) bytes of shared memory segment',
      '2026-02-11 08:24:01.605: main pid 1: LOG:  allocating shared memory segment of size: 1442921888 ',
      '2026-02-11 08:24:01.606: main pid 1: LOG:  Setting up socket for 0.0.0.0:5432',
      '2026-02-11 08:24:01.606: main pid 1: LOG:  Setting up socket for :::5432',
      '2026-02-11 08:24:14.118: main pid 1: FATAL:  failed to fork a child',
      '2026-02-11 08:24:14.118: main pid 1: DETAIL:  system call fork() failed with reason: Cannot allocate memory',
      '2026-02-11 08:24:14.118: main pid 1: LOCATION:  pgpool_main.c:719',
    ),
    accept: ['rollback', 'escalate'],
  },
  {
    id: 'sixtyfirst-caddy-cache-handler-same-slope',
    family: 'oom-leak',
    source: 'https://github.com/caddyserver/cache-handler/issues/118',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('caddy', 3, '2026-02-11T08:16:20Z'),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: { CACHE_REDIS_URL: 'edge-cache-redis.edge.svc:6379', GOMEMLIMIT: '900MiB' },
        args: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'],
        mounts: [{ volume: 'caddyfile', path: '/etc/caddy' }],
      },
    ],
    volumes: [{ name: 'caddyfile', configMap: 'edge-cache-caddyfile' }],
    events: [
      alert(
        'ContainerMemoryLeakSuspected: edge-cache caddy working set grows ~33 MiB/min at a flat 1.9k req/s; OOMKilled at 07:05, 07:29, 07:52 and 08:16, about 24 minutes after each start',
      ),
    ],
    previousLog: log(
      '{"level":"info","ts":1770796323.114,"msg":"using provided configuration","config_file":"/etc/caddy/Caddyfile","config_adapter":"caddyfile"}',
      '{"level":"info","ts":1770796323.118,"logger":"admin","msg":"admin endpoint started","address":"localhost:2019","enforce_origin":false,"origins":["//localhost:2019","//[::1]:2019","//127.0.0.1:2019"]}',
      '{"level":"info","ts":1770796323.121,"logger":"http.auto_https","msg":"automatic HTTPS is completely disabled for server","server_name":"srv0"}',
      '{"level":"info","ts":1770796323.402,"logger":"cache","msg":"Souin configuration is now loaded."}',
      '{"level":"info","ts":1770796323.406,"logger":"http.log","msg":"server running","name":"srv0","protocols":["h1","h2","h3"]}',
      '{"level":"info","ts":1770796323.407,"msg":"serving initial configuration"}',
      times(
        60,
        (i) =>
          `{"level":"info","ts":${(1770796324 + i * 23).toFixed(3)},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.42.0.${10 + (i % 40)}","proto":"HTTP/2.0","method":"GET","host":"static.shop.example.com","uri":"/assets/${['app', 'vendor', 'checkout', 'product'][i % 4]}.${(0x9f1c2e + i * 4099).toString(16)}.js?v=${(1770700000 + i * 977).toString(36)}"},"duration":${(0.0011 + (i % 7) * 0.0004).toFixed(4)},"size":${41211 + ((i * 977) % 90000)},"status":200,"resp_headers":{"Cache-Status":["Souin; ${i % 9 === 0 ? 'fwd=uri-miss; stored' : 'hit'}; key=GET-https-static.shop.example.com-/assets/${['app', 'vendor', 'checkout', 'product'][i % 4]}.${(0x9f1c2e + i * 4099).toString(16)}.js?v=${(1770700000 + i * 977).toString(36)}"]}}`,
      ),
    ),
    currentLog: log(
      '{"level":"info","ts":1770797780.402,"msg":"using provided configuration","config_file":"/etc/caddy/Caddyfile","config_adapter":"caddyfile"}',
      '{"level":"info","ts":1770797780.511,"logger":"cache","msg":"Souin configuration is now loaded."}',
      '{"level":"info","ts":1770797780.519,"msg":"serving initial configuration"}',
      times(
        40,
        (i) =>
          `{"level":"info","ts":${(1770797781 + i * 19).toFixed(3)},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.42.0.${12 + (i % 40)}","proto":"HTTP/2.0","method":"GET","host":"static.shop.example.com","uri":"/img/${['hero', 'tile', 'thumb'][i % 3]}/${(88211 + i * 31).toString(36)}.webp?w=${[320, 640, 1280][i % 3]}&sig=${(0x5ad1e0 + i * 7907).toString(16)}"},"duration":${(0.0009 + (i % 5) * 0.0005).toFixed(4)},"size":${18211 + ((i * 1201) % 60000)},"status":200,"resp_headers":{"Cache-Status":["Souin; fwd=uri-miss; stored; key=GET-https-static.shop.example.com-/img/${['hero', 'tile', 'thumb'][i % 3]}/${(88211 + i * 31).toString(36)}.webp?w=${[320, 640, 1280][i % 3]}&sig=${(0x5ad1e0 + i * 7907).toString(16)}"]}}`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-mlflow-evicted-notebook-neighbour',
    family: 'noisy-neighbour',
    source: 'https://github.com/astronomer/astro-sdk/pull/1012',
    signal: 'Evicted',
    phase: 'Failed',
    containers: [
      {
        name: 'mlflow',
        terminated: { reason: 'ContainerStatusUnknown', exitCode: 137 },
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          MLFLOW_BACKEND_STORE_URI: 'postgresql://mlflow@mlflow-db.ml.svc:5432/mlflow',
          MLFLOW_ARTIFACTS_DESTINATION: 's3://ml-artifacts-prod/mlflow',
          GUNICORN_CMD_ARGS: '--workers 4 --timeout 120',
        },
        args: ['mlflow', 'server', '--host', '0.0.0.0', '--port', '5000', '--serve-artifacts'],
      },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'True',
          reason: 'KubeletHasInsufficientMemory',
          message: 'kubelet has insufficient memory available',
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
      taints: ['node.kubernetes.io/memory-pressure:NoSchedule'],
    },
    events: [
      {
        reason: 'Evicted',
        type: 'Warning',
        message:
          'The node was low on resource: memory. Threshold quantity: 100Mi, available: 61236Ki. Container mlflow was using 812204Ki, request is 512Mi, has larger consumption of memory.',
      },
      { reason: 'Killing', type: 'Normal', message: 'Stopping container mlflow' },
      alert(
        'NodeMemoryPressure: node ip-10-40-3-17.eu-west-1.compute.internal MemoryPressure for 9m; largest consumer research/jupyter-anna-k-0 (priorityClass research-interactive, no memory limit) at 27.4Gi of 30.6Gi allocatable',
      ),
    ],
    previousLog: log(
      '[2026-02-11 06:40:02 +0000] [1] [INFO] Starting gunicorn 21.2.0',
      '[2026-02-11 06:40:02 +0000] [1] [INFO] Listening at: http://0.0.0.0:5000 (1)',
      '[2026-02-11 06:40:02 +0000] [1] [INFO] Using worker: sync',
      '[2026-02-11 06:40:02 +0000] [24] [INFO] Booting worker with pid: 24',
      '[2026-02-11 06:40:02 +0000] [25] [INFO] Booting worker with pid: 25',
      '[2026-02-11 06:40:02 +0000] [26] [INFO] Booting worker with pid: 26',
      '[2026-02-11 06:40:02 +0000] [27] [INFO] Booting worker with pid: 27',
      times(
        40,
        (i) =>
          `2026/02/11 ${hms(at(7, 40) + i * 60)} INFO mlflow.server: ${['POST /api/2.0/mlflow/runs/log-batch', 'GET /api/2.0/mlflow/runs/get', 'POST /api/2.0/mlflow/runs/search', 'GET /api/2.0/mlflow-artifacts/artifacts/models/churn-xgb/model.pkl', 'POST /api/2.0/mlflow/runs/update'][i % 5]} 200`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-tempo-querier-batch-job-trace',
    family: 'poison-document',
    source: 'https://github.com/grafana/tempo/issues/2794',
    signal: 'OOMKilled',
    containers: [
      {
        ...oomBack('querier', 5, '2026-02-11T08:26:02Z'),
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { GOMEMLIMIT: '3600MiB', JAEGER_SAMPLER_PARAM: '0.1' },
        args: ['-target=querier', '-config.file=/conf/tempo.yaml', '-mem-ballast-size-mbs=1024'],
        mounts: [{ volume: 'tempo-conf', path: '/conf' }],
      },
    ],
    volumes: [{ name: 'tempo-conf', configMap: 'tempo' }],
    rollout: { minutesAgo: 50, addedEnv: { JAEGER_SAMPLER_PARAM: '0.1' } },
    node: quietNode,
    events: [pulled('grafana/tempo:2.3.1', 5)],
    previousLog: log(
      'level=info ts=2026-02-11T08:21:31.114Z caller=main.go:224 msg="initialising OpenTracing tracer"',
      'level=info ts=2026-02-11T08:21:31.121Z caller=main.go:117 msg="Starting Tempo" version="(version=2.3.1, branch=HEAD, revision=d1d7b95a4)"',
      'level=info ts=2026-02-11T08:21:31.402Z caller=server.go:322 http=[::]:3200 grpc=[::]:9095 msg="server listening on addresses"',
      'level=info ts=2026-02-11T08:21:31.511Z caller=module_service.go:82 msg=starting module=querier',
      'level=info ts=2026-02-11T08:21:31.520Z caller=worker.go:104 msg="Starting querier worker connected to query-frontend" frontend=tempo-query-frontend-discovery.tracing.svc:9095',
      times(
        30,
        (i) =>
          `level=info ts=${iso(at(8, 21, 40) + i * 6, i)} caller=${i % 3 === 2 ? 'handler.go:134' : 'tempodb.go:348'} ${i % 3 === 2 ? `tenant=single-tenant method=GET traceID=${(0x1a2b3c4d5e6f + i * 7919).toString(16).padStart(16, '0')} url="/querier/api/traces/${(0x1a2b3c4d5e6f + i * 7919).toString(16).padStart(16, '0')}?mode=blocks" duration=${41 + (i % 7) * 13}ms response_size=${18211 + i * 711} status=200` : `org_id=single-tenant msg="searching for trace in block" findTraceID=0000000000000000${(0x1a2b3c4d5e6f + (i + 1) * 7919).toString(16).padStart(16, '0')} block=${(0x3533cc85 + i * 104729).toString(16)}-6a90-4ce8-828e-62e0b7bf${(0xa732 + i).toString(16)} found=${i % 3 === 0}`}`,
      ),
      times(
        34,
        (i) =>
          `level=info ts=${iso(at(8, 24, 40) + i * 2, i + 50)} caller=tempodb.go:348 org_id=single-tenant msg="searching for trace in block" findTraceID=00000000000000007d3e1f0c5a9b2e44 block=${(0x20a6b62c + i * 7919).toString(16)}-0722-4816-9e14-b5ff29b5${(0x597a + i).toString(16)} found=true`,
      ),
    ),
    currentLog: log(
      'level=info ts=2026-02-11T08:26:03.118Z caller=main.go:117 msg="Starting Tempo" version="(version=2.3.1, branch=HEAD, revision=d1d7b95a4)"',
      'level=info ts=2026-02-11T08:26:03.511Z caller=module_service.go:82 msg=starting module=querier',
      'level=info ts=2026-02-11T08:26:03.520Z caller=worker.go:104 msg="Starting querier worker connected to query-frontend" frontend=tempo-query-frontend-discovery.tracing.svc:9095',
      times(
        12,
        (i) =>
          `level=info ts=${iso(at(8, 26, 10) + i * 9, i + 90)} caller=handler.go:134 tenant=single-tenant method=GET traceID=${(0x2b3c4d5e6f70 + i * 7907).toString(16).padStart(16, '0')} url="/querier/api/traces/${(0x2b3c4d5e6f70 + i * 7907).toString(16).padStart(16, '0')}?mode=blocks" duration=${38 + (i % 6) * 11}ms response_size=${17114 + i * 677} status=200`,
      ),
      times(
        22,
        (i) =>
          `level=info ts=${iso(at(8, 28, 30) + i * 2, i + 110)} caller=tempodb.go:348 org_id=single-tenant msg="searching for trace in block" findTraceID=00000000000000007d3e1f0c5a9b2e44 block=${(0x20a6b62c + i * 7919).toString(16)}-0722-4816-9e14-b5ff29b5${(0x597a + i).toString(16)} found=true`,
      ),
    ),
    accept: ['escalate'],
  },
  {
    id: 'sixtyfirst-falco-event-file-page-cache-alert',
    family: 'page-cache-alert',
    source: 'https://github.com/falcosecurity/falco/issues/338',
    signal: 'Alert',
    containers: [
      {
        name: 'falco',
        running: { startedAt: '2026-02-09T06:02:11Z' },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        args: [
          '/usr/bin/falco',
          '--cri',
          '/run/containerd/containerd.sock',
          '-o',
          'json_output=true',
          '-o',
          'file_output.enabled=true',
          '-o',
          'file_output.filename=/var/log/falco/events.log',
          '-o',
          'engine.kind=modern_ebpf',
        ],
        mounts: [
          { volume: 'falco-events', path: '/var/log/falco' },
          { volume: 'rulesfiles-install-dir', path: '/etc/falco' },
        ],
      },
      { name: 'falcoctl-artifact-follow', running: {}, ready: true, memoryLimit: '128Mi' },
    ],
    volumes: [
      { name: 'falco-events', emptyDir: { sizeLimit: '2Gi' } },
      { name: 'rulesfiles-install-dir', emptyDir: {} },
    ],
    events: [
      alert(
        'ContainerMemoryUsageHigh: falco in falco-8xk2p at 96% of its 256Mi limit (container_memory_usage_bytes 246Mi); container_memory_working_set_bytes 39Mi, container_memory_rss 27Mi, container_memory_cache 214Mi',
      ),
    ],
    currentLog: log(
      'Mon Feb  9 06:02:11 2026: Falco version: 0.37.1 (x86_64)',
      'Mon Feb  9 06:02:11 2026: Falco initialized with configuration file: /etc/falco/falco.yaml',
      'Mon Feb  9 06:02:11 2026: System info: Linux version 6.1.0-18-cloud-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)',
      'Mon Feb  9 06:02:11 2026: Loading rules from file /etc/falco/falco_rules.yaml',
      'Mon Feb  9 06:02:11 2026: Hostname value has been overridden via environment variable to: ip-10-40-3-17',
      'Mon Feb  9 06:02:11 2026: The chosen syscall buffer dimension is: 8388608 bytes (8 MBs)',
      'Mon Feb  9 06:02:11 2026: Starting health webserver with threadiness 2, listening on 0.0.0.0:8765',
      'Mon Feb  9 06:02:11 2026: Loaded event sources: syscall',
      'Mon Feb  9 06:02:11 2026: Enabled event sources: syscall',
      "Mon Feb  9 06:02:11 2026: Opening 'syscall' source with modern BPF probe.",
      "Mon Feb  9 06:02:11 2026: One ring buffer every '2' CPUs.",
      times(
        40,
        (i) =>
          `{"hostname":"ip-10-40-3-17","output":"${hms(at(7, 50) + i * 57)}.${ms(i)}${ms(i + 3)}402: ${['Notice Unexpected connection to K8s API Server from container', 'Warning Sensitive file opened for reading by non-trusted program', 'Notice A shell was spawned in a container with an attached terminal'][i % 3]} (user=${['root', 'nobody', 'app'][i % 3]} container_id=${(0x4c1e2a0b9d3f + i * 7919).toString(16)} container_name=${['metrics-agent', 'backup-runner', 'debug-shell'][i % 3]} k8s_ns=${['monitoring', 'ops', 'payments'][i % 3]})","priority":"${['Notice', 'Warning', 'Notice'][i % 3]}","rule":"${['Contact K8S API Server From Container', 'Read sensitive file untrusted', 'Terminal shell in container'][i % 3]}","source":"syscall","tags":["container","maturity_stable","mitre_${['discovery', 'credential_access', 'execution'][i % 3]}"],"time":"2026-02-11T${hms(at(7, 50) + i * 57)}.${ms(i)}${ms(i + 3)}402Z"}`,
      ),
    ),
    accept: ['escalate'],
    harmful: ['rollout-restart'],
  },
];
