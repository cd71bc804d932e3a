import {
  containerPath,
  type FieldEdit,
  findingKey,
  type GitopsFinding,
  type ProposedFix,
} from '../finding.ts';
import type { Container, Probe, WorkloadObject } from '../objects.ts';
import { defineCheck } from './check.ts';

const HANDLERS = ['httpGet', 'tcpSocket', 'grpc', 'exec'] as const;

/** The handler of a probe (`{ httpGet: {...} }`), copied. */
function handlerOf(probe: Probe): Record<string, unknown> | undefined {
  for (const h of HANDLERS) if (probe[h]) return { [h]: structuredClone(probe[h]) };
  return undefined;
}

function describeHandler(handler: Record<string, unknown>): string {
  const [kind, value] = Object.entries(handler)[0] ?? ['?', {}];
  const v = value as Record<string, unknown>;
  if (kind === 'httpGet') return `httpGet ${String(v.path ?? '/')} on port ${String(v.port)}`;
  if (kind === 'tcpSocket') return `tcpSocket on port ${String(v.port)}`;
  if (kind === 'grpc') return `grpc on port ${String(v.port)}`;
  return 'exec';
}

/** The first TCP port the container declares: by name when it has one (survives renumbering). */
function declaredTcpPort(container: Container): string | number | undefined {
  const port = (container.ports ?? []).find((p) => (p.protocol ?? 'TCP') === 'TCP');
  return port ? (port.name ?? port.containerPort) : undefined;
}

type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

function setProbe(w: WorkloadObject, c: Container, field: ProbeField, value: Probe): FieldEdit {
  return { op: 'set', target: w.ref, path: [...containerPath(c.name), field], value };
}

function draft(w: WorkloadObject, c: Container, title: string, todo: string): ProposedFix {
  return {
    kind: 'draft',
    title,
    todo,
    edits: [{ op: 'comment', target: w.ref, path: containerPath(c.name), text: `sre-agent: ${todo}` }],
  };
}

/** Liveness from the readiness handler with more tolerant thresholds, else TCP on the declared port. */
export function proposeLiveness(w: WorkloadObject, c: Container): ProposedFix {
  const title = `Fix: add liveness probe to ${w.ref.name}`;
  const readiness = c.readinessProbe;
  const handler = readiness ? handlerOf(readiness) : undefined;
  if (readiness && handler) {
    const period = readiness.periodSeconds ?? 10;
    const failures = Math.max(3, 2 * (readiness.failureThreshold ?? 3));
    const probe: Probe = {
      ...handler,
      ...(readiness.initialDelaySeconds ? { initialDelaySeconds: readiness.initialDelaySeconds } : {}),
      periodSeconds: period,
      timeoutSeconds: readiness.timeoutSeconds ?? 1,
      failureThreshold: failures,
    };
    return {
      kind: 'edit',
      title,
      edits: [setProbe(w, c, 'livenessProbe', probe)],
      derivation: `reuses the readiness probe's handler (${describeHandler(handler)}) and period (${period}s); failureThreshold ${failures} (twice the readiness probe's ${readiness.failureThreshold ?? 3}, at least 3), so a struggling pod is taken out of rotation ${failures / 2}x sooner than it is restarted`,
    };
  }
  const port = declaredTcpPort(c);
  if (port !== undefined) {
    const probe: Probe = { tcpSocket: { port }, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 6 };
    return {
      kind: 'edit',
      title,
      edits: [setProbe(w, c, 'livenessProbe', probe)],
      derivation: `a TCP check on the container's declared port ${port} (no readiness probe to reuse); 6 failures 10s apart (a minute) before a restart, tolerant of slow moments`,
    };
  }
  return draft(
    w,
    c,
    `Draft: add liveness probe to ${w.ref.name}`,
    `set containers[name=${c.name}].livenessProbe: the container declares no port and has no readiness probe to reuse; give the endpoint or command that tells the process is alive (httpGet path and port, tcpSocket port or exec command)`,
  );
}

/** Readiness from the liveness handler with the default thresholds, else TCP on the declared port. */
export function proposeReadiness(w: WorkloadObject, c: Container): ProposedFix {
  const title = `Fix: add readiness probe to ${w.ref.name}`;
  const liveness = c.livenessProbe;
  const handler = liveness ? handlerOf(liveness) : undefined;
  if (liveness && handler) {
    const period = liveness.periodSeconds ?? 10;
    const probe: Probe = {
      ...handler,
      periodSeconds: period,
      timeoutSeconds: liveness.timeoutSeconds ?? 1,
      failureThreshold: 3,
    };
    return {
      kind: 'edit',
      title,
      edits: [setProbe(w, c, 'readinessProbe', probe)],
      derivation: `reuses the liveness probe's handler (${describeHandler(handler)}) and period (${period}s) with failureThreshold 3, so traffic stops before the liveness probe (${liveness.failureThreshold ?? 3} failures) restarts the pod`,
    };
  }
  const port = declaredTcpPort(c);
  if (port !== undefined) {
    const probe: Probe = { tcpSocket: { port }, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 };
    return {
      kind: 'edit',
      title,
      edits: [setProbe(w, c, 'readinessProbe', probe)],
      derivation: `a TCP check on the container's declared port ${port} (no liveness probe to reuse): the pod gets traffic only once it accepts connections`,
    };
  }
  return draft(
    w,
    c,
    `Draft: add readiness probe to ${w.ref.name}`,
    `set containers[name=${c.name}].readinessProbe: the container declares no port and has no liveness probe to reuse; give the endpoint that says the pod can serve (httpGet path and port, or exec command)`,
  );
}

