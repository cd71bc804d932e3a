import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog } from './fingerprint.ts';
import { classifyLines } from './lines.ts';

/**
 * Kubernetes events and `kubectl` output as recall meets them: a `Normal` event whose reason says
 * something did not happen, a `Warning` event whose reason says something could not, a table
 * header with upper-case column names, and another component's error logged beside events that
 * carry no exception text of their own. Lines are the software's own wording.
 */
const THRESHOLD = 0.6;

const tierOf = (line: string) => classifyLines(line).map((l) => l.tier);

const pending = (scheduling: string, autoscaler: string) =>
  [
    '  Normal   Scheduled  12m   default-scheduler  Successfully assigned batch/report-worker-7d9f8b6c5-x2x9z to ip-10-0-3-17.ec2.internal',
    `  Warning  FailedScheduling   41s (x12 over 9m)  default-scheduler   0/7 nodes are available: ${scheduling}. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.`,
    `  Normal   NotTriggerScaleUp  38s (x30 over 9m)  cluster-autoscaler  ${autoscaler}`,
  ].join('\n');

const TRACE_EXPORT =
  '{"level":"error","ts":"2026-12-03T04:05:06.789Z","caller":"otlptracegrpc/client.go:221","msg":"traces export: context deadline exceeded: rpc error: code = DeadlineExceeded desc = context deadline exceeded"}';

const unseal = (count: number, extra?: string) =>
  fingerprintLog(
    [
      '  Normal   Scheduled  3m   default-scheduler  Successfully assigned apps/search-api-5f7d8c9b4-q8w7e to ip-10-0-1-9.ec2.internal',
      ...(extra ? [extra] : []),
      `  Warning  ErrUnsealFailed  12s (x${count} over 30m)  sealed-secrets-controller  Failed to unseal: no key could decrypt secret (password, elastic-api-key)`,
      '2026/12/03 10:11:12 Error updating apps/search-api-secrets, giving up: no key could decrypt secret (password, elastic-api-key)',
    ].join('\n'),
  );

