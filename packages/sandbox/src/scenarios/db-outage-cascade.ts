import type { BehaviourProfileInput } from '../engine/profiles.ts';
import { deployment, namespace, secret, service } from './builders.ts';
import type { Manifest, ScenarioDefinitionInput } from './types.ts';

export const COMMERCE_DB_HOST = 'commerce-db.cluster-c4m9x2k7q1pz.eu-west-1.rds.amazonaws.com';
const DB_IP = '10.0.21.87';
/** The fact that says the commerce database answers. */
export const COMMERCE_DB_REACHABLE = 'databaseReachable/commerce-db';
/** Minutes the outage has lasted at "now", and how long it lasts in all. */
export const OUTAGE_STARTED_MINUTES_AGO = 10;
export const OUTAGE_MINUTES = 60;

type Service = {
  name: string;
  version: string;
  /** What the program logs when it cannot connect, then exits. */
  failure: { afterSeconds: number; exitCode: number; log: string[] };
  startupLog: string[];
  steadyLine: string;
};

const refused = `${DB_IP}:5432: connect: connection refused`;

/** Six services of the shop, each failing the way its stack fails when PostgreSQL refuses connections. */
export const COMMERCE_SERVICES: Service[] = [
  {
    name: 'cart-api',
    version: '8.3.2',
    startupLog: ['{"level":30,"time":"{time}","msg":"cart-api 8.3.2 starting","node":"v22.12.0"}'],
    steadyLine:
      '{"level":30,"time":"{time}","msg":"cart updated","cart":"ct_{id}","items":3,"responseTime":12}',
    failure: {
      afterSeconds: 3,
      exitCode: 1,
      log: [
        `{"level":50,"time":"{time}","msg":"database connection failed","host":"${COMMERCE_DB_HOST}","port":5432,"err":{"type":"Error","message":"connect ECONNREFUSED ${DB_IP}:5432","code":"ECONNREFUSED","stack":"Error: connect ECONNREFUSED ${DB_IP}:5432\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)"}}`,
        '{"level":60,"time":"{time}","msg":"cannot start without the database, exiting"}',
      ],
    },
  },
  {
    name: 'order-api',
    version: '12.0.4',
    startupLog: [
      '{date}  INFO 1 --- [order-api] [           main] com.acme.orders.OrderApplication         : Starting OrderApplication v12.0.4 using Java 21.0.5 with PID 1',
      '{date}  INFO 1 --- [order-api] [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
    ],
    steadyLine:
      '{date}  INFO 1 --- [order-api] [nio-8080-exec-4] c.acme.orders.web.OrderController        : Order ord_{id} placed (3 lines, 89.90 EUR)',
    failure: {
      afterSeconds: 14,
      exitCode: 1,
      log: [
        `{date} ERROR 1 --- [order-api] [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.`,
        `org.postgresql.util.PSQLException: Connection to ${COMMERCE_DB_HOST}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`,
        '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)',
        'Caused by: java.net.ConnectException: Connection refused',
        `{date} ERROR 1 --- [order-api] [           main] o.s.boot.SpringApplication               : Application run failed`,
      ],
    },
  },
  {
    name: 'pricing-api',
    version: '3.9.0',
    startupLog: ['{"time":"{time}","level":"INFO","msg":"starting pricing-api","version":"3.9.0"}'],
    steadyLine: '{"time":"{time}","level":"INFO","msg":"price computed","sku":"sku_{id}","duration_ms":4}',
    failure: {
      afterSeconds: 2,
      exitCode: 1,
      log: [
        `{"time":"{time}","level":"ERROR","msg":"cannot connect to database","error":"failed to connect to \`host=${COMMERCE_DB_HOST} user=pricing database=commerce\`: dial error (dial tcp ${refused})"}`,
      ],
    },
  },
  {
    name: 'customer-api',
    version: '5.1.3',
    startupLog: [
      '[{date}] [1] [INFO] Starting gunicorn 23.0.0',
      '[{date}] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)',
    ],
    steadyLine: '10.0.1.5 - - [{date}] "GET /customers/c_{id} HTTP/1.1" 200 412 "-" "checkout-web/2.3.0"',
    failure: {
      afterSeconds: 5,
      exitCode: 3,
      log: [
        `sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: connection to server at "${DB_IP}", port 5432 failed: Connection refused`,
        '\tIs the server running on that host and accepting TCP/IP connections?',
        `(Background on this error at: https://sqlalche.me/e/20/e3q8) [host=${COMMERCE_DB_HOST}]`,
        '[{date}] [7] [ERROR] Worker (pid:7) exited with code 3',
        '[{date}] [1] [ERROR] Reason: Worker failed to boot.',
      ],
    },
  },
  {
    name: 'loyalty-api',
    version: '2.6.1',
    startupLog: ['=> Booting Puma', '=> Rails 7.2.2 application starting in production'],
    steadyLine:
      'I, [{date} #1]  INFO -- : [req_{id}] Completed 200 OK in 18ms (Views: 0.4ms | ActiveRecord: 6.1ms)',
    failure: {
      afterSeconds: 6,
      exitCode: 1,
      log: [
        `F, [{date} #1] FATAL -- : ActiveRecord::ConnectionNotEstablished (connection to server at "${DB_IP}", port 5432 failed: Connection refused`,
        `\tIs the server running on that host and accepting TCP/IP connections?) host=${COMMERCE_DB_HOST}`,
        'Exiting',
      ],
    },
  },
  {
    name: 'fulfilment-worker',
    version: '1.22.0',
    startupLog: ['{"time":"{time}","level":"INFO","msg":"starting fulfilment-worker","version":"1.22.0"}'],
    steadyLine: '{"time":"{time}","level":"INFO","msg":"shipment booked","order":"ord_{id}","carrier":"dhl"}',
    failure: {
      afterSeconds: 31,
      exitCode: 1,
      log: [
        `{"time":"{time}","level":"ERROR","msg":"database unavailable","host":"${COMMERCE_DB_HOST}","error":"dial tcp ${DB_IP}:5432: i/o timeout","waited":"30s"}`,
      ],
    },
  },
];

