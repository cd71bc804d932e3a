import { describe, expect, it } from 'vitest';
import { type EvidenceSample, evidenceFixture } from '../testing/evidence-fixture.ts';
import { diagnose } from './diagnose.ts';
import { redactEvidence } from './evidence/index.ts';
import { oversizedInput } from './evidence/oversized-input.ts';

/** Celery parsing HL7 files of about 80-100 MiB, then a 3.1 GiB back-load. */
const HL7 = [
  '[2026-03-23 02:27:03,145: INFO/ForkPoolWorker-2] hl7ingest.batch: file lakeview_adt_20260319.hl7 size=102 MiB messages=49100 parsed in 10s',
  '[2026-03-23 02:30:10,150: INFO/ForkPoolWorker-1] hl7ingest.batch: file northside_adt_20260320.hl7 size=78 MiB messages=50000 parsed in 11s',
  '[2026-03-23 02:33:17,155: INFO/ForkPoolWorker-2] hl7ingest.batch: file stmarys_adt_20260321.hl7 size=84 MiB messages=50900 parsed in 12s',
  '[2026-03-23 03:11:02,118: INFO/MainProcess] Task hl7ingest.tasks.load_batch[5b6c7d8e-1f2a-4b3c-9d0e-a1b2c3d4e5f6] received',
  '[2026-03-23 03:11:02,204: INFO/ForkPoolWorker-1] hl7ingest.batch: file lakeview_adt_backload_2019_2026.hl7 size=3.1 GiB messages=unknown (single file, no batch header count)',
];
/** Redash's RQ worker: results of a few hundred KB, then one of 1.9 GB. */
const REDASH = [
  ...Array.from(
    { length: 6 },
    (_, i) =>
      `[2026-02-11 08:0${i}:13,560][PID:4${i}][INFO][rq.job.redash.tasks.queries.execution] job=execute_query query_hash=1f18edb5d84b5e93 ds_id=3 data_length=${241651 + i * 1200} error=[None]`,
  ),
  '[2026-02-11 08:14:09,883][PID:44][INFO][rq.job.redash.tasks.queries.execution] job=execute_query query_hash=9e2f7a61c0d84b5e ds_id=3 data_length=1931224415 error=[None]',
];

describe('one input far larger than every one before it', () => {
  it('reads the outlier with its unit, and a bare byte count', () => {
    expect(oversizedInput(HL7)).toEqual({ field: 'size', value: '3.1 GiB', largestBefore: '102 MiB' });
    expect(oversizedInput(REDASH)).toEqual({
      field: 'data_length',
      value: '1931224415',
      largestBefore: '247651',
    });
  });

  it('reads JSON fields too: a document of 61 million characters after ones of a few thousand', () => {
    const spacy = [
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `{"event": "document enriched", "partition": 3, "offset": ${1190442 + i}, "doc_id": "d-7a${i}1c", "chars": ${4200 + i * 2713}, "entities": ${12 + i}, "ms": ${40 + i * 11}, "level": "info", "timestamp": "2026-02-11T08:24:${String(24 + i).padStart(2, '0')}.217Z"}`,
      ),
      '{"event": "processing document", "partition": 4, "offset": 1183021, "doc_id": "d-9f3e0a71", "chars": 61204337, "level": "info", "timestamp": "2026-02-11T08:24:49.020Z"}',
    ];
    expect(oversizedInput(spacy)).toEqual({ field: 'chars', value: '61204337', largestBefore: '23191' });
    // A time's colons and a port are no fields.
    expect(
      oversizedInput([
        '08:24:01 size 3',
        '08:24:02 size 3',
        '08:24:03 size 4',
        'connect db:5432 size 9000000',
      ]),
    ).toBeUndefined();
  });

  it('does not read steady growth, small counts, the process’s own memory or a bound as an input', () => {
    const growing = Array.from(
      { length: 8 },
      (_, i) => `INFO etl.io: read chunk ${i}: rows=${6_250_000 + i * 250_000} rss=${5 + i * 0.17} GiB`,
    );
    expect(oversizedInput(growing)).toBeUndefined();
    expect(oversizedInput(['items=2', 'items=3', 'items=2', 'items=40'])).toBeUndefined();
    expect(
      oversizedInput(['rss_bytes=100', 'rss_bytes=120', 'rss_bytes=110', 'rss_bytes=90000']),
    ).toBeUndefined();
    expect(oversizedInput(['max_size=1', 'max_size=1', 'max_size=1', 'max_size=10000'])).toBeUndefined();
    // The outlier must be among the last lines, where the process died.
    expect(
      oversizedInput([
        ...REDASH.slice(0, 3),
        REDASH[6] as string,
        ...REDASH.slice(0, 6),
        ...REDASH.slice(0, 6),
      ]),
    ).toBeUndefined();
  });

  it('escalates the kill instead of raising the limit', () => {
    const sample: EvidenceSample = {
      signal: 'OOMKilled',
      previousLog: REDASH.join('\n'),
      reason: 'CrashLoopBackOff',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
    };
    const evidence = evidenceFixture(sample);
    const app = evidence.containers[0];
    if (app) app.resources = { limits: { memory: '2Gi' } };
    const result = diagnose(redactEvidence(evidence), undefined, { rollouts: false });
    if (result.kind !== 'matched') throw new Error(result.reason);
    expect(result.best.actions.map((a) => a.kind)).toEqual(['escalate']);
    expect(result.best.summary).toContain('data_length=1931224415');
  });
});
