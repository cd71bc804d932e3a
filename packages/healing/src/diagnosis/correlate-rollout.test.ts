import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../actions/quantity.ts';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { blameworthyChanges, correlateRollout, ROLLOUT_REGRESSION_ID } from './correlate-rollout.ts';
import { diagnose } from './diagnose.ts';
import type { Rollout, RolloutChanges } from './evidence/index.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

const IMAGE_CHANGE: RolloutChanges = {
  image: [
    {
      container: 'app',
      from: 'registry.example.com/shop/web:1.4.2',
      to: 'registry.example.com/shop/web:1.5.0',
    },
  ],
};

function rollout(changes: RolloutChanges, overrides: Partial<Rollout> = {}): Rollout {
  return {
    revision: 7,
    replicaSet: 'web-5f6d8c7b9',
    at: ago(6),
    replicas: 1,
    readyReplicas: 0,
    changes,
    previous: {
      revision: 6,
      replicaSet: 'web-7d9c5b6f4',
      at: ago(3 * 24 * 60),
      replicas: 2,
      readyReplicas: 2,
    },
    ...overrides,
  };
}

function run(sample: EvidenceSample, options?: Parameters<typeof correlateRollout>[2]) {
  const evidence = evidenceFixture({
    gatheredAt: NOW,
    podReplicaSet: 'web-5f6d8c7b9',
    firstFailureAt: ago(4),
    ...sample,
  });
  return correlateRollout(evidence, diagnose(evidence, undefined, { rollouts: false }), options);
}

