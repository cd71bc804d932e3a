import { SreAgentError } from '@sre-agent/core';
import {
  type AlertmanagerWebhook,
  alertDedupKey,
  alertsToDetections,
  parseAlertmanagerWebhook,
} from '@sre-agent/healing/alertmanager';
import type { IngestContext, Reply } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import {
  refuseBrowserRequest,
  refuseForeignHost,
  refuseWrongBearer,
  UNAUTHORISED,
  type WebhookRequest,
} from './webhook-guard.ts';

/** A resent alert within this window is the same alert (once it is on the queue). */
export const DEDUP_TTL_SECONDS = 6 * 3600;
/**
 * How long a claim holds before its alert is on the queue: longer than a receiver runs (the
 * Lambda times out after 15 s), so a concurrent resend is still a duplicate, and short, so that a
 * receiver that timed out or crashed between claim and enqueue does not turn Alertmanager's retry
 * into a "duplicate" for the whole dedup window.
 */
export const PENDING_CLAIM_SECONDS = 60;

/** The largest body taken (Alertmanager batches of 100 bounded alerts stay far below). */
export const MAX_ALERTMANAGER_BODY_BYTES = 1024 * 1024;

/** One webhook delivery as the transport received it. */
export type AlertmanagerRequest = WebhookRequest;

/**
 * Who may call: with a token configured, whoever presents it (constant-time compare); without
 * one, nobody, except on a local server that listens on loopback only, and then only under its
 * own host name.
 */
function authenticate(ctx: IngestContext, request: AlertmanagerRequest): Reply | undefined {
  const expected = ctx.secrets.ALERTMANAGER_BEARER_TOKEN;
  if (!expected) {
    if (request.loopbackOnly) return refuseForeignHost(request.headers, request);
    return {
      status: 401,
      headers: UNAUTHORISED,
      body: {
        error:
          'no ALERTMANAGER_BEARER_TOKEN is configured, so /alertmanager refuses every request: set it here and in Alertmanager (http_config.authorization)',
      },
    };
  }
  return refuseWrongBearer(request.headers.authorization, expected);
}

function parse(rawBody: string): { webhook: AlertmanagerWebhook } | { refused: Reply } {
  if (Buffer.byteLength(rawBody) > MAX_ALERTMANAGER_BODY_BYTES) {
    return {
      refused: { status: 413, body: { error: `body larger than ${MAX_ALERTMANAGER_BODY_BYTES} bytes` } },
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { refused: { status: 400, body: { error: 'body is not JSON' } } };
  }
  try {
    return { webhook: parseAlertmanagerWebhook(body) };
  } catch (error) {
    if (error instanceof SreAgentError && error.expose)
      return { refused: { status: 400, body: { error: error.message } } };
    throw error;
  }
}

/**
 * The Alertmanager webhook: refuse browsers (another origin, a non-JSON body), authenticate
 * (bearer token; fails closed without one except on a loopback-only local run), validate, drop
 * alerts already accepted (fingerprint + startsAt + status), enqueue the rest, answer fast. The
 * worker does the slow work. A claim is short-lived until its alert is on the queue, then
 * confirmed for the dedup window; if enqueueing fails, the claims are released and Alertmanager
 * retries.
 */
export async function receiveAlertmanagerWebhook(
  ctx: IngestContext,
  request: AlertmanagerRequest,
): Promise<Reply> {
  const refused = refuseBrowserRequest(request.headers, request) ?? authenticate(ctx, request);
  if (refused) return refused;
  const parsed = parse(request.rawBody);
  if ('refused' in parsed) return parsed.refused;
  const { webhook } = parsed;
  const conversions = alertsToDetections(webhook, ctx.defaultCluster, ctx.clock.now());
  const items: WorkItem[] = [];
  const claimed: string[] = [];
  let duplicates = 0;
  const ignored: string[] = [];
  for (const [index, conversion] of conversions.entries()) {
    const alert = webhook.alerts[index];
    if (!alert) continue;
    if (conversion.kind === 'ignored') {
      ignored.push(conversion.reason);
      continue;
    }
    const key = alertDedupKey(alert);
    if (!(await ctx.stores.dedup.claim(key, PENDING_CLAIM_SECONDS))) {
      duplicates += 1;
      continue;
    }
    claimed.push(key);
    items.push({ type: 'detection', detection: conversion.detection });
  }
  if (items.length > 0) {
    try {
      await ctx.queue.send(items);
    } catch (error) {
      await Promise.all(claimed.map((key) => ctx.stores.dedup.release(key)));
      ctx.logger.error('enqueueing alerts failed', { count: items.length, error });
      return { status: 503, body: { error: 'could not enqueue the alerts; retry' } };
    }
    await confirmClaims(ctx, claimed);
  }
  ctx.logger.info('alertmanager webhook accepted', {
    accepted: items.length,
    duplicates,
    ignored: ignored.length,
  });
  return { status: 202, body: { accepted: items.length, duplicates, ignored } };
}

/**
 * The alerts are on the queue: their claims now last the whole dedup window. A claim that cannot
 * be confirmed lapses after `PENDING_CLAIM_SECONDS`; a resend is then enqueued again, which the
 * worker absorbs (one open incident per workload), so this is logged, not failed.
 */
async function confirmClaims(ctx: IngestContext, keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(
    keys.map((key) => ctx.stores.dedup.confirm(key, DEDUP_TTL_SECONDS)),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) {
    ctx.logger.warn('confirming dedup claims failed; a resend may be enqueued again', {
      count: failed.length,
      error: failed[0]?.reason,
    });
  }
}
