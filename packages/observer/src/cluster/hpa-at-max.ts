import type { HorizontalPodAutoscaler } from '@sre-agent/kube';
import { boundEvidence, type Forecast, WARN_ACTION } from '../forecast.ts';

type MetricValue = { averageUtilization?: number; averageValue?: string; value?: string };

/** Binary and decimal suffixes of Kubernetes quantities (`500m`, `2Gi`, `1k`). */
const SUFFIX: Record<string, number> = {
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A Kubernetes quantity as a number; NaN when it is not one. */
export function quantityValue(quantity: string | number | undefined): number {
  if (quantity === undefined) return Number.NaN;
  if (typeof quantity === 'number') return quantity;
  const text = quantity.trim();
  let end = text.length;
  while (end > 0 && isLetter(text.charCodeAt(end - 1))) end--;
  const unit = text.slice(end);
  const scale = unit === '' ? 1 : SUFFIX[unit];
  const number = Number(text.slice(0, end));
  return scale === undefined || text.slice(0, end) === '' ? Number.NaN : number * scale;
}

/** A metric's current value above its target, as a sentence; undefined when it is at or below. */
function aboveTarget(name: string, target: MetricValue | undefined, current: MetricValue | undefined) {
  if (!target || !current) return undefined;
  if (target.averageUtilization !== undefined && current.averageUtilization !== undefined) {
    return current.averageUtilization > target.averageUtilization
      ? `${name} at ${current.averageUtilization}% of requests, target ${target.averageUtilization}%`
      : undefined;
  }
  for (const field of ['averageValue', 'value'] as const) {
    const want = quantityValue(target[field]);
    const have = quantityValue(current[field]);
    if (Number.isFinite(want) && Number.isFinite(have)) {
      return have > want ? `${name} ${field} ${current[field]}, target ${target[field]}` : undefined;
    }
  }
  return undefined;
}

type Spec = NonNullable<HorizontalPodAutoscaler['spec']>;
type MetricSpec = NonNullable<Spec['metrics']>[number];
type MetricStatus = NonNullable<NonNullable<HorizontalPodAutoscaler['status']>['currentMetrics']>[number];

/** The name and target of a metric spec or status, whatever its source type. */
function describe(metric: MetricSpec | MetricStatus): { key: string; name: string } {
  switch (metric.type) {
    case 'Resource':
      return { key: `Resource/${metric.resource?.name}`, name: metric.resource?.name ?? 'resource' };
    case 'ContainerResource':
      return {
        key: `ContainerResource/${metric.containerResource?.name}/${metric.containerResource?.container}`,
        name: `${metric.containerResource?.name} of ${metric.containerResource?.container}`,
      };
    case 'Pods':
      return { key: `Pods/${metric.pods?.metric.name}`, name: metric.pods?.metric.name ?? 'pods metric' };
    case 'Object':
      return {
        key: `Object/${metric.object?.metric.name}`,
        name: metric.object?.metric.name ?? 'object metric',
      };
    case 'External':
      return {
        key: `External/${metric.external?.metric.name}`,
        name: metric.external?.metric.name ?? 'external metric',
      };
    default:
      return { key: metric.type, name: metric.type };
  }
}

function targetOf(metric: MetricSpec): MetricValue | undefined {
  return (metric.resource ?? metric.containerResource ?? metric.pods ?? metric.object ?? metric.external)
    ?.target as MetricValue | undefined;
}

function currentOf(metric: MetricStatus): MetricValue | undefined {
  return (metric.resource ?? metric.containerResource ?? metric.pods ?? metric.object ?? metric.external)
    ?.current as MetricValue | undefined;
}

/**
 * HorizontalPodAutoscalers pinned at their maximum (autoscaling/v2 status): as many replicas as
 * `maxReplicas` allows while the controller wants more (ScalingLimited / TooManyReplicas, a desired
 * count above the maximum) or a metric is above its target. The next rise in load has nowhere to go.
 */
export function forecastHpaAtMax(hpas: readonly HorizontalPodAutoscaler[]): Forecast[] {
  const forecasts: Forecast[] = [];
  for (const hpa of hpas) {
    const max = hpa.spec?.maxReplicas;
    const current = hpa.status?.currentReplicas ?? 0;
    if (max === undefined || current < max) continue;
    const reasons: string[] = [];
    const limited = hpa.status?.conditions?.find((c) => c.type === 'ScalingLimited');
    if (limited?.status === 'True' && limited.reason === 'TooManyReplicas') {
      reasons.push(
        `ScalingLimited: ${limited.message ?? 'the desired replica count is more than the maximum'}`,
      );
    }
    if ((hpa.status?.desiredReplicas ?? 0) > max) {
      reasons.push(`desired ${hpa.status?.desiredReplicas} replicas, maximum ${max}`);
    }
    const currents = new Map((hpa.status?.currentMetrics ?? []).map((m) => [describe(m).key, m]));
    for (const metric of hpa.spec?.metrics ?? []) {
      const { key, name } = describe(metric);
      const status = currents.get(key);
      const above = aboveTarget(name, targetOf(metric), status ? currentOf(status) : undefined);
      if (above) reasons.push(above);
    }
    if (reasons.length === 0) continue;
    const target = hpa.spec?.scaleTargetRef;
    forecasts.push({
      kind: 'hpa-at-max',
      namespace: hpa.metadata?.namespace ?? '',
      workload: target?.name ?? hpa.metadata?.name ?? 'unknown',
      ...(target?.kind ? { workloadKind: target.kind } : {}),
      resource: `replicas (HPA ${hpa.metadata?.name ?? ''})`,
      timeToLimitMinutes: 0,
      evidence: boundEvidence([
        `${current} of at most ${max} replicas (minReplicas ${hpa.spec?.minReplicas ?? 1})`,
        ...reasons,
      ]),
      action: WARN_ACTION,
    });
  }
  return forecasts;
}
