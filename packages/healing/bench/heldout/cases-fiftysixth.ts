import type { HeldOutCase, HeldOutContainer, HeldOutEvent, HeldOutNode } from './case.ts';
import { log } from './case.ts';

/** `count` items built from their index: the polls, probes and access lines a busy pod repeats. */
const times = <T>(count: number, line: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => line(i));

/** 08:00:00Z on the case's day (2026-02-11), in milliseconds; every line is dated in seconds from it. */
const T0 = Date.UTC(2026, 1, 11, 8, 0, 0);
/** Seconds from 08:00:00Z on the 11th to `h:m:s` UTC on `day` February 2026 (negative: before it). */
const at = (h: number, m: number, s = 0, day = 11): number => (Date.UTC(2026, 1, day, h, m, s) - T0) / 1000;
/** The moment `s` seconds after 08:00:00Z. */
const when = (s: number): Date => new Date(T0 + Math.round(s * 1000));
/** RFC 3339 with milliseconds, `2026-02-11T08:12:03.118Z`. */
const iso = (s: number): string => when(s).toISOString();
/** RFC 3339 without fractions, `2026-02-11T08:12:03Z`. */
const isoS = (s: number): string => `${iso(s).slice(0, 19)}Z`;
/** `YYYY-MM-DD`. */
const ymd = (s: number): string => iso(s).slice(0, 10);
/** `HH:MM:SS`. */
const hms = (s: number): string => iso(s).slice(11, 19);
/** Three digits of milliseconds. */
const msOf = (s: number): string => iso(s).slice(20, 23);
/** Two digits. */
const p2 = (n: number): string => String(n).padStart(2, '0');
/** `MMDD`, as klog and Zabbix print the date. */
const mmdd = (s: number): string => `${p2(when(s).getUTCMonth() + 1)}${p2(when(s).getUTCDate())}`;
/** Six digits that vary from line to line (klog microseconds). */
const micro = (i: number): string => String((i * 7919 + 104729) % 1_000_000).padStart(6, '0');
/** A fraction of a second that varies with `i`, to keep repeated lines from sharing a timestamp. */
const jit = (i: number): number => ((i * 379 + 113) % 1000) / 1000;
/** A klog header: `E0211 06:41:37.412903       1 `. */
const klog = (level: 'I' | 'W' | 'E', s: number, i: number): string =>
  `${level}${mmdd(s)} ${hms(s)}.${micro(i)}       1`;
/** The `i`-th item of `items`, cycling. */
const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
/** Epoch seconds of the moment `s` seconds after 08:00:00Z. */
const epoch = (s: number): number => T0 / 1000 + s;

/** An Alertmanager alert as the evidence shows it: an event on the Deployment. */
const alert = (name: string, text: string): HeldOutEvent => ({
  reason: 'AlertFiring',
  type: 'Warning',
  message: `${name}: ${text}`,
  on: 'Deployment',
});

/** The usual node of the batch: Ready, its harmless conditions written out. */
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

/** A container that exited with `exitCode` and now waits out the kubelet's back-off. */
const backingOff = (
  name: string,
  exitCode: number,
  restarts: number,
  backOff = '5m0s',
): HeldOutContainer => ({
  name,
  waiting: { reason: 'CrashLoopBackOff', message: `back-off ${backOff} restarting failed container=${name}` },
  last: { reason: 'Error', exitCode },
  restarts,
});

