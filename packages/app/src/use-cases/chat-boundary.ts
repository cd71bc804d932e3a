import type { Config } from '@sre-agent/core';

/**
 * `policy.denyNamespaces` bounds what chat reads as well as what the agent changes: a chat command
 * naming such a namespace (`/sre diagnose kube-system/x`, `/sre cost kube-system`) is answered
 * with this refusal, and nothing there is read. Undefined when the namespace may be read.
 */
export function deniedNamespaceAnswer(
  config: Pick<Config, 'policy'>,
  namespace: string | undefined,
): string | undefined {
  if (namespace === undefined || !config.policy.denyNamespaces.includes(namespace)) return undefined;
  return `:no_entry: namespace ${namespace} is outside what the agent reads or changes (policy.denyNamespaces); nothing there was read.`;
}
