import { ManualClock, REDACTED } from '@sre-agent/core';
import type { KubeEvent, LogOptions, Pod, ReplicaSet } from '@sre-agent/kube';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InMemoryCluster } from '../../testing/in-memory-cluster.ts';
import { diagnose } from '../diagnose.ts';
import {
  boundLog,
  capLine,
  DEFAULT_GATHER_OPTIONS,
  describeChanges,
  EvidenceSchema,
  evidenceDigest,
  gatherEvidence,
  MAX_EVIDENCE_LINE_CHARS,
  redactEvidence,
  summariseRollouts,
} from './index.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const at = (minutesAgo: number) => new Date(new Date(NOW).getTime() - minutesAgo * 60_000);

const container = (image: string, env: Record<string, string>, memory: string) => ({
  name: 'app',
  image,
  env: Object.entries(env).map(([name, value]) => ({ name, value })),
  resources: { limits: { memory }, requests: { memory } },
});

function replicaSet(
  name: string,
  revision: number,
  createdMinutesAgo: number,
  spec: ReturnType<typeof container>,
  ready: number,
): ReplicaSet {
  return {
    metadata: {
      name,
      namespace: 'shop',
      labels: { app: 'catalog' },
      creationTimestamp: at(createdMinutesAgo),
      annotations: { 'deployment.kubernetes.io/revision': String(revision) },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'catalog', uid: 'd-1', controller: true },
      ],
    },
    spec: {
      selector: { matchLabels: { app: 'catalog' } },
      template: { metadata: { labels: { app: 'catalog' } }, spec: { containers: [spec] } },
    },
    status: { replicas: 2, readyReplicas: ready },
  };
}

function pod(name: string, rs: string, createdMinutesAgo: number, status: NonNullable<Pod['status']>): Pod {
  return {
    metadata: {
      name,
      namespace: 'shop',
      labels: { app: 'catalog' },
      creationTimestamp: at(createdMinutesAgo),
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, uid: `u-${rs}`, controller: true },
      ],
    },
    spec: {
      nodeName: 'ip-10-0-1-23.eu-west-1.compute.internal',
      containers: [{ name: 'app', image: 'x', resources: { limits: { memory: '512Mi' } } }],
    },
    status,
  };
}

function event(
  kind: string,
  name: string,
  reason: string,
  message: string,
  minutesAgo: number,
  count = 1,
): KubeEvent {
  return {
    metadata: { name: `${name}.${reason}`, namespace: 'shop' },
    involvedObject: { kind, name, namespace: 'shop' },
    type: reason === 'Pulled' ? 'Normal' : 'Warning',
    reason,
    message,
    count,
    firstTimestamp: at(minutesAgo),
    lastTimestamp: at(Math.max(0, minutesAgo - 1)),
  };
}

