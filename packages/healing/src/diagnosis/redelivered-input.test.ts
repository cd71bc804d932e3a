import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';
import { deliveryCountIn, redeliveredInput } from './evidence/redelivered-input.ts';

/** A document converter on a queue with prefetch 1: the same job comes back after every kill. */
const CONVERTER = [
  '2026-02-11 08:23:31,004 INFO unoserver: Starting unoserver.',
  '2026-02-11 08:23:34,110 INFO unoserver: Started.',
  '2026-02-11 08:23:34,512 INFO convert.worker: consuming documents.convert (prefetch=1)',
  '2026-02-11 08:23:34,630 INFO convert.worker: job conv_7f3a91c2 received (delivery 8) file=EV-2026-0290117/tenancy-agreement.docx size=18.2MB target=pdf',
  '2026-02-11 08:23:34,632 INFO unoserver: Opening /work/conv_7f3a91c2/tenancy-agreement.docx for input',
];

describe('an input that came back after killing a consumer', () => {
  it('reads the count of deliveries in the wordings of brokers and job queues', () => {
    expect(deliveryCountIn(CONVERTER[3] as string)).toBe(8);
    expect(
      deliveryCountIn(
        '{"level":"info","msg":"processing message","messageId":"6f1c2a","attributes":{"ApproximateReceiveCount":"6"}}',
      ),
    ).toBe(6);
    expect(
      deliveryCountIn('INFO consumer: message 81f2 headers x-delivery-count: 5 routing_key=orders.export'),
    ).toBe(5);
    expect(deliveryCountIn('level=info msg="task picked" task=render_report attempt=4 max_attempts=25')).toBe(
      4,
    );
    expect(deliveryCountIn('INFO handling event evt_91ab (redelivery #3)')).toBe(3);
  });

  it('does not read connection attempts, a first delivery or other counts as an input coming back', () => {
    expect(
      deliveryCountIn('WARN connection attempt 7 to rabbitmq:5672 failed for message consumer'),
    ).toBeUndefined();
    expect(deliveryCountIn('INFO job 4411 received (delivery 1)')).toBe(1);
    expect(
      redeliveredInput(['INFO job 4411 received (delivery 1)', 'INFO job 4412 received (delivery 2)']),
    ).toBeUndefined();
    expect(
      deliveryCountIn('INFO scheduler: attempt 5 of 5 to acquire the leader lease for job sync'),
    ).toBeUndefined();
    expect(deliveryCountIn('INFO delivery 8 dispatched to courier 31')).toBeUndefined();
    expect(deliveryCountIn('INFO job 4411 reattempts=9 finished')).toBeUndefined();
    // Only the last lines, where the process died, say what it was working on.
    const early = [
      'INFO job 1 received (delivery 6)',
      ...Array.from({ length: 40 }, (_, i) => `INFO job ${i + 2} done`),
    ];
    expect(redeliveredInput(early)).toBeUndefined();
  });

  it('escalates the kill instead of raising the limit', () => {
    const sample: EvidenceSample = {
      signal: 'OOMKilled',
      previousLog: CONVERTER.join('\n'),
      reason: 'CrashLoopBackOff',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
    };
    const evidence = evidenceFixture(sample);
    const app = evidence.containers[0];
    if (app) app.resources = { limits: { memory: '3Gi' } };
    const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
    if (result.kind !== 'matched') throw new Error(result.reason);
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('delivered 8 times');
  });
});