describe('Kubernetes events', () => {
  it('reads a Normal event that says something did not happen as an error statement', () => {
    expect(
      tierOf(
        "  Normal   NotTriggerScaleUp  38s (x30 over 9m)  cluster-autoscaler  pod didn't trigger scale-up: 2 max node group size reached",
      ),
    ).toEqual(['symptom']);
    expect(
      tierOf(
        '  Normal   Scheduled  12m   default-scheduler  Successfully assigned batch/report-worker-7d9f8b6c5-x2x9z to ip-10-0-3-17.ec2.internal',
      ),
    ).toEqual(['noise']);
  });

  it('tells a node group at its maximum from a pod no new node could fit, though the scheduler says the same', () => {
    const stored = fingerprintLog(
      pending('7 Insufficient memory', "pod didn't trigger scale-up: 2 max node group size reached"),
    );
    const recurrence = fingerprintLog(
      pending('6 Insufficient memory', "pod didn't trigger scale-up: 1 max node group size reached"),
    );
    const tooBig = fingerprintLog(
      pending(
        '7 Insufficient memory',
        "pod didn't trigger scale-up (it wouldn't fit if a new node is added): 2 Insufficient memory",
      ),
    );
    expect(compareFingerprints(recurrence, stored).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(compareFingerprints(tooBig, stored).score).toBeLessThan(THRESHOLD);
  });

  it('reads a Warning event whose reason says something could not be done as an error statement', () => {
    expect(
      tierOf(
        '  Warning  CannotConnectToProvider  12s (x18 over 40m)  managed/s3.aws.upbound.io/v1beta1, kind=bucket  cannot get referenced ProviderConfig: ProviderConfig.aws.upbound.io "default" not found',
      ),
    ).toEqual(['symptom']);
  });

  it('takes no upper-case column of a kubectl table header for an errno code', () => {
    expect(tierOf('NAME          SYNCED   READY   EXTERNAL-NAME   AGE')).toEqual(['chatter']);
    expect(tierOf('Error: connect ECONNREFUSED 10.0.0.7:5432')).toEqual(['cause']);
    const bucket = (reason: string, message: string) =>
      fingerprintLog(
        [
          `  Warning  ${reason}  12s (x18 over 40m)  managed/s3.aws.upbound.io/v1beta1, kind=bucket  ${message}`,
          'NAME          SYNCED   READY   EXTERNAL-NAME   AGE',
          'shop-assets   False    False                   41m',
        ].join('\n'),
      );
    const stored = bucket(
      'CannotConnectToProvider',
      'cannot get referenced ProviderConfig: ProviderConfig.aws.upbound.io "default" not found',
    );
    const taken = bucket(
      'CannotCreateExternalResource',
      'async create failed: failed to create the resource: [{0 creating S3 Bucket (shop-assets): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: 4F2C9E1A, HostID: 8d1f, BucketAlreadyExists:  []}]',
    );
    expect(compareFingerprints(taken, stored).score).toBeLessThan(THRESHOLD);
  });
});

describe('another component’s error beside events', () => {
  it('recalls events whose recurrence also logged a failed trace export', () => {
    // The export error (no exception type, nothing in common with the events) took the identity of
    // the recurrence as its only error text: 0.75 coverage scaled for unequal evidence was 0.56.
    expect(compareFingerprints(unseal(6, TRACE_EXPORT), unseal(39)).score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('still scales a statement whose own exception is missing on the other side', () => {
    // The set-aside line names an exception type: it may be the error the shared events report.
    const typed =
      '2026-12-03 10:11:12.345 ERROR 1 --- [main] c.a.SecretsClient : com.acme.crypto.KeyMismatchException: sealing key 7f3a rotated';
    expect(compareFingerprints(unseal(6, typed), unseal(39)).score).toBeLessThan(THRESHOLD);
  });

  it("never sets aside the process's own death: a fatal error beside the same events is another problem", () => {
    for (const fatal of [
      'fatal error: runtime: out of memory',
      'panic: runtime error: invalid memory address or nil pointer dereference',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      'Error: ENOSPC: no space left on device, write',
    ]) {
      expect(compareFingerprints(unseal(6, fatal), unseal(39)).score, fatal).toBeLessThan(THRESHOLD);
    }
  });

  it('does not recall other events because both logged the same unrelated error', () => {
    const other = fingerprintLog(
      [
        TRACE_EXPORT,
        '  Warning  ErrUpdateFailed  12s (x9 over 30m)  sealed-secrets-controller  Resource "search-api-secrets" already exists and is not managed by SealedSecret',
      ].join('\n'),
    );
    expect(compareFingerprints(other, unseal(39)).score).toBeLessThan(THRESHOLD);
  });
});

describe('a field whose value is a sentence', () => {
  const denied = (policy: string, rule: string, message: string, pipeline: number) =>
    fingerprintLog(
      [
        '$ kubectl apply -k overlays/prod --server-side',
        'configmap/recommender-config unchanged',
        'Error from server: error when creating "overlays/prod": admission webhook "validate.kyverno.svc-fail" denied the request: ',
        '',
        'resource Deployment/apps/recommender was blocked due to the following policies ',
        '',
        `${policy}:`,
        `  ${rule}: '${message}'`,
        `$ exit status 1 (pipeline deploy-prod #${pipeline})`,
      ].join('\n'),
    );
  const limits = (pipeline: number) =>
    denied(
      'require-requests-limits',
      'validate-resources',
      'validation error: CPU and memory resource requests and limits are required. rule validate-resources failed at path /spec/template/spec/containers/0/resources/limits/',
      pipeline,
    );

  it('reads a rule that failed, quoted as a field, as the error; a dumped error object keeps its fields', () => {
    expect(
      tierOf(
        "  validate-resources: 'validation error: CPU and memory resource requests and limits are required. rule validate-resources failed at path /spec/template/spec/containers/0/resources/limits/'",
      ),
    ).toEqual(['cause']);
    expect(tierOf("  code: 'ECONNREFUSED',")).toEqual(['detail']);
    expect(tierOf("  message: 'connect ECONNREFUSED 10.0.0.7:5432',")).toEqual(['detail']);
  });

  it('tells two admission denials apart by the policy rule that failed', () => {
    const latestTag = denied(
      'disallow-latest-tag',
      'validate-image-tag',
      "validation error: Using a mutable image tag e.g. 'latest' is not allowed. rule validate-image-tag failed at path /spec/template/spec/containers/0/image/",
      4211,
    );
    expect(compareFingerprints(limits(4377), limits(4102)).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(compareFingerprints(latestTag, limits(4102)).score).toBeLessThan(THRESHOLD);
  });
});

describe('gRPC status fields', () => {
  const mount = (count: number, extra: readonly string[]) =>
    fingerprintLog(
      [
        ...extra.slice(0, 1),
        `  Warning  FailedMount  41s (x${count} over 12m)  kubelet  MountVolume.MountDevice failed for volume "pvc-3f1c2a9e-7b1d-4c55-9a0e-2f6d1b7c8e90" : rpc error: code = Internal desc = format of disk "/dev/longhorn/pvc-3f1c2a9e-7b1d-4c55-9a0e-2f6d1b7c8e90" failed: type:("ext4") target:("/var/lib/kubelet/plugins/kubernetes.io/csi/driver.longhorn.io/globalmount") options:("defaults") errcode:(exit status 1) output:(mke2fs 1.47.0 (5-Feb-2023)`,
        '/dev/longhorn/pvc-3f1c2a9e-7b1d-4c55-9a0e-2f6d1b7c8e90 is apparently in use by the system; will not make a filesystem here!',
        'Pod postgres-reports-7d9f8b6c5-x2x9z is Pending (ContainerCreating) for 14m',
        ...extra.slice(1),
      ].join('\n'),
    );

  it('shares no topic through `code = … desc =`: a failed trace export stays another component’s error', () => {
    const stored = mount(8, [
      'time="2026-12-01T09:58:11Z" level=error msg="lookup otel-collector.observability.svc.cluster.local on 10.96.0.10:53: read udp 10.244.1.17:41235->10.96.0.10:53: i/o timeout"',
    ]);
    const recurrence = mount(6, [
      TRACE_EXPORT,
      'time="2026-12-01T10:02:47Z" level=error msg="config key log_format_v1 is deprecated and will be removed in 3.0, use log.format"',
    ]);
    expect(compareFingerprints(recurrence, stored).score).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
