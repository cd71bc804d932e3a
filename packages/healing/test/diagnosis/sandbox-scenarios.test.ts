import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { createClusterAccessFromKubeconfig } from '@sre-agent/kube';
import { resolveScenario, startSandbox } from '@sre-agent/sandbox';
import { describe, expect, it } from 'vitest';
import { type ActionKind, ActionKindSchema } from '../../src/actions/registry.ts';
import { CATALOG, SANDBOX_SCENARIO_PATTERNS } from '../../src/diagnosis/catalog/index.ts';
import { diagnose } from '../../src/diagnosis/diagnose.ts';
import { gatherEvidence, redactEvidence } from '../../src/diagnosis/evidence/index.ts';
import { detectProblems } from '../../src/monitor/detect.ts';
import { RulesReasoner } from '../../src/reasoning/rules-reasoner.ts';

const ALL: ActionKind[] = [...ActionKindSchema.options];

/** What each scenario must end with: the first action, and words the diagnosis must contain. */
const EXPECTED: Record<keyof typeof SANDBOX_SCENARIO_PATTERNS, { first: unknown; says: RegExp[] }> = {
  'oom-kill': {
    first: { kind: 'raise-memory-limit', percent: 20 },
    says: [/OOMKilled/],
  },
  'java-heap': {
    first: { kind: 'raise-memory-limit', percent: 20 },
    says: [/Java heap space/],
  },
  'crashloop-db-timeout': {
    first: { kind: 'escalate' },
    says: [/PostgreSQL at payments-db\.cluster-cq8e2a1xk0tp\.eu-west-1\.rds\.amazonaws\.com/, /time out/],
  },
  'crashloop-missing-config': { first: { kind: 'escalate' }, says: [/Secret "catalog-db-credentials"/] },
  'bad-deploy-rollback': {
    first: { kind: 'rollback' },
    says: [/revision 2/, /checkout-web:2\.4\.0/, /nil pointer/],
  },
  'image-pull-backoff': {
    first: { kind: 'escalate' },
    says: [/registry\.local\/search\/search-indexer:3\.9\.0/, /not found/],
  },
  'node-not-ready': {
    first: { kind: 'cordon-drain-node' },
    says: [/NotReady/],
  },
  'liveness-probe-failure': { first: { kind: 'rollout-restart' }, says: [/liveness probe/] },
  'redis-cache-full': { first: { kind: 'flush-redis-cache' }, says: [/maxmemory/] },
  'api-key-revoked': { first: { kind: 'escalate' }, says: [/HTTP 401, key revoked/] },
};

/**
 * Every sandbox scenario, end to end on the diagnosis side: the sandbox serves the Kubernetes API,
 * the real kube adapters read it, the monitor detects the problem, evidence is gathered and redacted,
 * the catalog diagnoses, and the rules decide. Fixable scenarios get the right fix; the others
 * escalate with the right diagnosis and no restart.
 */
describe('sandbox scenarios', () => {
  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s ends right', async (name) => {
    const clock = new ManualClock('2026-05-01T10:00:00Z');
    const sandbox = await startSandbox({ scenario: name, clock });
    const access = createClusterAccessFromKubeconfig(
      { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
      { clock, logger: new InMemoryLogger(), sleep: async () => {} },
    );
    try {
      const definition = resolveScenario(name);
      const { reader } = access;
      const snapshot = {
        cluster: 'sandbox',
        pods: await reader.listPods(),
        nodes: await reader.listNodes(),
        replicaSets: await reader.listReplicaSets(),
        jobs: await reader.listJobs(),
        events: await reader.listEvents(),
      };
      const detection = detectProblems(snapshot, clock.now()).find(
        (d) => d.target.name === definition.workload && d.status === 'firing',
      );
      expect(detection, `a detection for ${definition.workload}`).toBeDefined();
      if (!detection) return;

      const evidence = redactEvidence(
        await gatherEvidence(
          reader,
          {
            target: detection.target,
            signal: detection.signal,
            ...(detection.pod ? { pod: detection.pod } : {}),
            ...(detection.container ? { container: detection.container } : {}),
          },
          clock,
        ),
      );
      const result = diagnose(evidence, CATALOG, { defaults: { cache: 'sessions' } });
      expect(result.kind, JSON.stringify(result)).toBe('matched');
      if (result.kind !== 'matched') return;
      expect(result.best.patternId).toBe(SANDBOX_SCENARIO_PATTERNS[name]);

      const decision = await new RulesReasoner().reason({
        evidence,
        candidates: result.candidates,
        memory: [],
        allowedActions: ALL,
      });
      expect(decision.kind).toBe('decided');
      if (process.env.SHOW_DECISIONS) console.log(name, JSON.stringify(decision, null, 1));
      if (decision.kind !== 'decided') return;
      const expected = EXPECTED[name];
      expect(decision.actions[0]).toMatchObject(expected.first as object);
      for (const re of expected.says) expect(decision.diagnosis.summary).toMatch(re);
      if (expected.first && (expected.first as { kind: string }).kind === 'escalate') {
        expect(decision.actions.map((a) => a.kind)).toEqual(['escalate']);
      }
      // Nothing that came from a Secret leaks into what is stored or sent.
      const everything = JSON.stringify({ evidence, decision });
      expect(everything).not.toContain('s3cr3t-pg-pass');
      expect(everything).not.toContain('SG.sandbox-revoked');
    } finally {
      await access.close();
      await sandbox.close();
    }
  });
});