/** A Deployment whose revision 2 (4 minutes old) crashes while revision 1 ran for two days. */
function badRollout(): InMemoryCluster {
  const r = new InMemoryCluster('sandbox');
  r.objects.deployments.push({
    metadata: { name: 'catalog', namespace: 'shop', uid: 'd-1' },
    spec: {
      selector: { matchLabels: { app: 'catalog' } },
      template: { metadata: { labels: { app: 'catalog' } }, spec: { containers: [] } },
    },
  });
  r.objects.replicaSets.push(
    replicaSet(
      'catalog-7d9c5b6f4',
      1,
      2 * 24 * 60,
      container('shop/catalog:1.4.2', { DB_PASSWORD: 'hunter2-old', LOG: 'info' }, '512Mi'),
      2,
    ),
    replicaSet(
      'catalog-5f6d8c7b9',
      2,
      4,
      container('shop/catalog:1.5.0', { DB_PASSWORD: 'hunter2-new', LOG: 'info', FEATURE_X: 'on' }, '256Mi'),
      0,
    ),
  );
  r.objects.pods.push(
    pod('catalog-7d9c5b6f4-abcde', 'catalog-7d9c5b6f4', 2 * 24 * 60, {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'app',
          image: 'shop/catalog:1.4.2',
          imageID: '',
          ready: true,
          restartCount: 0,
          state: { running: { startedAt: at(2 * 24 * 60) } },
        },
      ],
    }),
    pod('catalog-5f6d8c7b9-x2x4q', 'catalog-5f6d8c7b9', 4, {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'app',
          image: 'shop/catalog:1.5.0',
          imageID: '',
          ready: false,
          restartCount: 4,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: 'back-off 1m20s restarting failed container=app',
            },
          },
          lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: at(2), finishedAt: at(1.5) } },
        },
      ],
    }),
  );
  r.objects.nodes.push({
    metadata: { name: 'ip-10-0-1-23.eu-west-1.compute.internal' },
    spec: { taints: [{ key: 'dedicated', value: 'shop', effect: 'NoSchedule' }] },
    status: {
      conditions: [
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
    },
  });
  r.objects.events.push(
    event(
      'Pod',
      'catalog-5f6d8c7b9-x2x4q',
      'BackOff',
      'Back-off restarting failed container app in pod catalog-5f6d8c7b9-x2x4q_shop',
      3,
      6,
    ),
    event(
      'Pod',
      'catalog-5f6d8c7b9-x2x4q',
      'Pulled',
      'Container image "shop/catalog:1.5.0" already present on machine',
      4,
    ),
    event('Deployment', 'catalog', 'ScalingReplicaSet', 'Scaled up replica set catalog-5f6d8c7b9 to 1', 4),
  );
  r.objects.logs[CRASHING_POD] = {
    current: 'starting catalog 1.5.0',
    previous:
      "starting catalog 1.5.0\nconnecting to postgres://catalog:s3cr3t-pw@catalog-db:5432/catalog\nError: Cannot find module './feature-x'",
  };
  return r;
}

const CRASHING_POD = 'shop/catalog-5f6d8c7b9-x2x4q';

function setPreviousLog(cluster: InMemoryCluster, text: string): void {
  cluster.objects.logs[CRASHING_POD] = { ...cluster.objects.logs[CRASHING_POD], previous: text };
}

/** Which container logs were asked for, in order: `current` or `previous`. */
function logReads(cluster: InMemoryCluster): string[] {
  return cluster.calls.flatMap((call) =>
    call.method === 'readPodLog' ? [call.args[2]?.previous ? 'previous' : 'current'] : [],
  );
}

const subject = {
  target: { cluster: 'sandbox', namespace: 'shop', kind: 'Deployment' as const, name: 'catalog' },
  signal: 'CrashLoopBackOff' as const,
};

