import { deployment, healthyProfile, namespace, networkPolicy, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const BILLING = 'registry.local/orders/billing-api:3.7.0';
const ORDERS = 'registry.local/orders/orders-api:8.2.4';

const STACK = [
  '{date} ERROR 1 --- [billing-api] [nvoice-export-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause',
  '',
  'java.lang.OutOfMemoryError: Java heap space',
  '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)',
  '\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:242)',
  '\tat java.base/java.lang.AbstractStringBuilder.append(AbstractStringBuilder.java:587)',
  '\tat java.base/java.lang.StringBuilder.append(StringBuilder.java:179)',
  '\tat com.fasterxml.jackson.core.util.TextBuffer.contentsAsString(TextBuffer.java:463)',
  '\tat com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString(ObjectMapper.java:3964)',
  '\tat com.acme.billing.export.InvoiceExportService.renderBatch(InvoiceExportService.java:118)',
  '\tat com.acme.billing.export.InvoiceExportService.exportMonth(InvoiceExportService.java:74)',
  '\tat com.acme.billing.api.InvoiceController.export(InvoiceController.java:52)',
  '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)',
  '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
  '\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)',
  '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
  '',
  'Terminating due to java.lang.OutOfMemoryError: Java heap space',
];

export const javaHeap: ScenarioDefinitionInput = {
  name: 'java-heap',
  description:
    'orders/billing-api (Spring Boot on Java 21) sizes its heap from the container limit (-XX:MaxRAMPercentage=75 of 512Mi = 384m) but the monthly invoice export needs ~420m: it logs java.lang.OutOfMemoryError: Java heap space and exits with code 3 (-XX:+ExitOnOutOfMemoryError), over and over.',
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
        '{date}  INFO 1 --- [billing-api] [nvoice-export-3] c.a.b.export.InvoiceExportService        : Exporting invoices for 2026-10 (182344 invoices)',
      ],
      readyAfterSeconds: 20,
      failures: [
        {
          when: { memoryLimitBelowMi: 560 },
          effect: 'crash',
          afterSeconds: 75,
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
