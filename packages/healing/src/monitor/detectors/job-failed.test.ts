import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith } from '../../testing/snapshot-fixtures.ts';
import { jobFailed } from './job-failed.ts';

describe('jobFailed', () => {
  it('reports a failed Job by itself when no CronJob owns it, and ignores running ones', () => {
    const found = jobFailed.detect(
      snapshotWith({
        jobs: [
          {
            metadata: { name: 'migrate', namespace: 'shop' },
            status: { conditions: [{ type: 'Failed', status: 'True', reason: 'DeadlineExceeded' }] },
          },
          { metadata: { name: 'report', namespace: 'shop' }, status: { active: 1 } },
        ],
      }),
      { now: DETECTED_AT },
    );
    expect(found.map((d) => [d.target.kind, d.target.name, d.reason])).toEqual([
      ['Job', 'migrate', 'job migrate failed: DeadlineExceeded'],
    ]);
  });
});
