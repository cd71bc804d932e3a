import * as z from 'zod';

/** One action the agent would take, as `diagnose --json` prints it. */
export const ReportActionSchema = z.strictObject({
  kind: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** One piece of evidence and where it came from (`log:previous`, `events`, `describe`, ...). */
export const ReportEvidenceSchema = z.strictObject({ source: z.string().min(1), text: z.string() });

/** One diagnosed workload or node. */
export const ReportDiagnosisSchema = z.strictObject({
  namespace: z.string(),
  workload: z.string().min(1),
  kind: z.string().min(1),
  signal: z.string().min(1),
  diagnosis: z.strictObject({
    category: z.string().min(1),
    summary: z.string(),
    confidence: z.number().min(0).max(1),
  }),
  /** What the agent would do, in order; `[{ kind: 'escalate' }]` when it would change nothing. */
  actions: z.array(ReportActionSchema).min(1),
  evidence: z.array(ReportEvidenceSchema),
});

/**
 * What `sre-agent diagnose --json` prints:
 * `{"diagnoses": [{namespace, workload, kind, signal, diagnosis: {category, summary, confidence},
 * actions: [{kind, params}], evidence: [{source, text}]}]}`.
 */
export const DiagnoseReportSchema = z.strictObject({ diagnoses: z.array(ReportDiagnosisSchema) });

export type ReportAction = z.infer<typeof ReportActionSchema>;
export type ReportDiagnosis = z.infer<typeof ReportDiagnosisSchema>;
export type DiagnoseReport = z.infer<typeof DiagnoseReportSchema>;
