import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseWorkload } from '../workloads.ts';
import type { PssLevel } from './check.ts';
import {
  checksForLevel,
  evaluatePodSecurity,
  PSS_CHECKS,
  PSS_POLICY_VERSION,
  type PssCheckId,
  replacementOf,
} from './registry.ts';

/** `../shared/eval/pss` beside the repository (or under `SRE_AGENT_EVAL_DIR`); never copied into it. */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const FIXTURES = join(process.env.SRE_AGENT_EVAL_DIR ?? join(REPO_ROOT, '../shared/eval'), 'pss');
const present = existsSync(FIXTURES);
if (!present) console.warn(`official PSS fixtures: skipped, ${FIXTURES} is absent`);

/** The check a fail fixture names (`capabilities_baseline1.yaml`), as the level runs it (restricted replaces some baseline checks). */
function expectedCheck(file: string, level: PssLevel): PssCheckId {
  const stem = file.replace(/\d*\.yaml$/, '');
  const named = PSS_CHECKS.find((c) => c.id.toLowerCase() === stem);
  if (!named) throw new Error(`fixture ${file} names no known check`);
  return (level === 'restricted' ? replacementOf(named.id) : undefined) ?? named.id;
}

function fixtures(level: PssLevel, outcome: 'pass' | 'fail'): string[] {
  return readdirSync(join(FIXTURES, level, PSS_POLICY_VERSION, outcome)).filter((f) => f.endsWith('.yaml'));
}

function violationsOf(level: PssLevel, outcome: 'pass' | 'fail', file: string) {
  const raw: unknown = parse(readFileSync(join(FIXTURES, level, PSS_POLICY_VERSION, outcome, file), 'utf8'));
  const parsed = parseWorkload('Pod', raw);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return evaluatePodSecurity(parsed.workload.pod, level);
}

describe.skipIf(!present)('the Pod Security Standards evaluator on the official fixtures', () => {
  for (const level of ['baseline', 'restricted'] as const) {
    it(`passes every ${level} pass fixture`, () => {
      const files = fixtures(level, 'pass');
      const disagreements = files.flatMap((file) =>
        violationsOf(level, 'pass', file).map((v) => `${file}: ${v.check} ${v.message}`),
      );
      expect(files.length).toBeGreaterThan(10);
      expect(disagreements).toEqual([]);
    });

    it(`fails every ${level} fail fixture with the check it names`, () => {
      const files = fixtures(level, 'fail');
      const disagreements = files.flatMap((file) => {
        const found = [...new Set(violationsOf(level, 'fail', file).map((v) => v.check))];
        const expected = expectedCheck(file, level);
        // A fixture may break a second control as a side effect (a HostProcess pod must use hostNetwork).
        return found.includes(expected) ? [] : [`${file}: expected ${expected}, got [${found}]`];
      });
      expect(files.length).toBeGreaterThan(30);
      expect(disagreements).toEqual([]);
    });
  }

  it('runs at restricted every check except the baseline ones restricted replaces', () => {
    const ids = checksForLevel('restricted').map((c) => c.id);
    expect(ids).not.toContain('capabilities_baseline');
    expect(ids).not.toContain('hostPathVolumes');
    expect(ids).toContain('privileged');
    expect(ids).toHaveLength(PSS_CHECKS.length - 4);
  });
});
