import type { SloConfig } from '@sre-agent/core';
import { boundEvidence, type Forecast, WARN_ACTION } from '../forecast.ts';

/**
 * Multi-window, multi-burn-rate alerting as recommended by the Google SRE workbook, chapter 5
 * "Alerting on SLOs", table 5-8 ("Recommended time windows and burn rates for a 99.9% SLO"): an
 * alert fires when the error ratio over BOTH the long and the short window exceeds
 * `burnRate × (1 − objective)`. The short window (1/12 of the long one) makes the alert reset
 * quickly once the burn stops.
 *   page:   1 h and 5 min at 14.4× (2 % of a 30-day budget spent in an hour)
 *   page:   6 h and 30 min at 6×  (5 % of the budget in six hours)
 *   ticket: 3 d and 6 h at 1×     (10 % of the budget in three days)
 */
export const BURN_RATE_RULES = [
  { severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4 },
  { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
  { severity: 'ticket', longWindow: '3d', shortWindow: '6h', burnRate: 1 },
] as const;

export type BurnWindow = (typeof BURN_RATE_RULES)[number]['longWindow' | 'shortWindow'];
/** Every window the rules read, shortest first. */
export const BURN_WINDOWS: readonly BurnWindow[] = ['5m', '30m', '1h', '6h', '3d'];

/** An SLO's error ratios over each window (undefined where Prometheus has no data), and over its whole period. */
export type SloErrorRatios = {
  windows: Partial<Record<BurnWindow, number>>;
  /** The error ratio over the SLO period (e.g. 30 d): how much budget is already spent. */
  period?: number | undefined;
};

const percent = (ratio: number) => `${Number((ratio * 100).toPrecision(3))} %`;
const times = (rate: number) => `${Number(rate.toPrecision(3))}×`;

/**
 * The forecast of one SLO from its error ratios: a burn when a rule of `BURN_RATE_RULES` fires
 * (the most urgent one is reported), with the time left until the period's error budget is spent
 * at the current (1 h) burn rate, when the period's ratio is known. Undefined when no rule fires.
 */
export function forecastSloBurn(slo: SloConfig, ratios: SloErrorRatios): Forecast | undefined {
  const budget = 1 - slo.objective;
  const burn = (window: BurnWindow) => {
    const ratio = ratios.windows[window];
    return ratio === undefined || !Number.isFinite(ratio) ? undefined : ratio / budget;
  };
  const fired = BURN_RATE_RULES.find((rule) => {
    const long = burn(rule.longWindow);
    const short = burn(rule.shortWindow);
    return long !== undefined && short !== undefined && long > rule.burnRate && short > rule.burnRate;
  });
  if (!fired) return undefined;
  const current = burn('1h') ?? burn(fired.longWindow) ?? 0;
  const periodMinutes = slo.periodDays * 1440;
  const spent =
    ratios.period !== undefined && Number.isFinite(ratios.period) ? ratios.period / budget : undefined;
  const minutesLeft =
    spent === undefined || current <= 0 ? null : Math.max(0, ((1 - spent) * periodMinutes) / current);
  const what = slo.indicator === 'latency' ? 'slow-request' : 'error';
  return {
    kind: 'slo-burn',
    namespace: slo.namespace,
    workload: slo.service,
    resource: `${slo.indicator} SLO ${Number((slo.objective * 100).toPrecision(6))} % over ${slo.periodDays} d`,
    timeToLimitMinutes: minutesLeft === null ? null : Math.floor(minutesLeft),
    evidence: boundEvidence([
      `${fired.severity}: ${what} budget burning at ${times(burn(fired.longWindow) ?? 0)} over ${fired.longWindow} and ${times(burn(fired.shortWindow) ?? 0)} over ${fired.shortWindow} (threshold ${fired.burnRate}×, SRE workbook multi-window burn rates)`,
      `${what} ratio ${percent(ratios.windows[fired.longWindow] ?? 0)} over ${fired.longWindow}, budget ${percent(budget)}`,
      spent === undefined
        ? `budget spent over ${slo.periodDays} d unknown (no data for the whole period)`
        : `${percent(Math.min(1, spent))} of the ${slo.periodDays}-day budget already spent`,
    ]),
    action: WARN_ACTION,
  };
}

/** The query of one window: the SLO's PromQL with `$window` replaced (`good`/`total` become 1 − good ÷ total). */
export function sloQuery(slo: SloConfig, window: string): string {
  const fill = (q: string) => q.replaceAll('$window', window);
  if (slo.errorRatio !== undefined) return fill(slo.errorRatio);
  return `1 - ((${fill(slo.good ?? '')}) / (${fill(slo.total ?? '')}))`;
}
