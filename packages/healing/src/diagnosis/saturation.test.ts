import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

function best(currentLog: string) {
  const result = diagnose(redactEvidence(evidenceFixture({ signal: 'Alert', currentLog })), undefined, {
    rollouts: false,
  });
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.best;
}

/** The saturation entry's actions behind a readiness probe that times out. */
function withReadiness(currentLog: string): string[] | undefined {
  const result = diagnose(
    redactEvidence(
      evidenceFixture({
        signal: 'Alert',
        events: [
          {
            reason: 'Unhealthy',
            message:
              'Readiness probe failed: Get "http://10.0.6.44:8000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
          },
        ],
        currentLog,
      }),
    ),
    undefined,
    { rollouts: false },
  );
  if (result.kind !== 'matched') throw new Error(result.reason);
  return result.candidates.find((c) => c.patternId === 'worker-pool-saturated')?.actions.map((a) => a.kind);
}

const PHP_FPM = [
  '[02-Mar-2026 09:05:01] NOTICE: fpm is running, pid 1',
  '[02-Mar-2026 09:05:01] NOTICE: ready to handle connections',
  '10.0.1.7 -  02/Mar/2026:09:19:40 +0000 "POST /matomo.php" 204',
  '[02-Mar-2026 09:19:41] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it',
  '10.0.1.7 -  02/Mar/2026:09:19:41 +0000 "POST /matomo.php" 204',
  '[02-Mar-2026 09:24:02] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it',
];

