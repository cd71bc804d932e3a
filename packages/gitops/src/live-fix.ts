import type { FieldEdit, GitopsFinding } from './finding.ts';
import { containerPath, findingKey } from './finding.ts';
import { quotedImage } from './hardening/pod.ts';
import { markdownLiteral } from './render-body.ts';

/** A change the agent made to a live workload, which Git should hold too (healing's `LiveFix`). */
export type LiveFixInput = {
  incidentId: string;
  target: { kind: string; namespace: string; name: string };
  action: string;
  summary: string;
  changes: readonly (
    | { field: 'memory-limit'; container: string; value: string }
    | { field: 'image'; container: string; value: string }
  )[];
};

const FIELD_PATH = {
  'memory-limit': ['resources', 'limits', 'memory'],
  image: ['image'],
} as const;

/**
 * The finding that carries a live fix into Git: one per workload and action (`liveFix/…/<action>`),
 * so a second fix of the same kind updates the same pull request; the values are exactly those the
 * agent applied, placed where the manifests set each field.
 */
export function findingForLiveFix(fix: LiveFixInput): GitopsFinding {
  const object = { kind: fix.target.kind, namespace: fix.target.namespace, name: fix.target.name };
  const edits: FieldEdit[] = fix.changes.map((c) => ({
    op: 'set',
    target: object,
    path: [...containerPath(c.container), ...FIELD_PATH[c.field]],
    value: c.value,
  }));
  // The values are the cluster's (a restored image is whatever the old revision held): shown only
  // when they are plain references, never as text that a title or body could render.
  const what = fix.changes
    .map(
      (c) =>
        `${c.field} of ${c.container} → ${quotedImage(c.value) ?? 'a value with unexpected characters (see the diff)'}`,
    )
    .join(', ');
  return {
    key: findingKey('liveFix', object, fix.action),
    check: 'liveFix',
    severity: 'high',
    object,
    message: `the agent changed this workload live during incident ${fix.incidentId} (${markdownLiteral(fix.summary)}), and the manifests still hold the old value`,
    risk: 'Until Git holds the same value, the next sync (Argo CD, Flux, or the next apply of these manifests) reverts the fix and the incident comes back.',
    fix: {
      kind: 'edit',
      title: `Keep the live fix of ${object.name}: ${what}`.slice(0, 200),
      edits,
      derivation: `the values the agent applied to the running ${object.kind} and verified during incident ${fix.incidentId}`,
    },
  };
}