const image = (s: Service) => `registry.local/commerce/${s.name}:${s.version}`;

function profile(s: Service): BehaviourProfileInput {
  return {
    image: image(s),
    memoryUsageMi: 140,
    startupLog: s.startupLog,
    steadyLog: { everySeconds: 20, lines: [s.steadyLine] },
    failures: [{ when: { fact: COMMERCE_DB_REACHABLE, is: false }, effect: 'crash', ...s.failure }],
  };
}

function objects(s: Service): Manifest[] {
  return [
    deployment({
      name: s.name,
      namespace: 'commerce',
      image: image(s),
      replicas: 2,
      envFrom: [{ secretRef: { name: 'commerce-db' } }],
      requests: { cpu: '50m', memory: '128Mi' },
    }),
    service(s.name, 'commerce'),
  ];
}

export const dbOutageCascade: ScenarioDefinitionInput = {
  name: 'db-outage-cascade',
  description: `The Aurora PostgreSQL cluster ${COMMERCE_DB_HOST} (${DB_IP}:5432) is down for an hour (a failed minor-version upgrade being rolled back by AWS), since ${OUTAGE_STARTED_MINUTES_AGO} minutes ago. The six commerce services that use it (${COMMERCE_SERVICES.map((s) => s.name).join(', ')}) crash-loop, each logging connection refused (or a timeout) to the same host. It recovers ${OUTAGE_MINUTES - OUTAGE_STARTED_MINUTES_AGO} minutes from now.`,
  namespace: 'commerce',
  workload: 'commerce-db',
  kind: 'Cluster',
  expectedFix: `Nothing in the cluster fixes it: one incident for the database (listing the six services), escalated once, with no restarts, rollbacks or limit changes. The services recover by themselves ${OUTAGE_MINUTES - OUTAGE_STARTED_MINUTES_AGO} minutes after "now", when fact "${COMMERCE_DB_REACHABLE}" turns true and the kubelet's back-off restarts succeed (within 5 minutes).`,
  historyMinutes: 30,
  facts: { [COMMERCE_DB_REACHABLE]: true },
  timeline: [
    { atMinutes: -OUTAGE_STARTED_MINUTES_AGO, fact: { name: COMMERCE_DB_REACHABLE, value: false } },
    {
      atMinutes: OUTAGE_MINUTES - OUTAGE_STARTED_MINUTES_AGO,
      fact: { name: COMMERCE_DB_REACHABLE, value: true },
    },
  ],
  objects: [
    namespace('commerce', { team: 'commerce' }),
    secret('commerce-db', 'commerce', {
      DATABASE_HOST: COMMERCE_DB_HOST,
      DATABASE_PORT: '5432',
      DATABASE_NAME: 'commerce',
    }),
    ...COMMERCE_SERVICES.flatMap(objects),
  ],
  profiles: COMMERCE_SERVICES.map(profile),
};
