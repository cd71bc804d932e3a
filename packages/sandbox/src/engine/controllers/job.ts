import { applyDefaults } from '../../resources/defaults.ts';
import type { Condition, KubeObject, Pod, PodTemplateSpec } from '../../resources/types.ts';
import type { ClusterState } from '../../store/cluster-state.ts';
import type { EventRecorder } from '../events.ts';
import { isPodReady, podFromTemplate } from '../pod-template.ts';

type Job = KubeObject & {
  spec: {
    parallelism?: number;
    completions?: number;
    backoffLimit?: number;
    suspend?: boolean;
    template: PodTemplateSpec;
  };
  status?: {
    startTime?: string;
    completionTime?: string;
    conditions?: Condition[];
    active?: number;
    succeeded?: number;
    failed?: number;
    ready?: number;
  };
};

/** Runs a Job's pods until `completions` succeed, or fails it after `backoffLimit` failed pods. */
export class JobController {
  readonly #state: ClusterState;
  readonly #events: EventRecorder;

  constructor(state: ClusterState, events: EventRecorder) {
    this.#state = state;
    this.#events = events;
  }

  reconcile(_now: number): number | undefined {
    for (const job of this.#state.list<Job>('Job')) this.#sync(job);
    return undefined;
  }

  #sync(job: Job): void {
    const finished = job.status?.conditions?.some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    const pods = this.#state.byIndex<Pod>('pods-by-owner', job.metadata.uid);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
    let active = pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    const completions = job.spec.completions ?? 1;
    const parallelism = job.spec.parallelism ?? 1;
    const timestamp = this.#state.timestamp();
    const status = { ...(job.status ?? {}) };
    if (!status.startTime && !job.spec.suspend) status.startTime = timestamp;
    if (!finished && !job.spec.suspend) {
      if (failed > (job.spec.backoffLimit ?? 6)) {
        for (const pod of active) this.#state.remove('Pod', pod.metadata.namespace, pod.metadata.name);
        active = [];
        status.conditions = [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
            lastProbeTime: timestamp,
            lastTransitionTime: timestamp,
          },
        ];
        this.#events.record(job, {
          type: 'Warning',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
          component: 'job-controller',
        });
      } else if (succeeded >= completions) {
        status.completionTime = timestamp;
        status.conditions = [
          {
            type: 'SuccessCriteriaMet',
            status: 'True',
            reason: 'CompletionsReached',
            message: 'Reached expected number of succeeded pods',
            lastProbeTime: timestamp,
            lastTransitionTime: timestamp,
          },
          {
            type: 'Complete',
            status: 'True',
            reason: 'CompletionsReached',
            message: 'Reached expected number of succeeded pods',
            lastProbeTime: timestamp,
            lastTransitionTime: timestamp,
          },
        ];
        this.#events.record(job, {
          reason: 'Completed',
          message: 'Job completed',
          component: 'job-controller',
        });
      } else {
        const want = Math.min(parallelism, completions - succeeded) - active.length;
        for (let i = 0; i < want; i++) {
          const pod = podFromTemplate(job.spec.template, job, {
            labels: {
              'batch.kubernetes.io/controller-uid': job.metadata.uid,
              'batch.kubernetes.io/job-name': job.metadata.name,
              'controller-uid': job.metadata.uid,
              'job-name': job.metadata.name,
            },
          });
          const created = this.#state.create(
            'Pod',
            applyDefaults('Pod', pod, { serviceIp: () => '' }),
          ) as Pod;
          active.push(created);
          this.#events.record(job, {
            reason: 'SuccessfulCreate',
            message: `Created pod: ${created.metadata.name}`,
            component: 'job-controller',
          });
        }
      }
    }
    const next = {
      ...status,
      active: active.length || undefined,
      succeeded: succeeded || undefined,
      failed: failed || undefined,
      ready: active.filter(isPodReady).length,
    };
    const clean = JSON.parse(JSON.stringify(next)) as Record<string, unknown>;
    if (JSON.stringify(clean) !== JSON.stringify(job.status ?? {})) {
      const fresh = this.#state.get('Job', job.metadata.namespace, job.metadata.name) ?? job;
      this.#state.replace('Job', { ...fresh, status: clean });
    }
  }
}
