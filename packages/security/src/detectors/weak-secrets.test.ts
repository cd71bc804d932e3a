import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyInventory, type SecurityInventory } from '../inventory.ts';
import { scanInventory } from '../scan.ts';
import { createStrengthEstimator, type StrengthEstimator } from '../weak-secrets/strength.ts';
import { detectWeakSecretsWith } from './weak-secrets.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
let estimator: StrengthEstimator;
beforeAll(() => {
  estimator = createStrengthEstimator();
});

function inventoryWith(
  data: Record<string, string>,
  annotations: Record<string, string> = {},
): SecurityInventory {
  const inventory = emptyInventory(true, true);
  inventory.namespaces.push({ name: 'payments', annotations: {} });
  inventory.secrets.push({ namespace: 'payments', name: 'ledger-db', annotations, data });
  return inventory;
}

describe('detectWeakSecrets', () => {
  it('reports one finding per weak key, naming the key and why, never the value', () => {
    const detect = detectWeakSecretsWith(() => estimator);
    const findings = detect(
      inventoryWith({
        password: b64('Payments2024'),
        'admin-password': b64('changeme'),
        DATABASE_URL: b64('postgres://app:Kx9#mQ2$vL7&pT4@wZ1r@db:5432/ledger'),
        username: b64('admin'),
      }),
      { level: 'restricted' },
    );
    expect(findings.map((f) => [f.key, f.severity])).toEqual([
      ['password', 'high'],
      ['admin-password', 'critical'],
    ]);
    expect(findings[0]).toMatchObject({
      id: 'weakSecret',
      namespace: 'payments',
      kind: 'Secret',
      name: 'ledger-db',
    });
    expect(findings[0]?.message).toContain('contains the namespace name');
    expect(JSON.stringify(findings)).not.toMatch(/Payments2024|changeme/);
  });

  it('keeps a finding per key through the scan and honours exemptions on the Secret', () => {
    const data = { password: b64('changeme'), 'root-password': b64('admin123') };
    expect(
      scanInventory(inventoryWith(data), { level: 'restricted' }).findings.filter(
        (f) => f.id === 'weakSecret',
      ),
    ).toHaveLength(2);
    const exempt = { 'sre-agent.io/exempt': 'weakSecret: a throwaway lab database' };
    const result = scanInventory(inventoryWith(data, exempt), { level: 'restricted' });
    expect(result.findings.filter((f) => f.id === 'weakSecret')).toEqual([]);
    expect(result.exempted.filter((f) => f.id === 'weakSecret')).toHaveLength(2);
  });

  it('reads no Secret unless asked', () => {
    const inventory = emptyInventory(true);
    expect(inventory.secretsRead).toBe(false);
    expect(scanInventory(inventory, { level: 'restricted' }).findings).toEqual([]);
  });

  it('never puts a value into a finding', () => {
    const detect = detectWeakSecretsWith(() => estimator);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('changeme', 'Payments2024', 'P@ssw0rd!', 'ledger1', 'Summer2023', 'aaaaaaaa'),
          fc.string({ minLength: 10, maxLength: 24 }).filter((s) => s.trim().length >= 10),
        ),
        fc.constantFrom('password', 'DB_PASSWORD', 'config.json', 'app.env', 'DATABASE_URL'),
        (value, key) => {
          const text =
            key === 'config.json'
              ? JSON.stringify({ password: value })
              : key === 'app.env'
                ? `DB_PASSWORD=${value}`
                : key === 'DATABASE_URL'
                  ? `postgres://u:${encodeURIComponent(value)}@h/db`
                  : value;
          const findings = detect(inventoryWith({ [key]: b64(text) }), { level: 'restricted' });
          for (const f of findings) {
            const { key: _key, ...rest } = f;
            expect(JSON.stringify(rest)).not.toContain(value.trim());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
