import * as z from 'zod';
import { defineAction } from '../spec.ts';

/** Hands the incident to humans with the reason; changes nothing. */
export const escalate = defineAction({
  kind: 'escalate',
  params: z.strictObject({ kind: z.literal('escalate'), reason: z.string().min(1).max(500) }),
  binding: z.strictObject({}),
  mutates: false,
  changesDeclaredSpec: false,
  maxDurationMs: 1_000,
  needs: { rbac: [], iam: [] },
  verify: 'none',
  describe: () => 'escalate to a human',
  async bind(params) {
    return { kind: 'bound', binding: {}, scope: { kind: 'none' }, summary: `escalate: ${params.reason}` };
  },
  async run(_binding, _context, dryRun) {
    return { kind: 'applied', dryRun, summary: 'escalated to humans' };
  },
});
