import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openClusterDump } from './dump-reader.ts';
import { logExcerpt } from './log-excerpt.ts';
import { readDumpedPodLogs } from './pod-logs.ts';
import { matchesFieldSelector, matchesLabelSelector } from './selectors.ts';

const list = (kind: string, items: unknown[]) => JSON.stringify({ kind, apiVersion: 'v1', items });
const start = (c: string, pod: string) => `==== START logs for container ${c} of pod ${pod} ====\n`;
const end = (c: string, pod: string) => `==== END logs for container ${c} of pod ${pod} ====\n`;

const POD = {
  metadata: {
    name: 'web-7d9c-abcde',
    namespace: 'shop',
    labels: { app: 'web' },
    ownerReferences: [{ kind: 'ReplicaSet', name: 'web-7d9c', controller: true }],
  },
  spec: {
    nodeName: 'node-1',
    initContainers: [{ name: 'migrate' }],
    containers: [{ name: 'app' }, { name: 'proxy' }],
  },
  status: { phase: 'Running' },
};

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** Writes a dump directory: files relative to its root. */
async function dump(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dump-reader-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const shop = (logs: string | Buffer, extra: Record<string, string | Buffer> = {}) =>
  dump({
    'nodes.json': list('NodeList', [
      {
        metadata: { name: 'node-1' },
        status: {
          conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: '2026-05-01T10:07:00Z' }],
        },
      },
    ]),
    'shop/pods.json': list('PodList', [POD]),
    'shop/replicasets.json': list('ReplicaSetList', [
      {
        metadata: {
          name: 'web-7d9c',
          namespace: 'shop',
          ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }],
        },
      },
    ]),
    'shop/deployments.json': list('DeploymentList', [{ metadata: { name: 'web', namespace: 'shop' } }]),
    'shop/events.json': list('EventList', [
      {
        metadata: { name: 'e2', namespace: 'shop' },
        involvedObject: { kind: 'Pod', name: 'web-7d9c-abcde', namespace: 'shop' },
        type: 'Warning',
        reason: 'BackOff',
        lastTimestamp: '2026-05-01T10:09:00Z',
        eventTime: null,
      },
      {
        // Hand-made dumps may leave an event's own metadata out.
        metadata: null,
        involvedObject: { kind: 'Pod', name: 'web-7d9c-abcde', namespace: 'shop' },
        type: 'Normal',
        reason: 'Started',
        lastTimestamp: '2026-05-01T10:01:00Z',
      },
    ]),
    'shop/web-7d9c-abcde/logs.txt': logs,
    'empty/events.json': list('EventList', []),
    ...extra,
  });

const P = 'shop/web-7d9c-abcde';