describe('correlateRollout', () => {
  it('blames a rollout that a crash follows within minutes, and prefers rollback', () => {
    const { correlation, result } = run({
      rollouts: [rollout(IMAGE_CHANGE)],
      reason: 'CrashLoopBackOff',
      lastExitCode: 1,
      previousLog:
        "Error: Cannot find module './feature-x'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
    });
    expect(correlation).toMatchObject({ kind: 'blamed', minutesAfter: 2 });
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.patternId).toBe(ROLLOUT_REGRESSION_ID);
    expect(result.best.category).toBe('rollout');
    expect(result.best.actions[0]).toEqual({ kind: 'rollback' });
    expect(result.best.summary).toContain('revision 7');
    expect(result.best.summary).toContain(
      'registry.example.com/shop/web:1.4.2 → registry.example.com/shop/web:1.5.0',
    );
    expect(result.best.summary).toContain('revision 6 still has 2 ready pods');
    expect(result.best.summary).toContain(
      "Symptom: Container app cannot start: Node.js module './feature-x' is missing",
    );
    expect(result.candidates[1]?.patternId).toBe('node-module-not-found');
  });

  it('blames the rollout even when no catalog pattern knows the crash', () => {
    const { correlation, result } = run({
      rollouts: [rollout(IMAGE_CHANGE)],
      reason: 'CrashLoopBackOff',
      lastExitCode: 1,
      previousLog: 'starting web 1.5.0\nbye',
    });
    expect(correlation.kind).toBe('blamed');
    expect(result.kind === 'matched' && result.best.actions).toEqual([{ kind: 'rollback' }]);
  });

  it('only mentions the rollout when the failure is environmental (database down)', () => {
    const { correlation, result } = run({
      rollouts: [rollout(IMAGE_CHANGE)],
      lastExitCode: 1,
      previousLog: 'Error: Connection terminated due to connection timeout',
    });
    expect(correlation.kind).toBe('mentioned');
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.patternId).toBe('postgres-connection-timeout');
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('Revision 7 was rolled out');
    expect(result.best.summary).toContain('not blamed');
  });

  it('blames a rollout whose new image tag does not exist: the failing reference is what it changed', () => {
    const { correlation, result } = run({
      signal: 'ImagePullBackOff',
      rollouts: [rollout(IMAGE_CHANGE)],
      image: 'registry.example.com/shop/web:1.5.0',
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "registry.example.com/shop/web:1.5.0"',
      events: [
        {
          reason: 'Failed',
          message:
            'Failed to pull image "registry.example.com/shop/web:1.5.0": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/web:1.5.0": failed to resolve reference "registry.example.com/shop/web:1.5.0": registry.example.com/shop/web:1.5.0: not found',
        },
      ],
    });
    expect(correlation.kind).toBe('blamed');
    if (result.kind !== 'matched') throw new Error('expected a match');
    expect(result.best.actions[0]).toEqual({ kind: 'rollback' });
    expect(result.best.summary).toContain('It introduced the image registry.example.com/shop/web:1.5.0');
    expect(result.candidates.map((c) => c.patternId)).toContain('image-not-found');
  });

  it('blames a rollout that made the pods reference a Secret that does not exist, and only mentions it otherwise', () => {
    const missing = {
      reason: 'CreateContainerConfigError',
      message: 'secret "payments-api-keys" not found',
      events: [{ reason: 'Failed', message: 'Error: secret "payments-api-keys" not found', count: 5 }],
    } as const;
    const introduced = run({
      ...missing,
      rollouts: [
        rollout({
          references: ['secret payments-api-keys'],
          env: [{ container: 'app', names: ['envFrom secret:payments-api-keys'] }],
        }),
      ],
    });
    expect(introduced.correlation.kind).toBe('blamed');
    if (introduced.result.kind !== 'matched') throw new Error('expected a match');
    expect(introduced.result.best.summary).toContain('It introduced the secret payments-api-keys');
    expect(introduced.result.best.actions[0]).toEqual({ kind: 'rollback' });

    const unrelated = run({ ...missing, rollouts: [rollout(IMAGE_CHANGE)] });
    expect(unrelated.correlation.kind).toBe('mentioned');
  });

  it('blames config-sensitive failures (DNS not found) only when the rollout changed env', () => {
    const dns = {
      lastExitCode: 1,
      previousLog: 'Error: getaddrinfo ENOTFOUND payments-v2.shop.svc.cluster.local',
    };
    expect(
      run({ ...dns, rollouts: [rollout({ env: [{ container: 'app', names: ['PAYMENTS_URL'] }] })] })
        .correlation.kind,
    ).toBe('blamed');
    expect(run({ ...dns, rollouts: [rollout(IMAGE_CHANGE)] }).correlation.kind).toBe('mentioned');
  });

  it('blames writes refused by a Redis replica on a rollout that changed where the client connects, not on a new image', () => {
    const readonly = {
      signal: 'Alert' as const,
      currentLog:
        "2026-03-02 09:58:11.204 ERROR 1 --- [nio-8080-exec-2] o.s.d.r.RedisSystemException: Error in execution; nested exception is io.lettuce.core.RedisReadOnlyException: READONLY You can't write against a read only replica.",
    };
    const pointed = run({
      ...readonly,
      rollouts: [rollout({ env: [{ container: 'app', names: ['SPRING_DATA_REDIS_HOST'] }] })],
    });
    expect(pointed.correlation.kind).toBe('blamed');
    if (pointed.result.kind !== 'matched') throw new Error('expected a match');
    expect(pointed.result.best.actions[0]?.kind).toBe('rollback');
    // A new image and a failover: the connections still point at the old primary.
    const failover = run({ ...readonly, rollouts: [rollout(IMAGE_CHANGE)] });
    expect(failover.correlation.kind).toBe('mentioned');
    if (failover.result.kind !== 'matched') throw new Error('expected a match');
    expect(failover.result.best.actions[0]?.kind).toBe('rollout-restart');
  });

  it('blames an OOM after a rollout that lowered the memory limit, keeping raise-memory-limit as the fallback', () => {
    const lowered = rollout({
      resources: [
        { container: 'app', from: { limits: { memory: '1Gi' } }, to: { limits: { memory: '512Mi' } } },
      ],
    });
    const { correlation, result } = run({
      signal: 'OOMKilled',
      rollouts: [lowered],
      lastReason: 'OOMKilled',
      lastExitCode: 137,
    });
    expect(correlation.kind).toBe('blamed');
    expect(result.kind === 'matched' && result.best.actions).toEqual([
      { kind: 'rollback' },
      { kind: 'raise-memory-limit', percent: 20 },
    ]);
  });

  it('does not blame a rollout that only raised resources or only restarted the pods', () => {
    const raised = rollout({
      resources: [
        { container: 'app', from: { limits: { memory: '512Mi' } }, to: { limits: { memory: '1Gi' } } },
      ],
    });
    const oom = { signal: 'OOMKilled' as const, lastReason: 'OOMKilled', lastExitCode: 137 };
    const afterRaise = run({ ...oom, rollouts: [raised] });
    expect(afterRaise.correlation.kind).toBe('none');
    expect(afterRaise.result.kind === 'matched' && afterRaise.result.best.patternId).toBe('oom-killed');
    const restart = rollout({ annotations: ['kubectl.kubernetes.io/restartedAt'] });
    expect(run({ ...oom, rollouts: [restart] }).correlation).toMatchObject({ kind: 'none' });
  });

  it('does not blame a rollout that only turned up logging or telemetry, which people do because something already fails', () => {
    const crash = {
      reason: 'CrashLoopBackOff',
      lastExitCode: 2,
      previousLog:
        'failed to initialize server: server: Failed to open connector azure: failed to get provider: 404 NotFound: Not Found.',
    };
    const verbose = rollout({
      env: [{ container: 'app', names: ['DEX_LOG_LEVEL', 'RUST_LOG', 'LOG_FORMAT'] }],
    });
    expect(run({ ...crash, rollouts: [verbose] }).correlation).toMatchObject({ kind: 'none' });
    const withSetting = rollout({ env: [{ container: 'app', names: ['LOG_LEVEL', 'CONNECTOR_TENANT'] }] });
    expect(run({ ...crash, rollouts: [withSetting] }).correlation).toMatchObject({ kind: 'blamed' });
    expect(blameworthyChanges({ env: [{ container: 'app', names: ['LOGGING_LEVEL'] }] })).toEqual([]);
    expect(blameworthyChanges({ env: [{ container: 'app', names: ['LOG_DIR'] }] })).toEqual(['env']);
    const telemetry = {
      env: [{ container: 'app', names: ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_SERVICE_NAME'] }],
    };
    expect(blameworthyChanges(telemetry)).toEqual([]);
    // Switches that change what runs are not telemetry settings.
    expect(blameworthyChanges({ env: [{ container: 'app', names: ['OTEL_JAVAAGENT_ENABLED'] }] })).toEqual([
      'env',
    ]);
    // How an error tracker or an APM agent names and samples what it reports; not its DSN or switch.
    const labels = [
      ...[
        'SENTRY_ENVIRONMENT',
        'SENTRY_RELEASE',
        'SENTRY_SERVER_NAME',
        'DD_ENV',
        'DD_SERVICE',
        'DD_VERSION',
        'DD_TAGS',
      ],
      ...['NEW_RELIC_APP_NAME', 'NEW_RELIC_LABELS', 'ELASTIC_APM_ENVIRONMENT', 'ELASTIC_APM_SERVICE_NAME'],
      'ELASTIC_APM_SERVICE_VERSION',
    ];
    for (const name of labels)
      expect(blameworthyChanges({ env: [{ container: 'app', names: [name] }] }), name).toEqual([]);
    // A sample rate changes what the program spends; a DSN, a key or a switch changes what runs.
    const counted = [
      'SENTRY_TRACES_SAMPLE_RATE',
      'DD_TRACE_SAMPLE_RATE',
      'ELASTIC_APM_TRANSACTION_SAMPLE_RATE',
    ];
    for (const name of [...counted, 'SENTRY_DSN', 'DD_TRACE_ENABLED', 'NEW_RELIC_LICENSE_KEY'])
      expect(blameworthyChanges({ env: [{ container: 'app', names: [name] }] }), name).toEqual(['env']);
    // A program that refuses its new log level: the rollout is the cause.
    const refused = run({
      reason: 'CrashLoopBackOff',
      lastExitCode: 1,
      previousLog: 'time="2026-03-02T09:55:00Z" level=fatal msg="not a valid logrus Level: \\"verbose\\""',
      rollouts: [rollout({ env: [{ container: 'app', names: ['LOG_LEVEL'] }] })],
    });
    expect(refused.correlation).toMatchObject({ kind: 'blamed' });
  });

  it('needs the failure inside the window, after the rollout, on a pod of the new revision', () => {
    const crash = { lastExitCode: 1, previousLog: 'bye' };
    expect(
      run({ ...crash, rollouts: [rollout(IMAGE_CHANGE, { at: ago(60) })], firstFailureAt: ago(30) })
        .correlation,
    ).toMatchObject({
      kind: 'none',
      reason: 'failures started 30 min after revision 7, outside 15 min',
    });
    expect(
      run({ ...crash, rollouts: [rollout(IMAGE_CHANGE)], firstFailureAt: ago(20) }).correlation,
    ).toMatchObject({
      kind: 'none',
      reason: 'failures started 14 min before revision 7',
    });
    expect(
      run({ ...crash, rollouts: [rollout(IMAGE_CHANGE)], podReplicaSet: 'web-7d9c5b6f4' }).correlation,
    ).toMatchObject({
      kind: 'none',
      reason: 'the failing pod belongs to web-7d9c5b6f4, not to a recent revision',
    });
    expect(
      run(
        { ...crash, rollouts: [rollout(IMAGE_CHANGE, { at: ago(60) })], firstFailureAt: ago(30) },
        { windowMinutes: 45 },
      ).correlation.kind,
    ).toBe('blamed');
  });

  it('blames no rollout when a cut log shows errors only from outside the window, and cannot tell when they began', () => {
    const alerting = {
      signal: 'Alert' as const,
      currentLog: '{"level":"error","msg":"capture failed: 503 Service Unavailable"}',
      firstFailureAt: undefined,
      rollouts: [rollout({ env: [{ container: 'app', names: ['FEATURE_V2'] }] }, { at: ago(40) })],
    };
    expect(run({ ...alerting, failingBy: ago(20) }).correlation).toMatchObject({
      kind: 'none',
      reason:
        'when failures started is unknown: the log shows them from 20 min after revision 7, outside 15 min, and was cut before',
    });
    // Errors seen within the window: they may well have begun with the rollout.
    expect(run({ ...alerting, failingBy: ago(30) }, { windowMinutes: 45 }).correlation.kind).toBe('blamed');
  });

  it('needs a previous revision that was healthy', () => {
    const crash = { lastExitCode: 1, previousLog: 'bye' };
    const { previous: _omit, ...first } = rollout(IMAGE_CHANGE);
    expect(run({ ...crash, rollouts: [first] }).correlation).toMatchObject({ kind: 'none' });
    const shortLived = rollout(IMAGE_CHANGE, {
      previous: { revision: 6, replicaSet: 'web-7d9c5b6f4', at: ago(8), replicas: 2, readyReplicas: 0 },
    });
    expect(run({ ...crash, rollouts: [shortLived] }).correlation).toMatchObject({ kind: 'none' });
  });

  it('tracks Deployments only and leaves the result alone when it does not blame', () => {
    const sample = {
      kind: 'StatefulSet' as const,
      rollouts: [rollout(IMAGE_CHANGE)],
      lastExitCode: 1,
      previousLog: 'bye',
    };
    const evidence = evidenceFixture({ ...sample, gatheredAt: NOW, firstFailureAt: ago(4) });
    const diagnosed = diagnose(evidence, undefined, { rollouts: false });
    const { correlation, result } = correlateRollout(evidence, diagnosed);
    expect(correlation.kind).toBe('none');
    expect(result).toBe(diagnosed);
  });
});

