import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { Config, Logger } from '@sre-agent/core';
import { ConverseAssistant, DEFAULT_ASSISTANT_BOUNDS } from './converse-assistant.ts';
import type { PrometheusQuerier } from './tools.ts';

/**
 * The `ask` assistant's model from `integrations.bedrock` (`assistantModelId`, else
 * `reasoningModelId`), or undefined when none is set: then `ask` answers with the rules.
 */
export function assistantFromConfig(
  config: Config,
  logger: Logger,
  client?: ConstructorParameters<typeof ConverseAssistant>[0]['client'],
): ConverseAssistant | undefined {
  const bedrock = config.integrations.bedrock;
  const modelId = bedrock?.assistantModelId ?? bedrock?.reasoningModelId;
  if (!bedrock || !modelId) return undefined;
  return new ConverseAssistant({
    client: client ?? new BedrockRuntimeClient({ region: bedrock.region }),
    modelId,
    bounds: { ...DEFAULT_ASSISTANT_BOUNDS, ...bedrock.assistant },
    logger,
  });
}

/** The configured Prometheus (SigV4 for Amazon Managed Prometheus) for the assistant's queries. */
export async function prometheusFromConfig(config: Config): Promise<PrometheusQuerier | undefined> {
  const prometheus = config.integrations.prometheus;
  if (!prometheus) return undefined;
  // Loaded on a question only: the functions that build an agent do not all carry the cost package.
  const { PrometheusHttpClient, sigV4Signer } = await import('@sre-agent/cost');
  const region = prometheus.sigv4?.region;
  if (!region) return new PrometheusHttpClient({ url: prometheus.url });
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  return new PrometheusHttpClient({
    url: prometheus.url,
    signer: sigV4Signer({ region, credentials: defaultProvider() }),
  });
}
