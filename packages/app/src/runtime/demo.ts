import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigSchema,
  fanOutNotifier,
  type Incident,
  InMemoryNotifier,
  isPage,
  type LoadedConfig,
  type Logger,
  ManualClock,
  type Notifier,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import type { IncidentMemoryPort } from '@sre-agent/healing';
import type { ScenarioDefinitionInput } from '@sre-agent/sandbox';
import { createInMemoryState } from '@sre-agent/state';
import { buildAgent } from '../compose/build-agent.ts';
import {
  type FindingOutcome,
  quarantineDepsFrom,
  quarantineFindings,
} from '../use-cases/quarantine-finding.ts';
import { runMonitor } from '../use-cases/run-monitor.ts';
import { startSandboxMode } from './sandbox-mode.ts';

/** One incident as the demo reports it (the `--json` document's `incidents[]`). */
export type DemoIncident = {
  id: string;
  namespace: string;
  workload: string;
  signal: string;
  diagnosis: { category: string; summary: string; confidence: number } | null;
  actions: { kind: string; params: Record<string, unknown>; status: string }[];
  outcome: 'resolved' | 'escalated' | 'observed' | 'mitigated' | 'open';
  openedAt: string;
  /** When the incident ended (its symptom gone for the verification window); null while open. */
  closedAt: string | null;
  /** 1, or how often the problem has come back after fixes within the recurrence window. */
  occurrence: number;
  notifications: string[];
  /** Notifications of its thread that asked a human to act (an escalation or a proposal). */
  pages: number;
};

/** A runtime threat the scenario reported (GuardDuty) and what the guardian did about it. */
export type DemoQuarantine = {
  finding: string;
  namespace: string;
  pod: string;
  outcome: string;
  reason: string;
};

export type DemoReport = {
  scenario: string;
  incidents: DemoIncident[];
  /** The scenario's runtime threats (crypto-miner) and their quarantines. */
  quarantines: DemoQuarantine[];
  mttrSeconds: number | null;
  /** Notifications that asked a human to act, over the whole run. */
  pages: number;
  /** Pages in the clock hour that had the most (`policy.pagesPerClusterPerHour` bounds it, plus a digest). */
  busiestHourPages: number;
};

export type DemoOptions = {
  /** A built-in sandbox scenario name, or a custom definition (its `name` is reported). */
  scenario: string | ScenarioDefinitionInput;
  /** Each notification as it happens (the terminal story); omitted for `--json`. */
  onNotification?: (line: string) => void;
  /** Simulated minutes before giving up. */
  maxMinutes?: number;
  /** Run exactly this many simulated minutes, whether or not the incidents have ended (`--for`). */
  forMinutes?: number;
  memory?: IncidentMemoryPort;
  logger?: Logger;
  /** Start of simulated time. */
  start?: Date;
  /** Seed of the sandbox's generated names (pod suffixes, uids, IPs); another seed, another occurrence. */
  seed?: number;
};

const STEP_MS = 10_000;
const MONITOR_EVERY_MS = 60_000;

function outcomeOf(incident: Incident): DemoIncident['outcome'] {
  const { status } = incident;
  if (status === 'resolved' || status === 'escalated' || status === 'observed' || status === 'mitigated') {
    return status;
  }
  return 'open';
}

function report(incident: Incident, notifications: InMemoryNotifier): DemoIncident {
  // A problem that came back continues the thread of its first occurrence.
  const thread = notifications.sent.filter((n) => n.threadKey === (incident.recurrenceOf ?? incident.id));
  return {
    id: incident.id,
    namespace: incident.target.namespace,
    workload: incident.target.name,
    signal: incident.signal,
    diagnosis: incident.diagnosis
      ? {
          category: incident.diagnosis.category,
          summary: incident.diagnosis.summary,
          confidence: incident.diagnosis.confidence,
        }
      : null,
    actions: incident.actions.map(({ action, status }) => {
      const { kind, ...params } = action;
      return { kind, params, status };
    }),
    outcome: outcomeOf(incident),
    openedAt: incident.openedAt,
    closedAt: incident.closedAt ?? null,
    occurrence: incident.occurrence,
    notifications: thread.map((n) => n.text),
    pages: thread.filter(isPage).length,
  };
}

