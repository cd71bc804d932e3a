import { type FieldEdit, findingKey, type GitopsFinding } from '../finding.ts';
import { type PdbObject, scaledValue, selects, type WorkloadObject } from '../objects.ts';
import { defineCheck } from './check.ts';

function replicasOf(w: WorkloadObject): number {
  return w.replicas ?? 1;
}

function selected(pdb: PdbObject, workloads: readonly WorkloadObject[]): WorkloadObject[] {
  return workloads.filter(
    (w) => w.ref.namespace === pdb.ref.namespace && selects(pdb.selector, w.templateLabels),
  );
}

/** Voluntary disruptions the budget allows with every pod healthy. */
function allowedDisruptions(pdb: PdbObject, pods: number): number | undefined {
  if (pdb.maxUnavailable !== undefined) return scaledValue(pdb.maxUnavailable, pods, 'down');
  if (pdb.minAvailable !== undefined) {
    const min = scaledValue(pdb.minAvailable, pods, 'up');
    return min === undefined ? undefined : pods - min;
  }
  return undefined;
}

export const pdbBlocksDrain = defineCheck({
  id: 'pdbBlocksDrain',
  severity: 'high',
  doc: 'a PodDisruptionBudget that allows no eviction even with every pod healthy (a single replica behind minAvailable 1, maxUnavailable 0)',
  run: ({ inventory }) =>
    inventory.pdbs.flatMap((pdb): GitopsFinding[] => {
      const workloads = selected(pdb, inventory.workloads).filter((w) => w.ref.kind !== 'DaemonSet');
      const pods = workloads.reduce((n, w) => n + replicasOf(w), 0);
      const allowed = allowedDisruptions(pdb, pods);
      if (workloads.length === 0 || allowed === undefined || allowed > 0) return [];
      const names = workloads.map((w) => `${w.ref.kind}/${w.ref.name}`).join(', ');
      const base = {
        key: findingKey('pdbBlocksDrain', pdb.ref),
        check: 'pdbBlocksDrain',
        severity: 'high' as const,
        object: pdb.ref,
        message: `PodDisruptionBudget ${pdb.ref.name} allows no eviction of ${names} (${pods} pod${pods === 1 ? '' : 's'}, ${pdb.maxUnavailable !== undefined ? `maxUnavailable ${pdb.maxUnavailable}` : `minAvailable ${pdb.minAvailable}`})`,
        risk: 'Every node drain (upgrades, Karpenter consolidation, spot reclaim handling) stops at these pods and waits forever: node upgrades stall, and an operator under time pressure ends up deleting the budget or the pod by hand.',
      };
      const [only] = workloads;
      if (
        pdb.maxUnavailable === undefined &&
        typeof pdb.minAvailable === 'number' &&
        workloads.length === 1 &&
        only
      ) {
        const replicas = pdb.minAvailable + 1;
        const edit: FieldEdit = { op: 'set', target: only.ref, path: ['spec', 'replicas'], value: replicas };
        return [
          {
            ...base,
            fix: {
              kind: 'edit',
              title: `Fix: run ${replicas} replicas of ${only.ref.name} so its PodDisruptionBudget allows drains`,
              edits: [edit],
              derivation: `minAvailable ${pdb.minAvailable} + 1: the fewest replicas with which one pod can be evicted while the budget holds`,
            },
          },
        ];
      }
      if (pdb.maxUnavailable !== undefined) {
        return [
          {
            ...base,
            fix: {
              kind: 'edit',
              title: `Fix: let PodDisruptionBudget ${pdb.ref.name} allow one eviction at a time`,
              edits: [{ op: 'set', target: pdb.ref, path: ['spec', 'maxUnavailable'], value: 1 }],
              derivation:
                'maxUnavailable 1: one pod at a time, the least disruption with which a drain can proceed',
            },
          },
        ];
      }
      return [
        {
          ...base,
          fix: {
            kind: 'draft',
            title: `Draft: PodDisruptionBudget ${pdb.ref.name} blocks every drain`,
            todo: `lower spec.minAvailable (${pdb.minAvailable}) below the ${pods} pods it protects, or raise their replicas: which one depends on how much capacity ${names} needs during a drain`,
            edits: [
              {
                op: 'comment',
                target: pdb.ref,
                path: ['spec'],
                text: `sre-agent: minAvailable ${pdb.minAvailable} allows no eviction of ${pods} pods`,
              },
            ],
          },
        },
      ];
    }),
});

export const pdbSelectsNothing = defineCheck({
  id: 'pdbSelectsNothing',
  severity: 'medium',
  doc: 'a PodDisruptionBudget whose selector matches no workload of its namespace',
  run: ({ inventory }) =>
    inventory.pdbs.flatMap((pdb): GitopsFinding[] => {
      const namespaceWorkloads = inventory.workloads.filter((w) => w.ref.namespace === pdb.ref.namespace);
      if (namespaceWorkloads.length === 0 || selected(pdb, inventory.workloads).length > 0) return [];
      return [
        {
          key: findingKey('pdbSelectsNothing', pdb.ref),
          check: 'pdbSelectsNothing',
          severity: 'medium',
          object: pdb.ref,
          message: `PodDisruptionBudget ${pdb.ref.name} selects no workload in namespace ${pdb.ref.namespace}`,
          risk: 'The workload it was written for has no disruption budget at all: a drain can evict all of its pods at once. The budget looks like protection in review and gives none.',
          fix: {
            kind: 'draft',
            title: `Draft: PodDisruptionBudget ${pdb.ref.name} selects nothing`,
            todo: `set spec.selector to the pod labels of the workload it should protect (in ${pdb.ref.namespace}: ${namespaceWorkloads
              .slice(0, 5)
              .map((w) => `${w.ref.kind}/${w.ref.name} ${JSON.stringify(w.templateLabels)}`)
              .join('; ')}), or delete it`,
            edits: [
              {
                op: 'comment',
                target: pdb.ref,
                path: ['spec'],
                text: 'sre-agent: this selector matches no pod template in the namespace',
              },
            ],
          },
        },
      ];
    }),
});

