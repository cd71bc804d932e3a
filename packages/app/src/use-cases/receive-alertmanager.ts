import { SreAgentError } from '@sre-agent/core';
import { alertDedupKey, alertsToDetections, parseAlertmanagerWebhook } from '@sre-agent/healing/alertmanager';
import type { IngestContext, Reply } from '../context.ts';
import type { WorkItem } from '../queue/work-item.ts';
import { secretsEqual } from './constant-time.ts';

/** A resent alert within this window is the same alert. */
const DEDUP_TTL_SECONDS = 6 * 3600;

export type AlertmanagerRequest = { authorization?: string | undefined; body: unknown };

/**
 * The Alertmanager webhook: authenticate (bearer token, constant time), validate, drop alerts
 * already accepted (fingerprint + startsAt + status), enqueue the rest, answer fast. The worker
 * does the slow work; if enqueueing fails, the claims are released and Alertmanager retries.
 */
export async function receiveAlertmanagerWebhook(
  ctx: IngestContext,
  request: AlertmanagerRequest,
): Promise<Reply> {
  const expected = ctx.secrets.ALERTMANAGER_BEARER_TOKEN;
  if (expected) {
    const given = /^Bearer (.+)$/i.exec(request.authorization ?? '')?.[1] ?? '';
    if (!secretsEqual(given, expected))
      return { status: 401, body: { error: 'missing or wrong bearer token' } };
  }
  let webhook: ReturnType<typeof parseAlertmanagerWebhook>;
  try {
    webhook = parseAlertmanagerWebhook(request.body);
  } catch (error) {
    if (error instanceof SreAgentError && error.expose)
      return { status: 400, body: { error: error.message } };
    throw error;
  }
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
    if (!(await ctx.stores.dedup.claim(key, DEDUP_TTL_SECONDS))) {
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
  }
  ctx.logger.info('alertmanager webhook accepted', {
    accepted: items.length,
    duplicates,
    ignored: ignored.length,
  });
  return { status: 202, body: { accepted: items.length, duplicates, ignored } };
}
