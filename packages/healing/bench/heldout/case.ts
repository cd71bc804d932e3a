import type { ActionKind } from '../../src/actions/registry.ts';

/** One container's status as a held-out case gives it (what `kubectl get pod -o json` shows). */
export type HeldOutContainer = {
  name: string;
  waiting?: { reason: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason: string; exitCode: number; message?: string };
  last?: { reason: string; exitCode: number; message?: string };
  restarts?: number;
  ready?: boolean;
  /**
   * The container's spec, when the case shows it (`kubectl get pod -o yaml`): resources, env set
   * in the spec (not by a rollout), command-line args and volume mounts.
   */
  memoryLimit?: string;
  memoryRequest?: string;
  cpuLimit?: string;
  env?: Record<string, string>;
  args?: string[];
  mounts?: { volume: string; path: string }[];
};

/**
 * The node the pod runs on, as `kubectl get node -o yaml` shows it. Without it the node is healthy
 * (Ready, schedulable, no taints), as most nodes are.
 */
export type HeldOutNode = {
  /** Status of the `Ready` condition: `False` when the kubelet reports trouble, `Unknown` when it stopped reporting. */
  ready: 'True' | 'False' | 'Unknown';
  /** The `Ready` condition's reason and message (`KubeletNotReady`, "PLEG is not healthy: ..."). */
  reason?: string;
  message?: string;
  /** Other conditions, e.g. `{ type: 'DiskPressure', status: 'True' }`. */
  conditions?: { type: string; status: 'True' | 'False' | 'Unknown'; reason?: string; message?: string }[];
  unschedulable?: boolean;
  /** Taints as `key=value:Effect` or `key:Effect`, e.g. `node.kubernetes.io/unreachable:NoExecute`. */
  taints?: string[];
};

/** A pod volume, as the pod spec declares it (the kinds a support bundle shows most). */
export type HeldOutVolume = {
  name: string;
  /** An `emptyDir`; `medium: 'Memory'` is a tmpfs whose files count towards the memory limit. */
  emptyDir?: { medium?: 'Memory'; sizeLimit?: string };
  persistentVolumeClaim?: string;
  configMap?: string;
  secret?: string;
};

/** What a recent rollout changed; the new revision runs every container at tag 2.3.1. */
export type HeldOutRollout = {
  minutesAgo: number;
  /** The tag the previous revision ran, when the rollout changed the image. */
  previousTag?: string;
  /** Secrets the new revision reads through `envFrom` and the previous one did not. */
  addedSecrets?: string[];
  /** ConfigMaps the new revision mounts as volumes and the previous one did not. */
  addedConfigMapVolumes?: string[];
  /** Environment variables the new revision sets and the previous one did not. */
  addedEnv?: Record<string, string>;
};

/** A Kubernetes event about the failing pod (or its Deployment). */
export type HeldOutEvent = {
  reason: string;
  message: string;
  type?: 'Warning' | 'Normal';
  count?: number;
  /** Default: the pod. */
  on?: 'Pod' | 'Deployment';
};

/**
 * A held-out failure: a support-bundle-like dump of one failing pod (status, events, logs) written
 * from a public issue tracker or documentation page (`source`), with the catalog actions that would
 * help (`accept`) and, optionally, actions that would do harm beyond the default set.
 *
 * The harness reads every case at 2026-02-11T08:30:00Z (`run.ts`): the pod was created at 07:00,
 * events were last seen at 08:29:30, and a running container started at 08:20 unless the case says
 * otherwise. Date `running.startedAt` and the logs before that moment: a container started later has
 * no uptime the diagnosis can read.
 */
export type HeldOutCase = {
  id: string;
  /** The failure family the case belongs to (for accuracy by family). */
  family: string;
  /** Where the error wording comes from. */
  source: string;
  /**
   * The signal the monitor or Alertmanager raised, as a string: a signal not in core is `Alert`. An
   * alert's words are an `AlertFiring` event on the Deployment, `<alertname>: <summary and
   * description>`: the event the evidence makes of an incident's alerts (`gatherEvidence`).
   */
  signal: string;
  phase?: 'Pending' | 'Running' | 'Failed' | 'Succeeded';
  containers: HeldOutContainer[];
  initContainers?: HeldOutContainer[];
  /** The node the pod runs on; healthy when not given. */
  node?: HeldOutNode;
  /** The pod's volumes, mounted by the containers that name them in `mounts`. */
  volumes?: HeldOutVolume[];
  events?: HeldOutEvent[];
  previousLog?: string;
  currentLog?: string;
  /**
   * A rollout inside the look-back window: the failing pod runs the new revision (2), created
   * `minutesAgo` before the case is read, and the revision it replaced (1) differs by what is named
   * here. Without it the Deployment has one old revision and nothing changed recently.
   */
  rollout?: HeldOutRollout;
  accept: ActionKind[];
  /** Harmful besides every mutating action not in `accept` that targets something else (see bench). */
  harmful?: ActionKind[];
  /**
   * Actions that do not fix the cause but that a reviewer would not call harm either (a first raise
   * of a slowly leaking workload's memory buys time; the recurrence check escalates the next OOM):
   * neither acceptable nor harmful.
   */
  tolerated?: ActionKind[];
};

/** Chatter a busy service prints between errors: JSON access logs, logfmt health checks, plain INFO. */
export function chatter(format: 'json' | 'logfmt' | 'plain' | 'tracing', count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + from;
    const ts = `2026-02-11T08:${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String((i * 37) % 1000).padStart(3, '0')}Z`;
    switch (format) {
      case 'json':
        return `{"ts":"${ts}","level":"info","logger":"http","msg":"request completed","method":"GET","path":"/api/v1/items/${1000 + i}","status":200,"duration_ms":${(i * 7) % 90}}`;
      case 'logfmt':
        return `time=${ts} level=info msg="health check" component=probe status=ok latency=${(i % 9) + 1}ms`;
      case 'tracing':
        return `${ts}  INFO request{method=GET uri=/healthz version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=${i % 5} ms status=200`;
      default:
        return `${ts} INFO  [worker-${i % 4}] processed batch id=${5000 + i} size=${(i * 13) % 200}`;
    }
  });
}

/** Lines joined as a log. */
export const log = (...parts: (string | string[])[]): string => parts.flat().join('\n');

/**
 * A container in CrashLoopBackOff after exiting with `exitCode`, as a batch writes them: the
 * kubelet's back-off message and restart count vary between batches, as between clusters.
 */
export const crashLoop =
  (backOff: string, defaultRestarts: number) =>
  (name: string, exitCode = 1, restarts = defaultRestarts): HeldOutContainer => ({
    name,
    waiting: {
      reason: 'CrashLoopBackOff',
      message: `back-off ${backOff} restarting failed container=${name}`,
    },
    last: { reason: 'Error', exitCode },
    restarts,
  });
