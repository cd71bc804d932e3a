import { deployment, healthyProfile, namespace, networkPolicy, secret, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const PAYMENT_API = 'registry.local/payments/payment-api:4.11.0';
const LEDGER = 'registry.local/payments/ledger-api:2.3.1';
const DB_HOST = 'payments-db.cluster-cq8e2a1xk0tp.eu-west-1.rds.amazonaws.com';

export const crashloopDbTimeout: ScenarioDefinitionInput = {
  name: 'crashloop-db-timeout',
  description: `payments/payment-api (Go, pgx) cannot reach its PostgreSQL database (${DB_HOST}:5432, an RDS outage): every start times out connecting after ~30s and exits 1, so the pods are in CrashLoopBackOff.`,
  namespace: 'payments',
  workload: 'payment-api',
  expectedFix:
    'Nothing in the cluster fixes it: restarts and rollbacks do not help, escalate to humans (the database is down). The pods recover by themselves once the environment fact "databaseReachable" is true again.',
  historyMinutes: 30,
  facts: { databaseReachable: true },
  timeline: [{ atMinutes: -12, fact: { name: 'databaseReachable', value: false } }],
  objects: [
    namespace('payments', { team: 'payments', 'pod-security.kubernetes.io/enforce': 'restricted' }),
    secret('payment-api-db', 'payments', {
      DATABASE_URL: `postgres://payment_api:s3cr3t-pg-pass@${DB_HOST}:5432/payments?sslmode=require`,
    }),
    deployment({
      name: 'payment-api',
      namespace: 'payments',
      image: PAYMENT_API,
      replicas: 3,
      envFrom: [{ secretRef: { name: 'payment-api-db' } }],
      requests: { cpu: '200m', memory: '128Mi' },
      limits: { memory: '256Mi' },
    }),
    service('payment-api', 'payments'),
    deployment({ name: 'ledger-api', namespace: 'payments', image: LEDGER, replicas: 2 }),
    service('ledger-api', 'payments'),
    networkPolicy('default-deny-ingress', 'payments'),
  ],
  profiles: [
    {
      image: PAYMENT_API,
      memoryUsageMi: 48,
      startupLog: [
        '{"time":"{time}","level":"INFO","msg":"starting payment-api","version":"4.11.0","commit":"9c1e4f2"}',
        `{"time":"{time}","level":"INFO","msg":"connecting to database","host":"${DB_HOST}","port":5432,"database":"payments","connect_timeout":"10s","attempts":3}`,
      ],
      steadyLog: {
        everySeconds: 10,
        lines: [
          '{"time":"{time}","level":"INFO","msg":"payment captured","payment_id":"pay_{id}","amount_minor":4599,"currency":"EUR","duration_ms":84}',
        ],
      },
      failures: [
        {
          when: { fact: 'databaseReachable', is: false },
          effect: 'crash',
          afterSeconds: 31,
          exitCode: 1,
          log: [
            `{"time":"{time}","level":"WARN","msg":"database connection attempt failed","attempt":1,"error":"failed to connect to \`user=payment_api database=payments\`: ${DB_HOST}:5432 (10.0.12.34): dial error: timeout: dial tcp 10.0.12.34:5432: i/o timeout"}`,
            `{"time":"{time}","level":"WARN","msg":"database connection attempt failed","attempt":2,"error":"failed to connect to \`user=payment_api database=payments\`: ${DB_HOST}:5432 (10.0.12.34): dial error: timeout: dial tcp 10.0.12.34:5432: i/o timeout"}`,
            `{"time":"{time}","level":"WARN","msg":"database connection attempt failed","attempt":3,"error":"failed to connect to \`user=payment_api database=payments\`: ${DB_HOST}:5432 (10.0.12.34): dial error: timeout: dial tcp 10.0.12.34:5432: i/o timeout"}`,
            `{"time":"{time}","level":"ERROR","msg":"cannot start: database unavailable","error":"failed to connect to \`user=payment_api database=payments\`: ${DB_HOST}:5432 (10.0.12.34): dial error: timeout: dial tcp 10.0.12.34:5432: i/o timeout"}`,
          ],
        },
      ],
    },
    healthyProfile(LEDGER, 'ledger-api'),
  ],
};