describe('diagnose with rollouts', () => {
  it('applies the correlation by default', () => {
    const evidence = evidenceFixture({
      gatheredAt: NOW,
      podReplicaSet: 'web-5f6d8c7b9',
      firstFailureAt: ago(4),
      rollouts: [rollout(IMAGE_CHANGE)],
      lastExitCode: 1,
      previousLog: 'bye',
    });
    const result = diagnose(evidence);
    expect(result.kind === 'matched' && result.best.patternId).toBe(ROLLOUT_REGRESSION_ID);
    expect(diagnose(evidence, undefined, { rollouts: false }).kind).toBe('unmatched');
    const wide = diagnose({ ...evidence, firstFailureAt: ago(-20) }, undefined, {
      rollouts: { windowMinutes: 30 },
    });
    expect(wide.kind === 'matched' && wide.best.patternId).toBe(ROLLOUT_REGRESSION_ID);
  });
});

describe('blameworthyChanges', () => {
  it('counts what can break a workload and ignores restarts and increases', () => {
    expect(
      blameworthyChanges({
        image: IMAGE_CHANGE.image,
        probes: ['app'],
        annotations: ['kubectl.kubernetes.io/restartedAt'],
        resources: [
          { container: 'app', from: { requests: { cpu: '500m' } }, to: { requests: { cpu: '250m' } } },
        ],
      }),
    ).toEqual(['image', 'probes', 'resources']);
    expect(blameworthyChanges({ annotations: ['x'] })).toEqual([]);
    expect(
      blameworthyChanges({
        config: ['checksum/config'],
        settings: ['serviceAccountName', 'app: securityContext'],
        references: ['configmap shop-config'],
      }),
    ).toEqual(['config', 'settings', 'references']);
  });
});

describe('parseQuantity', () => {
  it('reads Kubernetes quantities', () => {
    expect(parseQuantity('512Mi')).toBe(512 * 2 ** 20);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('250m')).toBe(0.25);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('1e9')).toBe(1e9);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('lots')).toBeUndefined();
  });
});