/**
 * Runs a sandbox scenario and the agent together on simulated time until every incident is
 * resolved, escalated or observed (or `maxMinutes` pass): the monitor every simulated minute,
 * the sandbox's controllers in between. Deterministic: no wall-clock waits.
 */
export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  const clock = new ManualClock(options.start ?? new Date());
  const logger = options.logger ?? silentLogger;
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-demo-'));
  const defaults: LoadedConfig = { config: ConfigSchema.parse({}), source: undefined, secrets: {} };
  const mode = await startSandboxMode({
    loaded: defaults,
    dataDir: dir,
    scenario: options.scenario,
    logger,
    clock,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  try {
    const recorded = new InMemoryNotifier();
    const pagesPerHour = new Map<string, number>();
    const countPages: Notifier = {
      notify: async (n) => {
        const hour = clock.now().toISOString().slice(0, 13);
        if (isPage(n)) pagesPerHour.set(hour, (pagesPerHour.get(hour) ?? 0) + 1);
      },
    };
    const story = options.onNotification;
    const notifier = story
      ? fanOutNotifier([
          recorded,
          countPages,
          {
            notify: async (n) => story(`[${clock.now().toISOString().slice(11, 19)}] ${n.title}: ${n.text}`),
          },
        ])
      : fanOutNotifier([recorded, countPages]);
    const agent = buildAgent({
      loaded: mode.override.loaded,
      stores: createInMemoryState({ clock }),
      clusters: mode.override.clusters,
      clock,
      logger,
      ids: sequentialIds(),
      ...(options.memory ? { memory: options.memory } : {}),
      alsoNotify: notifier,
    });
    const deadline = clock.now().getTime() + (options.forMinutes ?? options.maxMinutes ?? 60) * 60_000;
    let sinceMonitor = MONITOR_EVERY_MS;
    // GuardDuty's findings arrive through EventBridge: the scenario's come first, then the loop
    // runs until the quarantined pods' replacements had time to start.
    const quarantines: FindingOutcome[] = [];
    for (const event of mode.sandbox.injectRuntimeThreats()) {
      quarantines.push(...(await quarantineFindings(event, quarantineDepsFrom(agent))));
    }
    const settleUntil = quarantines.length > 0 ? clock.now().getTime() + 2 * MONITOR_EVERY_MS : 0;
    let seen = quarantines.length > 0;
    while (clock.now().getTime() < deadline) {
      if (sinceMonitor >= MONITOR_EVERY_MS) {
        sinceMonitor = 0;
        await runMonitor(agent);
        await agent.localQueue?.drain();
        const all = await agent.stores.incidents.listRecent({ since: new Date(0), limit: 100 });
        seen ||= all.length > 0;
        if (
          options.forMinutes === undefined &&
          seen &&
          clock.now().getTime() >= settleUntil &&
          all.every((i) => outcomeOf(i) !== 'open')
        )
          break;
      }
      mode.sandbox.engine.tick(STEP_MS);
      sinceMonitor += STEP_MS;
    }
    const incidents = await agent.stores.incidents.listRecent({ since: new Date(0), limit: 100 });
    const resolved = incidents.filter((i) => i.status === 'resolved' && i.closedAt);
    const mttr =
      resolved.length > 0
        ? resolved.reduce(
            (sum, i) => sum + (Date.parse(i.closedAt ?? i.openedAt) - Date.parse(i.openedAt)),
            0,
          ) /
          resolved.length /
          1000
        : null;
    return {
      scenario: typeof options.scenario === 'string' ? options.scenario : options.scenario.name,
      incidents: incidents.reverse().map((i) => report(i, recorded)),
      quarantines: quarantines.map(({ finding, result }) => ({
        finding: finding?.type ?? 'unparsable finding',
        namespace: finding?.namespace ?? '',
        pod: finding?.pod ?? '',
        outcome: result.kind,
        reason: result.reason,
      })),
      mttrSeconds: mttr === null ? null : Math.round(mttr),
      pages: recorded.sent.filter(isPage).length,
      busiestHourPages: Math.max(0, ...pagesPerHour.values()),
    };
  } finally {
    await mode.close();
    await rm(dir, { recursive: true, force: true });
  }
}
