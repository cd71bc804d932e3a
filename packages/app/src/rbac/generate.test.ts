import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, ConfigSchema, parseConfig } from '@sre-agent/core';
import { ACTION_KINDS, actionSpec } from '@sre-agent/healing';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateAccessManifests } from './generate.ts';

const DEPLOY = join(import.meta.dirname, '../../../../deploy');

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };
type Doc = {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
  subjects?: { kind: string; name: string }[];
};

const docsOf = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as Doc);

function config(cluster: Record<string, unknown>, policy: Record<string, unknown> = {}): Config {
  return ConfigSchema.parse({
    clusters: [{ name: 'c1', kubeconfig: {}, ...cluster }],
    policy,
  });
}

function docs(generated: ReturnType<typeof generateAccessManifests>, path: string): Doc[] {
  const text = generated.files.get(path);
  return text ? docsOf(text) : [];
}

describe('sre-agent rbac (generateAccessManifests)', () => {
  it('matches the files checked in under deploy/ for deploy/example.config.yaml, and nothing else is there', () => {
    const example = parseConfig(readFileSync(join(DEPLOY, 'example.config.yaml'), 'utf8'));
    const generated = generateAccessManifests(example);
    const checkedIn = ['rbac', 'admission'].flatMap((dir) =>
      readdirSync(join(DEPLOY, dir)).map((file) => `${dir}/${file}`),
    );

    expect(checkedIn.sort()).toEqual([...generated.files.keys()].sort());
    for (const [path, text] of generated.files) {
      expect(
        readFileSync(join(DEPLOY, path), 'utf8'),
        `${path}: regenerate with \`npx sre-agent rbac --config deploy/example.config.yaml --out deploy\``,
      ).toBe(text);
    }
  });

  it('grants workload verbs in each namespace in suggest or auto, never in observe or denylisted ones', () => {
    const generated = generateAccessManifests(
      config({
        namespaces: { shop: 'auto', payments: 'suggest', analytics: 'observe', 'kube-system': 'auto' },
      }),
    );
    const remediation = docs(generated, 'rbac/remediation.yaml');

    expect(remediation.filter((d) => d.kind === 'Role').map((d) => d.metadata.namespace)).toEqual([
      'payments',
      'shop',
    ]);
    for (const role of remediation.filter((d) => d.kind === 'Role')) {
      const binding = remediation.find(
        (d) => d.kind === 'RoleBinding' && d.metadata.namespace === role.metadata.namespace,
      );
      expect(binding?.roleRef).toEqual(expect.objectContaining({ kind: 'Role', name: role.metadata.name }));
      expect(binding?.subjects).toEqual([
        expect.objectContaining({ kind: 'Group', name: 'sre-agent-remediators' }),
      ]);
    }
  });

  it('binds nothing cluster-wide that can change a workload', () => {
    const generated = generateAccessManifests(config({ namespaces: { shop: 'auto' }, nodes: 'auto' }));
    const clusterRoles = [...generated.files.keys()]
      .filter((path) => path.startsWith('rbac/'))
      .flatMap((path) => docs(generated, path))
      .filter((d) => d.kind === 'ClusterRole');
    const clusterWrites = clusterRoles.flatMap((role) =>
      (role.rules ?? []).flatMap((rule) =>
        rule.verbs
          .filter((v) => !['get', 'list', 'watch'].includes(v))
          .flatMap((verb) => rule.resources.map((resource) => `${verb} ${resource}`)),
      ),
    );

    expect(clusterWrites.sort()).toEqual(['create pods/eviction', 'patch nodes']);
  });

  it('adds the node ClusterRole only when the cluster node policy is not observe', () => {
    expect(
      generateAccessManifests(config({ nodes: 'observe' })).files.has('rbac/remediation-nodes.yaml'),
    ).toBe(false);
    const nodes = docs(generateAccessManifests(config({ nodes: 'suggest' })), 'rbac/remediation-nodes.yaml');

    expect(nodes.map((d) => d.kind)).toEqual(['ClusterRole', 'ClusterRoleBinding']);
  });

  it('grants only what the allowed actions need', () => {
    const generated = generateAccessManifests(
      config(
        { namespaces: { shop: 'auto' }, nodes: 'auto' },
        { allowedActions: ['restart-pod', 'escalate'] },
      ),
    );
    const role = docs(generated, 'rbac/remediation.yaml').find((d) => d.kind === 'Role');

    expect(role?.rules).toEqual([{ apiGroups: [''], resources: ['pods'], verbs: ['delete'] }]);
    expect(generated.files.has('rbac/remediation-nodes.yaml')).toBe(false);
  });

  it('grants every verb each registered action needs, in an acting namespace, for nodes or in a sleeping namespace', () => {
    const generated = generateAccessManifests(
      ConfigSchema.parse({
        clusters: [{ name: 'c1', kubeconfig: {}, namespaces: { shop: 'auto' }, nodes: 'auto' }],
        cost: { sleep: { namespaces: [{ namespace: 'previews' }] } },
      }),
    );
    const rules = [
      'rbac/remediation.yaml',
      'rbac/remediation-nodes.yaml',
      'rbac/read-only.yaml',
      'rbac/sleep.yaml',
    ].flatMap((path) => docs(generated, path).flatMap((d) => d.rules ?? []));
    for (const kind of ACTION_KINDS) {
      for (const need of actionSpec(kind).needs.rbac) {
        const granted = rules.some(
          (r) =>
            r.apiGroups.includes(need.apiGroup) &&
            r.resources.includes(need.resource) &&
            r.verbs.includes(need.verb),
        );
        expect(granted, `${kind}: ${need.verb} ${need.resource}`).toBe(true);
      }
    }
  });

  it('warns that a defaultMode other than observe cannot be expressed, and needs --cluster for several clusters', () => {
    expect(generateAccessManifests(config({ defaultMode: 'auto' })).warnings).toEqual([
      expect.stringContaining('defaultMode auto'),
    ]);
    const two = ConfigSchema.parse({
      clusters: [
        { name: 'a', kubeconfig: {} },
        { name: 'b', kubeconfig: {}, namespaces: { shop: 'auto' } },
      ],
    });

    expect(() => generateAccessManifests(two)).toThrow(/--cluster <a\|b>/);
    expect(() => generateAccessManifests(two, { cluster: 'x' })).toThrow(/no cluster "x"/);
    expect(docs(generateAccessManifests(two, { cluster: 'b' }), 'rbac/remediation.yaml')).not.toEqual([]);
  });
});
