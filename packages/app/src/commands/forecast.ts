import { type Config, loadConfig, ManualClock, systemClock, ValidationError } from '@sre-agent/core';
import {
  type ClusterForecastReader,
  type ClusterHealthMetrics,
  clusterForecastSources,
  collectForecasts,
  DEFAULT_HORIZONS,
  type Forecast,
  type ForecastHorizons,
  type ForecastMetrics,
  type ForecastSource,
  type ForecastSourceFailure,
  forecastMemoryAndVolumes,
  humanMinutes,
} from '@sre-agent/observer';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { parseTime } from './cost.ts';

/** Minutes of history a forecast reads: a day to tell daily cycles by, and the fit window. */
const WINDOW_MINUTES = 30 * 60;

/**
 * Every forecast of one cluster, soonest first: memory limits, volumes and node disks from
 * `metrics`, and whatever `sources` add (certificates, HPAs, PDBs, SLO burn: one more
 * `ForecastSource` each). A failing source is reported in `failures`; the others still count.
 * @example
 * const { forecasts } = await runForecasts({ metrics, now: clock.now(), sources: [certificates] });
 */
export async function runForecasts(input: {
  metrics: ForecastMetrics;
  now: Date;
  horizons?: Partial<ForecastHorizons>;
  sources?: readonly ForecastSource[];
}): Promise<{ forecasts: Forecast[]; failures: ForecastSourceFailure[] }> {
  const memoryAndVolumes: ForecastSource = {
    name: 'memory and volumes',
    forecast: () =>
      forecastMemoryAndVolumes(input.metrics, {
        window: WINDOW_MINUTES,
        now: input.now,
        horizons: { ...DEFAULT_HORIZONS, ...input.horizons },
      }),
  };
  return collectForecasts([memoryAndVolumes, ...(input.sources ?? [])]);
}

/** Names come from metric labels: no control characters (terminal escapes) reach the terminal. */
function printable(text: string): string {
  return Array.from(text, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '?' : c)).join('');
}

/** One line: when, what, where, and the action proposed. */
export function forecastLine(f: Forecast): string {
  const when =
    f.timeToLimitMinutes === null
      ? 'now (no countdown)'
      : f.timeToLimitMinutes === 0
        ? 'at the limit now'
        : `in ${humanMinutes(f.timeToLimitMinutes)}`;
  const where = f.namespace ? `${f.namespace}/${f.workload}` : f.workload;
  const params = Object.entries(f.action.params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
  const action = f.action.kind === 'warn' ? 'warn' : `${f.action.kind}${params ? ` ${params}` : ''}`;
  return printable(`${when.padEnd(18)} ${f.kind.padEnd(18)} ${where}: ${f.resource} -> ${action}`);
}

type Source = {
  metrics: ForecastMetrics;
  now: Date;
  /** The cluster, for the certificate, HPA and PDB forecasts; restart and SLO ones need `health` too. */
  reader?: ClusterForecastReader;
  health?: ClusterHealthMetrics;
  close(): Promise<void>;
};

/** The first configured cluster's reader, when one is configured. */
async function configuredReader(
  config: Config,
): Promise<{ reader?: ClusterForecastReader; close(): Promise<void> }> {
  const [cluster] = config.clusters;
  if (!cluster) return { close: async () => {} };
  const [{ createClusterAccess }, { createJsonLogger }] = await Promise.all([
    import('@sre-agent/kube'),
    import('@sre-agent/core'),
  ]);
  const access = await createClusterAccess(cluster, {
    clock: systemClock,
    logger: createJsonLogger({ level: 'warn', write: () => {} }),
  });
  return { reader: access.reader, close: () => access.close() };
}

/** Prometheus from the flag or the config (SigV4-signed for Amazon Managed Service for Prometheus). */
async function prometheusSource(
  url: string,
  region: string | undefined,
  at: Date | undefined,
  config: Config,
  warn: (warning: string) => void,
): Promise<Source> {
  const [
    { PrometheusHttpClient, sigV4Signer },
    { PrometheusForecastMetrics, PrometheusClusterHealthMetrics },
  ] = await Promise.all([import('@sre-agent/cost'), import('@sre-agent/observer')]);
  const signer = region
    ? sigV4Signer({
        region,
        credentials: (await import('@aws-sdk/credential-provider-node')).defaultProvider(),
      })
    : undefined;
  const client = new PrometheusHttpClient({ url, ...(signer ? { signer } : {}) });
  const cluster = await configuredReader(config);
  return {
    metrics: new PrometheusForecastMetrics(client, {
      selectors: config.forecast.seriesSelectors,
      onUnmatched: warn,
    }),
    health: new PrometheusClusterHealthMetrics(client, { selectors: config.forecast.seriesSelectors }),
    now: at ?? new Date(),
    ...(cluster.reader ? { reader: cluster.reader } : {}),
    close: () => cluster.close(),
  };
}

/** The sandbox and what it recorded as its containers ran, when no Prometheus is configured. */
async function sandboxSource(scenario: string): Promise<Source> {
  const [
    { startSandbox },
    { EmbeddedForecastMetrics },
    { createClusterAccessFromKubeconfig },
    { createJsonLogger },
  ] = await Promise.all([
    import('@sre-agent/sandbox'),
    import('@sre-agent/observer'),
    import('@sre-agent/kube'),
    import('@sre-agent/core'),
  ]);
  const sandbox = await startSandbox({ scenario });
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock: systemClock, logger: createJsonLogger({ level: 'warn', write: () => {} }) },
  );
  return {
    metrics: new EmbeddedForecastMetrics(sandbox.metrics),
    now: new Date(sandbox.engine.now()),
    reader: access.reader,
    close: async () => {
      await access.close();
      await sandbox.close();
    },
  };
}

