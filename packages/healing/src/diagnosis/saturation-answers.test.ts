import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';

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
