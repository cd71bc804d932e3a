import { describe, expect, it } from 'vitest';
import { classifyLines } from './lines.ts';

const tiers = (log: string) => classifyLines(log).map((l) => [l.tier, l.template]);

describe('classifyLines on multi-line error records', () => {
  it('takes the message lines between an exception and its first frame as the error text (Flyway in Spring Boot)', () => {
    const log = [
      '2026-10-14 18:21:28,968 ERROR [main] o.s.boot.SpringApplication - Application run failed',
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer': Validate failed: Migrations have failed validation",
      'Migration checksum mismatch for migration version 12',
      '-> Applied to database : -173896479',
      '-> Resolved locally    : -268285493',
      '\tat org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:123)',
      '2026-10-14 18:21:29,001 INFO  [main] o.a.c.h.Http11NioProtocol - Pausing ProtocolHandler',
    ].join('\n');
    expect(tiers(log)).toEqual([
      ['symptom', 'o.s.boot.SpringApplication - Application run failed'],
      [
        'cause',
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer': Validate failed: Migrations have failed validation",
      ],
      ['cause', 'Migration checksum mismatch for migration version <*>'],
      ['cause', '-> Applied to database : <*>'],
      ['cause', '-> Resolved locally : <*>'],
      ['frame', 'at org.flywaydb.core.Flyway.lambda$migrate$<*>(Flyway.java:<*>)'],
      ['noise', 'o.a.c.h.Http11NioProtocol - Pausing ProtocolHandler'],
    ]);
  });

  it('keeps the exception type when a level word follows it (`BeanCreationException: Error creating…`)', () => {
    const [line] = classifyLines('org.acme.BeanCreationException: Error creating bean with name x');
    expect([line?.tier, line?.level, line?.template]).toEqual([
      'cause',
      undefined,
      'org.acme.BeanCreationException: Error creating bean with name x',
    ]);
  });

  it('takes indented lines under an error line as part of it, and leaves the record at the next headed line (Vault agent)', () => {
    const log = [
      '2026-03-04T07:51:59.187Z [ERROR] agent.auth.handler: error authenticating:',
      '  | URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login',
      '  | Code: 503. Errors:',
      '  | ',
      '  | * Vault is sealed',
      '2026-03-04T07:52:00.001Z [INFO]  agent.sink.file: token written: path=/home/vault/.vault-token',
      '  | * an indented line of its own',
    ].join('\n');
    expect(tiers(log)).toEqual([
      ['symptom', '<*>: error authenticating:'],
      ['symptom', '| URL: PUT http://<*>/v1/auth/kubernetes/login'],
      ['symptom', '| Code: 503. Errors:'],
      ['noise', '|'],
      ['symptom', '| * Vault is sealed'],
      ['noise', 'agent.sink.file: token written: path=/home/vault/.vault-token'],
      ['chatter', '| * an indented line of its own'],
    ]);
  });

  it("reads klog's quoted error field and an unquoted error value that ends the line", () => {
    const klog =
      'E1201 10:00:00.123456       1 sync.go:210] cert-manager/orders "msg"="failed to create Order resource" "error"="429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many failed authorizations recently" "resource_kind"="Order"';
    expect(tiers(klog).map(([tier]) => tier)).toEqual(['symptom', 'cause']);
    expect(tiers(klog)[1]?.[1]).toContain('too many failed authorizations recently');
    expect(
      tiers(
        '2026-12-01T10:00:00.123456Z ERROR flag_relay::store: write failed key=flags/promo error=error returned from database: (code: 5) database is locked',
      ),
    ).toEqual([
      ['symptom', 'flag_relay::store: write failed key=flags/promo'],
      ['cause', 'returned from database: (code: 5) database is locked'],
    ]);
  });

  it('reads a JSON code field with the error text', () => {
    expect(
      tiers(
        '{"level":"error","message":"report query failed","error":"canceling statement due to lock timeout","code":"55P03","timestamp":"2026-12-01T10:00:00Z"}',
      ),
    ).toEqual([
      ['symptom', 'report query failed'],
      ['cause', 'canceling statement due to lock timeout (code 55P03)'],
    ]);
  });
});

describe('classifyLines on access logs', () => {
  it('takes a served request as routine and a 5xx as an error statement, whatever follows the status', () => {
    const envoy = (status: string) =>
      `[2026-12-01T10:00:00.000Z] "GET /api/cart/42 HTTP/1.1" ${status} - "-" 0 19 0 - "-" "Mozilla/5.0" "cart.checkout.svc.cluster.local:8080"`;
    expect(tiers(envoy('200 - via_upstream')).map(([tier]) => tier)).toEqual(['noise']);
    expect(tiers(envoy('503 UH no_healthy_upstream')).map(([tier]) => tier)).toEqual(['symptom']);
    expect(
      tiers(
        '10.1.2.3 - - [01/Dec/2026:10:00:00 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"',
      ).map(([tier]) => tier),
    ).toEqual(['chatter']);
  });
});
