import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMergePatch, createMergePatch } from './merge-patch.ts';

/** JSON documents without nulls (a merge patch cannot express a null value). */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'ingress', 'podSelector'), tie('value'), {
    maxKeys: 4,
  }),
})).object;

describe('createMergePatch', () => {
  it('produces a patch that turns the first document into the second', () => {
    fc.assert(
      fc.property(json, json, (from, to) => {
        expect(applyMergePatch(from, createMergePatch(from, to))).toEqual(to);
      }),
    );
  });

  it('removes keys with null, replaces arrays whole and leaves equal parts out', () => {
    const patch = createMergePatch(
      { podSelector: { matchLabels: { app: 'web', tier: 'fe' } }, egress: [{}], policyTypes: ['Ingress'] },
      { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress', 'Egress'] },
    );

    expect(patch).toEqual({
      podSelector: { matchLabels: { tier: null } },
      egress: null,
      policyTypes: ['Ingress', 'Egress'],
    });
  });
});