describe('gatherEvidence', () => {
  it('examines the worst pod of the workload with its current and previous logs, events, owners and node', async () => {
    const reader = badRollout();
    const evidence = await gatherEvidence(reader, subject, new ManualClock(NOW));

    expect(EvidenceSchema.parse(evidence)).toEqual(evidence);
    expect(evidence.pod).toBe('catalog-5f6d8c7b9-x2x4q');
    expect(evidence.podReplicaSet).toBe('catalog-5f6d8c7b9');
    expect(evidence.container).toBe('app');
    expect(evidence.containers[0]).toMatchObject({
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      restartCount: 4,
      lastTerminated: { exitCode: 1, reason: 'Error', finishedAt: at(1.5).toISOString() },
    });
    expect(evidence.logs.previous?.text).toContain("Cannot find module './feature-x'");
    expect(evidence.logs.current?.text).toBe('starting catalog 1.5.0');
    expect(evidence.events.map((e) => e.reason)).toEqual(['Pulled', 'ScalingReplicaSet', 'BackOff']);
    expect(evidence.ownerChain).toEqual([
      { kind: 'ReplicaSet', name: 'catalog-5f6d8c7b9', namespace: 'shop', uid: 'u-catalog-5f6d8c7b9' },
      { kind: 'Deployment', name: 'catalog', namespace: 'shop', uid: 'd-1' },
    ]);
    expect(evidence.node).toMatchObject({
      name: 'ip-10-0-1-23.eu-west-1.compute.internal',
      ready: 'True',
      taints: ['dedicated=shop:NoSchedule'],
    });
    expect(evidence.firstFailureAt).toBe(at(3).toISOString());
    expect(evidence.describe).toContain('Restart Count:  4');
    expect(evidence.describe).toContain('Controlled By:  ReplicaSet/catalog-5f6d8c7b9');
    expect(evidence.gaps).toEqual([]);
    expect(evidence.redacted).toBe(false);
  });

  it('reports what the last hour of rollouts changed: image, env names (never values), resources', async () => {
    const evidence = await gatherEvidence(badRollout(), subject, new ManualClock(NOW));

    expect(evidence.rollouts).toHaveLength(1);
    const [rollout] = evidence.rollouts;
    expect(rollout).toMatchObject({
      revision: 2,
      replicaSet: 'catalog-5f6d8c7b9',
      at: at(4).toISOString(),
      readyReplicas: 0,
      previous: {
        revision: 1,
        replicaSet: 'catalog-7d9c5b6f4',
        readyReplicas: 2,
        at: at(2 * 24 * 60).toISOString(),
      },
      changes: {
        image: [{ container: 'app', from: 'shop/catalog:1.4.2', to: 'shop/catalog:1.5.0' }],
        env: [{ container: 'app', names: ['DB_PASSWORD', 'FEATURE_X'] }],
        resources: [
          {
            container: 'app',
            from: { limits: { memory: '512Mi' }, requests: { memory: '512Mi' } },
            to: { limits: { memory: '256Mi' }, requests: { memory: '256Mi' } },
          },
        ],
      },
    });
    expect(JSON.stringify(evidence)).not.toContain('hunter2');
  });

  it('leaves rollouts older than the window out, and keeps a rollout restart as an annotation-only change', () => {
    const base = container('shop/catalog:1.4.2', {}, '512Mi');
    const old = replicaSet('catalog-1', 1, 600, base, 2);
    const restarted = replicaSet('catalog-2', 2, 90, base, 2);
    const fresh = replicaSet('catalog-3', 3, 10, base, 2);
    if (fresh.spec?.template?.metadata) {
      fresh.spec.template.metadata.annotations = { 'kubectl.kubernetes.io/restartedAt': NOW };
    }
    const rollouts = summariseRollouts([fresh, old, restarted], new Date(NOW), 60);
    expect(rollouts.map((r) => r.revision)).toEqual([3]);
    expect(rollouts[0]?.changes).toEqual({ annotations: ['kubectl.kubernetes.io/restartedAt'] });
    expect(summariseRollouts([fresh, old, restarted], new Date(NOW), 120).map((r) => r.revision)).toEqual([
      3, 2,
    ]);
  });

  it('reports config checksums, pod and container settings and newly referenced Secrets/ConfigMaps', () => {
    const base = container('shop/catalog:1.4.2', {}, '512Mi');
    const old = replicaSet('catalog-1', 1, 600, base, 2);
    const fresh = replicaSet('catalog-2', 2, 10, base, 0);
    const template = fresh.spec?.template;
    if (!template?.spec || !template.metadata) throw new Error('template');
    template.metadata.annotations = { 'checksum/config': 'b5e1…', 'kubectl.kubernetes.io/restartedAt': NOW };
    template.spec.serviceAccountName = 'catalog-v2';
    template.spec.securityContext = { runAsNonRoot: true, runAsUser: 10001 };
    template.spec.volumes = [{ name: 'tls', secret: { secretName: 'catalog-tls' } }];
    template.spec.containers = [
      {
        ...base,
        securityContext: { readOnlyRootFilesystem: true },
        volumeMounts: [{ name: 'tls', mountPath: '/etc/tls' }],
        envFrom: [{ configMapRef: { name: 'catalog-settings' } }],
      },
    ];

    const [rollout] = summariseRollouts([fresh, old], new Date(NOW), 60);

    expect(rollout?.changes).toEqual({
      env: [{ container: 'app', names: ['envFrom configmap:catalog-settings'] }],
      annotations: ['kubectl.kubernetes.io/restartedAt'],
      config: ['checksum/config'],
      settings: [
        'serviceAccountName',
        'securityContext',
        'volumes',
        'app: securityContext',
        'app: volumeMounts',
      ],
      references: ['configmap catalog-settings', 'secret catalog-tls'],
    });
    expect(describeChanges(rollout?.changes ?? {})).toContain('configuration (checksum/config)');
  });

  it('keeps going when a read fails and lists the gap', async () => {
    const reader = badRollout();
    const reset = new Error('connection reset by peer');
    reader.fail('readPodLog', reset, { when: ([, , options]) => options?.previous === true });
    reader.fail('getNode', reset);
    const evidence = await gatherEvidence(reader, subject, new ManualClock(NOW));
    expect(evidence.logs.previous).toBeUndefined();
    expect(evidence.logs.current?.text).toBe('starting catalog 1.5.0');
    expect(evidence.node).toBeUndefined();
    expect(evidence.gaps).toEqual([
      'previous log of app: connection reset by peer',
      'node ip-10-0-1-23.eu-west-1.compute.internal: connection reset by peer',
    ]);
  });

  it('bounds each log tail by lines and by bytes', async () => {
    const reader = badRollout();
    const long = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(100)}`).join('\n');
    setPreviousLog(reader, long);
    const byLines = await gatherEvidence(reader, subject, new ManualClock(NOW), { logLines: 50 });
    expect(byLines.logs.previous?.lines).toBe(50);
    expect(byLines.logs.previous?.text.split('\n')[0]).toMatch(/^line 450 /);
    const byBytes = await gatherEvidence(reader, subject, new ManualClock(NOW), { logBytes: 1024 });
    expect(Buffer.byteLength(byBytes.logs.previous?.text ?? '')).toBeLessThanOrEqual(1024);
    expect(byBytes.logs.previous?.truncated).toBe(true);
    expect(byBytes.logs.previous?.text.split('\n').at(-1)).toMatch(/^line 499 x+$/);
  });

  it('sees the newest lines of a tail of multi-KB JSON lines larger than the byte limit (the API server returns the first bytes)', async () => {
    const reader = badRollout();
    const request = (i: number) =>
      JSON.stringify({
        level: 'info',
        ts: 1772444400 + i,
        msg: 'request served',
        headers: 'h'.repeat(6000),
      });
    const lines = Array.from({ length: 300 }, (_, i) => request(i));
    lines.push(
      JSON.stringify({
        level: 'fatal',
        ts: 1772444999,
        msg: 'cannot start',
        error: 'dial tcp 10.0.3.7:5432: connect: connection refused',
        stacktrace: `main.main\n\t/app/main.go:23\n${'x'.repeat(8000)}`,
      }),
    );
    setPreviousLog(reader, lines.join('\n'));

    const evidence = await gatherEvidence(reader, subject, new ManualClock(NOW), { logReadBytes: 64 * 1024 });

    const tail = evidence.logs.previous?.text ?? '';
    expect(tail).toContain('connection refused');
    expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(DEFAULT_GATHER_OPTIONS.logBytes);
    for (const line of tail.split('\n')) expect(line.length).toBeLessThanOrEqual(2048);
    // The capped record keeps what a human reads: level, message and error.
    expect(tail.split('\n').at(-1)).toBe(
      JSON.stringify({
        level: 'fatal',
        msg: 'cannot start: dial tcp 10.0.3.7:5432: connect: connection refused',
        stack: 'main.main\n\t/app/main.go:23',
      }),
    );
    // Asked again with fewer lines after the first answer was cut, then the head of the instance.
    const asked = reader.calls
      .flatMap((c) => (c.method === 'readPodLog' ? [c.args[2] as LogOptions | undefined] : []))
      .filter((options) => options?.previous)
      .map((options) => options?.tailLines ?? 'head');
    expect(asked[0]).toBe(200);
    expect(asked.at(-1)).toBe('head');
    expect(asked.length).toBeGreaterThan(2);
  });

  it('keeps the start-up error of a long log, buried under the cascade, as the head of the instance', async () => {
    const reader = badRollout();
    const lines = [
      '2026-03-02 09:40:00.001  INFO 1 --- [main] c.e.Application : Starting Application',
      '2026-03-02 09:40:01.002 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.',
      'org.postgresql.util.PSQLException: Connection to orders-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
      ...Array.from(
        { length: 600 },
        (_, i) =>
          `2026-03-02 09:41:${String(i % 60).padStart(2, '0')}.000 ERROR 1 --- [nio-8080-exec-${i % 9}] c.e.OrdersController : upstream returned 503 Service Unavailable (circuit breaker OPEN)`,
      ),
    ];
    setPreviousLog(reader, lines.join('\n'));

    const evidence = await gatherEvidence(reader, subject, new ManualClock(NOW));

    expect(evidence.logs.previous?.text).not.toContain('refused');
    expect(evidence.logs.previous?.head?.split('\n').slice(0, 3)).toEqual(lines.slice(0, 3));
    expect(EvidenceSchema.parse(evidence)).toEqual(evidence);
    const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
    expect(result.kind === 'matched' && result.best.patternId).toBe('postgres-connection-refused');
  });

  it('reads a short log once: no second read, no head', async () => {
    const reader = badRollout();
    setPreviousLog(reader, 'starting\nERROR boom\n');
    const evidence = await gatherEvidence(reader, subject, new ManualClock(NOW));
    expect(evidence.logs.previous?.text).toBe('starting\nERROR boom');
    expect(evidence.logs.previous?.head).toBeUndefined();
    expect(logReads(reader)).toEqual(['current', 'previous']);
  });

  it('does not ask for a previous log before the first restart', async () => {
    const reader = badRollout();
    const crashing = reader.objects.pods[1]?.status?.containerStatuses?.[0];
    if (crashing) {
      crashing.restartCount = 0;
      delete crashing.lastState;
    }
    await gatherEvidence(reader, subject, new ManualClock(NOW));
    expect(logReads(reader)).toEqual(['current']);
  });

  it('gathers a node under diagnosis: its conditions and its events', async () => {
    const reader = badRollout();
    const node = reader.objects.nodes[0];
    if (node?.status) {
      node.status.conditions = [
        {
          type: 'Ready',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        },
      ];
    }
    reader.objects.events.push(
      event(
        'Node',
        'ip-10-0-1-23.eu-west-1.compute.internal',
        'NodeNotReady',
        'Node ip-10-0-1-23.eu-west-1.compute.internal status is now: NodeNotReady',
        2,
      ),
    );
    const evidence = await gatherEvidence(
      reader,
      {
        target: {
          cluster: 'sandbox',
          namespace: '',
          kind: 'Node',
          name: 'ip-10-0-1-23.eu-west-1.compute.internal',
        },
        signal: 'NodeNotReady',
      },
      new ManualClock(NOW),
    );
    expect(evidence.pod).toBeUndefined();
    expect(evidence.node?.ready).toBe('Unknown');
    expect(evidence.events.map((e) => e.reason)).toEqual(['NodeNotReady']);
    expect(evidence.describe).toContain('Kind:         Node');
  });

  it('finds the pods of a failed Job and its Failed condition', async () => {
    const reader = new InMemoryCluster('sandbox');
    reader.objects.jobs.push({
      metadata: { name: 'nightly-report', namespace: 'shop', creationTimestamp: at(30) },
      status: {
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    });
    reader.objects.pods.push({
      metadata: {
        name: 'nightly-report-8xk2p',
        namespace: 'shop',
        labels: { 'job-name': 'nightly-report' },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'nightly-report', uid: 'j' }],
      },
      spec: { containers: [{ name: 'report', image: 'shop/report:2' }] },
      status: {
        phase: 'Failed',
        containerStatuses: [
          {
            name: 'report',
            image: 'shop/report:2',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 1, reason: 'Error' } },
          },
        ],
      },
    });
    const evidence = await gatherEvidence(
      reader,
      {
        target: { cluster: 'sandbox', namespace: 'shop', kind: 'Job', name: 'nightly-report' },
        signal: 'JobFailed',
      },
      new ManualClock(NOW),
    );
    expect(evidence.pod).toBe('nightly-report-8xk2p');
    expect(evidence.container).toBe('report');
    expect(evidence.conditions).toContainEqual(
      expect.objectContaining({ type: 'Failed', reason: 'BackoffLimitExceeded' }),
    );
  });
});

describe('redactEvidence', () => {
  it('removes secrets from logs, messages and describe text, and marks the evidence redacted', async () => {
    const reader = badRollout();
    reader.objects.events.push(
      event(
        'Pod',
        'catalog-5f6d8c7b9-x2x4q',
        'Failed',
        'Error: exec: API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789 not allowed',
        1,
      ),
    );
    const raw = await gatherEvidence(reader, subject, new ManualClock(NOW));
    expect(JSON.stringify(raw)).toContain('s3cr3t-pw');

    const redacted = redactEvidence(raw);
    const text = JSON.stringify(redacted);
    expect(redacted.redacted).toBe(true);
    expect(text).not.toContain('s3cr3t-pw');
    expect(text).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    expect(redacted.logs.previous?.text).toContain(`postgres://catalog:${REDACTED}@catalog-db:5432/catalog`);
    expect(redacted.logs.previous?.text).toContain("Cannot find module './feature-x'");
    expect(EvidenceSchema.parse(redacted)).toEqual(redacted);
    expect(redactEvidence(redacted)).toEqual(redacted);
    expect(raw.redacted).toBe(false);
  });
});

