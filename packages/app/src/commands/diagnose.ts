import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Clock,
  type Config,
  loadConfig,
  ManualClock,
  NotFoundError,
  redactText,
  silentLogger,
  systemClock,
  ValidationError,
} from '@sre-agent/core';
import type { OnDemandDiagnosis, OnDemandTarget } from '@sre-agent/healing';
import type { ClusterReader } from '@sre-agent/kube';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { formatDiagnoses } from './diagnose-format.ts';

type DiagnoseOptions = {
  dump?: string;
  json?: boolean;
  cluster?: string;
  scenario: string;
  alert?: string[];
};

/** The most alerts an incident carries, and the most characters of each (as `Incident.alerts` bounds them). */
const MAX_ALERTS = 3;
const MAX_ALERT_CHARS = 2_000;
const MAX_ALERT_NAME = 256;

/**
 * Alerts pasted on the command line (`--alert 'KafkaConsumerLag: group orders lag 182k and rising'`),
 * as an incident would carry them: the name before the first `: ` (or `pasted`), the words after it,
 * redacted whole and then bounded. Only for one workload: an alert is about something.
 */
export function parsePastedAlerts(
  texts: readonly string[],
  target: OnDemandTarget,
  now: Date,
): NonNullable<Extract<OnDemandTarget, { kind: 'workload' }>['alerts']> {
  if (texts.length === 0) return [];
  if (target.kind !== 'workload')
    throw new ValidationError('--alert needs one workload to be about: give <namespace>/<workload>');
  if (texts.length > MAX_ALERTS) throw new ValidationError(`at most ${MAX_ALERTS} --alert options`);
  return texts.map((raw) => {
    const colon = raw.indexOf(': ');
    const named = colon > 0 && colon <= 128 && !raw.slice(0, colon).includes(' ');
    const words = redactText((named ? raw.slice(colon + 2) : raw).trim());
    if (!words) throw new ValidationError('an --alert has no words after its name');
    return {
      name: (named ? redactText(raw.slice(0, colon)) : 'pasted').slice(0, MAX_ALERT_NAME),
      text: words.slice(0, MAX_ALERT_CHARS),
      firedAt: now.toISOString(),
    };
  });
}

/** A DNS subdomain or label as Kubernetes names objects; checked without a regex. */
function isName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  for (const c of name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '.')) return false;
  }
  return true;
}

/** `<namespace>/<workload>`, `node/<name>`, or nothing (every failing workload and node). */
export function parseDiagnoseTarget(text: string | undefined): OnDemandTarget {
  if (text === undefined) return { kind: 'all' };
  const parts = text.split('/');
  const [first, second] = parts;
  if (parts.length !== 2 || !first || !second || !isName(first) || !isName(second))
    throw new ValidationError(
      `bad target "${text.slice(0, 80)}": expected <namespace>/<workload> or node/<name> (lower-case Kubernetes names)`,
    );
  return first === 'node'
    ? { kind: 'node', name: second }
    : { kind: 'workload', namespace: first, name: second };
}

async function run(
  reader: ClusterReader,
  config: Config,
  clock: Clock,
  target: OnDemandTarget,
): Promise<OnDemandDiagnosis[]> {
  const { diagnoseOnDemand } = await import('@sre-agent/healing');
  // The local incident memory, when there is one: never created by a diagnosis.
  const dir = join(config.state.dataDir, 'memory');
  const memory = existsSync(dir)
    ? (await (await import('@sre-agent/memory')).openLocalIncidentMemory({ dir, clock })).memory
    : undefined;
  return diagnoseOnDemand({ reader, config, clock, memory }, target);
}

/**
 * `sre-agent diagnose [<namespace>/<workload> | node/<name>] [--dump DIR] [--json]`: what is wrong
 * and what the agent would do under the current policy, changing nothing; against the configured
 * cluster (the sandbox when none is) or offline from a `kubectl cluster-info dump` directory.
 */
export function registerDiagnoseCommand(diagnose: Command, io: CliIo): void {
  diagnose
    .argument('[target]', '<namespace>/<workload> or node/<name>; default: every failing workload and node')
    .option(
      '--dump <dir>',
      'diagnose offline from the directory `kubectl cluster-info dump --output-directory` wrote',
    )
    .option(
      '--json',
      'print {"diagnoses": [{namespace, workload, kind, signal, diagnosis: {category, summary, confidence}, actions: [{kind, params}], evidence: [{source, text}]}]}',
    )
    .option('--cluster <name>', 'the configured cluster to diagnose (default: the first one)')
    .option('--scenario <name>', 'with no cluster configured: the sandbox scenario to diagnose', 'oom-kill')
    .option(
      '--alert <text>',
      "an Alertmanager alert about the workload, as 'AlertName: summary and description' (up to 3), weighed as an incident would weigh it",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (targetText: string | undefined, options: DiagnoseOptions) => {
      const asked = parseDiagnoseTarget(targetText);
      const withAlerts = (now: Date): OnDemandTarget => {
        const alerts = parsePastedAlerts(options.alert ?? [], asked, now);
        return asked.kind === 'workload' && alerts.length ? { ...asked, alerts } : asked;
      };
      // Bad alerts fail before any cluster or sandbox is touched.
      const target = withAlerts(systemClock.now());
      // The policy (allowlist, modes) is the configured one, dump or not.
      const { config } = loadConfig();
      const print = (scope: string, now: Date, found: OnDemandDiagnosis[]) => {
        if (options.json) io.out(JSON.stringify({ diagnoses: found.map((d) => d.report) }));
        else for (const line of formatDiagnoses(scope, now, found)) io.out(line);
      };
      if (options.dump) {
        const { openClusterDump } = await import('@sre-agent/kube');
        const reader = await openClusterDump(options.dump);
        // A dump has no clock: its newest event or heartbeat is "now".
        const clock = new ManualClock(reader.now ?? systemClock.now());
        print(
          `the dump ${options.dump}`,
          clock.now(),
          await run(reader, config, clock, withAlerts(clock.now())),
        );
        return;
      }
      const { createClusterAccess, createClusterAccessFromKubeconfig } = await import('@sre-agent/kube');
      const deps = { clock: systemClock, logger: silentLogger };
      if (config.clusters.length === 0) {
        const { startSandbox } = await import('@sre-agent/sandbox');
        const sandbox = await startSandbox({ scenario: options.scenario });
        const access = createClusterAccessFromKubeconfig(
          { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
          deps,
        );
        try {
          const clock: Clock = { now: () => sandbox.engine.now(), sleep: systemClock.sleep };
          print(
            `the sandbox (scenario ${sandbox.scenario.name})`,
            clock.now(),
            await run(access.reader, config, clock, target),
          );
        } finally {
          await access.close();
          await sandbox.close();
        }
        return;
      }
      const cluster = options.cluster
        ? config.clusters.find((c) => c.name === options.cluster)
        : config.clusters[0];
      if (!cluster) throw new NotFoundError(`no configured cluster is named "${options.cluster}"`);
      const access = await createClusterAccess(cluster, deps);
      try {
        print(
          `cluster ${cluster.name}`,
          systemClock.now(),
          await run(access.reader, config, systemClock, target),
        );
      } finally {
        await access.close();
      }
    });
}
