import { describe, expect, it } from 'vitest';
import { PastIncidentSchema, pastIncidentToRecord } from './records.ts';

describe('pastIncidentToRecord', () => {
  const base = {
    id: 'inc-9',
    cluster: 'prod',
    namespace: 'shop',
    workload: 'api',
    signal: 'OOMKilled',
    log: 'x',
    diagnosis: 'd',
  };

  it('takes a fix in words as the description and ignores unknown fields', () => {
    const past = PastIncidentSchema.parse({ ...base, fix: 'raised the memory limit', ticket: 'OPS-1' });
    expect(pastIncidentToRecord(past)).toMatchObject({
      id: 'inc-9',
      description: 'raised the memory limit',
      outcome: 'succeeded',
    });
  });

  it('reads a catalog action and its parameters from a fix object', () => {
    const past = PastIncidentSchema.parse({
      ...base,
      fix: { kind: 'raise-memory-limit', percent: 20, description: 'raised the limit by 20%' },
    });
    expect(pastIncidentToRecord(past)).toMatchObject({
      action: { kind: 'raise-memory-limit', percent: 20 },
      description: 'raised the limit by 20%',
    });
  });

  it('fills a missing workload, signal and diagnosis instead of refusing the line', () => {
    const past = PastIncidentSchema.parse({ id: 'inc-1', log: 'x', fix: 'restarted it' });
    expect(pastIncidentToRecord(past)).toMatchObject({
      workload: 'unknown',
      signal: 'unknown',
      diagnosis: 'restarted it',
    });
  });
});
