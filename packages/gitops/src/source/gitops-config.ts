import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '@sre-agent/core';
import { parse } from 'yaml';
import * as z from 'zod';

const ValuesKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'a dotted values key such as api.resources');

const HelmMappingSchema = z.strictObject({
  /** The values file, relative to the repository root. */
  values: z.string().min(1),
  /** The object the chart renders from these values. */
  workload: z.strictObject({
    kind: z.string().min(1),
    namespace: z.string().min(1),
    name: z.string().min(1),
  }),
  /** Values key of `spec.replicas`. */
  replicas: ValuesKey.optional(),
  /** Per container: the values key whose children are the container's fields (resources, probes, imagePullPolicy). */
  containers: z.record(z.string(), ValuesKey).default({}),
});
export type HelmMapping = z.infer<typeof HelmMappingSchema>;

/** `sre-agent-gitops.yaml` at the root of a manifests repository: what the enforcer cannot infer. */
export const GitopsRepoConfigSchema = z.strictObject({
  helm: z.array(HelmMappingSchema).default([]),
});
export type GitopsRepoConfig = z.infer<typeof GitopsRepoConfigSchema>;

export const GITOPS_REPO_CONFIG = 'sre-agent-gitops.yaml';

/** Reads the repository's `sre-agent-gitops.yaml` (absent: nothing mapped). */
export async function readGitopsRepoConfig(dir: string): Promise<GitopsRepoConfig> {
  const text = await readFile(join(dir, GITOPS_REPO_CONFIG), 'utf8').catch(() => undefined);
  if (text === undefined) return GitopsRepoConfigSchema.parse({});
  const parsed = GitopsRepoConfigSchema.safeParse(parse(text) ?? {});
  if (!parsed.success) throw new ValidationError(`${GITOPS_REPO_CONFIG}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