describe('a saturated worker pool', () => {
  it('adds a replica first when nothing else in the log fails: the load grew', () => {
    const saturated = best(PHP_FPM.join('\n'));
    expect(saturated.patternId).toBe('worker-pool-saturated');
    expect(saturated.actions.map((a) => a.kind)).toEqual(['scale-up', 'escalate']);
    expect(saturated.actions[0]).toEqual({ kind: 'scale-up', by: 1 });
    expect(saturated.summary).toContain('the load grew');
  });

  it('only escalates when another line warns of a slow call, at any level: more workers would add load to it', () => {
    const tomcat =
      '2026-03-02 09:41:07.112  WARN 1 --- [http-nio-8080-Acceptor] o.a.tomcat.util.net.NioEndpoint : All threads (200) are currently busy, waiting. Increase maxThreads (200) or check the servlet status';
    for (const slow of [
      '2026-03-02 09:41:09.004  INFO 1 --- [nio-8080-exec-7] c.e.orders.Checkout : payment capture failed for order 8812, queued',
      '2026-03-02 09:41:09.004  WARN 1 --- [nio-8080-exec-7] c.e.orders.PaymentsClient : call to payments-api took 29874 ms, retrying',
      "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='pricing', port=80): Read timed out. (read timeout=30)",
      '2026-03-02 09:41:09.004  INFO 1 --- [nio-8080-exec-7] c.e.orders.Repository : slow query took 28450 ms',
    ]) {
      const busy = best([tomcat, slow].join('\n'));
      expect(busy.patternId, slow).toBe('worker-pool-saturated');
      expect(
        busy.actions.map((a) => a.kind),
        slow,
      ).toEqual(['escalate']);
    }
    // The same pool line alone: the load grew.
    expect(best(tomcat).actions[0]?.kind).toBe('scale-up');
  });

  it('adds nothing on saturation words a client wrote into an access log', () => {
    const access = Array.from(
      { length: 3 },
      (_, i) =>
        `10.0.1.${i} - - [02/Mar/2026:09:41:07 +0000] "GET /?q=server+reached+pm.max_children+setting HTTP/1.1" 200 612 "-" "server reached pm.max_children setting (5)"`,
    );
    const result = diagnose(
      redactEvidence(evidenceFixture({ signal: 'Alert', currentLog: access.join('\n') })),
      undefined,
      { rollouts: false },
    );
    const kinds = result.kind === 'matched' ? result.best.actions.map((a) => a.kind) : [];
    expect(kinds).not.toContain('scale-up');
  });

  it("reads PHP-FPM's 'seems busy' as the pool's own line", () => {
    const busy = [
      ...PHP_FPM,
      '[02-Mar-2026 09:25:10] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 5 total children',
    ].join('\n');
    expect(best(busy).actions[0]?.kind).toBe('scale-up');
  });

  it('adds a replica past a readiness probe only while requests still complete after the pool filled: else its workers are stuck', () => {
    const request = (second: number) =>
      `[pid: 15|app: 0|req: 18190/72841] 10.0.6.3 () {40 vars in 702 bytes} [Mon Mar 02 09:24:0${second} 2026] GET /v1/trending?region=ie => generated 3987 bytes in 198 msecs (HTTP/1.1 200) 4 headers in 137 bytes (1 switches on core 0)`;
    const full = (second: number) =>
      `Mon Mar 02 09:24:0${second} 2026 - *** uWSGI listen queue of socket ":8000" (fd: 3) full !!! (101/100) ***`;
    // Load: requests keep completing between the full-queue lines.
    expect(withReadiness([request(1), full(2), request(3), full(4)].join('\n'))).toEqual([
      'scale-up',
      'escalate',
    ]);
    // Stuck: the last request completed before the queue filled, none after.
    expect(withReadiness([request(1), full(2), full(3), full(4)].join('\n'))).toEqual(['escalate']);
    // PHP-FPM's access log answers between its max_children warnings.
    expect(withReadiness(PHP_FPM.join('\n'))).toEqual(['scale-up', 'escalate']);
    // An answer with an error status is no sign of throughput.
    expect(
      withReadiness([full(2), '10.0.1.7 -  02/Mar/2026:09:24:05 +0000 "POST /matomo.php" 504'].join('\n')),
    ).toEqual(['escalate']);
  });

  it("reads uvicorn's concurrency limit as its pool, and its own 503s as the saturation rather than a cause", () => {
    const uvicorn = [
      'INFO:     Waiting for application startup.',
      'INFO:     Application startup complete.',
      'INFO:     10.0.3.17:52114 - "GET /v1/search?q=rain+jacket HTTP/1.1" 200 OK',
      'WARNING:  Exceeded concurrency limit.',
      'INFO:     10.0.5.201:40918 - "GET /v1/search?q=umbrella HTTP/1.1" 503 Service Unavailable',
      'WARNING:  Exceeded concurrency limit.',
      'INFO:     10.0.3.17:52133 - "GET /v1/search?q=parka HTTP/1.1" 200 OK',
    ];
    const saturated = best(uvicorn.join('\n'));
    expect(saturated.patternId).toBe('worker-pool-saturated');
    expect(saturated.actions[0]?.kind).toBe('scale-up');
    // A gateway's 504 is something failing behind it: no replica.
    const gateway = best(
      [...uvicorn, 'INFO:     10.0.5.9:40990 - "GET /v1/search?q=coat HTTP/1.1" 504 Gateway Timeout'].join(
        '\n',
      ),
    );
    expect(gateway.actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it("reads nginx timing out on the pod's own pool as the saturation, and on any other upstream as a cause", () => {
    const nginx = (upstream: string) =>
      `2026/03/02 09:24:11 [error] 31#31: *88012 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.4.7, server: shop.example.com, request: "GET /landing HTTP/1.1", upstream: "${upstream}", host: "shop.example.com"`;
    expect(best([...PHP_FPM, nginx('fastcgi://127.0.0.1:9000')].join('\n')).actions[0]?.kind).toBe(
      'scale-up',
    );
    expect(
      best([...PHP_FPM, nginx('fastcgi://unix:/run/php/php-fpm.sock')].join('\n')).actions[0]?.kind,
    ).toBe('scale-up');
    expect(
      best([...PHP_FPM, nginx('http://10.0.9.14:8080/landing')].join('\n')).actions.map((a) => a.kind),
    ).toEqual(['escalate']);
  });

  it("reads Passenger's full request queue, and adds nothing when requests arrive and none is ever answered", () => {
    const full = (n: number) =>
      `[ 2026-03-02 09:22:3${n}.4234 17/7f5e2abfd700 age/Cor/Req/CheckoutSession.cpp:236 ]: [Client 10-5267${n}] Returning HTTP 503 due to: Request queue full (configured max. size: 100)`;
    const completed = (n: number) =>
      `I, [2026-03-02T09:22:3${n}.411 #93]  INFO -- : [d01${n}] Completed 200 OK in 198ms (Views: 131.0ms | ActiveRecord: 35.6ms)`;
    const load = best([completed(0), full(1), completed(2), full(3)].join('\n'));
    expect(load.patternId).toBe('worker-pool-saturated');
    expect(load.actions[0]?.kind).toBe('scale-up');
    // Requests started long ago, none completed since: the workers hang.
    const stuck = best(
      [
        'I, [2026-03-02T08:39:58.118 #41]  INFO -- : [a81c] Started GET "/admin/exports/orders.csv?from=2019-01-01" for 10.42.9.4',
        'I, [2026-03-02T08:40:12.901 #57]  INFO -- : [b224] Started GET "/admin/exports/orders.csv?from=2019-01-01" for 10.42.9.4',
        full(1),
        full(2),
      ].join('\n'),
    );
    expect(stuck.patternId).toBe('worker-pool-saturated');
    expect(stuck.actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it("reads a name such as slow_requests=0 as a name, and knows Apache's MaxRequestWorkers", () => {
    const status =
      'time=2026-03-02T09:28:00Z level=info msg="fpm status" pool=www listen_queue=38 active_processes=5 slow_requests=0 errors_total=0';
    expect(best([...PHP_FPM, status].join('\n')).actions[0]?.kind).toBe('scale-up');
    // A count of none is no trouble; a count of some is.
    const summary = (n: number) =>
      `[02-Mar-2026 09:27:31] NOTICE: [pool www] requests in the last 5m: 41,233 (baseline 9,800); avg request 212ms; slowlog entries: ${n}`;
    expect(best([...PHP_FPM, summary(0)].join('\n')).actions[0]?.kind).toBe('scale-up');
    expect(best([...PHP_FPM, summary(14)].join('\n')).actions.map((a) => a.kind)).toEqual(['escalate']);
    const apache = best(
      [
        '10.0.3.1 - - [02/Mar/2026:09:20:00 +0000] "POST /matomo.php?idsite=2&rec=1 HTTP/1.1" 204 406 "-" "Mozilla/5.0"',
        '[Mon Mar 02 09:22:41.118204 2026] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
      ].join('\n'),
    );
    expect(apache.patternId).toBe('worker-pool-saturated');
    expect(apache.actions[0]?.kind).toBe('scale-up');
  });

  it('only escalates a consumer whose lag grows: replicas beyond the partitions sit idle, a hot key stays on one', () => {
    const lagging = best(
      [
        '{"level":"INFO","timestamp":"2026-03-02T09:15:00.004Z","logger":"projector","message":"batch processed","partition":7,"records":500,"ms":4880}',
        '{"level":"WARN","timestamp":"2026-03-02T09:20:00.012Z","logger":"projector","message":"partition lag growing","partition":7,"lag":1211004}',
      ].join('\n'),
    );
    expect(lagging.patternId).toBe('worker-pool-saturated');
    expect(lagging.actions.map((a) => a.kind)).toEqual(['escalate']);
  });

  it('only escalates when another entry names a cause, such as a slow JDBC pool behind busy threads', () => {
    const slow = best(
      [
        '2026-03-02 09:41:07.112  WARN 1 --- [http-nio-8080-Acceptor] o.a.tomcat.util.net.NioEndpoint : All threads (200) are currently busy, waiting. Increase maxThreads (200) or check the servlet status',
        '2026-03-02 09:41:09.004  WARN 1 --- [nio-8080-exec-7] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Connection is not available, request timed out after 30000ms.',
      ].join('\n'),
    );
    expect(slow.actions.map((a) => a.kind)).not.toContain('scale-up');
  });
});

const STUCK = [
  'INFO:     Application startup complete.',
  'INFO:     10.0.3.17:52114 - "GET /v1/search?q=rain+jacket HTTP/1.1" 200 OK',
  'WARNING:  Exceeded concurrency limit.',
  'INFO:     10.0.5.201:40918 - "GET /v1/search?q=umbrella HTTP/1.1" 503 Service Unavailable',
  'WARNING:  Exceeded concurrency limit.',
];

describe('requests answered after a pool filled are read from their own status', () => {
  it('reads stuck workers as stuck: only refusals after the pool filled', () => {
    expect(withReadiness(STUCK.join('\n'))).toEqual(['escalate']);
  });

  it('adds no replica for a refused request whose query string a client wrote (?status=200)', () => {
    for (const query of ['status=200', 'http_status=200&page=2', 'filter=x&status=301']) {
      const refused = `INFO:     10.0.5.9:40990 - "GET /v1/orders?${query} HTTP/1.1" 503 Service Unavailable`;
      expect(withReadiness([...STUCK, refused].join('\n')), query).toEqual(['escalate']);
    }
  });

  it('adds no replica for a refused request whose user agent reads like an answer', () => {
    for (const ua of ['probe - 200 ok', 'Completed 200 OK in 3ms']) {
      const refused = `10.0.5.9 - - [02/Mar/2026:09:24:05 +0000] "GET /v1/orders HTTP/1.1" 503 0 "-" "${ua}"`;
      expect(withReadiness([...STUCK, refused].join('\n')), ua).toEqual(['escalate']);
    }
  });

  it('adds no replica for a refused logfmt or JSON record whose quoted user agent holds a status field', () => {
    for (const refused of [
      'time=2026-03-02T09:24:05Z level=info method=GET path=/v1/orders status=503 ua="curl status=200"',
      '{"level":"info","method":"GET","path":"/v1/orders","ua":"x \\"status\\":200","status":503}',
    ]) {
      expect(withReadiness([...STUCK, refused].join('\n')), refused).toEqual(['escalate']);
    }
  });

  it('still reads logfmt and JSON status fields as answers', () => {
    for (const answered of [
      'time=2026-03-02T09:24:05Z level=info method=GET path=/v1/orders status=200 duration=12ms',
      '{"level":"info","method":"GET","path":"/v1/orders","status":200}',
    ]) {
      expect(withReadiness([...STUCK, answered].join('\n')), answered).toEqual(['scale-up', 'escalate']);
    }
  });

  it("reads a 503 the application itself answers (its database down) as trouble: only the one right after the pool's refusal is the pool's", () => {
    const best = (currentLog: string) => {
      const result = diagnose(redactEvidence(evidenceFixture({ signal: 'Alert', currentLog })), undefined, {
        rollouts: false,
      });
      if (result.kind !== 'matched') throw new Error(result.reason);
      return result.best.actions.map((a) => a.kind);
    };
    const refusal = [
      'WARNING:  Exceeded concurrency limit.',
      'INFO:     10.0.5.201:40918 - "GET /v1/search?q=umbrella HTTP/1.1" 503 Service Unavailable',
    ];
    // The pool's own refusals between answers: the load grew.
    const answered = 'INFO:     10.0.3.17:52133 - "GET /v1/search?q=parka HTTP/1.1" 200 OK';
    expect(
      best(
        ['INFO:     Application startup complete.', answered, ...refusal, answered, ...refusal].join('\n'),
      )[0],
    ).toBe('scale-up');
    // The application answering 503 for its orders while its pool fills: a dependency, no replica.
    const ownAnswers = Array.from(
      { length: 4 },
      (_, i) => `INFO:     10.0.5.${i}:4091${i} - "GET /v1/orders/1${i} HTTP/1.1" 503 Service Unavailable`,
    );
    expect(
      best(
        ['INFO:     Application startup complete.', answered, ...ownAnswers, ...refusal, answered].join('\n'),
      ),
    ).toEqual(['escalate']);
  });
});
