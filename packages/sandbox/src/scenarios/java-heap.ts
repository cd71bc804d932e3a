import { deployment, healthyProfile, namespace, networkPolicy, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const BILLING = 'registry.local/orders/billing-api:3.7.0';
const ORDERS = 'registry.local/orders/orders-api:8.2.4';

const STACK = [
  '{date} ERROR 1 --- [billing-api] [-cache-warmer-1] c.a.billing.cache.InvoiceCacheWarmer     : Invoice cache warm-up failed after 182344 invoices',
  '',
  'java.lang.OutOfMemoryError: Java heap space',
  '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
  '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
  '\tat java.base/java.util.ArrayList.add(ArrayList.java:484)',
  '\tat org.hibernate.sql.results.spi.ListResultsConsumer.consume(ListResultsConsumer.java:198)',
  '\tat org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl.list(JdbcSelectExecutorStandardImpl.java:91)',
  '\tat org.hibernate.query.sqm.internal.ConcreteSqmSelectQueryPlan.performList(ConcreteSqmSelectQueryPlan.java:151)',
  '\tat org.springframework.data.jpa.repository.query.JpaQueryExecution$CollectionExecution.doExecute(JpaQueryExecution.java:129)',
  '\tat com.acme.billing.invoice.InvoiceRepository.findAllOpenForPeriod(InvoiceRepository.java)',
  '\tat com.acme.billing.cache.InvoiceCacheWarmer.warm(InvoiceCacheWarmer.java:57)',
  '\tat com.acme.billing.cache.InvoiceCacheWarmer.run(InvoiceCacheWarmer.java:41)',
  '\tat org.springframework.boot.SpringApplication.lambda$callRunner$5(SpringApplication.java:790)',
  '\tat org.springframework.boot.SpringApplication.callRunners(SpringApplication.java:775)',
  '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
  '',
  'Terminating due to java.lang.OutOfMemoryError: Java heap space',
];

export const javaHeap: ScenarioDefinitionInput = {
  name: 'java-heap',
  description:
    'orders/billing-api (Spring Boot on Java 21) sizes its heap from the container limit (-XX:MaxRAMPercentage=75 of 512Mi = 384m) but the monthly invoice export needs ~420m to warm its invoice cache at startup: it logs java.lang.OutOfMemoryError: Java heap space and exits with code 3 (-XX:+ExitOnOutOfMemoryError), over and over.',
  namespace: 'orders',
  workload: 'billing-api',
  expectedFix:
    'Raise the memory limit of container billing-api (e.g. +20%: 512Mi → 614Mi gives a 460m heap); the JVM picks the new heap size on restart. Restarts alone do not help.',
  historyMinutes: 30,
  objects: [
    namespace('orders', { team: 'billing' }),
    deployment({
      name: 'billing-api',
      namespace: 'orders',
      image: BILLING,
      replicas: 2,
      env: [
        { name: 'JAVA_TOOL_OPTIONS', value: '-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError' },
        { name: 'SPRING_PROFILES_ACTIVE', value: 'prod' },
      ],
      requests: { cpu: '500m', memory: '512Mi' },
      limits: { memory: '512Mi' },
      liveness: {
        httpGet: { path: '/actuator/health/liveness', port: 8080 },
        initialDelaySeconds: 40,
        periodSeconds: 10,
      },
      readiness: {
        httpGet: { path: '/actuator/health/readiness', port: 8080 },
        initialDelaySeconds: 20,
        periodSeconds: 10,
      },
    }),
    service('billing-api', 'orders'),
    deployment({
      name: 'orders-api',
      namespace: 'orders',
      image: ORDERS,
      replicas: 2,
      limits: { memory: '384Mi' },
    }),
    service('orders-api', 'orders'),
    networkPolicy('default-deny-ingress', 'orders'),
  ],
  profiles: [
    {
      image: BILLING,
      memoryUsageMi: 470,
      startupLog: [
        'Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError',
        '',
        '  .   ____          _            __ _ _',
        " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
        "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
        ' :: Spring Boot ::                (v3.3.4)',
        '',
        '{date}  INFO 1 --- [billing-api] [           main] com.acme.billing.BillingApplication      : Starting BillingApplication v3.7.0 using Java 21.0.5 with PID 1',
        '{date}  INFO 1 --- [billing-api] [           main] com.acme.billing.BillingApplication      : JVM max heap: {heapMi}m (container memory limit {limitMi}Mi, MaxRAMPercentage=75.0)',
        "{date}  INFO 1 --- [billing-api] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'",
        '{date}  INFO 1 --- [billing-api] [           main] com.acme.billing.BillingApplication      : Started BillingApplication in 14.213 seconds (process running for 15.02)',
        '{date}  INFO 1 --- [billing-api] [-cache-warmer-1] c.a.billing.cache.InvoiceCacheWarmer     : Warming invoice cache for the open billing period (182344 invoices)',
      ],
      readyAfterSeconds: 20,
      failures: [
        {
          when: { memoryLimitBelowMi: 560 },
          effect: 'crash',
          afterSeconds: 18,
          exitCode: 3,
          reason: 'Error',
          log: STACK,
        },
      ],
      steadyLog: {
        everySeconds: 15,
        lines: [
          '{date}  INFO 1 --- [billing-api] [nio-8080-exec-4] c.a.b.api.InvoiceController              : GET /api/invoices/inv_{id} 200 12ms',
        ],
      },
    },
    healthyProfile(ORDERS, 'orders-api'),
  ],
};
