import { SignalSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { CatalogActionSchema } from '../../actions/registry.ts';
import { evidenceFixture } from '../../testing/evidence-fixture.ts';
import { diagnose } from '../diagnose.ts';
import { redactEvidence } from '../evidence/index.ts';
import { CATALOG, SANDBOX_SCENARIO_PATTERNS } from './index.ts';
import { CATALOG_SAMPLES } from './samples.ts';

const ids = CATALOG.map((p) => p.id);

describe('CATALOG', () => {
  it('has at least 40 entries with unique kebab-case ids', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('covers every sandbox scenario with an existing pattern (or the rollout correlation)', () => {
    for (const [scenario, patternId] of Object.entries(SANDBOX_SCENARIO_PATTERNS)) {
      if (patternId === 'rollout-regression') continue;
      expect(ids, `scenario ${scenario}`).toContain(patternId);
    }
  });

  it('covers the runtimes, clients and platform areas the issue names', () => {
    const mustHave = [
      /^jvm-/,
      /^node-(?:heap|unhandled|eaddrinuse|module)/,
      /^python-/,
      /^go-/,
      /^dotnet-/,
      /^postgres-/,
      /^mysql-/,
      /^mongodb-/,
      /^redis-/,
      /^kafka-/,
      /^rabbitmq-/,
      /^elasticsearch-/,
      /^dns-/,
      /^tls-/,
      /^disk-full$/,
      /^too-many-open-files$/,
      /^irsa-/,
      /^aws-access-denied$/,
      /^image-/,
      /probe-failed$/,
      /^secret-not-found$/,
      /^oom-killed$/,
      /^node-not-ready$/,
      /^unschedulable-/,
      /^evicted-|eviction$/,
      /^job-/,
      /^upstream-/,
      /^segfault$/,
      /^sigterm-exit-143$/,
    ];
    for (const re of mustHave)
      expect(
        ids.some((id) => re.test(id)),
        String(re),
      ).toBe(true);
  });

  it('is well-formed data: actions parse, regexes are stateless, confidences in range, signals valid', () => {
    for (const p of CATALOG) {
      expect(p.actions.length, p.id).toBeGreaterThan(0);
      for (const action of p.actions) expect(CatalogActionSchema.safeParse(action).success, p.id).toBe(true);
      expect(p.fixable, p.id).toBe(p.actions.some((a) => a.kind !== 'escalate'));
      expect(p.confidence, p.id).toBeGreaterThan(0);
      expect(p.confidence, p.id).toBeLessThan(1);
      expect(p.remediationHint.length, p.id).toBeGreaterThan(10);
      for (const s of p.signals ?? []) expect(SignalSchema.safeParse(s).success, p.id).toBe(true);
      const groups = [
        p.match.logs,
        p.match.exitCodes,
        p.match.reasons,
        p.match.events,
        p.match.reportedFailures,
        p.match.logFindings,
        p.match.eventReasons,
        p.match.nodeConditions,
      ];
      expect(
        groups.some((g) => g !== undefined),
        `${p.id} has a criterion`,
      ).toBe(true);
      const regexes = [
        ...(p.match.logs ? ('all' in p.match.logs ? p.match.logs.all : p.match.logs.any) : []),
        ...(p.match.events ?? []),
        ...(p.match.reportedFailures ?? []),
        ...(p.match.logFindings ?? []),
        ...(p.captures ?? []),
      ];
      for (const re of regexes) expect(re.global || re.sticky, `${p.id} ${re}`).toBe(false);
    }
  });

  it('has no regex that backtracks quadratically on long hostile lines', () => {
    const hostile = [
      'a'.repeat(2048),
      'a.'.repeat(1024),
      '1.'.repeat(1024),
      ': '.repeat(1024),
      `postgres ${'connect '.repeat(250)}`,
      `${'API key '.repeat(256)}`,
      `Failed to pull image "${'a'.repeat(2000)}`,
      `x509: certificate is valid for ${'a, '.repeat(680)}`,
    ];
    const logRegexes = (m?: { any: readonly RegExp[] } | { all: readonly RegExp[] }) =>
      m ? ('all' in m ? m.all : m.any) : [];
    const slow: string[] = [];
    for (const p of CATALOG) {
      const regexes = [
        ...logRegexes(p.match.logs),
        ...logRegexes(p.boost?.logs),
        ...(p.match.events ?? []),
        ...(p.match.reportedFailures ?? []),
        ...(p.match.logFindings ?? []),
        ...(p.boost?.events ?? []),
        ...(p.captures ?? []),
      ];
      for (const re of regexes) {
        const started = performance.now();
        for (const line of hostile) re.exec(line);
        const ms = performance.now() - started;
        // Linear regexes take well under a millisecond here; quadratic ones took 10–40 ms.
        if (ms > 25) slow.push(`${p.id} ${re} ${ms.toFixed(1)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  it('captures a host:port endpoint, never a time of day', () => {
    const summaryOf = (line: string) => {
      const result = diagnose(redactEvidence(evidenceFixture({ previousLog: line, lastExitCode: 1 })));
      return result.kind === 'matched' ? result.best.summary : '';
    };
    const stamped =
      '2026-03-02 12:34:56.789 ERROR reserve failed: rpc error: code = Unavailable desc = transport is closing';
    expect(summaryOf(stamped)).not.toMatch(/\b12:34\b|\b34:56\b/);
    expect(summaryOf(`12:34:56 ${stamped.slice(24)} (inventory.shop.svc:50051)`)).toContain(
      'inventory.shop.svc:50051',
    );
    expect(summaryOf(`time=12:34:56 ${stamped.slice(24)} peer=10.0.5.9:50051`)).toContain('10.0.5.9:50051');
  });

  it('has realistic samples for every entry', () => {
    for (const id of ids) expect(CATALOG_SAMPLES[id]?.positive.length ?? 0, id).toBeGreaterThan(0);
    for (const id of Object.keys(CATALOG_SAMPLES)) expect(ids, 'sample for an unknown id').toContain(id);
  });
});

describe.each(CATALOG.map((p) => [p.id, p] as const))('pattern %s', (id) => {
  const samples = CATALOG_SAMPLES[id] ?? { positive: [] };

  it.each(samples.positive.map((s, i) => [i, s] as const))(
    'is the best diagnosis of realistic sample %i, after redaction',
    (_i, sample) => {
      const evidence = redactEvidence(evidenceFixture(sample));
      const result = diagnose(evidence, CATALOG, { maxCandidates: 1000 });
      expect(result.kind).toBe('matched');
      if (result.kind !== 'matched') return;
      expect(result.candidates.map((c) => c.patternId)).toContain(id);
      expect(result.best.patternId).toBe(sample.expectBest ?? id);
      const candidate = result.candidates.find((c) => c.patternId === id);
      expect(candidate?.summary).not.toMatch(/\{|\}|\[\[|\]\]/);
      expect(candidate?.summary).not.toContain('(unknown)');
      expect(candidate?.evidence.length).toBeGreaterThan(0);
      for (const action of candidate?.actions ?? [])
        expect(CatalogActionSchema.parse(action)).toEqual(action);
    },
  );

  if (samples.negative?.length) {
    it.each(samples.negative.map((s, i) => [i, s] as const))('does not match near-miss %i', (_i, sample) => {
      const result = diagnose(redactEvidence(evidenceFixture(sample)), CATALOG, { maxCandidates: 1000 });
      const matched = result.kind === 'matched' ? result.candidates.map((c) => c.patternId) : [];
      expect(matched).not.toContain(id);
    });
  }
});
