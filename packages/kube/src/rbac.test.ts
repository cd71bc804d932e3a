import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllYaml } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { RbacRole } from './errors.ts';
import { RBAC_GROUPS, REQUIRED_PERMISSIONS } from './rbac.ts';

const RBAC_DIR = join(import.meta.dirname, '../../../deploy/rbac');

type Rule = { apiGroups?: string[]; resources?: string[]; verbs?: string[] };
type Doc = {
  kind?: string;
  metadata?: { name?: string };
  rules?: Rule[];
  roleRef?: { name?: string };
  subjects?: { kind?: string; name?: string }[];
};

function manifest(role: RbacRole): Doc[] {
  return loadAllYaml(readFileSync(join(RBAC_DIR, `${role}.yaml`), 'utf8')) as Doc[];
}

/** Every (apiGroup, resource, verb) a role's ClusterRole grants. */
function grants(role: RbacRole): Set<string> {
  const clusterRole = manifest(role).find((d) => d.kind === 'ClusterRole');
  const out = new Set<string>();
  for (const rule of clusterRole?.rules ?? []) {
    for (const group of rule.apiGroups ?? []) {
      for (const resource of rule.resources ?? []) {
        for (const verb of rule.verbs ?? []) out.add(`${group}|${resource}|${verb}`);
      }
    }
  }
  return out;
}

function required(role: RbacRole): Set<string> {
  return new Set(
    REQUIRED_PERMISSIONS.filter((p) => p.role === role).flatMap((p) =>
      p.verbs.map((verb) => `${p.apiGroup}|${p.resource}|${verb}`),
    ),
  );
}

describe('deploy/rbac manifests', () => {
  for (const role of ['read-only', 'remediation', 'secrets-scan'] as const) {
    it(`${role}.yaml grants exactly what the adapters use, no wildcards`, () => {
      expect([...grants(role)].sort()).toEqual([...required(role)].sort());
      expect([...grants(role)].some((g) => g.includes('*'))).toBe(false);
    });

    it(`${role}.yaml binds its ClusterRole to the ${RBAC_GROUPS[role]} group`, () => {
      const docs = manifest(role);
      const clusterRole = docs.find((d) => d.kind === 'ClusterRole');
      const binding = docs.find((d) => d.kind === 'ClusterRoleBinding');

      expect(binding?.roleRef?.name).toBe(clusterRole?.metadata?.name);
      expect(binding?.subjects).toEqual([
        expect.objectContaining({ kind: 'Group', name: RBAC_GROUPS[role] }),
      ]);
    });
  }

  it('keeps secrets and every mutating verb out of the read-only role', () => {
    const readOnly = [...grants('read-only')];

    expect(readOnly.filter((g) => g.includes('|secrets|'))).toEqual([]);
    expect(readOnly.every((g) => /\|(get|list|watch)$/.test(g))).toBe(true);
  });
});
