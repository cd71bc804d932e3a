import { describe, expect, it } from 'vitest';
import { forecastDigestNotification } from './digest.ts';
import { type Forecast, WARN_ACTION } from './forecast.ts';

function forecast(
  workload: string,
  minutes: number | null,
  kind: Forecast['kind'] = 'certificate-expiry',
): Forecast {
  return {
    kind,
    namespace: 'shop',
    workload,
    resource: `thing of ${workload}`,
    timeToLimitMinutes: minutes,
    evidence: [`evidence one of ${workload}`, `evidence two of ${workload}`, 'evidence three'],
    action: WARN_ACTION,
  };
}

describe('forecastDigestNotification', () => {
  const at = new Date('2026-12-02T10:15:00Z');

  it('lists the soonest first, bounded, with two pieces of evidence each and a count of the rest', () => {
    const forecasts = [
      forecast('c', 600),
      forecast('a', 30),
      forecast('pdb', null, 'pdb-blocks-drain'),
      forecast('b', 90),
    ];

    const n = forecastDigestNotification({ cluster: 'prod', at, forecasts, failures: [] }, { limit: 2 });

    expect(n.threadKey).toBe('forecast-digest:prod:2026-12-02T10');
    expect(n.severity).toBe('warning');
    expect(n.title).toBe('Forecast digest for prod: 4 problems seen coming, soonest in 30 min (a)');
    expect(n.text.split('\n')).toEqual([
      '• *certificate expiry* in 30 min: shop/a, thing of a',
      '  evidence one of a',
      '  evidence two of a',
      '• *certificate expiry* in 1 h 30 min: shop/b, thing of b',
      '  evidence one of b',
      '  evidence two of b',
      '…and 2 more: `sre-agent forecast` lists every one.',
    ]);
    expect(n.fields).toEqual([
      { label: 'certificate expiry', value: '3' },
      { label: 'PDB blocks drains', value: '1' },
    ]);
  });

  it('says when nothing is coming, names the sources that failed, and redacts what it quotes', () => {
    const leaky = { ...forecast('api', 5), evidence: ['password=hunter2hunter2 in the log'] };

    const quiet = forecastDigestNotification({
      cluster: 'prod',
      at,
      forecasts: [],
      failures: [{ source: 'slo-burn', error: 'prometheus unreachable' }],
    });
    const redacted = forecastDigestNotification({ cluster: 'prod', at, forecasts: [leaky], failures: [] });

    expect(quiet.severity).toBe('info');
    expect(quiet.text).toContain('Nothing seen coming');
    expect(quiet.text).toContain('Not checked: slo-burn (prometheus unreachable)');
    expect(redacted.text).not.toContain('hunter2hunter2');
  });
});