/** A Spring Boot 3 console line (Logback's default pattern). */
const boot = (s: number, level: string, thread: string, logger: string, msg: string): string =>
  `${iso(s)} ${level.padStart(5)} 1 --- [${thread.padStart(15).slice(-15)}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;

/**
 * A fifty-sixth batch, written without reading the catalog (its patterns, samples or diagnosis code)
 * and not scored by its author: restart or not, a round on wedged processes. Every case is a pod that
 * looks stuck; in about half a restart of the pod (or a rolling restart of the workload) is what a good
 * on-call SRE does first, in the other half it is useless or does damage, and only the software's own
 * output over time (what it printed, then stopped printing; how long since the blip; whether anything
 * recovered; the restart count) tells which. Most alerts say nothing about the health of the
 * dependency.
 *
 * Software, mostly none an earlier batch used: Traefik v3's Kubernetes providers, OpenLDAP syncrepl,
 * Quartz on a JDBC job store (twice), collectd's write_graphite, Redpanda Connect's kafka_franz input
 * and aws_s3 output, a Pulsar broker's deadlock health check, SSSD, Apache DolphinScheduler workers on
 * Kerberised HDFS, HAProxy without resolvers, SFTPGo on PostgreSQL, Filebeat, Spark Structured
 * Streaming (twice), Netdata, Gitblit on Jetty, kube-vip, consul-template, MetalLB's layer-2 speaker,
 * an Icinga 2 satellite, ShedLock behind HikariCP, Spring Batch, a Zabbix proxy and a Zabbix server,
 * Squid with an ICAP scanner, Flink's Kubernetes HA services, 389 Directory Server, FreeRADIUS,
 * rqlite, Caddy's on-demand TLS, Logstash's grok, the Vault Agent injector, envconsul, Samba's
 * winbind, Nagios Core, NFS-Ganesha, Promtail and a HashiCorp Boundary worker. Each quotes the wording
 * of the public thread, document or source in `source`.
 *
 * Mix: 19 restarts right (an informer that never synced; a syncrepl consumer that quit retrying; a
 * Quartz trigger left blocked by a database blip; a Graphite writer and a Kafka consumer that gave up;
 * a broker whose health check found deadlocked threads; an SSSD responder that exhausted its
 * reconnection retries; a Kerberos ticket never renewed; HAProxy holding a pod IP resolved at start; a
 * database password rotated under a running pool; Filebeat holding rotated logs; a streaming query
 * dead inside a live driver; descriptor and thread leaks after days; a lease lost and never contested
 * again; a template watch frozen for days; an ARP responder never recreated; a satellite that stopped
 * reconnecting; a Hikari pool wedged on the old writer; two of them also accept a rolling restart, two
 * escalation); 21 where a restart is wrong or useless: a settlement batch three hours in, a Zabbix
 * proxy buffering into an emptyDir while its server is down, a Zabbix schema upgrade after a rollout
 * (rollback harmful too), an ICAP scanner, a syncrepl provider, a MinIO endpoint and a Vault still down
 * or sealed, a Flink service account denied ConfigMaps, a Nagios object error and an envconsul secret
 * path that does not exist, a directory server killed by its liveness probe mid-recovery, an NFS server
 * in its grace period, FreeRADIUS and Quartz waiting on a saturated database, an rqlite leader whose
 * restart would lose quorum, a Caddy restart storm against Let's Encrypt's rate limits, a grok wedge
 * and an inotify limit that come back minutes after every restart, a Spark query catching up on a
 * backlog, a node whose clock drifted (cordon and drain accepted) and a node that stopped reporting
 * (replacing or draining it accepted). No memory raise, scale-up or cache flush is right anywhere.
 */
export const FIFTYSIXTH_CASES: HeldOutCase[] = [
  // ───────────────────────────── restarts right ─────────────────────────────
  {
    id: 'fiftysixth-traefik-edge-replica-answers-404',
    family: 'stale-watch',
    source: 'https://github.com/traefik/traefik/issues/13390',
    signal: 'Alert',
    containers: [
      {
        name: 'traefik',
        running: { startedAt: iso(at(6, 41, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: [
          '--entryPoints.web.address=:8000/tcp',
          '--entryPoints.websecure.address=:8443/tcp',
          '--entryPoints.traefik.address=:9000/tcp',
          '--ping=true',
          '--providers.kubernetescrd',
          '--providers.kubernetesingress',
          '--accesslog=true',
          '--log.level=INFO',
        ],
        mounts: [
          { volume: 'data', path: '/data' },
          { volume: 'tmp', path: '/tmp' },
        ],
      },
    ],
    volumes: [
      { name: 'data', emptyDir: {} },
      { name: 'tmp', emptyDir: {} },
    ],
    node: quietNode,
    events: [
      alert(
        'TraefikReplicaNotFoundRatio',
        'traefik-6d8f7b9c5d-q4wzn answered 100% of 4,812 requests with 404 over the last 15m (the other 7 replicas: 0.4%).',
      ),
    ],
    currentLog: log(
      `${isoS(at(6, 41, 7))} INF Traefik version 3.4.1 built on 2025-06-02T13:21:05Z version=3.4.1`,
      `${isoS(at(6, 41, 7))} INF Stats collection is disabled.`,
      `${isoS(at(6, 41, 7))} INF Starting provider aggregator *aggregator.ProviderAggregator`,
      `${isoS(at(6, 41, 7))} INF Starting provider *traefik.Provider`,
      `${isoS(at(6, 41, 7))} INF Starting provider *crd.Provider`,
      `${isoS(at(6, 41, 7))} INF label selector is: "" providerName=kubernetescrd`,
      `${isoS(at(6, 41, 7))} INF Creating in-cluster Provider client providerName=kubernetescrd`,
      `${isoS(at(6, 41, 7))} INF Starting provider *ingress.Provider`,
      `${isoS(at(6, 41, 7))} INF ingress label selector is: "" providerName=kubernetes`,
      `${isoS(at(6, 41, 7))} INF Creating in-cluster Provider client providerName=kubernetes`,
      `${isoS(at(6, 41, 7))} INF Starting provider *acme.ChallengeTLSALPN`,
      times(3, (round) =>
        [
          'v1.Service:/api/v1/services',
          'v1.EndpointSlice:/apis/discovery.k8s.io/v1/endpointslices',
          'v1alpha1.IngressRoute:/apis/traefik.io/v1alpha1/ingressroutes',
          'v1alpha1.Middleware:/apis/traefik.io/v1alpha1/middlewares',
          'v1.Secret:/api/v1/secrets',
          'v1.Ingress:/apis/networking.k8s.io/v1/ingresses',
          'v1alpha1.ServersTransportTCP:/apis/traefik.io/v1alpha1/serverstransporttcps',
        ].map((kind, k) => {
          const [type, path] = kind.split(':');
          const s = at(6, 41, 37) + round * 31 + k * 0.001;
          return `${klog('E', s, round * 7 + k)} reflector.go:205] "Failed to watch" err="failed to list *${type}: Get \\"https://10.0.0.1:443${path}?limit=500&resourceVersion=0\\": dial tcp 10.0.0.1:443: i/o timeout" logger="UnhandledError" reflector="k8s.io/client-go@v0.33.1/tools/cache/reflector.go:290" type="*${type}"`;
        }),
      ).flat(),
      times(90, (i) => {
        const s = at(8, 12, 0) + i * 10 + jit(i);
        const clf = `[11/Feb/2026:${hms(s)} +0000]`;
        if (i % 9 === 0)
          return `10.42.0.1 - - ${clf} "GET /ping HTTP/1.1" 200 2 "-" "-" ${40211 + i} "ping@internal" "-" 0ms`;
        const paths = [
          '/api/v2/orders',
          '/api/v2/cart/items',
          '/checkout/session',
          '/static/app.7c1e.js',
          '/api/v2/auth/refresh',
        ];
        return `10.42.${3 + (i % 4)}.${17 + (i % 50)} - - ${clf} "${i % 5 === 2 ? 'POST' : 'GET'} ${paths[i % paths.length]} HTTP/1.1" 404 19 "-" "-" ${40211 + i} "-" "-" 0ms`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-openldap-replica-contextcsn-behind',
    family: 'reconnect-gave-up',
    source: 'https://github.com/osixia/container-openldap/issues/316',
    signal: 'Alert',
    containers: [
      {
        name: 'slapd',
        running: { startedAt: iso(at(14, 2, 11, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          LDAP_ORGANISATION: 'Northwind',
          LDAP_DOMAIN: 'corp.northwind.io',
          LDAP_READONLY_USER: 'true',
          LDAP_REPLICATION: 'true',
          LDAP_TLS_VERIFY_CLIENT: 'never',
        },
        mounts: [
          { volume: 'ldap-data', path: '/var/lib/ldap' },
          { volume: 'ldap-config', path: '/etc/ldap/slapd.d' },
          { volume: 'replication', path: '/container/environment/01-custom' },
        ],
      },
    ],
    volumes: [
      { name: 'ldap-data', emptyDir: {} },
      { name: 'ldap-config', emptyDir: {} },
      { name: 'replication', configMap: 'ldap-replica-syncrepl' },
    ],
    events: [
      alert(
        'LDAPReplicaContextCSNLagging',
        'ldap-replica-6f8d9c7b8-2xkqp contextCSN of dc=corp,dc=northwind,dc=io is 2h11m behind ldap-provider-0; the other two replicas are within 2s.',
      ),
    ],
    currentLog: (() => {
      const hex = (s: number): string => Math.floor(epoch(s)).toString(16);
      const provider = 'ldap://ldap-provider-0.ldap-provider.identity.svc.cluster.local:389';
      const search = (s: number, i: number): string[] => [
        `${hex(s)} conn=${41873 + i} fd=${21 + (i % 9)} ACCEPT from IP=10.42.${2 + (i % 5)}.${30 + (i % 70)}:${40112 + i * 7} (IP=0.0.0.0:389)`,
        `${hex(s)} conn=${41873 + i} op=0 BIND dn="cn=readonly,dc=corp,dc=northwind,dc=io" method=128`,
        `${hex(s)} conn=${41873 + i} op=0 RESULT tag=97 err=0 text=`,
        `${hex(s)} conn=${41873 + i} op=1 SRCH base="ou=people,dc=corp,dc=northwind,dc=io" scope=2 deref=0 filter="(&(objectClass=posixAccount)(uid=${['amara', 'jlee', 'svc-ci', 'tkowalski', 'mrossi'][i % 5]}))"`,
        `${hex(s)} conn=${41873 + i} op=1 SEARCH RESULT tag=101 err=0 nentries=1 text=`,
        `${hex(s)} conn=${41873 + i} op=2 UNBIND`,
        `${hex(s)} conn=${41873 + i} fd=${21 + (i % 9)} closed`,
      ];
      return log(
        times(4, (i) => search(at(5, 41, 10) + i * 97, i)).flat(),
        `${hex(at(5, 58, 2))} do_syncrep2: rid=001 (-1) Can't contact LDAP server`,
        `${hex(at(5, 58, 2))} do_syncrepl: rid=001 rc -1 retrying (10 retries left)`,
        times(10, (i) => {
          const s = at(5, 59, 2) + i * 60;
          return [
            `${hex(s)} slap_client_connect: URI=${provider} DN="cn=replicator,dc=corp,dc=northwind,dc=io" ldap_sasl_bind_s failed (-1)`,
            i < 9
              ? `${hex(s)} do_syncrepl: rid=001 rc -1 retrying (${9 - i} retries left)`
              : `${hex(s)} do_syncrepl: rid=001 rc -1 quitting`,
            ...(i % 3 === 1 ? search(s + 20, 10 + i) : []),
          ];
        }).flat(),
        times(16, (i) => search(at(6, 20, 0) + i * 487, 30 + i)).flat(),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-quartz-invoice-run-never-fires-again',
    family: 'stuck-trigger',
    source: 'https://github.com/blossom-project/blossom/issues/181',
    signal: 'Alert',
    containers: [
      {
        name: 'billing-scheduler',
        running: { startedAt: iso(at(9, 14, 40, 8)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1536Mi',
        memoryRequest: '1Gi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_QUARTZ_JOB_STORE_TYPE: 'jdbc',
          SPRING_DATASOURCE_URL:
            'jdbc:mysql://billing-db.cluster-cj3f8.eu-west-1.rds.amazonaws.com:3306/billing',
        },
      },
    ],
    events: [
      alert(
        'BillingInvoiceRunOverdue',
        'job DEFAULT.invoiceRunJob last completed 2026-02-11 03:45 UTC; it is scheduled every 15 minutes (17 runs missed).',
      ),
    ],
    currentLog: log(
      times(16, (i) => {
        const s = at(2, 0, 0) + i * 450;
        return i % 2 === 0
          ? boot(
              s,
              'INFO',
              `duler_Worker-${(i % 10) + 1}`,
              'c.n.billing.jobs.InvoiceRunJob',
              `invoice run finished: ${310 + i * 7} invoices, 0 failures (${2400 + i * 31} ms)`,
            )
          : boot(
              s,
              'INFO',
              `duler_Worker-${(i % 10) + 1}`,
              'c.n.billing.jobs.DunningReminderJob',
              `dunning reminders sent: ${12 + i}`,
            );
      }),
      boot(
        at(4, 0, 0),
        'INFO',
        'duler_Worker-10',
        'c.n.billing.jobs.InvoiceRunJob',
        'invoice run started for window 2026-02-11T03:45Z/2026-02-11T04:00Z',
      ),
      boot(
        at(4, 2, 17),
        'WARN',
        'duler_Worker-10',
        'com.zaxxer.hikari.pool.ProxyConnection',
        'HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@6829ad28 marked as broken because of SQLSTATE(08S01), ErrorCode(0)',
      ),
      '',
      'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
      '',
      'The last packet successfully received from the server was 9,112 milliseconds ago. The last packet sent successfully to the server was 9,113 milliseconds ago.',
      '\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)',
      '\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)',
      '\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)',
      '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
      '\tat c.n.billing.invoice.InvoiceWriter.flush(InvoiceWriter.java:88)',
      boot(
        at(4, 2, 17),
        'ERROR',
        'duler_Worker-10',
        'org.quartz.core.JobRunShell',
        'Job DEFAULT.invoiceRunJob threw an unhandled Exception: ',
      ),
      boot(
        at(4, 2, 18),
        'ERROR',
        'duler_Worker-10',
        'org.quartz.core.ErrorLogger',
        'Unable to notify TriggerListener(s) of Job that was executed: (error will be ignored). trigger= DEFAULT.invoiceRunTrigger job= DEFAULT.invoiceRunJob',
      ),
      '',
      "org.quartz.SchedulerException: TriggerListener 'GlobalTriggerListener' threw exception: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.TransactionException: JDBC begin transaction failed: ",
      '\tat org.quartz.core.QuartzScheduler.notifyTriggerListenersComplete(QuartzScheduler.java:1903) ~[quartz-2.3.2.jar!/:na]',
      '\tat org.quartz.core.JobRunShell.notifyJobListenersComplete(JobRunShell.java:372) ~[quartz-2.3.2.jar!/:na]',
      '\tat org.quartz.core.JobRunShell.run(JobRunShell.java:226) ~[quartz-2.3.2.jar!/:na]',
      boot(
        at(4, 2, 18),
        'ERROR',
        'duler_Worker-10',
        'o.s.s.quartz.LocalDataSourceJobStore',
        "Couldn't remove fired trigger record for trigger DEFAULT.invoiceRunTrigger: Communications link failure",
      ),
      boot(
        at(4, 2, 31),
        'INFO',
        'nPool-1 housekeeper',
        'com.zaxxer.hikari.pool.HikariPool',
        'HikariPool-1 - Pool stats (total=10, active=0, idle=10, waiting=0)',
      ),
      times(38, (i) => {
        const s = at(4, 5, 0) + i * 420 + jit(i);
        const jobs = [
          ['c.n.billing.jobs.DunningReminderJob', `dunning reminders sent: ${9 + (i % 7)}`],
          ['c.n.billing.jobs.UsageRollupJob', `usage rollup window closed: ${1800 + i * 13} meters, lag 41s`],
          ['c.n.billing.jobs.CardExpiryNoticeJob', `card expiry notices queued: ${i % 4}`],
        ] as const;
        const [logger, msg] = pick(jobs, i);
        return boot(s, 'INFO', `duler_Worker-${(i % 9) + 1}`, logger, msg);
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-collectd-aggregator-graphite-silent',
    family: 'reconnect-gave-up',
    source: 'https://github.com/collectd/collectd/issues/1140',
    signal: 'Alert',
    containers: [
      {
        name: 'collectd',
        running: { startedAt: iso(at(11, 20, 4, 2)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        mounts: [{ volume: 'collectd-conf', path: '/etc/collectd/collectd.conf.d' }],
      },
    ],
    volumes: [{ name: 'collectd-conf', configMap: 'collectd-aggregator' }],
    events: [
      alert(
        'GraphiteSeriesAbsent',
        'no datapoints under collectd.lab-* received by carbon for 47m; these 212 hosts send to collectd-aggregator-5b9d7c6f4-m2x8h, which forwards with write_graphite.',
      ),
    ],
    currentLog: log(
      `[${ymd(at(11, 20, 4, 2))} ${hms(at(11, 20, 4, 2))}] [info] plugin_load: plugin "logfile" successfully loaded.`,
      `[${ymd(at(11, 20, 4, 2))} ${hms(at(11, 20, 4, 2))}] [info] plugin_load: plugin "network" successfully loaded.`,
      `[${ymd(at(11, 20, 4, 2))} ${hms(at(11, 20, 4, 2))}] [info] plugin_load: plugin "write_graphite" successfully loaded.`,
      `[${ymd(at(11, 20, 4, 2))} ${hms(at(11, 20, 4, 2))}] [info] plugin_load: plugin "python" successfully loaded.`,
      `[${ymd(at(11, 20, 5, 2))} ${hms(at(11, 20, 5, 2))}] [info] Initialization complete, entering read-loop.`,
      times(14, (i) => {
        const s = at(9, 0, 0, 9) + i * 9103;
        return `[${ymd(s)} ${hms(s)}] [notice] read-function of plugin \`python.nfsiostat' failed. Will suspend it for ${(20 * 2 ** (i % 3)).toFixed(3)} seconds.`;
      }),
      `[${ymd(at(7, 42, 51))} ${hms(at(7, 42, 51))}] [error] write_graphite plugin: send to carbon-relay.metrics.svc.cluster.local:2003 (tcp) failed with status 110 (Connection timed out)`,
      `[${ymd(at(7, 42, 51))} ${hms(at(7, 42, 51))}] [error] Filter subsystem: Built-in target \`write': Dispatching value to all write plugins failed with status -1.`,
      times(6, (i) => {
        const s = at(7, 51, 0) + i * 397;
        return `[${ymd(s)} ${hms(s)}] [notice] read-function of plugin \`python.nfsiostat' failed. Will suspend it for 20.000 seconds.`;
      }),
    ),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-redpanda-connect-clickstream-lag-climbing',
    family: 'stalled-consumer',
    source: 'https://github.com/redpanda-data/connect/issues/2705',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: iso(at(16, 3, 12, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        args: ['run', '/etc/connect/pipeline.yaml'],
        env: { KAFKA_SEED_BROKERS: 'events-kafka-bootstrap.kafka.svc:9092', S3_BUCKET: 'nw-clickstream-raw' },
        mounts: [{ volume: 'pipeline', path: '/etc/connect' }],
      },
    ],
    volumes: [{ name: 'pipeline', configMap: 'clickstream-enricher-pipeline' }],
    events: [
      alert(
        'KafkaConsumerGroupLagGrowing',
        'group clickstream-enricher lag on topic web.clickstream is 1.42M and rising for 70m; committed offsets unchanged since 06:53.',
      ),
    ],
    currentLog: (() => {
      const lf = (s: number, level: string, msg: string, extra = ''): string =>
        `time="${isoS(s)}" level=${level} msg="${msg}" @service=redpanda-connect${extra ? ` ${extra}` : ''}`;
      return log(
        lf(
          at(16, 3, 12, 9),
          'info',
          'Running main config from specified file',
          'benthos_version=4.52.0 path=/etc/connect/pipeline.yaml',
        ),
        lf(at(16, 3, 12, 9), 'info', 'Listening for HTTP requests at: http://0.0.0.0:4195'),
        lf(
          at(16, 3, 13, 9),
          'info',
          'Input type kafka_franz is now active',
          'label=clickstream path=root.input',
        ),
        lf(
          at(16, 3, 13, 9),
          'info',
          'Output type aws_s3 is now active',
          'label=raw_archive path=root.output',
        ),
        times(6, (i) =>
          lf(
            at(21, 0, 0, 10) + i * 5400,
            'warning',
            'Value interpolation error: expected number value, got null',
            'label=session_duration path=root.pipeline.processors.2',
          ),
        ),
        times(12, (i) => {
          const s = at(6, 50, 14) + i * 15 + jit(i);
          const b = 1 + (i % 3);
          return lf(
            s,
            'warning',
            'unable to open connection to broker',
            `addr="events-kafka-${b - 1}.events-kafka-brokers.kafka.svc:9092" broker=${b} err="dial tcp 10.42.${6 + b}.${19 + b}:9092: connect: connection refused" label=clickstream path=root.input`,
          );
        }),
        lf(
          at(6, 53, 31),
          'warning',
          'unable to open connection to broker',
          'addr="events-kafka-2.events-kafka-brokers.kafka.svc:9092" broker=3 err="dial tcp 10.42.9.22:9092: i/o timeout" label=clickstream path=root.input',
        ),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-pulsar-broker-not-ready-deadlocked-threads',
    family: 'deadlock',
    source: 'https://github.com/apache/bookkeeper/issues/4457',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'broker',
        running: { startedAt: iso(at(2, 12, 40, 8)) },
        ready: false,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '4',
        env: {
          PULSAR_MEM: '-Xms2g -Xmx2g -XX:MaxDirectMemorySize=3g',
          PULSAR_PREFIX_managedLedgerDefaultEnsembleSize: '3',
          PULSAR_PREFIX_managedLedgerDefaultWriteQuorum: '2',
        },
      },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        count: 61,
      },
    ],
    currentLog: (() => {
      const pl = (s: number, thread: string, level: string, logger: string, msg: string): string =>
        `${iso(s).slice(0, 23).replace('.', ',')}+0000 [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;
      const threads =
        'BookKeeperClientWorker-OrderedExecutor-10-0(tid=53), pulsar-io-32-13(tid=191), pulsar-io-32-14(tid=192), BookKeeperClientWorker-OrderedExecutor-11-0(tid=54), pulsar-io-32-37(tid=217), pulsar-io-32-38(tid=218)';
      return log(
        times(12, (i) =>
          pl(
            at(7, 18, 0) + i * 31,
            `pulsar-io-32-${3 + (i % 9)}`,
            'INFO',
            'org.apache.pulsar.broker.service.ServerCnx',
            `[/10.42.${4 + (i % 3)}.${60 + i}:${51200 + i * 13}] Subscribing on topic persistent://payments/ledger/postings-partition-${i % 8} / ledger-projector`,
          ),
        ),
        pl(
          at(7, 24, 12),
          'pulsar-web-68-39',
          'ERROR',
          'org.apache.pulsar.broker.admin.impl.BrokersBase',
          `Deadlocked threads detected. ${threads}`,
        ),
        '"BookKeeperClientWorker-OrderedExecutor-10-0" #53 prio=5 os_prio=0 cpu=811402.12ms elapsed=191612.44s tid=0x00007f3a8c2e1000 nid=0x62 waiting for monitor entry  [0x00007f3a5d7f5000]',
        '   java.lang.Thread.State: BLOCKED (on object monitor)',
        '\tat org.apache.bookkeeper.proto.PerChannelBookieClient.connectIfNeededAndDoOp(PerChannelBookieClient.java:612)',
        '\t- waiting to lock <0x00000006c2a1f3a8> (a org.apache.bookkeeper.proto.PerChannelBookieClient)',
        '\tat org.apache.bookkeeper.proto.DefaultPerChannelBookieClientPool.obtain(DefaultPerChannelBookieClientPool.java:118)',
        '',
        '"pulsar-io-32-13" #191 prio=5 os_prio=0 cpu=2203881.70ms elapsed=191609.02s tid=0x00007f3a44091800 nid=0xd9 waiting for monitor entry  [0x00007f39f37fd000]',
        '   java.lang.Thread.State: BLOCKED (on object monitor)',
        '\tat org.apache.bookkeeper.proto.PerChannelBookieClient.channelInactive(PerChannelBookieClient.java:1254)',
        '\t- waiting to lock <0x00000006c2a1f7d0> (a org.apache.bookkeeper.client.LedgerHandle)',
        '\tat io.netty.channel.AbstractChannelHandlerContext.invokeChannelInactive(AbstractChannelHandlerContext.java:303)',
        '',
        '    Locked synchronizers: count = 0',
        times(40, (i) => {
          const s = at(7, 25, 0) + i * 92 + jit(i);
          return i % 4 === 3
            ? pl(
                s,
                `pulsar-io-32-${5 + (i % 7)}`,
                'WARN',
                'org.apache.pulsar.broker.service.ServerCnx',
                `[/10.42.${4 + (i % 3)}.${70 + (i % 40)}:${52000 + i}][persistent://payments/ledger/postings-partition-${i % 8}][ledger-projector] Failed to create consumer: consumerId=${i}, Topic is temporarily unavailable`,
              )
            : [
                pl(
                  s,
                  `pulsar-web-68-${30 + (i % 9)}`,
                  'ERROR',
                  'org.apache.pulsar.broker.admin.impl.BrokersBase',
                  '[admin] Fail to run health check.',
                ),
                `java.util.concurrent.CompletionException: java.lang.IllegalStateException: Deadlocked threads detected. ${threads}`,
                '\tat java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315) ~[?:?]',
                '\tat java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:320) ~[?:?]',
              ].join('\n');
        }),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-sssd-sidecar-bastion-logins-refused',
    family: 'reconnect-gave-up',
    source: 'https://github.com/SSSD/sssd/issues/8893',
    signal: 'Alert',
    containers: [
      {
        name: 'sssd',
        running: { startedAt: iso(at(10, 31, 2, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        mounts: [
          { volume: 'sssd-conf', path: '/etc/sssd' },
          { volume: 'sss-pipes', path: '/var/lib/sss/pipes' },
        ],
      },
      {
        name: 'openssh',
        running: { startedAt: iso(at(10, 31, 2, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        mounts: [
          { volume: 'sss-pipes', path: '/var/lib/sss/pipes' },
          { volume: 'home', path: '/home' },
        ],
      },
    ],
    volumes: [
      { name: 'sssd-conf', secret: 'research-bastion-sssd' },
      { name: 'sss-pipes', emptyDir: { medium: 'Memory', sizeLimit: '16Mi' } },
      { name: 'home', persistentVolumeClaim: 'research-homes' },
    ],
    events: [
      alert(
        'BastionLoginFailures',
        'research-bastion: 212 of 212 SSH logins failed in the last 20m with "PAM ERROR (Authentication service cannot retrieve authentication info)".',
      ),
    ],
    currentLog: (() => {
      const ss = (s: number, who: string, fn: string, level: string, msg: string): string => {
        const d = when(s);
        return `(${ymd(s)} ${String(d.getUTCHours()).padStart(2, ' ')}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}): [${who}] [${fn}] (${level}): ${msg}`;
      };
      const be = 'be[corp.northwind.io]';
      return log(
        times(10, (i) =>
          ss(
            at(5, 2, 0) + i * 180,
            be,
            'check_if_online_delayed',
            '0x2000',
            'Backend is already online, nothing to do.',
          ),
        ),
        ss(
          at(5, 34, 41),
          be,
          'sdap_id_op_connect_done',
          '0x0040',
          '[RID#4411] Failed to connect, going offline (5 [Input/output error])',
        ),
        ss(at(5, 34, 41), be, 'be_mark_offline', '0x2000', '[RID#4411] Going offline!'),
        ss(at(5, 34, 41), be, 'be_mark_offline', '0x2000', '[RID#4411] Enable check_if_online_ptask.'),
        ss(
          at(5, 34, 41),
          be,
          'fo_resolve_service_send',
          '0x0020',
          "[RID#4412] No available servers for service 'LDAP'",
        ),
        ss(
          at(5, 35, 33),
          'sssd',
          'svc_child_info',
          '0x0020',
          "Child [281] ('corp.northwind.io':'%BE_corp.northwind.io') was terminated by own WATCHDOG. Consult corresponding logs to figure out the reason.",
        ),
        ss(at(5, 35, 33), 'nss', 'sbus_dispatch', '0x0020', 'Performing auto-reconnect'),
        ss(at(5, 35, 34), 'nss', 'sbus_reconnect_attempt', '0x0020', 'Unable to connect to D-Bus'),
        ss(at(5, 35, 37), 'nss', 'sbus_reconnect_attempt', '0x0020', 'Unable to connect to D-Bus'),
        ss(at(5, 35, 43), 'nss', 'sbus_reconnect_attempt', '0x0020', 'Unable to connect to D-Bus'),
        ss(
          at(5, 35, 43),
          'nss',
          'sbus_reconnect',
          '0x0020',
          'Unable to reconnect: maximum retries exceeded.',
        ),
        ss(
          at(5, 35, 43),
          'nss',
          'sss_dp_on_reconnect',
          '0x0010',
          'Could not reconnect to corp.northwind.io provider.',
        ),
        ss(
          at(5, 35, 44),
          'pam',
          'sbus_reconnect',
          '0x0020',
          'Unable to reconnect: maximum retries exceeded.',
        ),
        ss(
          at(5, 35, 44),
          'pam',
          'sss_dp_on_reconnect',
          '0x0010',
          'Could not reconnect to corp.northwind.io provider.',
        ),
        ss(at(5, 36, 2), be, 'server_setup', '0x3f7c0', 'Starting with debug level = 0x0070'),
        ss(at(5, 38, 14), be, 'be_run_online_cb', '0x0080', 'Going online. Running callbacks.'),
        times(56, (i) => {
          const s = at(5, 41, 0) + i * 180 + jit(i);
          return i % 5 === 2
            ? ss(
                s,
                'nss',
                'sss_dp_get_account_send',
                '0x0040',
                `[CID#${8812 + i}] Could not contact the data provider for domain corp.northwind.io`,
              )
            : ss(s, be, 'check_if_online_delayed', '0x2000', 'Backend is already online, nothing to do.');
        }),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-dolphinscheduler-worker-hdfs-tasks-all-fail',
    family: 'credentials-cached',
    source: 'https://github.com/apache/dolphinscheduler/issues/14439',
    signal: 'Alert',
    containers: [
      {
        name: 'dolphinscheduler-worker',
        running: { startedAt: iso(at(6, 7, 55, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: {
          JAVA_OPTS: '-Xms2g -Xmx3g -Djava.security.krb5.conf=/etc/krb5.conf',
          RESOURCE_STORAGE_TYPE: 'HDFS',
          HADOOP_SECURITY_AUTHENTICATION_STARTUP_STATE: 'true',
          LOGIN_USER_KEYTAB_USERNAME: 'dsworker/ds-worker-2@HADOOP.NORTHWIND.IO',
          LOGIN_USER_KEYTAB_PATH: '/etc/security/keytab/dsworker.keytab',
        },
        mounts: [
          { volume: 'keytab', path: '/etc/security/keytab' },
          { volume: 'krb5', path: '/etc/krb5.conf' },
          { volume: 'worker-data', path: '/tmp/dolphinscheduler' },
        ],
      },
    ],
    volumes: [
      { name: 'keytab', secret: 'ds-worker-keytab' },
      { name: 'krb5', configMap: 'krb5-conf' },
      { name: 'worker-data', persistentVolumeClaim: 'worker-data-ds-worker-2' },
    ],
    events: [
      alert(
        'DolphinSchedulerTaskFailures',
        'worker ds-worker-2 failed 31 of 31 HDFS, Hive and Spark tasks since 06:12; the other 3 workers report no task failures.',
      ),
    ],
    currentLog: (() => {
      const ds = (
        s: number,
        level: string,
        logger: string,
        line: number,
        task: number,
        msg: string,
      ): string =>
        `[${level}] ${ymd(s)} ${hms(s)}.${msOf(s)} +0000 ${logger}:[${line}] - [WorkflowInstance-${task > 0 ? 9_311_000 + Math.floor(task / 3) : 0}][TaskInstance-${task}] - ${msg}`;
      const ok = (s: number, i: number): string[] => [
        ds(
          s,
          'INFO',
          'o.a.d.s.w.r.WorkerTaskExecutor',
          165,
          48_120 + i,
          `Send task execute status: RUNNING_EXECUTION to master : 10.42.1.${14 + (i % 3)}:5678`,
        ),
        ds(
          s + 40,
          'INFO',
          'o.a.d.s.w.r.WorkerTaskExecutor',
          210,
          48_120 + i,
          'Task execute finished, status: SUCCESS',
        ),
      ];
      const fail = (s: number, i: number): string[] => [
        ds(
          s,
          'INFO',
          'o.a.d.s.w.r.WorkerTaskExecutor',
          165,
          49_001 + i,
          `Send task execute status: RUNNING_EXECUTION to master : 10.42.1.${14 + (i % 3)}:5678`,
        ),
        ds(
          s + 1,
          'WARN',
          'o.a.h.i.Client',
          788,
          49_001 + i,
          'Exception encountered while connecting to the server : javax.security.sasl.SaslException: GSS initiate failed [Caused by GSSException: No valid credentials provided (Mechanism level: Failed to find any Kerberos tgt)]',
        ),
        ds(
          s + 1,
          'WARN',
          'o.a.h.s.UserGroupInformation',
          1127,
          49_001 + i,
          'Not attempting to re-login since the last re-login was attempted less than 600 seconds before.',
        ),
        ds(s + 2, 'ERROR', 'o.a.d.p.t.a.AbstractTask', 183, 49_001 + i, 'task execute failed'),
        `java.io.IOException: Failed on local exception: java.io.IOException: javax.security.sasl.SaslException: GSS initiate failed [Caused by GSSException: No valid credentials provided (Mechanism level: Failed to find any Kerberos tgt)]; Host Details : local host is: "ds-worker-2/10.42.6.31"; destination host is: "namenode-0.hdfs.bigdata.svc.cluster.local":8020; `,
        '\tat org.apache.hadoop.net.NetUtils.wrapException(NetUtils.java:808)',
        '\tat org.apache.hadoop.ipc.Client.getRpcResponse(Client.java:1566)',
        '\tat org.apache.hadoop.ipc.Client.call(Client.java:1508)',
        '\tat org.apache.hadoop.hdfs.DFSClient.getFileInfo(DFSClient.java:1729)',
        '\tat org.apache.dolphinscheduler.plugin.storage.hdfs.HdfsStorageOperator.exists(HdfsStorageOperator.java:301)',
        'Caused by: javax.security.sasl.SaslException: GSS initiate failed',
        '\tat com.sun.security.sasl.gsskerb.GssKrb5Client.evaluateChallenge(GssKrb5Client.java:228)',
        '\tat org.apache.hadoop.security.SaslRpcClient.saslConnect(SaslRpcClient.java:408)',
        '\t... 32 common frames omitted',
        ds(
          s + 2,
          'INFO',
          'o.a.d.s.w.r.WorkerTaskExecutor',
          210,
          49_001 + i,
          'Task execute finished, status: FAILURE',
        ),
      ];
      return log(
        ds(
          at(6, 7, 58, 10),
          'INFO',
          'o.a.d.c.u.KerberosHttpClient',
          62,
          0,
          'Login user from keytab successfully: dsworker/ds-worker-2@HADOOP.NORTHWIND.IO',
        ),
        times(9, (i) => ok(at(5, 10, 0) + i * 340, i)).flat(),
        times(16, (i) => fail(at(6, 12, 4) + i * 490 + jit(i), i)).flat(),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-haproxy-partner-gateway-no-server-available',
    family: 'stale-dns',
    source: 'https://github.com/NoteGio/openrelay/issues/15',
    signal: 'Alert',
    containers: [
      {
        name: 'haproxy',
        running: { startedAt: iso(at(15, 40, 18, 4)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '1',
        args: ['-f', '/usr/local/etc/haproxy/haproxy.cfg', '-W', '-db'],
        mounts: [{ volume: 'haproxy-cfg', path: '/usr/local/etc/haproxy' }],
      },
    ],
    volumes: [{ name: 'haproxy-cfg', configMap: 'partner-gw-haproxy' }],
    node: quietNode,
    events: [
      alert(
        'HAProxyBackendDown',
        'backend be_ledger has 0 of 2 servers UP on all 3 partner-gw pods since 07:33; partner requests answered 503.',
      ),
    ],
    currentLog: (() => {
      const access = (s: number, i: number, status: number, server: string): string =>
        `10.42.${1 + (i % 3)}.${9 + (i % 40)}:${51800 + i * 3} [11/Feb/2026:${hms(s)}.${msOf(s)}] fe_partner be_ledger/${server} ${status === 503 ? '0/-1/-1/-1/0' : `0/0/1/${11 + (i % 30)}/${13 + (i % 30)}`} ${status} ${status === 503 ? 217 : 412 + (i % 90)} - - ${status === 503 ? 'SC--' : '----'} ${12 + (i % 5)}/${12 + (i % 5)}/0/0/0 0/0 "${i % 3 === 0 ? 'GET /v1/ledger/balances' : 'POST /v1/ledger/entries'} HTTP/1.1"`;
      return log(
        '[NOTICE]   (1) : haproxy version is 2.8.14-c23fe91',
        '[NOTICE]   (1) : path to executable is /usr/local/sbin/haproxy',
        '[NOTICE]   (1) : New worker (8) forked',
        '[NOTICE]   (1) : Loading success.',
        times(30, (i) => access(at(7, 29, 0) + i * 7 + jit(i), i, 200, i % 2 ? 'ledger2' : 'ledger1')),
        '[WARNING]  (8) : Server be_ledger/ledger1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 1 active and 0 backup servers left. 3 sessions active, 0 requeued, 0 remaining in queue.',
        times(6, (i) => access(at(7, 32, 40) + i * 6 + jit(i), 40 + i, 200, 'ledger2')),
        '[WARNING]  (8) : Server be_ledger/ledger2 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left. 1 sessions active, 0 requeued, 0 remaining in queue.',
        "[ALERT]    (8) : backend 'be_ledger' has no server available!",
        times(80, (i) => access(at(7, 33, 30) + i * 40 + jit(i), 60 + i, 503, '<NOSRV>')),
      );
    })(),
    accept: ['rollout-restart', 'restart-pod'],
  },
  {
    id: 'fiftysixth-sftpgo-partner-uploads-failing-auth',
    family: 'credentials-cached',
    source: 'https://github.com/drakkan/sftpgo/issues/1752',
    signal: 'Alert',
    containers: [
      {
        name: 'sftpgo',
        running: { startedAt: iso(at(13, 12, 44, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          SFTPGO_DATA_PROVIDER__DRIVER: 'postgresql',
          SFTPGO_DATA_PROVIDER__HOST: 'sftpgo-db.cluster-cj3f8.eu-west-1.rds.amazonaws.com',
          SFTPGO_DATA_PROVIDER__NAME: 'sftpgo',
          SFTPGO_DATA_PROVIDER__USERNAME: 'sftpgo',
          SFTPGO_DATA_PROVIDER__POOL_SIZE: '20',
        },
        mounts: [
          { volume: 'host-keys', path: '/var/lib/sftpgo/keys' },
          { volume: 'data', path: '/srv/sftpgo' },
        ],
      },
    ],
    volumes: [
      { name: 'host-keys', secret: 'partner-sftp-host-keys' },
      { name: 'data', persistentVolumeClaim: 'partner-sftp-data' },
    ],
    events: [
      alert(
        'SFTPGoLoginErrors',
        '87% of SFTP logins to partner-sftp failed in the last 15m (data provider errors).',
      ),
    ],
    currentLog: (() => {
      const j = (s: number, level: string, sender: string, rest: string): string =>
        `{"level":"${level}","time":"${iso(s).slice(0, 23)}","sender":"${sender}",${rest}}`;
      const upload = (s: number, i: number): string =>
        j(
          s,
          'info',
          'Upload',
          `"local_addr_port":"10.42.2.7:2022","remote_address":"203.0.113.${20 + (i % 30)}:${40011 + i}","elapsed_ms":${180 + (i % 9) * 37},"size_bytes":${41200 + i * 977},"username":"${pick(['acme-logistics', 'brightfield', 'kestrel-pay', 'oakline'], i)}","file_path":"/inbound/${ymd(s).replace(/-/g, '')}_${i}.csv","connection_id":"SFTP_${(0xa13f00 + i * 17).toString(16)}","protocol":"SFTP","ftp_mode":""`,
        );
      const authFail = (s: number, i: number): string =>
        j(
          s,
          'warn',
          'dataprovider_pgsql',
          `"message":"error checking user \\"${pick(['acme-logistics', 'brightfield', 'kestrel-pay', 'oakline', 'harbor-fresh'], i)}\\": failed to connect to \`user=sftpgo database=sftpgo\`: 10.20.4.17:5432 (sftpgo-db.cluster-cj3f8.eu-west-1.rds.amazonaws.com): failed SASL auth: FATAL: password authentication failed for user \\"sftpgo\\" (SQLSTATE 28P01)"`,
        );
      return log(
        times(24, (i) => upload(at(5, 12, 0) + i * 110 + jit(i), i)),
        times(90, (i) => {
          const s = at(6, 0, 9) + i * 97 + jit(i);
          if ((i < 12 && i % 3 === 0) || i % 11 === 5) return upload(s, 30 + i);
          if (i % 7 === 3)
            return j(
              s,
              'debug',
              'connection_failed',
              `"client_ip":"203.0.113.${20 + (i % 30)}","username":"${pick(['acme-logistics', 'brightfield', 'kestrel-pay'], i)}","login_type":"publickey","protocol":"SSH","error":"unable to authenticate user: failed to connect to \`user=sftpgo database=sftpgo\`: failed SASL auth"`,
            );
          return authFail(s, i);
        }),
      );
    })(),
    accept: ['rollout-restart', 'restart-pod', 'escalate'],
  },
  {
    id: 'fiftysixth-filebeat-open-files-node-disk-filling',
    family: 'deleted-file-handles',
    source: 'https://github.com/elastic/beats/issues/30472',
    signal: 'Alert',
    containers: [
      {
        name: 'filebeat',
        running: { startedAt: iso(at(3, 10, 41, 2)) },
        ready: true,
        restarts: 0,
        memoryLimit: '500Mi',
        memoryRequest: '200Mi',
        cpuLimit: '1',
        args: ['-c', '/etc/filebeat.yml', '-e'],
        mounts: [
          { volume: 'config', path: '/etc/filebeat.yml' },
          { volume: 'registry', path: '/usr/share/filebeat/data' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'filebeat-config' },
      { name: 'registry', emptyDir: {} },
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
      alert(
        'FilebeatOpenFilesHigh',
        'filebeat-7xk2p on ip-10-30-7-41 holds 2,917 open harvesters (fleet median 41); node filesystem / is 94% full and falling 1.1 GB/h.',
      ),
    ],
    currentLog: (() => {
      const fb = (s: number, level: string, comp: string, where: string, msg: string, extra = ''): string =>
        `${iso(s)}\t${level}\t${comp}\t${where}\t${msg}${extra ? `\t${extra}` : ''}`;
      const metrics = (s: number, open: number, i: number): string =>
        fb(
          s,
          'INFO',
          '[monitoring]',
          'log/log.go:145',
          'Non-zero metrics in the last 30s',
          `{"monitoring": {"metrics": {"beat":{"cpu":{"total":{"ticks":${88_870_000 + i * 2210}}},"handles":{"limit":{"hard":1048576,"soft":1048576},"open":${open + 19}},"info":{"ephemeral_id":"c3998888-f3bd-4c01-9e5d-8f47f536f10f","uptime":{"ms":${Math.round((s - at(3, 10, 41, 2)) * 1000)}}},"memstats":{"gc_next":41264080,"memory_alloc":39099472,"rss":188461056},"runtime":{"goroutines":${open * 3 + 61}}},"filebeat":{"events":{"active":${90 + (i % 40)},"added":${2100 + (i % 9) * 13},"done":${2090 + (i % 9) * 13}},"harvester":{"open_files":${open},"running":${open},"started":${3 + (i % 4)}}},"libbeat":{"output":{"events":{"acked":${2088 + (i % 9) * 13},"active":0,"batches":${41 + (i % 5)},"total":${2088 + (i % 9) * 13}},"read":{"bytes":${6100 + i}},"write":{"bytes":${1_880_000 + i * 311}}},"pipeline":{"clients":${open + 4},"events":{"active":${90 + (i % 40)},"published":${2100 + (i % 9) * 13},"total":${2100 + (i % 9) * 13}},"queue":{"acked":${2088 + (i % 9) * 13}}}},"registrar":{"states":{"current":${open + 12},"update":${2088 + (i % 9) * 13}},"writes":{"success":${41 + (i % 5)},"total":${41 + (i % 5)}}},"system":{"load":{"1":3.1,"15":2.8,"5":2.9}}}}}`,
        );
      const pods = [
        'checkout-api-7b9d',
        'orders-worker-5c4f',
        'search-indexer-66d8',
        'fraud-scorer-84bb',
        'ledger-api-9f21',
      ];
      return log(
        fb(
          at(3, 10, 41, 2),
          'INFO',
          'instance/beat.go:645',
          '',
          'Home path: [/usr/share/filebeat] Config path: [/usr/share/filebeat] Data path: [/usr/share/filebeat/data] Logs path: [/usr/share/filebeat/logs]',
        ),
        fb(
          at(3, 10, 41, 2),
          'INFO',
          'instance/beat.go:653',
          '',
          'Beat ID: 4f1a2c77-9e2b-4a6d-8d13-0f6ab2d0c6a2',
        ),
        fb(
          at(3, 10, 42, 2),
          'INFO',
          '[publisher_pipeline_output]',
          'pipeline/output.go:151',
          'Connection to backoff(async(tcp://logstash-beats.logging.svc:5044)) established',
        ),
        times(60, (i) => {
          const s = at(7, 0, 0) + i * 87 + jit(i);
          if (i % 6 === 0) return metrics(s, 2860 + i, i);
          const pod = pick(pods, i);
          return fb(
            s,
            'INFO',
            'log/harvester.go:302',
            '',
            `Harvester started for file: /var/log/containers/${pod}-${(0x1a2b + i).toString(16)}_prod_${pod.split('-')[0]}-${(0xfeed00 + i * 97).toString(16)}.log`,
          );
        }),
        metrics(at(8, 29, 11), 2917, 61),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-spark-streaming-driver-alive-query-dead',
    family: 'stalled-consumer',
    source: 'https://github.com/kubeflow/spark-operator/issues/1309',
    signal: 'Alert',
    containers: [
      {
        name: 'spark-driver',
        running: { startedAt: iso(at(18, 2, 30, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '6Gi',
        memoryRequest: '6Gi',
        cpuLimit: '2',
        args: [
          'spark-submit',
          '--deploy-mode',
          'client',
          '--conf',
          'spark.dynamicAllocation.enabled=true',
          '--conf',
          'spark.sql.streaming.checkpointLocation=s3a://nw-streaming-checkpoints/fraud-features',
          '/opt/app/fraud_features.py',
        ],
        env: { SPARK_DRIVER_MEMORY: '4g', KAFKA_BOOTSTRAP: 'payments-kafka-bootstrap.kafka.svc:9093' },
      },
    ],
    events: [
      alert(
        'SparkStreamingNoProgress',
        'query fraud-features has reported no progress for 52m; consumer lag on payments.authorized is 3.9M records.',
      ),
    ],
    currentLog: (() => {
      const sp = (s: number, level: string, cls: string, msg: string): string =>
        `${ymd(s).slice(2).replace(/-/g, '/')} ${hms(s)} ${level} ${cls}: ${msg}`;
      return log(
        times(18, (i) =>
          sp(
            at(7, 10, 0) + i * 60,
            'INFO',
            'MicroBatchExecution',
            `Streaming query made progress: {"id":"4d06c381-ed3c-4cc2-b3c3-225ab1b16c18","runId":"9b7f6d9b-a47f-4eda-b6bc-d284e30202ba","name":"fraud-features","timestamp":"${iso(at(7, 10, 0) + i * 60)}","batchId":${88_412 + i},"numInputRows":${41_200 + (i % 7) * 911},"inputRowsPerSecond":${(690 + (i % 7) * 15).toFixed(1)},"processedRowsPerSecond":${(2210 + (i % 5) * 40).toFixed(1)},"durationMs":{"addBatch":${17_800 + (i % 6) * 120},"getBatch":1,"latestOffset":${35 + (i % 4)},"queryPlanning":${41 + (i % 9)},"triggerExecution":${18_700 + (i % 6) * 130},"walCommit":${180 + (i % 5)}}}`,
          ),
        ),
        sp(
          at(7, 28, 31),
          'WARN',
          'KafkaOffsetReaderAdmin',
          'Error in attempt 1 getting Kafka offsets: org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition payments.authorized-7 could be determined',
        ),
        sp(
          at(7, 31, 32),
          'WARN',
          'KafkaOffsetReaderAdmin',
          'Error in attempt 2 getting Kafka offsets: org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition payments.authorized-7 could be determined',
        ),
        sp(
          at(7, 35, 14),
          'ERROR',
          'MicroBatchExecution',
          'Query fraud-features [id = 4d06c381-ed3c-4cc2-b3c3-225ab1b16c18, runId = 9b7f6d9b-a47f-4eda-b6bc-d284e30202ba] terminated with error',
        ),
        'org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition payments.authorized-7 could be determined',
        sp(
          at(7, 35, 14),
          'INFO',
          'MicroBatchExecution',
          'Async log purge executor pool for query [id = 4d06c381-ed3c-4cc2-b3c3-225ab1b16c18, runId = 9b7f6d9b-a47f-4eda-b6bc-d284e30202ba] has been shutdown',
        ),
        times(40, (i) => {
          const s = at(7, 36, 0) + i * 78 + jit(i);
          if (i < 6)
            return sp(
              s,
              'INFO',
              'ExecutorAllocationManager',
              `Request to remove executorIds: ${i * 2 + 3}, ${i * 2 + 4}`,
            );
          if (i < 12)
            return sp(
              s,
              'INFO',
              'KubernetesClusterSchedulerBackend',
              `Requesting to kill executor(s) ${i * 2 - 9}`,
            );
          return i % 2 === 0
            ? sp(s, 'INFO', 'ContextCleaner', `Cleaned accumulator ${91_204 + i * 3}`)
            : sp(
                s,
                'INFO',
                'BlockManagerInfo',
                `Removed broadcast_${4412 + i}_piece0 on fraud-features-driver-svc.streaming.svc:7079 in memory (size: 31.4 KiB, free: 2.1 GiB)`,
              );
        }),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-netdata-parent-children-gone-dark',
    family: 'fd-leak',
    source: 'https://github.com/netdata/netdata/issues/10012',
    signal: 'Alert',
    containers: [
      {
        name: 'netdata',
        running: { startedAt: iso(at(9, 48, 3, 1)) },
        ready: true,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        mounts: [
          { volume: 'netdata-cache', path: '/var/cache/netdata' },
          { volume: 'netdata-lib', path: '/var/lib/netdata' },
          { volume: 'stream-conf', path: '/etc/netdata/stream.conf' },
        ],
      },
    ],
    volumes: [
      { name: 'netdata-cache', persistentVolumeClaim: 'netdata-parent-database' },
      { name: 'netdata-lib', persistentVolumeClaim: 'netdata-parent-alarms' },
      { name: 'stream-conf', configMap: 'netdata-conf-parent' },
    ],
    events: [
      alert(
        'NetdataChildrenStale',
        '37 of 52 child nodes show no data on netdata-parent since 07:41; their agents report the parent refusing or dropping the stream.',
      ),
    ],
    currentLog: (() => {
      const nd = (s: number, level: string, thread: string, msg: string): string =>
        `${ymd(s)} ${hms(s)}: netdata ${level.padEnd(5)} : ${thread} : ${msg}`;
      const procs = [
        '/proc/1/mountinfo',
        '/proc/net/dev',
        '/proc/diskstats',
        '/proc/meminfo',
        '/proc/pressure/cpu',
        '/proc/self/mountinfo',
      ];
      const plugins = ['diskspace', 'proc', 'proc', 'proc', 'proc', 'cgroups'];
      return log(
        nd(
          at(9, 48, 3, 1),
          'INFO',
          'MAIN',
          'resources control: allowed file descriptors: soft = 1024, max = 4096',
        ),
        nd(at(9, 48, 4, 1), 'INFO', 'MAIN', 'netdata started on pid 1.'),
        times(20, (i) => {
          const s = at(7, 20, 0) + i * 61 + jit(i);
          return nd(
            s,
            'INFO',
            `STREAM_RECEIVER[k8s-node-${p2(i % 52)},[10.42.${i % 8}.${11 + i}]:${40212 + i}]`,
            `STREAM k8s-node-${p2(i % 52)} [receive from [10.42.${i % 8}.${11 + i}]:${40212 + i}]: receiving metrics...`,
          );
        }),
        times(70, (i) => {
          const s = at(7, 41, 0) + i * 41 + jit(i);
          if (i % 5 === 1)
            return nd(
              s,
              'ERROR',
              'WEB_SERVER[static4]',
              'LISTENER: Cannot accept new connection on socket 5 (errno 24, Too many open files)',
            );
          if (i % 5 === 3)
            return nd(
              s,
              'ERROR',
              `STREAM_RECEIVER[k8s-node-${p2(i % 52)},[10.42.${i % 8}.${11 + (i % 40)}]:${41000 + i}]`,
              `STREAM k8s-node-${p2(i % 52)} [receive from [10.42.${i % 8}.${11 + (i % 40)}]:${41000 + i}]: disconnected (completed ${100 + i * 3} updates).`,
            );
          const k = i % procs.length;
          return nd(
            s,
            'ERROR',
            `PLUGIN[${pick(plugins, k)}]`,
            `PROCFILE: Cannot open file '${pick(procs, k)}' (errno 24, Too many open files)`,
          );
        }),
      );
    })(),
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'fiftysixth-gitblit-clones-503-after-eight-days',
    family: 'thread-leak',
    source: 'https://github.com/gitblit-org/gitblit/issues/734',
    signal: 'Alert',
    containers: [
      {
        name: 'gitblit',
        running: { startedAt: iso(at(11, 2, 50, 3)) },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: { JAVA_OPTS: '-Xmx1536m -Xss1m', GITBLIT_HTTP_PORT: '8080' },
        mounts: [{ volume: 'gitblit-data', path: '/opt/gitblit-data' }],
      },
    ],
    volumes: [{ name: 'gitblit-data', persistentVolumeClaim: 'gitblit-data' }],
    events: [
      alert(
        'GitServer5xxHigh',
        'git.internal.northwind.io answered 503 to 64% of clone and fetch requests over the last 10m.',
      ),
    ],
    currentLog: (() => {
      const gb = (s: number, level: string, msg: string): string =>
        `${ymd(s)} ${hms(s)} [${level.padEnd(5)}] ${msg}`;
      const repos = [
        'payments-core.git',
        'platform/terraform-live.git',
        'mobile/ios-app.git',
        'data/airflow-dags.git',
        'tools/ci-templates.git',
      ];
      return log(
        gb(at(11, 2, 51, 3), 'INFO', 'Gitblit v1.9.3'),
        gb(at(11, 2, 51, 3), 'INFO', 'Running on Linux (5.15.0-1061-aws)'),
        gb(at(11, 2, 54, 3), 'INFO', 'Started @ 3912ms'),
        times(14, (i) =>
          gb(
            at(2, 0, 0, 4) + i * 41_311,
            'INFO',
            `Lucene indexing ${pick(repos, i)} (${3 + (i % 5)} commits in ${120 + i * 7} msecs)`,
          ),
        ),
        times(60, (i) => {
          const s = at(7, 58, 0) + i * 31 + jit(i);
          if (i % 6 === 0)
            return [
              gb(
                s,
                'ERROR',
                'Exception in thread "qtp1472216456-' +
                  (61_210 + i) +
                  '" java.lang.OutOfMemoryError: unable to create new native thread',
              ),
              '\tat java.lang.Thread.start0(Native Method)',
              '\tat java.lang.Thread.start(Thread.java:717)',
              '\tat org.eclipse.jetty.util.thread.QueuedThreadPool.startThreads(QueuedThreadPool.java:431)',
              '\tat org.eclipse.jetty.util.thread.QueuedThreadPool.access$200(QueuedThreadPool.java:48)',
              '\tat org.eclipse.jetty.util.thread.QueuedThreadPool$3.run(QueuedThreadPool.java:577)',
              '\tat java.lang.Thread.run(Thread.java:748)',
            ].join('\n');
          if (i % 6 === 3)
            return gb(
              s,
              'WARN',
              `Failed to clone ${pick(repos, i)} to lucene index: java.lang.OutOfMemoryError: unable to create new native thread`,
            );
          return gb(
            s,
            'INFO',
            `ARF: /r/${pick(repos, i)}/info/refs?service=git-upload-pack (${3 + (i % 40)} ms)`,
          );
        }),
      );
    })(),
    accept: ['restart-pod', 'escalate'],
  },
  {
    id: 'fiftysixth-kube-vip-samba-vip-not-answering',
    family: 'lease-lost',
    source: 'https://github.com/kube-vip/kube-vip/issues/475',
    signal: 'Alert',
    containers: [
      {
        name: 'kube-vip',
        running: { startedAt: iso(at(21, 5, 40, 4)) },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
        memoryRequest: '32Mi',
        args: ['manager'],
        env: {
          vip_arp: 'true',
          svc_enable: 'true',
          svc_election: 'true',
          vip_leaseduration: '5',
          vip_renewdeadline: '3',
          vip_retryperiod: '1',
          prometheus_server: ':2112',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'LoadBalancerVIPUnreachable',
        'file-services/smb-public 10.40.8.25 has not answered ARP for 2h11m; the Service has one ready endpoint on node-b07 (externalTrafficPolicy: Local).',
      ),
    ],
    currentLog: (() => {
      const lr = (s: number, msg: string, level = 'info'): string =>
        `time="${isoS(s)}" level=${level} msg="${msg}"`;
      return log(
        lr(at(21, 5, 40, 4), 'Starting kube-vip.io [v0.5.12]'),
        lr(
          at(21, 5, 40, 4),
          'namespace [kube-system], Mode: [ARP], Features(s): Control Plane:[false], Services:[true]',
        ),
        lr(at(21, 5, 40, 4), 'prometheus HTTP server started'),
        lr(at(21, 5, 41, 4), 'Starting Kube-vip Manager with the ARP engine'),
        lr(
          at(21, 5, 41, 4),
          '[services election] for service [smb-public], namespace [file-services], lock name [kubevip-smb-public], host id [node-b07]',
        ),
        `${klog('I', at(21, 5, 41, 4), 1)} leaderelection.go:248] attempting to acquire leader lease file-services/kubevip-smb-public...`,
        `${klog('I', at(21, 5, 42, 4), 2)} leaderelection.go:258] successfully acquired lease file-services/kubevip-smb-public`,
        lr(at(21, 5, 42, 4), 'adding VIP [10.40.8.25] for [file-services/smb-public] '),
        lr(at(21, 5, 42, 4), 'Starting advertising address [10.40.8.25] with kube-vip'),
        lr(at(21, 5, 42, 4), 'Started Load Balancer and Virtual IP'),
        lr(
          at(9, 14, 2, 9),
          '[services election] for service [gitea-ssh], namespace [dev-tools], lock name [kubevip-gitea-ssh], host id [node-b07]',
        ),
        `${klog('I', at(9, 14, 2, 9), 3)} leaderelection.go:248] attempting to acquire leader lease dev-tools/kubevip-gitea-ssh...`,
        lr(at(9, 14, 3, 9), 'new leader elected: node-b03'),
        `${klog('E', at(6, 19, 38), 4)} leaderelection.go:330] error retrieving resource lock file-services/kubevip-smb-public: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/file-services/leases/kubevip-smb-public": context deadline exceeded`,
        `${klog('E', at(6, 19, 41), 5)} leaderelection.go:367] Failed to update lock: Put "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/file-services/leases/kubevip-smb-public": context deadline exceeded`,
        `${klog('I', at(6, 19, 41), 6)} leaderelection.go:283] failed to renew lease file-services/kubevip-smb-public: timed out waiting for the condition`,
        lr(at(6, 19, 41), 'service [smb-public] leader lost: node-b07'),
        lr(at(6, 19, 41), '[LOADBALANCER] Stopping load balancers'),
        lr(at(6, 19, 41), '[VIP] Releasing the Virtual IP [10.40.8.25]'),
        `${klog('E', at(6, 19, 44), 7)} leaderelection.go:330] error retrieving resource lock dev-tools/kubevip-gitea-ssh: Get "https://10.96.0.1:443/apis/coordination.k8s.io/v1/namespaces/dev-tools/leases/kubevip-gitea-ssh": context deadline exceeded`,
        lr(at(6, 20, 9), 'new leader elected: node-b03'),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-consul-template-upstreams-frozen-two-days',
    family: 'stale-watch',
    source: 'https://github.com/hashicorp/consul-template/issues/1074',
    signal: 'Alert',
    containers: [
      {
        name: 'consul-template',
        running: { startedAt: iso(at(9, 30, 2, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '128Mi',
        memoryRequest: '32Mi',
        args: ['-config=/etc/consul-template/config.hcl', '-log-level=info'],
        env: { CONSUL_HTTP_ADDR: 'consul-server.consul.svc:8500' },
        mounts: [
          { volume: 'ct-config', path: '/etc/consul-template' },
          { volume: 'nginx-upstreams', path: '/etc/nginx/conf.d' },
        ],
      },
      {
        name: 'nginx',
        running: { startedAt: iso(at(9, 30, 2, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '256Mi',
        mounts: [{ volume: 'nginx-upstreams', path: '/etc/nginx/conf.d' }],
      },
    ],
    volumes: [
      { name: 'ct-config', configMap: 'edge-consul-template' },
      { name: 'nginx-upstreams', emptyDir: {} },
    ],
    events: [
      alert(
        'EdgeUpstreamErrors',
        'edge-nginx-7bd9c5f6d-lq2rw: 38% of requests to upstream "quotes" failed with 502 over 15m (connect() failed (111: Connection refused) while connecting to upstream).',
      ),
    ],
    currentLog: (() => {
      const ct = (s: number, level: string, msg: string): string => `${iso(s)} [${level}] ${msg}`;
      return log(
        ct(at(9, 30, 2, 6), 'INFO', 'consul-template v0.39.1 (6b8c9ea2)'),
        ct(at(9, 30, 2, 6), 'INFO', '(runner) creating new runner (dry: false, once: false)'),
        ct(at(9, 30, 2, 6), 'INFO', '(runner) creating watcher'),
        ct(at(9, 30, 2, 6), 'INFO', '(runner) starting'),
        times(9, (i) => {
          const s = at(10, 0, 0, 6) + i * 19_700;
          return [
            ct(
              s,
              'INFO',
              '(runner) rendered "/etc/consul-template/upstreams.ctmpl" => "/etc/nginx/conf.d/upstreams.conf"',
            ),
            ct(
              s + 0.01,
              'INFO',
              '(runner) executing command "nginx -s reload" from "/etc/consul-template/upstreams.ctmpl" => "/etc/nginx/conf.d/upstreams.conf"',
            ),
            ct(s + 0.02, 'INFO', '(child) spawning: nginx -s reload'),
          ];
        }).flat(),
        ct(
          at(17, 52, 9, 8),
          'WARN',
          '(view) health.service(quotes|passing): Get "http://consul-server.consul.svc:8500/v1/health/service/quotes?index=4471820&passing=1&stale=&wait=60000ms": EOF (retry attempt 1 after "250ms")',
        ),
        ct(
          at(17, 52, 10, 8),
          'INFO',
          '(runner) rendered "/etc/consul-template/upstreams.ctmpl" => "/etc/nginx/conf.d/upstreams.conf"',
        ),
        ct(
          at(17, 52, 10, 8),
          'INFO',
          '(runner) executing command "nginx -s reload" from "/etc/consul-template/upstreams.ctmpl" => "/etc/nginx/conf.d/upstreams.conf"',
        ),
        ct(at(17, 52, 10, 8), 'INFO', '(child) spawning: nginx -s reload'),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-metallb-speaker-ingress-ip-unanswered',
    family: 'stale-interface',
    source: 'https://github.com/metallb/metallb/issues/534',
    signal: 'Alert',
    containers: [
      {
        name: 'speaker',
        running: { startedAt: iso(at(14, 11, 5, 1)) },
        ready: true,
        restarts: 0,
        memoryLimit: '100Mi',
        memoryRequest: '50Mi',
        args: ['--port=7472', '--log-level=info'],
        env: {
          METALLB_NODE_NAME: 'w-04',
          METALLB_ML_BIND_ADDR: '10.50.0.14',
          METALLB_ML_LABELS: 'app=metallb,component=speaker',
        },
      },
    ],
    node: quietNode,
    events: [
      alert(
        'MetalLBAnnouncedIPUnreachable',
        '10.50.0.240 (ingress-nginx/ingress-nginx-controller) is announced from node w-04 but has not answered ARP since 05:47; 100% of probes from the edge firewall fail.',
      ),
    ],
    currentLog: (() => {
      const ml = (s: number, fields: string): string =>
        `{${fields},"ts":"${iso(s).slice(0, 23)}${String(371_000 + Math.round(s % 997) * 13).padStart(6, '0')}Z"}`;
      return log(
        ml(
          at(14, 11, 5, 1),
          '"branch":"HEAD","caller":"main.go:105","commit":"a6d5f1f3","goversion":"gc / go1.22.7 / amd64","level":"info","msg":"MetalLB speaker starting version 0.14.9 (commit a6d5f1f3, branch HEAD)","version":"0.14.9"',
        ),
        ml(
          at(14, 11, 6, 1),
          '"caller":"announcer.go:126","event":"createARPResponder","interface":"bond0.100","level":"info","msg":"created ARP responder for interface"',
        ),
        ml(
          at(14, 11, 6, 1),
          '"caller":"announcer.go:135","event":"createNDPResponder","interface":"bond0.100","level":"info","msg":"created NDP responder for interface"',
        ),
        ml(
          at(14, 11, 9, 1),
          '"caller":"main.go:420","event":"serviceAnnounced","ips":["10.50.0.240"],"level":"info","msg":"service has IP, announcing","pool":"public","protocol":"layer2"',
        ),
        times(8, (i) =>
          ml(
            at(3, 0, 0, 8) + i * 21_600,
            `"caller":"node_controller.go:46","controller":"NodeReconciler","level":"info","start reconcile":"/w-0${1 + (i % 6)}"`,
          ),
        ),
        ml(
          at(5, 46, 58),
          '"caller":"announcer.go:144","event":"deleteARPResponder","interface":"bond0.100","level":"info","msg":"deleted ARP responder for interface"',
        ),
        ml(
          at(5, 46, 58),
          '"caller":"announcer.go:153","event":"deleteNDPResponder","interface":"bond0.100","level":"info","msg":"deleted NDP responder for interface"',
        ),
        ml(
          at(5, 47, 3),
          '"caller":"announcer.go:144","event":"deleteARPResponder","interface":"bond0.101","level":"info","msg":"deleted ARP responder for interface"',
        ),
        times(30, (i) => {
          const s = at(5, 50, 0) + i * 310 + jit(i);
          return i % 3 === 0
            ? ml(
                s,
                `"caller":"node_controller.go:46","controller":"NodeReconciler","level":"info","start reconcile":"/w-0${1 + (i % 6)}"`,
              )
            : ml(
                s,
                `"caller":"service_controller.go:64","controller":"ServiceReconciler","level":"info","start reconcile":"${pick(['ingress-nginx/ingress-nginx-controller', 'monitoring/grafana-lb', 'dev-tools/gitea-ssh'], i)}"`,
              );
        }),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-icinga2-satellite-zone-disconnected',
    family: 'reconnect-gave-up',
    source: 'https://github.com/Icinga/icinga2/issues/7444',
    signal: 'Alert',
    containers: [
      {
        name: 'icinga2',
        running: { startedAt: iso(at(12, 41, 9, 5)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '2',
        env: {
          ICINGA2_FEATURE_API: '1',
          ICINGA2_ZONE: 'k8s-prod',
          ICINGA2_PARENT_ENDPOINT: 'icinga-master-1.ops.northwind.io',
        },
        mounts: [
          { volume: 'icinga2-data', path: '/data' },
          { volume: 'pki', path: '/var/lib/icinga2/certs' },
        ],
      },
    ],
    volumes: [
      { name: 'icinga2-data', persistentVolumeClaim: 'icinga2-satellite-data' },
      { name: 'pki', secret: 'icinga2-satellite-pki' },
    ],
    events: [
      alert(
        'IcingaZoneDisconnected',
        "zone k8s-prod: satellite icinga2-sat-0 has not been connected to zone master for 3h02m; 612 services show \"Remote Icinga instance 'icinga2-sat-0' is not connected to 'icinga-master-1.ops.northwind.io'\".",
      ),
    ],
    currentLog: (() => {
      const ic = (s: number, sev: string, msg: string): string =>
        `[${ymd(s)} ${hms(s)} +0000] ${sev}: ${msg}`;
      const master = 'icinga-master-1.ops.northwind.io';
      return log(
        times(6, (i) =>
          ic(
            at(5, 0, 0) + i * 120,
            'information/WorkQueue',
            `#5 (ApiListener, RelayQueue) items: 0, rate: ${(3.1 + (i % 3) * 0.2).toFixed(1)}/s (${186 + i * 12}/min ${930 + i * 40}/5min ${2790 + i * 90}/15min);`,
          ),
        ),
        ic(at(5, 26, 44), 'warning/JsonRpcConnection', `API client disconnected for identity '${master}'`),
        ic(
          at(5, 26, 44),
          'warning/ApiListener',
          `Removing API client for endpoint '${master}'. 0 API clients left.`,
        ),
        times(5, (i) => {
          const s = at(5, 26, 54) + i * 25;
          return [
            ic(
              s,
              'information/ApiListener',
              `Reconnecting to endpoint '${master}' via host '${master}' and port '5665'`,
            ),
            ic(
              s + 15,
              'critical/ApiListener',
              `Timeout while reconnecting to endpoint '${master}' via host '${master}' and port '5665', cancelling attempt`,
            ),
          ];
        }).flat(),
        ic(
          at(5, 29, 19),
          'information/ApiListener',
          `Reconnecting to endpoint '${master}' via host '${master}' and port '5665'`,
        ),
        times(60, (i) => {
          const s = at(5, 30, 0) + i * 180 + jit(i);
          if (i % 4 === 0)
            return ic(
              s,
              'information/ConfigObject',
              "Dumping program state to file '/var/lib/icinga2/icinga2.state'",
            );
          if (i % 4 === 2)
            return ic(
              s,
              'information/WorkQueue',
              `#5 (ApiListener, RelayQueue) items: 0, rate: ${(3.2 + (i % 3) * 0.1).toFixed(1)}/s (${192 + (i % 5) * 6}/min ${960 + (i % 5) * 30}/5min ${2880 + (i % 5) * 90}/15min);`,
            );
          return ic(
            s,
            'information/WorkQueue',
            `#6 (ApiListener, SyncQueue) items: 0, rate:  0/s (0/min 0/5min 0/15min);`,
          );
        }),
      );
    })(),
    accept: ['restart-pod'],
  },
  {
    id: 'fiftysixth-shedlock-reconciler-jobs-stopped-after-failover',
    family: 'broken-pool',
    source: 'https://github.com/brettwooldridge/HikariCP/issues/1705',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement-reconciler',
        running: { startedAt: iso(at(16, 20, 31, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_DATASOURCE_URL:
            'jdbc:postgresql://settlement.cluster-cj3f8.eu-west-1.rds.amazonaws.com:5432/settlement',
          SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE: '10',
          SHEDLOCK_DEFAULT_LOCK_AT_MOST_FOR: 'PT10M',
        },
      },
    ],
    events: [
      alert(
        'ScheduledJobNotCompleting',
        'settlement-reconciler: reconcilePayouts and expireHolds have not completed since 04:18 (each runs every minute).',
      ),
    ],
    currentLog: log(
      times(6, (i) =>
        boot(
          at(4, 12, 0) + i * 60,
          'INFO',
          `scheduling-${(i % 2) + 1}`,
          'c.n.settlement.ReconcilePayoutsJob',
          `reconciled ${40 + i * 3} payouts against bank statement 2026-02-10 (${310 + i * 12} ms)`,
        ),
      ),
      boot(
        at(4, 18, 22),
        'WARN',
        'scheduling-1',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@6b3e12b5 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      boot(
        at(4, 18, 23),
        'WARN',
        'scheduling-2',
        'com.zaxxer.hikari.pool.PoolBase',
        'HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@2a1f7c90 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.',
      ),
      boot(
        at(4, 18, 41),
        'WARN',
        'scheduling-1',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'SQL Error: 0, SQLState: 57P01',
      ),
      boot(
        at(4, 18, 41),
        'ERROR',
        'scheduling-1',
        'o.h.engine.jdbc.spi.SqlExceptionHelper',
        'FATAL: terminating connection due to administrator command',
      ),
      times(50, (i) => {
        const s = at(4, 20, 0) + i * 300 + jit(i);
        return i % 2 === 0
          ? [
              boot(
                s,
                'ERROR',
                `scheduling-${(i % 2) + 1}`,
                'o.s.s.s.TaskUtils$LoggingErrorHandler',
                'Unexpected error occurred in scheduled task',
              ),
              'net.javacrumbs.shedlock.support.LockException: Unexpected exception when locking',
              '\tat net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateStorageAccessor.updateRecord(JdbcTemplateStorageAccessor.java:97)',
              '\tat net.javacrumbs.shedlock.support.StorageBasedLockProvider.doLock(StorageBasedLockProvider.java:91)',
              'Caused by: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection',
              `Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=${2 + (i % 3)})`,
              '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)',
              '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)',
              '\t... 21 common frames omitted',
            ].join('\n')
          : boot(
              s,
              'INFO',
              'nPool-1 housekeeper',
              'com.zaxxer.hikari.pool.HikariPool',
              `HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=${2 + (i % 3)})`,
            );
      }),
    ),
    accept: ['restart-pod', 'rollout-restart'],
  },
  // ─────────────────────── restarts wrong or useless ───────────────────────
  {
    id: 'fiftysixth-spring-batch-settlement-export-running-long',
    family: 'long-job',
    source: 'https://github.com/spring-projects/spring-batch/issues/3127',
    signal: 'Alert',
    containers: [
      {
        name: 'settlement-batch',
        running: { startedAt: iso(at(4, 48, 2)) },
        ready: true,
        restarts: 0,
        memoryLimit: '3Gi',
        memoryRequest: '3Gi',
        cpuLimit: '2',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75',
          SPRING_BATCH_JOB_NAME: 'nightlySettlementExport',
          SPRING_BATCH_JOB_ENABLED: 'true',
          EXPORT_TARGET: 's3://nw-settlement-outbound/2026-02-10/',
        },
        mounts: [{ volume: 'spool', path: '/var/spool/settlement' }],
      },
    ],
    volumes: [{ name: 'spool', emptyDir: { sizeLimit: '20Gi' } }],
    events: [
      alert(
        'BatchJobRunningLong',
        'nightlySettlementExport has been running 3h41m (p95 of the last 30 runs: 1h52m); pod CPU at 96% of its limit.',
      ),
    ],
    currentLog: log(
      boot(
        at(4, 48, 9),
        'INFO',
        'main',
        'c.n.settlement.SettlementBatchApplication',
        'Started SettlementBatchApplication in 6.812 seconds (process running for 7.401)',
      ),
      boot(
        at(4, 48, 9),
        'INFO',
        'main',
        'o.s.b.a.b.JobLauncherApplicationRunner',
        'Running default command line with: [run.date=2026-02-10]',
      ),
      boot(
        at(4, 48, 10),
        'INFO',
        'main',
        'o.s.b.c.l.support.SimpleJobLauncher',
        "Job: [SimpleJob: [name=nightlySettlementExport]] launched with the following parameters: [{'run.date':'{value=2026-02-10, type=class java.time.LocalDate, identifying=true}'}]",
      ),
      boot(
        at(4, 48, 10),
        'INFO',
        'main',
        'o.s.batch.core.job.SimpleStepHandler',
        'Executing step: [extractSettlements]',
      ),
      boot(
        at(5, 29, 22),
        'INFO',
        'main',
        'c.n.settlement.ExtractListener',
        'extractSettlements: 9,214,331 settlement lines for 2026-02-10 (2.3x the 30-day median; card-scheme reprocessing batch included)',
      ),
      boot(
        at(5, 29, 22),
        'INFO',
        'main',
        'o.s.batch.core.step.AbstractStep',
        'Step: [extractSettlements] executed in 41m12s430ms',
      ),
      boot(
        at(5, 29, 23),
        'INFO',
        'main',
        'o.s.batch.core.job.SimpleStepHandler',
        'Executing step: [writeSettlementFile]',
      ),
      times(90, (i) => {
        const s = at(5, 30, 0) + i * 118 + jit(i);
        const chunk = 40 + i * 22;
        return boot(
          s,
          'INFO',
          'main',
          'c.n.settlement.ChunkProgressListener',
          `writeSettlementFile: committed chunk ${chunk.toLocaleString('en-US')} (read=${(chunk * 2000).toLocaleString('en-US')} written=${(chunk * 2000 - (i % 4)).toLocaleString('en-US')} skipped=${Math.floor(i / 30)}) ${(((chunk * 2000) / 9_214_331) * 100).toFixed(1)}%`,
        );
      }),
    ),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftysixth-zabbix-proxy-queue-growing',
    family: 'dependency-down',
    source: 'https://www.zabbix.com/documentation/6.4/en/manual/distributed_monitoring/proxies',
    signal: 'Alert',
    containers: [
      {
        name: 'zabbix-proxy',
        running: { startedAt: iso(at(10, 2, 14, 7)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          ZBX_PROXYMODE: '0',
          ZBX_HOSTNAME: 'k8s-prod-proxy',
          ZBX_SERVER_HOST: 'zabbix-server.monitoring-core.svc',
          ZBX_PROXYOFFLINEBUFFER: '24',
          ZBX_CONFIGFREQUENCY: '300',
        },
        mounts: [{ volume: 'proxy-db', path: '/var/lib/zabbix/db_data' }],
      },
    ],
    volumes: [{ name: 'proxy-db', emptyDir: { sizeLimit: '8Gi' } }],
    events: [
      alert(
        'ZabbixProxyNotSending',
        'proxy k8s-prod-proxy last delivered data to the server 41m ago; 1.9M values are queued on the proxy.',
      ),
    ],
    currentLog: (() => {
      const zx = (pid: number, s: number, msg: string): string =>
        `${String(pid).padStart(6)}:${ymd(s).replace(/-/g, '')}:${hms(s).replace(/:/g, '')}.${msOf(s)} ${msg}`;
      const server = 'zabbix-server.monitoring-core.svc';
      return log(
        zx(
          1,
          at(10, 2, 14, 7),
          'Starting Zabbix Proxy (active) [k8s-prod-proxy]. Zabbix 6.4.21 (revision 2f7a0f3).',
        ),
        zx(1, at(10, 2, 14, 7), '**** Enabled features ****'),
        zx(1, at(10, 2, 14, 7), 'SNMP monitoring:       YES'),
        zx(1, at(10, 2, 14, 7), 'IPMI monitoring:       YES'),
        zx(1, at(10, 2, 14, 7), 'TLS support:           YES'),
        zx(1, at(10, 2, 14, 7), 'using configuration file: /etc/zabbix/zabbix_proxy.conf'),
        zx(1, at(10, 2, 15, 7), 'proxy #0 started [main process]'),
        times(10, (i) =>
          zx(
            151 + (i % 4),
            at(7, 20, 0) + i * 97,
            `Zabbix agent item "system.cpu.load[all,avg1]" on host "k8s-w-${p2(3 + i)}" failed: first network error, wait for 15 seconds`,
          ),
        ),
        zx(
          142,
          at(7, 48, 31),
          `Unable to connect to the server [${server}]:10051 [cannot connect to [[${server}]:10051]: [111] Connection refused]. Will retry every 1 second(s)`,
        ),
        zx(
          143,
          at(7, 48, 33),
          `Unable to connect to the server [${server}]:10051 [cannot connect to [[${server}]:10051]: [111] Connection refused]. Will retry every 1 second(s)`,
        ),
        times(41, (i) => {
          const s = at(7, 49, 31) + i * 60 + jit(i);
          return [
            zx(142, s, 'Still unable to connect...'),
            ...(i % 7 === 4 ? [zx(143, s + 2, 'Still unable to connect...')] : []),
            ...(i % 5 === 2
              ? [
                  zx(
                    155,
                    s + 7,
                    `resuming Zabbix agent checks on host "k8s-w-${p2(3 + (i % 20))}": connection restored`,
                  ),
                ]
              : []),
          ];
        }).flat(),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftysixth-zabbix-server-down-after-upgrade',
    family: 'long-migration',
    source: 'https://github.com/zabbix/zabbix-docker/issues/280',
    signal: 'Alert',
    rollout: { minutesAgo: 27, previousTag: 'alpine-6.4.21' },
    containers: [
      {
        name: 'zabbix-server',
        running: { startedAt: iso(at(8, 3, 40)) },
        ready: false,
        restarts: 0,
        memoryLimit: '4Gi',
        memoryRequest: '2Gi',
        cpuLimit: '2',
        env: {
          DB_SERVER_HOST: 'zabbix-db.cluster-cj3f8.eu-west-1.rds.amazonaws.com',
          MYSQL_DATABASE: 'zabbix',
          ZBX_CACHESIZE: '512M',
          ZBX_HISTORYCACHESIZE: '256M',
        },
      },
    ],
    events: [
      alert(
        'ZabbixServerUnavailable',
        'zabbix-server has not answered on 10051 for 24m; the frontend shows "Zabbix server is not running".',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Readiness probe failed: dial tcp 10.42.4.23:10051: connect: connection refused',
        count: 142,
      },
    ],
    currentLog: (() => {
      const zx = (s: number, msg: string): string =>
        `${String(7).padStart(6)}:${ymd(s).replace(/-/g, '')}:${hms(s).replace(/:/g, '')}.${msOf(s)} ${msg}`;
      const pct = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41,
        43, 45, 47, 49, 51, 53, 55, 57, 59, 60, 61,
      ];
      return log(
        '** Preparing Zabbix server',
        '** Preparing database',
        '** Using MYSQL_USER variable from ENV',
        '** Using MYSQL_PASSWORD variable from ENV',
        "** Database 'zabbix' already exists. Please be careful with database COLLATE!",
        "** Table 'zabbix.dbversion' already exists.",
        '** Preparing Zabbix server configuration file',
        'Starting Zabbix Server. Zabbix 7.0.9 (revision 70a1bd1).',
        'Press Ctrl+C to exit.',
        '',
        zx(at(8, 3, 41), 'Starting Zabbix Server. Zabbix 7.0.9 (revision 70a1bd1).'),
        zx(at(8, 3, 41), '****** Enabled features ******'),
        zx(at(8, 3, 41), 'SNMP monitoring:           YES'),
        zx(at(8, 3, 41), 'IPMI monitoring:           YES'),
        zx(at(8, 3, 41), 'Web monitoring:            YES'),
        zx(at(8, 3, 41), 'VMware monitoring:         YES'),
        zx(at(8, 3, 41), 'SMTP authentication:       YES'),
        zx(at(8, 3, 41), 'ODBC:                      YES'),
        zx(at(8, 3, 41), 'SSH support:               YES'),
        zx(at(8, 3, 41), 'IPv6 support:              YES'),
        zx(at(8, 3, 41), 'TLS support:               YES'),
        zx(at(8, 3, 41), '******************************'),
        zx(at(8, 3, 41), 'using configuration file: /etc/zabbix/zabbix_server.conf'),
        zx(at(8, 3, 42), 'current database version (mandatory/optional): 06040000/06040045'),
        zx(at(8, 3, 42), 'required mandatory version: 07000000'),
        zx(at(8, 3, 42), 'mandatory patches were found'),
        zx(at(8, 3, 42), 'starting automatic database upgrade'),
        pct.map((p, i) =>
          zx(
            at(8, 3, 43) + i * 36 + (i > 12 ? (i - 12) * 4 : 0) + jit(i),
            `completed ${p}% of database upgrade`,
          ),
        ),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart', 'rollback'],
  },
  {
    id: 'fiftysixth-squid-egress-answering-icap-errors',
    family: 'dependency-down',
    source: 'http://www.squid-cache.org/mail-archive/squid-users/201306/0236.html',
    signal: 'Alert',
    containers: [
      {
        name: 'squid',
        running: { startedAt: iso(at(9, 12, 0, 5)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        mounts: [
          { volume: 'squid-conf', path: '/etc/squid' },
          { volume: 'cache', path: '/var/spool/squid' },
        ],
      },
    ],
    volumes: [
      { name: 'squid-conf', configMap: 'egress-squid' },
      { name: 'cache', emptyDir: { sizeLimit: '10Gi' } },
    ],
    events: [
      alert('EgressProxyErrorRate', 'egress-squid answered 500 to 73% of requests over the last 10m.'),
    ],
    currentLog: (() => {
      const cl = (s: number, msg: string): string => `${ymd(s).replace(/-/g, '/')} ${hms(s)} kid1| ${msg}`;
      const urls = [
        'http://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.pom',
        'registry.npmjs.org:443',
        'http://deb.debian.org/debian/dists/bookworm/InRelease',
        'api.stripe.com:443',
        'http://files.pythonhosted.org/packages/requests-2.32.3.tar.gz',
      ];
      const acc = (s: number, i: number, ok: boolean): string => {
        const url = pick(urls, i);
        const tunnel = url.endsWith(':443');
        const method = tunnel ? 'CONNECT' : pick(['GET', 'GET', 'POST'], i);
        const code = ok ? (tunnel ? 'TCP_TUNNEL/200' : 'TCP_MISS/200') : 'NONE_NONE/500';
        const hier = ok ? `HIER_DIRECT/151.101.${i % 250}.${(i * 7) % 250}` : 'HIER_NONE/-';
        const type = ok ? (tunnel ? '-' : 'application/octet-stream') : 'text/html';
        return `${epoch(s).toFixed(3)} ${String(ok ? 120 + (i % 300) : 3 + (i % 9)).padStart(6)} 10.42.${2 + (i % 6)}.${20 + (i % 60)} ${code} ${ok ? 18_231 + i * 17 : 4312} ${method} ${url} - ${hier} ${type}`;
      };
      const svc = 'icap://c-icap.security.svc.cluster.local:1344/avscan';
      return log(
        times(20, (i) => acc(at(7, 40, 0) + i * 23 + jit(i), i, true)),
        cl(
          at(7, 49, 42),
          `essential ICAP service is down after an options fetch failure: ${svc} [down,!opt]`,
        ),
        times(12, (i) => {
          const s = at(7, 52, 42) + i * 180;
          return [
            cl(s, `essential ICAP service is suspended: ${svc} [down,susp,fail11]`),
            ...times(5, (k) => acc(s + 10 + k * 31 + jit(k), i * 5 + k, k === 4 && i % 3 === 0)),
            cl(s + 170, `essential ICAP service is down after an options fetch failure: ${svc} [down,!opt]`),
          ];
        }).flat(),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-flink-jobmanager-crashloop-ha-forbidden',
    family: 'rbac',
    source: 'https://github.com/apache/flink-kubernetes-operator/pull/668',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('flink-main-container', 1, 9),
        memoryLimit: '2Gi',
        memoryRequest: '2Gi',
        cpuLimit: '1',
        args: ['standalone-job', '--job-classname', 'io.northwind.fraud.FeatureJob'],
        env: {
          FLINK_PROPERTIES:
            'high-availability.type: kubernetes\nhigh-availability.storageDir: s3://nw-flink-ha/fraud-features\nkubernetes.cluster-id: fraud-features\nkubernetes.namespace: streaming',
        },
        mounts: [{ volume: 'flink-config', path: '/opt/flink/conf' }],
      },
    ],
    volumes: [{ name: 'flink-config', configMap: 'flink-config-fraud-features' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container flink-main-container in pod fraud-features-jobmanager-5d7f9c8b6-tq2lx_streaming',
        count: 38,
      },
    ],
    previousLog: (() => {
      const fl = (s: number, level: string, logger: string, msg: string): string =>
        `${ymd(s)} ${hms(s)},${msOf(s)} ${level.padEnd(5)} ${logger.padEnd(60)} [] - ${msg}`;
      const ep = 'org.apache.flink.runtime.entrypoint.ClusterEntrypoint';
      const s0 = at(8, 24, 31);
      return log(
        fl(
          s0,
          'INFO',
          ep,
          '--------------------------------------------------------------------------------',
        ),
        fl(s0, 'INFO', ep, ' Preconfiguration: '),
        fl(
          s0,
          'INFO',
          ep,
          ' Starting StandaloneApplicationClusterEntryPoint (Version: 1.19.1, Scala: 2.12, Rev:5edb5a9, Date:2024-06-11T09:33:48+02:00)',
        ),
        fl(s0, 'INFO', ep, ' OS current user: flink'),
        fl(s0, 'INFO', ep, ' JVM: OpenJDK 64-Bit Server VM - Eclipse Adoptium - 11/11.0.23+9'),
        fl(s0, 'INFO', ep, ' Maximum heap size: 1024 MiBytes'),
        fl(s0 + 1, 'INFO', ep, 'Install default filesystem.'),
        fl(
          s0 + 1,
          'INFO',
          'org.apache.flink.core.fs.FileSystem',
          'Hadoop is not in the classpath/dependencies. The extended set of supported File Systems via Hadoop is not available.',
        ),
        fl(s0 + 1, 'INFO', ep, 'Install security context.'),
        fl(s0 + 2, 'INFO', ep, 'Initializing cluster services.'),
        fl(
          s0 + 2,
          'INFO',
          'org.apache.flink.runtime.rpc.pekko.PekkoRpcServiceUtils',
          'Trying to start actor system, external address fraud-features.streaming:6123, bind address 0.0.0.0:6123.',
        ),
        fl(
          s0 + 3,
          'INFO',
          'org.apache.flink.runtime.rpc.pekko.PekkoRpcServiceUtils',
          'Actor system started at pekko.tcp://flink@fraud-features.streaming:6123',
        ),
        fl(
          s0 + 4,
          'INFO',
          'org.apache.flink.runtime.blob.BlobServer',
          'Created BLOB server storage directory /tmp/blobStore-6c1f0b0e-1e5c-4d0b-9f2a-77b1d9e0f3aa',
        ),
        fl(
          s0 + 4,
          'INFO',
          'org.apache.flink.kubernetes.kubeclient.FlinkKubeClientFactory',
          'Trying to load default kubernetes config.',
        ),
        fl(s0 + 5, 'ERROR', ep, 'Could not start cluster entrypoint StandaloneApplicationClusterEntryPoint.'),
        'org.apache.flink.runtime.entrypoint.ClusterEntrypointException: Failed to initialize the cluster entrypoint StandaloneApplicationClusterEntryPoint.',
        '\tat org.apache.flink.runtime.entrypoint.ClusterEntrypoint.startCluster(ClusterEntrypoint.java:255) ~[flink-dist-1.19.1.jar:1.19.1]',
        '\tat org.apache.flink.runtime.entrypoint.ClusterEntrypoint.runClusterEntrypoint(ClusterEntrypoint.java:739) [flink-dist-1.19.1.jar:1.19.1]',
        '\tat org.apache.flink.container.entrypoint.StandaloneApplicationClusterEntryPoint.main(StandaloneApplicationClusterEntryPoint.java:82) [flink-dist-1.19.1.jar:1.19.1]',
        'Caused by: org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: POST at: https://10.96.0.1/api/v1/namespaces/streaming/configmaps. Message: Forbidden!Configured service account doesn\'t have access. Service account may have been revoked. configmaps is forbidden: User "system:serviceaccount:streaming:flink" cannot create resource "configmaps" in API group "" in the namespace "streaming".',
        '\tat org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.dsl.internal.OperationSupport.requestFailure(OperationSupport.java:660) ~[flink-dist-1.19.1.jar:1.19.1]',
        '\tat org.apache.flink.kubernetes.kubeclient.Fabric8FlinkKubeClient.createConfigMap(Fabric8FlinkKubeClient.java:269) ~[flink-dist-1.19.1.jar:1.19.1]',
        '\tat org.apache.flink.kubernetes.highavailability.KubernetesLeaderElectionHaServices.createLeaderElectionDriverFactory(KubernetesLeaderElectionHaServices.java:103) ~[flink-dist-1.19.1.jar:1.19.1]',
        '\t... 8 more',
        fl(
          s0 + 5,
          'INFO',
          ep,
          'Shutting StandaloneApplicationClusterEntryPoint down with application status UNKNOWN. Diagnostics Cluster entrypoint has been closed externally..',
        ),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-389ds-replica-killed-during-recovery',
    family: 'probe-too-tight',
    source: 'https://github.com/389ds/389-ds-base/issues/6003',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        name: 'dirsrv',
        waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2m40s restarting failed container=dirsrv' },
        last: { reason: 'Error', exitCode: 137 },
        restarts: 6,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '2',
        env: {
          DS_SUFFIX_NAME: 'dc=corp,dc=northwind,dc=io',
          DS_STARTUP_TIMEOUT: '900',
          DS_MEMORY_PERCENTAGE: '40',
        },
        mounts: [{ volume: 'data', path: '/data' }],
      },
    ],
    volumes: [{ name: 'data', persistentVolumeClaim: 'data-dirsrv-1' }],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: dial tcp 10.42.2.31:3389: connect: connection refused',
        count: 54,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container dirsrv failed liveness probe, will be restarted',
        count: 6,
      },
    ],
    previousLog: (() => {
      const ds = (s: number, level: string, msg: string): string =>
        `[11/Feb/2026:${hms(s)}.${msOf(s)}${String(230_559 + Math.round(s % 900) * 7).padStart(6, '0')} +0000] - ${level} - ${msg}`;
      const s0 = at(8, 21, 14);
      return log(
        'INFO: The 389 Directory Server Container Bootstrap',
        'INFO: Inspired by works of: ITS, The University of Adelaide',
        'INFO: 389 Directory Server Version: 389-Directory/2.4.6 B2024.212.0000',
        'INFO: Starting 389-ds-container ...',
        ds(s0, 'INFO', 'main - 389-Directory/2.4.6 B2024.212.0000 starting up'),
        ds(s0, 'INFO', 'main - Setting the maximum file descriptor limit to: 1048576'),
        ds(s0 + 1, 'INFO', 'PBKDF2_SHA256 - Based on CPU performance, chose 2048 rounds'),
        ds(s0 + 2, 'NOTICE', 'bdb_config_upgrade_dse_info - create config entry from old config'),
        ds(s0 + 2, 'INFO', 'ldbm_instance_config_cachememsize_set - force a minimal value 512000'),
        ds(s0 + 2, 'NOTICE', 'bdb_start_autotune - found 4194304k physical memory'),
        ds(s0 + 2, 'NOTICE', 'bdb_start_autotune - found 3355443k available'),
        ds(s0 + 2, 'NOTICE', 'bdb_start_autotune - cache autosizing: db cache: 163840k'),
        ds(
          s0 + 2,
          'NOTICE',
          'bdb_start_autotune - cache autosizing: userRoot entry cache (1 total): 327680k',
        ),
        ds(s0 + 2, 'NOTICE', 'bdb_start_autotune - cache autosizing: userRoot dn cache (1 total): 65536k'),
        ds(
          s0 + 2,
          'NOTICE',
          'bdb_start_autotune - cache autosizing: changelog entry cache (1 total): 65536k',
        ),
        ds(s0 + 2, 'NOTICE', 'bdb_start_autotune - total cache size: 1717986918 B;'),
        ds(
          s0 + 3,
          'NOTICE',
          'bdb_start - Detected Disorderly Shutdown last time Directory Server was running, recovering database.',
        ),
        ds(
          s0 + 71,
          'INFO',
          "slapi_vattrspi_regattr - Because nsAccountLock is a new registered virtual attribute , nsslapd-ignore-virtual-attrs was set to 'off'",
        ),
        ds(
          s0 + 72,
          'NOTICE',
          'NSMMReplicationPlugin - changelog program - _cl5ConstructRUVs - Rebuilding the replication changelog RUV, this may take several minutes...',
        ),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    id: 'fiftysixth-freeradius-wifi-auth-timeouts',
    family: 'dependency-slow',
    source: 'https://networkradius.com/articles/2021/02/10/what-does-unresponsive-child-error-mean.html',
    signal: 'Alert',
    containers: [
      {
        name: 'freeradius',
        running: { startedAt: iso(at(12, 7, 33, 6)) },
        ready: true,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '2',
        args: ['-f', '-l', 'stdout'],
        mounts: [
          { volume: 'raddb-mods', path: '/etc/raddb/mods-enabled' },
          { volume: 'raddb-sites', path: '/etc/raddb/sites-enabled' },
        ],
      },
    ],
    volumes: [
      { name: 'raddb-mods', configMap: 'wifi-radius-mods' },
      { name: 'raddb-sites', configMap: 'wifi-radius-sites' },
    ],
    events: [
      alert(
        'RadiusAuthLatencyHigh',
        'wifi-radius p95 Access-Accept latency 11.4s; 28% of Access-Requests unanswered by the NAS timeout.',
      ),
    ],
    currentLog: (() => {
      const fr = (s: number, level: string, msg: string): string => {
        const d = when(s);
        const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
        return `${day} Feb ${d.getUTCDate()} ${hms(s)} 2026 : ${level}: ${msg}`;
      };
      const aps = ['ap-floor3-east', 'ap-floor3-west', 'ap-lobby', 'ap-floor5-core', 'ap-warehouse-2'];
      return log(
        times(12, (i) =>
          fr(
            at(7, 40, 0) + i * 61,
            'Auth',
            `(${183_900 + i * 37}) Login OK: [${pick(['amara', 'jlee', 'tkowalski', 'mrossi', 'hgupta'], i)}] (from client ${pick(aps, i)} port ${i % 48} cli ${pick(['8C-85-90-1A-22-0F', 'F0-18-98-AC-11-3B', '3C-22-FB-90-7E-41'], i)})`,
          ),
        ),
        times(80, (i) => {
          const s = at(8, 4, 0) + i * 19 + jit(i);
          const req = 184_100 + i * 23;
          if (i % 8 === 0)
            return fr(
              s,
              'Error',
              `rlm_sql_mysql: ERROR 1205 (Lock wait timeout exceeded; try restarting transaction): HY000`,
            );
          if (i % 8 === 1)
            return fr(
              s,
              'Error',
              `(${req}) sql: ERROR: rlm_sql_mysql: ERROR 1205 (Lock wait timeout exceeded; try restarting transaction): HY000`,
            );
          if (i % 8 === 3 || i % 8 === 6)
            return fr(s, 'Error', `Unresponsive child for request ${req}, in component authorize module sql`);
          if (i % 8 === 4)
            return fr(
              s,
              'Error',
              `(${req + 5}) Ignoring duplicate packet from client ${pick(aps, i)} port ${41_000 + i} - ID: ${(i * 7) % 256} due to unfinished request in component authorize module sql`,
            );
          if (i % 16 === 5)
            return fr(
              s,
              'Warning',
              "Please check the configuration file.\n\tThe value for 'max_requests' is probably set too low.\n",
            );
          return fr(
            s,
            'Auth',
            `(${req}) Login OK: [${pick(['amara', 'jlee', 'tkowalski', 'mrossi', 'hgupta'], i)}] (from client ${pick(aps, i)} port ${i % 48} cli ${pick(['8C-85-90-1A-22-0F', 'F0-18-98-AC-11-3B', '3C-22-FB-90-7E-41'], i)})`,
          );
        }),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-rqlite-leader-heartbeat-errors',
    family: 'quorum',
    source: 'https://github.com/rqlite/rqlite/issues/1133',
    signal: 'Alert',
    containers: [
      {
        name: 'rqlite',
        running: { startedAt: iso(at(18, 40, 2, 3)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: [
          '-disco-mode=dns',
          '-disco-config={"name":"rqlite-internal.flags.svc.cluster.local"}',
          '-bootstrap-expect=3',
          '-join-interval=1s',
          '-join-attempts=120',
        ],
        mounts: [{ volume: 'rqlite-data', path: '/rqlite/file' }],
      },
    ],
    volumes: [{ name: 'rqlite-data', persistentVolumeClaim: 'rqlite-file-rqlite-0' }],
    events: [
      alert(
        'RqliteClusterDegraded',
        'StatefulSet flags/rqlite has 2 of 3 members ready; rqlite-2 is Pending (0/9 nodes are available: 3 Insufficient memory, 6 node(s) had volume node affinity conflict); leader rqlite-0 reports 100% heartbeat failures to one peer.',
      ),
    ],
    currentLog: (() => {
      const rq = (s: number, comp: string, msg: string): string =>
        `[${comp}] ${ymd(s).replace(/-/g, '/')} ${hms(s)} ${msg}`;
      const peer = 'rqlite-2.rqlite-internal.flags.svc.cluster.local:4002';
      return log(
        rq(
          at(18, 40, 2, 3),
          'rqlited',
          'rqlited starting, version v8.34.1, SQLite 3.47.2, commit 4f1e0b9, branch master, compiler (toolchain) gc, linker gold',
        ),
        rq(at(18, 40, 4, 3), 'store', 'node rqlite-0 is now Leader'),
        times(10, (i) =>
          rq(
            at(1, 0, 0) + i * 1800,
            'store',
            `beginning snapshot of ${1024 + i} logs after 10000 applied (wal size ${(4.1 + i * 0.02).toFixed(2)} MB)`,
          ),
        ),
        rq(
          at(7, 31, 40),
          'cluster',
          `failed to get node API address for node rqlite-2 at ${peer}: dial tcp: lookup rqlite-2.rqlite-internal.flags.svc.cluster.local on 10.96.0.10:53: no such host`,
        ),
        times(70, (i) => {
          const s = at(7, 32, 0) + i * 49 + jit(i);
          return i % 3 === 2
            ? rq(
                s,
                'raft',
                `[ERROR] failed to appendEntries to: peer="{Voter rqlite-2 ${peer}}" error="dial tcp: lookup rqlite-2.rqlite-internal.flags.svc.cluster.local on 10.96.0.10:53: no such host"`,
              )
            : rq(
                s,
                'raft',
                `[ERROR] failed to heartbeat to: peer=${peer} backoff time=${i < 6 ? 10 * 2 ** i : 1000}ms error="dial tcp: lookup rqlite-2.rqlite-internal.flags.svc.cluster.local on 10.96.0.10:53: no such host"`,
              );
        }),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftysixth-caddy-tenant-edge-restart-storm',
    family: 'restart-storm',
    source: 'https://github.com/caddyserver/caddy/issues/534',
    signal: 'Alert',
    containers: [
      {
        name: 'caddy',
        running: { startedAt: iso(at(8, 26, 2)) },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 9,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'],
        mounts: [
          { volume: 'caddy-data', path: '/data' },
          { volume: 'caddyfile', path: '/etc/caddy' },
        ],
      },
    ],
    volumes: [
      { name: 'caddy-data', emptyDir: {} },
      { name: 'caddyfile', configMap: 'tenant-edge-caddyfile' },
    ],
    events: [
      alert(
        'KubePodRestartStorm',
        'tenant-edge: 6 of 6 pods restarted 41 times in the last 30m; custom-domain TLS handshakes failing.',
      ),
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Liveness probe failed: Get "https://10.42.5.12:443/healthz": remote error: tls: internal error',
        count: 92,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container caddy failed liveness probe, will be restarted',
        count: 9,
      },
    ],
    currentLog: (() => {
      const cj = (s: number, level: string, logger: string, msg: string, extra: string): string =>
        `{"level":"${level}","ts":${epoch(s).toFixed(4)},"logger":"${logger}","msg":"${msg}",${extra}}`;
      const domains = [
        'shop.acme-tenant.com',
        'store.brightfield.co',
        'orders.kestrel-pay.io',
        'www.oakline-goods.com',
        'buy.harborfresh.net',
        'shop.mintandmoss.com',
      ];
      return log(
        cj(
          at(8, 26, 3),
          'info',
          'admin',
          'admin endpoint started',
          '"address":"localhost:2019","enforce_origin":false,"origins":["//localhost:2019","//[::1]:2019","//127.0.0.1:2019"]',
        ),
        cj(
          at(8, 26, 3),
          'info',
          'tls.cache.maintenance',
          'started background certificate maintenance',
          '"cache":"0xc0004c2d80"',
        ),
        cj(
          at(8, 26, 3),
          'info',
          'tls',
          'storage cleaning happened too recently; skipping for now',
          '"storage":"FileStorage:/data/caddy","try_again":"2026-02-12T08:26:03.411Z","try_again_in":86399.999998',
        ),
        times(60, (i) => {
          const s = at(8, 26, 5) + i * 3.2 + jit(i);
          const d = pick(domains, i);
          if (i % 3 === 0)
            return cj(
              s,
              'info',
              'tls.on_demand',
              'obtaining new certificate',
              `"remote_ip":"198.51.100.${10 + (i % 200)}","remote_port":"${50_000 + i}","server_name":"${d}"`,
            );
          if (i % 3 === 1)
            return cj(
              s,
              'error',
              'tls.obtain',
              'could not get certificate from issuer',
              `"identifier":"${d}","issuer":"acme-v02.api.letsencrypt.org-directory","error":"HTTP 429 urn:ietf:params:acme:error:rateLimited - Error creating new order :: too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-02-11 19:02:11 UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames"`,
            );
          return cj(
            s,
            'debug',
            'http.stdlib',
            `http: TLS handshake error from 198.51.100.${10 + (i % 200)}:${50_000 + i}: no certificate available for '${d}'`,
            '"server_name_scope":"custom-domains"',
          );
        }),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod', 'rollout-restart'],
  },
  {
    id: 'fiftysixth-logstash-syslog-pipeline-stalls-again',
    family: 'recurring-wedge',
    source: 'https://github.com/logstash-plugins/logstash-filter-grok/issues/99',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'logstash',
        running: { startedAt: iso(at(8, 17, 40)) },
        ready: false,
        last: { reason: 'Error', exitCode: 143 },
        restarts: 5,
        memoryLimit: '4Gi',
        memoryRequest: '4Gi',
        cpuLimit: '4',
        env: { LS_JAVA_OPTS: '-Xms2g -Xmx2g', PIPELINE_WORKERS: '4', QUEUE_TYPE: 'persisted' },
        mounts: [
          { volume: 'pipeline', path: '/usr/share/logstash/pipeline' },
          { volume: 'queue', path: '/usr/share/logstash/data/queue' },
        ],
      },
    ],
    volumes: [
      { name: 'pipeline', configMap: 'logstash-syslog-pipeline' },
      { name: 'queue', persistentVolumeClaim: 'logstash-queue-logstash-syslog-0' },
    ],
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: pipeline main: 0 events out in the last 300s',
        count: 17,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container logstash failed liveness probe, will be restarted',
        count: 5,
      },
    ],
    previousLog: (() => {
      const ls = (s: number, level: string, logger: string, msg: string): string =>
        `[${iso(s).slice(0, 23).replace('.', ',')}][${level.padEnd(5)}][${logger.padEnd(25)}] ${msg}`;
      const s0 = at(8, 4, 12);
      return log(
        ls(
          s0,
          'INFO',
          'logstash.runner',
          'Starting Logstash {"logstash.version"=>"8.15.3", "jruby.version"=>"jruby 9.4.8.0 (3.1.4) 2024-07-02 4d41e55a67 OpenJDK 64-Bit Server VM 21.0.4+7-LTS on 21.0.4+7-LTS +indy +jit [x86_64-linux]"}',
        ),
        ls(
          s0 + 9,
          'INFO',
          'logstash.javapipeline',
          'Starting pipeline {:pipeline_id=>"main", "pipeline.workers"=>4, "pipeline.batch.size"=>125, "pipeline.batch.delay"=>50, "pipeline.max_inflight"=>500, "pipeline.sources"=>["/usr/share/logstash/pipeline/syslog.conf"], :thread=>"#<Thread:0x6a1c9b3e /usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:134 run>"}',
        ),
        ls(s0 + 11, 'INFO', 'logstash.javapipeline', 'Pipeline started {"pipeline.id"=>"main"}'),
        ls(
          s0 + 11,
          'INFO',
          'logstash.inputs.syslog',
          'Starting syslog udp listener {:address=>"0.0.0.0:5514"}',
        ),
        ls(
          s0 + 11,
          'INFO',
          'logstash.agent',
          'Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}',
        ),
        times(4, (i) =>
          ls(
            s0 + 60 + i * 30,
            'WARN',
            'logstash.filters.grok',
            `Timeout executing grok '%{SYSLOGBASE} %{GREEDYDATA:syslog_message}' against field 'message' with value 'Value too large to output (${2_147_813 + i * 11} bytes)! First 255 chars are: <134>Feb 11 03:12:44 fw-edge-02 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=0c:c4:7a:91:2e:10:00:1b:17:00:01:13:08:00 SRC=203.0.113.77 DST=198.51.100.4 LEN=40 TOS=0x00 PREC=0x00 TTL=241 ID=54321 PROTO=TCP SPT=44321 DPT=22 WINDOW=1024 RES=0x00 SYN URGP=0 ...'!`,
          ),
        ),
        ls(
          s0 + 430,
          'WARN',
          'org.logstash.execution.ShutdownWatcherExt',
          '{"inflight_count"=>0, "stalling_threads_info"=>{["LogStash::Filters::Grok", {"match"=>{"message"=>"%{SYSLOGBASE} %{GREEDYDATA:syslog_message}"}, "id"=>"grok-syslog"}]=>[{"thread_id"=>40, "name"=>"[main]>worker2", "current_call"=>"[...]/vendor/bundle/jruby/3.1.0/gems/logstash-filter-grok-4.4.3/lib/logstash/filters/grok.rb:367:in `match_against_groks\'"}]}}',
        ),
        ls(
          s0 + 430,
          'ERROR',
          'org.logstash.execution.ShutdownWatcherExt',
          'The shutdown process appears to be stalled due to busy or blocked plugins. Check the logs for more information.',
        ),
      );
    })(),
    currentLog: (() => {
      const ls = (s: number, level: string, logger: string, msg: string): string =>
        `[${iso(s).slice(0, 23).replace('.', ',')}][${level.padEnd(5)}][${logger.padEnd(25)}] ${msg}`;
      const s0 = at(8, 17, 41);
      return log(
        ls(
          s0,
          'INFO',
          'logstash.runner',
          'Starting Logstash {"logstash.version"=>"8.15.3", "jruby.version"=>"jruby 9.4.8.0 (3.1.4) 2024-07-02 4d41e55a67 OpenJDK 64-Bit Server VM 21.0.4+7-LTS on 21.0.4+7-LTS +indy +jit [x86_64-linux]"}',
        ),
        ls(
          s0 + 4,
          'INFO',
          'logstash.agent',
          'Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}',
        ),
        ls(
          s0 + 6,
          'INFO',
          'logstash.outputs.elasticsearch',
          'Elasticsearch pool URLs updated {:changes=>{:removed=>[], :added=>[https://logs-es.logging.svc:9200/]}}',
        ),
        ls(
          s0 + 6,
          'INFO',
          'logstash.outputs.elasticsearch',
          'Restored connection to ES instance {:url=>"https://logs-es.logging.svc:9200/"}',
        ),
        ls(
          s0 + 8,
          'INFO',
          'logstash.javapipeline',
          'Pipeline Java execution initialization time {"seconds"=>0.84}',
        ),
        ls(s0 + 9, 'INFO', 'logstash.javapipeline', 'Pipeline started {"pipeline.id"=>"main"}'),
        ls(
          s0 + 9,
          'INFO',
          'logstash.inputs.syslog',
          'Starting syslog udp listener {:address=>"0.0.0.0:5514"}',
        ),
        ls(
          s0 + 9,
          'INFO',
          'logstash.inputs.syslog',
          'Starting syslog tcp listener {:address=>"0.0.0.0:5514"}',
        ),
        ls(
          s0 + 9,
          'INFO',
          'logstash.agent',
          'Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}',
        ),
        times(5, (i) =>
          ls(
            s0 + 140 + i * 30,
            'WARN',
            'logstash.filters.grok',
            `Timeout executing grok '%{SYSLOGBASE} %{GREEDYDATA:syslog_message}' against field 'message' with value 'Value too large to output (${2_147_813 + i * 11} bytes)! First 255 chars are: <134>Feb 11 03:12:44 fw-edge-02 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=0c:c4:7a:91:2e:10:00:1b:17:00:01:13:08:00 SRC=203.0.113.77 DST=198.51.100.4 LEN=40 TOS=0x00 PREC=0x00 TTL=241 ID=54321 PROTO=TCP SPT=44321 DPT=22 WINDOW=1024 RES=0x00 SYN URGP=0 ...'!`,
          ),
        ),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-ledger-api-stuck-in-vault-agent-init',
    family: 'dependency-down',
    source: 'https://github.com/hashicorp/vault-helm/issues/243',
    signal: 'InitContainerStuck',
    phase: 'Pending',
    initContainers: [
      {
        name: 'vault-agent-init',
        running: { startedAt: iso(at(8, 4, 58)) },
        ready: false,
        restarts: 0,
        memoryLimit: '128Mi',
        memoryRequest: '64Mi',
        args: [
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the injector's shell command, not a template
          'echo ${VAULT_CONFIG?} | base64 -d > /home/vault/config.json && vault agent -config=/home/vault/config.json',
        ],
        env: {
          VAULT_ADDR: 'https://vault.vault.svc:8200',
          VAULT_LOG_LEVEL: 'info',
          VAULT_LOG_FORMAT: 'standard',
        },
        mounts: [{ volume: 'vault-secrets', path: '/vault/secrets' }],
      },
    ],
    containers: [
      {
        name: 'ledger-api',
        waiting: { reason: 'PodInitializing' },
        ready: false,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        mounts: [{ volume: 'vault-secrets', path: '/vault/secrets' }],
      },
    ],
    volumes: [{ name: 'vault-secrets', emptyDir: { medium: 'Memory' } }],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message:
          'Successfully assigned payments/ledger-api-6c9f7d8b54-r7mzt to ip-10-30-4-118.eu-west-1.compute.internal',
      },
      { reason: 'Started', type: 'Normal', message: 'Started container vault-agent-init' },
    ],
    currentLog: (() => {
      const va = (s: number, level: string, msg: string): string =>
        `${iso(s)} ${`[${level}]`.padEnd(7)} ${msg}`;
      const fail = (s: number, backoff: string): string =>
        [
          va(s, 'ERROR', 'agent.auth.handler: error authenticating:'),
          '  error=',
          '  | Error making API request.',
          '  | ',
          '  | URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login',
          '  | Code: 503. Errors:',
          '  | ',
          '  | * Vault is sealed',
          `   backoff=${backoff}`,
        ].join('\n');
      const backoffs = [
        '1.43s',
        '2.61s',
        '4.87s',
        '9.2s',
        '18.04s',
        '35.6s',
        '1m9.3s',
        '2m11.8s',
        '4m17.1s',
        '5m0s',
        '5m0s',
        '5m0s',
        '5m0s',
      ];
      let s = at(8, 5, 0);
      return log(
        '==> Vault Agent started! Log data will stream in below:',
        '',
        '==> Vault Agent configuration:',
        '',
        '           Api Address 1: http://bufconn',
        '                     Cgo: disabled',
        '               Log Level: info',
        '                 Version: Vault v1.18.3, built 2024-12-16T14:00:53Z',
        '             Version Sha: 7ae4eca5403bf574f142cd8f987b8d83bafcd1de',
        '',
        va(at(8, 4, 59), 'INFO', 'agent.sink.file: creating file sink'),
        va(
          at(8, 4, 59),
          'INFO',
          'agent.sink.file: file sink configured: path=/home/vault/.vault-token mode=-rw-r-----',
        ),
        va(at(8, 4, 59), 'INFO', 'agent.template.server: starting template server'),
        va(at(8, 4, 59), 'INFO', 'agent.auth.handler: starting auth handler'),
        backoffs.map((b) => {
          const line = [va(s, 'INFO', 'agent.auth.handler: authenticating'), fail(s + 0.004, b)].join('\n');
          const m = /^(?:(\d+)m)?([\d.]+)s$/.exec(b);
          s += 0.01 + (m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : 1);
          return line;
        }),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-envconsul-invoice-renderer-crashloop',
    family: 'missing-secret',
    source: 'https://github.com/hashicorp/envconsul/issues/83',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('invoice-renderer', 14, 11),
        memoryLimit: '768Mi',
        memoryRequest: '512Mi',
        args: [
          'envconsul',
          '-config=/etc/envconsul/config.hcl',
          '-secret=kv/data/prod/invoice-renderer',
          'node',
          'dist/server.js',
        ],
        env: { VAULT_ADDR: 'https://vault.vault.svc:8200', NODE_ENV: 'production' },
        mounts: [{ volume: 'envconsul', path: '/etc/envconsul' }],
      },
    ],
    volumes: [{ name: 'envconsul', configMap: 'invoice-renderer-envconsul' }],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message:
          'Back-off restarting failed container invoice-renderer in pod invoice-renderer-7d4b9c6f85-xk2lp_billing',
        count: 47,
      },
    ],
    previousLog: (() => {
      const ec = (s: number, level: string, msg: string): string => `${iso(s)} [${level}] ${msg}`;
      const path = 'kv/data/prod/invoice-renderer';
      const retries = [
        '250ms',
        '500ms',
        '1s',
        '2s',
        '4s',
        '8s',
        '16s',
        '32s',
        '1m0s',
        '1m0s',
        '1m0s',
        '1m0s',
      ];
      let s = at(8, 21, 2);
      return log(
        ec(s, 'INFO', 'envconsul v0.13.2 (c1b0f9e4)'),
        ec(s, 'INFO', '(runner) creating new runner (once: false)'),
        ec(s, 'INFO', '(runner) creating watcher'),
        ec(s + 0.01, 'INFO', '(runner) starting'),
        retries.map((r, i) => {
          const line = ec(
            s + 0.02,
            'WARN',
            `(view) vault.read(${path}): no secret exists at ${path} (retry attempt ${i + 1} after "${r}")`,
          );
          const m = /^(?:(\d+)m)?([\d.]+)(ms|s)$/.exec(r);
          s += m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : 1;
          return line;
        }),
        ec(
          s + 0.03,
          'ERR',
          `(view) vault.read(${path}): no secret exists at ${path} (exceeded maximum retries)`,
        ),
        ec(
          s + 0.03,
          'ERR',
          `(runner) watcher reported error: vault.read(${path}): no secret exists at ${path}`,
        ),
        ec(s + 0.03, 'ERR', `(cli) vault.read(${path}): no secret exists at ${path}`),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-samba-file-server-kerberos-clock-skew',
    family: 'node-clock',
    source: 'https://github.com/inverse-inc/packetfence/issues/7537',
    signal: 'Alert',
    containers: [
      {
        name: 'smbd',
        running: { startedAt: iso(at(7, 12, 0, 9)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        env: { SAMBA_REALM: 'CORP.NORTHWIND.IO', SAMBA_WORKGROUP: 'NORTHWIND', SAMBA_SECURITY: 'ads' },
        mounts: [
          { volume: 'shares', path: '/srv/shares' },
          { volume: 'smb-conf', path: '/etc/samba' },
          { volume: 'machine-account', path: '/var/lib/samba/private' },
        ],
      },
    ],
    volumes: [
      { name: 'shares', persistentVolumeClaim: 'finance-shares' },
      { name: 'smb-conf', configMap: 'finance-smb-conf' },
      { name: 'machine-account', secret: 'finance-smb-machine-account' },
    ],
    node: {
      ready: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
        { type: 'NTPProblem', status: 'True', reason: 'NTPIsDown', message: 'NTP service is not running' },
      ],
    },
    events: [
      alert(
        'SMBAuthenticationFailures',
        'finance-smb-0: 100% of SMB session setups failed in the last 25m (NT_STATUS_LOGON_FAILURE, Kerberos).',
      ),
    ],
    currentLog: (() => {
      const sb = (s: number, lvl: number, where: string): string =>
        `[${ymd(s).replace(/-/g, '/')} ${hms(s)}.${msOf(s)}${String(221 + (Math.abs(Math.round(s)) % 700)).padStart(3, '0')},  ${lvl}] ${where}`;
      const users = ['NORTHWIND\\amara', 'NORTHWIND\\jlee', 'NORTHWIND\\svc-payroll', 'NORTHWIND\\hgupta'];
      return log(
        times(8, (i) => [
          sb(at(7, 20, 0) + i * 300, 2, '../../source3/smbd/service.c:1124(make_connection_snum)'),
          `  ws-fin-${p2(10 + i)} (ipv4:10.60.${2 + (i % 3)}.${41 + i}:${52_000 + i}) connect to service finance initially as user ${pick(users, i)} (uid=10${400 + i}, gid=10${512}) (pid ${3100 + i})`,
        ]).flat(),
        times(40, (i) => {
          const s = at(8, 5, 0) + i * 36 + jit(i);
          return i % 2 === 0
            ? [
                sb(s, 0, '../../source3/librpc/crypto/gse.c:669(gse_get_client_auth_token)'),
                '  gse_get_client_auth_token: gss_init_sec_context failed with [ Miscellaneous failure (see text): Clock skew too great]',
              ].join('\n')
            : [
                sb(s, 1, '../../source3/auth/auth_winbind.c:120(check_winbind_security)'),
                `  check_winbind_security: winbind failed to authenticate ${pick(users, i)}: NT_STATUS_NO_LOGON_SERVERS`,
              ].join('\n');
        }),
      );
    })(),
    accept: ['cordon-drain-node', 'escalate'],
  },
  {
    id: 'fiftysixth-nagios-core-crashloop-object-config',
    family: 'bad-config',
    source: 'https://github.com/sous-chefs/nagios/issues/261',
    signal: 'CrashLoopBackOff',
    containers: [
      {
        ...backingOff('nagios', 1, 8),
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        args: [
          '/bin/sh',
          '-c',
          '/opt/nagios/bin/nagios -v /opt/nagios/etc/nagios.cfg && exec /opt/nagios/bin/nagios /opt/nagios/etc/nagios.cfg',
        ],
        mounts: [
          { volume: 'objects', path: '/opt/nagios/etc/objects/k8s' },
          { volume: 'nagios-var', path: '/opt/nagios/var' },
        ],
      },
    ],
    volumes: [
      { name: 'objects', configMap: 'nagios-objects-k8s' },
      { name: 'nagios-var', persistentVolumeClaim: 'nagios-var' },
    ],
    events: [
      {
        reason: 'BackOff',
        type: 'Warning',
        message: 'Back-off restarting failed container nagios in pod nagios-5c8d7f9b6-w2vkd_monitoring',
        count: 33,
      },
    ],
    previousLog: log(
      '',
      'Nagios Core 4.5.7',
      'Copyright (c) 2009-present Nagios Core Development Team and Community Contributors',
      'Copyright (c) 1999-2009 Ethan Galstad',
      'Last Modified: 2024-10-24',
      'License: GPL',
      '',
      'Website: https://www.nagios.org',
      'Reading configuration data...',
      '   Read main config file okay...',
      "Error: Could not find any hostgroup matching 'pg-replicas' (config file '/opt/nagios/etc/objects/k8s/postgres.cfg', starting on line 44)",
      "Error: Could not expand hostgroups and/or hosts specified in service (config file '/opt/nagios/etc/objects/k8s/postgres.cfg', starting on line 44)",
      '   Error processing object config files!',
      '',
      '',
      '***> One or more problems was encountered while processing the config files...',
      '',
      '     Check your configuration file(s) to ensure that they contain valid',
      '     directives and data definitions.  If you are upgrading from a previous',
      '     version of Nagios, you should be aware that some variables/definitions',
      '     may have been removed or modified in this version.  Make sure to read',
      '     the HTML documentation regarding the config files, as well as the',
      "     'Whats New' section to find out what has changed.",
      '',
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-nfs-ganesha-home-server-opens-refused',
    family: 'recovering',
    source: 'https://github.com/2i2c-org/jupyterhub-home-nfs/issues/78',
    signal: 'Alert',
    containers: [
      {
        name: 'nfs-server',
        running: { startedAt: iso(at(8, 28, 40)) },
        ready: true,
        restarts: 0,
        memoryLimit: '2Gi',
        memoryRequest: '1Gi',
        cpuLimit: '2',
        args: ['/usr/bin/ganesha.nfsd', '-F', '-L', '/dev/stdout', '-f', '/etc/ganesha/ganesha.conf'],
        mounts: [
          { volume: 'home-storage', path: '/export' },
          { volume: 'ganesha-conf', path: '/etc/ganesha' },
        ],
      },
    ],
    volumes: [
      { name: 'home-storage', persistentVolumeClaim: 'jupyterhub-home-nfs' },
      { name: 'ganesha-conf', configMap: 'jupyterhub-home-nfs-ganesha' },
    ],
    events: [
      {
        reason: 'Scheduled',
        type: 'Normal',
        message: 'Successfully assigned jupyterhub/home-nfs-0 to ip-10-30-9-77.eu-west-1.compute.internal',
      },
      alert(
        'JupyterHomeIOStalled',
        '143 singleuser pods have file opens on /home blocked for more than 60s.',
      ),
    ],
    currentLog: (() => {
      const gn = (s: number, thread: string, fn: string, comp: string, msg: string): string =>
        `11/02/2026 ${hms(s)} : epoch ${Math.floor(epoch(at(8, 28, 40))).toString(16)} : home-nfs-0 : ganesha.nfsd-1[${thread}] ${fn} :${comp} :EVENT :${msg}`;
      const s0 = at(8, 28, 41);
      return log(
        gn(s0, 'main', 'main', 'MAIN', 'ganesha.nfsd Starting: Ganesha Version 5.7'),
        gn(s0, 'main', 'nfs_set_param_from_conf', 'NFS STARTUP', 'Configuration file successfully parsed'),
        gn(s0 + 1, 'main', 'init_server_pkgs', 'NFS STARTUP', 'Initializing ID Mapper.'),
        gn(s0 + 1, 'main', 'init_server_pkgs', 'NFS STARTUP', 'ID Mapper successfully initialized.'),
        gn(s0 + 1, 'main', 'nfs4_recovery_init', 'CLIENT ID', 'Recovery Backend Init for fs'),
        gn(s0 + 1, 'main', 'fs_read_recov_clids_takeover', 'CLIENT ID', 'Recovery Backend Init for fs'),
        gn(s0 + 1, 'main', 'nfs_start_grace', 'STATE', 'NFS Server Now IN GRACE, duration 90'),
        gn(s0 + 1, 'main', 'nfs_start_grace', 'STATE', 'grace reload client info completed from backend'),
        gn(s0 + 1, 'main', 'nfs_try_lift_grace', 'STATE', 'check grace:reclaim complete(0) clid count(143)'),
        gn(
          s0 + 2,
          'main',
          'lower_my_caps',
          'NFS STARTUP',
          'CAP_SYS_RESOURCE was successfully removed for proper quota management in FSAL',
        ),
        gn(s0 + 2, 'main', 'nfs_Init', 'NFS STARTUP', 'Export /export (id 1) is now available'),
        gn(s0 + 2, 'main', 'nfs_start', 'NFS STARTUP', '-------------------------------------------------'),
        gn(s0 + 2, 'main', 'nfs_start', 'NFS STARTUP', '             NFS SERVER INITIALIZED'),
        gn(s0 + 2, 'main', 'nfs_start', 'NFS STARTUP', '-------------------------------------------------'),
        times(44, (i) => {
          const s = s0 + 4 + i * 1 + jit(i);
          return i % 5 === 4
            ? gn(
                s,
                'reaper',
                'nfs_try_lift_grace',
                'STATE',
                `check grace:reclaim complete(${Math.floor(i / 5) * 9}) clid count(143)`,
              )
            : gn(
                s,
                `svc_${20 + (i % 17)}`,
                'complete_op',
                'NFS4',
                `Error status of OP_OPEN in position 2 = NFS4ERR_GRACE`,
              );
        }),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    id: 'fiftysixth-openldap-replica-provider-unreachable',
    family: 'dependency-down',
    source: 'https://github.com/osixia/container-openldap/issues/316',
    signal: 'Alert',
    containers: [
      {
        name: 'slapd',
        running: { startedAt: iso(at(22, 40, 3, 8)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        env: {
          LDAP_ORGANISATION: 'Northwind Labs',
          LDAP_DOMAIN: 'labs.northwind.io',
          LDAP_REPLICATION: 'true',
          LDAP_READONLY_USER: 'true',
        },
        mounts: [
          { volume: 'ldap-data', path: '/var/lib/ldap' },
          { volume: 'replication', path: '/container/environment/01-custom' },
        ],
      },
    ],
    volumes: [
      { name: 'ldap-data', emptyDir: {} },
      { name: 'replication', configMap: 'labs-ldap-replica-syncrepl' },
    ],
    events: [
      alert(
        'LDAPReplicaContextCSNLagging',
        'labs-ldap-replica-7d8c9b6f5-vq4tn contextCSN of dc=labs,dc=northwind,dc=io is 36m behind the last value seen from the provider.',
      ),
    ],
    currentLog: (() => {
      const hex = (s: number): string => Math.floor(epoch(s)).toString(16);
      const provider = 'ldaps://ldap-provider.labs-identity.svc.cluster.local:636';
      return log(
        times(6, (i) => {
          const s = at(7, 40, 0) + i * 120;
          return [
            `${hex(s)} conn=${9120 + i} fd=${14 + i} ACCEPT from IP=10.42.3.${30 + i}:${40_100 + i} (IP=0.0.0.0:389)`,
            `${hex(s)} conn=${9120 + i} op=0 SRCH base="ou=groups,dc=labs,dc=northwind,dc=io" scope=2 deref=0 filter="(memberUid=${pick(['amara', 'jlee', 'svc-ci'], i)})"`,
            `${hex(s)} conn=${9120 + i} op=0 SEARCH RESULT tag=101 err=0 nentries=${2 + (i % 3)} text=`,
          ];
        }).flat(),
        `${hex(at(7, 53, 31))} do_syncrep2: rid=001 (-1) Can't contact LDAP server`,
        `${hex(at(7, 53, 31))} do_syncrepl: rid=001 rc -1 retrying`,
        times(36, (i) => {
          const s = at(7, 54, 31) + i * 60;
          return [
            `${hex(s)} slap_client_connect: URI=${provider} DN="cn=replicator,dc=labs,dc=northwind,dc=io" ldap_sasl_bind_s failed (-1)`,
            `${hex(s)} do_syncrepl: rid=001 rc -1 retrying`,
            ...(i % 4 === 1
              ? [
                  `${hex(s + 12)} conn=${9200 + i} op=0 SRCH base="ou=people,dc=labs,dc=northwind,dc=io" scope=2 deref=0 filter="(uid=${pick(['amara', 'jlee', 'svc-ci', 'mrossi'], i)})"`,
                  `${hex(s + 12)} conn=${9200 + i} op=0 SEARCH RESULT tag=101 err=0 nentries=1 text=`,
                ]
              : []),
          ];
        }).flat(),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-spark-sessionizer-lag-after-kafka-outage',
    family: 'backlog-progressing',
    source: 'https://github.com/apache/spark/pull/15954',
    signal: 'Alert',
    containers: [
      {
        name: 'spark-driver',
        running: { startedAt: iso(at(11, 31, 2, 5)) },
        ready: true,
        restarts: 0,
        memoryLimit: '8Gi',
        memoryRequest: '8Gi',
        cpuLimit: '2',
        args: [
          'spark-submit',
          '--deploy-mode',
          'client',
          '--conf',
          'spark.sql.streaming.stateStore.providerClass=org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider',
          '--conf',
          'spark.sql.streaming.checkpointLocation=s3a://nw-streaming-checkpoints/clickstream-sessionizer',
          '/opt/app/sessionizer.py',
        ],
        env: { MAX_OFFSETS_PER_TRIGGER: '1000000', KAFKA_BOOTSTRAP: 'events-kafka-bootstrap.kafka.svc:9092' },
      },
    ],
    events: [
      alert(
        'SparkStreamingLagHigh',
        'query clickstream-sessionizer consumer lag on web.clickstream is 8.7M records (threshold 500k).',
      ),
    ],
    currentLog: (() => {
      const sp = (s: number, level: string, cls: string, msg: string): string =>
        `${ymd(s).slice(2).replace(/-/g, '/')} ${hms(s)} ${level} ${cls}: ${msg}`;
      const progress = (s: number, i: number): string[] => [
        sp(s, 'INFO', 'MicroBatchExecution', 'Streaming query made progress: {'),
        '  "id" : "1bbf91ac-0a24-4da7-bfe8-54ce1ac63e0f",',
        '  "runId" : "ac738c58-a976-4c87-9547-b4a1ee1c2560",',
        '  "name" : "clickstream-sessionizer",',
        `  "timestamp" : "${iso(s - 166)}",`,
        `  "batchId" : ${61_207 + i},`,
        '  "numInputRows" : 1000000,',
        `  "inputRowsPerSecond" : ${(5900 + (i % 5) * 41).toFixed(1)},`,
        `  "processedRowsPerSecond" : ${(6021 + (i % 7) * 37).toFixed(1)},`,
        `  "durationMs" : { "addBatch" : ${160_400 + (i % 6) * 510}, "getBatch" : 2, "latestOffset" : ${61 + (i % 9)}, "queryPlanning" : ${55 + (i % 5)}, "triggerExecution" : ${165_100 + (i % 6) * 500}, "walCommit" : ${212 + (i % 7)} },`,
        `  "stateOperators" : [ { "operatorName" : "sessionWindowStateStoreSaveExec", "numRowsTotal" : ${41_200_000 + i * 91_000}, "numRowsUpdated" : ${388_000 + (i % 9) * 1200}, "memoryUsedBytes" : ${9_812_000_000 + i * 7_000_000} } ],`,
        `  "sources" : [ { "description" : "KafkaV2[Subscribe[web.clickstream]]", "numInputRows" : 1000000, "metrics" : { "avgOffsetsBehindLatest" : "${(1_310_000 - i * 24_000).toFixed(1)}", "maxOffsetsBehindLatest" : "${1_402_118 - i * 26_400}", "minOffsetsBehindLatest" : "${1_221_730 - i * 22_700}" } } ],`,
        '  "sink" : { "description" : "DeltaSink[s3a://nw-lake/silver/sessions]", "numOutputRows" : -1 }',
        '}',
      ];
      return log(
        sp(
          at(6, 11, 40),
          'WARN',
          'KafkaOffsetReaderAdmin',
          'Error in attempt 1 getting Kafka offsets: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: describeTopics',
        ),
        times(8, (i) =>
          sp(
            at(6, 14, 0) + i * 600,
            'WARN',
            'KafkaOffsetReaderAdmin',
            `Error in attempt ${(i % 3) + 1} getting Kafka offsets: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listOffsets`,
          ),
        ),
        sp(
          at(7, 41, 8),
          'INFO',
          'MicroBatchExecution',
          'Resuming at batch 61207 with committed offsets {KafkaV2[Subscribe[web.clickstream]]: {"web.clickstream":{"8":911204331,"2":911171022,"5":911190110,"4":911188771,"7":911201909,"1":911165044,"3":911180018,"6":911196402,"0":911158133}}}',
        ),
        times(17, (i) => progress(at(7, 44, 30) + i * 167 + jit(i), i)).flat(),
      );
    })(),
    accept: ['escalate'],
    harmful: ['restart-pod'],
  },
  {
    id: 'fiftysixth-promtail-targets-fail-minutes-after-restart',
    family: 'recurring-wedge',
    source: 'https://github.com/grafana/loki/issues/4740',
    signal: 'ProbeFailure',
    containers: [
      {
        name: 'promtail',
        running: { startedAt: iso(at(8, 22, 4)) },
        ready: false,
        last: { reason: 'Error', exitCode: 137 },
        restarts: 6,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '500m',
        args: [
          '-config.file=/etc/promtail/promtail.yaml',
          '-client.url=http://loki-gateway.logging.svc/loki/api/v1/push',
        ],
        mounts: [
          { volume: 'config', path: '/etc/promtail' },
          { volume: 'run', path: '/run/promtail' },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: 'promtail' },
      { name: 'run', emptyDir: {} },
    ],
    node: quietNode,
    events: [
      {
        reason: 'Unhealthy',
        type: 'Warning',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
        count: 38,
      },
      {
        reason: 'Killing',
        type: 'Normal',
        message: 'Container promtail failed liveness probe, will be restarted',
        count: 6,
      },
    ],
    previousLog: (() => {
      const pt = (s: number, level: string, caller: string, msg: string, extra = ''): string =>
        `level=${level} ts=${iso(s).slice(0, 23)}${micro(Math.round(s)).slice(0, 6)}Z caller=${caller} msg="${msg}"${extra ? ` ${extra}` : ''}`;
      const s0 = at(8, 9, 31);
      const pods = [
        'checkout-api',
        'orders-worker',
        'search-indexer',
        'fraud-scorer',
        'ledger-api',
        'cart-service',
        'ingest-router',
      ];
      return log(
        pt(
          s0,
          'info',
          'promtail.go:133',
          'Reloading configuration file',
          'md5sum=5a0b2c6e9f41a97c53b8d21e4f0a7c33',
        ),
        pt(s0, 'info', 'server.go:351', 'server listening on addresses', 'http=[::]:3101 grpc=[::]:9095'),
        pt(
          s0,
          'info',
          'main.go:173',
          'Starting Promtail',
          'version="(version=3.3.2, branch=HEAD, revision=3f57d3a)"',
        ),
        times(18, (i) =>
          pt(
            s0 + 2 + i * 4,
            'info',
            'filetargetmanager.go:372',
            'Adding target',
            `key="/var/log/pods/*${(0xa1b2c3 + i * 977).toString(16)}/${pick(pods, i)}/*.log:{app=\\"${pick(pods, i)}\\", namespace=\\"prod\\"}"`,
          ),
        ),
        times(26, (i) => {
          const s = s0 + 190 + i * 7 + jit(i);
          return pt(
            s,
            'error',
            'filetargetmanager.go:263',
            'Failed to create target',
            `key="{container=\\"${pick(pods, i)}\\", namespace=\\"prod\\", pod=\\"${pick(pods, i)}-${(0x5c4f00 + i * 131).toString(16)}\\"}" error="filetarget.fsnotify.NewWatcher: too many open files"`,
          );
        }),
      );
    })(),
    currentLog: (() => {
      const pt = (s: number, level: string, caller: string, msg: string, extra = ''): string =>
        `level=${level} ts=${iso(s).slice(0, 23)}${micro(Math.round(s)).slice(0, 6)}Z caller=${caller} msg="${msg}"${extra ? ` ${extra}` : ''}`;
      const s0 = at(8, 22, 5);
      const pods = [
        'checkout-api',
        'orders-worker',
        'search-indexer',
        'fraud-scorer',
        'ledger-api',
        'cart-service',
        'ingest-router',
      ];
      return log(
        pt(
          s0,
          'info',
          'main.go:173',
          'Starting Promtail',
          'version="(version=3.3.2, branch=HEAD, revision=3f57d3a)"',
        ),
        times(15, (i) =>
          pt(
            s0 + 2 + i * 4,
            'info',
            'filetargetmanager.go:372',
            'Adding target',
            `key="/var/log/pods/*${(0xb1c2d3 + i * 977).toString(16)}/${pick(pods, i)}/*.log:{app=\\"${pick(pods, i)}\\", namespace=\\"prod\\"}"`,
          ),
        ),
        times(20, (i) => {
          const s = s0 + 170 + i * 9 + jit(i);
          return pt(
            s,
            'error',
            'filetargetmanager.go:263',
            'Failed to create target',
            `key="{container=\\"${pick(pods, i)}\\", namespace=\\"prod\\", pod=\\"${pick(pods, i)}-${(0x6d5e00 + i * 131).toString(16)}\\"}" error="filetarget.fsnotify.NewWatcher: too many open files"`,
          );
        }),
      );
    })(),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-boundary-worker-node-went-silent',
    family: 'node-down',
    source: 'https://github.com/hashicorp/boundary/issues/2598',
    signal: 'NodeNotReady',
    containers: [
      {
        name: 'boundary-worker',
        running: { startedAt: iso(at(13, 2, 40, 6)) },
        ready: false,
        restarts: 0,
        memoryLimit: '512Mi',
        memoryRequest: '256Mi',
        cpuLimit: '1',
        args: ['server', '-config', '/boundary/worker.hcl'],
        mounts: [
          { volume: 'worker-config', path: '/boundary' },
          { volume: 'worker-auth', path: '/boundary/auth' },
        ],
      },
    ],
    volumes: [
      { name: 'worker-config', configMap: 'boundary-worker' },
      { name: 'worker-auth', persistentVolumeClaim: 'boundary-worker-auth' },
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
      { reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready' },
      alert(
        'BoundaryWorkerDown',
        'worker w_r1VICDA7Gc (k8s-egress) last reported status at 08:23:41; 14 active sessions dropped.',
      ),
    ],
    currentLog: (() => {
      const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      const evId = (id: number): string =>
        times(10, (k) => abc[(id * 131 + k * 37 + ((id * k * 17) % 29) + 11) % abc.length]).join('');
      const ev = (s: number, id: number, op: string, data: string): string =>
        `{"id":"${evId(id)}","source":"https://hashicorp.com/boundary/boundary-worker-0/worker","specversion":"1.0","type":"system","data":{"version":"v0.1","op":"${op}","data":${data}},"datacontentype":"application/cloudevents","time":"${iso(s).slice(0, 23)}${String(595_445 + id).slice(0, 6)}Z"}`;
      return log(
        times(70, (i) => {
          const s = at(7, 50, 0) + i * 28.5 + jit(i);
          const conn = `cs_${evId(0x2bee + (i >> 1))}`;
          const sess = `s_${evId(0x91af + ((i >> 1) % 14))}`;
          return ev(
            s,
            i,
            'worker.(Worker).handleProxy',
            i % 2 === 0
              ? `{"connection_id":"${conn}","msg":"connection successfully authorized","session_id":"${sess}"}`
              : `{"connection_id":"${conn}","msg":"connection closed","session_id":"${sess}"}`,
          );
        }),
      );
    })(),
    accept: ['replace-node', 'cordon-drain-node', 'escalate'],
  },
  {
    id: 'fiftysixth-quartz-notification-misfires-lock-waits',
    family: 'dependency-slow',
    source: 'https://github.com/quartz-scheduler/quartz/issues/651',
    signal: 'Alert',
    containers: [
      {
        name: 'notification-scheduler',
        running: { startedAt: iso(at(7, 40, 12)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '768Mi',
        cpuLimit: '1',
        env: {
          JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=70',
          SPRING_QUARTZ_PROPERTIES_ORG_QUARTZ_JOBSTORE_ISCLUSTERED: 'true',
          SPRING_QUARTZ_PROPERTIES_ORG_QUARTZ_JOBSTORE_MISFIRETHRESHOLD: '60000',
          SPRING_DATASOURCE_URL:
            'jdbc:mysql://notify-db.cluster-cj3f8.eu-west-1.rds.amazonaws.com:3306/notify',
        },
      },
    ],
    events: [
      alert(
        'QuartzMisfiresHigh',
        'scheduler cluster notification-scheduler recorded 312 misfires in the last 30m (3 instances).',
      ),
    ],
    currentLog: log(
      boot(
        at(7, 40, 19),
        'INFO',
        'main',
        'o.s.s.quartz.LocalDataSourceJobStore',
        'Using db table-based data access locking (synchronization).',
      ),
      boot(at(7, 40, 19), 'INFO', 'main', 'o.s.s.quartz.LocalDataSourceJobStore', 'JobStoreCMT initialized.'),
      boot(
        at(7, 40, 20),
        'INFO',
        'main',
        'org.quartz.core.QuartzScheduler',
        'Scheduler notificationScheduler_$_notification-scheduler-6b7d9f8c4-p9k2x1770795619811 started.',
      ),
      boot(
        at(7, 40, 21),
        'INFO',
        'main',
        'o.s.s.quartz.LocalDataSourceJobStore',
        "Freed 2 triggers from 'acquired' / 'blocked' state.",
      ),
      boot(
        at(7, 40, 21),
        'INFO',
        'main',
        'o.s.s.quartz.LocalDataSourceJobStore',
        'Recovering 2 jobs that were in-progress at the time of the last shut-down.',
      ),
      boot(at(7, 40, 21), 'INFO', 'main', 'o.s.s.quartz.LocalDataSourceJobStore', 'Recovery complete.'),
      times(44, (i) => {
        const s = at(7, 44, 0) + i * 62 + jit(i);
        if (i % 4 === 0)
          return boot(
            s,
            'INFO',
            'Scheduler_MisfireHandler',
            'o.s.s.quartz.LocalDataSourceJobStore',
            `Handling ${18 + (i % 11)} trigger(s) that missed their scheduled fire-time.`,
          );
        if (i % 4 === 1)
          return [
            boot(
              s,
              'ERROR',
              'Scheduler_MisfireHandler',
              'o.s.s.quartz.LocalDataSourceJobStore',
              "MisfireHandler: Error handling misfires: Couldn't store trigger 'reminders.sendDueReminders' for 'reminders.sendDueRemindersJob' job:Lock wait timeout exceeded; try restarting transaction",
            ),
            "org.quartz.JobPersistenceException: Couldn't store trigger 'reminders.sendDueReminders' for 'reminders.sendDueRemindersJob' job:Lock wait timeout exceeded; try restarting transaction",
            '\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.storeTrigger(JobStoreSupport.java:1228) ~[quartz-2.3.2.jar!/:na]',
            '\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.doUpdateOfMisfiredTrigger(JobStoreSupport.java:1042) ~[quartz-2.3.2.jar!/:na]',
            '\tat org.quartz.impl.jdbcjobstore.JobStoreSupport.recoverMisfiredJobs(JobStoreSupport.java:991) ~[quartz-2.3.2.jar!/:na]',
          ].join('\n');
        if (i % 4 === 2)
          return [
            boot(
              s,
              'ERROR',
              'cheduler_Worker-4',
              'org.quartz.core.ErrorLogger',
              'An error occurred while scanning for the next triggers to fire.',
            ),
            'org.quartz.impl.jdbcjobstore.LockException: Failure obtaining db row lock: Lock wait timeout exceeded; try restarting transaction',
            '\tat org.quartz.impl.jdbcjobstore.StdRowLockSemaphore.executeSQL(StdRowLockSemaphore.java:157) ~[quartz-2.3.2.jar!/:na]',
            '\tat org.quartz.impl.jdbcjobstore.DBSemaphore.obtainLock(DBSemaphore.java:113) ~[quartz-2.3.2.jar!/:na]',
            'Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction',
          ].join('\n');
        return boot(
          s,
          'WARN',
          `cheduler_Worker-${1 + (i % 8)}`,
          'c.n.notify.jobs.SendDueRemindersJob',
          `batch of 500 reminders took ${(38 + (i % 9) * 3.1).toFixed(1)} s (SELECT ... FOR UPDATE SKIP LOCKED on reminder_outbox waited ${(31 + (i % 7) * 2.4).toFixed(1)} s)`,
        );
      }),
    ),
    accept: ['escalate'],
  },
  {
    id: 'fiftysixth-redpanda-connect-archiver-output-refused',
    family: 'dependency-down',
    source: 'https://github.com/redpanda-data/connect/issues/919',
    signal: 'Alert',
    containers: [
      {
        name: 'connect',
        running: { startedAt: iso(at(10, 44, 1, 10)) },
        ready: true,
        restarts: 0,
        memoryLimit: '1Gi',
        memoryRequest: '512Mi',
        cpuLimit: '1',
        args: ['run', '/etc/connect/pipeline.yaml'],
        env: {
          S3_ENDPOINT: 'http://minio.storage.svc:9000',
          S3_BUCKET: 'audit-archive',
          KAFKA_SEED_BROKERS: 'events-kafka-bootstrap.kafka.svc:9092',
        },
        mounts: [{ volume: 'pipeline', path: '/etc/connect' }],
      },
    ],
    volumes: [{ name: 'pipeline', configMap: 'audit-archiver-pipeline' }],
    events: [
      alert(
        'KafkaConsumerGroupLagGrowing',
        'group audit-archiver lag on topic audit.events is 612k and rising for 45m.',
      ),
    ],
    currentLog: (() => {
      const lf = (s: number, level: string, msg: string, extra = ''): string =>
        `time="${isoS(s)}" level=${level} msg="${msg}" @service=redpanda-connect${extra ? ` ${extra}` : ''}`;
      return log(
        lf(
          at(10, 44, 1, 10),
          'info',
          'Running main config from specified file',
          'benthos_version=4.52.0 path=/etc/connect/pipeline.yaml',
        ),
        lf(at(10, 44, 1, 10), 'info', 'Input type kafka_franz is now active', 'label=audit path=root.input'),
        lf(at(10, 44, 2, 10), 'info', 'Output type aws_s3 is now active', 'label=archive path=root.output'),
        times(90, (i) => {
          const s = at(7, 44, 10) + i * 30 + jit(i);
          return lf(
            s,
            'error',
            `Failed to send message to aws_s3: operation error S3: PutObject, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , HostID: , request send failed, Put \\"http://minio.storage.svc:9000/audit-archive/audit/2026/02/11/${p2(7 + Math.floor(i / 40))}/part-${(0x4e1f + i).toString(16)}.json.gz?x-id=PutObject\\": dial tcp 10.43.18.4:9000: connect: connection refused`,
            'label=archive path=root.output',
          );
        }),
      );
    })(),
    accept: ['escalate'],
  },
];
