import type { HorizontalPodAutoscaler, PodDisruptionBudget } from '@sre-agent/kube';
import { describe, expect, it } from 'vitest';
import { ForecastSchema } from '../forecast.ts';
import { forecastHpaAtMax, quantityValue } from './hpa-at-max.ts';
import { forecastPdbBlocksDrain } from './pdb-blocks-drain.ts';

function hpa(status: HorizontalPodAutoscaler['status'], max = 5): HorizontalPodAutoscaler {
  return {
    metadata: { namespace: 'shop', name: 'web' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: max,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
        {
          type: 'Pods',
          pods: {
            metric: { name: 'requests_per_second' },
            target: { type: 'AverageValue', averageValue: '100' },
          },
        },
      ],
    },
    status,
  };
}

describe('forecastHpaAtMax', () => {
  it('flags an HPA at its maximum whose CPU is above target, as the API reports it', () => {
    const forecasts = forecastHpaAtMax([
      hpa({
        currentReplicas: 5,
        desiredReplicas: 5,
        currentMetrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', current: { averageUtilization: 93, averageValue: '465m' } },
          },
          {
            type: 'Pods',
            pods: { metric: { name: 'requests_per_second' }, current: { averageValue: '80' } },
          },
        ],
      }),
    ]);

    expect(forecasts).toHaveLength(1);
    expect(ForecastSchema.parse(forecasts[0])).toEqual(forecasts[0]);
    expect(forecasts[0]).toMatchObject({
      kind: 'hpa-at-max',
      workload: 'web',
      workloadKind: 'Deployment',
      timeToLimitMinutes: 0,
    });
    expect(forecasts[0]?.evidence).toEqual([
      '5 of at most 5 replicas (minReplicas 2)',
      'cpu at 93% of requests, target 70%',
    ]);
  });

  it('flags the controller’s own ScalingLimited/TooManyReplicas and a custom metric above its target', () => {
    const [f] = forecastHpaAtMax([
      hpa({
        currentReplicas: 5,
        desiredReplicas: 5,
        conditions: [
          {
            type: 'ScalingLimited',
            status: 'True',
            reason: 'TooManyReplicas',
            message: 'the desired replica count is more than the maximum replica count',
          },
        ],
        currentMetrics: [
          {
            type: 'Pods',
            pods: { metric: { name: 'requests_per_second' }, current: { averageValue: '250' } },
          },
        ],
      }),
    ]);

    expect(f?.evidence.slice(1)).toEqual([
      'ScalingLimited: the desired replica count is more than the maximum replica count',
      'requests_per_second averageValue 250, target 100',
    ]);
  });

  it('stays quiet below the maximum, and at the maximum with every metric within target or unknown', () => {
    const within = hpa({
      currentReplicas: 5,
      desiredReplicas: 5,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 60 } } }],
    });
    const below = hpa({
      currentReplicas: 3,
      desiredReplicas: 3,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 95 } } }],
    });
    const noMetrics = hpa({ currentReplicas: 5, desiredReplicas: 5 });

    expect(forecastHpaAtMax([within, below, noMetrics])).toEqual([]);
  });

  it('reads Kubernetes quantities', () => {
    expect(quantityValue('500m')).toBe(0.5);
    expect(quantityValue('2Gi')).toBe(2 * 1024 ** 3);
    expect(quantityValue('1k')).toBe(1000);
    expect(quantityValue('12')).toBe(12);
    expect(quantityValue('x')).toBeNaN();
  });
});

function pdb(
  spec: PodDisruptionBudget['spec'],
  status: Partial<NonNullable<PodDisruptionBudget['status']>>,
): PodDisruptionBudget {
  return {
    metadata: { namespace: 'shop', name: 'db' },
    spec: { selector: { matchLabels: { app: 'db' } }, ...spec },
    status: { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0, ...status },
  };
}

describe('forecastPdbBlocksDrain', () => {
  const workloads = [
    { kind: 'StatefulSet', namespace: 'shop', name: 'postgres', labels: { app: 'db', tier: 'data' } },
  ];

  it('flags a single healthy replica behind minAvailable 1 and names the workload it guards', () => {
    const forecasts = forecastPdbBlocksDrain(
      [
        pdb(
          { minAvailable: 1 },
          { currentHealthy: 1, desiredHealthy: 1, expectedPods: 1, disruptionsAllowed: 0 },
        ),
      ],
      workloads,
    );

    expect(forecasts).toHaveLength(1);
    expect(ForecastSchema.parse(forecasts[0])).toEqual(forecasts[0]);
    expect(forecasts[0]).toMatchObject({
      kind: 'pdb-blocks-drain',
      workload: 'postgres',
      workloadKind: 'StatefulSet',
      resource: 'PodDisruptionBudget db',
      timeToLimitMinutes: null,
    });
    expect(forecasts[0]?.evidence[0]).toBe(
      'minAvailable 1 over 1 expected pod, 1 healthy: 0 disruptions allowed',
    );
  });

  it('flags maxUnavailable 0 over several healthy pods', () => {
    const [f] = forecastPdbBlocksDrain([
      pdb(
        { maxUnavailable: 0 },
        { currentHealthy: 3, desiredHealthy: 3, expectedPods: 3, disruptionsAllowed: 0 },
      ),
    ]);

    expect(f?.workload).toBe('db');
    expect(f?.evidence[0]).toBe('maxUnavailable 0 over 3 expected pods, 3 healthy: 0 disruptions allowed');
  });

  it('stays quiet when a disruption is allowed, or when pods are down (an outage, not a blocking budget)', () => {
    expect(
      forecastPdbBlocksDrain([
        pdb(
          { minAvailable: 1 },
          { currentHealthy: 2, desiredHealthy: 1, expectedPods: 2, disruptionsAllowed: 1 },
        ),
        pdb(
          { minAvailable: 2 },
          { currentHealthy: 1, desiredHealthy: 2, expectedPods: 2, disruptionsAllowed: 0 },
        ),
        pdb(
          { minAvailable: 1 },
          { currentHealthy: 0, desiredHealthy: 1, expectedPods: 0, disruptionsAllowed: 0 },
        ),
      ]),
    ).toEqual([]);
  });
});
