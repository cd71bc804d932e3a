import type { SlackConfig } from '@sre-agent/core';
import type { Reply } from '../context.ts';

/** Whether a Slack user may do something, and if not, why (shown to them). */
export type SlackRight = { ok: true } | { ok: false; reason: string };

const NOT_CONFIGURED: SlackRight = {
  ok: false,
  reason: 'no approvers are configured (integrations.slack.approvers in sre-agent.config.yaml)',
};

/** A Slack mention of a user id: Slack shows the user's current name, which the id cannot fake. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'this user';
}

/** Approvers of a namespace: its own list if it has one (listed as own key, never inherited), else `default`. */
function approversOf(slack: SlackConfig | undefined, namespace: string): readonly string[] {
  const approvers = slack?.approvers;
  if (!approvers) return [];
  return namespace !== '' && Object.hasOwn(approvers.namespaces, namespace)
    ? (approvers.namespaces[namespace] ?? [])
    : approvers.default;
}

function allApprovers(slack: SlackConfig | undefined): Set<string> {
  const approvers = slack?.approvers;
  return new Set([...(approvers?.default ?? []), ...Object.values(approvers?.namespaces ?? {}).flat()]);
}

/**
 * May `userId` approve or reject a proposal for a workload in `namespace` (`''`: a node, decided
 * by the default approvers)? Identified by Slack member id only: user names can be edited.
 */
export function mayApprove(slack: SlackConfig | undefined, userId: string, namespace: string): SlackRight {
  if (allApprovers(slack).size === 0) return NOT_CONFIGURED;
  if (approversOf(slack, namespace).includes(userId)) return { ok: true };
  const where = namespace === '' ? 'cluster-wide (node) actions' : `namespace ${namespace}`;
  return { ok: false, reason: `not an approver for ${where}` };
}

/** Pausing only stops changes: anyone who may approve anything may pull the kill switch. */
export function mayPause(slack: SlackConfig | undefined, userId: string): SlackRight {
  const all = allApprovers(slack);
  if (all.size === 0) return NOT_CONFIGURED;
  return all.has(userId) ? { ok: true } : { ok: false, reason: 'not an approver' };
}

/** Resuming lets the agent change every namespace again: only the default approvers may. */
export function mayResume(slack: SlackConfig | undefined, userId: string): SlackRight {
  if (allApprovers(slack).size === 0) return NOT_CONFIGURED;
  return slack?.approvers.default.includes(userId)
    ? { ok: true }
    : { ok: false, reason: 'only a default approver (integrations.slack.approvers.default) may resume' };
}

/**
 * Refuses a signed request from another workspace or app than the configured ones (a signing
 * secret leaked to, or shared with, another app must not let that app drive the agent).
 */
export function refuseWorkspace(
  slack: SlackConfig | undefined,
  request: { teamId?: string | undefined; appId?: string | undefined },
): Reply | undefined {
  if (slack?.teamId && request.teamId !== slack.teamId) {
    return {
      status: 403,
      body: { error: 'this Slack workspace is not the one configured (integrations.slack.teamId)' },
    };
  }
  if (slack?.appId && request.appId !== slack.appId) {
    return {
      status: 403,
      body: { error: 'this Slack app is not the one configured (integrations.slack.appId)' },
    };
  }
  return undefined;
}
