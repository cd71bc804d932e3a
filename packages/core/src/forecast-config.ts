import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

const WINDOW = '$window';

const promql = (what: string) =>
  z
    .string()
    .min(1)
    .max(2000)
    .refine((q) => q.includes(WINDOW), {
      message: `${what} must contain ${WINDOW} where the range goes, e.g. rate(http_requests_total[${WINDOW}])`,
    });

/**
 * One service level objective the proactive observer watches for error-budget burn. The queries
 * are PromQL with `$window` in place of the range (`5m`, `1h`, `6h`, `3d`…): either an error ratio
 * (bad ÷ all, between 0 and 1) or a good and a total rate. For a latency SLO, "good" counts the
 * requests under the threshold (`…_bucket{le="0.3"}`).
 */
export const SloConfigSchema = lazySchema(() =>
  z
    .strictObject({
      /** The service the SLO is about (shown in the digest; a Deployment's name reads best). */
      service: z.string().min(1).max(253),
      namespace: z.string().min(1).max(63),
      /** What the SLO measures: request errors or requests slower than a threshold. */
      indicator: z.enum(['error-rate', 'latency']).default('error-rate'),
      /** The target share of good events, e.g. 0.999 for 99.9 %. */
      objective: z
        .number()
        .gt(0, 'objective is a share such as 0.999')
        .lt(1, 'objective is a share below 1, such as 0.999'),
      /** The period the error budget spans, in days (default 30). */
      periodDays: z.number().int().min(1).max(90).default(30),
      errorRatio: promql('errorRatio').optional(),
      good: promql('good').optional(),
      total: promql('total').optional(),
    })
    .refine((s) => (s.errorRatio !== undefined) !== (s.good !== undefined || s.total !== undefined), {
      message: 'give either errorRatio, or good and total (not both)',
    })
    .refine((s) => s.errorRatio !== undefined || (s.good !== undefined && s.total !== undefined), {
      message: 'good and total go together',
    }),
);
export type SloConfig = z.infer<typeof SloConfigSchema>;

/** One PromQL label matcher (`job="kubelet"`, `job=~"kubelet|cadvisor"`): name, operator, quoted value. */
const MATCHER = /\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(?:=~|!~|!=|=)\s*"(?:[^"\\\n]|\\.)*"\s*/y;

/** Whether `text` is a comma-separated list of at least one PromQL label matcher, nothing else. */
export function isLabelMatcherList(text: string): boolean {
  let at = 0;
  for (;;) {
    MATCHER.lastIndex = at;
    if (!MATCHER.test(text)) return false;
    at = MATCHER.lastIndex;
    if (at === text.length) return true;
    if (text[at] !== ',') return false;
    at += 1;
  }
}

const matchers = (example: string) =>
  z
    .string()
    .max(500)
    .refine(isLabelMatcherList, {
      message: `must be PromQL label matchers of the scrape job that writes these series, e.g. ${example}`,
    });

/**
 * The series the forecasts trust, by the labels their scrape jobs give them: a pod scraped with
 * `honor_labels: true` can publish any metric name with any `namespace`/`pod`/`container` labels,
 * so only series of these jobs count. The defaults are kube-prometheus-stack's.
 */
export const DEFAULT_SERIES_SELECTORS = {
  /** cAdvisor (`container_memory_working_set_bytes`), served by the kubelet. */
  cadvisor: 'job="kubelet", metrics_path="/metrics/cadvisor"',
  /** The kubelet's own metrics (`kubelet_volume_stats_*`). */
  kubelet: 'job="kubelet", metrics_path="/metrics"',
  /** kube-state-metrics (limits, pod owners, claims, restarts). */
  kubeStateMetrics: 'job="kube-state-metrics"',
} as const;

/** The proactive observer: certificates, SLOs and how the forecast digest is sent. */
export const ForecastConfigSchema = lazySchema(() =>
  z.strictObject({
    /**
     * Read TLS Secrets to parse their certificates (needs the opt-in secrets-scan role: RBAC cannot
     * grant a Secret's metadata without its key). Without it, cert-manager's Certificates still count.
     */
    readTlsSecrets: z.boolean().default(false),
    /** Warn this many days before a certificate expires. */
    certificateWarnDays: z.number().int().min(1).max(365).default(14),
    slos: z.array(SloConfigSchema).max(200).default([]),
    /** At most this many forecasts in one digest (soonest first). */
    digestLimit: z.number().int().min(1).max(100).default(20),
    /**
     * Label matchers that pick the series of the scrape jobs the forecasts and the cost sentinel
     * (right-sizing, zombie namespaces) trust (see `DEFAULT_SERIES_SELECTORS`).
     */
    seriesSelectors: z
      .strictObject({
        cadvisor: matchers(DEFAULT_SERIES_SELECTORS.cadvisor).default(DEFAULT_SERIES_SELECTORS.cadvisor),
        kubelet: matchers(DEFAULT_SERIES_SELECTORS.kubelet).default(DEFAULT_SERIES_SELECTORS.kubelet),
        kubeStateMetrics: matchers(DEFAULT_SERIES_SELECTORS.kubeStateMetrics).default(
          DEFAULT_SERIES_SELECTORS.kubeStateMetrics,
        ),
      })
      .default(() => ({ ...DEFAULT_SERIES_SELECTORS })),
  }),
);
export type ForecastConfig = z.infer<typeof ForecastConfigSchema>;
export type SeriesSelectors = ForecastConfig['seriesSelectors'];
