import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskLine, WILDCARD } from './mask.ts';

describe('maskLine', () => {
  it('masks timestamps, addresses, ids and numbers but keeps the words that identify the event', () => {
    expect(maskLine('2026-06-19T08:53:21.550Z ERROR Error: connect ECONNREFUSED 10.117.228.115:5432')).toBe(
      `${WILDCARD} ERROR Error: connect ECONNREFUSED ${WILDCARD}`,
    );
    expect(maskLine('request_id=f57e7356-1c70-82c6-e55f-2c63dafa44cc completed in 257ms')).toBe(
      `request_id=${WILDCARD} completed in ${WILDCARD}ms`,
    );
    expect(maskLine('connection from 24.54.76.216 at Fri Jun 17 07:07:00 2005')).toBe(
      `connection from ${WILDCARD} at ${WILDCARD}`,
    );
  });

  it('masks pod suffixes and host names but not class names or file names', () => {
    expect(maskLine('Failed  pod/storefront-b3355de81-lkbt4  Error: ErrImagePull')).toBe(
      `Failed  pod/storefront-${WILDCARD}  Error: ErrImagePull`,
    );
    expect(maskLine('getaddrinfo EAI_AGAIN es-master.search.svc.cluster.local')).toBe(
      `getaddrinfo EAI_AGAIN ${WILDCARD}`,
    );
    expect(maskLine('at com.acme.orders.export.CsvExporter.write(CsvExporter.java:652)')).toBe(
      `at com.acme.orders.export.CsvExporter.write(CsvExporter.java:${WILDCARD})`,
    );
    expect(
      maskLine('at renderElement (/app/node_modules/react-dom/cjs/server.node.production.js:811:11)'),
    ).toBe(`at renderElement (/app/node_modules/react-dom/cjs/server.node.production.js:${WILDCARD})`);
  });

  it('masks line numbers, thread counters and interpreter versions in stack frames', () => {
    expect(maskLine('  File "/usr/local/lib/python3.11/os.py", line 714, in __getitem__')).toBe(
      `  File "/usr/local/lib/python${WILDCARD}/os.py", line ${WILDCARD}, in __getitem__`,
    );
    expect(
      maskLine('Exception in thread "pool-7-thread-22" java.lang.OutOfMemoryError: Java heap space'),
    ).toBe(
      `Exception in thread "pool-${WILDCARD}-thread-${WILDCARD}" java.lang.OutOfMemoryError: Java heap space`,
    );
    expect(maskLine('goroutine 225 [running]: pc=0xca5297 blk_-6952295868487656571')).toBe(
      `goroutine ${WILDCARD} [running]: pc=${WILDCARD} blk_${WILDCARD}`,
    );
  });

  it('keeps service ports for fingerprints but masks counters that look like a host and port', () => {
    expect(
      maskLine('Error 111 connecting to redis-master:6379. Connection refused.', { keepCodes: true }),
    ).toBe('Error <*> connecting to redis-master:6379. Connection refused.');
    expect(maskLine('[1] [CRITICAL] WORKER TIMEOUT (pid:18)', { keepCodes: true })).toBe(
      '[<*>] [CRITICAL] WORKER TIMEOUT (pid:<*>)',
    );
    expect(maskLine('retrying attempt:3 line:42', { keepCodes: true })).toBe('retrying attempt:<*> line:<*>');
  });

  it("masks the source line of log4j's (%c:%L) location but keeps a port after a host", () => {
    // Kafka Connect's default pattern ends every line with the logger class and source line.
    expect(
      maskLine(
        '[2026-12-03 10:11:12,345] ERROR [orders-s3-sink|task-0] WorkerSinkTask{id=orders-s3-sink-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:233)',
        { keepCodes: true },
      ),
    ).toBe(
      '[<*>] ERROR [orders-s3-sink|task-<*>] WorkerSinkTask{id=orders-s3-sink-<*>} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:<*>)',
    );
    expect(
      maskLine(
        'Connection to node -1 (kafka-0.kafka-headless.streaming.svc/10.0.3.4:9092) could not be established',
        {
          keepCodes: true,
        },
      ),
    ).toBe('Connection to node <*> (<*>/<*>:9092) could not be established');
    expect(maskLine('dial tcp: lookup Postgres.Internal:5432 failed', { keepCodes: true })).toBe(
      'dial tcp: lookup Postgres.Internal:5432 failed',
    );
  });

  it('is idempotent and never lengthens a line by more than its placeholders', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const once = maskLine(line);
        expect(maskLine(once)).toBe(once);
        expect(once.replaceAll(WILDCARD, '').length).toBeLessThanOrEqual(line.length);
      }),
    );
  });

  it('gives two occurrences of an event that differ only in values the same mask', () => {
    const a = maskLine('2026-01-17T14:13:19.187Z ERROR [pool-6-thread-20] export failed after 3 retries');
    const b = maskLine('2026-08-26T01:19:47.611Z ERROR [pool-9-thread-3] export failed after 12 retries');
    expect(a).toBe(b);
  });
});

describe('maskLine on Kubernetes object names', () => {
  it('masks generated pod suffixes with or without digits', () => {
    expect(maskLine('pod/storefront-e103cc968-vxxbb Error: ErrImagePull')).toBe(
      `pod/storefront-${WILDCARD} Error: ErrImagePull`,
    );
    expect(maskLine('pod/storefront-b3355de81-lkbt4 Error: ErrImagePull')).toBe(
      `pod/storefront-${WILDCARD} Error: ErrImagePull`,
    );
    expect(maskLine('deployment/order-items restarted')).toBe('deployment/order-items restarted');
  });
});
