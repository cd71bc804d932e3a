import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, ManualClock } from '@sre-agent/core';
import { DiagnoseReportSchema, diagnoseOnDemand } from '@sre-agent/healing';
import { openClusterDump } from '@sre-agent/kube';

type Io = { out(text: string): void; err(text: string): void };

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const NAMESPACES = 20;
const DEPLOYMENTS_PER_NAMESPACE = 10;
const PODS_PER_DEPLOYMENT = 10;
const LOG_LINES = 200;
/** Every this many deployments one crash-loops (OOMKilled), so the dump has something to find. */
const FAILING_EVERY = 25;
const NOW = Date.parse('2026-05-01T10:00:00Z');

const iso = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString().replace('.000', '');
const list = (kind: string, items: unknown[]) =>
  JSON.stringify({ kind, apiVersion: 'v1', metadata: {}, items });

/** Writes a `kubectl cluster-info dump` of 2,000 pods (logs included) into `dir`; returns the failing workloads. */
async function writeDump(dir: string): Promise<number> {
  const nodes = Array.from({ length: 20 }, (_, i) => ({
    metadata: { name: `ip-10-0-${i}-1.eu-west-1.compute.internal`, uid: `node-${i}` },
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: iso(0) }],
      allocatable: { cpu: '8', memory: '32Gi', pods: '110' },
    },
  }));
  await writeFile(join(dir, 'nodes.json'), list('NodeList', nodes));
  let failing = 0;
  let index = 0;
  for (let n = 0; n < NAMESPACES; n++) {
    const ns = `team-${n}`;
    await mkdir(join(dir, ns), { recursive: true });
    const deployments: unknown[] = [];
    const replicaSets: unknown[] = [];
    const pods: unknown[] = [];
    const events: unknown[] = [];
    for (let d = 0; d < DEPLOYMENTS_PER_NAMESPACE; d++) {
      const name = `svc-${d}`;
      const fails = index++ % FAILING_EVERY === 0;
      failing += fails ? 1 : 0;
      const labels = { app: name };
      const template = {
        metadata: { labels },
        spec: {
          containers: [
            {
              name,
              image: `registry.local/${ns}/${name}:1.0.${d}`,
              resources: { limits: { memory: '256Mi' } },
            },
          ],
        },
      };
      deployments.push({
        metadata: {
          name,
          namespace: ns,
          uid: `${ns}-${name}`,
          creationTimestamp: iso(600),
          annotations: { 'deployment.kubernetes.io/revision': '1' },
        },
        spec: { replicas: PODS_PER_DEPLOYMENT, selector: { matchLabels: labels }, template },
        status: { replicas: PODS_PER_DEPLOYMENT, readyReplicas: fails ? 0 : PODS_PER_DEPLOYMENT },
      });
      const rs = `${name}-5d8f7c9b4`;
      replicaSets.push({
        metadata: {
          name: rs,
          namespace: ns,
          uid: `${ns}-${rs}`,
          labels,
          creationTimestamp: iso(600),
          annotations: { 'deployment.kubernetes.io/revision': '1' },
          ownerReferences: [{ kind: 'Deployment', name, uid: `${ns}-${name}`, controller: true }],
        },
        spec: { replicas: PODS_PER_DEPLOYMENT, selector: { matchLabels: labels }, template },
        status: { replicas: PODS_PER_DEPLOYMENT },
      });
      for (let p = 0; p < PODS_PER_DEPLOYMENT; p++) {
        const pod = `${rs}-p${p}x${n}`;
        const state = fails
          ? { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } }
          : { running: { startedAt: iso(590) } };
        pods.push({
          metadata: {
            name: pod,
            namespace: ns,
            uid: `${ns}-${pod}`,
            labels,
            creationTimestamp: iso(595),
            ownerReferences: [{ kind: 'ReplicaSet', name: rs, uid: `${ns}-${rs}`, controller: true }],
          },
          spec: { ...template.spec, nodeName: `ip-10-0-${p % 20}-1.eu-west-1.compute.internal` },
          status: {
            phase: 'Running',
            startTime: iso(595),
            conditions: [{ type: 'Ready', status: fails ? 'False' : 'True' }],
            containerStatuses: [
              {
                name,
                image: template.spec.containers[0]?.image,
                ready: !fails,
                restartCount: fails ? 12 : 0,
                state,
                ...(fails
                  ? {
                      lastState: {
                        terminated: {
                          reason: 'OOMKilled',
                          exitCode: 137,
                          startedAt: iso(6),
                          finishedAt: iso(5),
                        },
                      },
                    }
                  : {}),
              },
            ],
          },
        });
        if (fails) {
          events.push({
            metadata: { name: `${pod}.back-off`, namespace: ns },
            involvedObject: { kind: 'Pod', name: pod, namespace: ns },
            type: 'Warning',
            reason: 'BackOff',
            message: `Back-off restarting failed container ${name} in pod ${pod}`,
            count: 40,
            firstTimestamp: iso(60),
            lastTimestamp: iso(1),
          });
        }
        const lines = Array.from(
          { length: LOG_LINES },
          (_, i) =>
            `{"level":"info","ts":"${iso(LOG_LINES - i)}","msg":"request served","path":"/api/items/${i}","status":200,"ms":${i % 37}}`,
        );
        if (fails) lines.push('{"level":"error","msg":"allocation failed: heap limit reached"}');
        const logDir = join(dir, ns, pod);
        await mkdir(logDir, { recursive: true });
        await writeFile(
          join(logDir, 'logs.txt'),
          `==== START logs for container ${name} of pod ${ns}/${pod} ====\n${lines.join('\n')}\n==== END logs for container ${name} of pod ${ns}/${pod} ====\n`,
        );
      }
    }
    await writeFile(join(dir, ns, 'deployments.json'), list('DeploymentList', deployments));
    await writeFile(join(dir, ns, 'replicasets.json'), list('ReplicaSetList', replicaSets));
    await writeFile(join(dir, ns, 'pods.json'), list('PodList', pods));
    await writeFile(join(dir, ns, 'events.json'), list('EventList', events));
    for (const file of ['daemonsets', 'services', 'replication-controllers'])
      await writeFile(join(dir, ns, `${file}.json`), list('List', []));
  }
  return failing;
}