describe('openClusterDump', () => {
  it('reads the lists, follows owners, and takes the newest event as now', async () => {
    const reader = await openClusterDump(await shop(''));

    const pods = await reader.listPods({ namespace: 'shop', labelSelector: 'app=web' });
    const chain = await reader.ownerChain(pods[0] ?? {});
    const warnings = await reader.listEvents({ fieldSelector: 'type=Warning' });
    const events = await reader.eventsFor({ kind: 'Pod', namespace: 'shop', name: 'web-7d9c-abcde' });

    expect(pods.map((p) => p.metadata?.name)).toEqual(['web-7d9c-abcde']);
    expect(chain.map((l) => `${l.kind}/${l.name}`)).toEqual(['ReplicaSet/web-7d9c', 'Deployment/web']);
    expect(warnings.map((e) => e.reason)).toEqual(['BackOff']);
    expect(events.map((e) => e.reason)).toEqual(['Started', 'BackOff']);
    expect(reader.now?.toISOString()).toBe('2026-05-01T10:09:00.000Z');
    expect((await reader.listNamespaces()).map((n) => n.metadata?.name)).toEqual(['empty', 'shop']);
    expect(await reader.listStatefulSets()).toEqual([]);
    expect(await reader.listJobs()).toEqual([]);
  });

  it('splits logs.txt by container, init containers included, with the END marker glued to a last line', async () => {
    const reader = await openClusterDump(
      await shop(
        `${start('migrate', P)}migrated 3 tables\n${end('migrate', P)}${start('app', P)}starting\nFATAL: role "web" does not exist${end('app', P)}${start('proxy', P)}Request log error: container "proxy" is waiting to start\n${end('proxy', P)}`,
      ),
    );

    expect(await reader.readPodLog('shop', 'web-7d9c-abcde', { container: 'migrate' })).toBe(
      'migrated 3 tables',
    );
    expect(await reader.readPodLog('shop', 'web-7d9c-abcde')).toBe(
      'starting\nFATAL: role "web" does not exist',
    );
    expect(await reader.readPodLog('shop', 'web-7d9c-abcde', { container: 'proxy' })).toBeUndefined();
    expect(
      await reader.readPodLog('shop', 'web-7d9c-abcde', { container: 'app', previous: true }),
    ).toBeUndefined();
    expect(await reader.readPodLog('shop', 'no-such-pod')).toBeUndefined();
  });

  it('reads the markers other support tools write, and a logs.txt without markers as the whole pod', async () => {
    const variant = await openClusterDump(
      await shop('==== START logs for app ====\nboom\n==== END logs for app ====\n'),
    );
    const bare = await openClusterDump(await shop('panic: runtime error\n'));
    const imitation = await openClusterDump(
      await shop(`${start('app', P)}ok\n==== START logs for proxy ====\nstill app\n${end('app', P)}`),
    );

    expect(await variant.readPodLog('shop', 'web-7d9c-abcde', { container: 'app' })).toBe('boom');
    expect(await bare.readPodLog('shop', 'web-7d9c-abcde', { container: 'proxy' })).toBe(
      'panic: runtime error',
    );
    expect(await imitation.readPodLog('shop', 'web-7d9c-abcde', { container: 'app' })).toBe(
      'ok\n==== START logs for proxy ====\nstill app',
    );
  });

  it('reads the previous log from logs-<container>-previous.txt', async () => {
    const reader = await openClusterDump(
      await shop('', { [`${P}/logs-app-previous.txt`]: 'boot\npanic: nil map\n' }),
    );

    expect(await reader.readPodLog('shop', 'web-7d9c-abcde', { container: 'app', previous: true })).toBe(
      'boot\npanic: nil map',
    );
  });

  it("reads a crash-looping container's previous log from logs.txt, where the kubelet's answer put it", async () => {
    const status = (name: string, state: object, last?: object) => ({
      name,
      restartCount: last ? 4 : 0,
      state,
      ...(last ? { lastState: { terminated: last } } : {}),
    });
    const crashing = {
      ...POD,
      status: {
        phase: 'Running',
        initContainerStatuses: [status('migrate', { terminated: { exitCode: 0, reason: 'Completed' } })],
        containerStatuses: [
          status('app', { waiting: { reason: 'CrashLoopBackOff' } }, { exitCode: 1, reason: 'Error' }),
          status('proxy', { running: {} }, { exitCode: 137, reason: 'Error' }),
        ],
      },
    };
    const reader = await openClusterDump(
      await shop(
        `${start('app', P)}boot\npanic: nil map\n${end('app', P)}${start('proxy', P)}ready\n${end('proxy', P)}`,
        {
          'shop/pods.json': list('PodList', [crashing]),
        },
      ),
    );
    const read = (container: string, previous: boolean) =>
      reader.readPodLog('shop', 'web-7d9c-abcde', { container, previous });

    expect(await read('app', true)).toBe('boot\npanic: nil map');
    expect(await read('app', false)).toBe('boot\npanic: nil map');
    // A container that runs again: its current log is in the dump, its previous one is not.
    expect(await read('proxy', false)).toBe('ready');
    await expect(read('proxy', true)).rejects.toThrowError(
      /no log of the previous instance of proxy: kubectl cluster-info dump writes current logs only/,
    );
  });

  it('keeps bytes that are not UTF-8 as replacement characters', async () => {
    const bytes = Buffer.concat([
      Buffer.from(start('app', P)),
      Buffer.from([0x66, 0xff, 0xfe, 0x6f, 0x0a]),
      Buffer.from(end('app', P)),
    ]);
    const reader = await openClusterDump(await shop(bytes));

    expect(await reader.readPodLog('shop', 'web-7d9c-abcde')).toBe('f\uFFFD\uFFFDo');
  });

  it('answers log requests as the API server does: tailLines first, then the first limitBytes; the head without tailLines', async () => {
    const lines = [
      'boot',
      'ERROR: could not bind :8080: address in use',
      ...Array.from({ length: 5000 }, (_, i) => `tick ${i}`),
    ];
    const reader = await openClusterDump(
      await shop(`${start('app', P)}${lines.join('\n')}\n${end('app', P)}`),
    );

    const tail = (await reader.readPodLog('shop', 'web-7d9c-abcde', { tailLines: 50 })) ?? '';
    const cut = (await reader.readPodLog('shop', 'web-7d9c-abcde', { tailLines: 50, limitBytes: 100 })) ?? '';
    const head = (await reader.readPodLog('shop', 'web-7d9c-abcde', { limitBytes: 60 })) ?? '';

    expect(tail.split('\n')).toEqual(lines.slice(-50));
    expect(cut).toBe(Buffer.from(tail).subarray(0, 100).toString());
    expect(cut.startsWith('tick 4950\ntick 4951')).toBe(true);
    expect(head.startsWith('boot\nERROR: could not bind :8080: address in use')).toBe(true);
    expect(Buffer.byteLength(head)).toBeLessThanOrEqual(60);
  });

  it('treats missing files as empty lists, and names a malformed file', async () => {
    const empty = await openClusterDump(await dump({ 'nodes.json': list('NodeList', []) }));
    expect(await empty.listPods()).toEqual([]);

    const badJson = await dump({ 'nodes.json': list('NodeList', []), 'shop/pods.json': '{"items": [' });
    await expect(openClusterDump(badJson)).rejects.toThrow(/shop\/pods\.json in the dump is not JSON/);
    const badItem = await dump({ 'shop/pods.json': list('PodList', [{ metadata: { name: 7 } }]) });
    await expect(openClusterDump(badItem)).rejects.toThrow(
      /shop\/pods\.json in the dump: item 0 metadata\.name/,
    );
    await expect(openClusterDump(join(badItem, 'nope'))).rejects.toThrow(/no such directory/);
    await expect(openClusterDump(await dump({ 'README.md': 'hi' }))).rejects.toThrow(/does not look like/);
  });

  it('finds a dump wrapped in one directory, as an unpacked archive often is', async () => {
    const dir = await dump({
      'cluster-state/nodes.json': list('NodeList', []),
      'cluster-state/shop/pods.json': list('PodList', [POD]),
    });

    const reader = await openClusterDump(dir);

    expect((await reader.listPods()).map((p) => p.metadata?.name)).toEqual(['web-7d9c-abcde']);
  });

  it('never reads outside the dump for names that are not Kubernetes names', async () => {
    const evil = { ...POD, metadata: { ...POD.metadata, name: '../../etc' } };
    const reader = await openClusterDump(await dump({ 'shop/pods.json': list('PodList', [evil]) }));

    expect(await reader.readPodLog('shop', '../../etc')).toBeUndefined();
  });
});

