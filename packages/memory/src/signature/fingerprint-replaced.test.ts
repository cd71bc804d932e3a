import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';

/**
 * Near-misses whose error line is the same statement around another root cause, wherever it
 * stands in the record, and errors that differ only in a quoted constant. Lines are the
 * software's own wording (Triton's model_lifecycle, YARN's ContainersMonitorImpl).
 */
const THRESHOLD = 0.6;

describe('compareFingerprints: the same statement around another root cause', () => {
  const triton = (why: string, order: 'table-first' | 'table-last') => {
    const load = `E1203 10:11:12.345678 1 model_lifecycle.cc:638] failed to load 'reranker' version 1: ${why}`;
    const table = `I1203 10:11:12.400000 1 server.cc:612] | reranker | 1       | UNAVAILABLE: ${why.slice(0, 34)} |`;
    const lines = [
      'I1203 10:11:10.000000 1 grpc_server.cc:2451] Started GRPCInferenceService at 0.0.0.0:8001',
      load,
      ...(order === 'table-first'
        ? [table, 'error: creating server: Internal - failed to load all models']
        : ['error: creating server: Internal - failed to load all models', table]),
      'I1203 10:11:12.500000 1 http_server.cc:4700] Started HTTPService at 0.0.0.0:8000',
    ];
    return fingerprintLog(lines.join('\n'));
  };
  const ptx =
    'Internal: unable to create stream: the provided PTX was compiled with an unsupported toolchain.';
  const driver =
    'Internal: unable to create stream: CUDA driver version is insufficient for CUDA runtime version';

  it('does not recall a model load failure over another CUDA cause, whatever the line order', () => {
    expect(compareFingerprints(triton(ptx, 'table-first'), triton(driver, 'table-last')).score).toBeLessThan(
      THRESHOLD,
    );
    expect(compareFingerprints(triton(ptx, 'table-first'), triton(driver, 'table-first')).score).toBeLessThan(
      THRESHOLD,
    );
  });

  it('still recalls the same load failure with its lines in another order', () => {
    expect(compareFingerprints(triton(ptx, 'table-first'), triton(ptx, 'table-last')).score).toBeGreaterThan(
      0.9,
    );
  });

  it('does not count two unrelated errors that open with the same two words as one cause replaced', () => {
    // A recurrence where each side also logged another component's failure nearby.
    const incident = (nearby: string) =>
      fingerprintLog(
        [
          "E1203 10:11:12.345678 1 model_lifecycle.cc:638] failed to load 'reranker' version 1: Internal: unable to create stream: the provided PTX was compiled with an unsupported toolchain.",
          'error: creating server: Internal - failed to load all models',
          nearby,
        ].join('\n'),
      );
    const stored = incident(
      '2026-12-01T09:58:11.402Z ERROR [metrics-push] failed to push metrics to http://pushgateway.monitoring:9091/metrics/job/batch: 502 Bad Gateway',
    );
    const query = incident(
      '{"severity":"ERROR","time":"2026-12-01T10:02:47.118Z","message":"Failed to export spans to otel-collector:4317: UNAVAILABLE: Name resolution failed for target dns:otel-collector:4317"}',
    );
    expect(compareFingerprints(stored, query).score).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('lineSimilarity: a quoted constant', () => {
  const yarn = (kind: string, usage: string) =>
    `org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl: Container [pid=<*>,containerID=container_<*>] is running <*>MB beyond the '${kind}' memory limit. Current usage: ${usage}. Killing container.`;

  it("tells apart YARN's physical and virtual memory kills", () => {
    expect(
      lineSimilarity(
        yarn('PHYSICAL', '<*> GB of <*> GB physical memory used; <*> GB of <*> GB virtual memory used'),
        yarn('VIRTUAL', '<*> GB of <*> GB physical memory used; <*> GB of <*> GB virtual memory used'),
      ),
    ).toBe(0);
  });

  it('keeps the same constant with other values as the same line, and apostrophes open no quote', () => {
    expect(
      lineSimilarity(
        yarn('PHYSICAL', '<*> GB of <*> GB physical memory used'),
        yarn('PHYSICAL', '<*> GB of <*> GB physical memory used; <*> GB of <*> GB virtual memory used'),
      ),
    ).toBeGreaterThan(THRESHOLD);
    const group = (stage: string) =>
      `MongoServerError: PlanExecutor error during aggregation :: caused by :: Exceeded memory limit for ${stage}, but didn't allow external sort. Pass allowDiskUse:true to opt in. Don't 'RETRY' blindly`;
    expect(lineSimilarity(group('$group'), group('$group'))).toBe(1);
    expect(lineSimilarity(group('$group'), `${group('$group')} later`)).toBeGreaterThan(THRESHOLD);
  });
});

describe('lineSimilarity: a name repeated throughout the line', () => {
  const evicted = (resource: string, unit: string, request: string) =>
    `Evicted <*>m kubelet The node was low on resource: ${resource}. Threshold quantity: <*>${unit}, available: <*>Ki. Container image-resizer was using <*>Gi, request is ${request}, has larger consumption of ${resource}.`;

  it('tells apart kubelet evictions for another resource', () => {
    expect(lineSimilarity(evicted('ephemeral-storage', 'Gi', '<*>'), evicted('memory', 'Mi', '<*>Gi'))).toBe(
      0,
    );
  });

  it('keeps evictions for the same resource, and a name that differs once or is only extended, alike', () => {
    expect(lineSimilarity(evicted('memory', 'Mi', '<*>'), evicted('memory', 'Mi', '<*>Gi'))).toBeGreaterThan(
      THRESHOLD,
    );
    const renamed = evicted('memory', 'Mi', '<*>').replace('image-resizer', 'image-resizer-canary');
    expect(lineSimilarity(evicted('memory', 'Mi', '<*>'), renamed)).toBeGreaterThan(THRESHOLD);
    const otherPod = (pod: string) =>
      `Warning FailedMount pod/${pod} MountVolume.SetUp failed for volume "config" : configmap "orders-config" not found`;
    expect(lineSimilarity(otherPod('orders-api'), otherPod('billing-api'))).toBeGreaterThan(THRESHOLD);
  });
});
