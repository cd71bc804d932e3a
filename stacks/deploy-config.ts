/**
 * What the agent's config file tells the stack: which EKS clusters the functions may describe and
 * join, which Bedrock models the worker may invoke, which Prometheus workspace may be queried.
 * Pure functions (no `sst`), so the test can check the ARNs they produce.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLED_CONFIG_FILE, type Config, renderBundledConfig } from '@sre-agent/core';

export type EksCluster = { name: string; region: string };

export type DeployTargets = {
  eksClusters: EksCluster[];
  bedrock: { region: string; modelIds: string[] } | undefined;
  /** Amazon Managed Prometheus workspace, when the configured Prometheus URL is one. */
  prometheusWorkspace: { region: string; id: string } | undefined;
};

/**
 * Writes the validated config as the JSON the functions read (`loadBundledConfig`) into `dir`
 * (created if needed) and returns the file's path, for the functions' `copyFiles`.
 */
export async function writeBundledConfig(config: Config, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, BUNDLED_CONFIG_FILE);
  await writeFile(path, renderBundledConfig(config));
  return path;
}

export function deployTargets(config: Config): DeployTargets {
  const eksClusters = config.clusters.flatMap((c) =>
    c.eks ? [{ name: c.eks.name, region: c.eks.region }] : [],
  );
  const bedrockConfig = config.integrations.bedrock;
  const bedrock = bedrockConfig
    ? {
        region: bedrockConfig.region,
        modelIds: [
          bedrockConfig.reasoningModelId,
          bedrockConfig.assistantModelId,
          bedrockConfig.embeddingModelId,
        ].filter((id): id is string => id !== undefined),
      }
    : undefined;
  const url = config.integrations.prometheus?.url;
  return { eksClusters, bedrock, prometheusWorkspace: url ? ampWorkspace(url) : undefined };
}

/** `https://aps-workspaces.<region>.amazonaws.com/workspaces/<id>/` → the workspace; other URLs: none. */
export function ampWorkspace(url: string): { region: string; id: string } | undefined {
  const match =
    /^https:\/\/aps-workspaces\.([a-z0-9-]+)\.amazonaws\.com\/workspaces\/(ws-[A-Za-z0-9-]+)/.exec(url);
  return match?.[1] && match[2] ? { region: match[1], id: match[2] } : undefined;
}

export function eksClusterArn(cluster: EksCluster, account: string, partition = 'aws'): string {
  return `arn:${partition}:eks:${cluster.region}:${account}:cluster/${cluster.name}`;
}

export function ampWorkspaceArn(
  workspace: { region: string; id: string },
  account: string,
  partition = 'aws',
): string {
  return `arn:${partition}:aps:${workspace.region}:${account}:workspace/${workspace.id}`;
}

/** Geographic prefixes of Bedrock cross-region inference profile ids (`eu.anthropic.…`). */
const INFERENCE_PROFILE = /^(us|eu|apac|us-gov|jp|au|ca|global)\.(.+)$/;

/**
 * ARNs that `bedrock:InvokeModel` needs for a model id: a foundation model in the configured region;
 * or, for a cross-region inference profile, the profile plus its foundation model in whichever region
 * the profile routes to (the one justified wildcard: AWS picks the region); or an ARN given as is.
 */
export function bedrockModelArns(
  region: string,
  account: string,
  modelId: string,
  partition = 'aws',
): string[] {
  if (modelId.startsWith('arn:')) return [modelId];
  const profile = INFERENCE_PROFILE.exec(modelId);
  if (profile?.[2]) {
    return [
      `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`,
      `arn:${partition}:bedrock:*::foundation-model/${profile[2]}`,
    ];
  }
  return [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`];
}

/** Every ARN the manifest's permissions may name for the configured targets. */
export function targetArns(targets: DeployTargets, account: string, partition = 'aws') {
  return {
    eksClusters: targets.eksClusters.map((c) => eksClusterArn(c, account, partition)),
    bedrockModels: targets.bedrock
      ? [
          ...new Set(
            targets.bedrock.modelIds.flatMap((id) =>
              bedrockModelArns(targets.bedrock?.region ?? '', account, id, partition),
            ),
          ),
        ]
      : [],
    prometheusWorkspaces: targets.prometheusWorkspace
      ? [ampWorkspaceArn(targets.prometheusWorkspace, account, partition)]
      : [],
  };
}

/** The IANA time zone of night/weekend/morning schedules, from `SRE_AGENT_TIMEZONE` (default UTC). */
export function resolveTimezone(env: Record<string, string | undefined>): string {
  const zone = env.SRE_AGENT_TIMEZONE?.trim() || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(
      `SRE_AGENT_TIMEZONE=${zone} is not an IANA time zone; use e.g. Europe/Berlin or America/New_York`,
    );
  }
  return zone;
}