describe('readDumpedPodLogs', () => {
  it('never fails and never keeps more than its bounds, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), async (bytes, marked) => {
        const dir = await dump({
          'logs.txt': Buffer.concat([
            Buffer.from(marked ? start('app', P) : ''),
            Buffer.from(bytes),
            Buffer.from(marked ? end('app', P) : ''),
          ]),
        });
        const bounds = {
          maxLineBytes: 64,
          headBytes: 256,
          tailBytes: 256,
          maxFileBytes: 1 << 20,
          maxContainers: 4,
        };
        const logs = await readDumpedPodLogs(join(dir, 'logs.txt'), P, bounds);
        for (const log of logs.values()) {
          expect(log.head.every((l) => Buffer.byteLength(l) <= 64 * 3)).toBe(true);
          expect(log.tail.join('\n').length).toBeLessThanOrEqual(256 * 3 + 64 * 3);
          expect(logExcerpt(log, 10, 200).split('\n').length).toBeLessThanOrEqual(10);
        }
        await rm(dir, { recursive: true, force: true });
        dirs = dirs.filter((d) => d !== dir);
      }),
      { numRuns: 60 },
    );
  });
});

describe('selectors', () => {
  it('match labels and fields as the API server does', () => {
    const labels = { app: 'web', tier: 'front' };
    expect(matchesLabelSelector(labels, 'app=web,tier==front')).toBe(true);
    expect(matchesLabelSelector(labels, 'app!=web')).toBe(false);
    expect(matchesLabelSelector(labels, 'tier in (front, back),!canary')).toBe(true);
    expect(matchesLabelSelector(labels, 'tier notin (front)')).toBe(false);
    expect(matchesLabelSelector(undefined, 'app')).toBe(false);
    expect(matchesFieldSelector(POD, 'spec.nodeName=node-1,status.phase!=Failed')).toBe(true);
    expect(matchesFieldSelector(POD, 'metadata.name==other')).toBe(false);
  });
});
