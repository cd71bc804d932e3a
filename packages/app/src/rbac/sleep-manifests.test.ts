import { ConfigSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import {
  CRONJOB_SPEC_COMPARED,
  SLEEPER_MATCH_CONDITION,
  sleepAdmissionFile,
  sleepingNamespaces,
  sleepRbacFile,
} from './sleep-manifests.ts';

const config = ConfigSchema.parse({
  clusters: [
    { name: 'dev', inCluster: true },
    { name: 'prod', inCluster: true },
  ],
  policy: { denyNamespaces: ['kube-system', 'legacy'] },
  cost: {
    sleep: {
      namespaces: [
        { namespace: 'previews' },
        { namespace: 'staging', cluster: 'dev' },
        { namespace: 'legacy' },
        { namespace: 'kube-public' },
      ],
    },
  },
});
const [dev, prod] = config.clusters;

type Policy = {
  metadata: { name: string };
  kind: string;
  spec: { matchConditions?: unknown[]; validations?: { expression: string }[] };
};
const docs = sleepAdmissionFile(config).docs as Policy[];
const expressions = (name: string) =>
  docs
    .find((d) => d.kind === 'ValidatingAdmissionPolicy' && d.metadata.name === name)
    ?.spec.validations?.map((v) => v.expression)
    .join('\n') ?? '';

describe("the sleepers' RBAC and admission policies", () => {
  it('gives a Role only to the namespaces that sleep in each cluster, never denylisted or system ones', () => {
    if (!dev || !prod) throw new Error('clusters');
    expect(sleepingNamespaces(dev, config)).toEqual(['previews', 'staging']);
    expect(sleepingNamespaces(prod, config)).toEqual(['previews']);
    expect(
      sleepRbacFile(ConfigSchema.parse({ clusters: [{ name: 'x', inCluster: true }] }), prod),
    ).toBeUndefined();
    const roles = (sleepRbacFile(config, dev)?.docs ?? []) as {
      kind: string;
      metadata: { namespace: string };
    }[];
    expect(roles.filter((d) => d.kind === 'Role').map((d) => d.metadata.namespace)).toEqual([
      'previews',
      'staging',
    ]);
  });

  it('match only the sleepers, scale only to 0 or back from 0, change only suspend on a CronJob and only their own annotations', () => {
    for (const policy of docs.filter((d) => d.kind === 'ValidatingAdmissionPolicy')) {
      expect(policy.spec.matchConditions).toEqual([SLEEPER_MATCH_CONDITION]);
    }
    expect(SLEEPER_MATCH_CONDITION.expression).toBe("'sre-agent-sleepers' in request.userInfo.groups");
    expect(expressions('sre-agent-sleep-scale-writes')).toBe(
      'object.spec.?replicas.orValue(0) == 0 || oldObject.spec.?replicas.orValue(0) == 0',
    );
    expect(expressions('sre-agent-sleep-workload-writes')).toContain('object.spec == oldObject.spec');
    expect(expressions('sre-agent-sleep-workload-writes')).toContain("k.startsWith('sre-agent.io/')");
    for (const field of CRONJOB_SPEC_COMPARED) {
      expect(expressions('sre-agent-sleep-cronjob-writes')).toContain(
        `object.spec.?${field} == oldObject.spec.?${field}`,
      );
    }
    expect(expressions('sre-agent-sleep-cronjob-writes')).not.toContain('suspend');
  });

  it('refuse every sleeper write in the denylisted namespaces', () => {
    const binding = sleepAdmissionFile(config).docs.find(
      (d) =>
        d.kind === 'ValidatingAdmissionPolicyBinding' &&
        (d.spec as { policyName: string }).policyName === 'sre-agent-sleep-denied-namespaces',
    ) as
      | { spec: { matchResources: { namespaceSelector: { matchExpressions: { values: string[] }[] } } } }
      | undefined;
    expect(binding?.spec.matchResources.namespaceSelector.matchExpressions[0]?.values).toEqual([
      'kube-system',
      'legacy',
    ]);
    expect(expressions('sre-agent-sleep-denied-namespaces')).toBe('false');
  });
});
