import { FalcoAlertSchema, parseFalcoAlert, type RuntimeFinding } from '@sre-agent/security/runtime';
import type { IngestContext, Reply } from '../context.ts';
import {
  refuseBrowserRequest,
  refuseWrongBearer,
  UNAUTHORISED,
  type WebhookRequest,
} from './webhook-guard.ts';

/** The largest Falcosidekick body taken: one alert with its output fields stays far below. */
export const MAX_FALCO_BODY_BYTES = 64 * 1024;
/** Falco fires again and again for one miner: one quarantine per container within this window. */
export const FALCO_DEDUP_TTL_SECONDS = 6 * 3600;
/** How long a claim holds before its finding is on the queue (as for Alertmanager). */
const PENDING_CLAIM_SECONDS = 60;

/** One Falcosidekick delivery as the transport received it. */
export type FalcoRequest = WebhookRequest;

/** Only whoever presents the configured token (constant-time compare); without one, nobody. */
function authenticate(ctx: IngestContext, request: FalcoRequest): Reply | undefined {
  const expected = ctx.secrets.FALCO_WEBHOOK_TOKEN;
  if (!expected) {
    return {
      status: 401,
      headers: UNAUTHORISED,
      body: {
        error:
          'no FALCO_WEBHOOK_TOKEN is configured, so /falco refuses every request: set it here and in Falcosidekick (webhook.customheaders: "Authorization:Bearer <token>")',
      },
    };
  }
  return refuseWrongBearer(request.headers.authorization, expected);
}

function parseBody(rawBody: string): { body: unknown } | { refused: Reply } {
  if (Buffer.byteLength(rawBody) > MAX_FALCO_BODY_BYTES) {
    return { refused: { status: 413, body: { error: `body larger than ${MAX_FALCO_BODY_BYTES} bytes` } } };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { refused: { status: 400, body: { error: 'body is not JSON' } } };
  }
  // Falco's own shape only: a GuardDuty finding or an Alertmanager body is refused, not parsed.
  const alert = FalcoAlertSchema.safeParse(body);
  if (!alert.success) {
    const field = alert.error.issues[0]?.path.map(String).join('.').slice(0, 100) || '(root)';
    return {
      refused: {
        status: 400,
        body: {
          error: `not a Falcosidekick alert (output, priority, rule, time, output_fields): field ${field} is missing or invalid`,
        },
      },
    };
  }
  return { body: alert.data };
}

const dedupKey = (f: RuntimeFinding) => `falco#${f.namespace}/${f.pod}/${f.containerIds[0] ?? ''}`;

/**
 * Falcosidekick's webhook: refuse browsers, authenticate (bearer token, fails closed without
 * one), bound and parse the alert (every field untrusted), and queue it for the worker exactly as
 * a GuardDuty finding is queued, so it quarantines the pod through the same policy, dry run and
 * audit trail. Falco repeats an alert while the process runs: a container already queued within
 * the dedup window is a duplicate. An alert that names no pod (host events) is accepted and
 * dropped with its reason, since a retry could not change it. Anything but Falco's own alert shape
 * (a GuardDuty finding, an Alertmanager body, a finding naming a cluster) is refused with 400.
 */
export async function receiveFalcoWebhook(ctx: IngestContext, request: FalcoRequest): Promise<Reply> {
  const refused = refuseBrowserRequest(request.headers, request) ?? authenticate(ctx, request);
  if (refused) return refused;
  const parsed = parseBody(request.rawBody);
  if ('refused' in parsed) return parsed.refused;
  // The Falco token speaks only for Falco alerts of the cluster this route serves (the default).
  const result = parseFalcoAlert(parsed.body);
  if (result.kind === 'rejected') {
    ctx.logger.info('falco alert not quarantined', { reason: result.reason });
    return { status: 202, body: { queued: [], duplicates: 0, rejected: [result.reason] } };
  }
  const finding = result.finding;
  if (finding.source !== 'falco' || finding.cluster !== undefined) {
    return {
      status: 400,
      body: { error: 'only Falco alerts of the cluster this route serves are taken here (no cluster named)' },
    };
  }
  const key = dedupKey(finding);
  if (!(await ctx.stores.dedup.claim(key, PENDING_CLAIM_SECONDS))) {
    return { status: 202, body: { queued: [], duplicates: 1, rejected: [] } };
  }
  try {
    await ctx.queue.send([{ type: 'runtime-finding', finding }]);
  } catch (error) {
    await ctx.stores.dedup.release(key);
    ctx.logger.error('enqueueing a falco alert failed', { error });
    return { status: 503, body: { error: 'could not enqueue the alert; retry' } };
  }
  await ctx.stores.dedup.confirm(key, FALCO_DEDUP_TTL_SECONDS).catch((error: unknown) => {
    ctx.logger.warn('confirming a falco dedup claim failed; a repeat may be queued again', { error });
  });
  const queued = { id: finding.id, type: finding.type, namespace: finding.namespace, pod: finding.pod };
  ctx.logger.info('falco alert queued', queued);
  return { status: 202, body: { queued: [queued], duplicates: 0, rejected: [] } };
}
