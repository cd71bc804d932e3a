import * as z from 'zod';
import { defineIntegration, NAME } from './spec.ts';

/** A Slack member id (`U…`, or `W…` on Enterprise Grid): fixed for life, unlike the user name. */
const SlackUserIdSchema = z
  .string()
  .regex(
    /^[UW][A-Z0-9]{2,20}$/,
    'a Slack member id such as U012AB3CDE (Profile → ⋮ → Copy member ID), not a name',
  );

/**
 * Who may answer the agent in Slack. A proposal for a workload in a namespace listed under
 * `namespaces` can be approved or rejected only by that namespace's list; any other proposal
 * (unlisted namespaces, node actions) by `default`. `/sre pause` is open to anyone on any list
 * (stopping changes is always safe); `/sre resume` only to `default`.
 */
const SlackApproversSchema = z.strictObject({
  default: z.array(SlackUserIdSchema).default([]),
  namespaces: z.record(z.string().regex(NAME, 'a namespace name'), z.array(SlackUserIdSchema)).default({}),
});
export type SlackApprovers = z.infer<typeof SlackApproversSchema>;

const SlackConfigSchema = z.strictObject({
  channel: z.string().min(1),
  /** The workspace (`T…`) whose requests are taken; others are refused. Unset: any workspace. */
  teamId: z
    .string()
    .regex(/^T[A-Z0-9]{2,20}$/, 'a Slack team id such as T0123ABCD')
    .optional(),
  /** The Slack app (`A…`) whose requests are taken; others are refused. Unset: any app. */
  appId: z
    .string()
    .regex(/^A[A-Z0-9]{2,20}$/, 'a Slack app id such as A0123ABCD')
    .optional(),
  /** Unset or empty: nobody can approve, reject, pause or resume from Slack. */
  approvers: SlackApproversSchema.default({ default: [], namespaces: {} }),
  /**
   * Where slow answers (`/sre diagnose`) may be posted: a request's `response_url` must start with
   * this. Slack's own; another value only for a local stand-in of Slack.
   */
  responseUrlPrefix: z.url().default('https://hooks.slack.com/'),
});
export type SlackConfig = z.infer<typeof SlackConfigSchema>;

/** Slack: incident threads (Web API) and the `/sre` commands and buttons (signed requests). */
export const slack = defineIntegration({
  name: 'slack',
  kind: 'notifier',
  doc: 'Incident threads in a channel, approvals and `/sre` commands.',
  config: SlackConfigSchema,
  secrets: {
    SLACK_BOT_TOKEN: {
      stackName: 'SlackBotToken',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: 'Bot token (`xoxb-…`) of the Slack app: posts incident threads.',
    },
    SLACK_SIGNING_SECRET: {
      stackName: 'SlackSigningSecret',
      schema: z.string().min(1),
      requiredToDeploy: false,
      doc: "The Slack app's signing secret: verifies `/sre` commands and button clicks.",
    },
  },
  createdIn: 'packages/chat/src/notifiers/slack.ts',
});
