import { deployment, healthyProfile, httpProbe, namespace, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const RENDERER = 'registry.local/documents/pdf-renderer:2.14.0';
const DOCUMENTS = 'registry.local/documents/document-api:3.3.5';

/** Minutes after its pod starts that pdf-renderer hangs (its /dev/shm is full). */
export const HANG_AFTER_MINUTES = 30;

export const hangRecurring: ScenarioDefinitionInput = {
  name: 'hang-recurring',
  description: `documents/pdf-renderer (Node.js, Puppeteer with headless Chromium) leaks Chromium shared memory: pages of timed-out renders are never closed, and their segments stay in the pod's /dev/shm (a memory emptyDir of 256Mi, which outlives container restarts). ${HANG_AFTER_MINUTES} minutes after a pod starts /dev/shm is full, Chromium hangs, the event loop blocks on it, liveness probes time out and the kubelet restarts the container, which hangs again at once: CrashLoopBackOff.`,
  namespace: 'documents',
  workload: 'pdf-renderer',
  expectedFix: `A rollout restart gives fresh pods with an empty /dev/shm, healthy for ${HANG_AFTER_MINUTES} minutes; then it hangs again, after every restart. After the second restart, escalate as recurring: the restart only buys ${HANG_AFTER_MINUTES} minutes, the cause is the shared-memory leak in pdf-renderer 2.14.0 (close pages on timeout), a code fix for the documents team.`,
  historyMinutes: 40,
  objects: [
    namespace('documents', { team: 'documents' }),
    deployment({
      name: 'pdf-renderer',
      namespace: 'documents',
      image: RENDERER,
      replicas: 2,
      port: 3000,
      requests: { cpu: '250m', memory: '512Mi' },
      limits: { memory: '1Gi' },
      liveness: httpProbe('/healthz', 3000, { initialDelaySeconds: 20, timeoutSeconds: 2 }),
      readiness: httpProbe('/ready', 3000, { initialDelaySeconds: 10 }),
      volumes: [{ name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } }],
      volumeMounts: [{ name: 'dshm', mountPath: '/dev/shm' }],
    }),
    service('pdf-renderer', 'documents', 80, 3000),
    deployment({ name: 'document-api', namespace: 'documents', image: DOCUMENTS, replicas: 2 }),
    service('document-api', 'documents'),
  ],
  profiles: [
    {
      image: RENDERER,
      memoryUsageMi: 380,
      readyAfterSeconds: 6,
      startupLog: [
        '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"pdf-renderer 2.14.0 starting"}',
        '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"chromium launched","version":"HeadlessChrome/131.0.6778.204","args":["--no-sandbox","--disable-gpu"]}',
        '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"listening","port":3000}',
      ],
      steadyLog: {
        everySeconds: 20,
        lines: [
          '{"level":30,"time":"{time}","pid":1,"hostname":"{pod}","msg":"pdf rendered","document":"doc_{id}","pages":3,"bytes":184322,"duration_ms":912}',
        ],
      },
      failures: [
        {
          effect: 'hang',
          since: 'pod',
          afterSeconds: HANG_AFTER_MINUTES * 60,
          log: [
            '[0301/120000.000000:ERROR:platform_shared_memory_region_posix.cc(217)] Creating shared memory in /dev/shm/.org.chromium.Chromium.{id} failed: No space left on device (28)',
            '{"level":50,"time":"{time}","pid":1,"hostname":"{pod}","msg":"render failed","document":"doc_{id}","err":{"type":"TimeoutError","message":"Navigation timeout of 30000 ms exceeded"}}',
            '{"level":40,"time":"{time}","pid":1,"hostname":"{pod}","msg":"browser unresponsive, waiting for page close","openPages":117}',
          ],
        },
      ],
    },
    healthyProfile(DOCUMENTS, 'document-api'),
  ],
};
