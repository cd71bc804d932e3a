import type { GitopsSweepContext } from '@sre-agent/app/gitops-sweep';
import { foundation, oncePerColdStart } from './foundation.ts';

/** The GitOps sweep's context: the lease and audit stores, the bundled config and its secrets. */
export const gitopsSweepContext = oncePerColdStart(async (): Promise<GitopsSweepContext> => foundation());
