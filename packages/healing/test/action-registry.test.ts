import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, ACTIONS, actionSpec, CatalogActionSchema } from '../src/actions/registry.ts';

const RBAC_DIR = fileURLToPath(new URL('../../../deploy/rbac/', import.meta.url));

type Rule = { groups: string[]; resources: string[]; verbs: string[] };

/** The rules of our own ClusterRole manifests (flow-style lists, one key per line). */
function rulesOf(file: string): Rule[] {
  const list = (line: string | undefined) =>
    (/\[(.*)\]/.exec(line ?? '')?.[1] ?? '')
      .split(',')
      .map((x) => x.trim().replace(/^"(.*)"$/, '$1'))
      .filter((x, _index, all) => x !== '' || all.length === 1);
  const lines = readFileSync(`${RBAC_DIR}${file}`, 'utf8').split('\n');
  const rules: Rule[] = [];
  lines.forEach((line, i) => {
    if (!line.trim().startsWith('- apiGroups:')) return;
    rules.push({
      groups: list(line),
      resources: list(lines.slice(i + 1, i + 3).find((l) => l.includes('resources:'))),
      verbs: list(lines.slice(i + 1, i + 4).find((l) => l.includes('verbs:'))),
    });
  });
  return rules;
}

describe('the action registry', () => {
  it('registers each action under its own kind, with schema-valid defaults', () => {
    for (const kind of ACTION_KINDS) {
      expect(ACTIONS[kind].kind).toBe(kind);
      const minimal = kind === 'escalate' ? { kind, reason: 'why' } : { kind };
      expect(CatalogActionSchema.safeParse(minimal).success, kind).toBe(true);
    }
  });

  it('lets no reasoner, memory or log choose a target: no action accepts a pod, node, cache, container or namespace', () => {
    for (const kind of ACTION_KINDS) {
      for (const key of ['pod', 'node', 'cache', 'container', 'namespace', 'name', 'command']) {
        const base = kind === 'escalate' ? { kind, reason: 'why' } : { kind };
        expect(CatalogActionSchema.safeParse({ ...base, [key]: 'x' }).success, `${kind}.${key}`).toBe(false);
      }
    }
  });

  it('is covered by the RBAC the agent ships: every verb an action needs is granted in deploy/rbac', () => {
    const rules = [...rulesOf('remediation.yaml'), ...rulesOf('read-only.yaml')];
    for (const kind of ACTION_KINDS) {
      for (const need of actionSpec(kind).needs.rbac) {
        const granted = rules.some(
          (r) =>
            r.groups.includes(need.apiGroup) &&
            r.resources.includes(need.resource) &&
            r.verbs.includes(need.verb),
        );
        expect(granted, `${kind} needs ${need.verb} ${need.resource} (${need.apiGroup || 'core'})`).toBe(
          true,
        );
      }
    }
  });

  it('describes every action for humans without naming a target it has not bound yet', () => {
    for (const kind of ACTION_KINDS) {
      const parsed = CatalogActionSchema.parse(kind === 'escalate' ? { kind, reason: 'why' } : { kind });
      expect(actionSpec(kind).describe(parsed)).toMatch(/^[a-z]/);
    }
  });
});
