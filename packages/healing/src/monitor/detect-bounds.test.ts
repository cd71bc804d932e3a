import { describe, expect, it } from 'vitest';
import { DETECTED_AT, snapshotWith, webPod } from '../testing/snapshot-fixtures.ts';
import { detectProblems, MAX_DETECTION_REASON_CHARS } from './detect.ts';

describe('detectProblems across detectors', () => {
  it('bounds a reason that quotes a huge message from the cluster', () => {
    const pod = webPod('web-1', { phase: 'Failed', reason: 'Evicted', message: 'x'.repeat(100_000) });
    const [found] = detectProblems(snapshotWith({ pods: [pod] }), DETECTED_AT);
    expect(found?.reason.length).toBeLessThanOrEqual(MAX_DETECTION_REASON_CHARS);
    expect(found?.reason).toContain('chars]');
  });

  it('names a workload by its most specific signal, whichever pod shows it', () => {
    const pending = webPod('web-1', {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }],
    });
    const pulling = webPod('web-2', {
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'app',
          image: 'web:2',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason: 'ErrImagePull' } },
        },
      ],
    });
    const found = detectProblems(snapshotWith({ pods: [pending, pulling] }), DETECTED_AT);
    expect(found.map((d) => [d.target.name, d.signal, d.pod])).toEqual([['web', 'ErrImagePull', 'web-2']]);
  });
});
