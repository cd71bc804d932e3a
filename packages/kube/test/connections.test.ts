import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClusterAccessFromKubeconfig } from '../src/access.ts';
import { FakeApiServer, list } from './support/fake-apiserver.ts';
import { selfSignedCertificate } from './support/tls.ts';

let fake: FakeApiServer;
let ca: string;

beforeAll(async () => {
  const tls = selfSignedCertificate();
  ca = Buffer.from(tls.cert).toString('base64');
  fake = await FakeApiServer.start({ tls });
  fake.on('GET', '/api/v1/nodes', list('NodeList', []));
});
afterAll(async () => {
  await fake.close();
});

describe('connection reuse', () => {
  it('keeps TLS connections alive across requests instead of a handshake per request', async () => {
    const kubeconfig = fake
      .kubeconfig()
      .replace('insecure-skip-tls-verify: true', `certificate-authority-data: ${ca}`);
    const access = createClusterAccessFromKubeconfig(
      { name: 'tls', kubeconfig },
      { clock: new ManualClock(), logger: new InMemoryLogger() },
    );

    for (let i = 0; i < 20; i++) await access.reader.listNodes();
    await access.close();

    const connections = new Set(fake.requests.map((r) => r.remotePort));
    expect(fake.requests).toHaveLength(20);
    expect(connections.size).toBeLessThanOrEqual(2);
  });
});
