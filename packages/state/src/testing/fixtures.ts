import type { AuditRecord, Incident, WorkloadRef } from '@sre-agent/core';

/** A workload reference for tests. */
export function workloadRef(overrides: Partial<WorkloadRef> = {}): WorkloadRef {
  return { cluster: 'prod-eu-1', namespace: 'shop', kind: 'Deployment', name: 'checkout', ...overrides };
}

/** A valid open incident for tests; override any field. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  const at = overrides.openedAt ?? '2026-01-01T00:00:00.000Z';
  return {
    id: 'inc-1',
    target: workloadRef(),
    signal: 'CrashLoopBackOff',
    status: 'detected',
    mode: 'auto',
    title: 'checkout is crash-looping',
    sources: ['monitor'],
    fingerprints: [],
    openedAt: at,
    updatedAt: at,
    plan: [],
    actions: [],
    notes: [],
    timeline: [{ at, kind: 'detected', text: 'CrashLoopBackOff on checkout' }],
    threads: {},
    occurrence: 1,
    version: 0,
    ...overrides,
  };
}

/** A valid audit record (an autonomous rollout restart, started) for tests; override any field. */
export function makeAuditRecord(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: 'audit-1',
    key: 'inc-1#1#rollout-restart',
    incidentId: 'inc-1',
    cluster: 'prod-eu-1',
    namespace: 'shop',
    workload: 'Deployment/checkout',
    action: { kind: 'rollout-restart' },
    actor: 'agent',
    reason: 'crash loop after config change',
    mode: 'auto',
    status: 'started',
    before: { spec: { replicas: 2 } },
    at: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
