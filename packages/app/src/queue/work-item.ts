import { ValidationError } from '@sre-agent/core';
import { DetectionSchema } from '@sre-agent/healing';
import { RuntimeFindingSchema } from '@sre-agent/security/runtime';
import * as z from 'zod';
import { DNS_LABEL, DNS_SUBDOMAIN } from '../use-cases/kube-names.ts';

/** A unit of work for the async worker: what ingest handlers enqueue after persisting. */
export const WorkItemSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('detection'), detection: DetectionSchema }),
  z.strictObject({ type: z.literal('advance'), incidentId: z.string().min(1) }),
  z.strictObject({
    type: z.literal('decision'),
    incidentId: z.string().min(1),
    actionId: z.string().min(1),
    approved: z.boolean(),
    user: z.string().min(1),
  }),
  /** Pages were held back in an hour that is over: send its digest (the monitor asks for it). */
  z.strictObject({ type: z.literal('page-digest') }),
  /**
   * `/sre diagnose <namespace>/<workload>` from chat: diagnose it (changing nothing) and answer on
   * the command's `response_url`, already checked against the allowed prefix by the receiver.
   */
  z.strictObject({
    type: z.literal('chat-diagnose'),
    cluster: z.string().min(1).max(63),
    namespace: z.string().regex(DNS_LABEL).max(63),
    workload: z.string().regex(DNS_SUBDOMAIN).max(253),
    responseUrl: z.url().max(2048),
    user: z.string().min(1).max(64),
  }),
  /**
   * `/sre cost|security [namespace]` and `/sre memory search <text>` from chat: read-only reports,
   * answered on the command's `response_url` (checked by the receiver).
   */
  z.strictObject({
    type: z.literal('chat-report'),
    report: z.enum(['cost', 'security', 'memory-search']),
    cluster: z.string().min(1).max(63),
    namespace: z.string().regex(DNS_LABEL).max(63).optional(),
    /** The text to search incident memory for (untrusted, bounded). */
    text: z.string().min(1).max(2000).optional(),
    responseUrl: z.url().max(2048),
    user: z.string().min(1).max(64),
  }),
  /**
   * `/sre wake <namespace>` from an approver of that namespace (checked by the receiver): the
   * `wake-namespace` catalog action through the policy engine, audited with `user` as the actor.
   */
  z.strictObject({
    type: z.literal('chat-wake'),
    cluster: z.string().min(1).max(63),
    namespace: z.string().regex(DNS_LABEL).max(63),
    responseUrl: z.url().max(2048),
    user: z.string().regex(/^slack:[A-Z0-9]{1,40}$/),
  }),
  /** `/sre ask <question>` from chat: answered read-only on the command's `response_url`. */
  z.strictObject({
    type: z.literal('chat-ask'),
    cluster: z.string().min(1).max(63),
    question: z.string().min(1).max(2000),
    responseUrl: z.url().max(2048),
    user: z.string().min(1).max(64),
  }),
  /** A runtime threat (GuardDuty, Falco), parsed and bounded by the receiver: quarantine its pod. */
  z.strictObject({ type: z.literal('runtime-finding'), finding: RuntimeFindingSchema }),
]);
export type WorkItem = z.infer<typeof WorkItemSchema>;

/** Parses a queued message body; a malformed one is a `ValidationError` (it goes to the dead-letter queue). */
export function parseWorkItem(body: unknown): WorkItem {
  const value = typeof body === 'string' ? safeJson(body) : body;
  const parsed = WorkItemSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError(`invalid work item: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('invalid work item: not JSON');
  }
}

/** A stable key per item, for logs and message deduplication. */
export function describeWorkItem(item: WorkItem): string {
  switch (item.type) {
    case 'detection':
      return `detection ${item.detection.signal} ${item.detection.target.namespace}/${item.detection.target.name}`;
    case 'advance':
      return `advance ${item.incidentId}`;
    case 'decision':
      return `${item.approved ? 'approve' : 'reject'} ${item.incidentId}/${item.actionId}`;
    case 'page-digest':
      return 'page digest';
    case 'chat-diagnose':
      return `chat diagnose ${item.namespace}/${item.workload} for ${item.user}`;
    case 'chat-report':
      return `chat ${item.report} ${item.namespace ?? item.cluster} for ${item.user}`;
    case 'chat-wake':
      return `chat wake ${item.namespace} for ${item.user}`;
    case 'chat-ask':
      return `chat ask for ${item.user}`;
    case 'runtime-finding':
      return `runtime finding ${item.finding.id} ${item.finding.namespace}/${item.finding.pod}`;
  }
}
