import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, InMemoryLogger, ManualClock } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClusterAccess, createClusterAccessFromKubeconfig } from '../src/access.ts';
import { FakeApiServer, list } from './support/fake-apiserver.ts';

let blue: FakeApiServer;
let green: FakeApiServer;
let dir: string;
let path: string;
const deps = () => ({ clock: new ManualClock(), logger: new InMemoryLogger() });

beforeAll(async () => {
  blue = await FakeApiServer.start();
  green = await FakeApiServer.start();
  for (const fake of [blue, green])
    fake.on('GET', '/api/v1/nodes', list('NodeList', [{ metadata: { name: fake.url } }]));
  dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
  path = join(dir, 'config');
  writeFileSync(
    path,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: blue\n  cluster:\n    server: ${blue.url}\n    insecure-skip-tls-verify: true`,
      `- name: green\n  cluster:\n    server: ${green.url}\n    insecure-skip-tls-verify: true`,
      'users:',
      '- name: blue-admin\n  user:\n    token: blue-token',
      '- name: green-admin\n  user:\n    token: green-token',
      'contexts:',
      '- name: blue\n  context:\n    cluster: blue\n    user: blue-admin',
      '- name: green\n  context:\n    cluster: green\n    user: green-admin',
      'current-context: blue',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await blue.close();
  await green.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kubeconfig access', () => {
  it('uses the named context of a kubeconfig file, with that context’s credentials', async () => {
    const access = await createClusterAccess(
      {
        name: 'g',
        defaultMode: 'observe',
        nodes: 'observe',
        namespaces: {},
        kubeconfig: { path, context: 'green' },
      },
      deps(),
    );

    const nodes = await access.reader.listNodes();

    expect(nodes.map((n) => n.metadata?.name)).toEqual([green.url]);
    expect(green.requests.at(-1)?.headers.authorization).toBe('Bearer green-token');
  });

  it('uses the current context when none is named, and KUBECONFIG when no path is given', async () => {
    const access = await createClusterAccess(
      { name: 'b', defaultMode: 'observe', nodes: 'observe', namespaces: {}, kubeconfig: {} },
      { ...deps(), env: { KUBECONFIG: path } },
    );

    expect((await access.reader.listNodes()).map((n) => n.metadata?.name)).toEqual([blue.url]);
  });

  it('names the contexts that exist when the configured one does not', () => {
    let error: unknown;
    try {
      createClusterAccessFromKubeconfig({ name: 'x', path, context: 'red' }, deps());
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('has no context "red"; it has: blue, green');
  });

  it('reports a missing default kubeconfig as a configuration error', async () => {
    await expect(
      createClusterAccess(
        { name: 'x', defaultMode: 'observe', nodes: 'observe', namespaces: {}, kubeconfig: {} },
        { ...deps(), env: { HOME: dir, KUBECONFIG: '' } },
      ),
    ).rejects.toThrow(/no kubeconfig at .*\.kube\/config/);
  });
});
