import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Clock, ConfigSchema, ManualClock } from '@sre-agent/core';
import { openClusterDump, type Pod } from '@sre-agent/kube';
import { type ActionKind, ActionKindSchema } from '../../src/actions/registry.ts';
import type { Evidence } from '../../src/diagnosis/evidence/index.ts';
import { diagnoseOnDemand } from '../../src/on-demand/diagnose-on-demand.ts';
import { createCatalogDiagnoser } from '../../src/pipeline/catalog-diagnoser.ts';
import type { Diagnoser } from '../../src/ports.ts';
import type { HeldOutCase } from './case.ts';
import { clusterFor, currentLogOwner, HELD_OUT_NAMESPACE, heldOutAlerts, logOwner } from './run.ts';

const ALL_ACTIONS: readonly ActionKind[] = ActionKindSchema.options;

/**
 * A list as kubectl prints it (`json.MarshalIndent(list, "", "    ")`, as a real kubectl dump of the
 * sandbox shows): the list's kind, apiVersion and resourceVersion, each item with its own kind and
 * apiVersion, times in RFC 3339 without fractions.
 */
function kubectlList(kind: string, apiVersion: string, items: readonly unknown[]): string {
  const typed = items.map((item) => ({ kind: kind.replace(/List$/, ''), apiVersion, ...(item as object) }));
  return `${JSON.stringify(
    { kind, apiVersion, metadata: { resourceVersion: '4242' }, items: typed },
    function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? raw.toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
    },
    4,
  )}\n`;
}

type Status = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/**
 * What `kubectl logs <pod> -c <container>` (no `--previous`) returns, as the dump writes it: a
 * running or terminated container's own log; for a container waiting to restart, the kubelet
 * serves its last terminated instance's log; a container that never started has no log, and the
 * API answers with an error kubectl writes in its place. The case's previous log of a container
 * that runs again is lost: `cluster-info dump` never asks for `--previous`.
 */
