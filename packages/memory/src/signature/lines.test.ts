import { describe, expect, it } from 'vitest';
import { classifyLines } from './lines.ts';

const tiers = (log: string) => classifyLines(log).map((l) => [l.tier, l.template]);

describe('classifyLines', () => {
  it('separates the error text, the error statement, frames, details and routine lines', () => {
    const log = [
      '2026-06-19T08:53:21.550Z INFO  [checkout-api] GET /healthz 200 9ms',
      '2026-06-19T08:53:21.550Z ERROR [checkout-api] Failed to initialise database pool',
      'Error: connect ECONNREFUSED 10.117.228.115:5432',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1596:16) {',
      "  code: 'ECONNREFUSED',",
      '}',
    ].join('\n');
    expect(tiers(log)).toEqual([
      ['noise', 'GET /healthz 200 9ms'],
      ['symptom', 'Failed to initialise database pool'],
      ['cause', 'Error: connect ECONNREFUSED <*>:5432'],
      ['frame', 'at TCPConnectWrap.afterConnect [as oncomplete] (node:net:<*>) {'],
      ['detail', "code: 'ECONNREFUSED',"],
      ['noise', '}'],
    ]);
  });

  it('reads Python tracebacks: frames, their source lines, then the exception', () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "/app/worker.py", line 625, in <module>',
      '    settings = Settings.from_env()',
      "KeyError: 'DATABASE_URL'",
    ].join('\n');
    expect(classifyLines(log).map((l) => l.tier)).toEqual(['frame', 'frame', 'frame', 'cause']);
  });

  it('finds levels in logfmt, JSON, celery, zap and Kubernetes event lines (a Warning event with a failure reason is a symptom)', () => {
    const log = [
      'time=2026-01-01T00:00:00Z level=error msg="query failed" err="dial tcp 10.0.0.5:5432: connect: connection refused"',
      '{"level":"info","ts":1700000000.1,"msg":"request served","status":200}',
      '[2026-05-22 20:55:56,508: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//',
      '2026-01-27T07:42:11.939Z\terror\tcart/handler.go:831\tinventory lookup failed',
      '2026-04-02T12:17:49.284Z Warning  FailedScheduling  pod/api-7d9f8-x2x9z  0/3 nodes are available: 3 Insufficient memory.',
    ].join('\n');
    expect(classifyLines(log).map((l) => [l.level, l.tier])).toEqual([
      ['error', 'symptom'],
      ['error', 'cause'],
      ['info', 'noise'],
      ['error', 'symptom'],
      ['error', 'symptom'],
      ['warn', 'symptom'],
    ]);
  });

  it('takes the error field of a structured line as the cause and its message as the statement', () => {
    const json =
      '{"level":"error","ts":"2026-01-01T00:00:01Z","msg":"upload failed","error":"api error AccessDenied: Access Denied"}';
    expect(tiers(json)).toEqual([
      ['symptom', 'upload failed'],
      ['cause', 'api error AccessDenied: Access Denied'],
    ]);
    expect(
      tiers('level=error msg="cache unavailable" err="dial tcp 10.1.2.3:6379: connect: connection refused"'),
    ).toEqual([
      ['symptom', 'level=error msg="cache unavailable"'],
      ['cause', 'dial tcp <*>:6379: connect: connection refused'],
    ]);
  });

  it('marks library frames apart from application frames', () => {
    const [lib, app] = classifyLines(
      '\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n\tat com.acme.orders.CsvExporter.write(CsvExporter.java:900)',
    );
    expect([lib?.library, app?.library]).toEqual([true, false]);
  });
});

describe('classifyLines on JSON lines without an error field', () => {
  it('reads the message at the level the line gives', () => {
    expect(
      tiers(
        '{"level":"error","ts":"2026-01-01T00:00:00Z","msg":"payment declined by provider: insufficient funds"}\n{"level":"info","msg":"request served"}',
      ),
    ).toEqual([
      ['symptom', 'payment declined by provider: insufficient funds'],
      ['noise', 'request served'],
    ]);
  });
});
