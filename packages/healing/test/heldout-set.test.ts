import { SignalSchema } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_BATCHES, HELD_OUT_CASES, runHeldOutCase } from '../bench/heldout/index.ts';

/**
 * The held-out failure set stays a held-out set: this checks its shape and one safety floor (no case
 * leads the agent to a harmful action), not its accuracy, which `npm run bench -- heldout` reports.
 */
describe('the held-out failure set', () => {
  it('has at least 60 cases over 25 families, unique ids, a source and acceptable actions for each', () => {
    expect(HELD_OUT_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HELD_OUT_CASES.map((c) => c.family)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(HELD_OUT_CASES.map((c) => c.id)).size).toBe(HELD_OUT_CASES.length);
    for (const c of HELD_OUT_CASES) {
      expect(c.source.length, c.id).toBeGreaterThan(10);
      expect(c.accept.length, c.id).toBeGreaterThan(0);
      expect(SignalSchema.safeParse(c.signal).success, `${c.id}: ${c.signal}`).toBe(true);
      expect(
        c.accept.filter((a) => c.harmful?.includes(a)),
        c.id,
      ).toEqual([]);
    }
    const batched = Object.values(HELD_OUT_BATCHES).reduce((sum, batch) => sum + batch.length, 0);
    expect(batched).toBe(HELD_OUT_CASES.length);
  });

  it('never leads the agent to a harmful action (a flushed job queue, a drained node, more memory for a bug)', async () => {
    const harmful: string[] = [];
    for (const c of HELD_OUT_CASES) {
      const result = await runHeldOutCase(c);
      if (result.harmful) harmful.push(`${c.id}: ${result.action} (${result.pattern ?? 'no pattern'})`);
    }
    expect(harmful).toEqual([]);
  });
});