export const maxUnavailableFullOutage = defineCheck({
  id: 'maxUnavailableFullOutage',
  severity: 'high',
  doc: 'a rolling update or a PodDisruptionBudget whose maxUnavailable takes every replica down at once',
  run: ({ inventory }) => [
    ...inventory.workloads.flatMap((w): GitopsFinding[] => {
      if (w.ref.kind !== 'Deployment' || w.maxUnavailable === undefined) return [];
      const replicas = replicasOf(w);
      const down = scaledValue(w.maxUnavailable, replicas, 'down');
      if (down === undefined || replicas === 0 || down < replicas) return [];
      const surgeZero = w.maxSurge !== undefined && scaledValue(w.maxSurge, replicas, 'up') === 0;
      const edits: FieldEdit[] = [
        {
          op: 'set',
          target: w.ref,
          path: ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
          value: '25%',
        },
        ...(surgeZero
          ? [
              {
                op: 'set' as const,
                target: w.ref,
                path: ['spec', 'strategy', 'rollingUpdate', 'maxSurge'],
                value: 1,
              },
            ]
          : []),
      ];
      const kept = replicas - Math.floor(replicas * 0.25);
      return [
        {
          key: findingKey('maxUnavailableFullOutage', w.ref),
          check: 'maxUnavailableFullOutage',
          severity: 'high',
          object: w.ref,
          message: `rolling update maxUnavailable ${w.maxUnavailable} of ${replicas} replicas can take every pod down`,
          risk: 'A rollout may stop every old pod before any new one is ready: each deploy is a full outage, and a bad release has nothing left serving while it fails.',
          fix: {
            kind: 'edit',
            title: `Fix: keep ${w.ref.name} serving during rollouts`,
            edits,
            derivation: `maxUnavailable 25% (Kubernetes' default): with ${replicas} replicas at least ${kept} stay available during a rollout${surgeZero ? '; maxSurge 1, since maxSurge 0 with it would allow no progress' : ''}`,
          },
        },
      ];
    }),
    ...inventory.pdbs.flatMap((pdb): GitopsFinding[] => {
      if (pdb.maxUnavailable === undefined) return [];
      const pods = selected(pdb, inventory.workloads).reduce((n, w) => n + replicasOf(w), 0);
      const down = scaledValue(pdb.maxUnavailable, pods, 'down');
      if (pods < 2 || down === undefined || down < pods) return [];
      return [
        {
          key: findingKey('maxUnavailableFullOutage', pdb.ref),
          check: 'maxUnavailableFullOutage',
          severity: 'high',
          object: pdb.ref,
          message: `PodDisruptionBudget ${pdb.ref.name} maxUnavailable ${pdb.maxUnavailable} allows evicting all ${pods} pods at once`,
          risk: 'A node drain or consolidation may evict every pod it protects together: an outage the budget was meant to prevent.',
          fix: {
            kind: 'edit',
            title: `Fix: let PodDisruptionBudget ${pdb.ref.name} allow one eviction at a time`,
            edits: [{ op: 'set', target: pdb.ref, path: ['spec', 'maxUnavailable'], value: 1 }],
            derivation: `maxUnavailable 1: of ${pods} pods, ${pods - 1} stay up while a drain proceeds`,
          },
        },
      ];
    }),
  ],
});

export const spreadMissing = defineCheck({
  id: 'spreadMissing',
  severity: 'medium',
  doc: 'a Deployment or StatefulSet of several replicas with neither topologySpreadConstraints nor pod anti-affinity',
  run: ({ inventory }) =>
    inventory.workloads.flatMap((w): GitopsFinding[] => {
      if (w.ref.kind === 'DaemonSet' || replicasOf(w) < 2 || w.hasSpread || w.hasAntiAffinity) return [];
      const labelSelector = w.selector?.matchLabels
        ? { matchLabels: { ...w.selector.matchLabels } }
        : w.selector
          ? structuredClone(w.selector)
          : undefined;
      if (!labelSelector) return [];
      const constraint = (topologyKey: string) => ({
        maxSkew: 1,
        topologyKey,
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: structuredClone(labelSelector),
      });
      return [
        {
          key: findingKey('spreadMissing', w.ref),
          check: 'spreadMissing',
          severity: 'medium',
          object: w.ref,
          message: `${w.replicas} replicas with no topologySpreadConstraints or pod anti-affinity`,
          risk: 'The scheduler may place every replica on one node or in one zone: losing that node (or zone) takes the whole service down despite its replicas.',
          fix: {
            kind: 'edit',
            title: `Fix: spread ${w.ref.name} across nodes and zones`,
            edits: [
              {
                op: 'set',
                target: w.ref,
                path: ['spec', 'template', 'spec', 'topologySpreadConstraints'],
                value: [constraint('kubernetes.io/hostname'), constraint('topology.kubernetes.io/zone')],
              },
            ],
            derivation: `spread by node and by zone with the workload's own selector (${JSON.stringify(labelSelector)}); maxSkew 1 and ScheduleAnyway, so scheduling never blocks on it (a single-zone cluster is unaffected)`,
          },
        },
      ];
    }),
});
