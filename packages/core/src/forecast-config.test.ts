import { describe, expect, it } from 'vitest';
import { ForecastConfigSchema, isLabelMatcherList } from './forecast-config.ts';

describe('ForecastConfigSchema', () => {
  it('defaults to no Secrets read, a 14-day certificate warning, no SLOs and 20 forecasts a digest', () => {
    expect(ForecastConfigSchema.parse({})).toEqual({
      readTlsSecrets: false,
      certificateWarnDays: 14,
      slos: [],
      digestLimit: 20,
      seriesSelectors: {
        cadvisor: 'job="kubelet", metrics_path="/metrics/cadvisor"',
        kubelet: 'job="kubelet", metrics_path="/metrics"',
        kubeStateMetrics: 'job="kube-state-metrics"',
      },
    });
  });

  it('takes the scrape jobs whose series the forecasts trust as label matchers, and refuses anything else', () => {
    const chart = ForecastConfigSchema.parse({
      seriesSelectors: {
        cadvisor: 'job="kubernetes-nodes-cadvisor"',
        kubeStateMetrics: 'job=~"kube-state-metrics|ksm"',
      },
    });
    const refused = [
      '',
      'job',
      'job="a"}) or vector(1',
      'job="a",',
      'job="a" job="b"',
      '{job="a"}',
      'job=a',
    ].map((cadvisor) => ForecastConfigSchema.safeParse({ seriesSelectors: { cadvisor } }));

    expect(chart.seriesSelectors).toEqual({
      cadvisor: 'job="kubernetes-nodes-cadvisor"',
      kubelet: 'job="kubelet", metrics_path="/metrics"',
      kubeStateMetrics: 'job=~"kube-state-metrics|ksm"',
    });
    for (const result of refused) {
      expect(result.error?.issues[0]?.message).toContain('must be PromQL label matchers of the scrape job');
    }
    expect(isLabelMatcherList('job="a\\"b", x!~"y"')).toBe(true);
  });

  it('accepts an error-ratio SLO and a good/total one, and says what to fix in a bad one', () => {
    const good = ForecastConfigSchema.parse({
      slos: [
        {
          service: 'checkout',
          namespace: 'shop',
          objective: 0.999,
          errorRatio: 'sum(rate(errors[$window])) / sum(rate(all[$window]))',
        },
        {
          service: 'search',
          namespace: 'shop',
          indicator: 'latency',
          objective: 0.99,
          good: 'sum(rate(h_bucket{le="0.3"}[$window]))',
          total: 'sum(rate(h_count[$window]))',
        },
      ],
    });
    const noWindow = ForecastConfigSchema.safeParse({
      slos: [{ service: 's', namespace: 'n', objective: 0.999, errorRatio: 'sum(rate(errors[5m]))' }],
    });
    const both = ForecastConfigSchema.safeParse({
      slos: [
        {
          service: 's',
          namespace: 'n',
          objective: 0.999,
          errorRatio: 'x[$window]',
          good: 'y[$window]',
          total: 'z[$window]',
        },
      ],
    });
    const percent = ForecastConfigSchema.safeParse({
      slos: [{ service: 's', namespace: 'n', objective: 99.9, errorRatio: 'x[$window]' }],
    });

    expect(good.slos.map((s) => [s.service, s.indicator, s.periodDays])).toEqual([
      ['checkout', 'error-rate', 30],
      ['search', 'latency', 30],
    ]);
    expect(noWindow.error?.issues[0]?.message).toContain('must contain $window');
    expect(both.error?.issues[0]?.message).toBe('give either errorRatio, or good and total (not both)');
    expect(percent.error?.issues[0]?.message).toBe('objective is a share below 1, such as 0.999');
  });
});
