import { readFileSync } from 'node:fs';
import { INTEGRATION_SECRETS } from '@sre-agent/core';
import { describe, expect, it } from 'vitest';
import { README, renderSecretsTable, withSecretsTable } from './secrets-table.ts';

describe('the README secrets table', () => {
  it('lists every secret an integration declares, as the registry says (regenerate: node scripts/secrets-table.ts --write)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withSecretsTable(readme)).toBe(readme);
    for (const secret of INTEGRATION_SECRETS) expect(renderSecretsTable()).toContain(`\`${secret.env}\``);
  });
});
