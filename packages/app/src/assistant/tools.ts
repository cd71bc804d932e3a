import type { Clock, Config } from '@sre-agent/core';
import { redactText } from '@sre-agent/core';
import { diagnoseOnDemand, type IncidentMemoryPort } from '@sre-agent/healing';
import type { ClusterReader } from '@sre-agent/kube';
import type { AuditTrail, IncidentStore } from '@sre-agent/state';
import * as z from 'zod';
import { DNS_LABEL, DNS_SUBDOMAIN } from '../use-cases/kube-names.ts';
import { crossNamespaceUse, NAMESPACE_LABELS } from './promql-guard.ts';
import { describeObject, eventTime, summariseEvent, summariseListed } from './summarise-objects.ts';

/** Bounds of one query: evaluation time on the server, and the size of the answer read back. */
export type PrometheusQueryLimits = { timeoutSeconds?: number; maxResponseBytes?: number };

/** Prometheus as the assistant queries it: instant queries only (cost's `PrometheusHttpClient` fits). */
export type PrometheusQuerier = {
  instant(
    query: string,
    time: Date,
    limits?: PrometheusQueryLimits,
  ): Promise<{ labels: Record<string, string>; value: number }[]>;
};

/** A model-written query is evaluated for at most 10 s and answers at most 256 kB. */
const PROMETHEUS_LIMITS: PrometheusQueryLimits = { timeoutSeconds: 10, maxResponseBytes: 256_000 };

/** What the assistant's tools read: the cluster (read-only), the state stores, memory and metrics. */
export type AssistantDeps = {
  reader: ClusterReader;
  config: Config;
  clock: Clock;
  incidents: Pick<IncidentStore, 'listRecent'>;
  audit: Pick<AuditTrail, 'listForIncident'>;
  memory?: IncidentMemoryPort | undefined;
  prometheus?: PrometheusQuerier | undefined;
};

/** A tool refused its input (denylisted namespace, object not found): said to the model as a tool error. */
export class ToolRefusal extends Error {}

const Namespace = z.string().max(63).regex(DNS_LABEL, 'a Kubernetes namespace name');
const Name = z.string().max(253).regex(DNS_SUBDOMAIN, 'a Kubernetes object name');
const ContainerName = z.string().max(63).regex(DNS_LABEL, 'a container name');

const LISTABLE = [
  'pods',
  'deployments',
  'statefulsets',
  'daemonsets',
  'replicasets',
  'jobs',
  'cronjobs',
  'services',
  'nodes',
  'namespaces',
] as const;
const DESCRIBABLE = ['pod', 'deployment', 'statefulset', 'daemonset', 'replicaset', 'node'] as const;

function refuseDenied(deps: AssistantDeps, namespace: string | undefined): void {
  if (namespace && deps.config.policy.denyNamespaces.includes(namespace))
    throw new ToolRefusal(
      `namespace ${namespace} is outside what the agent may look at (policy.denyNamespaces)`,
    );
}

const denied = (deps: AssistantDeps) => (ns: string | undefined) =>
  ns !== undefined && deps.config.policy.denyNamespaces.includes(ns);

async function listObjects(deps: AssistantDeps, kind: (typeof LISTABLE)[number], namespace?: string) {
  const r = deps.reader;
  const opts = namespace ? { namespace } : {};
  switch (kind) {
    case 'pods':
      return r.listPods(opts);
    case 'deployments':
      return r.listDeployments(opts);
    case 'statefulsets':
      return r.listStatefulSets(opts);
    case 'daemonsets':
      return r.listDaemonSets(opts);
    case 'replicasets':
      return r.listReplicaSets(opts);
    case 'jobs':
      return r.listJobs(opts);
    case 'cronjobs':
      return r.listCronJobs(opts);
    case 'services':
      return r.listServices(opts);
    case 'nodes':
      return r.listNodes();
    case 'namespaces':
      return r.listNamespaces();
  }
}

