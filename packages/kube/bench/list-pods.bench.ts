import { performance } from 'node:perf_hooks';
import { ManualClock, silentLogger } from '@sre-agent/core';
import { startSandbox } from '@sre-agent/sandbox';
import { createClusterAccessFromKubeconfig } from '../src/access.ts';
import { DEFAULT_PAGE_SIZE } from '../src/pagination.ts';
import { CountingProxy } from './counting-proxy.ts';

type Io = { out(text: string): void; err(text: string): void };

const PODS_PER_NAMESPACE = 100;
const RUNS = 5;

/** The fastest run: on a shared 2-core machine, slower runs measure the neighbours. */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/** Every page of `/api/v1/pods` with plain fetch and JSON.parse: what the server and the wire cost alone. */
async function rawList(url: string, pageSize: number): Promise<number> {
  let count = 0;
  let token = '';
  do {
    const query = new URLSearchParams({ limit: String(pageSize), ...(token ? { continue: token } : {}) });
    const response = await fetch(`${url}/api/v1/pods?${query}`, {
      headers: { authorization: 'Bearer sandbox-token' },
    });
    const page = (await response.json()) as { items: unknown[]; metadata?: { continue?: string } };
    count += page.items.length;
    token = page.metadata?.continue ?? '';
  } while (token);
  return count;
}

type Row = { pods: number; requests: number; bytes: number; ms: number; rawMs: number };

/**
 * Lists every pod of a generated cluster through `ClusterReader.listPods` (paginated, through
 * the real client) with a counting proxy between client and sandbox, once per page size, and
 * checks that the number of requests is what pagination implies.
 */
async function measure(generatedPods: number, pageSizes: readonly number[]): Promise<Map<number, Row>> {
  const clock = new ManualClock('2026-05-01T10:00:00Z');
  const sandbox = await startSandbox({
    scenario: 'healthy',
    clock,
    generate: { namespaces: generatedPods / PODS_PER_NAMESPACE, podsPerNamespace: PODS_PER_NAMESPACE },
  });
  const proxy = await CountingProxy.start(sandbox.url);
  const rows = new Map<number, Row>();
  try {
    for (const pageSize of pageSizes) {
      const access = createClusterAccessFromKubeconfig(
        { name: 'bench', kubeconfig: sandbox.kubeconfig().replace(sandbox.url, proxy.url) },
        { clock, logger: silentLogger, pageSize },
      );
      try {
        await access.reader.listPods(); // warm-up: JIT, connection
        const times: number[] = [];
        let pods = 0;
        for (let run = 0; run < RUNS; run++) {
          proxy.reset();
          const started = performance.now();
          pods = (await access.reader.listPods()).length;
          times.push(performance.now() - started);
        }
        const { requests, bytesReceived } = proxy.traffic;
        const expected = Math.ceil(pods / pageSize);
        if (requests !== expected) {
          throw new Error(
            `listing ${pods} pods took ${requests} requests, expected ${expected}: pagination regressed`,
          );
        }
        const rawTimes: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now();
          await rawList(sandbox.url, pageSize);
          rawTimes.push(performance.now() - started);
        }
        rows.set(pageSize, {
          pods,
          requests,
          bytes: bytesReceived,
          ms: fastest(times),
          rawMs: fastest(rawTimes),
        });
      } finally {
        await access.close();
      }
    }
    return rows;
  } finally {
    await proxy.close();
    await sandbox.close();
  }
}

export async function runBench(io: Io): Promise<void> {
  io.out(`listPods over all namespaces, page size ${DEFAULT_PAGE_SIZE}, fastest of ${RUNS} runs`);
  io.out('(raw ms: the same pages with fetch + JSON.parse, i.e. server and wire without the client):');
  io.out('    pods  requests      MB      ms   µs/pod  bytes/pod  raw ms');
  const rows: Row[] = [];
  for (const generated of [2_500, 5_000, 10_000]) {
    const pageSizes = generated === 10_000 ? [DEFAULT_PAGE_SIZE, 100, 2_000] : [DEFAULT_PAGE_SIZE];
    const measured = await measure(generated, pageSizes);
    const r = measured.get(DEFAULT_PAGE_SIZE);
    if (!r) continue;
    rows.push(r);
    io.out(
      `${String(r.pods).padStart(8)}${String(r.requests).padStart(10)}${(r.bytes / 1e6).toFixed(1).padStart(8)}` +
        `${r.ms.toFixed(0).padStart(8)}${((r.ms * 1000) / r.pods).toFixed(1).padStart(9)}` +
        `${String(Math.round(r.bytes / r.pods)).padStart(11)}${r.rawMs.toFixed(0).padStart(8)}`,
    );
    if (generated === 10_000) {
      const first = rows[0];
      if (first) {
        const growth = r.ms / r.pods / (first.ms / first.pods);
        io.out(
          `per-pod time at ${r.pods} pods is ${growth.toFixed(2)}× that at ${first.pods} (1.0 = linear)`,
        );
      }
      io.out(`page size at ${r.pods} pods:`);
      io.out('    page  requests      ms  raw ms');
      for (const [pageSize, row] of measured) {
        io.out(
          `${String(pageSize).padStart(8)}${String(row.requests).padStart(10)}${row.ms.toFixed(0).padStart(8)}${row.rawMs.toFixed(0).padStart(8)}`,
        );
      }
    }
  }
}
