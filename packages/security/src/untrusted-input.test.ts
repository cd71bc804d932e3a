import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exemptionFor, parseExemptions } from './exemptions.ts';
import { addObject, emptyInventory } from './inventory.ts';
import { scanInventory } from './scan.ts';
import { WORKLOAD_KINDS } from './workloads.ts';

const KINDS = [
  ...WORKLOAD_KINDS,
  'Namespace',
  'NetworkPolicy',
  'ConfigMap',
  'ServiceAccount',
  'Role',
  'RoleBinding',
];

describe('the scan on untrusted input', () => {
  it('never throws on arbitrary objects: each is read or listed as unreadable, and findings stay bounded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.anything(), (kind, raw) => {
        const inventory = emptyInventory(true);
        addObject(inventory, kind, raw);
        const result = scanInventory(inventory, { level: 'restricted' });
        for (const finding of result.findings) expect(finding.message.length).toBeLessThanOrEqual(2048);
      }),
      { numRuns: 300 },
    );
  });

  it('reads exemption annotations of any text without throwing, and never exempts without a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const { exemptions } = parseExemptions(value);
        for (const exemption of exemptions) expect(exemption.reason.trim()).not.toBe('');
      }),
    );
    expect(exemptionFor(parseExemptions('privileged').exemptions, 'privileged')).toBeUndefined();
    expect(exemptionFor(parseExemptions('*: a lab namespace').exemptions, 'hostPorts')?.reason).toBe(
      'a lab namespace',
    );
  });
});
