import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { loadConfig, ValidationError } from '@sre-agent/core';
import {
  PrometheusHttpClient,
  PrometheusUsageMetrics,
  rightsizeCluster,
  rightsizeJson,
  rightsizeTable,
  sigV4Signer,
} from '@sre-agent/cost';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { registerSleepCommands } from './cost-sleep.ts';
import { registerCostZombiesCommand } from './cost-zombies.ts';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `7d`, `36h`, `1w` → seconds; at least one hour, whole hours (the analysis works per hour). */
export function parseWindow(text: string): number {
  const match = /^(\d+)([smhdw])$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : Number.NaN;
  if (!(seconds >= 3600) || seconds % 3600 !== 0 || seconds > 90 * 86_400) {
    throw new ValidationError(
      `--window must be whole hours between 1h and 90d, such as 7d or 36h; got "${text}"`,
    );
  }
  return seconds;
}

/** RFC 3339 (`2026-01-08T00:00:00Z`) or unix seconds (`1767830400`). */
export function parseTime(text: string): Date {
  const trimmed = text.trim();
  const date = /^\d+(\.\d+)?$/.test(trimmed)
    ? new Date(Number(trimmed) * 1000)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(trimmed)
      ? new Date(trimmed)
      : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new ValidationError(`--at must be RFC 3339 (2026-01-08T00:00:00Z) or unix seconds; got "${text}"`);
  }
  return date;
}

function progressBar(done: number, total: number): string {
  const width = 20;
  const filled = Math.round((done / total) * width);
  return `querying Prometheus [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

/** `sre-agent cost rightsize`: right-sizing recommendations from the usage history in Prometheus. */
export function registerCostCommand(cost: Command, io: CliIo): void {
  registerSleepCommands(cost, io);
  registerCostZombiesCommand(cost, io, parseTime);
  cost
    .command('rightsize')
    .description(
      'recommend CPU and memory requests and limits per container from a window of usage in Prometheus',
    )
    .option(
      '--prometheus <url>',
      'Prometheus base URL (default: integrations.prometheus.url from the config)',
    )
    .option(
      '--sigv4-region <region>',
      'sign requests for Amazon Managed Service for Prometheus in this region',
    )
    .option('--at <time>', 'end of the window: RFC 3339 or unix seconds (default: now)')
    .option('--window <duration>', 'how much history to analyse, e.g. 7d or 36h', '7d')
    .option('--namespace <ns>', 'only this namespace')
    .option('--json', 'print {"recommendations": [...]} with Kubernetes quantities')
    .option(
      '--propose <dir>',
      'open the resizes as pull requests against this manifests checkout (GitOps enforcer; local branches without integrations.github)',
    )
    .option('--dry-run', 'with --propose: plan and check the edits, write nothing')
    .action(
      async (options: {
        prometheus?: string;
        sigv4Region?: string;
        at?: string;
        window: string;
        namespace?: string;
        json?: boolean;
        propose?: string;
        dryRun?: boolean;
      }) => {
        const windowSeconds = parseWindow(options.window);
        const end = options.at ? parseTime(options.at) : new Date();
        const config = options.prometheus ? undefined : loadConfig().config;
        const configured = config?.integrations.prometheus;
        const url = options.prometheus ?? configured?.url;
        if (!url) {
          throw new ValidationError(
            'no Prometheus to read usage from: pass --prometheus URL or set integrations.prometheus.url',
          );
        }
        const region = options.sigv4Region ?? configured?.sigv4?.region;
        const client = new PrometheusHttpClient({
          url,
          ...(region ? { signer: sigV4Signer({ region, credentials: defaultProvider() }) } : {}),
        });
        const report = await rightsizeCluster(
          {
            // Only the trusted scrape jobs' series (`forecast.seriesSelectors`; default kube-prometheus-stack's).
            metrics: new PrometheusUsageMetrics(
              client,
              config ? { selectors: config.forecast.seriesSelectors } : {},
            ),
          },
          {
            window: { end, windowSeconds, ...(options.namespace ? { namespace: options.namespace } : {}) },
            ...(options.json ? {} : { onProgress: (done, total) => io.progress?.(progressBar(done, total)) }),
          },
        );
        io.progress?.('');
        if (options.propose) {
          const { proposeRightsizing } = await import('./cost-rightsize-propose.ts');
          await proposeRightsizing(io, report, {
            repo: options.propose,
            dryRun: options.dryRun === true,
            json: options.json === true,
          });
          return;
        }
        io.out(options.json ? JSON.stringify(rightsizeJson(report), null, 2) : rightsizeTable(report));
      },
    );
}
