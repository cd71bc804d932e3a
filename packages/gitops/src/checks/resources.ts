import { containerPath, type FieldEdit, findingKey } from '../finding.ts';
import { defineCheck } from './check.ts';

const FIELDS = [
  { path: ['requests', 'cpu'], advice: 'cpuRequest' },
  { path: ['requests', 'memory'], advice: 'memoryRequest' },
  { path: ['limits', 'memory'], advice: 'memoryLimit' },
] as const;

const NO_HISTORY =
  'no usage history to derive them from (configure integrations.prometheus; the cost sentinel needs at least 24 hours of it)';

export const resourcesMissing = defineCheck({
  id: 'resourcesMissing',
  severity: 'high',
  doc: 'a container without a CPU request, a memory request or a memory limit',
  run: ({ inventory, resources }) =>
    inventory.workloads.flatMap((w) =>
      w.containers.flatMap((c) => {
        const missing = FIELDS.filter(({ path }) => {
          const group = c.resources?.[path[0]];
          return group?.[path[1]] == null;
        });
        if (missing.length === 0) return [];
        const names = missing.map((m) => `resources.${m.path.join('.')}`);
        const advice = resources?.adviceFor(w.ref, c.name);
        const derivable = missing.filter((m) => advice?.[m.advice] != null);
        const base = [...containerPath(c.name), 'resources'];
        const edits: FieldEdit[] = derivable.map((m) => ({
          op: 'set',
          target: w.ref,
          path: [...base, ...m.path],
          value: advice?.[m.advice] as string,
        }));
        const rest = missing
          .filter((m) => !derivable.includes(m))
          .map((m) => `resources.${m.path.join('.')}`);
        const title = `Fix: set resource requests and limits of ${w.ref.name}`;
        const why = advice ? advice.derivation : (resources?.unavailableReason ?? NO_HISTORY);
        return [
          {
            key: findingKey('resourcesMissing', w.ref, c.name),
            check: 'resourcesMissing',
            severity: 'high' as const,
            object: w.ref,
            container: c.name,
            message: `container ${c.name} has no ${names.join(', ')}`,
            risk: 'Without requests the scheduler packs pods onto nodes that cannot hold them and the pod is the first evicted under pressure (BestEffort/Burstable); without a memory limit one leak takes the node down with its neighbours.',
            fix:
              rest.length === 0
                ? { kind: 'edit' as const, title, edits, derivation: why }
                : {
                    kind: 'draft' as const,
                    title: `Draft: set resource requests and limits of ${w.ref.name}`,
                    todo: `set ${rest.map((r) => `containers[name=${c.name}].${r}`).join(', ')}: ${why}`,
                    edits: [
                      ...edits,
                      {
                        op: 'comment' as const,
                        target: w.ref,
                        path: containerPath(c.name),
                        text: `sre-agent: set ${rest.join(', ')}: ${why}`,
                      },
                    ],
                  },
          },
        ];
      }),
    ),
});