/** Prints the process's peak RSS (kB) to stderr as it exits. */
const PEAK_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('PEAK_RSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs `sre-agent diagnose --dump DIR --json` in its own process: wall time, peak RSS, output. */
function runDiagnose(dir: string): Promise<{ ms: number; peakMb: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', PEAK_HOOK, join(ROOT, 'bin/sre-agent.mjs'), 'diagnose', '--dump', dir, '--json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const peak = /PEAK_RSS_KB (\d+)/.exec(err);
      if (code !== 0 || !peak) reject(new Error(`diagnose exited ${code}: ${err.slice(0, 500)}`));
      else resolve({ ms, peakMb: Number(peak[1]) / 1024, out });
    });
  });
}

/**
 * `sre-agent diagnose --dump` on a synthetic `kubectl cluster-info dump` of 2,000 pods (20
 * namespaces, 200 Deployments, 200 log lines a pod, 8 crash-looping Deployments): wall time and
 * peak memory of the whole command, process start included.
 */
export async function runBench(io: Io): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-dump-'));
  try {
    const failing = await writeDump(dir);
    const pods = NAMESPACES * DEPLOYMENTS_PER_NAMESPACE * PODS_PER_DEPLOYMENT;
    // In process: reading the dump and diagnosing it, as the command does after it has started.
    const inProcess: { open: number; diagnose: number; found: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const reader = await openClusterDump(dir);
      const opened = performance.now();
      const clock = new ManualClock(reader.now ?? new Date(NOW));
      const found = await diagnoseOnDemand({ reader, config: loadConfig().config, clock }, { kind: 'all' });
      inProcess.push({ open: opened - started, diagnose: performance.now() - opened, found: found.length });
    }
    const best = inProcess.reduce((a, b) => (a.open + a.diagnose <= b.open + b.diagnose ? a : b));
    io.out(
      `diagnose from a dump of ${pods} pods (${failing} failing deployments, ${best.found} diagnosed): ` +
        `${(best.open + best.diagnose).toFixed(0)} ms (read ${best.open.toFixed(0)} ms, detect + diagnose ${best.diagnose.toFixed(0)} ms; fastest of ${inProcess.length})`,
    );
    // The whole command in its own process: wall time with process start, and its peak memory.
    const cli = await runDiagnose(dir);
    const report = DiagnoseReportSchema.parse(JSON.parse(cli.out));
    io.out(
      `sre-agent diagnose --dump --json: wall ${cli.ms.toFixed(0)} ms (process start and module loading included), peak RSS ${cli.peakMb.toFixed(0)} MB, ${report.diagnoses.length} diagnosed`,
    );
    if (report.diagnoses.length !== failing || best.found !== failing)
      io.err(`expected ${failing} diagnoses, got ${report.diagnoses.length}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
