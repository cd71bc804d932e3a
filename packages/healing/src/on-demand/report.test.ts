import { describe, expect, it } from 'vitest';
import { DiagnoseReportSchema } from './report.ts';

const DIAGNOSIS = {
  namespace: 'shop',
  workload: 'order-service',
  kind: 'Deployment',
  signal: 'OOMKilled',
  diagnosis: { category: 'memory', summary: 'OOMKilled', confidence: 0.8 },
  actions: [{ kind: 'raise-memory-limit', params: { percent: 20 } }],
  evidence: [{ source: 'log:previous:app', text: 'heap out of memory' }],
};

describe('DiagnoseReportSchema', () => {
  it('accepts the documented shape, escalate without params included', () => {
    const escalated = { ...DIAGNOSIS, actions: [{ kind: 'escalate' }] };

    expect(DiagnoseReportSchema.parse({ diagnoses: [DIAGNOSIS, escalated] }).diagnoses).toHaveLength(2);
    expect(DiagnoseReportSchema.parse({ diagnoses: [] })).toEqual({ diagnoses: [] });
  });

  it('refuses fields it does not document, no actions at all, and a confidence beyond 1', () => {
    expect(DiagnoseReportSchema.safeParse({ diagnoses: [{ ...DIAGNOSIS, pod: 'x' }] }).success).toBe(false);
    expect(DiagnoseReportSchema.safeParse({ diagnoses: [{ ...DIAGNOSIS, actions: [] }] }).success).toBe(
      false,
    );
    const overconfident = { ...DIAGNOSIS, diagnosis: { ...DIAGNOSIS.diagnosis, confidence: 1.5 } };
    expect(DiagnoseReportSchema.safeParse({ diagnoses: [overconfident] }).success).toBe(false);
  });
});
