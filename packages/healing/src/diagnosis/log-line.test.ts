import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelOf, normaliseLogLine } from './log-line.ts';

describe('normaliseLogLine', () => {
  it('reads a logstash-logback-encoder line: message, level and the Java stack trace in stack_trace', () => {
    const line = JSON.stringify({
      '@timestamp': '2026-03-02T09:41:07.112+00:00',
      '@version': '1',
      message: 'Application run failed',
      logger_name: 'org.springframework.boot.SpringApplication',
      thread_name: 'main',
      level: 'ERROR',
      level_value: 40000,
      stack_trace:
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)\nCaused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    });
    const read = normaliseLogLine(line);
    expect(read.level).toBe('error');
    expect(read.structured).toBe(true);
    expect(read.lines[0]).toBe('Application run failed');
    expect(read.lines).toContain('Caused by: java.net.ConnectException: Connection refused');
    expect(read.lines).toContain(
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
    );
  });

  it('reads a pino line with its err object (numeric level 50, message and stack)', () => {
    const line =
      '{"level":50,"time":1772444461000,"pid":1,"hostname":"orders-6d5f7c9b8-x2x4q","err":{"type":"Error","message":"connect ECONNREFUSED 10.0.3.7:5432","stack":"Error: connect ECONNREFUSED 10.0.3.7:5432\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)","errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"10.0.3.7","port":5432},"msg":"failed to connect to \\"orders\\" database"}';
    const read = normaliseLogLine(line);
    expect(read.level).toBe('error');
    expect(read.lines[0]).toBe(
      'failed to connect to "orders" database: Error: connect ECONNREFUSED 10.0.3.7:5432',
    );
    expect(read.lines).toContain('    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)');
    expect(read.lines.join('\n')).not.toContain('hostname');
  });

  it('reads a zap production line: error field and the stacktrace', () => {
    const line =
      '{"level":"error","ts":1772444461.123,"caller":"store/postgres.go:88","msg":"failed to ping database","error":"dial tcp 10.0.3.7:5432: connect: connection refused","stacktrace":"main.run\\n\\t/app/cmd/api/main.go:57\\nmain.main\\n\\t/app/cmd/api/main.go:23"}';
    const read = normaliseLogLine(line);
    expect(read.level).toBe('error');
    expect(read.lines[0]).toBe(
      'failed to ping database: dial tcp 10.0.3.7:5432: connect: connection refused',
    );
    expect(read.lines).toContain('\t/app/cmd/api/main.go:57');
  });

  it('reads a structlog line: event, and the Python traceback under exception', () => {
    const line = JSON.stringify({
      event: 'worker crashed',
      level: 'critical',
      timestamp: '2026-03-02T09:41:07.112Z',
      exception:
        'Traceback (most recent call last):\n  File "/app/worker.py", line 12, in <module>\n    import psycopg2\nModuleNotFoundError: No module named \'psycopg2\'',
    });
    const read = normaliseLogLine(line);
    expect(read.level).toBe('fatal');
    expect(read.lines[0]).toBe('worker crashed: Traceback (most recent call last):');
    expect(read.lines).toContain("ModuleNotFoundError: No module named 'psycopg2'");
  });

  it('reads an ECS (Serilog / ecs-logging) line with nested log.level and error fields', () => {
    const line =
      '{"@timestamp":"2026-03-02T09:41:07.112Z","log.level":"Error","message":"Unhandled exception","ecs.version":"1.6.0","error":{"type":"System.InvalidOperationException","message":"Unable to resolve service for type \'IOrderRepository\'","stack_trace":"   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites()"}}';
    const read = normaliseLogLine(line);
    expect(read.level).toBe('error');
    expect(read.lines[0]).toBe(
      "Unhandled exception: System.InvalidOperationException: Unable to resolve service for type 'IOrderRepository'",
    );
    expect(read.lines[1]).toContain('CallSiteFactory.CreateArgumentCallSites');
  });

  it('reads a bunyan line and a Serilog compact line (@m, @l, @x)', () => {
    const bunyan = normaliseLogLine(
      '{"name":"api","hostname":"api-1","pid":1,"level":60,"msg":"listen EADDRINUSE: address already in use :::3000","time":"2026-03-02T09:41:07.112Z","v":0}',
    );
    expect(bunyan.level).toBe('fatal');
    expect(bunyan.lines).toEqual(['listen EADDRINUSE: address already in use :::3000']);
    const serilog = normaliseLogLine(
      '{"@t":"2026-03-02T09:41:07.1120000Z","@m":"Failed to start host","@l":"Fatal","@x":"System.IO.IOException: Failed to bind to address http://[::]:8080: address already in use."}',
    );
    expect(serilog.level).toBe('fatal');
    expect(serilog.lines[0]).toBe(
      'Failed to start host: System.IO.IOException: Failed to bind to address http://[::]:8080: address already in use.',
    );
  });

  it('reads logfmt (Go kit, logrus text, Grafana): quoted values unescaped, err appended', () => {
    const read = normaliseLogLine(
      'ts=2026-03-02T09:41:07.112Z caller=main.go:57 level=error msg="opening storage failed" err="open /prometheus/queries.active: permission denied"',
    );
    expect(read.level).toBe('error');
    expect(read.lines).toEqual([
      'opening storage failed: open /prometheus/queries.active: permission denied',
    ]);
    const logrus = normaliseLogLine(
      'time="2026-03-02T09:41:07Z" level=fatal msg="config error: \\"DATABASE_URL\\" is not set" component=api',
    );
    expect(logrus.level).toBe('fatal');
    expect(logrus.lines).toEqual(['config error: "DATABASE_URL" is not set component=api']);
  });

  it('unwraps the Docker json-file / fluent-bit `log` field holding the container line', () => {
    const inner = '{"level":"error","msg":"x509: certificate signed by unknown authority"}';
    const read = normaliseLogLine(JSON.stringify({ log: `${inner}\n`, stream: 'stderr', time: 'x' }));
    expect(read.level).toBe('error');
    expect(read.lines).toEqual(['x509: certificate signed by unknown authority']);
  });

  it('keeps the string fields of JSON cut short by a byte limit', () => {
    const read = normaliseLogLine(
      '{"level":"error","msg":"could not connect to Redis at redis:6379: Connection refused","stack":"Error: conn',
    );
    expect(read.level).toBe('error');
    expect(read.lines[0]).toBe('could not connect to Redis at redis:6379: Connection refused');
  });

  it("reads klog's structured form (quoted message, logfmt pairs with escaped quotes)", () => {
    const line =
      'E0211 08:20:03.349312       1 reflector.go:158] "Unhandled Error" err="k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243: Failed to watch *v1alpha1.IngressRoute: failed to list *v1alpha1.IngressRoute: ingressroutes.traefik.io is forbidden: User \\"system:serviceaccount:ingress:traefik\\" cannot list resource \\"ingressroutes\\" in API group \\"traefik.io\\" at the cluster scope" logger="UnhandledError"';
    const read = normaliseLogLine(line);
    expect(read.structured).toBe(true);
    expect(read.level).toBe('error');
    expect(read.lines[0]).toContain(
      'Unhandled Error: k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243: Failed to watch',
    );
    expect(read.lines[0]).toContain(
      'User "system:serviceaccount:ingress:traefik" cannot list resource "ingressroutes"',
    );
    expect(
      normaliseLogLine('I0211 08:20:00.000001 1 leaderelection.go:250] "successfully acquired lease"'),
    ).toEqual({
      lines: ['successfully acquired lease'],
      level: 'info',
      structured: true,
    });
    // A header followed by plain text, or no header at all, stays a plain line.
    expect(normaliseLogLine('E0211 08:20:03.349312 1 main.go:42] failed to sync "cache"').structured).toBe(
      false,
    );
    expect(normaliseLogLine('E1234 is not a header] "x" y="z"').structured).toBe(false);
  });

  it('returns plain lines as they are, with the level of their leading token or runtime shape', () => {
    expect(
      normaliseLogLine(
        '2026-03-02 09:41:07.112 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed',
      ),
    ).toEqual({
      lines: [
        '2026-03-02 09:41:07.112 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed',
      ],
      level: 'error',
      structured: false,
    });
    expect(normaliseLogLine('E0302 09:41:07.112345       1 main.go:42] failed to sync cache').level).toBe(
      'error',
    );
    expect(normaliseLogLine('panic: runtime error: index out of range [3] with length 3').level).toBe(
      'error',
    );
    expect(normaliseLogLine('Traceback (most recent call last):').level).toBe('error');
    expect(normaliseLogLine('ERROR:root:Database connection failed').level).toBe('error');
    expect(
      normaliseLogLine('10.1.2.3 - - [02/Mar/2026:09:41:07 +0000] "GET /healthz HTTP/1.1" 200 2').level,
    ).toBe(undefined);
    expect(normaliseLogLine('key=value but not a record').structured).toBe(false);
  });

  it('never throws and stays bounded on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        for (const text of [s, `{${s}`, `{"msg":"${s}`, `level=error msg="${s}`]) {
          const read = normaliseLogLine(text);
          expect(read.lines.length).toBeGreaterThan(0);
          expect(read.lines.length).toBeLessThanOrEqual(61);
          for (const l of read.lines) expect(l.length).toBeLessThanOrEqual(2048);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is fast on long hostile lines (linear work)', () => {
    const hostile = [
      `{"msg":"${'\\"'.repeat(100_000)}"}`,
      `{${'"a":{'.repeat(20_000)}`,
      `${'a=b '.repeat(50_000)}`,
      `level=error msg="${'\\'.repeat(200_000)}`,
    ];
    const started = performance.now();
    for (const line of hostile) normaliseLogLine(line);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('levelOf', () => {
  it('maps pino/bunyan numbers, logback level_value and level names', () => {
    expect([10, 20, 30, 40, 50, 60].map(levelOf)).toEqual([
      'trace',
      'debug',
      'info',
      'warn',
      'error',
      'fatal',
    ]);
    expect(levelOf(40000)).toBe('error');
    expect(['Warning', 'err', 'CRITICAL', 'Information', 'dpanic', '50'].map(levelOf)).toEqual([
      'warn',
      'error',
      'fatal',
      'info',
      'fatal',
      'error',
    ]);
    expect(levelOf('whatever')).toBeUndefined();
  });
});
