import type { KubeEvent } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import type { ContainerSummary } from './evidence/index.ts';
import { failingContainer } from './evidence/rank-pods.ts';
import { summariseEvents } from './evidence/summarise.ts';

const app: ContainerSummary = {
  name: 'app',
  image: 'shop/api:1.4',
  init: false,
  ready: true,
  restartCount: 0,
  state: 'running',
};
const proxy: ContainerSummary = {
  name: 'istio-proxy',
  image: 'docker.io/istio/proxyv2:1.22.1',
  init: false,
  ready: false,
  restartCount: 6,
  state: 'waiting',
  reason: 'CrashLoopBackOff',
  lastTerminated: { exitCode: 137, reason: 'OOMKilled' },
};

describe('sidecar attribution', () => {
  it('diagnoses the failing sidecar when the named main container shows no trouble of its own', () => {
    expect(failingContainer([app, proxy], 'app')?.name).toBe('istio-proxy');
    expect(failingContainer([app, proxy], undefined)?.name).toBe('istio-proxy');
  });

  it('keeps the named container when it fails itself', () => {
    const crashing = {
      ...app,
      ready: false,
      restartCount: 4,
      state: 'waiting' as const,
      reason: 'CrashLoopBackOff',
    };
    expect(failingContainer([crashing, proxy], 'app')?.name).toBe('app');
  });

  it('reads the container an event is about from its fieldPath', () => {
    const event: KubeEvent = {
      metadata: { name: 'e1', namespace: 'shop' },
      involvedObject: {
        kind: 'Pod',
        name: 'api-1',
        namespace: 'shop',
        fieldPath: 'spec.containers{istio-proxy}',
      },
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
    };
    expect(summariseEvents([event])[0]?.container).toBe('istio-proxy');
  });

  it("does not diagnose the main container with a sidecar's events and reasons", () => {
    const evidence = evidenceFixture({ previousLog: 'starting', lastExitCode: 1 });
    evidence.containers.push(proxy);
    evidence.events = [
      {
        object: 'Pod/web-6d5f7c9b8-x2x4q',
        container: 'istio-proxy',
        type: 'Warning',
        reason: 'Unhealthy',
        message:
          'Liveness probe failed: Get "http://10.1.2.3:15021/healthz/ready": dial tcp 10.1.2.3:15021: connect: connection refused',
        count: 9,
      },
    ];
    const forApp = diagnose(evidence, undefined, { rollouts: false, maxCandidates: 100 });
    const ids = forApp.kind === 'matched' ? forApp.candidates.map((c) => c.patternId) : [];
    expect(ids).not.toContain('liveness-probe-port-closed');
    expect(ids).not.toContain('liveness-probe-failed');
    expect(ids).not.toContain('oom-killed');

    const forProxy = diagnose({ ...evidence, container: 'istio-proxy' }, undefined, {
      rollouts: false,
      maxCandidates: 100,
    });
    if (forProxy.kind !== 'matched') throw new Error('expected a match');
    expect(forProxy.candidates.map((c) => c.patternId)).toEqual(
      // Refused connections: nothing listens on the probe's port (not a hang).
      expect.arrayContaining(['liveness-probe-port-closed', 'oom-killed']),
    );
    expect(forProxy.best.summary).toContain('istio-proxy');
  });
});
