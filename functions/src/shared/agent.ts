import {
  type Agent,
  awsNodeGroups,
  buildAgent,
  cloudIncidentMemory,
  connectClusters,
  githubFixPersister,
  postureScanSummary,
  withConfiguredForecasts,
} from '@sre-agent/app';
import { foundation, oncePerColdStart } from './foundation.ts';

/**
 * The worker's agent: the healing pipeline with every configured cluster and integration, incident
 * memory included (Pinecone + Bedrock Titan when configured). It
 * enqueues nothing, so it has no SQS client (the agent's own queue stays empty).
 */
export const lambdaAgent = oncePerColdStart(async (): Promise<Agent> => {
  const base = foundation();
  const { clusters } = await connectClusters(base.loaded.config.clusters, {
    ...base,
    nodeGroups: awsNodeGroups,
  });
  const memory = cloudIncidentMemory(base.loaded, base);
  // The same forecasts as the monitor's, so that a forecast incident is verified against them.
  const watched = withConfiguredForecasts(clusters, base.loaded.config, base.clock, undefined, base.logger);
  // A live fix of a Git-managed workload becomes its pull request (integrations.github; no git needed).
  const fixes = githubFixPersister(base.loaded, { ...base, proposals: base.stores.proposals });
  // `/sre security`: the posture scan without Secret values (no weak-secret dictionaries in this bundle).
  return buildAgent({
    ...base,
    clusters: watched,
    postureScan: postureScanSummary,
    ...(memory ? { memory } : {}),
    ...(fixes ? { fixes } : {}),
  });
});
