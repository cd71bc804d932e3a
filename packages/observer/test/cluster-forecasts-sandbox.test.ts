import {
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  NetworkingV1Api,
  PatchStrategy,
  PolicyV1Api,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { type RunningSandbox, startSandbox } from '@sre-agent/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clusterForecastSources } from '../src/cluster/cluster-forecasts.ts';
import { collectForecasts } from '../src/collect-forecasts.ts';
import { testCertificateChain, tlsSecret } from '../src/testing/tls-certificates.ts';

const DAY = 86_400_000;
const NS = 'shop';

describe('cluster forecasts through the real Kubernetes client on the sandbox', () => {
  let sandbox: RunningSandbox;
  let clock: ManualClock;
  let issuedAt: number;

  beforeEach(async () => {
    issuedAt = Date.now();
    clock = new ManualClock(new Date(issuedAt));
    sandbox = await startSandbox({ scenario: 'healthy', clock });
    const kc = new KubeConfig();
    kc.loadFromString(sandbox.kubeconfig());
    const core = kc.makeApiClient(CoreV1Api);
    const apps = kc.makeApiClient(AppsV1Api);
    // Certificates: one expiring in 10 days behind an Ingress, one good for a year.
    await core.createNamespacedSecret({
      namespace: NS,
      body: tlsSecret(NS, 'storefront-tls', testCertificateChain({ dnsName: 'shop.example.com', days: 10 })),
    });
    await core.createNamespacedSecret({
      namespace: NS,
      body: tlsSecret(NS, 'admin-tls', testCertificateChain({ dnsName: 'admin.example.com', days: 365 })),
    });
    await kc.makeApiClient(NetworkingV1Api).createNamespacedIngress({
      namespace: NS,
      body: {
        metadata: { name: 'storefront' },
        spec: {
          tls: [{ hosts: ['shop.example.com'], secretName: 'storefront-tls' }],
          rules: [{ host: 'shop.example.com' }],
        },
      },
    });
    // cert-manager: a Certificate whose renewal fails (its Secret is not readable without the opt-in).
    const custom = kc.makeApiClient(CustomObjectsApi);
    const certificate = { group: 'cert-manager.io', version: 'v1', namespace: NS, plural: 'certificates' };
    await custom.createNamespacedCustomObject({
      ...certificate,
      body: {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: { name: 'api' },
        spec: { secretName: 'api-tls', dnsNames: ['api.example.com'], issuerRef: { name: 'letsencrypt' } },
      },
    });
    await custom.patchNamespacedCustomObjectStatus(
      {
        ...certificate,
        name: 'api',
        body: {
          status: {
            notAfter: new Date(issuedAt + 3 * DAY).toISOString(),
            conditions: [{ type: 'Ready', status: 'False', reason: 'Failed', message: 'ACME order failed' }],
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    // A single replica behind minAvailable 1: the next drain blocks.
    const labels = { app: 'solo' };
    await apps.createNamespacedDeployment({
      namespace: NS,
      body: {
        metadata: { name: 'solo', labels },
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } },
        },
      },
    });
    await kc.makeApiClient(PolicyV1Api).createNamespacedPodDisruptionBudget({
      namespace: NS,
      body: { metadata: { name: 'solo' }, spec: { minAvailable: 1, selector: { matchLabels: labels } } },
    });
    // An HPA at its maximum without metrics (the sandbox has no metrics API): no evidence of demand.
    await kc.makeApiClient(AutoscalingV2Api).createNamespacedHorizontalPodAutoscaler({
      namespace: NS,
      body: {
        metadata: { name: 'solo' },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'solo' },
          minReplicas: 1,
          maxReplicas: 1,
        },
      },
    });
    sandbox.engine.tick(120_000);
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const run = async (readTlsSecrets: boolean) => {
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: new InMemoryLogger(), sleep: async () => {} },
    );
    try {
      return await collectForecasts(
        clusterForecastSources({ reader: access.reader, clock }, { readTlsSecrets }),
      );
    } finally {
      await access.close();
    }
  };

  it('finds the expiring TLS Secret, the failing cert-manager Certificate and the blocking PDB', async () => {
    const { forecasts, failures } = await run(true);

    expect(failures).toEqual([]);
    expect(forecasts.map((f) => [f.kind, f.workload, f.resource])).toEqual([
      ['certificate-expiry', 'api-tls', 'certificate in secret api-tls'],
      ['certificate-expiry', 'storefront', 'certificate in secret storefront-tls'],
      ['pdb-blocks-drain', 'solo', 'PodDisruptionBudget solo'],
    ]);
    const storefront = forecasts[1];
    expect(Math.round((storefront?.timeToLimitMinutes ?? 0) / 1440)).toBe(10);
    expect(storefront?.evidence.join('\n')).toContain('subject CN=shop.example.com, issuer CN=Test CA');
    expect(storefront?.evidence.at(-1)).toBe('served by Ingress storefront');
    expect(forecasts[0]?.evidence).toContain('not Ready: Failed: ACME order failed');
    expect(JSON.stringify(forecasts)).not.toContain('PRIVATE KEY');
  });

  it('without the Secrets opt-in, reads no Secret and still warns from cert-manager’s status', async () => {
    const before = sandbox.requests().length;

    const { forecasts } = await run(false);

    expect(forecasts.filter((f) => f.kind === 'certificate-expiry').map((f) => f.workload)).toEqual([
      'api-tls',
    ]);
    const reads = sandbox.requests().slice(before);
    expect(reads.some((r) => r.path.includes('/ingresses'))).toBe(true);
    expect(reads.some((r) => r.path.includes('/secrets'))).toBe(false);
  });
});
