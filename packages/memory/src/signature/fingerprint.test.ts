import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';

describe('lineSimilarity', () => {
  it('tells lines apart by their error code even when every other word is shared', () => {
    expect(lineSimilarity('Error: connect ETIMEDOUT <*>:5432', 'Error: connect ECONNREFUSED <*>:5432')).toBe(
      0,
    );
    expect(
      lineSimilarity('Error: connect ECONNREFUSED <*>:5432', 'Error: connect ECONNREFUSED <*>:6379'),
    ).toBe(0);
  });

  it('tolerates a word that varies in a long line', () => {
    const a =
      'could not load the configuration file for tenant acme because the schema version is unsupported';
    const b =
      'could not load the configuration file for tenant globex because the schema version is unsupported';
    expect(lineSimilarity(a, b)).toBeGreaterThan(0.8);
  });
});

describe('compareFingerprints', () => {
  const stored = fingerprintLog(
    [
      '2026-01-01T00:00:00Z INFO  [orders] GET /healthz 200 2ms',
      '2026-01-01T00:00:01Z ERROR [orders] export failed',
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat com.acme.Export.run(Export.java:42)',
    ].join('\n'),
  );

  it('scores a truncated recurrence above 0.6 and a near-miss of the same workload near 0', () => {
    const recurrence = fingerprintLog('java.lang.OutOfMemoryError: Java heap space');
    const nearMiss = fingerprintLog(
      '2026-01-02T00:00:01Z ERROR [orders] export failed\njava.lang.OutOfMemoryError: Metaspace\n\tat com.acme.Export.run(Export.java:42)',
    );
    expect(compareFingerprints(recurrence, stored).score).toBeGreaterThan(0.6);
    expect(compareFingerprints(nearMiss, stored).score).toBeLessThan(0.3);
  });

  it('is symmetric in which side is stored', () => {
    const other = fingerprintLog(
      'java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.Other.run(Other.java:1)',
    );
    expect(compareFingerprints(other, stored).score).toBeCloseTo(
      compareFingerprints(stored, other).score,
      10,
    );
  });
});

describe('compareFingerprints with statements around the error', () => {
  const timeout = (statement: string, frame: string) =>
    fingerprintLog(
      `2026-01-01T00:00:01Z ERROR [checkout] ${statement}\njava.net.SocketTimeoutException: Read timed out\n\tat com.acme.${frame}(${frame}.java:12)`,
    );

  it('keeps the same error text met around another failing call below the threshold', () => {
    const payment = timeout('payment authorisation failed', 'PaymentClient.authorise');
    const inventory = timeout('inventory reservation failed', 'InventoryClient.reserve');
    expect(compareFingerprints(payment, inventory).score).toBeLessThan(0.6);
  });

  it('still recognises the error alone, without its statement', () => {
    const payment = timeout('payment authorisation failed', 'PaymentClient.authorise');
    expect(
      compareFingerprints(fingerprintLog('java.net.SocketTimeoutException: Read timed out'), payment).score,
    ).toBeGreaterThan(0.6);
  });
});

describe('compareFingerprints when one side lacks the error text', () => {
  it('does not take an error statement alone for the stored problem', () => {
    const stored = fingerprintLog(
      "2026-01-01T00:00:01Z ERROR [catalog] cache write failed key=product:1\nReplyError: OOM command not allowed when used memory > 'maxmemory'.",
    );
    const statementOnly = fingerprintLog(
      '2026-02-01T00:00:01Z ERROR [catalog] cache write failed key=product:77',
    );
    expect(statementOnly.identityTier).toBe('symptom');
    expect(compareFingerprints(statementOnly, stored).score).toBeLessThan(0.6);
  });
});
