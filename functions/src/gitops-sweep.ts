import { runScheduledGitopsSweep, type ScheduledGitopsSweepResult } from '@sre-agent/app/gitops-sweep';
import type { Context } from 'aws-lambda';
import { gitopsSweepContext } from './shared/gitops-sweep.ts';

/** Daily GitOps sweep: one pull request per misconfiguration of the manifests repository, never a duplicate. */
export async function handler(_event: unknown, context: Context): Promise<ScheduledGitopsSweepResult> {
  return runScheduledGitopsSweep(await gitopsSweepContext(), { owner: context.awsRequestId });
}
