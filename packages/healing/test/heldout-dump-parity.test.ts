import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseHeldOutDump, writeHeldOutDump } from '../bench/heldout/dump.ts';
import { HELD_OUT_CASES, runHeldOutCase } from '../bench/heldout/index.ts';

/**
 * Cases where a real `kubectl cluster-info dump` holds less than the cluster, so the dump path may
 * decide otherwise, each with why. Empty: every held-out case decides the same from its dump.
 */
const DUMP_LACKS: Readonly<Record<string, string>> = {};

/**
 * The held-out set read twice: through the in-memory cluster as the bench does, and as the kubectl
 * `cluster-info dump` of that same cluster read offline by `sre-agent diagnose --dump` (the dump
 * reader, the monitor's detectors, the on-demand diagnosis). Both must find the same best pattern
 * and the same first action.
 */
describe('held-out cases: the dump path decides as the cluster path does', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'heldout-dump-'));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('writes the layout kubectl writes', async () => {
    const c = HELD_OUT_CASES.find((x) => x.initContainers?.length && x.previousLog);
    if (!c) throw new Error('the held-out set has no case with an init container and a previous log');
    const dir = join(root, 'layout');
    const { pod } = await writeHeldOutDump(c, dir);
    const pods = JSON.parse(await readFile(join(dir, 'prod', 'pods.json'), 'utf8'));
    expect(pods.kind).toBe('PodList');
    expect(pods.items[0].metadata.name).toBe(pod);
    expect(pods.items[0].kind).toBeUndefined();
    const logs = await readFile(join(dir, 'prod', pod, 'logs.txt'), 'utf8');
    const first = c.initContainers?.[0]?.name;
    expect(logs.startsWith(`==== START logs for container ${first} of pod prod/${pod} ====\n`)).toBe(true);
  });

  it('finds the same best pattern and first action for every case', async () => {
    const differ: string[] = [];
    for (const c of HELD_OUT_CASES) {
      const dir = join(root, c.id);
      await writeHeldOutDump(c, dir);
      const [cluster, dump] = await Promise.all([runHeldOutCase(c), diagnoseHeldOutDump(c, dir)]);
      const same = cluster.pattern === dump.pattern && cluster.action === dump.action;
      if (same === (DUMP_LACKS[c.id] === undefined)) {
        if (same) continue;
      }
      differ.push(
        `${c.id} (${c.signal}; detected as ${dump.signal}): cluster ${cluster.pattern ?? 'no pattern'} -> ${cluster.action}, ` +
          `dump ${dump.pattern ?? 'no pattern'} -> ${dump.action}` +
          (same ? ' (listed in DUMP_LACKS but the same now: remove it)' : ''),
      );
      await rm(dir, { recursive: true, force: true });
    }
    expect(differ, differ.join('\n')).toEqual([]);
  }, 60_000);
});
