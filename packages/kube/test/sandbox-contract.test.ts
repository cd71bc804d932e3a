import { InMemoryLogger, ManualClock } from '@sre-agent/core';
import { startSandbox } from '@sre-agent/sandbox';
import { createClusterAccessFromKubeconfig } from '../src/access.ts';
import { describeClusterReaderContract, describeClusterWriterContract } from '../src/testing/index.ts';

/** The real adapters, through the real client, against a fresh sandbox cluster. */
async function sandboxAccess(scenario = 'healthy') {
  const clock = new ManualClock('2026-05-01T10:00:00Z');
  const sandbox = await startSandbox({ scenario, clock });
  const access = createClusterAccessFromKubeconfig(
    { name: 'sandbox', kubeconfig: sandbox.kubeconfig() },
    { clock, logger: new InMemoryLogger(), sleep: async () => {} },
  );
  return {
    sandbox,
    reader: access.reader,
    writer: access.writer,
    close: async () => {
      await access.close();
      await sandbox.close();
    },
  };
}

describeClusterReaderContract('KubernetesClusterReader on the sandbox', () => sandboxAccess());

describeClusterWriterContract('KubernetesClusterWriter on the sandbox', async () => {
  const subject = await sandboxAccess();
  return { ...subject, settle: async () => subject.sandbox.engine.tick(30_000) };
});
