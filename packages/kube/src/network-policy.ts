import type { V1NetworkPolicy } from '@kubernetes/client-node';
import { toJson } from './merge-patch.ts';

type JsonObject = Record<string, unknown>;

/**
 * The NetworkPolicy spec as the API server spells it. The client's model names the ingress
 * peers `_from` (a reserved word in its generator) while the wire format says `from`; patch
 * bodies are sent as-is, so they must use the wire names.
 */
export function networkPolicySpecToWire(policy: V1NetworkPolicy): JsonObject {
  const spec = (toJson(policy.spec ?? {}) ?? {}) as JsonObject;
  const ingress = spec.ingress;
  if (Array.isArray(ingress)) {
    spec.ingress = ingress.map((rule: unknown) => {
      if (typeof rule !== 'object' || rule === null) return rule;
      const { _from, ...rest } = rule as JsonObject;
      return _from === undefined ? rest : { ...rest, from: _from };
    });
  }
  return spec;
}

/**
 * The same policy in the client's model spelling (`_from`), for calls whose body the client
 * serialises itself (create). Accepts policies written either way, e.g. parsed from YAML.
 */
export function networkPolicyToModel(policy: V1NetworkPolicy): V1NetworkPolicy {
  const ingress = policy.spec?.ingress;
  if (!policy.spec || !Array.isArray(ingress)) return policy;
  return {
    ...policy,
    spec: {
      ...policy.spec,
      ingress: ingress.map((rule) => {
        const { from, ...rest } = rule as typeof rule & { from?: typeof rule._from };
        return rule._from === undefined && from !== undefined ? { ...rest, _from: from } : rest;
      }),
    },
  };
}
