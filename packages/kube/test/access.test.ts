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

  const kubeconfig = (cluster: string, user: string) =>
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters:\n- name: c\n  cluster:\n${cluster}`,
      `users:\n- name: u\n  user:\n${user}`,
      'contexts:\n- name: c\n  context:\n    cluster: c\n    user: u',
      'current-context: c',
      '',
    ].join('\n');

  it('refuses a SOCKS proxy at start-up, without quoting its URL (the functions do not carry a SOCKS client)', () => {
    const config = kubeconfig(
      '    server: https://10.0.0.1\n    proxy-url: socks5://ops:hunter2@10.0.0.9:1080',
      '    token: t',
    );
    const load = () => createClusterAccessFromKubeconfig({ name: 'x', kubeconfig: config }, deps());
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/cluster c is reached through a SOCKS proxy.*use an HTTP\(S\) proxy-url/);
    expect(load).not.toThrow(/hunter2/);
  });

  it('refuses the gcp and azure auth-provider plugins at start-up, naming what to use instead', () => {
    for (const provider of ['gcp', 'azure']) {
      const config = kubeconfig(
        '    server: https://10.0.0.1',
        `    auth-provider:\n      name: ${provider}\n      config:\n        cmd-path: /usr/bin/true`,
      );
      expect(() => createClusterAccessFromKubeconfig({ name: 'x', kubeconfig: config }, deps())).toThrow(
        new RegExp(
          `user u signs in with the ${provider} auth-provider plugin.*use an exec credential plugin or a token`,
        ),
      );
    }
  });

  it('accepts an HTTP proxy and the oidc auth provider, which the functions carry', () => {
    const config = kubeconfig(
      '    server: https://10.0.0.1\n    proxy-url: http://10.0.0.9:3128',
      '    auth-provider:\n      name: oidc\n      config:\n        id-token: x\n        client-id: y',
    );
    expect(createClusterAccessFromKubeconfig({ name: 'x', kubeconfig: config }, deps()).cluster).toBe('x');
  });
});