async function getObject(deps: AssistantDeps, kind: (typeof DESCRIBABLE)[number], ns: string, name: string) {
  const r = deps.reader;
  switch (kind) {
    case 'pod':
      return r.getPod(ns, name);
    case 'deployment':
      return r.getDeployment(ns, name);
    case 'statefulset':
      return r.getStatefulSet(ns, name);
    case 'daemonset':
      return r.getDaemonSet(ns, name);
    case 'replicaset':
      return r.getReplicaSet(ns, name);
    case 'node':
      return r.getNode(name);
  }
}

/** Log lines a `pod_logs` result carries at most, and their characters: under the loop's bounds. */
const LOG_RESULT_LINES = 100;
const LOG_RESULT_CHARS = 6000;

/** The last lines of `lines`, at most `maxLines` of them and `maxChars` characters in all. */
function newestLines(lines: readonly string[], maxLines: number, maxChars: number): string[] {
  const kept: string[] = [];
  let chars = 0;
  for (let i = lines.length - 1; i >= 0 && kept.length < maxLines; i--) {
    const line = lines[i] ?? '';
    chars += JSON.stringify(line).length + 1;
    if (chars > maxChars && kept.length > 0) break;
    kept.push(line);
  }
  return kept.reverse();
}

type ToolSpec<S extends z.ZodType> = {
  description: string;
  input: S;
  /** Present only when the tool can work with this configuration (Prometheus, memory). */
  available?: (deps: AssistantDeps) => boolean;
  run(deps: AssistantDeps, input: z.infer<S>): Promise<unknown>;
};
const tool = <S extends z.ZodType>(spec: ToolSpec<S>) => spec;

/**
 * Every tool the assistant may call, all read-only: there is no writing tool, and a name not in
 * this registry is refused. Inputs are strict zod schemas (Kubernetes names only); namespaces in
 * `policy.denyNamespaces` are refused. Results are raw here; the loop sanitises and bounds them.
 */
