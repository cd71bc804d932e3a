import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigSchema,
  type Incident,
  InMemoryNotifier,
  type LoadedConfig,
  ManualClock,
  type Mode,
  parseConfig,
  sequentialIds,
  silentLogger,
} from '@sre-agent/core';
import { createInMemoryState } from '@sre-agent/state';
import { describe, expect, it } from 'vitest';
import { buildAgent } from '../src/compose/build-agent.ts';
import { startSandboxMode } from '../src/runtime/sandbox-mode.ts';
import { runMonitor } from '../src/use-cases/run-monitor.ts';

/**
 * Issue 16's second "done when", through the whole agent on the sandbox with an injected clock:
 * the monitor every simulated minute (forecasts over what the sandbox recorded), the pipeline,
 * policy, dry run and audit, the sandbox's kubelet in between.
 */

const START = new Date('2026-12-02T03:00:00Z');
const MINUTE = 60_000;
const STEP_MS = 10_000;

type Pod = {
  metadata: { name: string; labels?: Record<string, string> };
  status?: {
    containerStatuses?: { lastState?: { terminated?: { reason?: string; finishedAt?: string } } }[];
  };
};
type Deployment = {
  spec: {
    template: { spec: { containers: { name: string; resources?: { limits?: { memory?: string } } }[] } };
  };
};