describe('redactEvidence on overlong lines', () => {
  it('shortens lines past the bound before redacting, so that a hostile line stays cheap', () => {
    const evidence = evidenceFixtureWithLog(`${'a'.repeat(60_000)} password=hunter2 ${'b'.repeat(60_000)}`);
    const started = performance.now();
    const redacted = redactEvidence(evidence);
    expect(performance.now() - started).toBeLessThan(2000);
    const text = redacted.logs.previous?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_EVIDENCE_LINE_CHARS);
    expect(text).toMatch(/^a+…\[\+\d+ chars\]…b+$/);
    expect(JSON.stringify(redacted)).not.toContain('hunter2');
    expect(capLine(capLine('x'.repeat(10_000)))).toBe(capLine('x'.repeat(10_000)));
  });
});

function evidenceFixtureWithLog(text: string) {
  return EvidenceSchema.parse({
    signal: 'CrashLoopBackOff',
    target: subject.target,
    gatheredAt: NOW,
    containers: [],
    conditions: [],
    logs: { previous: { container: 'app', text, lines: 1, truncated: false } },
    events: [],
    ownerChain: [],
    rollouts: [],
    describe: '',
    gaps: [],
    redacted: false,
  });
}

describe('evidenceDigest', () => {
  it('stays within its bound and keeps the newest log lines', async () => {
    const reader = badRollout();
    const long = Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n');
    setPreviousLog(reader, long);
    const evidence = redactEvidence(await gatherEvidence(reader, subject, new ManualClock(NOW)));
    const digest = evidenceDigest(evidence, 2000);
    expect(digest.length).toBeLessThanOrEqual(2000);
    expect(digest).toContain('line 399');
    expect(digest).toContain('signal: CrashLoopBackOff');
    expect(digest).toContain('revision 2 (catalog-5f6d8c7b9)');
  });
});

describe('boundLog', () => {
  it('never exceeds the line or byte bound and keeps only whole lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
          { maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 16, max: 2048 }),
        (lines, maxLines, maxBytes) => {
          const text = lines.join('\n');
          const tail = boundLog('app', text, maxLines, maxBytes);
          expect(tail.lines).toBeLessThanOrEqual(maxLines);
          expect(Buffer.byteLength(tail.text, 'utf8')).toBeLessThanOrEqual(maxBytes);
          if (tail.text !== '') {
            // Whole lines, except that a single line longer than the byte bound keeps its tail.
            const [first, ...rest] = tail.text.split('\n');
            expect(lines.some((l) => l.endsWith(first ?? ''))).toBe(true);
            for (const line of rest) expect(lines).toContain(line);
          }
          if (!tail.truncated) expect(tail.text).toBe(text.replace(/\n$/, ''));
        },
      ),
    );
  });
});