function servedLog(
  c: HeldOutCase,
  status: Status | undefined,
  role: 'owner' | 'sibling' | undefined,
  pod: string,
): string {
  const waiting = status?.state?.waiting;
  const started = status?.lastState?.terminated !== undefined || (status?.restartCount ?? 0) > 0;
  if (waiting && !started)
    return `Request log error: container "${status?.name}" in pod "${pod}" is waiting to start: ${waiting.reason ?? 'ContainerCreating'}\n`;
  if (role === undefined) return '';
  const text = role === 'sibling' ? c.currentLog : waiting ? (c.previousLog ?? c.currentLog) : c.currentLog;
  if (text === undefined || text === '') return '';
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * Writes one held-out case as `kubectl cluster-info dump --output-directory DIR --namespaces prod`
 * writes it (kubectl's `cluster-info dump`: `nodes.json`; per namespace `events.json`,
 * `replication-controllers.json`, `services.json`, `daemonsets.json`, `deployments.json`,
 * `replicasets.json`, `pods.json`; per pod `<pod>/logs.txt` with every container's current log,
 * init containers first, between kubectl's START and END markers). The objects are the ones
 * {@link clusterFor} builds, so both paths read the same cluster. Returns the failing pod's name.
 */
export async function writeHeldOutDump(
  c: HeldOutCase,
  dir: string,
  options: {
    /**
     * Also `<pod>/logs-<container>-previous.txt`, what `kubectl logs --previous` prints, for a
     * container that runs again after a restart (a support bundle can add it; kubectl's dump does not).
     */
    previousLogs?: boolean;
  } = {},
): Promise<{ pod: string }> {
  const { cluster, pod } = clusterFor(c);
  const o = cluster.objects;
  const ns = HELD_OUT_NAMESPACE;
  const inNs = <T extends { metadata?: { namespace?: string } }>(items: readonly T[]) =>
    items.filter((i) => (i.metadata?.namespace ?? ns) === ns);
  await mkdir(join(dir, ns), { recursive: true });
  await writeFile(join(dir, 'nodes.json'), kubectlList('NodeList', 'v1', o.nodes));
  const files: [string, string, string, readonly unknown[]][] = [
    ['events', 'EventList', 'v1', inNs(o.events)],
    ['replication-controllers', 'ReplicationControllerList', 'v1', []],
    ['services', 'ServiceList', 'v1', []],
    ['daemonsets', 'DaemonSetList', 'apps/v1', inNs(o.daemonSets)],
    ['deployments', 'DeploymentList', 'apps/v1', inNs(o.deployments)],
    ['replicasets', 'ReplicaSetList', 'apps/v1', inNs(o.replicaSets)],
    ['pods', 'PodList', 'v1', inNs(o.pods)],
  ];
  for (const [file, kind, apiVersion, items] of files)
    await writeFile(join(dir, ns, `${file}.json`), kubectlList(kind, apiVersion, items));
  const owner = logOwner(c);
  const sibling = currentLogOwner(c, owner);
  for (const p of inNs(o.pods)) {
    const name = p.metadata?.name ?? '';
    const statuses = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
    let text = '';
    for (const container of [...(p.spec?.initContainers ?? []), ...(p.spec?.containers ?? [])]) {
      const status = statuses.find((s) => s.name === container.name);
      const marker = `container ${container.name} of pod ${ns}/${name} ====\n`;
      text += `==== START logs for ${marker}`;
      const role =
        name !== pod
          ? undefined
          : container.name === owner
            ? 'owner'
            : container.name === sibling
              ? 'sibling'
              : undefined;
      text += servedLog(c, status, role, name);
      text += `==== END logs for ${marker}`;
    }
    await mkdir(join(dir, ns, name), { recursive: true });
    await writeFile(join(dir, ns, name, 'logs.txt'), text);
    const ownerStatus = statuses.find((s) => s.name === owner);
    if (options.previousLogs && name === pod && c.previousLog && !ownerStatus?.state?.waiting)
      await writeFile(join(dir, ns, name, `logs-${owner}-previous.txt`), `${c.previousLog}\n`);
  }
  return { pod };
}

export type DumpPathResult = {
  /** The best catalog pattern, or undefined when none matched. */
  pattern: string | undefined;
  /** The first action `diagnose --dump --json` reports (escalate when it plans none). */
  action: ActionKind;
  /** The signal the monitor's detectors gave the workload (or `Alert` when none flagged it). */
  signal: string;
  /** What the report lists as not read (e.g. a previous log the dump lacks). */
  gaps: string;
  /** The evidence the diagnosis read, redacted. */
  evidence: Evidence | undefined;
};

/**
 * The dump path of `sre-agent diagnose prod/<case> --dump DIR --json`: the dump opened offline, its
 * newest event or heartbeat as "now", the on-demand diagnosis with every catalog action allowed
 * (as the held-out bench allows them), the best pattern read off the catalog diagnoser.
 */
export async function diagnoseHeldOutDump(c: HeldOutCase, dir: string): Promise<DumpPathResult> {
  const reader = await openClusterDump(dir);
  const clock: Clock = new ManualClock(reader.now ?? new Date('2026-02-11T08:30:00Z'));
  const inner = createCatalogDiagnoser({ clock, allowedActions: ALL_ACTIONS });
  let pattern: string | undefined;
  let evidence: Evidence | undefined;
  const diagnoser: Diagnoser = {
    async diagnose(r, incident, recall) {
      const result = await inner.diagnose(r, incident, recall);
      pattern = result.diagnosis.patternId;
      evidence = result.gathered;
      return result;
    },
  };
  const config = ConfigSchema.parse({ policy: { allowedActions: [...ALL_ACTIONS] } });
  const [found] = await diagnoseOnDemand(
    { reader, config, clock, diagnoser },
    { kind: 'workload', namespace: HELD_OUT_NAMESPACE, name: c.id, alerts: heldOutAlerts(c) },
  );
  const first = found?.report.actions[0]?.kind;
  const parsed = ActionKindSchema.safeParse(first);
  return {
    pattern,
    action: parsed.success ? parsed.data : 'escalate',
    signal: found?.report.signal ?? 'none',
    gaps: found?.report.evidence.find((e) => e.source === 'gaps')?.text ?? '',
    evidence,
  };
}