export const ASSISTANT_TOOLS = {
  list_objects: tool({
    description:
      'List objects of one kind (like kubectl get), in one namespace or all namespaces, with their status.',
    input: z.strictObject({ kind: z.enum(LISTABLE), namespace: Namespace.optional() }),
    async run(deps, { kind, namespace }) {
      refuseDenied(deps, namespace);
      const isDenied = denied(deps);
      const items = (await listObjects(deps, kind, namespace)) as {
        metadata?: { name?: string; namespace?: string };
      }[];
      const visible = items.filter((o) =>
        kind === 'namespaces' ? !isDenied(o.metadata?.name) : !isDenied(o.metadata?.namespace),
      );
      return {
        kind,
        count: visible.length,
        items: visible.slice(0, 100).map((o) => summariseListed(kind, o)),
      };
    },
  }),
  describe_object: tool({
    description:
      'Describe one object (like kubectl describe, without env values or secrets): spec, status, conditions, owners.',
    input: z.strictObject({ kind: z.enum(DESCRIBABLE), namespace: Namespace.optional(), name: Name }),
    async run(deps, { kind, namespace, name }) {
      if (kind !== 'node' && !namespace) throw new ToolRefusal(`a ${kind} needs a namespace`);
      refuseDenied(deps, namespace);
      const found = await getObject(deps, kind, namespace ?? '', name);
      if (!found) throw new ToolRefusal(`no ${kind} ${namespace ? `${namespace}/` : ''}${name}`);
      return describeObject(kind, found);
    },
  }),
  pod_logs: tool({
    description:
      "A pod container's recent log lines (previous: the last terminated container's log, as kubectl logs --previous).",
    input: z.strictObject({
      namespace: Namespace,
      pod: Name,
      container: ContainerName.optional(),
      previous: z.boolean().optional(),
      tailLines: z.number().int().min(1).max(500).optional(),
    }),
    async run(deps, { namespace, pod, container, previous, tailLines }) {
      refuseDenied(deps, namespace);
      const log = await deps.reader.readPodLog(namespace, pod, {
        ...(container ? { container } : {}),
        previous: previous ?? false,
        tailLines: tailLines ?? 100,
        limitBytes: 64_000,
      });
      if (log === undefined) throw new ToolRefusal(`no log for ${namespace}/${pod}`);
      // Redacted whole: a secret may span lines (a PEM key's BEGIN, body and END). Then the newest
      // lines are kept (the crash is at the end), within what the loop's bounds let through.
      const lines = redactText(log).split('\n');
      if (lines.at(-1) === '') lines.pop();
      const kept = newestLines(lines, LOG_RESULT_LINES, LOG_RESULT_CHARS);
      return {
        pod: `${namespace}/${pod}`,
        previous: previous ?? false,
        ...(kept.length < lines.length ? { olderLinesOmitted: lines.length - kept.length } : {}),
        lines: kept,
      };
    },
  }),
  events: tool({
    description: 'Recent Kubernetes events in a namespace, newest first, optionally about one object name.',
    input: z.strictObject({ namespace: Namespace, name: Name.optional() }),
    async run(deps, { namespace, name }) {
      refuseDenied(deps, namespace);
      const all = await deps.reader.listEvents({ namespace });
      const about = name ? all.filter((e) => e.involvedObject?.name?.startsWith(name)) : all;
      const newest = about.sort((a, b) => eventTime(b) - eventTime(a)).slice(0, 50);
      return { namespace, count: about.length, events: newest.map(summariseEvent) };
    },
  }),
  diagnose_workload: tool({
    description:
      "Run the agent's own read-only diagnosis of one workload (catalog patterns, evidence) and what its policy would do; changes nothing.",
    input: z.strictObject({ namespace: Namespace, workload: Name }),
    async run(deps, { namespace, workload }) {
      refuseDenied(deps, namespace);
      const found = await diagnoseOnDemand(
        { reader: deps.reader, config: deps.config, clock: deps.clock, memory: deps.memory },
        { kind: 'workload', namespace, name: workload },
      );
      return found.map((d) => ({ ...d.report, policy: d.verdicts.map((v) => v.verdict) }));
    },
  }),
  prometheus_query: tool({
    description:
      'An instant PromQL query at the current time against the configured Prometheus. Only series with a namespace label are shown: aggregate with sum by (namespace, ...).',
    input: z.strictObject({ query: z.string().min(1).max(500) }),
    available: (deps) => deps.prometheus !== undefined,
    async run(deps, { query }) {
      const deny = deps.config.policy.denyNamespaces;
      for (const ns of deny)
        if (query.includes(ns)) throw new ToolRefusal(`the query names namespace ${ns}, which is denylisted`);
      const crossing = deny.length > 0 ? crossNamespaceUse(query) : undefined;
      const isDenied = denied(deps);
      if (crossing) throw new ToolRefusal(crossing);
      const samples = (await deps.prometheus?.instant(query, deps.clock.now(), PROMETHEUS_LIMITS)) ?? [];
      // With a denylist, a sample is shown only when it says which namespace it is from, and that
      // one is allowed: an aggregate without `namespace` may sum a denylisted namespace's series.
      const visible =
        deny.length === 0
          ? samples
          : samples.filter(
              (s) =>
                s.labels.namespace !== undefined &&
                NAMESPACE_LABELS.every((label) => !isDenied(s.labels[label])),
            );
      const withheld = samples.length - visible.length;
      return {
        query,
        count: visible.length,
        ...(withheld > 0
          ? { withheld, why: 'series without a namespace label or in a denylisted namespace are not shown' }
          : {}),
        samples: visible.slice(0, 50),
      };
    },
  }),
  memory_search: tool({
    description:
      'Search the incident memory for past incidents like a log excerpt or error text, with what fixed them.',
    input: z.strictObject({
      text: z.string().min(1).max(2000),
      namespace: Namespace.optional(),
      workload: Name.optional(),
    }),
    available: (deps) => deps.memory !== undefined,
    async run(deps, { text, namespace, workload }) {
      refuseDenied(deps, namespace);
      const found =
        (await deps.memory?.recall({
          cluster: deps.reader.cluster,
          namespace: namespace ?? '',
          workload: workload ?? '',
          signal: 'Alert',
          log: text,
        })) ?? [];
      return found.slice(0, 5).map((m) => ({
        id: m.id,
        similarity: Number(m.score.toFixed(3)),
        when: m.at,
        diagnosis: m.diagnosis,
        fix: m.action?.kind ?? m.description,
        worked: m.succeeded,
        failed: m.failed,
      }));
    },
  }),
  recent_incidents: tool({
    description:
      "The agent's incidents opened in the last hours (default 24): target, status, diagnosis, actions.",
    input: z.strictObject({
      hours: z.number().int().min(1).max(168).optional(),
      namespace: Namespace.optional(),
    }),
    async run(deps, { hours, namespace }) {
      refuseDenied(deps, namespace);
      const since = new Date(deps.clock.now().getTime() - (hours ?? 24) * 3_600_000);
      const found = await deps.incidents.listRecent({ since, limit: 50 });
      const isDenied = denied(deps);
      return found
        .filter((i) => (!namespace || i.target.namespace === namespace) && !isDenied(i.target.namespace))
        .map((i) => ({
          id: i.id,
          target: `${i.target.namespace}/${i.target.kind}/${i.target.name}`,
          signal: i.signal,
          status: i.status,
          openedAt: i.openedAt,
          closedAt: i.closedAt,
          diagnosis: i.diagnosis?.summary,
          actions: i.actions.map((a) => ({ id: a.id, kind: a.action.kind, status: a.status })),
        }));
    },
  }),
  audit_trail: tool({
    description:
      'The audit trail of one incident: every action the agent took, proposed or refused, by whom and with what result.',
    input: z.strictObject({
      incidentId: z
        .string()
        .min(1)
        .max(128)
        .regex(/^[A-Za-z0-9._:#-]+$/),
    }),
    async run(deps, { incidentId }) {
      const isDenied = denied(deps);
      const records = (await deps.audit.listForIncident(incidentId)).filter((r) => !isDenied(r.namespace));
      return records.slice(0, 50).map((r) => ({
        at: r.at,
        action: r.action.kind,
        actor: r.actor,
        status: r.status,
        reason: r.reason,
        result: r.result,
        workload: `${r.namespace}/${r.workload}`,
      }));
    },
  }),
} as const;

export type AssistantToolName = keyof typeof ASSISTANT_TOOLS;

const NAMES = Object.keys(ASSISTANT_TOOLS) as AssistantToolName[];

/** The tools this configuration offers (Prometheus and memory only when there is one). */
export function availableTools(deps: AssistantDeps): AssistantToolName[] {
  return NAMES.filter((n) => {
    const spec: { available?: (d: AssistantDeps) => boolean } = ASSISTANT_TOOLS[n];
    return spec.available ? spec.available(deps) : true;
  });
}

/** Converse `toolSpec`s: name, description and the JSON schema of the zod input. */
export function toolSpecs(names: readonly AssistantToolName[]) {
  return names.map((name) => {
    const json = z.toJSONSchema(ASSISTANT_TOOLS[name].input, { io: 'input' }) as Record<string, unknown>;
    delete json.$schema;
    return { toolSpec: { name, description: ASSISTANT_TOOLS[name].description, inputSchema: { json } } };
  });
}

export type ToolOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Runs one tool call the model asked for, refusing anything not offered, and any input that does
 * not parse. Infrastructure errors become tool errors too: the model may try something else.
 */
export async function runTool(
  deps: AssistantDeps,
  offered: readonly AssistantToolName[],
  name: string,
  input: unknown,
): Promise<ToolOutcome> {
  const known = offered.find((n) => n === name);
  if (!known) {
    return {
      ok: false,
      error: `unknown tool "${safeName(name)}": the only tools are ${offered.join(', ')}, all read-only`,
    };
  }
  const spec = ASSISTANT_TOOLS[known] as ToolSpec<z.ZodType>;
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    const why = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: `invalid input for ${known}: ${why.slice(0, 300)}` };
  }
  try {
    return { ok: true, value: await spec.run(deps, parsed.data) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: redactText(message).slice(0, 300) };
  }
}

/** A model-chosen name echoed back: letters, digits, `_` and `-` only, bounded. */
export function safeName(name: string): string {
  let out = '';
  for (const c of name.slice(0, 60)) {
    out +=
      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-'
        ? c
        : '?';
  }
  return out;
}
