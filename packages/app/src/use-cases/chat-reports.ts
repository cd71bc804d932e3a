import { SreAgentError } from '@sre-agent/core';
import { costReportNotification } from '@sre-agent/cost';
import { configuredUsageMetrics } from '../compose/cost-metrics.ts';
import { kubeNamespaceInventory } from '../compose/kube-namespace-inventory.ts';
import type { AgentContext } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { answerPoster, type PostResponse } from './chat-answer.ts';
import { deniedNamespaceAnswer } from './chat-boundary.ts';
import { buildCostReport } from './run-cost-sweep.ts';

type ChatReport = Extract<WorkItem, { type: 'chat-report' }>;

/** The CLI command that prints a whole report, named when a chat answer is truncated. */
const CLI_REPORT: Record<ChatReport['report'], string> = {
  cost: 'sre-agent cost rightsize',
  security: 'sre-agent security scan',
  'memory-search': 'sre-agent memory list',
};

/** Matches shown by `/sre memory search`. */
const MEMORY_MATCHES = 5;
/** Characters of a remembered diagnosis or fix quoted per match (recalled text is untrusted). */
const QUOTE_CHARS = 300;

const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS)}…` : flat;
};

/** The configured Prometheus or AMP (in AWS) for the cluster, with its namespaces when connected. */
function configuredSource(ctx: AgentContext, cluster: string): AgentContext['usage'] {
  const metrics = configuredUsageMetrics(ctx.config);
  if (!metrics) return undefined;
  const handles = ctx.clusters.get(cluster);
  return { cluster, metrics, inventory: handles ? kubeNamespaceInventory(handles.reader) : undefined };
}

/** `/sre cost [namespace]`: the cost sentinel's report, from the usage history the agent reads. */
async function costAnswer(ctx: AgentContext, item: ChatReport): Promise<string> {
  const source = ctx.usage ?? configuredSource(ctx, item.cluster);
  if (!source) {
    return 'I have no usage history to report on: set integrations.prometheus.url (Prometheus or Amazon Managed Prometheus).';
  }
  const report = await buildCostReport(
    { cluster: source.cluster, metrics: source.metrics, inventory: source.inventory, clock: ctx.clock },
    { denyNamespaces: ctx.config.policy.denyNamespaces, namespace: item.namespace },
  );
  const scope = item.namespace ? `namespace ${item.namespace}` : `cluster ${source.cluster}`;
  if (
    item.namespace &&
    report.rightsize.recommendations.length === 0 &&
    report.zombies.zombies.length === 0
  ) {
    return [
      `No usage history for ${scope} in the last week: nothing to right-size there.`,
      ...(report.unmatchedSelectors ?? []).map((warning) => `:warning: ${warning}.`),
    ].join('\n');
  }
  const notification = costReportNotification(report);
  return [`*${notification.title}* (${scope})`, notification.text].join('\n');
}

/** `/sre security [namespace]`: the posture scan summary, as `sre-agent security scan` prints it. */
async function securityAnswer(ctx: AgentContext, item: ChatReport): Promise<string> {
  const handles = ctx.clusters.get(item.cluster);
  if (!handles) return `I cannot scan: cluster ${item.cluster} is not connected.`;
  if (!ctx.postureScan)
    return 'This runtime has no posture scan: run `sre-agent security scan` against the cluster.';
  const lines = await ctx.postureScan({
    reader: handles.reader,
    config: ctx.config,
    cluster: item.cluster,
    namespace: item.namespace,
  });
  return ['```', ...lines, '```'].join('\n');
}

/** `/sre memory search <text>`: the closest remembered incidents, each with its similarity. */
async function memoryAnswer(ctx: AgentContext, item: ChatReport): Promise<string> {
  const memory = ctx.memory;
  if (!memory?.search)
    return 'Incident memory is off here (it needs integrations.pinecone and integrations.bedrock in AWS).';
  const matches = await memory.search(item.text ?? '', { limit: MEMORY_MATCHES });
  if (matches.length === 0) return 'No remembered incident looks like that text.';
  const lines = [
    `*Incident memory*: ${matches.length} closest past incident${matches.length === 1 ? '' : 's'}`,
  ];
  for (const m of matches) {
    const advice = m.advice === 'reuse' ? 'fix worked' : 'fix did not hold';
    lines.push(
      `• *${Math.round(m.score * 100)}%* similar (${advice}) ${m.cluster}/${m.namespace}/${m.workload} · ${m.signal} · ${m.lastSeen.slice(0, 10)} · worked ${m.succeeded}× failed ${m.failed}×`,
      `  diagnosis: ${quote(m.diagnosis)}`,
      `  fix: ${quote(m.description)}`,
    );
  }
  return lines.join('\n');
}

/**
 * The worker's half of `/sre cost`, `/sre security` and `/sre memory search`: read-only reports,
 * answered on the command's `response_url` (redacted, escaped, split or truncated by
 * `postSlackResponse`). An expected failure is said; a cluster or store failure throws (retried).
 */
export async function answerChatReport(
  ctx: AgentContext,
  item: ChatReport,
  post: PostResponse = answerPoster(
    ctx.stores.dedup,
    item,
    `\`${CLI_REPORT[item.report]}\` prints all of it`,
  ),
): Promise<void> {
  let text: string;
  try {
    text =
      deniedNamespaceAnswer(ctx.config, item.namespace) ??
      (item.report === 'cost'
        ? await costAnswer(ctx, item)
        : item.report === 'security'
          ? await securityAnswer(ctx, item)
          : await memoryAnswer(ctx, item));
  } catch (error) {
    if (!(error instanceof SreAgentError && error.expose)) throw error;
    text = `I cannot answer \`${item.report}\`: ${error.message}`;
  }
  ctx.logger.info('chat report answered', { report: item.report, by: item.user });
  await post(item.responseUrl, text);
}