type ForecastOptions = {
  prometheus?: string;
  sigv4Region?: string;
  at?: string;
  scenario: string;
  memoryHorizon?: string;
  json?: boolean;
};

function parseHours(text: string): number {
  const hours = Number(text);
  if (!(hours > 0 && hours <= 24 * 14))
    throw new ValidationError(`--memory-horizon must be a number of hours from 0 to 336; got "${text}"`);
  return hours * 60;
}

/** `sre-agent forecast`: problems seen coming (memory limits, full volumes and disks), soonest first. */
export function registerForecastCommand(forecast: Command, io: CliIo): void {
  forecast
    .description(
      'forecast memory limits, full volumes and node disks from the usage trend, expiring certificates, HPAs at max, drain-blocking PDBs, rising restarts and SLO burn (the sandbox when no Prometheus is configured)',
    )
    .option(
      '--prometheus <url>',
      'Prometheus base URL (default: integrations.prometheus.url from the config)',
    )
    .option(
      '--sigv4-region <region>',
      'sign requests for Amazon Managed Service for Prometheus in this region',
    )
    .option('--at <time>', 'forecast as of this moment: RFC 3339 or unix seconds (default: now)')
    .option('--memory-horizon <hours>', 'warn about memory limits reached within this many hours', '6')
    .option('--scenario <name>', 'with no Prometheus: the sandbox scenario to forecast', 'memory-creep')
    .option(
      '--json',
      'print {"forecasts": [{kind, namespace, workload, resource, timeToLimitMinutes, evidence, action}]}',
    )
    .action(async (options: ForecastOptions) => {
      const memoryMinutes = parseHours(options.memoryHorizon ?? '6');
      const at = options.at ? parseTime(options.at) : undefined;
      const { config } = loadConfig();
      const url = options.prometheus ?? config.integrations.prometheus?.url;
      const region = options.sigv4Region ?? config.integrations.prometheus?.sigv4?.region;
      const source = url
        ? await prometheusSource(url, region, at, config, (warning) => io.err(warning))
        : await sandboxSource(options.scenario);
      try {
        const now = at ?? source.now;
        const { reader } = source;
        const { forecasts, failures } = await runForecasts({
          metrics: source.metrics,
          now,
          horizons: { memoryMinutes },
          sources: reader
            ? clusterForecastSources(
                { reader, health: source.health, clock: new ManualClock(now) },
                {
                  readTlsSecrets: config.forecast.readTlsSecrets,
                  certificateWarnDays: config.forecast.certificateWarnDays,
                  slos: config.forecast.slos,
                },
              )
            : [],
        });
        for (const f of failures) io.err(`forecast source "${f.source}" failed: ${f.error}`);
        if (options.json) io.out(JSON.stringify({ forecasts }, null, 2));
        else io.out(forecasts.length === 0 ? 'no forecasts' : forecasts.map(forecastLine).join('\n'));
      } finally {
        await source.close();
      }
    });
}