function each(
  workloads: readonly WorkloadObject[],
  check: string,
  pick: (
    w: WorkloadObject,
    c: Container,
  ) => Omit<GitopsFinding, 'key' | 'check' | 'object' | 'container'> | undefined,
): GitopsFinding[] {
  return workloads.flatMap((w) =>
    w.containers.flatMap((c) => {
      const found = pick(w, c);
      return found
        ? [{ key: findingKey(check, w.ref, c.name), check, object: w.ref, container: c.name, ...found }]
        : [];
    }),
  );
}

export const livenessProbeMissing = defineCheck({
  id: 'livenessProbeMissing',
  severity: 'medium',
  doc: 'a container without a liveness probe: a hung process keeps its pod Running and is never restarted',
  run: ({ inventory }) =>
    each(inventory.workloads, 'livenessProbeMissing', (w, c) =>
      c.livenessProbe
        ? undefined
        : {
            severity: 'medium',
            message: `container ${c.name} has no liveness probe`,
            risk: 'A deadlocked or hung process keeps its pod Running: Kubernetes never restarts it and, with a readiness probe that still answers, keeps sending it traffic. The probe added restarts it only after sustained failure.',
            fix: proposeLiveness(w, c),
          },
    ),
});

export const readinessProbeMissing = defineCheck({
  id: 'readinessProbeMissing',
  severity: 'high',
  doc: 'a container without a readiness probe: it gets traffic before it can serve, and during rollouts',
  run: ({ inventory }) =>
    each(inventory.workloads, 'readinessProbeMissing', (w, c) =>
      c.readinessProbe || w.ref.kind === 'DaemonSet'
        ? undefined
        : {
            severity: 'high',
            message: `container ${c.name} has no readiness probe`,
            risk: 'The pod is sent traffic the moment its containers start, before it can serve, and a rollout moves on to the next pod without waiting: requests fail on every deploy and on every restart.',
            fix: proposeReadiness(w, c),
          },
    ),
});

/** A liveness probe that waits this long for a slow start is better served by a startup probe. */
const SLOW_START_SECONDS = 30;

export const startupProbeMissing = defineCheck({
  id: 'startupProbeMissing',
  severity: 'low',
  doc: `a liveness probe with initialDelaySeconds ≥ ${SLOW_START_SECONDS} and no startup probe: a slow start is guessed once instead of waited for`,
  run: ({ inventory }) =>
    each(inventory.workloads, 'startupProbeMissing', (w, c) => {
      const liveness = c.livenessProbe;
      const delay = liveness?.initialDelaySeconds ?? 0;
      const handler = liveness ? handlerOf(liveness) : undefined;
      if (c.startupProbe || !liveness || !handler || delay < SLOW_START_SECONDS) return undefined;
      const period = 10;
      const failures = Math.ceil(delay / period) + (liveness.failureThreshold ?? 3);
      return {
        severity: 'low',
        message: `container ${c.name} waits ${delay}s before its liveness probe instead of a startup probe`,
        risk: `The liveness probe's fixed ${delay}s delay is a guess: a start slower than that (a cold cache, a slow node) is killed and restarted in a loop, and a fast start stays unwatched for ${delay}s.`,
        fix: {
          kind: 'edit',
          title: `Fix: add startup probe to ${w.ref.name}`,
          edits: [
            setProbe(w, c, 'startupProbe', { ...handler, periodSeconds: period, failureThreshold: failures }),
          ],
          derivation: `reuses the liveness probe's handler (${describeHandler(handler)}); ${failures} checks ${period}s apart cover the liveness delay (${delay}s) plus its ${liveness.failureThreshold ?? 3} failures, so a start is allowed as long as before and no longer guessed`,
        },
      };
    }),
});

export const probeTimeoutTooLong = defineCheck({
  id: 'probeTimeoutTooLong',
  severity: 'medium',
  doc: 'a probe whose timeoutSeconds is not below its periodSeconds: checks overlap and a slow answer can never pass in time',
  run: ({ inventory }) =>
    inventory.workloads.flatMap((w) =>
      w.containers.flatMap((c) =>
        (['livenessProbe', 'readinessProbe', 'startupProbe'] as const).flatMap((field): GitopsFinding[] => {
          const probe = c[field];
          if (!probe) return [];
          const timeout = probe.timeoutSeconds ?? 1;
          const period = probe.periodSeconds ?? 10;
          if (timeout < period) return [];
          const next = 2 * timeout;
          const object = w.ref;
          return [
            {
              key: findingKey('probeTimeoutTooLong', object, `${c.name}/${field}`),
              check: 'probeTimeoutTooLong',
              severity: 'medium',
              object,
              container: c.name,
              message: `container ${c.name}: ${field} timeoutSeconds ${timeout} ≥ periodSeconds ${period}`,
              risk: `The kubelet starts a check every ${period}s but waits up to ${timeout}s for each: a slow answer overlaps the next check, and the probe reports failures the application did not have (restarts or lost traffic under load).`,
              fix: {
                kind: 'edit',
                title: `Fix: ${field} period of ${w.ref.name}`,
                edits: [
                  {
                    op: 'set',
                    target: object,
                    path: [...containerPath(c.name), field, 'periodSeconds'],
                    value: next,
                  },
                ],
                derivation: `keeps the ${timeout}s timeout the application was given and sets periodSeconds to twice it (${next}s), so each check finishes before the next starts`,
              },
            },
          ];
        }),
      ),
    ),
});