/** Runs a scenario with the agent for `minutes`, calling `watch` after every step. */
async function runWithAgent(
  scenario: string,
  minutes: number,
  options: {
    mode?: Mode;
    watch?: (sandbox: Awaited<ReturnType<typeof startSandboxMode>>['sandbox'], now: Date) => void;
  } = {},
) {
  const clock = new ManualClock(START);
  const dir = await mkdtemp(join(tmpdir(), 'sre-agent-forecast-'));
  const defaults: LoadedConfig = { config: ConfigSchema.parse({}), source: undefined, secrets: {} };
  const mode = await startSandboxMode({
    loaded: defaults,
    dataDir: dir,
    scenario,
    logger: silentLogger,
    clock,
  });
  try {
    const config = mode.override.loaded.config;
    const loaded: LoadedConfig = options.mode
      ? {
          ...mode.override.loaded,
          config: parseConfig(
            JSON.stringify({
              ...config,
              clusters: config.clusters.map((c) => ({ ...c, defaultMode: options.mode })),
            }),
            'test configuration',
          ),
        }
      : mode.override.loaded;
    const notifications = new InMemoryNotifier();
    const stores = createInMemoryState({ clock });
    const agent = buildAgent({
      loaded,
      stores,
      clusters: mode.override.clusters,
      clock,
      logger: silentLogger,
      ids: sequentialIds(),
      alsoNotify: notifications,
    });
    const deadline = START.getTime() + minutes * MINUTE;
    let sinceMonitor = MINUTE;
    while (clock.now().getTime() < deadline) {
      if (sinceMonitor >= MINUTE) {
        sinceMonitor = 0;
        await runMonitor(agent);
        await agent.localQueue?.drain();
      }
      mode.sandbox.engine.tick(STEP_MS);
      sinceMonitor += STEP_MS;
      options.watch?.(mode.sandbox, clock.now());
    }
    const incidents: Incident[] = await stores.incidents.listRecent({ since: new Date(0), limit: 100 });
    const audit = (await Promise.all(incidents.map((i) => stores.audit.listForIncident(i.id)))).flat();
    return { incidents, notifications: notifications.sent, audit };
  } finally {
    await mode.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const firstOomKill = (pods: Pod[]): string | undefined =>
  pods
    .flatMap((p) => p.status?.containerStatuses ?? [])
    .map((s) => s.lastState?.terminated)
    .find((t) => t?.reason === 'OOMKilled')?.finishedAt;

describe('the proactive observer on the sandbox', () => {
  it('memory-creep in auto: raises the memory limit before the first OOMKill, and the creep never OOMs', {
    timeout: 300_000,
  }, async () => {
    let raisedAt: Date | undefined;
    let oomAt: string | undefined;
    const { incidents, notifications } = await runWithAgent('memory-creep', 3 * 60, {
      watch: (sandbox, now) => {
        const deployment = sandbox.get('Deployment', 'storefront', 'recommender') as unknown as Deployment;
        const limit = deployment.spec.template.spec.containers[0]?.resources?.limits?.memory;
        if (limit !== '512Mi' && !raisedAt) raisedAt = now;
        oomAt ??= firstOomKill(sandbox.list('Pod', 'storefront') as unknown as Pod[]);
      },
    });

    // Without the agent the sandbox OOMKills both replicas 110 minutes in (the sandbox's own test).
    expect(raisedAt).toBeDefined();
    expect((raisedAt?.getTime() ?? 0) - START.getTime()).toBeLessThan(110 * MINUTE);
    expect(oomAt).toBeUndefined();
    const forecast = incidents.filter((i) => i.signal === 'MemoryLimitForecast');
    expect(forecast).toHaveLength(1);
    const [incident] = forecast;
    expect(incident?.status).toBe('resolved');
    expect(incident?.actions.map((a) => [a.action.kind, a.status])).toEqual([
      ['raise-memory-limit', 'succeeded'],
    ]);
    expect(incident?.forecast?.outcome?.verdict).toBe('acted');
    expect(incident?.forecast?.timeToLimitMinutes).toBeGreaterThan(90);
    // The raise was bound against the limit the forecast counted down to, the live 512Mi.
    expect(incident?.forecast?.limitBytes).toBe(512 * 2 ** 20);
    const story = notifications.filter((n) => n.threadKey === incident?.id).map((n) => n.text);
    expect(story[0]).toMatch(
      /I forecast trouble for recommender in storefront .* reaches its limit in about \d+ minutes, before anything has failed/,
    );
    // No other incident: nothing failed.
    expect(incidents.filter((i) => i.signal !== 'MemoryLimitForecast')).toEqual([]);
  });

  it('memory-creep in observe: a warning with the forecast, well before the OOMKill, and nothing changed', {
    timeout: 120_000,
  }, async () => {
    const { incidents, notifications, audit } = await runWithAgent('memory-creep', 30, { mode: 'observe' });

    const [incident] = incidents;
    expect(incidents).toHaveLength(1);
    expect(incident?.signal).toBe('MemoryLimitForecast');
    expect(incident?.status).toBe('observed');
    expect(incident?.closedAt).toBeUndefined();
    const first = notifications.find((n) => n.threadKey === incident?.id);
    expect(first?.severity).toBe('warning');
    expect(first?.text).toMatch(/reaches its limit in about 1\d\d minutes/);
    expect(first?.text).toMatch(/robust slope 3\d(\.\d)? MiB\/h/);
    expect(audit.filter((a) => a.status === 'applied')).toEqual([]);
  });

  it('volume-filling: warns with the time to full and changes nothing', { timeout: 120_000 }, async () => {
    const { incidents, notifications, audit } = await runWithAgent('volume-filling', 10);

    expect(incidents.map((i) => [i.target.kind, i.target.name, i.signal])).toEqual([
      ['StatefulSet', 'ledger-store', 'VolumeFillingForecast'],
    ]);
    expect(incidents[0]?.status).toBe('escalated');
    const text = notifications.map((n) => n.text).join('\n');
    expect(text).toMatch(/pvc data-ledger-store-0 reaches its limit in about \d+ minutes/);
    expect(audit.filter((a) => a.status === 'applied' && a.action.kind !== 'escalate')).toEqual([]);
  });

  it('healthy: never warns over 8 sandbox hours', { timeout: 600_000 }, async () => {
    const { incidents, notifications } = await runWithAgent('healthy', 8 * 60);

    expect(incidents).toEqual([]);
    expect(notifications).toEqual([]);
  });
});
